"""Write examples/corpus/archive/crawl.warc.gz from the pages in examples/source_html/.

The archive imitates a small crawl: a warcinfo record, one request record, an HTTP
response for each HTML page (in file-name order, so the first page is crawl.warc.gz#1),
and one non-HTML response (robots.txt) between the first and second page, which an
ingester must skip. Record ids and dates are derived from the content, so running the
script again gives the same archive byte for byte.

    .venv/bin/python examples/make_warc.py
"""

from __future__ import annotations

import re
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "source_html"
TARGET = HERE / "corpus" / "archive" / "crawl.warc.gz"
NAMESPACE = uuid.UUID("6f1c3a52-9b0e-4d7a-8e55-2a1f0c9d4b11")

ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /subscribe\n\nSitemap: /sitemap.xml\n"


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, '|'.join(parts))}>"


def page_meta(html: str) -> tuple[str, str]:
    """The canonical URL, and the publication time used as the capture time (offset dropped)."""
    url = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    published = re.search(r'property="article:published_time" content="([^"]+)"', html)
    if url is None or published is None:
        raise ValueError("source page lacks a canonical link or a published time")
    when = published.group(1)[:19] + "Z"
    return url.group(1), when


def write_response(writer: WARCWriter, url: str, when: str, body: bytes, content_type: str) -> None:
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Server", "nginx")],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url, "response", payload=BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": record_id("response", url)},
    )
    writer.write_record(record)


def write_request(writer: WARCWriter, url: str, when: str) -> None:
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    http = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) demo-crawler/1.0"),
         ("Accept", "text/html,application/xhtml+xml")],
        is_http_request=True,
    )
    record = writer.create_warc_record(
        url, "request", payload=BytesIO(b""), http_headers=http,
        warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": record_id("request", url)},
    )
    writer.write_record(record)


def main() -> None:
    pages = sorted(SOURCES.glob("*.html"))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        info = writer.create_warcinfo_record(
            "crawl.warc.gz", {"software": "orbat examples/make_warc.py", "format": "WARC File Format 1.0",
                              "description": "demo crawl of four defence news pages"})
        info.rec_headers.replace_header("WARC-Date", "2025-10-01T00:00:00Z")
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo"))
        writer.write_record(info)
        for n, path in enumerate(pages):
            body = path.read_bytes()
            url, when = page_meta(body.decode("utf-8"))
            if n == 0:
                write_request(writer, url, when)
            write_response(writer, url, when, body, "text/html; charset=utf-8")
            if n == 0:
                robots = "/".join(url.split("/")[:3]) + "/robots.txt"
                write_response(writer, robots, when, ROBOTS, "text/plain")
    print(f"wrote {TARGET.relative_to(HERE.parent)} with {len(pages)} pages")


if __name__ == "__main__":
    main()
