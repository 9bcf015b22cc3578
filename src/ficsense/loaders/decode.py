"""Bytes to text: BOMs, UTF-8, cp1252 when it reads cleanly, a maintained detector (charset-normalizer), latin-1.

The decoded string is kept exactly as decoded (CRLF included) because every offset in a report indexes it.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ficsense.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"RIFF", "a media file (RIFF)"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
# Text with more control characters than this is not prose in any encoding.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# charset-normalizer's chaos ("mess") ratio under which cp1252 is taken as the right reading.
_WESTERN_MAX_CHAOS = 0.1


def describe_binary(data: bytes) -> str | None:
    """A name for the kind of binary file `data` starts like, or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def decode_head(data: bytes, size: int = 4096) -> str:
    """The first `size` bytes as text, byte-order mark honoured and dropped: enough to sniff a format."""
    head = data[:size]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def decode_bytes(data: bytes) -> str:
    """Decode story bytes, or raise InputError saying why they are not readable text."""
    if not data.strip():
        raise InputError("empty file: there is no story text in it")
    kind = describe_binary(data)
    if kind:
        raise InputError(f"this is {kind}, not a story; ficsense reads .txt, .md, AO3 .html and .epub")
    text = _decode(data)
    _check_is_text(text)
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable text: it starts with a {encoding} mark but {error.reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError("binary file: it holds NUL bytes and no text encoding mark")
    # The detector guesses wildly on short or mostly-ASCII Western prose ("He said “no.”" came back as
    # cp1125 Cyrillic, "crème brûlée" as cp1250 "crčme brűlée"). cp1252 is by far the commonest legacy
    # encoding of fan fiction, so it wins whenever it reads cleanly; Cyrillic, Greek or Central European
    # bytes read as cp1252 are a mess the chaos measure rejects, and fall through to the detector.
    western = from_bytes(data, cp_isolation=["cp1252"], threshold=_WESTERN_MAX_CHAOS).best()
    if western is not None:
        return str(western)
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise InputError("empty file: there is no story text in it")
    controls = sum(1 for char in text if char < " " and char not in _ALLOWED_CONTROLS)
    controls += text.count("\x7f") + text.count("\ufffd")
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError("undecodable bytes: this does not read as text in any common encoding")
