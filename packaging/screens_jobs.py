"""The job search as pictures: the board, an opening with who can help, Today, a message.

python packaging/screens_jobs.py --data-dir DIR --lang ar --out screenshots

Run under an X server (packaging/screenshot.py starts one) on a sample network, which
has target organisations and openings (netdesk/sample/jobs.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def settle(ms: int = 400) -> None:
    """Let background reads deliver and the widgets paint."""
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot_jobs(window: object, save: Callable[[QWidget, str], None]) -> None:
    """The board, the list with an opening's people, Today and a referral message;
    ``save(widget, name)`` writes each picture (``screens.Shots.save``)."""
    from netdesk.domain.outreach import Purpose
    from netdesk.ui.job_actions import show_job_board
    from netdesk.ui.outreach import Extras, OutreachDialog
    from netdesk.ui.today import Today

    parts = window.parts  # type: ignore[attr-defined]
    board = show_job_board(parts)
    board.resize(1280, 640)
    openings = board.jobs.openings()
    # The opening with the most people to ask: its detail shows current, former, connected.
    best = max(openings, key=lambda o: len(board.jobs.paths(o.organization_id)))
    board.select(best.id)
    board.show()
    settle()  # who can help is read on a worker thread
    save(board, "job-board")
    board.tabs.setCurrentIndex(1)
    save(board, "job-list")
    board.close()
    today = Today(parts)
    today.show()
    settle()
    save(today, "today")
    today.close()
    person = board.jobs.paths(best.organization_id)[0].id
    message = OutreachDialog(parts, person, Purpose.REFERRAL, Extras(opening=best))
    save(message, "ask-referral")
    message.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--lang", choices=["en", "ar"], required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from netdesk.services.context import create_context
    from netdesk.settings import Settings
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.i18n import install_language
    from netdesk.ui.main_window import MainWindow

    install_language(app, args.lang)
    if args.lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    context = create_context(args.data_dir)
    window = MainWindow(context, Settings(args.data_dir), args.lang, Dialogs())
    window.resize(1280, 800)
    window.show()
    settle()
    window.select_contact(window.contacts.id_at(0))

    def shot(widget: QWidget, name: str) -> None:
        save(widget, args.out / f"{name}-{args.lang}.png")

    shot(window, "main-strength")
    shoot_jobs(window, shot)
    window.close()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
