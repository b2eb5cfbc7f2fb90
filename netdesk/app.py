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
    dialogs = Dialogs()
    try:
        lock, data_dir = open_data_folder(
            data_dir, dialogs, _folder_picker(dialogs, data_dir), args.open_files, daily=False
        )
    except StartupCancelledError:
        return 0
    from netdesk.services.context import create_context

    context = create_context(data_dir, parent=app)
    context.contacts.purge_expired_trash()
    # Held while the app runs: the window has no parent to keep it.
    _window, sync = _show_window(args, context, lock, language, dialogs)
    code = app.exec()
    sync.shutdown()
    from netdesk.services import background

    background.shutdown()
    context.close()
    lock.release()
    return code


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
) -> tuple[MainWindow, SyncUi]:
    """The main window, wired to the lock, the files it is asked to open and sync; shown."""
    from netdesk.settings import Settings
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.open_files import FileRequests
    from netdesk.ui.sync_ui import SyncUi

    window = MainWindow(context, Settings(context.data_dir), language, dialogs)
    lock.activation_requested.connect(window.bring_to_front)
    requests = FileRequests(window)
    lock.files_received.connect(requests.open)
    sync = SyncUi(window)
    _after_first_paint(window, context.data_dir)
    window.show()
    if not args.screenshot:
        sync.start_later()
    from netdesk.ui.tray import TrayReminder

    if TrayReminder.available() and not args.screenshot:
        TrayReminder(window, window.windowIcon()).start()
    if args.screenshot:
        from netdesk.ui.screenshot import schedule_screenshot

        schedule_screenshot(window, args.screenshot)
    if args.open_files:
        requests.open(args.open_files)
    return window, sync


def _after_first_paint(window: MainWindow, data_dir: Path) -> None:
    """The shipped Arabic and Latin fonts (for machines without their own), the daily
    backup and the full health check wait for the first paint, so the window does not
    wait for them; text repaints when the fonts arrive. The status bar is always painted
    (a macOS menu bar is not a widget that paints)."""
    from netdesk.printing.fonts import ensure_fonts
    from netdesk.ui.first_paint import after_first_paint
    from netdesk.ui.startup import AfterStart, DamageReport

    after_start = AfterStart(window)
    DamageReport.attach(window, after_start, data_dir)
    after_first_paint(window.statusBar(), ensure_fonts)
    after_first_paint(window.statusBar(), lambda: after_start.start(data_dir))
