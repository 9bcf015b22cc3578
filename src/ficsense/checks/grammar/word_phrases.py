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
            r"don’t|doesn't|doesn’t)[ \t]+(?P<fix>here)[ \t]+(?:the|a|an|him|her|them|it|me|us|something|nothing|"
            r"anything|footsteps|voices|music|laughter|his|their|my|your|what)\b"
            # A subject hearing someone: "I here you" (not "were they here that night").
            r"|(?<!\bare )(?<!\bwere )(?<!\bis )(?<!\bwas )\b(?:I|we|they)[ \t]+(?P<subject>here)[ \t]+(?:you|him|"
            r"her|them|me|us|what|something|anything|footsteps|voices)\b"
        ),
        replacement="hear",
        message="“here” (a place) should be “hear” (with the ears).",
        bad=(
            Example("She could here the rain.", "She could hear the rain."),
            Example("I here you, Mara.", "I hear you, Mara."),
        ),
        good=("She could hear the rain.", "You can stay here a while.", "I can't here, the walls are thin."),
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
        ),
        replacement="We're",
        message="“Were” should be “We're” (we are) here.",
        bad=(
            Example("“Were in the middle of nowhere.”", "“We're in the middle of nowhere.”"),
            Example("Come on. Were late.", "Come on. We're late."),
        ),
        good=("“Were you in the middle of it?”", "Were it not for you, I'd be dead.", "“We're late.”"),
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
            r"broke|burst|fell|ripped|tore|cut|sliced|punched|crashed|smashed)[ \t]+(?P<across>threw)"
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
            Example("He felt it threw his coat.", "He felt it through his coat."),
        ),
        good=(
            "He walked through the door.",
            "He threw the ball.",
            "She turned and threw the cup.",
            "He wound up and threw.",
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
        ),
        replacement="threw",
        message="A verb is missing: “threw” (tossed), not “through”?",
        confidence=0.8,
        bad=(
            Example("Then she through the cup at the wall.", "Then she threw the cup at the wall."),
            Example("The kid through up.", "The kid threw up."),
            Example("You through the bag onto the bed.", "You threw the bag onto the bed."),
            Example("Somebody through a rock at us.", "Somebody threw a rock at us."),
        ),
        good=(
            "Then she threw the cup at the wall.",
            "They walked through the door.",
            "All of it, he, through it all, kept.",
            "I'll see you through the worst of it.",
            "They went through up to the attic.",
            "I saw someone through the window.",
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
        ),
        replacement="know",
        message="“no” should be “know” here.",
        bad=(Example("I don't no what you mean.", "I don't know what you mean."),),
        good=("I don't know what you mean.", "I no longer care.", "They said no that night, no matter what."),
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
        ),
        replacement="off",
        message="“of” should be “off” here.",
        bad=(
            Example("He took of his jacket.", "He took off his jacket."),
            Example("Get of me!", "Get off me!"),
        ),
        good=("He took off his jacket.", "She took of the bread and ate.", "What did you get out of it?"),
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
        pattern=r"\b(?:thunder and|flash of|bolt of|streak of|struck by)[ \t]+(?P<fix>lightening)\b",
        replacement="lightning",
        message="The flash in a storm is “lightning”; “lightening” means making lighter.",
        bad=(Example("Thunder and lightening.", "Thunder and lightning."),),
        good=("Thunder and lightning.", "The sky was lightening in the east."),
    ),
    Phrase(
        id="grammar.take_a_break",
        category="grammar",
        description="“take a brake” for “take a break”.",
        pattern=r"\b(?:take|takes|taking|took|taken|need|needs|needed)[ \t]+a[ \t]+(?P<fix>brake)\b",
        replacement="break",
        message="A rest is a “break”; a “brake” stops a car.",
        bad=(Example("You need a brake.", "You need a break."),),
        good=("You need a break.", "He hit the brake."),
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
        r"\b(?:we|they)[ \t]+(?P<fix>where)\b(?![ \t]*[,.;:!?…])",
        "were",
        (Example("They where late again.", "They were late again."),),
        ("They were late again.", "I'll show you where it is.", "We know where they went.", "Where? Here is where we"),
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
        r"\b(?:last|next|a|one|per|every|each|all)[ \t]+(?P<fix>weak)(?=[ \t]*[.,;!?]|[ \t]+(?:later|ago|before|after|"
        r"or|off|long)\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|many|for|in|past|"
        r"last|next)[ \t]+"
        r"(?P<plural>weak(?P<s>s))\b",
        "week\\g<s>",
        (
            Example("I saw her a weak ago.", "I saw her a week ago."),
            Example("It took three weaks.", "It took three weeks."),
        ),
        ("I saw her a week ago.", "He gave a weak smile.", "She felt weak."),
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
        r"|\b(?P<with>bare)[ \t]+with[ \t]+(?:me|us)\b",
        "bear",
        (
            Example("I can't bare to look.", "I can't bear to look."),
            Example("Bare with me a moment.", "Bear with me a moment."),
        ),
        ("I can't bear to look.", "He bared his teeth.", "She was bare with him, honest to a fault."),
    ),
    _slip(
        "grammar.bare_bear",
        "“bear” (the animal, or carry) for “bare” (naked).",
        r"\b(?:his|her|my|their|your|our|with|in)[ \t]+(?P<fix>bear)[ \t]+(?:feet|hands|skin|chest|shoulders|arms|"
        r"legs|back)\b",
        "bare",
        (Example("He fought with his bear hands.", "He fought with his bare hands."),),
        ("He fought with his bare hands.", "The bear paws at the door."),
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
        r"|\b(?:make|made|making|makes|at)[ \t]+(?P<truce>piece)[ \t]+with\b",
        "peace",
        (
            Example("Rest in piece, old friend.", "Rest in peace, old friend."),
            Example("It gave her piece of mind.", "It gave her peace of mind."),
        ),
        ("Rest in peace, old friend.", "He gave her a piece of his mind.", "She made a piece with clay."),
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
        r"my|their|your)[ \t]+(?P<strap>reign(?P<r>s))\b",
        "rein\\g<s>\\g<c>\\g<r>",
        (
            Example("She gave him free reign.", "She gave him free rein."),
            Example("He took the reigns.", "He took the reins."),
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
        r"\bof[ \t]+(?P<fix>coarse)(?=[ \t]*[.,;!?…\"”]|[ \t]+(?:not|I|he|she|it|they|we|you)\b)",
        "course",
        (Example("“Of coarse, I'll come.”", "“Of course, I'll come.”"),),
        ("“Of course, I'll come.”", "A coat of coarse wool."),
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
)

TABLE = TABLE + IDIOMS

# The word each entry fixes: its pattern runs only around that word's tokens, since a pattern that opens
# on a list of verbs costs a scan of the whole novel (tens of entries would add seconds on a long book).
ANCHORS: dict[str, tuple[str, ...]] = {
    "grammar.would_wood": ("wood",),
    "grammar.week_weak": ("weak", "weaks"),
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
    "grammar.bare_bear": ("bear",),
    "grammar.whole_hole": ("hole",),
    "grammar.peace_piece": ("piece",),
    "grammar.does_dose": ("dose",),
    "grammar.knew_new": ("new",),
    "grammar.as_though": ("thought",),
    "grammar.rein_reign": ("reign", "reigns"),
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
