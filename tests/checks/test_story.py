"""A short original fan-fiction scene seeded with the slips issue 3 lists: all found, nothing else flagged."""

from __future__ import annotations

from pathlib import Path

import ficsense
from ficsense.checks import apply_fixes, run_checks

STORY = Path(__file__).parent / "data" / "rainy_inn.txt"

EXPECTED = [
    ("grammar.to_too", "to", "too"),
    ("grammar.its_its", "Its", "It's"),
    ("grammar.on_one", "one", "on"),
    ("punctuation.dialogue_tag_full_stop", ".", ","),
    ("grammar.breath_breathe", "breathe", "breath"),
    ("grammar.missing_word", "door", "the door"),
    ("grammar.loose_lose", "loose", "lose"),
    ("punctuation.dialogue_beat_lowercase", "she", "She"),
    ("grammar.your_youre", "You're", "Your"),
    ("grammar.missing_possessive", "mans", "man's"),
    ("grammar.missing_possessive", "everyones", "everyone's"),
    ("grammar.past_participle", "went", "gone"),
    ("grammar.whose_whos", "Who's", "Whose"),
    ("grammar.its_its", "its", "it's"),
    ("spelling.split_compound", "absent mindedly", "absentmindedly"),
    ("spelling.misspelling", "definately", "definitely"),
    ("consistency.name_spelling", "Aidan", "Aiden"),
    ("grammar.lead_led", "lead", "led"),
    ("grammar.their_there", "Their", "There"),
    ("grammar.rise_raise", "raise", "rise"),
    ("grammar.wander_wonder", "wandered", "wondered"),
    ("grammar.could_of", "of", "have"),
    ("grammar.doubled_word", "the the", "the"),
]


def test_beta_read_finds_every_seeded_slip_and_nothing_else() -> None:
    doc = ficsense.load(str(STORY))
    found = [(finding.rule, finding.text, finding.suggestions[0]) for finding in run_checks(doc)]
    assert found == EXPECTED


def test_fixed_copy_is_clean() -> None:
    doc = ficsense.load(str(STORY))
    fixed = apply_fixes(doc.text, run_checks(doc))
    assert "far too tired" in fixed and "Aiden led her" in fixed
    assert run_checks(ficsense.load(fixed), ignore=["grammar.missing_word"]) == ()
