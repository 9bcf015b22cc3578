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


def test_brought_for_brang_and_brung(flags) -> None:
    assert flags("“I brang you a coffee.”", "grammar.participle_as_past") == [("brang", "brought")]
    assert flags("He brung the pot over.", "grammar.participle_as_past") == [("brung", "brought")]


def test_seen_for_saw_in_narration(flags) -> None:
    assert flags("She seen it first.", "grammar.participle_as_past") == [("seen", "saw")]
    assert flags("“I seen it,” he said.", "grammar.participle_as_past") == []
    assert flags("Had she seen it?", "grammar.participle_as_past") == []


def test_seen_written_often_is_the_narrators_voice(flags) -> None:
    text = "I seen it. He seen it. We seen it. Nobody else did."
    assert flags(text, "grammar.participle_as_past") == []


def test_drug_for_dragged(flags) -> None:
    assert flags("The corporal drug himself through the hatch.", "grammar.participle_as_past") == [("drug", "dragged")]
    assert flags("They meant to drug him into sleep.", "grammar.participle_as_past") == []


def test_more_regularised_pasts(flags) -> None:
    assert flags("She layed the book down.", "grammar.participle_as_past") == [("layed", "laid")]
    assert flags("He casted a spell.", "grammar.participle_as_past") == [("casted", "cast")]


def test_drug_after_have_before_an_object(flags) -> None:
    assert flags("The pup has drug the rug outside.", "grammar.participle_as_past") == [("drug", "dragged")]
    assert flags("He had drug money in the car.", "grammar.participle_as_past") == []


def test_done_after_who_in_narration(flags) -> None:
    text = "In the end it was Oda who done the dishes."
    assert flags(text, "grammar.participle_as_past") == [("done", "did")]
    assert flags("“It was me who done it,” he said.", "grammar.participle_as_past") == []
