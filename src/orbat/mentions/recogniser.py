"""The rule-based entity recogniser: gazetteer + regexes + capitalisation chunks + noun-phrase rules.

Built once per Reference (the gazetteer's Aho-Corasick automaton and the title matcher), then run on clean
texts. Each module below finds one kind of candidate; `overlaps.resolve_overlaps` then keeps a
non-overlapping set (higher tier first, then longer spans, then higher priority).

    patterns      closed shapes: Url, CommsIdentifier, Frequency, DocumentReference, Money, Temporal, Quantity
    gazetteer     reference names and vocabularies -> nounphrases (class nouns), equipment (systems),
                  countries (country role, demonyms)
    equipment     designations, ship names, unknown names before a class word
    persons       titles + names, offices, speakers, surnames, pronouns
    chunks        capitalised runs typed by their head
    places        places by context
    organisations organisations named by a phrase

Span conventions follow dstl's re3d: determiners and premodifiers are part of a noun phrase
("the Syrian Democratic Forces", "a VBIED", "ISIL tanks", "our partners"); titles are part of a
person's name ("Lt. Gen. Stephen J. Townsend", "Defense Secretary Ash Carter"); a bare office title
with its determiner is a Person ("the prime minister").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from orbat.mentions import chunks, equipment, organisations, patterns, persons, places, vocab
from orbat.mentions.candidates import Candidate, Entry
from orbat.mentions.context import build_context
from orbat.mentions.gazetteer import Gazetteer

if TYPE_CHECKING:
    from orbat.refdata import Reference

__all__ = ["Candidate", "Entry", "Recogniser"]

# closed-shape types: tier 0 always wins, Quantity (tier 2) yields to anything; priority within a tier
_TIERS = {"Url": 0, "CommsIdentifier": 0, "Frequency": 0, "Money": 0, "Quantity": 2}
_PRIORITIES = {"Temporal": 70, "DocumentReference": 75, "Quantity": 20}


class Recogniser:
    def __init__(self, reference: "Reference | None") -> None:
        self.gazetteer = Gazetteer(reference)
        self.titles = persons.Titles(self.gazetteer.titles)
        self._loc_heads = set(vocab.locations()[0])
        self._regions = set(vocab.regions())

    def find(self, text: str, published: str | None = None) -> list[Candidate]:
        """Every recogniser's candidates, overlapping, in a fixed order (ties in overlap resolution keep it)."""
        cands: list[Candidate] = []
        ctx = build_context(text)  # first, so that the patterns share its lower-cased text
        for b, e, type_, value, source in patterns.find_all(text, published, ctx.low):
            cands.append(Candidate(b, e, type_, value, None, source, _PRIORITIES.get(type_, 90),
                                   _TIERS.get(type_, 1), 0.9))
        cands += self.gazetteer.find(ctx)
        cands += equipment.designations(ctx, self.gazetteer)
        cands += persons.find(ctx, self.titles)
        cands += chunks.find(ctx, self._loc_heads)
        cands += places.find(ctx, cands, self._regions)
        cands += persons.pronouns(ctx)
        cands += organisations.find(ctx)
        return cands
