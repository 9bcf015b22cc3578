"""Shared helpers for characters, speakers, narration and relationships.

Stages, in order: quotes (from the document) -> names (names.py) -> alias clusters and gender (cast.py) ->
speakers (attribution.py). BookNLP attributes quotes to mentions before clustering them; here quotes are
attributed to clusters, so that turn-taking and pronoun resolution can use cluster genders.
"""
