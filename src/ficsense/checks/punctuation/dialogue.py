"""Dialogue punctuation: `punctuation.dialogue_tag_full_stop` and `punctuation.dialogue_beat_lowercase`.

A speech tag continues the sentence of the line it tags, so the line ends with a comma, not a full stop:
`"It's late," Ana told him`, not `"It's late." Ana told him`. An action beat is a sentence of its own and
starts with a capital: `"Here." She handed him the cup`, not `"Here." she handed him the cup`. A question
or exclamation mark may end a tagged line (`"Why?" he asked`), so only the full stop is checked. (Chicago
Manual of Style 6.40 and 13.10 ff.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

SPEECH_VERBS = frozenset(
    """
    said says say told tells asked asks replied replies answered answers whispered whispers muttered
    mutters murmured murmurs shouted shouts yelled yells called calls cried cries added adds continued
    continues explained explains snapped snaps hissed hisses growled growls mumbled mumbles stammered
    stuttered repeated repeats insisted insists admitted admits agreed agrees offered suggested demanded
    interrupted corrected teased warned promised joked protested argued countered retorted whined
    pleaded begged remarked exclaimed declared announced confessed sneered chirped breathed drawled
    grumbled screamed snarled barked purred
    """.split()
) | frozenset(
    # Base forms for "I"/"you"/"they" tags, common in present-tense and second-person stories ("you mutter").
    # Left out: base forms that as often start an action beat ("you add a log", "I call the dog").
    """
    say ask tell reply answer whisper mutter murmur shout yell explain snap hiss growl mumble stammer stutter
    insist admit agree suggest demand interrupt tease warn joke protest argue retort whine plead remark
    exclaim declare announce confess sneer chirp drawl grumble scream snarl purr
    """.split()
)
# Verbs that tag a line only with their particle: "Bram pointed out", but "Bram pointed at the map".
PHRASAL_TAGS = frozenset(
    {
        ("pointed", "out"),
        ("points", "out"),
        ("called", "out"),
        ("calls", "out"),
        ("cut", "in"),
        ("cuts", "in"),
        ("piped", "up"),
        ("pipes", "up"),
        ("chimed", "in"),
        ("chimes", "in"),
        ("spoke", "up"),
        ("speaks", "up"),
        ("shot", "back"),
        ("shoots", "back"),
        ("fired", "back"),
        ("bit", "out"),
        ("bites", "out"),
        ("ground", "out"),
        ("grinds", "out"),
    }
)
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it"})
# Capitalised words that open a sentence of their own after a line ("Nobody said anything.").
NOT_SPEAKERS = frozenset("nobody no everyone everybody someone somebody nothing none neither nor all".split())
# A closing quote mark with a full stop before it (not an ellipsis) and the first word after it.
_LINE_END = re.compile(
    r"(?<![. ])(?P<stop>\.)(?P<close>[\"”’'])[ \t]+(?P<word>[^\W\d_][\w'’]*)"
    r"(?:[ \t]+(?P<next>[^\W\d_]+)(?P<rest>(?:[ \t]+[^\W\d_]+){0,2}[ \t]*[.,;:!?—]?))?"
)
# Words that carry a tag's sentence on: "Ana said as she sat down", "He asks after a while", "Oren tells
# me through his teeth". "Ana said nothing" or "Ana told him the truth" is a sentence of its own.
_CARRY_ON = (
    "as|while|when|before|after|without|with|until|because|through|from|over|across|under|into|against|"
    "quietly|softly|gently|finally"
)
# Speech verbs that are as often actions ("She cried bitterly", "He called the dog").
_ALSO_ACTIONS = frozenset("cried cries called calls breathed added adds continued continues".split())
_BARE_TAG_END = re.compile(r"^(?:[ \t]+(?:him|her|them|me|us|you|\w+ly))?[ \t]*[.!?,]$")
# What may close a tag: an object pronoun, a particle or an -ly adverb, then punctuation ("Ana told him.",
# "Bram pointed out."), or a word that carries the sentence on.
_TAG_END = re.compile(
    r"^(?:[ \t]+(?:him|her|them|me|us|you|it|out|in|up|back|\w+ly))?"
    rf"(?:[ \t]*[.,;:!?—]|[ \t]+(?:{_CARRY_ON})\b.*)$"
)


def _quote_ends(ctx: Context) -> Iterator[re.Match[str]]:
    for quote in ctx.doc.quotes:
        if quote.mark == "dash":
            continue
        match = _LINE_END.match(ctx.text, quote.span.end - 2)
        if match is not None and match.start("close") == quote.span.end - 1:
            yield match


def _is_tag(match: re.Match[str]) -> bool:
    word, following = match.group("word"), match.group("next")
    lower = word.lower()
    if lower in SPEECH_VERBS:
        return True
    if following is None:
        return False
    rest = match.group("rest") or ""
    particle = rest.split()[0].strip(".,;:!?—").lower() if rest.split() else ""
    if following.lower() not in SPEECH_VERBS and (following.lower(), particle) not in PHRASAL_TAGS:
        return False
    if word[:1].islower():
        return lower in PRONOUNS
    # "She said nothing of the kind." after a line is a new sentence; "Ana told him." and "He said, and hung
    # up." are tags: a name or a capital pronoun counts only when the tag ends at once.
    if lower in NOT_SPEAKERS:
        return False
    if word[:1].isupper() and lower in PRONOUNS - {"i"}:
        # A capital pronoun may start a sentence of its own: "She cried bitterly", "He answered: "But..."".
        # Only a bare tag that ends at once and introduces nothing counts.
        introduces_next = rest.endswith(",") and _opens_quote(match.string, match.end())
        return following.lower() not in _ALSO_ACTIONS and not introduces_next and _BARE_TAG_END.match(rest) is not None
    return _TAG_END.match(rest) is not None


def find_tag(ctx: Context) -> Iterator[Hit]:
    """A speech tag after a line of dialogue closed with a full stop."""
    for match in _quote_ends(ctx):
        if not _is_tag(match):
            continue
        start = match.start("stop")
        word = match.group("word")
        tag = " ".join(part for part in (word, match.group("next")) if part)
        message = f"A speech tag follows (“{tag}”): end the line with a comma."
        if word.lower() in PRONOUNS - {"i"} and word[:1].isupper():
            # `"Go." He said` needs both the comma and a small letter: one fix for the two.
            end = match.end("word")
            fixed = "," + ctx.text[start + 1 : match.start("word")] + word.lower()
            yield Hit(start, end, message + " The tag then starts in lower case.", (fixed,), 0.9)
            continue
        yield Hit(start, start + 1, message, (",",), 0.9)


def find_beat(ctx: Context) -> Iterator[Hit]:
    """A lower-case action beat after a line of dialogue closed with a full stop."""
    for match in _quote_ends(ctx):
        word = match.group("word")
        if not word[:1].islower() or _is_tag(match):
            continue
        if word.lower() not in PRONOUNS and word.lower() not in {"the", "his", "her", "their", "my"}:
            continue
        start, end = match.span("word")
        fixed = word[:1].upper() + word[1:]
        yield Hit(
            start, end, "A new sentence (an action beat) starts after the full stop: capitalise it.", (fixed,), 0.85
        )


# A capital pronoun after a line closed with "?" or "!" (then only a speech tag is wrong) or with a comma
# (then the sentence goes on, whatever the verb: `"You," She said`).
_CAPITAL_TAG = re.compile(
    r"(?P<mark>[?!,])(?P<close>[\"”’'])[ \t]+(?P<word>He|She|They|We)[ \t]+(?P<verb>[a-z]+)"
    rf"(?P<rest>(?:[ \t]+[a-z]+)?(?:[ \t]*[.,;:!?—]|[ \t]+(?:{_CARRY_ON})\b))?"
)


_TAG_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'’]*)[ \t]+(?P<next>[^\W\d_]+)")


def find_missing_comma(ctx: Context) -> Iterator[Hit]:
    """A line of dialogue that ends in a word, with a speech tag after it ("Don't go" he said)."""
    text = ctx.text
    for quote in ctx.doc.quotes:
        end = quote.span.end
        if quote.mark != "double" or quote.unclosed or end < 2 or not text[end - 2].isalnum():
            continue
        # Dialogue opens a paragraph or follows a sentence; a quoted title or word inside a sentence does not.
        if not _opens_sentence(text, quote.span.start):
            continue
        match = _TAG_AFTER.match(text, end)
        if match is None:
            continue
        word, following = match.group("word"), match.group("next")
        pronoun_tag = word in PRONOUNS - {"i"} | {"I"} and following.lower() in SPEECH_VERBS
        name_tag = (
            word[:1].isupper()
            and word.lower() not in PRONOUNS | NOT_SPEAKERS
            and word in ctx.lexicon.names
            and following.lower() in SPEECH_VERBS
        )
        inverted = word.lower() in SPEECH_VERBS and word[:1].islower()
        if not (pronoun_tag or name_tag or inverted):
            continue
        close = text[end - 1]
        yield Hit(
            end - 1, end, "A speech tag follows: put a comma before the closing quote mark.", ("," + close,), 0.85
        )


def _opens_quote(text: str, index: int) -> bool:
    return text[index : index + 3].lstrip(" \t")[:1] in {'"', "“", "'", "‘"}


def find_capital_tag(ctx: Context) -> Iterator[Hit]:
    """A capitalised pronoun starting a speech tag after a question or exclamation ("Why?" He asked)."""
    yield from find_capital_verb(ctx)
    for match in _CAPITAL_TAG.finditer(ctx.text):
        rest, after_comma = match.group("rest"), match.group("mark") == ","
        if after_comma:
            # Only a line of dialogue: a quoted word mid-sentence ("called it "home," She...") is left alone.
            if not _is_dialogue_line(ctx, match.end("close")):
                continue
        elif rest is None or match.group("verb") not in SPEECH_VERBS or _TAG_END.match(rest) is None:
            continue
        # A tag that ends in a comma or colon and opens a quotation introduces the next line ("He answered,
        # "Yes.""); one that runs on into the narration ("He asks, checking the map") tags this line.
        if not after_comma and rest[-1] not in ".!?" and (rest[-1] == ":" or _opens_quote(ctx.text, match.end())):
            continue
        start, end = match.span("word")
        message = (
            "The sentence goes on after the comma: no capital."
            if after_comma
            else "The speech tag continues the sentence: no capital after “?” or “!”."
        )
        yield Hit(start, end, message, (match.group("word").lower(),), 0.85)


# An inverted tag after a comma-closed line, capitalised: `"No one heard it," Said a voice`.
_CAPITAL_VERB = re.compile(r",(?P<close>[\"”’'])[ \t]+(?P<word>[A-Z][a-z]+)\b")


def find_capital_verb(ctx: Context) -> Iterator[Hit]:
    """A capitalised speech verb opening an inverted tag after a comma ("...," Said a voice)."""
    for match in _CAPITAL_VERB.finditer(ctx.text):
        word = match.group("word")
        if word.lower() not in SPEECH_VERBS or not _is_dialogue_line(ctx, match.end("close")):
            continue
        start, end = match.span("word")
        yield Hit(start, end, "The sentence goes on after the comma: no capital.", (word.lower(),), 0.85)


def _opens_sentence(text: str, start: int) -> bool:
    """True when `start` opens a paragraph or follows a sentence (spaces and tabs between)."""
    index = start
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    return index == 0 or text[index - 1] in "\n.!?"


def _is_dialogue_line(ctx: Context, end: int) -> bool:
    """True when a quotation ends at `end` and opens a paragraph or follows a sentence."""
    quote = next((quote for quote in ctx.doc.quotes if quote.span.end == end), None)
    return quote is not None and _opens_sentence(ctx.text, quote.span.start)


# `"Why?", she asked`: the question mark already does the comma's work. Either order of quote and comma.
_MARK_AND_COMMA = re.compile(r"[?!](?:(?P<close>[\"”’]),|,(?P<inside>[\"”]))")


def find_mark_and_comma(ctx: Context) -> Iterator[Hit]:
    """A comma after a question or exclamation mark that ends a line of dialogue."""
    for match in _MARK_AND_COMMA.finditer(ctx.text):
        close = match.group("close") or match.group("inside")
        start, end = match.start() + 1, match.end()
        yield Hit(start, end, "The question or exclamation mark ends the line: drop the comma.", (close,), 0.85)


TAG_RULE = Rule(
    id="punctuation.dialogue_tag_full_stop",
    category="punctuation",
    description="A full stop ending a line of dialogue that a speech tag follows.",
    find=find_tag,
    bad=(
        Example("“It's late.” Ana told him.", "“It's late,” Ana told him."),
        Example('"Go home." she said.', '"Go home," she said.'),
        Example('"Fine." said Tom.', '"Fine," said Tom.'),
        Example('"Thanks, Kade." you mutter.', '"Thanks, Kade," you mutter.'),
        Example('"Morning." Tova says as she sits down.', '"Morning," Tova says as she sits down.'),
        Example('"You said that." Bram pointed out.', '"You said that," Bram pointed out.'),
        Example('"Keep going." Oren tells me through his teeth.', '"Keep going," Oren tells me through his teeth.'),
        Example('"Answer the phone." He said, and hung up.', '"Answer the phone," he said, and hung up.'),
    ),
    good=(
        '"It\'s late," Ana told him.',
        '"Why?" he asked.',
        '"No!" she said.',
        '"It\'s late." Ana shrugged.',
        '"It\'s late." Ana said nothing more.',
        '"Look." Bram pointed at the map.',
        '"Fine." Ana told him the truth after that.',
        '"Fine." He said nothing more.',
        '"Yes." He said, "Come here."',
        'He named the boat "Fury," Said to be the fastest on the coast.',
    ),
)

BEAT_RULE = Rule(
    id="punctuation.dialogue_beat_lowercase",
    category="punctuation",
    description="An action beat after dialogue that starts in lower case.",
    find=find_beat,
    bad=(Example('"Here." she handed him the cup.', '"Here." She handed him the cup.'),),
    good=('"Here." She handed him the cup.', '"Here," she said.', '"Wait..." she whispered.'),
)

MISSING_COMMA_RULE = Rule(
    id="punctuation.dialogue_tag_no_comma",
    category="punctuation",
    description="A line of dialogue with no comma before its speech tag.",
    find=find_missing_comma,
    bad=(
        Example('"Don\'t go" he said.', '"Don\'t go," he said.'),
        Example("“Leave it” Mara told him. Mara left.", "“Leave it,” Mara told him. Mara left."),
        Example('"Fine" said Tom.', '"Fine," said Tom.'),
    ),
    good=(
        '"Don\'t go," he said.',
        'She called it "home" he said once.',
        '"Why?" he asked.',
        '"Fine" was all she said.',
    ),
)

CAPITAL_TAG_RULE = Rule(
    id="punctuation.dialogue_tag_capital",
    category="punctuation",
    description="A speech tag capitalised after a question or exclamation mark.",
    find=find_capital_tag,
    bad=(
        Example('"Why?" He asked.', '"Why?" he asked.'),
        Example("“Stop!” She shouted.", "“Stop!” she shouted."),
        Example('"How far?" He asks, checking the map.', '"How far?" he asks, checking the map.'),
        Example('"How far?" He asks after a while.', '"How far?" he asks after a while.'),
        Example('"You," She said to Kit, "are late."', '"You," she said to Kit, "are late."'),
        Example('"No one heard it," Said a voice.', '"No one heard it," said a voice.'),
    ),
    good=(
        '"Why?" he asked.',
        '"Stop!" She ran for the door.',
        '"Why?" He asked it again and again.',
        '"Really?" He answered, "Yes."',
        '"Really?" He answered: "Yes."',
        'She called it "home," she said once.',
        'He said, "Go." He left.',
    ),
)

MARK_AND_COMMA_RULE = Rule(
    id="punctuation.dialogue_mark_and_comma",
    category="punctuation",
    description="A comma after the question or exclamation mark that ends a line of dialogue.",
    find=find_mark_and_comma,
    bad=(
        Example('"Why?", he asked.', '"Why?" he asked.'),
        Example("“Stop!,” she shouted.", "“Stop!” she shouted."),
    ),
    good=('"Why?" he asked.', '"Stop!" she shouted.', '"Fine," she said.'),
)
