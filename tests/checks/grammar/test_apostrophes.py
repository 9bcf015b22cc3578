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


def test_its_before_a_clause_ending_word_only_is_knows(flags) -> None:
    assert flags("Nobody asked me. Its odd, though.", "grammar.its_its") == [("Its", "It's")]
    assert flags("I think its quite late.", "grammar.its_its") == [("its", "it's")]
    assert flags("The lamp lost its glow, and its warmth.", "grammar.its_its") == []
    assert flags("It was its no-nonsense tone.", "grammar.its_its") == []


def test_there_before_an_owned_noun_after_a_preposition(flags) -> None:
    assert flags("The twins sat in there house all day.", "grammar.their_there") == [("there", "their")]
    assert flags("It was dark in there now.", "grammar.their_there") == []
    assert flags("From there the lane bent west.", "grammar.their_there") == []


def test_whose_before_an_owned_noun_and_youre_opening_a_clause(flags) -> None:
    assert flags("He was a boy who's dog barked all night.", "grammar.whose_whos") == [("who's", "whose")]
    assert flags("She knows who's coming.", "grammar.whose_whos") == []
    assert flags("Sit down. Your drunk.", "grammar.your_youre") == [("Your", "You're")]
    assert flags("I see what your doing.", "grammar.your_youre") == [("your", "you're")]
    assert flags("Your singing was lovely.", "grammar.your_youre") == []


def test_contraction_in_object_position_before_a_noun(flags) -> None:
    assert flags("Nell finally drank you're tea.", "grammar.your_youre") == [("you're", "your")]
    assert flags("I bet you're glad now.", "grammar.your_youre") == []
    assert flags("The house lost it's roof in the storm.", "grammar.its_its") == [("it's", "its")]


def test_there_before_a_subject_noun(flags) -> None:
    assert flags("There garden was overgrown.", "grammar.their_there") == [("There", "Their")]
    assert flags("Out there wolves were howling.", "grammar.their_there") == []
    assert flags("There was a garden.", "grammar.their_there") == []


def test_its_before_a_participle_that_ends_its_phrase(flags) -> None:
    assert flags("I'm only saying its allowed to happen.", "grammar.its_its") == [("its", "it's")]
    assert flags("The ship lost its battered sails.", "grammar.its_its") == []
    assert flags("The cat curled up in its bed.", "grammar.its_its") == []


def test_its_after_a_verb_of_moving_a_part(flags) -> None:
    assert flags("The heron spread it's grey wings.", "grammar.its_its") == [("it's", "its")]
    assert flags("The heron spread, it's grey now.", "grammar.its_its") == []


def test_your_before_a_progressive_that_goes_on(flags) -> None:
    assert flags("Sit down, your bleeding on the rug.", "grammar.your_youre") == [("your", "you're")]
    assert flags("Your looking at a man who is tired.", "grammar.your_youre") == [("Your", "You're")]
    # Regression: a possessive gerund with its own verb.
    assert flags("Your leaving hurt her.", "grammar.your_youre") == []
    assert flags("Your bleeding on the carpet ruined it.", "grammar.your_youre") == []


def test_whose_before_an_unknown_noun_and_a_verb(flags) -> None:
    assert flags("A guy who's skiff just sank.", "grammar.whose_whos") == [("who's", "whose")]
    assert flags("The kid who's feverish stayed home.", "grammar.whose_whos") == []
    assert flags("The man who's hurt needed help.", "grammar.whose_whos") == []


def test_there_as_owner_after_a_verb_of_keeping(flags) -> None:
    assert flags("The crew keep there spare boots racked.", "grammar.their_there") == [("there", "their")]
    assert flags("They keep there until dawn.", "grammar.their_there") == []


def test_contraction_before_a_subject_noun_and_its_verb(flags) -> None:
    assert flags("It's roof was leaking.", "grammar.its_its") == [("It's", "Its")]
    assert flags("You're letter was kind.", "grammar.your_youre") == [("You're", "Your")]
    assert flags("It's you who said so.", "grammar.its_its") == []
    assert flags("You're welcome was all she said.", "grammar.your_youre") == []


def test_its_way_after_a_verb_of_going(flags) -> None:
    assert flags("The creek made it's way down.", "grammar.its_its") == [("it's", "its")]
    assert flags("Hurry, it's way too late.", "grammar.its_its") == []


def test_whose_asking_who_is(flags) -> None:
    assert flags("“Whose this?” Ada asked.", "grammar.whose_whos") == [("Whose", "Who's")]
    assert flags("Nobody knew whose this was.", "grammar.whose_whos") == []


def test_there_after_a_verb_before_an_owned_noun(flags) -> None:
    assert flags("The boys hid there secrets well.", "grammar.their_there") == [("there", "their")]
    assert flags("They had lived there years ago.", "grammar.their_there") == []


def test_possessive_before_an_adjective_nothing_owns(flags) -> None:
    assert flags("“Your pale as milk.”", "grammar.your_youre") == [("Your", "You're")]
    assert flags("Oh, your stupid.", "grammar.your_youre") == [("your", "you're")]
    assert flags("“Your old enough to know.”", "grammar.your_youre") == [("Your", "You're")]
    assert flags("Mind the dogs. There really huge.", "grammar.their_there") == [("There", "They're")]
    assert flags("“Your usual?” Your quiet house is lovely.", "grammar.your_youre") == []


def test_a_dash_that_restarts_the_phrase_is_no_clause_end(flags) -> None:
    assert flags("He looked at me with your stupid—your face.", "grammar.your_youre") == []
    assert flags("You looked at your stupid—the phone.", "grammar.your_youre") == []


def test_whose_before_a_verb_in_ing_asks_who_is(flags) -> None:
    assert flags("“Whose driving tonight?”", "grammar.whose_whos") == [("Whose", "Who's")]
    assert flags("Whose painting is that?", "grammar.whose_whos") == []


def test_its_and_there_before_a_word_only_a_contraction_takes(flags) -> None:
    assert flags("“Its tiny.”", "grammar.its_its") == [("Its", "It's")]
    assert flags("“Its very existence was a lie.”", "grammar.its_its") == []
    assert flags("“There not listening.”", "grammar.their_there") == [("There", "They're")]
    assert flags("There not being any bread, we left.", "grammar.their_there") == []
    assert flags("“Whose making the tea?”", "grammar.whose_whos") == [("Whose", "Who's")]


def test_its_before_an_adverb_and_what_follows_it_is(flags) -> None:
    assert flags("Relax. Its practically done.", "grammar.its_its") == [("Its", "It's")]
    assert flags("Its brightly lit hall was empty.", "grammar.its_its") == []


def test_a_contraction_before_both_and_a_word_that_is_no_noun(flags) -> None:
    assert flags("Your both so stubborn.", "grammar.your_youre") == [("Your", "You're")]
    assert flags("Their both asleep already.", "grammar.their_there") == [("Their", "They're")]
    assert flags("He held your both hands.", "grammar.your_youre") == []


def test_text_messages_may_drop_apostrophes_but_not_swap_words(flags) -> None:
    chat = "I know it's late.\n\n**Jo:** its fine lol\n\n**Jo:** your the best\n"
    assert flags(chat, "grammar.its_its") == []
    assert flags(chat, "grammar.your_youre") == [("your", "you're")]
    assert flags("I know it's late. Its fine, honestly.", "grammar.its_its") == [("Its", "It's")]
