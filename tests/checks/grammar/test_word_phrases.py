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


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("Somebody had peeled of the stickers.", "grammar.of_off", "of", "off"),
        ("He pulled the sheets of and ran.", "grammar.of_off", "of", "off"),
        ("Mara and Tobin where already gone.", "grammar.were_for_where", "where", "were"),
        ("You where meant to call.", "grammar.were_for_where", "where", "were"),
        ("She bought a brand knew coat.", "grammar.new_knew", "knew", "new"),
        ("What a waist of time that was.", "grammar.waste_waist", "waist", "waste"),
        ("We scraped it down to the bear metal.", "grammar.bare_bear", "bear", "bare"),
        ("Keep a short reign on the dog.", "grammar.rein_reign", "reign", "rein"),
        ("“Coarse, I'll come.”", "grammar.of_course", "Coarse", "Course"),
        ("He was lightening fast.", "grammar.lightning", "lightening", "lightning"),
        ("She was peddling furiously.", "grammar.pedal_peddle", "peddling", "pedaling"),
        ("He just wanted an egg role.", "grammar.roll_role", "role", "roll"),
        ("The songs lifted crew moral.", "grammar.morale_moral", "moral", "morale"),
        ("The shuttle hanger was cold.", "grammar.hangar_hanger", "hanger", "hangar"),
        ("He spun on his heal.", "grammar.heel_heal", "heal", "heel"),
        ("“Doyle hear. Over.”", "grammar.name_here", "hear", "here"),
    ],
)
def test_real_word_slips_in_their_fixed_contexts(flags, text, rule, flagged, fix) -> None:
    assert flags(text, rule) == [(flagged, fix)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("It took the shape of a bird.", "grammar.of_off"),
        ("A town where both mills stood idle.", "grammar.were_for_where"),
        ("Those who saw her knew at once.", "grammar.new_knew"),
        ("Tie it round your waist, of course.", "grammar.waste_waist"),
        ("A bear cub slept on the bear skin.", "grammar.bare_bear"),
        ("Her long reign in Castile ended.", "grammar.rein_reign"),
        ("Coarse grit filled the jar.", "grammar.of_course"),
        ("The sky was lightening, slowly.", "grammar.lightning"),
        ("They peddled their lies away from town.", "grammar.pedal_peddle"),
        ("Her role over the summer was small.", "grammar.roll_role"),
        ("They raised moral objections.", "grammar.morale_moral"),
        ("Pass me a hanger at once.", "grammar.hangar_hanger"),
        ("Rest will heal her.", "grammar.heel_heal"),
        ("“Birds hear, you know.”", "grammar.name_here"),
    ],
)
def test_real_word_slip_contexts_left_alone(flags, text, rule) -> None:
    assert flags(text, rule) == []


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("“Get in hear, now.”", "grammar.place_here", "hear", "here"),
        ("He was pouring over the old ledgers.", "grammar.pore_pour", "pouring", "poring"),
        ("Frost crept over the window pains.", "grammar.window_pane", "pains", "panes"),
        ("She threw her wait against the door.", "grammar.weight_wait", "wait", "weight"),
        ("The king rose from the thrown.", "grammar.throne_thrown", "thrown", "throne"),
        ("It wetted their appetites.", "grammar.whet_appetite", "wetted", "whetted"),
        ("Nobody had room for desert.", "grammar.dessert_desert", "desert", "dessert"),
        ("She was fishing for complements.", "grammar.compliment_complement", "complements", "compliments"),
        ("Off to the principle's office.", "grammar.principal_principle", "principle", "principal"),
        ("He glanced discretely at his watch.", "grammar.discreet_discrete", "discretely", "discreet"),
        ("We climbed the flight of stares.", "grammar.stairs_stares", "stares", "stairs"),
        ("I was balling my eyes out.", "grammar.bawl_ball", "balling", "bawling"),
        ("A grizzly discovery awaited them.", "grammar.grisly_grizzly", "grizzly", "grisly"),
        ("They burned her at the steak.", "grammar.at_stake", "steak", "stake"),
        ("Hoards of fans lined the road.", "grammar.horde_hoard", "Hoards", "Hordes"),
        ("As if on queue, it rained.", "grammar.on_cue", "queue", "cue"),
        ("He poured the vile of poison out.", "grammar.vial_vile", "vile", "vial"),
        ("I hadn't scene him in years.", "grammar.seen_scene", "scene", "seen"),
        ("It was plane and simple.", "grammar.plain_plane", "plane", "plain"),
        ("They were sole mates.", "grammar.soul_sole", "sole", "soul"),
        ("He was rapped in a blanket.", "grammar.wrapped_rapped", "rapped", "wrapped"),
        ("Her wrists were tide together.", "grammar.tied_tide", "tide", "tied"),
        ("You're not suppose to know.", "grammar.supposed_to", "suppose", "supposed"),
        ("She use to sing to us.", "grammar.used_to", "use", "used"),
        ("You can chose later.", "grammar.choose_chose", "chose", "choose"),
        ("Mix the flower and sugar.", "grammar.flour_flower", "flower", "flour"),
        ("She folded the clean close.", "grammar.clothes_close", "close", "clothes"),
    ],
)
def test_classic_sound_alike_slips(flags, text, rule, flagged, fix) -> None:
    assert flags(text, rule) == [(flagged, fix)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Come hear the choir sing.", "grammar.place_here"),
        ("Rain was pouring over the edge.", "grammar.pore_pour"),
        ("After the wait of the crowd, rest.", "grammar.weight_wait"),
        ("The wine complements the cheese.", "grammar.compliment_complement"),
        ("The discrete parts were sorted.", "grammar.discreet_discrete"),
        ("He grilled a steak at the fire.", "grammar.at_stake"),
        ("They stood in the queue for hours.", "grammar.on_cue"),
        ("They hid a hoard of silver.", "grammar.horde_hoard"),
        ("The scene of the crash was grim.", "grammar.seen_scene"),
        ("We use tools to cut it.", "grammar.used_to"),
        ("He closed the door, then stood close.", "grammar.clothes_close"),
    ],
)
def test_classic_slip_contexts_left_alone(flags, text, rule) -> None:
    assert flags(text, rule) == []


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("We herd footsteps above.", "grammar.heard_herd", "herd", "heard"),
        ("The whole heard of goats ran.", "grammar.herd_heard", "heard", "herd"),
        ("A not of dread in his gut.", "grammar.knot_not", "not", "knot"),
        ("The wire was stretched taught.", "grammar.taut_taught", "taught", "taut"),
        ("The cellar teemed, no, was teaming with rats.", "grammar.teeming_teaming", "teaming", "teeming"),
        ("He felt shear panic.", "grammar.sheer_shear", "shear", "sheer"),
        ("The old gate creeks in the wind.", "grammar.creak_creek", "creeks", "creaks"),
        ("The choice was waying on her.", "grammar.weigh_way", "waying", "weighing"),
        ("Don't test my patients.", "grammar.patience_patients", "patients", "patience"),
        ("Never medal with their business.", "grammar.meddle_medal", "medal", "meddle"),
        ("This will prove your metal.", "grammar.mettle_metal", "metal", "mettle"),
        ("He skipped bale and fled.", "grammar.bail_bale", "bale", "bail"),
        ("They had no table manors.", "grammar.manner_manor", "manors", "manners"),
        ("We're all routing for you.", "grammar.root_route", "routing", "rooting"),
        ("He waived at us from the boat.", "grammar.wave_waive", "waived", "waved"),
        ("She sipped red whine.", "grammar.wine_whine", "whine", "wine"),
        ("The penthouse sweet was huge.", "grammar.suite_sweet", "sweet", "suite"),
        ("They were at her beckon call.", "grammar.beck_and_call", "beckon", "beck and"),
        ("Low and behold, the door opened.", "grammar.lo_and_behold", "Low", "Lo"),
        ("We were lead to believe he was dead.", "grammar.led_to_believe", "lead", "led"),
    ],
)
def test_more_sound_alike_slips(flags, text, rule, flagged, fix) -> None:
    assert flags(text, rule) == [(flagged, fix)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The dogs herd the sheep into the pen.", "grammar.heard_herd"),
        ("It was a not unkind answer.", "grammar.knot_not"),
        ("She was taught at home.", "grammar.taut_taught"),
        ("They are teaming with the rangers.", "grammar.teeming_teaming"),
        ("The shear force snapped the bolt.", "grammar.sheer_shear"),
        ("Either way the odds are bad.", "grammar.weigh_way"),
        ("The nurse checked her patients.", "grammar.patience_patients"),
        ("She hopes to medal in the relay.", "grammar.meddle_medal"),
        ("A bale of straw sat by the barn.", "grammar.bail_bale"),
        ("The old manor stood empty.", "grammar.manner_manor"),
        ("The route of the march was long.", "grammar.root_route"),
        ("The bank waived the late fee.", "grammar.wave_waive"),
        ("The sweet smell of bread.", "grammar.suite_sweet"),
        ("The lights lead to believers' homes.", "grammar.led_to_believe"),
    ],
)
def test_more_slip_contexts_left_alone(flags, text, rule) -> None:
    assert flags(text, rule) == []


@pytest.mark.parametrize(
    ("text", "rule", "fix"),
    [
        ("You can barely here the sea from there.", "grammar.here_hear", ("here", "hear")),
        ("The crack was wide enough to crawl threw.", "grammar.threw_through", ("threw", "through")),
        ("He snapped the pencil and through it at me.", "grammar.through_threw", ("through", "threw")),
        ("I borrowed he's car.", "grammar.hes_his", ("he's", "his")),
        ("Someone should right a poem about it.", "grammar.right_write", ("right", "write")),
        ("She was sick for a weak at most.", "grammar.week_weak", ("weak", "week")),
        ("The plate broke into peaces.", "grammar.piece_peace", ("peaces", "pieces")),
        ("He found a peace of glass.", "grammar.piece_peace", ("peace", "piece")),
        ("Sun burned her bear neck.", "grammar.bare_bear", ("bear", "bare")),
        ("Nobody would ever no.", "grammar.no_know", ("no", "know")),
    ],
)
def test_round_three_slips(flags, text, rule, fix) -> None:
    assert flags(text, rule) == [fix]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We could not stay here the night.", "grammar.here_hear"),
        ("He peered at the lens and through it at me.", "grammar.through_threw"),
        ("He's family to us.", "grammar.hes_his"),
        ("They tried to right the wrong.", "grammar.right_write"),
        ("That weak spot gave way.", "grammar.week_weak"),
        ("It gave her peace of mind.", "grammar.piece_peace"),
        ("Ask him and he will say no.", "grammar.no_know"),
    ],
)
def test_round_three_contexts_left_alone(flags, text, rule) -> None:
    assert flags(text, rule) == []


@pytest.mark.parametrize(
    ("text", "rule", "fix"),
    [
        ("Can we grab a quick brake here?", "grammar.take_a_break", ("brake", "break")),
        ("I think we'll have a brake now.", "grammar.take_a_break", ("brake", "break")),
        ("Mira mashed her foot down and stood on the breaks.", "grammar.on_the_brakes", ("breaks", "brakes")),
        ("Check the break fluid first.", "grammar.on_the_brakes", ("break", "brake")),
        ("The burial sight lay under the oaks.", "grammar.site_of_a_place", ("sight", "site")),
        ("His legs felt pretty week.", "grammar.weak_week", ("week", "weak")),
        ("By noon he looked week and grey.", "grammar.weak_week", ("week", "weak")),
        ("The knee could barely bare weight.", "grammar.bear_bare", ("bare", "bear")),
        ("Just bare that in mind.", "grammar.bear_bare", ("bare", "bear")),
        ("He walked the beach on bear feet.", "grammar.bare_bear", ("bear", "bare")),
        ("My gran's advise was always short.", "grammar.advice_owned", ("advise", "advice")),
        ("She tried to advice him against it.", "grammar.advise_to", ("advice", "advise")),
        ("I'll take it as a complement, then.", "grammar.compliment_complement", ("complement", "compliment")),
        ("He fished for complements all night.", "grammar.compliment_complement", ("complements", "compliments")),
        ("Nobody goes out when there's lightening.", "grammar.lightning", ("lightening", "lightning")),
        ("Pack a change of cloths.", "grammar.clothes_cloths", ("cloths", "clothes")),
        ("He peeled off his muddy cloths.", "grammar.clothes_cloths", ("cloths", "clothes")),
        ("The truck sat in the middle of the rode.", "grammar.road_rode", ("rode", "road")),
        ("They pulled off the gravel rode.", "grammar.road_rode", ("rode", "road")),
        ("Could I have a peace of that bread?", "grammar.piece_peace", ("peace", "piece")),
        ("I just want some piece and quiet.", "grammar.peace_piece", ("piece", "peace")),
        ("Let the poor man die in piece.", "grammar.peace_piece", ("piece", "peace")),
        ("“Mum, I'm hear!”", "grammar.place_here", ("hear", "here")),
        ("Are they hear yet?", "grammar.place_here", ("hear", "here")),
        ("If their's a way, we'll find it.", "grammar.theres_theirs", ("their's", "there's")),
        ("“I guess were done, then.”", "grammar.were_we_re", ("were", "we're")),
        ("The kitchen smelled of onions an bacon.", "grammar.and_an", ("an", "and")),
        ("“To quiet,” she whispered.", "grammar.too_opening", ("To", "Too")),
    ],
)
def test_round_four_slips(flags, text, rule, fix) -> None:
    assert flags(text, rule) == [fix]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The brake pads were new, so we took a break.", "grammar.take_a_break"),
        ("The old cart had a brake on one wheel.", "grammar.take_a_break"),
        ("The pipe had a break at the joint.", "grammar.on_the_brakes"),
        ("He stood on the break in the wall.", "grammar.on_the_brakes"),
        ("It was the finest sight in the valley.", "grammar.site_of_a_place"),
        ("That was the very week she moved.", "grammar.weak_week"),
        ("It dragged on, week after week.", "grammar.weak_week"),
        ("He bared the scar on his arm.", "grammar.bear_bare"),
        ("A bear skin hung by the door.", "grammar.bare_bear"),
        ("Let's advise the others.", "grammar.advice_owned"),
        ("The board's advice was ignored.", "grammar.advice_owned"),
        ("She was always open to advice.", "grammar.advise_to"),
        ("The red wine served as a complement to the lamb.", "grammar.compliment_complement"),
        ("The sky was lightening over the hills.", "grammar.lightning"),
        ("There was a lightening of her mood.", "grammar.lightning"),
        ("She folded the dish cloths and wiped the bench.", "grammar.clothes_cloths"),
        ("Fetch clean cloths and a bowl.", "grammar.clothes_cloths"),
        ("The soldiers rode out at dawn.", "grammar.road_rode"),
        ("One walked; the other rode.", "grammar.road_rode"),
        ("He let out the anchor rode.", "grammar.road_rode"),
        ("A peace of sorts held for a year.", "grammar.piece_peace"),
        ("The wall came down piece by piece.", "grammar.peace_piece"),
        ("I'm here to hear the band.", "grammar.place_here"),
        ("The last word was their's.", "grammar.theres_theirs"),
        ("The people I know were kind.", "grammar.were_we_re"),
        ("He waited an hour, then an honest answer came.", "grammar.and_an"),
        ("They rode with us an hour.", "grammar.and_an"),
        ("To still the crowd, he raised a hand.", "grammar.too_opening"),
        ("To the sea!", "grammar.too_opening"),
    ],
)
def test_round_four_contexts_left_alone(flags, text, rule) -> None:
    assert flags(text, rule) == []
