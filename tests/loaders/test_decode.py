"""Bytes to text: encodings detected right, line endings kept, non-text refused with a clear message."""

from __future__ import annotations

import random

import pytest

from ficsense import InputError, load
from ficsense.loaders import load_bytes
from ficsense.loaders.decode import decode_bytes

STORY = "“Wait,” Noor said. “The café is closed.”\n\nShe tried the door anyway."


def test_decode_utf8_without_bom() -> None:
    assert decode_bytes(STORY.encode("utf-8")) == STORY


def test_decode_utf8_bom_is_dropped() -> None:
    text = decode_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    assert text == STORY


def test_decode_utf16_with_bom() -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
        assert decode_bytes(bom + STORY.encode(encoding)) == STORY


def test_decode_cp1252_curly_quotes_and_accent() -> None:
    text = (
        "“Is the café still open?” Noor asked.\r\n"
        "‘Only for you,’ said the owner, and he put the kettle on.\r\n"
        "She sat by the window and waited for the rain to stop.\r\n"
    )
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data) == text


def test_decode_latin1_accents_in_plain_prose() -> None:
    text = "Renée and Zoë walked to the harbour, past the café, and did not speak of the letter again.\n"
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    "text",
    [
        # Each of these came back from charset-normalizer in the wrong encoding before cp1252 was tried first.
        "He said “no.”",
        "Café",
        "The pâtissier handed Andrés a crème brûlée. “Merci,” he said, à la française.",
        "Il était très fâché, mais sa mère lui a donné une crème brûlée à la fin.",
        "The rain had not stopped for three days, and the town smelt of wet stone. " * 20
        + "Hélène handed him a crème brûlée — “for the road,” she said.",
    ],
    ids=["short-quote", "one-word", "french-words", "french", "long-english"],
)
def test_decode_cp1252_short_and_mostly_ascii(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Nie wiem, co powiedzieć. Może jutro pójdziemy nad rzekę, jeśli będzie ładnie.", "cp1250"),
        ("Γειά σου κόσμε, τι κάνεις σήμερα; Πάμε στη θάλασσα.", "cp1253"),
    ],
    ids=["polish", "greek"],
)
def test_decode_other_legacy_encodings_are_not_read_as_cp1252(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_decode_cyrillic_stays_cyrillic() -> None:
    # Short Cyrillic is ambiguous between the Cyrillic code pages, so only the script is certain.
    text = "Привет, как дела? Я иду домой, потому что уже поздно."
    decoded = decode_bytes(text.encode("cp1251"))
    letters = [char for char in decoded if char.isalpha()]
    assert letters
    assert all("\u0400" <= char <= "\u04ff" for char in letters)


def test_load_keeps_crlf_and_offsets_index_it() -> None:
    text = "First line of the story.\r\n\r\n“Hello,” said Ivo.\r\n\r\nThe end came quickly.\r\n"
    doc = load_bytes(text.encode("utf-8"), path="story.txt")
    assert doc.text == text
    assert "\r\n" in doc.text
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "First line of the story.",
        "“Hello,” said Ivo.",
        "The end came quickly.",
    ]
    words = [doc.slice(token) for token in doc.words()]
    assert words[:5] == ["First", "line", "of", "the", "story"]
    ivo = next(token for token in doc.tokens if doc.slice(token) == "Ivo")
    assert ivo.start == text.index("Ivo")


def test_load_keeps_lone_cr_line_endings() -> None:
    text = "Old Mac files end lines with a carriage return.\r\rThis is the second paragraph.\r"
    doc = load_bytes(text.encode("utf-8"), path=None)
    assert doc.text == text
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "Old Mac files end lines with a carriage return.",
        "This is the second paragraph.",
    ]


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\n".encode()], ids=["empty", "spaces", "ideographic"])
def test_decode_empty_or_whitespace_is_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(data)


def test_load_empty_file_names_the_path(tmp_path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\n\n  \n")
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.path == str(path)
    assert "empty" in str(caught.value)
    assert str(path) in str(caught.value)


def test_load_png_renamed_txt_is_input_error(tmp_path) -> None:
    path = tmp_path / "chapter_one.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    with pytest.raises(InputError, match="PNG image"):
        load(path)


def test_decode_pdf_is_input_error() -> None:
    with pytest.raises(InputError, match="PDF"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")


def test_decode_random_bytes_is_input_error() -> None:
    noise = random.Random(7).randbytes(4000)
    with pytest.raises(InputError):
        decode_bytes(noise)


def test_decode_random_bytes_without_nul_is_input_error() -> None:
    # Without NUL bytes the cheap binary test does not fire; the control-character share has to.
    noise = random.Random(11).randbytes(4000).replace(b"\x00", b"")
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(noise)


def test_decode_bad_utf16_after_bom_is_input_error() -> None:
    # A UTF-16 mark followed by an odd number of bytes cannot be UTF-16.
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(b"\xff\xfeH\x00i\x00!")


def test_decode_error_message_is_one_line() -> None:
    for data in (b"", b"\x89PNG\r\n\x1a\nxxxx", random.Random(3).randbytes(500), b"\xff\xfe\x00"):
        with pytest.raises(InputError) as caught:
            decode_bytes(data)
        assert "\n" not in str(caught.value)
