"""The main window's widgets as built at start, and its saved layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.contact_table import ContactTableModel
from netdesk.settings import Settings
from netdesk.ui.actions import Actions
from netdesk.ui.first_menus import build_toolbar


def contact_table(model: ContactTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName("contactTable")
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Contacts"))
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    for column, width in enumerate((200, 170, 150)):
        header.resizeSection(column, width)
    return table


def main_toolbar(
    window: QMainWindow, actions: Actions, focus_search: Callable[[], None]
) -> tuple[QToolBar, QLineEdit]:
    """The toolbar: its buttons, then the search at the far end; Ctrl+F finds the search,
    Escape clears it."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    build_toolbar(bar, actions)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    search = search_field()
    bar.addWidget(search)
    window.addToolBar(bar)
    find = QAction(window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(focus_search)
    window.addAction(find)
    clear = QAction(window)
    clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    clear.triggered.connect(search.clear)
    search.addAction(clear)
    return bar, search


def selected_rows(table: QTableView) -> list[int]:
    """The selected rows, in order, from the selection's ranges: ``selectedRows()`` asks
    the model about every cell of every selected row (5,000 rows: 40,000 calls into
    Python)."""
    rows: set[int] = set()
    selection = table.selectionModel().selection()
    for i in range(selection.count()):
        span = selection.at(i)
        rows.update(range(span.top(), span.bottom() + 1))
    return sorted(rows)


def single_shot(parent: QObject, msec: int, slot: Callable[[], object]) -> QTimer:
    """A restartable timer that calls ``slot`` once, ``msec`` after its last start."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer


def search_field() -> QLineEdit:
    search = QLineEdit()
    search.setObjectName("search")
    search.setPlaceholderText(
        QCoreApplication.translate(
            "MainWindow", "Search people, notes and the timeline (e.g. visa, circle:classmate)"
        )
    )
    search.setClearButtonEnabled(True)
    search.setAccessibleName(QCoreApplication.translate("MainWindow", "Search contacts"))
    search.setMinimumWidth(300)
    return search


def column(*widgets: QWidget, margins: tuple[int, int] = (0, 0), spacing: int = -1) -> QWidget:
    """``widgets`` one above the other (``margins``: left and right)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(margins[0], 0, margins[1], 0)
    if spacing >= 0:
        layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def splitter(
    name: str, orientation: Qt.Orientation, widgets: list[QWidget], sizes: list[int]
) -> QSplitter:
    split = QSplitter(orientation)
    split.setObjectName(name)
    for widget in widgets:
        split.addWidget(widget)
    split.setSizes(sizes)
    return split


Saved = tuple[str, Callable[[], QByteArray], Callable[[QByteArray], object]]


def _saved_parts(
    window: QMainWindow, splitters: dict[str, QSplitter], table: QTableView
) -> list[Saved]:
    """Each remembered part of the window: its settings name, how to save and restore it."""
    header = table.horizontalHeader()
    return [
        ("geometry", window.saveGeometry, window.restoreGeometry),
        ("state", window.saveState, window.restoreState),
        *((name, split.saveState, split.restoreState) for name, split in splitters.items()),
        ("table_header", header.saveState, header.restoreState),
    ]


def restore_layout(
    settings: Settings, window: QMainWindow, splitters: dict[str, QSplitter], table: QTableView
) -> None:
    """The window, its splitters and the table's columns as they were left."""
    for name, _save, restore in _saved_parts(window, splitters, table):
        state = settings.window_state(name)
        if state is not None:
            restore(state)
    if settings.window_state("geometry") is None:
        window.resize(1280, 800)


def save_layout(
    settings: Settings, window: QMainWindow, splitters: dict[str, QSplitter], table: QTableView
) -> None:
    for name, save, _restore in _saved_parts(window, splitters, table):
        settings.set_window_state(name, save())
    settings.sync()
