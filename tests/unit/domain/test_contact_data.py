"""Plain contact data."""

import copy
import datetime as dt
from dataclasses import fields

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate


def test_clone_equals_a_deep_copy_and_shares_nothing_mutable() -> None:
    original = ContactData(
        id=4,
        uid="u-1",
        given_name="Nour",
        display_name="Dr. Nour",
        birthday=PartialDate(2, 29, 1992),
        photo=b"\x89PNG",
        cadence_days=30,
        favourite=True,
        emails=[Labeled("nour@x.example", "work")],
        phones=[Labeled("+20 100 123 4567", "mobile")],
        addresses=[Labeled("1 Tahrir Sq.", "home")],
        urls=[Labeled("linkedin.com/in/nour", "linkedin")],
        tags=["Cairo"],
        interactions=[
            InteractionData(when=dt.datetime(2024, 5, 1), summary="Met", participants=["x"])
        ],
    )
    clone = original.clone()
    assert clone == copy.deepcopy(original)
    for f in fields(ContactData):
        value = getattr(original, f.name)
        if isinstance(value, list):
            assert getattr(clone, f.name) is not value, f.name
            for mine, theirs in zip(value, getattr(clone, f.name), strict=True):
                assert mine is not theirs or isinstance(mine, str), f.name
    clone.interactions[0].participants.append("y")
    clone.emails[0].label = "home"
    assert original.interactions[0].participants == ["x"]
    assert original.emails[0].label == "work"
