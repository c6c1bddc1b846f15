"""Shared fixtures of the knowledge, review and export tests: the seed gold loaded as facts.

The gold facts of ../shared/gold/seeds stand in for extractor output: each quote is located in
its seed article's text for the spans, the documents get the duplicate links of cleaning.md
section 4 (004#9 exact duplicate of #8; #8 near-duplicate of #7), and a small reference (the
names the seeds need) makes the tests independent of the shipped reference data.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orbat.facts.store import put_facts
from orbat.ids import fact_id
from orbat.kb import KnowledgeBase
from orbat.records import Fact
from orbat.refdata import Country, Organisation, Reference, System, Title

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "gold" / "seeds"
CORPUS = SHARED / "corpus" / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

needs_seeds = pytest.mark.skipif(not (SEEDS / "facts.jsonl").exists(), reason="../shared seeds not present")

SAT = "004_db4fecc3b157a427.txt"
# cleaning.md section 4: the exact duplicate and the near-duplicate of the satellite story, as
# ingest records them (duplicate_of set for both kinds, near_duplicate_of for the near one).
DUPLICATES = {f"{SAT}#9": f"{SAT}#8", f"{SAT}#8": f"{SAT}#7"}
NEAR_DUPLICATES = {f"{SAT}#8": f"{SAT}#7"}


def small_reference() -> Reference:
    """The reference records the seed tests need (the shipped data may not be built yet)."""
    def country(iso2: str, iso3: str, name: str, names: tuple[str, ...] = (),
                demonyms: tuple[str, ...] = ()) -> Country:
        return Country(iso2=iso2, iso3=iso3, name=name, names=(name, *names), demonyms=demonyms)

    countries = {c.iso2: c for c in [
        country("AZ", "AZE", "Azerbaijan", ("Republic of Azerbaijan",), ("Azerbaijani", "Azeri", "Azerbaijanis")),
        country("AM", "ARM", "Armenia", (), ("Armenian", "Armenians")),
        country("IL", "ISR", "Israel", (), ("Israeli",)),
        country("RU", "RUS", "Russia", ("Russian Federation",), ("Russian",)),
        country("CZ", "CZE", "Czech Republic", ("Czechia",), ("Czech",)),
        country("FR", "FRA", "France", (), ("French",)),
        country("TR", "TUR", "Turkey", ("Türkiye",), ("Turkish",)),
        country("US", "USA", "United States", ("United States of America",), ("American",)),
        country("CN", "CHN", "China", (), ("Chinese",)),
        country("PL", "POL", "Poland", (), ("Polish",)),
        country("UA", "UKR", "Ukraine", (), ("Ukrainian",)),
        country("GB", "GBR", "United Kingdom", ("UK",), ("British",)),
        country("VN", "VNM", "Vietnam", ("Viet Nam",), ("Vietnamese",)),
        country("IN", "IND", "India", (), ("Indian",)),
        country("RS", "SRB", "Serbia", (), ("Serbian",)),
        country("PK", "PAK", "Pakistan", (), ("Pakistani",)),
        country("SE", "SWE", "Sweden", (), ("Swedish",)),
        country("DE", "DEU", "Germany", (), ("German",)),
    ]}
    systems = {s.id: s for s in [
        System("s-300", "S-300", ("SA-10",), None, "air defence system", "Weapon", "SU", "Almaz-Antey"),
        System("s-300pmu", "S-300PMU", (), "s-300", "air defence system", "Weapon", "SU", "Almaz-Antey"),
        System("s-300pmu2", "S-300PMU2", ("S-300 PMU2 Favorit", "Favorit"), "s-300pmu", "air defence system",
               "Weapon", "RU", "Almaz-Antey"),
        System("btr-80", "BTR-80", (), None, "armoured personnel carrier", "MilitaryPlatform", "SU", "GAZ"),
        System("btr-80a", "BTR-80A", (), "btr-80", "armoured personnel carrier", "MilitaryPlatform", "RU", "GAZ"),
        System("optsat-500", "OptSat500", ("OptSat-500",), None, "satellite", "MilitaryPlatform", "IL",
               "Israel Aerospace Industries"),
    ]}
    organisations = {o.id: o for o in [
        Organisation("israel-aerospace-industries", "Israel Aerospace Industries", ("IAI",), "IL", "company", None),
        Organisation("elta-systems", "Elta Systems", ("Elta", "ELTA"), "IL", "company", "israel-aerospace-industries"),
        Organisation("iiss", "International Institute for Strategic Studies", ("IISS",), "GB", "think_tank", None),
        Organisation("sipri", "Stockholm International Peace Research Institute", ("SIPRI",), "SE", "data_source",
                     None),
    ]}
    titles = [
        Title("Colonel General", "rank", "Colonel General", ("Col. Gen.", "Col Gen")),
        Title("General", "rank", "General", ("Gen.",)),
        Title("Minister of Defence", "office", "Defence Minister", ()),
        Title("Defence Minister", "office", "Defence Minister", ()),
        Title("President", "office", "President", ()),
    ]
    return Reference(countries, systems, organisations, titles)


def put_documents(kb: KnowledgeBase, docs: list[dict[str, Any]]) -> None:
    """Documents rows through SQL, filling whatever columns the documents table has."""
    columns = {row[1]: row for row in kb.db.execute("PRAGMA table_info(documents)")}
    if not columns:
        kb.db.execute("CREATE TABLE documents (key TEXT PRIMARY KEY, source TEXT, title TEXT, outlet TEXT, "
                      "url TEXT, published TEXT, duplicate_of TEXT, near_duplicate_of TEXT, cluster TEXT, "
                      "raw_text TEXT, clean_text TEXT)")
        columns = {row[1]: row for row in kb.db.execute("PRAGMA table_info(documents)")}
    for doc in docs:
        values: dict[str, Any] = {}
        for name, info in columns.items():
            if name in doc:
                values[name] = doc[name]
            elif name == "id" and info[5]:
                continue  # an integer primary key fills itself
            elif info[3] and info[4] is None:  # NOT NULL without a default
                kind = (info[2] or "").upper()
                values[name] = 0 if "INT" in kind or "REAL" in kind else ""
        names = list(values)
        kb.db.execute(f"INSERT OR REPLACE INTO documents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                      [values[n] for n in names])


def seed_texts() -> dict[str, str]:
    texts = {}
    for line in (SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        base = row["doc"].split("#")[0]
        whole = (CORPUS / base).read_text(encoding="utf-8")
        texts[row["doc"]] = whole[row["start"]:row["end"]]
    return texts


def seed_documents() -> list[dict[str, Any]]:
    texts = seed_texts()
    docs = []
    for line in (SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        key = row["doc"]
        docs.append({"key": key, "source": key.split("#")[0], "title": row["title"], "published": row["published"],
                     "outlet": "seed", "url": f"file://{key}", "duplicate_of": DUPLICATES.get(key),
                     "near_duplicate_of": NEAR_DUPLICATES.get(key), "raw_text": texts[key],
                     "clean_text": texts[key], "content_hash": key})
    return docs


def facts_from_gold(path: Path, texts: dict[str, str]) -> dict[str, list[Fact]]:
    by_doc: dict[str, list[Fact]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = texts.get(row["doc"], "")
        begin = text.find(row["quote"])
        if begin < 0:
            begin = 0
        end = begin + len(row["quote"])
        fid = fact_id(row["doc"], row["type"], begin, end, row["roles"])
        facts = by_doc.setdefault(row["doc"], [])
        if any(f.id == fid for f in facts):  # same claim twice in gold: the second gets its own id
            fid = fact_id(row["doc"], row["type"], begin, end, {**row["roles"], "_n": len(facts)})
        facts.append(Fact(id=fid, doc=row["doc"], type=row["type"], roles=row["roles"], quote=row["quote"],
                          quote_begin=begin, quote_end=end, extractor="gold", extractor_version="seed"))
    return by_doc


def load_seed_kb(kb: KnowledgeBase) -> KnowledgeBase:
    kb._reference = small_reference()
    docs = seed_documents()
    put_documents(kb, docs)
    texts = {d["key"]: d["raw_text"] for d in docs}
    for doc, facts in facts_from_gold(SEEDS / "facts.jsonl", texts).items():
        put_facts(kb.db, doc, facts)
    kb.resolve()
    return kb


@pytest.fixture
def seed_kb() -> Any:
    if not (SEEDS / "facts.jsonl").exists():
        pytest.skip("../shared seeds not present")
    kb = KnowledgeBase(memory=True)
    load_seed_kb(kb)
    yield kb
    kb.close()


def load_examples_kb(kb: KnowledgeBase) -> KnowledgeBase:
    """The bundled sample corpus's expected facts (examples/expected_facts.jsonl) as stored facts."""
    kb._reference = small_reference()
    rows = [json.loads(line) for line in (EXAMPLES / "expected_facts.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    texts: dict[str, str] = {}
    for row in rows:
        texts[row["doc"]] = texts.get(row["doc"], "") + row["quote"] + "\n"
    put_documents(kb, [{"key": k, "source": k, "title": k, "raw_text": t, "clean_text": t, "content_hash": k}
                       for k, t in texts.items()])
    for doc, facts in facts_from_gold(EXAMPLES / "expected_facts.jsonl", texts).items():
        put_facts(kb.db, doc, facts)
    kb.resolve()
    return kb
