import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction
from netdesk.services.context import create_context
from netdesk.store.ledger_store import Balance
from netdesk.store.stats import health
from netdesk.ui.chart import MonthlyBarChart
from netdesk.ui.dashboard import DashboardDialog

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def context(qapp, tmp_path):
    ctx = create_context(tmp_path / "data")
    yield ctx
    # Deletes the undo commands while their closures are alive; left to the garbage
    # collector, the stack/command/service cycle can crash PySide at teardown.
    ctx.undo_stack.clear()
    close_database()


def log(context, ids, day, direction=Direction.MUTUAL):
    when = dt.datetime.combine(day, dt.time(10, 0))
    context.interactions.log(InteractionData(when=when, direction=direction, summary="x"), ids)


@pytest.fixture
def network(context):
    add = context.contacts.add
    sara = add(ContactData(given_name="Sara", circle="coworker", cadence_days=30))
    omar = add(ContactData(given_name="Omar", circle="friend", cadence_days=30))
    layla = add(ContactData(given_name="Layla", circle="mentor", cadence_days=60))
    add(ContactData(given_name="أحمد", family_name="السيد", circle="mentor"))
    add(ContactData(given_name="Nadia"))
    log(context, [sara], dt.date(2026, 6, 1), Direction.GAVE)
    log(context, [omar], dt.date(2026, 4, 1), Direction.RECEIVED)
    log(context, [layla], dt.date(2026, 4, 20))
    log(context, [sara], dt.date(2025, 7, 10))
    log(context, [sara], dt.date(2025, 5, 10))  # older than the chart's year
    context.network.add_ask(omar, "A referral at Careem", "referral")
    context.network.add_ask(sara, "Shared a job listing", is_offer=True)
    return context


@pytest.fixture
def dashboard(qtbot, network):
    dialog = DashboardDialog(network, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    return loaded(qtbot, dialog)


def loaded(qtbot, dialog):
    """``dialog`` once the figures its worker read are shown."""
    qtbot.wait_until(lambda: not dialog.loading)
    return dialog


def test_opens_at_once_in_a_loading_state_then_fills(qtbot, network):
    dialog = DashboardDialog(network, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    # Nothing read on the GUI thread yet: placeholders in every tile, the layout in place.
    assert dialog.loading and dialog.health is None
    assert {label.text() for label in dialog.tiles.values()} == {"…"}
    assert {label.text() for label in dialog.figures.values()} == {"…"}
    assert dialog.verdict.text() == "Loading…"
    size = dialog.size()
    with qtbot.wait_signal(dialog.loaded):
        dialog.show()
    assert dialog.tiles["contacts"].text() == "5"
    assert dialog.circle_rows[0] == ("Mentor", 2)
    assert dialog.size() == size  # the figures did not move the dialog


def test_tiles_circles_and_balance_match_the_network(dashboard):
    shown = {key: label.text() for key, label in dashboard.tiles.items()}
    assert shown == {
        "contacts": "5",
        "touched_30": "1",
        "touched_90": "3",
        "overdue": "1",
        "due_this_week": "1",
        "never_contacted": "2",
    }
    assert dashboard.circle_rows == [
        ("Mentor", 2),
        ("Coworker", 1),
        ("Friend", 1),
        ("No circle", 1),
    ]
    figures = {key: label.text() for key, label in dashboard.figures.items()}
    assert figures == {"gave": "1", "received": "1", "asks_open": "1", "offers": "1"}
    assert dashboard.verdict.text() == "You have given more than you asked — a good time to ask."


def test_chart_shows_health_per_month(dashboard):
    per_month = health(TODAY).per_month
    assert dashboard.chart.data() == per_month
    assert per_month[0] == (dt.date(2025, 7, 1), 1)
    assert per_month[-1] == (dt.date(2026, 6, 1), 1)
    assert dict(per_month)[dt.date(2026, 4, 1)] == 2
    assert sum(v for _d, v in per_month) == 4
    description = dashboard.chart.accessibleDescription()
    assert "April 2026: 2 interaction" in description
    assert "July 2025: 1 interaction" in description


def test_chart_mirrors_in_right_to_left(qtbot, dashboard):
    dashboard.show()
    qtbot.wait_exposed(dashboard)
    chart = dashboard.chart
    april = 9
    oldest, newest = chart.bar_rect(0), chart.bar_rect(11)
    assert oldest.center().x() < newest.center().x()
    assert chart.bar_rect(april).height() > chart.bar_rect(0).height() > 0
    assert chart.bar_rect(1).height() == 0
    dashboard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert chart.bar_rect(0).center().x() > chart.bar_rect(11).center().x()
    assert chart.bar_rect(0).left() == chart.width() - 1 - oldest.right()
    assert chart.bar_rect(0).size() == oldest.size()
    assert chart.index_at(chart.bar_rect(april).center()) == april


def test_chart_month_labels_follow_the_locale(qtbot):
    chart = MonthlyBarChart()
    qtbot.addWidget(chart)
    chart.setLocale(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    chart.set_data([(dt.date(2026, 1, 1), 3)])
    assert chart._month(dt.date(2026, 1, 1)) == "يناير"
    assert chart.sizeHint().width() > chart.minimumSizeHint().width() > 0
    assert not chart.grab().isNull()


def test_refreshes_when_the_network_changes(qtbot, dashboard, network):
    dashboard.show()
    qtbot.wait_exposed(dashboard)
    network.contacts.add(ContactData(given_name="Karim", circle="mentor"))
    qtbot.wait_until(lambda: dashboard.tiles["contacts"].text() == "6")
    assert dashboard.circle_rows[0] == ("Mentor", 3)
    dashboard.hide()
    network.contacts.undo_stack.undo()
    qtbot.wait(1)
    assert dashboard.tiles["contacts"].text() == "6"  # hidden: no work until shown again
    dashboard.show()
    qtbot.wait_until(lambda: dashboard.tiles["contacts"].text() == "5")


def test_verdicts(dashboard):
    assert "Nothing recorded yet" in dashboard.verdict_text(Balance(0, 0, 0, 0, 0))
    assert "asked more than you gave" in dashboard.verdict_text(Balance(0, 2, 1, 1, 0))
    assert "in balance" in dashboard.verdict_text(Balance(1, 1, 0, 0, 0))


def test_empty_network(qtbot, context):
    dialog = DashboardDialog(context, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    assert dialog.tiles["contacts"].text() == "0"
    assert dialog.circle_rows == []
    assert all(v == 0 for _d, v in dialog.chart.data())
    assert "Nothing recorded yet" in dialog.verdict.text()


def test_arabic_right_to_left_dashboard(qtbot, network, tmp_path):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        dialog = DashboardDialog(network, clock=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        dialog.show()
        qtbot.wait_exposed(dialog)
        loaded(qtbot, dialog)
        assert dialog.tiles["contacts"].text() == "٥"
        assert dialog.chart._month(dt.date(2026, 4, 1)) == "أبريل"
        assert "أبريل ٢٠٢٦" in dialog.chart.accessibleDescription()
        assert dialog.chart.bar_rect(0).left() > dialog.chart.bar_rect(11).right()
        assert dialog.grab().save(str(tmp_path / "dashboard-ar.png"))
    finally:
        QLocale.setDefault(previous)
