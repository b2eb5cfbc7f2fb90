"""A tiny misbehaving HTTP server on 127.0.0.1 for the deadline, size and Cancel tests.

It answers every connection with ``behaviour(connection, stop)``: trickle, hang, or
flood. Every loop in it is bounded and it stops by itself after ``lifetime`` seconds,
so a test that fails never leaves it running.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

Behaviour = Callable[[socket.socket, threading.Event], None]


class BadServer:
    def __init__(self, behaviour: Behaviour, lifetime: float = 15.0) -> None:
        self.behaviour = behaviour
        self.lifetime = lifetime
        self.stop = threading.Event()
        self.got_request = threading.Event()
        self.sent = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> BadServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(5)
        self._listener.close()

    def _serve(self) -> None:
        ends = time.monotonic() + self.lifetime
        while not self.stop.is_set() and time.monotonic() < ends:
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1.0)
                with contextlib.suppress(OSError):
                    connection.recv(65536)  # the request (small: GET or PROPFIND)
                    self.got_request.set()
                    self.behaviour(connection, self.stop)

    def send(self, connection: socket.socket, data: bytes) -> None:
        connection.sendall(data)
        self.sent += len(data)


def for_a_while(stop: threading.Event, seconds: float, step: float) -> Iterator[int]:
    """Count steps of ``step`` seconds until ``seconds`` pass or ``stop`` is set."""
    for n in range(int(seconds / step)):
        if stop.wait(step):
            return
        yield n
