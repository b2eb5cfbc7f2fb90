"""The business-card commands: ``scan-card`` and ``my-card``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The command line's helpers, handed in by ``netdesk.cli`` (which imports this module):
# open the data folder's services (raising its CommandError), and write an output file.
OpenContext = Callable[[argparse.Namespace], Any]
SaveOutput = Callable[[Path, bytes, Path], "str | None"]

EXIT_OK = 0
EXIT_FAILURE = 2


def add_card_commands(sub: Any) -> None:
    scan = sub.add_parser(
        "scan-card", help="read a business card (photos of its front and back) into a contact"
    )
    scan.add_argument("images", nargs="+", metavar="IMAGE")
    scan.add_argument("--json", action="store_true", help="print the contact as export JSON")
    scan.add_argument(
        "--add",
        action="store_true",
        help="import it (merged with the same person if you have them)",
    )
    mine = sub.add_parser("my-card", help="write your own card as a QR code (vCard 3.0)")
    mine.add_argument("--qr", required=True, metavar="OUT.png|OUT.svg")


def _fail(message: str) -> int:
    print(f"netdesk: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _region() -> str:
    from PySide6.QtCore import QLocale

    locale = QLocale.system()
    return str(locale.territoryToCode(locale.territory()))


def _prefers_arabic(args: argparse.Namespace) -> bool:
    from PySide6.QtCore import QLocale

    language = getattr(args, "lang", None) or QLocale.system().name()[:2]
    return str(language) == "ar"


def describe(contact: Any) -> list[str]:
    """The proposed contact as lines of "Field: value" for a terminal."""
    rows = [
        ("Name", contact.best_name()),
        ("Second name", contact.second_name),
        ("Title", contact.job_title),
        ("Organisation", contact.organization),
        *(("Email", e.value) for e in contact.emails),
        *(("Phone", p.value) for p in contact.phones),
        *(("Link", u.value) for u in contact.urls),
        *(("Address", a.value) for a in contact.addresses),
    ]
    return [f"{label}: {value}" for label, value in rows if value]


def scan_card(args: argparse.Namespace, open_context: OpenContext) -> int:
    from netdesk.io.cards.ocr import OcrUnavailableError
    from netdesk.io.cards.scan import CardScanError, scan_images, stored_card
    from netdesk.io.json_format import contact_to_dict

    images = []
    for name in args.images:
        try:
            images.append((name, Path(name).read_bytes()))
        except OSError as error:
            return _fail(f"cannot read {name}: {error.strerror or error}")
    try:
        scan = scan_images(images, _region(), _prefers_arabic(args))
    except (CardScanError, OcrUnavailableError) as error:
        return _fail(str(error))
    contact = scan.contact
    if args.json:
        document = contact_to_dict(contact)
        for key in ("id", "photo", "interactions"):
            document.pop(key, None)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print("\n".join(describe(contact)))
    if not args.add:
        return EXIT_OK
    contact.card_image = stored_card(scan.cards)
    return _add(open_context(args), contact, Path(args.images[0]).name)


def _add(context: Any, contact: Any, source: str) -> int:
    from netdesk.db.backup import BackupError
    from netdesk.db.connection import DiskFullError
    from netdesk.single_instance import SingleInstance

    lock = SingleInstance()
    try:
        if not lock.acquire(context.data_dir):
            return _fail("NetDesk is running with this data folder; add the card from its window")
        context.contacts.prepare_checkpoint("import")
        plan = context.importer.plan([contact])
        report = context.importer.apply(plan, "", [], source)
    except (BackupError, DiskFullError) as error:
        return _fail(f"nothing added: {error}")
    finally:
        context.close()
        lock.release()
    print(f"{source}: {report.added} added, {report.merged} merged", file=sys.stderr)
    return EXIT_OK


def my_card(args: argparse.Namespace, open_context: OpenContext, save: SaveOutput) -> int:
    from netdesk.io.cards.qr import card_vcard, qr_image

    target = Path(args.qr)
    kind = target.suffix.lower().lstrip(".")
    if kind not in ("png", "svg"):
        return _fail(f"{args.qr}: the QR code is written as .png or .svg")
    context = open_context(args)
    try:
        me = context.contacts.owner()
        if me is None:
            return _fail("no contact is marked as you: choose yours in Edit → My Card…")
        data = qr_image(card_vcard(context.contacts.get(me)), kind)
        problem = save(target, data, context.data_dir)
    finally:
        context.close()
    return _fail(problem) if problem else EXIT_OK


def self_test_card() -> str:
    """The installed app's check: the bundled card photo read with the bundled OCR models,
    and a QR code of it written and read back. Raises ``RuntimeError`` when it fails."""
    import numpy as np

    from netdesk.io.cards.ocr import tessdata_dir
    from netdesk.io.cards.qr import card_vcard, contact_from_code, qr_matrix, read_codes
    from netdesk.io.cards.scan import scan_images
    from netdesk.resources import resource_path

    photo = resource_path("samples", "business-card.jpg")
    c = scan_images([(photo.name, photo.read_bytes())], "EG").contact
    if c.best_name() != "Yasser Elmasry" or not c.emails or c.second_name != "ياسر المصري":
        raise RuntimeError(f"read {c.best_name()!r} / {c.second_name!r}, {len(c.emails)} emails")
    modules = np.kron(np.array(qr_matrix(card_vcard(c)), np.uint8), np.ones((8, 8), np.uint8))
    code = np.pad((1 - modules) * 255, 32, constant_values=255).astype(np.uint8)
    back = [contact_from_code(text) for text in read_codes(code)]
    if not back or back[0] is None or back[0].given_name != "Yasser":
        raise RuntimeError("the card's QR code did not read back")
    return f"{c.best_name()} / {c.second_name}, {c.emails[0].value} (models: {tessdata_dir()})"
