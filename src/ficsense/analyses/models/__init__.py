"""Shipped model files (see scripts/train_characters.py)."""
