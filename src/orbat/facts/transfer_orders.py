"""Orders a sentence about a delivery also states: "the first four of the 12 K9s it ordered in
2022" (an order of twelve), "delivered eight under the contract Vietnam signed in September 2024"
(an order dated by the signing). Also the deal phrases whose dates are not the delivery's."""
from __future__ import annotations

from typing import Any

from orbat.facts import rx as re
from orbat.facts.common import Sentence
from orbat.records import Fact


_FIRST_OF_ORDERED = re.compile(
    r"\b(?:first|initial|last|remaining|latest)\s+(?P<n>[\w-]+)\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<m>[\w,-]+)\s+"
    r"(?P<what>(?:[\w’'-]+\s+){1,5}?)(?:(?:that\s+|which\s+)?(?:it|they|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:ordered|bought|purchased|contracted|signed for)\b")


def ordered_total(s: Sentence, out: list[Fact]) -> list[Fact]:
    """ "received the first four of the 12 K9 howitzers (it) ordered in 2022": besides the delivery of
    four, the order of twelve (dated by the date after "ordered")."""
    if " of " not in s.text or not out:
        return []
    extra: list[Fact] = []
    for m in _FIRST_OF_ORDERED.finditer(s.text):
        total = next((c for c in s.counts() if c.begin == m.start("m")), None)
        if total is None or not isinstance(total.value, int) or total.value < 2:
            continue
        for f in out:
            if f.roles.get("status") not in ("delivered", "in_service") or str(f.roles.get("item")) not in m.group("what"):
                continue
            if any(g.roles.get("status") == "ordered" and g.roles.get("item") == f.roles.get("item") for g in out + extra):
                continue
            g = _as_order(f, "transfer:first-N-of-M-ordered")
            g.roles["quantity"] = total.value
            g.why["quantity"] = "count-of-the-order"
            after = next((d for d in s.dates() if m.end() <= d.begin <= m.end() + 12), None)
            if after is not None:
                g.roles["date"] = after.value
                if f.roles.get("date") == after.value:
                    f.roles.pop("date", None)  # the order's date, not the delivery's
            else:
                g.roles.pop("date", None)
            extra.append(g)
    return extra


def _as_order(f: Fact, why: str) -> Fact:
    """A copy of a delivery as the order it was made under (own id; no count or qualifier yet)."""
    import copy

    from orbat.ids import make_id

    g = copy.deepcopy(f)
    g.roles["status"] = "ordered"
    g.id = make_id("fact", f.doc, "transfer", f.quote_begin, f.quote_end,
                   {"recipient": f.roles.get("recipient"), "item": f.roles.get("item"), "status": "ordered"})
    g.roles.pop("quantity", None)
    g.roles.pop("qualifier", None)
    g.why["status"] = why
    return g


# "under the contract Vietnam signed in September 2024", "under a 2023 deal": the deal a delivery was made
# under; a date inside it is the deal's, not the delivery's.
_DEAL_CLAUSE = re.compile(
    r"\b(?:under|as part of|in line with)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w$€£.-]+\s+){0,4}?(?:contract|deal|agreement|order)\b"
    r"(?:(?:\s+(?:that|which))?(?:\s+(?P<who>it|they|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?(?:\s+(?:had|has|have|was|were))?"
    r"\s+(?P<verb>signed|concluded|placed|agreed|inked|struck|sealed|finali[sz]ed)\b(?:(?!\s(?:and|but|while)\s)[^,;])*)?")
# "completing the order for 12 aircraft": the size of the whole deal.
_DEAL_TOTAL = re.compile(r"\b(?:order|contract|deal)\s+for\s+(?:a total of\s+|all\s+)?")


def deal_spans(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    return [(c.start(), c.end()) for c in _DEAL_CLAUSE.finditer(text) if not c.start() <= m.start() < c.end()]


def _deal_total(s: Sentence, delivered: Any) -> int | None:
    totals = {c.value for d in _DEAL_TOTAL.finditer(s.text) for c in s.counts() if c.begin == d.end()}
    if len(totals) != 1:
        return None
    total = totals.pop()
    return total if isinstance(total, int) and total >= (delivered or 0) else None


def deal_order(s: Sentence, out: list[Fact]) -> list[Fact]:
    """ "X delivered eight Y under the contract Z signed in 2024": besides the delivery, Z's order
    (dated by the signing, sized only by "the order for N")."""
    if not out or not any(k in s.text for k in ("contract", "deal", "agreement", "order")):
        return []
    extra: list[Fact] = []
    for c in _DEAL_CLAUSE.finditer(s.text):
        if not c.group("verb"):
            continue
        who = c.group("who") if c.group("who") not in ("it", "they") else None
        for f in out:
            if f.roles.get("status") != "delivered" or str(f.roles.get("item")) not in s.text[:c.start()] or \
                    (who and s.lex.place_country(who) not in (f.roles.get("recipient"), f.roles.get("supplier"))) or \
                    any(g.roles.get("status") == "ordered" and g.roles.get("item") == f.roles.get("item") for g in out + extra):
                continue  # not a delivery before the deal, a signer who is neither party, or the order already stated
            g = _as_order(f, "transfer:delivered-under-deal-signed")
            g.roles.pop("value", None)
            total = _deal_total(s, f.roles.get("quantity"))
            if total:
                g.roles["quantity"] = total
                g.why["quantity"] = "count-of-the-order"
            with_ = re.search(r"\bwith\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})", c.group(0))
            if with_:  # "the deal Kenya concluded with Baykar": the other signer supplies
                g.roles["supplier"] = s.lex.country(with_.group(1)) or with_.group(1)
                g.why["supplier"] = "transfer:deal-with-X"
            date = next((d for d in s.dates() if c.start("verb") <= d.begin < c.end()), None)
            g.roles.pop("date", None)
            if date is not None:
                g.roles["date"] = date.value
                g.why["date"] = "date-of-the-signing"
            extra.append(g)
    return extra
