"""The screens a user meets, as pictures (run by packaging/screenshot.py under Xvfb).

python packaging/screens.py --data-dir DIR --lang ar --theme dark --out screenshots

Saves, for one language and one theme (``NAME-LANG-THEME.png``): the main window on All
contacts and on Due, the card of a contact with a photo and of one without, the contact
editor, the import preview of a small mixed file, the event sheet, the dashboard, the print
preview of a brief, the welcome a new user sees and the sample network it offers, the
capture preview of a WhatsApp chat, a mailbox and a calendar, and the timeline they fill.
``--only main`` saves the first alone (for the 200 % run). Every picture is read from the
real widgets, on the network in DIR; ``--pdf`` adds page 1 of the brief from the real PDF.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

VCARDS = """BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Salma Khaled\r\nN:Khaled;Salma;;;\r
ORG:Vodafone Egypt\r\nTITLE:Product Manager\r\nEMAIL:salma.khaled@example.com\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:يوسف عبد الله\r\nN:عبد الله;يوسف;;;\r\nORG:أرامكو السعودية\r
TITLE:مهندس بترول\r\nTEL;TYPE=CELL:+966 50 123 4567\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Farouk\r\nN:Farouk;Omar;;;\r\nORG:Fawry\r
EMAIL:omar.farouk@example.org\r\nEND:VCARD\r
"""


class Shots:
    """Saves pictures as ``NAME-LANG-THEME.png`` in one folder."""

    def __init__(self, out: Path, lang: str, theme: str, suffix: str = "") -> None:
        self.out, self.tail = out, f"-{lang}-{theme}{suffix}.png"

    def save(self, widget: QWidget, name: str) -> None:
        widget.show()
        widget.raise_()
        settle()
        path = self.out / f"{name}{self.tail}"
        widget.grab().save(str(path))
        print(path)


def settle(rounds: int = 15) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def portrait() -> bytes:
    """A made-up photo: a head and shoulders on a soft background, as a PNG."""
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 400))
    sky.setColorAt(0, QColor("#9cc3e6"))
    sky.setColorAt(1, QColor("#e9eef5"))
    painter.fillRect(image.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#33475b"))
    painter.drawEllipse(QRectF(70, 250, 260, 260))
    painter.setBrush(QColor("#c68e6b"))
    painter.drawEllipse(QRectF(130, 90, 140, 170))
    painter.setBrush(QColor("#2b2118"))
    painter.drawChord(QRectF(124, 80, 152, 120), 0, 180 * 16)
    painter.end()
    from netdesk.ui.screenshot import png_bytes

    return png_bytes(image)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--lang", choices=["en", "ar"], required=True)
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", choices=["main"], help="save the main window alone")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -200")
    parser.add_argument("--pdf", action="store_true", help="also page 1 of the printed brief")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from netdesk.services.context import create_context
    from netdesk.settings import Settings
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.i18n import install_language
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.theme import install_theme

    install_language(app, args.lang)
    if args.lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    install_theme(app, args.theme)
    shots = Shots(args.out, args.lang, args.theme, args.suffix)
    context = create_context(args.data_dir)
    window = MainWindow(context, Settings(args.data_dir), args.lang, Dialogs())
    window.resize(1280, 800)
    window.show()
    settle()
    shots.save(window, "main-all")
    if args.only != "main":
        shoot_everything(window, shots)
    window.close()
    context.close()
    if args.only != "main":
        welcome(args, shots)
    if args.pdf:
        brief_page(args.data_dir, args.out, args.lang)
    return 0


def shoot_everything(window: MainWindow, shots: Shots) -> None:
    from netdesk.ui.dashboard import DashboardDialog

    with_photo, without = two_contacts(window)
    window.show_due()
    settle()
    shots.save(window, "main-due")
    window.show_contact_anywhere(with_photo)
    shots.save(window, "card-photo")
    window.show_contact_anywhere(without)
    shots.save(window, "card-no-photo")
    shoot_dialogs(window, with_photo, shots)
    dashboard = DashboardDialog(window.context, window)
    shots.save(dashboard, "dashboard")
    dashboard.close()
    print_preview(window, with_photo, shots)
    shoot_capture(window, shots)


def two_contacts(window: MainWindow) -> tuple[int, int]:
    """A contact given a photo, and one beside it without: both with a rich history."""
    from dataclasses import replace

    from netdesk.services import queries

    contacts = window.context.contacts
    ids = window.contacts.ids()[:40]
    rows = contacts.rows(ids)
    ranked = sorted(ids, key=lambda cid: -len(queries.asks_for(cid)) - len(rows[cid].organization))
    with_photo, without = ranked[0], ranked[1]
    contacts.update(with_photo, replace(contacts.get(with_photo), photo=portrait()))
    settle()
    return with_photo, without


def shoot_dialogs(window: MainWindow, contact_id: int, shots: Shots) -> None:
    from netdesk.io.reader import read_contacts
    from netdesk.ui.contact_dialog import ContactDialog
    from netdesk.ui.event_dialog import EventDialog
    from netdesk.ui.import_dialog import ImportPreviewDialog

    context = window.context
    editor = ContactDialog(context.contacts.get(contact_id), window)
    shots.save(editor, "contact-editor")
    editor.close()
    sheet = EventDialog(context.contacts, [], window)
    sheet.name.setText("PyCon Egypt 2026")
    sheet.place.setText("Cairo")
    shots.save(sheet, "event-sheet")
    sheet.close()
    result = read_contacts(VCARDS.encode("utf-8"))
    plan = context.importer.plan(result.contacts)
    preview = ImportPreviewDialog("people.vcf", plan, result.warnings, window)
    shots.save(preview, "import-preview")
    preview.close()


CAPTURED = ROOT / "tests" / "data" / "capture"


def shoot_capture(window: MainWindow, shots: Shots) -> None:
    """The capture preview of a WhatsApp chat, a mailbox and a calendar, then the timeline
    of a contact with what was captured."""
    from netdesk.domain.contact_data import ContactData, Labeled
    from netdesk.services.capture import CaptureChoices
    from netdesk.store.contact_query import ContactQuery
    from netdesk.ui.capture_dialog import CapturePreviewDialog

    context = window.context
    people = {
        "احمد سالم": ContactData(given_name="أحمد", family_name="سالم", cadence_days=30),
        "mona.khaled": ContactData(
            given_name="منى", family_name="خالد", emails=[Labeled("mona.khaled@example.net")]
        ),
    }
    ids = []
    for text, data in people.items():
        found = context.contacts.query_ids(ContactQuery(text=text))
        ids.append(found[0] if found else context.contacts.add(data))
    paths = [
        CAPTURED / "WhatsApp Chat with أحمد سالم.txt",
        CAPTURED / "generated-takeout.mbox",
        CAPTURED / "whatsapp-ar-ios-group.txt",
        CAPTURED / "outlook-weekly-riyadh.ics",
    ]
    plan = context.capture.plan(paths)
    preview = CapturePreviewDialog(plan, window)
    shots.save(preview, "capture-preview")
    preview.close()
    context.capture.apply(plan, CaptureChoices())
    window.show_contact_anywhere(ids[0])
    shots.save(window, "timeline-captured")


def print_preview(window: MainWindow, contact_id: int, shots: Shots) -> None:
    from netdesk.ui.dialogs import print_preview_dialog
    from netdesk.ui.print_flow import painter, summary_jobs

    jobs = summary_jobs(window.parts, [contact_id])
    dialog = print_preview_dialog(window, painter(window.parts, jobs))
    dialog.show()
    settle(40)
    shots.save(dialog, "print-preview")
    dialog.close()


def welcome(args: argparse.Namespace, shots: Shots) -> None:
    """The first window of someone with no contacts yet, and the sample it offers."""
    from netdesk.services.context import create_context
    from netdesk.services.sample_network import open_sample
    from netdesk.settings import Settings
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.sample_mode import WindowSwitch, mark_as_sample

    with tempfile.TemporaryDirectory() as folder:
        context = create_context(Path(folder))
        window = MainWindow(context, Settings(Path(folder)), args.lang, Dialogs())
        window.resize(1280, 800)
        shots.save(window, "welcome")
        window.close()
        context.close()
        # What "Explore a Sample Network" opens.
        context = open_sample(Path(folder))
        window = MainWindow(context, Settings(Path(folder)), args.lang, Dialogs())
        mark_as_sample(window, window.table_box, WindowSwitch(window))
        window.resize(1280, 800)
        shots.save(window, "sample")
        window.close()
        context.close()


def brief_page(data_dir: Path, out: Path, lang: str) -> None:
    from netdesk.db.connection import close_database, database, open_database

    open_database(data_dir / "netdesk.sqlite3")
    (contact_id,) = database.execute_sql(
        "SELECT contact_id FROM participant GROUP BY contact_id "
        "ORDER BY ABS(COUNT(*) - 40), contact_id LIMIT 1"
    ).fetchone()
    close_database()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        command = [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), "summary"]
        command += ["--id", str(contact_id), "--pdf", str(pdf), "--lang", lang]
        subprocess.run(command, check=True, cwd=ROOT)
        if shutil.which("pdftoppm"):
            target = out / f"brief-page1-{lang}"
            page = ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"]
            subprocess.run(["pdftoppm", *page, str(pdf), str(target)], check=True)
            print(f"{target}.png")


if __name__ == "__main__":
    sys.exit(main())
