"""Incidents: discrete violent events (explosion, attack, shooting, offensive, invasion, raid,
clash, interception, revolt) with location, date, killed/injured and the actor where stated.
Wars, plans, calls and conditionals are not incidents."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import MODAL, Sentence, Span, find_countries, find_locations
from orbat.records import Fact

EXTRACTOR = "orbat.facts.incident"

KINDS: list[tuple[str, str]] = [
    ("explosion", r"explosions?|blasts?|exploded|detonat(?:ed|ion)"),
    ("invasion", r"invaded|invasion of"),
    ("interception", r"shot down|intercepted|downed"),
    ("raid", r"raids?|landing group|penetrate the territory"),
    ("offensive", r"offensives?|[Oo]ffensive operations|counter-?offensive|military operation|campaign that began|Operation [A-Z][a-z]+"),
    ("clash", r"clashe[sd]?|battles took place|firefights?|skirmish(?:es)?|counterattacks?"),
    ("air strike", r"air ?strikes?"),
    ("ambush", r"ambush(?:ed|es)?"),
    ("attack", r"attack(?:ed|s)?|shelled|shelling|opened fire|fired (?:at|on)|shooting at|sniper|drone strikes?|missile strikes?"),
    ("revolt", r"revolt|uprising|rebellion|mutiny"),
]
_KIND = re.compile("|".join(f"(?P<k{i}>(?<![\\w-])(?:{p})\\b)" for i, (_, p) in enumerate(KINDS)))
_QUICK = re.compile(r"(?:xplo|blast|detonat|invad|invasion|shot down|intercept|downed|raid|landing|penetrat|ffensive|"
                    r"operation|campaign|clash|battle|firefight|skirmish|counterattack|attack|shell|fire|shooting|sniper|"
                    r"ambush|strike|revolt|uprising|rebellion|mutiny)", re.I)
KEYWORDS = ("xplo", "blast", "detonat", "invad", "invasion", "shot down", "intercept", "downed", "raid", "landing",
            "penetrat", "ffensive", "operation", "campaign", "clash", "battle", "firefight", "skirmish", "counterattack",
            "attack", "shell", "fire", "shooting", "sniper", "ambush", "strike", "revolt", "uprising", "rebellion", "mutiny")
_NOT = re.compile(r"\b(?:war|wars)\b.*\b(?:lasting|years?)\b|\bthreat|\bwould\b|\bcould\b|\bif\b|\bprevent(?:ed)? (?:an|the) attack|full-scale|"
                  r"\b(?:other|countless|numerous|frequent|regular|repeated)\s+(?:\w+\s+){0,4}(?:cities|towns|attacks|strikes|places)")
_KILLED = re.compile(r"\b(?:killing|killed|kills|dead|deaths?|died|fatalities)\b")
_INJURED = re.compile(r"\b(?:wounding|wounded|injuring|injured|hospitali[sz]ed)\b")


def _near_count(s: Sentence, word: re.Match[str]) -> Any:
    best = None
    for c in s.counts():
        if 0 < word.start() - c.end <= 30 or 0 < c.begin - word.end() <= 25:
            if best is None or abs(c.begin - word.start()) < abs(best.begin - word.start()):
                best = c
    return best


def extract_sentence(s: Sentence) -> list[Fact]:
    text = s.text
    if not s.has_any(KEYWORDS):
        return []
    out: list[Fact] = []
    matches = list(_KIND.finditer(text))
    for i, m in enumerate(matches):
        if i and m.start() - matches[i - 1].end() < 40 and not re.search(r"[,;]", text[matches[i - 1].end():m.start()]):
            continue  # one event told with two trigger words
        limit = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        try:
            out += _one(s, m, limit)
        except Exception:  # noqa: BLE001
            raise
    # One fact per kind and place within a sentence.
    seen, result = set(), []
    for f in out:
        key = (f.roles.get("kind"), str(f.roles.get("location")))
        if key not in seen:
            seen.add(key)
            result.append(f)
    return result


_VIOLENCE = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt\w*|bomb\w*|gun\w*|fire[ds]?|firing|shot|shoot\w*|"
    r"sniper|drones?|missiles?|rockets?|artillery|shell\w*|troops|forces|army|military|militants?|soldiers?|"
    r"insurgents?|rebels?|gunmen|fighters|police|explos\w*|grenades?|molotov|arson|armed|weapons?|jets?|"
    r"aircraft|patrol|convoy|base|positions?|checkpoint|battles?|front ?line|combat|fighting)\b", re.I)
_NOT_VIOLENT = re.compile(r"\b(?:heart|panic|asthma|cyber)[- ]?attacks?\b|\battack(?:ed|s)? (?:the|his|her|their) "
                          r"(?:policy|policies|decision|plan|remarks|comments|record|critics|proposal|government's)\b", re.I)


def _one(s: Sentence, m: re.Match[str], limit: int) -> list[Fact]:
    text = s.text
    kind = next(KINDS[int(k[1:])][0] for k, v in m.groupdict().items() if v is not None)
    if kind in ("attack", "clash", "raid") and (_NOT_VIOLENT.search(text) or not _VIOLENCE.search(
            text[:m.start()] + " " + text[m.end():])):
        return []
    if text.rstrip().endswith("?") or _NOT.search(text[max(0, m.start() - 40):m.end() + 40]) or \
            re.search(r"\bsince the (?:start|beginning) of\b", text[max(0, m.start() - 60):m.start()]):
        return []
    if MODAL.search(text[max(0, m.start() - 25):m.start()]) and kind != "attack":
        return []
    locations = [l for l in find_locations(s) if not s.lex.country(l.value) or kind in ("invasion", "offensive")]
    countries = list(s.countries())
    # Location: the nearest place after the trigger, else before it.
    after = [l for l in locations if m.start() < l.begin < limit]
    geo = [l for l in after if re.search(r"\b(?:region|area|province|district|oblast)\b", l.text)]
    if geo:
        after = geo
    before_loc = [l for l in locations if l.end <= m.start() and m.start() - l.end <= 40]
    loc = after[0] if after else None
    direct = re.match(r"\s+(?:\w+ed\s+|on\s+|against\s+)(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})", text[m.end():])
    if direct and re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                           r"July|August|September|October|November|December|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Jan\.?|Feb\.?)\b",
                           direct.group(1)):
        direct = None  # "an ambush on Tuesday": a date, not the target
    if loc is None and direct:
        b = m.end() + direct.start(1)
        loc = Span(b, b + len(direct.group(1)), direct.group(1), direct.group(1), "location", "object-of-trigger")
    if loc is None and before_loc:
        loc = before_loc[-1]
    extra: list[Span] = []
    if loc is not None and kind in ("offensive", "clash", "attack"):
        # "in the Melitopol area of X and Bakhmut in Y": coordinated places are separate events.
        for l in after:
            if l is not loc and l.begin > loc.end and re.fullmatch(r"(?:\s+of\s+[A-Z][\w-]+)?\s+and\s+", text[loc.end:l.begin]):
                extra.append(l)
    if kind == "invasion":
        obj = [c for c in countries if c.begin > m.end() and c.begin - m.end() <= 3]
        if obj:
            loc = obj[0]
    if loc is not None and loc.value and s.lex.country(str(loc.value)) and kind not in ("invasion",):
        loc_value = s.lex.country(str(loc.value))
    else:
        loc_value = loc.value if loc else None
    dates = s.dates()
    date = dates[0] if dates else None
    if loc is not None and s.lex.country(str(loc.value)) and kind not in ("invasion", "offensive"):
        return []
    if loc_value is None and date is None:
        return []
    # Actor: the subject state/force before the trigger ("Azerbaijan's offensive", "X invaded").
    actor = None
    before = [c for c in countries if c.end <= m.start() and m.start() - c.end <= 40
              and not re.search(r"\b(?:killed|died|wounded|injured|were|was|victims?|civilians|soldiers|troops|condemn\w*|denounc\w*|"
                                r"deplor\w*|mourn\w*|regrets?|criticiz\w*|criticis\w*|welcom\w*|express\w*)\b", text[c.end:m.start()])]
    if before:
        actor = before[-1]
    acc = re.search(r"\baccused (?P<a>[A-Z][\w-]+) of\b", text)
    if acc and s.lex.country(acc.group("a")):
        actor = Span(acc.start("a"), acc.end("a"), acc.group("a"), s.lex.country(acc.group("a")))
    by = re.search(r"\b(?:carried out|launched|conducted|mounted) by (?:the\s+)?(?P<a>(?:[A-Z][\w-]+\s*){1,4})", text)
    if actor is None and by:
        value = by.group("a").strip()
        actor = Span(by.start("a"), by.start("a") + len(value), value, value)
    if actor is None and kind in ("offensive", "attack", "raid", "clash"):
        near = [c for c in countries if 0 <= m.start() - c.end <= 25 or (kind == "clash" and 0 <= m.start() - c.end <= 25)]
        if near:
            actor = near[-1]
    if actor is None:
        subj = re.search(r"(?:^|\bthe\s+|\bThe\s+)(?P<a>(?:[A-Z][\w-]+\s+){0,2}(?:Army|Wehrmacht|forces|army|military))\s+(?:\w+\s+){0,2}$", text[:m.start()])
        if subj:
            value = re.sub(r"^(?:The|the)\s+", "", subj.group("a"))
            cs = find_countries(s.lex, value)
            actor = Span(subj.start("a"), subj.end("a"), value, cs[0].value if cs and value.split()[0] == cs[0].text else value)
    killed = injured = None
    for km in _KILLED.finditer(text):
        killed = _near_count(s, km) or killed
    for im in _INJURED.finditer(text):
        injured = _near_count(s, im) or injured
    if re.search(r"\bno (?:fatalities|deaths|casualties)\b", text):
        killed = Span(0, 0, "", 0)
    roles = {"kind": kind, "location": loc_value, "date": date.value if date else None,
             "killed": killed.value if killed else None, "injured": injured.value if injured else None,
             "actor": actor.value if actor else None}
    spans = {"kind": Span(m.start(), m.end(), m.group(0)), "location": loc, "date": date,
             "killed": killed if killed and killed.end else None, "injured": injured, "actor": actor}
    why = {"_fact": f"incident:trigger:{kind}:{m.group(0)!r}", "kind": f"lexicon:incident:{kind}",
           "location": f"incident:{loc.rule if loc else ''}", "date": "date-in-sentence",
           "killed": "count-near-killed", "injured": "count-near-injured", "actor": "incident:subject-before-trigger"}
    out = []
    for place in [loc, *extra]:
        r = dict(roles)
        sp = dict(spans)
        if place is not None:
            value = place.value
            if isinstance(value, str) and s.lex.country(value) and kind not in ("invasion",):
                value = s.lex.country(value)
            r["location"] = value
            sp["location"] = place
        fact = s.fact("incident", r, sp, why, extractor=EXTRACTOR, confidence=0.6 if place else 0.5)
        if fact:
            out.append(fact)
    return out


def merge_repeats(facts: list[Fact]) -> list[Fact]:
    """One incident told twice in a document ("the attack on X on Tuesday" ... "Tuesday's attack"):
    a statement of the same kind with a date but no place is dropped when another gives that date and a place."""
    incidents = [f for f in facts if f.type == "incident"]
    if len(incidents) < 2:
        return facts
    drop: set[str] = set()

    for f in incidents:
        for g in incidents:
            if f is g or g.id in drop or f.roles.get("kind") != g.roles.get("kind"):
                continue
            fl, gl = f.roles.get("location"), g.roles.get("location")
            fd, gd = f.roles.get("date"), g.roles.get("date")
            same_date = fd is not None and fd == gd
            if same_date and fl is None and gl is not None:
                drop.add(f.id)
                break
    return [f for f in facts if f.id not in drop]
