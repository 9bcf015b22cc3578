"""A bare verb after a subject: "when she open the door"."""

from __future__ import annotations


def test_bare_verb_after_he_or_she_gets_the_story_tense(flags) -> None:
    assert flags("Mara froze when she open the gate.", "grammar.bare_verb") == [("open", "opened")]
    assert flags("Then he grab his coat and left.", "grammar.bare_verb") == [("grab", "grabbed")]
    assert flags("He stood up and he run for the car.", "grammar.bare_verb") == [("run", "ran")]
    assert flags("She laughs. Then she try the lock.", "grammar.bare_verb") == [("try", "tries")]


def test_bare_verb_after_a_name_that_opens_a_clause(flags) -> None:
    text = "Tomas knocked twice. When Tomas open the box, nothing moved."
    assert flags(text, "grammar.bare_verb") == [("open", "opened")]
    assert flags("Tomas waved. She watched Tomas walk off.", "grammar.bare_verb") == []


def test_bare_verb_licensed_by_auxiliaries_subjunctives_and_dialect(flags) -> None:
    assert flags("Why did he leave so early?", "grammar.bare_verb") == []
    assert flags("Would she ever forgive him.", "grammar.bare_verb") == []
    assert flags("They asked that she wait outside.", "grammar.bare_verb") == []
    assert flags("He still remembered the song.", "grammar.bare_verb") == []
    assert flags("She cut the rope and he set the sail.", "grammar.bare_verb") == []
    assert flags("Then God help them all.", "grammar.bare_verb") == []
    assert flags('"Aye, he come by last week," the old man said.', "grammar.bare_verb") == []
    assert flags("Not once did she\nlook back.", "grammar.bare_verb") == []


def test_bare_re_verb_takes_its_stems_ending(flags) -> None:
    assert flags("His fingers shook, so she retie the knot for him.", "grammar.bare_verb") == [("retie", "retied")]
    assert flags("She really wanted to go. He really did.", "grammar.bare_verb") == []


def test_bare_verb_after_a_name_opening_narration(flags) -> None:
    text = "Nobody waited for Halloran. Halloran come in with two mugs."
    assert flags(text, "grammar.bare_verb") == [("come", "came")]


def test_name_opening_a_noun_phrase_or_a_call_stays_quiet(flags) -> None:
    assert flags("Quidditch was fun. Quidditch practice was cancelled.", "grammar.bare_verb") == []
    assert flags("Jory slept. “Jory come here!” Bex called.", "grammar.bare_verb") == []
    assert flags("Elizabeth waved. Elizabeth arm in arm with Jane left.", "grammar.bare_verb") == []


def test_present_verb_beside_a_past_in_the_same_clause(flags) -> None:
    text = "He shoved me. I grab for the rail and my fingers slid off the wet iron."
    assert flags(text, "grammar.bare_verb") == [("grab", "grabbed")]
    assert flags("I grab the rail and my fingers slide off.", "grammar.bare_verb") == []
    assert flags("“I grab it and he runs,” she said. Then I left and he followed.", "grammar.bare_verb") == []


def test_bare_re_verbs_of_irregular_stems(flags) -> None:
    text = "He read it and frowned. She rewrite the letter twice. Later he redo the knot."
    assert flags(text, "grammar.bare_verb") == [("rewrite", "rewrote"), ("redo", "redid")]


def test_sort_of_and_kind_of_are_hedges(flags) -> None:
    assert flags("She leans back, where she sort of sags.", "grammar.bare_verb") == []
    assert flags("He kind of laughed.", "grammar.bare_verb") == []


def test_bare_verb_sharing_the_subject_of_an_earlier_verb(flags) -> None:
    text = "She rolls over in the dark, tired of the noise, and smile at nothing."
    assert flags(text, "grammar.bare_verb") == [("smile", "smiles")]
    assert flags("He turned to the gate, and walk out.", "grammar.bare_verb") == [("walk", "walked")]
    assert flags("He asked her to sit, and wait.", "grammar.bare_verb") == []
    assert flags("He took his hat and stick from the hook.", "grammar.bare_verb") == []
    assert flags("He knew of little shops, and select concerts.", "grammar.bare_verb") == []
    assert flags("“He rolls over, and smile,” she said.", "grammar.bare_verb") == []
