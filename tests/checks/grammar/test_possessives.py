"""grammar.missing_possessive: owners from a wider vocabulary, story creatures and names before plurals."""

RULE = "grammar.missing_possessive"


def test_missing_possessive_of_a_trade_or_rank_before_a_noun(flags) -> None:
    assert flags("Somebody keeps pinching the bakers bread.", RULE) == [("bakers", "baker's")]
    assert flags("They hid in the gardeners cottage.", RULE) == [("gardeners", "gardener's")]
    assert flags("The stranger smiled and the strangers coat dripped.", RULE) == [("strangers", "stranger's")]
    assert flags("The hounds ears were flat.", RULE) == [("hounds", "hound's")]


def test_missing_possessive_of_a_relative_after_a_possessive_determiner(flags) -> None:
    assert flags("She kept her nanas recipe box.", RULE) == [("nanas", "nana's")]
    assert flags("I swear on my fathers grave that I did not.", RULE) == [("fathers", "father's")]


def test_missing_possessive_of_a_story_creature(flags) -> None:
    text = "A skreel hissed. The skreel ran. I chased the skreel. The skreels tail was long."
    assert flags(text, RULE) == [("skreels", "skreel's")]


def test_missing_possessive_of_a_name_before_a_plural_or_modifier(flags) -> None:
    text = "Wenna ran. Wenna hid. Wenna sang. Wenna slept. The dog tore at Wennas sleeves and ran."
    assert flags(text, RULE) == [("Wennas", "Wenna's")]
    text = "Oren ran. Oren hid. Oren sang. Oren slept. I saw Orens riding cloak by the door."
    assert flags(text, RULE) == [("Orens", "Oren's")]


def test_missing_possessive_plural_people_doing_things_stay_quiet(flags) -> None:
    assert flags("The bakers argued until dawn.", RULE) == []
    assert flags("The footmen left and the butlers were dismissed.", RULE) == []
    assert flags("My parents say it is fine.", RULE) == []
    assert flags("Her brothers ran for the gate.", RULE) == []
    assert flags("The wolves howl and the dogs bark all night.", RULE) == []
    assert flags("He handed the bakers bread for the journey.", RULE) == []
    assert flags("The guards always laugh.", RULE) == []
    assert flags("The goblins really had gone.", RULE) == []
    assert flags("His daughters absent, he ate alone.", RULE) == []
    assert flags("He sold it to the arms dealer and took a sports car.", RULE) == []


def test_missing_possessive_name_doing_something_or_a_family_stays_quiet(flags) -> None:
    assert flags("Oren ran. Oren hid. Oren sang. Oren skirts the question.", RULE) == []
    assert flags("Wenna ran. Wenna hid. Wenna sang. Wenna dresses fast.", RULE) == []
    assert flags("Bennet ran. Bennet hid. Bennet sang. The Bennets came for tea.", RULE) == []


def test_a_plural_subject_and_its_verb_are_no_possessive(flags) -> None:
    assert flags("The soldiers march south at dawn.", "grammar.missing_possessive") == []
    assert flags("She stole the cooks bacon.", "grammar.missing_possessive") == [("cooks", "cook's")]
