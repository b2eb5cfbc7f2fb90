"""Business cards for the window: scan images into a proposal, add it as an import does,
and the user's own card as a QR code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.domain.card_fields import Region
from netdesk.domain.contact_data import ContactData
from netdesk.io.cards.scan import CardScan, CardScanError, scan_images, stored_card

if TYPE_CHECKING:
    from netdesk.services.context import AppContext
    from netdesk.services.importer import ImportReport

# What the image dialogs offer and a drop on the window takes as a card.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp")

__all__ = ["IMAGE_SUFFIXES", "CardScan", "CardScanError", "add_card_contact", "scan_files"]


def is_card_image(path: str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def scan_files(paths: list[str], region: str, prefer_arabic: bool) -> CardScan:
    """Read the card in the images at ``paths`` (front and back); ``CardScanError`` (or
    ``OcrUnavailableError``) with one line when it cannot."""
    from netdesk.io.cards.ocr import OcrUnavailableError

    images = []
    for path in paths:
        try:
            images.append((Path(path).name, Path(path).read_bytes()))
        except OSError as error:
            raise CardScanError(f"{Path(path).name}: {error.strerror or error}") from error
    try:
        return scan_images(images, region, prefer_arabic)
    except OcrUnavailableError as error:
        raise CardScanError(str(error)) from error


def region_png(scan: CardScan, region: Region, margin: int = 6) -> bytes | None:
    """The part of the straightened card a field was read from, as PNG."""
    import cv2

    if not 0 <= region.image < len(scan.cards):
        return None
    card = scan.cards[region.image]
    x, y, w, h = region.box
    crop = card[max(0, y - margin) : y + h + margin, max(0, x - margin) : x + w + margin]
    ok, data = cv2.imencode(".png", crop)
    return bytes(data) if ok and crop.size else None


def card_image(scan: CardScan) -> bytes | None:
    """The card as kept with the contact (scaled JPEG, front above back)."""
    return stored_card(scan.cards)


def add_card_contact(context: AppContext, contact: ContactData, source: str) -> ImportReport:
    """Add (or merge with the person already known) as File → Import does: one undo step,
    a backup first. Raises BackupError or DiskFullError, and then nothing was added."""
    contacts = context.contacts
    contacts.prepare_checkpoint("import")
    try:
        plan = context.importer.plan([contact])
        return context.importer.apply(plan, "", [], source)
    finally:
        contacts.discard_checkpoint()
