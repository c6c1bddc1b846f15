"""Document-level precision rules: a transfer needs a recipient."""
from __future__ import annotations

from orbat.facts.precision import drop_class_echoes, drop_unreceived_transfers, is_specific_item
from orbat.records import Fact


def transfer(roles: dict, begin: int = 0, end: int = 50) -> Fact:
    return Fact(id=str(sorted(roles.items())), doc="d", type="transfer", roles=roles, quote="q" * (end - begin),
                quote_begin=begin, quote_end=end)


def test_transfer_without_recipient_or_to_its_supplier_is_dropped() -> None:
    kept = drop_unreceived_transfers([
        transfer({"supplier": "France", "item": "Rafale"}),
        transfer({"supplier": "France", "recipient": "France", "item": "Rafale"}),
        transfer({"supplier": "France", "recipient": "Greece", "item": "Rafale"}),
    ])
    assert [f.roles.get("recipient") for f in kept] == ["Greece"]


def test_other_types_pass_untouched() -> None:
    office = Fact(id="o", doc="d", type="office", roles={"person": "A B", "role": "Defence Minister"},
                  quote="q", quote_begin=0, quote_end=1)
    assert drop_unreceived_transfers([office]) == [office]


def test_class_word_echo_of_a_designated_item() -> None:
    specific = transfer({"recipient": "Greece", "item": "Rafale", "quantity": 18})
    echo = transfer({"recipient": "Greece", "item": "aircraft"}, 10, 40)
    elsewhere = transfer({"recipient": "Greece", "item": "frigates"}, 100, 140)
    assert drop_class_echoes([specific, echo, elsewhere], None) == [specific, elsewhere]
    assert is_specific_item("T-90S", None) and not is_specific_item("helicopters", None)


def test_signed_deal_transfer_gives_its_agreement() -> None:
    from orbat.facts.precision import add_deal_agreements

    deal = Fact(id="t1", doc="d", type="transfer", quote="q" * 80, quote_begin=0, quote_end=80,
                roles={"recipient": "Poland", "supplier": "Hyundai Rotem", "item": "K2", "status": "ordered",
                       "value": {"amount": 1e12, "currency": "KRW"}},
                why={"_fact": "transfer:trigger:ordered:'signed a contract with Hyundai Rotem for'"})
    out = add_deal_agreements([deal])
    agreements = [f for f in out if f.type == "agreement"]
    assert len(agreements) == 1 and agreements[0].roles["parties"] == ["Poland", "Hyundai Rotem"]
    assert agreements[0].roles["value"]["currency"] == "KRW" and agreements[0].id != deal.id
    # A one-party agreement of the same passage gets the missing party instead of a second agreement.
    lone = Fact(id="a1", doc="d", type="agreement", quote="q" * 80, quote_begin=0, quote_end=80,
                roles={"parties": ["Poland"]}, why={})
    out = add_deal_agreements([deal, lone])
    assert [f.roles["parties"] for f in out if f.type == "agreement"] == [["Poland", "Hyundai Rotem"]]
    # An unsigned order ("ordered") implies no agreement.
    plain = Fact(id="t2", doc="d", type="transfer", quote="q", quote_begin=0, quote_end=1,
                 roles={"recipient": "Peru", "supplier": "Russia", "item": "Su-30", "status": "ordered"},
                 why={"_fact": "transfer:trigger:ordered:'ordered'"})
    assert add_deal_agreements([plain]) == [plain]


def test_anaphoric_signing_repeats_an_earlier_agreement() -> None:
    from orbat.facts.precision import drop_anaphoric_agreements

    first = Fact(id="a1", doc="d", type="agreement", quote="q", quote_begin=0, quote_end=50,
                 roles={"parties": ["Armenia", "Bharat Dynamics Limited"]}, why={"_fact": "agreement:signed-DOC:'signed a contract'"})
    again = Fact(id="a2", doc="d", type="agreement", quote="q", quote_begin=60, quote_end=120,
                 roles={"parties": ["Bharat Dynamics"]}, why={"_fact": "agreement:signed-DOC:'signed the contract'"})
    other = Fact(id="a3", doc="d", type="agreement", quote="q", quote_begin=130, quote_end=180,
                 roles={"parties": ["Armenia", "France"]}, why={"_fact": "agreement:signed-DOC:'signed the agreement'"})
    assert drop_anaphoric_agreements([first, again, other]) == [first, other]
