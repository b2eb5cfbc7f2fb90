"""``scan-card`` and ``my-card`` run as a user would: a process per command."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

CARDS = Path(__file__).resolve().parents[1] / "data" / "cards"


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def card(index: int) -> dict[str, Any]:
    people: list[dict[str, Any]] = json.loads((CARDS / "expected.json").read_text("utf-8"))
    return people[index]


@pytest.fixture
def network(tmp_path, qapp):
    """Amal (whose card is card 0) already known by her email; Layla marked as me."""
    from netdesk.domain.contact_data import ContactData, Labeled
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    amal = ctx.contacts.add(
        ContactData(given_name="Amal", emails=[Labeled(card(0)["email"])], circle="coworker")
    )
    me = ctx.contacts.add(
        ContactData(
            given_name="Layla",
            family_name="Haddad",
            organization="Gulf Data Systems LLC",
            phones=[Labeled("+971 50 123 4567", "mobile")],
        )
    )
    ctx.contacts.set_owner(me)
    ctx.close()
    return data, amal


def test_scan_card_prints_the_export_json_keys(tmp_path):
    out = run(tmp_path / "d", "scan-card", "--json", str(CARDS / card(0)["files"][0]))
    assert out.returncode == 0, out.stderr
    document = json.loads(out.stdout)
    assert document["format"] == "netdesk"
    assert document["emails"] == [card(0)["email"]]
    assert document["display_name"] == card(0)["expected"]["name"]
    assert "photo" not in document and "interactions" not in document
    # Nothing was written: no --add.
    assert not (tmp_path / "d" / "netdesk.sqlite3").exists()


def test_scan_card_refuses_what_it_cannot_read_with_one_line(tmp_path):
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((500, 800, 3), 255, np.uint8))
    for path, reason in (
        (text, "not an image"),
        (blank, "no card text"),
        (tmp_path / "missing.jpg", "cannot read"),
    ):
        out = run(tmp_path / "d", "scan-card", str(path))
        assert out.returncode == 2
        assert out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
        assert reason in out.stderr


def test_scan_card_add_merges_with_the_person_already_known(network, qapp):
    from netdesk.services.context import create_context

    data, amal = network
    out = run(data, "scan-card", "--add", str(CARDS / card(0)["files"][0]))
    assert out.returncode == 0, out.stderr
    assert "0 added, 1 merged" in out.stderr
    ctx = create_context(data)
    try:
        merged = ctx.contacts.get(amal)
        assert merged.family_name == "Osman" and merged.organization == card(0)["org"][0]
        assert merged.card_image is not None and merged.card_image[:2] == b"\xff\xd8"
    finally:
        ctx.close()


def test_a_qr_screenshot_becomes_the_contact_without_ocr_and_merges(network, tmp_path):
    from netdesk.io.cards.qr import qr_image

    data, _amal = network
    shot = tmp_path / "qr.png"
    shot.write_bytes(
        qr_image(f"MECARD:N:Osman,Amal;EMAIL:{card(0)['email']};TEL:+97150999;;", "png")
    )
    out = run(data, "scan-card", "--add", str(shot))
    assert out.returncode == 0, out.stderr
    assert "Name: Amal Osman" in out.stdout
    assert "0 added, 1 merged" in out.stderr


def test_my_card_writes_a_qr_code_a_phone_reads(network, tmp_path):
    from netdesk.io.cards.qr import contact_from_code, read_codes

    data, _amal = network
    png, svg = tmp_path / "me.png", tmp_path / "me.svg"
    assert run(data, "my-card", "--qr", str(png)).returncode == 0
    assert run(data, "my-card", "--qr", str(svg)).returncode == 0
    (text,) = read_codes(cv2.imread(str(png)))
    me = contact_from_code(text)
    assert me is not None and (me.given_name, me.family_name) == ("Layla", "Haddad")
    assert "VERSION:3.0" in text
    assert b"<svg" in svg.read_bytes()
    bad = run(data, "my-card", "--qr", str(tmp_path / "me.gif"))
    assert bad.returncode == 2 and ".png or .svg" in bad.stderr


def test_my_card_without_a_contact_marked_as_me_says_so(tmp_path):
    out = run(tmp_path / "d", "my-card", "--qr", str(tmp_path / "me.png"))
    assert out.returncode == 2 and "My Card" in out.stderr
