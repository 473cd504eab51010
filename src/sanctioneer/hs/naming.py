"""Whether a description names the goods of a heading: its head noun is the heading's own word.

"Women's tank top" names a top, not a tank. A heading's goods are named when a maker's model for
it stands in the head noun phrase, when a rule that reads the head noun gives the heading, when a
gazetteer term for it ends at the head noun with the other modifiers saying nothing of other goods,
or when the head noun is one of the heading's own words in the nomenclature. Before it is read,
the head phrase loses trailing words that cannot name goods (`trim_head`): model numbers, "Pro",
form words ("chunks") and participles ("canned").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from sanctioneer.hs.codes import HsRange, touches_any
from sanctioneer.hs.gazetteer import RuleHit, TermHit, fold, load_gazetteer, load_rules, term_key
from sanctioneer.hs.head import PARTICIPLE, STATES, Parse
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.hs.parts import PART_WORDS, parts_heading

if TYPE_CHECKING:
    from sanctioneer.hs.tariff import TariffIndex

__all__ = [
    "SET_WORDS", "chapter_words", "decides", "dotted_heading", "heading_words", "listed_bare", "listed_by",
    "material_chapters",
    "names_goods", "other_material", "owned_by", "qualified", "states_only", "trim_head", "unheld", "unsaid_kind",
]


# Modifiers that say nothing about which goods these are.
_NEUTRAL = frozenset({
    "new", "used", "old", "second", "hand", "secondhand", "refurbished", "assorted", "various", "mixed", "complete",
    "genuine", "original", "s", "brand", "quality", "grade", "standard", "premium", "finished", "unfinished",
    "large", "small", "big", "heavy", "light", "one", "two", "three", "four", "five", "six", "ten", "dozen",
    "mm", "cm", "km", "kg", "inch", "ft", "cal", "calibre", "caliber", "liter", "ml", "ton", "meter", "gauge",
    # How the goods are made up or what they look like, not which goods: "padded guitar case", "soft lunch bag".
    "padded", "quilted", "zippered", "soft", "protective", "sided",
})
_NEUTRAL = _NEUTRAL | STATES


def dotted_heading(heading: str) -> str:
    return f"{heading[:2]}.{heading[2:]}"


@lru_cache(maxsize=2048)
def _vocabulary(heading: str) -> frozenset[str]:
    """The words the nomenclature and the gazetteer use for a heading's goods, singular."""
    from sanctioneer.hs.lexical import singular

    nomenclature = load_nomenclature()
    texts = [entry.description for code in (heading, *nomenclature.children.get(heading, ()))
             if (entry := nomenclature.entry(code)) is not None]
    words = {singular(w) for text in texts for w in _WORDS.findall(fold(text))}
    words.update(_term_words().get(heading, ()))
    return frozenset(words)


# Where a nomenclature text turns from the goods to what they serve or fit, up to the next comma or semicolon: "tyres,
# of a kind used on motor cars", "parts of footwear", "machinery for working rubber", "suitable for furniture".
_SERVES = re.compile(r"\b(?:for|used|suitable|designed|intended|(?:parts?|accessories) (?:of|for))\b([^;,]*)")


@lru_cache(maxsize=2048)
def _serves(heading: str) -> frozenset[str]:
    """The words a heading's texts use only for what its goods serve or fit, singular: never in a phrase of the goods
    they list (`sanctioneer.hs.head.listed_phrases`) nor at the end of a gazetteer term for them.

    The tyres of 40.11 are "of a kind used on motor cars": "car" says what the tyres fit, and a car is no tyre.
    """
    from sanctioneer.hs.head import listed_phrases
    from sanctioneer.hs.lexical import singular

    nomenclature = load_nomenclature()
    texts = [entry.description for code in (heading, *nomenclature.children.get(heading, ()))
             if (entry := nomenclature.entry(code)) is not None]
    listed = {word for text in texts for phrase in listed_phrases(text) for word in phrase}
    served = {singular(w) for text in texts for span in _SERVES.findall(fold(text)) for w in _WORDS.findall(span)}
    # A gazetteer term for the heading's goods that ends on the word makes it their name all the same.
    return frozenset(w for w in served - listed if heading not in _head_nouns().get(w, frozenset()))


@lru_cache(maxsize=1)
def _listers() -> dict[str, frozenset[str]]:
    """The codes (headings and subheadings) whose nomenclature text lists each word as the goods.

    "Reservoirs, tanks, vats and similar containers for any material ..., of iron or steel" lists
    reservoirs, tanks, vats and containers; "for any material" and "of iron or steel" say what they
    hold and are made of (`sanctioneer.hs.head.listed_goods`).
    """
    return {word: frozenset(codes) for word, codes in _qualifiers().items()}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, dict[str, frozenset[tuple[str, ...]]]]:
    """By word the nomenclature lists as goods, the codes that list it and the words before it in each listing.

    "Fire-extinguishers; ... charged fire-extinguishing grenades" lists grenades after "charged fire
    extinguishing": those are the grenades of 38.13, not every grenade.
    """
    from sanctioneer.hs.head import listed_phrases

    nomenclature = load_nomenclature()
    found: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for table in (nomenclature.headings, nomenclature.subheadings):
        for code, entry in table.items():
            for phrase in listed_phrases(entry.description):
                if _goods_word(phrase[-1]):
                    found.setdefault(phrase[-1], {}).setdefault(code, set()).add(phrase[:-1])
    return {word: {code: frozenset(before) for code, before in codes.items()} for word, codes in found.items()}


def _lists_plainly(word: str, heading: str, context: tuple[str, ...], headings_only: bool) -> bool:
    """True when a heading's texts list a word as goods with nothing before it that the description lacks.

    Words before it that say nothing of which goods (`_NEUTRAL`) or that the description also uses count
    as plain: "tanks" of 73.09 are listed bare, "floor coverings" of 39.18 after the description's "floor";
    the "charged fire-extinguishing grenades" of 38.13 are not what a description of "grenades" names.
    """
    listings = _qualifiers().get(word, {})
    return any(
        all(w in _NEUTRAL or w in context for w in before)
        for code, befores in listings.items() if code[:4] == heading and (not headings_only or len(code) == 4)
        for before in befores
    )


def _goods_word(word: str) -> bool:
    """True for a word that can be the goods: not a state ("fresh", "crude"), a number or a letter."""
    return word not in STATES and len(word) > 1 and not any(c.isdigit() for c in word)


#: A word the nomenclature lists as the goods of more headings than this ("articles", "machines", "apparatus")
#: names none of them by itself.
GENERIC_HEADINGS = 8


def listed_by(word: str) -> frozenset[str]:
    """The headings whose own nomenclature text lists a word (singular) as their goods: "flour" is listed by the
    cereal flours of 11.01 and 11.02 and the flours of meat of 23.01, among others."""
    return _listing(word, headings_only=True)


def listed_bare(word: str) -> frozenset[str]:
    """The headings whose own nomenclature text lists a word (singular) as their goods with nothing before it that says
    which: "tanks" of 73.09 ("Reservoirs, tanks, vats"), not the "pedal cars" of 95.03 for "car"."""
    return frozenset(code for code in listed_by(word) if _lists_plainly(word, code, (), True))


def _listing(word: str, *, headings_only: bool = False) -> frozenset[str]:
    """The headings whose nomenclature text lists a word as the goods (`_listers`); with `headings_only`, the
    heading's own text (the goods a heading is for), not its subheadings' (goods it holds among others)."""
    return frozenset(code[:4] for code in _listers().get(word, frozenset()) if not headings_only or len(code) == 4)


def _names_sensitive(
    word: str, heading: str, sensitive: tuple[HsRange, ...], *, headings_only: bool = False,
    context: tuple[str, ...] = (),
) -> bool:
    """True when a word alone names a consequential heading's goods.

    The word must be listed as the heading's goods, by few headings, and by none wholly outside the
    consequential ranges nor by a gazetteer term whose code is outside them, unless a word of the
    description (`context`) belongs to this heading's vocabulary and not to theirs, or to no other
    heading's at all: "ingots" of iron are sanctioned and ingots of stainless steel are not,
    "footwear" is also waterproof footwear of 64.01, and "articles" are the goods of hundreds of headings.
    With `headings_only` (a gazetteer term), only the headings' own texts count, not their subheadings'.
    """
    if heading not in _listing(word):
        return False
    # A word of the description that only this heading's texts and terms use names it: "isotopic separation".
    if any(_goods_word(w) and _users().get(w) == frozenset({heading}) for w in context):
        return True
    if len(_listing(word, headings_only=headings_only)) > GENERIC_HEADINGS:
        return False
    # The rest of the description may tell them apart: "shoes with textile uppers" are those of 64.04; "steel bars" of
    # no stated kind are not the stainless or alloy steel bars of 72.22 and 72.28 (`_unsaid_kind`).
    return all(
        _apart(heading, other, context) or not _lists_plainly(word, other, context, headings_only)
        for other in _listed_outside(word, sensitive, headings_only) - {heading}
        if other not in _term_codes_outside(word, sensitive) and not unsaid_kind(other, context)
    ) and all(
        _apart(heading, other, context) for other in _term_codes_outside(word, sensitive) - {heading}
        if not unsaid_kind(other, context)
    )


def _listed_outside(word: str, sensitive: tuple[HsRange, ...], headings_only: bool) -> set[str]:
    """The headings outside the consequential ranges whose texts (or gazetteer terms) list a word as the goods."""
    return {other for other in _listing(word, headings_only=headings_only) if not touches_any(other, sensitive)} | (
        _term_codes_outside(word, sensitive)
    )


def _term_codes_outside(word: str, sensitive: tuple[HsRange, ...]) -> set[str]:
    """The headings outside the consequential ranges that a gazetteer term ending with a word gives."""
    return {code[:4] for code in _term_codes().get(word, ()) if not touches_any(code, sensitive)}


def _apart(heading: str, other: str, context: tuple[str, ...]) -> bool:
    """True when a word of the description is one the heading's texts use and the other heading's do not."""
    return any(_goods_word(w) and w in _vocabulary(heading) and w not in _vocabulary(other) for w in context)


def _modifiers_name(
    word: str, heading: str, modifiers: tuple[str, ...], sensitive: tuple[HsRange, ...], *,
    headings_only: bool = False, context: tuple[str, ...] = (),
) -> bool:
    """True unless the words before a head noun fit as well a heading outside the consequential ranges that
    lists the same goods, and nothing else in the description tells the two apart.

    "Floor coverings" are those of plastics (39.18) as much as the textile ones of 57.02 to 57.05, "kitchen
    ware" that of aluminium (76.15) as much as that of copper (74.18), "sawing machines" the machine-tools for
    stone (84.64) as much as those for metal (84.61): the modifier says which goods, not which heading. A
    modifier the other heading's words do not use still names the goods ("hand-knotted carpets").
    """
    said = [w for w in modifiers if _goods_word(w) and w not in _NEUTRAL]
    if not said:
        return True
    return not any(
        all(w in _vocabulary(other) for w in said) and not _apart(heading, other, context)
        for other in _listed_outside(word, sensitive, headings_only) - {heading}
        if not unsaid_kind(other, context)
    )


def _headings_by_word(words_of: Callable[[str], Iterable[str]]) -> dict[str, frozenset[str]]:
    """The headings of the nomenclature whose `words_of` hold each word."""
    found: dict[str, set[str]] = {}
    for heading in load_nomenclature().headings:
        for word in words_of(heading):
            found.setdefault(word, set()).add(heading)
    return {word: frozenset(headings) for word, headings in found.items()}


@lru_cache(maxsize=1)
def _users() -> dict[str, frozenset[str]]:
    """The headings whose texts or gazetteer terms use each word (`_vocabulary`)."""
    return _headings_by_word(_vocabulary)


@lru_cache(maxsize=1)
def _term_codes() -> dict[str, frozenset[str]]:
    """The codes the gazetteer's terms give, by the last word of the term ("shoes": 6403.99, "tennis shoes": ...)."""
    found: dict[str, set[str]] = {}
    for term in load_gazetteer().terms:
        key = term_key(term.text)
        if key:
            found.setdefault(key[-1], set()).add(term.code)
    return {word: frozenset(codes) for word, codes in found.items()}


@lru_cache(maxsize=1)
def _term_words() -> dict[str, frozenset[str]]:
    """The words of the gazetteer's terms, by the heading of the code each term gives."""
    found: dict[str, set[str]] = {}
    for term in load_gazetteer().terms:
        found.setdefault(term.code[:4], set()).update(term_key(term.text))
    return {heading: frozenset(words) for heading, words in found.items()}


_WORDS = re.compile(r"[a-z0-9]+")


_FREE = re.compile(r"(?<![a-z0-9-])[a-z0-9]+(?![a-z0-9-])")
_JOINED = re.compile(r"\b([a-z0-9]+)-([a-z0-9]+)")


@lru_cache(maxsize=2)
def _nomenclature_words(*, free: bool = False) -> frozenset[str]:
    """Every word the nomenclature's headings and subheadings use, singular; with `free`, only the words used on
    their own somewhere, not only joined to another by a hyphen ("organo" of "organo-phosphorous" is not)."""
    from sanctioneer.hs.lexical import singular

    pattern = _FREE if free else _WORDS
    words: set[str] = set()
    nomenclature = load_nomenclature()
    for table in (nomenclature.headings, nomenclature.subheadings):
        for entry in table.values():
            words.update(singular(w) for w in pattern.findall(fold(entry.description)))
    return frozenset(words)


def _nomenclature_word(word: str) -> bool:
    """True for a word of the nomenclature's text, whichever way the singular folds it ("canoe", "canoes")."""
    from sanctioneer.hs.lexical import singular

    words = _nomenclature_words()
    return word in words or singular(word + "s") in words


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word the gazetteer or the nomenclature uses, singular: words a head noun can be."""
    return frozenset({w for term in load_gazetteer().terms for w in term_key(term.text)} | _nomenclature_words())


@lru_cache(maxsize=1)
def _common_names() -> frozenset[str]:
    """The gazetteer's one-word common names of goods ("kayak", "snowmobile"), singular: no maker's names."""
    return frozenset({key[0] for term in load_gazetteer().terms if term.kind == "goods"
                      and len(key := term_key(term.text)) == 1})


# Words of a chapter's title that say nothing of which goods: "Stone, plaster, cement, ...; articles thereof".
_CHAPTER_FILLERS = frozenset({
    "article", "product", "part", "accessory", "similar", "certain", "miscellaneous", "elsewhere", "specified",
    "included", "material",
})


@lru_cache(maxsize=128)
def _chapter_vocabulary(chapter: str) -> frozenset[str]:
    """The words of a chapter's title in the nomenclature that say which goods, singular."""
    from sanctioneer.hs.lexical import STOP_WORDS, singular

    entry = load_nomenclature().chapters.get(chapter)
    if entry is None:
        return frozenset()
    words = {singular(w) for w in _WORDS.findall(fold(entry.description)) if w not in STOP_WORDS}
    return frozenset(w for w in words if w not in _CHAPTER_FILLERS and not w.isdigit())


@lru_cache(maxsize=1)
def material_chapters() -> dict[str, str]:
    """The chapters given to one material and everything made of it, by the material's word: "Tin; articles
    thereof" (80), "Copper and articles thereof" (74), "Wood and articles of wood" (44)."""
    from sanctioneer.hs.lexical import singular

    found: dict[str, str] = {}
    for chapter, entry in load_nomenclature().chapters.items():
        title = re.match(r"(\w+)(?: and|;) articles (?:thereof|of (\w+))\b", fold(entry.description))
        if title and (title[2] is None or title[2] == title[1]):
            found[singular(title[1])] = chapter
    return found


def other_material(heading: str, context: tuple[str, ...]) -> str | None:
    """Return the material of another chapter that the description names when a heading's chapter is given to
    one material and the description does not name it, or None: "tin plates" are articles of tin (chapter 80),
    not the copper plates of 74.09 ("copper-tin alloy plates" are)."""
    materials = material_chapters()
    if not any(chapter == heading[:2] for chapter in materials.values()) or any(
        materials.get(w) == heading[:2] for w in context
    ):
        return None
    return next((w for w in context if materials.get(w, heading[:2]) != heading[:2]), None)


def lists_as_goods(word: str | None, heading: str) -> bool:
    """True when the nomenclature's text of a heading or of one of its subheadings lists a word (singular) as the
    goods: "plate" for the copper plates of 74.09 and the photographic plates of 37.01."""
    return word is not None and heading in _listing(word)


def chapter_words(heading: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """Return the description's words (`context`, singular) that its heading's chapter title uses for goods.

    "Granite stone" states "stone" of chapter 68 ("Stone, plaster, cement, asbestos, mica or similar
    materials; articles thereof"); "articles", "parts" and "products" state no chapter.
    """
    vocabulary = _chapter_vocabulary(heading[:2])
    return tuple(dict.fromkeys(w for w in context if w in vocabulary))


# Words of a line that say how much of the goods there is, not which goods ("Exceeding 5 m in length").
_MEASURES = frozenset({"exceeding", "containing", "weighing", "measuring", "length", "width", "weight", "thickness"})


@lru_cache(maxsize=2048)
def _own_words(heading: str) -> frozenset[str]:
    """The words a heading's own texts in the nomenclature (the heading's and its subheadings') use that say which
    goods, singular: not the stop words, the chapter titles' fillers ("articles", "parts") nor neutral words."""
    from sanctioneer.hs.lexical import STOP_WORDS, singular

    nomenclature = load_nomenclature()
    texts = [entry.description for code in (heading, *nomenclature.children.get(heading, ()))
             if (entry := nomenclature.entry(code)) is not None]
    words = {singular(w) for text in texts for w in _FREE.findall(fold(text)) if w not in STOP_WORDS}
    return frozenset(
        w for w in words if _goods_word(w) and w not in _CHAPTER_FILLERS and w not in _NEUTRAL
        and w not in _MEASURES and not PARTICIPLE.search(w)
    )


def heading_words(heading: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """Return the description's words (`context`, singular) that its heading's own texts use for which goods, and
    the texts of at most `OWN_HEADINGS` headings.

    "Sterling silver rings" state "silver" of 71.13 ("Of silver, whether or not plated ..."), "wooden wall
    cabinets" "wooden" of 44.20 ("wooden articles of furniture not falling in Chapter 94"); "articles" and
    "other" state nothing, nor do "acid" and "salt", which the lines of dozens of headings use.
    """
    vocabulary = _own_words(heading)
    return tuple(dict.fromkeys(w for w in context if w in vocabulary and len(_own_users().get(w, ())) <= OWN_HEADINGS))


#: A word the lines of more headings than this use ("acid", "salt", "equipment", "machine") says which goods no more
#: than the chapter titles' fillers do.
OWN_HEADINGS = 15


@lru_cache(maxsize=1)
def _own_users() -> dict[str, frozenset[str]]:
    """The headings whose own lines use each word that says which goods (`_own_words`)."""
    return _headings_by_word(_own_words)


# Words for the form the goods come in, not the goods ("tuna chunks" are tuna), unless a gazetteer term of two words
# or more ends with them: "router bits" and "screwdriver bits" are tools, not bits of a router.
_FORMS = frozenset({"chunk", "piece", "slice", "flake", "cube", "lump", "bit", "strip", "portion", "dice"})


def trim_head(reading: Parse) -> Parse:
    """Drop trailing words that cannot name goods (model numbers, "Pro", "XL") from the head phrase."""
    phrase = reading.phrase
    known = _known_words()

    numbered = any(any(c.isdigit() for c in w) for w in phrase)
    traded = _tariff_words(_tariff_index())

    def model_word(word: str, before: tuple[str, ...]) -> bool:
        # A word no goods are called by is part of a model's name ("PlayStation 5 Slim", "Lamborghini Urus", "XL")
        # when it is short, when the phrase has a number, or after a maker's name or another such word; after
        # the nomenclature's own words or a common name of goods it is the goods, only unknown ("canoe paddles",
        # "kayak paddles", "missile keychain"). A word a tariff's own lines name goods by is no maker's name after
        # another unknown word: "Antarctic krill" is krill, a place before it.
        return word not in known and (
            len(word) <= 3 or numbered
            or (word not in traded and any(
                w not in known or not (_nomenclature_word(w) or w in _common_names()) for w in before
            ))
        )

    while len(phrase) > 1 and (
        any(c.isdigit() for c in phrase[-1]) or model_word(phrase[-1], phrase[:-1]) or PARTICIPLE.search(phrase[-1])
        or (phrase[-1] in _FORMS | SET_WORDS | ASSEMBLY_WORDS and not _term_ends(phrase))
    ):
        phrase = phrase[:-1]
    if phrase == reading.phrase:
        return reading
    return Parse(phrase[-1], phrase, reading.whole)


def _tariff_index() -> TariffIndex | None:
    from sanctioneer.hs.tariff import tariff_index

    return tariff_index()


@lru_cache(maxsize=2)
def _tariff_words(index: TariffIndex | None) -> frozenset[str]:
    """The words of the tariff lines' own texts, singular, of four letters or more: the words a tariff names goods by
    ("krill", "quinoa", "tahini") beside the nomenclature's. Cached by the index, which a run out of fold replaces."""
    from sanctioneer.hs.lexical import singular

    if index is None:
        return frozenset()
    return frozenset(singular(w) for _, own, _ in index.rows for w in _WORDS.findall(fold(own)) if len(w) > 3
                     and w.isalpha())


def _adverb(word: str) -> bool:
    """True for a word made an adverb from the nomenclature's own ("mainly", "roughly", "solely", "specially")."""
    return len(word) > 4 and word.endswith("ly") and _nomenclature_word(word[:-2])


def states_only(reading: Parse) -> bool:
    """True when the head phrase (`trim_head`'s reading) names no goods, only how goods are worked: it ends on an
    adverb, every word before it a participle, an adverb or a state ("Mixed mainly or solely with ...", "Crude or
    roughly trimmed", the participle after the adverb given way), or on "thereof" ("Chain and parts thereof"). Such
    words are a tariff's sub-line: the line above names the goods, and the same words fit the same state of other
    goods. A participle alone stays the goods' word: the nomenclature's own ("printed" paper of 48.10), it named
    the right heading out of fold far more often than not."""
    phrase = reading.phrase
    if not phrase:
        return False
    if phrase[-1] == "thereof":
        return True
    return _adverb(phrase[-1]) and all(
        bool(PARTICIPLE.search(word)) or _adverb(word) or word in STATES for word in phrase
    )


# A set or kit is classified as the goods that give it its essential character (General Interpretative Rule
# 3 (b)): "fishing rod kit" is a fishing rod, unless the gazetteer names the set itself ("first aid kit").
SET_WORDS = frozenset({"kit", "set", "assortment", "combo", "bundle", "collection"})

# An assembly is the goods it is named by, put together: a "door lock assembly" is a lock, a "cable assembly" a cable
# (its connectors fitted), as a trailing set word gives way to the goods it holds. Not a set of General
# Interpretative Rule 3 (b): one article, so the answer may still be confident.
ASSEMBLY_WORDS = frozenset({"assembly", "subassembly"})


@lru_cache(maxsize=1)
def _term_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(term_key(term.text) for term in load_gazetteer().terms)


def _term_ends(phrase: tuple[str, ...]) -> bool:
    """True when a gazetteer term of two words or more ends the phrase ("first aid kit", "spare parts")."""
    keys = _term_keys()
    return any(phrase[-size:] in keys for size in range(2, min(len(phrase), 5) + 1))


@lru_cache(maxsize=1)
def _head_nouns() -> dict[str, frozenset[str]]:
    """The last word of each gazetteer term, with the headings its terms stand for (`_term_codes` by heading)."""
    return {word: frozenset(code[:4] for code in codes) for word, codes in _term_codes().items()}


@lru_cache(maxsize=2048)
def _bound(heading: str) -> dict[str, frozenset[str]]:
    """The words a heading's texts use only after a prefix that is no word of its own, with those prefixes.

    "Organo-phosphorous compounds" (29.31) does not make "phosphorous acid" the heading's goods, nor "target-shooting
    rifles" (93.03) "shooting" its word alone: "phosphorous" is the heading's word only after "organo".
    """
    from sanctioneer.hs.lexical import singular

    nomenclature = load_nomenclature()
    texts = [fold(entry.description) for code in (heading, *nomenclature.children.get(heading, ()))
             if (entry := nomenclature.entry(code)) is not None]
    free = _nomenclature_words(free=True)
    alone = {singular(w) for text in texts for w in _FREE.findall(text)} | _term_words().get(heading, frozenset())
    found: dict[str, set[str]] = {}
    for text in texts:
        for first, second in _JOINED.findall(text):
            if first not in free and singular(second) not in alone:
                found.setdefault(singular(second), set()).add(first)
    return {word: frozenset(prefixes) for word, prefixes in found.items()}


# Colours say what the goods look like, not which goods: "blue cordless drill" is a drill.
_COLOURS = frozenset({
    "black", "white", "red", "blue", "green", "yellow", "pink", "purple", "brown", "gray", "beige", "navy", "khaki",
    "maroon", "teal", "multicolor", "multicolored", "colored", "color", "transparent",
})
def _plain(words: tuple[str, ...], heading: str, *, unknown: bool = False, looks: bool = False) -> bool:
    """True when every word says nothing of other goods: neutral, a number, a colour, or the heading's own word.

    With `unknown`, a word no goods are called by (in the gazetteer or the nomenclature) counts as
    neutral too: a maker's name before a term of several words ("Baccarat crystal vase"). With `looks`, so does a
    colour ("navy blue cotton t-shirt", "black wool overcoat"). A word the heading's texts use only after a prefix
    that is no word alone is its own only after that prefix (`_bound`: "phosphorous" of "organo-phosphorous").
    """
    vocabulary = _vocabulary(heading)
    bound = _bound(heading)
    known = _known_words() if unknown else frozenset()
    return all(
        w in _NEUTRAL or (looks and w in _COLOURS) or len(w) <= 1 or any(c.isdigit() for c in w)
        or (w in vocabulary and (w not in bound or (i > 0 and words[i - 1] in bound[w])))
        or (unknown and w not in known)
        for i, w in enumerate(words)
    )


def _wholly(heading: str, sensitive: tuple[HsRange, ...]) -> bool:
    """True when every subheading of a heading is consequential (a heading only partly so, footwear of 64.03
    with its ski-boots, is judged by the subheading answered: `Candidate.beside_sensitive`)."""
    if not sensitive or not touches_any(heading, sensitive):
        return False
    children = load_nomenclature().children.get(heading, ())
    return all(touches_any(child, sensitive) for child in children)


@lru_cache(maxsize=1)
def _parts_taken() -> frozenset[str]:
    """The headings whose own lines speak of parts: a subheading's or heading's text in the nomenclature ("Tanks and
    other armoured fighting vehicles ... and parts of such vehicles", "Lamps ...; parts"), or a tariff line's ("Skis
    and parts and accessories thereof", where chapter 95 Note 3 puts the parts of sports goods with them)."""
    from sanctioneer.hs.tariff import tariff_index

    nomenclature = load_nomenclature()
    lines = [(code, entry.description) for table in (nomenclature.headings, nomenclature.subheadings)
             for code, entry in table.items()]
    index = tariff_index()
    lines += [(code, own) for code, own, _ in (index.rows if index else ())]
    return frozenset(code[:4] for code, text in lines if re.search(r"\bparts?\b", fold(text)))


def _takes_parts(heading: str) -> bool:
    """True when the parts of a heading's goods are classified with them (`_parts_taken`) or in a heading of their
    own (the engines of 84.07 in 84.09): not the vessels of chapter 89, whose parts go by what they are."""
    return parts_heading(heading) is not None or heading in _parts_taken()


@lru_cache(maxsize=1)
def _goods_of_parts() -> dict[str, frozenset[str]]:
    """Each heading of parts with the headings whose goods' parts it takes (`parts_heading`)."""
    found: dict[str, set[str]] = {}
    for heading in load_nomenclature().headings:
        if (parts := parts_heading(heading)) is not None:
            found.setdefault(parts, set()).add(heading)
    return {parts: frozenset(goods) for parts, goods in found.items()}


def _speaks_of(heading: str, word: str) -> bool:
    """True when a heading's texts or terms use a word, or those of a heading whose goods' parts it takes ("circuit
    breakers" of 85.36, whose parts are 85.38)."""
    return any(word in _vocabulary(code) for code in (heading, *_goods_of_parts().get(heading, ())))


#: Head nouns that say how goods are made, not which goods: the nomenclature writes them after "of" ("of pile
#: construction", "of plain weave"), and a description that ends on one names no goods.
_MAKE_UP = frozenset({"construction", "weave"})


def unheld(reading: Parse, heading: str) -> str | None:
    """Say why a consequential heading whose goods are not named may not answer first on the trained model's word
    alone, or None when it may.

    The description names no goods at all ("Designed for use without closures": the words say what the goods
    serve, not what they are), or its goods are parts ("Parts for yachts", "yacht parts") and the nomenclature
    classifies the parts of the heading's goods by what they are, not with those goods nor in a heading of their
    own (`_takes_parts`: chapter 89 has no parts). The model's probability then rests on words that are not the
    goods. So it does when the head noun says how the goods are made, not what they are (`_MAKE_UP`: "Pile or
    tufted construction", "Satin weave or twill weave", the tariff's sub-lines read without the line above them).
    """
    if reading.head is None or reading.head in _MAKE_UP:
        return "the description names no goods"
    if reading.head in PART_WORDS and not _takes_parts(heading):
        return "the goods are parts, which the nomenclature classifies by what they are, not with these goods"
    return None


# Head nouns that name goods made up of others, not a part of them: a "rocker switch assembly" is a switch.
_WHOLES = frozenset({
    "assembly", "subassembly", "unit", "system", "module", "set", "kit", "machine", "machinery", "apparatus",
    "equipment", "device", "outfit", "combination", "model", "type",
})


def owned_by(reading: Parse, heading: str, hits: list[TermHit]) -> bool:
    """True when a term for whole goods of a heading stands before a head noun that is none of its words.

    "Fork-lift truck counterweight", "bulldozer or angledozer blades": the goods belong to the fork-lift truck or the
    bulldozer, as "for" says in "counterweight for a fork-lift truck". Between the term and the head noun only the
    heading's own words or words no goods are called by may stand ("studio television camera excluding shoulder" is no
    shoulder of a television); a head noun for goods made up of others ("switch assembly") is no part of them.
    """
    head = reading.head
    if head is None or head in _WHOLES or head in _NEUTRAL or not _goods_word(head) or head in _vocabulary(heading):
        return False
    phrase = reading.phrase
    vocabulary = _vocabulary(heading)
    known = _known_words()
    for hit in hits:
        if hit.term.kind not in ("goods", "model") or not hit.term.code.startswith(heading):
            continue
        key = term_key(hit.term.text)
        for start in range(len(phrase) - len(key)):
            if phrase[start : start + len(key)] == key and all(
                w in vocabulary or w not in known for w in phrase[start + len(key) : -1]
            ):
                return True
    return False


def qualified(words: tuple[str, ...]) -> bool:
    """True when words before a head noun say which goods these are: not only neutral words, numbers or letters."""
    return not _alone((*words, ""))


def _alone(phrase: tuple[str, ...]) -> bool:
    """True when nothing before the head noun says which goods these are (neutral words, numbers, letters)."""
    return all(w in _NEUTRAL or not _goods_word(w) for w in phrase[:-1])


def _word_names(
    word: str, heading: str, sensitive: tuple[HsRange, ...], *, modifiers: tuple[str, ...] = (), term: bool = False,
    context: tuple[str, ...] = (), answered: bool = False,
) -> bool:
    """Whether a head noun may name a heading's goods: always outside the consequential ranges; inside them,
    a word that can be goods, and, with nothing before it that says which goods (`modifiers` neutral), a word
    the nomenclature lists as no goods outside those ranges ("tanks" are also the containers of 73.09, "cable"
    the wire rope of 73.12); with such words before it, words that do not fit as well a heading outside the
    ranges that lists it ("floor coverings" of plastics, `_modifiers_name`). A word the nomenclature lists as
    no goods at all keeps its term. The "s" of a possessive names no heading's goods: the tariff's sub-line "Men's
    or boys'" ends on it, and the swimwear of 61.12 ("men's or boys'") holds it as well."""
    if not term and word == "s":
        return False
    if not touches_any(heading, sensitive):
        return True
    if not term and not _goods_word(word):
        return False
    if not (answered or _wholly(heading, sensitive)):
        return True
    if not _listing(word, headings_only=term):
        return True
    if other_material(heading, context):
        return False
    if not _alone((*modifiers, word)):
        # In a heading only partly consequential the words before the head noun choose its line ("copper
        # hydroxides" of 28.25, beside its hydrazine): the subheading answered is judged, not the heading.
        return not _wholly(heading, sensitive) or _modifiers_name(
            word, heading, modifiers, sensitive, headings_only=term, context=context
        )
    return _names_sensitive(word, heading, sensitive, headings_only=term, context=context)


def decides(rule_hit: RuleHit, hit: TermHit) -> bool:
    """Say whether a refining rule reads what a gazetteer term leaves open: it chooses among headings (its
    `within` spans more than one) and the term's is one of them ("sterling silver" decides between the jewellery
    of 71.13 and of 71.17 that "necklace" may be; "self-winding" does not say whether a watch is of 91.01)."""
    within = rule_hit.rule.within
    spans = len(within) > 1 or any(len(code) < 4 for code in within)
    return spans and rule_hit.rule.hs is not None and hit.term.code.startswith(within)


def _ends(phrases: list[tuple[str, ...]], hit: TermHit) -> bool:
    key = term_key(hit.term.text)
    return bool(key) and any(p[-len(key):] == key for p in phrases)


# The kinds of steel a heading of chapter 72 may be given to, each with the words that say a description's steel is of
# that kind: the grades of other alloy steel (chapter 72 Note 1 (f)) are named by what they are for or hold.
_STEEL_KINDS: dict[str, frozenset[str]] = {
    "stainless": frozenset({"stainless", "inox"}),
    "alloy": frozenset({
        "alloy", "tool", "speed", "silicon", "electrical", "chromium", "chrome", "molybdenum", "moly", "vanadium",
        "tungsten", "nickel", "manganese", "boron", "bearing", "maraging", "cr", "mo",
    }),
}
_KIND_OF_STEEL = re.compile(r"(?<!non-)\b(stainless|alloy) steel\b|\bsteel, (stainless|alloy)\b")


@lru_cache(maxsize=2048)
def _steel_kind(heading: str) -> str | None:
    """The kind of steel a heading's own text, before its first semicolon, is given to: "stainless" for the
    "Stainless steel; flat-rolled products" of 72.19, "alloy" for the "Alloy steel bars, rods" of 72.28; None for
    the iron or non-alloy steel of 72.08 and for the headings of any steel."""
    entry = load_nomenclature().headings.get(heading)
    if entry is None:
        return None
    found = _KIND_OF_STEEL.search(fold(entry.description).split(";")[0])
    return None if found is None else found[1] or found[2]


def unsaid_kind(heading: str, words: tuple[str, ...]) -> str | None:
    """Return the kind of steel a heading is given to when the description (its `words` in order, singular) names
    steel and not that kind, or None.

    "Steel sheets" say no "stainless": they are not the goods of 72.19, though its text lists sheets; "non-alloy
    steel bars" deny the alloy steel of 72.28 ("non" before a kind's word takes it back).
    """
    kind = _steel_kind(heading)
    if kind is None or "steel" not in words:
        return None
    said = any(w in _STEEL_KINDS[kind] and (i == 0 or words[i - 1] != "non") for i, w in enumerate(words))
    return None if said or _graded(heading, words) else kind


@lru_cache(maxsize=2048)
def _graded(heading: str, words: tuple[str, ...]) -> bool:
    """True when a refining rule that moves goods into a heading reads the description's words: a grade stated
    ("4140 steel bars", "AISI 316 rods") says the kind of steel as the kind's own word does (`hs/data/rules.yaml`)."""
    text = " ".join(words)
    return any(
        rule.within and rule.hs is not None and rule.hs[:4] == heading and rule.fire(text) is not None
        for rule in load_rules()
    )


def names_goods(
    reading: Parse, heading: str, hits: list[TermHit], rules: list[RuleHit], *, sensitive: tuple[HsRange, ...] = (),
    context: tuple[str, ...] = (), answered: bool = False,
) -> str | None:
    """Return what names a heading's goods in the description's head noun phrase, or None.

    Named: a rule that reads the head noun and gives the heading; a gazetteer term for the heading
    that ends at the head noun, its other modifiers neutral or the heading's own words; or the head
    noun among the heading's own words in the nomenclature, with the same condition on modifiers.
    For "parts of Z" the phrase of Z counts. A heading wholly in the `sensitive` ranges, or one partly
    in them whose `answered` code is in them, is named by the nomenclature's word only when its text
    lists the word as the heading's goods; when nothing before it says which goods, the word, and a
    one-word gazetteer term, must also be listed as no goods outside those ranges, unless the
    description's other words (`context`) tell them apart (`_names_sensitive`): "ingots" name no
    heading of iron or steel, "tanks" not the armoured vehicles. Words before it must not fit as well a
    heading outside the ranges that lists it (`_modifiers_name`: "floor coverings" of plastics). A state, a
    number or a letter is never the nomenclature's word for a consequential heading's goods. "Parts of Z"
    names Z's heading only when Z's parts go with Z or to a heading of their own (`_takes_parts`).
    """
    phrases = [p for p in (reading.phrase, reading.whole) if p]
    # A heading given to one kind of steel is not named by steel of no stated kind ("steel sheets" are no stainless
    # steel sheets of 72.19).
    if unsaid_kind(heading, context or (*reading.phrase, *reading.whole)):
        return None
    # A colour before the goods' word says what they look like, unless a term of other goods ends with both ("white
    # spirit" is no spirit of 22.08).
    loose = not any(
        len(key := term_key(hit.term.text)) > 1 and not hit.term.code.startswith(heading) and _ends(phrases, hit)
        for hit in hits
    )
    for hit in hits:
        # A maker's model names the goods wherever it stands in the phrase ("Toyota Camry 2.5 petrol"),
        # unless the head noun is a gazetteer word for other goods ("Lexus LX 570 floor mats").
        if hit.term.kind != "model" or not hit.term.code.startswith(heading):
            continue
        key = term_key(hit.term.text)
        phrase = reading.phrase
        inside = any(phrase[i : i + len(key)] == key for i in range(len(phrase) - len(key) + 1))
        others = _head_nouns().get(reading.head or "", frozenset()) - {heading}
        # A term made only of the nomenclature's words ("canoe", "vessel") is the goods' common name, not a
        # maker's model: it names the goods at the head noun only ("canoe paddles" are paddles).
        common = all(_nomenclature_word(w) for w in key)
        if inside and not common and (not others or reading.head in _vocabulary(heading)):
            return f"model {hit.term.text}"
    for rule_hit in rules:
        if not rule_hit.rule.hs or not rule_hit.rule.hs.startswith(heading):
            continue
        if rule_hit.rule.within:
            # A word at the head noun that names the goods but not what decides their heading ("necklace": of
            # precious metal or not) is completed by a rule that reads what does ("sterling silver necklace").
            if any(hit.term.kind == "unspecific" and decides(rule_hit, hit) and _ends(phrases, hit) for hit in hits):
                return f"rule {rule_hit.rule.id}"
            # Goods named at the head noun in a heading the rule refines, their state or preparation read by the rule
            # ("breaded cod": the cod of chapter 03, breaded, is the prepared fish of 16.04), are named in its heading.
            if any(
                hit.term.kind == "goods" and hit.term.code.startswith(rule_hit.rule.within)
                and not hit.term.code.startswith(heading) and _ends(phrases, hit) for hit in hits
            ):
                return f"rule {rule_hit.rule.id}"
            continue
        matched = set(term_key(rule_hit.matched))
        if any(p[-1] in matched for p in phrases):
            return f"rule {rule_hit.rule.id}"
    for phrase in phrases:
        if phrase is reading.whole and reading.head in PART_WORDS and not _takes_parts(heading):
            # "Parts for yachts": the nomenclature classifies the parts of vessels by what they are, not as vessels.
            continue
        for hit in hits:
            if not hit.term.code.startswith(heading) or hit.term.kind in ("weak", "unspecific", "vague", "material"):
                continue
            key = term_key(hit.term.text)
            # Another term for the heading in the description says which goods these are ("T-72 tanks").
            alone = _alone(phrase) and not any(
                other is not hit and other.term.code.startswith(heading) and other.term.kind in ("goods", "model")
                for other in hits
            )
            if len(key) == 1 and alone and not _word_names(
                key[0], heading, sensitive, term=True, context=context, answered=answered
            ):
                continue
            if key and phrase[-len(key):] == key and _plain(
                phrase[: -len(key)], heading, unknown=len(key) > 1, looks=loose
            ):
                return f"{'model' if hit.term.kind == 'model' else 'gazetteer'} {hit.term.text}"
        # "Parts of Z": the parts' heading is the nomenclature's for the parts of Z (`sanctioneer.hs.parts`).
        strict = not (reading.whole and phrase[-1] in PART_WORDS)
        z = reading.whole[-1] if reading.whole else ""
        if not strict and not _speaks_of(heading, z) and (touches_any(heading, sensitive) or z in _users()):
            # The parts of Z name a heading only where it speaks of Z: "Parts for yachts ...; parts of canoes, racing
            # shells" are not the parts of the munitions of 93.06, "parts of circuit breakers" (85.36, whose parts
            # are 85.38) not the parts of the loudspeakers of 85.18, whose text lists "parts" as well. Where no
            # heading's words use Z's word, a heading outside the consequential ranges that lists parts is named.
            continue
        if strict and not _word_names(
            phrase[-1], heading, sensitive, modifiers=phrase[:-1], context=context, answered=answered
        ):
            continue
        if strict and (answered or _wholly(heading, sensitive)) and heading not in _listing(phrase[-1]):
            continue  # a word of what the goods are made of or for ("outer soles" of footwear), not the goods
        if phrase[-1] in _serves(heading):
            continue  # what the goods serve or fit ("motor cars" of tyres), not the goods
        if phrase[-1] in _vocabulary(heading) and _plain(phrase[:-1], heading, looks=loose):
            return f"the nomenclature's words for {dotted_heading(heading)}: {phrase[-1]}"
    return None
