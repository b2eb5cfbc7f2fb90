"""The name in the other script travels through NetDesk's own vCard and JSON exports."""

from netdesk.domain.contact_data import ContactData
from netdesk.io.json_format import write_json
from netdesk.io.reader import read_contacts
from netdesk.io.vcard_writer import write_vcards


def test_second_name_round_trips_through_vcard_and_json() -> None:
    omar = ContactData(given_name="Omar", family_name="Nasr", second_name="عمر نصر")
    for version in ("3.0", "4.0"):
        text = write_vcards([omar], version)
        assert "X-NETDESK-SECOND-NAME:عمر نصر" in text
        (back,) = read_contacts(text.encode("utf-8")).contacts
        assert back.second_name == "عمر نصر"
    (back,) = read_contacts(write_json([omar]).encode("utf-8")).contacts
    assert back.second_name == "عمر نصر"
