#!/usr/bin/env python3
"""Build the shipped reference data (src/orbat/refdata/data/) from ../shared/gazetteers and refdata/curated.

    .venv/bin/python scripts/build_refdata.py [--shared PATH] [--out PATH] [--check]

Inputs: the shared gazetteers (factbook country names and military forces, the country alias supplement,
the Oryx-derived equipment lists, the defence-organisation and rank seeds, unit patterns) and our own
curation in refdata/curated/*.tsv (CC0), which wins wherever the two disagree. Output is deterministic
(sorted rows, no timestamps) so that tests/test_refdata.py can check the shipped files are current.
--check builds into a temporary folder and exits 1 when the shipped files differ.
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import json
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from orbat.refdata import needs_case  # noqa: E402
from orbat.refdata.model import CATEGORIES, CATEGORY_KIND, KINDS, ORG_KINDS, TITLE_KINDS  # noqa: E402
from orbat.refdata.normalise import clean, fold, name_key, slug, system_key, title_key  # noqa: E402
from orbat.refdata.tsv import read_rows, split_list  # noqa: E402

CURATED = REPO / "refdata" / "curated"
OUT = REPO / "src" / "orbat" / "refdata" / "data"


class BuildError(Exception):
    pass


def curated_rows(name: str) -> list[tuple[int, dict[str, str]]]:
    path = CURATED / name
    if not path.exists():
        return []
    return read_rows(path)[1]


def uniq(values) -> list[str]:
    """Order-keeping dedupe by folded form (first spelling wins)."""
    seen: set[str] = set()
    out = []
    for value in values:
        value = clean(value)
        key = fold(value)
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise BuildError(f"{path.name}: tab or newline in {cell!r}")
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")


# ============================================================== countries
class Countries:
    """Country records plus a claim table so that a name variant belongs to one country only."""

    def __init__(self) -> None:
        self.rec: dict[str, dict] = {}
        self.claims: dict[str, tuple[int, str]] = {}  # name_key -> (level, iso2)
        self.contested: set[tuple[int, str]] = set()

    def claim(self, iso2: str, text: str, level: int) -> bool:
        key = name_key(text)
        if not key:
            return False
        held = self.claims.get(key)
        if held is None:
            if (level, key) in self.contested:
                return False
            self.claims[key] = (level, iso2)
            return True
        if held[1] == iso2:
            return True
        if held[0] < level:
            return False  # a stronger source gave this name to another country
        if held[0] == level:
            # Same strength, two countries ("Korean", "Dominican"): a sovereign state beats a territory,
            # otherwise nobody gets it.
            sov_new, sov_old = bool(self.rec[iso2]["capital"]), bool(self.rec[held[1]]["capital"])
            if sov_new != sov_old:
                if sov_new:
                    self._drop(held[1], key)
                    self.claims[key] = (level, iso2)
                    return True
                return False
            self._drop(held[1], key)
            del self.claims[key]
            self.contested.add((level, key))
            return False
        self._drop(held[1], key)
        self.claims[key] = (level, iso2)
        return True

    def _drop(self, iso2: str, key: str) -> None:
        rec = self.rec[iso2]
        for field in ("names", "demonyms"):
            rec[field] = [v for v in rec[field] if name_key(v) != key]

    def add(self, iso2: str, field: str, text: str, level: int) -> None:
        text = clean(re.split(r";|\bnote\b", text)[0]).strip(" ,")
        if not text or text.lower() in ("none", "na"):
            return
        if self.claim(iso2, text, level):
            values = self.rec[iso2][field]
            if fold(text) not in {fold(v) for v in values}:
                values.append(text)


def parse_demonyms(text: str) -> list[str]:
    """Factbook nationality text -> words: "Algerian(s)" -> Algerian, Algerians."""
    text = text.split(";")[0]
    text = re.sub(r"\((?:singular|plural|singular and plural|collective plural|colloquial|US nationals|US citizens)"
                  r"[^)]*\)", "", text)
    out: list[str] = []
    for part in re.split(r",| or |/", text):
        part = part.strip()
        if not part or part.lower() in ("none", "na") or "note" in part:
            continue
        match = re.fullmatch(r"(.+?)\s?\((s|es|men|women)\)", part)
        if match:
            stem, suffix = match.groups()
            out.append(stem)
            if suffix in ("men", "women"):
                out.append(re.sub(r"(wo)?man$", suffix, stem))
            else:
                out.append(stem + suffix)
        elif "(" not in part and len(part.split()) <= 3:
            out.append(part)
    return out


def build_countries(shared: Path) -> tuple[Countries, list[list[str]]]:
    countries = Countries()
    curated = curated_rows("countries.tsv")
    for _, row in curated:
        iso2 = row["iso2"].upper()
        countries.rec[iso2] = {
            "iso3": row["iso3"].upper(), "name": row["name"], "capital": row["capital"],
            "names": [], "demonyms": [], "metonyms": uniq(split_list(row["metonyms"])),
            "exact": set(split_list(row["exact"])), "ambiguous": set(split_list(row["ambiguous"])),
            "historical": row["historical"] == "1", "source": "curated",
        }
    for _, row in curated:  # level 0: the short names themselves
        countries.add(row["iso2"].upper(), "names", row["name"], 0)
    for _, row in curated:  # level 1: our variants
        iso2 = row["iso2"].upper()
        for text in split_list(row["names"]):
            countries.add(iso2, "names", text, 1)
        for text in split_list(row["demonyms"]):
            countries.add(iso2, "demonyms", text, 1)

    supplement = shared / "countries" / "country_aliases_supplement.tsv"
    for _, row in read_rows(supplement)[1]:
        iso2, text, kind = row["iso2"].upper(), row["variant"], row["variant_type"]
        if iso2 not in countries.rec:
            continue
        if kind in ("name_alias", "historical"):
            countries.add(iso2, "names", text, 2)
        elif kind in ("demonym", "demonym_plural", "adjective", "historical_adjective"):
            countries.add(iso2, "demonyms", text, 2)
        elif kind == "metonym":
            rec = countries.rec[iso2]
            rec["metonyms"] = uniq([*rec["metonyms"], text])
        if "ambiguous" in row.get("note", "") or "low confidence" in row.get("note", ""):
            countries.rec[iso2]["ambiguous"].add(clean(text))
        if "case-sensitive" in row.get("note", ""):
            countries.rec[iso2]["exact"].add(clean(text))
        countries.rec[iso2]["source"] = "curated;gazetteer-supplement"

    factbook = shared / "countries" / "factbook_country_names.tsv"
    by_name = {name_key(rec["name"]): iso2 for iso2, rec in countries.rec.items()}
    fb_rows = []
    for _, row in read_rows(factbook)[1]:
        tld = row["cctld"].strip()
        iso2 = {"uk": "GB"}.get(tld[1:], tld[1:].upper()) if re.fullmatch(r"\.[a-z]{2}", tld) else ""
        if not iso2:
            iso2 = by_name.get(name_key(row["short_form"]), "")
        if iso2 not in countries.rec:
            continue
        fb_rows.append((iso2, row))
    for iso2, row in fb_rows:  # level 3: factbook names
        short = row["short_form"]
        if short.lower() != "none":
            countries.add(iso2, "names", short, 3)
        for field in ("long_form", "abbreviation"):
            for text in re.split(r" or |\(or |\)", row[field]):
                text = text.strip(" ()")
                if text and text.lower() != "none" and "/" not in text:
                    countries.add(iso2, "names", text, 3)
        if "factbook" not in countries.rec[iso2]["source"]:
            countries.rec[iso2]["source"] += ";factbook"
    for iso2, row in fb_rows:  # level 4: factbook demonyms
        for field in ("nationality_noun", "nationality_adjective"):
            for text in parse_demonyms(row[field]):
                countries.add(iso2, "demonyms", text, 4)
        adjectives = parse_demonyms(row["nationality_adjective"])
        if adjectives and adjectives[0] in countries.rec[iso2]["demonyms"]:
            countries.rec[iso2].setdefault("adjective", adjectives[0])
    for iso2, row in fb_rows:  # level 5: local and former names
        local = row["local_short_form"]
        if local and local.lower() != "none" and "/" not in local and "(" not in local:
            countries.add(iso2, "names", local, 5)
        for text in re.split(r",|;", row["former"]):
            text = text.strip()
            if text and "(" not in text and "[" not in text and len(text.split()) <= 6 and " is " not in text:
                countries.add(iso2, "names", text, 5)

    rows = []
    for iso2 in sorted(countries.rec):
        rec = countries.rec[iso2]
        names = uniq([rec["name"], *rec["names"]])
        demonyms = uniq(rec["demonyms"])
        everything = [*names, *demonyms]
        exact = sorted({t for t in everything if t in rec["exact"] or needs_case(t)})
        ambiguous = sorted(t for t in rec["ambiguous"] if t in everything or t in rec["metonyms"])
        rows.append([iso2, rec["iso3"], rec["name"], ";".join(names), ";".join(demonyms), rec["capital"] or "",
                     ";".join(rec["metonyms"]), ";".join(exact), ";".join(ambiguous),
                     "1" if rec["historical"] else "", rec["source"]])
    return countries, rows


def country_resolver(countries: Countries):
    keys: dict[str, str] = {}
    for iso2, rec in countries.rec.items():
        keys.setdefault(iso2.lower(), iso2)
        for text in [rec["name"], *rec["names"], *rec["demonyms"]]:
            keys.setdefault(name_key(text), iso2)
    keys.update({"soviet union": "SU", "the soviet union": "SU", "ussr": "SU", "czechia": "CZ",
                 "united states": "US", "united kingdom": "GB", "unknown": ""})

    def resolve(value: str, where: str) -> str:
        value = (value or "").strip()
        if not value or value == "--":
            return ""
        if value.upper() in countries.rec:
            return value.upper()
        iso2 = keys.get(name_key(value))
        if iso2 is None:
            raise BuildError(f"{where}: unknown country {value!r}")
        return iso2

    return resolve


# ============================================================== equipment
ORYX_CATEGORY = {
    "tank": "main battle tank", "ifv": "infantry fighting vehicle", "apc": "armoured personnel carrier",
    "afv": "armoured vehicle", "imv": "armoured vehicle", "mrap": "armoured vehicle",
    "sp_artillery": "self-propelled artillery", "towed_artillery": "towed artillery",
    "mrl": "multiple rocket launcher", "aa_gun": "air defence system", "spaag": "air defence system",
    "sam": "air defence system", "radar": "radar", "uav": "unmanned aerial vehicle",
    "ucav": "unmanned aerial vehicle", "loitering_munition": "loitering munition", "helicopter": "helicopter",
    "aircraft": "combat aircraft", "naval": "warship", "atgm_sp": "anti-tank weapon",
}
PETRO_CATEGORY = {
    "Tanks": "main battle tank", "Armoured Fighting Vehicles": "armoured vehicle",
    "Infantry Fighting Vehicles": "infantry fighting vehicle", "Armoured Personnel Carriers": "armoured personnel carrier",
    "Mine-Resistant Ambush Protected": "armoured vehicle", "Infantry Mobility Vehicles": "armoured vehicle",
    "Self-Propelled Artillery": "self-propelled artillery", "Towed Artillery": "towed artillery",
    "Multiple Rocket Launchers": "multiple rocket launcher", "Anti-Aircraft Guns": "air defence system",
    "Self-Propelled Anti-Aircraft Guns": "air defence system", "Surface-To-Air Missile Systems": "air defence system",
    "Radars": "radar", "Unmanned Aerial Vehicles": "unmanned aerial vehicle", "Helicopters": "helicopter",
    "Aircraft": "combat aircraft", "Naval Ships": "warship", "Anti-Tank Guided Missiles": "anti-tank weapon",
    "Unmanned Combat Aerial Vehicles": "unmanned aerial vehicle", "Reconnaissance Unmanned Aerial Vehicles":
        "unmanned aerial vehicle",
}
# Descriptor words that end a designation in Oryx's list names ("Ka-52 'Alligator' attack helicopter").
KEYWORD_CATEGORY = [
    (r"\bloitering munition\b", "loitering munition"), (r"\bmortar\b", "mortar"),
    (r"\b(?:transport aircraft|cargo aircraft)\b", "transport aircraft"), (r"\btrainer\b", "trainer aircraft"),
    (r"\b(?:tug(?:boat)?|towing|motor boat|pontoon)\b", "other"),
    (r"\b(?:patrol boat|patrol craft|patrol ship|landing craft|boat)\b", "patrol craft"),
    (r"\bsubmarine\b", "submarine"), (r"\bradar\b", "radar"), (r"\bhelicopter\b", "helicopter"),
    (r"\b(?:UAV|drone)\b", "unmanned aerial vehicle"), (r"\bhowitzer|field-gun|anti-tank gun\b", "towed artillery"),
]
OTHER_CATEGORIES = {"engineering", "vehicle", "command_comms", "artillery_support", "ew", "ugv"}
VEHICLE_HINT = re.compile(r"\b(?:truck|tanker|jeep|bus|car|pickup|crane|excavator|tractor|loader|ambulance|"
                          r"KamAZ|Ural|GAZ|ZiL|KrAZ|MAZ|UAZ|MAN|Iveco|Toyota|Land Rover|DAF|Mercedes|Tatra)\b", re.I)
ORYX_STOPWORDS = {"launcher", "tel", "telar", "landing", "radio", "island", "truck-based", "weaponised", "control",
                  "command", "mobile", "antenna", "transloader", "coastal", "river", "sapphire", "sorum", "oraln",
                  "petra", "radar", "generator", "power", "field", "towing", "self-propelled", "heavy", "light"}
NON_SYSTEM = re.compile(r"^(?:\(?u[nk]+own\)?|unidentified|NA$|armed |armoured [a-z]|small |mobile )", re.I)


def parse_oryx_name(raw: str) -> tuple[str, list[str], str, str]:
    """(designation, aliases, parent hint from "(for X)", descriptor) from an Oryx list name."""
    text = clean(raw).replace("\u201c", '"').replace("\u201d", '"')
    parent = ""
    match = re.search(r"\((?:launcher |command post |radar )?(?:for|of|from) (?:the )?([^)]+)\)|\bfor (?:the )?([A-Z0-9][\w-]+(?: [\w-]+)?)", text)
    if match:
        parent = (match.group(1) or match.group(2) or "").strip()
        text = (text[: match.start()] + text[match.end():]).strip()
    text = re.sub(r"\([^)]*\)", " ", text)
    aliases: list[str] = []
    quoted = [q.strip() for q in re.findall(r"(?<![\w])[\"']([^\"']{2,40})[\"'](?![\w])", text)]
    rest = re.sub(r"(?<![\w])[\"']([^\"']{2,40})[\"'](?![\w])", " ", text)
    if quoted and not re.search(r"[A-Z0-9]", rest.split(" with ")[0]):
        rest = quoted.pop(0) + " " + rest  # "'Orlan-20' reconnaissance UAV": the quoted name is the designation
    aliases.extend(quoted)
    text = re.sub(r"[\"']", "", rest)
    text = re.sub(r"^\d+(?:\.\d+)?mm\s+", "", clean(text))
    text = re.split(r"\s+(?:with|on|based on|converted to|from)\s+", text, maxsplit=1)[0]
    tokens = text.split()
    kept: list[str] = []
    for token in tokens:
        # Designation tokens carry a digit or a capital; the first all-lowercase word starts the descriptor.
        if token[:1].islower() and not re.search(r"\d", token) and kept:
            break
        if token in ("UAV", "UCAV", "APC", "IFV", "ARV", "MRAP", "SAM", "TEL", "TELAR", "TLAR", "EW", "AA", "AFV",
                     "MRL", "MRLS") and kept:
            break
        kept.append(token)
    designation = re.sub(r"[()]", "", " ".join(kept)).strip(" ,:-")
    descriptor = " ".join(tokens[len(kept):])
    obr = re.match(r"(.+?)\s+(?:[Oo]br\.?|[Zz]r\.?|[Mm]od\.?)\s*\d{2,4}\b.*$", designation)
    if obr:
        aliases.append(designation)
        designation = obr.group(1)
    return designation, uniq(a for a in aliases if fold(a) != fold(designation)), parent, descriptor


def family_base(designation: str) -> str | None:
    """"T-72B3" -> "T-72", "BMP-2M" -> "BMP-2", "2S19 Msta-S" -> "2S19", "Mi-24V" -> "Mi-24"."""
    match = re.match(r"^([A-Za-z]{1,6}-\d{1,4}(?=[A-Za-z(/ -])|\d[A-Z]\d{1,3}(?=[A-Z])|[A-Z]{1,4}\d{2,4}(?=[A-Z]))",
                     designation)
    if match and match.group(1) != designation:
        return match.group(1)
    return None


def load_common_words() -> set[str]:
    path = CURATED / "ambiguous_words.txt"
    if not path.exists():
        return set()
    return {fold(line.split("#")[0].strip()) for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()}


def build_equipment(shared: Path, resolve_country) -> list[list[str]]:
    common = load_common_words()
    systems: dict[str, dict] = {}
    index: dict[str, str] = {}  # system_key -> id

    def register(sid: str, text: str, strong: bool) -> None:
        key = system_key(text)
        if not key:
            return
        if key in index and index[key] != sid:
            if strong and systems[index[key]]["source"] != "curated":
                index[key] = sid
            return
        index[key] = sid

    # ---- curated (wins)
    pending_family: list[tuple[str, str, int]] = []
    for line, row in curated_rows("equipment.tsv"):
        where = f"curated/equipment.tsv:{line}"
        name = clean(row["name"])
        if not name:
            raise BuildError(f"{where}: empty name")
        sid = row.get("id") or slug(name)
        if sid in systems:
            raise BuildError(f"{where}: duplicate id {sid} ({name!r} and {systems[sid]['name']!r})")
        category = row["category"]
        if category not in CATEGORIES:
            raise BuildError(f"{where}: category {category!r} not in FACTS.md vocabulary")
        kind = row.get("kind") or CATEGORY_KIND[category]
        if kind not in KINDS:
            raise BuildError(f"{where}: kind {kind!r}")
        aliases = uniq(a for a in split_list(row["aliases"]) if fold(a) != fold(name))
        ambiguous = uniq(split_list(row.get("ambiguous", "")))
        for word in ambiguous:
            if word != name and word not in aliases:
                aliases.append(word)  # "Milan" beside "MILAN": the case-sensitive spelling that needs context
        systems[sid] = {"id": sid, "name": name, "aliases": aliases, "family": None, "category": category,
                        "kind": kind, "origin": resolve_country(row.get("origin", ""), where),
                        "manufacturer": clean(row.get("manufacturer", "")), "ambiguous": ambiguous,
                        "source": "curated"}
        if row.get("family"):
            pending_family.append((sid, row["family"], line))
    # A variant with its own row owns its designation: "AH-64A" is not also an alias of AH-64 Apache.
    own = {system_key(system["name"]): sid for sid, system in systems.items()}
    for sid, system in systems.items():
        system["aliases"] = [a for a in system["aliases"] if own.get(system_key(a), sid) == sid]
        system["ambiguous"] = [a for a in system["ambiguous"] if a == system["name"] or a in system["aliases"]]
    for sid, system in systems.items():
        register(sid, system["name"], True)
    for sid, system in systems.items():
        for alias in system["aliases"]:
            register(sid, alias, False)
    for sid, family, line in pending_family:
        target = index.get(system_key(family))
        if target is None:
            raise BuildError(f"curated/equipment.tsv:{line}: family {family!r} is not a curated system")
        if target != sid:
            systems[sid]["family"] = target
    # An alias shared by a system and its ancestor belongs to the more specific one ("Il-476" is the
    # Il-76MD-90A, not every Il-76); an alias shared by unrelated systems ("Cougar") needs context.
    def ancestors(sid: str) -> set[str]:
        out: set[str] = set()
        while systems[sid]["family"] and systems[sid]["family"] not in out:
            sid = systems[sid]["family"]
            out.add(sid)
        return out

    holders: dict[str, set[str]] = defaultdict(set)
    for sid, system in systems.items():
        for alias in system["aliases"]:
            holders[system_key(alias)].add(sid)
    for key, sids in holders.items():
        if len(sids) < 2:
            continue
        general = {a for sid in sids for a in ancestors(sid) if a in sids}
        for sid in sorted(sids):
            record = systems[sid]
            if sid in general:
                record["aliases"] = [a for a in record["aliases"] if system_key(a) != key]
                record["ambiguous"] = [a for a in record["ambiguous"] if system_key(a) != key]
            elif len(sids - general) > 1:
                record["ambiguous"] += [a for a in record["aliases"] if system_key(a) == key]
    index.clear()
    for sid, system in systems.items():
        register(sid, system["name"], True)
    for sid, system in systems.items():
        for alias in system["aliases"]:
            register(sid, alias, False)

    # ---- Oryx-derived lists
    oryx: list[tuple[str, str, str]] = []  # (raw name, origin, category)
    scar = shared / "equipment" / "oryx_systems_scarnecchia.tsv"
    with scar.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            guess = row["category_guess"]
            category = ORYX_CATEGORY.get(guess, "other" if guess in OTHER_CATEGORIES else "")
            oryx.append((row["system"], row["origin"], category + "|" + guess))
    petro = shared / "equipment" / "petroivaniuk_russia_losses_equipment_oryx.json"
    for item in json.loads(petro.read_text(encoding="utf-8")):
        category = PETRO_CATEGORY.get(item["equipment_oryx"], "other")
        oryx.append((item["model"], item.get("manufacturer", ""), category + "|" + item["equipment_oryx"]))

    added: dict[str, dict] = {}
    for raw, origin, cat in sorted(oryx):
        category, guess = cat.split("|", 1)
        if NON_SYSTEM.search(raw.strip()):
            continue
        designation, aliases, parent, descriptor = parse_oryx_name(raw)
        if len(system_key(designation)) < 2 or designation.islower() or \
                fold(designation.split()[0]) in ORYX_STOPWORDS:
            continue
        # "Project 1164 Slava-class" is the curated "Slava-class cruiser" (alias "Project 1164").
        variants = [designation, re.sub(r"[- ]class$", "", designation, flags=re.I)]
        project = re.match(r"(Project \d+(?:\.\d)?[A-Z]?)\b", designation)
        if project:
            variants.append(project.group(1))
        known = next((index[system_key(v)] for v in variants if system_key(v) in index), None)
        if known and systems[known]["source"] == "curated":
            continue
        designation = variants[1]
        whole = f"{raw} {descriptor}"
        for pattern, keyword_category in KEYWORD_CATEGORY:
            if re.search(pattern, whole, re.I) and (not category or category in (
                    "other", "towed artillery", "warship", "combat aircraft", "air defence system")):
                if keyword_category == "patrol craft" and category not in ("warship", "other", ""):
                    continue
                category = keyword_category
                break
        if category == "main battle tank" and re.search(r"recovery|mine-clearing|repair|ARV|bridge", whole, re.I):
            category = "other"
        if not category:
            category = "other"
        kind = CATEGORY_KIND[category]
        if category == "other" and (guess in ("vehicle", "engineering", "ugv") or VEHICLE_HINT.search(whole)):
            kind = "Vehicle"
        key = system_key(designation)
        if key in index and systems.get(index[key], {}).get("source") == "curated":
            continue  # curated wins
        if key in index:
            existing = added[index[key]]
            fresh = [a for a in aliases if system_key(a) not in index]
            existing["aliases"] = uniq([*existing["aliases"], *fresh])
            for alias in fresh:
                register(existing["id"], alias, False)
            continue
        try:
            origin_iso = resolve_country(origin.replace("the Soviet Union", "Soviet Union"), f"oryx {raw!r}")
        except BuildError:
            origin_iso = ""
        sid = slug(designation)
        if sid in systems:
            sid = slug(designation + "-oryx")
        aliases = [a for a in aliases if system_key(a) not in index]
        ambiguous = []
        for text in [designation, *aliases]:
            if fold(text) in common or (" " not in text and not re.search(r"\d", text) and len(text) < 12):
                ambiguous.append(text)
        record = {"id": sid, "name": designation, "aliases": aliases,
                  "family": None, "category": category, "kind": kind, "origin": origin_iso, "manufacturer": "",
                  "ambiguous": uniq(ambiguous), "source": "oryx", "_parent": parent,
                  "_unclassified": guess in ("", "none")}
        systems[sid] = added[sid] = record
        register(sid, designation, False)
        for alias in record["aliases"]:
            register(sid, alias, False)

    # Families of the Oryx entries: "(for S-300V4)" first, else the designation's base ("T-72B3" -> T-72).
    bases: dict[str, list[str]] = defaultdict(list)
    for sid, record in sorted(added.items()):
        parent = record.pop("_parent")
        unclassified = record.pop("_unclassified")
        target = index.get(system_key(parent)) if parent else None
        if target is None:
            base = family_base(record["name"])
            if base:
                target = index.get(system_key(base))
                if target is None:
                    bases[base].append(sid)
        if target is None and unclassified:
            # "9M131 Metis-M", "Bandvagn BvS 10": a known name inside the designation gives the family.
            words = record["name"].split()
            spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
            target = next((index[system_key(t)] for t in spans if t != record["name"] and system_key(t) in index
                           and systems[index[system_key(t)]]["source"] == "curated"), None)
        if target and target != sid:
            record["family"] = target
            parent_category = systems[target]["category"]
            if parent_category != "other" and (
                    (parent and record["category"] in ("other", "air defence system"))
                    or (unclassified and record["category"] == "other")):
                record["category"], record["kind"] = parent_category, systems[target]["kind"]
    for base, members in sorted(bases.items()):
        if len(members) < 2:
            continue  # a family root is made only where two variants share it
        first = systems[members[0]]
        sid = slug(base)
        if sid in systems:
            continue
        systems[sid] = {"id": sid, "name": base, "aliases": [], "family": None, "category": first["category"],
                        "kind": first["kind"], "origin": first["origin"], "manufacturer": "", "ambiguous": [],
                        "source": "oryx"}
        index[system_key(base)] = sid
        for member in members:
            systems[member]["family"] = sid

    # Every alias that is a common word needs context, whatever its source.
    for record in systems.values():
        for text in [record["name"], *record["aliases"]]:
            if fold(text) in common and text not in record["ambiguous"]:
                record["ambiguous"].append(text)

    rows = []
    for sid in sorted(systems):
        r = systems[sid]
        family = r["family"] if r["family"] in systems and r["family"] != sid else ""
        rows.append([sid, r["name"], ";".join(r["aliases"]), family, r["category"], r["kind"], r["origin"],
                     r["manufacturer"], ";".join(uniq(r["ambiguous"])), r["source"]])
    return rows


# ============================================================== organisations
_SECURITY = re.compile(r"police|gendarmerie|guard|border|intelligence|security|carabinieri", re.I)
_GENERIC = re.compile(r"^(?:the )?(?:Army|Navy|Air Force|Air Forces|Land Forces|Ground Forces|Naval Forces|Naval Force|"
                      r"Marine Corps|Marines|Coast Guard|National Guard|Republican Guard|Special Forces|Special Operations "
                      r"Forces|Air Defense Forces|Air Defence Forces|Territorial Defense Forces|Territorial Air Defense "
                      r"Forces|Air and Air Defense Forces|Air Assault Forces|Airborne Forces|Aerospace Forces|National "
                      r"Gendarmerie|Gendarmerie|Border Guard|National Police|Strategic Forces|Rocket Forces|Missile Forces|"
                      r"Navy and Marines|Air and Space Force)$", re.I)


def _split_top(text: str, seps: str = ",;") -> list[str]:
    """Split at separators outside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char in seps and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _name_and_aliases(text: str) -> tuple[str, list[str]]:
    aliases = []
    for inner in re.findall(r"\(([^()]*)\)", text):
        for part in re.split(r",|;| or ", inner):
            part = part.strip()
            if re.fullmatch(r"[A-Z][A-Za-z&-]{2,7}", part) and part.upper() == part:
                aliases.append(part)  # an acronym of three letters or more
            elif re.fullmatch(r"[A-Z][\w'’-]+(?: [\w'’-]+){1,6}", part) and not re.search(r"includes|aka|formerly", part):
                aliases.append(part)  # a local-language name
    name = clean(re.sub(r"\([^()]*\)", " ", text))
    return name, aliases


def parse_forces(text: str, rec: dict) -> list[tuple[str, list[str], str, str]]:
    """(name, aliases, kind, parent name) of each force named in a Factbook "military and security forces" entry."""
    text = re.sub(r"\(\d{4}\)\s*$", "", text.strip())
    adjectives = [d for d in rec["demonyms"] if not d.endswith("s") or d.endswith("ss")]
    adjective = rec.get("adjective") or (adjectives[0] if adjectives else rec["name"])
    out = []
    for group in re.split(r"\s;\s;\s", text):
        head, sep, items = group.partition(":")
        if not sep:
            head, items = group, ""
        top, top_aliases = _name_and_aliases(_split_top(head, ";")[0] if head.strip() else "")
        top = re.sub(r"^The ", "", top.split("(")[0]).strip()
        generic_top = re.search(r"\b(?:Ministry|Office|Department|Presidential|Committee)\b", top)
        parent = ""
        if top and not generic_top and len(top.split()) <= 8 and top[:1].isupper():
            kind = "security_force" if _SECURITY.search(top) else "armed_force"
            out.append((top, top_aliases, kind, ""))
            parent = top
        for item in _split_top(items):
            if not item[:1].isupper() or ":" in item or re.search(r"\b(?:includes|separate|independent|branches|reserves?)\b",
                                                    item.split("(")[0], re.I):
                continue
            name, aliases = _name_and_aliases(item)
            # A generic branch name in brackets ("Malawi Army (Land Forces)") is no alias: it would
            # make every country's "Land Forces" that force.
            aliases = [a for a in aliases if not _GENERIC.match(a)]
            if not name or len(name.split()) > 8 or name.lower().startswith("and "):
                continue
            if _GENERIC.match(name):
                name = f"{adjective} {name}"
            elif rec["name"] not in name and adjective not in name and len(name.split()) <= 3:
                continue  # too vague without its country ("National Police")
            kind = "security_force" if _SECURITY.search(name) else "armed_force"
            out.append((name, aliases, kind, parent))
    return out

def build_organisations(shared: Path, countries: Countries, resolve_country) -> list[list[str]]:
    orgs: dict[str, dict] = {}
    by_key: dict[str, str] = {}
    alias_keys: dict[str, str] = {}  # alias (acronyms with their case) -> id
    parents: list[tuple[str, str, str]] = []

    def put(row: dict[str, str], source: str, where: str) -> None:
        name = clean(row["name"])
        kind = row.get("kind") or "other"
        if kind not in ORG_KINDS:
            raise BuildError(f"{where}: organisation kind {kind!r} not in {ORG_KINDS}")
        existing = by_key.get(name_key(name))
        oid = existing or row.get("id") or slug(name)
        old = orgs.get(oid)
        aliases = uniq([*(old["aliases"] if old else []), *split_list(row.get("aliases", ""))])
        aliases = [a for a in aliases if fold(a) != fold(name)]
        iso = row.get("iso2", "")
        orgs[oid] = {"id": oid, "name": name, "aliases": aliases,
                     "iso2": resolve_country(iso, where) if iso and iso != "--" else (old["iso2"] if old else ""),
                     "kind": kind if (source == "curated" or not old) else old["kind"],
                     "parent": old["parent"] if old else "",
                     "source": source if not old or source == old["source"] else f"{old['source']};{source}"}
        by_key[name_key(name)] = oid
        for alias in aliases:
            alias_keys.setdefault(alias if needs_case(alias) else name_key(alias), oid)
        if row.get("parent"):
            parents.append((oid, row["parent"], where))

    seed = shared / "organisations" / "defence_orgs_seed.tsv"
    for line, row in read_rows(seed)[1]:
        put(row, "gazetteer-seed", f"defence_orgs_seed.tsv:{line}")
    for line, row in curated_rows("organisations.tsv"):
        put(row, "curated", f"curated/organisations.tsv:{line}")

    # Armed forces and their branches per country, from the Factbook's "military and security forces".
    forces = shared / "organisations" / "factbook_military_forces.tsv"
    by_short = {name_key(n): iso2 for iso2, rec in countries.rec.items() for n in [rec["name"], *rec["names"]]}
    for line, row in read_rows(forces)[1]:
        iso2 = by_short.get(name_key(row["short_form"]))
        if not iso2 or countries.rec[iso2]["historical"]:
            continue
        for name, aliases, kind, parent in parse_forces(row["military_and_security_forces"], countries.rec[iso2]):
            if name_key(name) in by_key or name_key(name) in alias_keys:
                continue  # curated or seeded already (under this name or as an alias)
            aliases = [a for a in aliases if (a if needs_case(a) else name_key(a)) not in alias_keys
                       and name_key(a) not in by_key]
            put({"name": name, "aliases": ";".join(aliases), "iso2": iso2, "kind": kind, "parent": parent},
                "factbook", f"factbook_military_forces.tsv:{line}")

    # One ministry of defence per sovereign state, with the usual press forms.
    for iso2, rec in sorted(countries.rec.items()):
        if rec["historical"] or not rec["capital"]:
            continue
        country = rec["name"]
        name = f"Ministry of Defence of {country}"
        if name_key(name) in by_key:
            continue
        curated_mod = [o for o in orgs.values() if o["iso2"] == iso2 and o["kind"] == "ministry"
                       and re.search(r"Defen[cs]e|Armed Forces", o["name"]) and "Industr" not in o["name"]]
        if curated_mod:
            # The country's ministry is curated under its own name; give it the generic forms too.
            mod = sorted(curated_mod, key=lambda o: o["id"])[0]
            for alias in (name, f"Ministry of Defense of {country}"):
                if name_key(alias) not in by_key and name_key(alias) not in alias_keys:
                    mod["aliases"].append(alias)
                    alias_keys[name_key(alias)] = mod["id"]
            continue
        adjectives = [d for d in rec["demonyms"] if not d.endswith("s") or d.endswith("ss")][:2]
        aliases = [f"{country} Ministry of Defence", f"{country}'s Ministry of Defence", f"{country} Defence Ministry"]
        for adjective in adjectives:
            aliases += [f"{adjective} Ministry of Defence", f"{adjective} Ministry of Defense",
                        f"{adjective} Defence Ministry", f"{adjective} Defense Ministry"]
        keys = {name_key(a) for a in aliases}
        if keys & (set(by_key) | set(alias_keys)):
            continue  # a curated ministry already has these names
        put({"name": name, "aliases": ";".join(aliases), "iso2": iso2, "kind": "ministry"}, "generated",
            f"generated MoD {iso2}")

    def find(value: str) -> str | None:
        key = name_key(value)
        if key in by_key:
            return by_key[key]
        for oid, org in orgs.items():
            if any(name_key(a) == key for a in org["aliases"]):
                return oid
        return None

    missing = []
    for oid, parent, where in parents:
        target = find(parent)
        if target is None:
            missing.append(f"{where}: parent {parent!r} unknown")
        elif target != oid:
            orgs[oid]["parent"] = target
    if missing:
        raise BuildError("\n".join(missing))

    common = load_common_words() | ORG_WORDS
    rows = []
    for oid in sorted(orgs):
        o = orgs[oid]
        # A name that is also a common word, given name or place needs context ("Bell", "Leonardo").
        ambiguous = [t for t in [o["name"], *o["aliases"]] if fold(t) in common and not needs_case(t)]
        rows.append([o["id"], o["name"], ";".join(o["aliases"]), o["iso2"], o["kind"], o["parent"],
                     ";".join(ambiguous), o["source"]])
    return rows


# Organisation names that are also ordinary words or given names, beyond ambiguous_words.txt.
ORG_WORDS = {"bell", "colt", "leonardo", "mil", "rafael", "antonov", "yakovlev", "oryx", "rand", "fort", "delta",
             "region", "strela", "progress", "novator", "iskra", "topaz", "polaris", "umbra", "capella", "tatra",
             "insitu", "arsenal", "coalition", "the alliance", "security council", "wagner", "cyclone"}

# ============================================================== titles
def build_titles(shared: Path) -> list[list[str]]:
    titles: dict[str, dict] = {}

    def put(term: str, kind: str, normalised: str, abbreviations, source: str, override: bool) -> None:
        term = clean(term)
        if kind not in TITLE_KINDS:
            raise BuildError(f"title {term!r}: kind {kind!r}")
        key = fold(term).replace(".", "")  # spelling variants ("Defense"/"Defence") stay separate surface forms
        old = titles.get(key)
        if old and not override:
            old["abbreviations"] = uniq([*old["abbreviations"], *abbreviations])
            return
        titles[key] = {"term": term, "kind": kind, "normalised": normalised or term,
                       "abbreviations": uniq([*(old["abbreviations"] if old else []), *abbreviations]),
                       "source": source}

    for _, row in read_rows(shared / "ranks" / "ranks_offices_seed.tsv")[1]:
        term = re.sub(r"\s*\(.*\)", "", row["term"])
        put(term, row["kind"], "", split_list(row["abbreviations"]), "gazetteer-seed", False)
    caf = json.loads((shared / "ranks" / "caf_ranks.json").read_text(encoding="utf-8"))
    for rank in caf["allRanks"]:
        term = rank["title"]["en"]
        abbreviation = rank.get("abbreviation", {}).get("en", "")
        put(term, "rank", "", [abbreviation] if abbreviation else [], "caf-ranks", False)
    for line, row in curated_rows("titles.tsv"):
        put(row["term"], row["kind"], row.get("normalised", ""), split_list(row.get("abbreviations", "")),
            "curated", True)
    # An abbreviation may only name one title: the first (sorted) keeps it.
    owner: dict[str, str] = {}
    terms = {title_key(t["term"]) for t in titles.values()}
    rows = []
    for key in sorted(titles):
        t = titles[key]
        kept = []
        for abbreviation in t["abbreviations"]:
            k = title_key(abbreviation)
            if owner.setdefault(k, key) == key and k not in terms:
                kept.append(abbreviation)
        rows.append([t["term"], t["kind"], t["normalised"], ";".join(kept), t["source"]])
    return rows


# ============================================================== units
def build_units(shared: Path) -> dict:
    raw = {row["pattern_id"]: row for _, row in read_rows(shared / "units" / "unit_name_patterns.tsv")[1]}

    def expand(regex: str, depth: int = 0) -> str:
        def sub(match: re.Match) -> str:
            name = match.group(1)
            if name in raw and depth < 5:
                return expand(raw[name]["regex_python"], depth + 1)
            return match.group(0)  # {country_adjective} and {country_name} are filled in at use
        return re.sub(r"\{(\w+)\}", sub, regex)

    patterns = [{"id": pid, "regex": expand(row["regex_python"]), "example": row["example_matches"],
                 "note": row.get("note", "")} for pid, row in sorted(raw.items())]
    for p in patterns:
        if "{" not in p["regex"]:
            re.compile(p["regex"])
    vocabulary = []
    for _, row in read_rows(shared / "units" / "unit_vocabulary.tsv")[1]:
        for term in row["term"].split(" / "):
            vocabulary.append({"term": term.strip(), "type": row["type"], "normalised": row["normalised"]})
    for _, row in curated_rows("units.tsv"):
        vocabulary.append({"term": row["term"], "type": row["type"], "normalised": row["normalised"]})
    ministry = [{"id": f"ministry-{i + 1}", "regex": row["pattern"], "example": row["example"],
                 "note": row.get("note", "")}
                for i, (_, row) in enumerate(read_rows(shared / "organisations" / "ministry_patterns.tsv")[1])]
    vocabulary = sorted({(v["term"], v["type"], v["normalised"]) for v in vocabulary})
    ships = sorted({(re.sub(r"\s*\(.*\)", "", row["prefix"]), row["iso2"]): row["meaning"]
                    for _, row in curated_rows("ship_prefixes.tsv")}.items())
    return {"ship_prefixes": [{"prefix": p, "iso2": i, "meaning": m} for (p, i), m in ships],
            "patterns": patterns,
            "vocabulary": [{"term": t, "type": ty, "normalised": n} for t, ty, n in vocabulary],
            "ministry_patterns": ministry}


# ============================================================== sources
SOURCES = """# Sources of the shipped reference data

Built by `scripts/build_refdata.py` (`make refdata`) from `../shared/gazetteers` and `refdata/curated/`.
Every source below allows commercial use and redistribution; none is share-alike or non-commercial.
The licence texts are in `licenses/`. The `source` column of each data file names the sources of a row.

| source id | what | origin | licence | attribution |
|---|---|---|---|---|
| curated | our own curation (`refdata/curated/*.tsv`): countries, equipment, organisations, titles | orbat project | CC0-1.0 | none required |
| factbook | country names and demonyms (countries.tsv); armed forces, their branches and security forces (organisations.tsv rows with source "factbook") | CIA World Factbook via github.com/factbook/factbook.json @ 8662a8b (2026-05-17) | public domain (US Government work); compilation CC0-1.0 (`licenses/factbook.LICENSE-CC0.md`) | none required; "Source: CIA World Factbook" given as courtesy |
| gazetteer-supplement, gazetteer-seed | country alias supplement, defence organisation seed, rank/office seed, unit and ministry patterns | authored for the orbat project (../shared/gazetteers) | CC0-1.0 | none required |
| oryx | equipment designations (equipment.tsv rows with source "oryx") | github.com/scarnecchia/oryx_data @ a8624b4 (2025-07-19); underlying lists by Oryx (oryxspioenkop.com) | CC BY 4.0 (`licenses/oryx_data.LICENSE-CC-BY-4.0.txt`) | "Contains data from scarnecchia/oryx_data (CC BY 4.0), data from Oryx (oryxspioenkop.com)". Only factual designations, origins and categories are used; names were normalised (descriptors dropped, "obr." years folded into aliases) |
| oryx | equipment model names and categories (also "oryx") | github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset @ 37655f8 | MIT, (c) 2022 Petro Ivaniuk (`licenses/petroivaniuk.LICENSE-MIT.txt`) | keep the copyright notice and licence text |
| caf-ranks | Canadian Armed Forces rank titles and abbreviations (titles.tsv) | github.com/benhovinga/caf-ranks @ c94ae1c, from open.canada.ca | Open Government Licence - Canada 2.0 (`licenses/caf-ranks.LICENSE-OGL-Canada-2.0.md`) | "Contains information licensed under the Open Government Licence – Canada." |
| generated | ministry-of-defence names made from country names and demonyms | derived from the rows above | as its inputs | as its inputs |

Curated rows were written for this project from general knowledge (designations, aliases, NATO reporting
names, categories, origins, manufacturers and parent organisations are facts); no text was copied from
a source. The curated files carry CC0 (`licenses/orbat-curated.LICENSE-CC0.md`).

ISO 3166 country codes are facts of the standard and are used as such.
"""
LICENCES = {
    "countries/factbook_country_names.LICENSE-CC0.md": "factbook.LICENSE-CC0.md",
    "equipment/oryx_systems_scarnecchia.LICENSE-CC-BY-4.0.txt": "oryx_data.LICENSE-CC-BY-4.0.txt",
    "equipment/petroivaniuk_russia_losses_equipment_oryx.LICENSE-MIT.txt": "petroivaniuk.LICENSE-MIT.txt",
    "ranks/caf_ranks.LICENSE-OGL-Canada-2.0.md": "caf-ranks.LICENSE-OGL-Canada-2.0.md",
}
CC0_NOTE = "refdata/curated/LICENSE-CC0.txt"


# ============================================================== main
def build(shared: Path, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    countries, country_rows = build_countries(shared)
    resolve = country_resolver(countries)
    write_tsv(out / "countries.tsv", ["iso2", "iso3", "name", "names", "demonyms", "capital", "metonyms", "exact",
                                      "ambiguous", "historical", "source"], country_rows)
    equipment = build_equipment(shared, resolve)
    write_tsv(out / "equipment.tsv", ["id", "name", "aliases", "family", "category", "kind", "origin",
                                      "manufacturer", "ambiguous", "source"], equipment)
    organisations = build_organisations(shared, countries, resolve)
    write_tsv(out / "organisations.tsv", ["id", "name", "aliases", "iso2", "kind", "parent", "ambiguous", "source"],
              organisations)
    titles = build_titles(shared)
    write_tsv(out / "titles.tsv", ["term", "kind", "normalised", "abbreviations", "source"], titles)
    units = build_units(shared)
    (out / "units.json").write_text(json.dumps(units, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8")
    (out / "SOURCES.md").write_text(SOURCES, encoding="utf-8")
    licences = out / "licenses"
    licences.mkdir(exist_ok=True)
    for src, dst in LICENCES.items():
        shutil.copyfile(shared / src, licences / dst)
    shutil.copyfile(shared / "countries" / "factbook_country_names.LICENSE-CC0.md", licences / "orbat-curated.LICENSE-CC0.md")
    return {"countries": len(country_rows), "equipment": len(equipment), "organisations": len(organisations),
            "titles": len(titles), "unit_patterns": len(units["patterns"]),
            "unit_vocabulary": len(units["vocabulary"])}


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two built data folders."""
    names = sorted({p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file() and p.name != "__pycache__"}
                   | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()})
    return [n for n in names if not ((a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, False))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "gazetteers")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped files are not current")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"no gazetteers at {args.shared} (use --shared)", file=sys.stderr)
        return 2
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                build(args.shared, Path(tmp))
                diff = differences(Path(tmp), args.out)
            if diff:
                print("refdata out of date (run `make refdata`): " + ", ".join(diff), file=sys.stderr)
                return 1
            return 0
        counts = build(args.shared, args.out)
    except BuildError as error:
        print(f"build_refdata: {error}", file=sys.stderr)
        return 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
