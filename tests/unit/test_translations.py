"""The committed translation sources cover every message in the code."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from translations import english_forms  # noqa: E402


def numerus_sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    out = set()
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                out.add((name, message.findtext("source") or ""))
    return out


def test_english_plurals_are_up_to_date(tmp_path):
    fresh = tmp_path / "fresh_en.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(tool),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-pluralonly",
            str(ROOT / "netdesk"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    committed = ROOT / "resources" / "translations" / "netdesk_en.ts"
    missing = numerus_sources(fresh) - numerus_sources(committed)
    assert not missing, f"run `make translations-update`; missing plurals: {sorted(missing)}"


def test_english_plural_forms():
    assert english_forms("%n contact(s) shown") == ("%n contact shown", "%n contacts shown")
    assert english_forms("%n match(es)") == ("%n match", "%n matches")
