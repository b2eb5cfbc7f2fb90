"""``netdesk find``: the search of issue 18 on the command line, in a process of its own."""

import datetime as dt
import json
import subprocess
import sys

import pytest


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), "find", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def network(tmp_path, qapp):
    from netdesk.domain.contact_data import ContactData, InteractionData
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    lina = ctx.contacts.add(ContactData(given_name="Lina", family_name="Haddad"))
    sara = ctx.contacts.add(
        ContactData(given_name="Sara", family_name="Lee", can_help_with="Interview prep")
    )
    ahmed = ctx.contacts.add(ContactData(given_name="أحمد", family_name="السيد"))
    ctx.interactions.log(
        InteractionData(when=dt.datetime(2025, 10, 2, 10), summary="Helped with a visa letter"),
        [lina],
    )
    ctx.close()
    return data, {"lina": lina, "sara": sara, "ahmed": ahmed}


def test_find_json_has_the_reason(network):
    data, people = network
    out = run(data, "visa", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [
        {
            "id": people["lina"],
            "display_name": "Lina Haddad",
            "matched_field": "timeline",
            "snippet": "Helped with a *visa* letter",
            "score": 20,
            "date": "2025-10-02",
        }
    ]


def test_find_ranks_and_transliterates(network):
    data, people = network
    rows = json.loads(run(data, "ahmed", "--json").stdout)
    assert [(r["id"], r["matched_field"]) for r in rows] == [
        (people["ahmed"], "name_transliterated")
    ]
    out = run(data, "interview", "prep")
    assert out.stdout.split("\t")[:2] == ["Sara Lee", "can_help_with"]


def test_no_match_is_an_empty_list_and_exit_0(network):
    data, _ = network
    out = run(data, "zebra", "--json")
    assert (out.returncode, json.loads(out.stdout), out.stderr) == (0, [], "")


@pytest.mark.parametrize("query", ["colour:red", '"visa', "circle:"])
def test_malformed_query_is_exit_2_with_one_line(network, query):
    data, _ = network
    out = run(data, query, "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and out.stderr.startswith("netdesk: ")
