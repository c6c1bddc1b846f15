"""The records that flow through the pipeline and come out of the knowledge base.

Plain dataclasses with to_dict/from_dict so they stream as JSON lines and cross process
boundaries. Offsets are Python str indices (code points), end exclusive.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from orbat.offsets import OffsetMap

# Entity types of dstl's re3d benchmark, used for mentions.
MENTION_TYPES = (
    "Person", "Organisation", "Location", "Nationality", "MilitaryPlatform", "Weapon", "Money",
    "Quantity", "Temporal", "Vehicle", "DocumentReference", "CommsIdentifier", "Frequency", "Url",
)

# Fact types and their roles (../shared/eval/FACTS.md); key roles must agree to match.
FACT_ROLES: dict[str, tuple[str, ...]] = {
    "transfer": ("supplier", "recipient", "item", "item_category", "quantity", "value", "status", "date", "via"),
    "agreement": ("parties", "subject", "value", "date", "place"),
    "meeting": ("participants", "place", "date", "subject"),
    "holding": ("holder", "item", "item_category", "quantity", "as_of"),
    "strength": ("force", "personnel", "as_of", "according_to"),
    "budget": ("country", "year", "amount", "according_to"),
    "office": ("person", "role", "organisation", "start", "end"),
    "incident": ("kind", "location", "date", "killed", "injured", "actor"),
    "casualties": ("force", "period", "killed", "injured", "cause"),
}
# Roles that must agree for two facts to be the same claim (FACTS.md); also part of fact ids.
FACT_KEYS: dict[str, tuple[str, ...]] = {
    "transfer": ("recipient", "item"),
    "agreement": ("parties",),
    "meeting": ("participants",),
    "holding": ("holder", "item"),
    "strength": ("force",),
    "budget": ("country", "year", "according_to"),
    "office": ("person", "role"),
    "incident": ("kind", "location", "date"),
    "casualties": ("force", "period"),
}
# Roles every type may carry in addition.
COMMON_ROLES = ("qualifier", "according_to")

TRANSFER_STATUSES = (
    "offered", "negotiating", "agreed", "ordered", "delivered", "displayed", "in_service",
    "cancelled", "reported",
)


@dataclass
class Document:
    """One article: its raw text, its cleaned text with the map back, and its metadata."""

    key: str
    source: str
    raw_text: str
    clean_text: str = ""
    offsets: OffsetMap | None = None
    ordinal: int = 0  # n of a multi-article file (1-based); 0 for a single document
    raw_start: int = 0  # where raw_text begins in the source file's decoded text
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date at the precision known
    language: str | None = None
    truncated: bool = False  # a teaser cut off by "Continue Reading" and the like
    content_hash: str = ""
    duplicate_of: str | None = None
    near_duplicate_of: str | None = None
    cluster: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def raw_span(self, begin: int, end: int) -> tuple[int, int]:
        """Raw-text span of a clean-text span."""
        if self.offsets is None:
            return begin, end
        return self.offsets.to_raw(begin, end)

    def to_dict(self, *, texts: bool = True) -> dict[str, Any]:
        data = asdict(self)
        data["offsets"] = self.offsets.to_list() if self.offsets else None
        if not texts:
            data.pop("raw_text")
            data.pop("clean_text")
            data.pop("offsets")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        values = dict(data)
        rows = values.pop("offsets", None)
        doc = cls(**values)
        if rows is not None:
            doc.offsets = OffsetMap.from_list(rows, len(doc.raw_text))
        return doc


@dataclass(frozen=True)
class Mention:
    """A typed span. begin/end index the document's raw text; cbegin/cend its clean text."""

    begin: int
    end: int
    type: str
    text: str
    value: Any = None  # normalised: {"iso","precision"} | {"amount","currency"} | {"value","qualifier"} | name
    link: str | None = None  # reference id such as "country:AZ", "equipment:s-300", "org:israel-aerospace-industries"
    cbegin: int = -1
    cend: int = -1
    source: str = ""  # the recogniser that found it (why it is there)
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_output(self) -> dict[str, Any]:
        """The prediction form of score_entities.py."""
        return {"begin": self.begin, "end": self.end, "type": self.type, "text": self.text,
                "value": self.value, "link": self.link}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        return cls(**data)


@dataclass
class Fact:
    """One claim stated by one passage of one document, with evidence for every role."""

    id: str
    doc: str
    type: str
    roles: dict[str, Any]
    quote: str  # verbatim raw text
    quote_begin: int  # raw offsets of the quote
    quote_end: int
    role_spans: dict[str, list[list[int]]] = field(default_factory=dict)  # role -> [[begin, end], ...] raw
    attribution: str | None = None
    confidence: float = 0.5
    extractor: str = ""
    extractor_version: str = ""
    why: dict[str, str] = field(default_factory=dict)  # role (or "_fact") -> rule that produced it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_exchange(self) -> dict[str, Any]:
        """FACTS.md form with the extra provenance fields."""
        roles = {k: v for k, v in self.roles.items() if v not in (None, "", [])}
        return {"doc": self.doc, "type": self.type, "quote": self.quote, "roles": roles,
                "id": self.id, "quote_span": [self.quote_begin, self.quote_end],
                "role_spans": self.role_spans, "attribution": self.attribution,
                "confidence": self.confidence,
                "extractor": f"{self.extractor}@{self.extractor_version}"}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Fact":
        return cls(**data)
