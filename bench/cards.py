"""Business-card test set: bilingual cards rendered with Qt, photographed with OpenCV.

Each card is drawn from a generated contact in one of several layouts and fonts
(English, Arabic, bilingual: split halves, stacked, two-sided), then put on a table
in a "photo": rotated up to ±15°, in perspective, under uneven light, blurred, noisy and
JPEG-compressed. ``measure`` scans every card and reports exact-match accuracy per field
and language, and the time per card.

    python -m bench.cards [--count 60] [--seed 7] [--write DIR]

``--write DIR`` saves the photos and ``expected.json`` (the fixed subset in tests/data/cards).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from netdesk.sample.words import AR_FAMILY, AR_FEMALE, AR_MALE

# (English, Arabic): organisations with and without a word that says "company".
ORGS = [
    ("Gulf Data Systems LLC", "شركة أنظمة بيانات الخليج"),
    ("Nile Software House", "بيت النيل للبرمجيات"),
    ("Cairo University", "جامعة القاهرة"),
    ("Emirates NBD", "بنك الإمارات دبي الوطني"),
    ("Petra Consulting Group", "مجموعة البتراء للاستشارات"),
    ("Dar Al Fouad Hospital", "مستشفى دار الفؤاد"),
    ("King Saud University", "جامعة الملك سعود"),
    ("Horizon Trading Co.", "مؤسسة الأفق التجارية"),
    ("Delta Engineering Ltd", "شركة الدلتا للهندسة"),
    ("Fawry", "فوري"),
    ("Amman Tech Institute", "معهد عمان للتقنية"),
    ("Red Sea Logistics", "البحر الأحمر للخدمات اللوجستية"),
]
TITLES = [
    ("Software Engineer", "مهندس برمجيات"),
    ("Engineering Manager", "مدير الهندسة"),
    ("Product Manager", "مدير منتجات"),
    ("Data Analyst", "محلل بيانات"),
    ("Sales Director", "مدير المبيعات"),
    ("Professor of Physics", "أستاذ الفيزياء"),
    ("Head of Marketing", "رئيس قسم التسويق"),
    ("Senior Consultant", "مستشار أول"),
    ("Chief Financial Officer", "المدير المالي"),
    ("Founder & CEO", "المؤسس والرئيس التنفيذي"),
]
# (country, dialling code, mobile prefix digits, national trunk prefix)
COUNTRIES = [("AE", "971", "50", "0"), ("SA", "966", "55", "0"), ("EG", "20", "100", "0")]
LATIN_FONTS = ["Noto Sans", "DejaVu Sans", "DejaVu Serif"]
ARABIC_FONTS = ["Noto Sans Arabic", "Noto Naskh Arabic", "Noto Kufi Arabic"]
LAYOUTS = {
    "en": ["left", "centred", "band"],
    "ar": ["left", "centred", "band"],
    "bilingual": ["halves", "stacked", "two-sided"],
}
CARD_W, CARD_H = 1004, 650  # 85 x 55 mm at 300 dpi


@dataclass
class CardPerson:
    """One generated card's content and what reading it should give."""

    language: str  # en, ar, bilingual
    layout: str
    name_en: str
    name_ar: str
    org: tuple[str, str]
    title: tuple[str, str]
    email: str
    phone: str  # as printed
    phone_e164: str
    region: str
    website: str
    latin_font: str
    arabic_font: str
    files: list[str] = field(default_factory=list)

    def expected(self) -> dict[str, str]:
        """Exact values per field, in the script the card leads with."""
        arabic = self.language == "ar"
        return {
            "name": self.name_ar if arabic else self.name_en,
            "organization": self.org[1] if arabic else self.org[0],
            "title": self.title[1] if arabic else self.title[0],
            "email": self.email,
            "phone": self.phone_e164,
        }


def make_person(
    rng: random.Random, language: str, layout: str, fonts: dict[str, list[str]]
) -> CardPerson:
    given_ar, given_lat = rng.choice(AR_MALE + AR_FEMALE)
    family_ar, family_lat = rng.choice(AR_FAMILY)
    name_en = f"{given_lat.capitalize()} {family_lat.capitalize()}"
    org = rng.choice(ORGS)
    domain = "".join(w for w in org[0].lower().split()[:2] if w.isalpha()) + ".com"
    region, code, prefix, trunk = rng.choice(COUNTRIES)
    rest = f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    local = rng.random() < 0.3
    phone = f"{trunk}{prefix} {rest}" if local else f"+{code} {prefix} {rest}"
    return CardPerson(
        language=language,
        layout=layout,
        name_en=name_en,
        name_ar=f"{given_ar} {family_ar}",
        org=org,
        title=rng.choice(TITLES),
        email=f"{given_lat}.{family_lat}@{domain}".lower(),
        phone=phone,
        phone_e164=f"+{code}{prefix}{rest.replace(' ', '')}",
        region=region,
        website=f"www.{domain}",
        latin_font=rng.choice(fonts["latin"]),
        arabic_font=rng.choice(fonts["arabic"]),
    )


# Rendering (Qt) -------------------------------------------------------------------------


def _qimage_to_array(image: Any) -> Any:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(height, stride)
    rgb = buffer[:, : width * 3].reshape(height, width, 3)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


class _Painter:
    """Draws lines of text on one card face."""

    def __init__(self, person: CardPerson, rng: random.Random) -> None:
        from PySide6.QtGui import QColor, QImage, QPainter

        self.person = person
        self.image = QImage(CARD_W, CARD_H, QImage.Format.Format_RGB888)
        tint = rng.randrange(235, 256)
        self.image.fill(QColor(tint, tint, rng.randrange(225, 256)))
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.ink = QColor(*rng.choice([(20, 20, 20), (25, 40, 90), (60, 30, 30)]))

    def text(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        px: int,
        arabic: bool,
        bold: bool = False,
        align: str = "",
    ) -> float:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QFont, QFontMetricsF

        font = QFont(self.person.arabic_font if arabic else self.person.latin_font)
        font.setPixelSize(px)
        font.setBold(bold)
        while px > 12 and QFontMetricsF(font).horizontalAdvance(text) > w:
            px -= 2  # a long name or title set smaller, as a designer would
            font.setPixelSize(px)
        self.painter.setFont(font)
        self.painter.setPen(self.ink)
        flags = {
            "centre": Qt.AlignmentFlag.AlignHCenter,
            "right": Qt.AlignmentFlag.AlignRight,
        }.get(align or ("right" if arabic else ""), Qt.AlignmentFlag.AlignLeft)
        self.painter.drawText(QRectF(x, y, w, px * 1.5), flags | Qt.AlignmentFlag.AlignTop, text)
        return y + px * 1.5

    def band(self, rng: random.Random) -> None:
        from PySide6.QtGui import QColor

        self.painter.fillRect(
            0, 0, 90, CARD_H, QColor(*rng.choice([(30, 80, 140), (150, 40, 40), (40, 110, 80)]))
        )

    def done(self) -> Any:
        self.painter.end()
        return _qimage_to_array(self.image)


def _block(p: _Painter, x: float, y: float, w: float, arabic: bool, align: str = "") -> None:
    """Name, title and organisation in one script."""
    person = p.person
    i = 1 if arabic else 0
    y = p.text(x, y, w, person.name_ar if arabic else person.name_en, 54, arabic, True, align)
    y = p.text(x, y + 4, w, person.title[i], 30, arabic, False, align)
    p.text(x, y, w, person.org[i], 30, arabic, False, align)


def _reach(
    p: _Painter, x: float, y: float, w: float, arabic: bool, align: str = "", labels: bool = False
) -> None:
    person = p.person
    items = [("E: ", person.email), ("T: ", person.phone), ("", person.website)]
    for label, value in items:
        y = p.text(x, y, w, (label if labels else "") + value, 27, False, False, align or "left")


def render(person: CardPerson, rng: random.Random) -> list[Any]:
    """The card's faces as BGR arrays (two for a two-sided card)."""
    labels = rng.random() < 0.5
    arabic = person.language == "ar"
    if person.layout in ("left", "centred", "band"):
        p = _Painter(person, rng)
        x = 130 if person.layout == "band" else 50
        w = CARD_W - x - 50
        align = "centre" if person.layout == "centred" else ""
        if person.layout == "band":
            p.band(rng)
        _block(p, x, 50, w, arabic, align)
        _reach(p, x, 420, w, arabic, align if align else ("right" if arabic else "left"), labels)
        return [p.done()]
    if person.layout == "halves":
        p = _Painter(person, rng)
        _block(p, 40, 60, CARD_W / 2 - 50, False)
        _block(p, CARD_W / 2 + 10, 60, CARD_W / 2 - 50, True)
        _reach(p, 40, 420, CARD_W - 80, False, "centre", labels)
        return [p.done()]
    if person.layout == "stacked":
        p = _Painter(person, rng)
        _block(p, 50, 30, CARD_W - 100, False)
        _block(p, 50, 250, CARD_W - 100, True)
        _reach(p, 50, 500, CARD_W - 100, False, "left", False)
        return [p.done()]
    front, back = _Painter(person, rng), _Painter(person, rng)
    _block(front, 50, 50, CARD_W - 100, False)
    _reach(front, 50, 420, CARD_W - 100, False, "left", labels)
    _block(back, 50, 50, CARD_W - 100, True)
    _reach(back, 50, 420, CARD_W - 100, False, "right", labels)
    return [front.done(), back.done()]


def render_with_code(person: CardPerson, rng: random.Random) -> Any:
    """The card's front with a QR code of the person's vCard in its lower corner."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    from netdesk.domain.contact_data import ContactData, Labeled
    from netdesk.io.cards.qr import card_vcard, qr_matrix

    given, _, family = person.name_en.partition(" ")
    vcard = card_vcard(
        ContactData(
            given_name=given,
            family_name=family,
            organization=person.org[0],
            emails=[Labeled(person.email, "work")],
            phones=[Labeled(person.phone_e164, "work")],
        )
    )
    p = _Painter(person, rng)
    _block(p, 50, 50, CARD_W - 100, person.language == "ar")
    matrix = qr_matrix(vcard)
    side = 230 / len(matrix)
    p.painter.setPen(QColor(0, 0, 0, 0))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                p.painter.fillRect(QRectF(730 + c * side, 370 + r * side, side, side), p.ink)
    return p.done()


def measure_codes(count: int, seed: int) -> dict[str, Any]:
    """Cards with a QR code, photographed like the others: how many become the contact."""
    from netdesk.io.cards.scan import CardScanError, scan_images

    rng = random.Random(seed)
    fonts = available_fonts()
    read = 0
    for i in range(count):
        person = make_person(rng, ("en", "ar", "bilingual")[i % 3], "left", fonts)
        photo = photograph(render_with_code(person, rng), rng)
        try:
            scan = scan_images([("qr.jpg", photo)], person.region)
        except CardScanError:
            continue
        emails = [e.value for e in scan.contact.emails]
        read += scan.from_code and emails == [person.email]
    return {"qr_read": read / count, "qr_cards": count}


# Photographing (OpenCV) -----------------------------------------------------------------


def photograph(card: Any, rng: random.Random) -> bytes:
    """The card on a table, as a phone would take it: a JPEG."""
    out_w, out_h = 1600, 1200
    base = rng.randrange(40, 130)
    table = np.full((out_h, out_w, 3), base, np.uint8)
    table = table + np.asarray([rng.randrange(-20, 20) for _ in range(3)], np.int16).clip(
        -base, 255
    )
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, (out_h, out_w, 3))
    table = np.clip(table + noise, 0, 255).astype(np.uint8)
    h, w = card.shape[:2]
    scale = rng.uniform(0.75, 1.05) * out_w * 0.8 / w
    angle = np.deg2rad(rng.uniform(-15, 15))
    centre = np.array([out_w / 2 + rng.uniform(-60, 60), out_h / 2 + rng.uniform(-40, 40)])
    corners = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]) * scale
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    jitter = np.array(
        [
            [rng.uniform(-0.05, 0.05) * w * scale, rng.uniform(-0.05, 0.05) * h * scale]
            for _ in range(4)
        ]
    )
    target = (corners @ rotation.T + centre + jitter).astype(np.float32)
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, target)
    warped = cv2.warpPerspective(card, matrix, (out_w, out_h))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (out_w, out_h))
    photo = np.where(mask[..., None] > 0, warped, table)
    # Uneven light: a gradient in a random direction, darker by up to 45 %.
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    direction = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(direction) * xx / out_w + np.sin(direction) * yy / out_h + 1) / 2
    light = 1 - rng.uniform(0.2, 0.45) * ramp
    photo = np.clip(photo * light[..., None], 0, 255).astype(np.uint8)
    sigma = rng.uniform(0.3, 1.3)
    photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    grain = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2, 6), photo.shape)
    photo = np.clip(photo + grain, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, rng.randrange(50, 85)])
    assert ok
    return bytes(data)


# Measuring ------------------------------------------------------------------------------


def available_fonts() -> dict[str, list[str]]:
    from PySide6.QtGui import QFontDatabase

    from netdesk.printing.fonts import ensure_fonts

    ensure_fonts()
    families = set(QFontDatabase.families())
    return {
        "latin": [f for f in LATIN_FONTS if f in families] or ["Noto Sans"],
        "arabic": [f for f in ARABIC_FONTS if f in families] or ["Noto Sans Arabic"],
    }


def generate(count: int, seed: int) -> list[tuple[CardPerson, list[bytes]]]:
    """``count`` cards, a third each English, Arabic and bilingual, with their photos."""
    rng = random.Random(seed)
    fonts = available_fonts()
    out = []
    for i in range(count):
        language = ("en", "ar", "bilingual")[i % 3]
        layout = LAYOUTS[language][(i // 3) % 3]
        person = make_person(rng, language, layout, fonts)
        out.append((person, [photograph(face, rng) for face in render(person, rng)]))
    return out


def got_fields(contact: Any, region: str) -> dict[str, str]:
    from netdesk.domain.card_fields import clean_text
    from netdesk.domain.phones import phone_key

    return {
        "name": clean_text(contact.display_name),
        "organization": clean_text(contact.organization),
        "title": clean_text(contact.job_title),
        "email": contact.emails[0].value if contact.emails else "",
        "phone": phone_key(contact.phones[0].value, region) if contact.phones else "",
    }


def measure(cards: list[tuple[CardPerson, list[bytes]]]) -> dict[str, Any]:
    """Scan every card; accuracy per language and field, seconds per card."""
    from netdesk.io.cards.scan import CardScanError, scan_images

    hits: dict[str, dict[str, list[bool]]] = {}
    times, misses = [], []
    scan_images([("warm-up", cards[0][1][0])], cards[0][0].region)  # loads the models
    for person, photos in cards:
        began = time.perf_counter()
        try:
            scan = scan_images(
                [(f"{i}.jpg", p) for i, p in enumerate(photos)],
                person.region,
                prefer_arabic=person.language == "ar",
            )
            got = got_fields(scan.contact, person.region)
        except CardScanError:
            got = {}
        times.append((time.perf_counter() - began) / len(photos))
        for name, want in person.expected().items():
            ok = got.get(name, "") == want
            hits.setdefault(person.language, {}).setdefault(name, []).append(ok)
            if not ok:
                misses.append(
                    f"{person.language}/{person.layout} {name}: {got.get(name)!r} != {want!r}"
                )
    accuracy = {
        lang: {name: sum(v) / len(v) for name, v in fields.items()} for lang, fields in hits.items()
    }
    overall = {
        name: sum(sum(f[name]) for f in hits.values()) / sum(len(f[name]) for f in hits.values())
        for name in next(iter(hits.values()))
    }
    return {
        "accuracy": accuracy,
        "overall": overall,
        "seconds_per_card": sorted(times)[len(times) // 2],
        "max_seconds": max(times),
        "misses": misses,
    }


def write_fixtures(cards: list[tuple[CardPerson, list[bytes]]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    people = []
    for i, (person, photos) in enumerate(cards):
        for side, photo in enumerate(photos):
            name = f"card-{i:02d}-{person.language}-{side}.jpg"
            (folder / name).write_bytes(photo)
            person.files.append(name)
        people.append(asdict(person) | {"expected": person.expected()})
    (folder / "expected.json").write_text(json.dumps(people, ensure_ascii=False, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cards")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--write", type=Path, help="save the photos and expected.json here")
    parser.add_argument("--json", action="store_true", help="print only the result as JSON")
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    cards = generate(args.count, args.seed)
    if args.write:
        write_fixtures(cards, args.write)
        return 0
    result = measure(cards)
    result.update(measure_codes(max(3, args.count // 3), args.seed))
    del app
    if args.json:
        print(json.dumps(result))
        return 0
    print(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=1))
    for miss in result["misses"]:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
