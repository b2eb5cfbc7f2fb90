"""The week's touches against the weekly goal, for Today and the Network Health dashboard."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QWidget

from netdesk.services.context import AppContext
from netdesk.settings import Settings
from netdesk.translation import fill
from netdesk.ui.follow_changes import FollowChanges


class WeeklyGoalBox(QGroupBox):
    """People reached this week against the goal set in Preferences."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("This week"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.words = QLabel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.words)
        layout.addWidget(self.bar, 1)
        self.follow = FollowChanges(self, self.refresh, context)
        self.refresh()

    def refresh(self) -> None:
        goal = Settings(self.context.data_dir).weekly_goal
        done = self.context.jobs.touches_this_week()
        self.bar.setRange(0, max(goal, 1))
        self.bar.setValue(min(done, max(goal, 1)))
        locale = QLocale()
        if goal and done >= goal:
            text = fill(
                self.tr("Weekly goal reached: %1 touches (the goal is %2)"),
                locale.toString(done),
                locale.toString(goal),
            )
        elif goal:
            text = fill(
                self.tr("%1 of %2 touches toward your weekly goal"),
                locale.toString(done),
                locale.toString(goal),
            )
        else:
            text = self.tr("%n touch(es) this week", "", done)
        self.words.setText(text)
        self.bar.setVisible(goal > 0)
