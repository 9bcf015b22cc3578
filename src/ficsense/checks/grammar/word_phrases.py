"""Small phrase rules as data: sound-alike slips in fixed contexts ("Come one", "could here the", "sneak peak").

Each entry fixes a slip that only ever means one thing in its context: "Come one," at the end of a phrase
is "Come on,"; "fro" outside "to and fro" is "from"; "for minute" has lost its article.
"""

from __future__ import annotations

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
        ),
        replacement="hear",
        message="“here” (a place) should be “hear” (with the ears).",
        bad=(Example("She could here the rain.", "She could hear the rain."),),
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
        ),
        replacement="where",
        message="“were” should be “where” (a place) here.",
        bad=(
            Example("Were are you going?", "Where are you going?"),
            Example("I know were he is.", "I know where he is."),
            Example("This is were I live.", "This is where I live."),
        ),
        good=(
            "Where are you going?",
            "Were you there?",
            "They were, are, and will be friends.",
            "The ones I knew were kind. If only he were here.",
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
        ),
        replacement="through",
        message="“threw” is the past of “throw”; “through” is meant here.",
        bad=(Example("He walked threw the door.", "He walked through the door."),),
        good=("He walked through the door.", "He threw the ball.", "She turned and threw the cup."),
    ),
    Phrase(
        id="grammar.through_threw",
        category="grammar",
        description="“through” after a subject pronoun, where the verb “threw” is meant.",
        pattern=(
            # Not "you": an object as often as a subject ("tramping after you through the snow").
            r"\b(?:he|she|they|i|we)[ \t]+(?P<fix>through)[ \t]+"
            r"(?:the|a|an|his|her|their|my|your|it|them|him|me|up|away|open)\b"
        ),
        replacement="threw",
        message="A verb is missing: “threw” (tossed), not “through”?",
        confidence=0.8,
        bad=(Example("Then she through the cup at the wall.", "Then she threw the cup at the wall."),),
        good=(
            "Then she threw the cup at the wall.",
            "They walked through the door.",
            "All of it, he, through it all, kept.",
        ),
    ),
    Phrase(
        id="grammar.defiantly_definitely",
        category="grammar",
        description="“defiantly” (in defiance) for “definitely” (certainly).",
        pattern=r"\b(?P<fix>defiantly)[ \t]+(?:not|be|gonna|a|an|the|worth|one|something)\b",
        replacement="definitely",
        message="“defiantly” means “in defiance”; “definitely” (certainly) seems meant.",
        bad=(Example("That was defiantly not a dream.", "That was definitely not a dream."),),
        good=("She raised her chin defiantly.", "He stared back defiantly, his arms folded."),
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

RULES: tuple[Rule, ...] = tuple(entry.rule() for entry in TABLE)
