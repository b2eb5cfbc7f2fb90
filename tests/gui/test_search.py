"""Search that answers, in the real window, typed as a user types (issue 18)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.models.contact_table import WHY_COLUMN, ContactRole
from netdesk.models.sidebar import SidebarKind
from netdesk.services.queries import SortColumn
from netdesk.ui.main_window import MainWindow


def _network(window: MainWindow) -> dict[str, int]:
    contacts = window.context.contacts
    today = dt.date.today()
    people = {
        "lina": contacts.add(ContactData(given_name="Lina", family_name="Haddad")),
        "sara": contacts.add(
            ContactData(given_name="Sara", family_name="Lee", can_help_with="Interview prep")
        ),
        "omar": contacts.add(
            ContactData(given_name="Omar", family_name="Nabil", notes="Did interview prep once")
        ),
        "ahmed": contacts.add(
            ContactData(given_name="أحمد", family_name="سالم", circle="classmate", location="Dubai")
        ),
        "due": contacts.add(
            ContactData(given_name="Karim", family_name="Due", circle="classmate", cadence_days=30)
        ),
    }
    window.context.interactions.log(
        InteractionData(dt.datetime(2025, 10, 2, 10), summary="Helped with a visa letter"),
        [people["lina"]],
    )
    window.context.interactions.log(
        InteractionData(
            dt.datetime.combine(today - dt.timedelta(days=60), dt.time(9)), summary="Coffee"
        ),
        [people["due"]],
    )
    window.sidebar_model.refresh()
    window.contacts.refresh()
    return people


def _type(qtbot, window: MainWindow, text: str) -> None:
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    window.search_now()


def _why(window: MainWindow, row: int) -> str:
    return str(window.contacts.index(row, WHY_COLUMN).data() or "")


def test_visa_is_found_through_the_timeline_and_the_reason_is_shown(qtbot, make_window):
    window = make_window()
    people = _network(window)
    _type(qtbot, window, "visa")
    assert window.contacts.ids() == [people["lina"]]
    assert not window.table.isColumnHidden(WHY_COLUMN)
    assert window.table.isColumnHidden(SortColumn.TAGS)
    assert _why(window, 0) == "Timeline 10/2/25: Helped with a visa letter"
    spans = window.contacts.index(0, WHY_COLUMN).data(ContactRole.MATCHED_SPANS)
    start, end = spans[0]
    assert _why(window, 0)[start:end] == "visa"
    window.search.clear()
    window.search_now()
    assert window.table.isColumnHidden(WHY_COLUMN)
    assert not window.table.isColumnHidden(SortColumn.TAGS)


def test_interview_prep_ranks_can_help_with_first_with_its_reason(qtbot, make_window):
    window = make_window()
    people = _network(window)
    _type(qtbot, window, "interview prep")
    assert window.contacts.ids() == [people["sara"], people["omar"]]
    assert _why(window, 0) == "Can help with: Interview prep"
    assert _why(window, 1).startswith("Notes: Did interview prep")


def test_latin_finds_arabic_and_arabic_finds_latin(qtbot, make_window):
    window = make_window()
    people = _network(window)
    _type(qtbot, window, "ahmed")
    assert window.contacts.ids() == [people["ahmed"]]
    assert _why(window, 0) == "Name, another spelling: أحمد سالم"


def test_filters_typed_show_as_chips_and_a_chip_removes_its_filter(qtbot, make_window):
    window = make_window()
    people = _network(window)
    _type(qtbot, window, "circle:classmate in:Dubai")
    assert window.contacts.ids() == [people["ahmed"]]
    chips = window.search_panel._chips
    assert [c.text() for c in chips] == ["Circle: Classmate  ✕", "In: Dubai  ✕"]
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    window.search_now()
    assert window.search.text() == "circle:classmate"
    assert sorted(window.contacts.ids()) == sorted([people["ahmed"], people["due"]])


def test_a_sidebar_selection_that_hides_matches_says_so(qtbot, make_window):
    window = make_window()
    people = _network(window)
    window.show_due()
    panel = window.search_panel
    assert panel.scope_chip.isVisible()
    assert panel.scope_chip.text().startswith("In: Due to reach out")
    _type(qtbot, window, "visa")
    assert window.contacts.rowCount() == 0
    assert panel.hint.isVisible()
    assert "0 results in Due to reach out" in panel.hint.text()
    panel.hint.linkActivated.emit("all")
    window.search_now()
    assert window.contacts.ids() == [people["lina"]]
    assert not panel.scope_chip.isVisible()
    assert not panel.hint.isVisible()


def test_a_smart_list_survives_a_restart_with_its_count(qtbot, make_window):
    window = make_window()
    people = _network(window)
    _type(qtbot, window, "circle:classmate")
    window.dialogs.text_answer = "Classmates"
    window.search_panel.save.click()
    window.close()
    window.context.close()

    again = make_window()
    qtbot.wait_until(
        lambda: again.sidebar_model.row_of(SidebarKind.SMART, "circle:classmate") is not None
    )
    row = again.sidebar_model.row_of(SidebarKind.SMART, "circle:classmate")
    item = again.sidebar_model.item(row)
    assert item is not None and (item.label, item.count) == ("Classmates", 2)
    again.sidebar.setCurrentIndex(again.sidebar_model.index(row))
    again.search_now()
    assert again.search.text() == "circle:classmate"
    assert sorted(again.contacts.ids()) == sorted([people["ahmed"], people["due"]])
    assert again.search_panel.forget.isVisible()
    again.search_panel.forget.click()
    assert again.sidebar_model.row_of(SidebarKind.SMART, "circle:classmate") is None
    assert again.settings.smart_lists == []


def test_can_help_with_is_a_list_on_the_card_and_suggested_in_the_editor(qtbot, make_window):
    from netdesk.ui.contact_dialog import ContactDialog

    window = make_window()
    people = _network(window)
    window.context.contacts.add(
        ContactData(given_name="Mona", can_help_with="CV review, interview prep")
    )
    window.select_contact(people["sara"])
    window.search_now()
    qtbot.wait_until(lambda: "Interview prep" in window.card._rows["can_help_with"].text())
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    (completer,) = dialog.findChildren(QCompleter)
    # The topics are read on a worker after the editor opens.
    qtbot.wait_until(lambda: completer.model().rowCount() > 0)
    qtbot.keyClicks(dialog.can_help, "Fundraising, inter")
    assert completer.completionPrefix() == "inter"
    offered = completer.completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == ["Interview prep"]
    completer.activated.emit("Interview prep")
    assert dialog.can_help.text() == "Fundraising, Interview prep, "


def test_a_large_import_is_indexed_on_a_worker_and_the_search_shown_again(qtbot, make_window):
    from netdesk.store import bulk, search_index

    window = make_window()
    _type(qtbot, window, "zephyr")
    assert window.contacts.rowCount() == 0
    bulk.insert_contacts(
        [(ContactData(given_name=f"Zephyr {i}"), "2025-01-01 00:00:00") for i in range(600)], ""
    )
    assert search_index.pending() == 600  # too many for a keystroke to index
    with qtbot.wait_signal(window.search_panel.keeper.caught_up, timeout=20_000):
        window.search_panel.keeper.check()
    assert search_index.pending() == 0
    qtbot.wait_until(lambda: window.contacts.total() == 600)


def test_the_hint_says_many_rather_than_counting_every_match(qtbot, make_window):
    from netdesk.store import bulk

    window = make_window()
    bulk.insert_contacts(
        [(ContactData(given_name=f"Zed {i}"), "2025-01-01 00:00:00") for i in range(120)], ""
    )
    window.sidebar_model.refresh()
    row = window.sidebar_model.row_of(SidebarKind.FAVOURITES, None)
    window.sidebar.setCurrentIndex(window.sidebar_model.index(row))
    _type(qtbot, window, "zed")
    assert window.contacts.rowCount() == 0
    assert window.search_panel.hint.text().endswith("(many found)")


def test_a_long_reason_keeps_its_field_date_and_match_in_both_directions(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from netdesk.ui.search_panel import _elided

    head = "الخط الزمني ٢٠٢٦/١٠/٣٠: "
    early = head + "Helped with a visa letter for the conference in Berlin next spring"
    late = head + "Met at the embassy queue in Riyadh and later helped with a visa letter"
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        opt = QStyleOptionViewItem()
        opt.direction = direction
        bold = QFont(opt.font)
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(head + "Helped with a visa le")
        for text in (early, late):
            start = text.index("visa")
            shown, spans, _opt = _elided(text, [(start, start + 4)], opt, width)
            # The field and the date stay, words go (behind an ellipsis), the match stays.
            assert shown.startswith(head) and "\u2026" in shown
            assert QFontMetrics(bold).horizontalAdvance(shown) <= width
            assert [shown[a:b] for a, b in spans] == ["visa"]
            assert _elided(text, [(start, start + 4)], opt, 4000)[0] == text
        # Too narrow for the field and the date as well: the match is what stays.
        narrow = QFontMetrics(bold).horizontalAdvance("\u2026a visa le")
        start = late.index("visa")
        shown, spans, _opt = _elided(late, [(start, start + 4)], opt, narrow)
        assert [shown[a:b] for a, b in spans] == ["visa"] and not shown.startswith(head)
        # A match that fits is shown with all the words before it.
        start = early.index("visa")
        assert _elided(early, [(start, start + 4)], opt, width)[0].startswith(head + "Helped")


def test_the_first_index_of_a_large_network_shows_its_progress(qtbot, make_window):
    """An upgrade (or a large import) queues many people: they are indexed after start-up
    on a worker, the search box's row says how far it got, and that results may be
    incomplete while a search is shown."""
    from netdesk.store import bulk, search_index

    window = make_window()
    panel = window.search_panel
    # A network with someone in it: an empty one shows the welcome, not the search row.
    window.context.contacts.add(ContactData(given_name="Amal"))
    qtbot.wait_until(lambda: not window.showing_welcome())
    _type(qtbot, window, "zephyr")
    bulk.insert_contacts(
        [(ContactData(given_name=f"Zephyr {i}"), "2025-01-01 00:00:00") for i in range(2600)], ""
    )
    assert search_index.pending() == 2600
    seen: list[tuple[int, int, bool, str]] = []
    panel.keeper.progress.connect(
        lambda done, total: seen.append(
            (done, total, panel.indexing.isVisible(), panel.indexing.text())
        )
    )
    with qtbot.wait_signal(panel.keeper.idle, timeout=30_000):
        panel.keeper.check()
    assert [(d, t) for d, t, _, _ in seen] == [(0, 2600), (2000, 2600), (2600, 2600)]
    assert all(shown for _, _, shown, _ in seen)
    assert seen[0][3] == "Indexing for search: 0% — results may be incomplete"
    assert seen[1][3] == "Indexing for search: 76% — results may be incomplete"
    assert not panel.indexing.isVisible()
    qtbot.wait_until(lambda: window.contacts.total() == 2600)
    window.search.clear()
    window.search_now()
    assert not panel.indexing.isVisible()
