"""Whitespace helpers shared by the segmenters."""

from __future__ import annotations


def skip_space(text: str, position: int, end: int) -> int:
    """The first non-space position at or after `position` (or `end`)."""
    while position < end and text[position].isspace():
        position += 1
    return position


def trim_end(text: str, start: int, end: int) -> int:
    """`end` moved left past trailing whitespace, never before `start`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
