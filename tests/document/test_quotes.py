"""Dialogue spans on short original fan-fiction passages: quote styles, apostrophes, nesting, long speeches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ficsense.document import Quote, SourceInfo, Span, build_document


def quotes(text: str) -> list[Quote]:
    doc = build_document(text, source=SourceInfo(None, "txt"), paragraph_mode="lines")
    return list(doc.quotes)


def quoted(text: str) -> list[str]:
    return [text[quote.span.start : quote.span.end] for quote in quotes(text)]


def test_find_quotes_straight_double_with_tag() -> None:
    assert quotes('"Why?" he asked.') == [Quote(span=Span(0, 6), mark="double")]


def test_find_quotes_curly_double_keeps_apostrophe_inside() -> None:
    assert quoted("“It’s late.” Ana told him.") == ["“It’s late.”"]


def test_find_quotes_split_speech_around_a_tag() -> None:
    assert quoted('"Yes," he said, "we should go."') == ['"Yes,"', '"we should go."']


def test_find_quotes_dash_interruption_closes() -> None:
    assert quoted('"I was going to—" She stopped. "Fine."') == ['"I was going to—"', '"Fine."']


def test_find_quotes_nested_single_inside_double() -> None:
    text = "\"She said 'no' to me.\" Kai frowned."
    found = quotes(text)
    assert [text[q.span.start : q.span.end] for q in found] == ["\"She said 'no' to me.\""]
    assert [text[span.start : span.end] for span in found[0].inner] == ["'no'"]


def test_find_quotes_british_single_quotes_with_apostrophes() -> None:
    text = (
        "'Don't touch that,' said Nell.\n"
        "'Why not? It's the twins' room, not yours.'\n"
        "'Because they'll kill 'em both if it breaks,' she said."
    )
    assert quoted(text) == [
        "'Don't touch that,'",
        "'Why not? It's the twins' room, not yours.'",
        "'Because they'll kill 'em both if it breaks,'",
    ]
    assert {quote.mark for quote in quotes(text)} == {"single"}


def test_find_quotes_british_single_with_nested_double() -> None:
    text = "'She said \"no\" to me,' Ivy said.\n'Really?' asked Pim.\n'Really.'"
    found = quotes(text)
    assert [text[q.span.start : q.span.end] for q in found] == [
        "'She said \"no\" to me,'",
        "'Really?'",
        "'Really.'",
    ]
    assert [text[span.start : span.end] for span in found[0].inner] == ['"no"']


def test_find_quotes_apostrophes_in_double_quote_story_are_not_quotes() -> None:
    text = "The twins' room was empty. \"They'll be back,\" said Mo. Rock 'n' roll played."
    assert quoted(text) == ['"They\'ll be back,"']


def test_find_quotes_multi_paragraph_speech_continues() -> None:
    text = '"It started in spring. Nobody listened.\n"Then the river rose," she said.\nHe nodded.'
    found = quotes(text)
    assert quoted(text) == ['"It started in spring. Nobody listened.', '"Then the river rose,"']
    assert found[0].continues and not found[0].unclosed
    assert not found[1].continues and not found[1].unclosed


def test_find_quotes_unclosed_at_paragraph_end() -> None:
    text = '"You forgot the key.\nShe laughed at him.'
    found = quotes(text)
    assert quoted(text) == ['"You forgot the key.']
    assert found[0].unclosed and not found[0].continues


def test_find_quotes_scare_quotes_and_titles_are_not_dialogue() -> None:
    text = 'The sign read "Closed" so we left. Her song was "Here Comes the Sun." Then she said "no" and walked off.'
    assert quoted(text) == ['"no"']


def test_find_quotes_stray_mark_at_paragraph_end_is_dropped() -> None:
    assert quoted('He waved. "Bye." "\nThe end.') == ['"Bye."']


def test_find_quotes_silent_reply_is_dialogue() -> None:
    assert quoted('"Are you angry?"\n"..."\n"Fine. Be that way."') == [
        '"Are you angry?"',
        '"..."',
        '"Fine. Be that way."',
    ]


def test_find_quotes_missing_space_before_opening_mark() -> None:
    assert quoted('He stared at me."What?"') == ['"What?"']


def test_find_quotes_dash_dialogue_paragraphs() -> None:
    text = "— Where are you going?\n— Home.\n— Why?\n— Because."
    found = quotes(text)
    assert [text[q.span.start : q.span.end] for q in found] == [
        "— Where are you going?",
        "— Home.",
        "— Why?",
        "— Because.",
    ]
    assert {q.mark for q in found} == {"dash"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab I.?!—-\"“”'‘’s \n", max_size=60))
def test_find_quotes_stay_inside_paragraphs_in_order(text: str) -> None:
    doc = build_document(text, source=SourceInfo(None, "txt"), paragraph_mode="lines")
    previous_end = 0
    for quote in doc.quotes:
        assert any(paragraph.contains(quote.span) for paragraph in doc.paragraphs)
        assert previous_end <= quote.span.start < quote.span.end
        assert all(quote.span.contains(inner) for inner in quote.inner)
        previous_end = quote.span.end
