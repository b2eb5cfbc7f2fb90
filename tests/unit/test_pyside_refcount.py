"""Regression guard for a measured PySide6 trap.

PySide6 6.12.0 on Python 3.11 decrements the reference count of ``None`` on every call of
a Qt method that returns nothing; after a few thousand calls the interpreter aborts with
``Fatal Python error: none_dealloc``. pyproject.toml pins a good version for 3.11. This
test runs the calls in a child process, so an abort fails the test instead of pytest.
(From Python 3.12 ``None`` is immortal and its count never moves; the test still passes.)
"""

import subprocess
import sys
import textwrap

CALLS = 20_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QTimer

    obj = QObject()
    timer = QTimer()
    # Warm up: first calls may cache None in Shiboken's own structures.
    for _ in range(100):
        obj.setObjectName("x")
        timer.stop()
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        obj.setObjectName("x")
        timer.stop()
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_void_qt_calls_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"child died ({result.returncode}): {result.stderr[-2000:]}"
    before, after = (int(n) for n in result.stdout.split())
    # Each of the 2 x 20,000 calls would take one reference if the bug were back.
    assert after >= before, f"None lost {before - after} references in {2 * CALLS} calls"
    assert after - before < 100
