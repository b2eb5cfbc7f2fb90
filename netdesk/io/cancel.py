"""Cooperative cancelling of a long import read.

The window reads large files on a worker thread; Cancel sets a flag that the
parsers' loops look at through ``check()``, so the thread stops within a moment
instead of reading (and planning) the whole file for nothing. The flag lives in
a context variable: each thread sees only its own, and the parsers need no
extra parameter. Outside ``cancellable`` ``check()`` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_CANCELLED: ContextVar[Callable[[], bool] | None] = ContextVar("netdesk_import_cancelled")


class ImportCancelledError(Exception):
    """The user cancelled the import while the file was being read."""


@contextmanager
def cancellable(is_cancelled: Callable[[], bool]) -> Iterator[None]:
    """Within this block, ``check()`` raises once ``is_cancelled()`` is true."""
    token = _CANCELLED.set(is_cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)


def check() -> None:
    """Raise ``ImportCancelledError`` if the read this thread is doing was cancelled."""
    is_cancelled = _CANCELLED.get(None)
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelledError


def checked(items: Iterable[T], every: int = 64) -> Iterator[T]:
    """``items``, calling ``check()`` every ``every`` items."""
    for n, item in enumerate(items):
        if n % every == 0:
            check()
        yield item
