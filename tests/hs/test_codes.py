"""HS codes and ranges: parsing, precision and how a code sits in a range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctioneer.errors import InputError
from sanctioneer.hs.codes import Relation, format_hs, normalise_hs, parse_range


@pytest.mark.parametrize(("raw", "digits"), [("8703", "8703"), ("8703.23", "870323"), ("8703.23.01.90", "8703230190"),
                                             ("87", "87"), (" 0305 59 ", "030559"), (8703, "8703")])
def test_codes_are_read_with_or_without_separators(raw: object, digits: str) -> None:
    assert normalise_hs(raw) == digits


@pytest.mark.parametrize(("raw", "words"), [("870", "3 digits"), ("87a3", "digits"), ("", "made of digits"),
                                            ("١٢٣٤", "digits"), (None, "as text")])
def test_bad_codes_are_refused_with_the_fix(raw: object, words: str) -> None:
    with pytest.raises(InputError, match=words):
        normalise_hs(raw, where="goods[0].hs")


@pytest.mark.parametrize(("hs_range", "code", "relation"), [
    ("86-89", "8703", Relation.INSIDE),
    ("86-89", "87032301", Relation.INSIDE),
    ("86-89", "85", Relation.OUTSIDE),
    ("86-89", "90", Relation.OUTSIDE),
    ("2709", "27", Relation.OVERLAPS),
    ("2709", "2710", Relation.OUTSIDE),
    ("2710.12-2710.19", "2710", Relation.OVERLAPS),
    ("2710.12-2710.19", "271019", Relation.INSIDE),
    ("2710.12-2710.19", "271020", Relation.OUTSIDE),
    ("72-83", "77", Relation.INSIDE),
])
def test_a_code_sits_inside_overlaps_or_is_outside_a_range(hs_range: str, code: str, relation: Relation) -> None:
    assert parse_range(hs_range).relation(code) is relation


def test_ranges_print_as_people_write_them() -> None:
    assert str(parse_range("2710.12-2710.19")) == "2710.12-2710.19"
    assert format_hs("870323") == "8703.23"


@given(st.text(max_size=20))
def test_parsing_any_text_either_works_or_says_why(raw: str) -> None:
    try:
        digits = normalise_hs(raw)
    except InputError as exc:
        assert exc.where == "hs"
    else:
        assert digits.isdigit() and len(digits) in (2, 4, 6, 8, 10)
