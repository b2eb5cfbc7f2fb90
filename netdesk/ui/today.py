"""Today: a short list of what to do now, and the week's goal of people reached.

People due (a few; the Due view lists them all), asks whose follow-up has come, openings
waiting on the user, and suggested reconnects. Enter (or a double click) on a person
shows them in the window; on an opening, opens the job board there.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from netdesk.services.background import Latest, Task
from netdesk.services.job_words import reason
from netdesk.services.jobs import TodayItem, TodayKind
from netdesk.ui.bidi import isolate
from netdesk.ui.follow_changes import FollowChanges
from netdesk.ui.outreach import fill_outreach_menu
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.weekly_goal import WeeklyGoalBox
from netdesk.ui.window_parts import WindowParts

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class Today(QDialog):
    """The daily list; keeps itself current while shown."""

    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.widget)
        self.parts = parts
        self.items: list[TodayItem] = []
        self._latest = Latest()
        self.setWindowTitle(self.tr("Today"))
        self.goal = WeeklyGoalBox(parts.context)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("What"), self.tr("Who or which"), self.tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Today"))
        self.list.itemActivated.connect(lambda item, _c: self.open_item(item))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reach = QToolButton()
        self.reach.setText(self.tr("Reach Out"))
        self.reach.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reach.setMenu(QMenu(self.reach))
        self.reach.menu().aboutToShow.connect(self._fill_reach_menu)
        due = QPushButton(self.tr("All Who Are &Due"))
        due.clicked.connect(parts.show_due)
        board = QPushButton(self.tr("Job &Search…"))
        board.clicked.connect(lambda: self.open_board(None))
        row = QHBoxLayout()
        row.addWidget(self.reach)
        row.addStretch(1)
        row.addWidget(due)
        row.addWidget(board)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.goal)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.follow = FollowChanges(self, self.refresh, parts.context)
        parts.context.jobs.changed.connect(self.refresh)
        fit_to_content(self, QSize(760, 520))
        self.refresh()

    def kind_label(self, kind: str) -> str:
        return {
            TodayKind.DUE: self.tr("Due"),
            TodayKind.FOLLOW_UP: self.tr("Follow up"),
            TodayKind.OPENING: self.tr("Opening"),
            TodayKind.RECONNECT: self.tr("Reconnect"),
        }.get(kind, kind)

    def refresh(self) -> None:
        jobs = self.parts.context.jobs

        def op(_cancel: threading.Event) -> list[tuple[TodayItem, str]]:
            return [(item, reason(item)) for item in jobs.today()]

        Task(op, parent=self, success=self._show, latest=self._latest).run_in_background()

    def _show(self, rows: list[tuple[TodayItem, str]]) -> None:
        self.list.clear()
        self.items = [item for item, _ in rows]
        for index, (item, why) in enumerate(rows):
            row = QTreeWidgetItem([self.kind_label(item.kind), isolate(item.display_name), why])
            row.setData(0, ITEM_ROLE, index)
            row.setToolTip(2, why)
            self.list.addTopLevelItem(row)
        if not rows:
            self.list.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing for today."), ""]))
        for column in range(2):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def current(self) -> TodayItem | None:
        row = self.list.currentItem()
        index = row.data(0, ITEM_ROLE) if row is not None else None
        return None if index is None else self.items[int(index)]

    def _update_buttons(self) -> None:
        item = self.current()
        self.reach.setEnabled(item is not None and item.kind != TodayKind.OPENING)

    def _fill_reach_menu(self) -> None:
        menu = self.reach.menu()
        menu.clear()
        item = self.current()
        if item is not None and item.kind != TodayKind.OPENING:
            fill_outreach_menu(menu, self.parts, item.id)

    def open_item(self, row: QTreeWidgetItem) -> None:
        index = row.data(0, ITEM_ROLE)
        if index is None:
            return
        item = self.items[int(index)]
        if item.kind == TodayKind.OPENING:
            self.open_board(item.id)
        else:
            self.parts.show_contact_anywhere(item.id)

    def open_board(self, opening: int | None) -> None:
        from netdesk.ui.job_board import JobBoardWindow
        from netdesk.ui.network_actions import bring_forward

        board = bring_forward(self.parts.widget, JobBoardWindow, lambda: JobBoardWindow(self.parts))
        if opening is not None:
            board.select(opening)
