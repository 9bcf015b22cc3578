"""Style notes: off by default, on when asked."""

from __future__ import annotations

import ficsense
from ficsense.checks import run_checks


def test_style_notes_need_to_be_asked_for() -> None:
    doc = ficsense.load('"Go," she said softly. She felt the rain.')
    assert run_checks(doc) == ()
    rules = {finding.rule for finding in run_checks(doc, style=True)}
    assert rules == {"style.tag_adverb", "style.filter_word"}


def test_repeated_word_and_long_sentence(flags) -> None:
    assert flags("The lantern swung and the lantern went out.", "style.repeated_word") == [("lantern", None)]
    assert flags("Short and sweet.", "style.long_sentence") == []
