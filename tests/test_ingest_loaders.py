"""Loaders and the auction, on our own fixture files (WARC and MHTML are built here)."""
from __future__ import annotations

import io
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from orbat.ingest import loaders
from orbat.kb import KnowledgeBase
from orbat.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "page.html").read_text("utf-8")


@pytest.fixture
def kb(tmp_path):
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        yield kb


def write_warc(path: Path, pages: list[tuple[str, str]], extra_non_html: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
            if extra_non_html:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
                writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                              payload=io.BytesIO(b"\x89PNG...."), http_headers=headers))


def write_mhtml(path: Path, html: str, url: str) -> None:
    message = EmailMessage()
    message["Snapshot-Content-Location"] = url
    message["Subject"] = "saved"
    message.make_related()
    message.add_related(html, subtype="html", cid="<page>")
    message.add_related(b"\x89PNG....", maintype="image", subtype="png", cid="<img>")
    path.write_bytes(message.as_bytes())


def test_auction_picks_by_content_and_name(tmp_path):
    html = tmp_path / "noext"
    html.write_text(PAGE)
    assert loaders.choose(html, html.read_bytes()[:8192]).name == "html"
    assert loaders.choose(Path("a.jsonl"), b"{").name == "jsonl"
    assert loaders.choose(Path("a.warc.gz"), b"\x1f\x8b").name == "warc"
    assert loaders.choose(Path("a.mhtml"), b"MIME-Version: 1.0").name == "mhtml"
    assert loaders.choose(Path("a.md"), b"# x").name == "text"
    assert loaders.choose(Path("a.txt.gz"), b"\x1f\x8b").name == "text"


def test_text_markdown_and_multi_article_files(kb, tmp_path):
    for name in ("notes.md", "export.txt", "blog.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    report = kb.ingest([str(tmp_path / "*.txt"), tmp_path / "notes.md"])
    assert report.ok, report.errors
    docs = {d.key: d for d in kb.documents()}
    assert set(docs) == {"notes.md", "export.txt#1", "export.txt#2", "export.txt#3",
                         "blog.txt#1", "blog.txt#2", "blog.txt#3"}
    first = docs["export.txt#1"]
    assert first.title == "Harbour authority orders three patrol boats" and first.outlet == "Coastal Gazette"
    for gone in ("Clipped articles", "boat-photo.jpg", "View gallery", "BoatBoat", "A patrol boat at sea",
                 "Editing by", "Coastal Gazette"):
        assert gone not in first.clean_text, gone
    assert "The boats will replace two vessels bought in the 1990s." in first.clean_text
    assert all(docs[f"blog.txt#{n}"].truncated for n in (1, 2, 3))
    assert docs["blog.txt#3"].clean_text.startswith("The town choir")
    assert docs["notes.md"].title == "Field notes"
    text = (tmp_path / "blog.txt").read_text("utf-8")
    for doc in docs.values():
        if doc.key.startswith("blog"):
            assert text[doc.raw_start:doc.raw_start + len(doc.raw_text)] == doc.raw_text


def test_html_page_metadata(kb, tmp_path):
    shutil.copy(FIXTURES / "page.html", tmp_path / "page.html")
    assert kb.ingest([tmp_path]).ok
    doc = kb.document("page.html")
    assert "two keepers will live on Gull Island" in doc.clean_text
    assert "Copyright" not in doc.clean_text and "Home" not in doc.clean_text
    assert doc.title == "Lighthouse keepers return to Gull Island"
    assert doc.outlet == "The Shore Times"
    assert doc.author == "Jo Writer"
    assert doc.url == "https://shore.example/news/2024/05/06/lighthouse-keepers"
    assert doc.published == "2024-05-06"
    assert doc.language == "en"


def test_date_from_url_path_only_when_stated(kb, tmp_path):
    page = PAGE.replace('<meta property="article:published_time" content="2024-05-06T08:00:00Z">', "")
    (tmp_path / "a.html").write_text(page.replace("2024/05/06", "2019/11"))
    (tmp_path / "b.html").write_text(page.replace("/2024/05/06", "").replace("Gull", "Tern"))
    assert kb.ingest([tmp_path]).ok
    assert kb.document("a.html").published in ("2019-11", "2019-11-01")
    assert kb.document("b.html").published is None


def test_mhtml_takes_the_html_part(kb, tmp_path):
    write_mhtml(tmp_path / "saved.mhtml", PAGE, "https://shore.example/saved")
    assert kb.ingest([tmp_path]).ok
    doc = kb.document("saved.mhtml")
    assert "two keepers will live on Gull Island" in doc.clean_text
    assert doc.url == "https://shore.example/saved"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_each_html_response_is_a_document(kb, tmp_path, name):
    other = PAGE.replace("Gull Island", "Puffin Rock").replace("forty", "fifty")
    write_warc(tmp_path / name, [("https://a.example/x", PAGE), ("https://b.example/y", other)])
    assert kb.ingest([tmp_path / name]).ok
    docs = {d.key: d for d in kb.documents()}
    assert set(docs) == {f"{name}#1", f"{name}#2"}
    assert docs[f"{name}#2"].url == "https://b.example/y"
    assert "Puffin Rock" in docs[f"{name}#2"].clean_text


def test_jsonl_records_keyed_by_id_and_bad_line_named(kb, tmp_path):
    shutil.copy(FIXTURES / "corpus.jsonl", tmp_path / "corpus.jsonl")
    report = kb.ingest([tmp_path])
    assert not report.ok
    assert [e["line"] for e in report.errors] == [3]
    assert "corpus.jsonl:3" in report.errors[0]["message"]
    docs = {d.key: d for d in kb.documents()}
    assert set(docs) == {"rec-1", "rec-2", "rec-4"}
    assert docs["rec-1"].title == "Ferry timetable changes"
    assert docs["rec-1"].published == "2022-03-01"
    assert docs["rec-1"].raw_text.startswith("The ferry company")
    assert docs["rec-4"].duplicate_of == "rec-1"
    errors = kb.errors()
    assert errors[0]["line"] == 3 and errors[0]["path"].endswith("corpus.jsonl")


def test_page_meta_precedence_and_document_order() -> None:
    from trafilatura.utils import load_html

    from orbat.ingest.loaders.html import page_meta

    page = """<html lang="en-GB"><head>
      <meta property="og:title" content="  ">
      <title>Fallback   title</title>
      <meta property="og:url" content="https://example.org/og">
      <link rel="canonical" href="https://example.org/canonical">
      <meta name="byl" content="By Desk">
      <meta name="author" content="A. Writer">
      <meta name="pubdate" content="2020-05-06">
      <meta name="date" content="2021-01-02">
      <meta property="article:published_time" content="not a date">
    </head><body><p>Text.</p><time itemprop="datePublished" datetime="2019-03-04">x</time></body></html>"""
    meta, stated = page_meta(load_html(page))
    assert meta == {"title": "Fallback title", "url": "https://example.org/canonical", "author": "A. Writer",
                    "language": "en-GB"}
    assert stated == "2020-05-06"  # first of the name= dates in the page; the unusable one is skipped
