"""Word and punctuation tokens with character offsets."""

from __future__ import annotations

import re

from ficsense.document.model import Span

# A word keeps its inner apostrophes and hyphens ("don't", "well-known", "Y/N" stays three tokens);
# an ellipsis or a dash run is one token; any other symbol is a token of its own.
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\.{3}|[-—–]{2,}|\S")


def tokenize(text: str, span: Span) -> list[Span]:
    """Tokens inside `span`."""
    return [Span(*match.span()) for match in _TOKEN.finditer(text, span.start, span.end)]
