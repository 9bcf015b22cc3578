"""Emotion: per-paragraph readings, the DCT low-pass arc, Reagan shapes and the emotions present."""

from __future__ import annotations

import numpy as np

import ficsense
from ficsense.analyses.emotion import (
    ANALYSIS,
    ARC_POINTS,
    PLUTCHIK,
    arc_shape,
    character_emotions,
    dct_low_pass,
    emotion_of,
    present_in_text,
    read_text,
)
from ficsense.report.model import Character, Emotion

SAD = "Nell wept at the grave. Her grief was heavy and the house felt lonely and miserable without him."
HAPPY = "Nell laughed in the sun, delighted and happy, and her friends cheered when she won the race."


def _story(moods: list[str]) -> str:
    return "\n\n".join(SAD if mood == "sad" else HAPPY for mood in moods)


def test_read_text_counts_emotion_words() -> None:
    reading = read_text("She was afraid of the dark and terrified of the cellar.")
    assert reading.counts["fear"] == 2
    assert reading.valence < 0


def test_read_text_skips_negated_emotion_and_flips_its_valence() -> None:
    reading = read_text("He was not happy.")
    assert reading.counts["joy"] == 0
    assert reading.valence < 0


def test_present_in_text_names_the_clear_emotions() -> None:
    assert present_in_text(SAD)[0] == "sadness"
    assert "joy" in present_in_text(HAPPY)
    assert present_in_text("The table stood by the window.") == ()


def test_dct_low_pass_keeps_a_constant_series_constant() -> None:
    smoothed = dct_low_pass([0.3] * 40, points=10)
    assert np.allclose(smoothed, 0.3)


def test_dct_low_pass_removes_fast_wiggles_but_keeps_the_trend() -> None:
    positions = np.linspace(0, 1, 200)
    series = positions + 0.3 * np.sin(60 * positions)
    smoothed = dct_low_pass(series, points=20)
    assert smoothed[-1] - smoothed[0] > 0.7
    assert np.all(np.diff(smoothed) > -0.05)


def test_arc_shape_names_reagans_six() -> None:
    t = (np.arange(40) + 0.5) / 40
    assert arc_shape(t) == "rags to riches"
    assert arc_shape(-t) == "riches to rags"
    assert arc_shape(np.cos(2 * np.pi * t)) == "man in a hole"
    assert arc_shape(-np.cos(2 * np.pi * t)) == "Icarus"
    assert arc_shape(-np.cos(3 * np.pi * t)) == "Cinderella"
    assert arc_shape(np.cos(3 * np.pi * t)) == "Oedipus"


def test_arc_shape_is_silent_on_short_or_flat_series() -> None:
    assert arc_shape([0.1, -0.2, 0.3]) is None
    assert arc_shape([0.0] * 20) is None


def test_emotion_of_story_that_falls_then_recovers_is_man_in_a_hole() -> None:
    doc = ficsense.load(_story(["happy"] * 4 + ["sad"] * 6 + ["happy"] * 4))
    emotion = emotion_of(doc)
    assert emotion.shape == "man in a hole"
    assert len(emotion.arc) == ARC_POINTS
    middle = emotion.arc[ARC_POINTS // 2]
    assert middle.valence < emotion.arc[0].valence and middle.valence < emotion.arc[-1].valence
    assert middle.emotions["sadness"] > emotion.arc[0].emotions["sadness"]
    assert {"sadness", "joy"} <= set(emotion.present)


def test_emotion_of_short_text_keeps_one_point_per_paragraph_and_no_shape() -> None:
    emotion = emotion_of(ficsense.load(_story(["sad", "happy"])))
    assert [round(point.position, 2) for point in emotion.arc] == [0.25, 0.75]
    assert emotion.arc[0].valence < 0 < emotion.arc[1].valence
    assert emotion.shape is None
    assert set(emotion.arc[0].emotions) == set(PLUTCHIK)


def test_emotion_analysis_returns_an_emotion_deterministically() -> None:
    doc = ficsense.load(_story(["sad", "happy", "sad"]))
    first = ANALYSIS.run(doc, {}, {})
    assert isinstance(first, Emotion)
    assert ANALYSIS.name == "emotion" and ANALYSIS.section == "emotion"
    assert first.to_dict() == ANALYSIS.run(doc, {}, {}).to_dict()


def test_character_emotions_only_from_sentences_naming_one_character() -> None:
    text = (
        "Ivy was terrified of the storm and afraid of the dark cellar, and her fear would not settle.\n\n"
        "Tom laughed, delighted and happy with the new boat.\n\n"
        "Ivy and Tom were furious with each other."
    )
    doc = ficsense.load(text)
    cast = (
        Character("Ivy", ("Ivy",), 2, "female", "main"),
        Character("Tom", ("Tom",), 2, "male", "main"),
    )
    feelings = character_emotions(doc, cast)
    assert max(feelings["Ivy"], key=feelings["Ivy"].__getitem__) == "fear"
    assert max(feelings["Tom"], key=feelings["Tom"].__getitem__) == "joy"
    assert "anger" not in feelings["Ivy"] and "anger" not in feelings["Tom"]


def test_emotion_analysis_fills_characters_when_the_cast_is_known() -> None:
    doc = ficsense.load("Ivy was terrified and afraid, and her fear grew.\n\nThe house was quiet.")
    cast = (Character("Ivy", (), 1, "female", "main"),)
    assert "Ivy" in ANALYSIS.run(doc, {"characters": cast}, {}).characters
    assert ANALYSIS.run(doc, {}, {}).characters == {}
