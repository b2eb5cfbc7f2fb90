"""From card images (front and back) to a proposed contact: QR code first, else OCR."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netdesk.domain.card_fields import CardLine, CardReading, read_card
from netdesk.domain.contact_data import ContactData
from netdesk.io.errors import MAX_IMPORT_BYTES

# The card kept with the contact: enough to read it again, a small part of a photo.
STORED_WIDTH = 900
STORED_QUALITY = 80


class CardScanError(Exception):
    """An image cannot be read, or holds no card text; ``str()`` is one line."""


@dataclass
class CardScan:
    """What the images say.

    Attributes:
        reading: the proposed contact and the regions its fields came from.
        cards: the straightened card of each image (BGR arrays), for showing regions.
        from_code: the contact came from a QR code (no OCR was needed).
        lines: every text line read, for the proposal's "card text" view.
    """

    reading: CardReading
    cards: list[Any] = field(default_factory=list)
    from_code: bool = False
    lines: list[CardLine] = field(default_factory=list)

    @property
    def contact(self) -> ContactData:
        return self.reading.contact


def load_image(data: bytes, name: str) -> Any:
    """The decoded image; ``CardScanError`` when it is not one OpenCV can read."""
    from netdesk.io.cards.locate import decode

    if len(data) > MAX_IMPORT_BYTES:
        raise CardScanError(f"{name}: the file is larger than 64 MB")
    image = decode(data)
    if image is None:
        raise CardScanError(f"{name}: not an image NetDesk can read (JPEG, PNG, WebP, TIFF)")
    return image


def scan_images(
    images: list[tuple[str, bytes]], region: str = "", prefer_arabic: bool = False
) -> CardScan:
    """Read the card in ``images`` (name, bytes), front and back together.

    A QR code holding a contact wins over the printed text. Raises ``CardScanError``
    for an unreadable image or when no image holds any card text.
    """
    from netdesk.io.cards.locate import even_light, straighten
    from netdesk.io.cards.ocr import Ocr
    from netdesk.io.cards.qr import contact_from_code, read_codes

    decoded = [(name, load_image(data, name)) for name, data in images]
    for _name, image in decoded:
        for text in read_codes(image):
            contact = contact_from_code(text)
            if contact is not None:
                return CardScan(CardReading(contact), [image], from_code=True)
    cards, lines = [], []
    for index, (_name, image) in enumerate(decoded):
        card = straighten(image)
        cards.append(card)
        lines += Ocr.read_lines(even_light(card), index)
    reading = read_card(lines, region, prefer_arabic)
    if not lines or reading.contact.is_empty():
        names = ", ".join(name for name, _ in images)
        raise CardScanError(f"{names}: no card text found")
    return CardScan(reading, cards, lines=lines)


def stored_card(cards: list[Any]) -> bytes | None:
    """The cards (front above back) as one JPEG, scaled to keep with the contact."""
    import cv2

    if not cards:
        return None
    scaled = [
        cv2.resize(c, (STORED_WIDTH, max(1, round(c.shape[0] * STORED_WIDTH / c.shape[1]))))
        for c in cards
    ]
    ok, data = cv2.imencode(".jpg", cv2.vconcat(scaled), [cv2.IMWRITE_JPEG_QUALITY, STORED_QUALITY])
    return bytes(data) if ok else None
