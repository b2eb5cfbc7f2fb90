"""The capture preview: who each source's conversations are with, and how they matched.

One branch per source (its kind, items read and skipped), one row per correspondent:
the contact they matched and how (email, phone, profile link, name), their messages,
days and date range. A matched row's tick keeps it; an unknown row's tick adds the person
as a contact, with their conversations. "Keep the text" keeps message texts in notes.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.io.capture.conversations import Correspondent
from netdesk.models.labels import format_date
from netdesk.services.capture import CaptureChoices, CapturePlan, SourcePlan
from netdesk.translation import fill
from netdesk.ui.bidi import isolate


class PreviewCol(enum.IntEnum):
    PERSON = 0
    CONTACT = 1
    HOW = 2
    MESSAGES = 3
    DAYS = 4
    RANGE = 5


_PAIR = Qt.ItemDataRole.UserRole + 1  # (source index, person index) of a row


class CapturePreviewDialog(QDialog):
    """Shows a ``CapturePlan``; ``choices()`` and ``keep_text()`` say what the user kept."""

    def __init__(self, plan: CapturePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capture Conversations"))
        self._plan = plan
        self._locale = QLocale()
        self._kinds = {
            "ics": self.tr("Calendar"),
            "caldav": self.tr("Calendar"),
            "mbox": self.tr("Mailbox"),
            "eml": self.tr("Mail files"),
            "whatsapp": self.tr("WhatsApp chat"),
            "linkedin_messages": self.tr("LinkedIn messages"),
            "telegram": self.tr("Telegram chat"),
        }
        self._how = {
            "email": self.tr("email"),
            "phone": self.tr("phone number"),
            "profile": self.tr("profile link"),
            "name": self.tr("name"),
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(PreviewCol))
        self.tree.setHeaderLabels(
            [self.tr("Person"), self.tr("Contact"), self.tr("Matched by"), self.tr("Messages"),
             self.tr("Days"), self.tr("From – to")]
        )  # fmt: skip
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_unknown = QPushButton(self.tr("Add All Unknown as Contacts"))
        self.add_unknown.clicked.connect(self._tick_unknown)
        self.keep = QCheckBox(self.tr("Keep the text of messages in the notes"))
        self.keep.setToolTip(
            self.tr("Off: only the date, the people, a count and a subject or first line.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Capture"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.add_unknown, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.keep)
        layout.addWidget(buttons)
        self.tree.itemChanged.connect(lambda *_: self._update_summary())
        self._update_summary()
        self.resize(980, 560)

    def _fill(self) -> None:
        for s, source in enumerate(self._plan.sources):
            branch = QTreeWidgetItem(self.tree, [self._source_title(source)])
            branch.setFirstColumnSpanned(True)
            font = branch.font(PreviewCol.PERSON)
            font.setBold(True)
            branch.setFont(PreviewCol.PERSON, font)
            for p, person in enumerate(source.read.people):
                self._person_row(branch, s, p, person)
            branch.setExpanded(True)

    def _source_title(self, source: SourcePlan) -> str:
        name = isolate(source.path.name)
        if source.error:
            return fill(self.tr("%1 — cannot be read: %2"), name, source.error)
        read = source.read
        kind = self._kinds.get(source.kind, source.kind)
        return fill(
            self.tr("%1 — %2: %3 read, %4 skipped, %5 conversations"),
            name,
            kind,
            self._locale.toString(read.items),
            self._locale.toString(read.skipped),
            self._locale.toString(len(read.conversations)),
        )

    def _person_row(self, branch: QTreeWidgetItem, s: int, p: int, person: Correspondent) -> None:
        known = person.contact_id is not None
        detail = ", ".join(person.emails + person.phones) or person.label()
        first, last = person.first, person.last
        span = ""
        if first is not None and last is not None:
            span = f"{format_date(first, self._locale)} – {format_date(last, self._locale)}"
        # A number or an address reads left to right in either interface (an embedding: the
        # item views lay isolates out as if they were not there).
        label = isolate(person.label()) if person.name else f"\u202a{person.label()}\u202c"
        row = QTreeWidgetItem(
            branch,
            [
                label,
                isolate(person.contact_name) if known else self.tr("Not in your contacts"),
                self._how.get(person.how, "") if known else "",
                self._locale.toString(person.messages),
                self._locale.toString(len(person.days)),
                span,
            ],
        )
        row.setToolTip(PreviewCol.PERSON, isolate(detail))
        row.setData(PreviewCol.PERSON, _PAIR, (s, p))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(
            PreviewCol.PERSON, Qt.CheckState.Checked if known else Qt.CheckState.Unchecked
        )
        if not known:
            row.setToolTip(
                PreviewCol.CONTACT, self.tr("Tick to add as a contact with these conversations")
            )

    def _rows(self) -> list[tuple[QTreeWidgetItem, Correspondent, tuple[int, int]]]:
        found = []
        for b in range(self.tree.topLevelItemCount()):
            branch = self.tree.topLevelItem(b)
            rows = [branch.child(c) for c in range(branch.childCount())] if branch else []
            for row in filter(None, rows):
                s, p = row.data(PreviewCol.PERSON, _PAIR)
                found.append((row, self._plan.sources[s].read.people[p], (s, p)))
        return found

    def _tick_unknown(self) -> None:
        for row, person, _pair in self._rows():
            if person.contact_id is None:
                row.setCheckState(PreviewCol.PERSON, Qt.CheckState.Checked)

    def choices(self) -> CaptureChoices:
        chosen = CaptureChoices()
        for row, person, pair in self._rows():
            ticked = row.checkState(PreviewCol.PERSON) == Qt.CheckState.Checked
            if person.contact_id is None and ticked:
                chosen.add.add(pair)
            elif not ticked:
                chosen.left_out.add(pair)
        return chosen

    def keep_text(self) -> bool:
        return self.keep.isChecked()

    def _update_summary(self) -> None:
        rows = self._rows()
        matched = sum(1 for _r, person, _p in rows if person.contact_id is not None)
        # Someone met in several sources (the same address) is one unknown person.
        unknown = len({_identity(p) for _r, p, _pair in rows if p.contact_id is None})
        chosen = self.choices()
        count = sum(
            1
            for s, source in enumerate(self._plan.sources)
            for conversation in source.read.conversations
            if any(
                (s, p) not in chosen.left_out
                and (source.read.people[p].contact_id is not None or (s, p) in chosen.add)
                for p in conversation.people
            )
        )
        self.summary.setText(
            fill(
                self.tr(
                    "%1 people matched your contacts; %2 you talk to are not in your contacts "
                    "(tick them to add them). %3 conversations will be on the timelines."
                ),
                self._locale.toString(matched),
                self._locale.toString(unknown),
                self._locale.toString(count),
            )
        )
        self.ok.setEnabled(count > 0)


def _identity(person: Correspondent) -> str:
    return (person.emails or person.phones or person.profiles or [person.name])[0].lower()
