"""`orbat explain FACT_ID`: a fact's evidence, role by role.

Shows the quote inside its surrounding text with every role filler marked, then one row per
role: the value, the raw span, the raw text at that span, and the rule that filled it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orbat.records import Fact

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

CONTEXT = 200  # characters of document text shown on each side of the quote


@dataclass
class RoleRow:
    role: str
    value: Any
    spans: list[list[int]]
    texts: list[str]
    why: str


@dataclass
class Explanation:
    fact: Fact
    context: str  # the quote with CONTEXT characters around it, role fillers marked [role: text]
    context_begin: int  # raw offset where `context` starts (before marking)
    rows: list[RoleRow] = field(default_factory=list)
    rule: str = ""  # the trigger rule ("_fact")
    document_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact.to_exchange(), "context": self.context, "context_begin": self.context_begin,
                "rule": self.rule, "roles": [row.__dict__ for row in self.rows]}

    def to_text(self) -> str:
        f = self.fact
        lines = [f"fact {f.id}  type={f.type}  doc={f.doc}",
                 f"extractor {f.extractor}@{f.extractor_version}  confidence={f.confidence:.2f}"
                 + (f"  attribution={f.attribution}" if f.attribution else ""),
                 f"rule: {self.rule or '-'}",
                 f"quote [{f.quote_begin}:{f.quote_end}]:",
                 "  " + " ".join(f.quote.split()),
                 "in context (role fillers marked [role: text], the quote between ⟦ ⟧):",
                 "  " + " ".join(self.context.split()),
                 ""]
        header = ("role", "value", "span", "text at span", "why")
        table = [header] + [
            (r.role, _show(r.value), " ".join(f"{b}-{e}" for b, e in r.spans) or "-",
             " | ".join(" ".join(t.split()) for t in r.texts) or "-", r.why or "-")
            for r in self.rows]
        widths = [min(40, max(len(str(row[i])) for row in table)) for i in range(len(header))]
        for row in table:
            lines.append("  ".join(_cut(str(c), w).ljust(w) for c, w in zip(row, widths)).rstrip())
        return "\n".join(lines)


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def build(fact: Fact, raw_text: str) -> Explanation:
    """The explanation of a fact over its document's raw text (no store needed)."""
    begin = max(0, fact.quote_begin - CONTEXT)
    end = min(len(raw_text), fact.quote_end + CONTEXT)
    # Marks: (position, order, text); closing marks sort before opening ones at the same place.
    marks: list[tuple[int, int, str]] = [(fact.quote_begin, 1, "⟦"), (fact.quote_end, 0, "⟧")]
    rows: list[RoleRow] = []
    for role, value in fact.roles.items():
        spans = fact.role_spans.get(role, [])
        texts = [raw_text[b:e] for b, e in spans]
        rows.append(RoleRow(role, value, spans, texts, fact.why.get(role, "")))
        for b, e in spans:
            if begin <= b <= e <= end and role not in ("item_category", "qualifier", "end"):
                marks.append((b, 2, "["))
                marks.append((e, -1, f": {role}]"))
    marks.sort(key=lambda m: (m[0], m[1]))
    out, pos = [], begin
    for at, _, text in marks:
        if at < begin or at > end:
            continue
        out.append(raw_text[pos:at])
        out.append(text)
        pos = at
    out.append(raw_text[pos:end])
    context = ("…" if begin > 0 else "") + "".join(out) + ("…" if end < len(raw_text) else "")
    return Explanation(fact=fact, context=context, context_begin=begin, rows=rows, rule=fact.why.get("_fact", ""))


def explain(kb: "KnowledgeBase", fact_id: str) -> Explanation:
    """Explain a stored fact (id or unique id prefix)."""
    fact = kb.fact(fact_id)
    doc = kb.document(fact.doc)
    explanation = build(fact, doc.raw_text)
    explanation.document_title = doc.title
    return explanation
