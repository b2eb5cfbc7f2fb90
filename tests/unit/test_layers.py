"""The layer contracts in pyproject.toml are checked by import-linter, and they bite.

Each case copies the real package and its real contracts into a temporary folder, adds
one module that breaks a rule, and runs ``lint-imports`` there: the tool must fail
naming that contract. The untouched copy passes, so a failure is the violation's.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(
        REPO / "netdesk", tmp_path / "netdesk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _copy(tmp_path_factory.mktemp("clean"))
    result = _lint(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    return root


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        (
            "store/uses_qt.py",
            "from PySide6.QtCore import QObject\n",
            "The store, the database and the domain are plain Python: no Qt",
        ),
        (
            "ui/reads_the_store.py",
            "from netdesk.store import contact_store\n",
            "The UI and the Qt models reach records through the services only",
        ),
        (
            "db/calls_up.py",
            "from netdesk.store import due\n",
            "ui -> Qt models -> services -> sync -> store -> db -> io -> domain",
        ),
        (
            "printing/opens_a_window.py",
            "from netdesk.ui import dialogs\n",
            "Printing builds documents from data: no windows, Qt models or services",
        ),
    ],
)
def test_a_violation_breaks_its_contract(
    clean: Path, tmp_path: Path, module: str, source: str, contract: str
) -> None:
    root = _copy(tmp_path)
    (root / "netdesk" / module).write_text(source, encoding="utf-8")
    result = _lint(root)
    assert result.returncode != 0
    # "<name> BROKEN", perhaps followed by a count of ignored imports.
    lines = result.stdout.splitlines()
    broken = [line.split("BROKEN")[0].strip() for line in lines if "BROKEN" in line]
    assert broken == [contract], result.stdout
