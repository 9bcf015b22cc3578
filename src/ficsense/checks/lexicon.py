"""The story's own words, learned before anything is flagged.

A fan fiction is full of words no dictionary holds: the characters' names and their possessives, the
fandom's creatures and places, stretched shouts ("Noooo", "Fiiine"), interjections and the written
dialect of the genre (gonna, kinda, 'em, y'all, Y/N). Flagging any of them is the false alarm writers
hate most (issue 3), so the spelling and name rules consult this lexicon first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Written speech and fandom shorthand that dictionaries lack or mark as errors.
DIALECT: frozenset[str] = frozenset(
    """
    gonna wanna gotta kinda sorta lemme gimme dunno outta lotta tryna finna betcha gotcha whatcha ya yer
    y'all ya'll 'em 'cause 'cos cuz c'mon ain't innit dontcha didja wouldja howdy yeah yep yup nope nah
    naw 'til til y/n l/n e/c h/c okay ok alright nope mkay 'kay kay ma'am s'pose s'posed 'course o'clock
    'tis 'twas tis twas 'twould bro sis babe bestie fam shite yas lol omg idk tbh btw wtf irl ofc pls plz thx
    """.split()
)

# British past tenses that dictionaries built from American text miss.
VARIANTS: frozenset[str] = frozenset("leant learnt spelt dreamt burnt spilt smelt knelt leapt spoilt".split())

INTERJECTIONS: frozenset[str] = frozenset(
    """
    ah aha ahh ahem aw aww argh augh bah blah boo eh er erm gah gee geez jeez ha haha hah heh hehe hm hmm
    hmph huh hush mhm mm mmm mm-hmm uh-huh uh-oh oh ooh oof ouch oops ow phew pfft pff psst sh shh shush
    tch tsk tut ugh uh um umm whew whoa woah wow yay yikes yo yum yuck eek hey hiya hullo hallo hulloa
    """.split()
)

# A letter written three or more times in a row: "Noooo", "Fiiine", "Ughhh".
_STRETCH = re.compile(r"(\w)\1{2,}", re.IGNORECASE)
# How often a lower-case word must occur for the story to vouch for it.
RECURRING = 3


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words the story (or its writer) vouches for.

    `names` holds capitalised forms as written ("Aiden"); `words` holds lower-case forms: recurring
    words, the user's list, dialect and interjections.
    """

    names: frozenset[str]
    words: frozenset[str]

    def knows(self, word: str) -> bool:
        """True when the story or the writer vouches for `word` (any capitalisation, possessive or not)."""
        word = word.replace("’", "'")
        stem = _strip_possessive(word)
        if stem in self.names or word in self.names:
            return True
        lower = stem.lower()
        if lower in self.words or word.lower() in self.words:
            return True
        return is_stretched(lower)


def is_stretched(word: str) -> bool:
    """True for a word drawn out for effect ("Noooo", "Fiiine")."""
    return _STRETCH.search(word) is not None


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "'S")):
        return word[:-2]
    if word.endswith("'"):
        return word[:-1]
    return word


def build_lexicon(forms: Sequence[str], starts: Iterable[bool], user_words: Iterable[str] = ()) -> Lexicon:
    """Learn the lexicon from the story's word forms; `starts[i]` says whether form i opens a sentence."""
    lower_counts: Counter[str] = Counter()
    mid_capitals: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    for form, start in zip(forms, starts, strict=True):
        stem = _strip_possessive(form)
        lower_counts[stem.lower()] += 1
        if stem[:1].isupper():
            capitals[stem] += 1
            if not start:
                mid_capitals[stem] += 1
    lowercase_uses: Counter[str] = Counter()
    for form in forms:
        stem = _strip_possessive(form)
        if stem[:1].islower():
            lowercase_uses[stem] += 1
    # A name is capitalised in mid-sentence more often than the same word is written in lower case.
    names = {form for form, count in mid_capitals.items() if count > lowercase_uses.get(form.lower(), 0)}
    # A capitalised word seen only at sentence starts but often (a name that opens sentences).
    names |= {form for form, count in capitals.items() if count >= RECURRING and not lowercase_uses.get(form.lower())}
    user = {word.strip().replace("’", "'") for word in user_words if word.strip()}
    names |= {word for word in user if word[:1].isupper()}
    recurring = {word for word, count in lower_counts.items() if count >= RECURRING}
    words = recurring | {word.lower() for word in user} | DIALECT | INTERJECTIONS | VARIANTS
    return Lexicon(names=frozenset(names), words=frozenset(words))
