"""Passage windows: whole paragraphs, about training-passage size, in order, never across chapters."""

from __future__ import annotations

import itertools

import ficsense
from ficsense.analyses.warnings.model import load_model
from ficsense.analyses.warnings.windows import passage_windows


def test_windows_cover_paragraphs_in_order_without_overlap() -> None:
    paragraph = "The rain kept on all afternoon and nobody went out. " * 4
    doc = ficsense.load("\n\n".join([paragraph.strip()] * 12))
    windows = passage_windows(doc, min_words=80, max_words=250)
    assert len(windows) > 1
    assert all(earlier.end <= later.start for earlier, later in itertools.pairwise(windows))
    starts = {paragraph.start for paragraph in doc.paragraphs}
    assert all(window.start in starts for window in windows)
    assert all(len(doc.slice(window).split()) <= 250 for window in windows)


def test_windows_cut_an_overlong_paragraph_at_sentences() -> None:
    doc = ficsense.load("She walked on and on without stopping. " * 80)
    windows = passage_windows(doc, min_words=80, max_words=250)
    assert len(windows) >= 2
    assert all(len(doc.slice(window).split()) <= 250 for window in windows)


def test_model_scores_lowercase_and_normal_case_alike() -> None:
    model = load_model()
    text = "He punched the man twice and kicked him while he was down, and blood ran over the stones."
    assert model.probabilities(text) == model.probabilities(text.lower())
    assert set(model.probabilities(text)) == {
        "ableism",
        "collective-violence",
        "death",
        "homophobia",
        "kidnapping",
        "racism",
        "sexism",
        "violence",
    }
