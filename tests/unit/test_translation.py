"""Placeholders filled in one pass, and translation contexts lupdate can read."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import netdesk
from netdesk.translation import Context, fill


@pytest.mark.parametrize(
    ("text", "args", "expected"),
    [
        ("Add %1", ("Sara",), "Add Sara"),
        ("%2 after %1", ("one", "two"), "two after one"),
        # A value is never filled again: "50%2" stays as the person wrote it.
        ("I introduced %1 and %2", ("50%2 Ltd", "Omar"), "I introduced 50%2 Ltd and Omar"),
        ("%1: %2", ("%1", "%2"), "%1: %2"),
        # %n is Qt's plural count; a placeholder with no value is left for the reader to see.
        ("%n of %1, then %3", ("x",), "%n of x, then %3"),
        ("%1%1", ("ab",), "abab"),
        ("%10 and %1", tuple("abcdefghij"), "j and a"),
        ("no placeholder", ("unused",), "no placeholder"),
    ],
)
def test_fill(text: str, args: tuple[str, ...], expected: str) -> None:
    assert fill(text, *args) == expected


class Probe(Context):
    pass


def test_a_context_translates_under_its_class_name(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Catalogue(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return f"{context}:{source}:{n}"

    catalogue = Catalogue()
    QCoreApplication.installTranslator(catalogue)
    try:
        assert Probe.tr("Quit") == "Probe:Quit:-1"
        # Qt fills %n with the count after the catalogue answers.
        assert Probe.tr("%n file(s)", "", 3) == "Probe:3 file(s):3"
    finally:
        QCoreApplication.removeTranslator(catalogue)


SAMPLE = """
from netdesk.translation import Context, fill


class Startup(Context):
    pass


def message(folder, count, name):
    first = fill(Startup.tr("Cannot use %1: %2"), folder, name)
    many = fill(Startup.tr("%n file(s) in %1", "", count), folder)
    return first, many


class Dialog(QObject):
    def title(self, name):
        return fill(self.tr("Edit %1"), name)
"""


def test_lupdate_reads_the_contexts_and_plurals(tmp_path: Path) -> None:
    """The shapes ``netdesk.translation`` asks for are the ones pyside6-lupdate extracts:
    the context from the class name before ``.tr``, plural when ``n`` is third."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "sample.py").write_text(SAMPLE, encoding="utf-8")
    ts = tmp_path / "sample.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(tool),
            "-extensions",
            "py",
            "-locations",
            "none",
            str(tmp_path / "src"),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    found = {
        (context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }
    assert found == {
        ("Startup", "Cannot use %1: %2", False),
        ("Startup", "%n file(s) in %1", True),
        ("Dialog", "Edit %1", False),
    }


CHAINED = re.compile(r"""\.replace\(\s*["']%\d""")
COPIED_CONTEXT = re.compile(r"QCoreApplication\.translate\(\s*\"\w+\", text, disambiguation, n\)")


def test_placeholders_are_filled_by_fill() -> None:
    """``.replace("%1", a).replace("%2", b)`` fills a "%2" inside ``a``; and each module
    copying a translation-context class is one more to keep in step."""
    package = Path(netdesk.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        source = path.read_text(encoding="utf-8")
        if CHAINED.search(source) or COPIED_CONTEXT.search(source):
            found.append(name)
    assert not found, "use netdesk.translation.fill / Context in " + ", ".join(found)
