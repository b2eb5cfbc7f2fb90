"""The column-mapping step for a CSV file whose layout NetDesk does not know."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.io.csv_headers import Field
from netdesk.io.csv_table import CsvTable
from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.forms import ok_cancel
from netdesk.ui.sizing import fit_to_content


class CsvMappingDialog(QDialog):
    def __init__(
        self, source: str, table: CsvTable, mapping: dict[int, Field], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match Columns"))
        names = {
            Field.GIVEN_NAME: self.tr("Given name"),
            Field.MIDDLE_NAME: self.tr("Middle name"),
            Field.FAMILY_NAME: self.tr("Family name"),
            Field.DISPLAY_NAME: self.tr("Full name"),
            Field.NICKNAME: self.tr("Nickname"),
            Field.EMAIL: self.tr("Email"),
            Field.PHONE: self.tr("Phone"),
            Field.ORGANIZATION: self.tr("Organisation"),
            Field.DEPARTMENT: self.tr("Department"),
            Field.JOB_TITLE: self.tr("Title"),
            Field.NOTES: self.tr("Notes"),
            Field.URL: self.tr("Web or profile link"),
            Field.ADDRESS: self.tr("Address"),
            Field.TAGS: self.tr("Tags"),
            Field.BIRTHDAY: self.tr("Birthday"),
            Field.IGNORE: self.tr("(do not import)"),
        }
        width = max((len(r) for r in table.rows[:50]), default=0)
        width = max(width, len(table.headers or []))
        intro = QLabel(
            fill(
                self.tr(
                    "%1 is a CSV file NetDesk does not recognise. Say what each column holds; "
                    "NetDesk guessed from the headers and the values."
                ),
                isolate(source),
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(width, 3)
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Import as")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for col in range(width):
            header = (
                table.headers[col]
                if table.headers and col < len(table.headers)
                else fill(self.tr("Column %1"), str(col + 1))
            )
            samples = [r[col] for r in table.rows[:20] if col < len(r) and r[col].strip()][:3]
            self.table.setItem(col, 0, QTableWidgetItem(header))
            self.table.setItem(col, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            for field in Field:
                combo.addItem(names[field], field.value)
            combo.setCurrentIndex(combo.findData(mapping.get(col, Field.IGNORE).value))
            self.table.setCellWidget(col, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_content(self, QSize(720, 460))

    def mapping(self) -> dict[int, Field]:
        return {
            col: Field(str(combo.currentData()))
            for col, combo in enumerate(self.combos)
            if combo.currentData() != Field.IGNORE.value
        }
