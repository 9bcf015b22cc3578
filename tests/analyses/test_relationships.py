"""Relationships: A/B romantic vs A & B platonic with evidence, and the AO3 category."""

from __future__ import annotations

import ficsense
from ficsense.analyses import characters, speakers
from ficsense.analyses.relationships import relationship_tags
from ficsense.report.model import Tag

ROMANCE = """Daniel Ortiz waited under the clock tower. Daniel checked his phone twice, and he smoothed \
his hair when he saw her.

Clara Novak ran across the square with her scarf flying. Clara laughed, and she was out of breath.

Daniel kissed Clara before she could apologise. Clara kissed him back, and she held his face in her hands.

"I love you," Daniel told Clara, and he meant it.
"""

FRIENDS = """Yusuf Demir and Ben Carter had been friends since the first day of school. Yusuf was the \
loud one, and he always had a plan.

Ben clapped him on the shoulder. Ben said Yusuf was the best friend anyone could ask for, and he meant it.

"Mates forever," Yusuf said. Ben rolled his eyes, but he grinned.
"""

BOYS = """Felix Grant found Theo Lund on the roof. Felix sat down beside him, and he said nothing for a while.

The wind picked up. Felix shivered, and he pulled his jacket tighter.

Theo leaned into Felix. Theo kissed him, slow and careful, and he laughed against his mouth.

Felix kissed Theo again. He could not stop smiling.
"""


def _tags(text: str) -> tuple[ficsense.Document, tuple[tuple[Tag, ...], tuple[Tag, ...], tuple[Tag, ...]]]:
    doc = ficsense.load(text)
    cast = characters.ANALYSIS.run(doc, {}, {})
    quotes = speakers.ANALYSIS.run(doc, {"characters": cast}, {})
    return doc, relationship_tags(doc, cast, quotes)


def test_relationships_kisses_make_a_romantic_pair_with_evidence() -> None:
    doc, (relationships, character_tags, categories) = _tags(ROMANCE)
    assert [tag.tag for tag in relationships] == ["Clara Novak/Daniel Ortiz"]
    evidence = relationships[0].evidence
    assert evidence and any("kiss" in doc.text[e.start : e.end].lower() for e in evidence)
    assert {"Clara Novak", "Daniel Ortiz"} <= {tag.tag for tag in character_tags}
    assert [tag.tag for tag in categories] == ["F/M"]


def test_relationships_friendship_is_platonic_and_gen() -> None:
    _doc, (relationships, _, categories) = _tags(FRIENDS)
    assert [tag.tag for tag in relationships] == ["Ben Carter & Yusuf Demir"]
    assert all(tag.evidence for tag in relationships)
    assert [tag.tag for tag in categories] == ["Gen"]


def test_relationships_two_men_make_m_m() -> None:
    _, (relationships, _, categories) = _tags(BOYS)
    assert [tag.tag for tag in relationships] == ["Felix Grant/Theo Lund"]
    assert [tag.tag for tag in categories] == ["M/M"]


PRONOUNS_ONLY = """Marta Silva waited by the fountain. Marta checked the time, and she sighed.

Jonas Weber arrived late with flowers. Jonas looked sheepish, and he held them out.

She kissed him. He kissed her back, and she laughed.
"""


def test_relationships_pronouns_point_back_to_the_pair() -> None:
    doc, (relationships, _, categories) = _tags(PRONOUNS_ONLY)
    assert [tag.tag for tag in relationships] == ["Jonas Weber/Marta Silva"]
    assert "kissed" in doc.text[relationships[0].evidence[0].start : relationships[0].evidence[0].end]
    assert [tag.tag for tag in categories] == ["F/M"]


def test_relationships_characters_in_one_room_are_not_a_pair_without_cues() -> None:
    text = """Ada Lind read the paper. Ada frowned at the headline, and she turned the page.

Oskar Berg made the coffee. Oskar hummed, and he burnt the toast as usual.
"""
    _, (relationships, _, categories) = _tags(text)
    assert relationships == ()
    assert [tag.tag for tag in categories] == ["Gen"]
