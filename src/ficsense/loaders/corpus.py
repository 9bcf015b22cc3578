"""Corpora for batch runs: folders (recursive), zip archives of stories, and JSON Lines of `{"id", "text"}`.

Enumeration yields small, picklable locators rather than texts, so a corpus of millions of works is listed
cheaply and each worker reads only its own works.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ficsense.document import Document
from ficsense.errors import InputError
from ficsense.loaders import DEFAULT_MAX_BYTES, load_bytes, load_text, read_file
from ficsense.loaders.epub import looks_like_epub

STORY_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".epub"})


@dataclass(frozen=True, slots=True)
class WorkLocator:
    """Where one work of a corpus lives: a file, a zip member, or a line of a JSON Lines file."""

    id: str
    kind: Literal["file", "zip", "jsonl"]
    path: str
    member: str | None = None
    offset: int | None = None

    @property
    def label(self) -> str:
        """A human-readable location for tables and messages."""
        if self.kind == "zip":
            return f"{self.path}!{self.member}"
        if self.kind == "jsonl":
            return f"{self.path}@{self.offset}"
        return self.path


@dataclass(frozen=True, slots=True)
class CorpusProblem:
    """An input that could not even be listed (a broken zip, a bad JSON line): recorded, never fatal."""

    id: str
    label: str
    error: str


def iter_corpus(inputs: Iterable[str | Path]) -> Iterator[WorkLocator | CorpusProblem]:
    """Every work in the inputs, in a stable order; problems are yielded in place, never raised."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path)
                if any(part.startswith(".") for part in relative.parts) or file.suffix.lower() not in STORY_SUFFIXES:
                    continue
                yield from _file_or_archive(file, f"{path.name}/{relative.as_posix()}")
        elif path.is_file():
            yield from _file_or_archive(path, path.name)
        else:
            yield CorpusProblem(str(raw), str(raw), "no such file or folder")


def _file_or_archive(path: Path, work_id: str) -> Iterator[WorkLocator | CorpusProblem]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _jsonl(path)
    elif suffix == ".zip" or (suffix != ".epub" and _is_plain_zip(path)):
        yield from _zip(path, work_id)
    else:
        yield WorkLocator(work_id, "file", str(path))


def _is_plain_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith(b"PK\x03\x04") and not looks_like_epub(head)


def _zip(path: Path, work_id: str) -> Iterator[WorkLocator | CorpusProblem]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(info.filename for info in archive.infolist() if not info.is_dir())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        yield CorpusProblem(work_id, str(path), f"broken zip archive: {error}")
        return
    for name in names:
        if Path(name).suffix.lower() in STORY_SUFFIXES and not Path(name).name.startswith("."):
            yield WorkLocator(f"{work_id}!{name}", "zip", str(path), member=name)


def _jsonl(path: Path) -> Iterator[WorkLocator | CorpusProblem]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield CorpusProblem(path.name, str(path), f"cannot read: {error.strerror or error}")
        return
    with handle:
        offset = 0
        for number, line in enumerate(handle, start=1):
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            fallback = f"{path.name}:{number}"
            try:
                record = json.loads(line)
                work_id = str(record["id"]) if isinstance(record, dict) and "id" in record else fallback
            except (ValueError, UnicodeDecodeError) as error:
                yield CorpusProblem(fallback, f"{path}@{start}", f"line {number} is not JSON: {error}")
                continue
            yield WorkLocator(work_id, "jsonl", str(path), offset=start)


def load_work(locator: WorkLocator, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load one work of a corpus, or raise InputError."""
    if locator.kind == "file":
        return load_bytes(read_file(locator.path, max_bytes=max_bytes), path=locator.path)
    if locator.kind == "zip":
        return load_bytes(_read_member(locator, max_bytes), path=locator.label)
    return load_text(_read_jsonl_text(locator, max_bytes), path=locator.label)


def _read_member(locator: WorkLocator, max_bytes: int) -> bytes:
    try:
        with zipfile.ZipFile(locator.path) as archive:
            info = archive.getinfo(str(locator.member))
            if info.file_size > max_bytes:
                raise InputError(f"zip member is larger than {max_bytes / 2**20:.0f} MB")
            with archive.open(info) as member:
                data = member.read(max_bytes + 1)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as error:
        raise InputError(f"cannot read zip member: {error}") from None
    if len(data) > max_bytes:
        raise InputError(f"zip member inflates past {max_bytes / 2**20:.0f} MB")
    return data


def _read_jsonl_text(locator: WorkLocator, max_bytes: int) -> str:
    try:
        with open(locator.path, "rb") as handle:
            handle.seek(int(locator.offset or 0))
            line = handle.readline(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(line) > max_bytes:
        raise InputError(f"the record is larger than {max_bytes / 2**20:.0f} MB")
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        raise InputError(f"not a JSON record: {error}") from None
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str):
        raise InputError('the record has no "text" string')
    if not text.strip():
        raise InputError("empty text: there is no story in it")
    return text
