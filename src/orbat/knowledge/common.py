"""Small helpers shared by the knowledge modules: document metadata, values, dates, formatting."""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Iterable

from orbat.refdata.normalise import fold, slug

# Document columns read when present (the documents table is owned by orbat.store.documents).
DOC_COLUMNS = ("key", "source", "title", "outlet", "url", "author", "published", "duplicate_of",
               "near_duplicate_of", "cluster")

# Transfer lifecycle: later stages rank higher; "reported" says nothing about the stage.
LIFECYCLE = ("reported", "offered", "negotiating", "agreed", "ordered", "delivered", "displayed",
             "in_service", "cancelled")
STAGE = {status: rank for rank, status in enumerate(LIFECYCLE)}


def table_columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def doc_meta(db: sqlite3.Connection, keys: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """key -> metadata of the given documents (default: every stored one; only the columns that
    exist). Pass the keys the work needs: a whole collection's metadata grows with the corpus."""
    columns = [c for c in DOC_COLUMNS if c in set(table_columns(db, "documents"))]
    if "key" not in columns:
        return {}
    select = f"SELECT {', '.join(columns)} FROM documents"
    out: dict[str, dict[str, Any]] = {}
    if keys is None:
        rows: Iterable[sqlite3.Row] = db.execute(select)
    else:
        wanted = sorted(set(keys))
        rows = (row for i in range(0, len(wanted), 500)
                for row in db.execute(f"{select} WHERE key IN ({','.join('?' * len(wanted[i:i + 500]))})",
                                      wanted[i:i + 500]))
    for row in rows:
        out[row["key"]] = {c: row[c] for c in columns}
    return out


def is_exact_duplicate(doc: dict[str, Any]) -> bool:
    """An exact copy of another document: duplicate_of set and not marked as a near-duplicate
    (ingest sets duplicate_of for both kinds and near_duplicate_of only for near ones)."""
    return bool(doc.get("duplicate_of")) and not doc.get("near_duplicate_of")


def is_money(value: Any) -> bool:
    return isinstance(value, dict) and "amount" in value


def money_close(a: dict[str, Any], b: dict[str, Any], tolerance: float = 0.01) -> bool | None:
    """True when two amounts agree within the tolerance; None when the currencies differ."""
    if (a.get("currency") or "") != (b.get("currency") or ""):
        return None
    x, y = float(a.get("amount") or 0), float(b.get("amount") or 0)
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1.0)


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().replace(",", "").isdigit():
        return int(value.strip().replace(",", ""))
    if isinstance(value, dict) and "value" in value:
        return as_int(value["value"])
    return None


def date_str(value: Any) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, dict):
        value = value.get("iso") or value.get("value")
    return str(value) if value is not None else None


def year_of(value: Any) -> str | None:
    text = date_str(value)
    if not text:
        return None
    match = re.match(r"(\d{4})", text)
    return match.group(1) if match else None


def dates_compatible(a: Any, b: Any) -> bool:
    """Two dates agree when either is missing or one is a prefix of the other ("1993-08" ~ "1993-08-25")."""
    x, y = date_str(a), date_str(b)
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def fmt_money(value: Any) -> str:
    if not is_money(value):
        return fmt_value(value)
    amount = float(value.get("amount") or 0)
    currency = value.get("currency") or ""
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(amount) >= size:
            text = f"{amount / size:.3f}".rstrip("0").rstrip(".")
            return f"{currency} {text}{suffix}".strip()
    return f"{currency} {amount:,.0f}".strip()


def fmt_value(value: Any) -> str:
    """A role value as short readable text."""
    if value is None:
        return ""
    if is_money(value):
        return fmt_money(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return "; ".join(fmt_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def flat_value(value: Any) -> str:
    """A role value flattened for CSV: lists joined by '; ', money as '120000000 USD'."""
    if value is None:
        return ""
    if is_money(value):
        amount = value.get("amount")
        return f"{amount} {value.get('currency') or ''}".strip()
    if isinstance(value, list):
        return "; ".join(flat_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def text_key(text: str) -> str:
    """Loose key of a class name: folded, plural 's' dropped ("Satellites" ~ "satellite")."""
    words = [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def doc_order(key: str) -> tuple[str, int]:
    """Sort key of a document key: "f.txt#10" after "f.txt#9"."""
    base, _, n = key.partition("#")
    return (base, int(n) if n.isdigit() else 0)


def listify(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list) else [value]


__all__ = ["LIFECYCLE", "STAGE", "doc_meta", "money_close", "as_int", "date_str", "year_of", "dates_compatible",
           "fmt_money", "fmt_value", "flat_value", "text_key", "listify", "slug", "fold", "is_money"]
