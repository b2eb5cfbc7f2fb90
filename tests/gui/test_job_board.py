"""The job board in the real window: stages by keyboard and drop, undo, who can help."""

import datetime as dt

from PySide6.QtCore import Qt

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.services.jobs import OpeningFields, Stage
from netdesk.ui.actions import ActionKey
from netdesk.ui.job_board import JobBoardWindow


def _board(qtbot, window) -> JobBoardWindow:
    window.actions_[ActionKey.JOBS].trigger()
    board = window.findChild(JobBoardWindow)
    assert isinstance(board, JobBoardWindow) and board.isVisible()
    qtbot.addWidget(board)
    return board


def test_keyboard_moves_an_opening_through_the_stages_and_undo_brings_it_back(qtbot, make_window):
    window = make_window()
    jobs = window.context.jobs
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    board = _board(qtbot, window)
    assert [board.columns[Stage.INTERESTED].item(0).data(Qt.ItemDataRole.UserRole + 1)] == [oid]
    board.select(oid)
    column = board.columns[Stage.INTERESTED]
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert jobs.opening(oid).stage == Stage.REFERRAL
    # Focus follows the opening, so the next press moves it on again.
    focused = board.focusWidget()
    assert focused is board.columns[Stage.REFERRAL]
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert jobs.opening(oid).stage == Stage.APPLIED
    assert board.columns[Stage.APPLIED].count() == 1
    assert board.columns[Stage.INTERESTED].count() == 0
    qtbot.keyClick(
        board.columns[Stage.APPLIED], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier
    )
    assert jobs.opening(oid).stage == Stage.REFERRAL
    window.actions_[ActionKey.UNDO].trigger()
    assert jobs.opening(oid).stage == Stage.APPLIED
    assert board.columns[Stage.APPLIED].count() == 1
    window.actions_[ActionKey.UNDO].trigger()
    window.actions_[ActionKey.UNDO].trigger()
    assert jobs.opening(oid).stage == Stage.INTERESTED
    assert board.columns[Stage.INTERESTED].count() == 1


def test_right_to_left_the_next_stage_is_to_the_left(qtbot, make_window):
    window = make_window()
    jobs = window.context.jobs
    oid = jobs.add_opening(OpeningFields("Fawry", "Analyst"), Stage.APPLIED)
    board = _board(qtbot, window)
    board.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    board.select(oid)
    column = board.columns[Stage.APPLIED]
    qtbot.keyClick(column, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert jobs.opening(oid).stage == Stage.INTERVIEWING


def test_a_drop_on_another_column_moves_the_opening(qtbot, make_window):
    window = make_window()
    jobs = window.context.jobs
    oid = jobs.add_opening(OpeningFields("Swvl", "Lead"))
    board = _board(qtbot, window)
    board.select(oid)
    # What StageList.dropEvent emits once the drag is over (a drag cannot be scripted).
    with qtbot.wait_signal(board.columns[Stage.OFFER].moved):
        board.columns[Stage.OFFER].moved.emit(oid, Stage.OFFER)
    assert jobs.opening(oid).stage == Stage.OFFER
    assert board.columns[Stage.OFFER].count() == 1


def test_list_view_and_the_opening_with_who_can_help(qtbot, make_window):
    window = make_window()
    contacts, jobs = window.context.contacts, window.context.jobs
    sara = contacts.add(ContactData(given_name="Sara", family_name="Ali", organization="Careem"))
    when = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=3)
    window.context.interactions.log(InteractionData(when), [sara])
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist", "https://x.example/1"))
    jobs.add_opening(OpeningFields("Fawry", "Analyst"), Stage.CLOSED)
    board = _board(qtbot, window)
    board.tabs.setCurrentIndex(1)
    assert board.list.topLevelItemCount() == 2
    first = board.list.topLevelItem(0)
    assert first is not None
    board.list.setCurrentItem(first)
    assert board.selected is not None
    board.select(oid)
    detail = board.detail
    qtbot.waitUntil(lambda: detail.selected_person() == sara)
    top = detail.people.topLevelItem(0)
    assert top is not None and "works at" in top.text(2)
    assert "Sara Ali" in detail.why.text()
    assert "Data Scientist" in detail.title.text()
    # Ctrl+Right in the list moves it too.
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert jobs.opening(oid).stage == Stage.REFERRAL


def test_delete_key_deletes_the_selected_opening_undoably(qtbot, make_window):
    window = make_window()
    jobs = window.context.jobs
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    board = _board(qtbot, window)
    board.select(oid)
    board.columns[Stage.INTERESTED].setFocus()
    qtbot.keyClick(board.columns[Stage.INTERESTED], Qt.Key.Key_Delete)
    assert jobs.openings() == []
    window.actions_[ActionKey.UNDO].trigger()
    assert [o.id for o in jobs.openings()] == [oid]


def test_arrow_keys_go_from_column_to_column(qtbot, make_window):
    window = make_window()
    jobs = window.context.jobs
    first = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    second = jobs.add_opening(OpeningFields("Fawry", "Analyst"), Stage.APPLIED)
    board = _board(qtbot, window)
    board.select(first)
    qtbot.keyClick(board.columns[Stage.INTERESTED], Qt.Key.Key_Right)
    assert board.focusWidget() is board.columns[Stage.REFERRAL]  # empty: nothing selected
    assert board.selected == first
    qtbot.keyClick(board.columns[Stage.REFERRAL], Qt.Key.Key_Right)
    assert board.focusWidget() is board.columns[Stage.APPLIED]
    assert board.selected == second
    assert jobs.opening(second) is not None and jobs.opening(first) is not None
    qtbot.keyClick(board.columns[Stage.APPLIED], Qt.Key.Key_Left)
    assert board.focusWidget() is board.columns[Stage.REFERRAL]


def test_new_opening_and_a_target_from_the_board(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from netdesk.ui import opening_dialog

    window = make_window()
    board = _board(qtbot, window)

    class Auto(opening_dialog.OpeningDialog):
        def exec(self) -> int:
            self.accept()  # empty: refused with a message, the dialog stays
            assert self.error.isVisibleTo(self)
            self.organization.setText("Instabug")
            self.title.setText("Mobile Engineer")
            self.link.setText("https://instabug.example/jobs/7")
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(opening_dialog, "OpeningDialog", Auto)
    board.new_opening()
    (entry,) = window.context.jobs.openings()
    assert (entry.title, entry.organization, entry.link) == (
        "Mobile Engineer",
        "Instabug",
        "https://instabug.example/jobs/7",
    )
    assert board.selected == entry.id and board.columns[Stage.INTERESTED].count() == 1
    window.parts.dialogs.text_answer = "Fawry"
    board.add_target()
    assert [t.name for t in window.context.jobs.targets()] == ["Fawry", "Instabug"]
    assert "Fawry" in board.targets.text()
