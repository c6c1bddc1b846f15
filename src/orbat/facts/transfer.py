"""Transfers of equipment (and the agreements a signed deal implies).

A sentence qualifies through a status trigger (data below); negated, conditional, planned and
interrogative sentences are dropped unless the trigger itself is a talks/offer/agreement one.
Roles:
- item: designations ("RM-70", "Mi-35M"), a capitalised name before a class noun ("Dana ...
  self-propelled artillery systems"), or class nouns ("military equipment"); one fact per item of
  a coordination, with the count right before each item ("24 pieces of Mi-35M", "two satellites").
- supplier: "from X", an adjective/possessive before the trigger noun ("Russian arms transfer"),
  or the subject of a seller verb ("X supplied/sold/provided"); recipient: "to Y", "Y with", or
  the subject of a buyer verb ("Y received/acquired/signed a deal").
- via: "via/through/across X"; value: the money of a one-item sentence; date: the sentence's or
  the paragraph's opening date.
Every trigger of a sentence is read (up to four): a later clause with its own subject ("... the radars
Armenia ordered from Thales in 2023") adds its own transfer, and roles after a trigger are looked for
only up to the next such clause. Buyers written as a capital ("Jakarta"), a state organ ("Vietnam's
Ministry of National Defence", "the Defence Ministry", "It") or left implicit in a passive resolve to
a state (see `_organ_subject`, the paragraph's previous transfer, `main_country`); company suppliers
come from "with X", "X-built", "built/sold by X", "X will supply", "awarded X a contract".
"""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import (MODAL, NEGATION, Sentence, Span, category_of_class, find_class_nouns,
                                find_countries, find_designations, find_money_wide as find_money, nearest, org_value)
from orbat.facts.transfer_orders import deal_order, deal_spans, ordered_total
from orbat.records import Fact

EXTRACTOR = "orbat.facts.transfer"

# (status, regex, direction): direction "buy" = subject receives, "sell" = subject supplies, "noun" = neither.
TRIGGERS: list[tuple[str, str, str]] = [
    ("cancelled", r"cancell?ed|scrapped|called off|terminated the (?:deal|contract|order)|(?:pulled|withdrew) out of the (?:deal|contract|purchase)", "buy"),
    ("displayed", r"showed off|show(?:s|ed)? off|displayed|unveiled|paraded|showcased|put on display", "buy"),
    ("ordered", r"(?:(?:was|were|has been|have been|had been) )?awarded (?:\w+ ){0,4}?(?:a |an |the )?(?:[\w$€£₹.,-]+ ){0,4}(?:contract|deal|order)s?|"
                r"(?:won|wins|secured|clinched|landed|bagged) (?:a |an |the )?(?:[\w$€£₹.,-]+ ){0,4}(?:contract|deal|order)s?", "award"),
    ("ordered", r"(?:signed|inked|concluded|finali[sz]ed|struck|sealed|clinched) (?:a |an |the )?(?:[\w$€£₹.,-]+ ){0,4}(?:deal|contract|order|purchase agreement|"
                r"letter of (?:offer and )?acceptance)s?\b(?:[^.;]|\.\d){0,80}?\b(?:for|to buy|to purchase|to acquire|covering)|"
                r"signed (?:a |an |the )?(?:[\w$€£₹.,-]+ ){0,4}(?:deal|contract)s?\b|signed for|"
                r"(?:finali[sz]ed|concluded|sealed) (?:the |a |its )?(?:purchase|acquisition|procurement|order) of|"
                r"placed (?:an |a )?(?:\w+ ){0,2}orders?|ordered", "buy"),
    ("agreed", r"agreed to (?:sign|supply|provide|sell|buy|purchase|deliver)|decision(?:, [^,;]{3,40},)? to (?:supply|provide|sell|deliver)|"
               r"(?:cooperation |supply |purchase )?agreement (?:\w+ ){0,3}for the (?:sale|supply|purchase|delivery)|"
               r"will (?:supply|provide|deliver|sell|donate|transfer|send|give|export)|will (?:build|construct|manufacture) (?=[^.;]{3,80}\bfor\b)", "sell"),
    ("agreed", r"(?:will|is to|are to|is set to|are set to|agreed to) (?:buy|purchase|acquire|procure|get)|"
               r"(?:is|are) (?:acquiring|buying|purchasing|procuring)|"
               r"signed (?:a |an )?(?:letter of intent|memorandum(?: of understanding)?|MoU|(?:framework )?agreement|protocol)"
               r"(?: [^.;]{0,40}?)? (?:for|on) the (?:purchase|acquisition|procurement) of|"
               r"approved (?:the |a )?(?:purchase|procurement|acquisition|buying) of", "buy"),
    ("negotiating", r"(?:is|are|was|were|been) (?:holding|in) (?:\w+ )?talks|holding talks|negotiat(?:ing|ions|ed)|in (?:advanced |final )?talks|"
                    r"discussed the (?:purchase|acquisition|sale)|(?:showed|expressed|shown) (?:an |its |their )?interest|"
                    r"interested in (?:buying|purchasing|acquiring)|(?:is|are) considering (?:buying|purchasing|acquiring|the purchase)", "buy"),
    ("offered", r"(?:was|were|been|is|are|being) (?:formally |officially |also )?offered|letters? of offer", "buy"),
    ("offered", r"offered|has offered|proposed to (?:sell|supply)|pitched(?= [^.;]{0,60}?\bto\b)|"
                r"approved (?:a |the )?(?:possible |potential |proposed )?(?:foreign military )?(?:sale|transfer|export)", "sell"),
    ("in_service", r"commissioned|inducted|entered service|(?:was|were) (?:put|placed) into service", "buy"),
    ("delivered", r"completed (?:the |its |their )?(?:purchase|acquisition|delivery|handover|transfer) of|receiv(?:ed|es|e|ing)|(?:took|take|takes|taken|taking) delivery|acquired|purchased|bought|imported|inherited|"
                  r"(?:got|obtained)(?= (?:\w+ ){0,3}?(?:\d|[A-Z]))|"
                  r"(?:arms|weapons) transfer|(?:were|was|been|had been|have been) (?:transferred|delivered|supplied|sold|handed over)", "buy"),
    ("delivered", r"(?:was|were|has been|have been|had been) (?:given|gifted|donated|sold|supplied with|provided with)(?= [^.;]{0,60}\bby\b)",
     "dative"),
    ("delivered", r"donated|delivered|supplied|provided|handed over|transferred|sold|gave|exported", "sell"),
    ("delivered", r"arrived|arrives|arrive|arriving", "arrive"),
    ("delivered", r"[Dd]eliver(?:y|ies) of", "noun"),
    ("reported", r"(?:exports?|exporting|sells?|selling|supplies|supplying) (?:\w+ ){0,2}(?:weapons|arms|military equipment)|"
                 r"(?:was|were|is|are|been) (?:\w+ly )?(?:supplying|arming)|"
                 r"main (?:arms|weapons) supplier|arms imports", "sell"),
]
_TRIGGER = re.compile("|".join(f"(?P<s{i}>\\b(?:{p})\\b)" for i, (_, p, _) in enumerate(TRIGGERS)))
_QUICK = re.compile(r"(?:decision|show|display|unveil|parad|signed|order|agree|will|talks|negotiat|discuss|interest|offer|pitch|"
                    r"receiv|deliver|acquir|purchas|bought|import|inherit|transfer|donat|suppl|provid|hand|sold|sell|"
                    r"gave|export|cancel|scrap)", re.I)
KEYWORDS = ("pitched", "given", "gifted", "export", "acquiring", "buying", "purchasing", "procuring", "got ", "obtained", "consider", "approved", "struck", "sealed", "clinched", "completed", "buy", "procure", "awarded", "won ", "wins ", "secured", "clinched", "landed", "bagged", "approved", "arriv", "inked", "finali", "conclud", "terminat", "withdrew", "pulled out", "commission", "inducted", "into service", "entered service", "decision", "show", "display", "unveil", "parad", "signed", "order", "agree", "will ", "talks", "negotiat",
            "discuss", "interest", "offer", "receiv", "deliver", "acquir", "purchas", "bought", "import", "inherit",
            "transfer", "donat", "suppl", "provid", "hand", "sold", "sell", "gave", "export", "cancel", "scrap", "arming")
_DENIED = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:the\s+|media\s+|press\s+|earlier\s+)*"
                     r"(?:reports?|claims?|allegations?|rumou?rs?|speculation|that)\b")
_HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were|has been|have been) (?:said|reported|believed|thought|rumou?red) to(?: have)?|"
                      r"according to (?:media |press |unconfirmed )?reports)\b", re.I)
_CLASS_END = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:launchers?|batteries|battery|systems?|jets?|fighters?|aircraft|"
                        r"helicopters?|tanks?|howitzers?|vehicles?|submarines?|frigates?|corvettes?|drones?|missiles?|"
                        r"radars?|guns?|rifles?|ships?|vessels?|boats?|planes?|trainers?|carriers?|destroyers?|units?)$")
_SELL_RECIPIENT_FALLBACK = True
_NOT_EQUIPMENT_HEAD = re.compile(r"\b(?:study|studies|report|reports|review|plan|plans|analysis|assessment|survey|probe|inquiry|"
                                 r"investigation|audit|research|paper|documentary|film|book|seminar|conference|course|"
                                 r"training|exercise|drills?|demonstration|briefing)\s+(?:on|of|about|into|for|with)\b")
_GAP_STOP = re.compile(r"\b(?:with|of|the|and|or|to|from|for|a|an|its|their|by|in|on|at|as|under|into|has|have|had|"
                       r"is|are|was|were|will|would|" + r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                       r"several|some|many|more|new|first|last)\b|\d")
_CLASS_TAIL = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+")  # "JY-27A long-range radars ordered"
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                        r"fifty|hundred|thousand|dozens?|several|few|many|some|pair|couple)\b")
_MODIFIER = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){0,2})$")
_SUPPLIER_LEX = re.compile(r"\bfrom\s+(?:the\s+|either\s+(?:the\s+)?)?")
_TO = re.compile(r"(?<!according )(?<!according)\bto\s+(?:the\s+)?\(?$")
_VIA = re.compile(r"\b(?:via|through|across)\s+(?:\w+\s+){0,2}?(?:through\s+|via\s+)?$")
_GENERIC_ITEMS = re.compile(r"^(?:other|new|modern|advanced|additional|more|some|the|its|their|further)\s+", re.I)
_ORG_NAME = re.compile(r"\b(?:Russian|Israeli|Turkish|American|French|Chinese|[A-Z][a-z]+)\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})")


def _items(s: Sentence, begin: int, end: int) -> list[tuple[Span, str | None]]:
    """Items between begin and end with their categories, one per coordinated item."""
    text = s.text
    designations = [d for d in find_designations(s.lex, text) if begin <= d.begin < end]
    # "F-16s", "MiG-29s": the plural of a designation is the designation.
    designations = [Span(d.begin, d.end - 1, d.text[:-1], d.text[:-1], d.kind, d.rule) if re.search(r"\ds$", d.text) else d
                    for d in designations]
    classes = [c for c in find_class_nouns(text) if begin <= c.begin < end]
    out: list[tuple[Span, str | None]] = []
    used: list[Span] = []
    for d in designations:
        cat = d.rule or None
        # "RM-70 122mm multi-launch rockets": the class noun right after a designation names its category.
        follow = [c for c in classes if 0 <= c.begin - d.end <= 25 and not re.search(r"[,;]| and ", text[d.end:c.begin])]
        if follow:
            cat = cat or follow[0].rule or None
            used.append(follow[0])
        if cat is None and not follow:
            # "L-29 and L-39 advanced training aircraft": a list of designations shares the class noun after it.
            ahead = [c for c in classes if c.begin > d.end and c.begin - d.end <= 80]
            if ahead and re.fullmatch(r"(?:[\s,]|and|or|[A-Z][\w-]*\d[\w-]*)*\s*(?:[a-z][\w-]*\s+){0,2}", text[d.end:ahead[0].begin]):
                cat = ahead[0].rule or None
        out.append((d, cat))
    for sp in s.mention_spans("Weapon", "MilitaryPlatform", "Vehicle"):
        # A recognised system name the designation pattern misses ("HIMARS launchers", "Rafale Marine jets").
        if not (begin <= sp.begin < end) or any(d.begin < sp.end and sp.begin < d.end for d, _ in out):
            continue
        name = sp.text
        tail = _CLASS_END.search(name)
        cls = tail.group(0).strip() if tail else ""
        name = _GENERIC_ITEMS.sub("", name[:tail.start()] if tail else name).strip()
        name = re.sub(r"^(?:the|a|an|\d+|[a-z]+)\s+", "", name)
        name = re.sub(r"[- ]class$", "", name)
        if re.fullmatch(r"(?i:the|these|those|its|their|our|his|her|both|all|some|first|new|other|this|that|such)", name):
            continue
        if not name or not re.match(r"[A-Z]", name) or s.lex.country(name) or name.lower() == cls.lower() or \
                re.match(r"\d+\s?mm\b", name) or re.search(r"-(?:built|made|designed|produced|supplied|owned)\b", name) or \
                (s.lex.country(re.split(r"[\s-]", name)[0]) and not re.search(r"[A-Z0-9]", name[len(re.split(r"[\s-]", name)[0]):])):
            continue  # "Chinese-built submarine", "Russian helicopters": a maker, not a name
        if re.search(r"\(\s*$", text[max(0, sp.begin - 2):sp.begin]) or \
                re.match(r"\s*(?:-\s*\d+\s+)?(?:[a-z]+\s+)?(?:program|programme|project|series|family)\b", text[sp.end:sp.end + 30]):
            continue  # "Mi-35M (Hind-E)": an alias; "Azersky-2 program": a programme, not the item
        b = sp.begin + sp.text.find(name)
        known = s.lex.system(name)
        cat = getattr(known, "category", None) or (category_of_class(cls) if cls else None)
        follow = [c for c in classes if sp.begin <= c.begin < sp.end + 1]
        used.extend(follow)
        out.append((Span(b, b + len(name), name, name, "system", cat or ""), cat))
    for w in re.finditer(r"(?<![\w-])[A-Z][A-Za-z]{2,}(?:[- ][A-Z0-9][\w-]*)?(?![\w-])", text[begin:end]):
        # "a Patriot battery", "HIMARS launchers": a catalogued system name before an equipment noun.
        b, e = begin + w.start(), begin + w.end()
        if any(d.begin < e and b < d.end for d, _ in out) or not _EQUIPMENT_AFTER.match(text, e):
            continue
        lead = [i for i, (d, _) in enumerate(out) if d.end == b - 1 and text[d.end:b] == " " and re.search(r"\d", d.text)]
        if lead:
            # "JF-17 Thunder aircraft": the name completes the designation before it.
            d, cat = out[lead[0]]
            full = text[d.begin:e]
            out[lead[0]] = (Span(d.begin, e, full, full, "system", d.rule), cat)
            continue
        known = s.lex.system(w.group(0))
        if known is None or s.lex.country(w.group(0)) or s.lex.organisation(w.group(0)) is not None:
            continue
        cat = getattr(known, "category", None)
        used.extend(c for c in classes if e <= c.begin <= e + 25)
        out.append((Span(b, e, w.group(0), w.group(0), "system", cat or ""), cat))
    out.sort(key=lambda x: x[0].begin)
    for k in re.finditer(r"(?<![\w-])((?:[A-Z][a-z]+ )?[A-Z][a-z]+|[A-Z]{2,})[- ]class\b", text[begin:end]):
        b = begin + k.start(1)
        if any(d.begin <= b < d.end for d, _ in out):
            continue
        follow = [c for c in classes if 0 <= c.begin - (begin + k.end()) <= 25]
        if follow:
            used.append(follow[0])
        out.append((Span(b, b + len(k.group(1)), k.group(1), k.group(1), "system"),
                    (follow[0].rule or None) if follow else None))
    for c in classes:
        if c in used or any(d.begin <= c.begin < d.end + 1 for d, _ in out):
            continue
        # "Dana 152mm self-propelled artillery systems": a capitalised name before a class noun.
        pre = re.search(r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2}\d{1,4}[A-Z]?(?![\w-])|"
                        r"[A-Z][a-z]+[A-Z]?[a-z]+(?:-[A-Z0-9]{1,3}\b)?(?:\s+(?:II|III|IV|V|VI|NG|[A-Z]{1,2}\d?|\d{1,4}[A-Z]?)(?![\w-]))?|"
                        r"[A-Z]{2,}(?:-[A-Z0-9]+)*)(?:\s+\d{2,3}\s?mm)?\s+(?:[a-z][a-z-]*\s+){0,2}$",
                        text[max(begin, c.begin - 45):c.begin])
        if pre and _GAP_STOP.search(re.sub(r"\d{2,3}\s?mm", "", text[max(begin, c.begin - 45) + pre.end(1):c.begin])):
            pre = None  # "Azercosmos with two satellites": the name is not the item's
        known = s.lex.system(pre.group(1)) if pre else None
        if pre and (c.rule or known) and not s.lex.country(pre.group(1)) and pre.group(1) not in (
                "The", "Its", "Their", "Other", "Both", "Some", "All", "New", "These", "Those", "NATO"):
            b = max(begin, c.begin - 45) + pre.start(1)
            out.append((Span(b, b + len(pre.group(1)), pre.group(1), pre.group(1), "system"),
                        getattr(known, "category", None) or c.rule or None))
            continue
        words = _GENERIC_ITEMS.sub("", c.text)
        b = c.begin + (len(c.text) - len(words))
        # Keep a short modifier before a class noun ("long-range rockets", "laser marksmanship systems").
        mod = _MODIFIER.search(text, max(begin, b - 30), b)
        if mod and mod.group(1) and not _NUMBERISH.search(mod.group(1)) and not re.search(r"\b(?:of|the|and|with|for|to|from|on|in|at|by|as|into|over|against|a|an|its|their|his|her|them|it|us|other|were|was|has|have|had|most|more|one|several|many|few|capable|some|all|first|time|these|those|new|that|this|which|who|sells?|buys?|supplies|exports?|imports?|stating|saying)\b", mod.group(1)):
            b -= len(mod.group(1))
            words = text[b:c.end]
        out.append((Span(b, c.end, words, words, "class"), c.rule or None))
    out.sort(key=lambda x: x[0].begin)
    # "arms and military hardware": coordinated generic classes are one item.
    merged: list[tuple[Span, str | None]] = []
    for span, cat in out:
        if merged and span.kind == "class" and merged[-1][0].kind == "class" and cat is None and merged[-1][1] is None \
                and re.fullmatch(r"\s+and\s+", text[merged[-1][0].end:span.begin]):
            prev = merged[-1][0]
            joined = text[prev.begin:span.end]
            merged[-1] = (Span(prev.begin, span.end, joined, joined, "class"), None)
            continue
        merged.append((span, cat))
    unique: list[tuple[Span, str | None]] = []
    for span, cat in merged:
        if any(u.begin < span.end and span.begin < u.end and u.kind == span.kind == "system" for u, _ in unique):
            continue  # the same name found twice (pattern and mention)
        if len(str(span.value or span.text).strip()) < 2:
            continue  # "OPV 58 S patrol vessels": a stray letter is no item's name
        unique.append((span, cat))
    merged = unique
    systems = {cat for span, cat in merged if span.kind == "system"}
    if systems:
        # "eight Mi-17V-5 helicopters ... the order for 12 aircraft": a bare class word beside a designated
        # item names the same equipment again.
        merged = [(span, cat) for span, cat in merged if span.kind == "system" or (cat is not None and cat not in systems)]
    return merged


_PART_OF = re.compile(r"\b(?:(?:first|last|final|remaining|initial|latest|other)\s+(?P<n>\w+)\s+of\s+(?:the\s+|its\s+|their\s+)?|"
                      r"(?P<m>\w+)\s+of\s+(?:the|its|their)\s+)(?:[\w,]+\s+)?(?:[a-z][\w-]*\s+){0,2}$")


_ONE_OF = re.compile(r"\b(?P<w>first|last|final)\s+of\s+(?:the\s+|its\s+|their\s+)?[\w,]+\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _count_before(s: Sentence, item: Span, whole: bool = False) -> Span | None:
    """The count of the item's noun phrase; `whole` ignores a partitive ("four of the 12 X") because
    the clause speaks of the whole phrase ("the 12 X that Y ordered")."""
    window = s.text[max(0, item.begin - 60):item.begin]
    one = None if whole else _ONE_OF.search(window)
    if one:
        # "the first of eight Leopard 2A7 tanks arrived": one of them, not eight.
        at = max(0, item.begin - 60) + one.start("w")
        return Span(at, at + len(one.group("w")), one.group("w"), 1, "count")  # rule: no qualifier
    part = None if whole else _PART_OF.search(window)
    if part:
        # "the first two of four Akash batteries": the two delivered now.
        at = max(0, item.begin - 60) + part.start("n" if part.group("n") else "m")
        for c in s.counts():
            if c.begin == at:
                return c
    m = re.search(r"(\S+)\s+(?:pieces of |units of |of (?:the |its |their )?(?:[\w’'-]+\s+){0,4}|"
                  r"(?:[a-z][\w-]*\s+){0,3}|[A-Z][\w-]*\s+)?$", window)
    for c in reversed(s.counts()):
        if re.search(r"[A-Z][\w-]*\s$", s.text[max(0, c.begin - 12):c.begin]) and c.text.isdigit():
            continue  # "Unit 641", "Project 10470": a number inside a name
        if c.end <= item.begin and item.begin - c.end <= 45:
            between = s.text[c.end:item.begin]
            if re.search(r"[,;]|\band\b|\bwith\b|\bin\b|\bat\b", between):
                return None
            if c.value and c.value > 1_000_000:
                return None
            return c
    del m
    return None


def _actor_spans(s: Sentence) -> list[Span]:
    from orbat.facts.agreement import _actors

    return _actors(s)


def _org_after_demonym(s: Sentence, pos_from: int, pos_to: int) -> Span | None:
    """ "Russian Rosvertol", "Turkish company Aselsan": a company named after a demonym."""
    m = re.search(r"\b(?:company|firm|manufacturer|corporation)?\s*([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})\s+"
                  r"(?:announced|said|has|had|will|signed|agreed)", s.text[pos_from:pos_to])
    if m and not s.lex.country(m.group(1)):
        name = m.group(1)
        b = pos_from + m.start(1)
        first = name.split()[0]
        if len(name.split()) > 1 and s.lex.country(first):
            name = name[len(first):].strip()  # "Russian Rosvertol" -> "Rosvertol"
            b = pos_from + m.start(1) + m.group(1).find(name)
        org = s.lex.organisation(name)
        return Span(b, b + len(name), name, org_value(name, org), "org", "org-subject")
    return None


_ORGAN_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|while|when|after|as)\s+)(?:The|the|Its|its|Their|their)?\s*(?:country(?:’s|'s)?\s+)?"
    r"(?:(?:[Dd]efen[cs]e|[Mm]ilitary|[Nn]ational|[Ff]ederal|[Cc]entral)\s+)?"
    r"(?:[Mm]inistry(?: of (?:[Nn]ational )?[Dd]efen[cs]e)?|[Gg]overnment|[Nn]avy|[Aa]rmy|[Aa]ir [Ff]orce|[Mm]ilitary|"
    r"[Aa]rmed [Ff]orces|[Cc]ountry|[Cc]abinet|[Dd]efen[cs]e [Ff]orces|[Cc]oast [Gg]uard|[Kk]ingdom|[Nn]ation|[Rr]epublic|"
    r"[Ee]mirate|[Ii]sland|[Mm]arines?|[Mm]arine [Cc]orps)"
    r"|(?:^|[,;]\s+)(?:It|They)(?=\s)|\b(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?:it|they)(?=\s)")


_ANAPHOR = re.compile(r"\s*(?:The|These|Those|They|All|Both)\b(?P<np>(?:\s+[a-z0-9][\w-]*){0,4}?)\s*"
                      r"(?:(?:were|was|have|has|had|are|is|will|also|finally|already|now|been|be)\s+)*$")


def _carried_item(s: Sentence, m: re.Match[str]) -> tuple[Span, str | None] | None:
    """ "Poland ordered 180 K2 tanks. The first ten were delivered in December.": a sentence whose
    subject only points back takes the item of the paragraph's previous transfer."""
    prior = s.prior_transfer
    if prior is None or not prior.roles.get("item"):
        return None
    hit = _ANAPHOR.match(s.text[:m.start()])
    if not hit:
        return None
    np = hit.group("np") or ""
    words = np.split()
    if any(not (_NUMBERISH.search(w) or re.fullmatch(r"first|last|remaining|final|initial|other|of|them|batch|"
                                                       r"units?|systems?|aircraft|jets?|vehicles?|ships?|tanks?|"
                                                       r"helicopters?|batteries|drones?|launchers?", w)) for w in words):
        return None  # "The crews were trained": the subject is something else
    end = hit.start("np") + len(np) if np else hit.end()
    return Span(end, end, "", prior.roles["item"], "system" if re.search(r"[A-Z0-9]", str(prior.roles["item"])) else "class",
                "carried"), prior.roles.get("item_category")


def _attributive_demonym(s: Sentence, a: Span) -> bool:
    """ "Chinese surface-to-air systems": a demonym describing equipment, not a state acting."""
    if a.kind != "country" or a.text.lower() == str(a.value).lower() or not s.lex.country(a.text):
        return False
    return bool(_EQUIPMENT_AFTER.match(s.text, a.end))


_EQUIPMENT_AFTER = re.compile(
    r"\s+(?:-?[\w-]+\s+){0,2}?(?:systems?|batteries|battery|equipment|weapons?|arms|hardware|missiles?|jets?|fighters?|"
    r"aircraft|helicopters?|tanks?|howitzers?|vehicles?|submarines?|frigates?|drones?|radars?|rifles?|guns?|ships?|"
    r"vessels?|rockets?|launchers?|ammunition|munitions|shells)\b")


def _organ_subject(s: Sentence, before: str, actors: list[Span], pos: int) -> str | None:
    """ "The Defence Ministry signed ...", "It received ...": an unnamed state organ (or pronoun)
    as the buyer is the state the paragraph's earlier transfer went to, else the document's state."""
    clause_b = max(before.rfind(","), before.rfind(";"))
    if [a for a in actors if a.end <= pos and a.begin > clause_b - 1] and clause_b >= 0:
        return None
    if [a for a in actors if a.end <= pos and pos - a.end <= 60]:
        return None
    hit = None
    for hit in _ORGAN_SUBJECT.finditer(before):
        pass
    if hit is None or pos - hit.end() > 40:
        return None
    prior = s.prior_transfer
    if prior is not None and prior.roles.get("recipient"):
        return str(prior.roles["recipient"])
    from orbat.facts.common import main_country

    return main_country(s)


def extract_sentence(s: Sentence) -> list[Fact]:
    text = s.text
    if not s.has_any(KEYWORDS):
        return []
    if text.rstrip().endswith("?"):
        return []
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    triggers = list(_TRIGGER.finditer(text))[:4]
    # A later trigger with its own subject or auxiliary starts a clause of its own; a bare participle
    # ("hardware produced and acquired from X") only describes the earlier object.
    # A trigger that itself opens with an auxiliary ("were handed over") is a finite verb too.
    own = [bool(re.search(r"(?:[A-Z][\w’'-]*|\b(?:has|have|had|was|were|is|are|been))\s+$", text[:t.start()])
                or re.match(r"(?:was|were|has|have|had)\b", t.group(0))) for t in triggers]
    for n, m in enumerate(triggers):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        status, _pattern, direction = TRIGGERS[int(name[1:])]
        nxt = [t.start() for t, o in zip(triggers[n + 1:], own[n + 1:]) if o]
        limit = nxt[0] if nxt else len(text)
        found = _extract_at(s, m, status, direction, limit, bool(nxt) or n > 0)
        if n and found:
            # A later clause ("... the radars Armenia ordered from Thales in 2023") adds only new claims.
            found = [f for f in found if (str(f.roles.get("recipient")).casefold(), str(f.roles.get("item")).casefold()) not in seen
                     or own[n] and f.roles.get("status") != out[-1].roles.get("status")]
        for f in found:
            seen.add((str(f.roles.get("recipient")).casefold(), str(f.roles.get("item")).casefold()))
        out += found
    out += ordered_total(s, out)
    return out + deal_order(s, out)


# "the 12 Mi-17s [that] Vietnam ordered": the words between a noun phrase and a trigger that make
# the trigger the verb of a relative clause on that phrase.
_REL_HEAD = re.compile(r"\s*(?:(?!(?:for|to|from|with|of|in|at|by|on)\s)[a-z][\w-]*\s+){0,3}?(?:(?:that|which)\s+)?(?:it|they|[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})\s+"
                       r"(?:(?:had|has|have|later|then|also|originally|first|already)\s+)*")
# ", many of them received ...", ", two of which were delivered ...": the trigger's subject is a part of the phrase before.
_SUBSET = re.compile(r"(?:,|\band)\s+(?:the\s+)?(?P<q>(?:[\w-]+\s+){1,2}?)of\s+(?:them|which|these|those)\s+"
                     r"(?:(?:was|were|have|has|had|been|being|also|already|now|later|since)\s+)*$")


_VAGUE = re.compile(r"(?:many|most|some|several|few|a few|all|much|a number|a lot|half|the rest|others)", re.I)


def _subset_count(s: Sentence, m: re.Match[str]) -> Any:
    """None: no subset subject; "vague": "many/some of them"; "none": another uncounted part ("the
    first of which"); else the subset's count."""
    sub = _SUBSET.search(s.text[:m.start()])
    if sub is None:
        return None
    q = sub.group("q").strip()
    if _VAGUE.fullmatch(q):
        return "vague"
    return next((c for c in s.counts() if c.begin == sub.start("q") and c.end == sub.start("q") + len(q)), "none")


def _relative_head(text: str, items: list, m: re.Match[str]) -> bool:
    """Is the trigger the verb of a relative clause on the last item ("the 12 X that Y ordered")?"""
    last = items[-1][0] if items else None
    return last is not None and last.end <= m.start() and bool(_REL_HEAD.fullmatch(text, last.end, m.start()))


def _extract_at(s: Sentence, m: re.Match[str], status: str, direction: str, limit: int = 1 << 30,
                several: bool = False) -> list[Fact]:
    """The transfer a trigger states; roles after it are looked for only up to the next trigger
    (`limit`): "X delivered the radars Y ordered from Z" keeps Z for the order."""
    text = s.text
    if re.match(r"receiv|got\b|obtain", m.group(0)):
        # "Greece received a letter of offer for ...": the offer, not a delivery.
        offer = re.compile(r"\bletters? of offer\b(?! and acceptance)").search(text, m.end(), m.end() + 30)
        if offer:
            m, status, direction = offer, "offered", "buy"
    denied = _DENIED.search(text[:m.start()])
    if denied and not re.search(r"\b(?:claiming|saying|but|while|arguing|insisting|adding)\b", text[denied.end():m.start()]):
        return []  # "The ministry denied reports that X had received ...": not asserted
    before = text[:m.start()]
    clause_start = max(before.rfind(";"), before.rfind("“"), before.rfind('"'))
    local_before = before[clause_start + 1:]
    if NEGATION.search(local_before[-40:]) or NEGATION.search(text[m.start():m.end() + 15]):
        status_ok = status in ("cancelled",)
        if not status_ok:
            return []
    if MODAL.search(local_before[-35:]) and status not in ("negotiating", "offered", "agreed"):
        return []
    reported = bool(_HEARSAY.search(local_before[-60:])) and status in ("delivered", "ordered", "in_service")
    count: Any = _subset_count(s, m) or "near"
    if count == "vague":
        if not _TRIGGER.search(text[:m.start()]):
            return []  # "flies 40 Mi-17s, many of them received in the 1990s": a fleet described, not a transfer
        count = "none"
    if status == "delivered" and direction == "buy" and re.search(
            r"\b(?:will|shall|is to|are to|is set to|are set to|is expected to|are expected to|is due to|are due to)\s+"
            r"(?:also\s+)?$", local_before) and re.match(r"receive|take delivery|acquire|buy|purchase|get", m.group(0) + " "):
        status = "agreed"  # "X will receive ...": a delivery still to come
    elif direction == "arrive" and re.search(r"\b(?:will|to)\s+$", local_before):
        status = "agreed"  # "18 Rafale jets will arrive in 2026", "are expected to arrive": still to come
    elif re.search(r"\b(?:to be|to|will be|would be|is being|are being)\s+$", local_before) and status == "delivered":
        return []
    if re.search(r"\b(?:air ?strikes?|strikes?|sorties?|bombers?|raids?)\b", local_before[-60:] + " " + text[m.end():m.end() + 40]) and \
            re.search(r"\bagainst\b|\bon (?:\w+ )?targets?\b", text[m.start():]):
        return []  # "strikes delivered 24 munitions against targets": an attack, not a transfer
    if re.match(r"\s+(?:(?:a|an|the|its|their|another|new|fresh|massive|major|heavy|first|second|combined|\w+-\w+)\s+){0,3}"
                r"(?:[\w-]+\s+)?(?:strikes?|attacks?|blows?|barrages?|salvos?|hits?|bombardments?|assaults?|ultimatum|"
                r"speech|address|message|warning|verdict|blow)\b", text[m.end():]):
        return []  # "delivered a missile strike on Kyiv": not equipment changing hands
    if direction == "sell" and re.match(r"supplied|provided|delivered|sold|donated|transferred|exported", m.group(0)) and \
            re.match(r"\s+by\s", text[m.end():]) and not re.search(r"\b(?:was|were|been|be|is|are)\s+$", text[:m.start()]):
        # "Gripen fighters supplied by Sweden": a participle; the agent after "by" supplies.
        direction = "buy"
    # Items: after the trigger for active verbs; the sentence part before it for passives.
    passive = bool(re.match(r"(?:were|was|been|had been|have been) (?:transferred|delivered|supplied|sold|handed over)", m.group(0)))
    actors = [a for a in _actor_spans(s) if a.begin < limit or a.end <= m.start()]
    if direction == "arrive":
        # "The first two K2 tanks arrived in Poland": the items are the subject, the place the recipient.
        passive = True
    offered_to = status == "offered" and direction == "buy" and not m.group(0).startswith("letter") or direction == "dative"
    if direction == "dative":
        direction = "buy"  # "Kenya has been given 10 helicopters by the United States": the subject receives
    if offered_to:
        # "Turkey was offered 40 F-16 by X" (the state receives) vs "The jets were offered to Turkey" (items first).
        clause_b = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()))
        if not [a for a in actors if clause_b < a.begin and a.end <= m.start()]:
            passive = True
    participle = None
    if not passive and re.fullmatch(r"acquired|purchased|bought|received|delivered|supplied|donated|imported|ordered", m.group(0)):
        # "the MiG-29 purchased from Ukraine": an item right before a participle is its object.
        near = [it for it in _items(s, max(0, m.start() - 60), m.start()) if m.start() - it[0].end <= 2 or (
            it[0].kind == "system" and _CLASS_TAIL.fullmatch(text[it[0].end:m.start()]))]
        subj = [a for a in actors if a.end <= m.start() and m.start() - a.end <= 25]
        if near and not subj:
            participle = near[-1]
    if participle is not None:
        items = [participle]
        passive = True
    elif passive or re.search(r"\b(?:were|was) (?:acquired|purchased|bought|received|ordered|inherited|commissioned|inducted)$", text[:m.end()]):
        clause = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("]", 0, m.start()))
        items = _items(s, clause + 1, m.start())
        passive = True
    else:
        items = _items(s, m.end(), min(limit, len(text)))
        inner = re.search(r"(?:weapons|arms|military equipment)\b", m.group(0))
        if not items and inner:
            items = _items(s, m.start() + inner.start(), min(limit, len(text)))
        if not items:
            items = _items(s, max(0, m.start() - 80), m.start())
    if not items and passive:
        rel = re.search(r"(?:,|\band)\s+(?:the\s+)?(?:(?:first|last|latest|second|third|final|remaining|rest|most|some|all|one|two|three|"
                        r"four|five|six|\d+)\s+)*(?:of\s+)?(?:which|them|whom)\s+(?:(?:was|were|have|has|had|been|being|also|already|"
                        r"now)\s+)*$", text[:m.start()])
        if rel:
            # "... FK-3 batteries, the first of which was delivered in April 2022": the items of the clause before.
            prev = max(text.rfind(",", 0, rel.start()), text.rfind(";", 0, rel.start()))
            items = _items(s, prev + 1, rel.start())[-1:]
    if not items and passive and re.fullmatch(r"[\s,]*(?:(?:were|was|have been|has been|had been|been|also|then|later)\s+)*",
                                                text[max(text.rfind(",", 0, m.start()), 0):m.start()].lstrip(",")):
        # "The missiles, made by MBDA of France, were delivered to Qatar": the subject before the aside.
        comma = text.find(",")
        if 0 < comma < m.start():
            items = _items(s, 0, comma)
    if not items and passive:
        carried = _carried_item(s, m)
        if carried is not None:
            items = [carried]
    if not items:
        return []
    # Supplier and recipient.
    supplier = recipient = None
    why_s = why_r = ""
    for a in actors:
        pre = text[max(0, a.begin - 30):a.begin]
        if _SUPPLIER_LEX.search(pre) and re.search(r"\bfrom\s+(?:the\s+|either\s+(?:the\s+)?)?$", pre) and supplier is None:
            supplier, why_s = a, "from-X"
        elif re.search(r"\bwith\s+(?:either\s+)?(?:the\s+)?$", pre) and status == "negotiating" and supplier is None:
            supplier, why_s = a, "talks-with-X"
        elif _TO.search(pre) and recipient is None and a.begin > m.start():
            recipient, why_r = a, "to-X"
        elif offered_to and supplier is None and a.begin > m.start() and re.search(r"\bby\s+(?:the\s+)?$", pre):
            supplier, why_s = a, "offered-by-X"
        elif recipient is None and a.begin > m.end() and re.search(r"\bfor\s+(?:the\s+)?$", pre) and \
                re.match(r"will (?:build|construct|manufacture)", m.group(0)):
            recipient, why_r = a, "build-for-X"
    if direction == "award":
        # "Y awarded X a contract" / "X was awarded (won) a contract from/by Y": X supplies, Y buys.
        passive_award = not m.group(0).startswith("awarded")
        before_m = [a for a in actors if a.end <= m.start()]
        after_m = [a for a in actors if a.begin >= m.start()]
        if passive_award:
            if before_m:
                supplier, why_s = before_m[-1], "awardee-subject"
            by = [a for a in after_m if re.search(r"\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,3}$", text[max(0, a.begin - 30):a.begin])]
            if by:
                recipient, why_r = by[0], "awarded-by-X"
        else:
            inside = [a for a in after_m if a.begin < m.end()]
            if before_m and inside:
                recipient, why_r = before_m[-1], "awarding-subject"
                supplier, why_s = inside[0], "awardee-object"
        if supplier is not None and recipient is None:
            from orbat.facts.common import main_country

            host = main_country(s)
            if host and host != supplier.value:
                recipient, why_r = Span(0, 0, "", host), "award-without-buyer->document-state"
        if supplier is None or (recipient is not None and recipient.kind != "country"):
            return []
    if direction == "noun":
        # "Deliveries of the 36 Rafale jets to India were completed": a delivery, or a planned one.
        if re.search(r"\b(?:will|would|expected|scheduled|due|set to|planned|to begin|to start)\b", text[m.end():]):
            status = "agreed"
    if direction == "arrive" and recipient is None:
        place = re.match(r"\s+(?:in|at|to)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[m.end():])
        state = s.lex.place_country(place.group(1)) if place else None
        if place and state:
            b = m.end() + place.start(1)
            recipient, why_r = Span(b, b + len(place.group(1)), place.group(1), state, "country"), "arrived-in-X"
    if supplier is not None:
        # "from France's Nexter": the company named after the state's possessive is the supplier.
        owned = [a for a in actors if a.kind == "org" and re.fullmatch(r"(?:’s|'s)\s+", text[supplier.end:a.begin])]
        if owned:
            supplier, why_s = owned[0], "from-X's-company"
    suppliers = [supplier] if supplier else []
    if supplier is not None and status == "negotiating":
        alt = [a for a in actors if a.begin > supplier.end and re.match(r"\s+or\s+(?:the\s+)?$", text[supplier.end:a.begin])]
        suppliers += alt
    # Adjective before the trigger noun: "Russian arms transfer".
    if supplier is None and re.search(r"(?:arms|weapons) transfer", m.group(0)):
        adj = [a for a in actors if a.end <= m.start() and m.start() - a.end <= 2]
        if adj:
            supplier, why_s = adj[-1], "adjective-before-transfer"
            suppliers = [supplier]
    subject = [a for a in actors if a.end <= m.start() and not re.search(r"\b(?:from|to|with|via|through)\s+(?:the\s+)?$", text[max(0, a.begin - 12):a.begin])
               and not _attributive_demonym(s, a)]
    if direction == "buy" and recipient is None and not passive:
        if subject:
            recipient, why_r = subject[-1] if status != "ordered" else subject[-1], "subject-of-buyer-verb"
            pair = [a for a in subject[:-1] if a.kind == "country" and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end:recipient.begin])]
            if pair and recipient.kind == "country" and supplier is None:
                # "Vietnam and Russia opened talks on the purchase": the document's state is the buyer.
                from orbat.facts.common import main_country

                host = main_country(s)
                buying = re.search(r"\b(?:purchase|buy|buying|acquisition|procurement|acquire)\b", text[m.start():])
                if host == pair[-1].value or host is None and buying and status in ("negotiating", "agreed"):
                    supplier, recipient = recipient, pair[-1]
                    suppliers = [supplier]
                    why_s, why_r = "other-of-pair", "pair-member-that-is-document-state"
    if m.group(0).startswith("decision"):
        poss = [a for a in actors if re.match(r"(?:’s|'s)\s+$", text[a.end:m.start()])]
        if poss:
            supplier, why_s = poss[-1], "possessive-before-decision"
            suppliers = [supplier]
    org_subjects: list[Span] = []
    for a in subject:
        if a.kind == "org" and all(o.value != a.value for o in org_subjects):
            org_subjects.append(a)
    if status == "agreed" and "agreement" in m.group(0) and len(org_subjects) >= 2:
        # "Company A and company B ... agreement for the sale of": the seller is named first.
        supplier, recipient = org_subjects[-2], org_subjects[-1]
        suppliers = [supplier]
        why_s, why_r = "first-of-two-companies", "second-of-two-companies"
    elif status == "agreed" and "agreement" in m.group(0) and len(subject) >= 2:
        first = subject[0]
        second = [a for a in subject[1:] if re.search(r"\band\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[max(first.end, a.begin - 40):a.begin])]
        if second:
            pick = next((a for a in second if a.kind == "org"), second[0])
            supplier, recipient = first, pick
            suppliers = [supplier]
            why_s, why_r = "first-of-two-parties", "second-of-two-parties"
    elif direction == "sell":
        if supplier is None and subject:
            supplier, why_s = subject[-1], "subject-of-seller-verb"
            suppliers = [supplier]
            if len(subject) > 1 and recipient is None and status == "agreed":
                pass
        if recipient is None:
            after = [a for a in actors if a.begin >= m.end() and a not in suppliers]
            with_m = [a for a in after if re.match(r"\s+with\b", text[a.end:a.end + 6])]
            named = re.match(r"\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+with\b", text[m.end():])
            if with_m:
                recipient, why_r = with_m[0], "X-with"
            elif named:
                b = m.end() + named.start(1)
                name = named.group(1)
                recipient, why_r = Span(b, b + len(name), name, s.lex.place_country(name) or name, "org"), "X-with"
            after = [a for a in after if not re.search(r"\b(?:on|in|at|over|against|near|into|across)\s+(?:the\s+)?$",
                                                       text[max(0, a.begin - 12):a.begin])]
            if after and status in ("reported", "agreed", "delivered", "offered") and not with_m and not named:
                recipient, why_r = after[0], "object-after-verb"
    if direction == "buy" and recipient is not None and supplier is None:
        org = _org_after_demonym(s, 0, m.start())
        if org is not None and org.begin < recipient.begin:
            supplier, why_s = org, "company-announcing"
            suppliers = [supplier]
    if (status == "ordered" or m.group(0).startswith("signed")) and supplier is None:
        with_ = [a for a in actors if m.start() < a.begin < m.end() + 60 and a is not recipient and
                 re.search(r"\bwith\s+(?:the\s+)?(?:\w+(?:’s|'s)\s+)?$", text[max(0, a.begin - 20):a.begin])]
        if with_:
            supplier, why_s = with_[0], "deal-with-X"
            owned = [a for a in actors if a.kind == "org" and re.fullmatch(r"(?:’s|'s)\s+", text[supplier.end:a.begin])]
            if owned:
                supplier, why_s = owned[0], "deal-with-X's-company"
            suppliers = [supplier]
    built = re.search(r"\b(?:built|made|manufactured|produced|supplied|sold|delivered|provided|donated|transferred|exported|"
                      r"developed|designed) by (?:the\s+)?(?P<b>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})", text)
    maker = re.search(r"(?<![\w-])(?P<b>[A-Z][\w]+(?:\s+[A-Z][\w]+)?)-(?:built|made|designed|manufactured|produced|supplied)\b", text)
    if supplier is None and maker and (s.lex.organisation(maker.group("b")) is not None or s.lex.country(maker.group("b"))):
        # "Baykar-built TB2 drones", "US-made F-16s": the maker is the supplier.
        name = maker.group("b")
        b = maker.start("b")
        org = s.lex.organisation(name)
        value = s.lex.country(name) or org_value(name, org)
        if value != (recipient.value if recipient else None):
            supplier, why_s = Span(b, b + len(name), name, value, "org"), "X-built"
            suppliers = [supplier]
    if supplier is None and built:
        name = built.group("b")
        b = built.start("b")
        owner = re.match(r"(?:’s|'s)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})", text[built.end("b"):])
        if owner:  # "built by France's Dassault Aviation": the company
            b = built.end("b") + owner.start(1)
            name = owner.group(1)
        supplier, why_s = Span(b, b + len(name), name, s.lex.country(name) or name, "org"), "built-by-X"
        suppliers = [supplier]
    noun_trigger = re.search(r"supplier|imports|transfer$", m.group(0))
    if noun_trigger:
        poss = [a for a in actors if a.end <= m.start() and re.match(r"(?:’s|'s)\s+(?:\w+\s+){0,2}$", text[a.end:m.start()])]
        if poss and (recipient is None or recipient.end > m.end()):
            recipient, why_r = poss[-1], "possessive-before-trade-noun"
            if supplier is recipient or (supplier is not None and supplier.value == recipient.value):
                others = [a for a in subject if a is not recipient]
                supplier = others[0] if others else None
                suppliers = [supplier] if supplier else []
        from_ = [a for a in actors if a.begin > m.end() and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, a.begin - 10):a.begin])]
        if supplier is None and from_:
            supplier, why_s = from_[0], "from-X"
            suppliers = [supplier]
    if status == "agreed" and direction == "sell" and recipient is None and len(subject) >= 2 and \
            re.search(r"\band\b", text[subject[0].end:subject[-1].begin]):
        supplier, recipient = subject[0], subject[-1]
        suppliers = [supplier]
        why_s, why_r = "first-of-two-parties", "second-of-two-parties"
    if recipient is None and (direction in ("buy", "arrive") or status in ("in_service",)) and not offered_to:
        host = _organ_subject(s, text[:m.start()], actors, m.start())
        if host:
            recipient, why_r = Span(0, 0, "", host), "state-organ-subject->document-state"
    if recipient is None and direction == "sell" and supplier is not None and not passive and \
            status in ("delivered", "agreed", "ordered", "offered") and _SELL_RECIPIENT_FALLBACK:
        # "Russia delivered the last eight helicopters": to the state the paragraph or document is about.
        prior = s.prior_transfer
        host = str(prior.roles["recipient"]) if prior is not None and prior.roles.get("recipient") else None
        if host is None:
            from orbat.facts.common import main_country

            host = main_country(s)
        if host and host != supplier.value:
            recipient, why_r = Span(0, 0, "", host), "seller-without-buyer->paragraph-or-document-state"
    if recipient is None and re.match(r"\s*(?:It|The country|the country)\s", text[:m.start()] or ""):
        from orbat.facts.common import main_country

        host = main_country(s)
        if host:
            recipient, why_r = Span(0, 0, "", host), "pronoun-subject->document-state"
    if recipient is None and passive and s.prior_transfer is not None:
        prior = s.prior_transfer
        recipient = Span(0, 0, "", prior.roles.get("recipient"))
        why_r = "carried-from-previous-transfer"
        if supplier is None and prior.roles.get("supplier"):
            supplier = Span(0, 0, "", prior.roles.get("supplier"))
            suppliers = [supplier]
            why_s = "carried-from-previous-transfer"
    if recipient is None and subject and passive:
        recipient, why_r = subject[0], "state-in-sentence"
    if recipient is None and (passive or direction == "arrive") and (supplier is not None or any(i.kind == "system" for i, _ in items)):
        # "Six CH-92A drones were received from China in 2020": the document's state received them.
        from orbat.facts.common import main_country

        host = main_country(s)
        if host and (supplier is None or supplier.value != host):
            recipient, why_r = Span(0, 0, "", host), "passive-without-agent->document-state"
    if status == "negotiating" and re.search(r"\b(?:unsuccessful|failed|collapsed|broke down|ended|stopped)\b", text):
        return []
    if recipient is not None and supplier is not None and recipient.value == supplier.value:
        return []
    via = None
    for a in actors:
        if _VIA.search(text[max(0, a.begin - 40):a.begin]) and a.begin > 0:
            via = a
    if via is not None and via in suppliers:
        suppliers.remove(via)
        supplier = suppliers[0] if suppliers else None
    recipients = [recipient]
    if recipient is not None and recipient.end > recipient.begin:
        # "supplying A and B sides with weapons": each recipient its own transfer.
        more = [a for a in actors if a.begin > recipient.end and re.fullmatch(r"\s+and\s+", text[recipient.end:a.begin])]
        recipients += more[:2]
    if reported:
        status = "reported"  # "X has reportedly ordered ...": a claim, not an established deal
    if count == "near" and direction != "arrive" and _relative_head(text, items, m):
        count = "whole"  # "the first four of the 12 X that Y ordered": Y ordered twelve
    out: list[Fact] = []
    for recipient in recipients:
        out += _emit(s, m, status, items, recipient, supplier, suppliers, via, why_s, why_r, limit if several else None, count)
    return out


def _emit(s: Sentence, m: re.Match[str], status: str, items: list, recipient: Any, supplier: Any, suppliers: list,
          via: Any, why_s: str, why_r: str, limit: int | None = None, count: Any = "near") -> list[Fact]:
    """`count`: "near" (the count before the item), "whole" (ignoring a partitive), "none", or a Span."""
    text = s.text
    if recipient is None and not suppliers:
        return []  # who gave what to whom: a transfer with neither party says nothing
    dates = s.dates()
    if status in ("delivered", "in_service"):
        deals = deal_spans(text, m)
        dates = [d for d in dates if not any(b <= d.begin < e for b, e in deals)]
    if limit is not None:
        # Several clauses: the date of this clause ("delivered on Monday ... ordered in 2023").
        own = [d for d in dates if m.start() <= d.begin < limit]
        dates = own or [d for d in dates if d.begin < m.start()][-1:]
    date = dates[0] if dates else s.paragraph_date()
    money = find_money(text)
    out: list[Fact] = []
    for item, category in items:
        if item in (recipient, supplier, via):
            continue
        if s.lex.country(item.text):
            continue
        if item.begin >= m.end() and _NOT_EQUIPMENT_HEAD.search(text[m.end():item.begin]):
            continue  # "commissioned a study on artillery": the object is not the equipment
        qty = count if isinstance(count, Span) else None if count == "none" else _count_before(s, item, count == "whole")
        maker = None
        if not suppliers and item.end > item.begin:
            # "operates Chinese FK-3 batteries": the demonym right before the item names its supplier.
            maker = next((c for c in s.countries() if c.text != c.value and re.fullmatch(r"\s+|-(?:made|built)\s+", text[c.end:item.begin])
                          and (recipient is None or c.value != recipient.value)), None)
        roles: dict[str, Any] = {
            "supplier": [a.value for a in suppliers] if len(suppliers) > 1 else (supplier.value if supplier else (maker.value if maker else None)),
            "recipient": recipient.value if recipient else None,
            "item": item.value, "item_category": category, "status": status,
            "quantity": qty.value if qty else None,
            "qualifier": qty.rule if qty and qty.rule else None,
            "value": money[0].value if money and len(items) == 1 else None,
            "date": date.value if date else None,
            "via": via.value if via else None,
        }
        real = lambda x: x if x is not None and x.end > x.begin else None  # noqa: E731
        spans = {"supplier": [x for x in suppliers if real(x)] or ([maker] if maker else None), "recipient": real(recipient), "item": item, "status": Span(m.start(), m.end(), m.group(0)),
                 "quantity": qty, "qualifier": qty, "value": money[0] if money else None, "date": date, "via": via,
                 "item_category": item}
        why = {"_fact": f"transfer:trigger:{status}:{m.group(0)!r}", "supplier": f"transfer:{why_s}",
               "recipient": f"transfer:{why_r}", "item": f"transfer:item:{item.kind}",
               "item_category": "reference:system" if item.kind == "system" and category else "lexicon:class-noun",
               "status": f"lexicon:status:{status}", "quantity": "count-before-item", "qualifier": "count-qualifier",
               "value": "money-in-sentence", "date": date.rule if date else "", "via": "via/through-X"}
        conf = 0.55 + (0.15 if recipient else 0) + (0.1 if supplier else 0) + (0.1 if item.kind == "system" else 0)
        fact = s.fact("transfer", roles, spans, why, extractor=EXTRACTOR, confidence=min(conf, 0.9),
                      quote=(0, len(text)))
        used = s.__dict__.setdefault("_transfer_ids", set())
        cut = len(text.rstrip().rstrip(".!;"))
        while fact and fact.id in used and cut > len(text) // 2:
            # The same item and recipient under another clause's status ("delivered ... ordered in 2023"):
            # a distinct claim, so a distinct id (the quote a little shorter).
            fact = s.fact("transfer", roles, spans, why, extractor=EXTRACTOR, confidence=min(conf, 0.9),
                          quote=(0, cut))
            cut -= 1
        if fact and fact.id not in used:
            used.add(fact.id)
            out.append(fact)
    return out
