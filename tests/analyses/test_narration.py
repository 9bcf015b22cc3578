"""Narration: person (incl. reader-insert second person), tense, POV runs and head hops with evidence."""

from __future__ import annotations

import ficsense
from ficsense.analyses import narration

HEAD_HOP = """Alex Moreau stood at the window of the lighthouse. Alex felt the cold creep through the glass, \
and Alex wondered whether the boat would come at all.

Alex thought about the last storm, the one that had taken the jetty. Alex knew better than to hope.

Jordan Pike climbed the stairs behind Alex with two mugs of tea. Jordan wondered why Alex never slept, and \
Jordan felt a small, stupid ache at the sight of those shoulders.
"""

SCENE_BREAK = """Alex Moreau stood at the window of the lighthouse. Alex felt the cold creep through the glass, \
and Alex wondered whether the boat would come at all.

Alex thought about the last storm. Alex knew better than to hope.

* * *

Jordan Pike climbed the stairs with two mugs of tea. Jordan wondered why Alex never slept, and Jordan felt a \
small, stupid ache.
"""

READER_INSERT = """You wake up before your alarm. Y/N, you tell yourself, today is the day.

You pull on your boots and you walk to the harbour. Kit is already there, waving at you.

"Morning, Y/N!" Kit calls. You wave back and you grin so hard that your face hurts.
"""

FIRST_PERSON = """I never meant to steal the map. I found it in my uncle's desk, and I put it in my pocket \
before I could think.

My uncle came home at six. He asked me where I had been, and I lied.
"""

PRESENT_THIRD = """Sam walks into the kitchen. She is tired, and the kettle is already boiling.

Sam pours the water. Outside, the dog barks at something she cannot see.
"""


def test_narration_head_hop_inside_a_scene_with_evidence_from_both_sides() -> None:
    doc = ficsense.load(HEAD_HOP)
    result = narration.ANALYSIS.run(doc, {}, {})
    assert result.person == "third"
    assert result.tense == "past"
    assert len(result.head_hops) == 1
    hop = result.head_hops[0]
    assert (hop.from_character, hop.to_character) == ("Alex Moreau", "Jordan Pike")
    before, after = hop.evidence
    assert doc.text[before.start : before.end].startswith("Alex")
    assert doc.text[after.start : after.end].startswith("Jordan")
    assert before.end <= hop.start <= after.start
    assert [span.character for span in result.pov] == ["Alex Moreau", "Jordan Pike"]


def test_narration_pov_change_at_a_scene_break_is_not_a_head_hop() -> None:
    result = narration.ANALYSIS.run(ficsense.load(SCENE_BREAK), {}, {})
    assert result.head_hops == ()
    assert [span.character for span in result.pov] == ["Alex Moreau", "Jordan Pike"]


def test_narration_second_person_reader_insert() -> None:
    result = narration.ANALYSIS.run(ficsense.load(READER_INSERT), {}, {})
    assert result.person == "second"
    assert result.tense == "present"
    assert result.pov and all(span.character == "Y/N" for span in result.pov)
    assert result.head_hops == ()


def test_narration_first_person_past() -> None:
    result = narration.ANALYSIS.run(ficsense.load(FIRST_PERSON), {}, {})
    assert result.person == "first"
    assert result.tense == "past"
    assert result.pov[0].character == "narrator"


def test_narration_third_person_present() -> None:
    result = narration.ANALYSIS.run(ficsense.load(PRESENT_THIRD), {}, {})
    assert (result.person, result.tense) == ("third", "present")


def test_narration_dialogue_does_not_decide_person() -> None:
    text = '"I hate this," Wren said. "I hate all of it."\n\nWren looked away. He said nothing more.\n'
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "third"


def test_narration_no_head_hop_between_a_name_and_its_possible_honorific_form() -> None:
    text = """Harriet Vane stood on the pier. Harriet felt the boards shift under her, and she wondered if \
the tide was turning.

Harriet knew the boat was late. Harriet thought of the harbour master and his lies.

Mrs. Vane felt the cold first in her hands. Mrs. Vane wondered, as she always did, why she had come.
"""
    result = narration.ANALYSIS.run(ficsense.load(text), {}, {})
    assert result.head_hops == ()
    assert len(result.pov) == 1


FRAME_OPENING = """When I first heard the tale, I laughed. I asked my grandmother whether it was true, and she \
only smiled. So I waited until the fire was low, and I listened. I remembered every word of it afterwards, and \
here it is as I heard it.

"""

FRAME_TALE = """The ferryman Odo Brisk rowed across the grey river every morning. He whistled as he rowed, and \
the gulls followed his boat. His sister Mabel kept the inn on the far bank, and she counted the coins he brought \
her each evening. She never trusted the weather, and she never trusted the ferry.

One winter the river froze. Odo stood on the bank and stared at the ice, and he wondered what a ferryman was \
for when anyone could walk across. Mabel laughed at him and told him to mend the nets. He mended them, slowly, \
and he listened to the ice groan in the dark.

"""


def test_narration_frame_narrator_in_the_opening_is_first_person() -> None:
    text = FRAME_OPENING + FRAME_TALE * 8
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "first"


def test_narration_tagged_first_person_thoughts_stay_third_person() -> None:
    # Third-person fan fiction: unquoted "I" thoughts with a thought tag in the opening are the character's.
    opening = """I was such an idiot, Harry thought. I had known all along, and I had said nothing.

I wanted to tell her, he thought, and I failed. I wanted to be brave, Harry told himself.

"""
    text = opening + FRAME_TALE * 8
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "third"


def test_narration_author_note_in_the_opening_is_not_a_frame_narrator() -> None:
    note = """A/N: I wrote this for my sister. I started it last winter, I finished it in May, and I changed the \
ending twice. I hoped you would like it, and I owe thanks to everyone who read the drafts.

"""
    text = note + FRAME_TALE * 8
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "third"


OBSERVER_OPENING = """On the north shore of the lake there is a small inn with green shutters and a garden of \
pear trees. I hardly know whether it was the quiet or the cooking that kept the young engineer there all that \
summer, though he told his friends it was the fishing. He was a tall man, and a patient one, and I think \
nobody in the village ever heard him raise his voice. What I should say, simply, is that the landlady liked him \
and that he paid his bill on the first of every month.

"""


def test_narration_observer_narrator_commenting_in_the_present_is_first_person() -> None:
    # A narrator who never acts but steps forward ("I hardly know", "I think") while telling of others.
    text = OBSERVER_OPENING + FRAME_TALE * 8
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "first"


def test_narration_untagged_short_thoughts_stay_third_person() -> None:
    # Fan fiction's free inner speech: short "I" sentences about the self, no thought tag.
    opening = """Harry stared at the letter for a long time. I can't do this. He folded it twice and put it away.

I should have known. He went down to the kitchen, where Ron was burning the toast again. I hate Mondays.

"""
    text = opening + FRAME_TALE * 8
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "third"


def test_narration_letter_inside_a_third_person_story_stays_third_person() -> None:
    letter = """Dear Mabel,

I am writing from the city, where I have found work at last. I miss the river, and I miss you, and I think of \
the inn every evening when I walk home. I hope the ferry is mended and I hope he is kind to you.

Your loving cousin, Tam

"""
    text = FRAME_TALE * 2 + letter + FRAME_TALE * 6
    assert narration.ANALYSIS.run(ficsense.load(text), {}, {}).person == "third"


def test_narration_dedication_poem_before_the_first_chapter_is_not_the_narrator() -> None:
    dedication = """To my old friend, who knows why:

I saw them gather in the hall where he and she and they had danced, and I heard them sing the songs their \
fathers knew; I find again the roads they walked, their fields and their old houses, and I write of them for you.

"""
    chapters = "".join(f"CHAPTER {number}\n\n{FRAME_TALE * 2}" for number in ("I", "II", "III", "IV"))
    assert narration.ANALYSIS.run(ficsense.load(dedication + chapters), {}, {}).person == "third"


def test_narration_pov_spans_carry_the_interior_cues_as_evidence() -> None:
    doc = ficsense.load(HEAD_HOP)
    result = narration.ANALYSIS.run(doc, {}, {})
    alex, jordan = result.pov
    assert alex.evidence and jordan.evidence
    assert all(item.why.startswith("Alex Moreau: ") for item in alex.evidence)
    assert doc.text[alex.evidence[0].start : alex.evidence[0].end].startswith("Alex felt")
    assert doc.text[jordan.evidence[0].start : jordan.evidence[0].end].startswith("Jordan wondered")


def test_narration_first_and_second_person_pov_evidence_is_the_narrator() -> None:
    first_doc = ficsense.load(FIRST_PERSON)
    first = narration.ANALYSIS.run(first_doc, {}, {})
    item = first.pov[0].evidence[0]
    assert first_doc.text[item.start : item.end] in ("I", "me", "my", "mine", "myself")
    reader_doc = ficsense.load(READER_INSERT)
    second = narration.ANALYSIS.run(reader_doc, {}, {})
    item = second.pov[0].evidence[0]
    assert reader_doc.text[item.start : item.end] == "Y/N"
