"""The library API the CLI calls: run_checks (select/ignore/style/user words) and apply_fixes."""

from __future__ import annotations

import ficsense
from ficsense.checks import apply_fixes, run_checks
from ficsense.report.model import Finding

STORY = "She was definately tired. He ran down stairs. “It's late.” Ana told him. She felt the the cold."


def test_run_checks_sorted_and_pointing_into_the_text() -> None:
    doc = ficsense.load(STORY)
    findings = run_checks(doc)
    assert findings == tuple(sorted(findings, key=lambda item: (item.start, item.end, item.rule)))
    for finding in findings:
        assert doc.text[finding.start : finding.end] == finding.text
        assert finding.message
    assert {finding.rule for finding in findings} == {
        "spelling.misspelling",
        "spelling.split_compound",
        "punctuation.dialogue_tag_full_stop",
        "grammar.doubled_word",
    }


def test_run_checks_is_deterministic() -> None:
    assert run_checks(ficsense.load(STORY)) == run_checks(ficsense.load(STORY))


def test_select_by_category_and_ignore_by_rule_id() -> None:
    doc = ficsense.load(STORY)
    spelling = run_checks(doc, select=["spelling"])
    assert {finding.category for finding in spelling} == {"spelling"}
    rest = run_checks(doc, ignore=["spelling.misspelling", "punctuation"])
    assert "spelling.misspelling" not in {finding.rule for finding in rest}
    assert "punctuation" not in {finding.category for finding in rest}
    assert run_checks(doc, select=["grammar.doubled_word"])[0].text == "the the"


def test_style_notes_only_when_asked() -> None:
    doc = ficsense.load(STORY)
    assert not [finding for finding in run_checks(doc) if finding.category == "style"]
    assert [finding for finding in run_checks(doc, style=True) if finding.rule == "style.filter_word"]


def test_user_words_are_never_flagged() -> None:
    doc = ficsense.load("The heldrake circled once over the tower.")
    assert run_checks(doc, user_words=["heldrake"]) == ()


def test_apply_fixes_applies_first_suggestions_and_skips_overlaps() -> None:
    text = "abc def ghi"
    findings = [
        Finding("x.a", "spelling", 0, 3, "abc", "m", ("ABC", "other")),
        Finding("x.b", "spelling", 2, 5, "c d", "m", ("overlap",)),
        Finding("x.c", "spelling", 8, 11, "ghi", "m", ()),
        Finding("x.d", "spelling", 4, 7, "def", "m", ("",)),
    ]
    assert apply_fixes(text, findings) == "ABC  ghi"


def test_apply_fixes_on_a_story_gives_the_corrected_copy() -> None:
    doc = ficsense.load(STORY)
    fixed = apply_fixes(doc.text, run_checks(doc))
    assert fixed == "She was definitely tired. He ran downstairs. “It's late,” Ana told him. She felt the cold."


def test_suggestions_follow_the_storys_curly_apostrophes() -> None:
    doc = ficsense.load("“I know its hard,” she said. “It’s fine. Don’t worry.”")
    (finding,) = run_checks(doc, select=["grammar.its_its"])
    assert finding.suggestions == ("it’s",)


def test_unknown_patterns_are_reported_for_the_cli() -> None:
    from ficsense.checks import unknown_patterns

    assert unknown_patterns(["grammar", "spelling.misspelling", "grammar.", "gram", "nonsense.rule"]) == [
        "gram",
        "nonsense.rule",
    ]
