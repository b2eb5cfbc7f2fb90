"""A stall meter for the GUI thread: how long the event loop went without turning.

A zero-interval ``QTimer`` fires on every turn of the GUI thread's event loop (nested
loops of modal dialogs included) and stamps the time; the gap between two stamps is a
stall: the window could neither paint nor answer input meanwhile. A second thread
watches the last stamp and, while the loop has not turned for ``sample_after`` seconds,
has the GUI thread's Python stack sampled every ``every`` seconds: where a stall's time
went. The sample is taken by the GUI thread itself, in a signal handler the watcher
triggers (SIGPROF): reading a running thread's frames from another thread crashed
CPython 3.11 now and then. A stall inside C++ (Qt painting, SQLite) is sampled where
it comes back to Python.

Gaps and samples are filed under the label current when they end (``label``): the
scripted day (``bench.day``) names each action before doing it.
"""

from __future__ import annotations

import signal
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType

from PySide6.QtCore import QTimer

# Stacks are cut to the frames nearest the leaf; these many of them.
STACK_DEPTH = 8


@dataclass
class Stalls:
    """What one label saw: its longest gap, the gaps over the limit, sampled stacks."""

    longest_ms: float = 0.0
    over: list[float] = field(default_factory=list)
    turns: int = 0
    stacks: Counter[str] = field(default_factory=Counter)


class StallMeter:
    def __init__(self, limit_ms: float = 50.0, sample_after: float = 0.04, every: float = 0.005):
        self.limit_ms = limit_ms
        self.sample_after = sample_after
        self.every = every
        self.label = "start"
        self.by_label: dict[str, Stalls] = {}
        self._last = time.perf_counter()
        self._gui = threading.get_ident()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="stall-watch", daemon=True)

    def start(self) -> None:
        """Start on the GUI thread (the main thread), before the work to be measured."""
        self._last = time.perf_counter()
        signal.signal(signal.SIGPROF, self._sample)
        self._timer.start()
        self._watcher.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._watcher.join(2)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def set_label(self, label: str) -> None:
        """What the loop does from now on; called on the GUI thread."""
        self.label = label
        self.by_label.setdefault(label, Stalls())

    def _turn(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        stalls = self.by_label.setdefault(self.label, Stalls())
        stalls.turns += 1
        if gap > stalls.longest_ms:
            stalls.longest_ms = gap
        if gap > self.limit_ms:
            stalls.over.append(gap)

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            if time.perf_counter() - self._last >= self.sample_after:
                signal.pthread_kill(self._gui, signal.SIGPROF)

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        """On the GUI thread: file the stack it was interrupted in."""
        if frame is None:
            return
        stack = traceback.extract_stack(frame, limit=STACK_DEPTH)
        key = " < ".join(f"{_short(f.filename)}:{f.name}:{f.lineno}" for f in reversed(stack))
        self.by_label.setdefault(self.label, Stalls()).stacks[key] += 1


def _short(path: str) -> str:
    for root in ("netdesk/", "bench/", "site-packages/"):
        at = path.rfind(root)
        if at >= 0:
            return path[at:]
    return path.rsplit("/", 1)[-1]
