"""Outlook CSV exports written by Outlook in other languages, and email columns
that hold something other than addresses."""

from __future__ import annotations

import csv
import io

import pytest

from netdesk.io.reader import read_contacts
from tests.unit.io._paths import DATA


def test_german_outlook_export_is_read_as_outlook() -> None:
    # Header row of a real German Outlook export (see the fixture's source in
    # netdesk/io/outlook_headers.py); cp1252 and comma-separated, as Outlook writes it.
    data = (DATA / "outlook_german_cp1252.csv").read_bytes()
    result = read_contacts(data, "Kontakte.CSV")
    assert result.format == "outlook-csv"
    jana, tobias = result.contacts
    assert (jana.given_name, jana.family_name) == ("Jana", "Becker")
    assert (jana.organization, jana.department) == ("Müller & Söhne GmbH", "Vertrieb")
    assert jana.job_title == "Leiterin Vertrieb"  # "Position", not the "Anrede" Frau
    assert {(p.value, p.label) for p in jana.phones} == {
        ("+49 211 5550 1234", "work"),
        ("+49 171 5550 9876", "mobile"),
        ("+49 211 5550 4321", "home"),
    }
    assert [e.value for e in jana.emails] == ["jana.becker@mueller-soehne.example"]
    assert jana.addresses[0].value == "Königsallee 12, Düsseldorf, 40212, Deutschland"
    assert jana.tags == ["Kunden", "Messe 2026"]
    assert jana.birthday is not None and (jana.birthday.month, jana.birthday.day) == (3, 14)
    assert (tobias.given_name, tobias.family_name) == ("Tobias", "Schäfer")
    assert tobias.job_title == "Einkäufer"
    # "SMTP" (E-Mail-Typ), display names and an Exchange X.500 path are not emails,
    # so the two people share no email to be merged on.
    assert [e.value for e in tobias.emails] == ["t.schaefer@nordlicht.example"]
    assert not any("birthday" in w for w in result.warnings)  # Outlook's "0.0.00"
    assert any("are not email addresses" in w for w in result.warnings)


# Headers as each Outlook language writes them: first name, last name, company,
# job title, business phone, mobile phone, email address, email type, email
# display name (from Exchange's Outlook CSV tables, see outlook_headers.py).
LOCALIZED = {
    "de": ("Vorname", "Nachname", "Firma", "Position", "Telefon geschäftlich", "Mobiltelefon",
           "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name"),
    "fr": ("Prénom", "Nom", "Société", "Titre", "Téléphone (bureau)", "Tél. mobile",
           "Adresse de messagerie", "Type de messagerie",
           "Nom complet de l'adresse de messagerie"),
    "es": ("Nombre", "Apellidos", "Organización", "Puesto", "Teléfono del trabajo",
           "Mobile Phone", "E-mail Address", "E-mail Type",
           "Nombre de pantalla de correo electrónico"),
    "it": ("Nome", "Cognome", "Società", "Posizione", "Ufficio", "Cellulare",
           "Indirizzo posta elettronica", "Tipo posta elettronica",
           "Nome visualizzato posta elettronica"),
    "pt-BR": ("Primeiro nome", "Sobrenome", "Empresa", "Cargo", "Telefone comercial",
              "Telefone celular", "E-mail Address", "Tipo de email", "Nome para exibição do email"),
    "pt-PT": ("Primeiro nome", "Apelido", "Empresa", "Cargo", "Telefone da empresa",
              "Telemóvel", "Endereço de correio electrónico", "Tipo de correio electrónico",
              "Nome a apresentar para o correio electrónico"),
    "nl": ("Voornaam", "Achternaam", "Bedrijf", "Functie", "Telefoon op werk",
           "Mobiele telefoon", "E-mailadres", "E-mailtype", "Weergavenaam voor e-mail"),
    "ar": ("الاسم الأول", "اسم العائلة", "الشركة", "اللقب المهني", "هاتف العمل",
           "الهاتف الجوال", "عنوان البريد الإلكتروني", "نوع البريد الإلكتروني",
           "اسم العرض للبريد الإلكتروني"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LOCALIZED))
def test_localized_outlook_headers(language: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(LOCALIZED[language])
    writer.writerow(["Nour", "Haddad", "Aramco", "مهندسة", "+966 13 555 0101", "+966 55 555 0202",
                     "nour@aramco.example", "SMTP", "Nour Haddad"])  # fmt: skip
    writer.writerow(["Omar", "Saleh", "Etisalat", "Engineer", "+971 4 555 0303", "",
                     "omar@etisalat.example", "SMTP", "Omar Saleh"])  # fmt: skip
    result = read_contacts(out.getvalue().encode("utf-8"), "contacts.csv")
    assert result.format == "outlook-csv"
    nour, omar = result.contacts
    assert (nour.given_name, nour.family_name) == ("Nour", "Haddad")
    assert (nour.organization, nour.job_title) == ("Aramco", "مهندسة")
    assert {(p.value, p.label) for p in nour.phones} == {
        ("+966 13 555 0101", "work"),
        ("+966 55 555 0202", "mobile"),
    }
    assert [e.value for e in nour.emails] == ["nour@aramco.example"]
    assert [e.value for e in omar.emails] == ["omar@etisalat.example"]
    assert nour.nickname == "" and nour.display_name == ""


def test_email_words_in_a_header_do_not_make_an_address_column() -> None:
    data = (
        b"Name,Email,Email Typ,E-Mail Name,Mail\n"
        b"Ali Hassan,ali@x.example,SMTP,Ali Hassan,SMTP\n"
        b"Sara Ali,sara@y.example,SMTP,Sara Ali,Sara Ali <sara@y.example>\n"
    )
    result = read_contacts(data, "list.csv")
    ali, sara = result.contacts
    assert [e.value for e in ali.emails] == ["ali@x.example"]
    assert [e.value for e in sara.emails] == ["sara@y.example"]


def test_vcard_email_that_is_not_an_address_is_not_kept() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ali\r\nEMAIL:SMTP\r\n"
        b"EMAIL:mailto:ali@x.example\r\nEND:VCARD\r\n"
    )
    result = read_contacts(data, "a.vcf")
    assert [e.value for e in result.contacts[0].emails] == ["ali@x.example"]
    assert any("'SMTP'" in w for w in result.warnings)
