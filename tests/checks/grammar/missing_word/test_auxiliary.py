"""A lost "is", "was", "are" or "were" after a subject that stands in a clause of its own."""

from __future__ import annotations

RULE = "grammar.missing_word"


def test_dropped_be_before_a_determiner_after_a_conjunction(flags) -> None:
    assert flags("We stayed because it the only dry place in town.", RULE) == [("it the", "it was the")]
    assert flags("Marco laughed, because Petra Lind the sort of girl who laughed back.", RULE) == [
        ("Petra Lind the", "Petra Lind was the")
    ]


def test_dropped_be_before_going_to_after_a_name_or_at_a_sentence_start(flags) -> None:
    assert flags("Oskar had no idea what Bram going to say next.", RULE) == [("Bram going", "Bram was going")]
    assert flags('"She\'s packing. She going to leave soon."', RULE) == [("She going", "She's going")]
    assert flags("It was late. They not going to wait for us.", RULE) == [("They not", "They were not")]


def test_dropped_be_before_really_and_an_adjective(flags) -> None:
    assert flags('"I know it\'s late. I know you really tired."', RULE) == [("you really", "you're really")]
    assert flags("He left early, since she so angry with him.", RULE) == [("she so", "she was so")]


def test_dropped_be_before_a_bare_adjective_after_a_conjunction(flags) -> None:
    assert flags("We ate at six because we hungry.", RULE) == [("we hungry", "we were hungry")]


def test_the_tense_of_the_fix_follows_the_speech_around_it(flags) -> None:
    assert flags('"Mina\'s here. She not happy about it."', RULE) == [("She not", "She's not")]
    assert flags("The bus had gone, because it not coming back.", RULE) == [("it not", "it was not")]


def test_the_fix_contracts_where_the_story_does(flags) -> None:
    text = "You're late. You're wet. You not going to cry about it."
    assert flags(text, RULE) == [("You not", "You're not")]


def test_objects_and_small_clauses_stay_quiet(flags) -> None:
    assert flags("She gave it the slip and made him the captain.", RULE) == []
    assert flags("I found them really funny. I thought you very brave.", RULE) == []
    assert flags("I knew Bram the moment I saw him. I know it the second I hear it.", RULE) == []


def test_verbs_and_adverbs_after_the_subject_stay_quiet(flags) -> None:
    assert flags("You really should go. He really did try.", RULE) == []
    assert flags("If he so much as blinks, run. When she first came, it rained.", RULE) == []
    assert flags("They not only sang; they danced. Come if not. I, too, went.", RULE) == []
    assert flags("She stayed where she lived, until she tired of it.", RULE) == []


def test_a_clause_with_its_own_verb_stays_quiet(flags) -> None:
    assert flags("He smiled because Bram the cat was asleep at last.", RULE) == []
    assert flags("Since Easter the shop had been shut.", RULE) == []


def test_dialogue_questions_and_texts_stay_quiet(flags) -> None:
    assert flags('"You not coming?" she asked. "What you doing?"', RULE) == []
    assert flags('"He the boss now," Jo said.', RULE) == []
    assert flags("**Dana:** because u not going to believe this", RULE) == []


def test_dialect_that_drops_be_again_and_again_stays_quiet(flags) -> None:
    text = '"Because he not ready," Ma said. "Because she not ready neither. And if they not ready, we not going."'
    assert flags(text, RULE) == []
