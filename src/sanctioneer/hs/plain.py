"""Goods named plainly: a description that is wholly one gazetteer term, as reports and lists name goods.

"Artillery shells", "refined petroleum", "horses": the words are the name of the goods and nothing else. The trained
model, fitted on customs rulings and tariff lines, where goods are described at length, rarely saw such names alone,
and the other sources that read words (tariff lines, labelled examples) seldom rank them first; the name itself is
the evidence. `plain_term` says when a description is such a name and the name stands for one heading only.
A report's words name goods in their everyday sense: `everyday_term` answers such a name outside the consequential
ranges when no ban tells its readings apart, `stricter_term` one whose heading is consequential in full.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctioneer.hs.codes import HsRange, Relation, touches_any
from sanctioneer.hs.gazetteer import Gazetteer, Term, TermHit, term_key
from sanctioneer.hs.naming import listed_bare, listed_by
from sanctioneer.hs.nomenclature import load_nomenclature

__all__ = [
    "CLASS_HEADINGS", "PLAIN_KINDS", "QUALITY_WORDS", "everyday_term", "nomenclature_word", "plain_term",
    "stricter_term",
]

#: The kinds of gazetteer terms that name goods themselves (not a maker's name, a material, or a loose word).
PLAIN_KINDS = frozenset({"goods", "model"})

#: Words before a name that say how good, new or recent the goods are, never which goods they are ("used
#: excavators", "advanced ballistic missiles"). Words of state ("frozen", "crude", "refined") are not among them:
#: they may decide the heading.
QUALITY_WORDS = frozenset({
    "new", "brand", "used", "old", "second", "hand", "secondhand", "refurbished", "surplus", "genuine", "original",
    "quality", "grade", "high", "top", "premium", "advanced", "modern", "sophisticated", "latest", "complete",
})

#: In how many headings' own texts the nomenclature must use a term's words for the term to name a class of goods
#: that several headings share, not goods ("machine tools": 84.56 to 84.66 and tools of 82.05 and 82.07).
CLASS_HEADINGS = 8


@lru_cache(maxsize=1)
def _heading_words() -> tuple[tuple[str, ...], ...]:
    return tuple(term_key(entry.description) for entry in load_nomenclature().headings.values())


#: Words after which a heading's text says what its goods come from, serve or hold, not which goods they are: "Meat of
#: horses" are no horses.
_NOT_THE_GOODS = frozenset({"of", "for", "from", "with", "in", "on", "to", "containing", "including"})


#: Words that open a part of a heading's text naming goods the heading leaves out, not its goods: "cereals (other than
#: maize (corn))" of 19.04 names no corn of 19.04.
_LEFT_OUT = (("other", "than"), ("not",), ("excluding",), ("except",))
#: Words that open a part giving examples of the heading's goods: each example names goods by its last words, those
#: before saying what they are made of ("(e.g. corn flakes)" of 19.04 names flakes, not corn).
_EXAMPLES = (("e", "g"), ("eg",))


def _opens(words: list[str], leads: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    return next((lead for lead in leads if tuple(words[: len(lead)]) == lead), None)


#: A run of a heading's words that name its goods, and whether the words must end it (an example's).
_Run = tuple[tuple[str, ...], bool]


@lru_cache(maxsize=1)
def _heading_goods_words() -> dict[str, tuple[_Run, ...]]:
    """Each heading's text cut into the runs of words that name its goods, each run ending before a word that says what
    the goods come from or serve ("Meat of horses": "meat"), leaving out the parts that exclude goods, with what is in
    brackets within them, and taking each example of a part that gives examples as a run its words must end."""
    found: dict[str, tuple[_Run, ...]] = {}
    for code, entry in load_nomenclature().headings.items():
        runs: list[_Run] = []
        depth, left_out = 0, None
        for part in re.split(r"([;()])", entry.description):
            if part in ("(", ")", ";"):
                depth += {"(": 1, ")": -1}.get(part, 0)
                if left_out is not None and (depth < left_out or (part == ";" and depth == left_out)):
                    left_out = None
                continue
            words = _words(part)
            if left_out is None and _opens(words, _LEFT_OUT):
                left_out = depth
            if left_out is not None:
                continue
            lead = _opens(words, _EXAMPLES)
            if lead is not None:
                for i, item in enumerate(re.split(r",|\band\b|\bor\b", part.lower())):
                    item_words = _words(item)
                    runs.append((_goods_run(item_words[len(lead):] if i == 0 else item_words), True))
                continue
            runs.append((_goods_run(words), False))
        found[code] = tuple(runs)
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())


def _goods_run(words: list[str]) -> tuple[str, ...]:
    cut = next((i for i, word in enumerate(words) if word in _NOT_THE_GOODS), len(words))
    return term_key(" ".join(words[:cut]))


@lru_cache(maxsize=4096)
def nomenclature_word(key: tuple[str, ...], heading: str) -> bool:
    """True when the words `key` name goods in the text of `heading` and of no other heading ("missiles": 93.06;
    "horses": 01.01, the meat of 02.05 being of horses): the nomenclature's own name for this heading's goods."""
    size = len(key)

    def names(runs: tuple[_Run, ...]) -> bool:
        return any(run[len(run) - size:] == key if last else
                   any(run[i : i + size] == key for i in range(len(run) - size + 1)) for run, last in runs)

    return bool(key) and [code for code, runs in _heading_goods_words().items() if names(runs)] == [heading]


@lru_cache(maxsize=4096)
def _class_name(key: tuple[str, ...]) -> bool:
    """True when the nomenclature uses the words in the texts of `CLASS_HEADINGS` headings or more."""
    size = len(key)
    found = sum(any(words[i : i + size] == key for i in range(len(words) - size + 1)) for words in _heading_words())
    return found >= CLASS_HEADINGS


def plain_term(goods: str, hits: list[TermHit], gazetteer: Gazetteer) -> str | None:
    """The heading a description wholly one gazetteer term names, or None.

    The description must be one term of goods or of a maker's model, plural or singular, after words of quality
    alone (`QUALITY_WORDS`; a report's country words are taken off before, `evidence.goods_phrases.goods_words`),
    and the term must stand for one heading: no other term that ends with its words and so qualifies it names
    another ("rifle" is 93.03, but "assault rifle" 93.01 and "air rifle" 93.04: "rifles" alone leaves the
    heading open, "artillery shells" does not), nor does the nomenclature use its words for a class of goods
    several headings share (`CLASS_HEADINGS`: "machine tools").
    """
    term = _whole_term(goods, hits)
    if term is None:
        return None
    key = term_key(term.text)
    if gazetteer.headings_ending(key) != {term.code[:4]} or _class_name(key):
        return None
    return term.code[:4]


def everyday_term(
    goods: str, hits: list[TermHit], gazetteer: Gazetteer, sensitive: tuple[HsRange, ...],
    broad: tuple[HsRange, ...] | None = None,
) -> str | None:
    """The heading of a report's words that are wholly one gazetteer term of goods outside the consequential ranges,
    whose other readings no ban tells apart from it, or None.

    A report names goods in their everyday sense, with no tariff line above the words: "fertilizer" is that of 31.05,
    though "potash fertilizer" is 31.04; "sugar" is the sugar of 17.01, though milk with added sugar is 04.02 and
    chemically pure sugars 29.40. The term's words are read as `plain_term` reads them, and the other headings that
    terms qualifying it name, and those whose own nomenclature text lists its one word as goods, leave the heading open
    when a mistake among them could let banned goods pass: when one of them is consequential ("rifles": the assault
    rifles of 93.01; "vans": the passenger vans of 87.03), or when, in another chapter, a ban of a whole chapter or
    more (`broad`, `rulebook.sensitive.broad_ranges`) reaches it and not the term's heading ("cigarettes": the
    electronic ones of 85.43, under the machinery ban; "trucks": the fork-lift trucks of 84.27). Readings of the term's
    own chapter are reached by such a ban alike, and a reading in another chapter that no such ban reaches changes no
    verdict if it is the goods, or makes it only stricter ("mushrooms": the preserved ones of 20.03). Without `broad`
    ranges every reading in another chapter leaves the heading open. Words with `CLASS_HEADINGS` readings or more name
    a class of goods, not goods ("salt"). Without `sensitive` ranges no heading is known to be harmless, and none is
    answered.
    """
    term = _whole_term(goods, hits)
    if term is None or not sensitive:
        return None
    key = term_key(term.text)
    heading = term.code[:4]
    readings = {heading} | gazetteer.headings_ending(key) | (listed_by(key[0]) if len(key) == 1 else frozenset())
    if len(readings) >= CLASS_HEADINGS or any(
        touches_any(reading, sensitive) or _banned_apart(reading, heading, broad) for reading in readings
    ):
        return None
    return heading


def _banned_apart(reading: str, heading: str, broad: tuple[HsRange, ...] | None) -> bool:
    """True when a reading in another chapter than the heading's may be banned where the heading is not: a range of
    `broad` reaches it and not the heading (with `broad` unknown, any reading in another chapter)."""
    if reading[:2] == heading[:2]:
        return False
    if broad is None:
        return True
    return any(
        r.relation(reading) is not Relation.OUTSIDE and r.relation(heading) is Relation.OUTSIDE for r in broad
    )


def stricter_term(goods: str, hits: list[TermHit], gazetteer: Gazetteer, sensitive: tuple[HsRange, ...]) -> str | None:
    """The heading of a report's words that are wholly one gazetteer term of goods of a heading wholly consequential,
    which no heading outside the consequential ranges takes as its own bare word, or None.

    "Cars" are the motor cars of 87.03, a heading the rulebook makes consequential in full: the word names them, though
    the tyres of 40.11, "of a kind used on motor cars", share it in the nomenclature, and though the nomenclature lists
    cars of other goods under a word that says which ("pedal cars" of 95.03). A mistake here makes a verdict stricter,
    never lets banned goods pass. The heading must lie wholly inside a consequential range (a heading only partly in
    one needs its subheading chosen, `naming.names_goods`), the term's words must have fewer than `CLASS_HEADINGS`
    readings, and no heading outside the consequential ranges may list a one-word term bare as its goods
    (`naming.listed_bare`: "tanks" are also the reservoirs of 73.09, "lamps" the electric lamps of 85.39): there the
    word names innocent goods as plainly, and answering the consequential heading would be a false alarm.
    """
    term = _whole_term(goods, hits)
    if term is None or not sensitive:
        return None
    key = term_key(term.text)
    heading = term.code[:4]
    if not any(r.relation(heading) is Relation.INSIDE for r in sensitive):
        return None
    listed = listed_by(key[0]) if len(key) == 1 else frozenset()
    if len({heading} | gazetteer.headings_ending(key) | listed) >= CLASS_HEADINGS:
        return None
    if len(key) == 1 and any(not touches_any(code, sensitive) for code in listed_bare(key[0])):
        return None
    return heading


def _whole_term(goods: str, hits: list[TermHit]) -> Term | None:
    """The one gazetteer term of goods or of a maker's model the description wholly is, after words of quality alone
    (`QUALITY_WORDS`), or None."""
    if len(hits) != 1 or hits[0].term.kind not in PLAIN_KINDS:
        return None
    term = hits[0].term
    key = term_key(term.text)
    words = term_key(goods)
    if not key or len(words) < len(key) or words[len(words) - len(key):] != key:
        return None
    before = words[: len(words) - len(key)]
    if any(word not in QUALITY_WORDS for word in before):
        return None
    # "high" and "top" say how good only before "quality" or "grade".
    if any(word in ("high", "top") and before[i + 1: i + 2] not in (("quality",), ("grade",))
           for i, word in enumerate(before)):
        return None
    return term
