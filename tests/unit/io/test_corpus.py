"""Every file of the shared real-world corpus imports as expected, or is refused cleanly.

The corpus lives outside the repository (see /work/shared/corpus/SOURCES.md)
and is never copied in; these tests skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.domain.contact_data import ContactData
from netdesk.io.errors import ImportFormatError
from netdesk.io.reader import read_contacts
from tests.unit.io._paths import CORPUS

# file -> (contacts, format, first contact's best name, an email of it, a phone of it)
EXPECTED: dict[str, tuple[int, str, str, str | None, str | None]] = {
    "csv/kawsay_Connections.csv": (2, "linkedin-csv", "José García", None, None),
    "csv/labeldekho_Connections.csv": (
        10,
        "linkedin-csv",
        "Alice Johnson",
        "alice.johnson@techcorp.com",
        None,
    ),
    "csv/mtrazzi_google_contacts.csv": (
        3,
        "google-csv",
        "Richard Feynman",
        "rich@caltech.edu",
        None,
    ),
    "csv/networkjobs_Connections.csv": (10, "linkedin-csv", "Ada Lovelace", None, None),
    "csv/rolomind_google.csv": (4, "google-csv", "John Doe", "john@example.com", "+1-555-0123"),
    "csv/roundcube_all.csv": (1, "outlook-csv", "Display Name", "home@example.com", "100"),
    "csv/roundcube_gmail.csv": (
        1,
        "google-csv",
        "Prefix Firstname Middle Lastname Suffix",
        "work@email.pl",
        "mainphone",
    ),
    "csv/roundcube_outlook.csv": (1, "outlook-csv", "test1@domain.tld", "test3@domain.tld", None),
    "csv/thunderbird_csv_no_header.csv": (2, "csv", "John Doe", "john@doe.invalid", None),
    "csv/thunderbird_csv_semicolon.csv": (
        2,
        "thunderbird-csv",
        "John Doe",
        "john@doe.invalid",
        None,
    ),
    "csv/thunderbird_export.csv": (
        2,
        "thunderbird-csv",
        "contact number one",
        "contact1@invalid",
        None,
    ),
    "csv/thunderbird_quote.csv": (1, "thunderbird-csv", "Acer America", None, "(800) 000-0000"),
    "csv/thunderbird_shiftjis_addressbook.csv": (
        1,
        "thunderbird-csv",
        "名無しの権兵衛",
        "名無しの権兵衛@host.invalid",
        None,
    ),
    "csv/thunderbird_tab_comma_mixed.csv": (4, "csv", "1@host.invalid", "1@host.invalid", None),
    "csv/thunderbird_utf16_addressbook.csv": (
        1,
        "thunderbird-csv",
        "John Doe",
        "johndoe@host.invalid",
        None,
    ),
    "vcard/aosp_v21_backslash.vcf": (1, "vcard", "A;B\\C\\;D:E\\\\", None, None),
    "vcard/aosp_v21_blackberry_photo.vcf": (
        1,
        "vcard",
        "boogie",
        "forrestgump@walladalla.com",
        "+5555555",
    ),
    "vcard/aosp_v21_complicated.vcf": (
        1,
        "vcard",
        "Joe Due",
        "forrestgump@walladalla.com",
        "0311111111",
    ),
    "vcard/aosp_v21_invalid_comment_line.vcf": (1, "vcard", "Conference Call", None, None),
    "vcard/aosp_v21_invalid_multiple_line.vcf": (1, "vcard", "Omega", "omega@example.com", None),
    "vcard/aosp_v21_japanese_2.vcf": (1, "vcard", "安藤 ロイド 1", None, None),
    "vcard/aosp_v21_malformed_photo.vcf": (1, "vcard", "fullname", None, None),
    "vcard/aosp_v21_multiple_entry.vcf": (3, "vcard", "安藤ロイド3", None, "9"),
    "vcard/aosp_v21_winmo_65.vcf": (1, "vcard", "Example", None, None),
    "vcard/aosp_v30_ios_613_multiline.vcf": (
        1,
        "vcard",
        "Bob Smith",
        "bob@smithauto.com",
        "(650) 555-1212",
    ),
    "vcard/aosp_v40_sort_as.vcf": (1, "vcard", "安藤 ロイド", None, None),
    "vcard/eds_12.vcf": (
        1,
        "vcard",
        "Michael Brüning",
        "ext-Michael.Bruning@nokia.com",
        "+491622433834",
    ),
    "vcard/eds_13.vcf": (1, "vcard", "Ralf Engels", "semicolon;@points.net", "+1-919-676-9564"),
    "vcard/eds_5.vcf": (1, "vcard", "十城目管理大型知座", "weird@weird.com", None),
    "vcard/eds_7.vcf": (1, "vcard", "Frank Dawson", "fdawson@earthlink.net", "+1-919-676-9515"),
    "vcard/ezvcard_John_Doe_ANDROID.vcf": (
        6,
        "vcard",
        "john.doe@company.com",
        "john.doe@company.com",
        None,
    ),
    "vcard/ezvcard_John_Doe_EVOLUTION.vcf": (
        1,
        "vcard",
        "Mr. John Richter, James Doe Sr.",
        "john.doe@ibm.com",
        "905-666-1234",
    ),
    "vcard/ezvcard_John_Doe_IPHONE.vcf": (
        1,
        "vcard",
        "Mr. John Richter James Doe Sr.",
        "john.doe@ibm.com",
        "905-222-1234",
    ),
    "vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf": (
        1,
        "vcard",
        "Mr. John Richter James Doe Sr.",
        "john.doe@ibm.cm",
        "(905) 555-1234",
    ),
    "vcard/ezvcard_gmail-single2.vcf": (
        1,
        "vcard",
        "VCard Test",
        "customcategory@example.com",
        "5555551121",
    ),
    "vcard/ezvcard_issue114.vcf": (
        1,
        "vcard",
        "Dummy, Dummy",
        "dummy.dummy@dummy.com",
        "+49 1234 56789",
    ),
    "vcard/ezvcard_outlook-2007.vcf": (
        1,
        "vcard",
        "Mr. Michael Angstadt Jr.",
        "mike.angstadt@gmail.com",
        "(111) 555-4444",
    ),
    "vcard/folkerkinzel_Cropped_2_1.vcf": (1, "vcard", "Maxl", None, None),
    "vcard/folkerkinzel_Hebrew.vcf": (1, "vcard", "אפרים קישון", None, None),
    "vcard/folkerkinzel_Outlook_v2.vcf": (
        1,
        "vcard",
        "Herr Max Anderer Mustermann sen.",
        "max.mustermann@musterfirma.de",
        "+49 (0611) 123456 - 14",
    ),
    "vcard/folkerkinzel_Ukrainian.vcf": (1, "vcard", "Віталій Володимирович Кличко", None, None),
    "vcard/folkerkinzel_v3Utf16Bom.vcf": (
        2,
        "vcard",
        "Folker Kinzel",
        "email2@folker-kinzel.de",
        "0123-45678",
    ),
    "vcard/kcontacts_testfullvcard.vcf": (
        1,
        "vcard",
        "Sherlock Holmes",
        "detective@sherlockholmes.com",
        "+44-555-555-6666",
    ),
    "vcard/kcontacts_vcard10.vcf": (5, "vcard", "Bike Shop", None, None),
    "vcard/kcontacts_vcard3.vcf": (1, "vcard", "ian geiser", "geiseri@yahoo.com", None),
    "vcard/kcontacts_vcard9.vcf": (1, "vcard", "βγδεαβγδ1" * 11, None, None),
    "vcard/kcontacts_vcard_legacy_messaging_fields.vcf": (1, "vcard", "My Name", None, None),
    "vcard/nodevcf_multiple.vcf": (
        3,
        "vcard",
        "Dr. Erika Mustermann",
        "erika@mustermann.de",
        "+49-221-1234567",
    ),
    "vcard/radicale_broken-vcard.vcf": (
        1,
        "vcard",
        "test-misses-N-or-FN@example.com",
        "test-misses-N-or-FN@example.com",
        None,
    ),
    "vcard/radicale_contact_photo_with_data_uri.vcf": (1, "vcard", "Contact", None, None),
    "vcard/roundcube_apple.vcf": (1, "vcard", "Apple Computer AG", None, None),
    "vcard/roundcube_johndoe.vcf": (1, "vcard", "John Doë", "roundcube@gmail.com", "+987654321"),
    # Undeclared =F1: "ñ" in Windows-1252, "ń" in ISO-8859-2; the bytes cannot tell.
    "vcard/roundcube_thebat.vcf": (
        1,
        "vcard",
        "Piotr Iksiñski",
        "piotr.iksinski@somedomain.com",
        None,
    ),
    "vcard/roundcube_utf-16_sample.vcf": (1, "vcard", "Ǽgean ĽdaMonté", None, None),
    "vcard/syncevolution_Google-Gmail.vcf": (
        1,
        "vcard",
        "Mr. John 1 Doe Sr.",
        "john@custom.com",
        "custom",
    ),
    "vcard/syncevolution_carddav.vcf": (17, "vcard", "parserbug=", None, None),
    "vcard/textvcard_mix_type.vcf": (1, "vcard", "T-firstname T-surname", None, "0793 777 7777"),
    "vcard/vcard4android_allfields-vcard3.vcf": (
        1,
        "vcard",
        "Ämi Display",
        "work@example.com",
        "+1-800-MYFAX",
    ),
}
# Files that must be refused, with a word the message must contain.
REFUSED: dict[str, str] = {}

_FILES = (
    sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*") if p.suffix in (".vcf", ".csv"))
    if CORPUS.is_dir()
    else []
)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")


def test_every_corpus_file_has_an_expectation() -> None:
    assert set(_FILES) == set(EXPECTED) | set(REFUSED)


@pytest.mark.parametrize("name", _FILES)
def test_corpus_file(name: str) -> None:
    path = Path(CORPUS / name)
    data = path.read_bytes()
    if name in REFUSED:
        with pytest.raises(ImportFormatError) as info:
            read_contacts(data, path.name)
        message = str(info.value)
        assert "\n" not in message
        assert REFUSED[name] in message
        return
    count, fmt, display, email, phone = EXPECTED[name]
    result = read_contacts(data, path.name)
    assert result.format == fmt
    assert len(result.contacts) == count
    first = result.contacts[0]
    assert first.best_name() == display
    if email is not None:
        assert email in [e.value for e in first.emails]
    if phone is not None:
        assert phone in [p.value for p in first.phones]
    assert all("\n" not in w for w in result.warnings)


def test_corpus_details() -> None:
    """Spot checks of what the summary table cannot show."""
    if not CORPUS.is_dir():
        pytest.skip("no corpus")

    def first(name: str, index: int = 0) -> ContactData:
        path = CORPUS / name
        return read_contacts(path.read_bytes(), path.name).contacts[index]

    ios = first("vcard/aosp_v30_ios_613_multiline.vcf")
    assert ios.photo is not None and ios.photo.startswith(b"\xff\xd8")
    assert ios.urls[0].value == "https://www.smithauto.com"
    comment = first("vcard/aosp_v21_invalid_comment_line.vcf")
    assert comment.notes == (
        "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    )
    complicated = first("vcard/aosp_v21_complicated.vcf")
    assert "Now's the time for all folk to come to the aid of their country." in complicated.notes
    assert complicated.organization == "Gump Shrimp Co."
    assert complicated.photo is not None
    assert first("vcard/kcontacts_vcard9.vcf").notes.startswith("Длинный комментарий на русском")
    evolution = first("vcard/ezvcard_John_Doe_EVOLUTION.vcf")
    assert "MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE" in evolution.notes
    assert evolution.emails[0].value == "john.doe@ibm.com"
    eds = first("vcard/eds_12.vcf")
    assert eds.addresses[0].value == "Münsterplatz 21, Ulm, Baden-Württemberg, 89073"
    cropped = first("vcard/folkerkinzel_Cropped_2_1.vcf")
    assert cropped.department == "Führungsetage"
    assert cropped.notes.startswith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ")
    android = read_contacts((CORPUS / "vcard/ezvcard_John_Doe_ANDROID.vcf").read_bytes())
    assert android.contacts[5].organization.startswith("ÑÑÑÑ")
    assert "\ufffd" not in android.contacts[5].organization
    gmail = first("vcard/ezvcard_gmail-single2.vcf")
    assert ("customcategory@example.com", "CustomEmailCategory") in [
        (e.value, e.label) for e in gmail.emails
    ]
    assert "http://www.example4.com" in [u.value for u in gmail.urls]
    japanese = first("vcard/aosp_v21_japanese_2.vcf")
    assert japanese.addresses[0].value.startswith("東京都渋谷区桜丘町26-1")
    data_uri = first("vcard/radicale_contact_photo_with_data_uri.vcf")
    assert data_uri.photo is not None and data_uri.photo.startswith(b"\x89PNG")
    linkedin = first("csv/kawsay_Connections.csv")
    assert linkedin.organization == "Acme, Inc."
    assert linkedin.urls[0].label == "linkedin"
    assert linkedin.interactions[0].summary == "Connected on LinkedIn"
    export = read_contacts((CORPUS / "csv/thunderbird_export.csv").read_bytes()).contacts[1]
    assert export.job_title == '"worker"'
    google = first("csv/roundcube_gmail.csv")
    assert google.tags == ["Test"]
    assert google.notes == 'note"note'
