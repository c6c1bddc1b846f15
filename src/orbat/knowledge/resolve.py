"""Entity resolution and the recompute of every derived knowledge table.

Role values of facts resolve to entities:
- countries by any name variant or demonym (reference data) -> `country:AZ`;
- organisations by name or alias (reference data, with their parent chain: Elta -> Israel Aerospace
  Industries) -> `org:<id>`; unknown organisations get `org:<slug>` and, when their name carries a
  country ("Azerbaijan Interior Ministry"), that country;
- systems by designation or alias -> `system:<id>`, grouped under the root of their family
  (S-300PMU2 -> S-300); a designation the catalogue lacks gets `system:<slug>` and a family from its
  stem (BTR-80A -> BTR-80); a class ("reconnaissance satellites") is not an entity;
- people with titles and ranks stripped ("Colonel General Zakir Hasanov" -> Zakir Hasanov); a
  surname alone joins the one full name with that surname whose offices agree with it;
- forces and holders that are not states or known organisations -> `unit:<slug>` with their country.

`resolve(kb)` recomputes entities, deals and series/disputes from the stored facts with review
verdicts applied, in one transaction; it is idempotent and reads each fact once.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from orbat.knowledge.common import doc_meta, listify
from orbat.refdata import normalise as _normalise

# Name keys are computed for every role value of every fact: cache them.
fold = lru_cache(maxsize=500_000)(_normalise.fold)
slug = lru_cache(maxsize=500_000)(_normalise.slug)
title_key = lru_cache(maxsize=100_000)(_normalise.title_key)

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase
    from orbat.records import Fact

log = logging.getLogger(__name__)

# Roles whose values are actors (states, organisations, forces, people).
ACTOR_ROLES = ("supplier", "recipient", "parties", "holder", "force", "country", "actor", "via",
               "participants", "organisation", "according_to")
PERSON_ROLES = ("person",)
ITEM_ROLES = ("item",)
PLACE_ROLES = ("place", "location")
ENTITY_KINDS = ("country", "organisation", "person", "system", "unit")

# Words that make a participant or actor a group, not a person.
_GROUP_WORDS = {
    "ministry", "forces", "force", "army", "navy", "officials", "authorities", "agency", "council", "commission",
    "representatives", "advisers", "advisors", "government", "committee", "office", "department", "service",
    "company", "group", "corps", "troops", "guard", "media", "institute", "union", "party", "population",
    "delegation", "military", "brigade", "battalion", "regiment", "division", "command", "staff", "bank",
}
# Titles and ranks stripped from the front of a person's name when the reference data lacks them.
_TITLE_WORDS = {
    "general", "colonel", "lieutenant", "major", "captain", "admiral", "vice", "rear", "marshal", "brigadier",
    "sergeant", "commander", "minister", "president", "prime", "defence", "defense", "deputy", "mr", "mrs", "ms",
    "dr", "gen", "col", "lt", "maj", "capt", "adm", "sir", "senator", "chairman", "ceo", "foreign", "chief",
    "senior", "junior", "first", "acting", "former", "late", "army", "air", "naval", "secretary", "state",
    "of", "the", "ltg", "mg", "bg", "gen.", "col.", "lt.", "maj.", "mr.", "dr.", "premier", "king", "queen",
    "prince", "sheikh", "emir", "spokesman", "spokeswoman", "ambassador", "director", "head", "his", "her",
}
_ACRONYM_SKIP = {"of", "the", "and", "for", "de", "du", "des", "la", "&"}
_DESIGNATION = re.compile(r"^([A-Za-z]+(?:[- ]?[A-Za-z]+)?[- ]?\d+)")


@dataclass
class Entity:
    id: str
    kind: str
    name: str = ""
    ref: str | None = None
    parent: str | None = None
    country: str | None = None
    family: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    names: Counter = field(default_factory=Counter)
    links: set = field(default_factory=set)  # (fact_id, role, text)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "ref": self.ref, "parent": self.parent,
                "country": self.country, "family": self.family, "aliases": sorted(self.names),
                **self.data}


class Resolver:
    """Name -> entity, with the reference data and caches; tolerant of missing reference data."""

    def __init__(self, reference: Any) -> None:
        self.ref = reference
        self.entities: dict[str, Entity] = {}
        self._country_cache: dict[str, Any] = {}
        self._inferred: dict[str, str | None] = {}
        self._items: dict[tuple[str, str | None], str | None] = {}
        self._stripped: dict[str, str] = {}
        self.aliases: dict[str, str] = {}

    # ------------------------------------------------------------- reference lookups
    def country(self, text: str) -> Any:
        if text in self._country_cache:
            return self._country_cache[text]
        found = None
        try:
            found = self.ref.country(text) if self.ref is not None else None
        except Exception:  # noqa: BLE001 - reference data being built; treat as unknown
            found = None
        self._country_cache[text] = found
        return found

    def organisation(self, text: str) -> Any:
        try:
            return self.ref.organisation(text) if self.ref is not None else None
        except Exception:  # noqa: BLE001
            return None

    def system(self, text: str) -> Any:
        try:
            return self.ref.system(text) if self.ref is not None else None
        except Exception:  # noqa: BLE001
            return None

    def family(self, system_id: str) -> Any:
        try:
            return self.ref.family(system_id)
        except Exception:  # noqa: BLE001
            return None

    def title(self, text: str) -> Any:
        try:
            return self.ref.title(text) if self.ref is not None else None
        except Exception:  # noqa: BLE001
            return None

    # ------------------------------------------------------------- entities
    def entity(self, entity_id: str, kind: str, name: str, **attrs: Any) -> Entity:
        found = self.entities.get(entity_id)
        if found is None:
            found = self.entities[entity_id] = Entity(entity_id, kind, name)
        for key, value in attrs.items():
            if value is not None and getattr(found, key, None) in (None, ""):
                setattr(found, key, value)
        return found

    def country_entity(self, country: Any) -> Entity:
        return self._country_entity(country)

    def _country_entity(self, country: Any) -> Entity:
        ent = self.entity(f"country:{country.iso2}", "country", country.name, ref=country.ref)
        ent.name = country.name
        ent.data.setdefault("iso2", country.iso2)
        if getattr(country, "iso3", None):
            ent.data.setdefault("iso3", country.iso3)
        return ent

    def country_id(self, text: str | None) -> str | None:
        if not text:
            return None
        found = self.country(text)
        return self._country_entity(found).id if found is not None else None

    def org_entity(self, org: Any) -> Entity:
        country_id = None
        if getattr(org, "iso2", None):
            country = self.country(org.iso2)
            if country is not None:
                country_id = self._country_entity(country).id
        ent = self.entity(f"org:{org.id}", "organisation", org.name, ref=org.ref, country=country_id)
        ent.name = org.name
        ent.data.setdefault("org_kind", org.kind)
        if org.parent:
            chain = []
            try:
                chain = self.ref.parent_chain(org.id)
            except Exception:  # noqa: BLE001
                chain = []
            if chain:
                parent = self.org_entity(chain[0])
                ent.parent = parent.id
        return ent

    def inferred_country(self, text: str) -> str | None:
        """The country a name carries ("Azerbaijani Land Forces", "Internal Troops of Azerbaijan")."""
        if text not in self._inferred:
            self._inferred[text] = self._infer_country(text)
        return self._inferred[text]

    def _infer_country(self, text: str) -> str | None:
        words = re.findall(r"[\w'’-]+", text)
        for n in (3, 2, 1):
            for start in range(0, max(len(words) - n + 1, 0)):
                chunk = " ".join(words[start:start + n])
                if not chunk[:1].isupper():
                    continue
                found = self.country(chunk)
                if found is not None:
                    return self._country_entity(found).id
        return None

    def learn_acronyms(self, texts: Iterable[str]) -> None:
        """Map an acronym the reference data lacks to the one written-out name it abbreviates
        ("NRIET" -> "Nanjing Research Institute of Electronics Technology")."""
        unknown = {t for t in texts if self.country(t) is None and self.organisation(t) is None}
        by_initials: dict[str, set[str]] = defaultdict(set)
        for text in unknown:
            words = [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in _ACRONYM_SKIP]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                by_initials["".join(w[0] for w in words).upper()].add(text)
        for text in unknown:
            compact = text.replace(".", "")
            if compact.isalpha() and compact.isupper() and 2 <= len(compact) <= 8:
                full = by_initials.get(compact, set())
                if len(full) == 1:
                    self.aliases[text] = next(iter(full))

    def unit_key(self, text: str, home: str | None) -> tuple[str, str | None]:
        """Id and country of a force or holder that is neither a state nor a known organisation.

        A branch is keyed by its country and its name without the country words, so that
        "Azerbaijani Land Forces", "Land Forces of Azerbaijan" and a bare "Land Forces" in a
        document about Azerbaijan (`home`, the document's main country) are one unit.
        """
        country = self.inferred_country(text) or home
        words = re.findall(r"[\w'’-]+", text)
        kept = [w for w in words if not (w[:1].isupper() and self.country(w.rstrip("'’s")) is not None)]
        while kept and kept[-1].lower() in ("of", "the"):
            kept.pop()
        while kept and kept[0].lower() == "the":
            kept.pop(0)
        branch = slug(" ".join(kept)) or slug(text)
        if country:
            return f"unit:{country.split(':', 1)[-1].lower()}:{branch}", country
        return f"unit:{branch}", None

    def actor(self, text: str, role: str, home: str | None = None) -> Entity | None:
        """The entity an actor role value names; `home` is the country id the document is about."""
        text = " ".join(str(text).split())
        if not text:
            return None
        text = self.aliases.get(text, text)
        country = self.country(text)
        if country is not None:
            return self._country_entity(country)
        org = self.organisation(text)
        if org is not None and role in ("force", "holder") and org.kind in ("armed_force", "security_force") \
                and org.iso2:
            # A branch named in full ("Azerbaijani Navy") and the same branch named bare in a
            # document about that country ("the Navy") are one unit.
            unit_id, country_id = self.unit_key(org.name, f"country:{org.iso2}")
            ent = self.entity(unit_id, "unit", org.name, country=country_id, ref=f"org:{org.id}")
            ent.name = org.name  # the reference name wins over a bare "Navy" seen first
            return ent
        if org is not None:
            return self.org_entity(org)
        if role in ("participants", "person") and looks_like_person(text):
            return self.person_stub(text)
        if role in ("force", "holder"):
            unit_id, country_id = self.unit_key(text, home)
            return self.entity(unit_id, "unit", text, country=country_id)
        country_id = self.inferred_country(text)
        if country_id is None and home and _STATE_ORGAN.search(text):
            # "the Ministry of National Defence" in an article about one country is that
            # country's ministry: keyed per country, never shared between states.
            return self.entity(f"org:{home.split(':', 1)[-1].lower()}:{slug(text)}", "organisation", text,
                               country=home)
        return self.entity(f"org:{slug(text)}", "organisation", text, country=country_id)

    def place(self, text: str) -> Entity | None:
        if not isinstance(text, str):
            return None
        country = self.country(text)
        return self._country_entity(country) if country is not None else None

    def item(self, text: str, category: str | None) -> Entity | None:
        """The system an item names, or None for a class of equipment."""
        key = (text, category)
        if key in self._items:
            found = self._items[key]
            return self.entities[found] if found else None
        ent = self._item(text, category)
        self._items[key] = ent.id if ent else None
        return ent

    def _item(self, text: str, category: str | None) -> Entity | None:
        text = " ".join(str(text).split())
        if not text:
            return None
        system = self.system(text)
        if system is not None:
            root = self.family(system.id) or system
            root_id = f"system:{root.id}"
            if root.id != system.id:
                self.entity(root_id, "system", root.name, ref=root.ref).data.setdefault("category", root.category)
            ent = self.entity(f"system:{system.id}", "system", system.name, ref=system.ref,
                              family=root_id if root.id != system.id else None)
            ent.name = system.name
            ent.data.setdefault("category", system.category)
            if system.origin:
                ent.data.setdefault("origin", system.origin)
            if system.manufacturer:
                ent.data.setdefault("manufacturer", system.manufacturer)
            return ent
        if not is_designation(text):
            return None
        stem = designation_stem(text)
        family_id = None
        if stem and slug(stem) != slug(text):
            root_system = self.system(stem)
            if root_system is not None:
                root = self.family(root_system.id) or root_system
                family_id = f"system:{root.id}"
                self.entity(family_id, "system", root.name, ref=root.ref)
            else:
                family_id = f"system:{slug(stem)}"
                self.entity(family_id, "system", stem)
        ent = self.entity(f"system:{slug(text)}", "system", text, family=family_id)
        if category:
            ent.data.setdefault("category", category)
        return ent

    def strip(self, text: str) -> str:
        if text not in self._stripped:
            self._stripped[text] = strip_titles(text, self)
        return self._stripped[text]

    def person_stub(self, text: str) -> Entity:
        name = self.strip(text)
        return self.entity(f"person:{slug(name)}", "person", name)


# Organs of a state that buy, sell and sign for it.
_STATE_ORGAN = re.compile(
    r"\b(?:Ministry|Ministry of (?:National )?Defen[cs]e|Defen[cs]e Ministry|Department of Defense|Government|"
    r"Armed Forces|Air Force|Navy|Army|Coast Guard|National Guard|Presidency|Cabinet|Parliament|"
    r"Procurement Agency|Defen[cs]e Procurement)\b", re.I)


def looks_like_person(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(fold(w) in _GROUP_WORDS for w in words):
        return False
    return all(w[:1].isupper() or fold(w) in ("bey", "van", "von", "de", "al", "bin", "oglu", "der", "da", "la")
               for w in words)


def is_designation(text: str) -> bool:
    """A model designation ("RM-70", "Dana", "OptSat500", "Mi-35M") rather than a class ("satellites")."""
    if any(c.isdigit() for c in text):
        return bool(re.search(r"[A-Za-z]", text))
    words = text.split()
    return len(words) <= 2 and all(w[:1].isupper() for w in words) and not text.isupper() or (
        text.isupper() and 2 <= len(text) <= 8)


def designation_stem(text: str) -> str | None:
    """The family stem of a designation: "BTR-80A" -> "BTR-80", "S-300PMU2" -> "S-300", "Mi-35M" -> "Mi-35"."""
    match = _DESIGNATION.match(text.strip())
    return match.group(1) if match else None


def strip_titles(text: str, resolver: Resolver | None = None) -> str:
    """A person's name without leading titles and ranks ("Colonel General Zakir Hasanov" -> "Zakir Hasanov")."""
    words = " ".join(text.replace("’s", "").split()).split(" ")
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in range(min(5, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            if (resolver is not None and resolver.title(head) is not None) or all(
                    fold(w).rstrip(".") in _TITLE_WORDS or fold(w) in _TITLE_WORDS for w in words[:n]):
                words = words[n:]
                changed = True
                break
    return " ".join(words).strip(" ,")


# ----------------------------------------------------------------------------- fact -> entities
def resolve_facts(facts: Iterable["Fact"], resolver: Resolver) -> dict[str, dict[str, list[str]]]:
    """fact id -> role -> entity ids; fills resolver.entities (people merged across title variants)."""
    facts = list(facts)
    resolver.learn_acronyms({t for f in facts for role in ACTOR_ROLES for t in listify(f.roles.get(role))
                             if isinstance(t, str) and t.strip()})
    mapping: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    person_mentions: list[tuple["Fact", str, str]] = []  # (fact, role, text)
    homes = _home_countries(facts, resolver)
    for fact in facts:
        roles = fact.roles
        for role, value in roles.items():
            if role in ITEM_ROLES:
                for text in listify(value):
                    if isinstance(text, str):
                        ent = resolver.item(text, roles.get("item_category"))
                        if ent is not None:
                            _link(mapping, ent, fact, role, text)
            elif role in PERSON_ROLES:
                for text in listify(value):
                    if isinstance(text, str) and text.strip():
                        person_mentions.append((fact, role, text))
            elif role in ACTOR_ROLES:
                for text in listify(value):
                    if not isinstance(text, str) or not text.strip():
                        continue
                    if role == "participants" and resolver.country(text) is None and \
                            resolver.organisation(text) is None and looks_like_person(text):
                        person_mentions.append((fact, role, text))
                        continue
                    ent = resolver.actor(text, role, homes.get(fact.doc))
                    if ent is not None:
                        _link(mapping, ent, fact, role, text)
            elif role in PLACE_ROLES:
                for text in listify(value):
                    ent = resolver.place(text) if isinstance(text, str) else None
                    if ent is not None:
                        _link(mapping, ent, fact, role, text)
    _resolve_people(person_mentions, resolver, mapping)
    return {k: dict(v) for k, v in mapping.items()}


def _home_countries(facts: list["Fact"], resolver: Resolver) -> dict[str, str]:
    """The country each document is mostly about: the one its facts name most often, when
    it is named clearly more often than the next (else none, and bare branches stay apart)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in facts:
        for role in ACTOR_ROLES:
            for text in listify(fact.roles.get(role)):
                country = resolver.country_id(text) if isinstance(text, str) else None
                if country is None and isinstance(text, str):
                    country = resolver.inferred_country(text)
                if country:
                    counts[fact.doc][country] += 1
    homes = {}
    for doc, counter in counts.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            homes[doc] = ranked[0][0]
    return homes


def _link(mapping: dict, ent: Entity, fact: "Fact", role: str, text: str) -> None:
    ent.names[" ".join(text.split())] += 1
    ent.links.add((fact.id, role, text))
    if ent.id not in mapping[fact.id][role]:
        mapping[fact.id][role].append(ent.id)


def _resolve_people(mentions: list[tuple["Fact", str, str]], resolver: Resolver, mapping: dict) -> None:
    """Full names keyed by their folded form; a lone surname joins the single compatible full name."""
    offices: dict[str, set[str]] = defaultdict(set)  # stripped name key -> office keys
    names: dict[str, str] = {}
    for fact, role, text in mentions:
        name = resolver.strip(text)
        key = fold(name)
        names.setdefault(key, name)
        if fact.type == "office" and role == "person":
            office = fact.roles.get("role")
            org = fact.roles.get("organisation")
            if isinstance(office, str) and office:
                offices[key].add("role:" + title_key(office))
            if isinstance(org, str) and org:
                offices[key].add("org:" + (resolver.country_id(org) or fold(org)))
    full = {k for k in names if len(k.split()) >= 2}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(full):
        by_surname[key.split()[-1]].append(key)
    target: dict[str, str] = {k: k for k in names}
    for key in names:
        if key in full:
            continue
        candidates = by_surname.get(key, [])
        if offices.get(key):
            mine = offices[key]
            roles_mine = {o for o in mine if o.startswith("role:")}
            orgs_mine = {o for o in mine if o.startswith("org:")}

            def agrees(candidate: str) -> bool:
                theirs = offices.get(candidate, set())
                if not theirs:
                    return False
                role_ok = not roles_mine or bool(roles_mine & theirs)
                org_ok = not orgs_mine or bool(orgs_mine & theirs)
                return role_ok and org_ok

            candidates = [c for c in candidates if agrees(c)]
        if len(candidates) == 1:
            target[key] = candidates[0]
    for fact, role, text in mentions:
        key = target[fold(resolver.strip(text))]
        name = names[key]
        ent = resolver.entity(f"person:{slug(name)}", "person", name)
        ent.name = name
        _link(mapping, ent, fact, role, text)


# ----------------------------------------------------------------------------- recompute
def resolve(kb: "KnowledgeBase") -> dict[str, int]:
    """Recompute entities, deals and series/disputes from the stored facts and verdicts."""
    from orbat.facts.store import iter_facts
    from orbat.knowledge.deals import build_deals, write_deals
    from orbat.knowledge.disputes import build_series, write_series
    from orbat.knowledge.store import DERIVED_TABLES
    from orbat.store.sqlite import transaction

    started = time.perf_counter()
    state = fingerprint(kb.db)  # before reading, so a concurrent write makes the next view recompute
    facts = list(iter_facts(kb))
    docs = doc_meta(kb.db, {f.doc for f in facts})
    # Nothing to resolve (documents without facts): no reference data to load.
    resolver = Resolver(_reference(kb) if facts else None)
    roles = resolve_facts(facts, resolver)
    _name_entities(resolver)
    deals = build_deals(facts, roles, resolver, docs)
    series = build_series(facts, roles, resolver, docs)
    with transaction(kb.db):
        for table in DERIVED_TABLES:
            kb.db.execute(f"DELETE FROM {table}")
        write_entities(kb.db, resolver.entities.values())
        write_deals(kb.db, deals)
        write_series(kb.db, series)
        kb.db.execute("INSERT OR REPLACE INTO knowledge_state (key, value) VALUES ('fingerprint', ?)",
                      (fingerprint(kb.db),))
    counts = {"facts": len(facts), "entities": len(resolver.entities), "deals": len(deals),
              "series": len(series), "disputes": sum(1 for s in series if s["disputed"])}
    for kind in ENTITY_KINDS:
        counts[f"entities.{kind}"] = sum(1 for e in resolver.entities.values() if e.kind == kind)
    log.info("resolved %s in %.2fs", counts, time.perf_counter() - started)
    return counts


def _reference(kb: "KnowledgeBase") -> Any:
    try:
        return kb.reference
    except Exception:  # noqa: BLE001 - no reference data: resolve on names alone
        log.warning("reference data could not be loaded; resolving on names alone", exc_info=True)
        return None


def _name_entities(resolver: Resolver) -> None:
    """Give entities without a reference name their most frequent written name."""
    for ent in resolver.entities.values():
        if ent.ref is None and ent.names and ent.kind not in ("person", "system"):
            ent.name = ent.names.most_common(1)[0][0]
        elif ent.kind == "system" and not ent.name and ent.names:
            ent.name = ent.names.most_common(1)[0][0]


def write_entities(db: sqlite3.Connection, entities: Iterable[Entity]) -> None:
    rows, names, links = [], [], []
    for ent in entities:
        rows.append((ent.id, ent.kind, ent.name, ent.ref, ent.parent, ent.country, ent.family,
                     json.dumps(ent.data, ensure_ascii=False)))
        all_names = Counter(ent.names)
        all_names[ent.name] += 0
        for name, count in all_names.items():
            names.append((ent.id, name, name_lookup_key(name), count))
        for fact_id, role, text in ent.links:
            links.append((ent.id, fact_id, role, text))
    db.executemany("INSERT OR REPLACE INTO entities (id, kind, name, ref, parent, country, family, data) "
                   "VALUES (?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT OR REPLACE INTO entity_names (entity_id, name, key, count) VALUES (?,?,?,?)", names)
    db.executemany("INSERT OR IGNORE INTO entity_facts (entity_id, fact_id, role, text) VALUES (?,?,?,?)", links)


def name_lookup_key(name: str) -> str:
    return re.sub(r"[^0-9a-z\u0400-\u04ff]+", "", fold(name))


# ----------------------------------------------------------------------------- queries
def _entity_row(db: sqlite3.Connection, row: sqlite3.Row, *, details: bool = True) -> dict[str, Any]:
    out = {"id": row["id"], "kind": row["kind"], "name": row["name"], "ref": row["ref"],
           "parent": row["parent"], "country": row["country"], "family": row["family"],
           **json.loads(row["data"] or "{}")}
    if details:
        out["aliases"] = [r[0] for r in db.execute(
            "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY count DESC, name", (row["id"],))]
        out["facts"] = db.execute("SELECT COUNT(DISTINCT fact_id) FROM entity_facts WHERE entity_id = ?",
                                  (row["id"],)).fetchone()[0]
    return out


def iter_entities(kb: "KnowledgeBase", kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Resolved entities (of one kind: country, organisation, person, system, unit), most mentioned first."""
    _ensure_resolved(kb)
    sql = ("SELECT e.*, (SELECT COUNT(DISTINCT fact_id) FROM entity_facts f WHERE f.entity_id = e.id) AS n "
           "FROM entities e")
    params: list[Any] = []
    if kind:
        kind = {"org": "organisation", "organization": "organisation", "equipment": "system",
                "people": "person", "countries": "country", "systems": "system"}.get(kind, kind)
        sql += " WHERE e.kind = ?"
        params.append(kind)
    sql += " ORDER BY n DESC, e.kind, e.name"
    for row in kb.db.execute(sql, params).fetchall():
        yield _entity_row(kb.db, row)


def find_entities(kb: "KnowledgeBase", name: str) -> list[dict[str, Any]]:
    """Entities called `name` (id, name or alias; titles stripped for people), best first."""
    _ensure_resolved(kb)
    db = kb.db
    rows = db.execute("SELECT * FROM entities WHERE id = ?", (name,)).fetchall()
    if not rows:
        keys = {name_lookup_key(name), name_lookup_key(strip_titles(name))}
        ref = getattr(kb, "_reference", None)
        resolver = Resolver(ref if ref is not None else _reference(kb))
        for probe in (resolver.country(name), resolver.organisation(name)):
            if probe is not None:
                keys.add(name_lookup_key(probe.name))
        system = resolver.system(name)
        if system is not None:
            keys.add(name_lookup_key(system.name))
        keys.discard("")
        if keys:
            rows = db.execute(
                f"SELECT DISTINCT e.* FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                f"WHERE n.key IN ({','.join('?' * len(keys))})", list(keys)).fetchall()
    if not rows and len(name.split()) == 1:
        # A surname alone: the one person whose name ends with it.
        key = fold(name)
        people = [r for r in db.execute("SELECT * FROM entities WHERE kind = 'person'")
                  if fold(r["name"]).split()[-1:] == [key]]
        if len(people) == 1:
            rows = people
    order = {"country": 0, "organisation": 1, "system": 2, "person": 3, "unit": 4}
    found = [_entity_row(db, r) for r in rows]
    if not found:
        found = _reference_only(kb, name)
    found.sort(key=lambda e: (-e["facts"], order.get(e["kind"], 9), e["name"]))
    return found


def _reference_only(kb: "KnowledgeBase", name: str) -> list[dict[str, Any]]:
    """An entity the reference data knows but no fact names yet (with its parents), so that a
    dossier can still say what it is."""
    resolver = Resolver(_reference(kb))
    ent: Entity | None = None
    country = resolver.country(name)
    org = resolver.organisation(name) if country is None else None
    if country is not None:
        ent = resolver._country_entity(country)
    elif org is not None:
        ent = resolver.org_entity(org)
    elif resolver.system(name) is not None:
        ent = resolver.item(name, None)
    if ent is None:
        return []
    # Make the parents visible to the dossier's parent walk when they are not stored yet.
    for other in resolver.entities.values():
        if other is ent:
            continue
        with contextlib.suppress(sqlite3.Error):
            kb.db.execute("INSERT OR IGNORE INTO entities (id, kind, name, ref, parent, country, family, data) "
                          "VALUES (?,?,?,?,?,?,?,?)", (other.id, other.kind, other.name, other.ref, other.parent,
                                                      other.country, other.family, json.dumps(other.data)))
    return [{**ent.to_dict(), "aliases": [ent.name], "facts": 0}]


def fingerprint(db: sqlite3.Connection) -> str:
    """What the derived tables were computed from: facts, verdicts and documents (counts and last rows)."""
    parts = [db.execute("SELECT COUNT(*), MAX(rowid) FROM facts").fetchone(),
             db.execute("SELECT COUNT(*), MAX(seq) FROM verdicts").fetchone()]
    try:
        parts.append(db.execute("SELECT COUNT(*), MAX(rowid) FROM documents").fetchone())
    except sqlite3.OperationalError:
        parts.append((0, 0))
    return json.dumps([list(p) for p in parts])


def _ensure_resolved(kb: "KnowledgeBase") -> None:
    """Recompute when facts, verdicts or documents changed since the last resolve (for example
    after `orbat extract`, or facts stored by other code), so views never show stale deals."""
    db = kb.db
    try:
        row = db.execute("SELECT value FROM knowledge_state WHERE key = 'fingerprint'").fetchone()
    except sqlite3.OperationalError:
        return
    if row is None or row["value"] != fingerprint(db):
        try:
            resolve(kb)
        except sqlite3.OperationalError as error:  # a read-only file: show what is there
            log.warning("could not refresh the knowledge tables: %s", error)
