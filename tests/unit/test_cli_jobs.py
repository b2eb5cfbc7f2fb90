"""``netdesk who-at`` and ``netdesk today``: their JSON keys and exit status."""

import datetime as dt
import json

import pytest

from tests.unit.test_cli import run


@pytest.fixture
def job_network(tmp_path, qapp):
    from netdesk.domain.contact_data import ContactData, InteractionData
    from netdesk.domain.enums import Direction
    from netdesk.services.context import create_context
    from netdesk.services.jobs import OpeningFields

    data = tmp_path / "data"
    ctx = create_context(data)
    sara = ctx.contacts.add(
        ContactData(given_name="Sara", family_name="Ali", organization="Careem")
    )
    mona = ctx.contacts.add(
        ContactData(given_name="منى", family_name="سالم", organization="Fawry", circle="mentor")
    )
    when = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=2)
    ctx.interactions.log(InteractionData(when, direction=Direction.GAVE), [sara])
    opening = ctx.jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    ctx.network.add_introduction(mona, sara, None)
    ctx.network.add_ask(mona, "Review my CV", follow_up=dt.date.today())
    ctx.close()
    return data, sara, mona, opening


def test_who_at_json(job_network):
    data, sara, mona, _opening = job_network
    out = run(data, "who-at", "careem", "--json", check=True)
    rows = json.loads(out.stdout)
    assert [(r["id"], r["relation"]) for r in rows] == [(sara, "current"), (mona, "connected")]
    assert set(rows[0]) == {"id", "display_name", "relation", "strength", "why"}
    assert rows[0]["display_name"] == "Sara Ali"
    assert isinstance(rows[0]["strength"], int) and rows[0]["strength"] > rows[1]["strength"]
    assert rows[0]["why"].startswith("works at Careem, last spoke 2 days ago")
    assert rows[1]["why"].startswith("introduced to Sara Ali there")
    text = run(data, "who-at", "Careem", check=True).stdout
    assert text.splitlines()[0].startswith("Sara Ali\tcurrent\t")


def test_who_at_unknown_organisation_fails_with_one_line(job_network):
    data, *_ = job_network
    out = run(data, "who-at", "Nowhere Ltd", "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == ["netdesk: no organisation is named 'Nowhere Ltd'"]


def test_today_json(job_network):
    data, _sara, mona, opening = job_network
    rows = json.loads(run(data, "today", "--json", check=True).stdout)
    assert all(set(r) == {"kind", "id", "display_name", "reason"} for r in rows)
    kinds = [(r["kind"], r["id"]) for r in rows]
    # Mona's ask is to be chased today (listed once, not also as due); the opening waits
    # on me; Sara was just spoken to, so she is not suggested.
    assert kinds == [("follow_up", mona), ("opening", opening)]
    assert rows[0]["display_name"] == "منى سالم"
    assert rows[0]["reason"] == "follow up on your ask: Review my CV"
    assert rows[1]["reason"] == "ask for a referral or apply at Careem"
    assert "opening\tData Scientist\t" in run(data, "today", check=True).stdout
