"""The article that fits the sound of the next word."""

from __future__ import annotations

RULE = "grammar.a_an"


def test_article_that_does_not_fit_the_sound_is_flagged(flags) -> None:
    assert flags("She gave him a apple and an bruise.", RULE) == [("a", "an"), ("an", "a")]


def test_misleading_spellings_foreign_words_and_letters_stay_quiet(flags) -> None:
    text = "A unicorn ate an hour, a one-off, an FBI badge and an historic cake; Lettres a une amie."
    assert flags(text, RULE) == []
