"""AO3 archive warnings and the rating, decided from the scan, each with the passage that sets it.

Names are exactly AO3's canonical ones (ao3/ao3_canonical.json). Major Character Death needs a named
character with a real presence whose death is not reversed later in the work; Underage Sex needs both age
evidence and sexual activity in the same passage; an adult's sexualised attention to a minor without sexual
activity is only a consideration for the author, never the warning itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ficsense.analyses.warnings.detect import Hit, Scan, find_cues, sentence_at
from ficsense.analyses.warnings.rules import (
    ATTENTION,
    EXPLICIT,
    GORE,
    INTIMACY,
    LANGUAGE,
    LOVEMAKING,
    MINOR,
    SEXUAL,
    Cue,
)
from ficsense.document import Document, Span

GRAPHIC_VIOLENCE = "Graphic Depictions Of Violence"
MAJOR_DEATH = "Major Character Death"
NON_CON = "Rape/Non-Con"
UNDERAGE = "Underage Sex"
NO_WARNINGS = "No Archive Warnings Apply"
CHOSE_NOT = "Creator Chose Not To Use Archive Warnings"
RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit")

# A character needs this many mentions to count as having "a real presence" (AO3's note on the warning).
MIN_MENTIONS = 3
MIN_MENTIONS_BEFORE = 2
# ...and at least this share of the lead character's mentions (a mother dead before chapter one is not).
PRESENCE_SHARE = 0.05
# How far after its subject a revival may come and still be about that subject.
REVIVAL_REACH = 40
# Three explicit-sex cues in one passage make it graphic rather than a passing reference; two make it sexual
# content at all (one alone is too often an idiom or an insult).
EXPLICIT_GRAPHIC = 3
EXPLICIT_MATURE = 2
# Tags whose presence lifts a work above General Audiences. Blood alone does not (a cut finger is not
# violence); with violence it comes in through the Violence tag.
TEEN_TAGS = frozenset(
    {
        "Violence",
        "War",
        "Character Death",
        "Kidnapping",
        "Suicidal Thoughts",
        "Self-Harm",
        "Drug Use",
        "Mugging",
        "Child Abuse",
        "Homophobia",
        "Racism",
        "Ableism",
        "Misogyny",
        "Eating Disorders",
        "Temporary Character Death",
    }
)
MATURE_TAGS = frozenset({"Sexual Assault", "Suicide Attempt"})

_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Captain|Aunt|Uncle|Professor)\.?\s)?"
_NAME = r"\b(" + _TITLES + r"[A-Z][a-z]+)"
_DEATHS = (
    re.compile(
        _NAME + r"(?:'s heart)? (?:had |has )?(?:died|dies|is dead|was dead|passed away|stopped breathing|"
        r"breathed (?:his|her|their) last|was killed|had been killed|was murdered)\b"
    ),
    re.compile(r"\b(?:killed|murdered) " + _NAME + r"\b"),
    # Not "X's body": a living body shakes and sighs too ("Lucy's body was shaken by deep sighs").
    re.compile(_NAME + r"'s (?:corpse|funeral|grave|coffin)\b"),
)
_REVIVAL = re.compile(
    r"\b(?:(?:started|began) breathing|breathing again|breathed again|"
    r"(?:heartbeat|heart|pulse) (?:returned|came back|started|restarted)|opened (?:his|her|their) eyes|"
    r"came back to life|back from the dead|(?:was|is|were|still|very much) alive|revived|resurrect\w*|"
    r"brought (?:him|her|them) back)\b",
    re.IGNORECASE,
)
# "a manufacturer of New Brunswick had died": a capitalised word after these is a place, not the one who died.
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|from|to|for|New|the) $")
_NOT_NAMES = frozenset(
    {"The", "A", "An", "He", "She", "They", "It", "I", "We", "You", "His", "Her", "Their", "Then", "Everyone", "Nobody"}
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A warning, rating or consideration with the passages behind it."""

    name: str
    confidence: float
    evidence: tuple[tuple[Span, str], ...]


def _cue_hits(doc: Document, found: list[tuple[Span, Cue]], window: Span, scan: Scan) -> tuple[Span, str]:
    span, cue = found[0]
    lowered = scan.lowered
    words = ", ".join(dict.fromkeys(f"“{lowered[s.start : s.end]}”" for s, _ in found[:3]))
    return sentence_at(doc, span.start, window), f"{cue.shows}: {words}"


def graphic_violence(doc: Document, scan: Scan) -> Claim | None:
    """Violence or war the classifier found in a passage that also carries gore."""
    evidence = []
    violent = {hit.window: hit for hit in scan.hits if hit.tag in ("Violence", "War")}
    for window, hit in sorted(violent.items()):
        gore = find_cues((GORE,), scan, window)
        if gore:
            sentence, why = _cue_hits(doc, gore, window, scan)
            evidence.append((hit.score, sentence, f"graphic violence — {why}"))
    if not evidence:
        return None
    evidence.sort(key=lambda item: (-item[0], item[1].start))
    return Claim(GRAPHIC_VIOLENCE, evidence[0][0], tuple((span, why) for _, span, why in evidence[:3]))


def _mentions(doc: Document) -> Counter[str]:
    return Counter(match.group(0) for match in re.finditer(r"\b[A-Z][a-z]+\b", doc.text))


def deaths(doc: Document) -> tuple[Claim | None, Claim | None]:
    """(Major Character Death, Temporary Character Death): named deaths, split by whether they are reversed."""
    mentions = _mentions(doc)
    # Names in mid-sentence are nearly all people and places; the most frequent one is the lead's.
    lead = max(Counter(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+\b", doc.text)).values(), default=0)
    needed = max(MIN_MENTIONS, PRESENCE_SHARE * lead)
    final: list[tuple[Span, str]] = []
    reversed_: list[tuple[Span, str]] = []
    seen: set[tuple[str, int]] = set()
    for pattern in _DEATHS:
        for match in pattern.finditer(doc.text):
            name = match.group(1)
            label = " ".join(name.split())  # a name broken over a line ("Mrs.\nInglethorp") reads as one
            if _PLACE_BEFORE.search(doc.text, max(0, match.start() - 6), match.start()):
                continue
            count = mentions[name] if " " not in name else doc.text.count(name)
            before = doc.text.count(name, 0, match.start())
            # A real presence: mentioned often, and on stage before dying (not only a death in backstory).
            if name in _NOT_NAMES or count < needed or before < MIN_MENTIONS_BEFORE or (name, match.start()) in seen:
                continue
            seen.add((name, match.start()))
            death = sentence_at(doc, match.start(), Span(match.start(), match.end()))
            revival = _revival(doc, name, death.end)
            if revival is None:
                final.append((death, f"{label} dies and does not come back ({count} mentions)"))
            else:
                reversed_.append((death, f"{label} dies here"))
                reversed_.append((revival, f"…and is alive again here, so no Major Character Death for {label}"))
    major = Claim(MAJOR_DEATH, 0.7, tuple(final[:3])) if final else None
    temporary = Claim("Temporary Character Death", 0.7, tuple(reversed_[:4])) if reversed_ else None
    return major, temporary


def _revival(doc: Document, name: str, after: int) -> Span | None:
    """A later sentence where `name` (or a pronoun right after a mention) breathes, wakes or is alive."""
    last_named = False
    subject = re.compile(r"(?:\b" + re.escape(name) + r"|^\s*[\"“]?(?:He|She|They))\b")
    for sentence in doc.sentences:
        if sentence.start < after:
            continue
        text = doc.slice(sentence)
        named = name in text
        pronoun = re.match(r"\s*[\"“]?(?:He|She|They)\b", text) is not None
        if (named or (pronoun and last_named)) and _revives(subject, text):
            return sentence
        last_named = named or (last_named and pronoun)
    return None


def _revives(subject: re.Pattern[str], text: str) -> bool:
    """The revival follows its subject closely within one clause ("Sam coughed and opened his eyes"), so a
    name merely nearby ("the name of 'Lady Elliot' revived in her") does not count."""
    for found in subject.finditer(text):
        revival = _REVIVAL.search(text, found.end(), found.end() + REVIVAL_REACH)
        if revival and not re.search(r"[;:\"“”(]", text[found.end() : revival.start()]):
            return True
    return False


def non_con(hits: tuple[Hit, ...]) -> Claim | None:
    """Rape/Non-Con from the sexual-assault rule hits (AO3: a brief reference may still qualify)."""
    found = [hit for hit in hits if hit.tag == "Sexual Assault"]
    if not found:
        return None
    return Claim(NON_CON, found[0].score, tuple((hit.evidence, hit.why) for hit in found[:3]))


def underage(doc: Document, scan: Scan) -> tuple[Claim | None, Claim | None]:
    """(Underage Sex, consideration): age evidence with sexual activity, or with sexualised attention only."""
    asserted: list[tuple[Span, str]] = []
    considered: list[tuple[Span, str]] = []
    for window in scan.windows:
        minor = find_cues((MINOR,), scan, window)
        if not minor:
            continue
        age_sentence, age_why = _cue_hits(doc, minor, window, scan)
        sexual = find_cues((SEXUAL, EXPLICIT), scan, window)
        attention = find_cues((ATTENTION,), scan, window)
        if sexual:
            sentence, why = _cue_hits(doc, sexual, window, scan)
            asserted += [(age_sentence, age_why), (sentence, f"{why} in the same passage")]
        elif attention:
            sentence, why = _cue_hits(doc, attention, window, scan)
            considered += [
                (age_sentence, f"consider Underage Sex — {age_why}"),
                (sentence, f"consider Underage Sex — {why}, but no sexual activity found: the author decides"),
            ]
    claim = Claim(UNDERAGE, 0.6, tuple(asserted[:4])) if asserted else None
    consideration = Claim(UNDERAGE, 0.0, tuple(considered[:4])) if considered else None
    return claim, consideration


def rating(
    doc: Document,
    scan: Scan,
    tags: dict[str, tuple[float, tuple[tuple[Span, str], ...]]],
    warnings: list[Claim],
    considered: tuple[tuple[Span, str], ...] = (),
) -> Claim:
    """The AO3 rating set by the most intense passage (graphic sex, violence or gore is never General/Teen)."""
    candidates: list[tuple[int, float, Span, str]] = []
    for window in scan.windows:
        explicit = find_cues((EXPLICIT,), scan, window)
        if len(explicit) >= EXPLICIT_GRAPHIC:
            sentence, why = _cue_hits(doc, explicit, window, scan)
            candidates.append((3, 0.7, sentence, f"graphic sex sets Explicit — {why}"))
        elif len(explicit) >= EXPLICIT_MATURE:
            sentence, why = _cue_hits(doc, explicit, window, scan)
            candidates.append((2, 0.6, sentence, f"sexual content sets Mature — {why}"))
        elif sexual := find_cues((SEXUAL,), scan, window):
            # Sex named but not shown (a fade to black) is Teen And Up on AO3 in common practice.
            sentence, why = _cue_hits(doc, sexual, window, scan)
            candidates.append((1, 0.6, sentence, f"sex mentioned, not shown, sets Teen And Up — {why}"))
        elif (tender := find_cues((LOVEMAKING,), scan, window)) and find_cues((INTIMACY,), scan, window):
            sentence, why = _cue_hits(doc, tender, window, scan)
            candidates.append((1, 0.5, sentence, f"sex mentioned, not shown, sets Teen And Up — {why}"))
        gore = find_cues((GORE,), scan, window)
        if len(gore) >= EXPLICIT_GRAPHIC:
            sentence, why = _cue_hits(doc, gore, window, scan)
            candidates.append((3, 0.6, sentence, f"sustained gore sets Explicit — {why}"))
        language = find_cues((LANGUAGE,), scan, window)
        if language:
            sentence, why = _cue_hits(doc, language, window, scan)
            candidates.append((1, 0.6, sentence, f"{why} sets Teen And Up"))
    for span, why in considered:
        candidates.append((1, 0.5, span, f"{why.split(' — ', 1)[-1]} sets Teen And Up"))
    for warning in warnings:
        if warning.name in (GRAPHIC_VIOLENCE, NON_CON, UNDERAGE) and warning.evidence:
            span, why = warning.evidence[0]
            candidates.append((2, warning.confidence, span, f"{warning.name} sets Mature at least — {why}"))
    for tag, (confidence, evidence) in tags.items():
        level = 2 if tag in MATURE_TAGS else 1 if tag in TEEN_TAGS else 0
        if level and evidence:
            span, why = evidence[0]
            candidates.append((level, confidence, span, f"{tag} sets {RATINGS[level]} — {why}"))
    if not candidates:
        whole = Span(0, len(doc.text))
        why = "read in full: no violence, sexual content, strong language or other mature theme found"
        return Claim(RATINGS[0], 0.6, ((whole, why),))
    candidates.sort(key=lambda item: (-item[0], -item[1], item[2].start))
    level = candidates[0][0]
    top = [item for item in candidates if item[0] == level]
    return Claim(RATINGS[level], top[0][1], tuple((span, why) for _, _, span, why in top[:3]))


def considerations_text(consideration: Claim | None) -> tuple[tuple[Span, str], ...]:
    """The evidence of a consideration, or nothing."""
    return consideration.evidence if consideration else ()
