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


@pytest.fixture(scope="session")
def xvfb_display():
    """A private Xvfb for tests that need a real X server; its display name (":N").

    ``-displayfd`` lets Xvfb pick a free display and say which, so parallel runs never race.
    """
    import shutil
    import subprocess

    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (make test installs it: packaging/linux)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)
