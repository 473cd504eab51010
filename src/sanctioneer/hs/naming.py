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
from functools import lru_cache

from sanctioneer.hs.gazetteer import RuleHit, TermHit, fold, load_gazetteer, term_key
from sanctioneer.hs.head import Parse
from sanctioneer.hs.nomenclature import load_nomenclature

__all__ = ["SET_WORDS", "dotted_heading", "names_goods", "trim_head"]


# Modifiers that say nothing about which goods these are.
_NEUTRAL = frozenset({
    "new", "used", "old", "second", "hand", "secondhand", "refurbished", "assorted", "various", "mixed", "complete",
    "genuine", "original", "s", "brand", "quality", "grade", "standard", "premium", "finished", "unfinished",
    "large", "small", "big", "heavy", "light", "one", "two", "three", "four", "five", "six", "ten", "dozen",
    "mm", "cm", "km", "kg", "inch", "ft", "cal", "calibre", "caliber", "liter", "ml", "ton", "meter", "gauge",
    # The state or preparation of foodstuffs, which the nomenclature's subheadings and splits read, not other goods.
    "frozen", "chilled", "fresh", "cooked", "precooked", "uncooked", "raw", "dried", "smoked", "salted", "canned",
    "peeled", "boiled", "steamed", "breaded", "sliced", "diced", "shelled", "deveined", "headless", "wild", "farmed",
    "organic",
})


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


@lru_cache(maxsize=1)
def _term_words() -> dict[str, frozenset[str]]:
    """The words of the gazetteer's terms, by the heading of the code each term gives."""
    found: dict[str, set[str]] = {}
    for term in load_gazetteer().terms:
        found.setdefault(term.code[:4], set()).update(term_key(term.text))
    return {heading: frozenset(words) for heading, words in found.items()}


_WORDS = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _nomenclature_words() -> frozenset[str]:
    """Every word the nomenclature's headings and subheadings use, singular."""
    from sanctioneer.hs.lexical import singular

    words: set[str] = set()
    nomenclature = load_nomenclature()
    for table in (nomenclature.headings, nomenclature.subheadings):
        for entry in table.values():
            words.update(singular(w) for w in _WORDS.findall(fold(entry.description)))
    return frozenset(words)


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word the gazetteer or the nomenclature uses, singular: words a head noun can be."""
    return frozenset({w for term in load_gazetteer().terms for w in term_key(term.text)} | _nomenclature_words())


@lru_cache(maxsize=1)
def _makers() -> frozenset[str]:
    """The words the gazetteer uses and the nomenclature does not: makers' and models' names, mostly."""
    return _known_words() - _nomenclature_words()


# Words for the form the goods come in, not the goods ("tuna chunks" are tuna).
_FORMS = frozenset({"chunk", "piece", "slice", "flake", "cube", "lump", "bit", "strip", "portion", "dice"})
# A trailing participle describes a state ("tuna canned", "fish salted"), not the goods.
_PARTICIPLE = re.compile(r"..[^e]ed$")


def trim_head(reading: Parse) -> Parse:
    """Drop trailing words that cannot name goods (model numbers, "Pro", "XL") from the head phrase."""
    phrase = reading.phrase
    known = _known_words()

    numbered = any(any(c.isdigit() for c in w) for w in phrase)
    makers = _makers()

    def model_word(word: str, before: tuple[str, ...]) -> bool:
        # A word no goods are called by is part of a model's name ("PlayStation 5 Slim", "Lamborghini Urus", "XL")
        # when it is short, when the phrase has a number, or after a maker's name or another such word; after
        # the nomenclature's own words it is the goods, only unknown ("canoe paddles", "missile keychain").
        return word not in known and (
            len(word) <= 3 or numbered or any(w not in known or w in makers for w in before)
        )

    while len(phrase) > 1 and (
        any(c.isdigit() for c in phrase[-1]) or model_word(phrase[-1], phrase[:-1]) or _PARTICIPLE.search(phrase[-1])
        or phrase[-1] in _FORMS or (phrase[-1] in SET_WORDS and not _term_ends(phrase))
    ):
        phrase = phrase[:-1]
    if phrase == reading.phrase:
        return reading
    return Parse(phrase[-1], phrase, reading.whole)


# A set or kit is classified as the goods that give it its essential character (General Interpretative Rule
# 3 (b)): "fishing rod kit" is a fishing rod, unless the gazetteer names the set itself ("first aid kit").
SET_WORDS = frozenset({"kit", "set", "assortment", "combo", "bundle", "collection"})


@lru_cache(maxsize=1)
def _term_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(term_key(term.text) for term in load_gazetteer().terms)


def _term_ends(phrase: tuple[str, ...]) -> bool:
    """True when a gazetteer term of two words or more ends the phrase ("first aid kit", "spare parts")."""
    keys = _term_keys()
    return any(phrase[-size:] in keys for size in range(2, min(len(phrase), 5) + 1))


@lru_cache(maxsize=1)
def _head_nouns() -> dict[str, frozenset[str]]:
    """The last word of each gazetteer term, with the headings its terms stand for."""
    found: dict[str, set[str]] = {}
    for term in load_gazetteer().terms:
        key = term_key(term.text)
        if key:
            found.setdefault(key[-1], set()).add(term.code[:4])
    return {word: frozenset(codes) for word, codes in found.items()}


def _plain(words: tuple[str, ...], heading: str, *, unknown: bool = False) -> bool:
    """True when every word says nothing of other goods: neutral, a number, or the heading's own word.

    With `unknown`, a word no goods are called by (in the gazetteer or the nomenclature) counts as
    neutral too: a maker's name before a term of several words ("Baccarat crystal vase").
    """
    vocabulary = _vocabulary(heading)
    known = _known_words() if unknown else frozenset()
    return all(
        w in _NEUTRAL or len(w) <= 1 or any(c.isdigit() for c in w) or w in vocabulary
        or (unknown and w not in known)
        for w in words
    )


def names_goods(reading: Parse, heading: str, hits: list[TermHit], rules: list[RuleHit]) -> str | None:
    """Return what names a heading's goods in the description's head noun phrase, or None.

    Named: a rule that reads the head noun and gives the heading; a gazetteer term for the heading
    that ends at the head noun, its other modifiers neutral or the heading's own words; or the head
    noun among the heading's own words in the nomenclature, with the same condition on modifiers.
    For "parts of Z" the phrase of Z counts.
    """
    phrases = [p for p in (reading.phrase, reading.whole) if p]
    for hit in hits:
        # A maker's model names the goods wherever it stands in the phrase ("Toyota Camry 2.5 petrol"),
        # unless the head noun is a gazetteer word for other goods ("Lexus LX 570 floor mats").
        if hit.term.kind != "model" or not hit.term.code.startswith(heading):
            continue
        key = term_key(hit.term.text)
        phrase = reading.phrase
        inside = any(phrase[i : i + len(key)] == key for i in range(len(phrase) - len(key) + 1))
        others = _head_nouns().get(reading.head or "", frozenset()) - {heading}
        if inside and (not others or reading.head in _vocabulary(heading)):
            return f"model {hit.term.text}"
    for rule_hit in rules:
        if rule_hit.rule.hs and rule_hit.rule.hs.startswith(heading):
            matched = set(term_key(rule_hit.matched))
            if any(p[-1] in matched for p in phrases):
                return f"rule {rule_hit.rule.id}"
    for phrase in phrases:
        for hit in hits:
            if not hit.term.code.startswith(heading) or hit.term.kind in ("weak", "unspecific", "vague", "material"):
                continue
            key = term_key(hit.term.text)
            if key and phrase[-len(key):] == key and _plain(phrase[: -len(key)], heading, unknown=len(key) > 1):
                return f"{'model' if hit.term.kind == 'model' else 'gazetteer'} {hit.term.text}"
        if phrase[-1] in _vocabulary(heading) and _plain(phrase[:-1], heading):
            return f"the nomenclature's words for {dotted_heading(heading)}: {phrase[-1]}"
    return None
