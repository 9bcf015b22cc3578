"""Ranking corrections: the slip model and the sound key."""

from __future__ import annotations

from ficsense.checks.language import english
from ficsense.checks.spelling.misspelling import corrections, known_word
from ficsense.checks.spelling.suggest import slip_cost, sound_key


def test_common_slips_cost_less_than_arbitrary_edits() -> None:
    assert slip_cost("ocasion", "occasion") < slip_cost("ocxasion", "occasion")
    assert slip_cost("thier", "their") < slip_cost("thaer", "their") + 0.5
    assert slip_cost("seperate", "separate") < 1.0


def test_sound_key_groups_words_that_sound_alike() -> None:
    assert sound_key("fisiks") == sound_key("physics")
    assert sound_key("simpathy") == sound_key("sympathy")


def test_corrections_put_the_intended_word_first() -> None:
    model = english()
    assert corrections("definately", model)[0] == "definitely"
    assert corrections("recieve", model)[0] == "receive"
    assert corrections("simpathy", model)[0] == "sympathy"


def test_regular_derivations_and_compounds_are_known() -> None:
    model = english()
    assert known_word("unclasped", model)
    assert known_word("doorkeys", model)
    assert not known_word("thier", model)


def test_names_at_a_sentence_start_are_not_misspellings(flags) -> None:
    assert flags("Shoto waited by the door. Jayce left.", "spelling.misspelling") == []
