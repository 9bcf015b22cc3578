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


def test_dropped_article_only_where_the_noun_ends_its_phrase(flags) -> None:
    assert flags("Ines pushed into kitchen and froze.", "grammar.missing_word") == [("kitchen", "the kitchen")]
    assert flags("He cast his mind towards forest paths.", "grammar.missing_word") == []


def test_dropped_subject_before_a_past_only_verb(flags) -> None:
    assert flags("She gasped when took the letter.", "grammar.missing_word") == [("took", None)]
    assert flags("The view was grand when looked at from the hill.", "grammar.missing_word") == []


def test_dropped_subject_before_a_past_that_is_never_a_participle(flags) -> None:
    assert flags("He waited while went to fetch help.", "grammar.missing_word") == [("went", None)]
    assert flags("She stayed because got the call.", "grammar.missing_word") == [("got", None)]
    assert flags("Come when wanted.", "grammar.missing_word") == []
