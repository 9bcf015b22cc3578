"""grammar.word_in_context: the learned confusion-set classifier, its guards, and a reproducible build."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

import ficsense
from ficsense.checks import run_checks
from ficsense.checks.grammar.word_in_context import NOT_SLIPS, confusion_models, feature_tokens

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "data"
WEIGHTS = ROOT / "src/ficsense/checks/data/word_in_context.json.gz"
RULE = "grammar.word_in_context"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He wanted more then that.", [("then", "than")]),
        ("Its not your fault, you know.", [("Its", "It's")]),
        ("She could here the sea from her room.", [("here", "hear")]),
        ("They argued about weather to stay or go.", [("weather", "whether")]),
        ("I new it would rain before we reached the farm.", [("new", "knew")]),
    ],
)
def test_flags_a_member_its_context_rejects(flags, text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text, RULE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He wanted more than that.",
        "It's not your fault, you know.",
        "She could hear the sea from her room.",
        "They argued about whether to stay or go.",
        "I knew it would rain before we reached the farm.",
        "He got off the train at the last stop.",
        "There were two of them, and they were both soaked through.",
        "It seemed too pitiful to leave it there.",
    ],
)
def test_leaves_the_right_member_alone(flags, text: str) -> None:
    assert flags(text, RULE) == []


def test_shouted_words_are_not_judged(flags) -> None:
    assert flags('"Tam, now." "Ten seconds." "NOW."', RULE) == []


def test_markdown_emphasis_is_invisible_to_the_features() -> None:
    tokens, positions = feature_tokens(["Your", "arms", "come", "*", "off", "*", "?"])
    assert tokens == ["your", "arms", "come", "off", "?"]
    assert positions[4] == 3


def test_swaps_writers_do_not_make_are_never_suggested() -> None:
    models = confusion_models()
    for written, suggested in NOT_SLIPS:
        assert written in models and suggested in models[written].members


def test_a_word_another_rule_flagged_is_not_repeated() -> None:
    text = "They argued about weather to stay or go, and I new it would rain."
    alone = run_checks(ficsense.load(text), select=[RULE])
    everything = run_checks(ficsense.load(text))
    assert {(finding.start, finding.end) for finding in alone} <= {(f.start, f.end) for f in everything}
    spans = [(finding.start, finding.end) for finding in everything]
    assert len(spans) == len(set(spans)), "the learned rule repeated a span another rule flagged"


def test_shipped_weights_cover_the_common_sets() -> None:
    models = confusion_models()
    for word in ("then", "than", "its", "it's", "their", "there", "they're", "of", "off", "were", "where"):
        assert word in models
    assert WEIGHTS.stat().st_size < 1_500_000


@pytest.mark.skipif(not (SHARED / "pdnc").is_dir(), reason="../shared/data not here")
@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn not installed")
@pytest.mark.skipif(os.environ.get("FICSENSE_SKIP_TRAINING") == "1", reason="asked to skip")
def test_training_rebuilds_the_shipped_weights_byte_for_byte(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("train_word_in_context", ROOT / "scripts/train_word_in_context.py")
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    out = tmp_path / "weights.json.gz"
    train.main(["--data", str(SHARED), "--out", str(out), "--no-held-out"])
    assert out.read_bytes() == WEIGHTS.read_bytes()
