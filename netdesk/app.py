"""Start-up: command line, QApplication, data folder, main window.

Imports stay inside functions so that ``--version`` and the first paint load only
what they need.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from netdesk import APP_NAME, __version__

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from netdesk.services.context import AppContext
    from netdesk.single_instance import SingleInstance
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.open_files import FileRequests
    from netdesk.ui.sample_mode import WindowSwitch
    from netdesk.ui.sync_ui import SyncUi


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netdesk", description="Keep your professional network.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for the data instead of the user data folder (also $NETDESK_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=["ar", "en"], help="user-interface language")
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test", metavar="OUTDIR", help="check this installation end to end, then quit"
    )
    if commands:
        from netdesk.cli import add_commands

        add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    else:
        parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Starting the window needs only the options; the commands' parsers load the import,
    # export and printing code, so they are built when the line holds more than options.
    wants_help = bool({"-h", "--help"} & set(argv))
    args, rest = (None, argv) if wants_help else build_parser(commands=False).parse_known_args(argv)
    files = files_to_open(rest)
    if files:
        rest = []
    if rest:
        args = build_parser().parse_args(argv)
    assert args is not None
    args.open_files = files
    if args.command:
        from netdesk.cli import run_command

        try:
            return int(run_command(args))
        except BrokenPipeError:
            # The reader (e.g. `| head`) went away; that is not an error of ours.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        except KeyboardInterrupt:
            print("netdesk: interrupted", file=sys.stderr)
            return 130
        except Exception as error:
            # The last resort: whatever went unforeseen is still one line, never a traceback.
            from netdesk.cli import fail

            return fail(" ".join(f"unexpected error ({type(error).__name__}): {error}".split()))
    return run_gui(args)


COMMANDS = (
    "due",
    "import",
    "export",
    "backup",
    "restore",
    "sync",
    "summary",
    "scan-card",
    "my-card",
)


def files_to_open(rest: Sequence[str]) -> list[str]:
    """``NetDesk FILE…`` (how a desktop opens a contact file with NetDesk): the words left
    after the options when every one names an existing file; otherwise none, and the words
    are parsed as a command (so a mistyped command still gets argparse's message)."""
    import os
    from urllib.parse import unquote, urlsplit

    if not rest or rest[0] in COMMANDS:
        return []
    paths = [unquote(urlsplit(w).path) if w.startswith("file://") else w for w in rest]
    if all(not p.startswith("-") and os.path.isfile(p) for p in paths):
        return [os.path.abspath(p) for p in paths]
    return []


def run_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from pathlib import Path

        from netdesk.selftest import run

        return run(Path(args.self_test), args.lang or "en")
    from netdesk.paths import resolve_data_dir
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.startup import StartupCancelledError, application, open_data_folder

    app = application()
    data_dir = resolve_data_dir(args.data_dir)
    language = _install_language(app, data_dir, args.lang)
    _install_theme(app, data_dir)
    dialogs = Dialogs()
    try:
        lock, data_dir = open_data_folder(
            data_dir, dialogs, _folder_picker(dialogs, data_dir), args.open_files, daily=False
        )
    except StartupCancelledError:
        return 0
    from netdesk.services.sample_network import remove_sample

    remove_sample(data_dir)  # a sample left behind by a crash
    sample = False
    while True:
        code, switch = _run_window(app, args, data_dir, lock, language, dialogs, sample)
        if not switch:
            break
        # "Explore a Sample Network" or "Leave Sample": the same loop, the other database.
        sample = not sample
        args.open_files = []
        args.screenshot = None
    lock.release()
    return code


def _run_window(
    app: QApplication,
    args: argparse.Namespace,
    data_dir: Path,
    lock: SingleInstance,
    language: str,
    dialogs: Dialogs,
    sample: bool,
) -> tuple[int, bool]:
    """One window over the user's data (or the sample) until it closes; True when it
    closed to switch to the other."""
    from PySide6.QtCore import QObject

    from netdesk.services import background
    from netdesk.services.context import create_context
    from netdesk.services.sample_network import SampleError, open_sample, remove_sample

    # Owns the services, so those of the network left behind go with it.
    owner = QObject()
    if sample:
        try:
            context = open_sample(data_dir, owner)
        except SampleError as error:
            from netdesk.translation import fill
            from netdesk.ui.sample_mode import SampleMode

            text = SampleMode.tr("The sample network could not be made: %1")
            dialogs.warn(None, "NetDesk", fill(text, str(error)))
            return 0, True  # back to the user's own data
    else:
        context = create_context(data_dir, parent=owner)
        context.contacts.purge_expired_trash()
    window, syncs, switch = _show_window(args, context, lock, language, dialogs, data_dir)
    code = app.exec()
    for sync in syncs:
        sync.shutdown()
    background.shutdown()
    _dispose(window)
    context.close()
    if sample:
        remove_sample(data_dir)
    return code, switch.requested


def _dispose(window: MainWindow) -> None:
    """Take down a closed window before the next one opens (their hooks would stack)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from netdesk.ui.startup import DamageReport

    for report in window.findChildren(DamageReport):
        report.uninstall()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _install_language(app: QApplication, data_dir: Path, lang: str | None) -> str:
    """The language of the command line, else of the folder's settings; sets the direction."""
    from PySide6.QtCore import Qt

    from netdesk.settings import Settings
    from netdesk.ui.i18n import install_language

    settings = Settings(data_dir) if data_dir.exists() else None
    language = install_language(app, lang or (settings.language if settings else ""))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    return language


def _install_theme(app: QApplication, data_dir: Path) -> None:
    """Light or dark as the folder's settings say (following the desktop by default)."""
    from netdesk.settings import Settings
    from netdesk.ui.theme import install_theme

    install_theme(app, Settings(data_dir).theme if data_dir.exists() else "system")


def _folder_picker(dialogs: Dialogs, data_dir: Path) -> Callable[[], Path | None]:
    from pathlib import Path

    def pick_folder() -> Path | None:
        chosen = dialogs.open_directory(None, "NetDesk", str(data_dir.parent))
        return Path(chosen) if chosen else None

    return pick_folder


def _show_window(
    args: argparse.Namespace,
    context: AppContext,
    lock: SingleInstance,
    language: str,
    dialogs: Dialogs,
    data_dir: Path,
) -> tuple[MainWindow, list[SyncUi], WindowSwitch]:
    """The main window, wired to the lock, the files it is asked to open and sync; shown.

    Over the sample (``context`` not in ``data_dir``) it keeps the user's settings and
    layout, is marked as the sample, and neither syncs, reminds nor backs up.
    """
    from netdesk.settings import Settings
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.open_files import FileRequests
    from netdesk.ui.sample_mode import WindowSwitch, leave_check, mark_as_sample

    sample = context.data_dir != data_dir
    # Staged: the table paints first; the menus' items, card and timeline follow, and
    # what needs them waits for them (``when_built``).
    window = MainWindow(context, Settings(data_dir), language, dialogs, staged=True)
    if sample:
        switch = WindowSwitch(window, leave_check(window, dialogs, context.undo_stack))
        mark_as_sample(window, window.table_box, switch)
    else:
        switch = WindowSwitch(window)
        window.empty.sample_requested.connect(switch.request)
    lock.activation_requested.connect(window.bring_to_front)
    requests = FileRequests(window)
    lock.files_received.connect(lambda files: window.when_built(lambda: requests.open(files)))
    syncs: list[SyncUi] = []
    _after_first_paint(window, context.data_dir, checks=not sample)
    window.show()
    window.when_built(lambda: syncs.append(_when_built(window, args, requests, quiet=sample)))
    return window, syncs, switch


def _when_built(
    window: MainWindow, args: argparse.Namespace, requests: FileRequests, *, quiet: bool
) -> SyncUi:
    """What needs the whole window: sync (its menu items), the tray, the screenshot and the
    files the window was asked to open."""
    from netdesk.ui.sync_ui import SyncUi

    quiet = quiet or bool(args.screenshot)
    sync = SyncUi(window)
    if not quiet:
        sync.start_later()
    from netdesk.ui.tray import TrayReminder

    if TrayReminder.available() and not quiet:
        TrayReminder(window, window.windowIcon()).start()
    if args.screenshot:
        from netdesk.ui.screenshot import schedule_screenshot

        schedule_screenshot(window, args.screenshot)
    if args.open_files:
        requests.open(args.open_files)
    return sync


def _after_first_paint(window: MainWindow, data_dir: Path, *, checks: bool = True) -> None:
    """The shipped Arabic and Latin fonts (for machines without their own), the daily
    backup and the full health check wait for the first paint, so the window does not
    wait for them; text repaints when the fonts arrive. The status bar is always painted
    (a macOS menu bar is not a widget that paints)."""
    from netdesk.ui.first_paint import after_first_paint
    from netdesk.ui.startup import AfterStart, DamageReport

    def fonts() -> None:
        from netdesk.printing.fonts import ensure_fonts

        ensure_fonts()

    after_first_paint(window.statusBar(), fonts)
    if not checks:
        return
    after_start = AfterStart(window)
    DamageReport.attach(window, after_start, data_dir)
    after_first_paint(window.statusBar(), lambda: after_start.start(data_dir))
