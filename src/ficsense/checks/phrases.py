"""Rules written as data: a pattern over the text, the part to replace, and what to write instead.

Each `Phrase` is one registered rule with its own examples (the Harper way of writing simple rules). The
pattern is a regular expression matched case-insensitively on word boundaries; the named group `fix`
(or the whole match) is the span replaced by `replacement`, which may use `\\g<name>` references and keeps
the capital of the text it replaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.report.model import Category


@dataclass(frozen=True, slots=True)
class Phrase:
    """A pattern rule: `pattern` finds it, group `fix` is replaced with `replacement`."""

    id: str
    category: Category
    description: str
    pattern: str
    replacement: str
    message: str
    bad: tuple[Example, ...]
    good: tuple[str, ...]
    confidence: float = 0.9
    # A pattern the text before the match must not end with (lookbehinds cannot span variable gaps).
    not_after: str | None = None
    # Matches this many times in one story are the writer's dialect or style, not slips.
    deliberate: int | None = None

    def rule(self) -> Rule:
        """This table entry as a registered rule."""
        compiled = re.compile(self.pattern, re.IGNORECASE)
        before = re.compile(f"(?:{self.not_after})\\s*$", re.IGNORECASE) if self.not_after else None
        return Rule(
            id=self.id,
            category=self.category,
            description=self.description,
            find=lambda ctx: find(self, compiled, before, ctx),
            bad=self.bad,
            good=self.good,
        )


def find(phrase: Phrase, pattern: re.Pattern[str], before: re.Pattern[str] | None, ctx: Context) -> Iterator[Hit]:
    """Every match of the phrase's pattern in the text."""
    matches = list(pattern.finditer(ctx.text))
    if phrase.deliberate is not None and len(matches) >= phrase.deliberate:
        return
    group = "fix" if "fix" in pattern.groupindex else 0
    for match in matches:
        start, end = match.span(group)
        if start < 0:
            # A pattern of alternatives marks the span to fix in each with its own group.
            start, end = next(match.span(name) for name, value in match.groupdict().items() if value is not None)
        if before is not None and before.search(ctx.text, max(0, start - 30), start):
            continue
        original = ctx.text[start:end]
        replacement = match.expand(phrase.replacement)
        suggestion = match_case(replacement, original) if original else replacement
        message = match.expand(phrase.message)
        yield Hit(start, end, message, (suggestion,), phrase.confidence)
