"""Loading: the only code that reads files. Any source becomes one `Document`, or an `InputError`."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from ficsense.document import Document, SourceInfo, build_document
from ficsense.errors import InputError
from ficsense.loaders.decode import decode_bytes, decode_head
from ficsense.loaders.epub import load_epub, looks_like_epub
from ficsense.loaders.html import load_html

Format = Literal["txt", "md", "html", "ao3-html", "epub"]
FORMATS: tuple[str, ...] = ("txt", "md", "html", "ao3-html", "epub")
# About four million words: far past the longest works on AO3, well short of what exhausts memory.
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
_HTML_START = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:p|div|br|body|span|em|i|b|strong)\b[^>]*>", re.I)


def load(
    source: str | bytes | os.PathLike[str],
    *,
    format: Format | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Load a story from a path, raw bytes, or story text (a `str` that is not an existing path)."""
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _is_existing_path(source)):
        path = os.fspath(source)
        return load_bytes(read_file(path, max_bytes=max_bytes), path=path, format=format)
    if isinstance(source, bytes):
        _check_size(len(source), max_bytes)
        return load_bytes(source, path=None, format=format)
    if isinstance(source, str):
        _check_size(len(source), max_bytes)
        if not source.strip():
            raise InputError("empty text: there is no story in it")
        return load_text(source, path=None, format=format)
    raise InputError(f"cannot load a {type(source).__name__}; give a path, bytes or text")


def read_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a story file, or InputError for a missing path, a folder or a file too large."""
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError("is a directory, not a story file", path=path)
        size = file.stat().st_size
        _check_size(size, max_bytes, path=path)
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except PermissionError:
        raise InputError("permission denied", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a story file", path=path) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=path) from None
    _check_size(len(data), max_bytes, path=path)
    return data


def load_bytes(data: bytes, *, path: str | None, format: Format | None = None) -> Document:
    """Load story bytes; the format is sniffed from the content, then the file extension."""
    try:
        chosen = format or sniff_format(data, path)
        if chosen == "epub":
            return load_epub(data, path=path)
        return load_text(decode_bytes(data), path=path, format=chosen)
    except InputError as error:
        if error.path is None and path is not None:
            error.path = path
        raise


def load_text(text: str, *, path: str | None, format: Format | None = None) -> Document:
    """Load already decoded text (plain, Markdown or HTML)."""
    chosen = format or sniff_text_format(text, path)
    if chosen == "epub":
        raise InputError("an EPUB must be given as bytes or a path, not as text")
    if chosen in ("html", "ao3-html"):
        return load_html(text, path=path)
    return build_document(text, source=SourceInfo(path, chosen))


def sniff_format(data: bytes, path: str | None) -> Format:
    """The format of story bytes, judged by content first and the extension second."""
    if data.startswith(b"PK\x03\x04"):
        if looks_like_epub(data):
            return "epub"
        raise InputError("a zip archive that is not an EPUB; unzip it and give ficsense the story files")
    # Honour a byte-order mark: Notepad saves HTML with one, and UTF-16 HTML is unreadable as UTF-8.
    return sniff_text_format(decode_head(data), path)


def sniff_text_format(text: str, path: str | None) -> Format:
    """`html` for markup, `md` for a .md/.markdown file, otherwise `txt`."""
    head = text[:4096]
    suffix = Path(path).suffix.lower() if path else ""
    if _HTML_START.match(head) or (suffix in (".html", ".htm", ".xhtml") and _HTML_TAGS.search(head)):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


def _is_existing_path(text: str) -> bool:
    if len(text) > 4096 or "\n" in text or "\x00" in text:
        return False
    try:
        return os.path.exists(text)
    except (OSError, ValueError):
        return False


def _check_size(size: int, max_bytes: int, *, path: str | None = None) -> None:
    if size > max_bytes:
        raise InputError(
            f"too large: {size / 2**20:.1f} MB is over the {max_bytes / 2**20:.0f} MB limit "
            "(raise it with --max-mb if this really is one story)",
            path=path,
        )


__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "load", "load_bytes", "load_text", "read_file", "sniff_format"]
