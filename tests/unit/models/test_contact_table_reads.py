"""What the contact table reads from the database, and when: rows kept across keystrokes
and sorts, strengths for a screen, the rest of a long result read ahead on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from netdesk.domain.contact_data import ContactData
from netdesk.models import contact_table
from netdesk.models.contact_table import FIRST_ROWS, SCREEN_ROWS, ContactTableModel
from netdesk.models.read_ahead import READ_AHEAD_AFTER_MS
from netdesk.store.contact_query import ContactQuery, SortColumn

from .test_contact_table import _many


def _paint(model: ContactTableModel, rows: int) -> None:
    """Ask for what the view's delegates ask of the first ``rows`` rows."""
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def _spy(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[list[int]]:
    calls: list[list[int]] = []
    real: Callable[..., Any] = getattr(owner, name)

    def spy(ids: Any, *args: Any) -> Any:
        calls.append(list(ids))
        return real(ids, *args)

    monkeypatch.setattr(owner, name, spy)
    return calls


def test_rows_read_once_are_kept_across_keystrokes_and_sorts(monkeypatch, context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    _paint(model, 3)
    reads = _spy(monkeypatch, context.contacts, "rows")
    model.set_query(ContactQuery(text="sa"))
    model.set_query(ContactQuery())
    model.sort(SortColumn.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    _paint(model, 3)
    assert [cid for ids in reads for cid in ids] == []
    # A change drops what it touches: the new tag shows, read again.
    context.contacts.add_tag([people["sara"]], "Kept")
    row = model.row_of(people["sara"])
    assert row is not None
    assert "Kept" in str(model.index(row, SortColumn.TAGS).data())
    assert [cid for ids in reads for cid in ids] == [people["sara"]]
    # refresh() (a restored backup, a sync) starts over.
    model.refresh()
    _paint(model, 3)
    assert sorted(reads[-1]) == sorted(people.values())


def test_strengths_are_read_for_a_screen_from_the_first_row_painted(monkeypatch, context):
    _many(200)
    calls = _spy(monkeypatch, contact_table, "strengths")
    model = ContactTableModel(context.contacts)
    model.refresh()
    _paint(model, 1)
    assert len(calls) == 1
    assert len(calls[0]) <= SCREEN_ROWS + 1
    assert calls[0][0] == model.id_at(0)
    _paint(model, SCREEN_ROWS)
    assert len(calls) == 1  # the rest of the screen came with the first row


def test_the_rest_of_a_long_result_is_read_ahead_once_counted(qtbot, monkeypatch, context):
    _many(FIRST_ROWS + 50)
    model = ContactTableModel(context.contacts)
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        model.refresh()
    qtbot.wait_until(lambda: model.ahead.ready, timeout=5000)

    def no_sql(*_args: object, **_kwargs: object) -> list[int]:
        raise AssertionError("the rest was read ahead")

    last = context.contacts.query_ids(ContactQuery(limit=None))[-1]
    monkeypatch.setattr(context.contacts, "query_ids", no_sql)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_ROWS + 50
    assert model.row_of(last) == FIRST_ROWS + 49
    assert model.id_at(FIRST_ROWS + 49) == last


def test_a_change_drops_the_rest_read_ahead(qtbot, context):
    _many(FIRST_ROWS + 50)
    model = ContactTableModel(context.contacts)
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        model.refresh()
    qtbot.wait_until(lambda: model.ahead.ready, timeout=5000)
    context.contacts.add_tag([model.id_at(0)], "Changed")
    assert not model.ahead.ready
    model.fetchMore(QModelIndex())  # read now, after the change
    assert model.rowCount() == FIRST_ROWS + 50


def test_the_count_starts_after_the_rows_are_shown(qtbot, context):
    from netdesk.services import background

    _many(FIRST_ROWS + 50)
    model = ContactTableModel(context.contacts)
    before = set(background._pending)
    model.refresh()
    assert set(background._pending) == before  # nothing started before the paint
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        pass
    assert model.total() == FIRST_ROWS + 50


def test_a_search_is_not_read_ahead(qtbot, context):
    _many(FIRST_ROWS + 50)
    context.contacts.add(ContactData(given_name="Other"))
    model = ContactTableModel(context.contacts)
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        model.set_query(ContactQuery(text="many"))
    assert model.searching()
    qtbot.wait(READ_AHEAD_AFTER_MS + 100)
    assert not model.ahead.ready


def test_kept_cells_follow_a_new_palette(qapp, context, people):
    import datetime as dt

    from PySide6.QtGui import QColor, QPalette

    from netdesk.db.records import Contact
    from netdesk.models.contact_table import overdue_color

    past = dt.date.today() - dt.timedelta(days=30)
    Contact.update(next_due=past).where(Contact.id == people["ahmed"]).execute()
    model = ContactTableModel(context.contacts)
    model.refresh()

    def red() -> QColor:
        row = model.row_of(people["ahmed"])
        assert row is not None
        brush = model.index(row, SortColumn.NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole)
        return QColor(brush.color())

    light = red()
    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    qapp.setPalette(dark)
    try:
        model.set_query(ContactQuery(text="a"))
        model.set_query(ContactQuery())
        assert red() == overdue_color() != light
    finally:
        qapp.setPalette(before)


def test_the_rest_is_read_only_once_typing_pauses(qtbot, context):
    """Each keystroke counts its result; reading every id waits until typing stops."""
    from netdesk.services import queries

    _many(FIRST_ROWS + 50)
    model = ContactTableModel(context.contacts)
    # A pause well beyond the gaps between keys below, so a slow machine cannot close it.
    model.ahead._timer.setInterval(1500)
    reads: list[object] = []
    real = queries.RowIds.run

    def counted_run(self: queries.RowIds) -> object:
        reads.append(self)
        return real(self)

    queries.RowIds.run = counted_run  # type: ignore[method-assign,assignment]
    try:
        for text in ("m", "ma", "m"):
            with qtbot.wait_signal(model.total_changed, timeout=5000):
                model.set_query(ContactQuery(text=text))
            qtbot.wait(50)  # the next key comes soon after
        assert reads == [] and not model.ahead.ready
        qtbot.wait_until(lambda: model.ahead.ready, timeout=5000)
        assert len(reads) == 1
    finally:
        queries.RowIds.run = real  # type: ignore[method-assign]
