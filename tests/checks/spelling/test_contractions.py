"""Contractions typed without their apostrophe."""

from __future__ import annotations

RULE = "spelling.contraction_apostrophe"


def test_contraction_without_apostrophe_is_flagged_with_the_fix(flags) -> None:
    text = "“I can't,” she said. “I won't. It's not fair, and you didnt even ask. Theres no way.”"
    assert flags(text, RULE) == [("didnt", "didn't"), ("Theres", "There's")]


def test_contraction_rule_is_silent_when_the_story_drops_apostrophes_on_purpose(flags) -> None:
    text = "He dont know the road. She dont ask. They wasnt afraid and it aint far. I'm sure."
    assert flags(text, RULE) == []


def test_contraction_rule_leaves_real_words_alone(flags) -> None:
    text = "I don't think so. Well, the cant of the deck threw him; the wont of sailors. Were they ill?"
    assert flags(text, RULE) == []


def test_contraction_rule_capitalises_i(flags) -> None:
    assert flags("You're late. im not.", RULE) == [("im", "I'm")]


def test_text_messages_keep_their_texting_style(flags) -> None:
    text = (
        "I don't know. She didn't either. It's late.\n\n"
        "**Priya:** hes fine lol\n\n**me:** we dont sell newts\n\nWe dont."
    )
    assert flags(text, "spelling.contraction_apostrophe") == [("dont", "don't")]
