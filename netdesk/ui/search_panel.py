"""What the search box is doing, under it: chips for the filters and the sidebar's
selection, the hint when the selection hides matches, and saving a search as a smart
list. The Why column's delegate, which shows the matched words in bold, is here too.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.domain.search_query import Filter, FilterKind, without_filter
from netdesk.models.contact_search import answering
from netdesk.models.contact_table import WHY_COLUMN, ContactRole, ContactTableModel
from netdesk.models.labels import circle_label
from netdesk.models.sidebar import SidebarKind, SidebarModel
from netdesk.services.queries import SortColumn
from netdesk.services.search import HIDDEN_COUNTED, SearchIndexKeeper
from netdesk.translation import fill
from netdesk.ui.window_parts import WindowParts

# Columns hidden while the Why column shows.
MAKE_ROOM = (SortColumn.TITLE, SortColumn.NEXT_DUE, SortColumn.TAGS)
_CHIP_STYLE = (
    "QToolButton#searchChip { border: 1px solid palette(mid); border-radius: 10px; "
    "padding: 1px 8px; background: palette(alternate-base); }"
)


def _laid_out(text: str, spans: list[tuple[int, int]], opt: QStyleOptionViewItem) -> QTextLayout:
    """``text`` in one line, ``spans`` in bold, in the cell's font and direction."""
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    formats = []
    for start, end in spans:
        piece = QTextLayout.FormatRange()
        piece.start, piece.length, piece.format = start, end - start, bold
        formats.append(piece)
    layout = QTextLayout(text, opt.font)
    text_option = QTextOption()
    text_option.setTextDirection(opt.direction)
    text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(text_option)
    layout.setFormats(formats)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout


# A laid-out reason: its text, bold spans, font, direction and the width it fits.
_Key = tuple[str, tuple[tuple[int, int], ...], str, object, int]


def _elided(
    text: str, spans: list[tuple[int, int]], opt: QStyleOptionViewItem, width: int
) -> tuple[str, list[tuple[int, int]], QStyleOptionViewItem]:
    """``text`` made to fit ``width`` (measured in bold, the wider case) with the field and
    date at its logical start and the first match kept in view, in either direction.

    The end goes first, behind an ellipsis; when that would cut the match, the words
    between the field and the match go too ("Timeline 2 Oct: …a visa letter"). ``spans``
    move with the text.
    """
    bold = QFont(opt.font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    width = max(0, width)
    if metrics.horizontalAdvance(text) <= width or not spans:
        return (*_cut_end(text, spans, metrics, width), opt)
    first, first_end = min((int(a), int(b)) for a, b in spans)
    spans = [(int(a), int(b)) for a, b in spans]
    shown, cut = _cut_end(text, spans, metrics, width)
    if first_end <= len(shown) - 1 or not shown.endswith(_ELLIPSIS):
        return shown, cut, opt
    head = text.find(": ")
    head = head + 2 if 0 < head + 2 <= first else 0
    # In a narrow column even the field and date leave no room: the match matters more.
    for keep_head in dict.fromkeys((head, 0)):
        found = _around_match(text, spans, keep_head, metrics, width)
        if found is not None:
            return (*found, opt)
    return shown, cut, opt


def _around_match(
    text: str, spans: list[tuple[int, int]], head: int, metrics: QFontMetrics, width: int
) -> tuple[str, list[tuple[int, int]]] | None:
    """``text[:head]``, an ellipsis, then the text from a word before the first match,
    fitted to ``width`` with the match whole; None when it cannot be."""
    first, first_end = min(spans)
    for start in range(max(head + 1, first - _CONTEXT), first + 1):
        if text[start - 1] not in " \u060c,":
            continue  # start at a word
        gap = text[:head] + _ELLIPSIS
        moved = [(a - start + len(gap), b - start + len(gap)) for a, b in spans]
        moved = [(a, b) for a, b in moved if a >= len(gap)]
        candidate, kept = _cut_end(gap + text[start:], moved, metrics, width)
        if first_end - start + len(gap) <= len(candidate) - candidate.endswith(_ELLIPSIS):
            return candidate, kept
    return None


_ELLIPSIS = "\u2026"
# Words kept before the match when the text between the field and the match must go.
_CONTEXT = 24


def _cut_end(
    text: str, spans: list[tuple[int, int]], metrics: QFontMetrics, width: int
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` cut at its logical end behind an ellipsis if wider than ``width``."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if elided == text or not elided.endswith(_ELLIPSIS):
        return text, spans
    keep = len(elided) - 1
    return text[:keep] + _ELLIPSIS, [(int(a), min(int(b), keep)) for a, b in spans if a < keep]


class WhyDelegate(QStyledItemDelegate):
    """Paints the Why column with the matched words in bold.

    The laid-out lines are kept (the last 512): a repaint, a scroll back, or the same
    reason on many rows ("Can help with: Interview prep") shapes its text once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layouts: dict[_Key, QTextLayout] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spans = index.data(ContactRole.MATCHED_SPANS)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        width = opt.rect.width() - 8
        marks = tuple((int(a), int(b)) for a, b in spans)
        key = (text, marks, opt.font.key(), opt.direction, width)
        layout = self._layouts.pop(key, None) or _laid_out(*_elided(text, spans, opt, width))
        self._layouts[key] = layout  # the newest last; the oldest go first
        if len(self._layouts) > 512:
            del self._layouts[next(iter(self._layouts))]
        line = layout.lineAt(0)
        rect = QRectF(opt.rect.adjusted(4, 0, -4, 0))
        y = rect.top() + (rect.height() - line.height()) / 2
        x = rect.left()
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            x = rect.right() - line.naturalTextWidth()
        painter.save()
        painter.setClipRect(rect)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        layout.draw(painter, QPointF(x, y))
        painter.restore()


class SearchPanel(QWidget):
    """The row of chips under the search box (see the module docstring)."""

    def __init__(
        self,
        parts: WindowParts,
        search: QLineEdit,
        table: QTableView,
        contacts: ContactTableModel,
        sidebar: QListView,
        sidebar_model: SidebarModel,
        box: QWidget,
        refit: Callable[[], None] = lambda: None,
    ) -> None:
        """Put itself at the top of ``box`` (a column of widgets), and the saved searches
        in ``sidebar_model``."""
        super().__init__()
        self.setObjectName("searchPanel")
        self.setStyleSheet(_CHIP_STYLE)
        self._search, self._table, self._contacts = search, table, contacts
        self._sidebar, self._sidebar_model = sidebar, sidebar_model
        settings = parts.settings
        self._settings, self._dialogs, self._refit = settings, parts.dialogs, refit
        self._chips: list[QToolButton] = []
        self._filters: tuple[Filter, ...] = ()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(2, 2, 2, 2)
        self.scope_chip = self._chip("", self._search_everyone)
        self.add_filter = QToolButton()
        self.add_filter.setText(self.tr("+ Filter"))
        self.add_filter.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_filter.setMenu(self._filter_menu())
        self.add_filter.setAutoRaise(True)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.linkActivated.connect(lambda _link: self._search_everyone())
        self.save = QToolButton()
        self.save.setText(self.tr("Save as Smart List…"))
        self.save.setAutoRaise(True)
        self.save.clicked.connect(self.save_smart_list)
        self.forget = QToolButton()
        self.forget.setText(self.tr("Remove Smart List"))
        self.forget.setAutoRaise(True)
        self.forget.clicked.connect(self.remove_smart_list)
        self._row.addWidget(self.scope_chip)
        self._row.addStretch(1)
        self._row.addWidget(self.hint)
        # The first search index of a large network (after an upgrade) is built after
        # start-up: how far it got, and that a search meanwhile may miss people.
        self.indexing = QLabel()
        self.indexing.setObjectName("searchIndexing")
        self.indexing.setVisible(False)
        self._row.addWidget(self.indexing)
        self._row.addWidget(self.add_filter)
        self._row.addWidget(self.save)
        self._row.addWidget(self.forget)
        layout = box.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self)
        sidebar_model.set_smart_lists(lambda: settings.smart_lists)
        table.setItemDelegateForColumn(WHY_COLUMN, WhyDelegate(table))
        table.setColumnHidden(WHY_COLUMN, True)
        contacts.modelReset.connect(self.update_state)
        # An import's people are indexed on a worker thread; a search shown meanwhile is
        # run again once they are.
        context = parts.context
        self.keeper = SearchIndexKeeper(
            (context.contacts, context.interactions, context.network), self
        )
        self.keeper.caught_up.connect(self._on_caught_up)
        self.keeper.progress.connect(self._on_index_progress)
        self.keeper.idle.connect(self._show_indexing)
        self._indexed = (0, 0)
        self.keeper.check()
        sidebar.selectionModel().currentRowChanged.connect(self._on_sidebar)
        self.update_state()

    def _chip(self, text: str, clicked: Callable[[], None]) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName("searchChip")
        chip.setText(text)
        chip.clicked.connect(lambda _checked=False: clicked())
        return chip

    def _filter_menu(self) -> QMenu:
        menu = QMenu(self)
        for text, item in (
            (self.tr("Due to reach out"), Filter(FilterKind.DUE)),
            (self.tr("Overdue"), Filter(FilterKind.OVERDUE)),
            (self.tr("Has open asks"), Filter(FilterKind.OPEN_ASKS)),
            (self.tr("Favourite"), Filter(FilterKind.FAVOURITE)),
            (self.tr("Not contacted this year"), Filter(FilterKind.QUIET_SINCE, "this-year")),
        ):
            menu.addAction(text, self._adder(item))
        circles = menu.addMenu(self.tr("Circle"))
        for circle in Circle:
            circles.addAction(
                circle_label(circle.value), self._adder(Filter(FilterKind.CIRCLE, circle.value))
            )
        return menu

    # Filters -------------------------------------------------------------------------------
    def _adder(self, item: Filter) -> Callable[[], None]:
        return lambda: self.add(item)

    def _remover(self, item: Filter) -> Callable[[], None]:
        return lambda: self.remove(item)

    def add(self, item: Filter) -> None:
        """Add ``item`` to the search text (where the keyboard would write it)."""
        text = self._search.text().strip()
        self._search.setText(f"{text} {item.text()}".strip() + " ")
        self._search.setFocus()

    def remove(self, item: Filter) -> None:
        query = answering(self._search.text())
        if query is not None:
            self._search.setText(without_filter(query, item).text())

    def label(self, item: Filter) -> str:
        value = circle_label(item.value) if item.kind is FilterKind.CIRCLE else item.value
        named = {
            FilterKind.CIRCLE: self.tr("Circle: %1"),
            FilterKind.TAG: self.tr("Tag: %1"),
            FilterKind.ORGANIZATION: self.tr("At: %1"),
            FilterKind.LOCATION: self.tr("In: %1"),
            FilterKind.HELPS: self.tr("Can help with: %1"),
            FilterKind.QUIET_SINCE: self.tr("Not contacted since: %1"),
            FilterKind.DUE: self.tr("Due"),
            FilterKind.OVERDUE: self.tr("Overdue"),
            FilterKind.OPEN_ASKS: self.tr("Has open asks"),
            FilterKind.FAVOURITE: self.tr("Favourite"),
        }[item.kind]
        return fill(named, value) + "  ✕"

    # State ---------------------------------------------------------------------------------
    def update_state(self) -> None:
        """Chips, hint and Why column for the text and selection the table shows."""
        searching = self._contacts.searching()
        if searching == self._table.isColumnHidden(WHY_COLUMN):
            self._table.setColumnHidden(WHY_COLUMN, not searching)
            # The reason needs the room: columns that say least about a match step
            # aside, and the ranked order shows no column's sort arrow.
            for column in MAKE_ROOM:
                self._table.setColumnHidden(column, searching)
            self._table.horizontalHeader().setSortIndicatorShown(not searching)
            self._refit()
        query = answering(self._search.text())
        filters = query.filters if query is not None else ()
        if filters != self._filters:
            self._show_chips(filters)
        item = self._sidebar_model.item(self._sidebar.currentIndex().row())
        scoped = item is not None and item.kind not in (SidebarKind.ALL, SidebarKind.SMART)
        self.scope_chip.setVisible(scoped)
        if item is not None and scoped:
            self.scope_chip.setText(fill(self.tr("In: %1"), item.label) + "  ✕")
            self.scope_chip.setToolTip(self.tr("Search all contacts"))
        smart = item is not None and item.kind is SidebarKind.SMART
        self.save.setVisible(searching and not smart)
        self.forget.setVisible(smart)
        self.hint.setVisible(False)
        self._show_indexing()
        if searching and scoped and self._contacts.rowCount() == 0 and item is not None:
            elsewhere = self._contacts.found_elsewhere()
            if elsewhere:
                text = (
                    self.tr("0 results in %1 — <a href='all'>search all contacts</a> (many found)")
                    if elsewhere > HIDDEN_COUNTED
                    else self.tr(
                        "0 results in %1 — <a href='all'>search all contacts</a> (%n found)",
                        "",
                        elsewhere,
                    )
                )
                self.hint.setText(fill(text, html.escape(item.label)))
                self.hint.setVisible(True)

    def _on_index_progress(self, done: int, total: int) -> None:
        self._indexed = (done, total)
        self._show_indexing()

    def _show_indexing(self) -> None:
        """The indexing's progress, while the keeper indexes."""
        if not self.keeper.indexing:
            self.indexing.setVisible(False)
            return
        done, total = self._indexed
        percent = self.locale().toString(done * 100 // total if total else 0)
        if self._contacts.searching():
            text = self.tr("Indexing for search: %1% — results may be incomplete")
        else:
            text = self.tr("Indexing for search: %1%")
        self.indexing.setText(fill(text, percent))
        self.indexing.setVisible(True)

    def _on_caught_up(self) -> None:
        if self._contacts.searching():
            self._contacts.refresh()

    def _show_chips(self, filters: tuple[Filter, ...]) -> None:
        self._filters = filters
        for chip in self._chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self._chips = [self._chip(self.label(f), self._remover(f)) for f in filters]
        for position, chip in enumerate(self._chips, start=1):
            self._row.insertWidget(position, chip)

    def _search_everyone(self) -> None:
        row = self._sidebar_model.row_of(SidebarKind.ALL, None)
        if row is not None:
            self._sidebar.setCurrentIndex(self._sidebar_model.index(row))

    def _on_sidebar(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self._sidebar_model.item(current.row())
        if item is not None and item.kind is SidebarKind.SMART:
            self._search.setText(str(item.key))
        self.update_state()

    # Smart lists ---------------------------------------------------------------------------
    def remove_smart_list(self) -> None:
        """Forget the smart list selected in the sidebar (its people stay, of course)."""
        item = self._sidebar_model.item(self._sidebar.currentIndex().row())
        if item is None or item.kind is not SidebarKind.SMART:
            return
        self._settings.smart_lists = [
            (n, t) for n, t in self._settings.smart_lists if (n, t) != (item.label, item.key)
        ]
        self._search.clear()
        self._search_everyone()
        self._sidebar_model.refresh()

    def save_smart_list(self) -> None:
        text = self._search.text().strip()
        if not text:
            return
        name = self._dialogs.ask_text(
            self.window(), self.tr("Save as Smart List"), self.tr("Name of the smart list:")
        )
        if not name or not name.strip():
            return
        lists = [(n, t) for n, t in self._settings.smart_lists if n != name.strip()]
        self._settings.smart_lists = [*lists, (name.strip(), text)]
        self._sidebar_model.refresh()
