"""Every dialog of NetDesk, built on a small network, for the tests that walk them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.ui.main_window import MainWindow

VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Salma Khaled\r\nN:Khaled;Salma;;;\r\n"
    "ORG:Vodafone Egypt\r\nEMAIL:salma.khaled@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:يوسف عبد الله\r\nN:عبد الله;يوسف;;;\r\n"
    "ORG:أرامكو السعودية\r\nTEL;TYPE=CELL:+966 50 123 4567\r\nEND:VCARD\r\n"
)
NAMES = (
    "contact editor",
    "new contact",
    "interaction",
    "ask",
    "offer",
    "close ask",
    "introduction",
    "event",
    "preferences",
    "licences",
    "dashboard",
    "organisations",
    "give and ask",
    "duplicates",
    "import preview",
    "csv mapping",
    "sync account",
)
CSV = "Nom complet;Société;Courriel\r\nSalma Khaled;Vodafone;salma@example.com\r\n"


def seed(window: MainWindow) -> list[int]:
    """Two people who look alike, one other, and an open ask: every dialog has content."""
    from netdesk.store.ledger_store import AskKind

    contacts = window.context.contacts
    ids = [
        contacts.add(
            ContactData(
                given_name="Layla",
                family_name="Mansour",
                organization="Fawry",
                emails=[Labeled("layla@fawry.example", "work")],
            )
        ),
        contacts.add(ContactData(given_name="Layla", family_name="Mansour", organization="Fawry")),
        contacts.add(ContactData(given_name="يوسف", family_name="عبد الله")),
    ]
    window.context.network.add_ask(ids[0], "An introduction", AskKind.INTRODUCTION)
    return ids


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """A factory for each dialog, parented to ``window`` as the app opens it."""
    from netdesk.io.csv_mapping import guess_mapping
    from netdesk.io.reader import read_contacts
    from netdesk.services import queries
    from netdesk.ui.ask_dialog import AskDialog, AskStatusDialog
    from netdesk.ui.contact_dialog import ContactDialog
    from netdesk.ui.csv_mapping_dialog import CsvMappingDialog
    from netdesk.ui.dashboard import DashboardDialog
    from netdesk.ui.duplicates_dialog import DuplicatesDialog
    from netdesk.ui.event_dialog import EventDialog
    from netdesk.ui.import_dialog import ImportPreviewDialog
    from netdesk.ui.interaction_dialog import InteractionDialog
    from netdesk.ui.introduction_dialog import IntroductionDialog
    from netdesk.ui.licenses_dialog import LicensesDialog
    from netdesk.ui.network_view import NetworkViewDialog
    from netdesk.ui.organizations_dialog import OrganizationsDialog
    from netdesk.ui.preferences import PreferencesDialog
    from netdesk.ui.sync_account_dialog import SyncAccountDialog

    context, ids = window.context, window.contacts.ids()

    def preview() -> QDialog:
        result = read_contacts(VCARDS.encode())
        return ImportPreviewDialog("people.vcf", context.importer.plan(result.contacts), [], window)

    def mapping() -> QDialog:
        table = read_contacts(CSV.encode(), "people.csv").table
        assert table is not None
        return CsvMappingDialog("people.csv", table, guess_mapping(table), window)

    def duplicates() -> QDialog:
        groups = queries.find_duplicate_groups()
        rows = context.contacts.rows([cid for g in groups for cid in g.ids])
        return DuplicatesDialog(groups, rows, window)

    return {
        "contact editor": lambda: ContactDialog(context.contacts.get(ids[0]), window),
        "new contact": lambda: ContactDialog(None, window),
        "interaction": lambda: InteractionDialog(context.contacts, ids[:1], window),
        "ask": lambda: AskDialog("Layla Mansour", False, window),
        "offer": lambda: AskDialog("Layla Mansour", True, window),
        "close ask": lambda: AskStatusDialog(queries.open_asks()[0], parent=window),
        "introduction": lambda: IntroductionDialog(context, ids[:2], window),
        "event": lambda: EventDialog(context.contacts, ids[:1], window),
        "preferences": lambda: PreferencesDialog(window.settings, window, "en"),
        "licences": lambda: LicensesDialog(window),
        "dashboard": lambda: DashboardDialog(context, window),
        "organisations": lambda: OrganizationsDialog(window.parts),
        "give and ask": lambda: NetworkViewDialog(context, window),
        "duplicates": duplicates,
        "import preview": preview,
        "csv mapping": mapping,
        "sync account": lambda: SyncAccountDialog(None, window),
    }
