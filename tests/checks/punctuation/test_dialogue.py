"""Dialogue punctuation: a speech tag after a full stop, a lower-case beat."""

from __future__ import annotations


def test_speech_tag_after_full_stop(flags) -> None:
    assert flags("“It's late.” Ana told him.", "punctuation.dialogue_tag_full_stop") == [(".", ",")]
    assert flags('"We should go." he said.', "punctuation.dialogue_tag_full_stop") == [(".", ",")]


def test_question_and_exclamation_before_a_tag_are_correct(flags) -> None:
    assert flags('"Why?" he asked.', "punctuation.dialogue_tag_full_stop") == []
    assert flags('"No!" she said.', "punctuation.dialogue_tag_full_stop") == []


def test_new_sentence_after_a_line_is_not_a_tag(flags) -> None:
    assert flags('"It is late." She said nothing more.', "punctuation.dialogue_tag_full_stop") == []
    assert flags('"It is late." Ana said nothing more.', "punctuation.dialogue_tag_full_stop") == []


def test_lowercase_action_beat(flags) -> None:
    assert flags('"Here." she handed him the cup.', "punctuation.dialogue_beat_lowercase") == [("she", "She")]
    assert flags('"Here." She handed him the cup.', "punctuation.dialogue_beat_lowercase") == []
    assert flags('"Wait . . ." she whispered.', "punctuation.dialogue_beat_lowercase") == []


def test_capitalised_tag_after_a_question(flags) -> None:
    assert flags('"Why?" He asked.', "punctuation.dialogue_tag_capital") == [("He", "he")]
    assert flags('"Really?" He answered, "Yes."', "punctuation.dialogue_tag_capital") == []


def test_missing_comma_before_a_speech_tag(flags) -> None:
    text = 'Kit looked up.\n\n"Don\'t touch the drone" she mutters.\n\n"It\'s fine" Kit said. Kit laughed. Kit left.'
    assert flags(text, "punctuation.dialogue_tag_no_comma") == [('"', ',"'), ('"', ',"')]


def test_capital_tag_running_on_into_narration(flags) -> None:
    assert flags('"How far?" He asks, checking the map.', "punctuation.dialogue_tag_capital") == [("He", "he")]
    assert flags('"Really?" He answered, "Yes."', "punctuation.dialogue_tag_capital") == []


def test_phrasal_and_run_on_speech_tags_after_a_full_stop(flags) -> None:
    rule = "punctuation.dialogue_tag_full_stop"
    assert flags('"You said that." Bram pointed out.', rule) == [(".", ",")]
    assert flags('"Keep going." Oren tells me through his teeth.', rule) == [(".", ",")]
    assert flags('"Look." Bram pointed at the map.', rule) == []
    assert flags('"Fine." Ana told him the truth after that.', rule) == []


def test_capital_pronoun_after_a_comma_inside_dialogue(flags) -> None:
    rule = "punctuation.dialogue_tag_capital"
    assert flags('"You," She said to Kit, "are late."', rule) == [("She", "she")]
    assert flags('"Yes," He nodded.', rule) == [("He", "he")]
    assert flags('She called it "home," she said once.', rule) == []
    assert flags('"How far are we?" He asks after a while.', rule) == [("He", "he")]


def test_comma_after_a_question_mark_closing_a_line(flags) -> None:
    rule = "punctuation.dialogue_mark_and_comma"
    assert flags('"Why?", he asked.', rule) == [('",', '"')]
    assert flags("“Stop!,” she shouted.", rule) == [(",”", "”")]
    assert flags('"Why?" he asked.', rule) == []


def test_capital_pronoun_tag_after_a_full_stop_gets_one_fix(flags) -> None:
    rule = "punctuation.dialogue_tag_full_stop"
    assert flags('"Answer the chat, you weirdo." He said, and hung up.', rule) == [('." He', '," he')]
    assert flags('"It is late." He said nothing more.', rule) == []


def test_capitalised_inverted_tag_after_a_comma(flags) -> None:
    rule = "punctuation.dialogue_tag_capital"
    assert flags('"No one heard it," Said a cool voice from the doorway.', rule) == [("Said", "said")]
    assert flags('He named the boat "Fury," Said to be the fastest on the coast.', rule) == []


def test_first_person_tag_that_leads_into_more_speech(flags) -> None:
    assert flags('"Well." I said, "we should go."', "punctuation.dialogue_tag_full_stop") == [(".", ",")]
