"""A word a heading's text uses only for what its goods serve or fit names none of its goods.

A heading of "zorblets, of a kind used on quandrix carts" lists zorblets: a description of "quandrix carts" does not
name its goods, though the heading's text uses the word; a heading that lists the carts themselves does. The words
after "for", "used", "suitable", "designed", "intended" and "parts of" up to the next comma or semicolon say what the
goods serve, unless the heading's text also lists them as goods ("flimbars; parts of flimbars").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import sanctioneer.hs.naming as naming
from sanctioneer.hs.head import Parse
from sanctioneer.hs.nomenclature import Entry, Nomenclature

_HEADINGS = {
    "9981": "Zorblets, of a kind used on quandrix carts",
    "9982": "Quandrix carts, for the transport of persons",
    "9983": "Flimbars; parts of flimbars",
    "9984": "Mountings suitable for dravels",
    "9985": "Machinery for working plonk",
}
_SUBHEADINGS = {"998110": "Zorblets; of a kind used on quandrix carts (including grell wagons)"}


def _caches() -> None:
    for cached in (naming._vocabulary, naming._serves, naming._bound):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def invented_nomenclature(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    nomenclature = Nomenclature(
        chapters={},
        headings={code: Entry(code, text) for code, text in _HEADINGS.items()},
        subheadings={code: Entry(code, text) for code, text in _SUBHEADINGS.items()},
        children={"9981": ("998110",)},
    )
    monkeypatch.setattr(naming, "load_nomenclature", lambda: nomenclature)
    _caches()
    yield
    monkeypatch.undo()
    _caches()


def _names(words: tuple[str, ...], heading: str) -> str | None:
    return naming.names_goods(Parse(words[-1], words), heading, [], [])


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        (("quandrix", "cart"), "9981"),
        (("cart",), "9981"),
        (("grell", "wagon"), "9981"),
        (("dravel",), "9984"),
        (("plonk",), "9985"),
    ],
)
def test_what_the_goods_serve_names_no_goods(words: tuple[str, ...], heading: str) -> None:
    assert _names(words, heading) is None


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        (("zorblet",), "9981"),
        (("quandrix", "cart"), "9982"),
        (("flimbar",), "9983"),
        (("mounting",), "9984"),
        (("machinery",), "9985"),
    ],
)
def test_the_goods_listed_are_named(words: tuple[str, ...], heading: str) -> None:
    assert _names(words, heading) == f"the nomenclature's words for {heading[:2]}.{heading[2:]}: {words[-1]}"
