"""Reads only a dialog needs, and backups, load when first used, not with the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import netdesk.ui.main_window, netdesk.ui.startup, netdesk.services.queries as q
late = ("netdesk.store.duplicates", "netdesk.domain.matching", "netdesk.db.backup")
print(sorted(m for m in late if m in sys.modules))
q.find_duplicate_groups
print("netdesk.store.duplicates" in sys.modules)
"""


def test_the_window_does_not_load_what_only_dialogs_need():
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=120,
    )
    assert done.stdout.split("\n")[:2] == ["[]", "True"]


def test_an_unknown_name_is_an_attribute_error():
    from netdesk.services import queries

    with pytest.raises(AttributeError, match="no_such_read"):
        _ = queries.no_such_read
