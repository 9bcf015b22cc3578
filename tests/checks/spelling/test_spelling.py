"""Non-words with suggestions, split compounds and joined words."""

from __future__ import annotations


def test_misspelling_with_suggestion(flags) -> None:
    assert flags("She was definately not coming.", "spelling.misspelling") == [("definately", "definitely")]
    assert flags("It was wierd.", "spelling.misspelling") == [("wierd", "weird")]


def test_rare_real_words_and_old_spellings_stay_quiet(flags) -> None:
    assert flags("She leant on the curricle and tittered.", "spelling.misspelling") == []


def test_foreign_phrases_and_lost_apostrophes_stay_quiet(flags) -> None:
    assert flags("He said, “Fa niente, sono vecchia.”", "spelling.misspelling") == []
    assert flags("He hadn t seen her.", "spelling.misspelling") == []
    assert flags("“_Tiens!_” he cried.", "spelling.misspelling") == []


def test_split_compounds(flags) -> None:
    assert flags("She smiled absent mindedly.", "spelling.split_compound") == [("absent mindedly", "absentmindedly")]
    assert flags("Every body in the morgue was cold.", "spelling.split_compound") == []


def test_split_compound_repeated_is_the_writers_choice(flags) -> None:
    text = "Any thing can happen. Any thing at all. I would give any thing."
    assert flags(text, "spelling.split_compound") == []


def test_joined_words(flags) -> None:
    assert flags("She stood infront of him.", "spelling.joined_words") == [("infront", "in front")]


def test_slip_of_a_less_common_word_is_flagged(flags) -> None:
    assert flags("She shook out her umbrela.", "spelling.misspelling") == [("umbrela", "umbrella")]


def test_longer_typo_a_little_further_off_is_flagged(flags) -> None:
    assert flags("The box was cumbersum to carry.", "spelling.misspelling") == [("cumbersum", "cumbersome")]


def test_derivation_of_a_rare_word_stays_quiet(flags) -> None:
    assert flags("The old man went on maundering about the war.", "spelling.misspelling") == []


def test_doubling_slip_that_looks_like_a_derivation_is_flagged(flags) -> None:
    assert flags("He grabed his coat and ran.", "spelling.misspelling") == [("grabed", "grabbed")]
    assert flags("She was so stuborn about it.", "spelling.misspelling") == [("stuborn", "stubborn")]


def test_swapped_letters_in_a_sentence_opening_word_are_flagged(flags) -> None:
    assert flags("They waited. Jsut one more hour.", "spelling.misspelling") == [("Jsut", "Just")]


def test_sentence_opening_names_and_foreign_words_stay_quiet(flags) -> None:
    assert flags("Tiens. Comme toujours. Kael shrugged. Tera laughed.", "spelling.misspelling") == []


def test_dropped_vowel_is_a_typo_not_a_derivation(flags) -> None:
    text = "She turned completly around. There was somthing odd. He reveled in it."
    assert flags(text, "spelling.misspelling") == [("completly", "completely"), ("somthing", "something")]


def test_typo_that_only_looks_derived_is_flagged(flags) -> None:
    assert flags("She felt the tention leave him.", "spelling.misspelling") == [("tention", "tension")]
    assert flags("He woke up in the infirmery.", "spelling.misspelling") == [("infirmery", "infirmary")]


def test_missed_doubling_before_an_ending_is_flagged(flags) -> None:
    assert flags("The ice was thinest by the shore.", "spelling.misspelling") == [("thinest", "thinnest")]


def test_plain_derivation_of_a_rare_word_stays_quiet(flags) -> None:
    text = "His home had long since palled on him. She answered pertly. He was abasing himself."
    assert flags(text, "spelling.misspelling") == []


def test_split_compound_the_story_writes_closed_elsewhere(flags) -> None:
    text = "The lighthouse stood dark. A light house doesn't choose its ships."
    assert flags(text, "spelling.split_compound") == [("light house", "lighthouse")]


def test_split_pair_without_a_closed_spelling_in_the_story_stays_quiet(flags) -> None:
    assert flags("A light house stood on the hill. Start ing now, I have got ten.", "spelling.split_compound") == []
    assert flags("Anyone may go. Any one of them may be there.", "spelling.split_compound") == []


def test_measure_left_singular_after_a_number_is_flagged(flags) -> None:
    text = "It sat in the harbour for three week, and then it sailed. She left two day ago."
    assert flags(text, "spelling.misspelling") == [("week", "weeks"), ("day", "days")]
    assert flags("She took two step back and froze.", "spelling.misspelling") == [("step", "steps")]


def test_measure_as_a_modifier_stays_quiet(flags) -> None:
    text = "It was a three week course. The two day limit held. One day later he came. “Nine mile back,” he said."
    assert flags(text, "spelling.misspelling") == []


def test_split_compounds_of_faces_families_and_rooms(flags) -> None:
    text = "He had sharp cheek bones. Her step mother wore sun glasses to break fast."
    assert flags(text, "spelling.split_compound") == [
        ("cheek bones", "cheekbones"),
        ("step mother", "stepmother"),
        ("sun glasses", "sunglasses"),
        ("break fast", "breakfast"),
    ]
    assert flags("She watched his heart break.", "spelling.split_compound") == []


def test_typo_beside_a_standard_contraction_is_flagged(flags) -> None:
    text = "“I don't think it's definately over,” she said."
    assert flags(text, "spelling.misspelling") == [("definately", "definitely")]


def test_paragraph_of_dialect_stays_quiet(flags) -> None:
    text = "“It'll take him off at a rattling pathe. If my dog leth thith young man thtir, I'll know.”"
    assert flags(text, "spelling.misspelling") == []


def test_heart_beat_after_an_owner_is_the_verb(flags) -> None:
    assert flags("Her heart beat faster. Fanny's heart beat quick.", "spelling.split_compound") == []
    assert flags("He was there in a heart beat.", "spelling.split_compound") == [("heart beat", "heartbeat")]


def test_split_pair_of_noun_and_particle_stays_quiet(flags) -> None:
    assert flags("She bought a paperback. He pushed the paper back.", "spelling.split_compound") == []


def test_body_phrase_before_a_noun_stays_quiet(flags) -> None:
    assert flags("There was no body trail to follow. Every body part ached.", "spelling.split_compound") == []
    assert flags("Is any body there?", "spelling.split_compound") == [("any body", "anybody")]


def test_common_web_typos_are_flagged(flags) -> None:
    assert flags("She bit her tounge.", "spelling.misspelling") == [("tounge", "tongue")]
    assert flags("I truely love it.", "spelling.misspelling") == [("truely", "truly")]
    assert flags("He looked embarassed.", "spelling.misspelling") == [("embarassed", "embarrassed")]
    assert flags("It was probaly nothing.", "spelling.misspelling") == [("probaly", "probably")]


def test_rare_real_words_a_letter_off_stay_quiet(flags) -> None:
    assert flags("His desponding turn of mind was plain.", "spelling.misspelling") == []
    assert flags("She was shorn of her jewels and blest.", "spelling.misspelling") == []


def test_sentence_opening_typo_of_an_everyday_word_is_flagged(flags) -> None:
    assert flags("“Not tonight. Tommorow, maybe.”", "spelling.misspelling") == [("Tommorow", "Tomorrow")]
    assert flags("“Probaly a bump.”", "spelling.misspelling") == [("Probaly", "Probably")]


def test_sentence_opening_foreign_and_old_words_stay_quiet(flags) -> None:
    text = "“Buen hombre,” he said. Blest leaf! “Iss madam here?” Righto, then. Italiano, she called it."
    assert flags(text, "spelling.misspelling") == []


def test_regularised_past_is_left_to_the_grammar_rule(flags) -> None:
    assert flags("I brang you a coffee.", "spelling.misspelling") == []


def test_half_way_and_sibling_compounds(flags) -> None:
    assert flags("He fainted half way through.", "spelling.split_compound") == [("half way", "halfway")]
    assert flags("She was half way up the stairs.", "spelling.split_compound") == []
    assert flags("The finest air ship in the fleet.", "spelling.split_compound") == [("air ship", "airship")]
    assert flags("How ever, she stayed.", "spelling.split_compound") == [("How ever", "However")]
    assert flags("How ever did you find it?", "spelling.split_compound") == []


def test_swapped_letters_of_an_everyday_word_in_lower_case(flags) -> None:
    assert flags("I don't knwo where he went.", "spelling.misspelling") == [("knwo", "know")]
    assert flags("She asked waht he meant.", "spelling.misspelling") == [("waht", "what")]


def test_a_letter_too_many_in_a_rare_form_is_flagged(flags) -> None:
    assert flags("The dog was a menance to the hens.", "spelling.misspelling") == [("menance", "menace")]


def test_a_dropped_stem_letter_before_an_ending_is_flagged(flags) -> None:
    assert flags("She argued aggressivly with him.", "spelling.misspelling") == [("aggressivly", "aggressively")]


def test_long_sentence_opening_slip_of_a_less_common_word_is_flagged(flags) -> None:
    assert flags("He shut the gate. Deliberatly.", "spelling.misspelling") == [("Deliberatly", "Deliberately")]


def test_halfway_before_a_clause_or_a_stop(flags) -> None:
    assert flags("She got about half way before she fell.", "spelling.split_compound") == [("half way", "halfway")]
    assert flags("She was half way up the stairs.", "spelling.split_compound") == []


def test_apart_before_a_conjunction(flags) -> None:
    assert flags("The raft came a part because of the rocks.", "spelling.split_compound") == [("a part", "apart")]
    assert flags("She came a part of the way.", "spelling.split_compound") == []


def test_into_after_an_entry_verb(flags) -> None:
    assert flags("They burst in to the kitchen.", "spelling.split_compound") == [("in to", "into")]
    assert flags("They went in to dinner.", "spelling.split_compound") == []
    assert flags("She came in to see him.", "spelling.split_compound") == []
    assert flags("Now run in to your tea.", "spelling.split_compound") == []


def test_adverbs_in_a_split_after_their_verb(flags) -> None:
    assert flags("The baby fell a sleep at once.", "spelling.split_compound") == [("a sleep", "asleep")]
    assert flags("The fox darted a way, and hid.", "spelling.split_compound") == [("a way", "away")]
    assert flags("They drifted a cross the bay.", "spelling.split_compound") == [("a cross", "across")]
    assert flags("We had a sleep.", "spelling.split_compound") == []
    assert flags("He found a way from here.", "spelling.split_compound") == []
    assert flags("They went a long way.", "spelling.split_compound") == []
    assert flags("She spoke in so hurried a way, as if late.", "spelling.split_compound") == []


def test_names_in_an_all_lower_case_note_stay_quiet(flags) -> None:
    note = "notes: set in june. maren and marek differ (i know, ilse, why) so dont ask lol."
    assert flags(note, "spelling.misspelling") == []
