"""Small phrase rules as data: sound-alike slips in fixed contexts ("Come one", "could here the", "sneak peak").

Each entry fixes a slip that only ever means one thing in its context: "Come one," at the end of a phrase
is "Come on,"; "fro" outside "to and fro" is "from"; "for minute" has lost its article. `IDIOMS` holds fixed
phrases heard right and spelled as another real word ("rest in piece", "free reign", "baited breath").
Entries listed in `ANCHORS` run only around the word they fix, which keeps tens of patterns cheap on a novel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ficsense.checks import phrases
from ficsense.checks.context import Context
from ficsense.checks.phrases import Phrase
from ficsense.checks.rule import Example, Rule

TABLE: tuple[Phrase, ...] = (
    Phrase(
        id="grammar.on_one",
        category="grammar",
        description="“Come one” for “Come on”.",
        pattern=r"\b(?:come|hold|hang|move|go)[ \t]+(?P<fix>one)(?=\s*[,.!?…\"”—-])",
        replacement="on",
        message="“one” here should be “on”.",
        bad=(Example("“Come one, let's go.”", "“Come on, let's go.”"),),
        good=("“Come on, let's go.”", "Only one of them came one day."),
    ),
    Phrase(
        id="grammar.fro_from",
        category="grammar",
        description="“fro” (only in “to and fro”) typed for “from”.",
        pattern=r"\b(?P<fix>fro)\b(?![ \t]+and\b|['’])",
        not_after=r"\band",
        deliberate=3,
        replacement="from",
        message="“fro” is used only in “to and fro”; “from” is meant here.",
        bad=(Example("She needed a break fro it all.", "She needed a break from it all."),),
        good=("She needed a break from it all.", "The branches swayed to and fro."),
    ),
    Phrase(
        id="grammar.here_hear",
        category="grammar",
        description="“here” for “hear” after can/could/will and the like.",
        pattern=(
            r"\b(?:can|could|couldn't|couldn’t|can't|can’t|cannot|will|would|won't|won’t|didn't|didn’t|don't|"
            r"don’t|doesn't|doesn’t|might|must|should)[ \t]+(?:(?:not|even|barely|hardly|still|just|never|almost|"
            r"only|actually|really|always|no[ \t]+longer)[ \t]+){0,2}(?P<fix>here)[ \t]+(?:the|a|an|him|her|them|it|"
            r"me|us|you|something|nothing|anything|everything|everyone|anyone|someone|footsteps|voices|music|"
            r"laughter|his|their|my|your|our|its|what|how|that|those|these|every|people|rain|wind|birds|screams|"
            r"whispers|crying|shouting)\b"
            # A question that still needs its verb: "Did you here that?", "Can you here me?"
            r"|\b(?:did|do|does|didn't|didn’t|don't|don’t|can|could|can't|can’t|will|would)[ \t]+(?:you|he|she|they|"
            r"we|I)[ \t]+(?P<asked>here)[ \t]+(?:that|what|about|the|a|it|me|him|her|them|us|anything|something|"
            r"voices|footsteps)\b"
            # A subject hearing someone: "I here you" (not "were they here that night").
            r"|(?<!\bare )(?<!\bwere )(?<!\bis )(?<!\bwas )\b(?:I|we|they)[ \t]+(?P<subject>here)[ \t]+(?:you|him|"
            r"her|them|me|us|what|something|anything|footsteps|voices)\b"
        ),
        replacement="hear",
        message="“here” (a place) should be “hear” (with the ears).",
        bad=(
            Example("She could here the rain.", "She could hear the rain."),
            Example("I here you, Mara.", "I hear you, Mara."),
            Example("You can here everything up there.", "You can hear everything up there."),
            Example("I could not even here the rain.", "I could not even hear the rain."),
            Example("Did you here that?", "Did you hear that?"),
        ),
        good=(
            "She could hear the rain.",
            "You can stay here a while.",
            "I can't here, the walls are thin.",
            "We could not even stay here the night.",
        ),
    ),
    Phrase(
        id="grammar.were_where",
        category="grammar",
        description="“were” for “where” before a question.",
        pattern=(
            r"\b(?P<fix>were)[ \t]+(?:are|is|did|does|do)[ \t]+(?:you|we|they|he|she|i|it|the|my|your)\b"
            # "I know were he is", "this is were I live": a place clause after a verb of knowing or "is".
            r"|\b(?:know|knew|see|wonder|wondered|remember|ask|asked|idea|sure|is|that's|that’s|exactly)[ \t]+"
            r"(?P<clause>were)[ \t]+(?:he|she|they|i|we|you|it)[ \t]+(?!were\b)[a-z]+(?:s|ed)?\b(?![ \t]+to\b)"
            # "know were you were.": the same, with "were" again closing the clause.
            r"|\b(?:know|knew|see|saw|wonder|wondered|remember|ask|asked|sure|idea|tell|told|find|found)[ \t]+"
            r"(?P<again>were)[ \t]+(?:you|he|she|they|i|we|it)[ \t]+were(?=[ \t]*[.,;!?…\"”])"
            # A place after a noun, then a clause with its own past verb: "the dash were she had told him".
            r"|(?<=[a-z] )(?P<place>were)[ \t]+(?:he|she|they|I|we|you)[ \t]+(?:had|has|was|is|went|kept|left|lived|"
            r"stood|sat|lay|found|put|used|told|said|thought|hid|slept|worked|grew|met|first)\b"
        ),
        # "What the answer were he had no idea": an object clause put first is not a place.
        not_after=r"\b(?:what|how|whatever|who|whoever|which)\b[^.!?;:\"“”\n]*",
        replacement="where",
        message="“were” should be “where” (a place) here.",
        bad=(
            Example("Were are you going?", "Where are you going?"),
            Example("I know were he is.", "I know where he is."),
            Example("This is were I live.", "This is where I live."),
            Example("She asked were you were.", "She asked where you were."),
            Example(
                "He left it by the door were she had dropped it.", "He left it by the door where she had dropped it."
            ),
        ),
        good=(
            "Where are you going?",
            "Were you there?",
            "They were, are, and will be friends.",
            "The ones I knew were kind. If only he were here.",
            "What the odds were he had no idea.",
            "The boots she had were worn through.",
        ),
    ),
    Phrase(
        id="grammar.were_we_re",
        category="grammar",
        description="“Were” for “We're” opening a statement (“Were in the middle of it.”).",
        # A question opening with "Were" needs its subject next ("Were you in?"); a place, an -ing verb or
        # "gonna" right after it says the writer meant "We are".
        pattern=(
            r"(?:^|(?<=[\"“])|(?<=[.!?…][ \t])|(?<=[.!?…][ \t]{2})|(?<=\n))(?P<fix>(?-i:Were))[ \t]+"
            r"(?:in|on|at|into|inside|outside|going|gonna|almost|nearly|just|done|fine|okay|ok|here|late|lost|"
            r"screwed|safe|trying|leaving|getting|coming|running|never|always|supposed|meant|doing|talking|having|"
            r"taking|making|looking|waiting|staying|moving|stuck|fucked|sorry|friends|family|(?-i:[a-z]+ing))\b"
            # A verb of knowing or saying opening its clause, then "were" and a state: "I know were on." (Not
            # "the ones I know were fine": there the verb sits in a relative clause after a noun.)
            r"|(?:^|(?<=[\"“])|(?<=[.!?…,;—][ \t])|(?<=\n)|(?<=\band[ \t])|(?<=\bbut[ \t])|(?<=\bso[ \t]))"
            r"(?:I|you|he|she|they|we)[ \t]+(?:(?:just|really|already|still|do|don['’]t|think|guess)[ \t]+)?"
            r"(?:know|knew|think|thought|guess|hope|bet|said|says|figure|figured|suppose|swear|reckon|mean|promise|"
            r"told[ \t]+(?:you|him|her|them))[ \t]+(?P<known>were)[ \t]+(?:on|going|gonna|not|fine|done|late|here|"
            r"okay|ok|almost|nearly|safe|screwed|lost|ready|good|even|square|supposed|meant|friends|getting|leaving|"
            r"coming|trying|doing|in[ \t]+(?:trouble|this|love)|all[ \t]+(?:good|set|fine|right)|still|never|"
            r"always|together|alone|stuck|out[ \t]+of)\b"
        ),
        replacement="we're",
        message="“were” should be “we're” (we are) here.",
        bad=(
            Example("“Were in the middle of nowhere.”", "“We're in the middle of nowhere.”"),
            Example("Come on. Were late.", "Come on. We're late."),
            Example("“I know were on next.”", "“I know we're on next.”"),
            Example("I hope were not too late.", "I hope we're not too late."),
        ),
        good=(
            "“Were you in the middle of it?”",
            "Were it not for you, I'd be dead.",
            "“We're late.”",
            "The people I know were fine.",
            "I think were it not for you, I'd be dead.",
        ),
    ),
    Phrase(
        id="grammar.threw_through",
        category="grammar",
        description="“threw” (tossed) and “through” (from one side to the other) swapped.",
        pattern=(
            r"\b(?:walked|went|ran|came|looked|passed|got|broke|pushed|climbed|burst|cut|drove|fell|slipped|"
            r"stepped|walk|go|come|look|get|run|pass|been|gone|going|halfway|walking|looking)[ \t]+"
            r"(?P<fix>threw)[ \t]+(?:the|a|an|his|her|their|my|your|it|them|this|that)\b"
            # All the way to the other side, then the clause ends: "waded straight threw, up to her knees".
            r"|\b(?:straight|right|halfway|all[ \t]+the[ \t]+way|clean|clear|came|come|got|get|went|go|pushed|"
            r"broke|burst|fell|ripped|tore|cut|sliced|punched|crashed|smashed|walk|walks|walked|walking|run|runs|"
            r"running|ran|pass|passes|passing|climb|climbed|crawl|crawled|crawling|squeeze|squeezed|slip|slipped|"
            r"slide|slid|step|stepped|fit|fits|wade|waded|ride|rode|drive|drove|sail|sailed|swim|swam|march|"
            r"marched|push|break|burst|bleed|bled|soak|soaked|seep|seeped|shine|shone|see|saw|seen|sleep|slept|"
            r"sat|sit|look|looked|read|going|coming|getting|gone|been)[ \t]+(?P<across>threw)"
            r"(?=[ \t]*[.,;!?…—\"”])"
            # Felt or heard through something: "she could feel it threw her jacket" ("felt it throw her" is the verb).
            r"|\b(?:feel|felt|feeling|hear|heard|hearing)[ \t]+(?:it|him|her|them|that|this)[ \t]+(?P<felt>threw)[ \t]+"
            r"(?:the|his|her|my|their|your|our)\b"
        ),
        replacement="through",
        message="“threw” is the past of “throw”; “through” is meant here.",
        bad=(
            Example("He walked threw the door.", "He walked through the door."),
            Example("She waded straight threw, soaked.", "She waded straight through, soaked."),
            Example("The gap is wide enough to walk threw.", "The gap is wide enough to walk through."),
            Example("He felt it threw his coat.", "He felt it through his coat."),
        ),
        good=(
            "He walked through the door.",
            "He threw the ball.",
            "She turned and threw the cup.",
            "He wound up and threw.",
            "He ran and threw.",
            "She stepped back and threw.",
        ),
    ),
    Phrase(
        id="grammar.through_threw",
        category="grammar",
        description="“through” after a subject pronoun, where the verb “threw” is meant.",
        pattern=(
            # Not "you": an object as often as a subject ("tramping after you through the snow").
            r"\b(?:he|she|they|i|we)[ \t]+(?P<fix>through)[ \t]+"
            r"(?:the|a|an|his|her|their|my|your|it|them|him|me|up|away|open)\b"
            # Being sick: "Rook through up." ("went through up there" goes on to a place).
            r"|\b(?P<sick>through)[ \t]+up(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:again|everywhere|all[ \t]+over)\b)"
            # "You" opening a sentence, then a thing and where it lands: "You through the kit onto the table."
            r"|(?:^|(?<=[\"“])|(?<=[.!?][ \t])|(?<=\n))(?-i:You|He|She|They|We|I)[ \t]+(?P<opening>through)[ \t]+"
            r"(?:the|a|an|your|his|her|their|my|our)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+[ \t]+(?:onto|into|at|across|"
            r"aside|away|against|overboard)\b"
            # Things one throws, which one cannot pass through: "somebody through a handful of salt".
            r"|\b(?:someone|somebody|everyone|everybody|nobody|anyone|anybody|you)[ \t]+(?P<thrown>through)[ \t]+"
            r"(?:a|the|his|her|their|my|your|another)[ \t]+(?:handful|fistful|punch|punches|ball|rock|rocks|stone|"
            r"stones|tantrum|fit|knife|dagger|spear|brick|bottle|plate|pillow|glare|towel)\b"
            # A second verb after "and" or a comma, with the thing and where it went: "and through it at me".
            r"|(?:\band|\bthen|,)[ \t]+(?P<second>through)[ \t]+(?:it|them|that|this|everything|the[ \t]+[a-z]+|"
            r"(?:his|her|my|their|your)[ \t]+[a-z]+)[ \t]+(?:at[ \t]+(?:me|him|her|them|us|you|my|his|their|your)|"
            r"aside|away|overboard|across[ \t]+the[ \t]+room|to[ \t]+the[ \t]+(?:floor|ground)|"
            r"onto[ \t]+the[ \t]+(?:floor|ground|bed|table|desk|couch|fire|pile))\b"
        ),
        # Looking through a thing at someone: "she looked at the glass and through it at me".
        not_after=r"\b(?:look|looks|looked|looking|peer|peered|peering|stare|stared|staring|glance|glanced|gaze|"
        r"gazed|squint|squinted|see|saw|seen|watch|watched|smile|smiled|shine|shone)\b[^.!?\n]*",
        replacement="threw",
        message="A verb is missing: “threw” (tossed), not “through”?",
        confidence=0.8,
        bad=(
            Example("Then she through the cup at the wall.", "Then she threw the cup at the wall."),
            Example("The kid through up.", "The kid threw up."),
            Example("You through the bag onto the bed.", "You threw the bag onto the bed."),
            Example("Somebody through a rock at us.", "Somebody threw a rock at us."),
            Example("He tore it off, and through it at me.", "He tore it off, and threw it at me."),
            Example("She read them, then through them away.", "She read them, then threw them away."),
        ),
        good=(
            "Then she threw the cup at the wall.",
            "They walked through the door.",
            "All of it, he, through it all, kept.",
            "I'll see you through the worst of it.",
            "They went through up to the attic.",
            "I saw someone through the window.",
            "She looked at the glass and through it at me.",
            "We went over the hill and through it into the valley.",
        ),
    ),
    Phrase(
        id="grammar.though_through",
        category="grammar",
        description="“though” for “through” after a verb of cutting, passing or searching.",
        # Only verbs that take "through" + a thing; "came though the others stayed" is a concession, so verbs
        # of coming and going are left out.
        pattern=(
            r"\b(?:torn|tore|tear|tearing|ripped|rip|ripping|cut|cutting|sliced|slice|slicing|punched|stabbed|"
            r"burst|bursting|crashed|smashed|shoved|squeezed|rifled|sifted|dug|digging|flipped|flipping|leafed|"
            r"thumbed|soaked|seeped|seeping|bled|burned|burnt|seared|waded|wading|threaded|plowed|ploughed|peered|"
            r"peering|scrolled|scrolling|rummaged|rummaging|pushed|pushing|broke|breaking|crawled|crawling)[ \t]+"
            r"(?P<fix>though)[ \t]+(?:the|his|her|my|their|your|our|a|an)[ \t]+[a-z]+\b"
            r"(?![ \t]+(?:was|were|is|are|had|has|would|could|did|seemed|kept|still)\b)"
        ),
        replacement="through",
        message="“though” (however) should be “through” here.",
        bad=(Example("The blade had torn though the leather.", "The blade had torn through the leather."),),
        good=("The blade had torn through the leather.", "He pushed though the door was locked."),
    ),
    Phrase(
        id="grammar.defiantly_definitely",
        category="grammar",
        description="“defiantly” (in defiance) for “definitely” (certainly).",
        pattern=(
            r"\b(?P<fix>defiantly)[ \t]+(?:not|be|gonna|a|an|the|worth|one|something)\b"
            # A thing cannot defy: "It's defiantly still bleeding", "that was defiantly the plan".
            r"|\b(?:it's|it’s|that's|that’s|it[ \t]+is|that[ \t]+is|it[ \t]+was|that[ \t]+was|this[ \t]+is|"
            r"there's|there’s)[ \t]+(?P<thing>defiantly)\b"
        ),
        replacement="definitely",
        message="“defiantly” means “in defiance”; “definitely” (certainly) seems meant.",
        bad=(
            Example("That was defiantly not a dream.", "That was definitely not a dream."),
            Example("It's defiantly still bleeding.", "It's definitely still bleeding."),
        ),
        good=(
            "She raised her chin defiantly.",
            "He stared back defiantly, his arms folded.",
            "She stood defiantly still.",
        ),
    ),
    Phrase(
        id="grammar.aloud_allowed",
        category="grammar",
        description="“aloud” (out loud) for “allowed” (permitted).",
        pattern=(
            r"\b(?:not|be|been|is|are|was|were|isn't|isn’t|aren't|aren’t|wasn't|wasn’t|weren't|weren’t|am|'re|’re)"
            r"[ \t]+(?P<fix>aloud)[ \t]+to\b"
        ),
        replacement="allowed",
        message="“aloud” means “out loud”; “allowed” (permitted) is meant.",
        bad=(Example("You're not aloud to leave.", "You're not allowed to leave."),),
        good=("You're not allowed to leave.", "The letter was read aloud to the class."),
    ),
    Phrase(
        id="grammar.everyday_every_day",
        category="grammar",
        description="“everyday” (ordinary) for “every day” (each day).",
        pattern=r"\b(?P<fix>everyday)(?=[ \t]*[,.!?;]|[ \t]+(?:and|but|since|now|again|after|before|until)\b)",
        replacement="every day",
        message="“everyday” means “ordinary”; “every day” (each day) is meant.",
        bad=(Example("I see him everyday.", "I see him every day."),),
        good=("I see him every day.", "It was an everyday kind of problem.", "Everyday life went on."),
    ),
    Phrase(
        id="grammar.their_there_alone",
        category="grammar",
        description="“their” with nothing after it, where “there” is meant.",
        # A possessive needs a noun; "their—" and "their..." are cut-off speech and are left alone.
        pattern=r"\b(?P<fix>their)(?=[ \t]*(?:[,!?;]|\.(?!\.)))",
        replacement="there",
        message="“their” needs something it owns; “there” (a place) seems meant.",
        bad=(Example("He stood their, shocked.", "He stood there, shocked."),),
        good=("He stood there, shocked.", "It was their idea.", "I saw their... never mind.", "That's theirs."),
    ),
    Phrase(
        id="grammar.no_know",
        category="grammar",
        description="“no” for “know” after “don't”, “I” and the like.",
        pattern=(
            r"\b(?:don't|don’t|didn't|didn’t|doesn't|doesn’t|do you|did you|i|you|we|they)[ \t]+(?P<fix>no)"
            r"[ \t]+(?:what|why|how|where|who|whether|that|if|anything|nothing)\b"
            # A verb that ends its clause: "no one will ever no.", "you never no," ("say no." is the answer).
            r"|\b(?:will|would|won't|won’t|['’]ll|ever|never|don't|don’t|didn't|didn’t|doesn't|doesn’t|wanna|"
            r"gonna|might|should|must)[ \t]+(?P<end>no)(?=[ \t]*[.!?,;…\"”—])"
        ),
        replacement="know",
        message="“no” should be “know” here.",
        bad=(
            Example("I don't no what you mean.", "I don't know what you mean."),
            Example("No one will ever no.", "No one will ever know."),
            Example("You never no, do you?", "You never know, do you?"),
        ),
        good=(
            "I don't know what you mean.",
            "I no longer care.",
            "They said no that night, no matter what.",
            "Would you? No. Ask him, and he will say no.",
        ),
    ),
    Phrase(
        id="grammar.of_off",
        category="grammar",
        description="“of” for “off” after verbs of removing and leaving.",
        pattern=(
            # Not "turn of the tide", "notice taken of me", "took of the bread" (a noun, a partitive).
            r"\b(?:took|take|takes|taking|get|got|gets|getting|turned|switched|switch|shrugged|kicked|"
            r"wiped|brushed|fell|falls|jumped|backed|shut|peeled|pulled|ripped|tore|shook|cast|threw)[ \t]+"
            r"(?P<fix>of)[ \t]+(?:his|her|their|my|your|me|him|them)\b"
            # Verbs that only ever take "off" before a thing: "backed of the nuts", "peeled of the label".
            r"|\b(?:backed|peeled|wiped|brushed|kicked|shrugged|switched|jumped|hopped|rolled|slid|dusted|flicked|"
            r"knocked|scraped|yanked|stripped|wrenched|twisted|unscrewed|sawed|chopped|lopped)[ \t]+(?P<the>of)[ \t]+"
            r"(?:the|a|an|its|our)\b"
            # An object between the verb and "of", then the phrase ends: "pulled his boots of in the night".
            r"|\b(?:took|take|takes|taking|pulled|pull|pulls|pulling|kicked|kick|kicks|ripped|rip|tore|tear|peeled|"
            r"peel|shrugged|shrug|yanked|yank|wiped|wipe|brushed|brush|shook|shake|switched|switch|turned|turn|"
            r"knocked|knock|cut|scraped|scrape)[ \t]+(?:it|them|(?:his|her|their|my|your|our|the|its|[a-z]+['’]s)"
            r"[ \t]+(?:own[ \t]+)?"
            # Nouns that take "of" themselves: "took the form of", "took the rest of".
            r"(?!(?:form|shape|rest|top|end|side|best|part|edge|middle|bottom|back|front|sort|kind|lid|care|charge|"
            r"measure|advantage|leave|note|hold|course|half|most|bulk|sight|sense|smell|sound|taste|look)\b)[a-z]+)"
            r"[ \t]+(?P<object>of)(?=[ \t]*[.,;!?…—]|[ \t]+(?:in|and|with|before|again|then|at|for|quickly|"
            r"slowly)\b)"
        ),
        replacement="off",
        message="“of” should be “off” here.",
        bad=(
            Example("He took of his jacket.", "He took off his jacket."),
            Example("Get of me!", "Get off me!"),
            Example("Somebody backed of the bolts.", "Somebody backed off the bolts."),
            Example("She kicked her shoes of and sat.", "She kicked her shoes off and sat."),
            Example(
                "Someone pulled Tam's own boots of in the night.", "Someone pulled Tam's own boots off in the night."
            ),
        ),
        good=(
            "He took off his jacket.",
            "She took of the bread and ate.",
            "What did you get out of it?",
            "He took the lid of the jar.",
            "She turned the rest of it over.",
        ),
    ),
    Phrase(
        id="grammar.sneak_peek",
        category="grammar",
        description="“sneak peak” for “sneak peek”.",
        pattern=r"\bsneak[ \t]+(?P<fix>peak)\b",
        replacement="peek",
        message="A quick look is a “peek”; a “peak” is a summit.",
        bad=(Example("It was a sneak peak.", "It was a sneak peek."),),
        good=("It was a sneak peek.", "The season peaked in May."),
    ),
    Phrase(
        id="grammar.piqued",
        category="grammar",
        description="“peaked my interest” for “piqued my interest”.",
        pattern=r"\b(?P<fix>peaked|peeked)[ \t]+(?:my|his|her|their|your|our)[ \t]+(?:interest|curiosity)\b",
        replacement="piqued",
        message="Interest is “piqued” (stirred), not “peaked”.",
        bad=(Example("That peaked my interest.", "That piqued my interest."),),
        good=("That piqued my interest.", "Her interest peaked in May."),
    ),
    Phrase(
        id="grammar.lightning",
        category="grammar",
        description="“lightening” (making lighter) for “lightning” (the flash).",
        pattern=(
            r"\b(?:thunder[ \t]+and|flash[ \t]+of|bolt[ \t]+of|streak[ \t]+of|struck[ \t]+by|fork[ \t]+of|"
            r"crack[ \t]+of)[ \t]+(?P<fix>lightening)\b"
            # Like the weather: "like the air before lightening.", "fast as lightening!".
            r"|\b(?:like|before|after|than|as|with)[ \t]+(?P<end>lightening)(?=[ \t]*[.,;!?…\"”—])"
            r"|\b(?P<compound>lightening)[ \t-]+(?:bolt|bolts|strike|strikes|storm|storms|fast|quick|flash|flashes|"
            r"rod|rods|bug|bugs)\b"
            r"|\b(?P<subject>lightening)[ \t]+(?:flashed|struck|cracked|forked|split|lit|flickered|strikes|flashes)\b"
            # The weather as a thing there is or that one fears ("a lightening of the mood" has "of").
            r"|\bthere(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+were|[ \t]+(?:will|would|might|could)[ \t]+be|[ \t]+had[ \t]+"
            r"been)[ \t]+(?:(?:more|no|some|any|still|also)[ \t]+)?(?P<there>lightening)\b(?![ \t]+of\b)"
            r"|\b(?:scared|afraid|terrified|frightened|fear|fond)[ \t]+of[ \t]+(?P<feared>lightening)\b(?![ \t]+of\b)"
        ),
        replacement="lightning",
        message="The flash in a storm is “lightning”; “lightening” means making lighter.",
        bad=(
            Example("Thunder and lightening.", "Thunder and lightning."),
            Example("It smelled like the air before lightening.", "It smelled like the air before lightning."),
            Example("A lightening bolt split the oak.", "A lightning bolt split the oak."),
            Example("Stay in when there's lightening out.", "Stay in when there's lightning out."),
        ),
        good=(
            "Thunder and lightning.",
            "The sky was lightening in the east.",
            "Her hair was paler after lightening it.",
            "There was a lightening of her mood.",
            "There was lightening of the sky in the east.",
        ),
    ),
    Phrase(
        id="grammar.take_a_break",
        category="grammar",
        description="“take a brake” for “take a break”, and a rest one has or needs (“have a short brake”).",
        pattern=(
            r"\b(?:take|takes|taking|took|taken|need|needs|needed|needing|deserve|deserves|deserved|grab|grabbed|"
            r"earned)[ \t]+(?:a|another)[ \t]+(?:(?:short|quick|long|little|proper|real|lunch|coffee|tea|bathroom|"
            r"loo|toilet|smoke|snack|water|breather|well-earned|well-deserved|[a-z]+-minute)[ \t]+)?(?P<fix>brake)\b"
            r"(?![ \t-]+(?:pad|pads|light|lights|fluid|line|lines|pedal|pedals|cable|cables|disc|discs|drum|drums|"
            r"shoe|shoes|lever|levers|system|check|job|caliper|calipers)\b)"
            # "have a brake" is also a car's part ("the cart had a brake on each wheel"), so only people having
            # one that ends the clause, or is had somewhere or for a while: "We'll have a brake at the top."
            r"|\b(?:we|I|you|they|['’]ll|let['’]s|gonna|can|could)[ \t]+(?:have|had)[ \t]+(?:a|another)[ \t]+"
            r"(?:(?:short|quick|long|little|proper|real|lunch|coffee|tea|bathroom|loo|toilet|smoke|snack|water|"
            r"[a-z]+-minute)[ \t]+)?"
            r"(?P<rest>brake)(?=[ \t]*[.!?…\"”]|[ \t]+(?:at|now|soon|after|before|until|till|while|then|"
            r"here|there|first|later|today|tonight|tomorrow|and[ \t]+(?:then|eat|rest|talk|sit|get|grab))\b)"
        ),
        replacement="break",
        message="A rest is a “break”; a “brake” stops a car.",
        bad=(
            Example("You need a brake.", "You need a break."),
            Example("We'll have a brake at the top.", "We'll have a break at the top."),
            Example("Let's take a five-minute brake.", "Let's take a five-minute break."),
        ),
        good=(
            "You need a break.",
            "He hit the brake.",
            "The cart had a brake on each wheel.",
            "Take a brake pad from the box.",
        ),
    ),
    Phrase(
        id="grammar.missing_article",
        category="grammar",
        description="A lost “a” in “for a minute”, “in a second”, “wait a moment”.",
        pattern=(
            r"\b(?P<fix>(?P<before>for|in|wait|just)[ \t]+(?P<noun>minute|second|moment|while))\b"
            # "for while she slept" is a conjunction; only a clause-final "for while" has lost its "a".
            r"(?:(?<=\bfor while)(?=\s*[.,;!?…\"”])|(?<!while)"
            r"(?![ \t]+(?:of|or|place|half|gear|grade|year|row|position|floor|hand|time|thought|glance)\b))"
        ),
        replacement=r"\g<before> a \g<noun>",
        message="An article seems to be missing here.",
        bad=(
            Example("He stopped for minute.", "He stopped for a minute."),
            Example("They talked for while.", "They talked for a while."),
        ),
        good=(
            "He stopped for a minute.",
            "She came back in a second.",
            "For minutes nobody spoke.",
            "He waited for while she slept he could think.",
        ),
    ),
)


def _slip(
    rule_id: str, description: str, pattern: str, replacement: str, bad: tuple[Example, ...], good: tuple[str, ...]
) -> Phrase:
    """A sound-alike slip in a fixed phrase, where the replaced word only ever means one thing."""
    return Phrase(
        id=rule_id,
        category="grammar",
        description=description,
        pattern=pattern,
        replacement=replacement,
        message=f"A sound-alike slip: “{replacement}” is meant here.",
        bad=bad,
        good=good,
    )


# Fixed phrases and idioms that writers hear right and spell as another real word. Each pattern holds the
# words around the slip that make the other reading impossible ("rest in piece", "free reign", "a flair of
# pain"); the suffix groups carry a verb's ending over to the fix ("wrecked havoc" -> "wreaked").
IDIOMS: tuple[Phrase, ...] = (
    _slip(
        "grammar.were_for_where",
        "“where” (a place) for the verb “were” after “we” or “they”.",
        # Only subject pronouns: "show you where" and "ask them where" are right.
        r"\b(?:we|they)[ \t]+(?P<fix>where)\b(?![ \t]*[,.;:!?…])"
        # "you" or two names, then a word that follows "were" but never opens a place clause: "Pip and Dez
        # where still on it", "you where supposed to" ("towns and villages where both armies camped" is a place).
        r"|\b(?:you[ \t]+(?P<you>where)[ \t]+(?:supposed|meant|gonna|going[ \t]+to)\b)"
        r"|\b(?-i:[A-Z][a-z]+)[ \t]+and[ \t]+(?:(?-i:[A-Z][a-z]+)|I|me|him|her|he|she)[ \t]+(?P<still>where)[ \t]+"
        r"(?:still|already|supposed|meant|gonna|both|all[ \t]+(?:gone|dead|asleep|there|here|right|fine)|"
        r"just[ \t]+(?:about|leaving|going|trying|getting)|going[ \t]+to|probably|definitely|really|actually)\b",
        "were",
        (
            Example("They where late again.", "They were late again."),
            Example("Pip and Tam where still at it.", "Pip and Tam were still at it."),
            Example("You where supposed to wait.", "You were supposed to wait."),
        ),
        (
            "They were late again.",
            "I'll show you where it is.",
            "We know where they went.",
            "Where? Here is where we",
            "A house where both parents worked.",
            "I'll show you where still water runs.",
            "The towns and villages where still rivers ran.",
        ),
    ),
    _slip(
        "grammar.of_for_off",
        "“off” for “of” in “kind of”, “because of”, “in front of”, “out of”.",
        # Not "all off their heads", "a bit off the top": those are "off".
        r"\b(?:kind|sort|because|instead|front|out|full|most|none)[ \t]+(?P<fix>off)[ \t]+(?:the|a|an|his|her|my|"
        r"their|your|our|them|him|me|us|it|this|that|those|these)\b",
        "of",
        (Example("He stood in front off the door.", "He stood in front of the door."),),
        ("He stood in front of the door.", "Cut a bit off the top.", "You're all off your heads."),
    ),
    _slip(
        "grammar.thought_though",
        "“though” for “thought” after “I” or “we”.",
        # Not "he" or "she": "so has he though he will not admit it" is a concession.
        r"\b(?:I|we)[ \t]+(?P<fix>though)[ \t]+(?:that|it|he|she|you|we|they|about|of|so|maybe|for|back|i)\b",
        "thought",
        (Example("I though it was over.", "I thought it was over."),),
        ("I thought it was over.", "I, though, stayed.", "We stayed though it was late."),
    ),
    _slip(
        "grammar.won_one",
        "“one” for “won” after a subject, before a contest.",
        r"\b(?:I|we|they|he|she|you)[ \t]+(?P<fix>one)[ \t]+(?:the|a|an|first|second)[ \t]+(?:game|match|race|fight|"
        r"battle|war|bet|lottery|prize|award|trophy|contest|round|title|championship|argument|toss)\b",
        "won",
        (Example("We one the match.", "We won the match."),),
        ("We won the match.", "Give me one the size of a fist."),
    ),
    _slip(
        "grammar.would_wood",
        "“wood” (timber) for “would” after a subject.",
        r"\b(?:I|you|he|she|we|they|it|that|who)[ \t]+(?P<fix>wood)[ \t]+(?:have|be|never|not|like|love|do|go|get|say|"
        r"think|rather|probably|still|want|kill|make|take)\b",
        "would",
        (Example("I wood never do that.", "I would never do that."),),
        ("I would never do that.", "They chopped wood all day."),
    ),
    _slip(
        "grammar.week_weak",
        "“weak” (feeble) for “week” (seven days).",
        r"\b(?:last|next|a|one|per|every|each|all)[ \t]+(?P<fix>weak)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:later|ago|before|"
        r"after|or|off|long|at|now|earlier|tops|max|straight|running)\b)"
        r"|(?<!\bat )\b(?:last|next|this|that|every|per|each|whole|entire|same)[ \t]+(?P<days>weak)\b"
        r"(?![ \t]+(?:and|link|links|point|points|spot|spots|one|ones|heart|hearts|man|men|side|sides|moment|"
        r"moments|attempt|attempts|smile|voice|light|knees|stomach|chin)\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|many|for|in|past|"
        r"last|next)[ \t]+"
        r"(?P<plural>weak(?P<s>s))\b",
        "week\\g<s>",
        (
            Example("I saw her a weak ago.", "I saw her a week ago."),
            Example("It took three weaks.", "It took three weeks."),
            Example("I'll be on crutches for a weak at least.", "I'll be on crutches for a week at least."),
            Example("We meet every weak.", "We meet every week."),
        ),
        (
            "I saw her a week ago.",
            "He gave a weak smile.",
            "She felt weak.",
            "It was a weak and hollow thing.",
            "That weak link broke.",
            "She felt weak at the knees.",
        ),
    ),
    _slip(
        "grammar.tail_tale",
        "“tale” (a story) for “tail” after wagging or tucking.",
        r"\b(?:wagged|wagging|wag|wags|tucked|swished|flicked|lashed|chasing|chased)[ \t]+(?:its|his|her|their|the|"
        r"it's|it’s)[ \t]+(?P<fix>tale)\b",
        "tail",
        (Example("The dog wagged its tale.", "The dog wagged its tail."),),
        ("The dog wagged its tail.", "She told its tale."),
    ),
    _slip(
        "grammar.fairy_tale",
        "“fairy tail” for “fairy tale”.",
        r"\bfairy[ \t]+(?P<fix>tail)\b",
        "tale",
        (Example("It was like a fairy tail.", "It was like a fairy tale."),),
        ("It was like a fairy tale.", "The fairy's tail glowed."),
    ),
    _slip(
        "grammar.died_dyed",
        "“dyed” (coloured) for “died”.",
        r"\b(?P<fix>dyed)[ \t]+(?:of|from|in[ \t]+(?:my|his|her|their|your)[ \t]+arms|instantly|alone|young|"
        r"peacefully|on[ \t]+impact)\b",
        "died",
        (Example("He dyed in her arms.", "He died in her arms."),),
        ("He died in her arms.", "She dyed her hair blue."),
    ),
    _slip(
        "grammar.duel_dual",
        "“dual” (double) for “duel” (a fight).",
        r"\b(?:to|fight|fought|challenge|challenged|challenging|won|lost|win|lose|in)[ \t]+(?:a|the)[ \t]+"
        r"(?P<fix>dual)(?=[ \t]*[.,;!?]|[ \t]+(?:with|against|to|at|over|for)\b)",
        "duel",
        (Example("He challenged him to a dual.", "He challenged him to a duel."),),
        ("He challenged him to a duel.", "It had a dual purpose."),
    ),
    _slip(
        "grammar.prey_pray",
        "“pray” (to ask a god) for “prey” (the hunted).",
        r"\b(?:easy|fell|falls|falling|fall|fallen)[ \t]+(?P<fix>pray)[ \t]+to\b"
        r"|\b(?:its|their|his|her)[ \t]+(?P<hunted>pray)(?=[ \t]*[.,;!?])",
        "prey",
        (Example("She fell pray to his charm.", "She fell prey to his charm."),),
        ("She fell prey to his charm.", "They knelt to pray to God."),
    ),
    _slip(
        "grammar.missed_mist",
        "“mist” (fog) for “missed”.",
        r"\b(?:I|we|he|she|they|you|really|so|had|have|has)[ \t]+(?P<fix>mist)[ \t]+(?:you|him|her|them|me|us|it|my|"
        r"your|his|their|the[ \t]+(?:bus|train|point|shot))\b",
        "missed",
        (Example("I really mist you.", "I really missed you."),),
        ("I really missed you.", "The mist hid them."),
    ),
    _slip(
        "grammar.guessed_guest",
        "“guest” (a visitor) for “guessed”.",
        r"\b(?:I|we|he|she|they|you)[ \t]+(?P<fix>guest)[ \t]+(?:so|that|it|right|wrong|correctly)\b",
        "guessed",
        (Example("She guest right.", "She guessed right."),),
        ("She guessed right.", "The guest left early."),
    ),
    _slip(
        "grammar.accepted_excepted",
        "“excepted” (left out) for “accepted” before an object.",
        r"\b(?P<fix>excepted)[ \t]+(?:the|his|her|my|their|your|our|that|it|him|them|me)\b",
        "accepted",
        (Example("She excepted the ring.", "She accepted the ring."),),
        ("She accepted the ring.", "Present company excepted, they were fools."),
    ),
    _slip(
        "grammar.lesson_lessen",
        "“lessen” (to reduce) for “lesson”.",
        r"\b(?:learn|learned|learnt|learns|learning|teach|taught|teaching|a|the|my|his|her|your)[ \t]+"
        r"(?P<fix>lessen)\b(?![ \t]+(?:the|his|her|my|their|your|its|it|them)\b)",
        "lesson",
        (Example("He learned his lessen.", "He learned his lesson."),),
        ("He learned his lesson.", "It might lessen the pain."),
    ),
    _slip(
        "grammar.hoarse_horse",
        "“horse” (the animal) for “hoarse” (rough-voiced).",
        r"\b(?:a|his|her|my|their|your|low|rough)[ \t]+(?P<fix>horse)[ \t]+(?:voice|whisper|croak|rasp|cough|groan|"
        r"murmur)\b|\b(?:voice|throat)[ \t]+(?:was[ \t]+|sounded[ \t]+|went[ \t]+)?(?P<rough>horse)"
        r"(?=[ \t]*[.,;!?]|[ \t]+(?:and|from|with)\b)",
        "hoarse",
        (Example("He spoke in a horse whisper.", "He spoke in a hoarse whisper."),),
        ("He spoke in a hoarse whisper.", "He rode a horse home."),
    ),
    _slip(
        "grammar.bored_board",
        "“board” (a plank) for “bored”.",
        r"\b(?:so|very|too|i'm|i’m|getting|got|get|be|been|was|were|is|am|are|looked|look|looks|seemed|felt|feel|"
        r"grew)[ \t]+(?P<fix>board)(?=[ \t]*[.,;!?]|[ \t]+(?:of|with|out|and)\b)",
        "bored",
        (Example("I'm so board.", "I'm so bored."),),
        ("I'm so bored.", "She was on board.", "They got on board, then left."),
    ),
    _slip(
        "grammar.set_sail",
        "“set sale” for “set sail”.",
        r"\bset[ \t]+(?P<fix>sale)(?=[ \t]*[.,;!?]|[ \t]+(?:for|to|at|again|tomorrow|soon)\b)",
        "sail",
        (Example("We set sale at dawn.", "We set sail at dawn."),),
        ("We set sail at dawn.", "They set sale prices low."),
    ),
    _slip(
        "grammar.rogue_rouge",
        "“rouge” (make-up) for “rogue”.",
        r"\b(?P<fix>rouge)[ \t]+(?:agent|agents|element|elements|wave|planet|ship|state|ai|operative|faction|group|"
        r"demon|vampire|wolf|shinobi|ninja|knight|mage|wizard|witch|hunter|soldier|unit|cop|spirit|titan)\b",
        "rogue",
        (Example("A rouge agent fled.", "A rogue agent fled."),),
        ("A rogue agent fled.", "She wore rouge and pearls."),
    ),
    _slip(
        "grammar.poor_pour",
        "“pour” (to tip out) for “poor” (to be pitied).",
        r"\b(?:the|that|this|you|oh|a|my)[ \t]+(?P<fix>pour)[ \t]+(?:thing|things|girl|boy|guy|soul|souls|kid|kids|"
        r"baby|man|woman|bastard|creature|child|dear|darling|lad|lass)\b",
        "poor",
        (Example("Oh, you pour thing.", "Oh, you poor thing."),),
        ("Oh, you poor thing.", "Pour the tea, please."),
    ),
    _slip(
        "grammar.heal_heel",
        "“heel” (of a foot) for “heal”.",
        r"\b(?P<fix>heel(?P<s>s|ed|ing|))[ \t]+(?:the|his|her|my|your|their|its)[ \t]+(?:wound|wounds|injury|injuries|"
        r"cut|cuts|body|bones?|scars?|burns?)\b"
        r"|\b(?:will|would|can|could|it'll|wounds?|cuts?|bones?|injuries)[ \t]+(?P<mend>heel(?P<t>ed|))"
        r"(?=[ \t]*[.,;!?]|[ \t]+(?:up|over|fast|quickly|slowly|properly|cleanly)\b)",
        "heal\\g<s>\\g<t>",
        (Example("The cut will heel fast.", "The cut will heal fast."),),
        ("The cut will heal fast.", "He dug in his heel."),
    ),
    _slip(
        "grammar.crime_scene",
        "“crime seen” for “crime scene”.",
        r"\bcrime[ \t]+(?P<fix>seen)\b",
        "scene",
        (Example("They taped off the crime seen.", "They taped off the crime scene."),),
        ("They taped off the crime scene.", "No crime was seen."),
    ),
    _slip(
        "grammar.are_our",
        "“our” (belonging to us) for the verb “are”.",
        # "Neither our you" and "we our going" need a verb; a possessive there owns nothing.
        r"\b(?:neither|nor|so|as|where|how|what|who|why|when)[ \t]+(?P<fix>our)[ \t]+(?:you|we|they)\b"
        r"|\b(?:we|they|you)[ \t]+(?P<verb>our)[ \t]+(?:going|gonna|not|so|too|both|just|still|here|there|"
        r"coming|leaving|done|fine|sure|ready|trying|doing|getting)\b",
        "are",
        (
            Example("“Neither our you.”", "“Neither are you.”"),
            Example("We our going home.", "We are going home."),
        ),
        ("“Neither are you.”", "We saw our friends.", "I'll make you our guest."),
    ),
    _slip(
        "grammar.ever_since",
        "“every since” for “ever since”.",
        r"\b(?P<fix>every)[ \t]+since\b",
        "ever",
        (Example("Every since that night, he slept badly.", "Ever since that night, he slept badly."),),
        ("Ever since that night, he slept badly.", "She called every day since May."),
    ),
    _slip(
        "grammar.apart_a_part",
        "“a part” for “apart” after falling, coming or tearing.",
        r"\b(?:fall|fell|falls|falling|fallen|come|came|comes|coming|tear|tore|torn|tearing|rip|ripped|ripping|"
        r"drift|drifted|drifting|grew|grow|growing|grown|blown|blew|blow|pulled|pull|pulling|spring|sprang|sprung|"
        r"split)[ \t]+(?P<fix>a[ \t]+part)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:at[ \t]+the[ \t]+seams|from|and|when|"
        r"before|after|again|in[ \t]+(?:his|her|my|their|your)[ \t]+hands)\b)",
        "apart",
        (Example("The old boat fell a part.", "The old boat fell apart."),),
        ("The old boat fell apart.", "He came to play a part.", "She fell a part of the way."),
    ),
    _slip(
        "grammar.break_brake",
        "“brake” (stopping a wheel) for “break” (shattering, pausing).",
        r"\b(?P<fix>brake(?P<s>s?))[ \t]+(?:free|up[ \t]+with|into[ \t]+(?:a|an|tears|pieces|laughter|sobs|song)|"
        r"the[ \t]+(?:silence|news|ice|rules|law|spell|curse|tension|seal|mood|stalemate|kiss)|"
        r"(?:his|her|my|their|your|our)[ \t]+(?:heart|neck|nose|arm|leg|wrist|jaw|promise|word|silence|"
        r"concentration|focus|fall|spirit))\b"
        r"|\b(?:lunch|coffee|tea|bathroom|spring|summer|winter|christmas|commercial|prison|jail|smoke|cigarette|"
        r"snack)[ \t]+(?P<pause>brake)\b",
        "break\\g<s>",
        (
            Example("She tried to brake free.", "She tried to break free."),
            Example("He took a lunch brake.", "He took a lunch break."),
        ),
        ("She tried to break free.", "He hit the brake hard.", "The brakes squealed."),
    ),
    _slip(
        "grammar.bear_bare",
        "“bare” (naked) for “bear” (put up with).",
        r"\b(?:can't|can’t|cannot|couldn't|couldn’t|could[ \t]+not|unable[ \t]+to|never)[ \t]+(?P<fix>bare)[ \t]+"
        r"(?:it|to|this|that|being|seeing|hearing|looking|thinking|the[ \t]+thought|the[ \t]+idea|him|them|you|us|me)\b"
        r"|\b(?P<with>bare)[ \t]+with[ \t]+(?:me|us)\b"
        r"|\b(?P<load>bare)[ \t]+(?:(?:the|its|his|her|my|their|any|much|more|full|some|no)[ \t]+)?(?:weight|brunt|"
        r"burden|responsibility|blame|load)\b"
        r"|\b(?P<mind>bare)[ \t]+(?:(?:that|this|it|them|him|her|these|those)[ \t]+)?in[ \t]+mind\b"
        r"|\b(?P<witness>bare)[ \t]+(?:witness|fruit|a[ \t]+(?:grudge|resemblance)|"
        r"no[ \t]+(?:resemblance|ill[ \t]+will)|the[ \t]+thought)\b",
        "bear",
        (
            Example("I can't bare to look.", "I can't bear to look."),
            Example("Bare with me a moment.", "Bear with me a moment."),
            Example("The ankle could not bare weight.", "The ankle could not bear weight."),
            Example("Bare it in mind.", "Bear it in mind."),
        ),
        (
            "I can't bear to look.",
            "He bared his teeth.",
            "She was bare with him, honest to a fault.",
            "The walls were bare, the weight of years on them.",
        ),
    ),
    _slip(
        "grammar.bare_bear",
        "“bear” (the animal, or carry) for “bare” (naked).",
        r"\b(?:his|her|my|their|your|our|with|in)[ \t]+(?P<fix>bear)[ \t]+(?:feet|foot|hands|hand|skin|chest|shoulders|"
        r"shoulder|arms|arm|legs|leg|back|neck|knees|knee|thighs|thigh|ankles|ankle|wrists|wrist|toes|belly|"
        r"stomach|torso|breasts|breast|scalp|head|heels|palms|palm|fingers|soles|calves|forearms|forearm|"
        r"throat|collarbone|hip|hips|flesh|bottom|butt|ass)\b"
        # Nothing left: "the bear minimum", "stripped down to bear wood", "laid bear".
        r"|\b(?P<least>bear)[ \t]+(?:minimum|essentials|necessities|bones)\b"
        r"|\b(?:on|in|and)[ \t]+(?P<walk>bear)[ \t]+(?:feet|foot|knees|toes|soles)\b"
        r"|\b(?P<hyphen>bear)-(?:chested|footed|handed|headed|knuckled?|knuckles|breasted|legged|armed|shouldered|"
        r"backed|bones)\b"
        r"|\bdown[ \t]+to[ \t]+(?:the[ \t]+)?(?P<down>bear)[ \t]+(?:wood|metal|bone|bones|floor|floorboards|earth|"
        r"brick|stone|concrete|plaster|walls|skin|steel|frame|minimum)\b"
        r"|\b(?:the|a|on[ \t]+the)[ \t]+(?P<floor>bear)[ \t]+(?:floor|floorboards|boards|mattress|walls|wall|"
        r"bulb|earth|ground|branches|trees|shelves|cupboards|concrete)\b"
        r"|\b(?:laid|lay|lays|laying|stripped|stripping|picked|scraped|worn)[ \t]+(?P<laid>bear)(?=[ \t]*[.,;!?…\"”])",
        "bare",
        (
            Example("He fought with his bear hands.", "He fought with his bare hands."),
            Example("She pulled the blanket over his bear shoulder.", "She pulled the blanket over his bare shoulder."),
            Example("It was stripped down to bear wood.", "It was stripped down to bare wood."),
            Example("Just the bear minimum.", "Just the bare minimum."),
            Example("She ran out on bear feet.", "She ran out on bare feet."),
            Example("He stood there bear-chested.", "He stood there bare-chested."),
            Example("They slept on the bear floor.", "They slept on the bare floor."),
        ),
        ("He fought with his bare hands.", "The bear paws at the door.", "The bear skin rug.", "I can't bear it."),
    ),
    _slip(
        "grammar.whole_hole",
        "“hole” (a gap) for “whole” (all of it).",
        r"\b(?:the|a|this|that|my|his|her|their|your|our)[ \t]+(?P<fix>hole)[ \t]+(?:day|time|thing|world|night|way|"
        r"family|week|year|lot|life|point|story|team|town|summer|evening|morning|afternoon|trip|conversation|"
        r"situation|mess)\b",
        "whole",
        (Example("She slept the hole day.", "She slept the whole day."),),
        ("She slept the whole day.", "He dug a hole that day.", "The hole was deep."),
    ),
    _slip(
        "grammar.peace_piece",
        "“piece” (a part) for “peace” (calm) in “rest in peace”, “peace of mind”, “make peace”.",
        r"\brest[ \t]+in[ \t]+(?P<fix>piece)\b|\b(?P<mind>piece)[ \t]+of[ \t]+mind\b"
        r"|\b(?:make|made|making|makes|at)[ \t]+(?P<truce>piece)[ \t]+with\b"
        r"|\b(?P<quiet>piece)[ \t]+and[ \t]+(?:quiet|calm|love|harmony|prosperity)\b"
        r"|\b(?:live|lived|living|lives|die|died|dying|sleep|slept|leave|left|let|be|go|went|rests?|rested|"
        r"coexist|existed)[ \t]+(?:(?:me|him|her|them|us|you|it)[ \t]+)?in[ \t]+(?P<calm>piece)\b"
        r"(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:with|now|forever|together|at[ \t]+last)\b)"
        r"|\b(?P<treaty>piece)[ \t-]+(?:treaty|treaties|talks|offering|offerings|sign|keeper|keepers|keeping|pipe|"
        r"accord|accords|negotiations)\b",
        "peace",
        (
            Example("Rest in piece, old friend.", "Rest in peace, old friend."),
            Example("It gave her piece of mind.", "It gave her peace of mind."),
            Example("All I want is piece and quiet.", "All I want is peace and quiet."),
            Example("Leave me in piece.", "Leave me in peace."),
            Example("He brought a piece offering.", "He brought a peace offering."),
        ),
        (
            "Rest in peace, old friend.",
            "It came out in pieces.",
            "A piece and a half.",
            "Left in piece after piece.",
            "He gave her a piece of his mind.",
            "She made a piece with clay.",
        ),
    ),
    _slip(
        "grammar.does_dose",
        "“dose” (of medicine) for the verb “does”.",
        r"(?<!\ba )(?<!\bthe )(?<!\bone )(?<!\bfirst )(?<!\bnext )(?<!\blast )(?<!\bbig )(?<!\blethal )"
        r"(?<!\bhigh )(?<!\blow )(?<!\bsmall )(?<!\blarge )(?<!\bdouble )(?<!\bheavy )\b(?P<fix>dose)[ \t]+"
        r"(?:he|she|anyone|anybody|everyone|someone|not|it[ \t]+(?:matter|mean|look|seem|feel|hurt|work))\b",
        "does",
        (Example("Why dose he care?", "Why does he care?"),),
        ("Why does he care?", "Give her a dose not too strong.", "The dose he took was small."),
    ),
    _slip(
        "grammar.knew_new",
        "“new” for “knew” after a subject.",
        r"\b(?:I|he|she|we|they)[ \t]+(?P<fix>new)[ \t]+(?:that|what|how|where|why|who|exactly|better|about|"
        r"everything|nothing|something|immediately|instantly|the[ \t]+answer)\b",
        "knew",
        (Example("She new exactly what to do.", "She knew exactly what to do."),),
        ("She knew exactly what to do.", "They new recruits arrived.", "We new-comers waited."),
    ),
    _slip(
        "grammar.new_knew",
        "“knew” (the past of know) after an article or a possessive, where the adjective “new” is meant.",
        # "her" and "his" are left out: "everyone who saw her knew" has "her" as an object.
        r"\b(?:the|a|my|your|our|their|brand|whole|its)[ \t]+(?P<fix>knew)[ \t]+[a-z]+",
        "new",
        (Example("It pays for the knew winch.", "It pays for the new winch."),),
        ("It pays for the new winch.", "The ones who met her knew better.", "All of them knew it."),
    ),
    _slip(
        "grammar.pedal_peddle",
        "“peddle” (to sell) for “pedal” (to push a bike's pedals).",
        # Selling goes nowhere: "peddle off into the rain", "peddled harder", "the bike's peddles".
        r"\b(?P<fix>peddl(?:e(?P<s>s?)|(?P<ed>ed)|(?P<ing>ing)))[ \t]+(?:(?:off|away)(?=[ \t]*[.,;!?…\"”—]|[ \t]+"
        r"(?:into|down|up|toward|towards|in|along|through|across|and|again|home|before)\b)|harder|faster|furiously|"
        r"frantically|uphill|downhill|backwards|like[ \t]+mad|up[ \t]+the[ \t]+(?:hill|road|street|path)|"
        r"down[ \t]+the[ \t]+(?:hill|road|street|path))\b"
        r"|\b(?:the|her|his|my|their|your|its|bike's|bike’s|bicycle's|bicycle’s|gas|brake|clutch|piano)[ \t]+"
        r"(?P<part>peddle(?P<p>s?))\b(?!['’])",
        "pedal\\g<s>\\g<ed>\\g<ing>\\g<p>",
        (
            Example("He swung a leg over and peddled off.", "He swung a leg over and pedaled off."),
            Example("Watch him peddle off into the rain.", "Watch him pedal off into the rain."),
            Example("She stood on the peddles.", "She stood on the pedals."),
        ),
        (
            "He swung a leg over and pedaled off.",
            "They peddled their wares.",
            "He peddled off the stolen goods to a fence.",
        ),
    ),
    _slip(
        "grammar.roll_role",
        "“role” (a part played) for “roll” (bread, or turning over).",
        r"\b(?:cinnamon|egg|spring|bread|sausage|dinner|sushi|jelly|swiss|honey|sweet|toilet|kaiser|crescent|"
        r"lobster|pork|cabbage)[ \t]+(?P<fix>role(?P<s>s?))\b"
        r"|\b(?P<call>role)[ \t-]+call\b"
        r"|\b(?P<eyes>role(?P<e>s?))[ \t]+(?:his|her|my|their|your|its|our)[ \t]+eyes\b"
        r"|\b(?:he|she|I|they|we|you|to|'ll|’ll|can|could|would|will|don't|don’t|didn't|didn’t|"
        r"eyes|dice|wheels|tears)[ \t]+(?P<over>role(?P<o>s?))[ \t]+(?:over|around|away|onto|off|out[ \t]+of|"
        r"down[ \t]+(?:the|his|her|my|their)[ \t]+(?:window|cheek|cheeks|face|hill|sleeves?))\b",
        "roll\\g<s>\\g<e>\\g<o>",
        (
            Example("I brought you a cinnamon role.", "I brought you a cinnamon roll."),
            Example("She roles her eyes.", "She rolls her eyes."),
            Example("He tried to role over.", "He tried to roll over."),
            Example("We missed role call.", "We missed roll call."),
        ),
        ("I brought you a cinnamon roll.", "His role over the years grew.", "She played the role of a nurse."),
    ),
    _slip(
        "grammar.morale_moral",
        "“moral” (right and wrong, or a lesson) for “morale” (the spirit of a group).",
        r"\b(?:boost|boosts|boosted|boosting|boosting|lift|lifts|lifted|lifting|raise|raised|raising|improve|improved|"
        r"improving|sap|sapped|sapping|kill|killed|killing|hurt|lower|lowered|lowering|destroy|destroyed|crush|"
        r"crushed|good[ \t]+for|bad[ \t]+for|great[ \t]+for|terrible[ \t]+for)[ \t]+(?:(?:the|team|crew|troop|"
        r"staff|their|our|his|her)[ \t]+)?(?P<fix>moral)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:and|a[ \t]+bit|a[ \t]+lot|"
        r"among|around|up|again)\b)"
        r"|\b(?:the|team|crew|troop|troops'|men's|men’s|crew's|crew’s|team's|team’s|low|high)[ \t]+"
        r"(?P<spirit>moral)[ \t]+(?:was|is|were|had|has)[ \t]+(?:been[ \t]+)?(?:low|high|good|poor|flagging|sinking|"
        r"failing|dropping|plummeting|rising|up|down|shot|terrible|great|better|worse|at)\b",
        "morale",
        (
            Example("He said it was good for moral.", "He said it was good for morale."),
            Example("The crew moral was low.", "The crew morale was low."),
        ),
        ("He said it was good for morale.", "It raised moral questions.", "The moral was clear: be kind."),
    ),
    _slip(
        "grammar.hangar_hanger",
        "“hanger” (for clothes) for “hangar” (a shed for aircraft or ships).",
        r"\b(?:aircraft|airplane|aeroplane|plane|airship|shuttle|ship|jet|helicopter|blimp|zeppelin|maintenance|"
        r"cargo|docking|launch|landing|repair|fighter)[ \t]+(?P<fix>hanger(?P<s>s?))\b"
        r"|\b(?P<bay>hanger(?P<b>s?))[ \t]+(?:bay|bays|deck|decks|doors?|floor)\b"
        r"|\b(?:in|into|inside|out[ \t]+of|across|through|behind)[ \t]+(?:a|the|an|their|our|its|one|another)[ \t]+"
        r"(?P<shed>hanger(?P<h>s?))[ \t]+(?:at|near|by[ \t]+the|on[ \t]+the[ \t]+(?:base|station|field|airfield|"
        r"edge))\b",
        "hangar\\g<s>\\g<b>\\g<h>",
        (
            Example("They slept in a hanger at the port.", "They slept in a hangar at the port."),
            Example("The hanger doors rolled open.", "The hangar doors rolled open."),
        ),
        ("They slept in a hangar at the port.", "She hung the coat on a hanger.", "A wire coat hanger."),
    ),
    _slip(
        "grammar.heel_heal",
        "“heal” (to mend) for “heel” (of a foot or a shoe).",
        r"\b(?:turned|turn|turns|turning|spun|spin|spins|spinning|pivoted|pivot|pivoting|rocked|rock|rocking|sat|"
        r"sit|sitting|back|dug|digging|dig)[ \t]+(?:on|in)[ \t]+(?:his|her|my|their|your|its|our)[ \t]+"
        r"(?P<fix>heal(?P<s>s?))\b"
        r"|\b(?:at|under|behind|onto)[ \t]+(?:his|her|my|their|your|its|our)[ \t]+(?P<at>heal(?P<a>s))\b"
        r"|\b(?:high|kitten|stiletto|stacked|wedge)[ \t]+(?P<high>heal(?P<h>s))\b"
        r"|\bthe[ \t]+(?P<palm>heal(?P<p>s?))[ \t]+of[ \t]+(?:his|her|my|their|your|the|a|one)[ \t]+(?:hand|hands|palm|"
        r"boot|boots|shoe|shoes|foot|feet)\b",
        "heel\\g<s>\\g<a>\\g<h>\\g<p>",
        (
            Example("She turned on her heal and left.", "She turned on her heel and left."),
            Example("He pressed the heal of his hand to it.", "He pressed the heel of his hand to it."),
        ),
        ("She turned on her heel and left.", "Time will heal it.", "The cut began to heal on its own."),
    ),
    _slip(
        "grammar.place_here",
        "“hear” (with the ears) for the place “here” after a word of place or of coming.",
        r"\b(?:come|came|comes|coming|get|got|over|in|out|up|down|back|right|stay|stayed|stand|sit|sat|from|"
        r"around|inside|till|until)[ \t]+(?P<fix>hear)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:now|on|quickly|this[ \t]+"
        r"instant|for[ \t]+a[ \t]+(?:second|minute|moment)|with[ \t]+(?:me|us)|already|anymore|alone|tonight|"
        r"again)\b)"
        r"|\b(?:we['’]re|I['’]m|you['’]re|they['’]re|he['’]s|she['’]s|it['’]s|am|are|is|be|been|being)[ \t]+"
        r"(?:(?:still|already|all|right|just|finally|back|over|now|always|not)[ \t]+)?(?P<be>hear)"
        r"(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:now|already|again|too|together|before|yet|tonight|today|tomorrow|"
        r"somewhere|for[ \t]+(?:a|the|you|me|us|him|her)|with[ \t]+(?:me|us|you|him|her)|to[ \t]+(?:help|stay|see|"
        r"talk|get|take|save|stop))\b)"
        # Asking whether someone is present: "Is she hear?", "Are they hear yet?"
        r"|\b(?:is|are|was|were)[ \t]+(?:he|she|it|they|we|you|everyone|everybody|anyone|anybody|someone|somebody|"
        r"(?-i:[A-Z][a-z]+))[ \t]+(?P<asked>hear)(?=[ \t]*\?|[ \t]+(?:yet|already|now|too|tonight|today)\b)",
        "here",
        (
            Example("“We're hear!”", "“We're here!”"),
            Example("Is she hear yet?", "Is she here yet?"),
            Example("“Come hear, quick.”", "“Come here, quick.”"),
            Example("It's cold in hear.", "It's cold in here."),
            Example("From hear on it gets worse.", "From here on it gets worse."),
        ),
        (
            "“Come here, quick.”",
            "Did you come hear the band?",
            "I can't hear. Speak up.",
            "Stay and hear.",
            "It's good to be heard.",
            "I'm here to hear you.",
        ),
    ),
    _slip(
        "grammar.name_here",
        "“hear” for “here” after a name answering a call or opening a message (“Hollis hear.”).",
        r"(?:(?<=[\"“])|(?<=[\"“]Yeah, )|(?<=[\"“]Yes, ))(?-i:[A-Z][a-z]+)[ \t]+(?P<fix>hear)(?=[ \t]*[.!—])",
        "here",
        (Example("“Hollis hear. Go ahead.”", "“Hollis here. Go ahead.”"),),
        ("“Hollis here. Go ahead.”", "“I hear. Go ahead.”", "“Dogs hear, you know.”"),
    ),
    _slip(
        "grammar.pore_pour",
        "“poured over” (tipped out) for “pored over” (studied) a map, a book or papers.",
        r"\b(?P<fix>pour(?P<s>ed|ing))[ \t]+over[ \t]+(?:the|his|her|a|their|my|our|your|those|these|old)[ \t]+"
        r"(?:[a-z]+[ \t]+)?"
        r"(?:map|maps|book|books|notes|papers|documents|files|letter|letters|pages|report|reports|records|texts|"
        r"scrolls|manuscript|manuscripts|charts|plans|blueprints|data|details|evidence|photos|photographs|"
        r"newspaper|newspapers|ledger|ledgers|journal|journals|diary|notebook|tome|tomes|accounts|contract)\b",
        "por\\g<s>",
        (Example("She poured over the maps all night.", "She pored over the maps all night."),),
        ("She pored over the maps all night.", "He poured water over the map.", "Rain poured over the roof."),
    ),
    _slip(
        "grammar.window_pane",
        "“window pain” for “window pane”.",
        r"\b(?:window|glass|frosted|cracked)[ \t]+(?P<fix>pain(?P<s>s?))\b",
        "pane\\g<s>",
        (Example("Rain ran down the window pain.", "Rain ran down the window pane."),),
        ("Rain ran down the window pane.", "She felt a sharp pain.", "The glass cut caused pain."),
    ),
    _slip(
        "grammar.weight_wait",
        "“wait” (to stay) for “weight” (heaviness).",
        r"\bthe[ \t]+(?P<fix>wait)[ \t]+of[ \t]+(?:the[ \t]+world|it[ \t]+all|responsibility|expectations?|"
        r"command|his[ \t]+body|her[ \t]+body|the[ \t]+crown|guilt|grief)\b"
        r"|\b(?:shifted|shifting|shift|shifts|threw|throw|throwing|throws|put|putting|pulled|pull|pulling|"
        r"carry|carried|carrying|took)[ \t]+(?:his|her|my|their|your|its|our)[ \t]+(?P<own>wait)[ \t]*"
        r"(?=[.,;!?…]|(?:onto|on|around|off|from|against|to|behind|forward|back)\b)"
        r"|\b(?:dead|gained|gaining|gain|lost|losing|lose|put[ \t]+on)[ \t]+(?P<body>wait)(?=[ \t]*[.,;!?…]|[ \t]+"
        r"(?:and|since|after|over|this|last|from|in|of)\b)",
        "weight",
        (
            Example("He shifted his wait onto his good leg.", "He shifted his weight onto his good leg."),
            Example("She carried the wait of the world.", "She carried the weight of the world."),
        ),
        ("He shifted his weight onto his good leg.", "The wait of an hour was dull.", "They lost, wait, no."),
    ),
    _slip(
        "grammar.throne_thrown",
        "“thrown” (tossed) for “throne” (a monarch's seat).",
        r"\b(?:heir[ \t]+to|ascend|ascended|ascending|claim|claimed|claiming|take|took|seize|seized|usurp|usurped|"
        r"sat[ \t]+on|sit[ \t]+on|sits[ \t]+on|sitting[ \t]+on|on|from|to|behind|before|beside)[ \t]+the[ \t]+"
        r"(?P<fix>thrown)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:room|and|of|with|as|while|beside|where|was|for)\b)",
        "throne",
        (Example("He was heir to the thrown.", "He was heir to the throne."),),
        ("He was heir to the throne.", "She sat on the thrown cushion.", "He looked at the thrown ball."),
    ),
    _slip(
        "grammar.whet_appetite",
        "“wet your appetite” for “whet your appetite”.",
        r"\b(?P<fix>wet(?P<s>ted|ting|s|))[ \t]+(?:your|his|her|my|their|our|the|an|everyone's|everyone’s)[ \t]+"
        r"appetites?\b",
        "whet\\g<s>",
        (Example("That should wet your appetite.", "That should whet your appetite."),),
        ("That should whet your appetite.", "The rain wet her hair."),
    ),
    _slip(
        "grammar.dessert_desert",
        "“desert” (sand) for “dessert” (pudding), and “just desserts” for “just deserts”.",
        r"\b(?:for|after|skip|skipped|skipping|order|ordered|ordering|dinner[ \t]+and|lunch[ \t]+and|"
        r"supper[ \t]+and)[ \t]+(?P<fix>desert(?P<s>s?))(?=[ \t]*[.,;!?…\"”])"
        r"|\b(?P<menu>desert)[ \t]+(?:menu|spoon|spoons|fork|forks|plate|plates|course|cart|trolley|tray)\b",
        "dessert\\g<s>",
        (Example("We had cake for desert.", "We had cake for dessert."),),
        ("We had cake for dessert.", "They headed into the desert.", "They crossed the desert."),
    ),
    _slip(
        "grammar.just_deserts",
        "“just desserts” (puddings) for “just deserts” (what one deserves).",
        r"\bjust[ \t]+(?P<fix>desserts)\b",
        "deserts",
        (Example("He got his just desserts.", "He got his just deserts."),),
        ("He got his just deserts.", "We had pie for dessert."),
    ),
    _slip(
        "grammar.compliment_complement",
        "“complement” (to complete) for “compliment” (praise).",
        r"\b(?:paid|pay|pays|paying|fishing[ \t]+for|backhanded|left-handed|thanks[ \t]+for[ \t]+the)[ \t]+"
        r"(?:(?:a|the|her|him|me|them|you|us|many|another|such[ \t]+a|nice|lovely)[ \t]+){0,2}"
        r"(?P<fix>complement(?P<s>s?))\b"
        r"(?![ \t]+(?:to|of)\b)"
        r"|\b(?P<praise>complement(?P<e>ed|ing|s|))[ \t]+(?:him|her|me|them|you|us)[ \t]+(?:on|for)\b"
        # Praise taken or fished for: "I'll take that as a complement." ("served as a complement to" is apt.)
        r"|\b(?:take|takes|took|taken|taking|meant|mean|means)[ \t]+(?:it|that|this|them)[ \t]+as[ \t]+a[ \t]+"
        r"(?P<taken>complement)\b(?![ \t]+(?:to|of)\b)"
        r"|\b(?:fish|fishes|fished|fishing|angling)[ \t]+for[ \t]+(?:a[ \t]+|more[ \t]+)?"
        r"(?P<fished>complement(?P<f>s?))\b",
        "compliment\\g<s>\\g<e>\\g<f>",
        (
            Example("He paid her a complement.", "He paid her a compliment."),
            Example("She complemented him on his coat.", "She complimented him on his coat."),
            Example("I'll take that as a complement.", "I'll take that as a compliment."),
        ),
        ("He paid her a compliment.", "The wine complemented the fish.", "A full complement of men."),
    ),
    _slip(
        "grammar.principal_principle",
        "“principle” (a rule) for “principal” (the head of a school).",
        r"\b(?:vice|assistant|deputy|school|high[ \t]+school)[ \t]+(?P<fix>principle)\b"
        r"|\b(?P<office>principle)['’]s[ \t]+office\b",
        "principal",
        (Example("She was sent to the vice principle.", "She was sent to the vice principal."),),
        ("She was sent to the vice principal.", "It was a matter of principle."),
    ),
    _slip(
        "grammar.principle_principal",
        "“principal” (chief) for “principle” (a rule) in “in principle” and “on principle”.",
        r"\b(?:in|on)[ \t]+(?P<fix>principal)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:alone|anyway|though|at)\b)",
        "principle",
        (Example("I refuse on principal.", "I refuse on principle."),),
        ("I refuse on principle.", "Interest on principal was due.", "The principal said no."),
    ),
    _slip(
        "grammar.discreet_discrete",
        "“discrete” (separate) for “discreet” (careful not to be noticed).",
        r"\b(?:be|been|being|very|so|too|remain|remained|stay|stayed|keep|kept)[ \t]+"
        r"(?P<fix>discrete)(?=[ \t]*[.!?…\"”]|[ \t]+(?:about|with)\b)"
        r"|\b(?:was|were|is|are|more|most)[ \t]+(?P<about>discrete)[ \t]+(?:about|with)\b"
        r"|\b(?:glanced|looked|slipped|checked|wiped|tucked|pocketed|coughed|whispered|gestured|signalled|signaled|"
        r"nodded|motioned|moved|withdrew|left|watched|peeked)[ \t]+(?P<ly>discretely)\b"
        r"|\b(?P<lyb>discretely)[ \t]+(?:glanced|looked|slipped|checked|wiped|tucked|pocketed|coughed|whispered|"
        r"gestured|nodded|motioned|left|watched)\b",
        "discreet",
        (Example("Please be discrete about it.", "Please be discreet about it."),),
        ("Please be discreet about it.", "The data fell into discrete groups.", "They are discrete and separate."),
    ),
    _slip(
        "grammar.stare_stair",
        "“stair” (a step) for “stare” (to look hard).",
        r"\b(?:he|she|it|they|I|we|you|just|to|and)[ \t]+(?P<fix>stair(?P<s>s|d|))[ \t]+at[ \t]+"
        r"(?:him|her|me|them|us|you|the|his|my|their|it)\b",
        "stare\\g<s>",
        (Example("She stairs at him.", "She stares at him."),),
        ("She stares at him.", "The stares of strangers hurt.", "He sat on the stairs at home."),
    ),
    _slip(
        "grammar.stairs_stares",
        "“stares” (hard looks) for “stairs” (steps).",
        r"\b(?:up|down|climbed|climb|climbing|descended|descend|top[ \t]+of|bottom[ \t]+of|foot[ \t]+of|"
        r"flight[ \t]+of|head[ \t]+of)[ \t]+(?:the[ \t]+)?(?P<fix>stares)\b(?![ \t]+(?:of|from)\b)",
        "stairs",
        (Example("He ran up the stares.", "He ran up the stairs."),),
        ("He ran up the stairs.", "She ignored the stares.", "They ducked the stares of the crowd."),
    ),
    _slip(
        "grammar.bawl_ball",
        "“balled her eyes out” for “bawled”.",
        r"\b(?P<fix>ball(?P<s>ed|ing|s|))[ \t]+(?:her|his|my|their|your|our)[ \t]+eyes[ \t]+out\b",
        "bawl\\g<s>",
        (Example("She balled her eyes out.", "She bawled her eyes out."),),
        ("She bawled her eyes out.", "He balled his fists."),
    ),
    _slip(
        "grammar.grisly_grizzly",
        "“grizzly” (a bear) for “grisly” (gruesome).",
        r"\b(?P<fix>grizzly)[ \t]+(?:murder|murders|scene|scenes|death|deaths|details|sight|discovery|remains|crime|"
        r"crimes|find|end|fate|task|business|killing|killings|wound|wounds)\b",
        "grisly",
        (Example("It was a grizzly murder.", "It was a grisly murder."),),
        ("It was a grisly murder.", "A grizzly bear stood up."),
    ),
    _slip(
        "grammar.at_stake",
        "“steak” (meat) for “stake” (a post, or what is risked).",
        r"\bat[ \t]+(?P<fix>(?-i:steak))\b"
        r"|\b(?:burned|burnt|burn|burning|tied|bound)[ \t]+(?:[a-z]+[ \t]+)?(?:at|to)[ \t]+the[ \t]+(?P<burn>steak)\b"
        r"|\ba[ \t]+(?P<heart>steak)[ \t]+(?:through|into)[ \t]+(?:the|his|her|its|their)[ \t]+heart\b"
        r"|\b(?:raise|raised|raising|up|high)[ \t]+the[ \t]+(?P<risk>steak(?P<r>s))\b",
        "stake\\g<r>",
        (Example("Too much is at steak.", "Too much is at stake."),),
        ("Too much is at stake.", "He grilled a steak."),
    ),
    _slip(
        "grammar.horde_hoard",
        "“hoard” (a store) for “horde” (a crowd).",
        r"\b(?:a|the|an[ \t]+entire|whole|huge|vast)[ \t]+(?P<fix>hoard(?P<s>s?))[ \t]+of[ \t]+(?:zombies|people|fans|"
        r"reporters|students|orcs|soldiers|demons|enemies|monsters|tourists|kids|children|rats|insects|bugs|"
        r"locusts|undead|goblins|screaming|angry|barbarians|warriors|invaders|ghouls|vampires)\b"
        r"|\b(?P<crowd>hoard(?P<c>s))[ \t]+of[ \t]+(?:zombies|people|fans|reporters|students|orcs|soldiers|"
        r"demons|enemies|monsters|tourists|kids|children|undead|goblins|screaming|angry)\b",
        "horde\\g<s>\\g<c>",
        (Example("A hoard of zombies shambled in.", "A horde of zombies shambled in."),),
        ("A horde of zombies shambled in.", "A hoard of gold coins."),
    ),
    _slip(
        "grammar.on_cue",
        "“on queue” for “on cue”.",
        r"\b(?:on|right[ \t]+on|as[ \t]+if[ \t]+on)[ \t]+(?P<fix>queue)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:the|a|his|her)\b)"
        r"|\b(?:took|take|takes|taking)[ \t]+(?:his|her|my|their|your|the|our)[ \t]+(?P<take>queue)[ \t]+from\b",
        "cue",
        (Example("Right on queue, the door opened.", "Right on cue, the door opened."),),
        ("Right on cue, the door opened.", "They stood in a queue.", "We waited on the queue list."),
    ),
    _slip(
        "grammar.egg_yolk",
        "“egg yoke” for “egg yolk”.",
        r"\begg[ \t]+(?P<fix>yoke(?P<s>s?))\b",
        "yolk\\g<s>",
        (Example("Beat in the egg yoke.", "Beat in the egg yolk."),),
        ("Beat in the egg yolk.", "The ox wore a yoke."),
    ),
    _slip(
        "grammar.bridal_bridle",
        "“bridle” (a horse's headgear) for “bridal” (of a bride).",
        r"\b(?P<fix>bridle)[ \t]+(?:shower|party|suite|gown|gowns|dress|magazine|magazines|shop|boutique|veil|"
        r"registry|bouquet|procession|chamber|wear)\b",
        "bridal",
        (Example("They threw a bridle shower.", "They threw a bridal shower."),),
        ("They threw a bridal shower.", "He slipped the bridle on."),
    ),
    _slip(
        "grammar.altar_alter",
        "“alter” (to change) for “altar” (the table in a church).",
        r"\b(?:the|an|church|sacrificial|stone|high|wedding)[ \t]+(?P<fix>alter(?P<s>s?))(?=[ \t]*[.,;!?…\"”]|"
        r"[ \t]+(?:boy|boys|rail|cloth|call|of|and|where|with|in|was|stood|candles)\b)",
        "altar\\g<s>",
        (Example("They knelt at the alter.", "They knelt at the altar."),),
        ("They knelt at the altar.", "It did not alter the plan.", "His alter ego was bold."),
    ),
    _slip(
        "grammar.vial_vile",
        "“vile” (disgusting) for “vial” (a small bottle).",
        r"\b(?:a|the|one|another|small|tiny|glass|empty|little)[ \t]+(?P<fix>vile(?P<s>s?))[ \t]+of[ \t]+"
        r"(?:blood|poison|potion|liquid|water|medicine|venom|antidote|perfume|oil|ink|acid|serum|the)\b",
        "vial\\g<s>",
        (Example("She held up a vile of blood.", "She held up a vial of blood."),),
        ("She held up a vial of blood.", "What a vile thing to say."),
    ),
    _slip(
        "grammar.seams_seems",
        "“seems” (appears) for “seams” (stitched joins).",
        r"\bat[ \t]+the[ \t]+(?P<fix>seems)\b",
        "seams",
        (Example("The bag was bursting at the seems.", "The bag was bursting at the seams."),),
        ("The bag was bursting at the seams.", "It seems at the start that it seems odd."),
    ),
    _slip(
        "grammar.seen_scene",
        "“scene” (a place or an episode) for the participle “seen”.",
        r"\b(?:never|have|had|has|'ve|’ve|haven't|haven’t|hadn't|hadn’t|hasn't|hasn’t|been|I've|I’ve)[ \t]+"
        r"(?P<fix>scene)\b(?![ \t]+(?:of|one|two|three|\d)\b)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:him|her|them|it|you|me|"
        r"us|anything|anyone|nothing|such|that|this|a|an|the|so|before|him|since|in)\b)",
        "seen",
        (Example("I've never scene anything like it.", "I've never seen anything like it."),),
        ("I've never seen anything like it.", "She had a scene to write.", "They had scene one ready."),
    ),
    _slip(
        "grammar.plain_plane",
        "“plane” (an aircraft, a level) for “plain” (clear, simple).",
        r"\bin[ \t]+(?P<fix>plane)[ \t]+(?:sight|view|english|language|clothes)\b"
        r"|\b(?P<simple>plane)[ \t]+and[ \t]+simple\b|\bas[ \t]+(?P<day>plane)[ \t]+as[ \t]+day\b",
        "plain",
        (Example("It was hidden in plane sight.", "It was hidden in plain sight."),),
        ("It was hidden in plain sight.", "The plane landed in plain view."),
    ),
    _slip(
        "grammar.soul_sole",
        "“sole” (only, or a foot's underside) for “soul” (a spirit, a person).",
        r"\b(?:not[ \t]+a|kindred|bless[ \t]+(?:his|her|your|my|their)|heart[ \t]+and|living|poor)[ \t]+"
        r"(?P<fix>sole)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:in|around|was|knew|saw|came|on)\b)"
        r"|\b(?P<mate>sole)[ \t]*(?:mate|mates)\b",
        "soul",
        (Example("There was not a sole in sight.", "There was not a soul in sight."),),
        ("There was not a soul in sight.", "She was the sole survivor.", "The sole of his boot."),
    ),
    _slip(
        "grammar.wrapped_rapped",
        "“rapped” (knocked) for “wrapped”.",
        r"\b(?P<fix>rapp(?P<s>ed|ing))[ \t]+(?:(?:his|her|their|my|your|our)[ \t]+arms?[ \t]+(?:around|round|about)|"
        r"in[ \t]+(?:a|the|his|her|their|my)[ \t]+(?:blanket|towel|coat|cloak|sheet|shawl|scarf|arms|jacket|quilt))\b",
        "wrapp\\g<s>",
        (Example("She rapped her arms around him.", "She wrapped her arms around him."),),
        ("She wrapped her arms around him.", "He rapped on the door.", "She rapped his knuckles."),
    ),
    _slip(
        "grammar.tied_tide",
        "“tide” (the sea's rise and fall) for “tied”.",
        r"\b(?:was|were|been|got|get|be|had|hands|feet|wrists|ankles|tongue|tongue-)[ \t]+(?P<fix>tide)[ \t]+"
        r"(?:up|down|together|behind|back|to[ \t]+(?:a|the|his|her|my|their))\b",
        "tied",
        (Example("His hands were tide behind him.", "His hands were tied behind him."),),
        ("His hands were tied behind him.", "The tide up the beach was fast.", "We had the tide back then."),
    ),
    _slip(
        "grammar.supposed_to",
        "“suppose to” for “supposed to” after a verb of being.",
        r"\b(?:was|were|is|are|am|'re|’re|'m|’m|not|'s|’s|wasn't|wasn’t|weren't|weren’t|isn't|isn’t|aren't|aren’t|"
        r"be|been|being|never|still|also|only|always)[ \t]+(?P<fix>suppose)[ \t]+to\b",
        "supposed",
        (Example("We were suppose to meet at six.", "We were supposed to meet at six."),),
        ("We were supposed to meet at six.", "I suppose to them it made sense.", "Let us suppose."),
    ),
    _slip(
        "grammar.used_to",
        "“use to” for “used to” (a past habit) after a subject.",
        r"\b(?:I|we|they|he|she|you|it|who|mom|dad|mum)[ \t]+(?P<fix>use)[ \t]+to[ \t]+(?:be|go|have|do|think|"
        r"live|work|play|get|say|come|love|like|call|make|take|watch|read|sit|walk|run|hate|sing|tell|dream|climb|"
        r"spend|believe|visit|hide|sleep|keep|wear|bring|know|feel|laugh|cry|hang|ride|swim|fight)\b",
        "used",
        (Example("We use to play here as kids.", "We used to play here as kids."),),
        ("We used to play here as kids.", "They use tools to dig.", "I use to-do lists."),
    ),
    _slip(
        "grammar.choose_chose",
        "“chose” (the past) after a modal or “to”, where the base form “choose” is needed.",
        r"\b(?:to|can|could|will|would|should|must|might|may|didn't|didn’t|don't|don’t|doesn't|doesn’t|did|do|"
        r"does|gonna|wanna|'ll|’ll|'d|’d|let[ \t]+(?:me|him|her|them|us))[ \t]+(?P<fix>chose)\b",
        "choose",
        (Example("You have to chose one.", "You have to choose one."),),
        ("You have to choose one.", "She chose the red one.", "The one he chose to keep."),
    ),
    _slip(
        "grammar.ever_since_sense",
        "“ever sense” for “ever since”.",
        r"(?:(?-i:Ever)|\b(?:been|had|has|have|and)[ \t]+ever|,[ \t]*ever)[ \t]+(?P<fix>sense)\b(?![ \t]+of\b)",
        "since",
        (Example("Ever sense that night, he slept badly.", "Ever since that night, he slept badly."),),
        ("Ever since that night, he slept badly.", "Whatever sense it made, it stood.", "Did you ever sense it?"),
    ),
    _slip(
        "grammar.flour_flower",
        "“flower” (a bloom) for “flour” (ground grain) in baking.",
        r"\b(?:cups?|bag|bags|sack|sacks|pinch|dusting|handful|pound|pounds|spoonful|ounces?|grams?|kilo|scoop)"
        r"[ \t]+of[ \t]+(?P<fix>flower)\b"
        r"|\b(?P<bake>flower)(?:,)?[ \t]+(?:and[ \t]+)?(?:sugar|butter|eggs|yeast|baking[ \t]+(?:soda|powder))\b",
        "flour",
        (Example("Add two cups of flower.", "Add two cups of flour."),),
        ("Add two cups of flour.", "She picked a flower.", "A bunch of flowers and sugar cubes."),
    ),
    _slip(
        "grammar.clothes_close",
        "“close” (shut, near) for “clothes” (things to wear) after a verb of dressing or washing.",
        r"\b(?:take|took|taking|takes|strip|stripped|stripping|changed|change|changing|changes|fold|folded|folding|"
        r"wash|washed|washing|pack|packed|packing|ironed|iron|ironing|dried|dry|drying|removed|remove|shed|"
        r"(?:pull|pulled|pulling|put|putting|puts|rip|ripped|tore|tear)[ \t]+(?:off|on))[ \t]+(?:off[ \t]+)?"
        r"(?:(?:his|her|my|their|your|our|the|some)[ \t]+(?:(?:clean|dirty|wet|dry|fresh|spare|old|new|warm)[ \t]+)?|"
        r"(?:clean|dirty|wet|dry|fresh|spare)[ \t]+)(?P<fix>close)"
        r"(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:off|on|and|into|onto|in|from|for|before|again)\b)",
        "clothes",
        (Example("He changed his close and left.", "He changed his clothes and left."),),
        ("He changed his clothes and left.", "She pulled her close.", "He held her close and wept."),
    ),
    _slip(
        "grammar.heard_herd",
        "“herd” (a group of animals) for “heard”, and “heard” for “herd”.",
        r"\b(?:had|have|has|'ve|’ve|'d|’d|never|hadn't|hadn’t|haven't|haven’t|hasn't|hasn’t|I|he|she|we|you)[ \t]+"
        r"(?P<fix>herd)[ \t]+(?:a|the|that|something|nothing|anything|someone|somebody|footsteps|voices|what|about|"
        r"it)(?:[ \t]+(?:noise|sound|voice|knock|crash|scream|shout|rumou?r|story|news|footsteps|thump|"
        r"bang|click|creak|laugh|sob|whisper|cry|door|shot|gunshot|music|song|phone|car|rain|wind|thunder)\b|"
        r"(?<!\bthe)(?<!\ba)\b(?![ \t]+(?:into|in|out|onto|toward|towards|back|together|up|down|along|through|"
        r"across|away)\b))",
        "heard",
        (
            Example("She herd a noise downstairs.", "She heard a noise downstairs."),
            Example("I had herd it before.", "I had heard it before."),
        ),
        ("She heard a noise downstairs.", "They herd the goats home.", "He herd them into the pen."),
    ),
    _slip(
        "grammar.herd_heard",
        "“heard” (the past of hear) for “herd” (a group of animals).",
        r"\b(?:a|the|whole|entire)[ \t]+(?P<fix>heard)[ \t]+of[ \t]+(?:cattle|sheep|cows|deer|goats|elephants|buffalo|"
        r"bison|horses|animals|students|people|kids|children|reindeer|wildebeest|zebras|cats|tourists)\b",
        "herd",
        (Example("A heard of cattle blocked the road.", "A herd of cattle blocked the road."),),
        ("A herd of cattle blocked the road.", "The heard of it was strange."),
    ),
    _slip(
        "grammar.knot_not",
        "“not” for “knot” in the stomach or the throat.",
        r"\ba[ \t]+(?P<fix>not)[ \t]+(?:of[ \t]+(?:dread|fear|anxiety|worry|tension)[ \t]+)?in[ \t]+"
        r"(?:his|her|my|their|your|our|the)[ \t]+(?:stomach|gut|chest|throat|belly)\b"
        r"|\b(?:tied|tie|ties|tying|twisted|twisting)[ \t]+(?:(?:him|her|me|them|us|itself|himself|herself|"
        r"myself)[ \t]+)?"
        r"(?:up[ \t]+)?in[ \t]+(?P<tied>not(?P<s>s))\b",
        "knot\\g<s>",
        (
            Example("There was a not in her stomach.", "There was a knot in her stomach."),
            Example("It tied him in nots.", "It tied him in knots."),
        ),
        ("There was a knot in her stomach.", "It was a not unpleasant feeling in the stomach."),
    ),
    _slip(
        "grammar.taut_taught",
        "“taught” (the past of teach) for “taut” (pulled tight).",
        r"\b(?:stretched|pulled|drawn|drew|held|pull|stretch|stretching|pulling|pulls|holding)[ \t]+"
        r"(?:(?:it|the[ \t]+[a-z]+|his[ \t]+[a-z]+|her[ \t]+[a-z]+)[ \t]+)?(?P<fix>taught)"
        r"(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:and|as|against|across|over|between|beneath|under|with)\b)"
        r"|\b(?:a|the)[ \t]+(?P<tight>taught)[ \t]+(?:rope|line|wire|string|cord|muscle|muscles|jaw|face|voice|"
        r"smile|expression|silence|bowstring|leash|chain|body|line)\b",
        "taut",
        (
            Example("He pulled the rope taught.", "He pulled the rope taut."),
            Example("There was a taught silence.", "There was a taut silence."),
        ),
        ("He pulled the rope taut.", "She had taught him well.", "He was taught as a boy."),
    ),
    _slip(
        "grammar.teeming_teaming",
        "“teaming with” (joining) for “teeming with” (full of).",
        r"\b(?P<fix>team(?P<s>ing|ed|s))[ \t]+with[ \t]+(?:people|life|fish|rats|bugs|insects|tourists|crowds|wildlife|"
        r"vermin|ants|maggots|flies|bees|creatures|monsters|zombies|demons|birds|activity|rain|students|shoppers|"
        r"soldiers|refugees|bodies|spiders|mice|roaches|cockroaches)\b",
        "teem\\g<s>",
        (Example("The market was teaming with people.", "The market was teeming with people."),),
        ("The market was teeming with people.", "They were teaming with the police."),
    ),
    _slip(
        "grammar.born_and_bred",
        "“born and bread” for “born and bred”.",
        r"\bborn[ \t]+and[ \t]+(?P<fix>bread)\b",
        "bred",
        (Example("She was born and bread here.", "She was born and bred here."),),
        ("She was born and bred here.", "Bread was cheap."),
    ),
    _slip(
        "grammar.sheer_shear",
        "“shear” (to cut) for “sheer” (utter, steep, thin).",
        r"\b(?P<fix>shear)[ \t]+(?:terror|panic|luck|will|willpower|size|volume|number|amount|joy|relief|exhaustion|"
        r"bliss|delight|fury|rage|determination|drop|cliff|cliffs|fabric|curtain|curtains|silk|nightgown|stockings|"
        r"white|black|horror|stubbornness|scale|weight|boredom|desperation|audacity|nerve|genius|madness|"
        r"force[ \t]+of)\b",
        "sheer",
        (Example("It was shear luck.", "It was sheer luck."),),
        ("It was sheer luck.", "They shear the sheep in May.", "The shear force broke it."),
    ),
    _slip(
        "grammar.creak_creek",
        "“creek” (a stream) for “creak” (a groan of wood or hinges), and the reverse in “up the creek”.",
        r"\b(?:floorboards?|stairs?|door|doors|hinges?|chair|bed|boards|step|steps|gate|wood|springs|joints|knees|"
        r"ship|mattress|floor|leather|rope|ropes|timbers|beams|wheels|swing)[ \t]+(?P<fix>creek(?P<s>ed|ing|s|))\b"
        r"|\b(?:the|a|an)[ \t]+(?P<noise>creek)[ \t]+of[ \t]+(?:(?:the|a|an|his|her|old)[ \t]+)?(?:door|floor|"
        r"floorboards|hinges|stairs|chair|bed|gate|wood|leather|rope|springs|boards|timbers)\b",
        "creak\\g<s>",
        (
            Example("The floorboards creeked under him.", "The floorboards creaked under him."),
            Example("She heard the creek of the door.", "She heard the creak of the door."),
        ),
        ("The floorboards creaked under him.", "They swam in the creek.", "The creek of the valley ran dry."),
    ),
    _slip(
        "grammar.up_the_creek",
        "“up the creak” for “up the creek”.",
        r"\bup[ \t]+the[ \t]+(?P<fix>creak)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:without|now|again|here)\b)",
        "creek",
        (Example("We're up the creak now.", "We're up the creek now."),),
        ("We're up the creek now.", "He heard the creak of the door."),
    ),
    _slip(
        "grammar.weigh_way",
        "“way” (a path) for “weigh” (to judge, to press down).",
        r"\b(?P<fix>way(?P<s>s|ed|ing|))[ \t]+(?:heavily|heavy)[ \t]+(?:on|upon)\b"
        r"|\b(?P<judge>way(?P<j>ed|ing))[ \t]+(?:the|his|her|my|their|our|your)[ \t]+(?:options|pros|choices|words|"
        r"odds|risks|costs|consequences|decision)\b"
        r"|\b(?P<press>way(?P<p>ed|ing))[ \t]+(?:on|upon)[ \t]+(?:him|her|me|them|us|his|my|their|everyone)\b",
        "weigh\\g<s>\\g<j>\\g<p>",
        (
            Example("It wayed heavily on him.", "It weighed heavily on him."),
            Example("She was waying her options.", "She was weighing her options."),
        ),
        ("It weighed heavily on him.", "That way lay madness.", "Either way the options were poor."),
    ),
    _slip(
        "grammar.patience_patients",
        "“patients” (people in care) for “patience”.",
        r"\b(?P<fix>patients)[ \t]+(?:(?:was|is|were|had[ \t]+been)[ \t]+)?(?:wearing|worn|wore)[ \t]+thin\b"
        r"|\b(?P<virtue>patients)[ \t]+is[ \t]+a[ \t]+virtue\b"
        r"|\b(?:test|tested|testing|tests|try|tried|trying|tries|lose|losing|lost)[ \t]+(?:my|his|her|their|your|"
        r"our)[ \t]+(?P<own>patients)(?=[ \t]*[.,;!?…\"”]|[ \t]+with\b)"
        r"|\b(?P<saint>patients)[ \t]+of[ \t]+a[ \t]+saint\b",
        "patience",
        (Example("My patients is wearing thin.", "My patience is wearing thin."),),
        ("My patience is wearing thin.", "The doctor saw her patients.", "He lost two patients that night."),
    ),
    _slip(
        "grammar.meddle_medal",
        "“medal” (an award) for “meddle” (to interfere).",
        r"\b(?:to|don't|don’t|not|never|stop|shouldn't|shouldn’t|won't|won’t|didn't|didn’t)[ \t]+(?P<fix>medal)"
        r"[ \t]+(?:in|with)[ \t]+(?:my|his|her|their|your|our|other|people's|people’s|things|affairs|business|"
        r"matters)\b",
        "meddle",
        (Example("Don't medal in my affairs.", "Don't meddle in my affairs."),),
        ("Don't meddle in my affairs.", "He went on to medal in Rome.", "She won a medal in Rome."),
    ),
    _slip(
        "grammar.mettle_metal",
        "“metal” (iron, steel) for “mettle” (courage) when it is tested or shown.",
        r"\b(?:test|tested|testing|tests|prove|proved|proven|proving|show|showed|shown|showing)[ \t]+"
        r"(?:his|her|their|my|your|our|its)[ \t]+(?P<fix>metal)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:and|as|against)\b)",
        "mettle",
        (Example("The fight would test her metal.", "The fight would test her mettle."),),
        ("The fight would test her mettle.", "He tested his metal detector."),
    ),
    _slip(
        "grammar.bail_bale",
        "“bale” (of hay) for “bail” (release, or leaving in a hurry).",
        r"\b(?:post|posted|posting|pay|paid|paying|skip|skipped|skipping|jump|jumped|jumping|out[ \t]+on|granted|"
        r"denied)[ \t]+(?P<fix>bale)\b(?![ \t]+(?:of|after)\b)"
        r"|\b(?P<out>bale(?P<s>d|s|))[ \t]+(?:(?:me|him|her|them|us|you)[ \t]+)out\b(?![ \t]+of[ \t]+(?:the|a)[ \t]+"
        r"(?:plane|aircraft|cockpit)\b)",
        "bail\\g<s>",
        (Example("His mom posted bale.", "His mom posted bail."),),
        ("His mom posted bail.", "A bale of hay.", "He made bale of straw after bale."),
    ),
    _slip(
        "grammar.manner_manor",
        "“manor” (a country house) for “manner” (a way of behaving).",
        r"\bin[ \t]+a[ \t]+(?P<fix>manor)[ \t]+of[ \t]+speaking\b"
        r"|\b(?:in|with)[ \t]+a[ \t]+(?:similar|friendly|calm|polite|timely|professional|casual|matter-of-fact|brisk|"
        r"curt|careful|nonchalant|threatening|teasing|playful|sarcastic|gentle|respectful|rude|businesslike|"
        r"dismissive|condescending|mocking)[ \t]+(?P<way>manor)\b"
        r"|\b(?:table|good|bad|mind[ \t]+your|mind[ \t]+his|mind[ \t]+her|no|some|his|her|your|my|their|perfect|"
        r"polite)[ \t]+(?P<ways>manor(?P<w>s))(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:and|were|are|was|is)\b)",
        "manner\\g<w>",
        (Example("Mind your manors, boy.", "Mind your manners, boy."),),
        ("Mind your manners, boy.", "They owned three manors and a castle."),
    ),
    _slip(
        "grammar.root_route",
        "“route” (a way) for “root” (a cause, or cheering for a side).",
        r"\bthe[ \t]+(?P<fix>route)[ \t]+of[ \t]+(?:the|all|his|her|this|that|it|our|their|my|"
        r"your)[ \t]+(?:[a-z]+[ \t]+)?"
        r"(?:problem|problems|evil|issue|issues|trouble|matter|cause|pain|fear|anger)\b"
        r"|\b(?P<cheer>rout(?:e|(?P<ing>ing)))[ \t]+for[ \t]+(?:you|me|him|her|them|us|(?:the|our|his|her|your|my|"
        r"their)[ \t]+(?:team|side|underdog|home|guy|girl|kid|boys|girls))\b",
        "root\\g<ing>",
        (Example("Money is the route of all evil.", "Money is the root of all evil."),),
        ("Money is the root of all evil.", "The route of the parade was long."),
    ),
    _slip(
        "grammar.wave_waive",
        "“waive” (to give up a right) for “wave” (of the hand).",
        r"\b(?P<fix>waiv(?P<s>e|ed|es|ing))[ \t]+(?:goodbye|good-bye|bye|at|back(?=[ \t]*[.,;!?…])|"
        r"a[ \t]+hand|hello)\b",
        "wav\\g<s>",
        (Example("She waived goodbye from the car.", "She waved goodbye from the car."),),
        ("She waved goodbye from the car.", "He waived the fee.", "They waived their rights at once."),
    ),
    _slip(
        "grammar.wine_whine",
        "“whine” (a complaint) for “wine” (the drink).",
        r"\b(?:glass|glasses|bottle|bottles|cup|jug|cask|barrel|red|white|mulled|sparkling)[ \t]+(?:of[ \t]+)?"
        r"(?P<fix>whine)\b",
        "wine",
        (Example("She poured a glass of whine.", "She poured a glass of wine."),),
        ("She poured a glass of wine.", "The dog let out a whine."),
    ),
    _slip(
        "grammar.suite_sweet",
        "“sweet” (sugary) for “suite” (a set of rooms).",
        r"\b(?:hotel|honeymoon|bridal|presidential|master|executive|penthouse|"
        r"hospital)[ \t]+(?P<fix>sweet(?P<s>s?))\b",
        "suite\\g<s>",
        (Example("They booked the honeymoon sweet.", "They booked the honeymoon suite."),),
        ("They booked the honeymoon suite.", "The cake was sweet."),
    ),
    _slip(
        "grammar.tongue_in_cheek",
        "“tongue and cheek” for “tongue in cheek”.",
        r"\btongue[ \t]+(?P<fix>and)[ \t]+cheek\b",
        "in",
        (Example("It was a tongue and cheek remark.", "It was a tongue in cheek remark."),),
        ("It was a tongue in cheek remark.", "She bit her tongue and the cheek bled."),
    ),
    _slip(
        "grammar.case_in_point",
        "“case and point” for “case in point”.",
        r"\bcase[ \t]+(?P<fix>and)[ \t]+point\b",
        "in",
        (Example("Case and point: the cake.", "Case in point: the cake."),),
        ("Case in point: the cake.", "The case and the point of it were clear."),
    ),
    _slip(
        "grammar.intents_and_purposes",
        "“for all intensive purposes” for “for all intents and purposes”.",
        r"\ball[ \t]+(?P<fix>intensive)[ \t]+purposes\b",
        "intents and",
        (Example("For all intensive purposes, it was over.", "For all intents and purposes, it was over."),),
        ("For all intents and purposes, it was over.", "It was intensive work."),
    ),
    _slip(
        "grammar.deep_seated",
        "“deep-seeded” for “deep-seated”.",
        r"\bdeep[ \t-]+(?P<fix>seeded)\b",
        "seated",
        (Example("It was a deep-seeded fear.", "It was a deep-seated fear."),),
        ("It was a deep-seated fear.", "The rows were seeded deep."),
    ),
    _slip(
        "grammar.nip_in_the_bud",
        "“nip it in the butt” for “nip it in the bud”.",
        r"\bnip(?:ped|ping|s)?[ \t]+(?:it|this|that|them)[ \t]+in[ \t]+the[ \t]+(?P<fix>butt)\b",
        "bud",
        (Example("We need to nip this in the butt.", "We need to nip this in the bud."),),
        ("We need to nip this in the bud.", "The dog bit him in the butt."),
    ),
    _slip(
        "grammar.lo_and_behold",
        "“low and behold” for “lo and behold”.",
        r"\b(?P<fix>low)[ \t]+and[ \t]+behold\b",
        "lo",
        (Example("Low and behold, it worked.", "Lo and behold, it worked."),),
        ("Lo and behold, it worked.", "The sun was low and bright."),
    ),
    _slip(
        "grammar.by_and_large",
        "“by in large” for “by and large”.",
        r"\bby[ \t]+(?P<fix>in)[ \t]+large\b",
        "and",
        (Example("By in large, they agreed.", "By and large, they agreed."),),
        ("By and large, they agreed.", "He was paid by in-large batches."),
    ),
    _slip(
        "grammar.beck_and_call",
        "“beckon call” for “beck and call”.",
        r"\b(?P<fix>beckon)[ \t]+call\b",
        "beck and",
        (Example("She was at his beckon call.", "She was at his beck and call."),),
        ("She was at his beck and call.", "He would beckon, call, and wave."),
    ),
    _slip(
        "grammar.sleight_of_hand",
        "“slight of hand” for “sleight of hand”.",
        r"\b(?P<fix>slight)[ \t]+of[ \t]+hand\b",
        "sleight",
        (Example("It was a trick, a slight of hand.", "It was a trick, a sleight of hand."),),
        ("It was a trick, a sleight of hand.", "A slight wave of his hand."),
    ),
    _slip(
        "grammar.pass_muster",
        "“pass mustard” for “pass muster”.",
        r"\bpass(?:ed|es|ing)?[ \t]+(?P<fix>mustard)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:with|for|at)\b)",
        "muster",
        (Example("It will not pass mustard.", "It will not pass muster."),),
        ("It will not pass muster.", "Please pass mustard and salt."),
    ),
    _slip(
        "grammar.hunger_pangs",
        "“hunger pains” for “hunger pangs”.",
        r"\bhunger[ \t]+(?P<fix>pains)\b",
        "pangs",
        (Example("Hunger pains kept him up.", "Hunger pangs kept him up."),),
        ("Hunger pangs kept him up.", "The pains of hunger kept him up."),
    ),
    _slip(
        "grammar.hairs_breadth",
        "“hair's breath” for “hair's breadth”.",
        r"\bhair['’]s[ \t]+(?P<fix>breath)\b",
        "breadth",
        (Example("It missed by a hair's breath.", "It missed by a hair's breadth."),),
        ("It missed by a hair's breadth.", "The hair's colour faded."),
    ),
    _slip(
        "grammar.all_of_a_sudden",
        "“all of the sudden” for “all of a sudden”.",
        r"\ball[ \t]+of[ \t]+(?P<fix>the)[ \t]+sudden\b",
        "a",
        (Example("All of the sudden, it rained.", "All of a sudden, it rained."),),
        ("All of a sudden, it rained.", "All of a sudden, it rained."),
    ),
    _slip(
        "grammar.led_to_believe",
        "“lead to believe” for “led to believe”.",
        r"\b(?:was|were|been|being|be|is|are|am)[ \t]+(?P<fix>lead)[ \t]+to[ \t]+believe\b",
        "led",
        (Example("I was lead to believe otherwise.", "I was led to believe otherwise."),),
        ("I was led to believe otherwise.", "These facts lead to believe it."),
    ),
    _slip(
        "grammar.as_though",
        "“as thought” for “as though”.",
        r"\b(?:look|looked|looks|looking|felt|feel|feels|feeling|seemed|seem|seems|sounded|sound|sounds|act|acted|"
        r"acts|acting|almost|just|even|smelled|tasted)[ \t]+as[ \t]+(?P<fix>thought)[ \t]+(?:he|she|it|they|I|we|"
        r"you|someone|something|nothing|the|a|his|her|their|my|your)\b",
        "though",
        (Example("He looked as thought he might cry.", "He looked as though he might cry."),),
        ("He looked as though he might cry.", "Such ideas as thought and feeling."),
    ),
    _slip(
        "grammar.rein_reign",
        "“reign” (a monarch's rule) for “rein” (a horse's strap): “free rein”, “rein in”, “take the reins”.",
        r"\bfree[ \t]+(?P<fix>reign(?P<s>s?))\b"
        r"|\b(?P<curb>reign(?P<c>s?))[ \t]+in[ \t]+(?:his|her|my|their|your|our)[ \t]+(?:temper|anger|emotions|"
        r"feelings|horse|tongue|impulses|thoughts|frustration|rage|fear|panic|magic|power|powers)\b"
        r"|\b(?:held|hold|holding|pulled|pull|took|take|taking|grabbed|handed|gathered|tugged)[ \t]+(?:the|his|her|"
        r"my|their|your)[ \t]+(?P<strap>reign(?P<r>s))\b"
        r"|\b(?:tight|tighter|short|shorter|loose|looser)[ \t]+(?P<tight>reign(?P<t>s?))\b"
        r"|\b(?P<self>reign(?P<e>ed|ing|s|))[ \t]+(?:himself|herself|myself|themselves|yourself|itself|it|him|her|"
        r"them)[ \t]+in\b"
        r"|\b(?:yanked|yank|snapped|flicked|shook|dropped|loosened|tightened|slackened|gripped|clutched|released|"
        r"tugging|gathering|grabbing|holding|pulling|let[ \t]+go[ \t]+of)[ \t]+(?:the|his|her|my|their|your)[ \t]+"
        r"(?P<handle>reign(?P<h>s))\b",
        "rein\\g<s>\\g<c>\\g<r>\\g<t>\\g<e>\\g<h>",
        (
            Example("She gave him free reign.", "She gave him free rein."),
            Example("He took the reigns.", "He took the reins."),
            Example("She kept a tight reign on her voice.", "She kept a tight rein on her voice."),
            Example("He reigned himself in.", "He reined himself in."),
        ),
        ("She gave him free rein.", "The queen's reign in Scotland was long.", "He took the reins."),
    ),
    _slip(
        "grammar.toe_the_line",
        "“tow the line” for “toe the line”.",
        r"\b(?P<fix>tow(?P<s>ed|ing|s|))[ \t]+the[ \t]+(?:party[ \t]+)?line"
        r"(?=[ \t]*[.,;!?…]|[ \t]+(?:and|or|for|with)\b)",
        "toe\\g<s>",
        (Example("You will tow the line.", "You will toe the line."),),
        ("You will toe the line.", "They towed the line of barges upriver."),
    ),
    _slip(
        "grammar.bated_breath",
        "“baited breath” for “bated breath”.",
        r"\b(?P<fix>baited)[ \t]+breath\b",
        "bated",
        (Example("We waited with baited breath.", "We waited with bated breath."),),
        ("We waited with bated breath.", "He baited the hook."),
    ),
    _slip(
        "grammar.wreak_havoc",
        "“wreck havoc” for “wreak havoc”.",
        r"\b(?P<fix>(?:wreck|reek)(?P<s>ed|ing|s|))[ \t]+havoc\b",
        "wreak\\g<s>",
        (Example("The storm wrecked havoc on the coast.", "The storm wreaked havoc on the coast."),),
        ("The storm wreaked havoc on the coast.", "The storm wrecked the boat."),
    ),
    _slip(
        "grammar.one_and_the_same",
        "“one in the same” for “one and the same”.",
        r"\b(?:are|is|was|were|be|being|been|'re|’re)[ \t]+one[ \t]+(?P<fix>in)[ \t]+the[ \t]+same"
        r"(?=[ \t]*[.,;!?…\"”])",
        "and",
        (Example("The two men were one in the same.", "The two men were one and the same."),),
        ("The two men were one and the same.", "She spoke to some one in the same room."),
    ),
    _slip(
        "grammar.shudder_shutter",
        "“shuttered” (closed up) for “shuddered” (trembled).",
        r"\b(?:he|she|I|they|we)[ \t]+(?P<fix>shutter(?P<s>ed|s))(?=[ \t]*[.,;!?…]|[ \t]+(?:at|as|when|violently|"
        r"slightly|visibly|involuntarily|again|in[ \t]+(?:pain|fear|disgust|horror|pleasure|relief))\b)",
        "shudder\\g<s>",
        (Example("She shuttered at the thought.", "She shuddered at the thought."),),
        ("She shuddered at the thought.", "They shuttered the shop for winter.", "The shop was shuttered."),
    ),
    _slip(
        "grammar.steel_steal",
        "“steal” (rob) for “steel” (brace) and the reverse, in fixed phrases.",
        r"\bnerves[ \t]+of[ \t]+(?P<fix>steal)\b"
        r"|\b(?P<brace>steal(?P<s>s|ing|))[ \t]+(?:himself|herself|myself|themselves|yourself|ourselves)[ \t]+"
        r"(?:for|against)\b",
        "steel\\g<s>",
        (
            Example("He had nerves of steal.", "He had nerves of steel."),
            Example("She had to steal herself for the blow.", "She had to steel herself for the blow."),
        ),
        ("He had nerves of steel.", "He tried to steal a look."),
    ),
    _slip(
        "grammar.back_and_forth",
        "“back and fourth” for “back and forth”.",
        r"\bback[ \t]+and[ \t]+(?P<fix>fourth)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:across|between|along|over|through|on|"
        r"with|like|and|as|in[ \t]+front)\b)",
        "forth",
        (Example("She paced back and fourth.", "She paced back and forth."),),
        ("She paced back and forth.", "He came back and fourth in the race."),
    ),
    _slip(
        "grammar.pale_pail",
        "“pail” (a bucket) for “pale” (without colour).",
        r"\b(?:turned|turn|turning|went|go|going|looked|look|looking|grew|grown|deathly|ghostly|very|so|too|"
        r"beyond[ \t]+the)[ \t]+(?P<fix>pail)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:and|as|with|at)\b)",
        "pale",
        (Example("Her face turned pail.", "Her face turned pale."),),
        ("Her face turned pale.", "He carried the pail.", "She went to fetch a pail."),
    ),
    _slip(
        "grammar.of_course",
        "“of coarse” for “of course”.",
        r"\bof[ \t]+(?P<fix>coarse)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:not|I|he|she|it|they|we|you)\b)"
        # "Coarse I did." opening a sentence: the clipped "'Course", never the adjective before a pronoun.
        r"|(?:^|(?<=[\"“‘'])|(?<=[.!?][ \t])|(?<=\n))(?P<opening>(?-i:Coarse))(?=[ \t]*[,!.]|[ \t]+(?:I|I'm|I’m|"
        r"I'll|I’ll|he|she|it|it's|it’s|they|we|you|not|there)\b)",
        "course",
        (
            Example("“Of coarse, I'll come.”", "“Of course, I'll come.”"),
            Example("“Coarse I grabbed it.”", "“Course I grabbed it.”"),
        ),
        ("“Of course, I'll come.”", "A coat of coarse wool.", "Coarse sand stung her feet."),
    ),
    _slip(
        "grammar.waist_waste",
        "“waste” (to squander) for “waist” (the middle of the body).",
        r"\b(?:around|round|about)[ \t]+(?:his|her|my|their|your|our)[ \t]+(?P<fix>waste)\b"
        r"|\b(?P<deep>waste)-(?:deep|high|length)\b",
        "waist",
        (Example("He put an arm around her waste.", "He put an arm around her waist."),),
        ("He put an arm around her waist.", "Don't let it go to waste.", "It came to his waste of time."),
    ),
    _slip(
        "grammar.waste_waist",
        "“waist” (the middle of the body) for “waste” (squandering).",
        r"\b(?P<fix>waist)[ \t]+of[ \t]+(?:(?:good|perfectly[ \t]+good|precious|valuable|my|your|his|her|our|"
        r"their)[ \t]+)?(?:time|coal|fuel|money|space|energy|effort|breath|life|talent|food|resources|water|"
        r"paper|ink|oil|gas|ammo|ammunition|a[ \t]+(?:day|night|morning|life|perfectly))\b"
        r"|\b(?:go|goes|went|gone|going|let[ \t]+it[ \t]+go)[ \t]+to[ \t]+(?P<to>waist)\b",
        "waste",
        (
            Example("It's a waist of good coal.", "It's a waste of good coal."),
            Example("Don't let it go to waist.", "Don't let it go to waste."),
        ),
        ("It's a waste of good coal.", "The water came up to her waist.", "A waist of thirty inches."),
    ),
    _slip(
        "grammar.aloud_said_allowed",
        "“allowed” (permitted) for “aloud” (out loud) after a verb of saying.",
        r"\b(?:read|said|say|says|laughed|wondered|wonder|wondering|spoke|mused|murmured|speak|laugh|laughing)"
        r"[ \t]+(?P<fix>allowed)(?=[ \t]*[.,;!?…\"”])"
        # Reading something out: "read the letter allowed."
        r"|\b(?:read|reads|reading|recited|recite)[ \t]+(?:it|them|this|that|the[ \t]+[a-z]+)[ \t]+(?P<out>allowed)"
        r"(?=[ \t]*[.,;!?…\"”])",
        "aloud",
        (Example("She wondered allowed.", "She wondered aloud."),),
        ("She wondered aloud.", "He said it was allowed."),
    ),
    _slip(
        "grammar.in_vain",
        "“in vein” for “in vain”.",
        r"\bin[ \t]+(?P<fix>vein)(?=[ \t]*[.,;!?…\"”])|\ball[ \t]+in[ \t]+(?P<all>vein)\b",
        "vain",
        (Example("They searched in vein.", "They searched in vain."),),
        ("They searched in vain.", "Something in that vein.", "Blood in the vein."),
    ),
    _slip(
        "grammar.woman_women",
        "“women” (plural) after “a” or “one”, for “woman”.",
        r"\b(?:a|one|another|every|each)[ \t]+(?P<fix>women)\b(?!['’])",
        "woman",
        (Example("A women stood at the door.", "A woman stood at the door."),),
        ("A woman stood at the door.", "It was a women's magazine.", "She believed that women knew."),
    ),
    _slip(
        "grammar.role_model",
        "“roll model” for “role model”.",
        r"\b(?P<fix>roll)[ \t]+(?:model|models|reversal)\b",
        "role",
        (Example("He was my roll model.", "He was my role model."),),
        ("He was my role model.", "She made a bread roll."),
    ),
    _slip(
        "grammar.where_wear",
        "“Wear” for “Where” opening a question.",
        r"(?:^|(?<=[\"“])|(?<=[.!?][ \t]))(?P<fix>(?-i:Wear))[ \t]+(?:are|is|was|were|did|do|does|have|has|had)[ \t]+"
        r"(?:you|we|they|he|she|i|it|the|my|your)\b",
        "Where",
        (Example("“Wear are you going?”", "“Where are you going?”"),),
        ("“Where are you going?”", "What you wear is your business."),
    ),
    _slip(
        "grammar.flair_flare",
        "“flare” (a burst of light) and “flair” (a talent) swapped.",
        r"\b(?:a|the|his|her|their|my|your)[ \t]+(?P<fix>flare)[ \t]+for\b",
        "flair",
        (Example("He had a flare for the dramatic.", "He had a flair for the dramatic."),),
        ("He had a flair for the dramatic.", "They fired a flare into the sky."),
    ),
    _slip(
        "grammar.flare_flair",
        "“flair” (a talent) for “flare” (a burst) of a feeling or a light.",
        r"\b(?:a|the|another)[ \t]+(?P<fix>flair)[ \t]+of[ \t]+(?:pain|anger|panic|light|heat|magic|fire|"
        r"irritation|annoyance|hope|fear|jealousy|guilt|pride|temper)\b|\b(?P<up>flair(?P<s>ed|s|))[ \t]+up\b",
        "flare\\g<s>",
        (Example("A flair of pain shot up his arm.", "A flare of pain shot up his arm."),),
        ("A flare of pain shot up his arm.", "She had a flair for colour."),
    ),
    _slip(
        "grammar.faze_phase",
        "“phase” (a stage) for “faze” (to unsettle).",
        r"\b(?:didn't|didn’t|doesn't|doesn’t|don't|don’t|won't|won’t|never|not|barely|hardly|even)[ \t]+"
        r"(?P<fix>phase(?P<s>d|s|))[ \t]+(?:him|her|me|them|us|you)\b",
        "faze\\g<s>",
        (Example("The noise didn't phase him.", "The noise didn't faze him."),),
        ("The noise didn't faze him.", "They did not phase out the plan."),
    ),
    _slip(
        "grammar.moot_point",
        "“a mute point” for “a moot point”.",
        r"\b(?P<fix>mute)[ \t]+point\b",
        "moot",
        (Example("It's a mute point now.", "It's a moot point now."),),
        ("It's a moot point now.", "She pressed mute."),
    ),
    _slip(
        "grammar.chord_cord",
        "“chord” (music) and “cord” (a string) swapped in “struck a chord”, “vocal cords”, “spinal cord”.",
        r"\b(?:struck|strike|strikes|striking|hit|touched)[ \t]+a[ \t]+(?P<fix>cord)\b",
        "chord",
        (Example("His words struck a cord.", "His words struck a chord."),),
        ("His words struck a chord.", "He cut a cord."),
    ),
    _slip(
        "grammar.cord_chord",
        "“chord” (music) for “cord” (a string) in “vocal cords” and “spinal cord”.",
        r"\b(?:vocal|spinal|umbilical)[ \t]+(?P<fix>chord(?P<s>s?))\b",
        "cord\\g<s>",
        (Example("It strained her vocal chords.", "It strained her vocal cords."),),
        ("It strained her vocal cords.", "He played a chord."),
    ),
    _slip(
        "grammar.wring_ring",
        "“ring” (a bell, a circle) for “wring” (twist) with hands or a neck.",
        r"\b(?P<fix>ring(?P<s>ing|s|))[ \t]+(?:his|her|their|my|your|our)[ \t]+(?:hands|neck)\b",
        "wring\\g<s>",
        (Example("She stood ringing her hands.", "She stood wringing her hands."),),
        ("She stood wringing her hands.", "He wore a ring on his hand."),
    ),
    _slip(
        "grammar.loath_loathe",
        "“loathe” (to hate) for “loath” (unwilling) before “to”.",
        r"\b(?:was|am|is|were|be|been|seemed|seem|felt|so|too|more|rather)[ \t]+(?P<fix>loathe)[ \t]+to\b",
        "loath",
        (Example("He was loathe to leave.", "He was loath to leave."),),
        ("He was loath to leave.", "I loathe to admit it."),
    ),
    _slip(
        "grammar.conscious_conscience",
        "“conscience” (a moral sense) for “conscious” (awake, aware).",
        r"\b(?:barely|fully|half|semi|still|was|were|is|be|become|became|stay|stayed|remain|remained|self)[ \t-]+"
        r"(?P<fix>conscience)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:of|that|and)\b)",
        "conscious",
        (Example("He was barely conscience.", "He was barely conscious."),),
        ("He was barely conscious.", "His conscience was clear.", "It was a matter of conscience."),
    ),
    _slip(
        "grammar.hes_his",
        "“he's” (he is) for “his” before a thing he owns (“he's mom”, “he's hand”).",
        # Only nouns that follow "his" but hardly ever "he is" ("he's family", "he's head of", "he's friends
        # with" are right).
        r"\b(?P<fix>he['’]s)[ \t]+(?:own|mom|mum|dad|mother|father|parents|sister|wife|girlfriend|boyfriend|"
        r"grandmother|grandma|grandpa|car|truck|bike|phone|hand|arm|arms|fingers|shoulder|shoulders|lips|mouth|"
        r"eyes|hair|jaw|chest|knees|legs|feet|shirt|jacket|coat|hat|boots|bag|backpack|room|bedroom|house|"
        r"apartment|desk|voice|gaze|eyebrows|brow|forehead|cheek|cheeks|neck|nose|ears|fist|palm|thumb|"
        r"wrist|sword|gun|glasses|mind|heart|breath|tongue)\b"
        r"(?![ \t]+(?:down|up|and[ \t]+(?:I|we))\b)",
        "his",
        (
            Example(
                "We met when he's mom and mine were stuck together.",
                "We met when his mom and mine were stuck together.",
            ),
            Example("He ran he's hand through his hair.", "He ran his hand through his hair."),
        ),
        (
            "We met when his mom called.",
            "He's family.",
            "He's head of the guard.",
            "He's all ears.",
            "He's hands down the best.",
        ),
    ),
    _slip(
        "grammar.right_write",
        "“right” for “write” before a thing one writes (“right a song”, “right it down”).",
        r"\b(?:to|should|could|would|will|can|gonna|must|might|['’]ll|['’]d|didn['’]t|don['’]t|never|I|you|we|they|"
        r"please|and|or)[ \t]+(?P<fix>right)[ \t]+(?:(?:a|an|the|this|that|my|your|his|her|their|our|another|"
        r"some|me|him|us|them|you)[ \t]+(?:[a-z]+[ \t]+)?(?:song|songs|letter|letters|note|notes|book|books|story|"
        r"stories|poem|poems|essay|essays|list|message|text|email|report|paper|speech|novel|chapter|check|"
        r"cheque|diary|journal|fic|fanfic)\b|(?:it|them|that|this|everything)[ \t]+down\b|back\b(?=[ \t]*[.,;!?]|"
        r"[ \t]+(?:soon|to|when)\b))",
        "write",
        (
            Example("Somebody should right a song about it.", "Somebody should write a song about it."),
            Example("I'll right it down.", "I'll write it down."),
        ),
        (
            "Somebody should write a song about it.",
            "I'll be right back.",
            "We must right the wrong.",
            "You can right the ship.",
            "They went right back to it.",
        ),
    ),
    _slip(
        "grammar.piece_peace",
        "“peace” (calm) for “piece” (a part): “torn to peaces”, “a peace of paper”.",
        r"\b(?:to|in|into|two|three|four|five|ten|many|several|few|tiny|small|little|thousand|million|hundred|"
        r"broken|jagged|sharp)[ \t]+(?P<fix>peace(?P<s>s))\b"
        r"|\b(?P<part>peace)[ \t]+of[ \t]+(?:cake|paper|wood|glass|metal|advice|work|art|evidence|bread|cloth|"
        r"fabric|furniture|jewelry|jewellery|toast|pie|meat|information|equipment|string|rope|junk|shit|crap|"
        r"trash|chocolate|candy|fruit|armor|armour|parchment|card|cardboard|tape|gum|pizza|cheese|plastic|"
        r"toilet|tissue|music|writing|software|code|news|gossip|luggage|jewellry|scrap|driftwood|fish|chicken|"
        r"steak|cloth|leather|lint|debris|shrapnel|rock|stone|bone|ice|land|meat)\b"
        # Whole, or bit by bit: "home in one peace", "peace by peace".
        r"|\bin[ \t]+one[ \t]+(?P<whole>peace)\b|\b(?P<bit>peace)[ \t]+by[ \t]+peace\b"
        # A part of a thing named next: "a peace of the pie", "one small peace of it" ("a peace of the brave"
        # is rare; "a little peace of mind" is the calm).
        r"|\b(?:a|one|another|each|every|last|the[ \t]+last|the[ \t]+biggest)[ \t]+(?:(?:small|little|tiny|big|"
        r"large|huge|single|broken|thin|thick)[ \t]+)?(?P<some>peace)[ \t]+of[ \t]+(?:the|that|this|his|her|my|"
        r"your|their|our|it|them)\b",
        "piece\\g<s>",
        (
            Example("The treaty was torn to peaces.", "The treaty was torn to pieces."),
            Example("She handed me a peace of paper.", "She handed me a piece of paper."),
            Example("He came back in one peace.", "He came back in one piece."),
            Example("Save me a peace of the tart.", "Save me a piece of the tart."),
        ),
        (
            "The treaty was torn to pieces.",
            "It gave her peace of mind.",
            "A peace of sorts held.",
            "Rest in peace.",
            "The peace of the valley held.",
        ),
    ),
    _slip(
        "grammar.on_the_brakes",
        "“breaks” for “brakes” when a driver stands, mashes or leans on them (“stood on the breaks”).",
        # The verbs of braking hard that grammar.breaks_brakes does not take ("slammed", "hit", "pumped").
        r"\b(?:stood|stand|stands|standing|mashed|mash|mashing|jam|jams|jamming|leaned|leant|leaning|stomp|stomps|"
        r"stomping|stamp|stamping|smashed|pressed|press|pressing|tapped|tap|tapping|feathered|"
        r"slapped|threw|jumped|put[ \t]+(?:his|her|my|their|your)[ \t]+foot)[ \t]+on[ \t]+(?:the|his|her|my|their|"
        r"your)[ \t]+(?P<fix>break(?P<s>s))\b"
        r"|\b(?P<part>break)[ \t-]+(?:pads|pedal|pedals|lights|fluid|calipers|discs)\b",
        "brake\\g<s>",
        (
            Example("She stood on the breaks.", "She stood on the brakes."),
            Example("He put his foot on the breaks.", "He put his foot on the brakes."),
            Example("The break lights glowed red.", "The brake lights glowed red."),
        ),
        ("She stood on the brakes.", "He stood on the break in the wall.", "They took breaks on the hour."),
    ),
    _slip(
        "grammar.site_of_a_place",
        "“sight” (seeing) for “site” (a place) in a place's name: “camp sight”, “building sight”, “web sight”.",
        r"\b(?:camp|camping|caravan|building|construction|web|burial|dig|excavation|landing|launch|crash|"
        r"nesting|dump|disposal|test|testing|work|picnic)[ \t]+(?P<fix>sight(?P<s>s?))\b",
        "site\\g<s>",
        (
            Example("They pitched the tent at the camp sight.", "They pitched the tent at the camp site."),
            Example("The construction sight was locked.", "The construction site was locked."),
        ),
        ("They pitched the tent at the campsite.", "It was a fine sight.", "The best sight in the county."),
    ),
    _slip(
        "grammar.weak_week",
        "“week” (seven days) for “weak” (feeble) after “too”, “so”, “felt” and the like.",
        # A degree word before "week" makes it an adjective ("too week"); "the very week he left" is a time.
        r"(?<!\bthe )(?<!\bthat )(?<!\bthis )(?<!\bsame )\b(?:too|so|very|really|pretty|rather|terribly|"
        r"awfully|incredibly|bit|kinda|sorta)[ \t]+(?P<fix>week)\b"
        r"(?![ \t]+(?:after|by|of|ago|or|later|earlier|long|before|end|old|off|away|from|in|out|on|one|two)\b)"
        # Feeling or looking feeble, then the clause ends: "felt week.", "still week and shaky".
        r"|\b(?:felt|feel|feels|feeling|look|looks|looked|looking|seemed|seem|seems|sounded|sounds|grew|grow|"
        r"growing|still)[ \t]+(?P<felt>week)(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:and|with|"
        r"from|enough|even|in[ \t]+the[ \t]+knees|at[ \t]+the[ \t]+knees)\b)",
        "weak",
        (
            Example("She was too week even to talk.", "She was too weak even to talk."),
            Example("I felt week and dizzy.", "I felt weak and dizzy."),
        ),
        (
            "She was too weak even to talk.",
            "It was the very week he left.",
            "It took so long, week after week.",
            "It felt like a week.",
            "We stayed on a week.",
        ),
    ),
    _slip(
        "grammar.advice_owned",
        "“advise” (to counsel) for the noun “advice” after an owner's name (“the handbook's advise is”).",
        # An owner's counsel that then is or was something; not "let's advise", "it's", "that's".
        r"(?<!\blet['’]s )(?<!\bit['’]s )(?<!\bthat['’]s )(?<!\bhe['’]s )(?<!\bshe['’]s )(?<!\bwho['’]s )"
        r"(?<!\bwhat['’]s )(?<!\bthere['’]s )(?<!\bhere['’]s )(?<=['’]s |s['’] )(?P<fix>advise)\b"
        r"(?=[ \t]*[,.;!?…\"”]|[ \t]+(?:is|was|had|has|seemed|sounded|rang|came|stuck|would|that)\b)",
        "advice",
        (
            Example("The handbook's advise is plain.", "The handbook's advice is plain."),
            Example("I took my sisters' advise.", "I took my sisters' advice."),
        ),
        ("The handbook's advice is plain.", "Let's advise them.", "That's advise, not an order."),
    ),
    _slip(
        "grammar.advise_to",
        "“advice” (the noun) for the verb “advise” after “to”, naming whom (“wanted to advice you”).",
        r"\b(?:want|wants|wanted|try|tries|tried|trying|going|need|needed|meant|mean|here|came|come|able|"
        r"allowed|supposed|decided|like|hoped|hope|wish|wished|afraid|paid|hired)[ \t]+to[ \t]+(?P<fix>advice)[ \t]+"
        r"(?:you|him|her|them|me|us|against|caution)\b",
        "advise",
        (Example("I wanted to advice you first.", "I wanted to advise you first."),),
        ("I wanted to advise you first.", "He came to advice he did not want.", "She was open to advice."),
    ),
    _slip(
        "grammar.clothes_cloths",
        "“cloths” (rags) for “clothes” (what one wears) when they are worn, changed or taken off.",
        # Rags are wiped with, folded or wrung; clothes are worn, changed into and taken off.
        r"\b(?:wear|wears|wearing|wore|change[ \t]+of|changed[ \t]+(?:into|out[ \t]+of)|"
        r"change[ \t]+(?:into|out[ \t]+of)|changing[ \t]+(?:into|out[ \t]+of)|dressed[ \t]+in|"
        r"put[ \t]+on|pulled[ \t]+on|tugged[ \t]+on|"
        r"stripped[ \t]+off|took[ \t]+off|take[ \t]+off|taking[ \t]+off|peeled[ \t]+off|"
        r"change|changed|changing|school|street|civilian|normal|regular|baggy|borrowed|ordinary|fancy|designer|"
        r"summer|winter)[ \t]+"
        r"(?:(?:the[ \t]+same|my|your|his|her|their|our|some|these|those|its|clean|dry|wet|dirty|fresh|new|old|"
        r"spare|warm|damp|muddy|soaked|sodden|torn|bloody|borrowed|good|best|school|work|street|normal|"
        r"regular|civilian|nice|fancy|baggy|winter|summer|sleep|night|own)[ \t]+){0,2}(?P<fix>cloths)\b"
        r"(?![ \t]+(?:to[ \t]+(?:wipe|clean|dry|mop|scrub|dust|polish)|"
        r"and[ \t]+(?:water|soap|bandages|towels|buckets)))"
        # The same rags all week are clothes: "the same cloths for two days".
        r"|\bthe[ \t]+same[ \t]+(?P<same>cloths)\b(?=[ \t]+(?:for|since|as|all|from|two|three|every|again|"
        r"he|she|I|they|we)\b|[ \t]*[.,;!?…\"”])"
        # Clothes one would put on: "clean cloths to wear", "his cloths on".
        r"|\b(?P<worn>cloths)(?=[ \t]+(?:to[ \t]+(?:wear|put[ \t]+on|change[ \t]+into)|back[ \t]+on)\b)",
        "clothes",
        (
            Example("I've worn the same cloths for two days.", "I've worn the same clothes for two days."),
            Example("Go change your cloths.", "Go change your clothes."),
            Example("She needed clean cloths to wear.", "She needed clean clothes to wear."),
        ),
        (
            "I've worn the same clothes for two days.",
            "She wrung out the cloths.",
            "He wiped it with clean cloths.",
            "Change the cloths on his forehead.",
            "Fresh cloths and hot water, now.",
        ),
    ),
    _slip(
        "grammar.road_rode",
        "“rode” (the past of ride) for the noun “road” after an article or a word of place.",
        # "the rode" has no verb reading; a ship's anchor line is a "rode" only after "anchor".
        r"(?<!\banchor )\b(?:the|a|this|dirt|gravel|muddy|dusty|winding|narrow|icy|paved)[ \t]+"
        r"(?:(?:dirt|gravel|main|back|country|muddy|dusty|empty|open|long|winding|narrow|icy|wet|paved|"
        r"toll|private|coast|coastal|forest|mountain|same|whole)[ \t]+)?(?P<fix>rode)\b"
        r"(?![ \t]+(?:in|on|out|off|up|down|back|away|through|past|along|across|home|hard|with|into|over|by|"
        r"around|round|a|an|the|his|her|their|my|him|her|them|it|ahead|behind|beside|toward|towards|alongside|"
        r"shotgun|bareback|side-?saddle|horseback|slowly|quickly|fast|together|alone|off)\b|[ \t]+(?-i:[A-Z]))"
        r"|\b(?P<trip>rode)[ \t-]+(?:trip|trips|sign|signs|kill|block|blocks|rage|map|maps|works|worker|workers)\b",
        "road",
        (
            Example("She walked back toward the rode.", "She walked back toward the road."),
            Example("He drove down the dirt rode.", "He drove down the dirt road."),
            Example("It was a long rode trip.", "It was a long road trip."),
        ),
        (
            "She walked back toward the road.",
            "The knight rode on.",
            "The others rode ahead.",
            "The one he rode was grey.",
            "Check the anchor rode.",
            "The whole company rode out.",
        ),
    ),
    _slip(
        "grammar.theres_theirs",
        "“their's” for “there's” (there is) before what there is (“when their's nothing left”).",
        # As a misspelled "theirs" it ends a phrase ("the choice was their's."); before these words it is "there is".
        r"(?<!\bwas )(?<!\bis )(?<!\bbe )(?<!\bbeen )(?<!\bare )(?<!\bwere )(?<!\bof )(?<!\band )(?<!\bbecame )"
        r"\b(?P<fix>their['’]s)[ \t]+(?:no|nothing|something|someone|somebody|nobody|no[ \t]+one|always|only|still|"
        r"never|just|got|been|more|plenty|anything|everything|anyone|anybody|everyone|a|an|the|this|that|"
        r"one|two|some|any|enough|not|another|lots|nowhere|somewhere|room|time|hope|less|much|many|also|"
        r"definitely|probably|really|gonna|going|supposed|even|literally|actually|absolutely)\b",
        "there's",
        (
            Example("Stay home when their's nothing to do.", "Stay home when there's nothing to do."),
            Example("Their's a light on.", "There's a light on."),
        ),
        (
            "Stay home when there's nothing to do.",
            "The choice was theirs.",
            "The fault is their's, not ours.",
            "The farm was their's the whole time.",
        ),
    ),
    _slip(
        "grammar.and_an",
        "“an” for “and” between two bare nouns (“of woodsmoke an horse”), before a sounded consonant.",
        # After "of/with/like" and a bare noun, an article cannot follow; a silent h ("an hour", "an honest
        # man") and a vowel sound keep "an".
        r"\b(?:of|with|like|and|smelled|smelt|smells|tasted)[ \t]+(?!(?:course|which|whom|them|us|him|her|it|me|"
        r"you|these|those|this|that|all|both|each|some|any|none|one|such|what|mine|yours|ours|theirs|his|hers|"
        r"many|much|half|twice)\b)(?-i:[a-z]{3,})[ \t]+(?P<fix>an)[ \t]+"
        r"(?!(?:hour|honest|honou?r|heir|herb|hono|histor|homage)[a-z]*\b)(?-i:[bcdfghjklmnpqrstvwz][a-z]+)\b"
        r"(?=[ \t]*[.,;!?…\"”—]|[ \t]+(?:and|or)\b)",
        "and",
        (
            Example("The barn smelled of woodsmoke an horse.", "The barn smelled of woodsmoke and horse."),
            Example("A plate of bread an butter.", "A plate of bread and butter."),
        ),
        (
            "The barn smelled of woodsmoke and horse.",
            "He had been gone an hour.",
            "We spoke with him an hour.",
            "It was full of pride an honest man would feel.",
        ),
    ),
    _slip(
        "grammar.too_opening",
        "“To” for “Too” opening a clipped reply before a word of degree that is also a verb (“To still.”).",
        # "To late." is grammar.to_too's; these words are also verbs, but no infinitive ends a reply on them.
        r"(?:^|(?<=[\"“])|(?<=[.!?…][ \t])|(?<=\n))(?P<fix>(?-i:To))[ \t]+(?:still|quiet|close|calm|slow|wet|full|"
        r"right|wrong|true|neat|loose|bright|dark|many|simple|cute|long)(?=[ \t]*(?:[.!?…\"”]|,[\"”]))",
        "Too",
        (
            Example("“To still.”", "“Too still.”"),
            Example("It was quiet. To quiet.", "It was quiet. Too quiet."),
        ),
        ("“Too still.”", "“To still the sea.”", "To the sea!", "To bed."),
    ),
)

TABLE = TABLE + IDIOMS

# The word each entry fixes: its pattern runs only around that word's tokens, since a pattern that opens
# on a list of verbs costs a scan of the whole novel (tens of entries would add seconds on a long book).
ANCHORS: dict[str, tuple[str, ...]] = {
    "grammar.would_wood": ("wood",),
    "grammar.week_weak": ("weak", "weaks"),
    "grammar.hes_his": ("he's", "he’s"),
    "grammar.right_write": ("right",),
    "grammar.piece_peace": ("peace", "peaces"),
    "grammar.tail_tale": ("tale",),
    "grammar.fairy_tale": ("tail",),
    "grammar.died_dyed": ("dyed",),
    "grammar.duel_dual": ("dual",),
    "grammar.prey_pray": ("pray",),
    "grammar.missed_mist": ("mist",),
    "grammar.guessed_guest": ("guest",),
    "grammar.accepted_excepted": ("excepted",),
    "grammar.lesson_lessen": ("lessen",),
    "grammar.hoarse_horse": ("horse",),
    "grammar.bored_board": ("board",),
    "grammar.set_sail": ("sale",),
    "grammar.rogue_rouge": ("rouge",),
    "grammar.poor_pour": ("pour",),
    "grammar.heal_heel": ("heel", "heels", "heeled", "heeling"),
    "grammar.crime_scene": ("seen",),
    "grammar.thought_though": ("though",),
    "grammar.won_one": ("one",),
    "grammar.of_for_off": ("off",),
    "grammar.were_for_where": ("where",),
    "grammar.are_our": ("our",),
    "grammar.on_one": ("one",),
    "grammar.fro_from": ("fro",),
    "grammar.here_hear": ("here",),
    "grammar.aloud_allowed": ("aloud",),
    "grammar.everyday_every_day": ("everyday",),
    "grammar.their_there_alone": ("their",),
    "grammar.no_know": ("no",),
    "grammar.sneak_peek": ("peak",),
    "grammar.piqued": ("peaked", "peeked"),
    "grammar.lightning": ("lightening",),
    "grammar.take_a_break": ("brake",),
    "grammar.missing_article": ("minute", "second", "moment", "while"),
    "grammar.were_where": ("were",),
    "grammar.were_we_re": ("were",),
    "grammar.threw_through": ("threw",),
    "grammar.through_threw": ("through",),
    "grammar.though_through": ("though",),
    "grammar.defiantly_definitely": ("defiantly",),
    "grammar.ever_since": ("every",),
    "grammar.apart_a_part": ("part",),
    "grammar.break_brake": ("brake", "brakes"),
    "grammar.bear_bare": ("bare",),
    "grammar.bare_bear": (
        "bear",
        *(
            f"bear-{part}"
            for part in "chested footed handed headed knuckle knuckled knuckles breasted legged armed shouldered "
            "backed bones".split()
        ),
    ),
    "grammar.whole_hole": ("hole",),
    "grammar.peace_piece": ("piece",),
    "grammar.does_dose": ("dose",),
    "grammar.knew_new": ("new",),
    "grammar.as_though": ("thought",),
    "grammar.rein_reign": ("reign", "reigns", "reigned", "reigning"),
    "grammar.new_knew": ("knew",),
    "grammar.waste_waist": ("waist",),
    "grammar.pedal_peddle": ("peddle", "peddles", "peddled", "peddling"),
    "grammar.roll_role": ("role", "roles"),
    "grammar.morale_moral": ("moral",),
    "grammar.hangar_hanger": ("hanger", "hangers"),
    "grammar.heel_heal": ("heal", "heals"),
    "grammar.name_here": ("hear",),
    "grammar.place_here": ("hear",),
    "grammar.of_off": (
        "backed",
        "brush",
        "brushed",
        "cast",
        "chopped",
        "cut",
        "dusted",
        "falls",
        "fell",
        "flicked",
        "get",
        "gets",
        "getting",
        "got",
        "hopped",
        "jumped",
        "kick",
        "kicked",
        "kicks",
        "knock",
        "knocked",
        "lopped",
        "peel",
        "peeled",
        "pull",
        "pulled",
        "pulling",
        "pulls",
        "rip",
        "ripped",
        "rolled",
        "sawed",
        "scrape",
        "scraped",
        "shake",
        "shook",
        "shrug",
        "shrugged",
        "shut",
        "slid",
        "stripped",
        "switch",
        "switched",
        "take",
        "takes",
        "taking",
        "tear",
        "threw",
        "took",
        "tore",
        "turn",
        "turned",
        "twisted",
        "unscrewed",
        "wipe",
        "wiped",
        "wrenched",
        "yank",
        "yanked",
    ),
    "grammar.heard_herd": ("herd",),
    "grammar.herd_heard": ("heard",),
    "grammar.knot_not": ("not", "nots"),
    "grammar.taut_taught": ("taught",),
    "grammar.teeming_teaming": ("teaming", "teamed", "teams"),
    "grammar.born_and_bred": ("bread",),
    "grammar.sheer_shear": ("shear",),
    "grammar.creak_creek": ("creek", "creeked", "creeking", "creeks"),
    "grammar.up_the_creek": ("creak",),
    "grammar.weigh_way": ("way", "ways", "wayed", "waying"),
    "grammar.patience_patients": ("patients",),
    "grammar.meddle_medal": ("medal",),
    "grammar.mettle_metal": ("metal",),
    "grammar.bail_bale": ("bale", "baled", "bales"),
    "grammar.manner_manor": ("manor", "manors"),
    "grammar.root_route": ("route", "routing"),
    "grammar.wave_waive": ("waive", "waived", "waives", "waiving"),
    "grammar.wine_whine": ("whine",),
    "grammar.suite_sweet": ("sweet", "sweets"),
    "grammar.tongue_in_cheek": ("cheek",),
    "grammar.case_in_point": ("point",),
    "grammar.intents_and_purposes": ("intensive",),
    "grammar.deep_seated": ("seeded", "deep-seeded"),
    "grammar.nip_in_the_bud": ("butt",),
    "grammar.lo_and_behold": ("behold",),
    "grammar.by_and_large": ("large",),
    "grammar.beck_and_call": ("beckon",),
    "grammar.sleight_of_hand": ("slight",),
    "grammar.pass_muster": ("mustard",),
    "grammar.hunger_pangs": ("pains",),
    "grammar.hairs_breadth": ("breath",),
    "grammar.all_of_a_sudden": ("sudden",),
    "grammar.led_to_believe": ("believe",),
    "grammar.supposed_to": ("suppose",),
    "grammar.used_to": ("use",),
    "grammar.choose_chose": ("chose",),
    "grammar.ever_since_sense": ("sense",),
    "grammar.flour_flower": ("flower",),
    "grammar.clothes_close": ("close",),
    "grammar.pore_pour": ("poured", "pouring"),
    "grammar.window_pane": ("pain", "pains"),
    "grammar.weight_wait": ("wait",),
    "grammar.throne_thrown": ("thrown",),
    "grammar.whet_appetite": ("appetite", "appetites"),
    "grammar.dessert_desert": ("desert", "deserts"),
    "grammar.just_deserts": ("desserts",),
    "grammar.compliment_complement": ("complement", "complements", "complemented", "complementing"),
    "grammar.principal_principle": ("principle", "principle's"),
    "grammar.principle_principal": ("principal",),
    "grammar.discreet_discrete": ("discrete", "discretely"),
    "grammar.stare_stair": ("stair", "stairs", "staird", "stares"),
    "grammar.stairs_stares": ("stares",),
    "grammar.bawl_ball": ("balled", "balling", "ball", "balls"),
    "grammar.grisly_grizzly": ("grizzly",),
    "grammar.at_stake": ("steak", "steaks"),
    "grammar.horde_hoard": ("hoard", "hoards"),
    "grammar.on_cue": ("queue",),
    "grammar.egg_yolk": ("yoke", "yokes"),
    "grammar.bridal_bridle": ("bridle",),
    "grammar.altar_alter": ("alter", "alters"),
    "grammar.vial_vile": ("vile", "viles"),
    "grammar.seams_seems": ("seems",),
    "grammar.seen_scene": ("scene",),
    "grammar.plain_plane": ("plane",),
    "grammar.soul_sole": ("sole",),
    "grammar.wrapped_rapped": ("rapped", "rapping"),
    "grammar.tied_tide": ("tide",),
    "grammar.toe_the_line": ("tow", "towed", "towing", "tows"),
    "grammar.bated_breath": ("baited",),
    "grammar.wreak_havoc": ("wreck", "wrecked", "wrecking", "wrecks", "reek", "reeked", "reeking", "reeks"),
    "grammar.one_and_the_same": ("same",),
    "grammar.shudder_shutter": ("shuttered", "shutters"),
    "grammar.steel_steal": ("steal", "steals", "stealing"),
    "grammar.back_and_forth": ("fourth",),
    "grammar.pale_pail": ("pail",),
    "grammar.of_course": ("coarse",),
    "grammar.waist_waste": ("waste",),
    "grammar.aloud_said_allowed": ("allowed",),
    "grammar.in_vain": ("vein",),
    "grammar.woman_women": ("women",),
    "grammar.role_model": ("roll",),
    "grammar.where_wear": ("wear",),
    "grammar.flair_flare": ("flare",),
    "grammar.flare_flair": ("flair", "flaired", "flairs"),
    "grammar.faze_phase": ("phase", "phased", "phases"),
    "grammar.moot_point": ("mute",),
    "grammar.chord_cord": ("cord",),
    "grammar.cord_chord": ("chord", "chords"),
    "grammar.wring_ring": ("ring", "ringing", "rings"),
    "grammar.loath_loathe": ("loathe",),
    "grammar.conscious_conscience": ("conscience",),
    "grammar.on_the_brakes": ("breaks", "break"),
    "grammar.site_of_a_place": ("sight", "sights"),
    "grammar.weak_week": ("week",),
    "grammar.advice_owned": ("advise",),
    "grammar.advise_to": ("advice",),
    "grammar.clothes_cloths": ("cloths",),
    "grammar.road_rode": ("rode",),
    "grammar.theres_theirs": ("their's", "their’s"),
    "grammar.and_an": ("an",),
    "grammar.too_opening": ("to",),
}
# How far a pattern may reach around its word, in characters.
_REACH = 100


@dataclass(frozen=True, slots=True)
class _Near:
    """A compiled pattern that matches only near the tokens of its anchor words (for `phrases.find`)."""

    pattern: re.Pattern[str]
    ctx: Context
    anchors: tuple[str, ...]

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.pattern.groupindex)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Each match once, in text order, found in a window around an anchor token."""
        seen: set[int] = set()
        for index in self.ctx.indices_of(self.anchors):
            span = self.ctx.spans[index]
            window = (max(0, span.start - _REACH), min(len(text), span.end + _REACH))
            for match in self.pattern.finditer(text, *window):
                if match.start() not in seen:
                    seen.add(match.start())
                    yield match


def _rule(entry: Phrase) -> Rule:
    """The entry as a rule; an anchored entry runs its pattern only around its anchor words."""
    anchors = ANCHORS.get(entry.id)
    if anchors is None:
        return entry.rule()
    compiled = re.compile(entry.pattern, re.IGNORECASE)
    before = re.compile(f"(?:{entry.not_after})\\s*$", re.IGNORECASE) if entry.not_after else None
    return Rule(
        id=entry.id,
        category=entry.category,
        description=entry.description,
        find=lambda ctx: phrases.find(entry, _Near(compiled, ctx, anchors), before, ctx),  # type: ignore[arg-type]
        bad=entry.bad,
        good=entry.good,
    )


RULES: tuple[Rule, ...] = tuple(_rule(entry) for entry in TABLE)
