"""The shipped passage classifier: TF-IDF weights and one logistic regression per Webis label, read with numpy.

`scripts/train_warnings.py` writes `analyses/data/warnings_model.json.gz`; nothing is downloaded at run time.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from ficsense.analyses.warnings.features import sublinear, term_counts

MODEL_FILE = "warnings_model.json.gz"


@dataclass(frozen=True, slots=True)
class PassageModel:
    """A shared vocabulary with idf weights, and per label a weight vector and a bias."""

    labels: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    bias: np.ndarray
    version: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PassageModel:
        """Build from the JSON the training script writes."""
        return cls(
            labels=tuple(data["labels"]),
            index={term: position for position, term in enumerate(data["vocab"])},
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64),
            bias=np.asarray(data["bias"], dtype=np.float64),
            version=str(data["version"]),
        )

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF vector of a text as (indices, L2-normalised values); unknown terms are dropped."""
        weights = sublinear(term_counts(text))
        index = self.index
        positions = [index[term] for term in weights if term in index]
        if not positions:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.asarray(positions, dtype=np.int64)
        values = np.asarray([weights[term] for term in weights if term in index]) * self.idf[cols]
        norm = math.sqrt(float(values @ values))
        return cols, values / norm if norm else values

    def probabilities(self, text: str) -> dict[str, float]:
        """Probability per label that a passage carries that content, as the Webis annotators judged."""
        cols, values = self.vector(text)
        logits = self.coef[:, cols] @ values + self.bias
        probs = 1.0 / (1.0 + np.exp(-logits))
        return {label: float(prob) for label, prob in zip(self.labels, probs, strict=True)}


@lru_cache(maxsize=1)
def load_model() -> PassageModel:
    """The shipped model, read once per process (immutable, so caching it is safe)."""
    raw = resources.files("ficsense.analyses.data").joinpath(MODEL_FILE).read_bytes()
    return PassageModel.from_dict(json.loads(gzip.decompress(raw)))
