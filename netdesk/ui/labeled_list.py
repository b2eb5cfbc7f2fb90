"""A small editor for a list of labelled values (emails, phones, addresses, links)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import Labeled


class LabeledListEditor(QWidget):
    def __init__(self, value_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = QTableWidget(0, 2, self)
        self._table.setHorizontalHeaderLabels([value_title, self.tr("Label")])
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setMinimumHeight(90)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._on_add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._on_remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)

    def set_values(self, values: list[Labeled]) -> None:
        self._table.setRowCount(0)
        for item in values:
            self.append(item.value, item.label)

    def append(self, value: str = "", label: str = "") -> None:
        row = self._table.rowCount()
        self._table.insertRow(row)
        self._table.setItem(row, 0, QTableWidgetItem(value))
        self._table.setItem(row, 1, QTableWidgetItem(label))

    def values(self) -> list[Labeled]:
        out = []
        for row in range(self._table.rowCount()):
            value = self._table.item(row, 0)
            label = self._table.item(row, 1)
            text = value.text().strip() if value else ""
            if text:
                out.append(Labeled(text, label.text().strip() if label else ""))
        return out

    def _on_add(self) -> None:
        self.append()
        row = self._table.rowCount() - 1
        self._table.setCurrentCell(row, 0)
        item = self._table.item(row, 0)
        if item is not None:
            self._table.editItem(item)

    def _on_remove(self) -> None:
        rows = sorted({i.row() for i in self._table.selectedIndexes()}, reverse=True)
        for row in rows:
            self._table.removeRow(row)
