"""its/it's, your/you're, their/there/they're, whose/who's."""

from __future__ import annotations


def test_its_before_an_adjective_ending_the_clause_is_its(flags) -> None:
    assert flags("Come on, its easier this way.", "grammar.its_its") == []
    assert flags("I know its easier.", "grammar.its_its") == [("its", "it's")]
    assert flags("Its going to rain.", "grammar.its_its") == [("Its", "It's")]


def test_its_possessive_before_gerund_or_noun_is_left_alone(flags) -> None:
    assert flags("She was sure of its not being true.", "grammar.its_its") == []
    assert flags("The crab hid its hard shell.", "grammar.its_its") == []
    assert flags("The bird ruffled it's feathers.", "grammar.its_its") == [("it's", "its")]


def test_your_and_youre(flags) -> None:
    assert flags("You're hands are shaking.", "grammar.your_youre") == [("You're", "Your")]
    assert flags("Your going to miss the bus.", "grammar.your_youre") == [("Your", "You're")]
    assert flags("He spoke of your going to Paris.", "grammar.your_youre") == []
    assert flags("It is your right.", "grammar.your_youre") == []


def test_their_there_theyre(flags) -> None:
    assert flags("Their was a knock at the door.", "grammar.their_there") == [("Their", "There")]
    assert flags("They walked home on there own.", "grammar.their_there") == [("there", "their")]
    assert flags("I was glad of their not waiting.", "grammar.their_there") == []


def test_whose_and_whos(flags) -> None:
    assert flags("Whose coming with me?", "grammar.whose_whos") == [("Whose", "Who's")]
    assert flags("Who's turn is it?", "grammar.whose_whos") == [("Who's", "Whose")]
    assert flags("I know whose that is.", "grammar.whose_whos") == []
