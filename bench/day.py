"""A scripted user day on the real window, with the stall meter running throughout.

``python -m bench.child day ARGS`` runs it on a copy of a cached network: start, search
in both scripts, sort every column, scroll end to end, select contacts (the heaviest
too), every sidebar view, every dialog opened and closed, log an interaction, edit a
contact, tag / set circle / snooze / delete / undo on 5,000 selected contacts, merge
duplicates, import 10,000 vCards, a summary PDF, the dashboard, Who I Know Where and
Give and Ask. Each action is done as the user would (keys, clicks, menu actions) from
the event loop, one after another once the one before has settled (no job running, no
background task pending, nothing posted); the meter files every stall under it.
Modal dialogs are closed by a watcher after they have painted (or answered where the
action needs them: the import preview, the contact editor, the interaction dialog).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from bench.stall import StallMeter

# How long an action's after-effects may run on before the next action starts.
SETTLE_S = 0.15
# A modal dialog stays up this long (it paints) before the watcher closes it.
DIALOG_S = 0.25
BULK = 5000
# Print List's progress dialog is cancelled after this long.
PRINT_LIST_CANCEL_S = 15.0
# An action that has not settled by then is reported and the day ends.
STEP_TIMEOUT_S = 300


@dataclass
class Step:
    name: str
    act: Callable[[], object]
    # Called with the modal dialog that opens during the action; default: reject it.
    answer: Callable[[QDialog], None] | None = None
    # Press Cancel on the action's progress dialog after this long (None: let it end).
    cancel_after_s: float | None = None


class ScriptedDialogs:
    """The window's dialog door, answering as the day needs (no native dialogs)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[str] = []
        self.save_path = ""
        self.text = "Met 2026"

    def open_files(self, *_a: object) -> list[str]:
        return list(self.files)

    def open_file(self, *_a: object) -> str:
        return self.files[0] if self.files else ""

    def save_file(self, *_a: object) -> str:
        return self.save_path

    def save_file_filtered(self, *_a: object) -> tuple[str, str]:
        return self.save_path, ""

    def confirm(self, *_a: object) -> bool:
        return True

    def choose(self, *_a: object) -> int | None:
        return None

    def open_directory(self, *_a: object) -> str:
        return ""

    def inform(self, *_a: object) -> None:
        pass

    def warn(self, _parent: object, title: str, text: str) -> None:
        print(f"day: warning {title}: {text}", flush=True)

    def about(self, *_a: object) -> None:
        pass

    def print_preview(self, *_a: object) -> bool:
        return False

    def ask_password(self, *_a: object) -> str | None:
        return None

    def ask_text(self, *_a: object) -> str | None:
        return self.text


FIRST_FRAME = "start: to the first frame"


class Day:
    def __init__(self, app: QApplication, meter: StallMeter, args: dict[str, Any]) -> None:
        self.app, self.meter, self.args = app, meter, args
        self.folder = Path(tempfile.mkdtemp(prefix="netdesk-bench-day-"))
        self.data_dir = self.folder / "data"
        self.dialogs = ScriptedDialogs(self.folder)
        self.window: Any = None
        self.steps: list[Step] = []
        self.at = 0
        self.step: Step | None = None
        self.began = 0.0
        self.wall: dict[str, float] = {}
        self.modal_since: dict[int, float] = {}
        self.progress_seen: set[str] = set()
        self._then: Callable[[], None] = lambda: None
        self.stuck = ""  # the action the day stopped at, if it did
        self._quiet_since = 0.0
        self._step_began = 0.0
        self._poll = QTimer()
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._on_poll)
        # Apart from the poll: a day that stops moving (it happened once at 100k, after
        # the merges, with the poll silent) ends with what it measured so far.
        self._guard = QTimer()
        self._guard.setInterval(5000)
        self._guard.timeout.connect(self._on_guard)
        self._watch = QTimer()
        self._watch.setInterval(20)
        self._watch.timeout.connect(self._close_modals)

    # Running -----------------------------------------------------------------------------
    def open(self) -> None:
        """Build the window: the first action, "start"."""
        from bench.child import build_window

        self.began = time.perf_counter()
        # Up to the first frame the window is not there to answer: that is start-up time
        # (row 1), filed apart from the stalls of the start after it.
        self.meter.set_label(FIRST_FRAME)
        _app, self.window = build_window(
            self.data_dir, self.dialogs, first_frame=lambda: self.meter.set_label("start")
        )
        self.steps = plan(self)
        if self.args.get("only"):  # a subset, to look at a few actions
            self.steps = [s for s in self.steps if s.name.startswith(tuple(self.args["only"]))]
        self._watch.start()
        self._guard.start()
        self._wait(self._next)

    def _next(self) -> None:
        if self.step is not None:
            self.wall[self.step.name] = (time.perf_counter() - self.began) * 1000
        else:
            self.wall["start"] = (time.perf_counter() - self.began) * 1000
        if self.at >= len(self.steps):
            self.meter.set_label("(end)")
            self.app.quit()
            return
        self.step = self.steps[self.at]
        self.at += 1
        self.meter.set_label(self.step.name)
        print(f"day: {self.step.name}", file=sys.stderr, flush=True)
        self.began = time.perf_counter()
        self.step.act()
        if self.args.get("debug"):
            jobs = self.window.context.contacts.jobs
            print(f"day:   {len(self.window.selected_ids())} selected", file=sys.stderr)
            print(f"day:   jobs busy: {jobs.busy()}", file=sys.stderr)
        self._wait(self._next)

    def _wait(self, then: Callable[[], None]) -> None:
        """Call ``then`` once nothing runs or waits any more, SETTLE_S later."""
        self._then = then
        self._quiet_since = 0.0
        self._step_began = time.perf_counter()
        self._poll.start()

    def _on_guard(self) -> None:
        if time.perf_counter() - self._step_began > STEP_TIMEOUT_S:
            print(f"day: {self.meter.label} never ended; stopping", file=sys.stderr)
            self.stuck = self.meter.label
            self.app.quit()

    def _on_poll(self) -> None:
        """Every 10 ms (one repeating timer: a chain of single shots was once lost)."""
        from netdesk.services import background

        now = time.perf_counter()
        if now - self._step_began > STEP_TIMEOUT_S:
            print(f"day: {self.meter.label} did not settle; stopping", file=sys.stderr)
            self.stuck = self.meter.label
            self._poll.stop()
            self.app.quit()
            return
        busy = (
            self.window.context.contacts.jobs.busy()
            or background._pending
            or QApplication.activeModalWidget()
            or self._extra_windows()
        )
        if busy:
            self._quiet_since = 0.0
        elif not self._quiet_since:
            self._quiet_since = now
        elif now - self._quiet_since >= SETTLE_S:
            self._poll.stop()
            try:
                self._then()
            except Exception:  # one broken action must not end the day unreported
                traceback.print_exc()
                self._wait(self._next)

    def _close_modals(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            self._close_windows()
            return
        if isinstance(modal, QProgressDialog) or modal.objectName() == "jobProgress":
            if self.step is not None:
                self.progress_seen.add(self.step.name)
                since = self.modal_since.setdefault(id(modal), time.perf_counter())
                patience = self.step.cancel_after_s
                waited = time.perf_counter() - since
                if isinstance(modal, QProgressDialog) and waited >= (patience or float("inf")):
                    modal.cancel()  # as the user would, once they had seen it work
            return  # progress: the work ends it
        opened = self.modal_since.setdefault(id(modal), time.perf_counter())
        if time.perf_counter() - opened < DIALOG_S or not isinstance(modal, QDialog):
            return
        self.modal_since.pop(id(modal), None)
        if self.step is not None and self.step.answer is not None:
            self.step.answer(modal)
        else:
            modal.reject()

    def _extra_windows(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window
            and w.isVisible()
            and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ]

    def _close_windows(self) -> None:
        """Close a window an action opened beside the main one (the dashboard, Who I Know
        Where) once it has painted, as the user would before going on."""
        for widget in self._extra_windows():
            opened = self.modal_since.setdefault(id(widget), time.perf_counter())
            if time.perf_counter() - opened >= DIALOG_S:
                self.modal_since.pop(id(widget), None)
                widget.close()

    def results(self) -> list[dict[str, Any]]:
        out = []
        names = [FIRST_FRAME, "start"] + [s.name for s in self.steps]
        for name in names:
            stalls = self.meter.by_label.get(name)
            if stalls is None:
                continue
            out.append(
                {
                    "action": name,
                    "longest_ms": round(stalls.longest_ms, 1),
                    "over_50": [round(g, 1) for g in stalls.over],
                    "wall_ms": round(self.wall.get(name, 0.0), 1),
                    "progress_dialog": name in self.progress_seen,
                    "profile": stalls.stacks.most_common(6) if stalls.over else [],
                }
            )
        return out

    def close(self) -> None:
        self._watch.stop()
        self._guard.stop()
        self._poll.stop()
        if self.window is not None:
            self.window.context.close()
        shutil.rmtree(self.folder, ignore_errors=True)


# Helpers the steps use ----------------------------------------------------------------


def _activate(widget: QWidget) -> None:
    """Make ``widget``'s window the active one now, as the window manager does once a
    window beside it closes: shortcuts only reach the active window."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)


def _press(
    widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    _activate(widget)
    widget.setFocus()
    QTest.keyClick(widget, key, mods)


def _type(widget: QWidget, text: str) -> None:
    """Key events carrying ``text`` (QTest's own only know ASCII keys)."""
    _activate(widget)
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _select_rows(window: Any, count: int) -> None:
    """Click the first row, then Shift+click row ``count`` (loading rows as scrolling would)."""
    model = window.contacts
    root = window.table.rootIndex()
    while model.rowCount() < count and model.canFetchMore(root):
        model.fetchMore(root)
    last = min(count, model.rowCount()) - 1
    selection = QItemSelection(model.index(0, 0), model.index(last, model.columnCount() - 1))
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    window.table.selectionModel().select(selection, flags)


def _click_section(header: Any, column: int) -> None:
    """Click a column's title, as the user sorts (a second click turns the order)."""
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _show_row(view: Any, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))


def _accept(dialog: QDialog) -> None:
    dialog.accept()


def _edit_and_save(dialog: QDialog) -> None:
    title = getattr(dialog, "title", None)
    if title is not None:
        title.setText(title.text() + " (lead)")
    dialog.accept()


def _log_and_save(dialog: QDialog) -> None:
    summary = getattr(dialog, "summary", None)
    if summary is not None:
        summary.setText("Coffee at the summit")
    dialog.accept()


def _menu_action(window: Any, key: Any, text_index: int) -> Callable[[], None]:
    """Trigger entry ``text_index`` of a submenu action (circle, snooze)."""

    def act() -> None:
        menu = window.actions_[key].menu()
        menu.actions()[text_index].trigger()

    return act


def plan(day: Day) -> list[Step]:
    """The day's actions, in order."""
    from netdesk.models.sidebar import SidebarKind
    from netdesk.ui.actions import ActionKey as A

    w = day.window
    table, search = w.table, w.search
    ctrl = Qt.KeyboardModifier.ControlModifier
    steps: list[Step] = []
    add = steps.append
    for script, word in (
        ("Latin", "sarah"),
        ("Arabic", "محمد ع"),
        ("Latin", "mo"),
        ("Arabic", "فاط"),
    ):
        for n in range(1, len(word) + 1):
            add(Step(f"search {script} {word[:n]!r}", partial(_type, search, word[n - 1])))
        if word == "sarah":
            for n in range(len(word) - 1, 0, -1):
                add(
                    Step(
                        f"search: Backspace to {word[:n]!r}",
                        lambda: _press(search, Qt.Key.Key_Backspace),
                    )
                )
        add(Step(f"clear search ({script} {word})", lambda: _press(search, Qt.Key.Key_Escape)))
    from netdesk.services.queries import SortColumn

    header = table.horizontalHeader()
    # The sortable columns: the Why column (shown only while searching) sorts nothing.
    for column in range(len(SortColumn)):
        name = str(w.contacts.headerData(column, Qt.Orientation.Horizontal))
        for click in (1, 2):  # the second click turns the order
            add(Step(f"sort by {name}, click {click}", partial(_click_section, header, column)))
    add(Step("sort by name again", partial(_click_section, header, 0)))
    add(Step("scroll: Ctrl+End", lambda: _press(table, Qt.Key.Key_End, ctrl)))
    add(Step("scroll: Ctrl+Home", lambda: _press(table, Qt.Key.Key_Home, ctrl)))
    for i in range(5):
        add(Step(f"scroll: Page Down {i + 1}", lambda: _press(table, Qt.Key.Key_PageDown)))
    for i in range(5):
        add(Step(f"scroll: Page Up {i + 1}", lambda: _press(table, Qt.Key.Key_PageUp)))
    for i in range(5):
        add(Step(f"select: Down {i + 1}", lambda: _press(table, Qt.Key.Key_Down)))
    for i in range(3):
        add(Step(f"select: Up {i + 1}", lambda: _press(table, Qt.Key.Key_Up)))
    for n, heavy in enumerate(day.args["heavy_ids"][:2]):
        add(Step(f"select the {n + 1}. heavy contact", partial(w.select_contact, int(heavy))))
    sidebar = w.sidebar_model
    seen: dict[SidebarKind, int] = {}
    for row in range(sidebar.rowCount()):
        item = sidebar.item(row)
        if item is None or item.kind is SidebarKind.HEADER:
            continue
        seen[item.kind] = seen.get(item.kind, 0) + 1
        if seen[item.kind] > 6:
            continue  # six of each kind: tags and organisations number hundreds
        label = f"sidebar: {item.kind.value} {seen[item.kind]}"
        add(Step(label, partial(_show_row, w.sidebar, row)))
    add(Step("sidebar: all", lambda: w.sidebar.setCurrentIndex(sidebar.index(0))))
    add(
        Step(
            "select the 1. heavy contact again",
            lambda: w.select_contact(int(day.args["heavy_ids"][0])),
        )
    )
    dialogs = (A.NEW, A.EDIT, A.PREFERENCES, A.MET, A.ASK, A.OFFER, A.INTRO, A.ABOUT, A.LICENSES)
    for key in (*dialogs, A.EXPORT, A.PRINT_LIST, A.CALENDAR, A.DUE):
        # Printing 100,000 contacts lays out thousands of pages behind a progress dialog:
        # the day watches it work for a while, then cancels, as a user would.
        patience = PRINT_LIST_CANCEL_S if key is A.PRINT_LIST else None
        add(Step(f"dialog: {key.name.lower()}", w.actions_[key].trigger, None, patience))
    add(Step("log an interaction", lambda: _press(table, Qt.Key.Key_L, ctrl), _log_and_save))
    add(Step("edit and save a contact", lambda: _press(table, Qt.Key.Key_E, ctrl), _edit_and_save))
    add(Step("favourite a contact", lambda: _press(table, Qt.Key.Key_D, ctrl)))
    add(Step("undo the favourite", lambda: _press(table, Qt.Key.Key_Z, ctrl)))
    add(Step("sidebar: all (again)", lambda: w.sidebar.setCurrentIndex(sidebar.index(0))))
    pdf = day.folder / "summary.pdf"

    def export_pdf() -> None:
        day.dialogs.save_path = str(pdf)
        w.actions_[A.EXPORT_PDF].trigger()

    add(Step("print a summary to PDF", export_pdf))
    add(Step("dashboard", lambda: w.actions_[A.HEALTH].trigger()))
    add(Step("who I know where", lambda: w.actions_[A.WHERE].trigger()))
    add(Step("give and ask", lambda: w.actions_[A.LEDGER].trigger()))
    add(Step(f"select {BULK:,} contacts", lambda: _select_rows(w, BULK)))
    add(Step(f"tag {BULK:,}", lambda: _press(table, Qt.Key.Key_T, ctrl)))
    add(Step(f"set circle of {BULK:,}", _menu_action(w, A.CIRCLE, 1)))
    add(Step(f"snooze {BULK:,}", _menu_action(w, A.SNOOZE, 0)))
    add(Step(f"select {BULK:,} contacts again", lambda: _select_rows(w, BULK)))
    add(Step(f"delete {BULK:,}", lambda: _press(table, Qt.Key.Key_Delete)))
    for what in ("delete", "snooze", "set circle", "tag"):
        add(Step(f"undo {what} of {BULK:,}", lambda: _press(table, Qt.Key.Key_Z, ctrl)))
    add(Step("merge duplicates", lambda: w.actions_[A.DUPLICATES].trigger(), _accept))

    def import_vcards() -> None:
        day.dialogs.files = [day.args["vcard"]]
        w.actions_[A.IMPORT].trigger()

    add(Step("import 10,000 vCards", import_vcards, _accept))
    add(Step("undo the import", lambda: _press(table, Qt.Key.Key_Z, ctrl)))
    add(Step("search after the day", lambda: _type(search, "la")))
    add(Step("clear search (end)", lambda: _press(search, Qt.Key.Key_Escape)))
    return steps


def run_day(args: dict[str, Any]) -> dict[str, Any]:
    from bench.child import _app

    app = _app()
    meter = StallMeter()
    day = Day(app, meter, args)
    shutil.copytree(args["data_dir"], day.data_dir)
    meter.start()
    QTimer.singleShot(0, day.open)
    began = time.perf_counter()
    app.exec()
    meter.stop()
    took = time.perf_counter() - began
    results = day.results()
    day.close()
    return {"actions": results, "total_s": took, "count": len(results), "stuck": day.stuck}
