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
