"""A small editor for a list of labelled values (emails, phones, addresses, links)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import Labeled
from netdesk.models.labels import stored_value_label, value_label, value_labels


class _LeftToRight(QStyledItemDelegate):
    """Numbers, addresses and links read left to right in an Arabic window too: laid out in
    the window's direction, "+20 100 123 4567" showed as "4567 123 100 20+"."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = (
            Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
        )

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return editor


class LabeledListEditor(QWidget):
    def __init__(
        self, value_title: str, parent: QWidget | None = None, *, left_to_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._table = QTableWidget(0, 2, self)
        if left_to_right:
            self._table.setItemDelegateForColumn(0, _LeftToRight(self._table))
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
        # The common labels in the interface language to pick from, any other to type.
        picker = QComboBox()
        picker.setEditable(True)
        picker.addItems(value_labels())
        picker.setCurrentText(value_label(label))
        self._table.setCellWidget(row, 1, picker)

    def values(self) -> list[Labeled]:
        out = []
        for row in range(self._table.rowCount()):
            value = self._table.item(row, 0)
            picker = self._table.cellWidget(row, 1)
            text = value.text().strip() if value else ""
            label = picker.currentText() if isinstance(picker, QComboBox) else ""
            if text:
                out.append(Labeled(text, stored_value_label(label)))
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
