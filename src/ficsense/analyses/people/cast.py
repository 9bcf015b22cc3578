"""Name clustering and gender: who the named people are, which mentions are the same person, which pronouns.

Stages follow BookNLP's order after the quotes: names → alias clusters → gender. Everything here is
recomputed from the document by `build_cast(doc)` (no cache, deterministic), so that speakers, narration and
relationships can reach mention offsets although the report's `Character` carries only counts.

Clustering rules, precision first (a wrong merge is worse than a split):
- a full name absorbs its first name and its bare surname only when exactly one full name fits;
- "Mr./Mrs. <Surname>" stays its own person (often the main character's parent) unless the text itself
  writes the honorific with that person's first name ("Mr. Harry Potter");
- a rare spelling one adjacent swap, one doubled letter or one vowel away from a much more frequent name is a
  typo of it ("Hermoine" → "Hermione");
- a nickname joins its formal name only through a small table of well-known diminutives.
After clustering, a cluster is dropped when it is mostly a place ("at/in/to X"; not "of X", which is as
often "the house of Matthew Maule"), a family plural ("the Lucases") or a capitalised common word that
never acts (unless it is a census given name named at least three times: "Rose"). In a first-person story
the narrator is the character the dialogue names but the narration never does (else an unnamed "narrator").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ficsense.analyses.people.features import HONORIFICS, PERSON_VERBS, SPEECH_TAG_VERBS
from ficsense.analyses.people.names import NameMention, common_words, find_names, given_names
from ficsense.analyses.people.voice import narrative_person
from ficsense.document import Document, Span

MALE_HONORIFICS = frozenset(
    "mr mr. sir lord master monsieur king prince duke count baron father brother uncle señor senor signor herr "
    "messrs mister".split()
)
FEMALE_HONORIFICS = frozenset(
    "mrs mrs. ms ms. miss lady madam madame mme mlle mistress queen princess duchess countess mother sister aunt "
    "dame señora signora frau fräulein".split()
)
# Honorifics written with a surname ("Mr. Darcy"); "Lady", "Sir", "Aunt" go with first names.
SURNAME_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr doctor professor prof captain capt colonel col general gen lieutenant lt sergeant sgt "
    "detective inspector officer agent monsieur madame mme mlle herr frau".split()
)
PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
    "xe": "nonbinary",
    "xem": "nonbinary",
    "xyr": "nonbinary",
    "xemself": "nonbinary",
    "ze": "nonbinary",
    "zir": "nonbinary",
    "hir": "nonbinary",
    "zirself": "nonbinary",
    "themself": "nonbinary",
}
# Diminutive -> formal first name; only used when both occur in the same story.
NICKNAMES = {
    "lizzy": "elizabeth",
    "lizzie": "elizabeth",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "eliza": "elizabeth",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "tom": "thomas",
    "tommy": "thomas",
    "dick": "richard",
    "rick": "richard",
    "ricky": "richard",
    "kate": "katherine",
    "katie": "katherine",
    "kitty": "catherine",
    "cathy": "catherine",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "ned": "edward",
    "ed": "edward",
    "eddie": "edward",
    "teddy": "theodore",
    "theo": "theodore",
    "sam": "samuel",
    "sammy": "samuel",
    "alex": "alexander",
    "nick": "nicholas",
    "mike": "michael",
    "dan": "daniel",
    "danny": "daniel",
    "jenny": "jennifer",
    "becky": "rebecca",
    "sue": "susan",
    "susie": "susan",
    "fred": "frederick",
    "freddie": "frederick",
    "harry": "henry",
    "jack": "john",
    "johnny": "john",
    "charlie": "charles",
    "chuck": "charles",
    "tony": "anthony",
    "andy": "andrew",
    "matt": "matthew",
    "steve": "steven",
    "ron": "ronald",
    "ronnie": "ronald",
    "gin": "ginevra",
    "ginny": "ginevra",
    "dora": "dorothea",
    "nell": "eleanor",
    "nellie": "eleanor",
    "polly": "mary",
    "molly": "mary",
}
NARRATOR = "narrator"
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_READER = re.compile(r"\(?\b[YyXx]/[Nn]\b\)?")


@dataclass(frozen=True, slots=True)
class Member:
    """One character as the cast sees it: names, every mention, gender with the passages that show it."""

    name: str
    aliases: tuple[str, ...]
    mentions: tuple[NameMention, ...]
    gender: str | None
    gender_evidence: tuple[tuple[Span, Span, str], ...]


@dataclass(frozen=True, slots=True)
class Cast:
    """All characters (by mention count, then name) and, per name mention, the index of its character."""

    members: tuple[Member, ...]
    mentions: tuple[NameMention, ...]
    owner: tuple[int, ...]
    narrator: int | None = None


def _split_honorific(words: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    # Lower-case words before a name ("old Pontifex", "this Mrs. Rachel") are not part of it.
    while len(words) > 1 and words[0][:1].islower():
        words = words[1:]
    if words and (words[0].lower() in HONORIFICS or words[0].lower().rstrip(".") in HONORIFICS) and len(words) > 1:
        return words[0].lower().rstrip("."), tuple(words[1:])
    return None, tuple(words)


def _honorific_gender(honorific: str | None) -> str | None:
    if honorific is None:
        return None
    if honorific in MALE_HONORIFICS or honorific + "." in MALE_HONORIFICS:
        return "male"
    if honorific in FEMALE_HONORIFICS or honorific + "." in FEMALE_HONORIFICS:
        return "female"
    return None


def is_typo_of(rare: str, common: str) -> bool:
    """One adjacent swap, one doubled or dropped doubled letter, or one vowel for another."""
    rare, common = rare.lower(), common.lower()
    if rare == common or min(len(rare), len(common)) < 4 or rare[0] != common[0]:
        return False
    if len(rare) == len(common):
        diffs = [i for i in range(len(rare)) if rare[i] != common[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return rare[diffs[0]] == common[diffs[1]] and rare[diffs[1]] == common[diffs[0]]
        return len(diffs) == 1 and rare[diffs[0]] in _VOWELS and common[diffs[0]] in _VOWELS
    longer, shorter = (rare, common) if len(rare) > len(common) else (common, rare)
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            return (i > 0 and longer[i] == longer[i - 1]) or (i + 1 < len(longer) and longer[i] == longer[i + 1])
    return False


def cluster_names(forms: Sequence[Sequence[str]]) -> list[int]:
    """A cluster id for each name mention, given as its words (honorific included)."""
    parsed = [_split_honorific(words) for words in forms]
    keys = [(honorific, tuple(word.lower() for word in words)) for honorific, words in parsed]
    counts = Counter(keys)
    parent: dict[tuple[str | None, tuple[str, ...]], tuple[str | None, tuple[str, ...]]] = {}

    def find(key: tuple[str | None, tuple[str, ...]]) -> tuple[str | None, tuple[str, ...]]:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    full_names = sorted(
        {key for key in counts if key[0] is None and len(key[1]) >= 2}, key=lambda k: (-len(k[1]), k[1])
    )
    # Longer full names absorb shorter compatible ones ("Harry James Potter" and "Harry Potter").
    for key in full_names:
        containers = [
            other
            for other in full_names
            if len(other[1]) > len(key[1]) and other[1][0] == key[1][0] and other[1][-1] == key[1][-1]
        ]
        if len(containers) == 1:
            parent[key] = containers[0]
    by_first: dict[str, set] = defaultdict(set)
    by_last: dict[str, set] = defaultdict(set)
    for key in full_names:
        root = find(key)
        by_first[key[1][0]].add(root)
        by_last[key[1][-1]].add(root)
    singles = [key for key in counts if len(key[1]) == 1]
    for key in sorted(singles, key=lambda k: (k[0] or "", k[1])):
        honorific, (word,) = key
        gender = _honorific_gender(honorific)
        if honorific is None:
            firsts = by_first.get(word, set())
            lasts = by_last.get(word, set())
            if len(firsts) == 1 and not lasts:
                parent[key] = next(iter(firsts))
            elif len(lasts) == 1 and not firsts and not any(k[0] is not None and k[1] == key[1] for k in counts):
                parent[key] = next(iter(lasts))
            continue
        # "Miss Elizabeth": an honorific with a first name is that person.
        firsts = by_first.get(word, set())
        if len(firsts) == 1 and gender is not None and not by_last.get(word):
            parent[key] = next(iter(firsts))
    # "Mr. Harry Potter" is Harry Potter; "Mr. Potter" joins him only if the text says "Mr. Harry Potter".
    for key in [k for k in counts if k[0] is not None and len(k[1]) >= 2]:
        plain = (None, key[1])
        if plain in counts:
            parent[key] = find(plain)
            surname = (key[0], (key[1][-1],))
            if surname in counts and find(surname) == surname and len(by_last.get(key[1][-1], ())) == 1:
                parent[surname] = find(plain)
    # Nicknames and typos of a first name or single name.
    root_count: Counter = Counter()
    for key, count in counts.items():
        root_count[find(key)] += count
    words_of_single = {key[1][0]: key for key in singles if key[0] is None}
    for word, key in sorted(words_of_single.items()):
        if find(key) != key:
            continue
        formal = NICKNAMES.get(word)
        target = None
        if formal is not None:
            if formal in words_of_single:
                target = words_of_single[formal]
            elif len(by_first.get(formal, set())) == 1:
                target = next(iter(by_first[formal]))
        if target is None:
            candidates = [
                other
                for other_word, other in words_of_single.items()
                if other_word != word and is_typo_of(word, other_word) and root_count[find(other)] >= 3 * counts[key]
            ]
            candidates += [
                root
                for first, roots in by_first.items()
                if len(roots) == 1 and is_typo_of(word, first)
                for root in roots
                if root_count[root] >= 3 * counts[key]
            ]
            roots = {find(candidate) for candidate in candidates}
            if len(roots) == 1:
                target = next(iter(roots))
        if target is not None and find(target)[0] is None and find(target) != key:
            parent[key] = find(target)
    # Bare surnames used with only one honorific form go to that form ("Darcy" with "Mr. Darcy").
    for key in singles:
        if key[0] is None and find(key) == key and key[1][0] not in by_first and key[1][0] not in by_last:
            titled = sorted(
                (k for k in counts if k[0] in SURNAME_HONORIFICS and k[1] == key[1]), key=lambda k: -counts[k]
            )
            genders = {_honorific_gender(k[0]) for k in titled}
            # "Mr. Hastings" and "Monsieur Hastings" are one man; "Mr." and "Mrs. Bennet" are two people.
            if titled and len(genders) == 1 and None not in genders:
                for other in titled[1:]:
                    parent[find(other)] = find(titled[0])
                parent[key] = find(titled[0])
    roots = sorted({find(key) for key in keys}, key=lambda k: (k[0] or "", k[1]))
    ids = {root: index for index, root in enumerate(roots)}
    return [ids[find(key)] for key in keys]


def _reader_mentions(doc: Document, quotes: Sequence[Span]) -> list[NameMention]:
    """Reader-insert placeholders ("Y/N", "(y/n)") are the reader as a character."""
    mentions = []
    for match in _READER.finditer(doc.text):
        span = Span(match.start(), match.end())
        in_quote = any(quote.start <= span.start < quote.end for quote in quotes)
        mentions.append(NameMention(span, match.group(), ("Y/N",), None, in_quote))
    return mentions


def _display(names: Counter[tuple[str, ...]]) -> str:
    """The fullest frequent name: a full name without honorific if the text gives one."""

    def rank(form: tuple[str, ...]) -> tuple[bool, int, tuple[str, ...]]:
        honorific, words = _split_honorific(form)
        return (honorific is None and len(words) >= 2, names[form], form)

    return " ".join(max(names, key=rank))


# Object pronouns follow a name as often as they refer back to it ("Clara kissed him"), so gender votes
# take only pronouns that are usually subjects, possessives or reflexives.
_VOTING = frozenset("he his himself she herself hers xe xyr xemself ze zir zirself themself".split())


def pronoun_tokens(doc: Document) -> list[tuple[Span, str]]:
    """Gendered third-person pronouns outside dialogue, with the gender each signals."""
    text = doc.text
    quotes = [quote.span for quote in doc.quotes]
    found = []
    quote_index = 0
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word not in _VOTING:
            continue
        gender = PRONOUN_GENDER[word]
        while quote_index < len(quotes) and quotes[quote_index].end <= match.start():
            quote_index += 1
        if quote_index < len(quotes) and quotes[quote_index].start <= match.start():
            continue
        found.append((Span(match.start(), match.end()), gender))
    return found


def build_cast(doc: Document) -> Cast:
    """Names, alias clusters and genders for a document."""
    quotes = [quote.span for quote in doc.quotes]
    mentions = sorted([*find_names(doc), *_reader_mentions(doc, quotes)], key=lambda m: m.span.start)
    forms = [((m.honorific,) if m.honorific else ()) + m.words for m in mentions]
    cluster = cluster_names(forms)
    grouped: dict[int, list[int]] = defaultdict(list)
    for index, cluster_id in enumerate(cluster):
        grouped[cluster_id].append(index)
    gender_votes = _gender_votes(doc, mentions, cluster)
    members: list[tuple[int, Member]] = []
    known_words = {word.lower() for m in mentions for word in m.words}
    lexicon = common_words()
    for cluster_id, indices in grouped.items():
        gender, evidence = _decide_gender(gender_votes.get(cluster_id, []), [mentions[i] for i in indices])
        if _mostly_a_place(doc.text, [mentions[i] for i in indices]):
            continue
        if _common_word_that_never_acts(doc.text, [mentions[i] for i in indices], lexicon):
            continue
        if all(_family_plural(mentions[i].words[-1].lower(), known_words) for i in indices):
            continue
        names = Counter(tuple(forms[i]) for i in indices)
        name = _display(names)
        aliases = tuple(sorted({" ".join(form) for form in names} - {name}))
        if name == "Y/N":
            gender, evidence = None, ()
        members.append(
            (cluster_id, Member(name, aliases, tuple(mentions[i] for i in indices), gender, tuple(evidence)))
        )
    members.sort(key=lambda item: (-len(item[1].mentions), item[1].name))
    new_index = {cluster_id: index for index, (cluster_id, _) in enumerate(members)}
    kept = [i for i, c in enumerate(cluster) if c in new_index]
    ordered = [member for _, member in members]
    narrator = None
    if narrative_person(doc) == "first":
        narrator = _narrator(ordered)
        if narrator is None:
            ordered.append(Member(NARRATOR, (), (), None, ()))
            narrator = len(ordered) - 1
    return Cast(tuple(ordered), tuple(mentions[i] for i in kept), tuple(new_index[cluster[i]] for i in kept), narrator)


def _narrator(members: Sequence[Member]) -> int | None:
    """In first person, the narrator is the character others name in dialogue but the narration never names."""
    best, best_score = None, 0
    for number, member in enumerate(members):
        quoted = sum(1 for m in member.mentions if m.in_quote)
        told = len(member.mentions) - quoted
        if quoted >= 5 and quoted >= 8 * (told + 1) and quoted > best_score:
            best, best_score = number, quoted
    return best


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|into|to|towards?|through|from|across|around|reach|reached|leave|left|visit|visited)\s+)$",
    re.I,
)


_POSSESSIVE = re.compile(r"\s?['’]s\b")


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_SAID_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _common_word_that_never_acts(text: str, mentions: Sequence[NameMention], lexicon: frozenset[str]) -> bool:
    """A single capitalised common word ("Select", "Boulevard", "Catholic") is a character only if it acts:
    says something or does something a person does, at least once."""
    if any(m.honorific or len(m.words) != 1 for m in mentions) or mentions[0].words[0].lower() not in lexicon:
        return False
    if mentions[0].words[0].lower() in given_names() and len(mentions) >= 3:
        return False
    for mention in mentions:
        after = _NEXT_WORD.match(text, mention.span.end)
        if after and after.group(1) in PERSON_VERBS:
            return False
        before = _SAID_BEFORE.search(text, max(0, mention.span.start - 15), mention.span.start)
        if before and before.group(1) in SPEECH_TAG_VERBS:
            return False
    return True


def _family_plural(word: str, known: set[str]) -> bool:
    """ "the Lucases", "the Bennets": a family, not one character."""
    return word.endswith("s") and (word[:-1] in known or (word.endswith("es") and word[:-2] in known))


def _mostly_a_place(text: str, mentions: Sequence[NameMention]) -> bool:
    """A name that mostly follows "in/at/to/from/near" is a place the tagger took for a person."""
    if len(mentions) < 3 or any(m.honorific for m in mentions):
        return False
    placed = sum(
        1
        for m in mentions
        if _PLACE_BEFORE.search(text, max(0, m.span.start - 12), m.span.start)
        # "over at Klein's" is a person's place.
        and not _POSSESSIVE.match(text, m.span.end)
    )
    return placed >= 0.4 * len(mentions)


def _gender_votes(
    doc: Document, mentions: Sequence[NameMention], cluster: Sequence[int]
) -> dict[int, list[tuple[Span, Span, str, float]]]:
    """For a name that opens its sentence's cast (the likely subject), the next gendered pronoun before any
    other character's name, in its sentence or the next.

    Names after the first in a sentence (likely objects: "Mira bought a lantern from Ash, and she paid") do
    not vote: the pronoun after them is as often the subject's.
    """
    pronouns = pronoun_tokens(doc)
    sentence_ends = [sentence.end for sentence in doc.sentences]
    votes: dict[int, list[tuple[Span, Span, str, float]]] = defaultdict(list)
    pronoun_starts = [span.start for span, _ in pronouns]
    subjects: list[tuple[int, int]] = []  # (mention index, sentence index)
    seen_sentences: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.in_quote:
            continue
        sentence = bisect.bisect_right(sentence_ends, mention.span.start)
        if sentence not in seen_sentences:
            seen_sentences.add(sentence)
            subjects.append((index, sentence))
    for index, sentence in subjects:
        mention = mentions[index]
        limit = sentence_ends[min(sentence + 1, len(sentence_ends) - 1)] if sentence_ends else len(doc.text)
        # Any other character named before the pronoun makes the link ambiguous ("Daniel kissed Clara before
        # she could apologise").
        next_name = _next_other(mentions, cluster, index)
        position = bisect.bisect_left(pronoun_starts, mention.span.end)
        if position < len(pronouns):
            span, gender = pronouns[position]
            if span.start < min(limit, next_name):
                # A pronoun in the name's own sentence is a full vote; one in the next sentence half of one.
                weight = 1.0 if sentence < len(sentence_ends) and span.start < sentence_ends[sentence] else 0.5
                votes[cluster[index]].append((mention.span, span, gender, weight))
    return votes


def _next_other(mentions: Sequence[NameMention], cluster: Sequence[int], index: int) -> int:
    """Where the next name of another character starts (far away if none within a dozen names)."""
    for other in range(index + 1, min(index + 12, len(mentions))):
        if cluster[other] != cluster[index]:
            return mentions[other].span.start
    return 1 << 62


def _decide_gender(
    votes: Sequence[tuple[Span, Span, str, float]], mentions: Sequence[NameMention]
) -> tuple[str | None, list[tuple[Span, Span, str]]]:
    """A gender needs a clear majority of pronoun links worth at least one vote, or a gendered honorific."""
    tally: Counter[str] = Counter()
    for _, _, gender, weight in votes:
        tally[gender] += weight
    honorific = Counter(
        g for m in mentions if (g := _honorific_gender(m.honorific and m.honorific.lower().rstrip(".")))
    )
    for gender, count in honorific.items():
        tally[gender] += 2 * count
    if not tally:
        return None, []
    gender, count = tally.most_common(1)[0]
    if count < 1 or count < 0.75 * sum(tally.values()):
        return None, []
    evidence = [vote[:3] for vote in sorted(votes, key=lambda v: -v[3]) if vote[2] == gender][:2]
    if not evidence:
        titled = next(m for m in mentions if _honorific_gender(m.honorific and m.honorific.lower().rstrip(".")))
        evidence = [(titled.span, titled.span, gender)]
    return gender, evidence
