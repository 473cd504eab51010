"""List readers never fail but with a ListError, whatever bytes or JSON they are given."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sanctioneer.errors import ListError
from sanctioneer.parties.ftm import parse_ftm
from sanctioneer.parties.unsc import parse_un_xml

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
_ENTITY = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=8), _JSON), "schema": st.sampled_from(["Person", "Vessel", "Sanction", "Other"])},
    optional={"properties": st.dictionaries(st.sampled_from(["name", "alias", "birthDate", "entity", "listingDate"]),
                                            _JSON, max_size=4),
              "last_change": _JSON},
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_ENTITY, _JSON), min_size=1, max_size=5))
def test_ftm_lines_give_a_snapshot_or_a_list_error(records: list[Any]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode()
    try:
        snapshot = parse_ftm(data, where="fuzz.json", list_id="ftm:fuzz")
    except ListError as exc:
        assert str(exc).startswith("fuzz.json")
    else:
        assert snapshot.designations and all(d.name for d in snapshot.designations)


_TAGS = st.sampled_from(["INDIVIDUALS", "INDIVIDUAL", "ENTITIES", "ENTITY", "REFERENCE_NUMBER", "FIRST_NAME",
                         "LISTED_ON", "DATAID", "INDIVIDUAL_ALIAS", "ALIAS_NAME", "INDIVIDUAL_DATE_OF_BIRTH", "DATE"])
_ELEMENT = st.recursive(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12).map(
        lambda t: t.replace("&", "&amp;").replace("<", "&lt;")),
    lambda inner: st.tuples(_TAGS, st.lists(inner, max_size=3)).map(
        lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0]}>"),
    max_leaves=15,
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=25), st.lists(_ELEMENT, max_size=4), st.binary(max_size=20))
def test_un_xml_gives_a_snapshot_or_a_list_error(stamp: str, body: list[str], junk: bytes) -> None:
    attribute = stamp.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    for data in (f'<CONSOLIDATED_LIST dateGenerated="{attribute}">{"".join(body)}</CONSOLIDATED_LIST>'.encode(),
                 junk):
        try:
            parse_un_xml(data, where="fuzz.xml")
        except ListError as exc:
            assert str(exc).startswith("fuzz.xml: ")
