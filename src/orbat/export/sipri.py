"""The SIPRI trade-register layout: one row per deal.

Columns of SIPRI's legacy register export: Recipient, Supplier, Year of order, (uncertain), Number
ordered, (uncertain), Weapon designation, Weapon description, Number delivered, (uncertain),
Year(s) of delivery, status, Comments. The blank-headed columns are SIPRI's "?" flags: "?" when
the figure is an estimate (a qualifier such as "about") or the sources disagree, or when the year of
order is taken from a report's date rather than stated. Recipient and supplier are states where
known (SIPRI codes states); the organisations, deal value, transit route, status history and the
sources (title, outlet, date, url, document key) go to Comments. Unlike SIPRI, offers,
negotiations and reports are included unless confirmed_only=True (orders and deliveries only).
"""
from __future__ import annotations

import csv
from typing import IO, TYPE_CHECKING, Any

from orbat.export import text_writer
from orbat.export.csv_rows import _Line
from orbat.knowledge.common import fmt_value, year_of

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

HEADER = ["Recipient", "Supplier", "Year of order", "", "Number ordered", "", "Weapon designation",
          "Weapon description", "Number delivered", "", "Year(s) of delivery", "status", "Comments"]
CONFIRMED = {"ordered", "delivered", "displayed", "in_service"}


def deal_row(deal: dict[str, Any]) -> list[Any]:
    recipient = deal.get("recipient_state") or deal.get("recipient") or "unknown"
    supplier = deal.get("supplier_state") or deal.get("supplier") or "unknown"
    order_year = deal.get("order_year")
    order_flag = ""
    if not order_year and deal.get("first_date"):
        order_year, order_flag = year_of(deal["first_date"]), "?"
    qualifiers = {str(e["roles"].get("qualifier")) for e in deal["evidence"] if e["roles"].get("qualifier")}
    disputed_qty = any(c["role"] == "quantity" for c in deal.get("conflicts", []))
    quantity = deal.get("quantity")
    delivered = deal.get("quantity_delivered")
    if delivered is None and deal.get("status") in ("delivered", "in_service") and quantity is not None:
        delivered = quantity
    comments = []
    if deal.get("value"):
        comments.append(f"value {fmt_value(deal['value'])}")
    if deal.get("recipient_state") and deal.get("recipient") != deal.get("recipient_state"):
        comments.append(f"end user {deal['recipient']}")
    if deal.get("supplier_state") and deal.get("supplier") and deal.get("supplier") != deal.get("supplier_state"):
        comments.append(f"supplier {deal['supplier']}")
    if deal.get("via"):
        comments.append("via " + ", ".join(deal["via"]))
    if len(deal.get("items_as_written", [])) > 1:
        comments.append("described as " + " / ".join(deal["items_as_written"]))
    comments.append("status history " + " > ".join(
        s["status"] + (f" {s['date']}" if s.get("date") else "") for s in deal["status_history"]))
    for c in deal.get("conflicts", []):
        comments.append(f"sources disagree on {c['role']}: {', '.join(map(str, c['values']))}")
    sources = []
    seen = set()
    for ev in deal["evidence"]:
        if ev["doc"] in seen:
            continue
        seen.add(ev["doc"])
        bits = [ev.get("title"), ev.get("outlet"), ev.get("published"), ev.get("url"), ev["doc"]]
        sources.append(", ".join(str(b) for b in bits if b))
    comments.append("sources: " + " | ".join(f"[{i}] {s}" for i, s in enumerate(sources, 1)))
    comments.append(f"orbat {deal['id']}")
    return [recipient, supplier, order_year or "", order_flag, quantity if quantity is not None else "",
            "?" if (qualifiers or disputed_qty) and quantity is not None else "", deal.get("item") or "",
            deal.get("item_category") or "", delivered if delivered is not None else "", "",
            "; ".join(deal.get("delivery_years") or []), deal.get("status") or "", "; ".join(comments)]


def write(kb: "KnowledgeBase", out: IO[Any], *, confirmed_only: bool = False, **options: Any) -> int:
    writer = csv.writer(_Line(text_writer(out)), lineterminator="\n")
    writer.writerow(HEADER)
    filters = {k: v for k, v in options.items() if k in ("recipient", "supplier", "country", "item", "status", "year")}
    n = 0
    for deal in kb.deals(**filters):
        if confirmed_only and deal.get("status") not in CONFIRMED:
            continue
        writer.writerow(deal_row(deal))
        n += 1
    return n
