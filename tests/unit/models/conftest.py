import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.services.context import AppContext, create_context


@pytest.fixture
def context(qapp, tmp_path: Path) -> Iterator[AppContext]:
    ctx = create_context(tmp_path / "data")
    yield ctx
    ctx.close()


@pytest.fixture
def people(context: AppContext) -> dict[str, int]:
    svc = context.contacts
    ids = {
        "ahmed": svc.add(
            ContactData(
                given_name="أحمد",
                family_name="السيد",
                organization="Vodafone",
                circle="mentor",
                emails=[Labeled("ahmed@example.com")],
                tags=["Cairo"],
            )
        ),
        "sara": svc.add(
            ContactData(
                given_name="Sara",
                family_name="Ali",
                organization="Careem",
                job_title="Engineer",
                circle="coworker",
                tags=["Python"],
            )
        ),
        "omar": svc.add(ContactData(given_name="Omar", family_name="Haddad", favourite=True)),
    }
    return ids


def log(context: AppContext, ids: list[int], when: dt.datetime, summary: str) -> int:
    return context.interactions.log(InteractionData(when=when, summary=summary), ids)


__all__ = ["QUndoStack", "log"]
