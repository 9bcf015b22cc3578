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


def test_a_nickname_spelled_like_a_contraction_is_a_name(flags) -> None:
    text = "I didn't take it, Hes, I swear. Hesper sighed. \"Hes. Don't.\" She didn't. Hes, it's fine. Hes fine."
    assert flags(text, "spelling.contraction_apostrophe") == []
    assert flags("I didn't say it. She didn't either. Hes fine.", "spelling.contraction_apostrophe") == [
        ("Hes", "He's")
    ]


def test_misspelling_leaves_apostrophe_less_contractions_to_this_rule(flags) -> None:
    text = "I didn't go. She didn't either.\n\n**Tam:** theyre in the van\n\n**Oz:** theres a problem"
    assert flags(text, "spelling.misspelling") == []
    assert flags(text, "spelling.contraction_apostrophe") == []
