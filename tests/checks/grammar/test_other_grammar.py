"""Doubled words, could of, wrong participles, lead/led, possessives, small phrases."""

from __future__ import annotations


def test_doubled_word_but_not_had_had_or_a_lost_dash(flags) -> None:
    assert flags("Jo finally finally spoke.", "grammar.doubled_word") == [("finally finally", "finally")]
    assert flags("By then she had had enough.", "grammar.doubled_word") == []
    # Regression: plain-text copies of novels turn a dash into spaces ("I   I don't understand").
    assert flags('"I   I don\'t understand."', "grammar.doubled_word") == []


def test_could_of(flags) -> None:
    assert flags("We might of missed it.", "grammar.could_of") == [("of", "have")]
    assert flags("She could of course say no.", "grammar.could_of") == []


def test_past_participle_after_had(flags) -> None:
    assert flags("By noon they had went home.", "grammar.past_participle") == [("went", "gone")]
    assert flags("She had never saw the sea.", "grammar.past_participle") == [("saw", "seen")]
    assert flags("She saw the sea.", "grammar.past_participle") == []


def test_lead_for_led(flags) -> None:
    assert flags("She lead him outside.", "grammar.lead_led") == [("lead", "led")]
    assert flags("They lead the parade each spring.", "grammar.lead_led") == []


def test_missing_possessive_apostrophes(flags) -> None:
    assert flags("Then Marcus came in. She hugged Marcus mom.", "grammar.missing_possessive") == [
        ("Marcus", "Marcus's")
    ]
    assert flags("Then Ellis waved. She held on Ellis arm.", "grammar.missing_possessive") == [("Ellis", "Ellis's")]
    assert flags("He heard the mans voice.", "grammar.missing_possessive") == [("mans", "man's")]
    assert flags("Everyones eyes turned.", "grammar.missing_possessive") == [("Everyones", "Everyone's")]
    assert flags("The boys face the wall.", "grammar.missing_possessive") == []
    assert flags("They stayed at the Scadgers house.", "grammar.missing_possessive") == []


def test_small_phrases(flags) -> None:
    assert flags("“Come one, hurry!”", "grammar.on_one") == [("one", "on")]
    assert flags("I need a break fro all this.", "grammar.fro_from") == [("fro", "from")]
    assert flags("Leaves blew to and fro.", "grammar.fro_from") == []
    assert flags("Give me a second. Wait minute.", "grammar.missing_article") == [("Wait minute", "Wait a minute")]
    assert flags("She slept for while he read.", "grammar.missing_article") == []
