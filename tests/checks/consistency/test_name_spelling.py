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


def test_same_sound_letter_in_a_name_is_a_variant(flags) -> None:
    text = " ".join(["Tamsin ran."] * 8) + " Then Tamzin woke."
    assert flags(text, "consistency.name_spelling") == [("Tamzin", "Tamsin")]
    text = " ".join(["Dez ran."] * 8) + " Then Des woke."
    assert flags(text, "consistency.name_spelling") == [("Des", "Dez")]


def test_short_names_a_letter_apart_are_two_people(flags) -> None:
    text = " ".join(["Dev ran."] * 8) + " Then Dee woke."
    assert flags(text, "consistency.name_spelling") == []


def test_same_sound_variants_of_a_name(flags) -> None:
    often = "Bran ran. Bran sat. Bran ate. Bran slept. Bran woke. Bran left. Bran came back. "
    assert flags(often + "Then Brann waved.", "consistency.name_spelling") == [("Brann", "Bran")]
    often = "Malvin ran. Malvin sat. Malvin ate. Malvin slept. Malvin woke. Malvin left. Malvin came back. "
    assert flags(often + "Then Malwin waved.", "consistency.name_spelling") == [("Malwin", "Malvin")]


def test_a_name_that_is_also_a_word_takes_only_same_sound_variants(flags) -> None:
    often = "Kit ran. Kit sat. Kit ate. Kit slept. Kit woke. Kit left. Kit came back. Then "
    assert flags(often + "Kitt waved.", "consistency.name_spelling") == [("Kitt", "Kit")]
    assert flags(often + "Kat waved.", "consistency.name_spelling") == []


def test_a_final_i_or_y_is_another_name(flags) -> None:
    often = "Henry ran. Henry sat. Henry ate. Henry slept. Henry woke. Henry left. Henry came back. "
    assert flags(often + "Then Henri waved.", "consistency.name_spelling") == []
