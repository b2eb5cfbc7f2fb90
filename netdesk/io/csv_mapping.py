"""Column mapping: which CSV column feeds which contact field.

One header vocabulary serves every layout (Google, Outlook, Thunderbird,
LinkedIn, generic English and Arabic), so a known layout is read by the same
code as a user-mapped one; ``csv_formats`` only adds each layout's extras.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.links import link_kind, normalise_url
from netdesk.domain.text import fold
from netdesk.domain.validation import looks_like_email
from netdesk.io.cancel import checked
from netdesk.io.csv_dates import parse_date
from netdesk.io.csv_table import CsvTable, looks_like_data
from netdesk.io.fields import email_address, not_emails_warning, tidy
from netdesk.io.outlook_headers import to_english


class Field(StrEnum):
    """Contact fields a CSV column can be mapped to."""

    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    FAMILY_NAME = "family_name"
    DISPLAY_NAME = "display_name"
    NICKNAME = "nickname"
    EMAIL = "email"
    PHONE = "phone"
    ORGANIZATION = "organization"
    DEPARTMENT = "department"
    JOB_TITLE = "job_title"
    NOTES = "notes"
    URL = "url"
    ADDRESS = "address"
    TAGS = "tags"
    BIRTHDAY = "birthday"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class Column:
    """What a header means: field, label and, for multi-column values, group and part."""

    field: Field
    label: str = ""
    group: str = ""
    part: str = ""


_EXACT: dict[str, Field] = {}
for _field, _names in {
    Field.GIVEN_NAME: "first name|given name|firstname|given|forename|first|"
    "الاسم الاول|الاسم الأول",
    Field.MIDDLE_NAME: "middle name|additional name|middle|الاسم الاوسط",
    Field.FAMILY_NAME: "last name|family name|surname|lastname|last|اسم العائلة|العائلة|الكنية",
    Field.DISPLAY_NAME: "name|display name|full name|contact name|file as|contact|"
    "الاسم|الاسم الكامل|اسم|الاسم بالكامل|اسم جهة الاتصال",
    Field.NICKNAME: "nickname|nick name|short name|اسم الشهرة|اللقب",
    Field.ORGANIZATION: "company|organization|organisation|organization name|"
    "organization 1 - name|employer|org|company name|"
    "الشركة|المؤسسة|جهة العمل|المنظمة|اسم الشركة",
    Field.JOB_TITLE: "job title|title|position|role|occupation|organization title|"
    "organization 1 - title|المسمى الوظيفي|الوظيفة|المنصب|المهنة",
    Field.DEPARTMENT: "department|organization department|organization 1 - department|"
    "القسم|الادارة",
    Field.NOTES: "notes|note|comments|comment|description|memo|ملاحظات|الملاحظات|ملاحظة|تعليقات",
    Field.TAGS: "categories|category|labels|label|group membership|groups|group|tags|tag|"
    "الوسوم|التصنيفات|التصنيف|المجموعات|المجموعة|الفئة",
    Field.BIRTHDAY: "birthday|birth date|birthdate|date of birth|dob|bday|"
    "تاريخ الميلاد|عيد الميلاد",
    Field.URL: "url|website|web site|web page|webpage|homepage|home page|personal web page|"
    "linkedin|profile|profile url|link|الموقع|الموقع الالكتروني|الرابط|رابط|لينكدان",
    Field.EMAIL: "email|mail|email address|primary email|secondary email|البريد الالكتروني|"
    "البريد|الايميل|ايميل|بريد الكتروني|البريد الالكتروني الاساسي",
    Field.PHONE: "phone|telephone|tel|phone number|mobile|cell|الهاتف|رقم الهاتف|هاتف|الجوال|"
    "الموبايل|المحمول|جوال|موبايل|رقم الجوال|رقم الموبايل",
    Field.ADDRESS: "address|العنوان|عنوان",
    Field.IGNORE: "title prefix|name prefix|name suffix|suffix|prefix|connected on",
}.items():
    for _name in _names.split("|"):
        _EXACT[fold(_name)] = _field

_GOOGLE = re.compile(r"^(email|phone|address|website|organization|custom field) (\d+) - (.+)$")
_ADDRESS_PARTS = {
    "street": "street",
    "address": "street",
    "street 2": "street2",
    "address 2": "street2",
    "street 3": "street3",
    "po box": "pobox",
    "extended address": "extended",
    "city": "city",
    "region": "region",
    "state": "region",
    "zip": "postal",
    "zipcode": "postal",
    "zip code": "postal",
    "postal code": "postal",
    "country": "country",
    "country/region": "country",
    "formatted": "formatted",
}
_ADDRESS_ORDER = ("street", "street2", "street3", "pobox", "extended", "city", "region", "postal")
_PLACE = re.compile(r"^(home|work|business|other|personal|office) (.+)$")
_LABEL_WORDS = {"business": "work", "office": "work", "personal": "home"}


def _place_label(words: str) -> str:
    for word in ("home", "work", "business", "other", "personal", "office"):
        if word in words.split():
            return _LABEL_WORDS.get(word, word)
    return ""


def _phone_label(words: str) -> str:
    split = words.split()
    if "fax" in split:
        place = _place_label(words)
        return f"{place} fax" if place in ("home", "work") else "fax"
    if {"mobile", "cell", "الجوال", "الموبايل", "المحمول", "جوال", "موبايل"} & set(split):
        return "mobile"
    if "pager" in split:
        return "pager"
    if "car" in split:
        return "car"
    if "primary" in split or "main" in split:
        return "main"
    return _place_label(words)


# Words that make an email-ish header describe the address rather than hold it.
_NOT_ADDRESS = frozenset({"typ", "tipo", "name", "nom", "nombre", "nome", "naam", "angezeigter"})


def normalise_header(header: str) -> str:
    text = fold(header.replace("\ufeff", ""))
    text = text.replace("e-mail", "email").replace("'s", "").replace("_", " ")
    return re.sub(r"\s+", " ", text).strip(" :*")


def classify(header: str) -> Column:
    """Meaning of one header cell; ``Field.IGNORE`` when unknown."""
    h = normalise_header(header)
    if not h:
        return Column(Field.IGNORE)
    if h in _EXACT:
        field = _EXACT[h]
        return Column(field, _phone_label(h) if field is Field.PHONE else "")
    if m := _GOOGLE.match(h):
        kind, number, part = m[1], m[2], m[3]
        group = f"{kind}{number}"
        is_label = part in ("type", "label")
        if kind in ("email", "phone"):
            field = Field.EMAIL if kind == "email" else Field.PHONE
            if is_label or part == "value":
                return Column(field, group=group, part="label" if is_label else "")
        elif kind == "address":
            if is_label:
                return Column(Field.ADDRESS, group=group, part="label")
            if part in _ADDRESS_PARTS:
                return Column(Field.ADDRESS, group=group, part=_ADDRESS_PARTS[part])
        elif kind == "website" and (is_label or part == "value"):
            return Column(Field.URL, group=group, part="label" if is_label else "")
        elif kind == "organization" and number == "1":
            org = {"name": Field.ORGANIZATION, "title": Field.JOB_TITLE}
            org["department"] = Field.DEPARTMENT
            if part in org:
                return Column(org[part])
        elif kind == "custom field":
            return Column(Field.IGNORE, group=group, part="custom-" + part)
        return Column(Field.IGNORE)
    words = set(re.split(r"[\W_]+", h))
    if words & {"type", "display", "kind"}:
        return Column(Field.IGNORE)  # Outlook's "E-mail Type", "E-mail Display Name"
    if "email" in h or h.endswith(" mail") or "البريد" in h:
        if words & _NOT_ADDRESS:
            # "Email Typ", "E-Mail: Angezeigter Name": about the address, not it.
            return Column(Field.IGNORE)
        return Column(Field.EMAIL, _place_label(h))
    if any(w in h.split() for w in ("phone", "mobile", "cell", "fax", "pager", "tel")) or (
        "هاتف" in h or "جوال" in h or "موبايل" in h
    ):
        return Column(Field.PHONE, _phone_label(h))
    if m := _PLACE.match(h):
        place, rest = _LABEL_WORDS.get(m[1], m[1]), m[2]
        if rest in _ADDRESS_PARTS:
            return Column(Field.ADDRESS, place, group=place, part=_ADDRESS_PARTS[rest])
        if rest.removesuffix(" 2") in ("address", "street"):
            return Column(Field.ADDRESS, place, group=place, part="street")
    if h in ("birth year", "birth month", "birth day", "birthday year"):
        return Column(Field.BIRTHDAY, part=h.split()[1])
    if any(w in h for w in ("web", "url", "homepage", "website", "linkedin")):
        return Column(Field.URL)
    if "title" in h.split() or "المسمى" in h:
        return Column(Field.JOB_TITLE)
    if "note" in h or "ملاحظ" in h:
        return Column(Field.NOTES)
    if "company" in h or "الشركة" in h:
        return Column(Field.ORGANIZATION)
    return Column(Field.IGNORE)


def count_known_headers(row: list[str]) -> int:
    """How many cells of ``row`` are recognised column names (in any Outlook language)."""
    return sum(1 for cell in to_english(row) if classify(cell).field is not Field.IGNORE)


def columns_for(table: CsvTable) -> list[Column]:
    """Header meanings, with clashes resolved (Outlook's "Title" is "Mr.", not a job)."""
    headers = to_english(table.headers or [])
    columns = [classify(h) for h in headers]
    normalised = [normalise_header(h) for h in headers]
    if "job title" in normalised or "organization title" in normalised:
        columns = [
            Column(Field.IGNORE) if n == "title" else c
            for n, c in zip(normalised, columns, strict=True)
        ]
    return columns


def _guess_from_content(values: list[str], taken: set[Field]) -> Field:
    values = [v.strip() for v in values if v.strip()]
    if not values:
        return Field.IGNORE
    n = len(values)
    if sum(looks_like_email(v) for v in values) * 10 >= n * 6:
        return Field.EMAIL
    if (
        sum(bool(re.match(r"^(https?://|www\.)|linkedin\.com/", v, re.I)) for v in values) * 10
        >= n * 6
    ):
        return Field.URL
    if sum(looks_like_data(v) and sum(c.isdigit() for c in v) >= 6 for v in values) * 10 >= n * 6:
        return Field.PHONE
    if sum(any(ch.isalpha() for ch in v) for v in values) * 10 < n * 6:
        return Field.IGNORE
    multi_word = sum(" " in v for v in values) * 2 >= n
    for field in (
        (Field.DISPLAY_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME)
        if multi_word
        else (Field.GIVEN_NAME, Field.FAMILY_NAME)
    ):
        if field not in taken:
            return field
    return Field.IGNORE


def guess_mapping(table: CsvTable) -> dict[int, Field]:
    """Guess each column's field from its header (English or Arabic) or, with no
    header or an unknown one, from what the cells hold.

    Returns:
        Column index -> field, for every column of the table.
    """
    mapping: dict[int, Field] = {}
    columns = columns_for(table)
    for index, column in enumerate(columns):
        if column.field is not Field.IGNORE:
            mapping[index] = column.field
    taken = set(mapping.values())
    if table.headers is None or not mapping:
        for index in range(table.width):
            if index in mapping:
                continue
            values = [CsvTable.cell(row, index) for row in table.rows[:200]]
            field = _guess_from_content(values, taken)
            mapping[index] = field
            if field in (Field.DISPLAY_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME):
                taken.add(field)
    for index in range(table.width):
        mapping.setdefault(index, Field.IGNORE)
    return mapping


# Outlook writes "0.0.00" or "0/0/00" for "no date".
_NO_DATE = re.compile(r"^[0\s./-]+$")
_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "starred", "starred in android"})
_MULTI = " ::: "


def split_tags(value: str) -> tuple[list[str], bool]:
    """Tags from a groups/labels/categories cell, and whether "starred" was among them."""
    parts = value.split(":::") if ":::" in value else re.split(r"[;,]", value)
    tags: list[str] = []
    starred = False
    for part in parts:
        tag = part.strip()
        system = tag.startswith("*")
        tag = tag.lstrip("* ").strip()
        if tag.lower() in _SYSTEM_GROUPS:
            starred = starred or tag.lower().startswith("starred")
            continue
        if tag and not (system and not tag):
            tags.append(tag)
    return tags, starred


def clean_label(label: str) -> str:
    label = label.strip().lstrip("* ").strip()
    lower = label.lower()
    if lower in ("mobile", "home", "work", "other", "main", "pager", "fax", "home fax", "work fax"):
        return lower
    if lower in ("internet", "pref", "voice"):
        return ""
    return label


def unapostrophe(value: str) -> str:
    # Undo spreadsheet-formula neutralisation (see csv_export).
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _add_reachable(
    c: ContactData,
    col: Column,
    value: str,
    group_labels: list[str],
    not_emails: list[str] | None,
) -> None:
    """The emails or phones of one cell (Google joins several with ":::")."""
    for n, item in enumerate(value.split(":::")):
        label = col.label or (group_labels[n] if n < len(group_labels) else "")
        if col.field is Field.PHONE:
            c.phones.append(Labeled(item.strip(), label))
        elif address := email_address(item):
            c.emails.append(Labeled(address, label))
        elif item.strip() and not_emails is not None:
            not_emails.append(item.strip())


def build_contact(
    row: list[str],
    columns: Mapping[int, Column],
    warnings: list[str],
    where: str,
    not_emails: list[str] | None = None,
) -> ContactData:
    """One row to a contact, following ``columns`` (index -> meaning).

    Values of email columns that are not addresses are left out (and added to
    ``not_emails`` when given).
    """
    c = ContactData()
    labels: dict[str, list[str]] = {}
    addresses: dict[str, dict[str, str]] = {}
    birthday_parts: dict[str, str] = {}
    middle = ""
    notes: list[str] = []
    for index, col in columns.items():
        if col.part == "label":
            cell = unapostrophe(CsvTable.cell(row, index))
            labels[col.group] = [clean_label(x) for x in cell.split(":::")]
    for index, col in columns.items():
        value = unapostrophe(CsvTable.cell(row, index))
        if not value or col.part == "label" or col.field is Field.IGNORE:
            continue
        f = col.field
        if f in (Field.EMAIL, Field.PHONE):
            _add_reachable(c, col, value, labels.get(col.group, []), not_emails)
        elif f is Field.ADDRESS:
            key = col.group or f"col{index}"
            addresses.setdefault(key, {})[col.part or "formatted"] = value
            if col.label:
                labels.setdefault(key, [col.label])
        elif f is Field.URL:
            # A "Website - Label" column does not decide the kind: the host does.
            for item in value.split(":::"):
                url = normalise_url(item.strip())
                if url:
                    c.urls.append(Labeled(url, link_kind(url).value))
        elif f is Field.TAGS:
            tags, starred = split_tags(value)
            c.tags.extend(tags)
            c.favourite = c.favourite or starred
        elif f is Field.BIRTHDAY:
            if col.part:
                birthday_parts[col.part] = value
            elif c.birthday is None and not _NO_DATE.match(value):
                c.birthday = parse_date(value)
                if c.birthday is None:
                    warnings.append(f"{where}: birthday {value[:40]!r} is not a date.")
        elif f is Field.NOTES:
            notes.append(value)
        elif f is Field.MIDDLE_NAME:
            middle = value
        else:
            current = getattr(c, f.value)
            if not current:
                setattr(c, f.value, value)
    for key, parts in addresses.items():
        formatted = parts.get("formatted", "")
        pieces = [formatted] if formatted else [parts[p] for p in _ADDRESS_ORDER if parts.get(p)]
        if not formatted and parts.get("country"):
            pieces.append(parts["country"])
        lines = [ln.strip(" ,") for piece in pieces for ln in piece.splitlines()]
        text = ", ".join(ln for ln in lines if ln)
        if text:
            label = (labels.get(key) or [""])[0]
            c.addresses.append(Labeled(text, label))
    if birthday_parts and c.birthday is None:
        c.birthday = parse_date(
            "-".join(birthday_parts.get(k, "") for k in ("year", "month", "day")), parts=True
        )
    if middle and not c.display_name:
        c.display_name = " ".join(p for p in (c.given_name, middle, c.family_name) if p)
    c.notes = "\n".join(notes)
    return c


#: Called with each contact and the row it came from (a layout's extras).
RowHook = Callable[[ContactData, list[str]], None]


def rows_to_contacts(
    table: CsvTable,
    columns: Mapping[int, Column],
    name: str,
    warnings: list[str],
    *,
    rows: Iterable[list[str]] | None = None,
    extra: RowHook | None = None,
) -> list[ContactData]:
    """Every row with a name, email, phone or link, as contacts; others warned about.

    Args:
        rows: the rows to read, ``table.rows`` by default (``table.drain()``
            lets each row go once read).
        extra: applied to each contact with its row.
    """
    contacts: list[ContactData] = []
    not_emails: list[str] = []
    first_line = 2 if table.headers is not None else 1
    for n, row in enumerate(checked(table.rows if rows is None else rows)):
        where = f"row {n + first_line} of {name}"
        contact = build_contact(row, columns, warnings, where, not_emails)
        if contact.is_empty():
            if any(cell.strip() for cell in row):
                warnings.append(f"{where} has no name, email or phone; it was skipped.")
            continue
        contacts.append(tidy(contact, where, warnings))
        if extra is not None:
            extra(contact, row)
    if not_emails:
        warnings.append(not_emails_warning(not_emails, name))
    return contacts


def apply_mapping(table: CsvTable, mapping: Mapping[int, Field]) -> list[ContactData]:
    """Contacts from ``table`` with the user's (or guessed) column mapping.

    Labels and multi-column addresses still come from the headers when a
    column is mapped to the field its header names.
    """
    known = columns_for(table)
    columns: dict[int, Column] = {}
    for index, field in mapping.items():
        header = known[index] if index < len(known) else None
        if header is not None and header.field is field:
            columns[index] = header
        else:
            columns[index] = Column(field)
    return rows_to_contacts(table, columns, "the file", [])
