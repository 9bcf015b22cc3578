"""Narration: narrative person, tense, whose head each stretch is in, and head hops.

Person and tense are counted in the narration only (dialogue is left out: characters say "I" in any
story). Second person wins when "you" outnumbers "I" in narration and rivals he/she, or when the story uses a
reader-insert placeholder ("Y/N") more than once.

POV, third person: a paragraph is in a character's head when the narration reports that character's
thoughts, senses or feelings — "<name or pronoun> felt / thought / wondered / knew / could see ...",
"<his or her> heart / mind / stomach ...". A pronoun counts only when the scene so far names exactly one
character of that gender (or it is the scene's current POV character), so that an ambiguous "she" never
starts a head hop. Paragraphs without such evidence keep the current POV. Runs of the same POV inside a
scene are one PovSpan; a change of POV inside a scene with no break is a head hop, reported with the last
evidence for the old POV and the first for the new; each POV span carries its first cues as evidence. In
first person the POV is the narrator (by name when the dialogue names them, else "narrator"), in second
person "Y/N" for reader-insert stories, else "you"; their evidence is the scene's first "I", "Y/N" or "you".
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ficsense.analyses import Analysis
from ficsense.analyses.people.cast import Cast, build_cast
from ficsense.analyses.people.voice import FIRST, READER, SECOND, narration_words, narrative_person
from ficsense.document import Document, Span
from ficsense.report.model import Evidence, HeadHop, Narration, PovSpan

PAST = frozenset(
    "was were had did said went came looked thought knew felt saw seemed turned asked took made told began".split()
)
PRESENT = frozenset(
    "is are am has does says goes comes looks thinks knows feels sees seems turns asks takes makes tells begins".split()
)
_SUBJECTS = frozenset("i you we they he she it".split())
# Modals and irregular pasts that say nothing about a present-tense "you" story.
_NOT_TENSED = frozenset(
    "would could should might must can will shall may cannot can't won't wouldn't couldn't don't doesn't".split()
)
_IRREGULAR_PAST = frozenset(
    "got knew saw told took made came went left kept held stood sat ran found heard lay meant brought gave "
    "spoke wrote threw caught fell woke".split()
)
INTERIOR = frozenset(
    """
    felt feel feels thought think thinks wondered wonder wonders knew know knows realized realised realize realise
    realizes realises noticed notices hoped hopes feared fears wanted wants wished wishes remembered remembers
    decided decides supposed sensed senses worried worries longed longs imagined imagines believed believes
    suspected suspects doubted doubts understood understands recognized recognised recalled recalls dreaded
    dreads ached aches panicked hated hates loved loves regretted regrets
    """.split()
)
PERCEPTION = frozenset("see hear feel smell taste sense tell".split())
# Felt from inside ("her heart raced"); "his head", "her throat" are as often seen from outside.
BODY_INSIDE = frozenset("heart mind stomach chest thoughts gut pulse".split())
SUBJECT_GENDER = {"he": "male", "she": "female", "xe": "nonbinary", "ze": "nonbinary"}
POSSESSIVE_GENDER = {"his": "male", "her": "female", "xyr": "nonbinary", "zir": "nonbinary", "hir": "nonbinary"}
# Cues kept as a POV span's evidence: enough to check the claim, few enough to keep the JSON small.
_POV_EVIDENCE = 3


@dataclass(frozen=True, slots=True)
class PovCue:
    """A passage putting us in a character's head."""

    span: Span
    character: int
    why: str


def narrative_tense(words: list[tuple[str, int, int]]) -> Literal["past", "present"] | None:
    """Past or present from the commonest verbs in narration and the verb after each subject pronoun."""
    past = sum(1 for w, _, _ in words if w in PAST)
    present = sum(1 for w, _, _ in words if w in PRESENT)
    for position in range(len(words) - 1):
        subject = words[position][0]
        if subject not in _SUBJECTS:
            continue
        verb = words[position + 1][0]
        if verb.endswith("ly") and position + 2 < len(words):
            verb = words[position + 2][0]
        if verb in PAST or verb in PRESENT or verb in _NOT_TENSED:
            continue
        if verb.endswith("ed") or verb in _IRREGULAR_PAST:
            past += 1
        elif subject in ("he", "she", "it"):
            present += verb.endswith("s") and not verb.endswith("ss")
        elif verb.isalpha() and not verb.endswith("s"):
            present += 1
    if max(past, present) < 2:
        return None
    return "past" if past >= present else "present"


def _cues(doc: Document, cast: Cast, words: list[tuple[str, int, int]]) -> list[PovCue]:
    """Interior-access cues in third-person narration, pronouns resolved conservatively."""
    names = [(m.span, owner) for m, owner in zip(cast.mentions, cast.owner, strict=True) if not m.in_quote]
    name_at = {span.start: owner for span, owner in names}
    name_end = {span.start: span.end for span, _ in names}
    scene_starts = [scene.span.start for scene in doc.scenes]
    starts = [start for _, start, _ in words]
    cues: list[PovCue] = []
    seen: dict[int, set[int]] = {}
    current: dict[int, int] = {}
    for position, (word, start, end) in enumerate(words):
        scene = max(bisect.bisect_right(scene_starts, start) - 1, 0)
        named = seen.setdefault(scene, set())
        owner: int | None = None
        subject_end = end
        if start in name_at:
            owner = name_at[start]
            named.add(owner)
            subject_end = name_end[start]
            position = bisect.bisect_left(starts, subject_end)
            if position >= len(words):
                continue
            position -= 1
        elif word in SUBJECT_GENDER or word in POSSESSIVE_GENDER:
            gender = SUBJECT_GENDER.get(word) or POSSESSIVE_GENDER[word]
            owner = _resolve(cast, named, current.get(scene), gender)
        if owner is None:
            continue
        following = [w for w, _, _ in words[position + 1 : position + 4]]
        if not following:
            continue
        gap = doc.text[subject_end : words[position + 1][1]]
        if gap.strip() not in ("", "'s", "’s"):
            # "Robert, thought of ..." or "Alex. Wondered": punctuation between them breaks the clause.
            continue
        why = None
        possessive = word in POSSESSIVE_GENDER or doc.text[subject_end : subject_end + 2] in ("'s", "’s")
        if possessive:
            if following[0] in BODY_INSIDE:
                why = f"{following[0]} reported from inside"
        elif following[0] in INTERIOR:
            why = f"'{following[0]}': thoughts or feelings reported"
        elif following[0] in ("could", "couldn't") and len(following) > 1 and following[1] in PERCEPTION:
            why = f"'could {following[1]}': senses reported"
        elif len(following) > 1 and following[0].endswith("ly") and following[1] in INTERIOR:
            why = f"'{following[1]}': thoughts or feelings reported"
        if why is None:
            continue
        stop = words[min(position + 2, len(words) - 1)][2]
        cues.append(PovCue(Span(start, stop), owner, why))
        current[scene] = owner
    return cues


def _resolve(cast: Cast, named: set[int], current: int | None, gender: str) -> int | None:
    """A pronoun's character only when the scene leaves no doubt."""
    if current is not None and cast.members[current].gender == gender:
        return current
    fits = [owner for owner in named if cast.members[owner].gender == gender]
    return fits[0] if len(fits) == 1 else None


def _third_person_pov(doc: Document, cast: Cast, cues: list[PovCue]) -> tuple[tuple[PovSpan, ...], tuple[HeadHop, ...]]:
    paragraph_starts = [p.start for p in doc.paragraphs]
    by_paragraph: dict[int, list[PovCue]] = {}
    for cue in cues:
        by_paragraph.setdefault(bisect.bisect_right(paragraph_starts, cue.span.start) - 1, []).append(cue)
    names = [member.name for member in cast.members]
    spans: list[PovSpan] = []
    hops: list[HeadHop] = []
    for scene in doc.scenes:
        first = bisect.bisect_left(paragraph_starts, scene.span.start)
        last = bisect.bisect_left(paragraph_starts, scene.span.end)
        runs: list[tuple[int, int, int, list[PovCue]]] = []  # character, first paragraph, last paragraph, cues
        for p in range(first, last):
            found = by_paragraph.get(p)
            if not found:
                continue
            tally = Counter(cue.character for cue in found)
            top = max(sorted(tally), key=lambda c: tally[c])
            mine = [cue for cue in found if cue.character == top]
            if runs and (runs[-1][0] == top or _maybe_same(cast, runs[-1][0], top)):
                runs[-1] = (runs[-1][0], runs[-1][1], p, runs[-1][3] + mine)
            else:
                if runs:
                    old = runs[-1]
                    earlier, later = old[3][-1], mine[0]
                    paragraph = doc.paragraphs[p]
                    hops.append(
                        HeadHop(
                            paragraph.start,
                            paragraph.end,
                            names[old[0]],
                            names[top],
                            (
                                Evidence(earlier.span.start, earlier.span.end, f"{names[old[0]]}: {earlier.why}"),
                                Evidence(later.span.start, later.span.end, f"{names[top]}: {later.why}"),
                            ),
                        )
                    )
                runs.append((top, p, p, mine))
        total = sum(len(run[3]) for run in runs)
        for number, (character, start_p, _, run_cues) in enumerate(runs):
            start = scene.span.start if number == 0 else doc.paragraphs[start_p].start
            end = doc.paragraphs[runs[number + 1][1]].start if number + 1 < len(runs) else scene.span.end
            confidence = min(0.95, 0.4 + 0.15 * len(run_cues)) * (len(run_cues) / total if len(runs) > 1 else 1.0)
            evidence = tuple(
                Evidence(cue.span.start, cue.span.end, f"{names[character]}: {cue.why}")
                for cue in run_cues[:_POV_EVIDENCE]
            )
            spans.append(PovSpan(start, _trim(doc, end), names[character], confidence, evidence))
    return tuple(spans), tuple(hops)


def _maybe_same(cast: Cast, one: int, other: int) -> bool:
    """ "Mrs. Pontellier" and "Edna Pontellier" may be one woman (names keep them apart to protect the
    "Mr. <Surname>" parent); a head hop between them would be a guess, so none is claimed."""
    first, second = cast.members[one], cast.members[other]
    if first.gender is not None and second.gender is not None and first.gender != second.gender:
        return False
    titled = [m for m in (first, second) if all(mention.honorific for mention in m.mentions)]
    if len(titled) != 1:
        return False
    surnames = [{mention.words[-1].lower() for mention in m.mentions if mention.words} for m in (first, second)]
    return bool(surnames[0] & surnames[1])


def _trim(doc: Document, end: int) -> int:
    while end > 0 and doc.text[end - 1].isspace():
        end -= 1
    return end


def _narrator_evidence(
    doc: Document, scene: Span, words: list[tuple[str, int, int]], person: str
) -> tuple[Evidence, ...]:
    """The scene's first "I" (first person) or reader placeholder / "you" (second person) in narration."""
    if person == "second":
        reader = READER.search(doc.text, scene.start, scene.end)
        if reader:
            return (Evidence(reader.start(), reader.end(), "the reader's placeholder: a reader-insert story"),)
    pronouns = FIRST if person == "first" else SECOND
    starts = [start for _, start, _ in words]
    for word, start, end in words[bisect.bisect_left(starts, scene.start) :]:
        if start >= scene.end:
            break
        if word in pronouns:
            return (Evidence(start, end, f"'{doc.text[start:end]}' in the narration: {person}-person narrator"),)
    return ()


def narration_of(doc: Document, cast: Cast | None = None) -> Narration:
    """Person, tense, POV spans and head hops of a document."""
    words = narration_words(doc)
    person = narrative_person(doc, words)
    tense = narrative_tense(words)
    if person == "second":
        reader = READER.search(doc.text)
        who = "Y/N" if reader else "you"
        pov = tuple(
            PovSpan(scene.span.start, scene.span.end, who, 0.8, _narrator_evidence(doc, scene.span, words, person))
            for scene in doc.scenes
        )
        return Narration(person, tense, pov, ())
    cast = cast or build_cast(doc)
    if person == "first":
        # The narrator's name when the dialogue gives it away (see people.cast._narrator), else "narrator".
        who = cast.members[cast.narrator].name if cast.narrator is not None else "narrator"
        pov = tuple(
            PovSpan(scene.span.start, scene.span.end, who, 0.8, _narrator_evidence(doc, scene.span, words, person))
            for scene in doc.scenes
        )
        return Narration(person, tense, pov, ())
    spans, hops = _third_person_pov(doc, cast, _cues(doc, cast, words))
    return Narration(person, tense, spans, hops)


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Narration:
    return narration_of(doc)


ANALYSIS = Analysis(name="narration", version="2", section="narration", run=_run, requires=("characters",))
