"""CSV header vocabulary: what a column's header says it holds.

Shared by the table reader (is the first row a header row?) and the column mapping
(which field each column feeds), so neither has to import the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netdesk.domain.text import fold
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
