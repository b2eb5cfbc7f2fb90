"""A class name means one thing across the package."""

import importlib
import inspect
import pkgutil
from collections import defaultdict

import netdesk

# Same name, two classes, in modules that other items of issue 16 are moving or splitting
# (the store layer, the self-test): named here so that no new pair joins them unseen.
KNOWN_PAIRS = {"AskEntry", "CheckResult", "EventEntry"}


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
    """``Column`` was both the table's sort column and a CSV column's meaning; a reader
    (or an import) could take one for the other."""
    twice = {name: where for name, where in _classes_by_name().items() if len(where) > 1}
    assert set(twice) <= KNOWN_PAIRS, twice
    assert "Column" not in _classes_by_name()
