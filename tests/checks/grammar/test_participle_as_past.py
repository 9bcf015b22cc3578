"""A past participle used as the simple past."""

from __future__ import annotations

RULE = "grammar.participle_as_past"


def test_participle_after_a_subject_is_flagged(flags) -> None:
    assert flags("The lights flickered. Then she begun to count.", RULE) == [("begun", "began")]


def test_participle_after_an_auxiliary_or_as_an_adjective_stays_quiet(flags) -> None:
    assert flags("She had begun to count. Had it rung yet? They were drunk. It has sunk.", RULE) == []
