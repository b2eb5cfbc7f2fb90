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


def test_the_first_is_kept_and_a_click_moves_it(qtbot: QtBot) -> None:
    groups = [DuplicateGroup([1, 2, 3], {"same email"}), DuplicateGroup([4, 5], {"same email"})]
    dialog = DuplicatesDialog(groups, {cid: _row(cid) for cid in range(1, 6)})
    qtbot.addWidget(dialog)
    assert dialog.merges() == [(1, [2, 3]), (4, [5])]
    top = dialog.tree.topLevelItem(0)
    assert top is not None
    names = [top.child(i).text(0) for i in range(top.childCount())]  # type: ignore[union-attr]
    assert names[0].endswith("(kept)") and not any(n.endswith("(kept)") for n in names[1:])
    assert [top.child(i).font(0).bold() for i in range(3)] == [True, False, False]  # type: ignore[union-attr]
    second = top.child(1)
    assert second is not None
    dialog.tree.itemClicked.emit(second, 0)
    assert dialog.merges() == [(2, [1, 3]), (4, [5])]
    assert [top.child(i).font(0).bold() for i in range(3)] == [False, True, False]  # type: ignore[union-attr]
    assert not top.child(0).text(0).endswith("(kept)")  # type: ignore[union-attr]
    top.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.merges() == [(4, [5])]
