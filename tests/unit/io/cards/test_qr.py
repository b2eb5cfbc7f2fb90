"""QR codes: vCard, MECARD and profile links read into contacts; my card written."""

import cv2
import numpy as np

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.io.cards.qr import card_vcard, contact_from_code, qr_image, read_codes


def test_a_vcard_code_is_read_with_the_vcard_importer() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Layla;;;\r\nFN:Layla Haddad\r\n"
        "ORG:Gulf Data\r\nTITLE:Engineer\r\nTEL;TYPE=CELL:+971501234567\r\n"
        "EMAIL:layla@gulf.example\r\nEND:VCARD\r\n"
    )
    c = contact_from_code(text)
    assert c is not None
    assert (c.given_name, c.family_name, c.organization, c.job_title) == (
        "Layla",
        "Haddad",
        "Gulf Data",
        "Engineer",
    )
    assert [e.value for e in c.emails] == ["layla@gulf.example"]


def test_a_mecard_code_with_escapes() -> None:
    c = contact_from_code(
        r"MECARD:N:نصر,عمر;ORG:Delta\; Co;TEL:+201001234567;EMAIL:omar@d.example;"
        r"URL:https://linkedin.com/in/omar;;"
    )
    assert c is not None
    assert (c.given_name, c.family_name, c.organization) == ("عمر", "نصر", "Delta; Co")
    assert [p.value for p in c.phones] == ["+201001234567"]
    assert [(u.value, u.label) for u in c.urls] == [("https://linkedin.com/in/omar", "linkedin")]


def test_a_profile_link_is_a_contact_with_that_link_and_other_text_is_none() -> None:
    c = contact_from_code("https://www.linkedin.com/in/sara-ali")
    assert c is not None and c.urls[0].label == "linkedin"
    assert contact_from_code("WIFI:S:cafe;T:WPA;P:secret;;") is None
    assert contact_from_code("MECARD:;;") is None


def _photo_of(png: bytes, angle: float) -> np.ndarray:
    """The code on a grey table, turned and blurred as a phone photo would be."""
    code = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    assert code is not None
    table = np.full((1200, 1200, 3), 90, np.uint8)
    h, w = code.shape[:2]
    table[300 : 300 + h, 300 : 300 + w] = code[: 900 - 300, : 900 - 300]
    matrix = cv2.getRotationMatrix2D((600, 600), angle, 1.0)
    turned = cv2.warpAffine(table, matrix, (1200, 1200), borderValue=(90, 90, 90))
    return cv2.GaussianBlur(turned, (0, 0), 1.0)


def test_my_card_round_trips_through_a_photographed_qr_code() -> None:
    me = ContactData(
        uid="urn:uuid:1",
        given_name="ليلى",
        family_name="حداد",
        organization="Gulf Data Systems LLC",
        job_title="مهندسة برمجيات",
        emails=[Labeled("layla@gulf.example", "work")],
        phones=[Labeled("+971 50 123 4567", "mobile")],
        notes="private: never in the code",
        photo=b"\x89PNG...",
    )
    vcard = card_vcard(me)
    assert vcard.startswith("BEGIN:VCARD\r\nVERSION:3.0") and "NOTE" not in vcard
    assert "PHOTO" not in vcard
    for angle in (0, 12, -15):
        (text,) = read_codes(_photo_of(qr_image(vcard, "png", scale=6), angle))
        back = contact_from_code(text)
        assert back is not None
        assert (back.given_name, back.family_name) == ("ليلى", "حداد")
        assert [p.value for p in back.phones] == ["+971 50 123 4567"]
    svg = qr_image(vcard, "svg")
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
