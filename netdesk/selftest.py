"""``netdesk --self-test OUTDIR``: start the real app on a throw-away data folder and check it.

Meant for the installed artefact (the PyInstaller bundle) as much as for a checkout: it
goes through the same start-up steps as ``netdesk.app.run_gui`` (application, icon,
language, single-instance lock, health check, backups), imports the sample contact files
shipped in ``resources/samples`` through the import service, opens and paints the main
window, saves a screenshot, renders an Arabic contact's summary to PDF with the shipped
fonts, and checks that Qt's print support, image plugins and translations are present.

Writes into OUTDIR: ``main-window.png``, ``summary-ar.pdf`` and ``selftest.json`` (every
check with its outcome and timing). Prints one line per check and returns 0 only when all
of them passed. No dialog is ever shown: one the app would show counts as a failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk import __version__
from netdesk.card_commands import self_test_card
from netdesk.io.atomic import write_bytes, write_text
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.screenshot import png_bytes

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from netdesk.services.context import AppContext
    from netdesk.single_instance import SingleInstance
    from netdesk.ui.main_window import MainWindow

#: The sample contact in Arabic whose summary is printed, found by her email.
ARABIC_CONTACT_EMAIL = "layla.haddad@example.edu"
ARABIC_CONTACT_NAME = "ليلى حداد"
SAMPLES = (
    # file, format the reader must detect, added, merged
    ("sample-contacts.vcf", "vcard", 5, 0),
    ("linkedin-connections.csv", "linkedin-csv", 2, 1),
)
PAINT_TIMEOUT_S = 20.0


class DialogShownError(RuntimeError):
    """The app tried to show a dialog, which would block an unattended run."""


class _NoDialogs(Dialogs):
    """Dialogs that fail the self-test instead of waiting for a click."""

    def _refuse(self, kind: str, title: str, text: str = "") -> Any:
        raise DialogShownError(f"the app wanted to show a {kind}: {title}: {text}")

    def confirm(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        return bool(self._refuse("confirmation", title, text))

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: list[str]
    ) -> int | None:
        return self._refuse("choice", title, text)  # type: ignore[no-any-return]

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._refuse("message", title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._refuse("warning", title, text)

    def open_directory(self, parent: QWidget | None, title: str, directory: str) -> str:
        return str(self._refuse("folder dialog", title))


@dataclass
class SelfTestCheck:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class Report:
    version: str
    frozen: bool
    python: str
    system: str
    outdir: str
    language: str
    qt: str = ""
    platform_name: str = ""
    started_to_first_paint_s: float | None = None
    total_s: float = 0.0
    ok: bool = False
    checks: list[SelfTestCheck] = field(default_factory=list)


def _say(line: str) -> None:
    # A windowed Windows build has no stdout; the JSON report still has everything.
    stream = sys.stdout
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            print(line, file=stream, flush=True)


def process_age() -> float | None:
    """Seconds since this process started (Linux), so the frozen app's unpacking and
    imports before ``run`` count in the start-up time; None elsewhere."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0.0, uptime - int(stat[19]) / ticks)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class _SelfTest:
    def __init__(self, outdir: Path, language: str) -> None:
        self.outdir = outdir
        self.language = language
        self.started = time.monotonic()
        self.report = Report(
            version=__version__,
            frozen=bool(getattr(sys, "frozen", False)),
            python=platform.python_version(),
            system=f"{platform.system()} {platform.machine()}",
            outdir=str(outdir),
            language=language,
        )

    def check(self, name: str, step: Callable[[], str]) -> bool:
        """Run ``step``; it returns a detail line or raises. Records and prints the outcome."""
        begun = time.monotonic()
        try:
            detail, ok = step(), True
        except Exception as error:
            detail, ok = f"{type(error).__name__}: {error}", False
            write_text(self.outdir / f"{name}.traceback.txt", traceback.format_exc())
        seconds = time.monotonic() - begun
        self.report.checks.append(SelfTestCheck(name, ok, detail, round(seconds, 3)))
        _say(f"{'PASS' if ok else 'FAIL'}  {name:<16} {detail}")
        return ok

    def finish(self) -> int:
        self.report.ok = bool(self.report.checks) and all(c.ok for c in self.report.checks)
        self.report.total_s = round(time.monotonic() - self.started, 3)
        data = asdict(self.report)
        write_text(
            self.outdir / "selftest.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        )
        passed = sum(c.ok for c in self.report.checks)
        verdict = "passed" if self.report.ok else "FAILED"
        _say(
            f"self-test {verdict}: {passed}/{len(self.report.checks)} checks, "
            f"{self.report.total_s:.2f} s; report in {self.outdir / 'selftest.json'}"
        )
        return 0 if self.report.ok else 1


def _wait(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``condition()`` holds or the time is up."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def _settle(ms: int) -> None:
    """Let queued work (lazy table loads, layouts) run for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _paint_watcher(window: QWidget) -> tuple[QObject, Callable[[], bool]]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class PaintWatcher(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.painted
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                self.painted = True
            return False

    watcher = PaintWatcher()
    return watcher, lambda: watcher.painted


@contextlib.contextmanager
def _temporary_data_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="netdesk-selftest-"))
    try:
        yield path / "data"
    finally:
        shutil.rmtree(path, ignore_errors=True)


def run(outdir: Path, language: str = "en") -> int:
    """Start the real GUI on a temporary data folder and check it end to end.

    Args:
        outdir: Where the screenshot, the PDF and ``selftest.json`` go (created).
        language: User-interface language of the run; the summary is always Arabic.

    Returns:
        0 when every check passed, 1 otherwise.
    """
    outdir = Path(outdir).resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    from netdesk.ui.startup import application

    test = _SelfTest(outdir, language)
    app = application()
    with _temporary_data_dir() as data_dir:
        try:
            _run_checks(test, app, data_dir)
        finally:
            from netdesk.db.connection import close_database
            from netdesk.services import background

            background.shutdown()
            close_database()
    return test.finish()


# A check that needs another is skipped when that one failed.
NEEDS = {
    "database": "start-up",
    "import-vcf": "database",
    "import-csv": "database",
    "main-window": "database",
    "screenshot": "main-window",
    "summary-pdf": "import-vcf",
}


def _run_checks(test: _SelfTest, app: QApplication, data_dir: Path) -> None:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    test.report.qt = qVersion()
    test.report.platform_name = QGuiApplication.platformName()
    checks = _Checks(test, app, data_dir)
    passed: set[str] = set()
    try:
        for name, step in checks.steps():
            if name in NEEDS and NEEDS[name] not in passed:
                test.check(name, _skipped(NEEDS[name]))
                continue
            if test.check(name, step):
                passed.add(name)
    finally:
        checks.close()


class _Checks:
    """The checks, in order; each returns a detail line or raises."""

    def __init__(self, test: _SelfTest, app: QApplication, data_dir: Path) -> None:
        self.test, self.app, self.data_dir = test, app, data_dir
        self.lock: SingleInstance | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("qt", self.qt),
            ("icon", self.icon),
            ("translations", self.translations),
            ("fonts", self.fonts),
            ("start-up", self.start_up),
            ("database", self.database),
            *[
                (f"import-{Path(name).suffix[1:]}", self.import_sample(name, fmt, added, merged))
                for name, fmt, added, merged in SAMPLES
            ],
            ("business-card", self_test_card),
            ("main-window", self.main_window),
            ("screenshot", self.screenshot),
            ("summary-pdf", self.summary_pdf),
            ("print-support", self.print_support),
            ("licences", self.licences),
        ]

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.context is not None:
            self.context.close()
        if self.lock is not None:
            self.lock.release()
        _settle(50)

    def qt(self) -> str:
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        platform_name = QGuiApplication.platformName()
        if not platform_name:
            raise RuntimeError("no Qt platform plugin")
        origin = "frozen" if self.test.report.frozen else "from source"
        return f"Qt {qVersion()}, platform {platform_name}, {origin}"

    def icon(self) -> str:
        from PySide6.QtGui import QIcon, QImageReader

        from netdesk.resources import resource_path

        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = {"svg", "jpeg", "png"} - formats
        if missing:
            raise RuntimeError(f"no image plugin for {', '.join(sorted(missing))}")
        app_icon = QIcon(str(resource_path("icons", "netdesk.svg")))
        pixmap = app_icon.pixmap(64, 64)
        if pixmap.isNull():
            raise RuntimeError("the SVG icon does not render")
        self.app.setWindowIcon(app_icon)
        return f"SVG icon renders at 64 px; image formats include {', '.join(sorted(formats))}"

    def translations(self) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from netdesk.resources import resource_path
        from netdesk.ui.i18n import install_language

        installed = install_language(self.app, self.test.language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        found = []
        for name, directory in (
            ("qtbase_ar", qt_dir),
            ("qtbase_en", qt_dir),
            (f"netdesk_{installed}", str(resource_path("translations"))),
        ):
            if not QTranslator().load(name, directory):
                raise RuntimeError(f"cannot load {name}.qm from {directory}")
            found.append(name)
        return f"UI language {installed}; loaded {', '.join(found)}"

    def fonts(self) -> str:
        from PySide6.QtGui import QFontDatabase

        from netdesk.printing.fonts import ensure_fonts

        families = ensure_fonts()
        arabic = [
            f
            for f in families
            if QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)
        ]
        if not arabic:
            raise RuntimeError(f"no Arabic-capable font among {families}")
        return f"registered {', '.join(families)}; Arabic: {', '.join(arabic)}"

    def start_up(self) -> str:
        from netdesk.ui.startup import open_data_folder

        self.lock, _ = open_data_folder(self.data_dir, _NoDialogs(), lambda: None, daily=True)
        if self.lock.server is None:
            raise RuntimeError("the single-instance local server is not listening")
        return f"lock and local server on {self.data_dir.parent.name}; health check and backup ran"

    def database(self) -> str:
        from netdesk.services.context import create_context

        self.context = create_context(self.data_dir, parent=self.app)
        return f"opened {self.context.database_path.name}"

    def import_sample(self, name: str, fmt: str, added: int, merged: int) -> Callable[[], str]:
        def step() -> str:
            from netdesk.io.reader import read_contacts_file
            from netdesk.resources import resource_path

            context = self.context
            assert context is not None
            result = read_contacts_file(resource_path("samples", name))
            if result.format != fmt:
                raise RuntimeError(f"read as {result.format}, expected {fmt}")
            plan = context.importer.plan(result.contacts)
            report = context.importer.apply(plan, "", ["self-test"], name)
            if (report.added, report.merged) != (added, merged):
                raise RuntimeError(
                    f"{report.added} added and {report.merged} merged, "
                    f"expected {added} and {merged}"
                )
            return f"{name}: {report.added} added, {report.merged} merged ({result.encoding})"

        return step

    def main_window(self) -> str:
        from netdesk.settings import Settings
        from netdesk.ui.main_window import MainWindow

        assert self.context is not None
        window = MainWindow(self.context, Settings(self.data_dir), self.test.language, _NoDialogs())
        self.window = window
        watcher, painted = _paint_watcher(window)
        self.app.installEventFilter(watcher)
        try:
            window.show()
            if not _wait(painted, PAINT_TIMEOUT_S):
                raise RuntimeError(f"no paint within {PAINT_TIMEOUT_S:.0f} s")
        finally:
            self.app.removeEventFilter(watcher)
        age = process_age()
        self.test.report.started_to_first_paint_s = round(age, 3) if age is not None else None
        _settle(400)
        rows = window.contacts.rowCount()
        if rows != 7:
            raise RuntimeError(f"the contact table shows {rows} rows, expected 7")
        since = f"; first paint {age:.2f} s after process start" if age is not None else ""
        return f"shown and painted, {rows} contacts in the table{since}"

    def screenshot(self) -> str:
        window = self.window
        assert window is not None
        image = window.grab().toImage()
        target = self.test.outdir / "main-window.png"
        write_bytes(target, png_bytes(image))  # a null image cannot be saved: ValueError
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 40))
            for y in range(0, image.height(), max(1, image.height() // 40))
        }
        if len(colours) < 8:
            raise RuntimeError(f"the window looks blank ({len(colours)} colours)")
        return f"{target.name} {image.width()}x{image.height()}, {len(colours)} colours sampled"

    def summary_pdf(self) -> str:
        from netdesk.printing.render import write_pdf
        from netdesk.printing.summary import summary_job
        from netdesk.services.summary import find_contacts, summary_data

        ids = find_contacts(ARABIC_CONTACT_EMAIL)
        if len(ids) != 1:
            raise RuntimeError(f"{len(ids)} contacts match {ARABIC_CONTACT_EMAIL}")
        data = summary_data(ids[0])
        name = data.contact.best_name()
        if name != ARABIC_CONTACT_NAME:
            raise RuntimeError(f"found {name!r}, expected {ARABIC_CONTACT_NAME!r}")
        target = self.test.outdir / "summary-ar.pdf"
        job = summary_job(data, "ar")
        pages = write_pdf([job], target, "ar", title=name)
        pdf = target.read_bytes()
        if pages < 1 or not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"{target.name} is not a PDF ({pages} pages)")
        if b"NotoSansArabic" not in pdf:
            raise RuntimeError(f"{target.name} does not embed Noto Sans Arabic")
        return f"{target.name}: {pages} page(s), {len(pdf) // 1024} KiB, Noto Sans Arabic embedded"

    def print_support(self) -> str:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
            raise RuntimeError("QPrinter cannot print to PDF")
        count = len(QPrinterInfo.availablePrinterNames())
        return f"QPrinter ready ({count} system printer(s) found)"

    def licences(self) -> str:
        from netdesk.licenses import third_party_text

        text = third_party_text()
        for needle in ("LGPL-3.0", "Open Font License"):
            if needle not in text:
                raise RuntimeError(f"the third-party notice does not mention {needle}")
        return f"third-party notice, {len(text.splitlines())} lines"


def _skipped(needed: str) -> Callable[[], str]:
    def step() -> str:
        raise RuntimeError(f"not run: {needed} failed")

    return step
