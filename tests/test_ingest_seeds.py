"""The seed corpus: article split, duplicates, dates, debris and quotes (read from ../shared)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orbat.kb import KnowledgeBase
from orbat.settings import load_settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not available")
E004 = "004_db4fecc3b157a427.txt"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    kb = KnowledgeBase(tmp_path_factory.mktemp("kb") / "seeds.db", settings=load_settings(extract=False))
    report = kb.ingest([SEEDS])
    assert report.ok, report.errors
    docs = {d.key: d for d in kb.documents()}
    yield docs
    kb.close()


def _gold_articles() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]


def test_articles_keys_and_raw_spans(seeds):
    gold = _gold_articles()
    assert sorted(seeds) == sorted(g["doc"] for g in gold)
    assert len(seeds) == 22
    for g in gold:
        doc = seeds[g["doc"]]
        file_text = (SEEDS / g["doc"].split("#")[0]).read_text("utf-8")
        assert doc.raw_start == g["start"], g["doc"]
        assert doc.raw_text == file_text[g["start"]:g["end"]], g["doc"]


def test_published_dates(seeds):
    for g in _gold_articles():
        assert seeds[g["doc"]].published == g["published"], g["doc"]


def test_duplicate_links(seeds):
    assert seeds[f"{E004}#9"].duplicate_of == f"{E004}#8"
    assert seeds[f"{E004}#8"].duplicate_of == f"{E004}#7"
    assert seeds[f"{E004}#8"].near_duplicate_of == f"{E004}#7"
    assert seeds[f"{E004}#10"].duplicate_of is None
    cluster = seeds[f"{E004}#7"].cluster
    assert cluster and seeds[f"{E004}#8"].cluster == cluster == seeds[f"{E004}#10"].cluster
    linked = {k for k, d in seeds.items() if d.duplicate_of or d.cluster}
    assert linked == {f"{E004}#{n}" for n in (7, 8, 9, 10)}
    for g in _gold_articles():
        assert seeds[g["doc"]].duplicate_of == g["duplicate_of"], g["doc"]


def test_titles_and_outlets(seeds):
    assert seeds["001_dfb21add68c95a65.txt"].title == "Armed Forces of Azerbaijan"
    assert seeds[f"{E004}#8"].outlet == "CTech"
    assert not seeds[f"{E004}#8"].title.endswith("CTech")
    assert seeds[f"{E004}#8"].meta["raw_title"].endswith("| CTech")
    assert all(d.truncated for k, d in seeds.items() if k.startswith("000_"))


def _debris_rows() -> list[tuple[str, str, str]]:
    """(article, exact string, action) rows of cleaning.md section 2."""
    rows, article = [], None
    for line in (GOLD / "cleaning.md").read_text("utf-8").splitlines():
        if m := re.match(r"### `(.+?)`", line):
            article = m.group(1)
            continue
        if article and (m := re.match(r'\| [\d, ]+ \| `(".*")` \| ([^|]+) \|', line)):
            rows.append((article, json.loads(m.group(1).replace("\\|", "|")), m.group(2).strip().lower()))
    return rows


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_no_debris_left(seeds):
    rows = [r for r in _debris_rows()
            if r[2].startswith(("remove", "strip", "move to metadata", "nbsp")) and not r[2].startswith("remove or keep")]
    assert len(rows) > 80
    for article, string, action in rows:
        clean = seeds[article].clean_text
        assert string not in clean, (article, action, string[:60])
        if action.startswith(("remove", "move")) and len(string) > 12:
            assert _norm(string) not in _norm(clean), (article, string[:60])
    for needle in ("Continue Reading", "sharelogo.jpg", "1 View gallery", "SatelliteSatellite", "]]",
                   "|access-date=", "\u00a0"):
        assert all(needle not in d.clean_text for d in seeds.values()), needle


_DATELINE = re.compile(r"^[A-Z][a-z]{2}\.? \d{1,2} \((?:Reuters|AP|AFP)\) [–-] ")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def test_every_fact_quote_survives_cleaning(seeds):
    """Quotes are found in the clean text up to whitespace and the markup cleaning removes by design
    (inline reference markers, wiki italics underscores, a dateline moved to metadata)."""
    facts = [json.loads(line) for line in (GOLD / "facts.jsonl").read_text("utf-8").splitlines() if line.strip()]
    assert facts
    for fact in facts:
        doc = seeds[fact["doc"]]
        assert fact["quote"] in doc.raw_text
        quote = re.sub(r"(?<=\S)\[\d+\]", "", _DATELINE.sub("", fact["quote"]))
        assert " ".join(_tokens(quote)) in " ".join(_tokens(doc.clean_text)), (fact["doc"], fact["quote"][:80])


def test_clean_spans_map_back_to_raw(seeds):
    for doc in seeds.values():
        for match in re.finditer(r"[^\W\d_]{4,}(?: [^\W\d_]{4,}){2}", doc.clean_text):
            begin, end = doc.offsets.to_raw(match.start(), match.end())
            raw = doc.raw_text[begin:end]
            words = match.group().split()
            # Exact at both ends; in between, only deletions and NBSP -> space happened.
            assert raw.startswith(words[0]) and raw.endswith(words[-1]), (doc.key, match.group(), raw)
            assert _tokens(re.sub(r"\[\d+\]", "", raw)) == words, (doc.key, match.group(), raw)
    # A quote found in the clean text maps back onto the quote in the raw text (markers included).
    doc = seeds["001_dfb21add68c95a65.txt"]
    start = doc.clean_text.index("The navy has a Petya class light frigate, Qusar")
    end = doc.clean_text.index("Araz,", start) + len("Araz,")
    begin, stop = doc.offsets.to_raw(start, end)
    assert doc.raw_text[begin:stop].startswith("The navy has a Petya class light frigate, _Qusar_")
    assert doc.raw_text[begin:stop].endswith("_Araz,")
