"""Every cue carries its own should-match and should-miss examples; this checks them all."""

from __future__ import annotations

from ficsense.analyses.warnings import rules
from ficsense.analyses.warnings.features import normalise
from ficsense.analyses.warnings.labels import BY_TAG, LABELS


def _all_cues() -> list[rules.Cue]:
    cues = [cue for group in rules.GATES.values() for cue in group]
    cues += [cue for group in rules.RULES.values() for cue in group]
    return [*cues, rules.GORE, rules.EXPLICIT, rules.SEXUAL, rules.LANGUAGE, rules.MINOR, rules.ATTENTION]


def test_rules_cues_match_their_examples() -> None:
    for cue in _all_cues():
        for example in cue.matches:
            assert cue.pattern.search(normalise(example)), (cue.shows, example)
            assert cue.may_match(normalise(example)), (cue.shows, example)
        for example in cue.misses:
            assert not cue.pattern.search(normalise(example)), (cue.shows, example)


def test_rules_every_rule_tag_and_gate_has_a_label() -> None:
    trained = {label.webis for label in LABELS if label.trained}
    assert set(rules.GATES) == trained
    assert set(rules.RULES) <= set(BY_TAG)


def test_rules_suicidal_thought_cue_needs_the_self() -> None:
    cues = rules.RULES["Suicidal Thoughts"]
    assert any(cue.pattern.search("he admitted he had meant to let himself die") for cue in cues)
    assert not any(cue.pattern.search("he let the candle die") for cue in cues)


def test_normalise_keeps_offsets_for_any_text() -> None:
    text = "İstanbul — “Quiet,” she said."
    assert len(normalise(text)) == len(text)


def test_literal_prefixes_are_what_every_match_starts_with() -> None:
    assert rules.literal_prefixes(r"\b(?:punch(?:ed)?|slap)\b") == ("punch", "slap")
    assert rules.literal_prefixes(r"(?<!heart )\bbled\b") == ("bled",)
    assert rules.literal_prefixes(r"\b(?:had )?died\b") is None
    assert rules.literal_prefixes(r"[a-z]+ly") is None


def test_cue_may_match_never_hides_a_real_match() -> None:
    text = normalise("He had started cutting himself again. Blood ran from his nose. She kissed him.")
    for cue in [*_all_cues(), rules.COMFORT]:
        if cue.pattern.search(text):
            assert cue.may_match(text), cue.shows


def test_rules_every_cue_carries_an_example_it_must_match() -> None:
    for cue in [*_all_cues(), rules.COMFORT, rules.FRIENDS, rules.ROMANCE, rules.LOVEMAKING, rules.INTIMACY]:
        assert cue.matches, cue.shows
