"""Running one attack case (see ``cases.py``) in a subprocess and judging what it did."""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DB = "netdesk.sqlite3"
TIMEOUT = 60.0
REPO = Path(__file__).resolve().parents[2]

VCARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Name{i};Given{i};;;\r\nFN:Given{i} Name{i}\r\n"
    f"ORG:Org {i % 7}\r\nEMAIL:person{i}@example.com\r\nTEL:+20 100 555 {i:04d}\r\n"
    f"NOTE:{'note ' * 40}\r\nEND:VCARD\r\n"
    for i in range(60)
)


@dataclass
class Outcome:
    code: int | None  # None: timed out
    stdout: str
    stderr: str


@dataclass
class Case:
    """One attack.

    Attributes:
        name: Unique, read in the tally.
        prepare: Damages ``data`` (a healthy copy) and returns the command's arguments
            after ``--data-dir``; ``work`` is a scratch folder for inputs and outputs.
        expect: ``"refuse"`` (one line on stderr, exit 2, database untouched),
            ``"ok"`` (exit 0, database untouched), ``"write"`` (exit 0, may change the
            database) or ``"restore"`` (exit 0 or a refusal; replaced bytes kept).
        data_dir: Where ``--data-dir`` points, relative to the case folder.
        fsize: A file-size limit in bytes for the command: a full disk without root.
        check: A further judgement of the outcome; returns a complaint or "".
    """

    name: str
    prepare: Callable[[Path, Path], Sequence[str | bytes]]
    expect: str = "refuse"
    data_dir: str = "data"
    fsize: int | Callable[[Path], int] | None = None
    check: Callable[[Path, Path, Outcome], str] | None = None


@dataclass
class Verdict:
    case: str
    traceback: bool = False
    lost: bool = False
    hang: bool = False
    wrong: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not (self.traceback or self.lost or self.hang or self.wrong)


# --- the healthy network ----------------------------------------------------------------


def make_network(folder: Path) -> Path:
    """A data folder with 60 contacts, one interaction and a good backup, made by the CLI."""
    data = folder / "data"
    source = folder / "people.vcf"
    source.write_text(VCARDS, encoding="utf-8", newline="")
    run_netdesk(data, "import", str(source), check=True)
    with contextlib.closing(sqlite3.connect(data / DB)) as con, con:
        ids = [row[0] for row in con.execute("SELECT id FROM contact ORDER BY id LIMIT 2")]
    run_netdesk(data, "backup", check=True)
    assert len(ids) == 2
    return data


def run_netdesk(data: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=check,
        env=netdesk_env(),
    )


def netdesk_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("NETDESK_SYNC_PASSWORD", None)
    return env


# --- running and judging ----------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """What must not change: the file's bytes (with its -wal) and, when it reads, its rows."""

    raw: str
    rows: str = ""

    def same_data(self, other: State) -> bool:
        return self.raw == other.raw or bool(self.rows and self.rows == other.rows)


def _state(path: Path) -> State:
    if path.is_dir():
        return State("dir:" + ",".join(sorted(p.name for p in path.iterdir())))
    if not path.exists():
        return State("missing")
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            digest.update(part.read_bytes())
    return State(digest.hexdigest(), _rows(path))


def _rows(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            rows = con.execute("SELECT id, display_name FROM contact ORDER BY id").fetchall()
    except sqlite3.Error:
        return ""
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _backups(data: Path) -> dict[str, State]:
    folder = data / "backups"
    if not folder.is_dir():
        return {}
    return {p.name: _state(p) for p in folder.glob("*.sqlite3") if p.is_file()}


def run_case(case: Case, base: Path, scratch: Path) -> Verdict:
    folder = scratch / "".join(c if c.isalnum() else "_" for c in case.name)
    folder.mkdir(parents=True)
    shutil.copytree(base, folder / "data-orig")
    shutil.copytree(base, folder / "data")
    shutil.copyfile(base.parent / "people.vcf", folder / "people.vcf")
    work = folder / "work"
    work.mkdir()
    data = folder / "data"
    args = list(case.prepare(data, work))
    before, backups_before = _state(data / DB), _backups(data)
    fsize = case.fsize(data) if callable(case.fsize) else case.fsize
    outcome = _run(folder / case.data_dir, args, fsize)
    verdict = Verdict(case.name)
    if outcome.code is None:
        verdict.hang = True
        return verdict
    verdict.traceback = "Traceback (most recent call last)" in outcome.stderr
    after, backups_after = _state(data / DB), _backups(data)
    verdict.lost = _lost(case, before, after, backups_before, backups_after)
    verdict.wrong = _wrong(case, outcome)
    if case.check is not None and (complaint := case.check(data, work, outcome)):
        verdict.wrong.append(complaint)
    return verdict


def _run(data_dir: Path, args: Sequence[str | bytes], fsize: int | None) -> Outcome:
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    command: list[str | bytes] = [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir)]
    try:
        done = subprocess.run(
            [*command, *args],
            capture_output=True,
            timeout=TIMEOUT,
            env=netdesk_env(),
            preexec_fn=limit,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Outcome(None, "", "")
    decode = lambda raw: raw.decode("utf-8", "replace")  # noqa: E731
    return Outcome(done.returncode, decode(done.stdout), decode(done.stderr))


def _lost(
    case: Case,
    before: State,
    after: State,
    backups_before: dict[str, State],
    backups_after: dict[str, State],
) -> bool:
    if any(backups_after.get(name) != state for name, state in backups_before.items()):
        return True  # a backup vanished or changed
    if case.expect == "write" or after == before:
        return False
    if case.expect == "restore":
        # The replaced database must be among the backups (unless nothing was there).
        fresh = [s for n, s in backups_after.items() if n not in backups_before]
        nothing = before.raw.startswith("missing")
        return not nothing and not any(before.same_data(s) for s in fresh)
    return True


def _wrong(case: Case, outcome: Outcome) -> list[str]:
    lines = outcome.stderr.strip().splitlines()
    if case.expect == "refuse":
        problems = []
        if outcome.code != 2:
            problems.append(f"exit {outcome.code}, not 2")
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr, not 1")
        return problems
    if case.expect in ("ok", "write") and outcome.code != 0:
        return [f"exit {outcome.code}: {' / '.join(lines[-2:])}"]
    if case.expect == "restore" and outcome.code not in (0, 2):
        return [f"exit {outcome.code}"]
    return []


@contextlib.contextmanager
def network() -> Iterator[tuple[Path, Path]]:
    with tempfile.TemporaryDirectory(prefix="netdesk-attack-") as name:
        root = Path(name)
        yield make_network(root), root / "cases"


def tally(verdicts: Sequence[Verdict]) -> dict[str, int]:
    return {
        "cases": len(verdicts),
        "tracebacks": sum(v.traceback for v in verdicts),
        "lost": sum(v.lost for v in verdicts),
        "hangs": sum(v.hang for v in verdicts),
        "wrong": sum(bool(v.wrong) for v in verdicts),
    }


def report(verdicts: Sequence[Verdict], pending: frozenset[str] = frozenset()) -> str:
    lines = []
    for v in verdicts:
        if v.passed:
            continue
        flags = [
            n for n, on in (("TRACEBACK", v.traceback), ("LOST", v.lost), ("HANG", v.hang)) if on
        ]
        mark = " (pending merge)" if v.case in pending else ""
        lines.append(f"FAIL {v.case}{mark}: {' '.join(flags + v.wrong)}")
    numbers = tally(verdicts)
    lines.append(", ".join(f"{k} {n}" for k, n in numbers.items()))
    return "\n".join(lines)
