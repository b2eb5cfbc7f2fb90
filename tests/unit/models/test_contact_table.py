import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from netdesk.domain.contact_data import ContactData
from netdesk.models.contact_table import ContactRole, ContactTableModel
from netdesk.store.contact_query import ContactQuery, SortColumn
from tests.visual_order import reads_left_to_right

from .conftest import log


def test_model_passes_qtmodeltester(qtmodeltester, context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_rows_and_columns(context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    assert model.rowCount() == 3
    assert model.columnCount() == len(SortColumn) + 1  # and the Why column of a search
    assert model.rowCount(model.index(0, 0)) == 0
    names = [model.index(r, SortColumn.NAME).data() for r in range(3)]
    assert names == ["★ \u2068Omar Haddad\u2069", "\u2068Sara Ali\u2069", "\u2068أحمد السيد\u2069"]


def test_sort_by_organization_descending(context, people):
    model = ContactTableModel(context.contacts)
    model.sort(SortColumn.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    orgs = [model.index(r, SortColumn.ORGANIZATION).data() for r in range(3)]
    assert orgs == ["\u2068Vodafone\u2069", "\u2068Careem\u2069", ""]


def test_search_filters_rows(context, people):
    model = ContactTableModel(context.contacts)
    model.set_query(ContactQuery(text="احمد"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data(ContactRole.ID) == people["ahmed"]


def test_added_contact_resets_model(qtbot, context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    with qtbot.wait_signal(model.modelReset):
        context.contacts.add(ContactData(given_name="Zaid"))
    assert model.rowCount() == 4


def test_update_emits_data_changed_with_roles(qtbot, context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    row = model.row_of(people["sara"])
    assert row is not None
    seen: list[tuple[int, list[int]]] = []
    model.dataChanged.connect(lambda tl, _br, roles: seen.append((tl.row(), list(roles))))
    log(context, [people["sara"]], dt.datetime(2026, 1, 5, 9, 0), "Call")
    assert seen and seen[-1][0] == row
    assert Qt.ItemDataRole.DisplayRole in seen[-1][1]
    assert model.index(row, SortColumn.LAST_CONTACT).data() != ""


def test_overdue_is_highlighted(context, people):
    model = ContactTableModel(context.contacts)
    model.refresh()
    model.today = dt.date.today() + dt.timedelta(days=400)
    row = model.row_of(people["ahmed"])
    assert row is not None
    assert model.index(row, SortColumn.NEXT_DUE).data(ContactRole.OVERDUE_DAYS) > 0
    assert model.index(row, SortColumn.NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_the_view_delegate_reads_every_role_in_one_call(context, people):
    """Item views fetch a cell's roles through ``multiData``: it answers as ``data`` does."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    model = ContactTableModel(context.contacts)
    model.refresh()
    model.today = dt.date.today() + dt.timedelta(days=400)
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for column in SortColumn:
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == index.data()
            assert option.font.bold() == (column is SortColumn.NAME and "★" in index.data())
    omar = model.index(model.row_of(people["omar"]) or 0, SortColumn.NAME)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, omar)
    assert option.font.bold()
    due = model.index(model.row_of(people["ahmed"]) or 0, SortColumn.NEXT_DUE)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, due)
    assert option.palette.text().color().name() == "#b3261e"


def _many(count: int) -> None:

    from netdesk.db.connection import database
    from netdesk.store import bulk

    people = [
        (ContactData(given_name=f"Person{i:04d}", family_name="Many"), "2026-01-01 09:00:00")
        for i in range(count)
    ]
    with database.atomic():
        bulk.insert_contacts(people)


def test_large_results_are_counted_in_the_background(qtbot, context, people):
    from netdesk.models.contact_table import FIRST_ROWS

    _many(FIRST_ROWS + 50)
    model = ContactTableModel(context.contacts)
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        model.refresh()
        assert model.rowCount() == FIRST_ROWS
        assert model.total() is None  # being counted
    assert model.total() == FIRST_ROWS + 50 + 3
    assert model.canFetchMore(QModelIndex())
    # A newer query while counting: only the newest count arrives.
    model.set_query(ContactQuery(text="person00"))
    with qtbot.wait_signal(model.total_changed, timeout=5000):
        model.set_query(ContactQuery(text="many"))
    assert model.total() == FIRST_ROWS + 50
    # "many" is a search: its rest is ranked on a worker and appended when it arrives.
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())
    qtbot.wait_until(lambda: model.rowCount() == FIRST_ROWS + 50, timeout=5000)
    assert not model.canFetchMore(QModelIndex())


def test_an_override_in_a_field_reorders_nothing_after_it(context):
    rlo = "\u202e"
    cid = context.contacts.add(
        ContactData(
            given_name=f"{rlo}gnp.exe",
            job_title=f"Engineer{rlo}",
            tags=["friends", f"alpha{rlo}"],
            favourite=True,
        )
    )
    model = ContactTableModel(context.contacts)
    model.refresh()
    row = model.row_of(cid)
    assert row is not None
    name = model.index(row, SortColumn.NAME).data()
    # Isolated, and without the override: the name reads as its letters are written.
    assert name == "★ \u2068gnp.exe\u2069"
    assert reads_left_to_right(name, "gnp.exe")
    assert model.index(row, SortColumn.NAME).data(Qt.ItemDataRole.ToolTipRole) == name
    title = model.index(row, SortColumn.TITLE).data()
    assert title == "\u2068Engineer\u2069"
    tags = model.index(row, SortColumn.TAGS).data()
    assert tags == "\u2068alpha\u2069, \u2068friends\u2069"
    # As laid out on screen: the tag after the hostile one, and a label after a cell
    # (a copied row, an accessibility reader), read in their own order.
    assert reads_left_to_right(tags, "friends")
    assert reads_left_to_right(title + " Acme", "Acme")
    assert reads_left_to_right(name + " Acme", "Acme", right_to_left=True)


def test_type_ahead_finds_isolated_names(qtbot, context, people):
    from PySide6.QtWidgets import QTableView

    model = ContactTableModel(context.contacts)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.keyboardSearch("sa")
    assert view.currentIndex().row() == model.row_of(people["sara"])
    found = model.match(
        model.index(0, SortColumn.ORGANIZATION), Qt.ItemDataRole.DisplayRole, "Voda"
    )
    assert [i.row() for i in found] == [model.row_of(people["ahmed"])]


def test_a_latin_name_ending_in_a_stop_keeps_it_at_its_end_in_arabic(context):
    from tests.visual_order import cursor_xs

    cid = context.contacts.add(ContactData(given_name="Mohamed", family_name="A."))
    model = ContactTableModel(context.contacts)
    model.refresh()
    row = model.row_of(cid)
    assert row is not None
    name = str(model.index(row, SortColumn.NAME).data())
    # In a right-to-left cell the stop, a neutral, would take the cell's direction and show
    # before the name ("‎.Mohamed A"); isolated, it follows the letter it ends.
    xs = cursor_xs(name, right_to_left=True)
    assert xs[name.index(".")] > xs[name.index("A")]
    assert xs[name.index("A")] > xs[name.index("o")]


def test_overdue_dates_stay_readable_on_a_dark_list(qapp) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    from netdesk.models.contact_table import overdue_color
    from tests.unit.models.test_faces import _luminance

    assert overdue_color().name() == "#b3261e"
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    QGuiApplication.setPalette(dark)
    try:
        color = overdue_color()
    finally:
        QGuiApplication.setPalette(before)
    ratio = (_luminance(color) + 0.05) / (_luminance(QColor("#181818")) + 0.05)
    assert ratio >= 4.5
