"""Helpers for rule tests: the findings of one rule (or category) on a short original text."""

from __future__ import annotations

import pytest

import ficsense
from ficsense.checks import run_checks


def _flags(text: str, rule: str) -> list[tuple[str, str | None]]:
    findings = run_checks(ficsense.load(text), select=[rule], style=True)
    return [(finding.text, finding.suggestions[0] if finding.suggestions else None) for finding in findings]


@pytest.fixture
def flags():
    """`flags(text, rule)` -> [(flagged text, first suggestion)]."""
    return _flags
