"""Relationships, character tags and the AO3 category, each with the passages that justify it.

A pair of characters is a candidate when both are named in the same paragraph (or the one before, so that
"Rowan kissed her" after a paragraph naming Nadia counts). Romantic or sexual cues (a kiss, desire, a
declaration of love, a partner word) in such paragraphs make `A/B`; friendship cues make `A & B`. Precision
first: one cue is not a relationship — a romantic tag needs two romantic passages or one unmistakable one
(a kiss, "I love you", marriage), a platonic tag two friendship passages and no romantic one.

The category follows AO3: F/M, M/M, F/F from the genders of the romantic pairs (a pair with an unknown
gender gives no category rather than a guess; a non-binary partner gives Other), Multi when the story has
more than one kind of romantic pairing or one character with several partners, Gen when the story has named
characters and no romantic pair at all. Character tags are the main and secondary characters.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ficsense.analyses.people.cast import Cast, build_cast
from ficsense.analyses.people.names import NameMention
from ficsense.document import Document, Span
from ficsense.report.model import Character, Evidence, QuoteAttribution, Tag

STRONG_ROMANCE = re.compile(
    r"\b(?:kiss(?:ed|es|ing)?|made love|make love|making love|love you|in love with|fucked|fucking|"
    r"had sex|slept with|moan(?:ed|s|ing)?|proposed to)\b",
    re.I,
)
ROMANCE = re.compile(
    r"\b(?:lips|desire[sd]?|wanted him|wanted her|caress(?:ed|es|ing)?|embrace[sd]?|blush(?:ed|es|ing)?|"
    r"darling|sweetheart|dating|flirt(?:ed|ing|s)?|"
    r"held hands|holding hands|cuddl(?:ed|ing|e)|nuzzl(?:ed|ing|e)|her thighs?|his thighs?|aroused|naked)\b",
    re.I,
)
FRIENDSHIP = re.compile(
    r"\b(?:friends?|friendship|best friend|mates?|buddy|buddies|pal|comrades?|partners? in crime|"
    r"teammates?|companions?|clapped (?:him|her|them) on the (?:back|shoulder)|fist[- ]bump(?:ed)?|"
    r"high[- ]fived?)\b",
    re.I,
)
KIN = re.compile(
    r"\b(?:mother|father|sister|brother|aunt|uncle|cousin|daughter|son|niece|nephew|mamma|mama|papa|"
    r"mum|mom|dad|grandmother|grandfather|grandma|grandpa)s?\b",
    re.I,
)
MAX_PAIRS = 5
_CATEGORY = {
    frozenset({"male"}): "M/M",
    frozenset({"female"}): "F/F",
    frozenset({"male", "female"}): "F/M",
}


@dataclass(slots=True)
class _PairEvidence:
    """Accumulates, while reading, what one pair's shared paragraphs say about them."""

    romantic: list[Evidence] = field(default_factory=list)
    strong: int = 0
    friendly: list[Evidence] = field(default_factory=list)


_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male"}


class _People:
    """Who a sentence is about: its named characters, and those its he/she point back to.

    "Rowan kissed her" names one person; "her" is the nearest woman named before it (within about a page),
    but only when that character's gender is known.
    """

    def __init__(self, cast: Cast, wanted: set[int]) -> None:
        self.names: list[tuple[int, int]] = []
        self.by_gender: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for mention, owner in zip(cast.mentions, cast.owner, strict=True):
            if owner not in wanted:
                continue
            self.names.append((mention.span.start, owner))
            gender = cast.members[owner].gender
            if gender is not None and not mention.in_quote:
                self.by_gender[gender].append((mention.span.start, owner))
        self.name_starts = [start for start, _ in self.names]
        self.positions = {gender: [start for start, _ in found] for gender, found in self.by_gender.items()}

    def in_span(self, text: str, span: Span) -> set[int]:
        first = bisect.bisect_left(self.name_starts, span.start)
        last = bisect.bisect_left(self.name_starts, span.end)
        found = {owner for _, owner in self.names[first:last]}
        for match in _PRONOUN.finditer(text, span.start, span.end):
            gender = _PRONOUN_GENDER.get(match.group().lower(), "female")
            candidates = self.by_gender.get(gender)
            if not candidates:
                continue
            index = bisect.bisect_left(self.positions[gender], match.start()) - 1
            if match.group().lower() in ("him", "her"):
                # "Theo kissed him": an object pronoun is not the sentence's own subject.
                while index >= 0 and candidates[index][0] >= span.start:
                    index -= 1
            if index >= 0 and candidates[index][0] >= match.start() - 2000:
                found.add(candidates[index][1])
        return found


def relationship_tags(
    doc: Document, characters: tuple[Character, ...], quotes: tuple[QuoteAttribution, ...]
) -> tuple[tuple[Tag, ...], tuple[Tag, ...], tuple[Tag, ...]]:
    """(relationship tags, character tags, category tags) for a story.

    A cue counts for a pair only in a sentence about both of them (named, or pointed back to by he/she);
    a line of dialogue with a strong cue ("I love you") counts for its speaker and addressee.
    """
    cast = build_cast(doc)
    by_name = {character.name: character for character in characters}
    index_of = {member.name: i for i, member in enumerate(cast.members)}
    wanted = {i for i, member in enumerate(cast.members) if member.name in by_name and member.mentions}
    people = _People(cast, wanted)
    pairs: dict[tuple[int, int], _PairEvidence] = defaultdict(_PairEvidence)
    text = doc.text
    quote_spans = [quote.span for quote in doc.quotes]
    quote_starts = [span.start for span in quote_spans]
    for sentence in doc.sentences:
        romance = [(m, _strong(text, m)) for m in STRONG_ROMANCE.finditer(text, sentence.start, sentence.end)]
        romance += [(m, False) for m in ROMANCE.finditer(text, sentence.start, sentence.end)]
        # Talk of love inside dialogue is not an act between the people the sentence names; lines count
        # through their speaker and addressee below.
        romance = [(m, strong) for m, strong in romance if not _inside(quote_starts, quote_spans, m.start())]
        friends = [
            m
            for m in FRIENDSHIP.finditer(text, sentence.start, sentence.end)
            if not _inside(quote_starts, quote_spans, m.start())
        ]
        if KIN.search(text, sentence.start, sentence.end):
            # "kissed her sister", "his mother's embrace": family affection.
            romance = []
        if not romance and not friends:
            continue
        present = sorted(people.in_span(text, sentence))
        # A sentence about three or more people does not say who kissed or befriended whom.
        if len(present) == 2:
            _collect(pairs[present[0], present[1]], cast, (present[0], present[1]), sentence, romance, friends)
    for line in quotes:
        if line.speaker is None or line.addressee is None or line.confidence < 0.5:
            continue
        speaker, addressee = index_of.get(line.speaker), index_of.get(line.addressee)
        if speaker is None or addressee is None or speaker == addressee or not {speaker, addressee} <= wanted:
            continue
        span = Span(line.start, line.end)
        romance = [(m, _strong(text, m)) for m in STRONG_ROMANCE.finditer(text, span.start, span.end)]
        if romance:
            low, high = sorted((speaker, addressee))
            _collect(pairs[low, high], cast, (low, high), span, romance, [])
    romantic: list[tuple[float, int, int, Tag]] = []
    platonic: list[tuple[float, Tag]] = []
    for (first, second), found in sorted(pairs.items()):
        a, b = sorted((cast.members[first].name, cast.members[second].name))
        if _family(cast, first, second):
            continue
        if found.strong >= 2 or (found.strong >= 1 and len(found.romantic) >= 3):
            confidence = min(0.95, 0.5 + 0.1 * found.strong + 0.05 * len(found.romantic))
            romantic.append((confidence, first, second, Tag(f"{a}/{b}", confidence, tuple(found.romantic[:3]))))
        elif len(found.friendly) >= 2 and not found.strong:
            confidence = min(0.9, 0.4 + 0.1 * len(found.friendly))
            platonic.append((confidence, Tag(f"{a} & {b}", confidence, tuple(found.friendly[:3]))))
    # A novel yields many weak pairs; a tag list names the few that carry the story, surest first.
    romantic.sort(key=lambda item: (-item[0], item[3].tag))
    platonic.sort(key=lambda item: (-item[0], item[1].tag))
    romantic_pairs = [(first, second, tag) for _, first, second, tag in romantic[:MAX_PAIRS]]
    relationships = [tag for _, _, tag in romantic_pairs] + [tag for _, tag in platonic[:MAX_PAIRS]]
    character_tags = tuple(
        Tag(character.name, 0.9 if character.role == "main" else 0.7, tuple(character.evidence[:1]))
        for character in characters
        if character.role in ("main", "secondary") and character.name != "narrator"
    )
    return tuple(relationships), character_tags, _categories(cast, romantic_pairs, characters)


_FAMILY_KISS = re.compile(r"[^.!?]{0,25}\b(?:cheek|cheeks|forehead|brow|hand|hands|hair|head|fingers)\b", re.I)


def _strong(text: str, match: re.Match[str]) -> bool:
    """A kiss on the cheek, brow or hand is also how family and friends kiss: a weak cue, not a strong one."""
    return not (match.group().lower().startswith("kiss") and _FAMILY_KISS.match(text, match.end()))


def _inside(starts: list[int], spans: list[Span], position: int) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and spans[index].start <= position < spans[index].end


def _family(cast: Cast, first: int, second: int) -> bool:
    """Two people who share a surname are family (sisters, father and son), not a couple — unless their
    known genders differ, as a married couple's usually do."""
    one, other = cast.members[first], cast.members[second]
    if one.gender is not None and other.gender is not None and one.gender != other.gender:
        return False
    return bool(_surnames(one.mentions) & _surnames(other.mentions))


def _surnames(mentions: tuple[NameMention, ...]) -> set[str]:
    return {m.words[-1].lower() for m in mentions if len(m.words) >= 2 or (m.honorific and m.words)}


def _collect(
    pair: _PairEvidence,
    cast: Cast,
    members: tuple[int, int],
    span: Span,
    romance: list[tuple[re.Match[str], bool]],
    friends: list[re.Match[str]],
) -> None:
    """Add one sentence's (or line's) cues to a pair's evidence."""
    names = f"{cast.members[members[0]].name} and {cast.members[members[1]].name}"
    if romance:
        match, _ = min(romance, key=lambda item: (not item[1], item[0].start()))
        pair.romantic.append(Evidence(span.start, span.end, f"'{match.group()}' in a sentence about {names}"))
        pair.strong += any(strong for _, strong in romance)
    if friends:
        pair.friendly.append(Evidence(span.start, span.end, f"'{friends[0].group()}' with {names}"))


def _categories(
    cast: Cast, romantic_pairs: list[tuple[int, int, Tag]], characters: tuple[Character, ...]
) -> tuple[Tag, ...]:
    if not romantic_pairs:
        if not characters:
            return ()
        first = characters[0].evidence[:1]
        return (Tag("Gen", 0.6, tuple(first)),)
    found: dict[str, list[Evidence]] = defaultdict(list)
    partners: dict[int, set[int]] = defaultdict(set)
    for first, second, tag in romantic_pairs:
        partners[first].add(second)
        partners[second].add(first)
        genders = {cast.members[first].gender, cast.members[second].gender}
        if None in genders:
            continue
        category = "Other" if "nonbinary" in genders else _CATEGORY.get(frozenset(genders), "Other")
        found[category].extend(tag.evidence[:1])
    tags = [Tag(category, 0.8, tuple(evidence[:3])) for category, evidence in sorted(found.items())]
    polyamorous = any(len(others) > 1 for others in partners.values())
    if len(found) > 1 or polyamorous:
        evidence = tuple(tag.evidence[0] for _, _, tag in romantic_pairs if tag.evidence)[:3]
        tags.append(Tag("Multi", 0.6, evidence))
    return tuple(tags)
