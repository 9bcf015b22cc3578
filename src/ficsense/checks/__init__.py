"""Proofreading checks: a beta reader's rules, registered in `RULES`, run by `run_checks`.

Rule ids are dotted (`grammar.its_its`) and start with the rule's category, so `select` and `ignore`
take a category, a rule id or any dotted prefix of one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ficsense.checks.consistency import name_spelling, quote_style
from ficsense.checks.context import build_context
from ficsense.checks.grammar import (
    a_an,
    apostrophes,
    confusions,
    could_of,
    doubled_word,
    missing_word,
    participle_as_past,
    possessives,
    tense,
    verb_for_noun,
    verb_forms,
    word_in_context,
    word_phrases,
)
from ficsense.checks.punctuation import dialogue
from ficsense.checks.rule import Example, Hit, Rule, run_rule
from ficsense.checks.spelling import compounds, contractions, misspelling
from ficsense.checks.style import adverbs, filter_words, long_sentence, repetition
from ficsense.document import Document
from ficsense.report.model import Finding

RULES: tuple[Rule, ...] = (
    misspelling.RULE,
    contractions.RULE,
    compounds.SPLIT_RULE,
    compounds.JOINED_RULE,
    doubled_word.RULE,
    could_of.RULE,
    a_an.RULE,
    *apostrophes.RULES,
    *confusions.RULES,
    *word_phrases.RULES,
    verb_forms.PARTICIPLE_RULE,
    verb_forms.LEAD_RULE,
    verb_forms.INFINITIVE_RULE,
    tense.RULE,
    verb_for_noun.RULE,
    possessives.RULE,
    missing_word.RULE,
    word_in_context.RULE,
    participle_as_past.RULE,
    dialogue.TAG_RULE,
    dialogue.BEAT_RULE,
    dialogue.CAPITAL_TAG_RULE,
    dialogue.MISSING_COMMA_RULE,
    dialogue.MARK_AND_COMMA_RULE,
    name_spelling.RULE,
    quote_style.RULE,
    adverbs.RULE,
    filter_words.RULE,
    repetition.RULE,
    long_sentence.RULE,
)

__all__ = ["RULES", "Example", "Hit", "Rule", "apply_fixes", "run_checks", "selected_rules", "unknown_patterns"]


def selected_rules(
    *, select: Iterable[str] | None = None, ignore: Iterable[str] = (), style: bool = False
) -> tuple[Rule, ...]:
    """The rules a run uses: `select` (any rules, style notes included) or else the default rules (plus
    the style notes if `style`), less those matching `ignore`."""
    if select is not None:
        patterns = tuple(select)
        chosen = [rule for rule in RULES if _matches(rule.id, patterns)]
    else:
        chosen = [rule for rule in RULES if rule.default or style]
    ignored = tuple(ignore)
    return tuple(rule for rule in chosen if not _matches(rule.id, ignored))


def unknown_patterns(patterns: Iterable[str]) -> list[str]:
    """The given categories, rule ids or prefixes that match no rule (for the CLI to reject)."""
    return [pattern for pattern in patterns if not any(_matches(rule.id, (pattern,)) for rule in RULES)]


def _matches(rule_id: str, patterns: Iterable[str]) -> bool:
    return any(rule_id == pattern or rule_id.startswith(pattern.rstrip(".") + ".") for pattern in patterns)


def run_checks(
    doc: Document,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    user_words: Iterable[str] = (),
    style: bool = False,
) -> tuple[Finding, ...]:
    """All findings of the selected rules on `doc`, sorted by (start, end, rule), one per rule and span."""
    rules = selected_rules(select=select, ignore=ignore, style=style)
    if not rules:
        return ()
    ctx = build_context(doc, user_words=user_words)
    # Suggestions follow the story's own apostrophes: a story typed with ’ gets “it’s”, not “it's”.
    curly = doc.text.count("’") > doc.text.count("'")
    findings: dict[tuple[int, int, str], Finding] = {}
    for rule in rules:
        for finding in run_rule(rule, ctx, doc.text):
            if curly and any("'" in suggestion for suggestion in finding.suggestions):
                finding = replace(finding, suggestions=tuple(item.replace("'", "’") for item in finding.suggestions))
            findings.setdefault((finding.start, finding.end, finding.rule), finding)
    fallbacks = {rule.id for rule in rules if rule.fallback}
    if fallbacks:
        findings = _without_overlapped_fallbacks(findings, fallbacks)
    return tuple(findings[key] for key in sorted(findings))


def _without_overlapped_fallbacks(
    findings: dict[tuple[int, int, str], Finding], fallbacks: set[str]
) -> dict[tuple[int, int, str], Finding]:
    # A learned rule that agrees with a pattern rule would only repeat it, and one that disagrees is the
    # less trustworthy of the two.
    taken = sorted((start, end) for start, end, rule in findings if rule not in fallbacks)
    starts = [start for start, _ in taken]
    # reach[i]: the furthest end among the first i findings, so one lookup says whether any of those
    # starting before a span reaches into it.
    reach = [0]
    for _, end in taken:
        reach.append(max(reach[-1], end))
    kept: dict[tuple[int, int, str], Finding] = {}
    for key, finding in findings.items():
        start, end, rule = key
        if rule in fallbacks and reach[bisect.bisect_left(starts, end)] > start:
            continue
        kept[key] = finding
    return kept


def apply_fixes(text: str, findings: Sequence[Finding]) -> str:
    """`text` with each finding's first suggestion applied; a finding overlapping an earlier one is skipped."""
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda item: (item.start, item.end, item.rule)):
        if not finding.suggestions or finding.start < cursor:
            continue
        pieces.append(text[cursor : finding.start])
        pieces.append(finding.suggestions[0])
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)
