"""One start of the app (or of the bare baseline window) until its first paint.

``python -m bench.start_child app DATA_DIR`` starts NetDesk through ``netdesk.app.main``
exactly as ``python -m netdesk --data-dir DATA_DIR`` does; ``bare`` starts a QMainWindow
holding a QTableView over an empty model. Both print ``PAINTED <perf_counter>`` once the
table's viewport has painted for the first time and everything painted with it has
finished (a zero timer after its paint event), then quit. ``perf_counter`` is
CLOCK_MONOTONIC, so the parent subtracts the moment it started the process.

Only this module's own imports run before the measured code: sys and time.
"""

from __future__ import annotations

import sys
import time


def _watch_first_paint(app: object, modules_at_paint: list[int]) -> object:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            view = watched.parent() if isinstance(watched, QWidget) else None
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(view, QTableView)
                and watched is view.viewport()
            ):
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            modules_at_paint.append(len(sys.modules))
            print(f"PAINTED {time.perf_counter():.6f}", flush=True)
            QApplication.exit(0)

    watcher = FirstPaint()
    assert isinstance(app, QApplication)
    app.installEventFilter(watcher)
    return watcher


def run_bare() -> int:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    modules: list[int] = []
    _watcher = _watch_first_paint(app, modules)
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 7, table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    print(f"MODULES {modules[0] if modules else 0}", flush=True)
    return code


def run_app(data_dir: str) -> int:
    # The QApplication run_gui would create, made first so the paint can be watched;
    # run_gui takes the existing instance.
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    modules: list[int] = []
    _watcher = _watch_first_paint(app, modules)
    from netdesk.app import main

    code = main(["--data-dir", data_dir, "--lang", "en"])
    print(f"MODULES {modules[0] if modules else 0}", flush=True)
    return code


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(run_bare())
    sys.exit(run_app(sys.argv[2]))
