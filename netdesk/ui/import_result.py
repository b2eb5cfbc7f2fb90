"""After an import: the imported people in view, and a word on what was done.

No message box: the table is cleared of any search or sidebar filter that would hide
them, they are selected, and a bar above the table says what the import did and
offers to show only them. "Only them" is a query by the import's ids, which stays
quick for 10,000 of them (one JSON parameter, see ``ContactQuery.ids``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
)

from netdesk.models.sidebar import SidebarKind
from netdesk.services.queries import ContactQuery
from netdesk.translation import Context, fill
from netdesk.ui.bidi import isolate

if TYPE_CHECKING:
    # Only named: the importer (matching, bulk writing) stays unloaded until an import.
    from netdesk.services.importer import ImportReport
    from netdesk.ui.window_parts import ContactsView

# Up to this many imported people are all selected; beyond, the first of them is.
SELECT_ALL_UP_TO = 200


class ImportResult(Context):
    """The translation context of this module: lupdate reads ``ImportResult.tr(...)`` calls."""


def show_imported(window: ContactsView, done: list[tuple[str, ImportReport]]) -> None:
    """Show the people of the imports ``done`` (file name, report), and say what happened."""
    ids = list(dict.fromkeys(cid for _name, report in done for cid in report.contact_ids))
    show_everyone(window)
    select_people(window, ids)
    text = _what_happened(done)
    if ids:
        window.notice.show_notice(
            text,
            ImportResult.tr("Show the %n imported", "", len(ids)),
            lambda: show_only(window, ids),
        )
    else:
        window.notice.show_notice(text)


def _what_happened(done: list[tuple[str, ImportReport]]) -> str:
    if len(done) == 1:
        text = ImportResult.tr(
            "%1: %2 added, %3 merged, %4 skipped. Edit → Undo reverses the whole import."
        )
        return _counted(text, *done[0])
    lines = [_counted(ImportResult.tr("%1: %2 added, %3 merged, %4 skipped."), *d) for d in done]
    return "\n".join([*lines, ImportResult.tr("Edit → Undo reverses one file at a time.")])


def _counted(text: str, name: str, report: ImportReport) -> str:
    """``text`` with the file's name and the report's counts in the locale's digits."""
    locale = QLocale()
    return fill(
        text,
        isolate(name),
        locale.toString(report.added),
        locale.toString(report.merged),
        locale.toString(report.skipped),
    )


def show_everyone(window: ContactsView) -> None:
    """All contacts, no search: nobody imported is hidden by what was shown before."""
    window.search.clear()
    window.search_now()
    row = window.sidebar_model.row_of(SidebarKind.ALL, None)
    if row is not None:
        window.sidebar.setCurrentIndex(window.sidebar_model.index(row))
    window.contacts.set_query(_unfiltered(window, None))


def show_only(window: ContactsView, ids: list[int]) -> None:
    """Only the people of the import, until a sidebar entry is chosen again."""
    window.search.clear()
    window.search_now()
    # No sidebar entry is this view; choosing one leaves it (``_on_sidebar``).
    window.sidebar.setCurrentIndex(QModelIndex())
    window.sidebar.clearSelection()
    window.contacts.set_query(_unfiltered(window, tuple(ids)))
    if window.contacts.rowCount():
        window.select_contact(window.contacts.id_at(0))
    window.notice.show_notice(
        ImportResult.tr("Showing only the %n imported.", "", len(ids)),
        ImportResult.tr("Show All Contacts"),
        lambda: _back_to_all(window),
    )


def _back_to_all(window: ContactsView) -> None:
    current = window.current_id()
    show_everyone(window)
    window.notice.hide()
    if current is not None:
        window.select_contact(current)


def _unfiltered(window: ContactsView, ids: tuple[int, ...] | None) -> ContactQuery:
    return replace(
        window.contacts.query,
        text="",
        circle=None,
        tag_id=None,
        organization_id=None,
        favourites=False,
        due_by=None,
        trash=False,
        ids=ids,
    )


def select_people(window: ContactsView, ids: list[int]) -> None:
    """Select ``ids`` in the table, the first of them (in the table's order) current;
    of many, only the first: a selection of thousands helps nobody and costs seconds."""
    model = window.contacts
    if len(ids) > SELECT_ALL_UP_TO:
        first = window.context.contacts.query_ids(replace(model.query, ids=tuple(ids), limit=1))
        if first:
            window.select_contact(first[0])
        return
    rows = sorted(r for cid in ids if (r := model.row_of(cid)) is not None)
    if not rows:
        return
    selection = QItemSelection()
    start = previous = rows[0]
    for row in [*rows[1:], None]:
        if row is not None and row == previous + 1:
            previous = row
            continue
        last = model.columnCount() - 1
        selection.select(model.index(start, 0), model.index(previous, last))
        if row is not None:
            start = previous = row
    select = window.table.selectionModel()
    first_index = model.index(rows[0], 0)
    select.setCurrentIndex(first_index, QItemSelectionModel.SelectionFlag.NoUpdate)
    select.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.table.scrollTo(first_index)
