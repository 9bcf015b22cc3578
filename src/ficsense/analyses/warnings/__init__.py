"""Content-warning detection: features, the shipped passage classifier, cue rules, windows and archive logic."""
