"""The application in Arabic: right-to-left, translated, Arabic plurals, Qt's own dialogs."""

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCalendar, QDate, QLibraryInfo, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import InteractionKind
from netdesk.domain.text import is_arabic_script
from netdesk.models.labels import format_date, set_hijri_dates
from netdesk.resources import resource_path
from netdesk.services.queries import SortColumn
from netdesk.settings import Settings
from netdesk.ui.i18n import install_language, loaded_translations

TS = resource_path("translations", "netdesk_ar.ts")
QM = resource_path("translations", "netdesk_ar.qm")


@pytest.fixture(scope="module", autouse=True)
def _compiled_arabic():
    """`make pytest` compiles the .qm first; a bare pytest run compiles it here."""
    if not QM.exists() or QM.stat().st_mtime < TS.stat().st_mtime:
        tool = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(tool), "-silent", str(TS), "-qm", str(QM)], check=True)


@pytest.fixture
def arabic(qapp):
    """Arabic as `netdesk --lang ar` sets it up; English again afterwards for other tests."""
    assert install_language(qapp, "ar") == "ar"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield qapp
    set_hijri_dates(False)
    install_language(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_window_is_right_to_left_with_arabic_menus(arabic, make_window):
    window = make_window("ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&ملف", "&تحرير"]
    assert titles[-1] == "م&ساعدة"
    assert all(is_arabic_script(title) for title in titles)
    assert window.contacts.headerData(0, Qt.Orientation.Horizontal) == "الاسم"


def test_every_menu_keeps_unique_accelerators(arabic, make_window):
    window = make_window("ar")
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        keys = [k for k in map(mnemonic, texts) if k]
        assert len(keys) == len(set(keys)), texts
        assert all(not re.search(r"[A-Za-z]{3}", t) or "NetDesk" in t or "PDF" in t for t in texts)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "لا تُعرض أي جهة اتصال"),
        (1, "تُعرض جهة اتصال واحدة"),
        (2, "تُعرض جهتا اتصال"),
        (3, "تُعرض ٣ جهات اتصال"),
        (11, "تُعرض ١١ جهة اتصال"),
        (100, "تُعرض ١٠٠ جهة اتصال"),
    ],
)
def test_status_bar_plural(arabic, make_window, qtbot, count, expected):
    window = make_window("ar")
    for i in range(count):
        window.context.contacts.add(ContactData(given_name=f"Person {i}"))
    qtbot.waitUntil(lambda: window.status.text() == expected)


def test_arabic_search_typed_with_set_text(arabic, make_window, qtbot):
    window = make_window("ar")
    window.context.contacts.add(ContactData(given_name="أحمد", family_name="المصري"))
    window.context.contacts.add(ContactData(given_name="John", family_name="Smith"))
    # QTest.keyClicks cannot type Arabic; setText is what an input method delivers anyway.
    window.search.setText("احمد")
    qtbot.waitUntil(lambda: window.contacts.rowCount() == 1)
    assert window.status.text().startswith("تُعرض جهة اتصال واحدة")


def test_qt_own_dialogs_are_arabic(arabic, qtbot):
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert str(qt_dir / "qtbase_ar.qm") in loaded_translations()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() != "&Cancel"
    assert is_arabic_script(cancel.text())


def test_default_locale_formats_numbers_and_dates_in_arabic(arabic):
    locale = QLocale()
    assert locale.language() == QLocale.Language.Arabic
    assert locale.toString(1234) == "١٬٢٣٤"
    assert "٢٠٢٦" in locale.toString(QDate(2026, 11, 26), QLocale.FormatType.ShortFormat)


def test_hijri_date_beside_the_gregorian_one(arabic):
    day = dt.date(2026, 11, 26)
    islamic = QCalendar(QCalendar.System.IslamicCivil).partsFromDate(QDate(2026, 11, 26))
    assert (islamic.year, islamic.month, islamic.day) == (1448, 6, 15)
    locale = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    text = format_date(day, locale, hijri=True)
    digits = re.sub(r"[^\d/() هـ]", "", text)  # drop the bidi marks inside Arabic dates
    assert digits == "٢٦/١١/٢٠٢٦ (١٥/٦/١٤٤٨ هـ)"
    assert format_date(day, locale, hijri=False) == locale.toString(
        QDate(2026, 11, 26), QLocale.FormatType.ShortFormat
    )


def test_hijri_setting_reaches_the_contact_table(arabic, make_window, data_dir, tmp_path):
    settings = Settings(tmp_path / "data")
    settings.hijri = True
    settings.sync()
    window = make_window("ar")
    cid = window.context.contacts.add(
        ContactData(given_name="سارة", emails=[Labeled("sara@example.com")])
    )
    when = dt.datetime(2026, 11, 26, 10, 0)
    window.context.interactions.log(
        InteractionData(when=when, kind=InteractionKind.CALL, summary="مكالمة"), [cid]
    )
    window.contacts.refresh()
    row = window.contacts.row_of(cid)
    assert row is not None
    shown = window.contacts.index(row, SortColumn.LAST_CONTACT).data()
    assert shown == format_date(when.date(), QLocale(), hijri=True)
    assert "هـ" in shown


def test_hijri_is_off_in_english(qapp, make_window, tmp_path):
    settings = Settings(tmp_path / "data")
    settings.hijri = True
    settings.sync()
    window = make_window("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "AH" not in format_date(dt.date(2026, 11, 26))


def test_qt_dialog_words_are_arabic_and_worded_as_arabic_software_does(arabic, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert re.search("[\u0600-\u06ff]", labels[name]), (name, labels[name])
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    texts = [b.text() for b in buttons.buttons()]
    assert "إلغاء" in texts and "ألغِ" not in texts


def test_the_editor_shows_phone_labels_in_arabic_and_stores_them_in_english(arabic, qtbot):
    from netdesk.domain.contact_data import Labeled
    from netdesk.ui.labeled_list import LabeledListEditor

    editor = LabeledListEditor("Phone")
    qtbot.addWidget(editor)
    editor.set_values(
        [
            Labeled("+20 100 000 0000", "mobile"),
            Labeled("+1 555", "HOME"),
            Labeled("+44 20", "assistant"),
        ]
    )
    from PySide6.QtWidgets import QComboBox

    pickers = [editor._table.cellWidget(r, 1) for r in range(3)]
    shown = [p.currentText() for p in pickers if isinstance(p, QComboBox)]
    assert shown == ["الجوال", "المنزل", "assistant"]
    assert [v.label for v in editor.values()] == ["mobile", "home", "assistant"]


def test_hijri_is_offered_when_arabic_comes_from_the_command_line(arabic, qtbot, tmp_path):
    from netdesk.settings import Settings
    from netdesk.ui.preferences import PreferencesDialog

    settings = Settings(tmp_path)
    assert settings.language == ""  # follow the system, which here is English
    dialog = PreferencesDialog(settings, None, running_language="ar")
    qtbot.addWidget(dialog)
    assert dialog.hijri.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.hijri.isEnabled()


def test_every_english_menu_keeps_unique_accelerators(make_window):
    # The Arabic menus are held by test_every_menu_keeps_unique_accelerators.
    window = make_window("en")
    for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        keys = [k for k in map(mnemonic, texts) if k]
        assert len(keys) == len(set(keys)), texts
