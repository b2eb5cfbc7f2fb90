"""The week's touches against the weekly goal, for Today and the Network Health dashboard."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QWidget

from netdesk.services.background import Latest, Task
from netdesk.services.context import AppContext
from netdesk.settings import Settings
from netdesk.translation import fill
from netdesk.ui.follow_changes import FollowChanges


class WeeklyGoalBox(QGroupBox):
    """People reached this week against the goal set in Preferences.

    The week's touches are counted on a worker (it reads the week's interactions of the
    whole network); until they arrive the words say "…" where the count goes.
    """

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
        self.loading = False
        self._latest = Latest()
        self.refresh()

    def refresh(self) -> None:
        """Count the week's touches on a worker, then show them."""
        jobs = self.context.jobs
        if not self.loading and not self.words.text():  # the first time
            self._show(None)
        self.loading = True
        Task(
            lambda _cancel: jobs.touches_this_week(),
            parent=self,
            success=self._show,
            latest=self._latest,
        ).run_in_background()

    def _show(self, done: int | None) -> None:
        """``done`` touches against the goal; None: not counted yet."""
        self.loading = done is None
        goal = Settings(self.context.data_dir).weekly_goal
        self.bar.setRange(0, max(goal, 1))
        self.bar.setValue(min(done or 0, max(goal, 1)))
        locale = QLocale()
        if done is None:
            text = (
                fill(
                    self.tr("%1 of %2 touches toward your weekly goal"), "…", locale.toString(goal)
                )
                if goal
                else self.tr("Loading…")
            )
        elif goal and done >= goal:
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
