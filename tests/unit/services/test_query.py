"""Search, filters, sorting and facets of the contact table."""

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.records import Contact, Organization, Tag
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import Circle
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.store.activity import refresh_activity
from netdesk.store.contact_query import ContactQuery, SortColumn, build_query
from netdesk.store.due import due_cutoff

# name -> fields; the order is not the sorted order of any column.
PEOPLE: dict[str, dict[str, object]] = {
    "أحمد السيد": {
        "organization": "Vodafone Egypt",
        "job_title": "مهندس شبكات",
        "circle": Circle.COWORKER,
        "emails": [Labeled("ahmed.elsayed@vodafone.com")],
        "phones": [Labeled("+20 100 123 4567")],
        "tags": ["Cairo", "توظيف"],
        "favourite": True,
    },
    "Sarah Connor": {
        "organization": "Microsoft",
        "job_title": "Product Manager",
        "circle": Circle.MANAGER,
        "emails": [Labeled("sarah@contoso.com")],
        "tags": ["Python"],
        "notes": "Met at the Careem hackathon; loves hiking in Sinai.",
    },
    "فاطمة الزهراء": {
        "organization": "مدرسة الأمل",
        "job_title": "معلمة",
        "circle": Circle.FRIEND,
        "phones": [Labeled("٠١٢٢ ٥٥٥ ١٢٣٤")],
        "tags": ["Cairo"],
    },
    "Émile Zola": {
        "organization": "microsoft",  # the same organisation, spelt differently
        "job_title": "advisor",
        "circle": Circle.MENTOR,
        "favourite": True,
    },
    "مُصطَفى عبد الله": {
        "circle": Circle.FRIEND,
        "notes": "صديق الجامعة",
        "tags": ["جامعة"],
    },
    "Zeina Khoury": {"organization": "Careem", "job_title": "Recruiter"},
}


@pytest.fixture
def people(contacts: ContactService) -> dict[str, int]:
    ids = {}
    for name, fields in PEOPLE.items():
        given, family = name.split(" ", 1)
        data = ContactData(given_name=given, family_name=family, **fields)  # type: ignore[arg-type]
        ids[name] = contacts.add(data)
    return ids


def _names(contacts: ContactService, query: ContactQuery, people: dict[str, int]) -> list[str]:
    by_id = {cid: name for name, cid in people.items()}
    return [by_id[cid] for cid in contacts.query_ids(query)]


def _search(contacts: ContactService, people: dict[str, int], text: str) -> set[str]:
    return set(_names(contacts, ContactQuery(text=text), people))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sarah", {"Sarah Connor"}),
        ("connor", {"Sarah Connor"}),
        ("vodafone", {"أحمد السيد"}),  # organisation and email
        ("product man", {"Sarah Connor"}),  # title, two tokens
        ("contoso", {"Sarah Connor"}),  # email domain
        ("Careem", {"Sarah Connor", "Zeina Khoury"}),  # organisation and notes
        ("hiking", {"Sarah Connor"}),
        ("1001234567", {"أحمد السيد"}),  # digits of a formatted phone
        ("01001234567", {"أحمد السيد"}),  # the local spelling is inside +201001234567
        ("01201234567", set()),
        ("+201001234567", {"أحمد السيد"}),  # the phone key
        ("5551234", {"فاطمة الزهراء"}),  # Arabic-Indic digits searched with Western
        ("٥٥٥١٢٣٤", {"فاطمة الزهراء"}),  # ... and with Arabic-Indic
        ("python", {"Sarah Connor"}),  # tag
        ("توظيف", {"أحمد السيد"}),
        ("cairo", {"أحمد السيد", "فاطمة الزهراء"}),
        ("الجامعة", {"مُصطَفى عبد الله"}),  # notes
        ("emile", {"Émile Zola"}),  # accents ignored
        ("ÉMILE", {"Émile Zola"}),
        ("nobody-here", set()),
    ],
)
def test_search_fields(
    contacts: ContactService, people: dict[str, int], text: str, expected: set[str]
) -> None:
    assert _search(contacts, people, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("احمد", {"أحمد السيد"}),  # alef with hamza
        ("أحمد", {"أحمد السيد"}),
        ("أحْمَد", {"أحمد السيد"}),  # diacritics in the query
        ("مصطفي", {"مُصطَفى عبد الله"}),  # alef maqsura, diacritics in the stored name
        ("مصطفـــى", {"مُصطَفى عبد الله"}),  # tatweel
        ("مدرسه", {"فاطمة الزهراء"}),  # ta marbuta
        ("فاطمه", {"فاطمة الزهراء"}),
        ("الامل", {"فاطمة الزهراء"}),
        ("عبد الله", {"مُصطَفى عبد الله"}),
        ("معلمه", {"فاطمة الزهراء"}),
    ],
)
def test_arabic_aware_search(
    contacts: ContactService, people: dict[str, int], text: str, expected: set[str]
) -> None:
    assert _search(contacts, people, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("s", {"Sarah Connor"}),  # one letter: start of a name word
        ("co", {"Sarah Connor"}),  # second word of the name
        ("ar", set()),  # inside a word does not count
        ("z", {"Zeina Khoury", "Émile Zola"}),
        ("e", {"Émile Zola"}),
        # Hamza folded; "الزهراء" and "الله" start with alef too.
        ("ا", {"أحمد السيد", "فاطمة الزهراء", "مُصطَفى عبد الله"}),
        ("اح", {"أحمد السيد"}),
        ("عب", {"مُصطَفى عبد الله"}),
        ("z kh", {"Zeina Khoury"}),
        ("%", set()),  # LIKE wildcards are literal
        ("_", set()),
        ("z microsoft", {"Émile Zola"}),  # a short and a long token
    ],
)
def test_short_queries_match_name_word_starts(
    contacts: ContactService, people: dict[str, int], text: str, expected: set[str]
) -> None:
    assert _search(contacts, people, text) == expected


def test_filters(contacts: ContactService, people: dict[str, int]) -> None:
    def names(**kw: object) -> set[str]:
        return set(_names(contacts, ContactQuery(**kw), people))  # type: ignore[arg-type]

    assert names(circle=Circle.FRIEND) == {"فاطمة الزهراء", "مُصطَفى عبد الله"}
    assert names(favourites=True) == {"أحمد السيد", "Émile Zola"}
    cairo = Tag.get(Tag.name == "Cairo").id
    assert names(tag_id=cairo) == {"أحمد السيد", "فاطمة الزهراء"}
    microsoft = Organization.get(Organization.name == "Microsoft").id
    assert Organization.select().where(Organization.name_key == "microsoft").count() == 1
    assert names(organization_id=microsoft) == {"Sarah Connor", "Émile Zola"}
    assert names(organization_id=microsoft, favourites=True) == {"Émile Zola"}
    assert names(text="cairo", circle=Circle.FRIEND) == {"فاطمة الزهراء"}


def test_archived_are_hidden_unless_asked(contacts: ContactService, people: dict[str, int]) -> None:
    zeina = people["Zeina Khoury"]
    Contact.update(archived=True).where(Contact.id == zeina).execute()
    assert zeina not in contacts.query_ids(ContactQuery())
    assert zeina in contacts.query_ids(ContactQuery(include_archived=True))
    assert contacts.facets().total == len(PEOPLE) - 1


AHMED, SARAH, FATMA = "أحمد السيد", "Sarah Connor", "فاطمة الزهراء"
EMILE, MUSTAFA, ZEINA = "Émile Zola", "مُصطَفى عبد الله", "Zeina Khoury"
LATIN = [EMILE, SARAH, ZEINA]
ARABIC = [AHMED, FATMA, MUSTAFA]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (SortColumn.NAME, LATIN + ARABIC),
        # No organisation ("") first; "Microsoft" twice, ordered by name.
        (SortColumn.ORGANIZATION, [MUSTAFA, ZEINA, EMILE, SARAH, AHMED, FATMA]),
        (SortColumn.TITLE, [MUSTAFA, EMILE, SARAH, ZEINA, FATMA, AHMED]),
        (SortColumn.CIRCLE, [ZEINA, AHMED, FATMA, MUSTAFA, SARAH, EMILE]),
        # Raw text: "Cairo" before "Cairo, توظيف".
        (SortColumn.TAGS, [EMILE, ZEINA, FATMA, AHMED, SARAH, MUSTAFA]),
    ],
)
def test_sort_columns_both_ways(
    contacts: ContactService, people: dict[str, int], column: SortColumn, expected: list[str]
) -> None:
    assert _names(contacts, ContactQuery(sort=column), people) == expected
    # Ties on the column fall back to the name in the same direction: a plain reversal.
    descending = _names(contacts, ContactQuery(sort=column, descending=True), people)
    assert descending == expected[::-1]


def test_arabic_first(contacts: ContactService, people: dict[str, int]) -> None:
    assert _names(contacts, ContactQuery(arabic_first=True), people) == ARABIC + LATIN
    # Descending is the exact reverse, as QCollator's Arabic order reversed would be.
    assert _names(contacts, ContactQuery(arabic_first=True, descending=True), people) == (
        LATIN[::-1] + ARABIC[::-1]
    )
    # Only the name column groups by script.
    by_org = _names(contacts, ContactQuery(sort=SortColumn.ORGANIZATION, arabic_first=True), people)
    assert by_org == _names(contacts, ContactQuery(sort=SortColumn.ORGANIZATION), people)


@pytest.fixture
def dated(
    contacts: ContactService, interactions: InteractionService, people: dict[str, int]
) -> None:
    """Everyone created on 1 March 2024; three contacts with a last contact."""
    Contact.update(created_at=dt.datetime(2024, 3, 1, 12, 0)).execute()
    refresh_activity(list(people.values()))
    when = dt.datetime(2024, 1, 1, 9, 0)
    interactions.log(InteractionData(when=when), [people["أحمد السيد"]])
    interactions.log(InteractionData(when=when + dt.timedelta(days=90)), [people["Sarah Connor"]])
    interactions.log(InteractionData(when=when + dt.timedelta(days=1)), [people["Zeina Khoury"]])


@pytest.mark.usefixtures("dated")
def test_last_contact_sort_puts_never_contacted_last_both_ways(
    contacts: ContactService, people: dict[str, int]
) -> None:
    never = ["Émile Zola", "فاطمة الزهراء", "مُصطَفى عبد الله"]
    asc = _names(contacts, ContactQuery(sort=SortColumn.LAST_CONTACT), people)
    assert asc == ["أحمد السيد", "Zeina Khoury", "Sarah Connor", *never]
    desc = _names(contacts, ContactQuery(sort=SortColumn.LAST_CONTACT, descending=True), people)
    assert desc == ["Sarah Connor", "Zeina Khoury", "أحمد السيد", *never[::-1]]


@pytest.mark.usefixtures("dated")
def test_next_due_sort_puts_no_cadence_last_both_ways(
    contacts: ContactService, people: dict[str, int]
) -> None:
    # Emile (mentor, never contacted): Mar 1 + 30 = Mar 31; Ahmed (coworker): Jan 1 + 90 =
    # Mar 31; the two friends: Mar 1 + 60 = Apr 30; Sarah (manager): Mar 31 + 60 = May 30;
    # Zeina has no circle, so no cadence and no due date.
    due = {name: Contact.get_by_id(cid).next_due for name, cid in people.items()}
    assert due["Émile Zola"] == due["أحمد السيد"] == dt.date(2024, 3, 31)
    assert due["Sarah Connor"] == dt.date(2024, 5, 30)
    assert due["Zeina Khoury"] is None
    asc = _names(contacts, ContactQuery(sort=SortColumn.NEXT_DUE), people)
    assert asc == [
        "Émile Zola",
        "أحمد السيد",
        "فاطمة الزهراء",
        "مُصطَفى عبد الله",
        "Sarah Connor",
        "Zeina Khoury",
    ]
    desc = _names(contacts, ContactQuery(sort=SortColumn.NEXT_DUE, descending=True), people)
    assert desc == [*asc[-2::-1], "Zeina Khoury"]


def test_facets(contacts: ContactService, people: dict[str, int]) -> None:
    f = contacts.facets()
    assert (f.total, f.favourites) == (6, 2)
    assert {(c.key, c.count) for c in f.circles} == {
        ("coworker", 1),
        ("manager", 1),
        ("friend", 2),
        ("mentor", 1),
    }
    assert {(t.name, t.count) for t in f.tags} == {
        ("Cairo", 2),
        ("Python", 1),
        ("توظيف", 1),
        ("جامعة", 1),
    }
    assert {(o.name, o.count) for o in f.organizations} == {
        ("Vodafone Egypt", 1),
        ("Microsoft", 2),
        ("مدرسة الأمل", 1),
        ("Careem", 1),
    }


def test_deleted_contact_leaves_search_and_facets_until_undone(
    contacts: ContactService, undo_stack: QUndoStack, people: dict[str, int]
) -> None:
    ahmed = people["أحمد السيد"]
    contacts.delete([ahmed])
    assert _search(contacts, people, "vodafone") == set()
    assert ahmed not in contacts.query_ids(ContactQuery())
    assert ahmed not in contacts.query_ids(ContactQuery(text="ا"))
    f = contacts.facets()
    assert (f.total, f.favourites) == (5, 1)
    assert ("Vodafone Egypt", 1) not in {(o.name, o.count) for o in f.organizations}
    assert {(t.name, t.count) for t in f.tags} >= {("Cairo", 1)}

    undo_stack.undo()
    assert _search(contacts, people, "vodafone") == {"أحمد السيد"}
    f = contacts.facets()
    assert (f.total, f.favourites) == (6, 2)
    assert ("Cairo", 2) in {(t.name, t.count) for t in f.tags}


def test_rows_carry_table_columns(contacts: ContactService, people: dict[str, int]) -> None:
    ahmed = people["أحمد السيد"]
    row = contacts.rows([ahmed])[ahmed]
    assert (row.display_name, row.organization, row.job_title) == (
        "أحمد السيد",
        "Vodafone Egypt",
        "مهندس شبكات",
    )
    assert (row.email, row.phone, row.tags, row.favourite) == (
        "ahmed.elsayed@vodafone.com",
        "+20 100 123 4567",
        "Cairo, توظيف",
        True,
    )


def test_every_place_counts_the_same_people_as_due(
    contacts: ContactService, people: dict[str, int]
) -> None:
    today = dt.date.today()
    first, second, third, *_ = people.values()
    for contact_id, days in ((first, -3), (second, 0), (third, 3)):
        Contact.update(next_due=today + dt.timedelta(days=days)).where(
            Contact.id == contact_id
        ).execute()
    f = contacts.facets()
    # One definition of due (on or before today) for the sidebar, the banner and the view.
    assert f.overdue == f.due == contacts.due_count(today) >= 2
    view = contacts.query_ids(ContactQuery(due_by=due_cutoff(today)))
    assert len(view) == f.due and first in view and second in view and third not in view
    from netdesk.store.stats import health

    h = health(today)
    assert h.overdue == f.due
    assert h.due_this_week == contacts.due_count(today + dt.timedelta(days=7)) - f.due
    contacts.delete([first])
    assert contacts.facets().overdue == f.overdue - 1


@pytest.mark.parametrize("arabic_first", [False, True])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "s", "sa", "sarah"])
def test_name_order_is_walked_from_an_index_not_sorted(
    contacts: ContactService,
    people: dict[str, int],
    arabic_first: bool,
    descending: bool,
    text: str,
) -> None:
    """The whole list (and the first rows of a search) in name order come from an index:
    sorting 100,000 names on each keystroke or scroll would take a fifth of a second."""
    from netdesk.db.connection import database
    from netdesk.store.contact_query import build_query

    q = ContactQuery(text=text, arabic_first=arabic_first, descending=descending)
    sql, params = build_query(q)
    plan = " | ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    if len(text) >= 3:
        # Trigram matches are few and sorted, but looked up in the covering index.
        assert "contact_live_ids" in plan
    else:
        assert "TEMP B-TREE" not in plan, plan
    if not text:
        # The covering list index, which needs no row to check ``archived``.
        assert "contact_list_" in plan, plan


def test_only_the_ids_of_an_import_in_any_number(contacts: ContactService) -> None:
    """More ids than SQLite takes as parameters (32,766), counted on another connection."""
    from netdesk.store import bulk, contact_query

    people = [(ContactData(given_name=f"P{i:05d}"), "2026-01-01 00:00:00") for i in range(600)]
    ids = bulk.insert_contacts(people)
    wanted = tuple(ids[::2]) + tuple(range(10_000_000, 10_040_000))  # and some long gone
    query = ContactQuery(ids=wanted)
    assert contacts.query_ids(query) == ids[::2]
    assert contacts.query_ids(ContactQuery(ids=wanted, text="P0001")) == [
        i for i in ids[::2] if contacts.get(i).given_name.startswith("P0001")
    ]
    assert contact_query.RowCount(query).run() == 300
    assert contacts.query_ids(ContactQuery(ids=())) == []


@pytest.mark.parametrize(
    "q",
    [
        ContactQuery(),
        ContactQuery(text="sa", arabic_first=True),
        ContactQuery(text="sarah z", sort=SortColumn.TITLE, trash=True),
        ContactQuery(text="sarah", ids=(1, 2), circle="friend", tag_id=1, organization_id=2),
        ContactQuery(
            text="% _", favourites=True, due_by=dt.date(2026, 1, 1), include_archived=True
        ),
    ],
)
def test_each_step_of_a_query_binds_what_it_writes(q: ContactQuery) -> None:
    """Every step of ``build_query`` adds its parameters with its conditions, so that the
    statement's placeholders and parameters stay in step whatever the steps' order."""
    from netdesk.domain.text import fold
    from netdesk.store import contact_query as cq

    tokens = fold(q.text).split()
    long_tokens = [t for t in tokens if len(t) >= 3]
    short_tokens = [t for t in tokens if len(t) < 3]
    steps = [
        lambda w: cq._search_source(q, long_tokens, True, w),
        lambda w: cq._search_source(q, long_tokens, False, w),
        lambda w: cq._add_word_starts(short_tokens, w),
        lambda w: cq._add_filters(q, w),
        lambda w: cq._prefix_source("s", w),
    ]
    for step in steps:
        where = cq._Where()
        step(where)
        assert sum(c.count("?") for c in where.conditions) == len(where.params)
    sql, params = cq.build_query(q)
    assert sql.count("?") == len(params)
    assert "ORDER BY " + (cq._prefix_order(q) if " contact_prefix " in sql else cq._order(q)) in sql


@pytest.mark.parametrize("arabic_first", [False, True])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["z", "ا", "z kh", "e"])
def test_word_start_walk_orders_as_the_name_sort(
    contacts: ContactService,
    people: dict[str, int],
    arabic_first: bool,
    descending: bool,
    text: str,
) -> None:
    """The walk of the word-start index (its own ORDER BY) is only a faster way to the
    same people in the same order as the name sort (here forced by ``include_archived``,
    which no one in PEOPLE is)."""
    walked = ContactQuery(text=text, arabic_first=arabic_first, descending=descending)
    sorted_ = replace(walked, include_archived=True)
    assert "contact_prefix" in build_query(walked)[0]
    assert "contact_prefix" not in build_query(sorted_)[0]
    assert contacts.query_ids(walked) == contacts.query_ids(sorted_)
    assert contacts.query_ids(walked)
