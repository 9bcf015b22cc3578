"""Who says each quote and to whom, from the cues a reader uses, strongest first.

1. a speech tag right after the quote ("...," said Nadia / Nadia said / she asked) or right before it
   ("Rowan said: ...");
2. a quote left open over a paragraph end continues the same speaker; quotes in one paragraph share a speaker;
3. an action beat: the character the paragraph's narration is about ("Nadia grinned. ...");
4. a vocative in the previous line ("Thanks, Rowan.") makes the addressed person the next speaker;
5. turn alternation in a run of dialogue paragraphs (A, B, A, B), anchored on the nearest known line before
   or after, for untagged lines; a run with no known line resumes the scene's conversation.
Pronouns in tags and beats resolve to the subject (first name) of the nearest sentence that fits their
gender; "he replied" to a line that named its addressee is that addressee. "I said" in a
first-person story is the narrator. Every decision keeps the span of its cue and a short why, which the
report's QuoteAttribution carries as evidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficsense.analyses.people.cast import Cast
from ficsense.document import Document, Quote, Span

SPEECH_VERBS = frozenset(
    """
    said says say asked asks ask replied replies reply answered answers cried cries exclaimed exclaims whispered
    whispers shouted shouts muttered mutters murmured murmurs added adds continued continues returned observed
    remarked rejoined called calls yelled yells snapped snaps sighed sighs laughed laughs began begins repeated
    repeats demanded demands inquired enquired inquires responded responds interrupted interrupts retorted
    retorts growled growls hissed hisses breathed breathes admitted admits agreed agrees insisted insists explained
    explains told tells protested protests suggested suggests declared declares pleaded pleads begged begs
    stammered stammers mumbled mumbles teased teases screamed screams groaned groans grumbled grumbles croaked
    sobbed sobs gasped gasps chuckled chuckles giggled giggles joked jokes offered offers urged urges warned warns
    announced announces corrected corrects countered counters echoed echoes ventured pursued resumed concluded
    went goes added cut snarled snorted scoffed drawled purred whimpered wailed barked roared bellowed
    """.split()
)
SUBJECT_PRONOUNS = {"he": "male", "she": "female", "xe": "nonbinary", "ze": "nonbinary", "i": "narrator"}
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ADVERB = re.compile(r"[a-z]+ly$")
_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quote's speaker and addressee (cast indices or None), how sure, and the cues that decided them."""

    quote: Span
    speaker: int | None
    addressee: int | None
    confidence: float
    cue: Span | None
    why: str
    addressee_cue: Span | None = None
    addressee_why: str = ""


class _Index:
    """Name mentions and pronouns outside dialogue, searchable by position."""

    def __init__(self, doc: Document, cast: Cast) -> None:
        self.cast = cast
        narration = [(m.span, owner) for m, owner in zip(cast.mentions, cast.owner, strict=True) if not m.in_quote]
        self.names = narration
        self.name_starts = [span.start for span, _ in narration]
        quoted = [(m.span, owner) for m, owner in zip(cast.mentions, cast.owner, strict=True) if m.in_quote]
        self.quoted = quoted
        self.quoted_starts = [span.start for span, _ in quoted]
        self.sentence_starts = [sentence.start for sentence in doc.sentences]
        self.sentence_ends = [sentence.end for sentence in doc.sentences]
        self.gender = [member.gender for member in cast.members]
        self._lean_genders(doc)
        # Each name as written, when it belongs to one character only (for vocatives the tagger missed).
        owners: dict[str, set[int]] = {}
        for mention, owner in zip(cast.mentions, cast.owner, strict=True):
            owners.setdefault(mention.text, set()).add(owner)
        self.form_owner = {form: next(iter(found)) for form, found in owners.items() if len(found) == 1}
        alternatives = "|".join(re.escape(form) for form in sorted(self.form_owner, key=lambda f: (-len(f), f)))
        self.forms = re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])") if alternatives else None

    def _lean_genders(self, doc: Document) -> None:
        """A gender for characters the cast leaves open (its bar is high, for the report): the subject
        pronoun ("he", "she") that most often follows the name before another name, by two to one."""
        quotes = [quote.span for quote in doc.quotes]
        quote_starts = [span.start for span in quotes]
        pronouns = []
        for match in _SUBJECT.finditer(doc.text):
            inside = bisect.bisect_right(quote_starts, match.start()) - 1
            if inside >= 0 and quotes[inside].end > match.start():
                continue
            pronouns.append((match.start(), "male" if match.group().lower() == "he" else "female"))
        starts = [start for start, _ in pronouns]
        tally: dict[int, dict[str, int]] = {}
        for number, (span, owner) in enumerate(self.names):
            if self.gender[owner] is not None:
                continue
            sentence = bisect.bisect_right(self.sentence_starts, span.start) - 1
            limit = self.sentence_ends[min(sentence + 1, len(self.sentence_ends) - 1)]
            if number + 1 < len(self.names):
                limit = min(limit, self.names[number + 1][0].start)
            position = bisect.bisect_left(starts, span.end)
            if position < len(pronouns) and pronouns[position][0] < limit:
                votes = tally.setdefault(owner, {"male": 0, "female": 0})
                votes[pronouns[position][1]] += 1
        for owner, votes in tally.items():
            top = max(sorted(votes), key=lambda gender: votes[gender])
            if votes[top] >= 2 and votes[top] >= 2 * (sum(votes.values()) - votes[top]):
                self.gender[owner] = top

    def names_in(self, start: int, end: int) -> list[tuple[Span, int]]:
        first = bisect.bisect_left(self.name_starts, start)
        last = bisect.bisect_left(self.name_starts, end)
        return self.names[first:last]

    def quoted_in(self, start: int, end: int) -> list[tuple[Span, int]]:
        first = bisect.bisect_left(self.quoted_starts, start)
        last = bisect.bisect_left(self.quoted_starts, end)
        return self.quoted[first:last]

    def compatible(self, owner: int, gender: str) -> bool:
        known = self.gender[owner]
        return known is None or known == gender

    def nearest_before(self, position: int, gender: str, floor: int) -> int | None:
        """The nearest named character of this gender before a position (not before `floor`)."""
        index = bisect.bisect_left(self.name_starts, position) - 1
        best_unknown = None
        while index >= 0 and self.names[index][0].start >= floor:
            owner = self.names[index][1]
            known = self.gender[owner]
            if known == gender:
                return owner
            if known is None and best_unknown is None:
                best_unknown = owner
            index -= 1
        return best_unknown


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def attribute(doc: Document, cast: Cast) -> tuple[Attribution, ...]:
    """One attribution per `doc.quotes` entry, in order."""
    text = doc.text
    index = _Index(doc, cast)
    paragraph_starts = [p.start for p in doc.paragraphs]
    scene_starts = [s.span.start for s in doc.scenes]
    quotes = doc.quotes
    quote_paragraph = [max(bisect.bisect_right(paragraph_starts, q.span.start) - 1, 0) for q in quotes]
    results: list[Attribution | None] = [None] * len(quotes)
    by_paragraph: dict[int, list[int]] = {}
    for q, p in enumerate(quote_paragraph):
        by_paragraph.setdefault(p, []).append(q)

    vocatives = [_vocative(text, index, quote.span) for quote in quotes]
    # Pass 1: explicit tags and beats, paragraph by paragraph.
    for p, members in by_paragraph.items():
        paragraph = doc.paragraphs[p]
        scene_floor = (
            scene_starts[max(bisect.bisect_right(scene_starts, paragraph.start) - 1, 0)] if scene_starts else 0
        )
        for position, q in enumerate(members):
            span = quotes[q].span
            after_end = quotes[members[position + 1]].span.start if position + 1 < len(members) else paragraph.end
            before_start = quotes[members[position - 1]].span.end if position > 0 else paragraph.start
            after = _tag_after(text, index, span, after_end, paragraph, scene_floor)
            before = None
            if position == 0 and not text[paragraph.start : span.start].strip() and p > 0:
                # A lead-in paragraph ending "...and said," before a speech set off as its own paragraph.
                previous = doc.paragraphs[p - 1]
                earlier = by_paragraph.get(p - 1)
                lead_start = quotes[earlier[-1]].span.end if earlier else previous.start
                before = _tag_before(text, index, span, lead_start, paragraph, scene_floor, across=earlier is not None)
            if before is None:
                before = _tag_before(text, index, span, before_start, paragraph, scene_floor)
            # A speech tag after the line wins; a speech tag before it beats someone merely acting after it.
            found = after if after is not None and (after[2] >= 0.75 or before is None) else before
            if found is not None and found[3].startswith("speech tag '"):
                gender = SUBJECT_PRONOUNS.get(found[3].split("'")[1].lower())
                if gender is not None and gender != "narrator":
                    talker = _in_conversation(quotes, quote_paragraph, results, vocatives, index, q, gender, found[1])
                    if talker is not None and talker != found[0]:
                        found = (talker, found[1], found[2], found[3] + ", answering the line that named them")
            if found is not None:
                speaker, cue, confidence, why = found
                results[q] = Attribution(span, speaker, None, confidence, cue, why)
        tagged = [results[q] for q in members if results[q] is not None]
        if tagged:
            first = tagged[0]
            assert first is not None
            for q in members:
                if results[q] is None:
                    why = "same paragraph as a tagged line"
                    results[q] = Attribution(quotes[q].span, first.speaker, None, 0.8, first.cue, why)
            continue
        beat = _beat(text, index, paragraph, [quotes[q].span for q in members], scene_floor)
        if beat is not None:
            speaker, cue = beat
            for q in members:
                why = "action beat in the same paragraph"
                results[q] = Attribution(quotes[q].span, speaker, None, 0.65, cue, why)

    # Pass 2: a speech left open over a paragraph end continues its speaker.
    for q in range(1, len(quotes)):
        previous = results[q - 1]
        if results[q] is None and quotes[q - 1].continues and previous is not None and previous.speaker is not None:
            results[q] = Attribution(quotes[q].span, previous.speaker, None, 0.85, previous.cue, "speech continues")
    # A pronoun tag that gives the same speaker two dialogue paragraphs running, when the line before that was
    # spoken by someone else of the same gender, is that other person's turn ("'...,' said he" after A and B
    # spoke, with A and B both men, is A again only if B did not just speak).
    _swap_repeated_pronouns(quote_paragraph, results, index)
    # Pass 3: turn-taking inside runs of consecutive dialogue paragraphs.
    paragraphs = sorted(by_paragraph)
    runs: list[list[int]] = []
    for p in paragraphs:
        same_scene = runs and bisect.bisect_right(scene_starts, doc.paragraphs[p].start) == bisect.bisect_right(
            scene_starts, doc.paragraphs[runs[-1][-1]].start
        )
        if runs and runs[-1][-1] == p - 1 and same_scene:
            runs[-1].append(p)
        else:
            runs.append([p])
    memory: list[int] = []
    scene_of_memory = -1
    # Whoever a speech tag names somewhere in the story; a place or a book named in narration never speaks.
    talkers = {
        found.speaker for found in results if found is not None and found.speaker is not None and "tag" in found.why
    }
    for run in runs:
        scene = bisect.bisect_right(scene_starts, doc.paragraphs[run[0]].start)
        if scene != scene_of_memory:
            memory, scene_of_memory = [], scene
        _take_turns(doc, index, run, by_paragraph, results, vocatives, memory, talkers)
        for p in run:
            for q in by_paragraph[p]:
                found = results[q]
                if found is not None and found.speaker is not None and (not memory or memory[-1] != found.speaker):
                    memory.append(found.speaker)
    final: list[Attribution] = []
    for q, quote in enumerate(quotes):
        current = results[q] or Attribution(quote.span, None, None, 0.0, None, "no cue")
        vocative = vocatives[q]
        if vocative:
            addressee, addressee_cue, addressee_why = vocative[0], vocative[1], "addressed by name"
        else:
            answered = _answering(results, quote_paragraph, q, current.speaker)
            addressee, addressee_cue, addressee_why = answered if answered else (None, None, "")
        if addressee is None or addressee == current.speaker:
            addressee, addressee_cue, addressee_why = None, None, ""
        final.append(
            Attribution(
                quote.span,
                current.speaker,
                addressee,
                current.confidence,
                current.cue,
                current.why,
                addressee_cue,
                addressee_why,
            )
        )
    return tuple(final)


def _same_person(index: _Index, one: int | None, other: int | None) -> bool:
    """ "Darcy" and "Mr. Darcy" may be one man the cast keeps apart (to protect the "Mr. <Surname>" parent)."""
    if one is None or other is None:
        return False
    if one == other:
        return True
    genders = {index.gender[one], index.gender[other]} - {None}
    if len(genders) > 1:
        return False
    return index.cast.members[one].name.split()[-1] == index.cast.members[other].name.split()[-1]


def _in_conversation(
    quotes: Sequence[Quote],
    quote_paragraph: Sequence[int],
    results: Sequence[Attribution | None],
    vocatives: Sequence[tuple[int, Span] | None],
    index: _Index,
    q: int,
    gender: str,
    cue: Span,
) -> int | None:
    """A pronoun tag answering a line that named its addressee ("'I am afraid, Mr. Darcy,' observed Miss
    Bingley. / 'Not at all,' he replied") is that addressee, not the last man the narration named; only when
    no name of that gender comes between the two lines, and never whoever this line itself addresses by name.

    (Taking the latest other speaker of that gender as well lost more lines than it won on PDNC: after
    narration, "he said" is as often the same man going on.)"""
    p = quote_paragraph[q]
    previous = q - 1
    while previous >= 0 and quote_paragraph[previous] == p:
        previous -= 1
    if previous < 0 or quote_paragraph[previous] < p - 2:
        return None
    window_end = min(quotes[q].span.start, cue.start)
    between = index.names_in(quotes[previous].span.end, window_end)
    if any(index.compatible(owner, gender) for _, owner in between):
        return None
    last = results[previous]
    last_speaker = last.speaker if last is not None else None
    own = vocatives[q][0] if vocatives[q] else None
    addressed = vocatives[previous][0] if vocatives[previous] else None
    if (
        last_speaker is not None
        and addressed is not None
        and index.compatible(addressed, gender)
        and not _same_person(index, addressed, last_speaker)
        and not _same_person(index, addressed, own)
    ):
        return addressed
    return None


def _swap_repeated_pronouns(quote_paragraph: Sequence[int], results: list[Attribution | None], index: _Index) -> None:
    """Undo "same speaker twice running" from a pronoun tag when the turn before belongs to a fit."""
    first_of: dict[int, int] = {}
    for q, p in enumerate(quote_paragraph):
        first_of.setdefault(p, q)
    for q, current in enumerate(results):
        if current is None or current.speaker is None or not current.why.startswith("speech tag '"):
            continue
        p = quote_paragraph[q]
        if first_of.get(p) != q or p - 1 not in first_of or p - 2 not in first_of:
            continue
        before, earlier = results[first_of[p - 1]], results[first_of[p - 2]]
        if before is None or earlier is None or before.speaker != current.speaker:
            continue
        other = earlier.speaker
        gender = index.gender[current.speaker]
        if other is not None and other != current.speaker and index.gender[other] == gender:
            results[q] = Attribution(current.quote, other, None, 0.6, current.cue, current.why + ", turn-taking")


def _answering(
    results: Sequence[Attribution | None], quote_paragraph: Sequence[int], q: int, speaker: int | None
) -> tuple[int, Span, str] | None:
    """Without a vocative, a line is addressed to the other side of the exchange: the speaker of the
    dialogue paragraph just before it, else just after it."""
    if speaker is None:
        return None
    p = quote_paragraph[q]
    for step in (-1, 1):
        other = q + step
        while 0 <= other < len(results) and quote_paragraph[other] == p:
            other += step
        if 0 <= other < len(results) and abs(quote_paragraph[other] - p) == 1:
            found = results[other]
            if found is not None and found.speaker is not None and found.speaker != speaker:
                why = "replies to the line before" if step < 0 else "the line after replies to it"
                return found.speaker, found.quote, why
    return None


def _take_turns(
    doc: Document,
    index: _Index,
    run: list[int],
    by_paragraph: dict[int, list[int]],
    results: list[Attribution | None],
    vocatives: list[tuple[int, Span] | None],
    memory: list[int],
    talkers: set[int],
) -> None:
    """Fill untagged paragraphs of a dialogue run by alternation from the nearest known paragraph.

    `memory` holds the scene's earlier speakers, latest last: the conversation usually goes on between them.
    """
    speaker: list[int | None] = []
    for p in run:
        found = next((results[q] for q in by_paragraph[p] if results[q] is not None), None)
        speaker.append(found.speaker if found is not None else None)
    addressed: list[int | None] = []
    for p in run:
        hit = next((vocatives[q] for q in by_paragraph[p] if vocatives[q] is not None), None)
        addressed.append(hit[0] if hit else None)

    def other(k: int) -> int | None:
        """The second participant around known paragraph k: whom k addresses, else the latest other speaker
        before it in the run (who is being answered), else the first after it."""
        if addressed[k] is not None and addressed[k] != speaker[k]:
            return addressed[k]
        for j in [*range(k - 1, -1, -1), *range(k + 1, len(run))]:
            if speaker[j] is not None and speaker[j] != speaker[k]:
                return speaker[j]
        # Only one speaker known: the other is the latest character named in narration just before the run.
        floor = doc.paragraphs[max(run[0] - 3, 0)].start
        for _, owner in reversed(index.names_in(floor, doc.paragraphs[run[0]].start)):
            if owner != speaker[k] and (owner in talkers or not talkers):
                return owner
        return next((owner for owner in reversed(memory) if owner != speaker[k]), None)

    known = [k for k, who in enumerate(speaker) if who is not None]
    if not known and memory:
        # No line of the run is tagged: it opens with whoever the narration just named, else with the
        # scene's speaker who did not speak last.
        floor = doc.paragraphs[max(run[0] - 2, 0)].start
        named = [
            (span, owner)
            for span, owner in index.names_in(floor, doc.paragraphs[run[0]].start)
            if owner in talkers or not talkers
        ]
        opener = named[-1][1] if named else (memory[-2] if len(memory) > 1 else None)
        opener_cue = named[-1][0] if named else None
        if opener is not None:
            speaker[0] = opener
            first_quote = by_paragraph[run[0]][0]
            if results[first_quote] is None:
                results[first_quote] = Attribution(
                    doc.quotes[first_quote].span, opener, None, 0.3, opener_cue, "conversation resumes"
                )
            known = [0]
    for k, p in enumerate(run):
        if speaker[k] is not None:
            continue
        guess: int | None = None
        why = ""
        confidence = 0.0
        cue: Span | None = None
        if k > 0 and addressed[k - 1] is not None and addressed[k - 1] != speaker[k - 1]:
            guess, why, confidence = addressed[k - 1], "addressed by name in the previous line", 0.6
            cue = next((vocatives[q][1] for q in by_paragraph[run[k - 1]] if vocatives[q] is not None), None)
        elif known:
            anchor = min(known, key=lambda j: (abs(j - k), j > k))
            # The evidence is the known line counted from: its own cue, else the line itself.
            known_line = next((results[q] for q in by_paragraph[run[anchor]] if results[q] is not None), None)
            if known_line is not None:
                cue = known_line.cue or known_line.quote
            same, different = speaker[anchor], other(anchor)
            guess = same if (k - anchor) % 2 == 0 else different
            if guess is not None and guess == addressed[k]:
                # Nobody calls themselves by name: the line names the person it is spoken to.
                guess = different if guess == same else same
            distance = abs(k - anchor)
            why = f"turn-taking, {distance} line{'s' if distance > 1 else ''} from a known speaker"
            confidence = max(0.3, 0.6 - 0.05 * distance)
        if guess is None:
            continue
        for q in by_paragraph[p]:
            if results[q] is None:
                results[q] = Attribution(doc.quotes[q].span, guess, None, confidence, cue, why)


def _resolve_pronoun(
    index: _Index,
    gender: str,
    position: int,
    paragraph: Span,
    scene_floor: int,
    exclude: int | None = None,
) -> int | None:
    """A pronoun's character: the nearest sentence whose subject (first name) fits, else the nearest fit.

    Subjects outrank objects ("Elizabeth looked at Jane. 'Well,' said she" is Elizabeth), which is what makes
    "said she" after a paragraph of narration come out right.
    """
    if gender == "narrator":
        return index.cast.narrator
    sentence = bisect.bisect_right(index.sentence_starts, position) - 1
    fallback = None
    unknown = None
    floor = max(scene_floor, position - 3000)
    for number in range(sentence, max(sentence - 8, -1), -1):
        start = index.sentence_starts[number]
        end = min(index.sentence_ends[number], position)
        if end <= floor:
            break
        found = [owner for _, owner in index.names_in(start, end) if owner != exclude]
        if not found:
            continue
        if index.gender[found[0]] == gender:
            return found[0]
        # A subject of unknown gender fits, but one known to fit a few sentences back is likelier.
        if unknown is None and index.gender[found[0]] is None:
            unknown = found[0]
        if fallback is None:
            fallback = next((o for o in found if index.gender[o] == gender), None)
    if fallback is not None:
        return fallback
    if unknown is not None:
        return unknown
    nearest = index.nearest_before(position, gender, floor)
    return nearest if nearest != exclude else None


def _tag_after(
    text: str, index: _Index, quote: Span, end: int, paragraph: Span, scene_floor: int
) -> tuple[int, Span, float, str] | None:
    """`"...," said Nadia`, `"...," Nadia said`, `"...," she asked`, `"..." Nadia grinned.`"""
    words = _words(text, quote.end, min(end, quote.end + 80))[:5]
    if not words:
        return None
    gap = text[quote.end : words[0][1]]
    # A hard-wrapped line inside the paragraph is no boundary; a sentence end is.
    if any(mark in gap for mark in ".!?"):
        return None
    names = index.names_in(quote.end, min(end, quote.end + 80))
    lowered = [word.lower() for word, _, _ in words]
    if lowered[0] == "was" and len(lowered) >= 3:
        # "'Not at all,' was her answer" / "was all his reply".
        for at in (1, 2):
            if at + 1 < len(lowered) and lowered[at] in _POSSESSIVES and lowered[at + 1] in _ANSWERS:
                owner = _resolve_pronoun(index, _POSSESSIVES[lowered[at]], quote.start, paragraph, scene_floor)
                if owner is not None:
                    cue = Span(quote.end, words[at + 1][2])
                    return owner, cue, 0.75, f"speech tag '{words[at][0]} {words[at + 1][0]}' after the line"
    verb_at = next((i for i, word in enumerate(lowered) if word in SPEECH_VERBS), None)
    if verb_at is not None and verb_at <= 3:
        # "said Nadia" / "Nadia said": a name within two words of the verb; but in "she said to Nadia" or "he
        # asked Nadia" the pronoun before the verb is the speaker and the name the person spoken to.
        window_end = words[min(verb_at + 2, len(words) - 1)][2]
        pronoun_first = any(SUBJECT_PRONOUNS.get(word) for word in lowered[:verb_at])
        if pronoun_first and names and names[0][0].start > words[verb_at][1]:
            addressed = _vocative(text, index, quote)
            spoken_to = {names[0][1]} | ({addressed[0]} if addressed else set())
            for word, _start, stop in words[:verb_at]:
                gender = SUBJECT_PRONOUNS.get(word.lower())
                if gender is None:
                    continue
                owner = _resolve_pronoun(index, gender, quote.start, paragraph, scene_floor, names[0][1])
                if owner is not None and owner not in spoken_to:
                    return owner, Span(quote.end, stop), 0.75, f"speech tag '{word}' after the line"
            return None
        if names and names[0][0].start < window_end:
            name_span, owner = names[0]
            return owner, Span(quote.end, name_span.end), 0.9, "speech tag after the line"
        for word, _start, stop in words[: verb_at + 2]:
            gender = SUBJECT_PRONOUNS.get(word.lower())
            if gender is not None:
                addressed = _vocative(text, index, quote)
                exclude = addressed[0] if addressed else None
                owner = _resolve_pronoun(index, gender, quote.start, paragraph, scene_floor, exclude)
                if owner is not None:
                    return owner, Span(quote.end, stop), 0.75, f"speech tag '{word}' after the line"
        kin = _kin_speaker(index, words[verb_at + 1 : verb_at + 3], quote.start, paragraph, scene_floor)
        if kin is not None:
            owner, stop, relation = kin
            return owner, Span(quote.end, stop), 0.65, f"speech tag '{relation}' after the line"
        return None
    # No speech verb: a name opening the narration right after the line is its speaker doing something.
    if names and names[0][0].start <= words[min(1, len(words) - 1)][1]:
        name_span, owner = names[0]
        return owner, Span(quote.end, name_span.end), 0.7, "character acts right after the line"
    return None


# "said her father" is "Mr. <her surname>": the parent the "Mr. <Surname>" rule keeps apart from the child.
_KIN_HONORIFICS = {
    "father": ("mr", "male"),
    "husband": ("mr", "male"),
    "mother": ("mrs", "female"),
    "wife": ("mrs", "female"),
    "lady": ("mrs", "female"),
}
_POSSESSIVES = {"his": "male", "her": "female"}
_ANSWERS = frozenset("answer reply response rejoinder words exclamation".split())


def _kin_speaker(
    index: _Index, words: Sequence[tuple[str, int, int]], position: int, paragraph: Span, scene_floor: int
) -> tuple[int, int, str] | None:
    """`"...," said her father`: the possessor's surname with the kin's honorific, when the cast has them."""
    if len(words) < 2:
        return None
    possessive, relation = words[0][0].lower(), words[1][0].lower()
    if possessive not in _POSSESSIVES or relation not in _KIN_HONORIFICS:
        return None
    honorific, gender = _KIN_HONORIFICS[relation]
    possessor = _resolve_pronoun(index, _POSSESSIVES[possessive], position, paragraph, scene_floor)
    if possessor is None:
        return None
    surnames = {m.words[-1].lower() for m in index.cast.members[possessor].mentions if len(m.words) >= 2 or m.honorific}
    for number, member in enumerate(index.cast.members):
        if number == possessor or member.gender not in (None, gender):
            continue
        for mention in member.mentions:
            if (
                mention.honorific
                and mention.honorific.lower().rstrip(".") == honorific
                and mention.words
                and mention.words[-1].lower() in surnames
            ):
                return number, words[1][2], f"{possessive} {relation}"
    return None


def _tag_before(
    text: str, index: _Index, quote: Span, start: int, paragraph: Span, scene_floor: int, *, across: bool = False
) -> tuple[int, Span, float, str] | None:
    """`Rowan said: "..."` / `She asked, "..."`.

    `across`: the lead-in follows a quote in the previous paragraph, where `"...," Nadia said.` is that
    quote's own tag and introduces nothing; only a clause of its own ending in a colon or comma counts.
    """
    lead = text[start : quote.start].rstrip()
    if not lead or lead[-1] not in ",:-—;.":
        return None
    stopped = lead[-1] == "."
    if across and (stopped or not any(c in ".!?" for c in lead)):
        return None
    lead = lead.rstrip(",:-—;.")
    clause_start = max([start] + [start + i + 1 for i, c in enumerate(lead) if c in ".!?"])
    words = _words(text, clause_start, start + len(lead))
    if stopped:
        # "he thus explained." introduces a speech only when the speech verb ends the sentence.
        if not words or words[-1][0].lower() not in SPEECH_VERBS:
            return None
    elif not any(word.lower() in SPEECH_VERBS for word, _, _ in words):
        return None
    names = index.names_in(clause_start, quote.start)
    verb_start = max((start for word, start, _ in words if word.lower() in SPEECH_VERBS), default=quote.start)
    last_name = max((span.start for span, _ in names if span.start < verb_start), default=-1)
    # "..., provoking Elizabeth to answer, she turned to him and said,": a "he" or "she" between the last name
    # and the speech verb is the verb's subject (the name is an object of the clause before).
    pronoun = next(
        (
            (word, start)
            for word, start, _ in reversed(words)
            if last_name < start < verb_start and SUBJECT_PRONOUNS.get(word.lower()) not in (None, "narrator")
        ),
        None,
    )
    if pronoun is not None and names:
        owner = _resolve_pronoun(index, SUBJECT_PRONOUNS[pronoun[0].lower()], pronoun[1], paragraph, scene_floor)
        if owner is not None:
            return owner, Span(pronoun[1], quote.start), 0.7, f"speech tag '{pronoun[0]}' before the line"
    if names:
        name_span, owner = names[0]
        return owner, Span(name_span.start, quote.start), 0.85, "speech tag before the line"
    for word, _, _stop in words[:3]:
        gender = SUBJECT_PRONOUNS.get(word.lower())
        if gender is not None:
            owner = _resolve_pronoun(index, gender, clause_start, paragraph, scene_floor)
            if owner is not None:
                return owner, Span(clause_start, quote.start), 0.7, f"speech tag '{word}' before the line"
    return None


def _beat(
    text: str, index: _Index, paragraph: Span, quotes: Sequence[Span], scene_floor: int
) -> tuple[int, Span, str] | None:
    """The subject of the narration leading into the paragraph's first quote ("Nadia grinned. '...'").

    Only the last two sentences before the quote count: narration after a line is usually someone else
    reacting to it.
    """
    lead_end = quotes[0].start
    if not text[paragraph.start : lead_end].strip():
        return None
    sentence = bisect.bisect_right(index.sentence_starts, lead_end - 1) - 1
    for number in range(sentence, max(sentence - 2, -1), -1):
        start = max(index.sentence_starts[number], paragraph.start)
        end = min(index.sentence_ends[number], lead_end)
        if start >= end:
            break
        names = index.names_in(start, end)
        pronoun = None
        for word, word_start, word_end in _words(text, start, end)[:4]:
            gender = SUBJECT_PRONOUNS.get(word.lower())
            if gender is not None:
                pronoun = (gender, Span(word_start, word_end))
                break
        if names and (pronoun is None or names[0][0].start < pronoun[1].start):
            return names[0][1], names[0][0]
        if pronoun is not None:
            owner = _resolve_pronoun(index, pronoun[0], pronoun[1].start, paragraph, scene_floor)
            if owner is not None:
                return owner, pronoun[1]
        if start == paragraph.start:
            break
    return None


def _vocative(text: str, index: _Index, quote: Span) -> tuple[int, Span] | None:
    """A name set off by commas or closing the line inside the quote ("Thanks, Rowan.", "Rowan, wait").

    The name tagger misses some names inside dialogue, so a cast name written exactly as the narration
    writes it counts too.
    """
    found = [*index.quoted_in(quote.start, quote.end)]
    if index.forms is not None:
        for match in index.forms.finditer(text, quote.start, quote.end):
            found.append((Span(match.start(), match.end()), index.form_owner[match.group()]))
        found.sort(key=lambda item: item[0].start)
    for span, owner in found:
        before = text[max(quote.start, span.start - 2) : span.start]
        after = text[span.end : min(quote.end, span.end + 1)]
        opens = span.start - quote.start <= 1 or text[quote.start + 1 : span.start].strip() in ("", "Oh", "Oh,")
        if ("," in before or opens) and after[:1] in (",", ".", "!", "?", "—", "…", "”", '"', "’"):
            return owner, span
    return None
