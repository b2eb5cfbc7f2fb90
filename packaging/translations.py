"""Refresh the translation sources from the code, and fill them.

English needs a .ts file only for plurals: Qt shows "%n contact(s)" literally unless a
translation gives the singular and plural forms. They are derived from the "(s)"
spelling, so nobody edits the English file by hand.

Arabic is complete: every message is filled from ``packaging/translations_ar.py`` (then
from the printed summary's built-in Arabic, then from what the .ts already had, so a
correction made in Qt Linguist survives). A message with no translation anywhere makes
the script fail, listing it.

Run: python packaging/translations.py   (make translations-update)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translations_ar import ARABIC, BY_CONTEXT, PLURAL_FORMS, Translation  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"


def lupdate(ts: Path, *extra: str, quiet: bool = False) -> None:
    """Scan ``netdesk/`` into ``ts`` (the one way both this script and the tests do it)."""
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
        capture_output=quiet,
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


def _arabic_tables() -> tuple[dict[str, Translation], dict[tuple[str, str], Translation]]:
    """The Arabic dictionary, with the printed summary's terms under it."""
    sys.path.insert(0, str(ROOT))
    from netdesk.printing.labels import ARABIC as PRINTED

    return {**PRINTED, **ARABIC}, BY_CONTEXT


def _existing(translation: ET.Element) -> Translation | None:
    """A finished translation already in the .ts, as text or plural forms."""
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if forms:
        return tuple(forms) if len(forms) == len(PLURAL_FORMS) and all(forms) else None  # type: ignore[return-value]
    return translation.text or None


def fill_arabic(ts: Path) -> list[str]:
    """Fill every message of ``ts``; returns "context: source" of those left without one."""
    by_source, by_context = _arabic_tables()
    tree = ET.parse(ts)
    tree.getroot().set("language", "ar")
    missing: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            found = by_context.get((name, source), by_source.get(source))
            if found is None or isinstance(found, str) == numerus:
                found = _existing(translation)
            if found is None or isinstance(found, str) == numerus:
                missing.append(f"{name or '(no context)'}: {source!r}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if isinstance(found, str):
                translation.text = found
            else:
                translation.text = None
                for form in found:
                    ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    en = TS_DIR / "netdesk_en.ts"
    lupdate(en, "-pluralonly", "-no-obsolete")
    fill_english(en)
    ar = TS_DIR / "netdesk_ar.ts"
    lupdate(ar, "-no-obsolete", "-target-language", "ar")
    missing = fill_arabic(ar)
    if missing:
        print(
            f"{len(missing)} message(s) have no Arabic translation; add them to "
            "packaging/translations_ar.py:\n  " + "\n  ".join(missing),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
