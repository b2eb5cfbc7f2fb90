"""Share something: a link and a line, the people who would value it, one "gave" each.

Suggestions follow the words typed (``store.sharing``: can-help-with, tags, circle,
organisation, title and location, favouring people not contacted lately). The text is
copied for the user to send as they like; each checked person then gets one "gave"
interaction on their timeline (one undo step for all).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from netdesk.domain.outreach import Purpose
from netdesk.services.background import Latest, Task
from netdesk.services.job_words import since
from netdesk.services.jobs import Suggestion
from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.outreach import LAUNCHER, Launcher, logged_summary
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.window_parts import WindowParts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ShareDialog(QDialog):
    def __init__(self, parts: WindowParts, launcher: Launcher | None = None) -> None:
        super().__init__(parts.widget)
        self.parts = parts
        self.launcher = launcher or LAUNCHER
        self._latest = Latest()
        self.setWindowTitle(self.tr("Share Something"))
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Why it is worth reading, in a line"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People who would value it"))
        self.people.itemChanged.connect(lambda _i: self._update_buttons())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Link:"), self.link)
        form.addRow(self.tr("L&ine:"), self.line)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.suggest)
        self.link.textChanged.connect(lambda _t: self._timer.start())
        self.line.textChanged.connect(lambda _t: self._timer.start())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share = QPushButton(self.tr("&Copy and Log as Shared"))
        self.share.setDefault(True)
        buttons.addButton(self.share, QDialogButtonBox.ButtonRole.AcceptRole)
        self.share.clicked.connect(self.share_checked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Who would value it:")))
        layout.addWidget(self.people, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        fit_to_content(self, QSize(560, 480))
        self.suggest()

    def text(self) -> str:
        return "\n".join(t for t in (self.line.text().strip(), self.link.text().strip()) if t)

    def suggest(self) -> None:
        jobs, text = self.parts.context.jobs, f"{self.link.text()} {self.line.text()}"

        def op(_cancel: threading.Event) -> list[Suggestion]:
            return jobs.suggest(text)

        Task(op, parent=self, success=self._show, latest=self._latest).run_in_background()

    def _show(self, found: list[Suggestion]) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for index, s in enumerate(found):
            text = fill(
                self.tr("%1 — matches their %2 · %3"),
                isolate(s.display_name),
                self.matched_words(s),
                since(s.days_since),
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index < 3 else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        empty = self.tr("Type a link and a line to see who would value it.")
        self.hint.setText("" if found else empty)
        self._update_buttons()

    def matched_words(self, found: Suggestion) -> str:
        """The fields that matched, in words ("can-help-with, tags")."""
        words = {
            "can_help_with": self.tr("can-help-with"),
            "tags_text": self.tr("tags"),
            "circle": self.tr("circle"),
            "org_name": self.tr("organisation"),
            "job_title": self.tr("title"),
            "location": self.tr("location"),
        }
        comma = "، " if self.isRightToLeft() else ", "
        return comma.join(words.get(f, f) for f in found.matched)

    def checked(self) -> list[int]:
        return [
            int(self.people.item(i).data(ID_ROLE))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        self.share.setEnabled(bool(self.checked()) and bool(self.text()))

    def share_checked(self) -> None:
        people = self.checked()
        if not people or not self.text():
            return
        self.launcher.copy(self.text())
        detail = self.line.text().strip() or self.link.text().strip()
        self.parts.context.jobs.share(people, logged_summary(Purpose.SHARE, detail), self.text())
        self.parts.show_message(
            self.tr("Copied; logged as shared with %n person(s).", "", len(people)), 6000
        )
        self.accept()
