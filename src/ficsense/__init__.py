"""ficsense: an offline beta reader and tag wrangler for fan fiction.

>>> import ficsense
>>> report = ficsense.analyze("“Why?” he asked. She didn't answer.")
>>> report.stats.words
6
"""

from __future__ import annotations

__version__ = "0.1.0"

from ficsense.document import Document, Span
from ficsense.errors import InputError
from ficsense.loaders import load
from ficsense.pipeline import analyze
from ficsense.report.model import Report

__all__ = ["Document", "InputError", "Report", "Span", "__version__", "analyze", "load"]
