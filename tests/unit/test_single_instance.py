"""One writer per data directory, across objects and across processes."""

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from netdesk import single_instance
from netdesk.single_instance import LOCK_FILENAME, SingleInstance, server_name

REPO = Path(__file__).resolve().parents[2]

# A first instance in its own process: it takes the lock, says so, and exits once
# activated (or after a few seconds, so a failing test never leaves it behind).
CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from netdesk.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance()
print("acquired" if instance.acquire(Path(sys.argv[1])) else "refused", flush=True)
def activated():
    print("activated", flush=True)
    app.quit()
instance.activation_requested.connect(activated)
QTimer.singleShot(10000, app.quit)
app.exec()
instance.release()
"""


@pytest.fixture
def instances(qapp) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


@pytest.fixture
def make(instances: list[SingleInstance]):
    def factory() -> SingleInstance:
        instance = SingleInstance()
        instances.append(instance)
        return instance

    return factory


@pytest.fixture
def child(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "acquired"
        yield process
    finally:
        process.kill()
        process.wait(10)
        process.stdout.close()


def test_second_instance_is_refused_and_wakes_the_first(tmp_path: Path, make, qtbot: QtBot):
    first, second = make(), make()
    assert first.acquire(tmp_path)
    assert (tmp_path / LOCK_FILENAME).exists()
    assert not second.acquire(tmp_path)
    with qtbot.wait_signal(first.activation_requested, timeout=2000):
        assert second.notify_running(tmp_path)


def test_other_data_directories_do_not_collide(tmp_path: Path, make, qtbot: QtBot):
    one, two = tmp_path / "one", tmp_path / "two"
    first, second = make(), make()
    assert first.acquire(one)
    assert second.acquire(two)
    assert server_name(one) != server_name(two)
    with (
        qtbot.assert_not_emitted(first.activation_requested),
        qtbot.wait_signal(second.activation_requested, timeout=2000),
    ):
        assert make().notify_running(two)


def test_server_name_is_short_and_follows_the_resolved_path(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert name == server_name(tmp_path / "sub" / "..")
    assert len(name) <= 24
    assert "/" not in name


def test_nobody_answers_when_nothing_runs(tmp_path: Path, make) -> None:
    assert not make().notify_running(tmp_path, timeout_ms=500)


def test_release_lets_another_acquire(tmp_path: Path, make) -> None:
    first = make()
    assert first.acquire(tmp_path)
    first.release()
    assert not (tmp_path / LOCK_FILENAME).exists()
    assert first.server is None
    assert make().acquire(tmp_path)
    first.release()  # releasing twice is harmless


def test_acquire_twice_on_the_same_directory_is_idempotent(tmp_path: Path, make) -> None:
    first = make()
    assert first.acquire(tmp_path)
    assert first.acquire(tmp_path / ".")
    with pytest.raises(RuntimeError):
        first.acquire(tmp_path / "other")


def test_unwritable_folder_is_an_error_not_a_running_instance(
    tmp_path: Path, make, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refused(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(single_instance, "QLockFile", Refused)
    with pytest.raises(OSError, match="lock file"):
        make().acquire(tmp_path)


def test_lock_of_a_dead_process_is_taken_over(tmp_path: Path, make) -> None:
    # Lock file format: PID, application name, host name; this PID cannot exist.
    (tmp_path / LOCK_FILENAME).write_text(f"{2**31 - 1}\n\n\n")
    first = make()
    assert first.acquire(tmp_path)
    assert (tmp_path / LOCK_FILENAME).read_text().split("\n")[0] == str(os.getpid())


@pytest.mark.parametrize("content", [b"", b"\x00\xff garbage\n\n", b"not-a-pid\nnetdesk\n"])
def test_empty_or_garbage_lock_is_taken_over(tmp_path: Path, make, content: bytes) -> None:
    lock = tmp_path / LOCK_FILENAME
    lock.write_bytes(content)
    os.utime(lock, (1, 1))  # left behind long ago
    assert make().acquire(tmp_path)
    assert lock.read_text().split("\n")[0] == str(os.getpid())


def test_garbage_lock_being_written_or_held_is_respected(tmp_path: Path, make) -> None:
    lock = tmp_path / LOCK_FILENAME
    lock.write_bytes(b"")  # another start may be writing its owner into it right now
    assert not make().acquire(tmp_path)
    lock.unlink()
    first = make()
    assert first.acquire(tmp_path)
    lock.write_bytes(b"")  # someone emptied the file of a live instance
    os.utime(lock, (1, 1))
    assert not make().acquire(tmp_path)
    assert first.acquire(tmp_path)  # still ours


def test_leftover_socket_of_a_crash_is_replaced(tmp_path: Path, make, qtbot: QtBot):
    # A server that is never closed stands in for the socket file a crash leaves.
    stale = QLocalServer()
    assert stale.listen(server_name(tmp_path))
    first = make()
    assert first.acquire(tmp_path)
    assert first.server is not None
    assert first.server.isListening()
    with qtbot.wait_signal(first.activation_requested, timeout=2000):
        assert make().notify_running(tmp_path)
    stale.close()


def test_instance_in_another_process_answers(tmp_path: Path, child, make) -> None:
    second = make()
    assert not second.acquire(tmp_path)
    assert second.notify_running(tmp_path, timeout_ms=5000)
    assert child.stdout.readline().strip() == "activated"
    assert child.wait(10) == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path, child, make, qtbot: QtBot):
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert (tmp_path / LOCK_FILENAME).exists()  # the crash left it behind
    first = make()
    assert first.acquire(tmp_path)
    with qtbot.wait_signal(first.activation_requested, timeout=2000):
        assert make().notify_running(tmp_path)
