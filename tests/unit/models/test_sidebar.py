from PySide6.QtCore import Qt

from netdesk.domain.contact_data import ContactData
from netdesk.models.sidebar import (
    ORGANISATIONS_SHOWN,
    Section,
    SidebarKind,
    SidebarModel,
    SidebarRole,
)
from tests.visual_order import reads_left_to_right


def test_qtmodeltester(qtmodeltester, context, people):
    model = SidebarModel(context.contacts)
    qtmodeltester.check(model, force_py=True)


def _count(model: SidebarModel, kind: SidebarKind, key: object = None) -> object:
    row = model.row_of(kind, key)  # type: ignore[arg-type]
    assert row is not None
    return model.index(row).data(SidebarRole.COUNT)


def test_counts(context, people):
    model = SidebarModel(context.contacts)
    kinds = [model.item(r).kind for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert kinds[:6] == [
        SidebarKind.HEADER,
        SidebarKind.ALL,
        SidebarKind.DUE,
        SidebarKind.FAVOURITES,
        SidebarKind.RECENT,
        SidebarKind.TRASH,
    ]
    assert _count(model, SidebarKind.ALL) == 3
    assert _count(model, SidebarKind.FAVOURITES) == 1
    assert _count(model, SidebarKind.RECENT) == 3  # all three were added just now
    assert _count(model, SidebarKind.TRASH) == 0
    # The mentor's 30-day cadence starts today, so nobody is due this week yet.
    assert _count(model, SidebarKind.DUE) == 0
    row = model.row_of(SidebarKind.CIRCLE, "mentor")
    assert row is not None and model.index(row).data(SidebarRole.COUNT) == 1
    assert model.row_of(SidebarKind.TAG, 1) is not None
    items = [item for r in range(model.rowCount()) if (item := model.item(r)) is not None]
    orgs = [item.label for item in items if item.kind is SidebarKind.ORGANIZATION]
    assert orgs == ["Careem", "Vodafone"]


def test_refreshes_after_delete(qtbot, context, people):
    model = SidebarModel(context.contacts)
    context.contacts.delete([people["omar"]])
    qtbot.wait_until(lambda: _count(model, SidebarKind.ALL) == 2)
    assert _count(model, SidebarKind.FAVOURITES) == 0  # Omar was the favourite
    assert _count(model, SidebarKind.TRASH) == 1


def test_background_count_arrives_and_stale_ones_are_dropped(qtbot, context, people):
    from dataclasses import replace

    model = SidebarModel(context.contacts)
    stale = replace(context.contacts.facets(), total=999)
    old_generation = model._generation
    with qtbot.wait_signal(model.modelReset, timeout=5000):
        model.refresh_in_background()
    assert _count(model, SidebarKind.ALL) == 3
    model._apply(old_generation, stale)  # a count that a newer refresh overtook
    assert _count(model, SidebarKind.ALL) == 3


def test_a_tag_with_an_override_keeps_its_count_in_place(context, people):
    context.contacts.add(ContactData(given_name="X", tags=["\u202eevil"]))
    model = SidebarModel(context.contacts)
    items = [model.item(r) for r in range(model.rowCount())]
    row = next(r for r, i in enumerate(items) if i is not None and i.label == "\u202eevil")
    shown = model.index(row).data()
    assert shown == "\u2068evil\u2069"
    assert reads_left_to_right(shown, "evil")
    assert model.index(row).data(SidebarRole.COUNT) == 1


def test_sections_fold_and_unfold(context, people):
    model = SidebarModel(context.contacts)
    header = model.row_of(SidebarKind.HEADER, Section.TAGS.value)
    assert header is not None and model.row_of(SidebarKind.TAG, 1) is not None
    model.toggle(header)
    assert model.row_of(SidebarKind.TAG, 1) is None
    assert model.collapsed() == ["tags"]
    assert model.index(header).data(SidebarRole.COLLAPSED) is True
    model.toggle(header)
    assert model.row_of(SidebarKind.TAG, 1) is not None
    model.set_collapsed(["views", "nonsense"])
    assert model.row_of(SidebarKind.ALL, None) is None
    assert model.total() == 3  # still known with its row folded away


def test_largest_organisations_first_then_show_all(context, people):
    svc = context.contacts
    # Org 0 has one person, org 11 twelve: the ten largest are 2..11.
    for n in range(ORGANISATIONS_SHOWN + 2):
        for _ in range(n + 1):
            svc.add(ContactData(given_name="P", organization=f"Org {n:02d}"))
    model = SidebarModel(context.contacts)
    items = [i for r in range(model.rowCount()) if (i := model.item(r)) is not None]
    orgs = [i.label for i in items if i.kind is SidebarKind.ORGANIZATION]
    assert len(orgs) == ORGANISATIONS_SHOWN
    assert "Org 00" not in orgs and "Org 11" in orgs and "Careem" not in orgs
    assert orgs == sorted(orgs)  # by name, once chosen by size
    more = model.row_of(SidebarKind.MORE, None)
    assert more is not None and model.item(more).label == "Show all…"  # type: ignore[union-attr]
    model.toggle(more)
    items = [i for r in range(model.rowCount()) if (i := model.item(r)) is not None]
    assert len([i for i in items if i.kind is SidebarKind.ORGANIZATION]) == 14
    assert items[-1].kind is SidebarKind.MORE and items[-1].label == "Show fewer"
    assert not model.flags(model.index(len(items) - 1)) & Qt.ItemFlag.ItemIsSelectable
