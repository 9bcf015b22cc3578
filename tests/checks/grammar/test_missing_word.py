"""Dropped subjects, articles and conjunctions."""

from __future__ import annotations


def test_dropped_words(flags) -> None:
    assert flags("He stopped when saw the car.", "grammar.missing_word") == [("saw", None)]
    assert flags("Tess leaned against wall.", "grammar.missing_word") == [("wall", "the wall")]
    assert flags("Jo finally spoke said nothing.", "grammar.missing_word") == [("spoke said", None)]


def test_intact_sentences_stay_quiet(flags) -> None:
    assert flags("They searched room after room.", "grammar.missing_word") == []
    assert flags("He climbed into bed.", "grammar.missing_word") == []
    assert flags("When asked, she smiled.", "grammar.missing_word") == []
