"""Innocent goods are not answered first in a consequential heading; sanctioned goods keep theirs.

The causes of the first answers that land in a consequential heading on training material the trained model did not
learn from (`benchmarks/hs_errors.py`, docs/benchmarks.md "Sensitive false alarms on the training side"): a word
with a sensitive sense before or after the goods ("cartridges", "bullet", "injection", "starters", "arms", "tank",
"pistol", "shotgun", "grenade", "ammunition", "caviar"), a modifier or a material beating the head noun, one source
outvoting the others. The head noun decides: the goods here are pumps, notebooks, filters and lighters, answered so
or left unsure with their heading among the candidates, never first in the consequential heading the word suggests.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier, is_confident
from sanctioneer.hs.codes import Relation
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

RULEBOOK = load_rulebook(default_rulebook_dir())
SENSITIVE = sensitive_ranges(RULEBOOK)
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


def _sensitive(code: str) -> bool:
    return any(r.relation(code) is not Relation.OUTSIDE for r in SENSITIVE)


# The description, and the headings a ruling could give it (any counts).
SENSITIVE_SENSE = [
    ("printer ink cartridges", {"8443", "3215", "9612"}),
    ("water filter cartridges", {"8421"}),
    ("bullet journal notebooks", {"4820"}),
    ("fuel injection pumps", {"8413"}),
    ("injection moulding machine", {"8477"}),
    ("sourdough starters", {"2102"}),
    ("robot arms", {"8479", "8428"}),
    ("tank top", {"6109", "6114"}),
    ("fish tank filters", {"8421"}),
    ("pistol grip hose nozzle", {"8481", "8424"}),
    ("shotgun microphone", {"8518"}),
    ("grenade shaped lighter", {"9613"}),
    ("ammunition box of plastic", {"3923", "3924", "3926"}),
    ("caviar spoon", {"8215"}),
]


@pytest.mark.parametrize(("text", "right"), SENSITIVE_SENSE)
def test_a_word_with_a_sensitive_sense_does_not_put_other_goods_first_in_a_consequential_heading(
    text: str, right: set[str]
) -> None:
    candidates = CLASSIFIER.candidates(text, top=5)
    first = candidates[0]
    assert not _sensitive(first.subheading), [c.code for c in candidates]
    if is_confident(candidates):
        assert first.hs in right
    else:
        assert right & {c.hs for c in candidates}, [c.code for c in candidates]
    for candidate in candidates:
        if candidate.sensitive:
            # Kept for review, never named by the word that is not the goods.
            assert not candidate.named, candidate.code
    result = CLASSIFIER.classify(text)
    assert result.hs is None or not _sensitive(result.hs)


# Sanctioned goods named as such keep their consequential heading first.
SANCTIONED = [
    ("T-72 main battle tank", "8710"),
    ("155 mm artillery shells", "9306"),
    ("crude petroleum, 80,000 barrels", "2709"),
    ("motor cars", "8703"),
    ("aviation kerosene jet fuel", "2710"),
    ("anthracite coal", "2701"),
    ("frozen oysters in shell", "0307"),
]


@pytest.mark.parametrize(("text", "heading"), SANCTIONED)
def test_sanctioned_goods_named_as_such_stay_in_their_consequential_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and _sensitive(first.subheading) and first.named, first.code
