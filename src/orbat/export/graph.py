"""GraphML and GEXF through networkx: suppliers -> recipients with one edge per deal.

Nodes are the deal parties (entity ids; with level="state", states where known) with label, kind
and country; edges are deals with scalar attributes only (GraphML cannot hold lists or None):
deal id, item, category, quantity, value and currency, status, status history, years, counts of
sources and claims. A deal without a known supplier starts at the node "unknown".
"""
from __future__ import annotations

import io
import json
from typing import IO, TYPE_CHECKING, Any

from orbat.errors import InvalidInput

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase


def build_graph(kb: "KnowledgeBase", *, level: str = "entity", **filters: Any) -> Any:
    import networkx as nx

    if level not in ("entity", "state"):
        raise InvalidInput("graph level is 'entity' or 'state'")
    graph = nx.MultiDiGraph(name="orbat arms transfers")
    entities = {row["id"]: row for row in kb.db.execute("SELECT id, kind, name, country FROM entities")}

    def node(entity_id: str | None, name: str | None) -> str:
        key = entity_id or "unknown"
        if key not in graph:
            row = entities.get(key)
            attrs = {"label": (row["name"] if row else name) or key, "kind": row["kind"] if row else "unknown"}
            if row and row["country"]:
                attrs["country"] = row["country"]
            graph.add_node(key, **attrs)
        return key

    deal_filters = {k: v for k, v in filters.items() if k in ("recipient", "supplier", "country", "item", "status",
                                                               "year") and v is not None}
    for deal in kb.deals(**deal_filters):
        if level == "state":
            src = node(deal.get("supplier_state_id") or deal.get("supplier_id"),
                       deal.get("supplier_state") or deal.get("supplier"))
            dst = node(deal.get("recipient_state_id") or deal.get("recipient_id"),
                       deal.get("recipient_state") or deal.get("recipient"))
        else:
            src = node(deal.get("supplier_id"), deal.get("supplier"))
            dst = node(deal.get("recipient_id"), deal.get("recipient"))
        attrs: dict[str, Any] = {
            "deal": deal["id"], "label": str(deal.get("item") or ""), "item": str(deal.get("item") or ""),
            "status": deal.get("status") or "",
            "status_history": " > ".join(s["status"] + (f" {s['date']}" if s.get("date") else "")
                                         for s in deal["status_history"]),
            "sources": int(deal.get("sources") or 0), "claims": len(deal.get("evidence", [])),
            "documents": "; ".join(deal.get("documents", [])),
        }
        optional = {"category": deal.get("item_category"), "quantity": deal.get("quantity"),
                    "quantity_delivered": deal.get("quantity_delivered"), "order_year": deal.get("order_year"),
                    "delivery_years": "; ".join(deal.get("delivery_years") or []) or None,
                    "via": "; ".join(deal.get("via") or []) or None}
        value = deal.get("value") or {}
        if value:
            optional["value_amount"] = float(value.get("amount") or 0)
            optional["value_currency"] = value.get("currency")
        attrs.update({k: v for k, v in optional.items() if v is not None})
        graph.add_edge(src, dst, key=deal["id"], **{k: _scalar(v) for k, v in attrs.items()})
    return graph


def _scalar(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def write(kb: "KnowledgeBase", out: IO[Any], *, format: str = "graphml", level: str = "entity", **filters: Any) -> int:
    import networkx as nx

    graph = build_graph(kb, level=level, **filters)
    buffer = io.BytesIO()
    if format == "gexf":
        nx.write_gexf(graph, buffer)
    else:
        nx.write_graphml(graph, buffer)
    data = buffer.getvalue()
    from orbat.export import _is_binary

    if _is_binary(out):
        out.write(data)
    else:
        out.write(data.decode("utf-8"))
    return graph.number_of_nodes() + graph.number_of_edges()
