"""What a proofreading rule is: an id, a category, a finder, and the bad/good examples that define it.

A rule's finder yields `Hit`s; `run_rule` turns them into `Finding`s carrying the rule's id and category,
so a rule module never repeats its own id. Examples live on the rule (as in Harper and proselint) and
the meta-test in tests/checks runs every rule on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ficsense.report.model import Category, Finding

if TYPE_CHECKING:
    from ficsense.checks.context import Context


@dataclass(frozen=True, slots=True)
class Hit:
    """One place a rule fires: a half-open span into the text, why, and what to write instead."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Example:
    """A short original sentence a rule must flag, and the sentence after its first suggestion (if any)."""

    text: str
    fixed: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A proofreading rule. `default` is False for rules that run only when asked (the style notes);
    a `fallback` rule's findings are dropped where another rule has already flagged the same text."""

    id: str
    category: Category
    description: str
    find: Callable[[Context], Iterable[Hit]]
    bad: tuple[Example, ...]
    good: tuple[str, ...]
    default: bool = True
    fallback: bool = False


def run_rule(rule: Rule, ctx: Context, text: str) -> list[Finding]:
    """The rule's findings on one document context."""
    return [
        Finding(
            rule=rule.id,
            category=rule.category,
            start=hit.start,
            end=hit.end,
            text=text[hit.start : hit.end],
            message=hit.message,
            suggestions=hit.suggestions,
            confidence=hit.confidence,
        )
        for hit in rule.find(ctx)
    ]


def match_case(word: str, model: str) -> str:
    """`word` written with the capitalisation of `model` ("Its" -> "It's")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
