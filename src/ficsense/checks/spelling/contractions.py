"""spelling.contraction_apostrophe — a contraction typed without its apostrophe: "dont", "wouldnt", "Theres".

Phone keyboards and fast typing drop the apostrophe, and web-trained word lists know "dont" as a word, so
the misspelling rule lets it pass. Only forms that are no English word are listed ("cant", "wont", "were",
"well", "ill", "hell", "shell", "lets" are words). Some writers leave the apostrophes out on purpose
throughout (Cormac McCarthy's "dont"; a chat-log fic): the rule stays silent when the story writes more
contractions without apostrophes than with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context, in_chat_line
from ficsense.checks.rule import Example, Hit, Rule, match_case

CONTRACTIONS = {
    bare: full
    for full in """
    don't didn't doesn't isn't wasn't weren't aren't haven't hasn't hadn't couldn't wouldn't shouldn't
    mustn't needn't ain't i'm i've you're they're that's what's there's here's he's she's who's where's
    you'll you've you'd they'll they've they'd it'll could've would've should've
    """.split()
    for bare in [full.replace("'", "")]
}
_WITH_APOSTROPHE = re.compile(r"\b\w+['’](?:t|m|re|ve|ll|d)\b|\b(?:it|that|what|there|here|he|she|who)['’]s\b", re.I)


def find(ctx: Context) -> Iterator[Hit]:
    """Contractions without their apostrophe, in a story that elsewhere writes them with one."""
    bare = ctx.indices_of(CONTRACTIONS)
    if not bare or len(_WITH_APOSTROPHE.findall(ctx.text)) < len(bare):
        return
    for index in bare:
        form = ctx.forms[index]
        # A chat message ("**Priya:** hes fine") is written the way people text.
        if in_chat_line(ctx.text, ctx.spans[index].start):
            continue
        # A capitalised form the story also writes inside sentences is a name ("Hes", short for Hesper).
        if form[:1].isupper() and form in ctx.lexicon.names:
            continue
        # "IM" and "HES" in capitals are more likely initials or shouting than a contraction.
        if form.isupper() and len(form) > 1 and form != "I":
            continue
        full = CONTRACTIONS[ctx.lower[index]]
        fixed = "I" + full[1:] if full.startswith("i'") else match_case(full, form)
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"“{form}” needs its apostrophe: “{fixed}”.", (fixed,), 0.9)


RULE = Rule(
    id="spelling.contraction_apostrophe",
    category="spelling",
    description="A contraction without its apostrophe.",
    find=find,
    bad=(
        Example("I don't know. She didn't either. We dont care.", "I don't know. She didn't either. We don't care."),
        Example("It's late, isn't it? Theres no bus.", "It's late, isn't it? There's no bus."),
        Example("You're sure? im not.", "You're sure? I'm not."),
    ),
    good=(
        "I don't know. She didn't either. We don't care.",
        "He dont know. She dont care. They wasnt there. It aint right.",
        "I can't. We won't. Let's go. Well, we were ill.",
        "I don't know. She didn't either.\n\n**Priya:** hes fine lol\n\n**me:** we dont sell newts",
        "I didn't take it, Hes, I swear. Hesper sighed. \"Hes. Don't.\" She didn't. Hes, it's fine.",
    ),
)
