"""The contact table fits the default window in both languages; dates are never clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netdesk.models.labels import set_hijri_dates
from netdesk.sample import generate
from netdesk.services.queries import SortColumn
from netdesk.ui.i18n import install_language


@pytest.mark.parametrize(("language", "hijri"), [("en", False), ("ar", False), ("ar", True)])
def test_columns_fit_the_default_window(qtbot, qapp, make_window, language, hijri):
    if language == "ar":
        install_language(qapp, "ar")
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window(language)
        set_hijri_dates(hijri)
        generate(80, seed=3, interactions_per_contact=2)
        window.contacts.refresh()
        window.resize(1280, 800)
        window.columns.fit()
        table = window.table
        qtbot.wait_until(lambda: table.horizontalScrollBar().maximum() == 0)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        for column in (SortColumn.CIRCLE, SortColumn.LAST_CONTACT, SortColumn.NEXT_DUE):
            assert not header.isSectionHidden(column)
            width = header.sectionSize(column)
            texts = [
                str(window.contacts.index(row, column).data() or "")
                for row in range(window.contacts.rowCount())
            ]
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            if hijri:
                # Two calendars do not fit the default window whole: elided, and the
                # tooltip gives the whole date (first; the tie's strength may follow).
                index = window.contacts.index(0, column)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert tip.split("\n")[0] == index.data()
            else:
                # The cell's own text margins need a few pixels beside the text.
                assert widest + 8 <= width, (column, widest, width)
        assert sum(header.sectionSize(c) for c in range(header.count())) <= (
            table.viewport().width()
        )
    finally:
        set_hijri_dates(False)
        install_language(qapp, "en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
