"""Train the heading model on the packaged training data and write src/sanctioneer/hs/data/heading-model.npz.

    .venv/bin/python benchmarks/hs_train.py [--temperature T]

The training documents are the tariff lines of the training split already in the package
(`hs/data/tariff-lines.tsv.gz`, written by `benchmarks/build_tariff_lines.py`) and the HS 2022
nomenclature (`sanctioneer.hs.training`); the held-out fifth of the tariff lines is not in the
package and is never read here. The softmax temperature is the one `benchmarks/hs_calibrate.py`
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--temperature", type=float, default=TEMPERATURE)
    args = parser.parse_args(argv)

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
