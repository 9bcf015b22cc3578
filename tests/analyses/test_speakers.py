"""Quote attribution: speech tags, beats, pronouns, vocatives and untagged two-person exchanges."""

from __future__ import annotations

import ficsense
from ficsense.analyses import characters, speakers
from ficsense.report.model import QuoteAttribution

UNTAGGED = """Priya Sandhu found Marcus Hale in the greenhouse, elbow-deep in compost. Marcus wiped his \
hands on his jeans.

"You missed the meeting," Priya said.

"I was busy," Marcus said.

"With dirt?"

"With tomatoes. There's a difference."

"Not to the committee."

"The committee can eat my tomatoes."
"""

TAGS = """Lena Varga and Otto Brandt waited at the gate. The train was late again.

Lena said, "We should have walked."

"In this weather?" asked Otto.

"Thanks, Otto. Very helpful." Lena turned her collar up against the rain.
"""


def _attributions(text: str) -> tuple[ficsense.Document, tuple[QuoteAttribution, ...]]:
    doc = ficsense.load(text)
    cast = characters.ANALYSIS.run(doc, {}, {})
    return doc, speakers.ANALYSIS.run(doc, {"characters": cast}, {})


def test_speakers_one_attribution_per_quote_with_its_span() -> None:
    doc, found = _attributions(UNTAGGED)
    assert len(found) == len(doc.quotes)
    assert [(a.start, a.end) for a in found] == [(q.span.start, q.span.end) for q in doc.quotes]


def test_speakers_untagged_two_person_exchange_alternates() -> None:
    _doc, found = _attributions(UNTAGGED)
    speakers_in_order = [a.speaker for a in found]
    assert speakers_in_order == ["Priya Sandhu", "Marcus Hale"] * 3
    assert [a.addressee for a in found] == ["Marcus Hale", "Priya Sandhu"] * 3
    # Tagged lines are surer than lines placed by turn-taking alone.
    assert found[0].confidence > found[2].confidence > 0


def test_speakers_tag_before_inverted_tag_and_vocative() -> None:
    doc, found = _attributions(TAGS)
    by_text = {doc.text[a.start : a.end]: a for a in found}
    assert by_text['"We should have walked."'].speaker == "Lena Varga"
    assert by_text['"In this weather?"'].speaker == "Otto Brandt"
    thanks = by_text['"Thanks, Otto. Very helpful."']
    assert thanks.speaker == "Lena Varga"
    assert thanks.addressee == "Otto Brandt"


def test_speakers_pronoun_tag_resolves_to_the_paragraph_subject() -> None:
    text = """Ines Ferreira slammed the oven door. Ines had burnt the bread again, and she knew it. \
Ines threw the loaf at the bin.

Tomas Reyes leaned in the doorway. Tomas was smirking, and he did not hide it. Tomas looked at the loaf.

"It's charcoal," he said.
"""
    _doc, found = _attributions(text)
    assert found[0].speaker == "Tomas Reyes"


def test_speakers_no_characters_means_no_guess() -> None:
    _doc, found = _attributions('"Is anyone there?"\n\n"Only the wind."\n')
    assert all(a.speaker is None and a.confidence == 0 for a in found)


def test_speakers_first_person_i_said_is_the_narrator() -> None:
    text = """I had not seen my brother in four years. I knew him at once anyway, and I hated that I did.

Tobias Wren stood by the gate. He looked thinner, and he did not smile.

"You came," I said.

"You asked," Tobias said.
"""
    _doc, found = _attributions(text)
    assert [a.speaker for a in found] == ["narrator", "Tobias Wren"]
    assert found[1].addressee == "narrator"


def test_speakers_said_his_father_is_mr_surname() -> None:
    text = """Mr. Wren read the paper at the kitchen table. Mr. Wren did not look up when the door opened.

Tobias Wren dropped his bag by the stairs. Tobias was soaked, and he knew what was coming.

"You missed dinner," said his father.

"I know," Tobias said.
"""
    _doc, found = _attributions(text)
    assert found[0].speaker == "Mr. Wren"
    assert found[0].addressee == "Tobias Wren"


EXCHANGE = """Tomas Reyes and Ilse Marten had the lighthouse to themselves that winter. Ilse kept the log, and \
she kept it well. Tomas kept the lamp, and he grumbled about it. Their cousin Felix Marten came out on the supply \
boat once a month; Felix said he liked the quiet.

Ilse said, "Thanks, Tomas. You trimmed the wick too short again."

"Not at all," he replied. "It burns cleaner that way."
"""


def test_speakers_pronoun_tag_answering_a_line_that_named_its_addressee_is_that_addressee() -> None:
    # "he" after Ilse's line to Tomas is Tomas, not Felix, the last man the narration named.
    _doc, found = _attributions(EXCHANGE)
    assert [a.speaker for a in found] == ["Ilse Marten", "Tomas Reyes", "Tomas Reyes"]


def test_speakers_evidence_points_at_the_speech_tag_and_the_addressee_cue() -> None:
    doc, found = _attributions(EXCHANGE)
    first, second = found[0], found[1]
    assert doc.text[first.evidence[0].start : first.evidence[0].end].startswith("Ilse said")
    assert first.evidence[0].why == "speech tag before the line"
    assert first.addressee == "Tomas Reyes"
    assert doc.text[first.evidence[1].start : first.evidence[1].end] == "Tomas"
    assert doc.text[second.evidence[0].start : second.evidence[0].end].endswith("he")


def test_speakers_every_named_speaker_carries_evidence() -> None:
    doc, found = _attributions(UNTAGGED)
    for attribution in found:
        assert attribution.speaker is not None
        assert attribution.evidence
        for item in attribution.evidence:
            assert 0 <= item.start < item.end <= len(doc.text)
            assert item.why


def test_speakers_lead_in_pronoun_after_an_object_name_is_the_subject() -> None:
    text = """Clara Hughes and Peter Lang sat on the harbour wall, and Peter was talking about boats again.

Clara had heard it all before, and she said so. Peter shrugged; he never minded.

Peter asked about the ferry timetable, which made Clara laugh, and she turned to him and said,

"You have asked me that every day this week."
"""
    _doc, found = _attributions(text)
    assert found[0].speaker == "Clara Hughes"


def test_speakers_was_her_answer_names_the_speaker() -> None:
    text = """Mira Holt met Jonah Vale at the station. Mira had slept on the train, and she looked it. Jonah \
carried both bags; he always did. He asked whether she was tired.

"Not in the least," was her answer.
"""
    _doc, found = _attributions(text)
    assert found[0].speaker == "Mira Holt"


def test_speakers_vocative_of_a_cast_name_the_tagger_missed_in_dialogue() -> None:
    text = EXCHANGE.replace('Ilse said, "Thanks, Tomas. You trimmed', 'Ilse said, "You trimmed').replace(
        'too short again."', 'too short again, Tomas."'
    )
    doc, found = _attributions(text)
    assert found[0].addressee == "Tomas Reyes"
    assert doc.text[found[0].evidence[1].start : found[0].evidence[1].end] == "Tomas"
    assert found[1].speaker == "Tomas Reyes"
