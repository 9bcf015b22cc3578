"""Every registered rule carries bad and good examples, and behaves as they say (STYLE.md, proselint)."""

from __future__ import annotations

import pytest

import ficsense
from ficsense.checks import RULES, apply_fixes, run_checks
from ficsense.report.model import CATEGORIES


def test_rules_have_unique_dotted_ids_under_their_category() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.category in CATEGORIES
        assert rule.id.startswith(rule.category + ".")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_has_bad_and_good_examples(rule) -> None:
    assert rule.bad, f"{rule.id} has no bad examples"
    assert rule.good, f"{rule.id} has no good examples"
    assert rule.description


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_flags_its_bad_examples_and_fixes_them(rule) -> None:
    for example in rule.bad:
        findings = run_checks(ficsense.load(example.text), select=[rule.id], style=True)
        assert findings, f"{rule.id} missed: {example.text}"
        assert all(finding.rule == rule.id for finding in findings)
        for finding in findings:
            assert example.text[finding.start : finding.end] == finding.text
        if example.fixed is not None:
            assert apply_fixes(example.text, findings) == example.fixed


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_leaves_its_good_examples_alone(rule) -> None:
    for text in rule.good:
        assert run_checks(ficsense.load(text), select=[rule.id], style=True) == (), f"{rule.id} flagged: {text}"


def test_every_category_has_a_rule() -> None:
    assert {rule.category for rule in RULES} == set(CATEGORIES)


def test_style_rules_are_off_by_default() -> None:
    for rule in RULES:
        assert rule.default == (rule.category != "style")
