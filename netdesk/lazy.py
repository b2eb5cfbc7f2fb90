"""Names a module re-exports but loads only when first used (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(module: str, sources: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that imports ``sources[name]`` on first use of ``name``."""

    def getattr_(name: str) -> object:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return getattr(importlib.import_module(source), name)

    return getattr_
