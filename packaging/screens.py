"""The screens a new user meets, as pictures (run by packaging/screenshot.py under Xvfb).

python packaging/screens.py --data-dir DIR --lang ar --out screenshots

Saves, for one language: the import preview of a small mixed file, the event sheet with
two business cards, the contact editor, the Due view, and page 1 of the printed brief of
a contact with about 40 interactions. Everything is read from the real widgets and the
real PDF, on the network in DIR.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VCARDS = """BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Salma Khaled\r\nN:Khaled;Salma;;;\r
ORG:Vodafone Egypt\r\nTITLE:Product Manager\r\nEMAIL:salma.khaled@example.com\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:يوسف عبد الله\r\nN:عبد الله;يوسف;;;\r\nORG:أرامكو السعودية\r
TITLE:مهندس بترول\r\nTEL;TYPE=CELL:+966 50 123 4567\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Farouk\r\nN:Farouk;Omar;;;\r\nORG:Fawry\r
EMAIL:omar.farouk@example.org\r\nEND:VCARD\r
"""


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    for _ in range(10):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


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
    out, lang = args.out, args.lang
    window.show_due()
    save(window, out / f"due-{lang}.png")
    shoot_dialogs(window, out, lang)
    shoot_cards(window, out, lang)
    brief_page(context, args.data_dir, out, lang)
    window.close()
    context.close()
    return 0


def shoot_dialogs(window: object, out: Path, lang: str) -> None:
    from netdesk.domain.contact_data import ContactData, Labeled
    from netdesk.io.reader import read_contacts
    from netdesk.ui.contact_dialog import ContactDialog
    from netdesk.ui.event_dialog import EventDialog
    from netdesk.ui.import_dialog import ImportPreviewDialog

    context = window.context  # type: ignore[attr-defined]
    editor = ContactDialog(
        ContactData(
            given_name="ليلى",
            family_name="حداد",
            organization="Instabug",
            job_title="Engineering Manager",
            phones=[Labeled("+20 100 123 4567", "mobile")],
            emails=[Labeled("layla@example.com", "work")],
        ),
        window,  # type: ignore[arg-type]
    )
    save(editor, out / f"contact-editor-{lang}.png")
    editor.close()
    sheet = EventDialog(context.contacts, [], window)  # type: ignore[arg-type]
    sheet.name.setText("PyCon Egypt 2026")
    sheet.place.setText("Cairo")
    save(sheet, out / f"event-sheet-{lang}.png")
    sheet.close()
    result = read_contacts(VCARDS.encode("utf-8"))
    plan = context.importer.plan(result.contacts)
    preview = ImportPreviewDialog("people.vcf", plan, result.warnings, window)  # type: ignore[arg-type]
    save(preview, out / f"import-preview-{lang}.png")
    preview.close()


def shoot_cards(window: object, out: Path, lang: str) -> None:
    """The proposal of the bundled bilingual card, and My Card's QR code."""
    from netdesk.services.cards import scan_files
    from netdesk.ui.card_proposal import CardProposalDialog
    from netdesk.ui.my_card_dialog import MyCardDialog

    context = window.context  # type: ignore[attr-defined]
    card = ROOT / "resources" / "samples" / "business-card.jpg"
    scan = scan_files([str(card)], "EG", prefer_arabic=lang == "ar")
    proposal = CardProposalDialog(scan, window)  # type: ignore[arg-type]
    save(proposal, out / f"card-proposal-{lang}.png")
    proposal.close()
    from netdesk.services.queries import ContactQuery

    ids = context.contacts.query_ids(ContactQuery())
    context.contacts.set_owner(ids[0])
    mine = MyCardDialog(window.parts)  # type: ignore[attr-defined]
    save(mine, out / f"my-card-{lang}.png")
    mine.close()
    context.undo_stack.undo()


def brief_page(context: object, data_dir: Path, out: Path, lang: str) -> None:
    from netdesk.db.connection import database

    (contact_id,) = database.execute_sql(
        "SELECT contact_id FROM participant GROUP BY contact_id "
        "ORDER BY ABS(COUNT(*) - 40), contact_id LIMIT 1"
    ).fetchone()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        context.close()  # type: ignore[attr-defined]
        subprocess.run(
            [
                sys.executable,
                "-m",
                "netdesk",
                "--data-dir",
                str(data_dir),
                "summary",
                "--id",
                str(contact_id),
                "--pdf",
                str(pdf),
                "--lang",
                lang,
            ],
            check=True,
            cwd=ROOT,
        )
        if shutil.which("pdftoppm"):
            target = out / f"brief-page1-{lang}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(f"{target}.png")


if __name__ == "__main__":
    sys.exit(main())
