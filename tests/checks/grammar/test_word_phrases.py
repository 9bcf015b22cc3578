"""Phrase rules written as data in grammar/word_phrases.py: were/where/we're, threw/through/though, idioms."""

from __future__ import annotations

import pytest


def test_were_for_where_after_a_noun_or_a_verb_of_knowing(flags) -> None:
    assert flags("His feet up on the desk were she had told him not to.", "grammar.were_where") == [("were", "where")]
    assert flags("He asked were you were.", "grammar.were_where") == [("were", "where")]
    assert flags("What the odds were he had no idea.", "grammar.were_where") == []


def test_were_opening_a_statement_is_we_re(flags) -> None:
    assert flags("“Were in the cellar!”", "grammar.were_we_re") == [("Were", "We're")]
    assert flags("Hurry. Were leaving.", "grammar.were_we_re") == [("Were", "We're")]
    assert flags("“Were you in the cellar?” Were it not so late, I'd stay.", "grammar.were_we_re") == []


def test_threw_and_through_swapped(flags) -> None:
    assert flags("She cut straight threw.", "grammar.threw_through") == [("threw", "through")]
    assert flags("I could feel it threw my glove.", "grammar.threw_through") == [("threw", "through")]
    assert flags("The baby through up.", "grammar.through_threw") == [("through", "threw")]
    assert flags("Somebody through a stone at the glass.", "grammar.through_threw") == [("through", "threw")]
    assert flags("I watched you through the window.", "grammar.through_threw") == []
    assert flags("The knife had cut though the rope.", "grammar.though_through") == [("though", "through")]
    assert flags("He pushed though his legs were tired.", "grammar.though_through") == []


def test_defiantly_for_definitely_after_it_is(flags) -> None:
    assert flags("That's defiantly a problem.", "grammar.defiantly_definitely") == [("defiantly", "definitely")]
    assert flags("She stood defiantly still.", "grammar.defiantly_definitely") == []


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("Every since June it rained.", "grammar.ever_since", "Every", "Ever"),
        ("The raft came a part at the seams.", "grammar.apart_a_part", "a part", "apart"),
        ("Let's take a coffee brake.", "grammar.break_brake", "brake", "break"),
        ("Please bare with me.", "grammar.bear_bare", "bare", "bear"),
        ("She ran out in her bear feet.", "grammar.bare_bear", "bear", "bare"),
        ("It rained the hole week.", "grammar.whole_hole", "hole", "whole"),
        ("It bought him piece of mind.", "grammar.peace_piece", "piece", "peace"),
        ("Dose she know?", "grammar.does_dose", "Dose", "Does"),
        ("He new exactly where to look.", "grammar.knew_new", "new", "knew"),
        ("It felt as thought the floor tilted.", "grammar.as_though", "thought", "though"),
        ("She gave the pony free reign.", "grammar.rein_reign", "reign", "rein"),
        ("He would not tow the line.", "grammar.toe_the_line", "tow", "toe"),
        ("We watched with baited breath.", "grammar.bated_breath", "baited", "bated"),
        ("The goats wrecked havoc.", "grammar.wreak_havoc", "wrecked", "wreaked"),
        ("Thief and guard were one in the same.", "grammar.one_and_the_same", "in", "and"),
        ("He shuttered at the cold.", "grammar.shudder_shutter", "shuttered", "shuddered"),
        ("Dell had nerves of steal.", "grammar.steel_steal", "steal", "steel"),
        ("The dog ran back and fourth.", "grammar.back_and_forth", "fourth", "forth"),
        ("His lips went pail.", "grammar.pale_pail", "pail", "pale"),
        ("Of coarse I remember.", "grammar.of_course", "coarse", "course"),
        ("The rope went round his waste.", "grammar.waist_waste", "waste", "waist"),
        ("She read the letter allowed.", "grammar.aloud_said_allowed", "allowed", "aloud"),
        ("We begged in vein.", "grammar.in_vain", "vein", "vain"),
        ("One women stayed behind.", "grammar.woman_women", "women", "woman"),
        ("Wear did you put it?", "grammar.where_wear", "Wear", "Where"),
        ("You have a flare for this.", "grammar.flair_flare", "flare", "flair"),
        ("A flair of anger rose in him.", "grammar.flare_flair", "flair", "flare"),
        ("They phased out the old ships.", "grammar.faze_phase", None, None),
        ("It doesn't phase me.", "grammar.faze_phase", "phase", "faze"),
        ("That's a mute point.", "grammar.moot_point", "mute", "moot"),
        ("The song struck a cord.", "grammar.chord_cord", "cord", "chord"),
        ("He hurt his spinal chord.", "grammar.cord_chord", "chord", "cord"),
        ("I could ring his neck.", "grammar.wring_ring", "ring", "wring"),
        ("She seemed loathe to go.", "grammar.loath_loathe", "loathe", "loath"),
        ("The guard was barely conscience.", "grammar.conscious_conscience", "conscience", "conscious"),
        ("He was a roll model to us.", "grammar.role_model", "roll", "role"),
        ("They wood have come.", "grammar.would_wood", "wood", "would"),
        ("Ten weaks went by.", "grammar.week_weak", "weaks", "weeks"),
        ("The cat swished its tale.", "grammar.tail_tale", "tale", "tail"),
        ("Not every fairy tail ends well.", "grammar.fairy_tale", "tail", "tale"),
        ("The old dog dyed of age.", "grammar.died_dyed", "dyed", "died"),
        ("They fought a dual at dawn.", "grammar.duel_dual", "dual", "duel"),
        ("The town fell pray to raiders.", "grammar.prey_pray", "pray", "prey"),
        ("We mist the train.", "grammar.missed_mist", "mist", "missed"),
        ("He guest wrong.", "grammar.guessed_guest", "guest", "guessed"),
        ("He excepted her apology.", "grammar.accepted_excepted", "excepted", "accepted"),
        ("That taught her a lessen.", "grammar.lesson_lessen", "lessen", "lesson"),
        ("Her voice was horse from shouting.", "grammar.hoarse_horse", "horse", "hoarse"),
        ("The kids got board.", "grammar.bored_board", "board", "bored"),
        ("The fleet set sale for home.", "grammar.set_sail", "sale", "sail"),
        ("A rouge mage escaped.", "grammar.rogue_rouge", "rouge", "rogue"),
        ("That pour kid.", "grammar.poor_pour", "pour", "poor"),
        ("Bones heel slowly.", "grammar.heal_heel", "heel", "heal"),
        ("Nobody left the crime seen.", "grammar.crime_scene", "seen", "scene"),
    ],
)
def test_idiom_slips(flags, text: str, rule: str, flagged: str | None, fix: str | None) -> None:
    expected = [] if flagged is None else [(flagged, fix)]
    assert flags(text, rule) == expected


def test_our_for_are(flags) -> None:
    assert flags("“Nor our they.”", "grammar.are_our") == [("our", "are")]
    assert flags("They our coming back.", "grammar.are_our") == [("our", "are")]
    assert flags("Nor our friends.", "grammar.are_our") == []


def test_where_for_were_and_off_for_of(flags) -> None:
    assert flags("We where nearly home.", "grammar.were_for_where") == [("where", "were")]
    assert flags("Ask them where we parked.", "grammar.were_for_where") == []
    assert flags("It was kind off the point.", "grammar.of_for_off") == [("off", "of")]
    assert flags("They took a bit off the price.", "grammar.of_for_off") == []


def test_though_one_and_here_after_a_subject(flags) -> None:
    assert flags("I though you'd gone.", "grammar.thought_though") == [("though", "thought")]
    assert flags("We left early, though it was fun.", "grammar.thought_though") == []
    assert flags("They one the race.", "grammar.won_one") == [("one", "won")]
    assert flags("I here footsteps.", "grammar.here_hear") == [("here", "hear")]
    assert flags("Were they here that night?", "grammar.here_hear") == []
