"""The rulebook loader: the shipped rulebook loads; each malformed file is refused with file, key path and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctioneer.errors import RulebookError
from sanctioneer.rulebook import default_rulebook_dir, load_rulebook

REGIME = """\
regime:
  id: un-dprk
  name: test regime
  target: KP
  target_name: the DPRK
  version: "1"
  committee: a committee
  source: a source
"""

INSTRUMENT = """\
instrument:
  symbol: S/RES/2397 (2017)
  regime: un-dprk
  adopted: "2017-12-22"
  url: https://undocs.org/S/RES/2397(2017)
  title: a title
  source: a source
"""

MEASURE = """\
measures:
  kp-vehicles-to:
    title: vehicles
    paragraph: "7"
    direction: to
    reason: because
    goods:
      - label: vehicles
        hs: ["86-89"]
    history:
      "2017-12-22": prohibited
    source: the text
    verified: true
"""


def write(tmp_path: Path, instrument_file: str) -> Path:
    (tmp_path / "regime.yaml").write_text(REGIME, encoding="utf-8")
    (tmp_path / "kp.yaml").write_text(instrument_file, encoding="utf-8")
    return tmp_path


def test_the_shipped_rulebook_loads_with_every_resolution() -> None:
    rulebook = load_rulebook(default_rulebook_dir())
    symbols = [i.symbol for i in rulebook.instruments]
    assert symbols == [
        "S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2087 (2013)", "S/RES/2094 (2013)", "S/RES/2270 (2016)",
        "S/RES/2321 (2016)", "S/RES/2371 (2017)", "S/RES/2375 (2017)", "S/RES/2397 (2017)",
    ]
    assert rulebook.version.startswith("un-dprk@")
    vehicles = rulebook.measure("kp-vehicles-to")
    assert (vehicles.citation.instrument, vehicles.citation.paragraph) == ("S/RES/2397 (2017)", "7")
    assert vehicles.citation.url == "https://undocs.org/S/RES/2397(2017)"


def test_every_measure_states_its_source_and_every_unverified_one_says_so() -> None:
    rulebook = load_rulebook(default_rulebook_dir())
    for measure in rulebook.measures:
        assert measure.source, measure.id
        assert measure.citation.adopted <= measure.start, measure.id
        if not measure.verified:
            assert "not" in measure.source.lower() or "quoted" in measure.source.lower(), measure.id


def test_a_valid_minimal_rulebook_loads(tmp_path: Path) -> None:
    rulebook = load_rulebook(write(tmp_path, INSTRUMENT + MEASURE))
    assert [m.id for m in rulebook.measures] == ["kp-vehicles-to"]


def test_the_version_changes_when_a_file_changes(tmp_path: Path) -> None:
    first = load_rulebook(write(tmp_path, INSTRUMENT + MEASURE)).version
    second = load_rulebook(write(tmp_path, INSTRUMENT + MEASURE.replace("because", "since"))).version
    assert first != second


BAD = [
    ("bad date", MEASURE.replace('"2017-12-22": prohibited', '"2017-31-12": prohibited'),
     ["kp.yaml", "measures.kp-vehicles-to.history", "'2017-31-12' is not a date", "YYYY-MM-DD"]),
    ("unknown key", MEASURE.replace("    verified: true", "    verified: true\n    colour: red"),
     ["kp.yaml", "measures.kp-vehicles-to", "unknown key 'colour'"]),
    ("duplicate key", MEASURE.replace("    reason: because", "    reason: because\n    reason: again"),
     ["kp.yaml", "duplicate key 'reason'"]),
    ("bad effect", MEASURE.replace('": prohibited', '": banned'),
     ["kp.yaml", "history", "expected one of permitted, review, prohibited", "'banned'"]),
    ("bad hs range", MEASURE.replace('["86-89"]', '["89-86"]'),
     ["kp.yaml", "measures.kp-vehicles-to.goods[0].hs[0]", "runs backwards"]),
    ("mixed precision", MEASURE.replace('["86-89"]', '["86-8905"]'),
     ["kp.yaml", "goods[0].hs[0]", "mixes precisions"]),
    ("missing key", MEASURE.replace("    paragraph: \"7\"\n", "").replace("    direction: to\n", ""),
     ["kp.yaml", "measures.kp-vehicles-to", "missing required key 'direction'"]),
    ("bad direction", MEASURE.replace("direction: to", "direction: sideways"),
     ["kp.yaml", "direction", "expected one of to, from, both"]),
    ("dangling supersession",
     MEASURE.replace("    verified: true", "    verified: true\n    superseded_by: [kp-nothing]"),
     ["kp.yaml", "superseded_by", "'kp-nothing'", "not in the rulebook"]),
    ("before adoption", MEASURE.replace('"2017-12-22": prohibited', '"2017-01-01": prohibited'),
     ["kp.yaml", "history", "before S/RES/2397 (2017) was adopted"]),
    ("empty clause", MEASURE.replace('        hs: ["86-89"]\n', ""),
     ["kp.yaml", "goods[0]", "needs `hs` ranges, `terms`, or both"]),
    ("not a boolean", MEASURE.replace("verified: true", "verified: maybe"),
     ["kp.yaml", "verified", "expected true or false"]),
    ("bad threshold currency",
     MEASURE.replace('        hs: ["86-89"]\n',
                     '        hs: ["86-89"]\n        threshold: {above: {amount: "2", currency: DOLLARS}}\n'),
     ["kp.yaml", "threshold.above.currency", "ISO 4217"]),
    ("alias", MEASURE.replace('        hs: ["86-89"]\n', '        hs: &x ["86-89"]\n        terms: *x\n'),
     ["kp.yaml", "aliases", "not allowed"]),
    ("not yaml", "measures: [unclosed\n", ["kp.yaml", "not valid YAML", "line"]),
]


@pytest.mark.parametrize(("case", "measures", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_malformed_rulebook_is_refused_with_file_path_and_fix(
    tmp_path: Path, case: str, measures: str, words: list[str]
) -> None:
    text = measures if case == "not yaml" else INSTRUMENT + measures
    with pytest.raises(RulebookError) as raised:
        load_rulebook(write(tmp_path, text))
    message = str(raised.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_an_item_extending_an_unknown_measure_is_refused(tmp_path: Path) -> None:
    items = """\
items:
  - id: an-item
    extends: kp-missing
    label: thing
    goods: [{label: thing, hs: ["8703"]}]
    source: text
    verified: true
"""
    with pytest.raises(RulebookError, match=r"kp\.yaml: items\[0\]\.extends: no measure 'kp-missing'"):
        load_rulebook(write(tmp_path, INSTRUMENT + MEASURE + items))


def test_a_directory_without_a_regime_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kp.yaml").write_text(INSTRUMENT + MEASURE, encoding="utf-8")
    with pytest.raises(RulebookError, match="no regime file"):
        load_rulebook(tmp_path)


def test_a_measure_defined_twice_across_files_is_refused(tmp_path: Path) -> None:
    write(tmp_path, INSTRUMENT + MEASURE)
    other = INSTRUMENT.replace("2397 (2017)", "2375 (2017)").replace("2017-12-22", "2017-09-11") + MEASURE.replace(
        '"2017-12-22"', '"2017-09-11"')
    (tmp_path / "other.yaml").write_text(other, encoding="utf-8")
    with pytest.raises(RulebookError, match="already defined in"):
        load_rulebook(tmp_path)


LISTS = """\
goods_lists:
  food:
    title: Food
    source: the nomenclature
    entries:
      - hs: ["1006"]
        label: rice
"""

CATCH_ALL = MEASURE.replace('        hs: ["86-89"]\n', '        hs: ["01-97"]\n        except_lists: [food]\n')

BAD_LISTS = [
    ("unknown list", "", CATCH_ALL,
     ["kp.yaml", "goods[0].except_lists[0]", "no goods list 'food' in the rulebook", "goods_lists"]),
    ("unknown key in a list", LISTS.replace("    title: Food\n", "    title: Food\n    colour: red\n"), CATCH_ALL,
     ["lists.yaml", "goods_lists.food", "unknown key 'colour'"]),
    ("bad range in a list", LISTS.replace('["1006"]', '["1006-1001"]'), CATCH_ALL,
     ["lists.yaml", "goods_lists.food.entries[0].hs[0]", "runs backwards"]),
    ("empty list", LISTS.replace('      - hs: ["1006"]\n        label: rice\n', "      []\n").replace(
        "    entries:\n      []", "    entries: []"), CATCH_ALL,
     ["lists.yaml", "goods_lists.food.entries", "at least one entry"]),
    ("list entry without label", LISTS.replace("        label: rice\n", ""), CATCH_ALL,
     ["lists.yaml", "goods_lists.food.entries[0]", "missing required key 'label'"]),
    ("clause direction", LISTS, CATCH_ALL.replace("        except_lists: [food]\n",
                                                  "        except_lists: [food]\n        direction: both\n"),
     ["kp.yaml", "goods[0].direction", "expected one of to, from"]),
    ("reach without terms", "", MEASURE.replace("    verified: true", "    verified: true\n    reach: {outside: []}"),
     ["kp.yaml", "measures.kp-vehicles-to.reach", "missing required key 'terms'"]),
    ("out of scope without reason", "", MEASURE.replace(
        "    verified: true", '    verified: true\n    reach: {terms: [boats], outside: [{hs: ["9617"]}]}'),
     ["kp.yaml", "reach.outside[0]", "missing required key 'reason'"]),
    ("unknown key in reach", "",
     MEASURE.replace("    verified: true", "    verified: true\n    reach: {terms: [x], words: [y]}"),
     ["kp.yaml", "measures.kp-vehicles-to.reach", "unknown key 'words'"]),
]


@pytest.mark.parametrize(("case", "lists", "measures", "words"), BAD_LISTS, ids=[b[0] for b in BAD_LISTS])
def test_a_malformed_goods_list_or_reach_is_refused_with_file_path_and_fix(
    tmp_path: Path, case: str, lists: str, measures: str, words: list[str]
) -> None:
    if lists:
        (tmp_path / "lists.yaml").write_text(lists, encoding="utf-8")
    with pytest.raises(RulebookError) as raised:
        load_rulebook(write(tmp_path, INSTRUMENT + measures))
    message = str(raised.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_a_clause_excepting_a_list_loads_with_the_list(tmp_path: Path) -> None:
    (tmp_path / "lists.yaml").write_text(LISTS, encoding="utf-8")
    rulebook = load_rulebook(write(tmp_path, INSTRUMENT + CATCH_ALL))
    clause = rulebook.measure("kp-vehicles-to").goods[0]
    assert [g.name for g in clause.except_lists] == ["food"]
    assert [g.name for g in rulebook.goods_lists] == ["food"]


def test_a_goods_list_defined_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lists.yaml").write_text(LISTS, encoding="utf-8")
    (tmp_path / "more-lists.yaml").write_text(LISTS, encoding="utf-8")
    with pytest.raises(RulebookError, match="goods list 'food' is defined twice"):
        load_rulebook(write(tmp_path, INSTRUMENT + CATCH_ALL))


def test_every_packaged_rulebook_file_passes_the_checks_input_files_get() -> None:
    # The packaged files skip the alias, tag and depth scan at start-up: they must pass it here.
    from sanctioneer.safeyaml import read_yaml

    files = sorted(default_rulebook_dir().glob("*.yaml"))
    assert files
    for path in files:
        assert read_yaml(path.read_text("utf-8"), name=path.name) == read_yaml(
            path.read_text("utf-8"), name=path.name, packaged=True
        ), path.name


def test_a_copy_of_the_packaged_rulebook_elsewhere_is_checked_in_full(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "rulebook"
    shutil.copytree(default_rulebook_dir(), copy)
    regime = copy / "un-dprk.yaml"
    regime.write_text(regime.read_text("utf-8") + "\nextra: &anchor [1]\nagain: *anchor\n", "utf-8")
    with pytest.raises(RulebookError, match="aliases"):
        load_rulebook(copy)
