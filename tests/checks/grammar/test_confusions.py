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


def test_passed_for_past_after_any_motion_or_a_distance(flags) -> None:
    assert flags("The cart rolled passed Hollin's gate.", "grammar.passed_past") == [("passed", "past")]
    assert flags("It sank a mile passed the pier.", "grammar.passed_past") == [("passed", "past")]
    assert flags("Then we past them in the lane.", "grammar.passed_past") == [("past", "passed")]
    assert flags("Was she past saving?", "grammar.passed_past") == []
    assert flags("The note was passed on.", "grammar.passed_past") == []


def test_rise_raise_objects(flags) -> None:
    assert flags("The howl rose every hair on my neck.", "grammar.rise_raise") == [("rose", "raised")]
    assert flags("Gulls raise off the pier.", "grammar.rise_raise") == [("raise", "rise")]
    assert flags("Out of the mist rose the voice of a bell.", "grammar.rise_raise") == []


def test_quite_ending_a_clause_after_a_state_verb(flags) -> None:
    assert flags("The dogs had gone quite.", "grammar.quiet_quite") == [("quite", "quiet")]
    assert flags("Stay quite, both of you.", "grammar.quiet_quite") == [("quite", "quiet")]
    assert flags("Not quite. Quite so.", "grammar.quiet_quite") == []


def test_wondered_with_a_direction_is_wandered(flags) -> None:
    assert flags("Pell wondered off into the woods.", "grammar.wander_wonder") == [("wondered", "wandered")]
    assert flags("Pell wondered out loud.", "grammar.wander_wonder") == []


def test_lie_lay_without_an_object(flags) -> None:
    assert flags("The old dog lays down.", "grammar.lie_lay") == [("lays", "lies")]
    assert flags("“Lay still,” Mara said.", "grammar.lie_lay") == [("Lay", "Lie")]
    assert flags("Then they laid down for an hour.", "grammar.lie_lay") == [("laid", "lay")]
    assert flags("He lays down the rules.", "grammar.lie_lay") == []


def test_loose_after_a_subject(flags) -> None:
    assert flags("If we stop now we loose the light.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("I always loose track of time.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("On my word we loose our arrows.", "grammar.loose_lose") == []


def test_then_than_after_a_comparative_noun_and_than_opening_a_clause(flags) -> None:
    assert flags("He had more nerve then he needed.", "grammar.then_than") == [("then", "than")]
    assert flags("Give it a minute, than we'll try.", "grammar.then_than") == [("than", "then")]
    assert flags("We ate one more meal then we had to leave.", "grammar.then_than") == []


def test_breath_as_a_verb(flags) -> None:
    assert flags("“Breath,” he told her.", "grammar.breath_breathe") == [("Breath", "Breathe")]
    assert flags("She couldn't breath properly.", "grammar.breath_breathe") == [("breath", "breathe")]
    assert flags("“Breath.” He sniffed. “Garlic.”", "grammar.breath_breathe") == []


def test_to_for_too_before_a_never_verb_adjective(flags) -> None:
    assert flags("Nan is to stubborn to stop.", "grammar.to_too") == [("to", "too")]
    assert flags("That was to close for comfort.", "grammar.to_too") == [("to", "too")]
    assert flags("It went from gentle to rough.", "grammar.to_too") == []


def test_advice_weather_and_peek(flags) -> None:
    assert flags("Take my advise, Bo.", "grammar.advice_advise") == [("advise", "advice")]
    assert flags("I advise you to rest.", "grammar.advice_advise") == []
    assert flags("Nobody knew weather it would hold.", "grammar.weather_whether") == [("weather", "whether")]
    assert flags("What fine weather we had.", "grammar.weather_whether") == []
    assert flags("Tam stole a quick peak at the map.", "grammar.peak_peek") == [("peak", "peek")]
    assert flags("Prices peaked in June.", "grammar.peak_peek") == []


def test_to_for_too_after_a_verb_of_being(flags) -> None:
    assert flags("It's to ridiculous.", "grammar.to_too") == [("to", "too")]
    assert flags("The coat was much to large and heavy.", "grammar.to_too") == [("to", "too")]
    assert flags("Planets are vulnerable to psionic attack.", "grammar.to_too") == []
    assert flags("He was to leave at dawn.", "grammar.to_too") == []


def test_quiet_for_quite_before_an_adjective_after_a_verb_of_being(flags) -> None:
    assert flags("She felt quiet nervous.", "grammar.quiet_quite") == [("quiet", "quite")]
    assert flags("We quiet understand.", "grammar.quiet_quite") == [("quiet", "quite")]
    assert flags("The room was quiet, tense.", "grammar.quiet_quite") == []


def test_accept_for_except_after_a_whole(flags) -> None:
    assert flags("Everyone left accept for Rue.", "grammar.accept_except") == [("accept", "except")]
    assert flags("Nobody accept Rue came.", "grammar.accept_except") == [("accept", "except")]
    assert flags("Would anyone accept the offer?", "grammar.accept_except") == []


def test_passed_for_past_in_clock_times_and_spans(flags) -> None:
    assert flags("It was well passed midnight.", "grammar.passed_past") == [("passed", "past")]
    assert flags("Over the passed three weeks it rained.", "grammar.passed_past") == [("passed", "past")]
    assert flags("The vote was passed two to one.", "grammar.passed_past") == []


def test_then_for_than_after_a_comparative(flags) -> None:
    assert flags("The lake was colder then the sea.", "grammar.then_than") == [("then", "than")]
    assert flags("She had more grit then any of us.", "grammar.then_than") == [("then", "than")]
    assert flags("It grew colder then, and dark.", "grammar.then_than") == []
    assert flags("We stayed one more night then we left.", "grammar.then_than") == []


def test_lose_nothing_sight_and_effect(flags) -> None:
    assert flags("We can't loose any more.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("She knew him by site.", "grammar.site_sight") == [("site", "sight")]
    assert flags("The site of the mill is a car park.", "grammar.site_sight") == []
    assert flags("It had a curious affect on them.", "grammar.affect_effect") == [("affect", "effect")]


def test_loose_after_be_and_lose_before_a_thing(flags) -> None:
    assert flags("The hinge was lose again.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("The horse got lose and ran.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("You'll loose a finger doing that.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("The archers were ready to loose a volley.", "grammar.loose_lose") == []


def test_peek_at_a_thing_and_the_habit_of_peeking(flags) -> None:
    assert flags("He peaked into the oven.", "grammar.peak_peek") == [("peaked", "peeked")]
    assert flags("Stop peaking!", "grammar.peak_peek") == [("peaking", "peeking")]
    assert flags("Prices peaked at the end of June.", "grammar.peak_peek") == []


def test_sight_judged_and_brakes_that_squeal(flags) -> None:
    assert flags("The camp was a sorry site.", "grammar.site_sight") == [("site", "sight")]
    assert flags("The old mill site was sold.", "grammar.site_sight") == []
    assert flags("Her bike's breaks squealed.", "grammar.breaks_brakes") == [("breaks", "brakes")]
    assert flags("He pulled the emergency break.", "grammar.breaks_brakes") == [("break", "brake")]
    assert flags("The breaks were long and welcome.", "grammar.breaks_brakes") == []


def test_orders_to_breathe_and_to_lie_down(flags) -> None:
    assert flags("“Breath, love. Slowly.”", "grammar.breath_breathe") == [("Breath", "Breathe")]
    assert flags("“Breath, Ada said, was a gift.”", "grammar.breath_breathe") == []
    assert flags("“Enough now. Lay down.”", "grammar.lie_lay") == [("Lay", "Lie")]
    assert flags("“Enough now. Lay down your sword.”", "grammar.lie_lay") == []


def test_past_after_carrying_and_rising_on_its_own(flags) -> None:
    assert flags("She dragged the sack passed the guards.", "grammar.passed_past") == [("passed", "past")]
    assert flags("He took it and passed the salt.", "grammar.passed_past") == []
    assert flags("The river was raising fast.", "grammar.rise_raise") == [("raising", "rising")]
    assert flags("The farmers were raising sheep.", "grammar.rise_raise") == []


def test_and_lead_in_a_past_narration_is_led(flags) -> None:
    text = "He opened the gate and lead them down to the river. The dogs followed."
    assert flags(text, "grammar.led_lead_narration") == [("lead", "led")]
    assert flags("She will open the gate and lead them down.", "grammar.led_lead_narration") == []
    assert flags("She opens the gate. She lets them in and lead them down.", "grammar.led_lead_narration") == []


def test_breathe_after_making_oneself_or_going_on_as_a_verb(flags) -> None:
    assert flags("Tova made herself breath evenly.", "grammar.breath_breathe") == [("breath", "breathe")]
    assert flags("He kept forgetting to breath on the climb.", "grammar.breath_breathe") == [("breath", "breathe")]
    assert flags("Tova let her breath out slowly.", "grammar.breath_breathe") == []


def test_than_after_a_comparative_and_what_was_thought(flags) -> None:
    assert flags("The lake was a much colder swim then we expected.", "grammar.then_than") == [("then", "than")]
    assert flags("The climb got harder, then I thought of home.", "grammar.then_than") == []


def test_then_after_a_comma_before_a_past_verb(flags) -> None:
    assert flags("She folded the map, than shouldered her pack.", "grammar.then_than") == [("than", "then")]
    assert flags("It was bigger, than expected.", "grammar.then_than") == []


def test_loose_after_a_thing_that_hangs_or_comes_undone(flags) -> None:
    assert flags("Her curls hung lose about her face.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("The horses lose, and we lose.", "grammar.loose_lose") == []


def test_effect_as_a_noun_going_on_with_its_verb(flags) -> None:
    assert flags("The affect faded by noon.", "grammar.affect_effect") == [("affect", "effect")]
    assert flags("Did that affect the result?", "grammar.affect_effect") == []


def test_past_after_a_particle_and_passed_for_a_close_miss(flags) -> None:
    assert flags("He ran back passed the guards.", "grammar.passed_past") == [("passed", "past")]
    assert flags("The stone past just inches from her ear.", "grammar.passed_past") == [("past", "passed")]
    assert flags("He ran back, passed the ball, and ran on.", "grammar.passed_past") == []
    assert flags("In the distant past so much was lost.", "grammar.passed_past") == []


def test_except_after_a_comma_before_the_one_left_out(flags) -> None:
    assert flags("The whole crew slept, accept Ilya.", "grammar.accept_except") == [("accept", "except")]
    assert flags("Please, accept him as he is.", "grammar.accept_except") == []


def test_quite_after_not_before_a_verb_or_adjective(flags) -> None:
    assert flags("She didn't quiet believe him.", "grammar.quiet_quite") == [("quiet", "quite")]
    assert flags("A circle of quiet a few feet wide.", "grammar.quiet_quite") == []


def test_rose_for_a_subject_getting_up(flags) -> None:
    assert flags("Ilya raised from the bench.", "grammar.rise_raise") == [("raised", "rose")]
    assert flags("She was raised from birth by her aunt.", "grammar.rise_raise") == []


def test_two_before_of_them_or_a_count_of_times(flags) -> None:
    assert flags("Only to of us made it.", "grammar.to_too") == [("to", "two")]
    assert flags("She rang to times, then gave up.", "grammar.to_too") == [("to", "two")]
    assert flags("It came to times when I wept.", "grammar.to_too") == []


def test_effect_in_a_verb_slot_is_affect_unless_it_brings_something_about(flags) -> None:
    assert flags("The rain won't effect anything.", "grammar.affect_effect") == [("effect", "affect")]
    assert flags("The fall hadn't effected his memory.", "grammar.affect_effect") == [("effected", "affected")]
    assert flags("It's effecting the whole crew.", "grammar.affect_effect") == [("effecting", "affecting")]
    assert flags("Did it effect the result?", "grammar.affect_effect") == [("effect", "affect")]
    assert flags("Odo was deeply effected by the letter.", "grammar.affect_effect") == [("effected", "affected")]
    assert flags("The treaty was meant to affect a truce.", "grammar.affect_effect") == [("affect", "effect")]
    assert flags("The new captain effected a change of course.", "grammar.affect_effect") == []
    assert flags("They had effected an escape before dawn.", "grammar.affect_effect") == []
    assert flags("Few days were needed to effect this.", "grammar.affect_effect") == []


def test_lay_for_lie_when_nothing_is_laid(flags) -> None:
    assert flags("Pell let himself lay back against the wall.", "grammar.lie_lay") == [("lay", "lie")]
    assert flags("Come and lay down here for a bit.", "grammar.lie_lay") == [("lay", "lie")]
    assert flags("Just lay still and listen.", "grammar.lie_lay") == [("lay", "lie")]
    assert flags("Our cat was laying perfectly still.", "grammar.lie_lay") == [("laying", "lying")]
    assert flags("The map was laying open on the crate.", "grammar.lie_lay") == [("laying", "lying")]
    assert flags("She lays flat on the floor.", "grammar.lie_lay") == [("lays", "lies")]
    assert flags("Pell lay down and closed his eyes.", "grammar.lie_lay") == []
    assert flags("Go and lay the plates out.", "grammar.lie_lay") == []
    assert flags("He made them lay down their spears.", "grammar.lie_lay") == []


def test_rise_with_an_object_is_raise(flags) -> None:
    assert flags("Ilse rises a hand for quiet.", "grammar.rise_raise") == [("rises", "raises")]
    assert flags("He slowly rose the lamp.", "grammar.rise_raise") == [("rose", "raised")]
    assert flags("From the mist rose a hand.", "grammar.rise_raise") == []
    assert flags("The tension began to rise.", "grammar.rise_raise") == []


def test_except_in_a_verb_slot_is_accept(flags) -> None:
    assert flags("It is a cost he seems to except.", "grammar.accept_except") == [("except", "accept")]
    assert flags("She won't except, and that's that.", "grammar.accept_except") == [("except", "accept")]
    assert flags("We except your terms.", "grammar.accept_except") == [("except", "accept")]
    assert flags("Everyone except Jo went home.", "grammar.accept_except") == []
    assert flags("There was nothing to do except wait.", "grammar.accept_except") == []


def test_wander_before_a_question_is_wonder(flags) -> None:
    assert flags("I wander for a moment whether it matters.", "grammar.wander_wonder") == [("wander", "wonder")]
    assert flags("He kept wandering where she had been.", "grammar.wander_wonder") == [("wandering", "wondering")]
    assert flags("The goats wandered where the grass grew.", "grammar.wander_wonder") == []


def test_loose_and_lose_in_verb_and_noun_slots(flags) -> None:
    assert flags("We loose about four hours a week.", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("Did he loose the map?", "grammar.loose_lose") == [("loose", "lose")]
    assert flags("He came back with lose gravel in his boots.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("The wind tore it lose.", "grammar.loose_lose") == [("lose", "loose")]
    assert flags("Did they loose the hounds?", "grammar.loose_lose") == []
    assert flags("We lose about four hours a week.", "grammar.loose_lose") == []


def test_passed_for_past_beyond_a_place_and_past_for_passed_after_a_name(flags) -> None:
    assert flags("By noon we were passed the old mill.", "grammar.passed_past") == [("passed", "past")]
    assert flags("They walk on down the road passed the chapel.", "grammar.passed_past") == [("passed", "past")]
    assert flags("Corin past them in the hall.", "grammar.passed_past") == [("past", "passed")]
    assert flags("It was half-passed two.", "grammar.passed_past") == [("passed", "past")]
    assert flags("She passed the salt.", "grammar.passed_past") == []
    assert flags("He was passed the bread.", "grammar.passed_past") == []
    assert flags("They walked past the church.", "grammar.passed_past") == []
    assert flags("They walked home and passed the church.", "grammar.passed_past") == []


def test_breath_as_an_order_and_breathe_as_a_noun(flags) -> None:
    assert flags("“Okay, Dee. Breath. Slowly now.”", "grammar.breath_breathe") == [("Breath", "Breathe")]
    assert flags("The cold caught in the breathe of the horses.", "grammar.breath_breathe") == [("breathe", "breath")]
    assert flags("“Breath.” She wrinkled her nose.", "grammar.breath_breathe") == []


def test_lead_after_an_indefinite_subject_is_led(flags) -> None:
    assert flags("Someone lead her out through the kitchen.", "grammar.led_lead_narration") == [("lead", "led")]
    assert flags("Let someone lead her out.", "grammar.led_lead_narration") == []
