"""Refresh the translation sources from the code, and fill the English plural forms.

English needs a .ts file only for plurals: Qt shows "%n contact(s)" literally unless a
translation gives the singular and plural forms. They are derived from the "(s)"
spelling, so nobody edits the English file by hand.

Run: python packaging/translations.py   (make translations-update)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"


def lupdate(ts: Path, *extra: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(tool),
            "-extensions",
            "py",
            "-locations",
            "none",
            *extra,
            str(ROOT / "netdesk"),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def english_forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"\((?:e)?s\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    en = TS_DIR / "netdesk_en.ts"
    lupdate(en, "-pluralonly", "-no-obsolete")
    fill_english(en)
    return 0


if __name__ == "__main__":
    sys.exit(main())
