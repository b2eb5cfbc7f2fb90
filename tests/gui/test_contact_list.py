"""The contact list: a face on each row, title · organisation under the name or in columns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netdesk.domain.contact_data import ContactData
from netdesk.models.faces import face_color
from netdesk.services.queries import SortColumn
from netdesk.settings import Settings
from netdesk.ui.actions import ActionKey
from netdesk.ui.contact_list import ListLook, subtitle


def _sara(window) -> int:
    return int(
        window.context.contacts.add(
            ContactData(
                given_name="Sara", family_name="Ali", job_title="Engineer", organization="Careem"
            )
        )
    )


def test_two_lines_or_columns_from_the_view_menu_and_remembered(qtbot, make_window) -> None:
    window = make_window()
    _sara(window)
    header = window.table.horizontalHeader()
    action = window.actions_[ActionKey.TWO_LINE_ROWS]
    assert action.isChecked()  # two lines by default
    assert header.isSectionHidden(SortColumn.ORGANIZATION)
    assert header.isSectionHidden(SortColumn.TITLE)
    tall = window.table.rowHeight(0)
    action.trigger()
    assert not action.isChecked()
    assert not header.isSectionHidden(SortColumn.ORGANIZATION)
    assert not header.isSectionHidden(SortColumn.TITLE)
    assert window.table.rowHeight(0) < tall
    assert Settings(window.context.data_dir).list_two_lines is False
    window.save_state()
    window.close()
    again = make_window()
    assert not again.actions_[ActionKey.TWO_LINE_ROWS].isChecked()
    assert not again.table.horizontalHeader().isSectionHidden(SortColumn.ORGANIZATION)


def test_the_subtitle_isolates_title_and_organisation(qtbot, make_window) -> None:
    window = make_window()
    sara = _sara(window)
    window.contacts.refresh()
    row = window.contacts.row_data(window.contacts.row_of(sara) or 0)
    assert row is not None
    assert subtitle(row) == "\u2068Engineer\u2069 · \u2068Careem\u2069"


def test_a_face_is_painted_on_the_leading_side(qtbot, make_window, qapp) -> None:
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        qapp.setLayoutDirection(direction)
        try:
            window = make_window()
            sara = _sara(window)
            window.contacts.refresh()
            look = window.findChild(ListLook, "listLook")
            assert look is not None
            index = window.contacts.index(window.contacts.row_of(sara) or 0, SortColumn.NAME)
            rect = window.table.visualRect(index)
            window.table.clearSelection()
            image = window.table.viewport().grab(rect).toImage()
            size = look.delegate.face_size(rect.height())
            # Just inside the top of the disc, above the letters.
            y = (rect.height() - size) // 2 + 4
            inset = 6 + size // 2
            x = inset if direction == Qt.LayoutDirection.LeftToRight else image.width() - inset
            assert image.pixelColor(x, y).name() == face_color(sara).name()
            window.close()
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_card_offers_the_windows_own_actions(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    _sara(window)
    buttons = window.card.header.findChildren(QToolButton)
    offered = [b.defaultAction() for b in buttons if b.defaultAction() is not None]
    for key in (ActionKey.LOG, ActionKey.REACHED, ActionKey.SNOOZE, ActionKey.PRINT_SUMMARY):
        assert window.actions_[key] in offered, key
        assert not window.actions_[key].icon().isNull()


def test_the_header_knows_no_selection_and_still_sorts(qtbot, make_window) -> None:
    """Painting a title asks the header's selection whether its column is selected, row by
    row through the model's flags() (5,000 rows selected: 35,000 calls into Python for
    each paint of the header). The header has a selection of its own, always empty."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint
    from PySide6.QtTest import QTest

    window = make_window()
    for i in range(30):
        window.context.contacts.add(ContactData(given_name=f"Person{i}"))
    model, table = window.contacts, window.table
    select = QItemSelectionModel.SelectionFlag
    rows = QItemSelection(model.index(0, 0), model.index(19, model.columnCount() - 1))
    table.selectionModel().select(rows, select.ClearAndSelect | select.Rows)
    assert len(window.selected_ids()) == 20
    header = table.horizontalHeader()
    assert header.selectionModel() is not table.selectionModel()
    assert not header.selectionModel().hasSelection()
    header.viewport().repaint()
    # A click on a title still sorts, and the rows stay selected.
    circle = int(SortColumn.CIRCLE)
    x = header.sectionViewportPosition(circle) + header.sectionSize(circle) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.query.sort is SortColumn.CIRCLE
    assert not header.selectionModel().hasSelection()
