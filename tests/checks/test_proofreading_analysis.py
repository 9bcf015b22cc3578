"""The proofreading analysis fills the report's findings from its settings."""

from __future__ import annotations

import ficsense
from ficsense.analyses.proofreading import ANALYSIS


def test_analysis_runs_checks_with_its_settings() -> None:
    doc = ficsense.load("The heldrake was definately near. She felt the wind.")
    findings = ANALYSIS.run(doc, {}, {"user_words": ["heldrake"], "style": True})
    assert [finding.rule for finding in findings] == ["spelling.misspelling", "style.filter_word"]
    assert ANALYSIS.run(doc, {}, {"ignore": ["spelling"]}) == ()
    assert ANALYSIS.section == "findings"
    assert ANALYSIS.name == "proofreading"
