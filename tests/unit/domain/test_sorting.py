"""``sort_key`` against ``QCollator(QLocale("ar"))``.

The table sorts by a stored ``sort_key`` so 100,000 rows sort from an index; the key must
give the order an Arabic reader expects. For plain Arabic names the code point order of
the folded text *is* the hija'i order, so it agrees with ICU's Arabic collation. Known
differences, by design:

* hamza and madda forms of alef (أ إ آ) fold to bare alef, so "آمنة" sorts among the
  ا-names by its following letters; ICU puts آ before every other alef;
* ta marbuta folds to ha, alef maqsura to ya (ICU keeps them as secondary variants, which
  only matters for ties);
* the Arabic locale puts Arabic script before Latin; code points put Latin first. The
  table offers ``arabic_first`` for that.
"""

import functools

from PySide6.QtCore import QCollator, QLocale

from netdesk.domain.text import sort_key

# Names without hamza, madda, ta marbuta or alef maqsura: the two orders must agree.
PLAIN_NAMES = [
    "يوسف",
    "محمد",
    "محمود",
    "عمر",
    "نور",
    "مريم",
    "عبد الرحمن",
    "عبد الله",
    "زينب",
    "خالد",
    "حسن",
    "حسين",
    "بشير",
    "تامر",
    "ثامر",
    "طارق",
    "ظافر",
    "غسان",
    "هاني",
    "وليد",
    "شريف",
    "صلاح",
    "ضياء",
    "ذكي",
    "رشا",
    "جمال",
    "كريم",
    "قاسم",
    "فراس",
    "سمير",
    "دينا",
    "منصور",
    "الخطيب",
    "القحطاني",
    "السيد",
]


def _collated(names: list[str]) -> list[str]:
    collator = QCollator(QLocale(QLocale.Language.Arabic))
    return sorted(names, key=functools.cmp_to_key(collator.compare))


def test_sort_key_agrees_with_arabic_collation_on_plain_names() -> None:
    # Shuffle deterministically so neither order is the input order.
    names = PLAIN_NAMES[::3] + PLAIN_NAMES[1::3] + PLAIN_NAMES[2::3]
    expected = _collated(names)
    assert sorted(names, key=sort_key) == expected
    assert expected != names


def test_alef_madda_differs_from_collation() -> None:
    names = ["أحمد", "آمنة", "ابتسام"]
    assert _collated(names)[0] == "آمنة"
    assert sorted(names, key=sort_key) == ["ابتسام", "أحمد", "آمنة"]


def test_hamza_variants_tie_in_sort_key() -> None:
    assert sort_key("أحمد") == sort_key("احمد")
    assert sort_key("إسلام") == sort_key("اسلام")
    assert sort_key("فاطمة") == sort_key("فاطمه")
    assert sort_key("ليلى") == sort_key("ليلي")


def test_script_order_differs_from_collation() -> None:
    names = ["Zeina", "محمد", "Adam"]
    assert _collated(names) == ["محمد", "Adam", "Zeina"]
    assert sorted(names, key=sort_key) == ["Adam", "Zeina", "محمد"]


def test_latin_names_sort_case_and_accent_blind() -> None:
    names = ["émile", "Zoe", "adam", "Élodie", "Bob"]
    assert sorted(names, key=sort_key) == ["adam", "Bob", "Élodie", "émile", "Zoe"]
