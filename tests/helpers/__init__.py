"""Shared builders for tests (EPUB archives and the like), importable by scripts/ too."""
