""" "Can help with" as a list of topics (issue 18)."""

from netdesk.domain.help_topics import join_topics, split_topics


def test_topics_split_on_latin_and_arabic_commas_and_lines() -> None:
    text = "Interview prep, CV review،  توصية عمل\nvisa letters; interview PREP"
    assert split_topics(text) == ["Interview prep", "CV review", "توصية عمل", "visa letters"]
    assert split_topics(" , ,") == []


def test_join_is_the_stored_form() -> None:
    assert join_topics(["CV review", " cv  review ", "Fundraising"]) == "CV review, Fundraising"
