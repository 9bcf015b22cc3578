"""Make `tests.helpers` importable from the loader tests, however pytest was started."""

from __future__ import annotations

import sys
from pathlib import Path

# pytest's default import mode puts only the test's own folder on sys.path; the shared builders live in
# tests/helpers, which scripts/build_sample_epub.py imports as `tests.helpers` from the repository root.
_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)
