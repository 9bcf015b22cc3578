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
