"""The logistic regression both learned decisions are fitted with (training/roles, training/awards).

Features are strings; a row is a candidate's features and its 0/1 label. Plain numpy, full-batch
gradient descent from zero, so a fit is deterministic and the shipped weights can be reproduced.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

import numpy as np


def fit_weights(rows: list[tuple[list[str], int]], *, min_count: int, l2: float, steps: int,
                rate: float) -> tuple[dict[str, float], float]:
    """Weights of the features seen in ``min_count`` rows or more (rounded, zeros dropped) and the bias."""
    counts: dict[str, int] = {}
    for f, _ in rows:
        for x in set(f):
            counts[x] = counts.get(x, 0) + 1
    vocab = sorted(x for x, c in counts.items() if c >= min_count)
    index = {x: i for i, x in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for r, (f, _) in enumerate(rows):
        for x in f:
            if x in index:
                X[r, index[x]] = 1.0
    y = np.array([lab for _, lab in rows], dtype=float)
    w, b, n = np.zeros(len(vocab)), 0.0, len(rows)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        g = p - y
        w -= rate * (X.T @ g / n + l2 * w / n)
        b -= rate * g.mean()
    return {x: round(float(v), 6) for x, v in zip(vocab, w) if abs(v) >= 1e-6}, round(float(b), 6)


def digest(cands: Any) -> str:
    """A short hash of the training candidates, kept in the model's meta."""
    return hashlib.sha256(json.dumps(cands, sort_keys=True).encode()).hexdigest()[:16]


def reproduces(fit: Callable[..., Any], rows: list[tuple[list[str], int]], shipped: Path) -> bool:
    """Does ``fit`` on ``rows``, at the shipped model's thresholds, give the shipped weights (meta aside)?"""
    model = json.loads(shipped.read_text(encoding="utf-8"))
    refit = fit(rows, model["threshold"], model["add_threshold"])
    same = refit.to_json() | {"meta": {}} == model | {"meta": {}}
    print("weights reproduced" if same else "weights differ from the shipped model")
    return same
