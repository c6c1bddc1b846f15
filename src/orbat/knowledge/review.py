"""Review verdicts: accept, reject or correct a fact; every view applies them on top of the claims.

Verdicts are appended to the `verdicts` table and never updated or deleted. They are keyed by the
fact id, which is derived from the document, the quote span and the key roles (orbat.ids.fact_id),
so a verdict keeps pointing at the same claim after re-ingest or re-extraction. The state of a fact
is the fold of its verdicts in order: `accept` and `reject` set the status, `correct` merges role
corrections (a later correction of a role replaces an earlier one) and marks the fact corrected;
a later `accept` after a `reject` brings the fact back. Rejected facts are hidden from views unless
asked for; corrections are applied to the roles; the review state is attached as
`fact.why["_review"]`.
"""
from __future__ import annotations

import datetime as _dt
import getpass
import json
import logging
import os
import sqlite3
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from orbat.errors import InvalidInput, NotFound
from orbat.records import COMMON_ROLES, FACT_ROLES, Fact

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

log = logging.getLogger(__name__)

VERDICTS = ("accept", "reject", "correct")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def default_author(kb: "KnowledgeBase | None" = None) -> str:
    """settings.reviewer, else $ORBAT_REVIEWER, else the login name."""
    reviewer = str(getattr(kb.settings, "reviewer", "") or "") if kb is not None else ""
    if reviewer:
        return reviewer
    if os.environ.get("ORBAT_REVIEWER"):
        return os.environ["ORBAT_REVIEWER"]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"


def parse_value(text: str) -> Any:
    """A role value given on the command line: JSON when it parses ("12", '{"amount": 1}', '["A","B"]'),
    money as "120000000 USD", otherwise the text itself; "" means remove the role."""
    text = text.strip()
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    parts = text.replace(",", "").split()
    if len(parts) == 2 and len(parts[1]) == 3 and parts[1].isalpha() and parts[1].isupper():
        try:
            amount = float(parts[0])
            return {"amount": int(amount) if amount.is_integer() else amount, "currency": parts[1]}
        except ValueError:
            pass
    return text


def review(kb: "KnowledgeBase", fact_id: str, *, accept: bool = False, reject: bool = False,
           correct: dict[str, Any] | None = None, note: str | None = None,
           author: str | None = None) -> dict[str, Any]:
    """Record one verdict on a fact (id or unique prefix); returns the verdict and the fact as now seen.

    Exactly one of accept, reject or correct (a role -> value mapping; None removes the role).
    The derived deals, series and disputes are recomputed so every view honours the verdict.
    """
    chosen = [name for name, on in (("accept", accept), ("reject", reject), ("correct", bool(correct))) if on]
    if len(chosen) != 1:
        raise InvalidInput("give exactly one of --accept, --reject or --correct ROLE=VALUE")
    verdict = chosen[0]
    row = _find_fact(kb.db, fact_id)
    corrections: dict[str, Any] = {}
    if correct:
        allowed = set(FACT_ROLES.get(row["type"], ())) | set(COMMON_ROLES)
        for role, value in correct.items():
            if role not in allowed:
                raise InvalidInput(f"a {row['type']} fact has no role {role!r} (roles: {', '.join(sorted(allowed))})")
            corrections[role] = value
    who = author or default_author(kb)
    at = _now()
    kb.db.execute(
        "INSERT INTO verdicts (fact_id, verdict, corrections, note, author, created_at) VALUES (?,?,?,?,?,?)",
        (row["id"], verdict, json.dumps(corrections, ensure_ascii=False), note, who, at))
    try:
        from orbat.knowledge.resolve import resolve

        resolve(kb)
    except Exception:  # noqa: BLE001 - the verdict is stored; views recompute on the next resolve
        log.exception("recomputing the knowledge tables after a review failed")
    fact = kb.fact(row["id"])
    return {"fact_id": row["id"], "verdict": verdict, "corrections": corrections, "note": note,
            "author": who, "at": at, "review": fact.why.get("_review"), "fact": fact.to_dict()}


def _find_fact(db: sqlite3.Connection, fact_id: str) -> sqlite3.Row:
    rows = db.execute("SELECT id, type FROM facts WHERE id = ? OR id LIKE ? LIMIT 2",
                      (fact_id, f"{fact_id}%")).fetchall()
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    exact = [r for r in rows if r["id"] == fact_id]
    if exact:
        return exact[0]
    if len(rows) > 1:
        raise NotFound(f"fact id prefix {fact_id!r} is ambiguous")
    return rows[0]


def verdict_history(db: sqlite3.Connection, fact_id: str) -> list[dict[str, Any]]:
    """Every verdict on a fact, oldest first."""
    return [_row(r) for r in db.execute(
        "SELECT * FROM verdicts WHERE fact_id = ? ORDER BY seq", (fact_id,))]


def _row(r: sqlite3.Row) -> dict[str, Any]:
    return {"seq": r["seq"], "fact_id": r["fact_id"], "verdict": r["verdict"],
            "corrections": json.loads(r["corrections"] or "{}"), "note": r["note"], "author": r["author"],
            "at": r["created_at"]}


def review_states(db: sqlite3.Connection, fact_ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The folded review state of each reviewed fact: status, corrections, last author/time/note, count."""
    try:
        if fact_ids is None:
            rows = db.execute("SELECT * FROM verdicts ORDER BY seq").fetchall()
        else:
            ids = list(fact_ids)
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows.extend(db.execute(
                    f"SELECT * FROM verdicts WHERE fact_id IN ({','.join('?' * len(chunk))}) ORDER BY seq", chunk))
            rows.sort(key=lambda r: r["seq"])
    except sqlite3.OperationalError:  # the table does not exist yet (an old file opened read-only)
        return {}
    states: dict[str, dict[str, Any]] = {}
    for r in rows:
        v = _row(r)
        state = states.setdefault(v["fact_id"], {"status": None, "corrections": {}, "verdicts": 0})
        state["verdicts"] += 1
        if v["verdict"] == "reject":
            state["status"] = "rejected"
        elif v["verdict"] == "accept":
            state["status"] = "accepted"
        else:
            state["status"] = "corrected"
            state["corrections"].update(v["corrections"])
        state.update(author=v["author"], at=v["at"], note=v["note"] if v["note"] is not None else state.get("note"))
    return states


def apply_verdicts(db: sqlite3.Connection, facts: Iterable[Fact], *,
                   include_rejected: bool = False) -> Iterator[Fact]:
    """Facts with their verdicts applied: rejected ones dropped (unless include_rejected), corrections
    applied to the roles, the review state in fact.why["_review"]. Streams; verdicts are read once."""
    states = review_states(db)
    for fact in facts:
        state = states.get(fact.id)
        if state is None:
            yield fact
            continue
        if state["status"] == "rejected" and not include_rejected:
            continue
        changes: dict[str, Any] = {}
        for role, value in state["corrections"].items():
            changes[role] = {"from": fact.roles.get(role), "to": value}
            if value is None or value == "":
                fact.roles.pop(role, None)
            else:
                fact.roles[role] = value
        info = {k: state.get(k) for k in ("status", "author", "at", "note", "verdicts")}
        if changes:
            info["corrections"] = changes
        why = dict(fact.why)
        why["_review"] = info  # type: ignore[assignment]
        fact.why = why
        yield fact


def fact_status(fact: Fact) -> str:
    """"accepted", "rejected", "corrected" or "unreviewed"."""
    info = fact.why.get("_review") if isinstance(fact.why, dict) else None
    return info.get("status") if isinstance(info, dict) and info.get("status") else "unreviewed"
