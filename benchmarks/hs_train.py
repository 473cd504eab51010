"""Train the heading model on the packaged training data and write src/sanctioneer/hs/data/heading-model.npz.

    .venv/bin/python benchmarks/hs_train.py [--temperature T]
    .venv/bin/python benchmarks/hs_train.py --choose-ruling-weight 1,2,3

The training documents are the tariff lines of the training split already in the package
(`hs/data/tariff-lines.tsv.gz`, written by `benchmarks/build_tariff_lines.py`), the HS 2022
nomenclature and the training part of the pre-2021 customs rulings (`hs/data/rulings.tsv`, written
by `benchmarks/build_rulings.py`; `sanctioneer.hs.training`); the held-out fifths of the tariff
lines and of the rulings are not in the package and are never read here.

`--choose-ruling-weight` writes nothing: it holds out a fifth of the packaged rulings (by a second
digest of the ruling number), trains on the rest with each weight (how many times a ruling counts as
a document) and prints the model's heading and chapter top-1 on the held-out rulings, which is how
`training.RULING_WEIGHT` was chosen. The softmax temperature is the one `benchmarks/hs_calibrate.py`
finds on held-out training lines. The file records the digest of its inputs
(`training_digest`): the classifier uses the model only while they are unchanged.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "src" / "sanctioneer" / "hs" / "data" / "heading-model.npz"

#: Set on held-out training lines by `benchmarks/hs_calibrate.py` (lowest log-loss).
TEMPERATURE = 1.25
#: The naive Bayes part's temperature (naive Bayes is over-sure by itself), set the same way.
BAYES_TEMPERATURE = 2.0


def choose_ruling_weight(weights: list[int]) -> None:
    """Train with each ruling weight on four fifths of the packaged rulings; score the model on the fifth left."""
    import hashlib
    from importlib import resources

    import numpy as np

    from sanctioneer.hs.model import HeadingModel
    from sanctioneer.hs.tariff import TARIFF_FILE, read_rows
    from sanctioneer.hs.training import (
        MIX,
        RULINGS_FILE,
        nomenclature_documents,
        ruling_documents,
        tariff_documents,
        train,
    )

    data = resources.files("sanctioneer.hs") / "data"
    lines = (data / RULINGS_FILE).read_text(encoding="utf-8").splitlines()
    held = [line for line in lines if hashlib.sha256(line.split("\t")[0].encode()).digest()[1] % 5 == 0]
    rest = "\n".join(line for line in lines if line not in held)
    base = [*tariff_documents(read_rows((data / TARIFF_FILE).read_bytes())), *nomenclature_documents()]
    print(f"{len(lines)} packaged rulings: {len(held)} held out, {len(lines) - len(held)} trained on")
    for weight in weights:
        start = time.perf_counter()
        arrays = train([*base, *ruling_documents(rest, weight=weight)])
        arrays.update(temperature=np.asarray([TEMPERATURE]), bayes_temperature=np.asarray([BAYES_TEMPERATURE]),
                      mix=np.asarray([MIX]))
        model = HeadingModel(arrays)
        heading = chapter = 0
        for line in held:
            _, code, subject = line.split("\t")
            hits = model.predict(subject, limit=1)
            heading += bool(hits) and hits[0].heading == code[:4]
            chapter += bool(hits) and hits[0].heading[:2] == code[:2]
        print(f"ruling weight {weight}: heading top-1 {100 * heading / len(held):.1f} %, chapter top-1 "
              f"{100 * chapter / len(held):.1f} % on {len(held)} held-out rulings "
              f"({time.perf_counter() - start:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--temperature", type=float, default=TEMPERATURE)
    parser.add_argument("--choose-ruling-weight", default="", help="comma-separated weights to compare; writes nothing")
    args = parser.parse_args(argv)
    if args.choose_ruling_weight:
        choose_ruling_weight([int(w) for w in args.choose_ruling_weight.split(",")])
        return 0

    import numpy as np

    from sanctioneer.hs.training import MIX, documents, shipped_arrays, train, training_digest

    start = time.perf_counter()
    arrays = train(documents(), log=True)
    arrays["temperature"] = np.asarray([args.temperature], dtype=np.float32)
    arrays["bayes_temperature"] = np.asarray([BAYES_TEMPERATURE], dtype=np.float32)
    arrays["mix"] = np.asarray([MIX], dtype=np.float32)
    arrays["digest"] = np.asarray([training_digest()])
    np.savez(TARGET, **shipped_arrays(arrays))
    print(f"{TARGET.relative_to(REPO)}: {len(arrays['classes'])} weights, {TARGET.stat().st_size} bytes, "
          f"trained in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
