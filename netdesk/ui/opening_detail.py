"""One opening and the people who can help there, ranked, each with why."""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.outreach import Purpose
from netdesk.models.labels import format_date
from netdesk.models.strength_icons import icon_for
from netdesk.services.background import Latest, Task
from netdesk.services.job_words import explain, relation_label, stage_label, why
from netdesk.services.jobs import OpeningEntry, ReferralPath
from netdesk.translation import fill
from netdesk.ui.bidi import auto_label, isolate
from netdesk.ui.outreach import LAUNCHER, Extras, fill_outreach_menu, reach_out
from netdesk.ui.window_parts import WindowParts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OpeningDetail(QWidget):
    """Signals:
    edit_requested: the user wants to edit the shown opening.
    """

    edit_requested = Signal()

    def __init__(self, parts: WindowParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.opening: OpeningEntry | None = None
        self.paths: list[ReferralPath] = []
        self._latest = Latest()
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setOpenExternalLinks(False)
        self.facts.linkActivated.connect(self._open_link)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.people = QTreeWidget()
        # The why names the relation first ("works at", "used to work at", "met … there").
        self.people.setHeaderLabels([self.tr("Name"), self.tr("Tie"), self.tr("Why")])
        self.people.setRootIsDecorated(False)
        self.people.setWordWrap(True)
        self.people.setAccessibleName(self.tr("Who can help"))
        header = self.people.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.people.itemActivated.connect(lambda _i, _c: self.ask_selected())
        self.people.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.people.currentItemChanged.connect(lambda item, _old: self._show_why(item))
        self.ask = QPushButton(self.tr("Ask for a &Referral…"))
        self.ask.clicked.connect(self.ask_selected)
        self.reach = QToolButton()
        self.reach.setText(self.tr("Reach Out"))
        self.reach.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reach.setMenu(QMenu(self.reach))
        self.reach.menu().aboutToShow.connect(self._fill_reach_menu)
        self.show_person = QPushButton(self.tr("Show &Contact"))
        self.show_person.clicked.connect(self._show_person)
        self.edit = QPushButton(self.tr("&Edit Opening…"))
        self.edit.clicked.connect(self.edit_requested)
        # Two rows: the board beside it must still fit a small screen.
        buttons = QHBoxLayout()
        for widget in (self.ask, self.reach):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.show_person)
        more.addStretch(1)
        more.addWidget(self.edit)
        self.heading = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes)
        layout.addWidget(self.heading)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self.show_opening(None)

    def show_opening(self, entry: OpeningEntry | None) -> None:
        self.opening = entry
        self.edit.setEnabled(entry is not None)
        if entry is None:
            self.title.setText(self.tr("No opening selected"))
            self.facts.clear()
            self.notes.clear()
            self.heading.clear()
            self.why.clear()
            self.people.clear()
            self.paths = []
            self._update_buttons()
            return
        auto_label(self.title, entry.title)
        since = format_date(entry.stage_on)
        parts = [
            html.escape(isolate(entry.organization)),
            html.escape(fill(self.tr("%1 since %2"), stage_label(entry.stage), since)),
        ]
        if entry.source:
            parts.append(html.escape(fill(self.tr("found via %1"), isolate(entry.source))))
        if entry.link:
            link = html.escape(entry.link, quote=True)
            parts.append(f'<a href="{link}">{html.escape(isolate(entry.link))}</a>')
        # Rich text takes its direction from its first letter, which may be an Arabic
        # organisation in an English window: start it with the window's own mark.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        self.facts.setText(mark + " · ".join(parts))
        auto_label(self.notes, entry.notes)
        self.notes.setVisible(bool(entry.notes))
        self.heading.setText(fill(self.tr("Who can help at %1"), isolate(entry.organization)))
        self._load_paths(entry)

    def _load_paths(self, entry: OpeningEntry) -> None:
        jobs = self.parts.context.jobs

        def op(_cancel: threading.Event) -> list[tuple[ReferralPath, str]]:
            return [(p, why(p, entry.organization)) for p in jobs.paths(entry.organization_id)]

        Task(op, parent=self, success=self._show_paths, latest=self._latest).run_in_background()

    def _show_paths(self, rows: list[tuple[ReferralPath, str]]) -> None:
        self.people.clear()
        self.paths = [p for p, _ in rows]
        for path, words in rows:
            tie = path.strength
            item = QTreeWidgetItem([isolate(path.person.display_name), str(tie.score), words])
            item.setIcon(1, icon_for(tie.level, tie.score))
            item.setToolTip(1, explain(tie))
            item.setToolTip(2, words)
            item.setData(2, ID_ROLE, relation_label(path.relation))
            item.setData(0, ID_ROLE, path.id)
            self.people.addTopLevelItem(item)
        if not rows:
            self.people.addTopLevelItem(
                QTreeWidgetItem([self.tr("No one you know there yet."), "", ""])
            )
        for column in range(2):
            self.people.resizeColumnToContents(column)
        first = self.people.topLevelItem(0)
        if first is not None:
            self.people.setCurrentItem(first)
        self._update_buttons()

    def _show_why(self, item: QTreeWidgetItem | None) -> None:
        """The selected person's why in full, under the list (its column is cut short)."""
        if item is None or item.data(0, ID_ROLE) is None:
            self.why.clear()
            return
        name, words = item.text(0), item.text(2)
        self.why.setText(fill(self.tr("%1 (%2): %3"), name, str(item.data(2, ID_ROLE)), words))

    def selected_person(self) -> int | None:
        item = self.people.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        on = self.selected_person() is not None
        for widget in (self.ask, self.reach, self.show_person):
            widget.setEnabled(on)

    def ask_selected(self) -> None:
        cid = self.selected_person()
        if cid is not None and self.opening is not None:
            reach_out(self.parts, cid, Purpose.REFERRAL, Extras(opening=self.opening))

    def _fill_reach_menu(self) -> None:
        menu = self.reach.menu()
        menu.clear()
        cid = self.selected_person()
        if cid is not None:
            fill_outreach_menu(menu, self.parts, cid)

    def _show_person(self) -> None:
        cid = self.selected_person()
        if cid is not None:
            self.parts.show_contact_anywhere(cid)

    def _open_link(self, url: str) -> None:
        LAUNCHER.open_url(url)
