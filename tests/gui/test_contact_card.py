"""The contact card opens only safe links and keeps hostile text from reordering its rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.io.vcard import read_vcards
from netdesk.store.ledger_store import Balance
from netdesk.ui.contact_card import CardLedger, ContactCard
from tests.visual_order import reads_left_to_right

XCALC = "file:///usr/bin/xcalc"


class _Opened(QObject):
    """Receives what the desktop was asked to open, from Qt's own code or from ours."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Opened]:
    catcher = _Opened()
    # A label opening links itself calls QDesktopServices from C++: handlers catch that.
    for scheme in ("file", "http", "https", "mailto", "tel"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]

    def open_url(url: QUrl) -> bool:
        catcher.urls.append(QUrl(url).toString())
        return True

    # Our own code calls it from Python: replaced, so no test ever starts a browser.
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    yield catcher
    for scheme in ("file", "http", "https", "mailto", "tel"):
        QDesktopServices.unsetUrlHandler(scheme)


def _card(qtbot, data: ContactData) -> ContactCard:
    card = ContactCard()
    qtbot.addWidget(card)
    card.resize(500, 600)
    card.show_contact(data, None)
    card.show()
    qtbot.wait_exposed(card)
    return card


def _click_start_of(qtbot, label: QLabel) -> None:
    rect = label.contentsRect()
    x = rect.right() - 4 if label.isRightToLeft() else rect.left() + 4
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, rect.top() + 6))


def test_a_file_link_is_text_and_a_click_opens_nothing(qtbot, opened) -> None:
    card = _card(qtbot, ContactData(given_name="X", urls=[Labeled(XCALC, "linkedin")]))
    profiles = card._rows["profiles"]
    assert "<a" not in profiles.text()
    assert XCALC in profiles.text()
    assert "LinkedIn" not in profiles.text()
    _click_start_of(qtbot, profiles)
    profiles.linkActivated.emit(XCALC)  # even if an anchor were forged
    assert opened.urls == []


def test_a_web_link_opens_through_the_guard(qtbot, opened) -> None:
    url = "https://www.linkedin.com/in/omar"
    card = _card(qtbot, ContactData(given_name="X", urls=[Labeled(url, "website")]))
    profiles = card._rows["profiles"]
    assert f'<a href="{url}">' in profiles.text() and "LinkedIn" in profiles.text()
    _click_start_of(qtbot, profiles)
    assert opened.urls == [url]


def test_the_link_kind_shown_is_the_hosts_not_the_files(qtbot) -> None:
    (data,), _warnings = read_vcards(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n"
        b"URL;TYPE=x-linkedin:https://evil.example/in/x\r\n"
        b"URL;TYPE=x-linkedin:file:///usr/bin/xcalc\r\nEND:VCARD\r\n"
    )
    card = _card(qtbot, data)
    text = card._rows["profiles"].text()
    assert "LinkedIn" not in text
    assert '<a href="https://evil.example/in/x">' in text
    assert "evil.example" in text.split("</a>")[0]  # the address itself is shown
    # Stored with a wrong kind (an old database, a sync server): the card still asks the host.
    card.show_contact(
        ContactData(given_name="X", urls=[Labeled("https://evil.example/", "linkedin")]), None
    )
    assert "LinkedIn" not in card._rows["profiles"].text()


def test_mail_and_phone_links_carry_only_the_address(qtbot, opened) -> None:
    card = _card(
        qtbot,
        ContactData(
            given_name="X",
            emails=[Labeled("a@b.example?attach=/etc/passwd")],
            phones=[Labeled("+20 100;ext=1")],
        ),
    )
    assert 'href="mailto:a@b.example%3Fattach%3D%2Fetc%2Fpasswd"' in card._rows["emails"].text()
    assert 'href="tel:+20%20100%3Bext%3D1"' in card._rows["phones"].text()
    _click_start_of(qtbot, card._rows["emails"])
    assert opened.urls == ["mailto:a@b.example%3Fattach%3D%2Fetc%2Fpasswd"]


def test_an_override_in_one_field_leaves_the_others_in_order(qtbot) -> None:
    rlo = "\u202e"
    card = _card(
        qtbot,
        ContactData(
            given_name=f"{rlo}gnp.exe",
            job_title=f"Engineer{rlo}",
            organization="Acme",
            tags=[f"alpha{rlo}", "friends"],
            emails=[Labeled(f"x@{rlo}moc.live"), Labeled("second@example.com")],
        ),
    )
    name = card._name.text()
    assert rlo not in name and reads_left_to_right(name, "gnp.exe")
    role = card._role.text()
    assert role == "\u2068\u2068Engineer\u2069\u2069"
    # The organisation on a line of its own, a link that lists everyone there.
    org = card.header.organization.text()
    assert org == '<a href="org">\u2068Acme\u2069</a>'
    assert reads_left_to_right(card._rows["tags"].text(), "alpha")
    assert reads_left_to_right(card._rows["tags"].text(), "friends")
    # Addresses never need bidi controls: shown without them, as a click would use them.
    emails = card._rows["emails"].text()
    assert rlo not in emails and "x@moc.live" in emails


def test_an_override_in_an_event_name_leaves_its_date_in_order(qtbot) -> None:
    card = _card(qtbot, ContactData(given_name="X"))
    ledger = CardLedger(
        balance=Balance(0, 0, 0, 0, 0),
        open_asks=[("Nov 20", "Intro\u202e to Acme")],
        events=[("Nov 21", "PyCon\u202e"), ("Nov 22", "DevFest")],
        colleagues=0,
    )
    card.show_contact(ContactData(given_name="X"), None, ledger)
    events = card._rows["events"].text()
    assert reads_left_to_right(events, "Nov 21") and reads_left_to_right(events, "DevFest")
    assert reads_left_to_right(card._rows["open_asks"].text(), "to Acme")


def test_sections_and_labelled_values(qtbot) -> None:
    card = _card(
        qtbot,
        ContactData(
            given_name="Sara",
            phones=[Labeled("+20 100 000 0000", "mobile"), Labeled("+20 2 000 0000", "work")],
            emails=[Labeled("sara@example.com", "home")],
            how_met="PyCon",
        ),
    )
    phones = card._rows["phones"].text()
    assert "\u2068mobile\u2069: " in phones and "\u2068work\u2069: " in phones
    assert "\u2068home\u2069: " in card._rows["emails"].text()
    titles = [heading.text() for heading, _keys in card._sections if heading.isVisible()]
    assert titles == ["Contact", "How we know each other"]
    # Email and call from the header, with the first address and number.
    assert card.header.email.isEnabled() and card.header.call.isEnabled()


def test_keep_in_touch_shows_how_far_to_the_next_due_date(qtbot) -> None:
    import datetime as dt

    from netdesk.services.queries import ContactRow

    today = dt.date.today()
    row = ContactRow(
        id=5,
        display_name="Sara",
        organization="",
        job_title="",
        circle="",
        last_contact=dt.datetime.combine(today - dt.timedelta(days=30), dt.time(9)),
        next_due=today + dt.timedelta(days=30),
        tags="",
        email="",
        phone="",
        favourite=False,
    )
    card = _card(qtbot, ContactData(given_name="Sara", cadence_days=60))
    card.show_contact(ContactData(given_name="Sara", cadence_days=60), row)
    assert card._progress.isVisible()
    assert card._progress.value() == 50
    card.show_contact(ContactData(given_name="Sara"), None)
    assert not card._progress.isVisible()


def test_values_line_up_on_the_interface_side_whatever_their_script(qtbot) -> None:
    card = _card(
        qtbot, ContactData(given_name="Sara", how_met="مؤتمر القاهرة", notes="Met at PyCon")
    )
    # Each value starts with the interface's direction mark: Arabic and English values
    # share one edge instead of lining up by their own script.
    assert card._rows["how_met"].text().startswith("\u200e")
    assert card._rows["notes"].text().startswith("\u200e")
    assert card._rows["how_met"].layoutDirection() == card.layoutDirection()


def test_values_and_the_name_stay_selectable_by_mouse(qtbot) -> None:
    card = _card(
        qtbot, ContactData(given_name="Sara", how_met="مؤتمر القاهرة", notes="Met at PyCon")
    )
    for value in (card._rows["how_met"], card._rows["notes"], card._name):
        assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
