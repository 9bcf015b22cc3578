"""Evaluate content tags and emotion on real annotated data (not a test).

    .venv/bin/python evaluation/tags.py

Reads `<repo>/../shared/data` and prints:
- per Webis label, F1 and balanced accuracy of the passage classifier on warnings/passages_dev.jsonl
  (positive = at least 2 of 3 votes), by 5-fold cross-validation grouped by AO3 work (no work is on both
  sides of a fold) and stratified by label and answer. Every fold retrains from scratch with
  `scripts/train_warnings.py:fit`, which picks its own regularisation by an inner CV on the training rows
  only, so nothing reported here was tuned on. Two rows per label: the model alone, and the model as
  shipped (a window is scored only when a cue of `warnings/rules.py` occurs in it, and a rule filed under
  the same AO3 tag, such as a blow landed for Violence, also answers yes);
- beside them the always-yes answer and a TF-IDF + logistic-regression baseline, on the same folds;
- REMAN dev micro-F1 of `Emotion.present` per passage, beside "all eight emotions".
Skips cleanly when the data folder is absent.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "src"))

FOLDS = 5
SEED = 0


def _train_module() -> Any:
    spec = importlib.util.spec_from_file_location("train_warnings", REPO / "scripts" / "train_warnings.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scores(truth: Sequence[int], predicted: Sequence[int]) -> tuple[float, float]:
    """F1 of the positive class and balanced accuracy."""
    truth_arr, pred_arr = np.asarray(truth, dtype=bool), np.asarray(predicted, dtype=bool)
    tp = float(np.sum(truth_arr & pred_arr))
    fp = float(np.sum(~truth_arr & pred_arr))
    fn = float(np.sum(truth_arr & ~pred_arr))
    tn = float(np.sum(~truth_arr & ~pred_arr))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    tpr = tp / (tp + fn) if tp + fn else 0.0
    tnr = tn / (tn + fp) if tn + fp else 0.0
    return f1, (tpr + tnr) / 2


def _run_fold(
    job: tuple[list[dict[str, Any]], list[dict[str, float]], np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Train on one fold's training rows; answers of the model, the shipped (gated) model and the baseline."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from ficsense.analyses.warnings.features import normalise
    from ficsense.analyses.warnings.labels import LABELS
    from ficsense.analyses.warnings.model import PassageModel
    from ficsense.analyses.warnings.rules import GATES, RULES

    # The AO3 tag of each trained label; a rule filed under that tag (a blow landed for Violence) also
    # answers yes at run time, so the shipped column counts it too.
    trained_tag = {label.webis: label.tag for label in LABELS if label.trained}

    rows, tfs, train_idx, test_idx = job
    model = PassageModel.from_dict(_train_module().fit([rows[i] for i in train_idx], [tfs[i] for i in train_idx]))
    model_yes = np.zeros(len(test_idx), dtype=int)
    shipped_yes = np.zeros(len(test_idx), dtype=int)
    for position, i in enumerate(test_idx):
        row = rows[i]
        model_yes[position] = model.probabilities(row["text"])[row["label"]] >= 0.5
        text = normalise(row["text"])
        gated = any(cue.pattern.search(text) for cue in GATES[row["label"]])
        ruled = any(cue.pattern.search(text) for cue in RULES.get(trained_tag[row["label"]], ()))
        shipped_yes[position] = (model_yes[position] and gated) or ruled
    baseline_yes = np.zeros(len(test_idx), dtype=int)
    for label in sorted({row["label"] for row in rows}):
        train_rows = [rows[i] for i in train_idx if rows[i]["label"] == label]
        test_pos = [position for position, i in enumerate(test_idx) if rows[i]["label"] == label]
        vectoriser = TfidfVectorizer()
        baseline = LogisticRegression(max_iter=1000).fit(
            vectoriser.fit_transform([row["text"] for row in train_rows]), [row["positive"] for row in train_rows]
        )
        predicted = baseline.predict(vectoriser.transform([rows[test_idx[p]]["text"] for p in test_pos]))
        baseline_yes[test_pos] = predicted
    return model_yes, shipped_yes, baseline_yes


def evaluate_passages() -> None:
    """Per-label F1 and balanced accuracy, cross-validated, with baselines."""
    from sklearn.model_selection import StratifiedGroupKFold

    train = _train_module()
    started = time.perf_counter()
    rows = train.load_rows(DATA)
    tfs = train.featurise(rows)
    labels = sorted({row["label"] for row in rows})
    strata = [f"{row['label']}:{row['positive']}" for row in rows]
    groups = [row["group"] for row in rows]
    splits = list(
        StratifiedGroupKFold(FOLDS, shuffle=True, random_state=SEED).split(np.zeros(len(rows)), strata, groups)
    )
    # Folds are independent: two at a time on the two cores keeps the whole evaluation to a few minutes.
    with ProcessPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(_run_fold, [(rows, tfs, train_idx, test_idx) for train_idx, test_idx in splits]))
    model_yes = np.zeros(len(rows), dtype=int)
    shipped_yes = np.zeros(len(rows), dtype=int)
    baseline_yes = np.zeros(len(rows), dtype=int)
    for (_train_idx, test_idx), (model_part, shipped_part, baseline_part) in zip(splits, outcomes, strict=True):
        model_yes[test_idx] = model_part
        shipped_yes[test_idx] = shipped_part
        baseline_yes[test_idx] = baseline_part
    print(f"  {FOLDS} folds done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    systems: dict[str, Callable[[list[int]], list[int]]] = {
        "always yes": lambda idx: [1] * len(idx),
        "tfidf+LR": lambda idx: [int(baseline_yes[i]) for i in idx],
        "model": lambda idx: [int(model_yes[i]) for i in idx],
        "shipped": lambda idx: [int(shipped_yes[i]) for i in idx],
    }
    print(f"Passage content tags: {len(rows)} Webis AO3 passages, {FOLDS}-fold CV grouped by work")
    header = f"{'label':22s} {'n':>5s} {'pos':>5s}  " + "  ".join(f"{name:>17s}" for name in systems)
    print(header)
    print(f"{'':34s}" + "  ".join(f"{'F1':>8s} {'bal.acc':>8s}" for _ in systems))
    macro: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
    for label in labels:
        idx = [i for i, row in enumerate(rows) if row["label"] == label]
        truth = [rows[i]["positive"] for i in idx]
        cells = []
        for name, system in systems.items():
            f1, balanced = _scores(truth, system(idx))
            macro[name].append((f1, balanced))
            cells.append(f"{f1:8.3f} {balanced:8.3f}")
        print(f"{label:22s} {len(idx):5d} {sum(truth):5d}  " + "  ".join(cells))
    cells = [
        f"{np.mean([m[0] for m in values]):8.3f} {np.mean([m[1] for m in values]):8.3f}" for values in macro.values()
    ]
    print(f"{'macro':34s}" + "  ".join(cells))


def evaluate_emotion() -> None:
    """REMAN dev micro-F1 of `present` per passage."""
    from ficsense.analyses.emotion import PLUTCHIK, present_in_text

    tree = ET.parse(DATA / "emotion" / "reman" / "reman_dev.xml")
    gold: list[set[str]] = []
    predicted: list[set[str]] = []
    for document in tree.getroot().iter("document"):
        text_node = document.find("text")
        if text_node is None or text_node.text is None:
            continue
        adjudicated = document.find("adjudicated")
        spans = adjudicated.iter("span") if adjudicated is not None else iter(())
        emotions = {span.get("type", "") for span in spans if span.get("type") in PLUTCHIK}
        gold.append(emotions)
        predicted.append(set(present_in_text(text_node.text)))

    def micro(pred: list[set[str]]) -> tuple[float, float, float]:
        tp = sum(len(p & g) for p, g in zip(pred, gold, strict=True))
        n_pred = sum(len(p) for p in pred)
        n_gold = sum(len(g) for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    print(f"\nREMAN dev: {len(gold)} passages, micro-averaged over Plutchik's eight emotions")
    for name, pred in (("all eight", [set(PLUTCHIK) for _ in gold]), ("ficsense present", predicted)):
        precision, recall, f1 = micro(pred)
        print(f"  {name:18s} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


def main() -> None:
    """Run both evaluations, or say why not."""
    if not (DATA / "warnings" / "passages_dev.jsonl").exists():
        print(f"skipped: no evaluation data at {DATA}")
        return
    started = time.perf_counter()
    evaluate_passages()
    if (DATA / "emotion" / "reman" / "reman_dev.xml").exists():
        evaluate_emotion()
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
