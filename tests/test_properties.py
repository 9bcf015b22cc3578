"""Property tests: whatever bytes or text arrive, loading gives a well-formed Document or an InputError.

The invariants are the ones every analysis relies on: spans inside the text, layers sorted and
non-overlapping, sentences and tokens inside paragraphs, chapters disjoint.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ficsense import Document, InputError, Span
from ficsense.document import SourceInfo, build_document
from ficsense.loaders import FORMATS, load_bytes, load_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

# Pieces of story and markup that reach the interesting branches (headings, breaks, quotes, AO3 shapes)
# far more often than uniformly random characters do.
FRAGMENTS = [
    "Chapter 1",
    "Chapter Two: The Road",
    "Prologue",
    "# Heading",
    "* * *",
    "***",
    "-x-",
    "oOo",
    "<hr>",
    "~~~",
    "...",
    "…",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "—",
    "--",
    " - ",
    "Mr. ",
    "J. K. ",
    "e.g. ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    ". ",
    "? ",
    "! ",
    "she said",
    "Ana",
    "don't",
    "well-known",
    "x" * 120,
    "<p>",
    "</p>",
    "<br>",
    "<div id='chapters'>",
    "<div class='userstuff'>",
    "<div class='meta group'>",
    "<h2 class='heading'>Chapter 1: A</h2>",
    "<h2 class='toc-heading'>T</h2>",
    "<div id='preface'>",
    "<dl class='tags'><dt>Rating:</dt><dd><a>Mature</a></dd></dl>",
    "</div>",
    "<script>x</script>",
    "<!DOCTYPE html><html><body>",
    "é",
    "\x00",
    "\x7f",
    "\ud7ff",
    "😀",
]
story_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
)
PREFACE = (
    "<div id='preface'><div class='meta'><dl class='tags'><dt>Rating:</dt><dd><a>General Audiences</a></dd></dl>"
    "<h1>T</h1><div class='byline'>by <a rel='author'>A</a></div></div></div>"
)


@st.composite
def ao3_markup(draw: st.DrawFn) -> str:
    """An AO3 download of one to three chapters whose bodies are drawn story text."""
    chapters = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        paragraphs = draw(st.lists(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join), max_size=5))
        body = draw(st.sampled_from(["<hr/>", "<br>", "\n"])).join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        chapters.append(
            f"<div class='meta group'><h2 class='heading'>Chapter {number}</h2></div>"
            f"<div class='userstuff'>{body}</div>"
        )
    return f"<html><body>{PREFACE}<div id='chapters' class='userstuff'>{''.join(chapters)}</div></body></html>"


markup_or_text = st.one_of(story_text, ao3_markup())
story_bytes = st.one_of(
    st.binary(max_size=400),
    st.tuples(story_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])).map(
        lambda pair: pair[0].encode(pair[1], errors="ignore")
    ),
    st.binary(max_size=200).map(lambda data: b"PK\x03\x04" + data),
    ao3_markup().map(str.encode),
)
formats = st.sampled_from([None, *FORMATS])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_invariants(doc: Document) -> None:
    """Every invariant the analyses rely on."""
    length = len(doc.text)

    def inside(span: Span) -> None:
        assert 0 <= span.start <= span.end <= length, span

    def sorted_disjoint(spans: tuple[Span, ...]) -> None:
        for span in spans:
            inside(span)
        for before, after in itertools.pairwise(spans):
            assert before.end <= after.start, (before, after)

    sorted_disjoint(doc.paragraphs)
    sorted_disjoint(doc.sentences)
    sorted_disjoint(doc.tokens)
    sorted_disjoint(tuple(chapter.span for chapter in doc.chapters))
    for paragraph in doc.paragraphs:
        assert paragraph.start < paragraph.end
    for chapter in doc.chapters:
        if chapter.heading is not None:
            inside(chapter.heading)
    for scene in doc.scenes:
        inside(scene.span)
        assert 0 <= scene.chapter < len(doc.chapters)
        if scene.break_before is not None:
            inside(scene.break_before)
    for quote in doc.quotes:
        inside(quote.span)
        for inner in quote.inner:
            inside(inner)
    _each_inside_a_paragraph(doc.sentences, doc.paragraphs)
    _each_inside_a_paragraph(doc.tokens, doc.paragraphs)
    for token in doc.tokens:
        assert token.start < token.end
        assert not doc.text[token.start].isspace()


def _each_inside_a_paragraph(spans: tuple[Span, ...], paragraphs: tuple[Span, ...]) -> None:
    # Both layers are sorted, so one forward walk finds each span's paragraph.
    index = 0
    for span in spans:
        while index < len(paragraphs) and paragraphs[index].end < span.end:
            index += 1
        assert index < len(paragraphs) and paragraphs[index].contains(span), span


@SETTINGS
@given(data=story_bytes, format=formats, path=st.sampled_from([None, "s.txt", "s.md", "s.html", "s.epub"]))
def test_load_bytes_gives_document_or_input_error(data: bytes, format: str | None, path: str | None) -> None:
    try:
        doc = load_bytes(data, path=path, format=format)  # type: ignore[arg-type]
    except InputError as error:
        assert str(error)
        assert "\n" not in error.message
        return
    check_invariants(doc)


@SETTINGS
@given(text=markup_or_text, format=st.sampled_from([None, "txt", "md", "html", "ao3-html"]))
def test_load_text_gives_document_or_input_error(text: str, format: str | None) -> None:
    try:
        doc = load_text(text, path=None, format=format)  # type: ignore[arg-type]
    except InputError as error:
        assert "\n" not in error.message
        return
    assert doc.text == text or doc.source.format in ("html", "ao3-html")
    check_invariants(doc)


@SETTINGS
@given(
    text=story_text,
    format=st.sampled_from(["txt", "md"]),
    mode=st.sampled_from(["auto", "blocks", "lines"]),
)
def test_build_document_invariants(text: str, format: str, mode: str) -> None:
    try:
        doc = build_document(text, source=SourceInfo(None, format), paragraph_mode=mode)  # type: ignore[arg-type]
    except InputError:
        return
    assert doc.text == text
    check_invariants(doc)


def _sample_epub_members() -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLES / "tide_and_ember.epub") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


SAMPLE_EPUB = (SAMPLES / "tide_and_ember.epub").read_bytes()
EPUB_MEMBERS = _sample_epub_members()


@settings(max_examples=100, deadline=None)
@given(position=st.integers(0, len(SAMPLE_EPUB) - 1), value=st.integers(0, 255), cut=st.booleans())
def test_load_damaged_epub_gives_document_or_input_error(position: int, value: int, cut: bool) -> None:
    data = SAMPLE_EPUB[:position] if cut else SAMPLE_EPUB[:position] + bytes([value]) + SAMPLE_EPUB[position + 1 :]
    try:
        doc = load_bytes(data, path="damaged.epub")
    except InputError:
        return
    check_invariants(doc)


@settings(max_examples=60, deadline=None)
@given(member=st.sampled_from(sorted(EPUB_MEMBERS)), content=story_bytes)
def test_load_epub_with_hostile_member_gives_document_or_input_error(member: str, content: bytes) -> None:
    assume(member != "mimetype")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in EPUB_MEMBERS.items():
            archive.writestr(name, content if name == member else data)
    try:
        doc = load_bytes(buffer.getvalue(), path="hostile.epub")
    except InputError:
        return
    check_invariants(doc)
