"""A rare spelling of a frequent name."""

from __future__ import annotations

FORTY = " ".join(["Aiden waited."] * 40)


def test_rare_variant_of_a_frequent_name_is_flagged(flags) -> None:
    assert flags(FORTY + " Then Aidan left.", "consistency.name_spelling") == [("Aidan", "Aiden")]


def test_two_names_a_consonant_apart_are_two_people(flags) -> None:
    assert flags(FORTY.replace("Aiden", "Rodney") + " Then Romney left.", "consistency.name_spelling") == []


def test_possessive_of_the_rare_variant_flags_the_name_only(flags) -> None:
    assert flags(FORTY + " Then Aidan's dog barked.", "consistency.name_spelling") == [("Aidan", "Aiden")]


def test_rare_english_name_only_capitalised_is_a_variant(flags) -> None:
    text = FORTY.replace("Aiden", "Ysolde") + " Isolde went very still."
    assert flags(text, "consistency.name_spelling") == [("Isolde", "Ysolde")]


def test_variant_spelled_with_other_vowels_is_flagged(flags) -> None:
    text = FORTY.replace("Aiden", "Juno") + " Juneau let out a whoop."
    assert flags(text, "consistency.name_spelling") == [("Juneau", "Juno")]


def test_variant_that_lost_its_apostrophe_gets_the_possessive(flags) -> None:
    text = FORTY.replace("Aiden", "Caelan") + " Caelens coat was wet."
    assert flags(text, "consistency.name_spelling") == [("Caelens", "Caelan's")]


def test_stretched_shout_and_a_different_first_vowel_stay_quiet(flags) -> None:
    assert flags(FORTY.replace("Aiden", "Jory") + " “Jooory!”", "consistency.name_spelling") == []
    assert flags(FORTY.replace("Aiden", "Allen") + " Then Ellen left.", "consistency.name_spelling") == []


def test_same_consonants_with_two_other_vowels_are_two_words(flags) -> None:
    assert flags(FORTY.replace("Aiden", "Mangal") + " Then Mongol left.", "consistency.name_spelling") == []
