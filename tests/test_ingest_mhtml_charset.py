"""A browser-saved MHTML part without a charset parameter is decoded by the page's <meta charset>."""
from __future__ import annotations

import quopri
from pathlib import Path

from orbat import KnowledgeBase


def test_mhtml_without_part_charset(tmp_path: Path) -> None:
    body = ("<html><head><meta charset=\"utf-8\"><title>Navy’s new corvette</title></head><body><article>"
            + "<p>The navy’s second corvette was commissioned at the northern yard on Friday, officials said.</p>" * 6
            + "</article></body></html>")
    part = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    page = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/corvette\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"B\"\r\n\r\n"
            "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://example.org/corvette\r\n\r\n" + part + "\r\n--B--\r\n")
    path = tmp_path / "corvette.mhtml"
    path.write_text(page, encoding="ascii")
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.ingest([path])
        doc = kb.document("corvette.mhtml")
    assert "navy’s second corvette" in doc.clean_text
    assert "\ufffd" not in doc.raw_text
