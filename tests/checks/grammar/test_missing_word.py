"""Dropped subjects, articles and conjunctions."""

from __future__ import annotations


def test_dropped_words(flags) -> None:
    assert flags("He stopped when saw the car.", "grammar.missing_word") == [("saw", None)]
    assert flags("Tess leaned against wall.", "grammar.missing_word") == [("wall", "the wall")]
    assert flags("Jo finally spoke said nothing.", "grammar.missing_word") == [("spoke said", None)]


def test_intact_sentences_stay_quiet(flags) -> None:
    assert flags("They searched room after room.", "grammar.missing_word") == []
    assert flags("He climbed into bed.", "grammar.missing_word") == []
    assert flags("When asked, she smiled.", "grammar.missing_word") == []


def test_dropped_article_only_where_the_noun_ends_its_phrase(flags) -> None:
    assert flags("Ines pushed into kitchen and froze.", "grammar.missing_word") == [("kitchen", "the kitchen")]
    assert flags("He cast his mind towards forest paths.", "grammar.missing_word") == []


def test_dropped_subject_before_a_past_only_verb(flags) -> None:
    assert flags("She gasped when took the letter.", "grammar.missing_word") == [("took", None)]
    assert flags("The view was grand when looked at from the hill.", "grammar.missing_word") == []


def test_dropped_subject_before_a_past_that_is_never_a_participle(flags) -> None:
    assert flags("He waited while went to fetch help.", "grammar.missing_word") == [("went", None)]
    assert flags("She stayed because got the call.", "grammar.missing_word") == [("got", None)]
    assert flags("Come when wanted.", "grammar.missing_word") == []


def test_dropped_to_before_a_bare_verb(flags) -> None:
    assert flags("There was a crate I didn't want look at.", "grammar.missing_word") == [("want look", "want to look")]
    assert flags("I'm going tell her tonight.", "grammar.missing_word") == [("going tell", "going to tell")]
    assert flags("He coughed hard enough drop the cup.", "grammar.missing_word") == [("enough drop", "enough to drop")]
    assert flags("I only asked you bring the map.", "grammar.missing_word") == [
        ("asked you bring", "asked you to bring")
    ]


def test_bare_verbs_that_are_correct_stay_quiet(flags) -> None:
    assert flags("Let him go. She made me laugh. We watched them leave.", "grammar.missing_word") == []
    assert flags("I expect you know the way. Sure enough the door opened.", "grammar.missing_word") == []
    assert flags("I want help. They were going home. It was a planned attack.", "grammar.missing_word") == []
    assert flags("Troubles enough lay ahead of her.", "grammar.missing_word") == []


def test_dropped_auxiliary_before_an_ing_verb(flags) -> None:
    assert flags("We ate. She sitting by the door.", "grammar.missing_word") == [("She sitting", "She was sitting")]
    assert flags("She is tall. He is kind. He standing at the gate.", "grammar.missing_word") == [
        ("He standing", "He is standing")
    ]
    assert flags('She, sitting by the door, waved. "You coming with us?"', "grammar.missing_word") == []
    assert flags("He left — she standing alone at the gate.", "grammar.missing_word") == []


def test_dropped_verb_after_a_negated_auxiliary(flags) -> None:
    assert flags("He swore because he couldn't the key.", "grammar.missing_word") == [("couldn't", None)]
    assert flags("Didn't the nurse say so? I haven't a clue.", "grammar.missing_word") == []


def test_dropped_article_and_of_around_part_nouns(flags) -> None:
    assert flags("She limped for rest of the day.", "grammar.missing_word") == [("for rest", "for the rest")]
    assert flags("A cough stuck in the back his throat.", "grammar.missing_word") == [("back his", "back of his")]
    assert flags("She waited in front of the shop, on top of the step.", "grammar.missing_word") == []
    assert flags("In the back his sister slept. In the end his luck ran out.", "grammar.missing_word") == []


def test_dropped_article_in_a_comparison_and_before_same(flags) -> None:
    assert flags("You sound like proper soldier.", "grammar.missing_word") == [
        ("like proper soldier", "like a proper soldier")
    ]
    assert flags("They fought like proper soldiers.", "grammar.missing_word") == []
    assert flags("It was same as ever.", "grammar.missing_word") == [("was same", "was the same")]
    assert flags("It was first time I had seen it.", "grammar.missing_word") == [("was first", "was the first")]
    assert flags("It was first light.", "grammar.missing_word") == []


def test_dropped_subject_before_a_present_verb(flags) -> None:
    assert flags("We talk until gets dark.", "grammar.missing_word") == [("until gets", None)]
    assert flags("When open the box, you hear it.", "grammar.missing_word") == [("When open", "When you open")]
    assert flags("When does the bus come? I stay because he gets lonely.", "grammar.missing_word") == []
    assert flags("She had never before faced a crowd.", "grammar.missing_word") == []


def test_dropped_have_or_be_after_a_modal(flags) -> None:
    assert flags("We could done it sooner.", "grammar.missing_word") == [("could done", "could have done")]
    assert flags("Relax, it'll okay.", "grammar.missing_word") == [("it'll okay", "it'll be okay")]
    assert flags("It can't last. They would separate. He could easily win.", "grammar.missing_word") == []
    assert flags("I'll sure miss you.", "grammar.missing_word") == []


def test_dropped_of_after_a_quantity(flags) -> None:
    assert flags("None us knew the way.", "grammar.missing_word") == [("None us", "None of us")]


def test_dropped_article_in_a_set_phrase(flags) -> None:
    assert flags("She sat there for while.", "grammar.missing_word") == [("for while", "for a while")]
    assert flags('"Fine," he said with grin.', "grammar.missing_word") == [("with grin", "with a grin")]
    assert flags("She read for while he slept. It was as sudden as a storm.", "grammar.missing_word") == []


def test_dropped_to_after_got_and_used(flags) -> None:
    assert flags("I've got tell you something.", "grammar.missing_word") == [("got tell", "got to tell")]
    assert flags("We used go there every summer.", "grammar.missing_word") == [("used go", "used to go")]
    assert flags("He had hold of her hand. She got home late.", "grammar.missing_word") == []


def test_subject_from_the_main_clause(flags) -> None:
    assert flags("When saw him she ran to the door.", "grammar.missing_word") == [("saw", "she saw")]


def test_dropped_to_inside_a_phrase(flags) -> None:
    assert flags("She lied in order get the job.", "grammar.missing_word") == [("order get", "order to get")]
    assert flags("I had no idea what do next.", "grammar.missing_word") == [("what do", "what to do")]
    assert flags("We need go now.", "grammar.missing_word") == [("need go", "need to go")]
    assert flags("You need have no fear. All you need do is ask.", "grammar.missing_word") == []
    assert flags("She knew what rent to ask. The too common neglect.", "grammar.missing_word") == []


def test_dropped_the_and_of_around_quantities(flags) -> None:
    assert flags("It was one of best days.", "grammar.missing_word") == [("of best", "of the best")]
    assert flags("There were a lot people.", "grammar.missing_word") == [("lot people", "lot of people")]
    assert flags("They spoke at same time.", "grammar.missing_word") == [("at same", "at the same")]
    assert flags("I spent most of last week there. It helped a lot lately.", "grammar.missing_word") == []


def test_dropped_auxiliary_before_an_adverb(flags) -> None:
    assert flags("He still standing by the door.", "grammar.missing_word") == [
        ("He still standing", "He was still standing")
    ]


def test_dropped_article_in_set_phrases_with_the(flags) -> None:
    assert flags("It rained most of time.", "grammar.missing_word") == [("most of time", "most of the time")]
    assert flags("She left on way to work.", "grammar.missing_word") == [("on way", "on the way")]
    assert flags("He was on his way to work. For the first time, he smiled.", "grammar.missing_word") == []


def test_dropped_article_before_a_bare_simile(flags) -> None:
    assert flags("She cried like baby.", "grammar.missing_word") == [("like baby", "like a baby")]
    assert flags("I like baby goats. Like mother, like daughter.", "grammar.missing_word") == []
