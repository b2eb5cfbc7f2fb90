"""The words of a shared link and line that are looked for in people's fields."""

from netdesk.store.sharing import share_words


def test_link_parts_and_common_words_are_left_out() -> None:
    words = share_words("https://www.example.com/blog/data-science.html The data of 2026")
    assert words == ["example", "blog", "data", "science"]


def test_arabic_is_folded_and_its_common_words_left_out() -> None:
    assert share_words("وظائف في الذكاء الاصطناعي") == ["وظايف", "الذكاء", "الاصطناعي"]
