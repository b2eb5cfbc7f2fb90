import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import InteractionKind
from netdesk.domain.text import isolate
from netdesk.models.timeline import TimelineRole
from netdesk.store.contact_query import ContactQuery
from netdesk.ui import contact_actions, contact_dialog, interaction_dialog
from netdesk.ui.actions import ActionKey
from netdesk.ui.contact_dialog import ContactDialog
from netdesk.ui.interaction_dialog import InteractionDialog


def test_first_run_shows_empty_state(make_window):
    window = make_window()
    # The welcome fills the window: no empty sidebar, card or timeline beside it.
    assert window.showing_welcome()
    assert window.empty.isVisible()
    assert not window.sidebar.isVisible()
    assert not window.card.isVisible()
    assert not window.timeline_view.isVisible()
    assert window.empty.width() >= window.centralWidget().width() - 1
    assert "0 contacts shown" in window.status.text()


def test_add_contact_through_dialog_then_find_it(qtbot, make_window, monkeypatch):
    window = make_window()

    class FilledDialog(ContactDialog):
        def exec(self) -> int:
            qtbot.keyClicks(self.given, "Layla")
            qtbot.keyClicks(self.family, "Mansour")
            qtbot.keyClicks(self.organization, "Fawry")
            self.emails.append("layla@fawry.example", "work")
            self.accept()
            return int(self.result())

    monkeypatch.setattr(contact_dialog, "ContactDialog", FilledDialog)
    window.actions_[ActionKey.NEW].trigger()
    assert not window.showing_welcome()
    assert window.table.isVisible() and window.card.isVisible()
    assert window.contacts.rowCount() == 1
    assert window.card._name.text() == isolate("Layla Mansour")

    window.context.contacts.add(ContactData(given_name="Karim", family_name="Nabil"))
    qtbot.keyClicks(window.search, "fawry")
    qtbot.wait_until(lambda: window.contacts.rowCount() == 1)
    assert window.contacts.index(0, 0).data() == isolate("Layla Mansour")
    window.search.clear()
    qtbot.wait_until(lambda: window.contacts.rowCount() == 2)


def test_dialog_validation(qtbot):
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "needs a name, an email or a phone" in dialog.error.text()
    dialog.emails.append("not-an-email")
    dialog.accept()
    assert "does not look like an email" in dialog.error.text()


def test_log_interaction_with_two_participants(qtbot, make_window, monkeypatch):
    window = make_window()
    svc = window.context.contacts
    sara = svc.add(ContactData(given_name="Sara", family_name="Ali"))
    omar = svc.add(ContactData(given_name="Omar", family_name="Haddad"))
    window.select_contact(sara)

    class FilledDialog(InteractionDialog):
        def exec(self) -> int:
            qtbot.keyClicks(self.picker.search, "Omar")
            self.picker.add(omar)
            qtbot.keyClicks(self.summary, "Coffee about a referral")
            self.accept()
            return int(self.result())

    monkeypatch.setattr(interaction_dialog, "InteractionDialog", FilledDialog)
    window.actions_[ActionKey.LOG].trigger()
    for who in (sara, omar):
        window.select_contact(who)
        assert window.timeline.rowCount() == 2
        entry = window.timeline.index(1)
        assert entry.data(TimelineRole.SUMMARY) == "Coffee about a referral"
        assert set(entry.data(TimelineRole.PARTICIPANTS)) == {"Sara Ali", "Omar Haddad"}
    rows = svc.rows([sara, omar])
    assert rows[sara].last_contact is not None and rows[omar].last_contact is not None


def test_delete_asks_and_undo_restores(qtbot, make_window):
    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Nour"))
    window.select_contact(cid)
    window.dialogs.confirm_answer = False
    window.actions_[ActionKey.DELETE].trigger()
    assert window.contacts.rowCount() == 1
    window.dialogs.confirm_answer = True
    window.actions_[ActionKey.DELETE].trigger()
    assert window.contacts.rowCount() == 0
    window.actions_[ActionKey.UNDO].trigger()
    assert window.contacts.rowCount() == 1


def test_multi_select_tag_and_circle(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    a = svc.add(ContactData(given_name="A"))
    b = svc.add(ContactData(given_name="B"))
    window.table.selectAll()
    window.dialogs.text_answer = "Alumni 2019"
    window.actions_[ActionKey.TAG].trigger()
    assert svc.get(a).tags == ["Alumni 2019"] and svc.get(b).tags == ["Alumni 2019"]
    contact_actions.set_circle(window.parts, "classmate")
    assert svc.get(a).circle == svc.get(b).circle == "classmate"
    window.actions_[ActionKey.UNDO].trigger()
    window.actions_[ActionKey.UNDO].trigger()
    assert svc.get(a).tags == [] and svc.get(a).circle == ""


def test_sidebar_filters_by_circle(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    svc.add(ContactData(given_name="Prof", family_name="Salma", circle="professor"))
    svc.add(ContactData(given_name="Friend", circle="friend"))
    window.sidebar_model.refresh()
    from netdesk.models.sidebar import SidebarKind

    row = window.sidebar_model.row_of(SidebarKind.CIRCLE, "professor")
    assert row is not None
    window.sidebar.setCurrentIndex(window.sidebar_model.index(row))
    assert window.contacts.rowCount() == 1
    assert window.contacts.index(0, 0).data() == isolate("Prof Salma")


def test_restart_shows_same_data_and_layout(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    cid = svc.add(ContactData(given_name="Yusuf", phones=[Labeled("+20 100 123 4567")]))
    window.context.interactions.log(
        InteractionData(when=dt.datetime(2025, 6, 1, 9), summary="Hi"), [cid]
    )
    window.resize(780, 560)  # the offscreen screen is 800x600
    # Pane widths the layout can honour on any machine: each pane wider than its own minimum,
    # which depends on the fonts installed, so the restored layout must match to the pixel.
    panes = [window.splitter.widget(i) for i in range(window.splitter.count())]
    minimums = [max(p.minimumSizeHint().width(), p.minimumWidth()) for p in panes]
    room = sum(window.splitter.sizes())
    side, right = minimums[0] + 30, minimums[2] + 40
    window.splitter.setSizes([side, room - side - right, right])
    sizes = window.splitter.sizes()
    assert sizes == [side, room - side - right, right]
    size = window.size()
    window.close()
    close_database()
    again = make_window()
    assert again.contacts.rowCount() == 1
    assert again.contacts.index(0, 0).data() == isolate("Yusuf")
    again.select_contact(again.contacts.id_at(0))
    assert again.timeline.rowCount() == 2
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_arabic_layout_direction(make_window, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window("ar")
        assert window.isRightToLeft()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_about_names_the_data_folder(make_window):
    window = make_window()
    window.actions_[ActionKey.ABOUT].trigger()
    _title, text = window.dialogs.messages[-1]
    assert str(window.context.data_dir) in text


def test_export_summary_pdf(make_window, tmp_path):
    import shutil
    import subprocess

    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Huda", organization="Instabug"))
    window.select_contact(cid)
    window.dialogs.save_path = str(tmp_path / "huda")
    window.actions_[ActionKey.EXPORT_PDF].trigger()
    pdf = tmp_path / "huda.pdf"
    assert pdf.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Huda" in text
        assert "Instabug" in text


def test_print_preview_paints_every_page(make_window, monkeypatch):
    from PySide6.QtGui import QPdfWriter

    window = make_window()
    window.context.contacts.add(ContactData(given_name="Rana"))
    pages: list[int] = []

    def preview(parent, paint, options=()):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            writer = QPdfWriter(f"{tmp}/p.pdf")
            paint(writer)
            pages.append(1)
        return True

    window.dialogs.print_preview = preview
    window.actions_[ActionKey.PRINT_LIST].trigger()
    window.actions_[ActionKey.PRINT_SUMMARY].trigger()
    assert pages == [1, 1]


def test_due_view_and_reached_out(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    late = svc.add(ContactData(given_name="Late", circle="mentor"))
    svc.add(ContactData(given_name="Fresh"))
    long_ago = dt.datetime.combine(dt.date.today() - dt.timedelta(days=60), dt.time(9))
    window.context.interactions.log(InteractionData(when=long_ago, summary="Old talk"), [late])
    window.sidebar_model.refresh()
    assert window.overdue_count() == 1
    window.show_due()
    assert window.contacts.ids() == [late]
    window.select_contact(late)
    contact_actions.reached_out(window.parts, InteractionKind.CALL)
    assert window.contacts.ids() == []  # reaching out moves them out of the Due view
    assert window.overdue_count() == 0
    window.actions_[ActionKey.UNDO].trigger()
    assert window.contacts.ids() == [late]
    # Leaving the Due view shows everyone again.
    window.sidebar.setCurrentIndex(window.sidebar_model.index(0))
    assert len(window.contacts.ids()) == 2


def test_card_shows_ledger_and_colleagues(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    svc = window.context.contacts
    nadia = svc.add(ContactData(given_name="Nadia", organization="Instabug"))
    svc.add(ContactData(given_name="Hany", organization="instabug"))
    svc.add(ContactData(given_name="Other", organization="Fawry"))
    window.context.network.add_ask(nadia, "Referral for the QA lead role")
    window.select_contact(nadia)
    texts = [w.text() for w in window.card.findChildren(QLabel)]
    assert any("Referral for the QA lead role" in t for t in texts)
    assert any("open asks 1" in t for t in texts)
    link = next(w for w in window.card.findChildren(QLabel) if "other at this" in w.text())
    window.sidebar_model.refresh()
    link.linkActivated.emit("org")
    assert sorted(
        window.contacts.index(r, 0).data() for r in range(window.contacts.rowCount())
    ) == [isolate("Hany"), isolate("Nadia")]


def test_trash_restore_and_delete_forever(qtbot, make_window):
    from netdesk.db.records import Tombstone
    from netdesk.models.sidebar import SidebarKind

    window = make_window()
    svc = window.context.contacts
    a = svc.add(ContactData(given_name="Trashed A"))
    b = svc.add(ContactData(given_name="Trashed B"))
    svc.add(ContactData(given_name="Kept"))
    svc.delete([a, b])
    window.sidebar_model.refresh()
    row = window.sidebar_model.row_of(SidebarKind.TRASH, None)
    assert row is not None
    window.sidebar.setCurrentIndex(window.sidebar_model.index(row))
    assert sorted(window.contacts.ids()) == [a, b]
    assert window.actions_[ActionKey.UNTRASH].isVisible()
    window.select_contact(a)
    window.actions_[ActionKey.UNTRASH].trigger()
    assert window.contacts.ids() == [b]
    window.select_contact(b)
    assert window.actions_[ActionKey.DELETE].text() == "&Delete Forever…"
    window.actions_[ActionKey.DELETE].trigger()
    assert window.contacts.ids() == []
    uid = Tombstone.select().where(Tombstone.entity == "contact").get().uid
    assert uid
    assert not svc.exists(b)


def test_expired_trash_is_purged(make_window):
    import datetime as dt

    window = make_window()
    svc = window.context.contacts
    old = svc.add(ContactData(given_name="Old"))
    recent = svc.add(ContactData(given_name="Recent"))
    svc.delete([old, recent])
    from netdesk.db.records import Contact

    Contact.update(deleted_at=dt.datetime(2020, 1, 1)).where(Contact.id == old).execute()
    assert svc.purge_expired_trash() == 1
    assert Contact.get_or_none(Contact.id == old) is None
    assert Contact.get_or_none(Contact.id == recent) is not None


def test_third_party_licences_are_shown(qtbot):
    from netdesk.ui.licenses_dialog import LicensesDialog

    dialog = LicensesDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "PySide6" in text
    assert "OFL" in text


def test_contact_editor_photo(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from .conftest import FakeDialogs

    big = QImage(900, 600, QImage.Format.Format_RGB32)
    big.fill(QColor("teal"))
    path = tmp_path / "face.png"
    assert big.save(str(path))
    (tmp_path / "notes.txt").write_text("not an image")
    dialogs = FakeDialogs()
    dialog = ContactDialog(ContactData(given_name="Huda"), dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialogs.files = [str(tmp_path / "notes.txt")]
    dialog._on_choose_photo()
    assert "notes.txt is not an image" in dialog.error.text()
    dialogs.files = [str(path)]
    dialog._on_choose_photo()
    data, problems = dialog.collect()
    assert problems == []
    assert data.photo is not None
    from PySide6.QtGui import QImage as Image

    stored = Image.fromData(data.photo)
    assert (stored.width(), stored.height()) == (256, 170)
    dialog.remove_photo.click()
    assert dialog.collect()[0].photo is None


def test_card_follows_the_search_once_typing_pauses(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    svc.add(ContactData(given_name="Amal"))
    basma = svc.add(ContactData(given_name="Basma"))
    window.select_contact(svc.query_ids(ContactQuery(text="amal"))[0])
    assert window.card._name.text() == isolate("Amal")
    window.search.setText("basma")
    window._apply_search()
    # The table shows the match at once; the card waits for the pause in typing.
    assert window.contacts.ids() == [basma]
    assert window.current_id() == basma
    assert window.card._name.text() == isolate("Amal")
    qtbot.wait_until(lambda: window.card._name.text() == isolate("Basma"), timeout=2000)
