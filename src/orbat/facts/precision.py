"""Last checks on a document's facts before they are stored: precision before recall.

Rules here look at the facts of one document together, which single-sentence rules cannot:
a transfer with nobody receiving it, or a bare class word ("the aircraft") that only
refers back to a designated system already reported from the same passage.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from orbat.records import Fact

if TYPE_CHECKING:
    from orbat.refdata import Reference

_DESIGNATION = re.compile(r"[A-Z]{1,}[\w]*[-\s]?\d|\d+[A-Z]|[A-Z][a-z]+[A-Z]")


def is_specific_item(item: Any, reference: "Reference | None") -> bool:
    """An item named by a designation or a catalogue name rather than a class word."""
    if not isinstance(item, str) or not item.strip():
        return False
    if _DESIGNATION.search(item):
        return True
    if item[:1].isupper():
        return True
    return reference is not None and reference.system(item) is not None


def _overlaps(a: Fact, b: Fact) -> bool:
    return a.quote_begin < b.quote_end and b.quote_begin < a.quote_end


def _same_actor(a: Any, b: Any) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a.casefold() == b.casefold()


def drop_unreceived_transfers(facts: list[Fact]) -> list[Fact]:
    """A transfer needs a recipient (a key role); one without, or to its own supplier, is dropped."""
    out = []
    for fact in facts:
        if fact.type == "transfer":
            recipient, supplier = fact.roles.get("recipient"), fact.roles.get("supplier")
            if not recipient or _same_actor(recipient, supplier):
                continue
        out.append(fact)
    return out


def drop_class_echoes(facts: list[Fact], reference: "Reference | None") -> list[Fact]:
    """A class-word item ("aircraft", "jets") in the same passage as a designated item of the
    same recipient names the same equipment again: keep the designated one only."""
    transfers = [f for f in facts if f.type == "transfer"]
    specific = [f for f in transfers if is_specific_item(f.roles.get("item"), reference)]
    out = []
    for fact in facts:
        if fact.type == "transfer" and not is_specific_item(fact.roles.get("item"), reference):
            if any(_overlaps(fact, other) and _same_actor(fact.roles.get("recipient"), other.roles.get("recipient"))
                   for other in specific):
                continue
        out.append(fact)
    return out


_SIGNED = re.compile(r"'(?:(?:was|were|has been|have been|had been) )?(?:signed|inked|concluded|finali[sz]ed|struck|sealed|clinched|awarded|won|wins|"
                     r"secured|clinched|landed|bagged)\b")


def add_deal_agreements(facts: list[Fact]) -> list[Fact]:
    """A signed contract or deal for equipment is also an agreement between its parties (FACTS.md):
    an ordered transfer from a "signed a contract with X for ..." sentence gets its agreement when the
    agreement rules found none in that passage, or lends the missing party to a one-party one."""
    from dataclasses import replace

    from orbat.ids import fact_id

    agreements = [f for f in facts if f.type == "agreement"]
    done: list[Fact] = []
    out = list(facts)
    for t in facts:
        if t.type != "transfer" or t.roles.get("status") != "ordered" or not _SIGNED.search(str(t.why.get("_fact", ""))):
            continue
        recipient, supplier = t.roles.get("recipient"), t.roles.get("supplier")
        if not isinstance(recipient, str) or not isinstance(supplier, str) or _same_actor(recipient, supplier):
            continue
        near = [a for a in agreements if _overlaps(a, t)]
        if near:
            for a in near:
                parties = a.roles.get("parties")
                if isinstance(parties, list) and len(parties) == 1:
                    if _same_actor(parties[0], recipient):
                        a.roles["parties"] = [recipient, supplier]
                        a.why["parties"] = "agreement:subject + supplier of the signed deal's transfer"
                    elif _same_actor(parties[0], supplier):
                        a.roles["parties"] = [recipient, supplier]
                        a.why["parties"] = "agreement:recipient of the signed deal's transfer + with-X"
            continue
        if any(_overlaps(d, t) for d in done):
            continue
        roles = {"parties": [recipient, supplier]}
        for role in ("value", "date"):
            if t.roles.get(role) is not None:
                roles[role] = t.roles[role]
        spans = {"parties": (t.role_spans.get("recipient") or []) + (t.role_spans.get("supplier") or [])}
        for role in ("value", "date"):
            if role in roles and t.role_spans.get(role):
                spans[role] = t.role_spans[role]
        fact = replace(t, id=fact_id(t.doc, "agreement", t.quote_begin, t.quote_end, roles), type="agreement",
                       roles=roles, role_spans=spans, confidence=round(min(t.confidence, 0.7), 3),
                       why={"_fact": "agreement:signed-deal-of-transfer " + str(t.why.get("_fact", "")),
                            "parties": "recipient and supplier of the signed deal", "value": "deal value",
                            "date": str(t.why.get("date", ""))})
        done.append(fact)
        out.append(fact)
    return out


_ANAPHORIC = re.compile(r"agreement:[\w-]+:'[^']*\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:contract|deal|agreement|memorandum|accord)\b")


def _party_in(name: Any, names: list[Any]) -> bool:
    n = str(name).casefold()
    return any(n == str(o).casefold() or n in str(o).casefold() or str(o).casefold() in n for o in names)


def drop_anaphoric_agreements(facts: list[Fact]) -> list[Fact]:
    """ "X and Y signed the contract in Z": "the contract" is one the document already reported; a
    second agreement whose parties add nothing to an earlier one's is a repeat."""
    agreements = [f for f in facts if f.type == "agreement"]
    out = []
    for fact in facts:
        if fact.type == "agreement" and _ANAPHORIC.search(str(fact.why.get("_fact", ""))) and not fact.roles.get("value"):
            parties = fact.roles.get("parties") or []
            earlier = [g for g in agreements if g is not fact and g.quote_begin < fact.quote_begin]
            if isinstance(parties, list) and any(all(_party_in(p, g.roles.get("parties") or []) for p in parties)
                                                 for g in earlier):
                continue
        out.append(fact)
    return out


def resolve_class_items(facts: list[Fact], reference: "Reference | None") -> list[Fact]:
    """ "Vietnam ordered 12 Mi-17V-5 helicopters ... the four helicopters Vietnam received in April": a
    class word naming the category of a designated item the same recipient got earlier in the document
    (from a compatible supplier) is that item."""
    transfers = [f for f in facts if f.type == "transfer"]
    out: list[Fact] = []
    for fact in facts:
        item, category = fact.roles.get("item"), fact.roles.get("item_category")
        if fact.type == "transfer" and category and not is_specific_item(item, reference):
            earlier = [g for g in transfers if g is not fact and g.quote_begin <= fact.quote_begin
                       and is_specific_item(g.roles.get("item"), reference) and g.roles.get("item_category") == category
                       and _same_actor(g.roles.get("recipient"), fact.roles.get("recipient"))
                       and (not fact.roles.get("supplier") or not g.roles.get("supplier")
                            or _same_actor(g.roles.get("supplier"), fact.roles.get("supplier")))]
            names = {str(g.roles["item"]).casefold() for g in earlier}
            if len(names) == 1:
                source = earlier[-1]
                if any(_same_actor(o.roles.get("item"), source.roles.get("item")) and o.roles.get("status") == fact.roles.get("status")
                       and _same_actor(o.roles.get("recipient"), fact.roles.get("recipient")) and _overlaps(o, fact)
                       for o in transfers if o is not fact):
                    continue  # the same claim already made with the designation
                fact.roles["item"] = source.roles["item"]
                fact.why["item"] = f"coreference:class-word '{item}'->earlier designated item"
        out.append(fact)
    return out


def filter_facts(facts: Iterable[Fact], reference: "Reference | None" = None) -> list[Fact]:
    """Apply the document-level precision rules.

    `drop_class_echoes` is kept out for now: measured on the seed gold, the bundled sample and
    the held-out news set it traded as much recall as it gained precision.
    """
    facts = resolve_class_items(drop_unreceived_transfers(list(facts)), reference)
    return drop_anaphoric_agreements(add_deal_agreements(facts))
