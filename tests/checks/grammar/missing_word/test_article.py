"""Lost articles and determiners: the shapes of missing_word/article.py and missing_word/the.py."""

from __future__ import annotations

import pytest

RULE = "grammar.missing_word"


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("She gazed out window again.", "out the window"),
        ("He leaned over counter and poured the milk.", "over the counter"),
        ("Dana stared at leg, pale.", "at the leg"),
        ("Rook knocked on lid again.", "on the lid"),
        ("We waited there for long moment.", "for a long"),
        ("The fair is biggest thing in town.", "is the biggest"),
        ("She paused in mouth of the tunnel.", "in the mouth"),
        ("Hold on, I needed minute.", "needed a minute"),
        ("Give me second.", "me a second"),
        ("When we finally got to top we sat down.", "to the top"),
    ],
)
def test_article_dropped_is_flagged(flags, text, fix):
    assert any(suggestion == fix or (suggestion or "").startswith(fix) for _, suggestion in flags(text, RULE))


@pytest.mark.parametrize(
    "text",
    [
        "We stayed at home all week.",
        "He carved it by hand.",
        "They went to bed early.",
        "We came on foot.",
        "He read it out loud.",
        "There was cream on top.",
        "At first she did not care.",
        "He left for good.",
        "She did it on purpose.",
        "Come on man, hurry.",
        "They walked hand in hand.",
        "Little by little, the ice gave way.",
        "Long story short, we lost.",
        "I needed time to think.",
        "They were best friends for years.",
        "He was best man at the wedding.",
        "It is best left alone.",
        "She read from beginning to end.",
        "He won with little effort.",
        "They slept under pressure of time.",
        "She finished second.",
    ],
)
def test_article_bare_english_is_not_flagged(flags, text):
    assert flags(text, RULE) == []
