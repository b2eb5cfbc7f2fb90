"""The import preview driven as a user would, and what the window shows after the import."""

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.models.sidebar import SidebarKind
from netdesk.services.contacts import ContactService
from netdesk.ui import import_result
from netdesk.ui.actions import ActionKey
from netdesk.ui.import_dialog import ImportPreviewDialog
from netdesk.ui.import_table import Col

VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Kamal\r\nN:Kamal;Nadia;;;\r\nORG:Instabug\r\n"
    "TITLE:QA Lead\r\nEMAIL:nadia@instabug.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hany Adel\r\nN:Adel;Hany;;;\r\n"
    "TEL:+20 122 000 1111\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:السيد;أحمد;;;\r\nFN:أحمد السيد\r\nORG:فودافون\r\n"
    "TITLE:مهندس\r\nEMAIL:ahmed@vodafone.example\r\nEND:VCARD\r\n"
)


def _add_nadia(contacts: ContactService) -> int:
    """Nadia as the user wrote her: the file's first card is the same email."""
    return contacts.add(
        ContactData(
            given_name="Nadia", family_name="K.", emails=[Labeled("nadia@instabug.example")]
        )
    )


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _cell(dialog: ImportPreviewDialog, row: int, col: Col, role=Qt.ItemDataRole.DisplayRole):
    return dialog.table.model().index(row, col).data(role)


@pytest.fixture
def preview(monkeypatch):
    """Replaces the preview's exec with the ``choices`` and Import; the rest is the real
    dialog (not a subclass, whose ``tr`` would look in a context of its own name)."""
    seen: list[ImportPreviewDialog] = []
    choices: list[Callable[[ImportPreviewDialog], None]] = []

    def run(self: ImportPreviewDialog) -> int:
        seen.append(self)
        for choose in choices:
            choose(self)
        assert self.import_button.isEnabled()
        self.import_button.click()
        return int(self.result())

    monkeypatch.setattr(ImportPreviewDialog, "exec", run)
    return seen, choices


def _import(window, tmp_path, text: str = VCF, name: str = "people.vcf") -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()


def test_preview_shows_organisation_title_and_whom_a_row_merges_into(
    make_window, tmp_path, preview
):
    window = make_window()
    _add_nadia(window.context.contacts)
    seen, _choices = preview
    _import(window, tmp_path)

    def row(r: int) -> list[str]:
        return [_plain(_cell(seen[0], r, c)) for c in Col]

    assert row(0)[1:7] == [
        "Merge",
        "Nadia Kamal",
        "Instabug",
        "QA Lead",
        "nadia@instabug.example",
        "Nadia K.",
    ]
    assert row(2)[1:7] == ["Add", "أحمد السيد", "فودافون", "مهندس", "ahmed@vodafone.example", ""]


def test_unticked_rows_are_neither_added_nor_merged(make_window, tmp_path, preview):
    window = make_window()
    contacts = window.context.contacts
    nadia = _add_nadia(contacts)
    _seen, choices = preview
    summaries: list[str] = []

    def untick(dialog: ImportPreviewDialog) -> None:
        summaries.append(_plain(dialog.summary.text()))
        for r in (0, 1):  # the merge into Nadia, and Hany
            assert (
                _cell(dialog, r, Col.TICK, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            )
            tick = dialog.table.model().index(r, Col.TICK)
            # What a click on the box does.
            dialog.table.model().setData(
                tick, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
            )
        summaries.append(_plain(dialog.summary.text()))
        assert dialog.import_button.isEnabled()

    choices.append(untick)
    _import(window, tmp_path)
    assert summaries == [
        "people.vcf: 2 to add, 1 to merge with contacts you have, 0 to skip.",
        "people.vcf: 1 to add, 0 to merge with contacts you have, 0 to skip. 2 rows left out.",
    ]
    names = sorted(contacts.get(cid).best_name() for cid in window.contacts.ids())
    assert names == ["Nadia K.", "أحمد السيد"]  # no Hany
    assert contacts.get(nadia).organization == ""  # the merge was left out too
    assert "1 added, 0 merged, 2 skipped" in window.notice.label.text()


def test_unticking_every_row_disables_import(make_window, tmp_path, preview):
    window = make_window()
    _seen, choices = preview
    states: list[bool] = []

    def untick_all(dialog: ImportPreviewDialog) -> None:
        dialog.table.horizontalHeader().sectionClicked.emit(Col.TICK)  # the tick column's header
        states.append(dialog.import_button.isEnabled())
        dialog.set_ticked(2, True)
        states.append(dialog.import_button.isEnabled())

    choices.append(untick_all)
    _import(window, tmp_path)
    assert states == [False, True]
    assert [window.context.contacts.get(c).best_name() for c in window.contacts.ids()] == [
        "أحمد السيد"
    ]


def test_circle_and_cadence_for_everyone_make_them_come_due(make_window, tmp_path, preview):
    window = make_window()
    contacts = window.context.contacts
    contacts.cadence_defaults["coworker"] = 45  # the user's Preferences, not the built-in 90
    nadia = _add_nadia(contacts)
    window.context.interactions.log(
        InteractionData(when=dt.datetime.now() - dt.timedelta(days=40), summary="Coffee"), [nadia]
    )
    assert contacts.get(nadia).cadence_days is None
    _seen, choices = preview
    defaults: list[int] = []

    def choose(dialog: ImportPreviewDialog) -> None:
        dialog.circle.setCurrentIndex(dialog.circle.findData("coworker"))
        defaults.append(dialog.cadence.value())
        dialog.cadence.setValue(30)

    choices.append(choose)
    _import(window, tmp_path)
    assert defaults == [45]
    today = dt.date.today()
    rows = contacts.rows(window.contacts.ids())
    for cid in window.contacts.ids():
        data = contacts.get(cid)
        assert (data.circle, data.cadence_days) == ("coworker", 30), data.best_name()
    new = [r for cid, r in rows.items() if cid != nadia]
    # Never contacted: due a cadence after they were added.
    assert [r.next_due for r in new] == [today + dt.timedelta(days=30)] * 2
    # Last seen 40 days ago with a 30-day cadence: overdue, and in the Due view.
    assert rows[nadia].next_due == today - dt.timedelta(days=10)
    window.sidebar_model.refresh()  # as the counts' worker does after the import
    window.show_due()
    assert window.contacts.ids() == [nadia]


def test_no_reminder_leaves_them_without_cadence(make_window, tmp_path, preview):
    window = make_window()
    _seen, choices = preview

    def choose(dialog: ImportPreviewDialog) -> None:
        dialog.circle.setCurrentIndex(dialog.circle.findData("friend"))
        dialog.cadence.setValue(0)
        assert dialog.cadence.text() == "No reminder"

    choices.append(choose)
    _import(window, tmp_path)
    people = [window.context.contacts.get(c) for c in window.contacts.ids()]
    assert [(p.circle, p.cadence_days) for p in people] == [("friend", None)] * 3


def test_after_import_the_imported_are_shown_and_selected(qtbot, make_window, tmp_path, preview):
    window = make_window()
    contacts = window.context.contacts
    contacts.add(ContactData(given_name="Zeina", favourite=True))
    contacts.add(ContactData(given_name="Omar"))
    window.sidebar_model.refresh()
    window.sidebar.setCurrentIndex(
        window.sidebar_model.index(window.sidebar_model.row_of(SidebarKind.FAVOURITES, None))
    )
    window.search.setText("zei")
    window.search_now()
    assert window.contacts.rowCount() == 1  # the imported would be hidden by both
    _import(window, tmp_path)
    assert window.search.text() == ""
    assert window.contacts.query.favourites is False
    assert window.contacts.rowCount() == 5
    imported = sorted(window.contacts.ids()[i] for i in range(5))
    imported = [c for c in imported if contacts.get(c).best_name() not in ("Zeina", "Omar")]
    assert sorted(window.selected_ids()) == imported
    assert window.current_id() in imported
    # Said without a modal box: the table stays in reach.
    assert window.notice.isVisible()
    assert QApplication.activeModalWidget() is None
    assert not any(title == "Import Finished" for title, _text in window.dialogs.messages)
    assert "3 added, 0 merged, 0 skipped" in window.notice.label.text()
    assert window.notice.button.text() == "Show the 3 imported"
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)
    assert sorted(window.contacts.ids()) == imported
    assert window.notice.label.text() == "Showing only the 3 imported."
    window.search.setText("hany")  # a search within the import
    window.search_now()
    assert [contacts.get(c).best_name() for c in window.contacts.ids()] == ["Hany Adel"]
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)  # Show All Contacts
    assert window.contacts.rowCount() == 5 and not window.notice.isVisible()


def test_many_imported_select_the_first_and_show_them_all(
    qtbot, make_window, tmp_path, preview, monkeypatch
):
    monkeypatch.setattr(import_result, "SELECT_ALL_UP_TO", 5)
    window = make_window()
    window.context.contacts.add(ContactData(given_name="Aaron"))  # first in the table, not new
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person;P{i:02d};;;\r\nEND:VCARD\r\n" for i in range(12)
    )
    _import(window, tmp_path, cards, "many.vcf")
    first = window.selected_ids()
    assert [window.context.contacts.get(c).best_name() for c in first] == ["P00 Person"]
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)
    assert window.contacts.total() == 12


def test_several_files_say_each_and_show_them_all(make_window, tmp_path, preview):
    window = make_window()
    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    first.write_text(VCF, encoding="utf-8", newline="")
    second.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Chen;Li;;;\r\nEND:VCARD\r\n", encoding="utf-8", newline=""
    )
    window.dialogs.files = [str(first), str(second)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert _plain(window.notice.label.text()).splitlines() == [
        "a.vcf: 3 added, 0 merged, 0 skipped.",
        "b.vcf: 1 added, 0 merged, 0 skipped.",
        "Edit → Undo reverses one file at a time.",
    ]
    assert len(window.selected_ids()) == 4
    assert window.notice.button.text() == "Show the 4 imported"


def test_a_large_preview_makes_only_the_rows_it_shows(qtbot, monkeypatch):
    """10,000 rows were 80,000 cells built before the dialog showed; the model makes a
    row's texts when the view first asks for it (and once)."""
    from netdesk.services.importer import Action, PlanItem

    plan = [PlanItem(ContactData(given_name=f"Person {i:05}"), Action.ADD) for i in range(5000)]
    made: list[int] = []
    texts = ImportPreviewDialog._row_texts

    def counted(self: ImportPreviewDialog, row: int, merge: bool):
        made.append(row)
        return texts(self, row, merge)

    monkeypatch.setattr(ImportPreviewDialog, "_row_texts", counted)
    dialog = ImportPreviewDialog("big.vcf", plan, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert 0 < len(made) <= 200
    assert len(made) == len(set(made))
    assert _plain(_cell(dialog, 4999, Col.NAME)) == "Person 04999"
    dialog.table.horizontalHeader().sectionClicked.emit(Col.TICK)  # untick all
    assert dialog.counts() == {"add": 0, "merge": 0, "skip": 0, "left out": 5000}
    assert dialog.left_out() == list(range(5000))
    assert not dialog.import_button.isEnabled()
    assert _cell(dialog, 10, Col.NAME, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
