"""The spelling-blind key that lets each script find the other (issue 18)."""

import pytest

from netdesk.domain.transliterate import skeleton_text, skeletons


@pytest.mark.parametrize(
    "spellings",
    [
        ("أحمد", "احمد", "Ahmed", "Ahmad"),
        ("محمد", "مُحَمَّد", "Mohamed", "Mohammed", "Muhammad", "Mohammad"),
        ("عبد الرحمن", "عبدالرحمن", "Abdel Rahman", "Abdelrahman", "Abdulrahman", "Abd al-Rahman"),
        ("السيد", "El-Sayed", "el Sayed", "Al-Sayed", "Sayed"),
        ("يوسف", "Youssef", "Yusuf", "Yousef"),
        ("خالد", "Khaled", "Khalid"),
        ("فاطمة", "Fatima", "Fatimah", "Fatma"),
        ("مصطفى", "Mostafa", "Mustafa"),
        ("جمال", "Gamal", "Jamal"),
        ("شريف", "Sherif", "Cherif"),
    ],
)
def test_common_spellings_share_one_key(spellings: tuple[str, ...]) -> None:
    keys = {tuple(skeletons(s)) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(skeletons, spellings), strict=True))


def test_different_names_keep_different_keys() -> None:
    assert skeletons("Ahmed") != skeletons("Mohamed")
    assert skeletons("Omar") != skeletons("Amr Diab")


def test_the_indexed_text_marks_word_starts() -> None:
    assert skeleton_text("Ahmed Abdel Rahman") == "|hmd|bd|rhmn|"
    assert skeleton_text("") == ""
    assert skeleton_text("123 !!") == ""
