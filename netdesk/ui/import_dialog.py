"""The import preview: what will be added, merged or skipped, and why, before any write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.cadence import default_cadence
from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label
from netdesk.services.importer import Action, PlanItem
from netdesk.translation import fill
from netdesk.ui.bidi import isolate, lines_in_ui_direction
from netdesk.ui.import_table import LEFT_OUT, Col, PreviewTable, RowTexts
from netdesk.ui.sizing import fit_to_content

# Rows measured to fit the columns (each measured row's texts are made).
_MEASURED_ROWS = 100
# Columns of user text, kept narrow enough for the reason to show; elided, the full
# text is in the tooltip.
_WIDEST = {Col.NAME: 170, Col.ORGANIZATION: 150, Col.TITLE: 150, Col.REACH: 170, Col.INTO: 150}


class ImportPreviewDialog(QDialog):
    """Every row of the file with what will happen to it; the user unticks rows to leave
    them out, checks a possible duplicate to merge it, and gives everyone imported a
    circle, a keep-in-touch cadence and tags.

    ``names`` holds the names of the contacts rows merge into (by id); ``cadence_for``
    gives a circle's default cadence (the user's Preferences).
    """

    def __init__(
        self,
        source: str,
        plan: list[PlanItem],
        warnings: list[str],
        parent: QWidget | None = None,
        names: dict[int, str] | None = None,
        cadence_for: Callable[[str], int | None] = default_cadence,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts"))
        self._source = source
        self._plan = plan
        self._target_names = names or {}
        self._cadence_for = cadence_for
        self._names = {
            Action.ADD: self.tr("Add"),
            Action.MERGE: self.tr("Merge"),
            Action.SKIP: self.tr("Skip"),
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._build_table()
        self.circle = QComboBox()
        self.circle.addItem(self.tr("(keep as in the file)"), "")
        for circle in Circle:
            self.circle.addItem(circle_label(circle.value), circle.value)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("No reminder"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setToolTip(
            self.tr("For everyone imported without a cadence of their own; it starts today.")
        )
        self.circle.currentIndexChanged.connect(self._on_circle_changed)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. LinkedIn, Conference 2026"))
        self._lay_out(plan, warnings)
        self._update_summary()
        fit_to_content(self, QSize(1040, 560))

    def _build_table(self) -> None:
        headers = [
            "✓",
            self.tr("Action"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Title"),
            self.tr("Email or phone"),
            self.tr("Merges into"),
            self.tr("Why"),
        ]
        tips = [self.tr("Tick or untick every row")] + [""] * (len(Col) - 1)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.model = PreviewTable(self._plan, (headers, tips), self._row_texts, grey, self)
        self.model.counts_changed.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        header = self.table.horizontalHeader()
        header.sectionClicked.connect(self._on_header_clicked)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Every row is one line: the view need not ask each row for its height.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Columns fit the first rows, not all of them (each row measured is made).
        header.setResizeContentsPrecision(_MEASURED_ROWS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        for column, widest in _WIDEST.items():
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)
        # The reason takes what is left, elided; its tooltip has it whole.
        header.setSectionResizeMode(Col.WHY, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self, plan: list[PlanItem], warnings: list[str]) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Circle for everyone:"), self.circle)
        form.addRow(self.tr("Keep in touch every:"), self.cadence)
        form.addRow(self.tr("Tags for everyone:"), self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        possible = sum(1 for item in plan if item.possible is not None)
        if possible:
            review = QLabel(
                self.tr(
                    "%n row(s) may be a contact you have or an earlier row, with nothing to "
                    "prove it: each is added as new unless you check it to merge.",
                    "",
                    possible,
                )
            )
            review.setWordWrap(True)
            layout.addWidget(review)
        if warnings:
            shown = warnings[:5] + (
                [self.tr("…and %n more", "", len(warnings) - 5)] if len(warnings) > 5 else []
            )
            note = QLabel(lines_in_ui_direction(shown, self.isRightToLeft()))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _row_texts(self, row: int, merge: bool) -> RowTexts:
        """A row's texts and tooltips, one per column; ``merge``: it merges (as planned,
        or checked by the user)."""
        item = self._plan[row]
        data = item.incoming
        reach = data.emails[0].value if data.emails else data.phones[0].value if data.phones else ""
        why = self._possible(item) if item.possible else self._reason(item.reason)
        differences = item.possible.differences if item.possible else item.differences
        action = Action.MERGE if merge and item.possible is not None else item.action
        texts = {
            Col.TICK: "",
            Col.ACTION: self._names[action],
            Col.NAME: data.best_name(),
            Col.ORGANIZATION: data.organization,
            Col.TITLE: data.job_title,
            Col.REACH: reach,
            Col.INTO: self._into(row, merge),
            Col.WHY: why + self._kept(differences),
        }
        shown, tips = [], []
        for col, text in texts.items():
            user_text = col in _WIDEST
            tip = ""
            if col in (Col.INTO, Col.WHY) and differences:
                tip = self._kept_details(differences)
            elif (user_text or col is Col.WHY) and text:
                tip = isolate(text)
            elif col is Col.TICK and item.action is not Action.SKIP:
                tip = self.tr("Untick to leave this row out of the import")
            shown.append(isolate(text) if user_text and text else text)
            tips.append(tip)
        return shown, tips

    def _into(self, row: int, merge: bool) -> str:
        """Whom the row merges into: a contact you have, or an earlier row of the file."""
        item = self._plan[row]
        if item.possible is not None:
            return item.possible.name if merge else ""
        if item.target is not None:
            return self._target_names.get(item.target, "")
        if item.into_row is not None:
            return self._plan[item.into_row].incoming.best_name()
        return ""

    def _on_header_clicked(self, section: int) -> None:
        if section != Col.TICK:
            return
        # Untick everyone if anyone is ticked, else tick everyone; the summary once.
        tickable = sum(1 for item in self._plan if item.action is not Action.SKIP)
        self.model.tick_all(self.model.counts[LEFT_OUT] >= tickable)

    def _update_summary(self) -> None:
        counts, locale = self.model.counts, QLocale()
        text = fill(
            self.tr("%1: %2 to add, %3 to merge with contacts you have, %4 to skip."),
            isolate(self._source),
            locale.toString(counts[Action.ADD]),
            locale.toString(counts[Action.MERGE]),
            locale.toString(counts[Action.SKIP]),
        )
        if counts[LEFT_OUT]:
            text += " " + self.tr("%n row(s) left out.", "", counts[LEFT_OUT])
        self.summary.setText(text)
        self.import_button.setEnabled(counts[Action.ADD] + counts[Action.MERGE] > 0)

    def _on_circle_changed(self) -> None:
        circle = str(self.circle.currentData())
        self.cadence.setValue((self._cadence_for(circle) if circle else None) or 0)

    def counts(self) -> dict[str, int]:
        """Rows to add, merge, skip and left out, as ticked now."""
        counts = self.model.counts
        return {
            "add": counts[Action.ADD],
            "merge": counts[Action.MERGE],
            "skip": counts[Action.SKIP],
            "left out": counts[LEFT_OUT],
        }

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick a row, as the user does with a click."""
        check = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, Col.TICK), check, Qt.ItemDataRole.CheckStateRole)

    def left_out(self) -> list[int]:
        """The rows the user unticked: neither added nor merged."""
        return [row for row, state in enumerate(self.model.states) if state == LEFT_OUT]

    def chosen_merges(self) -> list[int]:
        """The rows of possible duplicates the user checked to merge (and left ticked)."""
        return [
            row
            for row, state in enumerate(self.model.states)
            if self.model.merge_checked(row) and state != LEFT_OUT
        ]

    def _possible(self, item: PlanItem) -> str:
        assert item.possible is not None
        why = self._reason(item.possible.reason)
        if item.possible.target is None:
            text = self.tr("possible duplicate of %1, an earlier row (%2)")
        else:
            text = self.tr("possible duplicate of %1 (%2)")
        return fill(text, isolate(item.possible.name), why)

    def _field(self, name: str) -> str:
        return {
            "given_name": self.tr("given name"),
            "family_name": self.tr("family name"),
            "nickname": self.tr("nickname"),
            "organization": self.tr("organisation"),
            "job_title": self.tr("title"),
            "department": self.tr("department"),
            "circle": self.tr("circle"),
            "how_met": self.tr("how you met"),
            "can_help_with": self.tr("what they can help with"),
            "location": self.tr("location"),
            "notes": self.tr("notes"),
        }.get(name, name)

    def _kept(self, differences: list[tuple[str, str, str]]) -> str:
        """Where the file differs from what you wrote: yours is kept, and the row says so."""
        if not differences:
            return ""
        fields = "، ".join if self.isRightToLeft() else ", ".join
        return " · " + fill(
            self.tr("keeps your %1"), fields(self._field(f) for f, _m, _t in differences)
        )

    def _kept_details(self, differences: list[tuple[str, str, str]]) -> str:
        return "\n".join(
            fill(
                self.tr("%1: yours “%2”, the file's “%3”"),
                self._field(f),
                isolate(mine),
                isolate(theirs),
            )
            for f, mine, theirs in differences
        )

    def _reason(self, reason: str) -> str:
        """The importer's English reason in the UI language (it has no Qt of its own)."""
        known = {
            "same contact (vCard UID)": self.tr("same contact (vCard UID)"),
            "same email": self.tr("same email"),
            "same phone number": self.tr("same phone number"),
            "same profile link": self.tr("same profile link"),
            "same name and organisation": self.tr("same name and organisation"),
            "same name": self.tr("same name"),
            "no name, email or phone": self.tr("no name, email or phone"),
        }
        suffix = " as an earlier entry (merged into it)"
        if reason.endswith(suffix):
            base = reason.removesuffix(suffix)
            return fill(self.tr("%1 as an earlier entry (merged into it)"), known.get(base, base))
        return known.get(reason, reason)

    def chosen_circle(self) -> str:
        return str(self.circle.currentData())

    def chosen_cadence(self) -> int:
        """Days between catch-ups for everyone imported without a cadence; 0: no reminder."""
        return self.cadence.value()

    def chosen_tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
