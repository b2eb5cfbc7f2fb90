"""Record an introduction: someone introduced me to a person, or I introduced two people."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.services.context import AppContext
from netdesk.translation import fill
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.interaction_dialog import ParticipantPicker
from netdesk.ui.sizing import fit_to_content


class IntroductionDialog(QDialog):
    def __init__(
        self, context: AppContext, selected: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Record an Introduction"))
        self.to_me = QRadioButton(self.tr("Someone introduced me to a person"))
        self.by_me = QRadioButton(self.tr("I introduced two people to each other"))
        self.to_me.setChecked(True)
        self.first = ParticipantPicker(context.contacts)
        self.second = ParticipantPicker(context.contacts)
        if selected:
            self.first.add(selected[0])
        if len(selected) > 1:
            self.second.add(selected[1])
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. both work on payments in Cairo"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.to_me)
        form.addRow(self.by_me)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.to_me.toggled.connect(self._relabel)
        self._relabel()
        fit_to_content(self, QSize(520, 420))

    def _relabel(self) -> None:
        if self.to_me.isChecked():
            self.first_label.setText(self.tr("Who introduced me:"))
            self.second_label.setText(self.tr("To whom:"))
        else:
            self.first_label.setText(self.tr("I introduced:"))
            self.second_label.setText(self.tr("To:"))

    def _problem(self) -> str:
        first, second = self.first.ids(), self.second.ids()
        if len(first) != 1 or len(second) != 1:
            return self.tr("Choose one person in each field.")
        if first == second:
            return self.tr("Choose two different people.")
        return ""

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def apply(self) -> int:
        """Record the introduction and log it on both people's timelines, as one undo step."""
        first, second = self.first.ids()[0], self.second.ids()[0]
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        note = self.note.text().strip()
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Record introduction"))
        try:
            if self.to_me.isChecked():
                # first introduced me to second.
                iid = self.context.network.add_introduction(second, None, first, day, note)
                direction, summary = Direction.RECEIVED, self.tr("Introduced me to %1")
                names = self.context.contacts.rows([second])
                summary = fill(summary, names[second].display_name)
            else:
                iid = self.context.network.add_introduction(first, second, None, day, note)
                direction = Direction.GAVE
                names = self.context.contacts.rows([first, second])
                summary = fill(
                    self.tr("I introduced %1 and %2"),
                    names[first].display_name,
                    names[second].display_name,
                )
            self.context.interactions.log(
                InteractionData(
                    when=dt.datetime.combine(day, dt.time(12, 0)),
                    kind=InteractionKind.INTRODUCTION,
                    direction=direction,
                    summary=summary,
                    notes=note,
                ),
                [first, second],
            )
        finally:
            stack.endMacro()
        return iid
