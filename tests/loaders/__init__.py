"""Loader tests: decoding, AO3 HTML, EPUB and source handling."""
