"""The fixed subset of the card test set: photographed cards read within thresholds.

``tests/data/cards`` holds 12 cards made by ``python -m bench.cards --count 12 --seed 2121
--write tests/data/cards`` (English, Arabic, bilingual; rotated up to 15°, in perspective,
under uneven light, blurred, noisy, JPEG). The goals of issue 21 (95 % emails and phones,
85 % names and organisations) are measured on the 90-card set by ``python -m bench.cards``;
on these 12 the thresholds hold the reading from getting worse.
"""

import json
import time
from pathlib import Path

import pytest

from netdesk.domain.card_fields import clean_text
from netdesk.domain.phones import phone_key
from netdesk.io.cards.scan import CardScanError, scan_images, stored_card

CARDS = Path(__file__).resolve().parents[3] / "data" / "cards"
THRESHOLDS = {"email": 0.95, "phone": 0.95, "name": 0.75, "organization": 0.7, "title": 0.7}


def _got(contact, region: str) -> dict[str, str]:
    return {
        "name": clean_text(contact.display_name),
        "organization": clean_text(contact.organization),
        "title": clean_text(contact.job_title),
        "email": contact.emails[0].value if contact.emails else "",
        "phone": phone_key(contact.phones[0].value, region) if contact.phones else "",
    }


def test_the_fixed_card_subset_is_read_within_thresholds() -> None:
    people = json.loads((CARDS / "expected.json").read_text("utf-8"))
    hits: dict[str, list[bool]] = {name: [] for name in THRESHOLDS}
    seconds = []
    scan_images([("warm-up", (CARDS / people[0]["files"][0]).read_bytes())])
    for person in people:
        images = [(name, (CARDS / name).read_bytes()) for name in person["files"]]
        # CPU time: the machine's other work does not count against the card.
        began = time.process_time()
        scan = scan_images(images, person["region"], prefer_arabic=person["language"] == "ar")
        seconds.append((time.process_time() - began) / len(images))
        got = _got(scan.contact, person["region"])
        for name, want in person["expected"].items():
            hits[name].append(got[name] == want)
    accuracy = {name: sum(v) / len(v) for name, v in hits.items()}
    assert all(accuracy[name] >= THRESHOLDS[name] for name in THRESHOLDS), accuracy
    assert sorted(seconds)[len(seconds) // 2] <= 2.0


def test_a_two_sided_card_keeps_both_names_and_is_stored_small() -> None:
    people = json.loads((CARDS / "expected.json").read_text("utf-8"))
    person = next(p for p in people if len(p["files"]) == 2)
    scan = scan_images([(n, (CARDS / n).read_bytes()) for n in person["files"]], person["region"])
    assert {scan.contact.display_name, scan.contact.second_name} == {
        person["name_en"],
        person["name_ar"],
    }
    stored = stored_card(scan.cards)
    assert stored is not None and stored[:2] == b"\xff\xd8" and len(stored) < 400_000


def test_an_image_that_is_not_one_and_one_without_text_are_refused(tmp_path) -> None:
    import cv2
    import numpy as np

    with pytest.raises(CardScanError, match="not an image"):
        scan_images([("notes.txt", b"hello")])
    _ok, blank = cv2.imencode(".png", np.full((400, 600, 3), 255, np.uint8))
    with pytest.raises(CardScanError, match="no card text"):
        scan_images([("blank.png", bytes(blank))])
