"""The same description gets the same answer in every process, whatever order Python gives its sets."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Descriptions whose subheading once turned on the order in which a set's words were summed.
TEXTS = ["Crushed or ground", "Other fish, excluding edible fish offal of subheadings 0302.91 to 0302.99:",
         "frozen fish fillets", "ground pepper"]

SCRIPT = """
import json, sys
from sanctioneer.hs.classify import GoodsClassifier
classifier = GoodsClassifier(semantic=False)
answers = []
for text in json.loads(sys.argv[1]):
    found = classifier.candidates(text, top=5)
    evidence = lambda c: [[e.source, e.code, e.score, e.entry, e.matched] for e in c.evidence]
    answers.append([[c.code, c.score, evidence(c)] for c in found])
print(json.dumps(answers))
"""


def _answers(seed: str) -> list[object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(TEXTS)], env=env, capture_output=True,
                          text=True, check=True, timeout=300)
    return list(json.loads(done.stdout))


def test_candidates_and_their_scores_do_not_depend_on_the_process() -> None:
    first, second = _answers("1"), _answers("2")
    assert first == second
    assert all(answer for answer in first)  # every description got candidates
