"""The Find Duplicates review: the first of each group is kept (bold, marked) and a click
moves the mark; the groups are built without marking every member one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.services.queries import ContactRow, DuplicateGroup
from netdesk.ui.duplicates_dialog import DuplicatesDialog


def _row(cid: int) -> ContactRow:
    return ContactRow(
        cid, f"Person {cid}", "Org", "", "", None, None, "", f"p{cid}@x.org", "", False
    )


def _names(dialog: DuplicatesDialog, rows: range) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in rows]


def _bold(dialog: DuplicatesDialog, rows: range) -> list[bool]:
    fonts = [dialog.model.index(r, 0).data(Qt.ItemDataRole.FontRole) for r in rows]
    return [font is not None and font.bold() for font in fonts]


def test_the_first_is_kept_and_a_click_moves_it(qtbot: QtBot) -> None:
    groups = [DuplicateGroup([1, 2, 3], {"same email"}), DuplicateGroup([4, 5], {"same email"})]
    dialog = DuplicatesDialog(groups, {cid: _row(cid) for cid in range(1, 6)})
    qtbot.addWidget(dialog)
    assert dialog.merges() == [(1, [2, 3]), (4, [5])]
    # Row 0 is the first group's line, rows 1-3 its members, row 4 the next group's.
    assert dialog.model.index(0, 0).data() == "same email"
    assert dialog.table.columnSpan(0, 0) == 4 and dialog.table.columnSpan(4, 0) == 4
    names = _names(dialog, range(1, 4))
    assert names[0].endswith("(kept)") and not any(n.endswith("(kept)") for n in names[1:])
    assert _bold(dialog, range(1, 4)) == [True, False, False]
    dialog.table.clicked.emit(dialog.model.index(2, 1))  # a click on the second
    assert dialog.merges() == [(2, [1, 3]), (4, [5])]
    assert _bold(dialog, range(1, 4)) == [False, True, False]
    assert not _names(dialog, range(1, 2))[0].endswith("(kept)")
    check = Qt.ItemDataRole.CheckStateRole
    assert dialog.model.index(0, 0).data(check) == Qt.CheckState.Checked
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked.value, check)
    assert dialog.merges() == [(4, [5])]


def test_thousands_of_groups_make_only_the_rows_shown(qtbot: QtBot, monkeypatch) -> None:
    """Building 20,000 groups' rows froze the window; the model makes what is painted."""
    groups = [DuplicateGroup([2 * g + 1, 2 * g + 2], {"same email"}) for g in range(5000)]
    rows = {cid: _row(cid) for cid in range(1, 10_001)}
    asked: list[int] = []
    why = DuplicatesDialog._why

    def counted(self: DuplicatesDialog, group: DuplicateGroup) -> str:
        asked.append(min(group.ids))
        return why(self, group)

    monkeypatch.setattr(DuplicatesDialog, "_why", counted)
    dialog = DuplicatesDialog(groups, rows)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert 0 < len(set(asked)) <= 100
    assert dialog.model.rowCount() == 15_000
    last = [
        n.replace("\u2068", "").replace("\u2069", "") for n in _names(dialog, range(14_998, 15_000))
    ]
    assert last == ["Person 9999  (kept)", "Person 10000"]
    assert len(dialog.merges()) == 5000
