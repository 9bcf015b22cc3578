"""A lost "to" between a verb that takes it and the verb it governs."""

from __future__ import annotations

RULE = "grammar.missing_word"


def test_dropped_to_before_a_verb_that_is_also_a_noun(flags) -> None:
    assert flags("I wanted shout at him for hours.", RULE) == [("wanted shout", "wanted to shout")]
    assert flags("We don't want talk about the exam.", RULE) == [("want talk", "want to talk")]


def test_dropped_to_before_a_verb_that_is_also_an_adjective_with_its_object(flags) -> None:
    assert flags("I'm going open it after lunch.", RULE) == [("going open", "going to open")]


def test_dropped_to_after_waiting_and_bother(flags) -> None:
    assert flags("The puppy sat waiting be walked.", RULE) == [("waiting be", "waiting to be")]
    assert flags("He didn't bother knock on the door.", RULE) == [("bother knock", "bother to knock")]


def test_dropped_to_after_not_keeps_not_first(flags) -> None:
    assert flags("She tried not stare at him.", RULE) == [("tried not stare", "tried not to stare")]
    assert flags("He decided never go back there.", RULE) == [("decided never go", "decided never to go")]


def test_dropped_to_after_an_adverb_goes_before_it(flags) -> None:
    assert flags("The teacher seems actually like it.", RULE) == [("seems actually like", "seems to actually like")]
    assert flags("The dog seems really *like* it.", RULE) == [("seems really *like", "seems to really *like")]


def test_nouns_adjectives_and_bare_infinitives_stay_quiet(flags) -> None:
    quiet = (
        "I want coffee. She tried everything. We're going home. He sat in the waiting room.",
        "It seems fine. I need help. They tried hard. I'm going insane. I need sleep.",
        "She helped them clean. Let him go. He made her laugh. I saw him fall.",
        "I would rather stay. You had better go. He bought a used car. Try harder. I want more.",
        "It was going really well. They were going quiet. Miss Hale tried Miss Lane next.",
    )
    for text in quiet:
        assert flags(text, RULE) == [], text


def test_modal_need_and_prepositional_like_stay_quiet(flags) -> None:
    quiet = (
        "You need not worry. I dare not look. He appeared not long after.",
        "That seems really like him to do that. It seems just like them. It seemed really like a dream.",
        "They tried not once but twice. He wanted not money but respect. I wanted just one thing.",
    )
    for text in quiet:
        assert flags(text, RULE) == [], text
