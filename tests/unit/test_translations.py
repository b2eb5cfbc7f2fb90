"""The committed translation sources cover every message in the code."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from translations import english_forms, lupdate  # noqa: E402


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
    lupdate(fresh, "-pluralonly", quiet=True)
    committed = ROOT / "resources" / "translations" / "netdesk_en.ts"
    missing = numerus_sources(fresh) - numerus_sources(committed)
    assert not missing, f"run `make translations-update`; missing plurals: {sorted(missing)}"


def test_english_plural_forms():
    assert english_forms("%n contact(s) shown") == ("%n contact shown", "%n contacts shown")
    assert english_forms("%n match(es)") == ("%n match", "%n matches")


# Arabic -------------------------------------------------------------------------------------
from translations import fill_arabic  # noqa: E402
from translations_ar import ARABIC, PLURAL_FORMS  # noqa: E402

AR_TS = ROOT / "resources" / "translations" / "netdesk_ar.ts"
PLACEHOLDER = re.compile(r"%L?(\d+|n)")
# Qt's Arabic plural rule, one sample count per form, in Qt's order.
SAMPLE_COUNTS = (0, 1, 2, 3, 11, 100)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> set[str]:
    return {m.group(1) for m in PLACEHOLDER.finditer(text)}


@pytest.fixture(scope="module")
def fresh_ar(tmp_path_factory) -> dict[tuple[str, str, str], ET.Element]:
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh_ar.ts"
    lupdate(fresh, "-no-obsolete", "-target-language", "ar", quiet=True)
    return messages(fresh)


@pytest.fixture(scope="module")
def committed_ar() -> dict[tuple[str, str, str], ET.Element]:
    return messages(AR_TS)


def test_arabic_has_every_message_finished(fresh_ar, committed_ar):
    problems = []
    for key, message in fresh_ar.items():
        done = committed_ar.get(key)
        if done is None:
            problems.append(f"missing: {key}")
            continue
        translation = done.find("translation")
        assert translation is not None
        if translation.get("type") is not None:
            problems.append(f"{translation.get('type')}: {key}")
        elif not all(forms(done)):
            problems.append(f"empty: {key}")
        if (message.get("numerus") == "yes") != (done.get("numerus") == "yes"):
            problems.append(f"numerus differs: {key}")
    assert not problems, "run `make translations-update`:\n" + "\n".join(problems)


def test_arabic_numerus_messages_have_all_six_forms(committed_ar):
    short = [
        key
        for key, m in committed_ar.items()
        if m.get("numerus") == "yes" and len([f for f in forms(m) if f]) != 6
    ]
    assert not short, short


def test_arabic_placeholders_match_the_source(committed_ar):
    wrong = []
    for (context, source, _comment), message in committed_ar.items():
        expected = placeholders(source)
        for index, text in enumerate(forms(message)):
            got = placeholders(text)
            # Arabic names zero, one and two in words ("يومين"), so those forms may drop %n.
            may_drop_n = message.get("numerus") == "yes" and index < 3
            if got == expected or (may_drop_n and got == expected - {"n"}):
                continue
            wrong.append(f"{context}: {source!r} form {index}: {text!r}")
    assert not wrong, "\n".join(wrong)


def test_arabic_keeps_one_accelerator_where_the_source_has_one(committed_ar):
    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))

    wrong = [
        f"{context}: {source!r} -> {forms(m)!r}"
        for (context, source, _c), m in committed_ar.items()
        for text in forms(m)
        if mnemonics(text) != mnemonics(source)
    ]
    assert not wrong, "\n".join(wrong)


def test_arabic_terms_match_the_printed_summary():
    from netdesk.printing.labels import ARABIC as PRINTED

    differ = {
        s: (ARABIC[s], PRINTED[s]) for s in set(ARABIC) & set(PRINTED) if ARABIC[s] != PRINTED[s]
    }
    assert not differ


def test_arabic_plural_forms_are_in_qt_order(tmp_path, qapp):
    """Qt picks form i for SAMPLE_COUNTS[i]: the six forms are zero, one, two, few, many, other."""
    from PySide6.QtCore import QTranslator

    ts = tmp_path / "probe_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="ar"><context>'
        '<name>Probe</name><message numerus="yes"><source>%n</source><translation>'
        + "".join(f"<numerusform>{name}</numerusform>" for name in PLURAL_FORMS)
        + "</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "probe_ar.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    picked = [translator.translate("Probe", "%n", "", n) for n in SAMPLE_COUNTS]
    assert picked == list(PLURAL_FORMS)


def test_fill_arabic_lists_messages_without_a_translation(tmp_path):
    ts = tmp_path / "x_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1"><context><name>C</name>'
        '<message><source>&amp;File</source><translation type="unfinished"></translation>'
        "</message><message><source>Never heard of this</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert fill_arabic(ts) == ["C: 'Never heard of this'"]
    filled = messages(ts)
    assert forms(filled[("C", "&File", "")]) == ["&ملف"]
