"""How much each source of evidence counts, read from `hs/data/weights.yaml`.

The weights are data, not code: `benchmarks/hs_weigh.py` fits them on held-out training data (the
calibration fifth of the tariff lines and a fold of the pre-2021 rulings, the trained model and the
tariff index rebuilt without them) and prints them in this file's form. `hs/votes.py` reads the
`votes` group (what each source's vote counts in a heading's score), `hs/weighing.py` the `weighing`
group (how a heading's log-odds are made when the evidence is weighed together). The file is covered
by the classifier's version digest.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from sanctioneer.errors import InputError

__all__ = ["WEIGHTS", "WEIGHTS_FILE", "load_weights", "weight"]

WEIGHTS_FILE = "weights.yaml"

#: The weights the file must give, by group.
WEIGHTS: dict[str, tuple[str, ...]] = {
    "votes": ("rule", "gazetteer", "neighbours", "semantic", "lexical", "tariff", "model", "model_damped"),
    "weighing": (
        "log_model", "sources", "log_model_alone", "sources_alone", "named", "nomenclature_first",
        "weighed_over_named", "heading_share",
        "named_floor", "not_parts",
    ),
}


def _fail(path: str, message: str) -> InputError:
    return InputError(message, where=f"{WEIGHTS_FILE}: {path}", fix="correct the packaged data file")


def parse_weights(data: Any) -> dict[str, dict[str, float]]:
    """Check the file's content: each group of `WEIGHTS` with each of its weights, a number from 0 to 100."""
    if not isinstance(data, dict):
        raise _fail("(top)", f"expected a mapping with {' and '.join(WEIGHTS)}, got {type(data).__name__}")
    unknown = set(data) - set(WEIGHTS) - {"fitted"}
    if unknown:
        raise _fail(", ".join(sorted(map(str, unknown))), f"unknown key; expected fitted, {', '.join(WEIGHTS)}")
    weights: dict[str, dict[str, float]] = {}
    for group, names in WEIGHTS.items():
        values = data.get(group)
        if not isinstance(values, dict) or set(values) != set(names):
            raise _fail(group, f"expected exactly the weights {', '.join(names)}")
        for name in names:
            value = values[name]
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
                raise _fail(f"{group}.{name}", f"expected a number from 0 to 100, got {value!r}")
        weights[group] = {name: float(values[name]) for name in names}
    return weights


@lru_cache(maxsize=1)
def load_weights() -> dict[str, dict[str, float]]:
    """Read the packaged weights once per process.

    Raises:
        InputError: a group or a weight is missing, unknown or not a number; the message names it.
    """
    from sanctioneer.safeyaml import read_yaml

    text = (resources.files("sanctioneer.hs") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    try:
        data = read_yaml(text, name=WEIGHTS_FILE, packaged=True)
    except InputError as exc:
        raise InputError(exc.detail, where=exc.where, fix="correct the packaged data file") from None
    return parse_weights(data)


def weight(group: str, name: str) -> float:
    """One packaged weight, such as `weight("votes", "model")`."""
    return load_weights()[group][name]
