"""What the contact table shows in a row's cells: the texts, and the roles its delegates
paint (the strength icon, the bold name of a favourite, the red date of an overdue one)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPalette

from netdesk.domain.text import isolate
from netdesk.models.labels import circle_label, format_date
from netdesk.services.queries import ContactRow, SortColumn

_COLUMNS = tuple(SortColumn)


class ContactRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    EMAIL = Qt.ItemDataRole.UserRole + 2
    PHONE = Qt.ItemDataRole.UserRole + 3
    OVERDUE_DAYS = Qt.ItemDataRole.UserRole + 4
    # The relationship's strength, 0-100 (netdesk.domain.strength); its indicator is the
    # Last contact column's icon.
    STRENGTH = Qt.ItemDataRole.UserRole + 5
    # The Why column: the matched parts of the reason, as (start, end) in its text.
    MATCHED_SPANS = Qt.ItemDataRole.UserRole + 6


# Built once: the view asks for flags and columns of every painted cell.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

DISPLAY_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    ContactRole.EMAIL,
    ContactRole.PHONE,
    ContactRole.OVERDUE_DAYS,
    Qt.ItemDataRole.DecorationRole,
    ContactRole.STRENGTH,
]
ANSWERED_ROLES = frozenset(
    int(r) for r in (*DISPLAY_ROLES, ContactRole.ID, ContactRole.MATCHED_SPANS)
)
# What the view's delegate asks of every cell it paints (the rest is asked rarely).
PAINTED_ROLES = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ForegroundRole),
    int(Qt.ItemDataRole.FontRole),
    int(Qt.ItemDataRole.DecorationRole),
)
NO_CELL: dict[int, object] = {}


def overdue_days(row: ContactRow, today: dt.date) -> int | None:
    return (today - row.next_due).days if row.next_due else None


def cell_value(
    row: ContactRow, column: SortColumn, role: int, locale: QLocale, today: dt.date
) -> object:
    """The roles asked rarely (tooltips, copying, sorting helpers)."""
    if role == ContactRole.ID:
        return row.id
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        return cell_text(row, column, locale)
    if role == ContactRole.EMAIL:
        return row.email
    if role == ContactRole.PHONE:
        return row.phone
    if role == ContactRole.OVERDUE_DAYS:
        return overdue_days(row, today)
    # The painted roles (decoration, colour, font) come from ``painted_cells``.
    return None


def overdue_color() -> QColor:
    """Red that reads on the palette's base: dark on a light list, light on a dark one."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80" if base.lightnessF() < 0.5 else "#b3261e")


def cell_text(row: ContactRow, column: SortColumn, locale: QLocale) -> str:
    """``column``'s text for ``row``."""
    # User text is isolated: an override in a name (U+202E) reorders only that name,
    # never the star, the tags after it or the row when it is copied out.
    if column is SortColumn.NAME:
        return ("★ " if row.favourite else "") + isolate(row.display_name)
    if column is SortColumn.ORGANIZATION:
        return isolate(row.organization)
    if column is SortColumn.TITLE:
        return isolate(row.job_title)
    if column is SortColumn.CIRCLE:
        return circle_label(row.circle)
    if column is SortColumn.LAST_CONTACT:
        if row.last_contact is None:
            return ""
        return format_date(row.last_contact.date(), locale)
    if column is SortColumn.NEXT_DUE:
        if row.next_due is None:
            return ""
        return format_date(row.next_due, locale)
    # The tags are stored joined with ", " (see contact_store): each one isolated.
    return ", ".join(isolate(tag) for tag in row.tags.split(", ")) if row.tags else ""


def painted_cells(
    row: ContactRow,
    locale: QLocale,
    strength: QIcon,
    bold: QFont | None,
    overdue: QBrush | None,
) -> list[dict[int, object]]:
    """The painted roles of every column of ``row``, made in one go: a painted row shows
    most of them, and one pass costs less than a look-up per role and cell. ``bold``: the
    font of a favourite's name; ``overdue``: the colour of a date gone by."""
    display = Qt.ItemDataRole.DisplayRole
    cells: list[dict[int, object]] = [
        {display: cell_text(row, column, locale)} for column in _COLUMNS
    ]
    if bold is not None:
        cells[SortColumn.NAME][Qt.ItemDataRole.FontRole] = bold
    cells[SortColumn.LAST_CONTACT][Qt.ItemDataRole.DecorationRole] = strength
    if overdue is not None:
        cells[SortColumn.NEXT_DUE][Qt.ItemDataRole.ForegroundRole] = overdue
    return cells
