"""Sentence boundaries on short original fan-fiction lines: dialogue tags, ellipses, dashes, titles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ficsense.document import SourceInfo, build_document
from ficsense.document.model import Span
from ficsense.document.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text, Span(0, len(text)))]


def test_split_sentences_plain_periods() -> None:
    assert sentences("The rain stopped. Mira went out.") == ["The rain stopped.", "Mira went out."]


def test_split_sentences_spans_are_offsets_into_the_text() -> None:
    text = "  Kettle on. Tea soon.  "
    spans = split_sentences(text, Span(0, len(text)))
    assert spans == [Span(2, 12), Span(13, 22)]


def test_split_sentences_question_then_lowercase_tag_is_one() -> None:
    assert sentences('"Why?" he asked. She shrugged.') == ['"Why?" he asked.', "She shrugged."]


def test_split_sentences_question_then_name_and_speech_verb_is_one() -> None:
    assert sentences("“Where were you?” Theo asked quietly.") == ["“Where were you?” Theo asked quietly."]
    assert sentences('"Run!" Professor Okafor shouted.') == ['"Run!" Professor Okafor shouted.']


def test_split_sentences_period_inside_quote_then_name_is_two() -> None:
    assert sentences('"It\'s late." Ana told him.') == ['"It\'s late."', "Ana told him."]


def test_split_sentences_question_then_name_without_speech_verb_is_two() -> None:
    assert sentences('"Why?" Harry\'s voice cracked.') == ['"Why?"', "Harry's voice cracked."]


def test_split_sentences_single_quote_dialogue() -> None:
    text = "'Is that yours?' she asked. 'It's the twins' cat.' Jun laughed."
    assert sentences(text) == ["'Is that yours?' she asked.", "'It's the twins' cat.'", "Jun laughed."]


def test_split_sentences_ellipsis_stutter_stays_one() -> None:
    assert sentences("I... I don't know. Ask Wren.") == ["I... I don't know.", "Ask Wren."]
    assert sentences("I… I don’t know.") == ["I… I don’t know."]


def test_split_sentences_ellipsis_trailing_into_lowercase_stays_one() -> None:
    assert sentences("I thought... maybe not.") == ["I thought... maybe not."]


def test_split_sentences_ellipsis_before_new_sentence_splits() -> None:
    assert sentences("We waited... Nothing happened.") == ["We waited...", "Nothing happened."]


def test_split_sentences_dash_interruption_before_capital_splits() -> None:
    text = '"I was going to—" She stopped. "Never mind."'
    assert sentences(text) == ['"I was going to—"', "She stopped.", '"Never mind."']


def test_split_sentences_dash_interruption_before_lowercase_stays_one() -> None:
    assert sentences('"But I--" he began.') == ['"But I--" he began.']


def test_split_sentences_titles_do_not_end_sentences() -> None:
    text = "Mr. Ito met Dr. Vance at St. Mungo's. They argued."
    assert sentences(text) == ["Mr. Ito met Dr. Vance at St. Mungo's.", "They argued."]


def test_split_sentences_initials_do_not_end_sentences() -> None:
    assert sentences("She read J. R. Tolkien twice.") == ["She read J. R. Tolkien twice."]


def test_split_sentences_lowercase_after_period_starts_a_sentence() -> None:
    text = "i got home late. mom was asleep. etc. and so on."
    assert sentences(text) == ["i got home late.", "mom was asleep.", "etc. and so on."]


def test_split_sentences_abbreviation_before_number_stays_one() -> None:
    assert sentences("It was Sept. 4 and raining.") == ["It was Sept. 4 and raining."]


def test_split_sentences_nested_quote_closing_ends_sentence() -> None:
    text = "\"She said 'no.'\" Then she left."
    assert sentences(text) == ["\"She said 'no.'\"", "Then she left."]


def test_split_sentences_italic_thought_closer_keeps_tag() -> None:
    assert sentences("*Why me?* she wondered. It rained.") == ["*Why me?* she wondered.", "It rained."]


def test_split_sentences_emoticon_ends_a_note_sentence() -> None:
    text = "Thanks for reading :) Next chapter soon."
    assert sentences(text) == ["Thanks for reading :)", "Next chapter soon."]


def test_split_sentences_footnote_marker_stays_with_its_sentence() -> None:
    assert sentences("The spell is old. [1] Nobody uses it.") == ["The spell is old. [1]", "Nobody uses it."]


def test_split_sentences_interrobang_and_repeated_marks() -> None:
    assert sentences("You did WHAT?! Get out!!! Now.") == ["You did WHAT?!", "Get out!!!", "Now."]


def test_build_document_sentences_stay_inside_paragraphs() -> None:
    text = "“I’m here,” Sam said.\n\n“Good. Stay.”\n"
    doc = build_document(text, source=SourceInfo(None, "txt"), paragraph_mode="blocks")
    assert [doc.slice(span) for span in doc.sentences] == ["“I’m here,” Sam said.", "“Good.", "Stay.”"]


_STORY_CHARS = "ab IMr.?!…—-\"“”'‘’*_[]1 :)\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_STORY_CHARS, max_size=60))
def test_split_sentences_cover_every_character_in_order(text: str) -> None:
    spans = split_sentences(text, Span(0, len(text)))
    covered = 0
    for span in spans:
        assert covered <= span.start < span.end
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        assert text[covered : span.start].strip() == ""
        covered = span.end
    assert text[covered:].strip() == ""
