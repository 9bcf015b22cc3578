"""A learned confusion classifier: `grammar.word_in_context`, for real-word slips the fixed contexts miss.

The pattern rules of confusions.py and word_phrases.py fire where a slip has a fixed shape; a writer's
"more often then I do" or "shaking rain of his coat" has none. Here each confusion set ("then"/"than",
"of"/"off", ...) has a multinomial logistic regression over the words around the member the writer used:
the two words either side, their pairs, their word classes, the words within six tokens, and which member
the English pair counts prefer. It is trained by scripts/train_word_in_context.py on every occurrence of a
member in edited text (Golding & Roth's context-sensitive spelling correction), so no errors need be
invented: the writer's word is flagged only when the model gives it less than `FLAG_BELOW` and another
member at least `FIX_ABOVE`. The thresholds were chosen on held-out text for precision first. The rule
reports nothing where another rule already flagged the same word (`fallback`).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ficsense.checks.context import Context
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import WordClasses, word_classes

_DATA = "word_in_context.json.gz"
# The writer's word must look this unlikely, and the suggestion this likely, before the rule speaks.
FLAG_BELOW = 0.015
FIX_ABOVE = 0.93
# Swaps writers hardly make, or that the model got wrong more often than right on edited novels (each
# novel scored by a model trained without it): "lifted a needle off a record" read as "of", "arc two" as
# "to", "It seemed too pitiful" as "to".
NOT_SLIPS = frozenset(
    {
        ("off", "of"),
        ("two", "to"),
        ("to", "two"),
        ("now", "no"),
        ("no", "now"),
        ("too", "to"),
        ("two", "too"),
        ("hear", "here"),
        ("we're", "were"),
        ("now", "know"),
        ("know", "now"),
        ("thought", "though"),
        ("thought", "through"),
        ("through", "thought"),
        ("through", "though"),
        ("though", "thought"),
        ("your", "you"),
        ("you're", "you"),
        ("you", "you're"),
    }
)
# Words within this many tokens either side are the bag-of-words context.
WINDOW = 6

# What each apostrophe form stands for to its left and right in the pair counts, which hold no apostrophes.
_STAND_INS: Mapping[str, tuple[str, str]] = {
    "it's": ("it", "is"),
    "you're": ("you", "are"),
    "they're": ("they", "are"),
    "we're": ("we", "are"),
    "who's": ("who", "is"),
}
_EMPHASIS = frozenset({"*", "_", "**", "__"})
_QUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"}


@dataclass(frozen=True, slots=True)
class ConfusionModel:
    """One confusion set's weights: a row of per-member weights for each feature, and the biases."""

    members: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def probabilities(self, features: Mapping[str, float]) -> tuple[float, ...]:
        """P(member | context) for each member, by softmax over the summed weights."""
        scores = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for position, weight in enumerate(row):
                    scores[position] += weight * value
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return tuple(value / total for value in exps)


@cache
def confusion_models() -> dict[str, ConfusionModel]:
    """Member word -> the model of its set, read once per process from the shipped weights."""
    return load_confusion_models(resources.files("ficsense.checks.data").joinpath(_DATA).read_bytes())


def load_confusion_models(weights: bytes) -> dict[str, ConfusionModel]:
    """Member word -> the model of its set, from a gzipped weights file written by the training script."""
    raw = json.loads(gzip.decompress(weights))
    by_word: dict[str, ConfusionModel] = {}
    for entry in raw["sets"]:
        model = ConfusionModel(
            members=tuple(entry["members"]),
            bias=tuple(entry["bias"]),
            weights={name: tuple(row) for name, row in entry["weights"].items()},
        )
        for member in model.members:
            by_word[member] = model
    return by_word


def feature_tokens(forms: Sequence[str]) -> tuple[list[str], list[int]]:
    """The tokens as the features see them (lower case, straight quotes, no Markdown emphasis marks, which
    edited text never has), and for each original token its position among them."""
    tokens: list[str] = []
    positions: list[int] = []
    for form in forms:
        positions.append(len(tokens))
        if form not in _EMPHASIS:
            tokens.append(_QUOTES.get(form, form).replace("’", "'").lower())
    return tokens, positions


def _top_class(classes: WordClasses, word: str) -> str:
    """The word's most frequent treebank tag ("?" when unseen); punctuation stands for itself."""
    if not word[:1].isalnum():
        return word
    tags = [(count, tag) for tag, count in classes.table.get(word, {}).items() if not tag.startswith("@")]
    return max(tags)[1] if tags else "?"


def _pair_scores(lm: LanguageModel, members: Sequence[str], before: str, after: str) -> dict[str, float]:
    """How much better than the set's average each member fits its neighbours in the English pair counts."""
    follows: list[float] = []
    precedes: list[float] = []
    for member in members:
        left, right = _STAND_INS.get(member, (member, member))
        follows.append(lm.follow(right, after) if after[:1].isalpha() else 0.0)
        precedes.append(lm.precede(before, left) if before[:1].isalpha() else 0.0)
    mean_follow = sum(follows) / len(follows)
    mean_precede = sum(precedes) / len(precedes)
    features: dict[str, float] = {}
    for member, follow, precede in zip(members, follows, precedes, strict=True):
        features[f"lmf:{member}"] = round(follow - mean_follow, 3)
        features[f"lmp:{member}"] = round(precede - mean_precede, 3)
    return features


def neighbour_features(tokens: Sequence[str], left: int, right: int, classes: WordClasses) -> dict[str, float]:
    """The two tokens ending at `left` and the two starting at `right`, their pairs and their word classes:
    around a word when `right` is `left` + 2, around a gap between two words when it is `left` + 1."""

    def at(position: int) -> str:
        return tokens[position] if 0 <= position < len(tokens) else "<s>"

    before2, before, after, after2 = at(left - 1), at(left), at(right), at(right + 1)
    return {
        "bias": 1.0,
        f"p1={before}": 1.0,
        f"n1={after}": 1.0,
        f"p2={before2}": 1.0,
        f"n2={after2}": 1.0,
        f"p2p1={before2} {before}": 1.0,
        f"n1n2={after} {after2}": 1.0,
        f"p1n1={before} {after}": 1.0,
        f"p1t={_top_class(classes, before)}": 1.0,
        f"n1t={_top_class(classes, after)}": 1.0,
        f"p2t={_top_class(classes, before2)}": 1.0,
        f"n2t={_top_class(classes, after2)}": 1.0,
    }


def context_features(
    tokens: Sequence[str], index: int, members: Sequence[str], lm: LanguageModel, classes: WordClasses
) -> dict[str, float]:
    """The features of the word at `index` among normalised `tokens`, for the set `members` it belongs to."""
    features = neighbour_features(tokens, index - 1, index + 1, classes)
    for position in range(max(0, index - WINDOW), min(len(tokens), index + WINDOW + 1)):
        word = tokens[position]
        if position != index and word[:1].isalpha():
            features[f"c={word}"] = 1.0
    before = tokens[index - 1] if index > 0 else "<s>"
    after = tokens[index + 1] if index + 1 < len(tokens) else "<s>"
    features.update(_pair_scores(lm, members, before, after))
    return features


def find(ctx: Context) -> Iterator[Hit]:
    """Members of a confusion set that the model finds out of place, with the member it expects instead."""
    models = confusion_models()
    tokens, positions = feature_tokens(ctx.forms)
    classes = word_classes()
    for index in ctx.indices_of(models):
        written = ctx.lower[index]
        # Shouting ("NOW.") and one-word lines say little about which member was meant.
        if ctx.forms[index].isupper() and len(written) > 1:
            continue
        model = models[written]
        features = context_features(tokens, positions[index], model.members, ctx.model, classes)
        probabilities = model.probabilities(features)
        best, member = max(zip(probabilities, model.members, strict=True))
        if member == written or (written, member) in NOT_SLIPS:
            continue
        if probabilities[model.members.index(written)] >= FLAG_BELOW or best < FIX_ABOVE:
            continue
        span = ctx.spans[index]
        suggestion = match_case(member, ctx.forms[index])
        yield Hit(
            span.start,
            span.end,
            f"“{ctx.forms[index]}” looks out of place here; the words around it expect “{suggestion}”.",
            (suggestion,),
            round(min(0.95, best), 2),
        )


RULE = Rule(
    id="grammar.word_in_context",
    category="grammar",
    description="A word of a confusion set that a model trained on edited fiction finds out of place.",
    find=find,
    bad=(
        Example("He wanted more then that.", "He wanted more than that."),
        Example("They argued about weather to stay or go.", "They argued about whether to stay or go."),
        Example("I new it would rain.", "I knew it would rain."),
    ),
    good=(
        "She finished her tea and then went upstairs.",
        "He took the key out of his pocket and put it back.",
        "There were two of them.",
        "Their house stood at the end of the lane.",
    ),
    fallback=True,
)
