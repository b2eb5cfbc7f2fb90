"""Flows and actions run on a WindowParts alone: no MainWindow needed."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from netdesk.domain.contact_data import ContactData
from netdesk.services.context import AppContext, create_context
from netdesk.settings import Settings
from netdesk.ui import contact_actions, export_flow
from netdesk.ui.actions import ActionKey, Actions, ActionState
from netdesk.ui.window_parts import WindowParts

from .conftest import FakeDialogs


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    context = create_context(tmp_path / "data")
    yield context
    context.close()


def _parts(qtbot, context: AppContext, messages: list[str], selected: list[int]) -> WindowParts:
    widget = QWidget()
    qtbot.addWidget(widget)
    return WindowParts(
        widget=widget,
        context=context,
        settings=Settings(context.data_dir),
        dialogs=FakeDialogs(),
        language="en",
        selected_ids=lambda: list(selected),
        current_id=lambda: selected[0] if selected else None,
        in_trash=lambda: False,
        listed_ids=lambda: list(selected),
        contact_total=lambda: len(selected),
        show_contact_anywhere=lambda _cid: None,
        show_due=lambda: None,
        show_message=lambda text, _ms: messages.append(text),
        show_imported=lambda _done: None,
        reload_everything=lambda: None,
        select_all=lambda: None,
    )


def test_export_runs_on_the_parts_it_is_given(qtbot, tmp_path, context):
    messages: list[str] = []
    selected: list[int] = []
    parts = _parts(qtbot, context, messages, selected)
    selected += [parts.context.contacts.add(ContactData(given_name=n)) for n in ("Hala", "Adel")]
    dialogs = parts.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.save_path = str(tmp_path / "out")
    dialogs.save_filter = "JSON (*.json)"
    target = export_flow.export_contacts(parts)
    assert target is not None
    assert target == tmp_path / "out.json"
    names = [c["given_name"] for c in json.loads(target.read_text("utf-8"))["contacts"]]
    assert sorted(names) == ["Adel", "Hala"]
    assert messages == [f"Exported 2 contacts to {target}"]


def test_registered_actions_act_on_the_parts_selection(qtbot, context):
    selected: list[int] = []
    parts = _parts(qtbot, context, [], selected)
    selected.append(parts.context.contacts.add(ContactData(given_name="Rana")))
    actions = Actions(parts)
    actions.update(ActionState(selected=True, trash=False, current=True))
    assert actions[ActionKey.FAVOURITE].isEnabled()
    actions[ActionKey.FAVOURITE].trigger()
    assert parts.context.contacts.get(selected[0]).favourite
    contact_actions.set_circle(parts, "mentor")
    assert parts.context.contacts.get(selected[0]).circle == "mentor"
