"""Corroboration by transposing acts: read strictly, shown by `rulebook show`, never taken for verification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.errors import RulebookError
from sanctioneer.rulebook import default_rulebook_dir, load_rulebook
from tests.rulebook.test_loader import INSTRUMENT, MEASURE, REGIME

TRANSPOSITIONS = """\
transpositions:
  - name: An Act
    title: the act that carries the measures
    url: https://example.org/act
    version: consolidated text
    source: read in full
"""

CORROBORATION = """\
    corroboration:
      - instrument: An Act
        where: Article 1, Annex A
        corroborates: [scope, dates]
        difference: the annex lists chapter 90 too
        resolution: the act goes beyond the resolution
"""


def write(tmp_path: Path, *, regime: str = REGIME + TRANSPOSITIONS, corroboration: str = CORROBORATION) -> Path:
    (tmp_path / "regime.yaml").write_text(regime, encoding="utf-8")
    measure = MEASURE.replace("    source: the text\n", corroboration + "    source: the text\n")
    (tmp_path / "kp.yaml").write_text(INSTRUMENT + measure, encoding="utf-8")
    return tmp_path


def test_a_corroboration_is_read_with_its_act_place_confirmations_and_resolution(tmp_path: Path) -> None:
    rulebook = load_rulebook(write(tmp_path))
    [entry] = rulebook.measure("kp-vehicles-to").corroboration
    assert (entry.instrument, entry.where, entry.corroborates) == ("An Act", "Article 1, Annex A", ("scope", "dates"))
    assert entry.difference == "the annex lists chapter 90 too"
    assert entry.resolution == "the act goes beyond the resolution"
    assert [t.name for t in rulebook.transpositions] == ["An Act"]


BAD = [
    ("unknown key", CORROBORATION.replace("        where:", "        colour: red\n        where:"),
     ["kp.yaml", "measures.kp-vehicles-to.corroboration[0]", "unknown key 'colour'"]),
    ("unknown act", CORROBORATION.replace("instrument: An Act", "instrument: Another Act"),
     ["kp.yaml", "corroboration[0].instrument", "no transposing act 'Another Act'", "An Act"]),
    ("bad confirmation", CORROBORATION.replace("[scope, dates]", "[scope, colour]"),
     ["kp.yaml", "corroboration[0].corroborates[1]", "expected one of scope, dates, paragraph, exemptions"]),
    ("nothing confirmed", CORROBORATION.replace("[scope, dates]", "[]"),
     ["kp.yaml", "corroboration[0].corroborates", "expected at least one of"]),
    ("twice confirmed", CORROBORATION.replace("[scope, dates]", "[scope, scope]"),
     ["kp.yaml", "corroboration[0].corroborates", "names the same thing twice"]),
    ("difference without resolution",
     CORROBORATION.replace("        resolution: the act goes beyond the resolution\n", ""),
     ["kp.yaml", "corroboration[0]", "has `difference` without `resolution`", "how it was settled"]),
    ("missing place", CORROBORATION.replace("        where: Article 1, Annex A\n", ""),
     ["kp.yaml", "corroboration[0]", "missing required key 'where'"]),
]


@pytest.mark.parametrize(("case", "corroboration", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_malformed_corroboration_is_refused_with_file_path_and_fix(
    tmp_path: Path, case: str, corroboration: str, words: list[str]
) -> None:
    with pytest.raises(RulebookError) as raised:
        load_rulebook(write(tmp_path, corroboration=corroboration))
    message = str(raised.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


@pytest.mark.parametrize(("case", "transpositions", "words"), [
    ("plain http", TRANSPOSITIONS.replace("https://", "http://"),
     ["regime.yaml", "transpositions[0].url", "expected an https:// address"]),
    ("unknown key", TRANSPOSITIONS.replace("    source:", "    colour: red\n    source:"),
     ["regime.yaml", "transpositions[0]", "unknown key 'colour'"]),
    ("listed twice", TRANSPOSITIONS + TRANSPOSITIONS.replace("transpositions:\n", ""),
     ["regime.yaml", "transpositions[1].name", "'An Act' is listed twice"]),
], ids=["plain http", "unknown key", "listed twice"])
def test_a_malformed_transposing_act_is_refused(tmp_path: Path, case: str, transpositions: str,
                                                words: list[str]) -> None:
    with pytest.raises(RulebookError) as raised:
        load_rulebook(write(tmp_path, regime=REGIME + transpositions))
    message = str(raised.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_a_regime_without_transposing_acts_refuses_any_corroboration(tmp_path: Path) -> None:
    with pytest.raises(RulebookError, match=r"no transposing act 'An Act' in the regime file"):
        load_rulebook(write(tmp_path, regime=REGIME))


LATER = ("S/RES/2270 (2016)", "S/RES/2321 (2016)", "S/RES/2371 (2017)", "S/RES/2375 (2017)", "S/RES/2397 (2017)")


def test_every_later_measure_and_item_names_the_transposing_law_that_corroborates_it() -> None:
    rulebook = load_rulebook(default_rulebook_dir())
    later = [m for m in rulebook.measures if m.citation.instrument in LATER and m.goods]
    items = [i for i in rulebook.items if i.citation.instrument in LATER]
    assert later and items
    for entry in (*later, *items):
        assert entry.corroboration, f"{entry.id} names no transposing act"
        acts = {c.instrument for c in entry.corroboration}
        assert acts & {"Regulation (EU) 2017/1509", "SOR/2006-287"}, entry.id


def test_rulebook_show_gives_the_corroboration_with_its_difference_and_resolution(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rulebook", "show", "kp-metals-from-2321"]) == 0
    shown = capsys.readouterr().out
    assert "corroborated by Regulation (EU) 2017/1509, Article 3(1)(g) and Annex VII: scope" in shown
    assert "difference: Annex VII lists in full ferro-nickel" in shown
    assert "resolution: Ferro-nickel and copper winding wire added to the scope" in shown
    assert "corroborated by SOR/2006-287, section 10(2)(b): scope" in shown


def test_rulebook_show_json_carries_the_corroboration_of_items_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rulebook", "show", "kp-luxury-to", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    crystal = next(i for i in shown["items"] if i["id"] == "kp-2270-v-lead-crystal")
    eu = next(c for c in crystal["corroboration"] if c["instrument"] == "Regulation (EU) 2017/1509")
    assert eu["where"] == "Article 10, Annex VIII point (14)" and eu["corroborates"] == ["scope"]
    assert "7009.91" in eu["resolution"] or "7009.91" in eu["difference"]
