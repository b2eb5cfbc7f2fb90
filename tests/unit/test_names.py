"""A class name means one thing across the package."""

import importlib
import inspect
import pkgutil
from collections import defaultdict

import netdesk


def _classes_by_name() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for info in pkgutil.walk_packages(netdesk.__path__, "netdesk."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isclass(value):
                continue
            if value.__module__.startswith("netdesk."):
                found[name].add(f"{value.__module__}.{value.__qualname__}")
    return found


def test_no_public_name_stands_for_two_classes() -> None:
    """``Column`` was the table's sort column, a CSV column's meaning and a stored column
    of ``contact``; ``AskEntry``, ``EventEntry`` and ``CheckResult`` were each two
    classes too. A reader (or an import) could take one for the other."""
    classes = _classes_by_name()
    twice = {name: where for name, where in classes.items() if len(where) > 1}
    assert not twice
    assert "Column" not in classes
