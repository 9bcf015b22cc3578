"""Readable text from an HTML element: block elements become paragraphs, `<br>` a line break, `<hr>` a
scene break. Shared by the AO3 HTML and EPUB loaders.

The walk is iterative (lxml's `iterwalk`) so that a deeply nested hostile document cannot exhaust the
Python stack.
"""

from __future__ import annotations

import re

from lxml import etree

_BLOCKS = frozenset(
    "p div blockquote h1 h2 h3 h4 h5 h6 li ul ol dl dt dd pre center table tr td th section article "
    "header footer aside figure figcaption address main nav details summary".split()
)
_SKIPPED = frozenset("script style noscript template head title svg math object iframe button select".split())
_SPACES = re.compile(r"[ \t\r\n\f\u200b]+")
_BR = object()  # a line break inside a paragraph


class TextBuilder:
    """Accumulates readable text and the offsets where `<hr>` scene breaks stood."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._inline: list[str | object] = []
        self.scene_breaks: list[int] = []

    @property
    def length(self) -> int:
        """Characters written so far (pending inline text excluded)."""
        return self._length

    def add_element(self, element: etree._Element, *, skip: frozenset[etree._Element] = frozenset()) -> None:
        """Append the readable text of `element` (and not its tail), leaving out `skip` subtrees."""
        skipping: etree._Element | None = None
        for event, node in etree.iterwalk(element, events=("start", "end")):
            if skipping is not None:
                if event == "end" and node is skipping:
                    skipping = None
                    self._tail(node, element)
                continue
            tag = node.tag if isinstance(node.tag, str) else ""
            name = tag.rsplit("}", 1)[-1].lower()
            if event == "start":
                if not tag or name in _SKIPPED or node in skip:
                    skipping = node
                    if not tag and node is not element:
                        # A comment or processing instruction: drop it, keep what follows it.
                        skipping = None
                        self._tail(node, element)
                    continue
                if name in _BLOCKS:
                    self.end_block()
                elif name == "br":
                    self._inline.append(_BR)
                elif name == "hr":
                    self.end_block()
                    self.scene_breaks.append(self._length)
                if node.text:
                    self._inline.append(node.text)
            else:
                if not tag:
                    continue
                if name in _BLOCKS:
                    self.end_block()
                self._tail(node, element)
        self.end_block()

    def _tail(self, node: etree._Element, root: etree._Element) -> None:
        if node is not root and node.tail:
            self._inline.append(node.tail)

    def end_block(self) -> None:
        """Close the paragraph being written, if it has any text."""
        if not self._inline:
            return
        lines: list[list[str]] = [[]]
        for part in self._inline:
            if part is _BR:
                lines.append([])
            else:
                lines[-1].append(str(part))
        self._inline = []
        # Two <br> in a row separate paragraphs, as a blank line does in plain text.
        block = re.sub(r"\n{3,}", "\n\n", "\n".join(_SPACES.sub(" ", "".join(line)).strip() for line in lines))
        block = block.strip("\n")
        if not block:
            return
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        self._parts.append(block)
        self._length += len(block)

    def text(self) -> str:
        """All text written so far."""
        self.end_block()
        return "".join(self._parts)


def element_text(element: etree._Element) -> str:
    """Readable text of one element (a summary, a note) as paragraphs separated by blank lines."""
    builder = TextBuilder()
    builder.add_element(element)
    return builder.text()
