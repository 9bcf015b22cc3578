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
