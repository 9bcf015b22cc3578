"""A rare spelling of a frequent name."""

from __future__ import annotations

FORTY = " ".join(["Aiden waited."] * 40)


def test_rare_variant_of_a_frequent_name_is_flagged(flags) -> None:
    assert flags(FORTY + " Then Aidan left.", "consistency.name_spelling") == [("Aidan", "Aiden")]


def test_two_names_a_consonant_apart_are_two_people(flags) -> None:
    assert flags(FORTY.replace("Aiden", "Rodney") + " Then Romney left.", "consistency.name_spelling") == []


def test_possessive_of_the_rare_variant_flags_the_name_only(flags) -> None:
    assert flags(FORTY + " Then Aidan's dog barked.", "consistency.name_spelling") == [("Aidan", "Aiden")]
