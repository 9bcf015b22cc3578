"""The fan-fiction evaluation set: every sidecar points at its story and its spans hold what it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "fanfic"
SIDECARS = sorted(DATA.glob("*.errors.json"))
KINDS = {
    "real_word",
    "possessive",
    "dropped_word",
    "doubled_word",
    "verb_form",
    "split_compound",
    "name_variant",
    "dialogue_punctuation",
    "typo",
}


def test_fanfic_data_has_stories() -> None:
    assert len(SIDECARS) >= 2


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda path: path.name)
def test_fanfic_data_spans_hold_the_written_text(sidecar: Path) -> None:
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    text = (sidecar.parent / meta["story"]).read_text(encoding="utf-8")
    errors = meta["errors"]
    assert len(errors) >= 30
    previous_end = 0
    for error in errors:
        assert text[error["start"] : error["end"]] == error["written"], error
        assert error["written"] != error["correction"], error
        assert error["kind"] in KINDS, error
        assert error["start"] >= previous_end, f"overlapping or unsorted spans at {error}"
        previous_end = error["end"]


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda path: path.name)
def test_fanfic_data_story_is_about_3500_words(sidecar: Path) -> None:
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    text = (sidecar.parent / meta["story"]).read_text(encoding="utf-8")
    assert 3_000 <= len(text.split()) <= 4_500
    assert meta["words"] == len(text.split())
