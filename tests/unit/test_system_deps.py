"""packaging/linux/system-deps.sh: the one list of system packages for make run, make test, CI."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "system-deps.sh"


def _packages(name: str) -> list[str]:
    text = (ROOT / "packaging" / "linux" / name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() for w in line.split("#")[0].split()]


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def _run(tmp_path: Path, *, uid: int, missing: set[str], mode: str = "run"):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "apt.log"
    cases = " ".join(sorted(missing)) or "none-missing"
    _tool(
        bin_dir,
        "dpkg-query",
        f'pkg=$3\nfor m in {cases}; do [ "$m" = "$pkg" ] && exit 1; done\nprintf installed\n',
    )
    _tool(bin_dir, "id", f"echo {uid}\n")
    _tool(bin_dir, "apt-get", f'echo "$@" >> {log}\n')
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}
    env.pop("NETDESK_SKIP_SYSTEM_DEPS", None)
    done = subprocess.run(
        ["sh", str(SCRIPT), mode], env=env, capture_output=True, text=True, timeout=30
    )
    return done, (log.read_text() if log.exists() else "")


def test_nothing_missing_does_nothing(tmp_path):
    done, apt = _run(tmp_path, uid=1000, missing=set())
    assert done.returncode == 0 and apt == "" and done.stderr == ""


def test_a_user_gets_the_one_command_and_status_2(tmp_path):
    done, apt = _run(tmp_path, uid=1000, missing={"libxcb-cursor0", "libxkbcommon-x11-0"})
    assert done.returncode == 2
    assert apt == ""
    command = [line.strip() for line in done.stderr.splitlines() if "apt-get" in line]
    assert command == [
        "sudo apt-get install -y --no-install-recommends libxkbcommon-x11-0 libxcb-cursor0"
    ]


def test_root_installs_what_is_missing(tmp_path):
    done, apt = _run(tmp_path, uid=0, missing={"xvfb", "libxcb-cursor0"}, mode="test")
    assert done.returncode == 0, done.stderr
    install = [line for line in apt.splitlines() if line.startswith("install")]
    assert install and install[0].split()[-2:] == ["libxcb-cursor0", "xvfb"]


def test_run_list_does_not_ask_for_test_tools(tmp_path):
    done, _apt = _run(tmp_path, uid=1000, missing={"xvfb"}, mode="run")
    assert done.returncode == 0


@pytest.mark.parametrize("package", ["libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"])
def test_the_qt_platform_libraries_are_listed(package):
    assert package in _packages("packages-run.txt")


def test_ci_and_make_use_the_same_script():
    assert "packaging/linux/system-deps.sh test" in (ROOT / ".ci" / "run").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "system-deps.sh run" in makefile and "system-deps.sh test" in makefile
    assert "run: system-deps-run" in makefile and "test: system-deps-test" in makefile
