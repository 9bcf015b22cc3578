"""A verb where its noun belongs: "nothing but envy and resent"."""

from __future__ import annotations


def test_verb_for_noun_after_a_preposition_or_and(flags) -> None:
    assert flags("All she felt was envy and resent.", "grammar.verb_for_noun") == [("resent", "resentment")]
    assert flags("He laughed in disbelieve.", "grammar.verb_for_noun") == [("disbelieve", "disbelief")]
    assert flags("They weep and grieve.", "grammar.verb_for_noun") == []
    assert flags("She had a lot to resent.", "grammar.verb_for_noun") == []
