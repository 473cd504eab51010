"""The thing, then its modifiers: read a goods description for the noun that names the goods.

A trader writes "women's tank top", "control arms for passenger cars", "500 tonnes of diesel fuel",
"parts of diesel engines". The goods are the last noun of the first noun phrase (the head: "top",
"arm", "fuel", "part"); the words before it in that phrase are modifiers ("women's tank"); what
follows "for", "of", "with"... says what the goods serve, hold or are made of. Quantities and
packings ("500 tonnes of", "a set of") are skipped, and "parts of Z" keeps Z as the goods the
parts belong to (the nomenclature classifies many parts with their goods).

The parse is plain text reading, not grammar: it looks at connecting words and punctuation only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sanctioneer.hs.gazetteer import fold
from sanctioneer.hs.lexical import _singular_as_trained, singular

__all__ = ["PARTICIPLE", "STATES", "Parse", "assorted", "listed_goods", "parse", "served"]

_WORD = re.compile(r"[a-z0-9]+")
# Words that end the first noun phrase: what follows serves, holds, makes or qualifies the goods.
_CONNECTORS = frozenset({
    "for", "of", "with", "in", "including", "containing", "incl", "fitted", "plus", "to", "on", "from",
    "made", "used", "by", "without", "under", "as", "which", "that", "whether", "and", "or", "suitable",
    "designed", "intended", "having", "at", "per", "put", "not", "other", "than", "into", "comprising",
    "consisting", "composed", "w", "wo",
})
# Connecting words that, written first, leave the goods unnamed: the description says only what they serve, hold
# or are made of ("used cars", "other vessels", "not knitted" and "made-up articles" still name goods).
_SERVES_FIRST = _CONNECTORS - {"used", "other", "not", "made", "and", "or"}
# Quantities and packings that come before "of" and are not the goods ("500 tonnes of", "a set of").
_QUANTITIES = frozenset({
    "a", "an", "the", "one", "two", "three", "some", "several", "lot", "batch", "quantity", "tonne", "ton", "t",
    "mt", "kg", "kilogram", "gram", "g", "lb", "pound", "litre", "liter", "l", "gallon", "barrel", "bbl", "unit",
    "piece", "pc", "pcs", "set", "pair", "box", "carton", "case", "bag", "sack", "bottle", "can", "drum", "container",
    "pallet", "shipment", "consignment", "roll", "bundle", "pack", "package", "packet", "dozen", "crate", "cubic",
    "metre", "meter", "m", "m3", "cbm", "sqm", "square", "ream", "sheet", "load", "truckload", "cargo", "kit",
    "assortment", "type", "kind", "sort", "line", "range", "series", "bulk",
})
# The state or preparation of foodstuffs and oils, which the nomenclature's subheadings and splits read, not
# other goods.
STATES = frozenset({
    "frozen", "chilled", "fresh", "cooked", "precooked", "uncooked", "raw", "dried", "smoked", "salted", "canned",
    "peeled", "boiled", "steamed", "breaded", "sliced", "diced", "shelled", "deveined", "headless", "wild", "farmed",
    "organic", "crude", "refined",
})
_PARTS = frozenset({"part", "component", "accessory", "spare", "fitting", "attachment"})
# A trailing participle describes a state ("tuna canned", "fish salted"), not the goods.
PARTICIPLE = re.compile(r"..[^e]ed$")
_PUNCTUATION = re.compile(r"[,;:()\[\]/]|\s-\s")
_COMPOUND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# A slash between two words that are not "w/o" or "and/or".
_ALTERNATIVES = re.compile(r"(?<=[a-z])(?<!\bw)(?<!\band)/(?=[a-z])(?!o\b)(?!or\b)")


@dataclass(frozen=True)
class Parse:
    """The head noun of a description, the words of its noun phrase, and the goods of "parts of Z".

    Words are folded and singular ("Women's Tank Tops" -> women, s, tank, top). `phrase` ends with
    `head`; `whole` is the phrase of the goods a part, component or accessory belongs to.
    """

    head: str | None
    phrase: tuple[str, ...]
    whole: tuple[str, ...] = ()

    @property
    def modifiers(self) -> tuple[str, ...]:
        return self.phrase[:-1]


def _phrases(folded: str, *, joined: bool = True) -> list[tuple[tuple[str, ...], str | None]]:
    """Split a description into noun phrases, each with the connecting word that follows it.

    A word joined by hyphens is one modifier even when it holds a connecting word ("clip-on sunglasses",
    "ready-to-eat meals", "surface-to-air missiles", "man-made fibres"). With `joined` false its parts
    are read one by one, as the trained model's features were counted.
    """
    out: list[tuple[tuple[str, ...], str | None]] = []
    # Read apart, the words keep the singular the trained model's features were counted with.
    single = singular if joined else _singular_as_trained
    if joined:
        # Words joined by a slash are alternatives within one phrase ("ski/snowboard pants" are pants).
        folded = _ALTERNATIVES.sub("-", folded)
    for chunk in _PUNCTUATION.split(folded):
        words: list[str] = []
        for compound in _COMPOUND.findall(chunk) if joined else _WORD.findall(chunk):
            if "-" in compound:
                words.extend(single(word) for word in compound.split("-") if word)
                continue
            if compound in _CONNECTORS:
                if words:
                    out.append((tuple(words), compound))
                    words = []
                continue
            words.append(single(compound))
        if words:
            out.append((tuple(words), None))
    return out


# One word of hyphenated parts ending in a participle, then a comma: "floor-standing,", "battery-operated,".
_WORKED_FIRST = re.compile(r"^\s*[a-z0-9]+(?:-[a-z0-9]+)*-[a-z]+(?:ing|[^e]ed)\s*,")


def _names_after(after: str, words: tuple[str, ...]) -> bool:
    """True when the phrase after a leading compound may name goods: it begins with no connecting word ("that is, in
    which") and ends on neither a participle nor a state."""
    first = _WORD.search(after)
    return (
        first is not None and first.group() not in _CONNECTORS | {"is", "are"} and bool(words)
        and not PARTICIPLE.search(words[-1]) and not words[-1].endswith("ing") and words[-1] not in STATES
    )


def _is_quantity(words: tuple[str, ...]) -> bool:
    return all(w in _QUANTITIES or any(c.isdigit() for c in w) for w in words)


@lru_cache(maxsize=4096)
def parse(text: str, *, joined: bool = True) -> Parse:
    """Return the head noun, its phrase and, for parts and accessories, the goods they belong to.

    `joined=False` reads the parts of hyphenated words apart (`_phrases`): the reading the shipped
    heading model's features were counted with, kept for it until it is trained again.
    """
    first = _WORD.search(fold(text))
    if joined and first is not None and first.group() in _SERVES_FIRST:
        # "Designed for boat or ship installation", "of cotton": what the goods serve or are made of, the goods
        # themselves unnamed (as the nomenclature's "of coal" after a semicolon, `listed_goods`).
        return Parse(None, ())
    phrases = _phrases(fold(text), joined=joined)
    while len(phrases) > 1 and _is_quantity(phrases[0][0]) and phrases[0][1] == "of":
        phrases = phrases[1:]
    # A set or kit named bare before what it holds ("kit comprising a drill, bits and a case", "set consisting of"):
    # the goods are those it holds, as after "a set of".
    while joined and len(phrases) > 1 and _is_quantity(phrases[0][0]) and phrases[0][1] in _HOLDS:
        phrases = phrases[1:]
    # A state written first and set apart by a comma is not the goods: "canned, prepared tuna" is tuna.
    while joined and len(phrases) > 1 and phrases[0][1] is None and set(phrases[0][0]) <= STATES:
        phrases = phrases[1:]
    # So is a compound of how the goods stand or work, written first and set apart by a comma ("Floor-standing,
    # metal-top ironing boards", "battery-operated, hand-held fans"): the goods are named after it.
    rest = fold(text)
    while joined and len(phrases) > 1 and (lead := _WORKED_FIRST.match(rest)) and _names_after(
        rest[lead.end():], phrases[1][0]
    ):
        rest, phrases = rest[lead.end():], phrases[1:]
    if joined:
        phrases = _series_qualifies(fold(text).translate(_APOSTROPHES), phrases)
    # "Bulldozer or angledozer blades", "knitted or crocheted fabrics": the first word qualifies the goods named
    # after both, which are the head ("tanks and other armoured vehicles" lists two goods).
    shared = _SHARED.match(fold(text).lstrip()) if joined else None
    if (
        shared and len(phrases) > 1 and phrases[0][0] == (singular(shared.group(1)),)
        and not {shared.group(2), shared.group(3)} & (_CONNECTORS | _DETERMINERS)
        and phrases[0][0][0] not in phrases[1][0]  # "rackets and racket frames" are two goods
    ):
        words, connector = phrases[1]
        phrases = [((*phrases[0][0], *words), connector), *phrases[2:]]
    # A state given as one of two ("crude or not manufactured", "crude or in irregular pieces") is not the goods.
    while joined and len(phrases) > 1 and phrases[0][1] in ("or", "and") and set(phrases[0][0]) <= STATES:
        phrases = phrases[1:]
    if not phrases:
        return Parse(None, ())
    words, connector = phrases[0]
    content = tuple(w for w in words if w not in ("a", "an", "the"))
    if not content:
        return Parse(None, ())
    whole: tuple[str, ...] = ()
    if content[-1] in _PARTS and connector in ("of", "for") and len(phrases) > 1:
        whole = phrases[1][0]
    return Parse(content[-1], content, whole)


def _series_qualifies(
    folded: str, phrases: list[tuple[tuple[str, ...], str | None]]
) -> list[tuple[tuple[str, ...], str | None]]:
    """Read a comma series of single words before "and" or "or" as qualifying the goods named after it.

    "Athletic, recreational and sporting headgear", "men's, boys' and women's trousers", "steel, iron or
    aluminium fittings": each word says which headgear, trousers or fittings, as the one word before "or"
    does in "bulldozer or angledozer blades". The goods after "and" or "or" must be a phrase of their own ending
    in a noun, not a participle ("sanded, grooved or otherwise advanced") nor what refers back to the words
    before ("dinoseb, iso and its salts"). A word written in the plural is goods of its own and keeps the series a
    list ("ambulances, hearses and prison vans"): the nomenclature's own list of goods words cannot tell, as it
    lists "steel", "athletic" and "kitchen" among its goods and not ambulances or sunsuits.
    """
    series = _SERIES.match(folded.lstrip())
    if series is None:
        return phrases
    parts = [part.strip() for part in series.group(1).split(",") if part.strip()]
    size = len(parts)
    if len(phrases) <= size:
        return phrases
    # The goods after "and" or "or" must be a phrase of their own ("bolts, nuts and screws" lists goods), its
    # trailing participles and numbers aside ("similar articles produced in continuous length"; "cement coated").
    goods = phrases[size][0]
    while goods and (PARTICIPLE.search(goods[-1]) or any(c.isdigit() for c in goods[-1])):
        goods = goods[:-1]
    if len(goods) < 2:
        return phrases
    words = [tuple(singular(w) for w in _WORD.findall(part)) for part in parts]
    if any(phrases[i][0] != words[i] for i in range(size)) or any(w[0] in phrases[size][0] for w in words):
        return phrases  # not the series the words read ("rackets, bats and racket frames" are goods listed)
    if any("'" not in part and singular(part) != part for part in parts):
        return phrases  # "bolts, nuts and hex screws"; a possessive ("boys'") says whose goods
    qualified = tuple(w for part in words for w in part)
    return [((*qualified, *phrases[size][0]), phrases[size][1]), *phrases[size + 1:]]


@lru_cache(maxsize=4096)
def served(text: str) -> tuple[str, ...]:
    """Return the goods the head's goods serve, as written after "for": "router" in "housing for a router".

    "for use in Z" and "for use with Z" give Z. Empty when the head's phrase is not followed by "for".
    """
    phrases = _phrases(fold(text))
    while len(phrases) > 1 and _is_quantity(phrases[0][0]) and phrases[0][1] == "of":
        phrases = phrases[1:]
    if len(phrases) < 2 or phrases[0][1] != "for":
        return ()
    words, connector = phrases[1]
    if words == ("use",) and connector in ("in", "with", "on", "by") and len(phrases) > 2:
        words = phrases[2][0]
    return tuple(w for w in words if w not in ("a", "an", "the"))


# What a bare set or kit is followed by when what it holds comes next.
_HOLDS = frozenset({"comprising", "consisting", "containing", "including"})
# The words of a set, kit or assortment (General Interpretative Rule 3 (b)).
_SET_NAMES = r"(?:sets?|kits?|assortments?|outfits?)"
# A set of several goods: the set word, then what it holds listed ("set of a comb, a brush and a mirror").
_HOLDS_LISTED = re.compile(
    rf"\b{_SET_NAMES}\s+(?:of|comprising|consisting\s+of|containing|including)\b[^;]*?(?:,|\band\b|&|\+)"
)
# Or the goods listed first, then the set word, in the phrase the description begins with ("shampoo and conditioner
# gift set", "comb, brush and mirror set"): not goods "with" a kit of their accessories, nor an aside in brackets.
_LISTED_SET = re.compile(rf"^[^;()]*?(?:,|\band\b|&|\+)[^;()]*?\b{_SET_NAMES}\b")
# Words that end the goods' own phrase before a set word: what follows says what the goods have or serve.
_PHRASE_ENDS = frozenset({"with", "for", "of", "in", "including", "containing", "plus", "without", "to", "on"})


def assorted(text: str) -> bool:
    """True when a description is of a set of several goods: the set word with what it holds listed after it
    ("kit comprising a drill, bits and a case") or the goods listed before it ("comb and brush set"). Such a set is
    classified as the goods that give it its essential character (General Interpretative Rule 3 (b)): a judgement."""
    folded = fold(text).strip()
    if _HOLDS_LISTED.search(folded):
        return True
    listed = _LISTED_SET.search(folded)
    return listed is not None and not set(_WORD.findall(listed.group())) & _PHRASE_ENDS


# What a set's listed goods are cut at: commas, "and", "&", "+", "/" ("comb, brush and mirror").
_ITEM_SEPARATORS = re.compile(r",|\band\b|&|\+|/")
# Words before a listed item that count or introduce it, not what it is ("a", "two", "one pair of").
_ITEM_FILLERS = frozenset({"a", "an", "the", "one", "two", "three", "four", "pair", "piece", "pc", "pcs", "of", "set"})
# Words between the last listed goods and the set word that say what kind of set it is ("brush and comb gift set").
_SET_KINDS = frozenset({"gift", "travel", "starter", "piece", "pc"})


def set_items(text: str) -> tuple[tuple[str, ...], ...]:
    """Return the goods a set lists, each as its words (singular, counts and articles dropped), or () when the
    description is no set of several goods (`assorted`): "kit comprising a saw, two files and pliers" lists
    (saw,), (file,), (plier,); "spoon and ladle set" lists (spoon,), (ladle,)."""
    folded = fold(text).strip()
    if not assorted(folded):
        return ()
    held = _HOLDS_LISTED.search(folded)
    if held is not None:
        listed = re.split(r"[;()]", folded[held.start():])[0]
        listed = re.sub(rf"^{_SET_NAMES}\s+(?:of|comprising|consisting\s+of|containing|including)\b", "", listed)
    else:
        match = _LISTED_SET.search(folded)
        listed = re.sub(rf"\b{_SET_NAMES}$", "", match.group()) if match else ""
    items = []
    for part in _ITEM_SEPARATORS.split(listed):
        words = [singular(w) for w in _WORD.findall(part)]
        while words and (words[0] in _ITEM_FILLERS or words[0].isdigit()):
            words = words[1:]
        while words and words[-1] in _SET_KINDS:
            words = words[:-1]
        if words:
            items.append(tuple(words))
    return tuple(items) if len(items) > 1 else ()


_BRACKETS = re.compile(r"\([^()]*\)")
# Typographic apostrophes, read as the plain one: "men’s and boys’ shirts" is "men's and boys' shirts".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_SHARED = re.compile(r"\b([a-z]+) (?:or|and) ([a-z][a-z-]*) ([a-z][a-z-]*)\b")
_DETERMINERS = frozenset({"its", "their", "the", "similar", "such", "all", "other", "like"})
# Single words (or possessives) set apart by commas, the last before "and" or "or": "athletic, recreational and"; or
# one possessive alone before them, whose goods the phrase after names ("men's and boys' shirts" are shirts, not the
# "s" of "men's").
# A determiner after "and" or "or" that refers back to the words before ("dinoseb and its salts") ends no series;
# "other" and "similar" goods are more of the goods the series qualifies ("table, kitchen or other household articles").
_SERIES = re.compile(r"((?:[a-z]+(?:'s|')?, ?)+[a-z]+(?:'s|')?|[a-z]+(?:'s|')),? (?:and|or) "
                     rf"(?!(?:{'|'.join(sorted(_DETERMINERS - {'other', 'similar'}))})\b)")
# What ends a list of goods in the nomenclature's text: the words after it qualify the goods listed.
_LIST_GOES_ON = frozenset({None, "and", "or", "including"})
_QUALIFIES_FIRST = _SERVES_FIRST | {"not"}


@lru_cache(maxsize=8192)
def listed_goods(text: str) -> frozenset[str]:
    """Return the heads of the goods a nomenclature text lists, singular.

    "Reservoirs, tanks, vats and similar containers for any material" lists reservoir, tank, vat and
    container; what follows "for", "of", "in", "with"... qualifies them. Each part of a text cut by a
    semicolon ("Sports footwear; tennis shoes, basketball shoes") lists goods of its own.
    """
    return frozenset(phrase[-1] for phrase in listed_phrases(text))


def listed_phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Return the noun phrases of the goods a nomenclature text lists, each ending with its head, singular.

    "Fire-extinguishers; ... charged fire-extinguishing grenades" lists ("fire", "extinguisher") and
    ("charged", "fire", "extinguishing", "grenade"): the words before the head say which of the goods
    the word may name the text means (`listed_goods` gives the heads alone).
    """
    found: set[tuple[str, ...]] = set()
    # What stands in brackets is an example or an exclusion ("(excluding diamonds)"), not the goods listed.
    for part in _BRACKETS.sub(" ", fold(text)).split(";"):
        first = _WORD.search(part)
        if first is None or first.group() in _CONNECTORS:
            continue  # "of coal", "for aircraft": what the goods before the semicolon are made of or for
        # "Boat or dock fenders", "coal or rock cutters": the first word qualifies the goods named after both.
        shared = {
            singular(match.group(1)) for match in _SHARED.finditer(part)
            if not {match.group(2), match.group(3)} & (_CONNECTORS | _DETERMINERS)
        }
        # A comma's part that begins with what the goods are made of, serve or are not (", of pile construction",
        # ", not made up") qualifies the goods listed before it and lists none; after it only "including" lists more.
        qualified = False
        for chunk in _PUNCTUATION.split(_ALTERNATIVES.sub("-", part)):
            word = _WORD.search(chunk)
            if word is None:
                continue
            if word.group() != "including" and (qualified or word.group() in _QUALIFIES_FIRST):
                qualified = True
                continue
            qualified = False
            ended = False
            for words, connector in _phrases(chunk):
                content = [w for w in words if w not in ("a", "an", "the")]
                if content and not (len(content) == 1 and content[0] in shared):
                    found.add(tuple(content))
                if connector not in _LIST_GOES_ON:
                    ended = True
                    break
            if ended:
                break
    return frozenset(found)
