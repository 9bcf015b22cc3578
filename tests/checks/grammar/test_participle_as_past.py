"""A past participle used as the simple past."""

from __future__ import annotations

RULE = "grammar.participle_as_past"


def test_participle_after_a_subject_is_flagged(flags) -> None:
    assert flags("The lights flickered. Then she begun to count.", RULE) == [("begun", "began")]


def test_participle_after_an_auxiliary_or_as_an_adjective_stays_quiet(flags) -> None:
    assert flags("She had begun to count. Had it rung yet? They were drunk. It has sunk.", RULE) == []


def test_rung_after_a_noun_subject_is_flagged(flags) -> None:
    assert flags("The bell rung out over the square.", RULE) == [("rung", "rang")]
    assert flags("She climbed to the next rung up. The bottom rung in the row broke.", RULE) == []


def test_regularised_past_is_flagged(flags) -> None:
    text = "The needle creeped up. She catched it and bringed it home."
    assert flags(text, RULE) == [("creeped", "crept"), ("catched", "caught"), ("bringed", "brought")]


def test_regularised_past_idioms_and_dialect_stay_quiet(flags) -> None:
    assert flags("That creeped her right out. He knelt on bended knee.", RULE) == []
    assert flags("“I knowed him well,” said the old man.", RULE) == []


def test_participle_after_a_name_is_flagged(flags) -> None:
    assert flags("We met Kestrin. Then Kestrin begun to pace.", RULE) == [("begun", "began")]
    assert flags("We met Mary. Then Mary sunk into a chair.", RULE) == []
