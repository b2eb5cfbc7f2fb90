from netdesk.domain.contact_data import ContactData
from netdesk.models.sidebar import SidebarKind, SidebarModel, SidebarRole
from tests.visual_order import reads_left_to_right


def test_qtmodeltester(qtmodeltester, context, people):
    model = SidebarModel(context.contacts)
    qtmodeltester.check(model, force_py=True)


def test_counts(context, people):
    model = SidebarModel(context.contacts)
    kinds = [model.item(r).kind for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert kinds[:3] == [SidebarKind.ALL, SidebarKind.DUE, SidebarKind.FAVOURITES]
    assert model.index(0).data(SidebarRole.COUNT) == 3
    assert model.index(2).data(SidebarRole.COUNT) == 1
    # The mentor's 30-day cadence starts today, so nobody is due this week yet.
    assert model.index(1).data(SidebarRole.COUNT) == 0
    row = model.row_of(SidebarKind.CIRCLE, "mentor")
    assert row is not None and model.index(row).data(SidebarRole.COUNT) == 1
    assert model.row_of(SidebarKind.TAG, 1) is not None
    items = [item for r in range(model.rowCount()) if (item := model.item(r)) is not None]
    orgs = [item.label for item in items if item.kind is SidebarKind.ORGANIZATION]
    assert orgs == ["Careem", "Vodafone"]


def test_refreshes_after_delete(qtbot, context, people):
    model = SidebarModel(context.contacts)
    context.contacts.delete([people["omar"]])
    qtbot.wait_until(lambda: model.index(0).data(SidebarRole.COUNT) == 2)
    assert model.index(2).data(SidebarRole.COUNT) == 0  # Omar was the favourite


def test_background_count_arrives_and_stale_ones_are_dropped(qtbot, context, people):
    from dataclasses import replace

    model = SidebarModel(context.contacts)
    stale = replace(context.contacts.facets(), total=999)
    old_generation = model._generation
    with qtbot.wait_signal(model.modelReset, timeout=5000):
        model.refresh_in_background()
    assert model.index(0).data(SidebarRole.COUNT) == 3
    model._apply(old_generation, stale)  # a count that a newer refresh overtook
    assert model.index(0).data(SidebarRole.COUNT) == 3


def test_a_tag_with_an_override_keeps_its_count_in_place(context, people):
    context.contacts.add(ContactData(given_name="X", tags=["\u202eevil"]))
    model = SidebarModel(context.contacts)
    items = [model.item(r) for r in range(model.rowCount())]
    row = next(r for r, i in enumerate(items) if i is not None and i.label == "\u202eevil")
    shown = model.index(row).data()
    assert shown == "\u200e\u2068evil\u2069  (1)"
    assert reads_left_to_right(shown, "evil")
