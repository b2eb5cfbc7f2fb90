"""The job search board: openings in stage columns (or a list), and who can help with each.

An opening moves by dragging it to another column, or from the keyboard: Ctrl+Right
moves the selected opening to the next stage and Ctrl+Left to the one before (mirrored
in a right-to-left interface, where the next column is on the left); the arrow keys
alone go from column to column. Each move is one undo step (Edit → Undo).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.labels import format_date
from netdesk.services.job_words import stage_label
from netdesk.services.jobs import OpeningEntry, Stage
from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.opening_detail import OpeningDetail
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.window_parts import WindowParts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def step_of(event: QKeyEvent, right_to_left: bool, ctrl: bool = True) -> int:
    """+1 (next stage), -1 (previous) or 0 for a key press: an arrow key, with Ctrl if
    ``ctrl``, without any modifier if not."""
    held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if held != (Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier):
        return 0
    forward = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()), 0)
    return -forward if right_to_left else forward


def stage_keys(view: StageList | OpeningList, event: QKeyEvent, opening: int | None) -> bool:
    """Ctrl+arrow steps ``opening`` to a neighbouring stage, Delete deletes it; whether the
    key was one of these."""
    step = step_of(event, view.isRightToLeft())
    if opening is None:
        return False
    if step:
        view.stepped.emit(opening, step)
        return True
    if event.matches(QKeySequence.StandardKey.Delete):
        view.deleted.emit(opening)
        return True
    return False


class StageList(QListWidget):
    """One column of the board. Signals:
    moved: (opening id, stage) an opening was dropped here.
    neighbour: (+1 or -1) an arrow key asks for the next or previous column.
    stepped: (opening id, +1 or -1) Ctrl+arrow on the selected opening.
    deleted: (opening id) Delete on the selected opening.
    """

    moved = Signal(int, str)
    stepped = Signal(int, int)
    deleted = Signal(int)
    neighbour = Signal(int)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setAccessibleName(stage_label(stage))
        self.setMinimumWidth(48)

    def current_opening(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _accept_from_another_column(self, event: QDragMoveEvent) -> None:
        if isinstance(event.source(), StageList) and event.source() is not self:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_from_another_column(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_from_another_column(event)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, StageList) or source is self:
            event.ignore()
            return
        opening = source.current_opening()
        # Copy, not move: the source keeps its item until the board re-reads, after the
        # drag has finished (a move would delete an item the refresh already replaced).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if opening is not None:
            QTimer.singleShot(0, lambda: self.moved.emit(opening, self.stage))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if stage_keys(self, event, self.current_opening()):
            return
        step = step_of(event, self.isRightToLeft(), ctrl=False)
        if step:
            self.neighbour.emit(step)
            return
        super().keyPressEvent(event)


class OpeningList(QTreeWidget):
    """The list view. Signals: stepped and deleted as ``StageList``'s."""

    stepped = Signal(int, int)
    deleted = Signal(int)

    def current_opening(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not stage_keys(self, event, self.current_opening()):
            super().keyPressEvent(event)


class JobBoardWindow(QDialog):
    """The board, the list and the selected opening's detail; keeps itself current."""

    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.widget)
        self.parts = parts
        self.jobs = parts.context.jobs
        self.entries: dict[int, OpeningEntry] = {}
        self.selected: int | None = None
        self.setWindowTitle(self.tr("Job Search"))
        self.columns: dict[str, StageList] = {}
        self.headers: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Openings"))
        self.tabs.addTab(self._board(), self.tr("&Board"))
        self.list = OpeningList()
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Organisation"), self.tr("Stage"), self.tr("Since"),
             self.tr("Found via")]
        )  # fmt: skip
        self.list.setRootIsDecorated(False)
        self.list.setSortingEnabled(True)
        self.list.stepped.connect(self.step)
        self.list.deleted.connect(self.jobs.delete_opening)
        self.list.currentItemChanged.connect(lambda *_: self._picked(self.list.current_opening()))
        self._context_menu(self.list, self.list.current_opening)
        self.tabs.addTab(self.list, self.tr("&List"))
        self.detail = OpeningDetail(parts)
        self.detail.edit_requested.connect(self.edit_selected)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(self.detail)
        split.setSizes([700, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(split, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.jobs.changed.connect(self.refresh)
        parts.context.network.changed.connect(lambda _c: self.refresh())
        fit_to_content(self, QSize(1280, 660))
        self.refresh()

    def _top_row(self) -> QHBoxLayout:
        new = QPushButton(self.tr("&New Opening…"))
        new.clicked.connect(self.new_opening)
        target = QPushButton(self.tr("&Target Organisation…"))
        target.clicked.connect(self.add_target)
        self.targets = QLabel()
        self.targets.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(target)
        row.addWidget(self.targets, 1)
        return row

    def _board(self) -> QWidget:
        board = QWidget()
        row = QHBoxLayout(board)
        for stage in Stage.ALL:
            column = StageList(stage)
            column.moved.connect(self.move_opening)
            column.stepped.connect(self.step)
            column.deleted.connect(self.jobs.delete_opening)
            column.neighbour.connect(lambda step, s=stage: self.focus_neighbour(s, step))
            column.currentItemChanged.connect(
                lambda *_, c=column: self._picked(c.current_opening()) if c.hasFocus() else None
            )
            column.itemClicked.connect(lambda _i, c=column: self._picked(c.current_opening()))
            self._context_menu(column, column.current_opening)
            self.columns[stage] = column
            self.headers[stage] = QLabel()
            self.headers[stage].setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.headers[stage].setWordWrap(True)  # a narrow screen: two lines, not cut
            box = QVBoxLayout()
            box.addWidget(self.headers[stage])
            box.addWidget(column, 1)
            row.addLayout(box, 1)
        return board

    def _context_menu(self, view: QAbstractItemView, current: object) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(point: QPoint) -> None:
            opening = current() if callable(current) else None
            if opening is None:
                return
            menu = QMenu(view)
            move = menu.addMenu(self.tr("&Move To"))
            for stage in Stage.ALL:
                action = move.addAction(stage_label(stage))
                action.triggered.connect(lambda _c=False, s=stage: self.move_opening(opening, s))
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            menu.addAction(self.tr("&Delete"), self.delete_selected)
            menu.exec(view.viewport().mapToGlobal(point))

        view.customContextMenuRequested.connect(show)

    # Reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read openings and targets, keeping the selected opening selected."""
        entries = self.jobs.openings()
        self.entries = {e.id: e for e in entries}
        for stage, column in self.columns.items():
            column.clear()
            mine = [e for e in entries if e.stage == stage]
            self.headers[stage].setText(
                fill(self.tr("%1 (%2)"), stage_label(stage), str(len(mine)))
            )
            for e in mine:
                item = QListWidgetItem(f"{isolate(e.title)}\n{isolate(e.organization)}")
                item.setData(ID_ROLE, e.id)
                item.setToolTip(
                    fill(self.tr("%1 at %2"), isolate(e.title), isolate(e.organization))
                )
                column.addItem(item)
        self._fill_list(entries)
        comma = "، " if self.isRightToLeft() else ", "
        names = comma.join(isolate(t.name) for t in self.jobs.targets())
        self.targets.setText(fill(self.tr("Target organisations: %1"), names) if names else "")
        if self.selected not in self.entries:
            self.selected = None
        self.select(self.selected)

    def _fill_list(self, entries: list[OpeningEntry]) -> None:
        self.list.setSortingEnabled(False)
        self.list.clear()
        for e in entries:
            item = QTreeWidgetItem(
                [isolate(e.title), isolate(e.organization), stage_label(e.stage),
                 format_date(e.stage_on), isolate(e.source)]
            )  # fmt: skip
            item.setData(0, ID_ROLE, e.id)
            self.list.addTopLevelItem(item)
        self.list.setSortingEnabled(True)
        for column in range(5):
            self.list.resizeColumnToContents(column)

    def select(self, opening: int | None) -> None:
        """Show ``opening`` selected on the board and in the list, and its detail."""
        self.selected = opening
        for column in self.columns.values():
            column.blockSignals(True)
            column.clearSelection()
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == opening:
                    column.setCurrentRow(row)
            column.blockSignals(False)
        self.list.blockSignals(True)
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == opening:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        entry = self.entries.get(opening) if opening is not None else None
        if entry != self.detail.opening:
            self.detail.show_opening(entry)

    def _picked(self, opening: int | None) -> None:
        if opening is not None and opening != self.selected:
            self.select(opening)

    def focus_neighbour(self, stage: str, step: int) -> None:
        """Arrow keys go from column to column, selecting the first opening there."""
        index = Stage.ALL.index(stage) + step
        if not 0 <= index < len(Stage.ALL):
            return
        column = self.columns[Stage.ALL[index]]
        column.setFocus()
        if column.count():
            column.setCurrentRow(0)
            self._picked(column.current_opening())

    def focus_stage(self, stage: str) -> None:
        column = self.columns[stage]
        column.setFocus()
        if self.selected is not None:
            self.select(self.selected)

    # Writing -----------------------------------------------------------------------------
    def move_opening(self, opening: int, stage: str) -> None:
        self.selected = opening
        self.jobs.move(opening, stage)
        if self.tabs.currentIndex() == 0 and opening in self.entries:
            self.focus_stage(stage)

    def step(self, opening: int, step: int) -> None:
        entry = self.entries.get(opening)
        if entry is None:
            return
        index = Stage.ALL.index(entry.stage) + step
        if 0 <= index < len(Stage.ALL):
            self.move_opening(opening, Stage.ALL[index])

    def new_opening(self) -> None:
        from netdesk.ui.opening_dialog import OpeningDialog

        names = [t.name for t in self.jobs.targets()]
        dialog = OpeningDialog(names, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.selected = self.jobs.add_opening(dialog.values())
            self.select(self.selected)

    def edit_selected(self) -> None:
        from netdesk.ui.opening_dialog import OpeningDialog

        entry = self.entries.get(self.selected) if self.selected is not None else None
        if entry is None:
            return
        dialog = OpeningDialog([t.name for t in self.jobs.targets()], entry.fields(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.jobs.edit_opening(entry, dialog.values())

    def delete_selected(self) -> None:
        if self.selected is not None:
            self.jobs.delete_opening(self.selected)

    def add_target(self) -> None:
        name = self.parts.dialogs.ask_text(
            self, self.tr("Target Organisation"), self.tr("Organisation you want to work at:")
        )
        if name and name.strip():
            self.jobs.add_target(name)
