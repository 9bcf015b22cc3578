"""Train the passage content-warning classifier on the Webis AO3 passages and write its weights as JSON.

Usage: .venv/bin/python scripts/train_warnings.py [--data ../shared/data] [--out src/ficsense/analyses/data/...]

One logistic regression per Webis label over a shared TF-IDF vocabulary (word unigrams + char 3–5-grams,
see `ficsense.analyses.warnings.features`). Each passage was judged by three annotators who often disagree,
so it is trained on its vote share (a 2-of-3 passage counts 2/3 positive, 1/3 negative) with classes
balanced; that is what lifts balanced accuracy over a hard-label baseline. The regularisation strength is
picked per label by an inner grouped cross-validation on the training rows only, so `evaluation/tags.py`
can call `fit` inside its own folds without ever tuning on what it reports. Deterministic: fixed seed,
sorted vocabulary, the exact newton-cg solver.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import StratifiedGroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ficsense.analyses.warnings.features import sublinear, term_counts  # noqa: E402
from ficsense.analyses.warnings.labels import DEV_TO_WEBIS  # noqa: E402

SEED = 13
C_GRID = (0.1, 0.3, 1.0)
MIN_DF = 3
MAX_FEATURES = 25_000
VERSION = "1"


def load_rows(data_dir: Path) -> list[dict[str, Any]]:
    """The dev passages with the Webis label id, the hard label (>= 2 of 3 votes) and the vote share."""
    rows = []
    with (data_dir / "warnings" / "passages_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            votes = sum(raw["labels"])
            rows.append(
                {
                    "label": DEV_TO_WEBIS[raw["warning"]],
                    "text": raw["text"],
                    "positive": int(votes >= 2),
                    "share": votes / len(raw["labels"]),
                    "group": raw["work_id"],
                }
            )
    return rows


def featurise(rows: Sequence[dict[str, Any]]) -> list[dict[str, float]]:
    """Sublinear term frequencies per passage (computed once, reused by every fold)."""
    return [sublinear(term_counts(row["text"])) for row in rows]


def _matrix(tfs: Sequence[dict[str, float]], index: dict[str, int], idf: np.ndarray) -> sp.csr_matrix:
    data: list[float] = []
    cols: list[int] = []
    indptr = [0]
    for tf in tfs:
        row_cols = [index[term] for term in tf if term in index]
        row_vals = np.asarray([tf[term] for term in tf if term in index]) * idf[row_cols] if row_cols else []
        norm = math.sqrt(float(np.dot(row_vals, row_vals))) if row_cols else 0.0
        cols.extend(row_cols)
        data.extend((np.asarray(row_vals) / norm).tolist() if norm else [])
        indptr.append(len(cols))
    return sp.csr_matrix((data, cols, indptr), shape=(len(tfs), len(index)))


def _soft_fit(matrix: sp.csr_matrix, share: np.ndarray, c: float) -> LogisticRegression:
    """Each passage twice: as a positive weighted by its vote share and a negative by the rest; classes balanced."""
    stacked = sp.vstack([matrix, matrix])
    target = np.r_[np.ones(matrix.shape[0]), np.zeros(matrix.shape[0])]
    weight = np.r_[share, 1.0 - share]
    positive, negative = weight[target == 1].sum(), weight[target == 0].sum()
    weight = np.where(target == 1, weight / max(positive, 1e-9), weight / max(negative, 1e-9)) * len(weight) / 2
    return LogisticRegression(C=c, solver="newton-cg", max_iter=3000).fit(stacked, target, sample_weight=weight)


def _pick_c(matrix: sp.csr_matrix, rows: Sequence[dict[str, Any]], seed: int) -> float:
    """The C with the best inner grouped-CV balanced accuracy on these training rows only."""
    hard = np.asarray([row["positive"] for row in rows])
    share = np.asarray([row["share"] for row in rows])
    groups = [row["group"] for row in rows]
    folds = list(StratifiedGroupKFold(3, shuffle=True, random_state=seed).split(np.zeros(len(rows)), hard, groups))
    best_c, best = C_GRID[0], -1.0
    for c in C_GRID:
        scores = []
        for train, test in folds:
            model = _soft_fit(matrix[train], share[train], c)
            scores.append(balanced_accuracy_score(hard[test], model.predict(matrix[test])))
        if float(np.mean(scores)) > best + 1e-9:
            best_c, best = c, float(np.mean(scores))
    return best_c


def fit(rows: Sequence[dict[str, Any]], tfs: Sequence[dict[str, float]], *, seed: int = SEED) -> dict[str, Any]:
    """Train on these rows; returns the JSON-ready model `PassageModel.from_dict` reads."""
    df: Counter[str] = Counter()
    for tf in tfs:
        df.update(tf.keys())
    kept = [term for term, count in df.items() if count >= MIN_DF]
    kept = sorted(sorted(kept, key=lambda term: (-df[term], term))[:MAX_FEATURES])
    index = {term: position for position, term in enumerate(kept)}
    total = len(tfs)
    idf = np.asarray([math.log((1 + total) / (1 + df[term])) + 1.0 for term in kept])
    matrix = _matrix(tfs, index, idf)
    labels = sorted({row["label"] for row in rows})
    coefs, biases, chosen = [], [], {}
    for label in labels:
        positions = [i for i, row in enumerate(rows) if row["label"] == label]
        subset = matrix[positions]
        label_rows = [rows[i] for i in positions]
        c = _pick_c(subset, label_rows, seed)
        model = _soft_fit(subset, np.asarray([row["share"] for row in label_rows]), c)
        coefs.append([round(float(value), 4) for value in model.coef_[0]])
        biases.append(round(float(model.intercept_[0]), 4))
        chosen[label] = c
    return {
        "version": VERSION,
        "trained_on": "Webis AO3 trigger-warning passages (passages_dev.jsonl), vote-share targets",
        "labels": labels,
        "c": chosen,
        "vocab": kept,
        "idf": [round(float(value), 4) for value in idf],
        "coef": coefs,
        "bias": biases,
    }


def main() -> None:
    """Train on all dev passages and write the gzipped JSON model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src/ficsense/analyses/data/warnings_model.json.gz")
    args = parser.parse_args()
    rows = load_rows(args.data)
    model = fit(rows, featurise(rows))
    payload = json.dumps(model, separators=(",", ":"), sort_keys=True).encode("utf-8")
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(model['vocab'])} terms, C={model['c']})")


if __name__ == "__main__":
    main()
