"""Add or edit a contact, with validation."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.cadence import default_cadence
from netdesk.domain.contact_data import ContactData
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Circle
from netdesk.domain.links import link_kind
from netdesk.domain.validation import looks_like_email
from netdesk.models.labels import circle_label
from netdesk.services.background import Task
from netdesk.services.search import help_topics
from netdesk.translation import fill
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.labeled_list import LabeledListEditor
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.topic_completer import TopicCompleter


class ContactDialog(QDialog):
    def __init__(
        self,
        data: ContactData | None = None,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = data or ContactData()
        self._dialogs = dialogs or Dialogs()
        self._photo = self._original.photo
        self._result: ContactData | None = None
        self.setWindowTitle(self.tr("Edit Contact") if data else self.tr("New Contact"))
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.display = QLineEdit()
        self.second_name = QLineEdit()
        self.nickname = QLineEdit()
        self.organization = QLineEdit()
        self.title = QLineEdit()
        self.department = QLineEdit()
        self.circle = QComboBox()
        self.circle.addItem(self.tr("(none)"), "")
        for circle in Circle:
            self.circle.addItem(circle_label(circle.value), circle.value)
        self.circle.currentIndexChanged.connect(self._on_circle_changed)
        self.how_met = QLineEdit()
        self.can_help = QLineEdit()
        self.can_help.setPlaceholderText(self.tr("e.g. referral at Vodafone, résumé review"))
        # Topics others can help with, suggested for the one being typed after a comma:
        # read on a worker (counting them reads every topic of a large network).
        self.topics = TopicCompleter(self.can_help, [])
        Task(
            lambda _cancel: help_topics(), parent=self, success=self.topics.set_topics
        ).run_in_background()
        self.location = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD, or --MM-DD without the year"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("No reminder"))
        self.cadence.setSuffix(self.tr(" days"))
        self.favourite = QCheckBox(self.tr("Favourite"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated"))
        self.emails = LabeledListEditor(self.tr("Email"), left_to_right=True)
        self.phones = LabeledListEditor(self.tr("Phone"), left_to_right=True)
        self.links = LabeledListEditor(self.tr("Web or profile link"), left_to_right=True)
        self.addresses = LabeledListEditor(self.tr("Address"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.error = error_label()

        person, reach = self._forms()
        tabs = QTabWidget()
        tabs.setAccessibleName(self.windowTitle())
        for layout, title in ((person, self.tr("Person")), (reach, self.tr("Contact details"))):
            page = QWidget()
            page.setLayout(layout)
            tabs.addTab(page, title)
        tabs.addTab(self.notes, self.tr("Notes"))
        buttons = ok_cancel(self)
        outer = QVBoxLayout(self)
        outer.addWidget(tabs)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self._load(self._original)
        fit_to_content(self, QSize(560, 620))
        # Typing starts in the first name, not on the tab bar (which would swallow the first
        # word and push the rest into other fields).
        self.given.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forms(self) -> tuple[QFormLayout, QFormLayout]:
        """The Person tab's form and the Contact details tab's form."""
        person = QFormLayout()
        person.addRow(self.tr("&Given name:"), self.given)
        person.addRow(self.tr("&Family name:"), self.family)
        person.addRow(self.tr("&Display name:"), self.display)
        person.addRow(self.tr("Name in the other script:"), self.second_name)
        person.addRow(self.tr("&Nickname:"), self.nickname)
        person.addRow(self.tr("&Organisation:"), self.organization)
        person.addRow(self.tr("&Title:"), self.title)
        person.addRow(self.tr("Department:"), self.department)
        person.addRow(self.tr("&Circle:"), self.circle)
        person.addRow(self.tr("How we met:"), self.how_met)
        person.addRow(self.tr("Can help with:"), self.can_help)
        person.addRow(self.tr("Location:"), self.location)
        person.addRow(self.tr("Birthday:"), self.birthday)
        person.addRow(self.tr("Keep in touch every:"), self.cadence)
        person.addRow(self.tr("Tags:"), self.tags)
        person.addRow("", self.favourite)
        person.addRow(self.tr("Photo:"), self._photo_row())
        reach = QFormLayout()
        reach.addRow(self.tr("Emails:"), self.emails)
        reach.addRow(self.tr("Phones:"), self.phones)
        reach.addRow(self.tr("Links:"), self.links)
        reach.addRow(self.tr("Addresses:"), self.addresses)
        return person, reach

    def _photo_row(self) -> QWidget:
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(48, 48)
        self.photo_preview.setScaledContents(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose_photo)
        self.remove_photo = QPushButton(self.tr("Remove"))
        self.remove_photo.clicked.connect(lambda: self.set_photo(None))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo_preview)
        layout.addWidget(choose)
        layout.addWidget(self.remove_photo)
        layout.addStretch(1)
        self.set_photo(self._photo)
        return row

    def set_photo(self, data: bytes | None) -> None:
        self._photo = data
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        self.photo_preview.setPixmap(pixmap)
        self.photo_preview.setVisible(bool(data))
        self.remove_photo.setEnabled(bool(data))

    def _on_choose_photo(self) -> None:
        from pathlib import Path

        from netdesk.io.photos import bounded_photo

        path = self._dialogs.open_file(
            self,
            self.tr("Choose a Photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"),
        )
        if not path:
            return
        try:
            photo = bounded_photo(Path(path).read_bytes())
        except OSError as error:
            photo, reason = None, error.strerror or str(error)
        else:
            reason = ""
        if photo is None:
            self.error.setText(
                fill(
                    self.tr("%1 is not an image NetDesk can read. %2"), Path(path).name, reason
                ).strip()
            )
            self.error.show()
            return
        self.error.hide()
        self.set_photo(photo)

    def _load(self, d: ContactData) -> None:
        self.given.setText(d.given_name)
        self.family.setText(d.family_name)
        self.display.setText(d.display_name)
        self.second_name.setText(d.second_name)
        self.nickname.setText(d.nickname)
        self.organization.setText(d.organization)
        self.title.setText(d.job_title)
        self.department.setText(d.department)
        self.circle.setCurrentIndex(max(0, self.circle.findData(d.circle)))
        self.how_met.setText(d.how_met)
        self.can_help.setText(d.can_help_with)
        self.location.setText(d.location)
        self.birthday.setText(d.birthday.iso() if d.birthday else "")
        self.cadence.setValue(d.cadence_days or 0)
        self.favourite.setChecked(d.favourite)
        # Arabic writes lists with its own comma; reading accepts both.
        self.tags.setText(("، " if self.isRightToLeft() else ", ").join(d.tags))
        self.emails.set_values(d.emails)
        self.phones.set_values(d.phones)
        self.links.set_values(d.urls)
        self.addresses.set_values(d.addresses)
        self.notes.setPlainText(d.notes)

    def _on_circle_changed(self) -> None:
        # A new contact takes its circle's default cadence until the user sets one.
        if self._original.id is None and self.cadence.value() == 0:
            self.cadence.setValue(default_cadence(str(self.circle.currentData())) or 0)

    def contact(self) -> ContactData | None:
        return self._result

    def collect(self) -> tuple[ContactData, list[str]]:
        """The entered contact and the list of problems with it (empty when valid)."""
        problems: list[str] = []
        birthday = None
        if self.birthday.text().strip():
            birthday = PartialDate.parse(self.birthday.text())
            if birthday is None:
                problems.append(self.tr("The birthday is not a date (YYYY-MM-DD or --MM-DD)."))
        urls = self.links.values()
        for u in urls:
            if not u.label:
                u.label = link_kind(u.value).value
        data = ContactData(
            id=self._original.id,
            uid=self._original.uid,
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            display_name=self.display.text().strip(),
            second_name=self.second_name.text().strip(),
            card_image=self._original.card_image,
            nickname=self.nickname.text().strip(),
            organization=self.organization.text().strip(),
            job_title=self.title.text().strip(),
            department=self.department.text().strip(),
            circle=str(self.circle.currentData()),
            how_met=self.how_met.text().strip(),
            can_help_with=self.can_help.text().strip(),
            location=self.location.text().strip(),
            birthday=birthday,
            notes=self.notes.toPlainText().strip(),
            photo=self._photo,
            cadence_days=self.cadence.value() or None,
            favourite=self.favourite.isChecked(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            urls=urls,
            addresses=self.addresses.values(),
            tags=[t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()],
        )
        has_name = bool(data.given_name or data.family_name or data.display_name or data.nickname)
        if not (has_name or data.emails or data.phones):
            problems.append(self.tr("A contact needs a name, an email or a phone number."))
        bad = [e.value for e in data.emails if not looks_like_email(e.value)]
        if bad:
            problems.append(
                fill(self.tr("This does not look like an email address: %1"), ", ".join(bad))
            )
        return data, problems

    def accept(self) -> None:
        data, problems = self.collect()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self._result = data
        super().accept()
