"""Test-wide set-up: offscreen Qt, a throw-away data directory per test."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Keep tests independent of the developer's locale and data.
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("NETDESK_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp):
    """Install the English translation (plural forms) as the app does at start-up."""
    from netdesk.ui.i18n import install_language

    install_language(qapp, "en")
