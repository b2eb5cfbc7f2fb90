"""The sidebar: folding sections remembered, no horizontal scroll bar, mirrored in Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from netdesk.domain.contact_data import ContactData
from netdesk.models.sidebar import Section, SidebarKind
from netdesk.settings import Settings
from netdesk.ui.sidebar_view import MIN_WIDTH, SidebarView


def _people(window) -> None:
    svc = window.context.contacts
    for n in range(14):
        svc.add(
            ContactData(
                given_name=f"P{n}",
                organization=f"The Very Long Name Of A Ministry Of Something {n:02d}",
                tags=["A tag with a name far longer than any sidebar is wide, on purpose"],
            )
        )
    window.sidebar_model.refresh()


def _row_rect(window, kind: SidebarKind, key: object = None):
    row = window.sidebar_model.row_of(kind, key)
    assert row is not None
    return window.sidebar.visualRect(window.sidebar_model.index(row))


def test_no_horizontal_scroll_bar_at_the_minimum_width(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([1, sizes[1] + sizes[0], sizes[2]])
    qtbot.wait_until(lambda: window.sidebar.width() <= MIN_WIDTH + 2)
    assert window.sidebar.width() >= MIN_WIDTH
    bar = window.sidebar.horizontalScrollBar()
    assert not bar.isVisible()
    assert bar.maximum() == 0  # nothing wider than the view, not merely a hidden bar
    viewport = window.sidebar.viewport().width()
    for row in range(window.sidebar_model.rowCount()):
        rect = window.sidebar.visualRect(window.sidebar_model.index(row))
        assert rect.left() >= 0 and rect.right() < viewport + 1


def test_a_header_folds_its_section_and_the_choice_is_kept(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    tags = _row_rect(window, SidebarKind.HEADER, Section.TAGS.value)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=tags.center())
    assert window.sidebar_model.row_of(SidebarKind.TAG, 1) is None
    assert Settings(window.context.data_dir).sidebar_collapsed == ["tags"]
    # A new sidebar on the same settings starts with the section folded.
    again = SidebarView(type(window.sidebar_model)(window.context.contacts), window.settings)
    qtbot.addWidget(again)
    assert again.model().row_of(SidebarKind.TAG, 1) is None  # type: ignore[attr-defined]
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=tags.center())
    assert window.sidebar_model.row_of(SidebarKind.TAG, 1) is not None
    assert window.settings.sidebar_collapsed == []


def test_folding_keeps_the_view_shown(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    favourite = window.context.contacts.add(ContactData(given_name="Fav", favourite=True))
    window.sidebar_model.refresh()
    rect = _row_rect(window, SidebarKind.FAVOURITES)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.contacts.ids() == [favourite]
    circles = _row_rect(window, SidebarKind.HEADER, Section.ORGANIZATIONS.value)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=circles.center())
    assert window.contacts.ids() == [favourite]
    current = window.sidebar_model.item(window.sidebar.currentIndex().row())
    assert current is not None and current.kind is SidebarKind.FAVOURITES


def test_show_all_organisations_in_place(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    assert window.sidebar_model.row_of(SidebarKind.ORGANIZATION, 1) is not None
    shown = [
        i
        for r in range(window.sidebar_model.rowCount())
        if (i := window.sidebar_model.item(r)) and i.kind is SidebarKind.ORGANIZATION
    ]
    assert len(shown) == 10
    more = _row_rect(window, SidebarKind.MORE)
    window.sidebar.scrollTo(window.sidebar.indexAt(more.center()))
    more = _row_rect(window, SidebarKind.MORE)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=more.center())
    shown = [
        i
        for r in range(window.sidebar_model.rowCount())
        if (i := window.sidebar_model.item(r)) and i.kind is SidebarKind.ORGANIZATION
    ]
    assert len(shown) == 14


def test_rows_are_mirrored_right_to_left(qtbot, make_window, qapp) -> None:
    """The icon sits at the leading edge, the count badge at the trailing one."""
    from netdesk.ui.sidebar_view import ICON, PAD

    crops: dict[Qt.LayoutDirection, tuple[QImage, QImage]] = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        qapp.setLayoutDirection(direction)
        try:
            window = make_window()
            window.resize(1000, 700)
            window.sidebar_model.refresh()
            rect = _row_rect(window, SidebarKind.TRASH)
            image = window.sidebar.viewport().grab(rect).toImage()
            top = (image.height() - ICON) // 2
            left = image.copy(PAD, top, ICON, ICON)
            right = image.copy(image.width() - PAD - ICON, top, ICON, ICON)
            crops[direction] = (left, right)
            window.close()
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr_left, ltr_right = crops[Qt.LayoutDirection.LeftToRight]
    rtl_left, rtl_right = crops[Qt.LayoutDirection.RightToLeft]
    # The trash can (symmetric) at the leading edge: left, then right; the count's badge
    # at the other edge.
    assert ltr_left == rtl_right
    assert ltr_left != ltr_right and rtl_left != rtl_right


def test_a_header_folds_from_the_keyboard(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    sidebar = window.sidebar
    sidebar.setFocus()
    all_row = window.sidebar_model.row_of(SidebarKind.ALL, None)
    assert all_row is not None
    sidebar.setCurrentIndex(window.sidebar_model.index(all_row))
    qtbot.keyClick(sidebar, Qt.Key.Key_Up)
    header = window.sidebar_model.item(sidebar.currentIndex().row())
    assert header is not None and header.kind is SidebarKind.HEADER
    shown = window.contacts.ids()
    qtbot.keyClick(sidebar, Qt.Key.Key_Space)
    assert window.sidebar_model.row_of(SidebarKind.ALL, None) is None
    assert window.contacts.ids() == shown  # a header is not a view: the list stays
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert window.sidebar_model.row_of(SidebarKind.ALL, None) is not None


def test_a_folded_view_unfolds_when_the_window_shows_it(qtbot, make_window) -> None:
    window = make_window()
    _people(window)
    window.sidebar_model.set_collapsed(["views", "organizations"])
    assert window.sidebar_model.row_of(SidebarKind.DUE, None) is None
    window.show_due()  # the banner's "Show Them"
    current = window.sidebar_model.item(window.sidebar.currentIndex().row())
    assert current is not None and current.kind is SidebarKind.DUE
    assert window.settings.sidebar_collapsed == ["organizations"]
    # An organisation beyond the ten largest, from the card's link.
    window.show_organization("The Very Long Name Of A Ministry Of Something 13")
    current = window.sidebar_model.item(window.sidebar.currentIndex().row())
    assert current is not None and current.kind is SidebarKind.ORGANIZATION
