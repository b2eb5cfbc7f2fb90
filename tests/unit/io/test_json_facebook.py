from __future__ import annotations

import datetime as dt
import json

import pytest

from netdesk.domain.enums import InteractionKind
from netdesk.io.errors import ImportFormatError
from netdesk.io.facebook import fix_mojibake, split_name
from netdesk.io.reader import read_contacts
from tests.unit.io._paths import DATA


def test_facebook_friends_with_mojibake_arabic() -> None:
    result = read_contacts(
        (DATA / "facebook_friends_arabic.json").read_bytes(), "your_friends.json"
    )
    assert result.format == "facebook-json"
    first, second, third = result.contacts
    assert first.display_name == "أحمد عبد الله"
    assert (first.given_name, first.family_name) == ("أحمد", "عبد الله")
    assert second.display_name == "ليلى"
    assert third.display_name == "John Smith"
    (event,) = first.interactions
    assert event.kind is InteractionKind.SOCIAL
    assert event.summary == "Friends on Facebook"
    assert event.when == dt.datetime(2020, 1, 26, 0, 53, 20)


def test_older_friends_key_and_plain_names() -> None:
    data = json.dumps({"friends": [{"name": "Zoë Saldaña", "timestamp": 1}]}).encode()
    contact = read_contacts(data).contacts[0]
    assert contact.display_name == "Zoë Saldaña"  # not mojibake: left alone


def test_fix_mojibake() -> None:
    assert fix_mojibake("Ø£Ø­Ù\u0085Ø¯") == "أحمد"
    assert fix_mojibake("Zoë") == "Zoë"
    assert fix_mojibake("أحمد") == "أحمد"
    assert split_name("Madonna") == ("Madonna", "")


@pytest.mark.parametrize(
    "data",
    [b'{"foo": 1}', b"[1, 2, 3]", b'{"friends_v2": []}', b"{not json", b"[]"],
)
def test_other_json_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFormatError):
        read_contacts(data, "x.json")
