"""Real-word confusions judged by context (patterns and the pair model)."""

from __future__ import annotations


def test_breath_and_breathe(flags) -> None:
    assert flags("Mira caught her breathe at last.", "grammar.breath_breathe") == [("breathe", "breath")]
    assert flags("Mira couldn't breath.", "grammar.breath_breathe") == [("breath", "breathe")]
    assert flags("Mira held her breath.", "grammar.breath_breathe") == []


def test_to_and_too(flags) -> None:
    assert flags("He was far to tired to care.", "grammar.to_too") == [("to", "too")]
    assert flags("It didn't amount to much.", "grammar.to_too") == []


def test_then_and_than(flags) -> None:
    assert flags("The box was bigger then the bag.", "grammar.then_than") == [("then", "than")]
    assert flags("She would rather walk than be driven.", "grammar.then_than") == []


def test_loose_and_lose(flags) -> None:
    assert flags("Try not to loose your keys.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("The horse broke lose.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("They let the goats loose.", "grammar.loose_lose") == []


def test_quiet_and_quite(flags) -> None:
    assert flags("It was not quiet enough.", "grammar.quiet_quite") == [("quiet", "quite")]
    assert flags("The hall went quite.", "grammar.quiet_quite") == [("quite", "quiet")]
    assert flags("The hall was quiet.", "grammar.quiet_quite") == []


def test_other_sets(flags) -> None:
    assert flags("The rain had no affect on them.", "grammar.affect_effect") == [("affect", "effect")]
    assert flags("He drove passed the school.", "grammar.passed_past") == [("passed", "past")]
    assert flags("All of them went accept for Jo.", "grammar.accept_except") == [("accept", "except")]
    assert flags("He wandered whether to stay.", "grammar.wander_wonder") == [("wandered", "wondered")]
    assert flags("She hit the breaks hard.", "grammar.breaks_brakes") == [("breaks", "brakes")]
    assert flags("The ship sailed out of site.", "grammar.site_sight") == [("site", "sight")]
    assert flags("The tension began to raise.", "grammar.rise_raise") == [("raise", "rise")]
    assert flags("She was laying in bed.", "grammar.lie_lay") == [("laying", "lying")]


def test_to_for_too_before_a_degree_word_that_ends_the_phrase(flags) -> None:
    assert flags("The soup was to hot.", "grammar.to_too") == [("to", "too")]
    assert flags("Ren laughed, to.", "grammar.to_too") == [("to", "too")]
    assert flags("It went from good to bad.", "grammar.to_too") == []
    assert flags("She began to long for home.", "grammar.to_too") == []


def test_lie_lay_positions_and_lose_loose_adjectives(flags) -> None:
    assert flags("The cat was found laying across the step.", "grammar.lie_lay") == [("laying", "lying")]
    assert flags("He wanted to lay down.", "grammar.lie_lay") == [("lay", "lie")]
    assert flags("Pia laid the map down on the table.", "grammar.lie_lay") == []
    assert flags("A lose thread hung from the hem.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("Don't lose hope.", "grammar.loose_lose") == []


def test_affect_effect_both_ways(flags) -> None:
    assert flags("The cold had a strange affect upon them.", "grammar.affect_effect") == [("affect", "effect")]
    assert flags("The noise didn't effect her.", "grammar.affect_effect") == [("effect", "affect")]
    assert flags("Nothing could affect her now.", "grammar.affect_effect") == []


def test_lead_for_led_after_a_singular_noun_or_in_the_passive(flags) -> None:
    assert flags("The trail lead them uphill.", "grammar.lead_led") == [("lead", "led")]
    assert flags("He was lead away.", "grammar.lead_led") == [("lead", "led")]
    assert flags("Let the guide lead them.", "grammar.lead_led") == []
    assert flags("Does the map lead us anywhere?", "grammar.lead_led") == []


def test_to_for_too_before_an_adjective_and_another_to(flags) -> None:
    assert flags("Bea was to stunned to move.", "grammar.to_too") == [("to", "too")]
    assert flags("It came close to resentment to be honest.", "grammar.to_too") == []
