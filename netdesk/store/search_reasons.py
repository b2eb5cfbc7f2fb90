"""Why a person was found: the field of their best match and the text around it.

Worked out for the rows shown (a page), from the index key each ``Hit`` carries: a
handful of look-ups by id, never a pass over the network.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from netdesk.db.connection import database
from netdesk.domain.snippet import Snippet, find, snippet
from netdesk.domain.transliterate import skeletons
from netdesk.store.search import Hit
from netdesk.store.search_index import Code


class MatchedField(StrEnum):
    """The field a match was found in (the ``matched_field`` of ``netdesk find``)."""

    NAME = "name"
    NAME_SPELLING = "name_transliterated"
    CAN_HELP_WITH = "can_help_with"
    TAGS = "tags"
    ORGANIZATION = "organization"
    TITLE = "job_title"
    LOCATION = "location"
    HOW_MET = "how_met"
    CIRCLE = "circle"
    EMAIL = "email"
    PHONE = "phone"
    NOTES = "notes"
    TIMELINE = "timeline"
    ASK = "ask"
    OFFER = "offer"
    EVENT = "event"
    INTRODUCTION = "introduction"
    FILTER = "filter"


@dataclass(frozen=True, slots=True)
class Reason:
    field: MatchedField
    snippet: Snippet
    when: dt.date | None = None


_CONTACT_FIELDS: dict[Code, tuple[tuple[MatchedField, str], ...]] = {
    Code.NAME: ((MatchedField.NAME, "display_name"), (MatchedField.NAME, "nickname")),
    Code.TRANSLITERATED: ((MatchedField.NAME_SPELLING, "display_name"),),
    Code.HELP: ((MatchedField.CAN_HELP_WITH, "can_help_with"),),
    Code.TAGS: ((MatchedField.TAGS, "tags_text"),),
    Code.ORGANIZATION: (
        (MatchedField.ORGANIZATION, "org_name"),
        (MatchedField.TITLE, "job_title"),
        (MatchedField.TITLE, "department"),
    ),
    Code.LOCATION: ((MatchedField.LOCATION, "location"),),
    Code.OTHER: ((MatchedField.HOW_MET, "how_met"), (MatchedField.CIRCLE, "circle")),
    Code.NOTES: ((MatchedField.NOTES, "notes"),),
}
_OTHER_SQL = {
    Code.INTERACTION: "SELECT id, happened_at, summary, notes, 0 FROM interaction WHERE id IN ({})",
    Code.ASK: "SELECT id, asked_on, what, outcome, is_offer FROM ask WHERE id IN ({})",
    Code.EVENT: "SELECT id, date, name, place || ' ' || notes, 0 FROM event WHERE id IN ({})",
    Code.INTRODUCTION: "SELECT id, introduced_on, note, '', 0 FROM introduction WHERE id IN ({})",
}
_OTHER_FIELD = {
    Code.INTERACTION: MatchedField.TIMELINE,
    Code.ASK: MatchedField.ASK,
    Code.EVENT: MatchedField.EVENT,
    Code.INTRODUCTION: MatchedField.INTRODUCTION,
}


def reasons(hits: Sequence[Hit], terms: Sequence[str]) -> dict[int, Reason]:
    """Each person's reason, by contact id (people found by filters alone have none)."""
    long_terms = [t for t in terms if len(t) >= 3]
    out: dict[int, Reason] = {}
    if not long_terms:
        return out
    timeline: dict[Code, list[Hit]] = {}
    own: dict[Code, list[Hit]] = {}
    for hit in hits:
        (own if hit.code in _CONTACT_FIELDS else timeline).setdefault(hit.code, []).append(hit)
    for code, some in own.items():
        # One query for a page's people of each tier, not one each.
        values = _contact_values(code, [h.contact_id for h in some])
        for hit in some:
            reason = _contact_reason(hit.contact_id, code, values.get(hit.contact_id), long_terms)
            if reason is not None:
                out[hit.contact_id] = reason
    for code, some in timeline.items():
        # One query for a page's interactions (asks, events ...), not one each.
        rows = _rows_by_id(_OTHER_SQL[code], sorted({h.ref for h in some}))
        for hit in some:
            row = rows.get(hit.ref)
            if row is not None:
                out[hit.contact_id] = _timeline_reason(code, row, long_terms)
    return out


def _timeline_reason(code: Code, row: Sequence[Any], terms: list[str]) -> Reason:
    when = dt.date.fromisoformat(str(row[0])[:10])
    field = MatchedField.OFFER if code is Code.ASK and row[3] else _OTHER_FIELD[code]
    return Reason(field, _best(row[1:3], terms), when)


def _best(texts: Sequence[str], terms: list[str]) -> Snippet:
    """The snippet of the first of ``texts`` that holds a match (the first text if none)."""
    pieces = [snippet(t, terms) for t in texts if t]
    for piece in pieces:
        if piece.spans:
            return piece
    return pieces[0] if pieces else Snippet("")


def _contact_values(code: Code, ids: list[int]) -> dict[int, Sequence[Any]]:
    """The columns ``code``'s fields are read from, for each of ``ids``."""
    columns = ", ".join(column for _, column in _CONTACT_FIELDS[code])
    return _rows_by_id(f"SELECT id, {columns} FROM contact WHERE id IN ({{}})", ids)


# Ids bound to one query: `netdesk find` gives reasons for every match, and SQLite refuses
# more variables than its build allows (32,766 by default).
_IDS_AT_ONCE = 500


def _rows_by_id(sql: str, ids: list[int]) -> dict[int, Sequence[Any]]:
    """Rows of ``sql`` (its ``{}`` the id list, its first column the id) by id."""
    out: dict[int, Sequence[Any]] = {}
    for start in range(0, len(ids), _IDS_AT_ONCE):
        part = ids[start : start + _IDS_AT_ONCE]
        for row in database.execute_sql(sql.format(",".join("?" * len(part))), part):
            out[row[0]] = row[1:]
    return out


def _contact_reason(
    contact_id: int, code: Code, values: Sequence[Any] | None, terms: list[str]
) -> Reason | None:
    if code is Code.OTHER:
        found = _contact_detail(contact_id, terms)
        if found is not None:
            return found
    fields = _CONTACT_FIELDS[code]
    if values is None:
        return None
    if code is Code.TRANSLITERATED:
        return Reason(MatchedField.NAME_SPELLING, _spelling(values[0], terms))
    for (field, _), value in zip(fields, values, strict=True):
        if value and find(value, terms):
            return Reason(field, snippet(value, terms))
    if code is Code.ORGANIZATION:
        past = _past_organization(contact_id, terms)
        if past is not None:
            return past
    field, _ = fields[0]
    return Reason(field, snippet(values[0] or "", terms))


def _contact_detail(contact_id: int, terms: list[str]) -> Reason | None:
    for field, table in (
        (MatchedField.EMAIL, "contact_email"),
        (MatchedField.PHONE, "contact_phone"),
    ):
        for (value,) in database.execute_sql(
            f"SELECT value FROM {table} WHERE contact_id = ? ORDER BY position", (contact_id,)
        ):
            if find(value, terms) or (
                field is MatchedField.PHONE and any(t in re.sub(r"\D", "", value) for t in terms)
            ):
                return Reason(field, snippet(value, terms))
    return None


def _past_organization(contact_id: int, terms: list[str]) -> Reason | None:
    for (name,) in database.execute_sql(
        "SELECT o.name FROM past_organization p JOIN organization o ON o.id = p.organization_id "
        "WHERE p.contact_id = ?",
        (contact_id,),
    ):
        if find(name, terms):
            return Reason(MatchedField.ORGANIZATION, snippet(name, terms))
    return None


def _spelling(name: str, terms: list[str]) -> Snippet:
    """The name with the words that sound like the search marked."""
    wanted = [k for t in terms for k in skeletons(t)]
    spans: list[tuple[int, int]] = []
    for found in re.finditer(r"\S+", name):
        keys = skeletons(found.group(0))
        if any(k.startswith(w) for k in keys for w in wanted):
            spans.append((found.start(), found.end()))
    return Snippet(name, tuple(spans))
