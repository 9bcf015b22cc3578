"""Ranking corrections: the slip model and the sound key."""

from __future__ import annotations

from ficsense.checks.language import english
from ficsense.checks.spelling.misspelling import corrections, known_word
from ficsense.checks.spelling.suggest import slip_cost, sound_alikes, sound_key


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
    # One doubled letter or one swap from a listed word: a slip, though it parses as "final" + "y".
    assert not known_word("finaly", model)
    assert not known_word("untill", model)


def test_names_at_a_sentence_start_are_not_misspellings(flags) -> None:
    assert flags("Shoto waited by the door. Jayce left.", "spelling.misspelling") == []


def test_sound_alike_letter_groups_and_neighbouring_keys_cost_less() -> None:
    assert slip_cost("fotograph", "photograph", spelling=True) < slip_cost("xotograph", "photograph", spelling=True)
    assert slip_cost("kwestion", "question", spelling=True) < 1.0
    assert slip_cost("rember", "remember", spelling=True) < 1.0
    # Names are compared letter by letter: two names that sound alike stay apart.
    assert slip_cost("marcial", "marshal") > 1.0
    assert slip_cost("wprd", "word") < slip_cost("wzrd", "word")


def test_sound_key_single_pass_matches_the_rewrites() -> None:
    assert sound_key("knight") == sound_key("nite")
    assert sound_key("catch") == sound_key("kach")
    assert sound_key("cycle") == sound_key("sykle")


def test_corrections_reach_typos_several_edits_off() -> None:
    model = english()
    assert corrections("fotograph", model)[0] == "photograph"
    assert corrections("emberassed", model)[0] == "embarrassed"
    assert corrections("kwestion", model)[0] == "question"


def test_sound_alikes_find_words_whose_key_starts_differently() -> None:
    model = english()
    assert "phone" in sound_alikes("fone", model, 100_000)
    assert "knife" in sound_alikes("nife", model, 100_000)


def test_letter_moved_two_places_is_a_cheap_slip() -> None:
    assert slip_cost("tounge", "tongue", spelling=True) < slip_cost("tounge", "lounge", spelling=True)
    assert corrections("tounge", english())[0] == "tongue"
