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


def test_dropped_possessive_before_a_body_part(flags) -> None:
    assert flags("She shook head and left.", "grammar.missing_word") == [("shook head", "shook her head")]
    assert flags("I ran hand through my hair.", "grammar.missing_word") == [("ran hand", "ran my hand")]
    assert flags("Tam had to put shoulder to it.", "grammar.missing_word") == [("put shoulder", None)]
    assert flags("They shook hands. He spoke through gritted teeth.", "grammar.missing_word") == []
    assert flags("She struck the table with\nclenched fists. His partially raised arm.", "grammar.missing_word") == []


def test_dropped_and_between_a_startled_verb_and_a_mishap(flags) -> None:
    assert flags("Jo gasped nearly dropped the cup.", "grammar.missing_word") == [
        ("gasped nearly", "gasped and nearly")
    ]
    assert flags("He yelps drops it.", "grammar.missing_word") == [("yelps drops", "yelps and drops")]
    assert flags("He seemed nearly finished. She laughed almost shyly.", "grammar.missing_word") == []


def test_dropped_subject_after_a_superlative(flags) -> None:
    assert flags("It was the worst film have ever seen.", "grammar.missing_word") == [("film have", "film I have")]
    assert flags("It is the best thing has ever happened.", "grammar.missing_word") == [("thing has", "thing that has")]
    assert flags("It was the best film I have ever seen.", "grammar.missing_word") == []


def test_dropped_auxiliary_after_a_wh_word(flags) -> None:
    assert flags("She forgot what she doing.", "grammar.missing_word") == [("what she doing", "what she was doing")]
    assert flags("He's forgotten where he going.", "grammar.missing_word") == [("where he going", "where he's going")]
    assert flags('"What you doing?" she asked.', "grammar.missing_word") == []


def test_dropped_of_after_a_part_noun_or_a_number(flags) -> None:
    assert flags("He stood at the edge the cliff.", "grammar.missing_word") == [("edge the", "edge of the")]
    assert flags("I read most the night.", "grammar.missing_word") == [("most the", "most of the")]
    assert flags("She brought two them.", "grammar.missing_word") == [("two them", "two of them")]
    assert flags("We met in front the bank.", "grammar.missing_word") == [("front the", "front of the")]
    assert flags("At the top the view was grand. And at the bottom a brook ran.", "grammar.missing_word") == []
    assert flags("He gave the top a wipe. She liked him most the whole time.", "grammar.missing_word") == []


def test_dropped_to_after_knowing_what(flags) -> None:
    assert flags("I didn't know what say to that.", "grammar.missing_word") == [("what say", "what to say")]
    assert flags("He figured out how get in.", "grammar.missing_word") == [("how get", "how to get")]
    assert flags("You know what say we go.", "grammar.missing_word") == []


def test_dropped_article_before_a_count_noun_after_there_is(flags) -> None:
    assert flags("There's hole in the roof.", "grammar.missing_word") == [("There's hole", "There's a hole")]
    assert flags("There was blood on the floor. There's room for more.", "grammar.missing_word") == []
    assert flags("There was panic in the streets. It was foolish of me.", "grammar.missing_word") == []


def test_dropped_be_before_a_passive_or_an_adjective(flags) -> None:
    assert flags("She was tired. She covered in mud.", "grammar.missing_word") == [("She covered", "She was covered")]
    assert flags("You're gonna fine.", "grammar.missing_word") == [("gonna fine", "gonna be fine")]
    assert flags("They're going to fine him. What are they made of?", "grammar.missing_word") == []


def test_possessive_for_a_name_from_the_story_s_own_gestures(flags) -> None:
    text = "Dez rolled his eyes. Later Dez had to put shoulder to the door."
    assert flags(text, "grammar.missing_word") == [("put shoulder", "put his shoulder")]
    assert flags("Tom shook his head. She looked at Tom and shook head.", "grammar.missing_word") == [
        ("shook head", None)
    ]


def test_dropped_possessive_before_way_and_the_before_a_body_region(flags) -> None:
    assert flags("She made way to the door.", "grammar.missing_word") == [("made way", "made her way")]
    assert flags("He rubbed back of his neck.", "grammar.missing_word") == [("rubbed back", "rubbed the back")]
    assert flags("The crowd made way for the cart. He went back of his own accord.", "grammar.missing_word") == []


def test_dropped_with_after_wrong(flags) -> None:
    assert flags("What's wrong you?", "grammar.missing_word") == [("wrong you", "wrong with you")]
    assert flags("Indeed you wrong me.", "grammar.missing_word") == []


def test_dropped_and_between_two_present_verbs(flags) -> None:
    text = "She pulls a key out of her coat pocket drops it in his hand."
    assert flags(text, "grammar.missing_word") == [("pocket drops", "pocket and drops")]
    assert flags("He takes the cup the girl gives him. She says her aunt owns it.", "grammar.missing_word") == []


def test_dropped_article_before_more_household_nouns(flags) -> None:
    assert flags("He shoved her against locker.", "grammar.missing_word") == [("locker", "the locker")]
    assert flags("She went from bookcase to table.", "grammar.missing_word") == []


def test_dropped_and_after_a_list_of_actions_by_a_name(flags) -> None:
    text = "Vera nods, pulls a coin out of her jacket pocket drops it in his hand."
    assert flags(text, "grammar.missing_word") == [("pocket drops", "pocket and drops")]


def test_dropped_the_before_other_side(flags) -> None:
    assert flags("On other hand, it was cheap.", "grammar.missing_word") == [("On other hand", "On the other hand")]
    assert flags("On other days she ran. At other times she walked.", "grammar.missing_word") == []


def test_to_after_an_object_before_a_verb_that_is_also_a_participle(flags) -> None:
    assert flags("She wants you come with her.", "grammar.missing_word") == [("wants you come", "wants you to come")]
    assert flags("He wanted me stay.", "grammar.missing_word") == [("wanted me stay", "wanted me to stay")]
    assert flags("He wanted you gone. She let me come along.", "grammar.missing_word") == []


def test_to_after_a_negated_seem_and_before_an_object(flags) -> None:
    assert flags("Ada did not seem notice.", "grammar.missing_word") == [("seem notice", "seem to notice")]
    assert flags("The parrot just learned copy them.", "grammar.missing_word") == [("learned copy", "learned to copy")]
    assert (
        flags("He did not seem tired. It seemed base to him. It appeared time and again.", "grammar.missing_word") == []
    )
    assert flags("He tried pizza the other night.", "grammar.missing_word") == []


def test_to_between_two_bare_verbs(flags) -> None:
    assert flags("We had to stop think for a second.", "grammar.missing_word") == [("stop think", "stop to think")]
    assert flags("Go get him. We need to go find her. Try to take leave. Try to be calm.", "grammar.missing_word") == []


def test_possessive_before_a_body_part_after_any_verb_of_its_subject(flags) -> None:
    assert flags("I whacked knee on the desk.", "grammar.missing_word") == [("whacked knee", "whacked my knee")]
    assert flags("She fell head over heels. They walked arm in arm.", "grammar.missing_word") == []
    assert flags("I never laid eyes on him.", "grammar.missing_word") == []


def test_preposition_before_a_struck_body_part(flags) -> None:
    assert flags("Mara patted him the shoulder.", "grammar.missing_word") == [("him the", "him on the")]
    assert flags("He punched me the stomach.", "grammar.missing_word") == [("me the", "me in the")]
    assert flags("She gave him the finger. He showed me the back of his hand.", "grammar.missing_word") == []


def test_article_before_a_thing_handled(flags) -> None:
    assert flags("Then I grabbed phone.", "grammar.missing_word") == [("grabbed phone", "grabbed the phone")]
    assert flags("He looked grave. They lacked style. I said pig. He drank water.", "grammar.missing_word") == []


def test_article_before_a_bare_body_part_after_a_preposition(flags) -> None:
    assert flags("He scratched Rex behind ears, gently.", "grammar.missing_word") == [
        ("behind ears", "behind the ears")
    ]
    assert flags("She glanced over shoulder.", "grammar.missing_word") == [("over shoulder", "over her shoulder")]
    assert flags("It ran into temples and skull. She crawled on hands and knees.", "grammar.missing_word") == []


def test_article_in_a_simile(flags) -> None:
    assert flags("It shrieked like kettle on the stove.", "grammar.missing_word") == [("like kettle", "like a kettle")]
    assert (
        flags("It felt like home. I like cake in the morning. It was something like discourse.", "grammar.missing_word")
        == []
    )


def test_was_before_out_of(flags) -> None:
    assert flags("She ran all the way, and she out of breath.", "grammar.missing_word") == [("she out", "she was out")]
    assert flags("She was out of breath and he out of sorts.", "grammar.missing_word") == []


def test_and_between_two_pasts_around_a_name(flags) -> None:
    assert flags("The guard had saluted Ana walked off.", "grammar.missing_word") == [("Ana walked", "Ana and walked")]
    text = "A man named Tom looked at me. When class was dismissed Anne marched out. The newly chosen Sara smiled."
    assert flags(text, "grammar.missing_word") == []


def test_article_after_an_adverb_and_not_before_places_and_meals(flags) -> None:
    assert flags("We finally unlocked door.", "grammar.missing_word") == [("unlocked door", "unlocked the door")]
    assert flags("She skipped class. He finished school. I missed breakfast.", "grammar.missing_word") == []


def test_to_after_adjectives_and_be_about(flags) -> None:
    assert flags("I'm ready go.", "grammar.missing_word") == [("ready go", "ready to go")]
    assert flags("She was about tell him.", "grammar.missing_word") == [("about tell", "about to tell")]
    text = "How much does Mr. Eager know? Those who would be happy be firm. They'd likely win. Tell me about trust."
    assert flags(text, "grammar.missing_word") == []


def test_and_between_two_pasts_around_an_object_pronoun(flags) -> None:
    assert flags("She grabbed him pulled him close.", "grammar.missing_word") == [("him pulled", "him and pulled")]
    assert flags("They wanted him arrested the next day. She found them tired.", "grammar.missing_word") == []
