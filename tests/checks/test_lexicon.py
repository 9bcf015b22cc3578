"""The story lexicon: names, recurring words, stretched words and fan-fiction dialect are never typos."""

from __future__ import annotations

import ficsense
from ficsense.checks import run_checks
from ficsense.checks.context import build_context
from ficsense.checks.lexicon import is_stretched


def test_lexicon_learns_names_capitalised_mid_sentence() -> None:
    ctx = build_context(ficsense.load("Kestrin smiled. Then Kestrin's brother waved at Oriel."))
    assert ctx.lexicon.knows("Kestrin")
    assert ctx.lexicon.knows("Kestrin's")
    assert ctx.lexicon.knows("Oriel")


def test_lexicon_learns_recurring_words() -> None:
    ctx = build_context(ficsense.load("The vorlith hissed. A vorlith coiled. Every vorlith struck."))
    assert ctx.lexicon.knows("vorlith")


def test_stretched_words_and_dialect_are_known() -> None:
    assert is_stretched("noooo")
    assert is_stretched("fiiine")
    assert not is_stretched("needle")
    ctx = build_context(ficsense.load("She said she was gonna go."))
    for word in ("gonna", "kinda", "y'all", "'em", "Y/N", "ugh"):
        assert ctx.lexicon.knows(word), word


def test_fandom_words_are_not_flagged_as_misspellings() -> None:
    story = (
        "“Noooo,” Y/N wailed. “Fiiine, I’m kinda tired, y’all.” Aiden laughed at her. "
        "The Thestrals waited by the gate while Aiden's owl hooted."
    )
    assert run_checks(ficsense.load(story), select=["spelling"]) == ()
