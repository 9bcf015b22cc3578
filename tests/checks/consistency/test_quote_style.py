"""Straight and curly double quotation marks mixed in one story."""

from __future__ import annotations

import ficsense
from ficsense.checks import apply_fixes, run_checks

MOSTLY_STRAIGHT = (
    '"Where were you?" Tam asked.\n\n"Out," Wren said. "Walking."\n\n“You could have called,” Tam said.\n\n"I know."'
)


def test_quote_style_flags_the_less_used_style(flags) -> None:
    assert flags(MOSTLY_STRAIGHT, "consistency.quote_style") == [
        ("“You could have called,”", '"You could have called,"')
    ]


def test_quote_style_fix_makes_the_story_consistent() -> None:
    doc = ficsense.load(MOSTLY_STRAIGHT)
    findings = run_checks(doc, select=["consistency.quote_style"])
    fixed = apply_fixes(doc.text, findings)
    assert "“" not in fixed and "”" not in fixed
    assert fixed.count('"') == 10


def test_quote_style_is_silent_on_one_style_with_apostrophes(flags) -> None:
    text = "“It’s fine,” Wren said. “Really.”\n\n“Don’t,” Tam said. 'Fine' was her word for everything."
    assert flags(text, "consistency.quote_style") == []
