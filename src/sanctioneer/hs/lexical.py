"""Words of goods descriptions, and BM25 retrieval of nomenclature lines by those words."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from sanctioneer.hs.nomenclature import Nomenclature, load_nomenclature

__all__ = ["STOP_WORDS", "LexicalHit", "LexicalIndex", "lexical_index", "singular", "stem", "tokenise"]

_WORD = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z]+[a-z0-9]*")

# British and American spellings meet on one form; the nomenclature and the reports use both.
_SPELLING = {
    "armour": "armor", "armoured": "armored", "armouring": "armoring",
    "jewellery": "jewelry", "jeweller": "jeweler", "jewelery": "jewelry",
    "aluminium": "aluminum", "tyre": "tire", "tyres": "tires", "colour": "color", "coloured": "colored",
    "sulphur": "sulfur", "sulphate": "sulfate", "sulphide": "sulfide", "sulphuric": "sulfuric",
    "fibre": "fiber", "fibres": "fibers", "centre": "center", "centres": "centers", "litre": "liter",
    "litres": "liters", "metre": "meter", "metres": "meters", "grey": "gray", "mould": "mold",
    "moulds": "molds", "moulded": "molded", "programme": "program", "aeroplane": "airplane",
    "aeroplanes": "airplanes", "moustache": "mustache", "storey": "story", "pyjamas": "pajamas",
    "vapour": "vapor", "odour": "odor", "harbour": "harbor", "labour": "labor", "favour": "favor",
    "catalogue": "catalog", "analyse": "analyze", "tonne": "ton", "tonnes": "tons", "whisky": "whiskey",
    "whiskies": "whiskey", "gauze": "gauze", "lorry": "truck", "lorries": "truck", "petrol": "gasoline",
}

# The British "-ise" and "-yse" of verbs and of the nouns made from them meet the American "-ize" and "-yze", in every
# form ("fertilisers" and "fertilizer", "vulcanised" and "vulcanized", "analysers" and "analyzer"): the nomenclature
# writes some goods one way and the national tariff and reports the other. The ending must follow a consonant
# after at least three letters ("cruise", "noise", "raising" keep theirs).
_ISE = re.compile(r"^([a-z]{2,}[b-df-hj-np-tv-xz])([iy])s(e|es|er|ers|ed|ing|ation|ations)$")
# Words whose "-ise" is no such ending ("exercise", "comprising", "premises", "otherwise"), by the letters before it.
_NOT_ISE = frozenset({
    "adv", "advert", "appr", "chast", "chem", "circumc", "compr", "comprom", "conc", "dem", "desp", "dev", "exc",
    "exerc", "expert", "franch", "improv", "inc", "merchand", "mort", "parad", "prec", "prem", "prom", "rep", "rev",
    "superv", "surpr", "telev", "treat", "val", "enterpr",
})


def _one_spelling(word: str) -> str:
    """The American form of a British "-ise" or "-yse" word ("fertiliser" -> "fertilizer"), else the word."""
    word = _SPELLING.get(word, word)
    found = _ISE.match(word)
    if found is None or found[1] in _NOT_ISE or found[1].endswith("w"):  # "-wise": "otherwise", "lengthwise"
        return word
    return f"{found[1]}{found[2]}z{found[3]}"


# Words that tell nothing about what the goods are, in reports or in the nomenclature.
STOP_WORDS = frozenset(
    """a an and are as at be been by for from has have in into is it its of on or other others than that
    the their them these this those to was were which with without whether not nor n e c nec heading
    headings item items subheading chapter no kind kinds used use such like etc thereof therein including
    excluding n.e.c incl new used pcs pc piece pieces unit units set sets lot lots qty quantity brand
    model type assorted various per each approx approximately made""".split()
)


# Plurals the endings below would read wrongly, with their singular: "knives" are knives, not "knive".
_IRREGULAR = {
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "lice": "louse", "oxen": "ox", "children": "child",
    "cacti": "cactus", "fungi": "fungus", "axes": "axe", "ax": "axe", "pickaxes": "pickaxe", "pickax": "pickaxe",
}
# Endings in -ves whose singular ends in -f or -fe ("knives", "leaves", "shelves"); other -ves words ("valves",
# "sleeves", "gloves") lose the "s" alone.
_VES = {
    "knives": "knife", "leaves": "leaf", "shelves": "shelf", "halves": "half", "calves": "calf", "loaves": "loaf",
    "wolves": "wolf", "hooves": "hoof", "scarves": "scarf", "sheaves": "sheaf", "wharves": "wharf",
    "thieves": "thief", "wives": "wife",
}
# Words that end in "s" in the singular, or are the same in both numbers ("lens", "gas", "series", "species"),
# with the plurals of the first in "-es" ("lenses", "gases").
_S_SINGULAR = frozenset({
    "lens", "gas", "bus", "minibus", "atlas", "canvas", "bias", "christmas", "pancreas", "series", "species",
    "news", "means", "alias", "chassis", "apparatus",
})
# Singulars in "-oe" and "-che" whose plurals lose only the "s" ("canoes", "horseshoes", "quiches").
_OE = ("shoe", "canoe", "aloe", "sloe", "tiptoe", "floe", "oboe", "mistletoe", "felloe")
_CHE = frozenset({
    "cache", "niche", "quiche", "brioche", "moustache", "mustache", "avalanche", "creche", "fiche", "microfiche",
    "headache", "ganache", "tranche", "gouache", "cloche", "pastiche", "douche",
})


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Reduce a word to its singular and one spelling: "tyres" and "tire" meet, "dressings" stays apart from "dress".

    Irregular plurals meet their singular ("knives" knife, "leaves" leaf, "teeth" tooth, "lenses" lens, "canoes"
    canoe); words the same in both numbers stay whole ("series", "species", "chassis"). Words in "-ys" keep their
    "s" as before ("alloys": the nomenclature's "alloy" is a word of many headings, "alloys" of few). British "-ise"
    words meet their American "-ize" ("fertilisers" fertilizer).
    """
    word = _one_spelling(word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word in _S_SINGULAR:
        return word
    for plural, single in _VES.items():
        if word.endswith(plural):  # "penknives" too
            return word[: -len(plural)] + single
    if word.endswith("ses") and word[:-2] in _S_SINGULAR:
        return word[:-2]
    if word.endswith("ches") and word[:-1] in _CHE:
        return word[:-1]
    if word.endswith("oes") and word[:-1].endswith(_OE):
        return word[:-1]
    if word.endswith("zes") and not word.endswith(("zzes", "tzes")):
        return word[:-1]  # "sizes", "prizes", "gauzes"; "quizzes", "quartzes" lose "es"
    return _singular_as_trained(word)


@lru_cache(maxsize=65536)
def _singular_as_trained(word: str) -> str:
    """The singular the shipped heading model's features were counted with (`singular` before it read irregular
    plurals): kept for the model's words until it is trained again."""
    word = _SPELLING.get(word, word)
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ie") and len(word) > 4:
        # "talkie" and "talkies", "cookie" and "cookies" meet on one form.
        return word[:-2] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("oes") and len(word) > 5:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return word


def stem(word: str, *, trained: bool = False) -> str:
    """Reduce a word to a crude stem: its singular, less an -ing or -ed, enough for retrieval by words.

    Stems are for ranking only: "dressing" and "dress" share one, so names of goods are matched on
    `singular` instead. With `trained`, the singular the shipped heading model's features were counted with.
    """
    word = _singular_as_trained(word) if trained else singular(word)
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    if word.endswith("ed") and len(word) > 5 and not word.endswith("eed"):
        return word[:-2]
    return word


def _fold(text: str) -> str:
    if text.isascii():
        # Plain ASCII has no accents to strip (NFKD leaves it as it is): the common case, read without the scan.
        return text.lower().replace("&", " and ")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")


@lru_cache(maxsize=65536)
def _stem_cached(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=65536)
def _stem_trained(word: str) -> str:
    return stem(word, trained=True)


def tokenise(text: str, *, trained: bool = False) -> list[str]:
    """Return the stemmed content words of a text, in order; stop words and bare numbers dropped.

    With `trained`, the words as the shipped heading model's features were counted (`_singular_as_trained`).
    """
    cut = _stem_trained if trained else _stem_cached
    return [cut(w) for w in _WORD.findall(_fold(text)) if w not in STOP_WORDS]


@dataclass(frozen=True)
class LexicalHit:
    """A subheading retrieved by words, with its BM25 score and the query words it shares."""

    code: str
    score: float
    words: tuple[str, ...]


class _Bm25:
    """Okapi BM25 over short documents, kept as postings so a query touches only its own words."""

    def __init__(self, documents: list[list[str]], *, k1: float = 1.2, b: float = 0.6) -> None:
        self.k1, self.b = k1, b
        self.lengths = [len(d) for d in documents]
        self.average = (sum(self.lengths) / len(documents)) if documents else 1.0
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for index, document in enumerate(documents):
            for word, count in Counter(document).items():
                self.postings.setdefault(word, []).append((index, count))
        total = len(documents)
        self.idf = {
            word: math.log(1.0 + (total - len(posts) + 0.5) / (len(posts) + 0.5))
            for word, posts in self.postings.items()
        }

    def scores(self, words: list[str]) -> dict[int, tuple[float, set[str]]]:
        result: dict[int, tuple[float, set[str]]] = {}
        for word in set(words):
            posts = self.postings.get(word)
            if not posts:
                continue
            idf = self.idf[word]
            for index, tf in posts:
                norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self.lengths[index] / self.average))
                score, seen = result.get(index, (0.0, set()))
                seen.add(word)
                result[index] = (score + idf * norm, seen)
        return result


class LexicalIndex:
    """BM25 over each subheading's own text, its heading's text and its chapter's text.

    A subheading line alone often says little ("Other", "Vehicles; with only electric motor"):
    its heading and chapter supply the nouns, at lower weight, so that "electric car" finds 8703.80.
    """

    HEADING_WEIGHT = 0.6
    CHAPTER_WEIGHT = 0.25

    def __init__(self, nomenclature: Nomenclature) -> None:
        self.nomenclature = nomenclature
        self.codes = sorted(nomenclature.subheadings)
        self.heading_codes = sorted(nomenclature.headings)
        self.chapter_codes = sorted(nomenclature.chapters)
        self._sub = _Bm25([tokenise(nomenclature.subheadings[c].description) for c in self.codes])
        self._head = _Bm25([tokenise(nomenclature.headings[c].description) for c in self.heading_codes])
        self._chap = _Bm25([tokenise(nomenclature.chapters[c].description) for c in self.chapter_codes])
        self._heading_of = {code: i for i, code in enumerate(self.heading_codes)}
        self._chapter_of = {code: i for i, code in enumerate(self.chapter_codes)}
        self._by_heading: dict[str, list[int]] = {}
        for index, code in enumerate(self.codes):
            self._by_heading.setdefault(code[:4], []).append(index)

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self._sub.postings) | frozenset(self._head.postings) | frozenset(self._chap.postings)

    def search(self, text: str, *, limit: int = 50) -> list[LexicalHit]:
        """Return the best subheadings for a text, best first."""
        words = tokenise(text)
        if not words:
            return []
        sub = self._sub.scores(words)
        head = self._head.scores(words)
        chap = self._chap.scores(words)
        touched: set[int] = set(sub)
        for index in head:
            touched.update(self._by_heading.get(self.heading_codes[index], ()))
        hits: list[LexicalHit] = []
        for index in touched:
            code = self.codes[index]
            own, own_words = sub.get(index, (0.0, set()))
            h_score, h_words = head.get(self._heading_of.get(code[:4], -1), (0.0, set()))
            c_score, c_words = chap.get(self._chapter_of.get(code[:2], -1), (0.0, set()))
            score = own + self.HEADING_WEIGHT * h_score + self.CHAPTER_WEIGHT * c_score
            if score > 0:
                hits.append(LexicalHit(code, score, tuple(sorted(own_words | h_words | c_words))))
        hits.sort(key=lambda hit: (-hit.score, hit.code))
        return hits[:limit]

    def within(self, text: str, heading: str) -> list[LexicalHit]:
        """Score every subheading of one heading against a text (zero scores included), best first."""
        words = tokenise(text)
        sub = self._sub.scores(words) if words else {}
        hits = [
            LexicalHit(self.codes[i], sub.get(i, (0.0, set()))[0], tuple(sorted(sub.get(i, (0.0, set()))[1])))
            for i in self._by_heading.get(heading, ())
        ]
        hits.sort(key=lambda hit: (-hit.score, hit.code))
        return hits


@lru_cache(maxsize=1)
def lexical_index() -> LexicalIndex:
    """Build the BM25 index over the nomenclature once per process."""
    return LexicalIndex(load_nomenclature())
