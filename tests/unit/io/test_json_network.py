"""Reading the network sections of a NetDesk JSON export: damaged items cost only themselves."""

from __future__ import annotations

import json

from netdesk.domain.network_data import NetworkData
from netdesk.io.reader import read_contacts


def _read(document: dict[str, object]) -> tuple[NetworkData | None, list[str]]:
    result = read_contacts(json.dumps(document).encode(), "n.json")
    return result.network, result.warnings


def test_bad_items_are_skipped_with_a_warning_and_odd_values_tamed() -> None:
    network, warnings = _read(
        {
            "format": "netdesk",
            "version": 2,
            "contacts": [{"uid": "c1", "given_name": "Nour", "revision": 10**30}],
            "interactions": [
                {
                    "uid": "i1",
                    "when": "2024-01-01T10:00:00",
                    "contacts": ["c1"],
                    "kind": "séance",
                    "direction": "sideways",
                },
                {"uid": "i2", "when": "yesterday", "contacts": ["c1"]},
                {"uid": "i3", "when": "2024-01-01T10:00:00", "contacts": "c1"},
                "not an object",
            ],
            "events": [{"uid": "e1", "name": "", "date": "2024-01-01"}],
            "asks": [{"uid": "a1", "contact": "c1", "what": "x", "asked_on": "2024-13-01"}],
        }
    )
    assert network is not None
    (interaction,) = network.interactions
    assert (interaction.kind, interaction.direction) == ("other", "mutual")
    assert network.contacts["c1"].stamp.revision == 1
    assert network.events == [] and network.asks == []
    assert len(warnings) == 5
    assert "n.json: interactions 2 was skipped (Invalid isoformat string: 'yesterday')." in warnings


def test_a_newer_format_is_read_with_a_warning() -> None:
    network, warnings = _read(
        {"format": "netdesk", "version": 9, "contacts": [{"given_name": "A"}], "future": [1]}
    )
    assert network is not None
    assert warnings == [
        "n.json was written by a newer NetDesk (format 9); what this version does not know "
        "is left out."
    ]
