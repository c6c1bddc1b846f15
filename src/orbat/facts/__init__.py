"""Facts with evidence: one claim per passage, with quote and role spans.

`extract(document, mentions, reference)` runs the rule modules (one per fact type) over each
sentence of the document's clean text, plus the document-level rules (lists of office holders),
then merges repeats of the same claim inside the document. Every failure is contained to its
sentence and logged: extraction never stops an ingest.
"""
from __future__ import annotations

import logging
from orbat.facts import rx as re
from typing import TYPE_CHECKING, Any, Callable, Iterable

from orbat.records import FACT_KEYS, Document, Fact, Mention

if TYPE_CHECKING:
    from orbat.refdata import Reference

log = logging.getLogger(__name__)

__all__ = ["extract", "split_sentences"]

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Rep|Sen|Gov|St|Jr|Sr|Prof|No|vs|etc|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|incl|e\.g|i\.e)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N))\.$")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*(?:\[\d+\])*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a clean text: the mentions splitter when present, else a rule splitter."""
    external: Callable[[str], list[tuple[int, int]]] | None
    try:
        from orbat.mentions.sentences import split_sentences as external
    except ImportError:
        external = None
    if external is not None:
        try:
            return _resplit(text, [(int(b), int(e)) for b, e in external(text)])
        except Exception:  # noqa: BLE001
            log.exception("mentions sentence splitter failed; using the fallback")
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in _BOUNDARY.finditer(para.group(0)):
            end = para.start() + m.end()
            head = text[start:para.start() + m.start() + 1]
            if _ABBREV.search(head.rstrip("\"”’)]")):
                continue
            out.append((start, para.start() + m.end() - len(m.group(0)) + len(m.group(0).rstrip())))
            start = end
        if start < para.end():
            out.append((start, para.end()))
    return [(b, e) for b, e in out if text[b:e].strip()]


_ODD_SPACE = re.compile("[\u00a0\u2009\u202f\u2007\u200a\t\u200b\u200e\u200f\u2060\ufeff]")
_EXTRA_BOUNDARY = re.compile(r"(?<=[.!?])(?:\[\d+\])+\s+(?=[A-Z\"“])|\n+")


def _resplit(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Also end sentences at line breaks and after citation marks ("2009.[12] The")."""
    out = []
    for b, e in spans:
        start = b
        for m in _EXTRA_BOUNDARY.finditer(text, b, e):
            if text[start:m.start()].strip():
                out.append((start, m.start()))
            start = m.end()
        if text[start:e].strip():
            out.append((start, e))
    return out


def _modules() -> list[Any]:
    from orbat.facts import (agreement, budget, casualties, holding, incident, meeting, office, strength,
                             transfer)

    return [office, transfer, agreement, holding, strength, budget, casualties, incident, meeting]


def _quick_filter() -> re.Pattern[str]:
    return re.compile(r"\S")


def extract(document: Document, mentions: list[Mention], reference: "Reference") -> list[Fact]:
    """Facts stated by one document, with evidence; never raises on odd text."""
    from orbat.facts.common import Sentence, lexicon

    text = document.clean_text or ""
    if not text.strip():
        return []
    # Same-length normalisation (offsets unchanged): odd spaces read as spaces by every rule.
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    lex = lexicon(reference)
    modules = _modules()
    facts: list[Fact] = []
    by_pos = sorted((m for m in mentions if m.cbegin >= 0), key=lambda m: m.cbegin)
    mi = 0
    para_start = -1
    para_begin_pos = 0
    last_para, prior_transfer = -1, None
    prior: dict[str, Fact] = {}
    known_people: list[str] = []
    intros: list[tuple[int, Fact]] = []
    for b, e in split_sentences(text):
        nl = text.rfind("\n", 0, b)
        if nl != para_start:
            para_start = nl
            para_begin_pos = nl + 1
        while mi < len(by_pos) and by_pos[mi].cend <= b:
            mi += 1
        inside = []
        j = mi
        while j < len(by_pos) and by_pos[j].cbegin < e:
            if by_pos[j].cend <= e:
                inside.append(by_pos[j])
            j += 1
        sentence = Sentence(doc=document, text=text[b:e], begin=b, lex=lex, mentions=inside,
                            context_before=text[para_begin_pos:b], context_begin=para_begin_pos)
        if para_begin_pos != last_para:
            last_para, prior_transfer, prior = para_begin_pos, None, {}
        sentence.prior_transfer = prior_transfer
        sentence.prior = dict(prior)
        sentence.known_people = known_people
        for module in modules:
            try:
                found = module.extract_sentence(sentence)
                facts.extend(found)
                for fact in found:
                    if fact.type == "agreement" and re.search(r":(?:\[\d+\])*\s*$", sentence.text):
                        intros.append((e, fact))
                    if fact.type == "transfer" and fact.roles.get("recipient"):
                        prior_transfer = fact
                    prior[fact.type] = fact
                    if fact.type == "office" and fact.roles.get("person") not in known_people:
                        known_people.append(str(fact.roles["person"]))
            except Exception:  # noqa: BLE001 - one bad sentence must not stop the document
                log.exception("fact rule %s failed on %s at %d", module.__name__, document.key, b)
    for end, intro in intros:
        try:
            from orbat.facts.agreement import list_items

            facts.extend(list_items(document, lex, end, intro))
        except Exception:  # noqa: BLE001
            log.exception("agreement list rule failed on %s", document.key)
    for name, rule in _document_rules():
        try:
            facts.extend(rule(document, lex))
        except Exception:  # noqa: BLE001
            log.exception("fact rule %s failed on %s", name, document.key)
    from orbat.facts.precision import filter_facts
    from orbat.facts.tidy import tidy_facts

    from orbat.facts.incident import merge_repeats

    return filter_facts(tidy_facts(merge_repeats(merge(facts, reference))), reference)


def _document_rules() -> list[tuple[str, Callable[[Document, Any], list[Fact]]]]:
    from orbat.facts import office

    return [("office.extract_lists", office.extract_lists)]


def _key(fact: Fact) -> tuple:
    parts = []
    for role in FACT_KEYS.get(fact.type, ()):
        value = fact.roles.get(role)
        if isinstance(value, list):
            value = tuple(sorted(str(v).casefold() for v in value))
        elif isinstance(value, str):
            value = re.sub(r"[^a-z0-9]+", "", value.casefold())
        parts.append(value)
    if fact.type == "incident":
        parts.append(str(fact.roles.get("location") or fact.roles.get("date") or fact.quote_begin))
    if fact.type in ("agreement", "meeting"):
        # Same parties, different agreements (or meetings): keep them apart unless the quote repeats.
        parts.append(fact.roles.get("date"))
        subject = fact.roles.get("subject") or fact.why.get("_subject_text") or fact.quote_begin
        parts.append(re.sub(r"[^a-z0-9]+", "", str(subject).casefold())[:40])
    if fact.type == "strength":
        parts.append(fact.roles.get("personnel"))
    if fact.type == "casualties":
        parts.append(fact.roles.get("killed"))
    if fact.type == "transfer":
        parts.append(str(fact.roles.get("status")))
    return (fact.type, *parts)


def merge(facts: Iterable[Fact], reference: "Reference | None" = None) -> list[Fact]:
    """One fact per claim and document: repeats keep the richest statement (most roles, then first)."""
    best: dict[tuple, Fact] = {}
    order: list[tuple] = []
    dated: dict[tuple, list[tuple]] = {}
    for fact in facts:
        key = _key(fact)
        if fact.type == "transfer":
            # Two deliveries of the same item on different dates stay apart ("two in March and four
            # more in July"); a repeat without a date, or with a date of the other's, is the same claim.
            date = str(fact.roles.get("date") or "")
            keys = dated.setdefault(key, [])
            same = next((k for k in keys if not date or not k[-1] or k[-1].startswith(date) or date.startswith(k[-1])), None)
            if same is None:
                same = (*key, date)
                keys.append(same)
            elif date and len(date) > len(same[-1]):
                # the more precise date names the claim from now on
                keys[keys.index(same)] = (*key, date)
                best[(*key, date)] = best.pop(same)
                order[order.index(same)] = (*key, date)
                same = (*key, date)
            key = same
        old = best.get(key)
        if old is None:
            best[key] = fact
            order.append(key)
        elif len(fact.roles) > len(old.roles) or (len(fact.roles) == len(old.roles) and fact.confidence > old.confidence):
            best[key] = fact
    out = [best[k] for k in order]
    # A post whose organisation the sentence leaves out takes it from another statement of the
    # same person in the same post in the document ("President Aliyev" after "Azerbaijan's President Ilham Aliyev").
    offices = [f for f in out if f.type == "office"]
    for f in offices:
        if f.roles.get("organisation"):
            continue
        name = str(f.roles.get("person", ""))
        for g in offices:
            other = str(g.roles.get("person", ""))
            if g is not f and g.roles.get("organisation") and g.roles.get("role") == f.roles.get("role") and (
                    other == name or other.endswith(" " + name) or name.endswith(" " + other)):
                f.roles["organisation"] = g.roles["organisation"]
                f.why["organisation"] = f"same-person-same-post-elsewhere-in-document ({other})"
                break
    # A person named in full and by surname alone in the same post: keep the full name.
    drop = set()
    for f in offices:
        name = str(f.roles.get("person", ""))
        for g in offices:
            other = str(g.roles.get("person", ""))
            if g is not f and other != name and other.endswith(" " + name) and g.roles.get("role") == f.roles.get("role"):
                drop.add(f.id)
    # The same strength figure for one force named two ways ("the navy", "the Azerbaijan Navy").
    strengths = [f for f in out if f.type == "strength"]
    for f in strengths:
        for g in strengths:
            if f is g or f.id in drop or g.id in drop or f.roles.get("personnel") != g.roles.get("personnel"):
                continue
            a, b = _force_words(f.roles.get("force"), reference), _force_words(g.roles.get("force"), reference)
            if a and b and (a <= b or b <= a) and f.quote_begin > g.quote_begin:
                drop.add(f.id)  # the later statement repeats the earlier one
    seen_ids: set[str] = set()
    result = []
    for f in out:
        if f.id in drop or f.id in seen_ids:
            continue
        seen_ids.add(f.id)
        result.append(f)
    return result


_COUNTRY_WORDS = re.compile(r"^(?:the|of|and)$")


def _force_words(value: Any, reference: "Reference | None") -> frozenset[str]:
    """The words of a force's name without its state ("the Azerbaijan Navy" -> {"navy"})."""
    if not isinstance(value, str):
        return frozenset()
    from orbat.facts.common import lexicon

    lex = lexicon(reference)
    return frozenset(w for w in re.findall(r"[a-z]+", value.lower())
                     if not _COUNTRY_WORDS.match(w) and (len(w) <= 3 or lex.country(w) is None))