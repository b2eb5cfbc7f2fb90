"""Measurements that run in a fresh process: ``python -m bench.child KIND ARGS_JSON``.

Each prints ``RESULT <json>`` as its last line. The window is built as ``run_gui`` builds
it (context, settings, language, MainWindow), without the start-up lock, health check
and backups, which only start-up (``bench.start_child``) measures.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app() -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from netdesk import APP_NAME, ORG_NAME

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return QApplication.instance() or QApplication(sys.argv[:1])


def build_window(
    data_dir: Path, dialogs: Any = None, first_frame: Callable[[], object] = lambda: None
) -> tuple[Any, Any]:
    """The real main window on ``data_dir``, shown, painted and whole (``dialogs``: the door
    to file and message dialogs, by default the real one; ``first_frame`` is called once
    the first frame is painted, before the rest of the window is built)."""
    app = _app()
    from netdesk.services.context import create_context
    from netdesk.settings import Settings
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.i18n import install_language
    from netdesk.ui.main_window import MainWindow

    language = install_language(app, "en")
    context = create_context(data_dir, parent=app)
    # Staged as the app starts it: the table first, then the rest a part per turn.
    window = MainWindow(context, Settings(data_dir), language, dialogs or Dialogs(), staged=True)
    window.show()
    settle(app, window)
    first_frame()
    deadline = time.perf_counter() + 60
    while not window.built and time.perf_counter() < deadline:
        app.processEvents()
    return app, window


def settle(app: Any, window: Any) -> None:
    """Paint the table now, then let the event loop paint whatever else became dirty
    (card, timeline, status bar) and run posted work."""
    window.table.viewport().repaint()
    app.processEvents()


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


# Search, sort, select ------------------------------------------------------------------


def typed_words(seed: int = 5, count: int = 6) -> dict[str, list[str]]:
    """Six-character queries as people type them: a given name and the family's start."""
    from netdesk.sample import words as w

    rng = random.Random(seed)
    arabic_given = [a for a, _ in w.AR_MALE + w.AR_FEMALE]
    arabic_family = [a for a, _ in w.AR_FAMILY]
    latin_given = [x.lower() for x in w.EN_GIVEN] + [lt for _, lt in w.AR_MALE + w.AR_FEMALE]
    latin_family = [x.lower() for x in w.EN_FAMILY] + [lt for _, lt in w.AR_FAMILY]

    def make(given: list[str], family: list[str]) -> list[str]:
        out: list[str] = []
        while len(out) < count:
            text = f"{rng.choice(given)} {rng.choice(family)}"[:6]
            if text not in out:
                out.append(text)
        return out

    return {"Latin": make(latin_given, latin_family), "Arabic": make(arabic_given, arabic_family)}


# Words of the generated timeline (netdesk.sample.words.SUMMARIES) and notes, typed; and
# filters typed whole (as chips or pasted) before a word is typed after them.
TIMELINE_WORDS = ("visa", "referral", "تأشيرة", "slides")
FILTERED = ("circle:classmate ", "in:Dubai due ", "since:this-year asks ")


def _answers(search: Callable[[str], float], reps: int) -> dict[str, list[float]]:
    """Keystrokes of a word found in notes and the timeline, alone and after filters."""
    out: dict[str, list[float]] = {"timeline word": [], "filtered": []}
    for _ in range(reps):
        for word in TIMELINE_WORDS:
            search("")
            out["timeline word"] += [search(word[:n]) for n in range(1, len(word) + 1)]
        for filters in FILTERED:
            search("")
            out["filtered"].append(search(filters))
            out["filtered"] += [search(filters + "visa"[:n]) for n in range(1, 5)]
    search("")
    return out


def interactive(args: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    data_dir = Path(args["data_dir"])
    reps = int(args["reps"])
    app, window = build_window(data_dir)

    def search(text: str) -> float:
        start = time.perf_counter()
        window.search.setText(text)
        # The 60 ms debounce is deliberate; measure the work it triggers.
        window._search_timer.stop()
        window._apply_search()
        settle(app, window)
        return _ms(start)

    keystrokes: dict[str, dict[str, list[float]]] = {}
    words = typed_words()
    for _ in range(reps):
        for script, texts in words.items():
            per_length = keystrokes.setdefault(script, {})
            for text in texts:
                search("")
                for n in range(1, len(text) + 1):
                    per_length.setdefault(str(n), []).append(search(text[:n]))
    search("")
    answers = _answers(search, reps)

    from netdesk.services.queries import SortColumn

    sort_ms: dict[str, list[float]] = {}
    orders = (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder)
    for _ in range(reps):
        # The sortable columns: the Why column (shown only while searching) sorts nothing.
        for column in range(len(SortColumn)):
            name = str(window.contacts.headerData(column, Qt.Orientation.Horizontal))
            for order in orders if column == 0 else orders[::-1]:
                start = time.perf_counter()
                window.table.sortByColumn(column, order)
                settle(app, window)
                sort_ms.setdefault(name, []).append(_ms(start))
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    settle(app, window)

    select_ms: list[float] = []
    other = window.contacts.id_at(0)
    heavy = [int(h) for h in args["heavy_ids"]]
    for _ in range(reps):
        for contact_id in heavy:
            window.select_contact(other)
            settle(app, window)
            start = time.perf_counter()
            found = window.select_contact(contact_id)
            settle(app, window)
            window.timeline_view.viewport().repaint()
            select_ms.append(_ms(start))
            assert found, f"contact {contact_id} is not in the table"
    shown = window.timeline.rowCount()
    window.context.close()
    return {
        "answers": answers,
        "keystrokes": keystrokes,
        "words": words,
        "sort": sort_ms,
        "select": select_ms,
        "timeline_rows_shown": shown,
    }


# Memory -------------------------------------------------------------------------------


def _rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux keeps ``ru_maxrss`` across fork and exec, so a child started by a large parent
    would report the parent's peak; VmHWM is this program's own high-water mark.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def memory(args: dict[str, Any]) -> dict[str, Any]:
    if args.get("bare"):
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QMainWindow, QTableView

        app = _app()
        window = QMainWindow()
        table = QTableView()
        table.setModel(QStandardItemModel(0, 7, table))
        window.setCentralWidget(table)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        table.viewport().repaint()
        app.processEvents()
        return {"peak_mb": _rss_mb(), "steps": 0, "rows": 0}
    app, window = build_window(Path(args["data_dir"]))
    bar = window.table.verticalScrollBar()
    steps = 0
    start = time.perf_counter()
    while True:
        before = bar.value()
        bar.setValue(before + bar.pageStep())
        settle(app, window)
        steps += 1
        if bar.value() == before and not window.contacts.canFetchMore(window.table.rootIndex()):
            break
    took = time.perf_counter() - start
    rows = window.contacts.rowCount()
    peak = _rss_mb()
    window.context.close()
    return {"peak_mb": peak, "steps": steps, "rows": rows, "scroll_s": took}


# Import -------------------------------------------------------------------------------


def import_file(args: dict[str, Any]) -> dict[str, Any]:
    """Parse-only runs, then full imports (parse, plan, apply) into fresh copies of the db."""
    from netdesk.db.connection import DB_FILENAME
    from netdesk.io.reader import read_contacts

    _app()
    source = Path(args["data_dir"]) / DB_FILENAME
    path = Path(args["file"])
    data = path.read_bytes()
    reps = int(args["reps"])
    parse_s = []
    count = 0
    loaded_mb = _rss_mb()
    for _ in range(reps):
        start = time.perf_counter()
        parsed = read_contacts(data, path.name)
        parse_s.append(time.perf_counter() - start)
        count = len(parsed.contacts)
    # Reading's own high-water mark: before any plan or database work.
    parse_peak_mb = _rss_mb()
    del parsed
    runs = []
    for _ in range(reps):
        runs.append(_import_once(source, data, path.name))
    return {
        "count": count,
        "parse_s": parse_s,
        "runs": runs,
        "loaded_mb": loaded_mb,
        "parse_peak_mb": parse_peak_mb,
        "file_mb": len(data) / 1024 / 1024,
    }


def _import_once(source: Path, data: bytes, name: str) -> dict[str, Any]:
    """One import as ``netdesk import`` runs it: the pre-import backup starts with the
    import on a thread of its own, and apply waits for what is left of it before it
    commits. ``backup_s`` is how long the backup took on its thread, ``backup_wait_s``
    how long apply waited for it (the part on the user's time, inside ``total_s``);
    ``settle_s`` is how long the WAL checkpoint, also on a thread, ran on after apply."""
    from netdesk.db.connection import DB_FILENAME, wait_for_checkpoint
    from netdesk.io.reader import read_contacts
    from netdesk.services.context import create_context

    folder = Path(tempfile.mkdtemp(prefix="netdesk-bench-import-"))
    try:
        shutil.copyfile(source, folder / DB_FILENAME)
        context = create_context(folder)
        backup_s = [0.0]
        wait_s = [0.0]
        snapshot = context.contacts.before_risky_change
        checkpoint = context.contacts.checkpoint

        def timed_snapshot(reason: str) -> object:
            start = time.perf_counter()
            try:
                return snapshot(reason) if snapshot else None
            finally:
                backup_s[0] += time.perf_counter() - start

        def timed_checkpoint(reason: str, as_of: Any = None) -> None:
            start = time.perf_counter()
            try:
                checkpoint(reason, as_of)
            finally:
                wait_s[0] += time.perf_counter() - start

        context.contacts.before_risky_change = timed_snapshot
        context.contacts.checkpoint = timed_checkpoint  # type: ignore[method-assign]
        start = time.perf_counter()
        context.contacts.prepare_checkpoint("import")
        parsed = read_contacts(data, name)
        parsed_at = time.perf_counter()
        plan = context.importer.plan(parsed.contacts)
        planned_at = time.perf_counter()
        report = context.importer.apply(plan, label=name)
        end = time.perf_counter()
        wait_for_checkpoint()
        settled = time.perf_counter()
        context.close()
        return {
            "total_s": end - start,
            "parse_s": parsed_at - start,
            "plan_s": planned_at - parsed_at,
            "apply_s": end - planned_at,
            "backup_s": backup_s[0],
            "backup_wait_s": wait_s[0],
            "settle_s": settled - end,
            "added": report.added,
            "merged": report.merged,
            "skipped": report.skipped,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# Summary PDF --------------------------------------------------------------------------


def pdf(args: dict[str, Any]) -> dict[str, Any]:
    from netdesk.db.connection import DB_FILENAME, close_database, open_database

    _app()
    from netdesk.printing.render import PrintJob, write_pdf
    from netdesk.printing.summary import build_summary_document
    from netdesk.services.summary import summary_data

    open_database(Path(args["data_dir"]) / DB_FILENAME)
    contact_id = int(args["contact_id"])
    times = []
    pages = 0
    interactions = 0
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-pdf-") as folder:
        for i in range(int(args["reps"]) + 1):  # the first run registers fonts: reported apart
            start = time.perf_counter()
            data = summary_data(contact_id)
            # The full history: the long timeline is what this measures.
            doc = build_summary_document(data, "en", full_history=True)
            job = PrintJob(doc, data.contact.best_name(), "en")
            pages = write_pdf([job], Path(folder) / f"s{i}.pdf", "en")
            times.append(time.perf_counter() - start)
            interactions = len(data.interactions)
    close_database()
    return {"first_s": times[0], "times_s": times[1:], "pages": pages, "interactions": interactions}


def day(args: dict[str, Any]) -> dict[str, Any]:
    from bench.day import run_day

    return run_day(args)


KINDS = {
    "interactive": interactive,
    "memory": memory,
    "import": import_file,
    "pdf": pdf,
    "day": day,
}

if __name__ == "__main__":
    result = KINDS[sys.argv[1]](json.loads(sys.argv[2]))
    print("RESULT " + json.dumps(result), flush=True)
    # Skip interpreter tear-down of Qt objects: nothing is left to flush.
    sys.stdout.flush()
    os._exit(0)
