import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction
from netdesk.domain.text import isolate, without_bidi_controls
from netdesk.models.labels import format_date
from netdesk.services.context import create_context
from netdesk.store import ledger_store
from netdesk.store.ledger_store import given_lately, recent_introductions
from netdesk.ui import network_view
from netdesk.ui.ask_dialog import AskDialog, AskStatusDialog
from netdesk.ui.network_view import NetworkViewDialog

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def context(qapp, tmp_path):
    ctx = create_context(tmp_path / "data")
    yield ctx
    ctx.undo_stack.clear()  # see test_dashboard: avoids a teardown crash in the GC
    close_database()


@pytest.fixture
def people(context):
    add = context.contacts.add
    sara = add(ContactData(given_name="Sara", family_name="Ali"))
    ahmed = add(ContactData(given_name="أحمد", family_name="السيد"))
    omar = add(ContactData(given_name="Omar"))
    net = context.network
    net.add_ask(sara, "Referral for job #4411 at Careem", "referral", asked_on=dt.date(2026, 6, 1))
    net.add_ask(ahmed, "إحالة في فودافون", "introduction", asked_on=dt.date(2026, 5, 1))
    net.add_ask(omar, "Shared the Fawry job listing", "information", True, dt.date(2026, 6, 10))
    net.add_ask(omar, "An old offer", "other", True, dt.date(2025, 1, 1))

    def log(ids, day, direction, summary):
        when = dt.datetime.combine(day, dt.time(9, 30))
        context.interactions.log(
            InteractionData(when=when, direction=direction, summary=summary), ids
        )

    log([sara, ahmed], dt.date(2026, 6, 5), Direction.GAVE, "Sent both the salary survey")
    log([sara], dt.date(2026, 6, 6), Direction.RECEIVED, "She reviewed my CV")
    log([omar], dt.date(2026, 1, 6), Direction.GAVE, "Too long ago")
    net.add_introduction(sara, omar, None, dt.date(2026, 6, 2), "both in fintech")
    net.add_introduction(omar, None, ahmed, dt.date(2026, 6, 3))
    net.met_at_event("PyCon Egypt", dt.date(2026, 5, 2), "Cairo", "conference", [sara, omar], [])
    return {"sara": sara, "ahmed": ahmed, "omar": omar}


@pytest.fixture
def view(qtbot, context, people):
    dialog = NetworkViewDialog(context, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    qtbot.wait_until(lambda: not dialog.loading)
    return dialog


def test_opens_at_once_in_a_loading_state_then_fills(qtbot, context, people):
    dialog = NetworkViewDialog(context, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    # Nothing read on the GUI thread yet: the tabs say so, the tables wait empty.
    assert dialog.loading
    assert [dialog.tabs.tabText(i) for i in range(4)] == ["Loading…"] * 4
    assert dialog.asks_table.rowCount() == 0
    size = dialog.size()
    with qtbot.wait_signal(dialog.loaded):
        dialog.show()
    assert dialog.tabs.tabText(0) == "Open Asks (2)"
    assert dialog.given_table.rowCount() == 2
    assert dialog.size() == size


def cells(table):
    """What the cells say; how they are isolated is checked apart."""
    return [
        [without_bidi_controls(table.text(r, c)) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_tabs_show_the_ledger(view):
    assert [view.tabs.tabText(i) for i in range(4)] == [
        "Open Asks (2)",
        "What I Gave Lately (2)",
        "Introductions (2)",
        "Events (1)",
    ]
    asks = cells(view.asks_table)
    assert [row[1:] for row in asks] == [
        ["أحمد السيد", "Introduction", "إحالة في فودافون", ""],
        ["Sara Ali", "Referral", "Referral for job #4411 at Careem", ""],
    ]
    given = cells(view.given_table)
    assert [row[1:] for row in given] == [
        ["Omar", "Offer: Information", "Shared the Fawry job listing"],
        ["Sara Ali, أحمد السيد", "Other", "Sent both the salary survey"],
    ]
    # Each name isolated from the next, and the cell from its neighbours.
    assert view.given_table.text(1, 1) == isolate(
        isolate("Sara Ali") + ", " + isolate("أحمد السيد")
    )
    intros = cells(view.intros_table)
    assert [row[1:] for row in intros] == [
        ["أحمد السيد", "Omar", "Me", ""],
        ["Me", "Sara Ali", "Omar", "both in fintech"],
    ]
    assert [row[1:] for row in cells(view.events_table)] == [
        ["PyCon Egypt", "Conference", "Cairo", "2"]
    ]


def test_mark_done_asks_for_the_outcome(qtbot, view, monkeypatch, people):
    class Filled(AskStatusDialog):
        def exec(self) -> int:
            qtbot.keyClicks(self.outcome, "Interview on Sunday")
            self.accept()
            return int(self.result())

    monkeypatch.setattr(network_view, "AskStatusDialog", Filled)
    assert not view.done_button.isEnabled()
    view.asks_table.selectRow(1)
    assert view.done_button.isEnabled()
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    entry = ledger_store.asks_for(people["sara"])[0]
    assert (entry.status, entry.outcome) == ("done", "Interview on Sunday")
    qtbot.wait_until(lambda: view.asks_table.rowCount() == 1)
    assert view.tabs.tabText(0) == "Open Asks (1)"


def test_declined_and_cancel(qtbot, view, monkeypatch, people):
    answers = []

    class Answer(AskStatusDialog):
        def exec(self) -> int:
            answers.append(self.values()[0])
            if len(answers) == 1:
                self.reject()
            else:
                self.accept()
            return int(self.result())

    monkeypatch.setattr(network_view, "AskStatusDialog", Answer)
    view.asks_table.selectRow(0)
    assert view.close_ask("declined") is False
    assert len(ledger_store.open_asks()) == 2
    qtbot.mouseClick(view.declined_button, Qt.MouseButton.LeftButton)
    assert answers == ["declined", "declined"]
    assert ledger_store.asks_for(people["ahmed"])[0].status == "declined"


def test_refreshes_on_new_interactions_and_when_shown_again(qtbot, view, context, people):
    when = dt.datetime(2026, 6, 14, 12, 0)
    view.hide()
    context.interactions.log(
        InteractionData(when=when, direction=Direction.GAVE, summary="Coffee"), [people["omar"]]
    )
    qtbot.wait(1)
    assert view.given_table.rowCount() == 2
    view.show()
    qtbot.wait_until(lambda: view.given_table.rowCount() == 3)
    context.network.add_ask(people["omar"], "Intro to Fawry HR", "introduction")
    qtbot.wait_until(lambda: view.asks_table.rowCount() == 3)


def test_query_helpers(context, people):
    assert [g.what for g in given_lately(dt.date(2026, 1, 1))] == [
        "Shared the Fawry job listing",
        "Sent both the salary survey",
        "Too long ago",
    ]
    assert [i.note for i in recent_introductions(limit=1)] == [""]


def test_user_text_keeps_its_own_direction(view):
    table = view.asks_table
    delegate = table.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    arabic = table.model().index(0, 3)
    delegate.initStyleOption(option, arabic)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.displayAlignment & Qt.AlignmentFlag.AlignLeft
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    delegate.initStyleOption(option, table.model().index(1, 3))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    option = QStyleOptionViewItem()
    option.initFrom(table)
    delegate.initStyleOption(option, table.model().index(0, 0))  # a date: no strong letters
    assert option.direction == Qt.LayoutDirection.RightToLeft


def test_new_ask_for_anyone_with_a_follow_up_date(qtbot, view, monkeypatch, people):
    class Typed(AskDialog):
        def exec(self) -> int:
            assert self.person_field is not None
            assert self.focusWidget() is self.person_field.edit
            qtbot.keyClicks(self.person_field.edit, "Om")
            popup = self.person_field.edit.completer().popup()
            assert popup is not None
            qtbot.wait_until(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            qtbot.keyClicks(self.what, "Intro to the Fawry data team")
            self.follow.setChecked(True)
            self.follow_date.setDate(QDate(2026, 6, 20))
            self.accept()
            return int(self.result())

    monkeypatch.setattr(network_view, "AskDialog", Typed)
    assert view.new_button.isEnabled()
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    (ask,) = [a for a in ledger_store.asks_for(people["omar"]) if not a.is_offer]
    assert (ask.what, ask.follow_up) == ("Intro to the Fawry data team", dt.date(2026, 6, 20))
    qtbot.wait_until(lambda: view.asks_table.rowCount() == 3)
    row = next(r for r in cells(view.asks_table) if r[1] == "Omar")
    assert row[3:] == [
        "Intro to the Fawry data team",
        format_date(dt.date(2026, 6, 20), QLocale()),
    ]


def test_an_ask_moves_to_another_person_and_undo_moves_it_back(
    qtbot, view, monkeypatch, context, people
):
    class Moved(AskDialog):
        def exec(self) -> int:
            assert self.person_field is not None
            assert self.what.toPlainText() == "Referral for job #4411 at Careem"
            self.person_field.set_contact(people["omar"])
            self.accept()
            return int(self.result())

    monkeypatch.setattr(network_view, "AskDialog", Moved)
    assert not view.edit_button.isEnabled()
    view.asks_table.selectRow(1)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in ledger_store.asks_for(people["sara"])] == []
    moved = [a for a in ledger_store.asks_for(people["omar"]) if not a.is_offer]
    assert [a.what for a in moved] == ["Referral for job #4411 at Careem"]
    qtbot.wait_until(lambda: "Omar" in [r[1] for r in cells(view.asks_table)])
    context.undo_stack.undo()
    assert [a.what for a in ledger_store.asks_for(people["sara"])] == [
        "Referral for job #4411 at Careem"
    ]
