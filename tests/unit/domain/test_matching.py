"""Two records are one person only on strong evidence that nothing contradicts."""

from __future__ import annotations

import pytest

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.matching import (
    Identity,
    Match,
    Verdict,
    compare,
    email_key,
    name_words,
    names_contradict,
    profile_key,
)


def words(name: str) -> tuple[str, ...]:
    return name_words(ContactData(display_name=name))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sara", "Sara Ali"),
        ("Mohammed Ahmed", "Mohamed Ahmad"),  # transliterations
        ("Muhammad Hasan", "Mohamed Hassan"),
        ("M. Ahmed", "Mohamed Ahmed"),  # an initial
        ("Dr. Ahmed Hassan", "Ahmed Hassan"),
        ("Hassan Ahmed", "Ahmed Hassan"),  # family name first
        ("Abdel Rahman Said", "Abdelrahman Said"),
        ("محمد أحمد", "Mohamed Ahmed"),  # another script
        ("محمّد أحمد", "محمد احمد"),  # diacritics and hamza
        ("م. محمد أحمد", "محمد أحمد"),
        ("", "John Smith"),  # no name
    ],
)
def test_names_that_may_be_one_person(a: str, b: str) -> None:
    assert not names_contradict(words(a), words(b), strict=True)


@pytest.mark.parametrize(("a", "b"), [("John Smith", "Sara Ali"), ("محمد حسن", "سارة علي")])
def test_clearly_different_names(a: str, b: str) -> None:
    assert names_contradict(words(a), words(b))
    assert names_contradict(words(a), words(b), strict=True)


@pytest.mark.parametrize(
    ("a", "b"), [("Ahmed Hassan", "Mohamed Hassan"), ("محمد حسن", "أحمد محمد حسن")]
)
def test_family_members_share_a_family_name_not_a_given_name(a: str, b: str) -> None:
    assert not names_contradict(words(a), words(b))
    assert names_contradict(words(a), words(b), strict=True)


def person(**fields: object) -> Identity:
    return Identity.of(ContactData(**fields), "EG")  # type: ignore[arg-type]


def test_strong_evidence_without_contradiction_is_the_same_person() -> None:
    sara = person(given_name="Sara", emails=[Labeled("Sara@X.example")])
    assert compare(sara, person(given_name="Sara Ali", emails=[Labeled("sara@x.example")])) == (
        Match(Verdict.SAME, "email")
    )
    assert compare(person(uid="u1", given_name="Old"), person(uid="u1", given_name="New")) == (
        Match(Verdict.SAME, "uid")
    )


def test_contradicted_evidence_is_only_possible() -> None:
    shared = [Labeled("office@fawry.example")]
    nour, tarek = (
        person(given_name="Nour", emails=shared),
        person(given_name="Tarek", emails=shared),
    )
    assert compare(nour, tarek) == Match(Verdict.POSSIBLE, "email")
    one, two = person(uid="a", emails=shared), person(uid="b", emails=shared)
    assert compare(one, two) == Match(Verdict.SAME, "email")  # across sources UIDs differ
    assert compare(one, two, same_source=True) == Match(Verdict.POSSIBLE, "email")
    link = [Labeled("https://linkedin.com/in/omar")]
    old = person(urls=link, emails=[Labeled("o@old.example")])
    new = person(urls=link, emails=[Labeled("o@new.example")])
    assert compare(old, new) == Match(Verdict.POSSIBLE, "url")


_AHMED = {"given_name": "Mohamed", "family_name": "Ahmed", "organization": "Aramco"}


def test_name_and_organisation_alone_is_possible_and_contradicted_by_reach() -> None:
    a = person(given_name="Mohamed", family_name="Ahmed", organization="Aramco")
    b = person(given_name="mohamed", family_name="ahmed", organization="ARAMCO")
    assert compare(a, b) == Match(Verdict.POSSIBLE, "name+org")
    own = person(
        given_name="Mohamed",
        family_name="Ahmed",
        organization="Aramco",
        emails=[Labeled("m1@aramco.example")],
    )
    other = person(
        given_name="Mohamed",
        family_name="Ahmed",
        organization="Aramco",
        phones=[Labeled("+966 50 123 4567")],
    )
    assert compare(own, other) is None
    assert compare(person(uid="1", **_AHMED), person(uid="2", **_AHMED), same_source=True) is None


def test_a_shared_line_with_two_given_names_is_two_people() -> None:
    line = [Labeled("02 2345 6789")]
    father = person(given_name="Mohamed", family_name="Hassan", phones=line)
    son = person(given_name="Ahmed", family_name="Hassan", phones=line)
    assert compare(father, son) is None
    assert compare(father, person(phones=line)) == Match(Verdict.SAME, "phone")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.linkedin.com/in/Omar-H/", "linkedin.com/in/omar-h"),
        ("facebook.com/omar.h", "facebook.com/omar.h"),
        ("https://www.linkedin.com/company/aramco", ""),
        ("https://www.facebook.com/profile.php?id=1", ""),  # the id is lost in the key
        ("https://github.com/omar/netdesk", ""),
        ("https://fawry.example/team/omar", ""),
    ],
)
def test_only_a_persons_profile_is_a_key(url: str, key: str) -> None:
    assert profile_key(url) == key


@pytest.mark.parametrize(("value", "key"), [(" Sara@X.example ", "sara@x.example"), ("SMTP", "")])
def test_only_an_address_is_an_email_key(value: str, key: str) -> None:
    assert email_key(value) == key
