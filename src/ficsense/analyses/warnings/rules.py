"""Cue patterns per content label: they gate the classifier and name the words a tag's evidence rests on.

Written from the AO3 tag definitions and ordinary usage, never fitted to the evaluation passages. Every
pattern runs on `features.normalise(text)` (lowercase, straight quotes), which keeps character offsets
identical to the original text, so a match is directly an evidence span.

Each `Cue` has should-match and should-not-match examples (`tests/analyses/warnings/test_rules.py` checks
them all), in the manner of proselint and Harper rule files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser, to find literal prefixes
from types import MappingProxyType
from typing import Any

_PRON = r"(?:my|him|her|them|your|our|it|one)sel(?:f|ves)"
# Needles shorter than this occur in almost any text and would not save anything.
MIN_NEEDLE = 2


@dataclass(frozen=True, slots=True)
class Cue:
    """A pattern that signals a label, what it shows, and examples it must and must not match.

    `needles` are literal strings one of which every match starts with (None when the pattern does not
    allow working them out); a text that contains none of them cannot match, which a plain substring test
    shows far faster than running the alternation over a novel.
    """

    pattern: re.Pattern[str]
    shows: str
    matches: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()
    needles: tuple[str, ...] | None = None

    def may_match(self, text: str) -> bool:
        """False only when the pattern certainly has no match in `text`."""
        return self.needles is None or any(needle in text for needle in self.needles)


def _cue(pattern: str, shows: str, matches: tuple[str, ...] = (), misses: tuple[str, ...] = ()) -> Cue:
    compiled = re.compile(pattern)
    return Cue(compiled, shows, matches, misses, literal_prefixes(pattern))


def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """The literal prefixes every match of `pattern` begins with, or None when they cannot be worked out."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    found = _prefixes(list(parsed))
    if found is None or any(len(prefix) < MIN_NEEDLE for prefix in found):
        return None
    return tuple(sorted(found))


def _prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    prefix = ""
    for index, (op, value) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT_NOT", "ASSERT") and not prefix:
            continue
        if name == "LITERAL":
            prefix += chr(value)
            continue
        if prefix:
            return {prefix}
        if name == "SUBPATTERN":
            inner = _prefixes(list(value[3]))
            return inner if index == len(items) - 1 or inner is None else _extend(inner, items[index + 1 :])
        if name == "BRANCH":
            union: set[str] = set()
            for branch in value[1]:
                found = _prefixes(list(branch))
                if found is None:
                    return None
                union |= found
            return union
        return None
    return {prefix} if prefix else None


def _extend(found: set[str], rest: list[tuple[Any, Any]]) -> set[str]:
    """Prefixes found inside a group stay valid prefixes of the whole; extending them is not needed."""
    return found


# Gates for the eight trained labels: a window is scored for a label only when one of these occurs, because
# the classifier only ever saw passages already suspected of that content and would fire on anything else.
GATES: MappingProxyType[str, tuple[Cue, ...]] = MappingProxyType(
    {
        "violence": (
            _cue(
                r"\b(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|stab(?:bed|s|bing)?|"
                r"strangl\w*|chok(?:ed|ing)|beat(?:en|ing)|beat (?:him|her|them|me|you|us|up)|"
                r"shov(?:e|ed|ing)|slamm(?:ed|ing)|punches)\b",
                "a blow",
                ("he punched him", "she was beaten"),
                ("a beat of silence later",),
            ),
            _cue(
                r"\b(?:fist|fists|knife|knives|blade|gun|guns|pistol|rifle)\b",
                "a weapon or fists",
                ("he pulled a knife",),
            ),
            _cue(
                r"\b(?:attack(?:ed|ing|s)?|assault(?:ed)?|fight|fought|brawl|wound(?:ed|s)?|bruis\w*)\b",
                "a fight",
                ("they fought in the yard",),
            ),
            _cue(
                r"\b(?:blood|bled|bleeding|murder(?:ed)?|kill(?:ed|ing)?|shot|shoot(?:ing)?)\b",
                "bloodshed",
                ("he was murdered",),
            ),
            _cue(r"\b(?:mugg(?:ed|er|ers|ing)|hit (?:him|her|them|me|you))\b", "an attack", ("he hit him",)),
        ),
        "collective-violence": (
            _cue(
                r"\b(?:wars?|warfare|battle(?:field|s)?|soldiers?|army|armies|troops|bomb(?:s|ed|ing)?|"
                r"front ?lines?|trench(?:es)?|invasion|regiment|platoon|militia|airstrike|massacre|genocide|"
                r"siege|enemy lines|artillery|shelling|conscript\w*)\b",
                "war or armed conflict",
                ("the war took him", "soldiers marched"),
                ("a warm day",),
            ),
        ),
        "death": (
            _cue(
                r"\b(?:dead|died|dies|dying|death|deaths|killed|corpse|funeral|grave|buried|passed away|"
                r"murdered|lifeless|no pulse|stopped breathing|last breath|mourn\w*)\b",
                "a death",
                ("she died in spring", "at the funeral"),
                ("a deadline",),
            ),
        ),
        "kidnapping": (
            _cue(
                r"\b(?:kidnap\w*|abduct\w*|captive|captors?|captivity|hostages?|ransom|held prisoner|"
                r"blindfold\w*|gagged|snatched|trafficked|tied (?:him|her|them|me) up|locked (?:him|her|them|me) in)\b",
                "abduction or captivity",
                ("they kidnapped her", "his captors"),
                ("a captivating smile",),
            ),
        ),
        "sexism": (
            _cue(
                r"\b(?:bitch(?:es)?|whores?|sluts?|slutty|skanks?|sexis[mt]|misogyn\w*|feminis[mt]\w*|"
                r"like a girl|for a girl|just a girl|woman's place|women (?:are|belong|can't|should)|"
                r"gold ?digger|hysterical)\b",
                "sexist language or attitudes",
                ("that sexist old man",),
            ),
        ),
        "homophobia": (
            _cue(
                r"\b(?:fags?|faggots?|dykes?|homos?|gay|lesbians?|homophob\w*|abomination|unnatural|"
                r"conversion therapy|in the closet|came out|coming out|sodom\w*)\b",
                "sexuality and how it is treated",
                ("his homophobic father",),
            ),
        ),
        "racism": (
            _cue(
                r"\b(?:racis[mt]\w*|racial|skin colou?r|niggers?|niggas?|chinks?|spics?|wetbacks?|gooks?|"
                r"kikes?|ragheads?|towelheads?|mudbloods?|half-?breeds?|savages?|your kind|slaves?|slavery|"
                r"segregat\w*|ethnic\w*|immigrants?|foreigners?)\b",
                "race and how it is treated",
                ("a racist remark",),
            ),
        ),
        "ableism": (
            _cue(
                r"\b(?:retard(?:ed|s)?|cripples?|crippled|crazy|psycho|lunatics?|insane|disabled|disabilit\w*|"
                r"wheelchair|deaf|blind|autis\w*|mentally ill|freaks?|handicap\w*|special needs|spaz|lame|"
                r"idiots?|morons?|schizo\w*|stutter\w*)\b",
                "disability and how it is treated",
                ("she used a wheelchair",),
            ),
        ),
    }
)

# Rule-only labels: AO3 tag -> cues. Precision first: each cue names the content itself.
RULES: MappingProxyType[str, tuple[Cue, ...]] = MappingProxyType(
    {
        # The Webis annotators reserved "violence" for passages that warrant a warning, so the classifier is
        # unsure of a single blow; a blow landed on a person is still Violence as AO3 writers tag it.
        "Violence": (
            _cue(
                # A wish or a threat is not a blow: "he could have strangled her for temper".
                r"(?<!could have )(?<!would have )(?<!might have )(?<!wanted to )(?<!want to )(?<!going to )(?:"
                r"\b(?:punched|kicked|headbutted|elbowed|kneed) (?:him|her|them|me|you|us|[a-z]+) (?:in|on) the "
                r"(?:face|jaw|stomach|gut|ribs|head|nose|mouth|chest|throat|temple|groin|side)\b|"
                r"\bslapped (?:him|her|them|me|you|us|[a-z]+) (?:across|in) the face\b|"
                r"\b(?:stabbed|strangled) (?:him|her|them|me|you|us)\b|"
                r"\bshot (?:him|her|them|me|you|us) (?:dead|in the|through the)\b|"
                r"\b(?:beat (?:him|her|them|me|you|us) up)\b|"
                r"\bslammed (?:him|her|them|me|you|us) (?:against|into)\b)",
                "a blow landed on someone",
                ("a man punched reyes in the jaw", "she stabbed him", "he slammed her against the wall"),
                (
                    "he kicked the ball",
                    "she hit the road",
                    "he shot a glance at her",
                    "slapped him on the back",
                    "it rose up in me and choked me",
                    "i didn't hurt him when i shot him",
                    "he could have strangled her for temper",
                ),
            ),
        ),
        "Suicidal Thoughts": (
            _cue(
                r"\b(?:want(?:ed|s)?|wish(?:ed|es)?|meant|mean|planned|plan(?:ning)?) to (?:just )?"
                r"(?:die|end it(?: all)?|kill " + _PRON + r"|be dead)\b",
                "a wish or plan to die",
                ("he had meant to die there", "i wanted to die"),
                ("she wanted to dye her hair",),
            ),
            _cue(
                r"\blet " + _PRON + r" die\b",
                "meaning to let oneself die",
                ("i meant to let myself die",),
                ("he let the fire die",),
            ),
            _cue(
                r"\b(?:didn't|did not|don't|do not|doesn't|does not) want to (?:live|be alive|wake up|go on)\b",
                "not wanting to live",
                ("i don't want to live anymore",),
                ("i don't want to leave",),
            ),
            _cue(
                r"\b(?:suicidal|thoughts? of suicide|suicidal thoughts)\b",
                "suicidal thoughts named",
                ("he had been suicidal for months",),
            ),
            _cue(
                r"\bbetter off (?:dead|without (?:me|him|her))\b",
                "believing others better off without them",
                ("they'd be better off without me",),
            ),
            _cue(
                r"\bno (?:reason|point) (?:to|in) (?:live|living|going on|go on)\b",
                "no reason to live",
                ("there was no reason to go on",),
            ),
        ),
        "Suicide Attempt": (
            _cue(
                r"\b(?:tried|attempted|try|trying) to (?:kill|end) " + _PRON + r"\b|\bsuicide attempt\b|"
                r"\b(?:tried|attempted) suicide\b",
                "an attempt on one's own life",
                ("she tried to kill herself",),
                ("he tried to kill the spider",),
            ),
            _cue(
                r"\b(?:slit (?:his|her|my|their) wrists|hang(?:ed)? " + _PRON + r"|overdos(?:e|ed) on purpose|"
                r"swallowed (?:the|a) (?:whole )?(?:bottle|handful) of (?:pills|tablets))\b",
                "a method of suicide",
                ("she swallowed the whole bottle of pills",),
            ),
        ),
        "Self-Harm": (
            _cue(
                r"\b(?:self[- ]harm\w*|(?:cutting|burning) " + _PRON + r"|"
                r"(?:cut|cuts|burned|burnt) " + _PRON + r" (?:again|on purpose|deliberately)|"
                r"(?:fresh |old )?(?:cuts|scars) (?:on|along|across) (?:his|her|my|their) (?:arms?|wrists?|thighs?))\b",
                "self-injury",
                ("he had started cutting himself", "she cut herself again", "the scars on her wrists"),
                ("she cut the bread", "he cut himself a crust of bread", "you won't cut yourself off"),
            ),
            _cue(
                r"\brazor (?:blade )?(?:against|across|to|over) (?:his|her|my|their) "
                r"(?:skin|arm|arms|wrist|wrists|thigh)",
                "a blade to the skin",
                ("the razor blade against her wrist",),
            ),
        ),
        "Eating Disorders": (
            _cue(
                r"\b(?:anorexi\w*|bulimi\w*|eating disorders?|purg(?:e|ed|ing) after|counting calories|"
                r"made (?:him|her|my|them)sel(?:f|ves) (?:throw up|vomit|sick) after)\b",
                "disordered eating",
                ("her anorexia came back",),
            ),
        ),
        "Drug Use": (
            _cue(
                r"\b(?:cocaine|heroin|meth|methamphetamine|crack pipe|ecstasy pills?|lsd|"
                r"snort(?:ed|ing)? (?:a line|coke|it)|"
                r"lines? of coke|shot up (?:heroin|with)|smok(?:ed|ing) (?:a joint|weed|pot)|got high|getting high|"
                r"popped pills)\b",
                "drug use",
                ("they snorted a line", "he smoked weed"),
                ("she smoked a cigarette", "a trout shot up out of the water"),
            ),
        ),
        "Panic Attacks": (
            _cue(r"\b(?:panic attacks?|hyperventilat\w*)\b", "a panic attack", ("she had a panic attack",)),
        ),
        "Depression": (
            _cue(
                r"\b(?:(?:clinical|severe|major|chronic|postpartum) depression|antidepressants?|"
                r"clinically depressed|diagnosed with depression|depression (?:meds|medication|pills))\b",
                "depression as an illness",
                ("her severe depression came back", "he took his antidepressants"),
                ("a depression in the ground", "his depression that afternoon at rome"),
            ),
        ),
        "Blood": (
            _cue(
                r"\bblood (?:ran|dripped|trickled|pooled|streamed|welled|seeped|soaked|spattered|splattered|gushed|"
                r"poured|sprayed|on (?:his|her|my|their|the)|from (?:his|her|my|their|the))\b|"
                r"\b(?:covered in|soaked in|wiped|spat|taste of|tasted|smear of|trail of|drops? of|stained with|"
                r"dripping|pool of|lost too much) (?:the )?blood\b|"
                r"(?<!heart )(?<!hearts )\b(?:bled|bleeding(?!-heart)|bloodied|"
                r"bloody (?:nose|lip|mouth|hands|knuckles|shirt)|"
                r"bloodstain\w*)\b",
                "blood from an injury",
                ("blood ran from his nose", "he was bleeding"),
                (
                    "bloody hell, mate",
                    "the blood of kings",
                    "a blood relation",
                    "my heart bled for you",
                    "rosy bleeding-hearts",
                ),
            ),
        ),
        "Sexual Assault": (
            _cue(
                r"\b(?:rap(?:e|ed|es|ing|ist|ists)|sexual(?:ly)? assault(?:ed)?|molest\w*|"
                r"forced (?:him|her|them)sel(?:f|ves) on|non-?con(?:sensual)?|groped (?:him|her|me|them)\b(?! way))\b",
                "sexual assault",
                ("he was raped", "she groped him"),
                (
                    "the grape vine",
                    "she scraped her knee",
                    "he groped his way along the wall",
                    "she groped her way out",
                ),
            ),
        ),
        "Child Abuse": (
            _cue(
                r"\b(?:child abuse|abused (?:him|her|me|them) as a (?:child|kid|boy|girl)|"
                r"(?:his|her|my|their) (?:father|mother|dad|mom|mum|stepfather|stepmother|parents?) "
                r"(?:hit|beat|slapped|punched|whipped|belted|burned|starved) (?:him|her|me|them))\b",
                "a child harmed by a carer",
                ("his father beat him",),
            ),
        ),
        "Mugging": (
            _cue(
                r"\b(?:mugg(?:ed|er|ers|ing)|(?:give|hand) me your (?:wallet|purse|money)|"
                r"robbed at (?:knife|gun)point)\b",
                "a street robbery",
                ("give me your wallet", "he was mugged"),
                ("give me your bag, I'll carry it",),
            ),
        ),
    }
)

# Intensity cues used for the rating and the Graphic Depictions Of Violence warning.
GORE = _cue(
    r"\b(?:entrails|intestines|guts spill\w*|brain matter|severed|dismember\w*|disembowel\w*|eviscerat\w*|"
    r"gouged|flayed|decapitat\w*|pool of blood|blood (?:gushed|sprayed|spurted|poured|pooled)|"
    r"bone (?:jutted|protruded|poked)|skull (?:cracked|caved|shattered)|torn open|ripped open)\b",
    "gore",
    ("a pool of blood", "his skull cracked"),
)
EXPLICIT = _cue(
    r"\b(?:cock(?!-| and bull)|cocks|cunt|pussy|clit|clitoris|cum|cumming|orgasm\w*|erection|"
    r"thrust(?:ed|ing|s)? (?:into|inside) (?:him|her|them|me)|"
    r"fuck(?:ed|ing)? (?:him|her|them|me) (?:hard|slowly|deep))\b",
    "explicit sexual content",
    ("his cock", "she came with an orgasm"),
    ("a cock and bull story", "you're cock-eyed"),
)
SEXUAL = _cue(
    r"\b(?:had sex|having sex|have sex|slept together|sleeping together|sex with|"
    r"undress(?:ed|ing) (?:him|her|each other)|naked in bed|sexual intercourse)\b",
    "sexual activity",
    ("they had sex that night",),
    ("she had a sexy voice",),
)
# "Making love" meant courting until the twentieth century; it counts as sex only beside a sign of intimacy.
LOVEMAKING = _cue(r"\b(?:made love|making love|make love)\b", "lovemaking", ("they made love",))
INTIMACY = _cue(r"\b(?:bed|naked|undress\w*|sheets|bare skin|kiss\w*)\b", "intimacy", ("naked under the sheets",))
LANGUAGE = _cue(
    r"\b(?:fuck\w*|shit(?:s|ty|head|ting|ted)?|bullshit|motherfuck\w*|bastards?|cunts?)\b",
    "strong language",
    ("what the fuck",),
    ("a shitake mushroom",),
)

# Age cues for the Underage Sex warning (issue 5: stated ages, school years, "teenager", "high school").
MINOR = _cue(
    r"\b(?:(?:thirteen|fourteen|fifteen|sixteen|seventeen|1[3-7])[- ]years?[- ]olds?|"
    r"(?:was|is|were|turned|just) (?:only )?(?:thirteen|fourteen|fifteen|sixteen|seventeen)\b|"
    r"(?:thirteenth|fourteenth|fifteenth|sixteenth|seventeenth) birthday|"
    r"high school|middle school|junior high|(?:ninth|tenth|eleventh|9th|10th|11th) grade|"
    r"teenagers?|teenage (?:boy|girl|son|daughter)|underage|schoolgirl|schoolboy|sophomore|freshman year)",
    "a character under 18",
    ("she was sixteen", "a fifteen-year-old", "in high school"),
    ("she was sixty",),
)
ATTENTION = _cue(
    r"\b(?:that way|attracted to (?:her|him|them)|(?:her|his) (?:body|legs|curves|lips)|"
    r"couldn't stop (?:looking|staring) at|want(?:ed)? (?:her|him) (?:badly|so much)|desire[ds]? (?:her|him))\b",
    "sexualised attention",
    ("looking at her that way",),
)

# Genre and trope cues (issue 5, build step 4).
COMFORT = _cue(
    r"\b(?:held (?:him|her|them|me) (?:close|tight|while)|hugged|wrapped (?:his|her|their|my) arms around|"
    r"comfort(?:ed|ing)?|sooth(?:e|ed|ing)|i've got you|it's okay|you're safe|rocked (?:him|her|them)|"
    r"stroked (?:his|her|their) hair|bandag(?:e|ed|ing)|tended (?:to )?(?:his|her|their|the) (?:wounds?|injur\w+)|"
    r"took (?:his|her|their|my) hand|didn't let go|sat with (?:him|her|them) (?:all night|until))\b",
    "comfort",
    ("she took his hand and didn't let go", "he bandaged the cut"),
    ("she took the bus",),
)
FRIENDS = _cue(
    r"\b(?:best friends?|childhood friends?|oldest friends?|friends since|just friends)\b",
    "friendship",
    ("they had been best friends since school",),
)
ROMANCE = _cue(
    r"\b(?:kissed (?:him|her|them|me)|kissed|first kiss|i love you|in love with (?:you|him|her|them)|"
    r"fell for (?:you|him|her|them))\b",
    "romance",
    ("she kissed him", "i love you, you idiot"),
    ("he missed the kick",),
)
