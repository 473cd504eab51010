"""Customs wording around the goods: origin, packing, reference numbers, sizes and boilerplate.

Importers and invoices wrap the goods in words that say nothing of which goods they are:
"LED flashlight, Model AB-1234, in retail packaging, from China", "Item No. 4567, rubber gloves",
"12 inch wooden picture frame", "Acme brand kitchen knives", "steel hex bolts; HTS". A heading is
read from the goods ("LED flashlight"); the wrapping only draws the word-matching sources and the
trained model to other goods ("packaging", "model", "item"). `goods_text` drops it.

Only wording is dropped that the nomenclature never uses to tell headings apart. Sizes and packings
that choose a subheading ("of a width exceeding 30 cm", "put up for retail sale") are still read from
the full description when the subheading is chosen (`hs/subheading.py`); the override rules and the
gazetteer read the full description too, so a maker's model name ("Model 70 rifle") is never lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from sanctioneer.hs.head import parse

__all__ = ["asides_after", "goods_text", "spelled_out"]

_UNIT = (
    r"(?:inch(?:es)?|in\b\.?|\"|''|ft|feet|foot|mm|cm|m|metres?|meters?|millimet(?:re|er)s?|centimet(?:re|er)s?|"
    r"ml|l|litres?|liters?|oz|ounces?|lbs?|pounds?|kg|g|grams?|gal(?:lons?)?|qt|quarts?|w|watts?|v|volts?|mah)"
)
_NUMBER = r"\d+(?:[.,/]\d+)?"
_SIZE_TEXT = rf"(?:{_NUMBER}\s*(?:{_UNIT}\s*)?(?:x|by|\*)\s*)*{_NUMBER}\s*-?\s*{_UNIT}"
# "12 inch", "12-inch", "10 x 20 cm", "3/4 in.", "500 ml" before or after the goods: a size, not the goods.
# A size after "exceeding", "over", "of" and the like is the nomenclature's own criterion and stays.
_SIZE_LEAD = re.compile(rf"^\s*{_SIZE_TEXT}(?![\w])(?!\s*\d)-?", re.IGNORECASE)
_SIZE_TAIL = re.compile(rf"(?<![\w-]){_SIZE_TEXT}\.?\s*$", re.IGNORECASE)
_MEASURED = frozenset({
    "exceeding", "over", "under", "than", "least", "most", "of", "to", "up", "below", "above", "width", "length",
    "thickness", "diameter", "capacity", "weight", "height", "not", "within", "from", "and", "or", "minimum", "maximum",
})
# "Model AB-1234", "Item No. 4567", "Style #123", "SKU 12345", "Part No. 12-345", "Art. 55", "Ref. XJ9"; letters before
# the number are a maker's prefix ("item pp 2385"), never a set word with its count ("art set 40 pieces" is an art set).
_REFERENCE = re.compile(
    r"(?<![\w-])(?:model|models|item|items|style|styles|sku|art|article|ref|reference|part|catalog(?:ue)?|"
    r"product|upc|ean|asin|mfr|p/n|pn|(?:samples?|(?:vendor\s+)?stock)(?=\s*(?:no\b|nos\b|number|#)))\s*"
    r"(?:(?:no|nos|number|numbers|code|#)\b\.?\s*)?[:#.]?\s*(?:(?!(?:sets?|kits?|pcs?)\b)[a-z]{1,3}\s+(?=\d))?"
    r"(?=[\w-]*\d)[a-z0-9][\w./-]*(?:\s*(?:,|and|&)\s*(?=[\w-]*\d)[a-z0-9][\w./-]*)*",
    re.IGNORECASE,
)
# A code standing alone: letters and digits mixed, as makers number their goods ("AB-1234", "XJ900").
_CODE = re.compile(
    r"(?<![\w-])(?=[a-z-]*\d)(?=\d*[a-z])[a-z0-9]{1,4}(?:-[a-z0-9]+)+(?![\w-])|#\s*\d[\w-]*", re.IGNORECASE
)
# A maker's number without a hyphen that a part of the description begins with, set apart from the goods by a comma,
# a colon, a semicolon, a dash or a slash ("ZX4500, cordless drill", "KT300: electric kettle"): two letters or more,
# then three digits or more, so that a standard's or a weapon's short designation ("N95", "AK47", "R134a") is kept.
_LEAD_CODE = re.compile(r"^\s*[a-z]{2,}\d{3,}[a-z]{0,2}(?:\s*:\s*|\s+[-\u2013/]\s+|\s*$)", re.IGNORECASE)
# "Acme brand", "brand: Acme", "brand name Acme": the maker's name, not the goods.
_BRAND_BEFORE = re.compile(r"^\s*(?:[\w'&.-]+\s+){1,3}brand(?:ed)?\b\s*", re.IGNORECASE)
_BRAND_CHUNK = re.compile(r"^\s*(?:brand|trade\s*mark|trademark|label)(?:\s+name)?\b", re.IGNORECASE)
# What a ruling was asked to decide, before the goods: "The tariff classification of", "The tariff classification and
# country of origin of", "The tariff classification, marking and status under the ... Agreement (NAFTA) of".
_AGREEMENT = (
    r"(?:the\s+)?(?:[\w.'’&-]+\s+){0,9}?(?:agreement|act|preferences|program(?:me)?|initiative|nafta|usmca|gsp|"
    r"(?:sub)?heading\s+[\d.]+(?:,?\s+htsus?)?)(?:\s*\([\w.-]+\))?"
)
_DECIDED = (
    r"(?:(?:tariff\s+)?classification|country\s+of\s+origin(?:\s+marking)?|(?:country\s+of\s+origin\s+)?marking"
    rf"(?:\s+requirements)?|(?:status|eligibility|treatment)(?:\s+for\s+preferential(?:\s+tariff)?\s+treatment)?"
    rf"(?:\s+under\s+{_AGREEMENT})?|(?:applicability|application)\s+of\s+{_AGREEMENT}|valuation)"
)
_BOILERPLATE_START = re.compile(
    rf"^\s*(?:re:\s*)?(?:the\s+)?{_DECIDED}(?:\s*,\s*(?:and\s+)?{_DECIDED}|\s+and\s+{_DECIDED})*,?\s+of\s+"
    r"(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
# "two styles of", "certain", "various models of", "a set of three": how many kinds of the goods, not the goods.
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|various|multiple|assorted|certain|some)"
)
_KINDS_START = re.compile(
    rf"^\s*(?:{_COUNT}\s+)?(?:different\s+)?(?:styles?|models?|types?|kinds?|designs?|versions?|varieties|variety|"
    rf"sizes?|colou?rs?)\s+of\s+(?:the\s+)?|^\s*(?:certain|various|assorted)\s+",
    re.IGNORECASE,
)
# A price an invoice or an offer writes beside the goods: "USD 12.50 per piece", "at $3/kg", "@ US$ 4.20/pc", "3.20
# USD/kg", "unit price EUR 8.75", "FOB USD 1,250.00", "priced at RMB 45 each". The amount, its currency and the unit it
# is counted by say what the goods cost, not which goods; read, "per piece" and "/kg" end the goods' phrase before
# them and a price written first is taken for the goods. A price is read before the commas part the description:
# the comma of "1,250.00" parts no goods.
_CURRENCY = (
    r"(?:(?<!\w)(?:us|hk|s|a|c|nz)\s?\$|[$€£¥]|\b(?:usd|eur|euros?|gbp|rmb|cny|jpy|yuan|renminbi|dollars?|rub|roubles?|"
    r"rubles?|krw|won|inr|rupees?|hkd|sgd|aud|cad|chf|yen)\b)"
)
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_PRICE = re.compile(
    r"(?:\b(?:(?:unit\s+)?prices?|cost|priced\s+at|valued\s+at|at|fob|cif|cfr|exw)\s*:?\s*|@\s*)?"
    rf"(?:{_CURRENCY}\s*{_AMOUNT}|(?<![\w.,]){_AMOUNT}\s*{_CURRENCY})"
    r"(?:\s*(?:/|\bper\b|\ba\b)\s*[a-z]+\b\.?|\s+each\b)?",
    re.IGNORECASE,
)
# Whole comma-separated parts that only say where the goods come from, how they travel or why.
_QUALIFIER_CHUNK = re.compile(
    r"^\s*(?:"
    r"(?:imported|shipped|sold|intended|designed|packed|packaged|put\s+up)?\s*(?:for|to\s+be)\s+(?:re)?sale\b.*|"
    r"(?:imported\s+)?(?:in|as)\s+bulk(?:\s+form)?|bulk\s+(?:packed|packaging|pack)|"
    r"(?:in|with)\s+(?:retail|consumer|individual|gift|bulk|master|export|blister|clamshell|plastic|paper)?\s*"
    r"(?:packaging|packing|packages?|boxes|box|cartons?|bags?|blister\s+packs?|display\s+boxes)|"
    r"(?:retail|individually|bulk|gift)\s+(?:packed|packaged|boxed|bagged)|"
    r"(?:packed|packaged|boxed)\s+(?:for|in)\s+.*|"
    r"\d+\s*-?\s*(?:pack|pk|pcs|pieces|pc|count|ct|units?|pairs?|sets?)\b\.?|"
    r"(?:pack|box|case|set|carton)\s+of\s+\d+\s*\w*|"
    r"(?:hts|htsus|hs|tariff|heading|subheading|classification)\b.*|"
    r"(?:new|unused|brand\s+new)|"
    r"imported(?:\s+into\s+the\s+united\s+states)?"
    r")\s*$",
    re.IGNORECASE,
)
# The same wording at the end of the goods' own part, without a comma ("electric kettle in retail packaging").
_QUALIFIER_TAIL = re.compile(
    r"\s+(?:"
    r"(?:imported\s+)?for\s+(?:re)?sale|(?:in|as)\s+bulk|"
    r"(?:in|with)\s+(?:retail|consumer|individual|gift|bulk|master|export|blister|clamshell)\s*"
    r"(?:packaging|packing|packages?|boxes|box|cartons?|bags?|packs?)|"
    r"(?:retail|individually|bulk|gift)\s+(?:packed|packaged|boxed|bagged)"
    r")\s*$",
    re.IGNORECASE,
)
# "from China", "made in Viet Nam", "product of Italy", "origin: Japan": where the goods come from.
_ORIGIN = re.compile(
    r"(?:\b(?:imported\s+)?from|\bmade\s+in|\bproduct\s+of|\bproduced\s+in|\bmanufactured\s+in|"
    r"\b(?:country\s+of\s+)?origin\s*:?|\borigin(?:ating)?\s+(?:in|from))\s+(?:the\s+)?([a-z][a-z .'-]*?)\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _country(name: str) -> bool:
    from sanctioneer.countries import country_code

    return 0 < len(name.split()) <= 4 and country_code(name) is not None


def _strip_origin(chunk: str) -> str:
    while (found := _ORIGIN.search(chunk)) and _country(found.group(1)):
        chunk = chunk[: found.start()].rstrip(" ,.-")
    return chunk


# A set's count of pieces after the set word ("Luggage Set 3 Piece Spinner", "Patio Set, 5 pcs"): what follows says
# how the set is made up or looks, and the goods are those the words before the set word name ("set 4 pieces of
# luggage" names its goods after the count).
_SET_COUNT = re.compile(r"(\w\s+(?:set|kit))\s+\d+\s*-?\s*(?:pieces?|pcs?)\b(?!\s+of\b).*$", re.IGNORECASE)


def _chunk(chunk: str) -> str:
    """A comma-separated part of a description without its wrapping; empty when it is all wrapping."""
    chunk = _SET_COUNT.sub(r"\1", _strip_origin(chunk))
    while (tail := _QUALIFIER_TAIL.search(chunk)) and tail.start() > 0:
        chunk = _strip_origin(chunk[: tail.start()])
    if _QUALIFIER_CHUNK.match(chunk) or _BRAND_CHUNK.match(chunk):
        return ""
    chunk = _REFERENCE.sub(" ", chunk)
    chunk = _SIZE_LEAD.sub(" ", chunk)
    if (tail := _SIZE_TAIL.search(chunk)) and chunk[: tail.start()].split()[-1:] != [] and (
        chunk[: tail.start()].split()[-1].lower() not in _MEASURED
    ):
        chunk = chunk[: tail.start()]
    chunk = _CODE.sub(" ", chunk)
    chunk = _LEAD_CODE.sub("", chunk)
    chunk = _BRAND_BEFORE.sub("", chunk)
    chunk = " ".join(chunk.split()).strip(" -.:")
    if _QUALIFIER_CHUNK.match(chunk):
        return ""
    return chunk


# "whole milk 3.5% fat", "shirts 60% cotton 40% polyester": after the goods, a share says what they are made
# of, as "of cotton" would; a comma keeps it from being read as the goods themselves ("fat").
_SHARE = re.compile(r"(?<=[a-z'])\s+(?=\d+(?:[.,]\d+)?\s*%)", re.IGNORECASE)
_CONNECTED = re.compile(r"\b(?:of|with|in|by|containing|than|over|under|to|and|or|exceeding)$", re.IGNORECASE)


def _composition_apart(chunk: str) -> str:
    found = _SHARE.search(chunk)
    if found is None or _CONNECTED.search(chunk[: found.start()]) or "%" in chunk[: found.start()]:
        return chunk
    return f"{chunk[: found.start()]}, {chunk[found.end():]}"


_CONNECTING = re.compile(
    r"\b(?:for|of|with|in|on|to|from|by|and|or|not|other|than|including|containing|without)\b", re.IGNORECASE
)


def _uninverted(parts: list[str]) -> list[str]:
    """Read a catalogue's inverted entry in plain order: "Bolts, hex, steel" -> "steel hex Bolts".

    Customs lists and invoices put the goods first and their kinds and materials after, one to a comma.
    Only short entries are read so: the goods in one or two words, then modifiers of one or two words
    each without a connecting word, two or more of them or a single one-word one ("Gloves, rubber");
    "Running shoes, Nike Pegasus" is left as it is.
    """
    if len(parts) < 2 or len(parts[0].split()) > 2:
        return parts
    after = parts[1:]
    if any(len(p.split()) > 2 or _CONNECTING.search(p) or any(c.isdigit() for c in p) for p in after):
        return parts
    if len(after) == 1 and len(after[0].split()) > 1:
        return parts
    return [" ".join([*reversed(after), parts[0]])]


# A name in quotation marks is the maker's name for the goods ('the "Magic Jump" bounce house'), not the goods.
_QUOTED = re.compile(r"[\"“”„]([^\"“”„]{1,60})[\"“”]|(?<![\w'])['‘]([^'‘’]{1,60})['’](?![\w'])")


# Customs shorthand and what it stands for. "Not elsewhere specified or included" and its kin say only that the
# goods are the rest of a heading: they are dropped, as the nomenclature's own "n.e.c." is never the goods.
_SHORTHAND = (
    (re.compile(r"(?<![\w.])(?:n\.\s?e\.\s?s\.\s?o\.\s?i\.?|nesoi|n\.\s?e\.\s?s\.|n\.\s?e\.\s?c\.|n\.\s?s\.\s?p\.\s?f\.?|nspf)"
                r"(?![\w])", re.IGNORECASE), ""),
    (re.compile(r"(?<![\w/])o/(?:than|t)\b", re.IGNORECASE), "other than"),
    (re.compile(r"(?<![\w/])w/o\b", re.IGNORECASE), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s*[a-z0-9])", re.IGNORECASE), "with "),
    (re.compile(r"(?<![\w/])f/(?=\s*[a-z0-9])", re.IGNORECASE), "for "),
)


@dataclass(frozen=True)
class _Trade:
    """One trade shorthand of `hs/data/shorthand.yaml`: its pattern, what it stands for, when it does not."""

    pattern: re.Pattern[str]
    written: str
    before: frozenset[str]
    unless: frozenset[str]


@lru_cache(maxsize=1)
def _trade_shorthand() -> tuple[_Trade, ...]:
    from importlib import resources

    from sanctioneer.errors import InputError
    from sanctioneer.safeyaml import read_yaml

    name = "shorthand.yaml"
    data = read_yaml((resources.files("sanctioneer.hs") / "data" / name).read_text(encoding="utf-8"), name=name,
                     packaged=True)
    out = []
    for number, entry in enumerate(data["shorthand"], 1):
        unknown = set(entry) - {"short", "written", "before", "unless", "grade", "counted"}
        if unknown or not entry.get("short") or not isinstance(entry.get("written"), str):
            raise InputError(f"entry {number} needs short and written, and no keys but short, written, before, "
                             "unless, grade and counted", where=f"{name}: shorthand",
                             fix="correct the packaged data file")
        words = "|".join(re.escape(word) for word in sorted(entry["short"], key=len, reverse=True))
        # A whole word, a full stop after it allowed; with `grade`, digits may follow at once ("SS304").
        end = r"(?:\.(?!\w)|(?=\d{3}[a-z]?\b)|(?![\w/.-]))" if entry.get("grade") else r"(?:\.(?!\w)|(?![\w/.-]))"
        lead = r"(?<=\d\s)|(?<=\d)" if entry.get("counted") else r"(?<![\w/.-])"
        pattern = re.compile(rf"(?:{lead})(?:{words}){end}", re.IGNORECASE)
        out.append(_Trade(
            pattern, entry["written"], frozenset(entry.get("before", ())), frozenset(entry.get("unless", ()))
        ))
    return tuple(out)


_NEXT_WORD = re.compile(r"\s*([a-z][a-z-]*)", re.IGNORECASE)


def _trade_written(found: re.Match[str], trade: _Trade) -> str:
    """What one shorthand found stands for, or the shorthand as written when the next word is none of its `before`."""
    text, end = found.string, found.end()
    if trade.before:
        following = _NEXT_WORD.match(text, end)
        word = following.group(1).lower() if following else ""
        if not {word, word.rstrip("s"), word[:-2]} & trade.before:
            return found.group()
    return f"{trade.written} " if text[end : end + 1].isalnum() else trade.written


def _trade_written_out(text: str) -> str:
    """Write out the trade shorthand of `hs/data/shorthand.yaml`: "SS hose clamp assy" -> "stainless steel hose clamp
    assembly", "MS plate" -> "steel plate"; "MS" before other words, "SS" on a shirt and alum the chemical stay."""
    words = set(re.findall(r"[a-z][a-z-]*", text.lower()))
    for trade in _trade_shorthand():
        if not trade.unless & words:
            text = trade.pattern.sub(partial(_trade_written, trade=trade), text)
    return text


def spelled_out(text: str) -> str:
    """Write customs shorthand out: "w/" with, "w/o" without, "f/" for, "o/than" other than; "n.e.s.o.i.", "nesoi",
    "n.e.s.", "n.e.c." and "nspf" dropped. "plastic boxes o/than f/ jewelry, nesoi" -> "plastic boxes other than for
    jewelry". Trade shorthand is written out too ("SS" stainless steel, "assy" assembly: `_trade_written_out`). Text
    that is all shorthand is returned as it came."""
    out = _trade_written_out(text)
    for pattern, written in _SHORTHAND:
        out = pattern.sub(written, out)
    if out == text:
        return text
    out = re.sub(r"\s+([,;.)])", r"\1", " ".join(out.split())).strip(" ,;")
    return out if re.search(r"[a-zA-Z]{2}", out) else text


# An aside in brackets inside a phrase, the phrase going on after it: "Gas (natural or LP) engines" are engines.
_ASIDE = re.compile(rf"\s*\(([^()]*)\)(?=\)|\s+(?!{_CONNECTING.pattern})[a-z])", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*[,;]")


def asides_after(text: str) -> str:
    """Put an aside in brackets that stands inside a phrase after the phrase, before the next comma or semicolon, so
    that the goods after it stay with the words before it: "Gas (natural or liquid propane (LP)) engines" -> "Gas
    engines (LP) (natural or liquid propane)". An aside at the end of the goods or before a connecting word stays."""
    while (aside := _ASIDE.search(text)) is not None:
        rest = text[aside.end() :]
        end = _PHRASE_END.search(rest)
        cut = end.start() if end else len(rest)
        text = f"{text[: aside.start()]}{rest[:cut]} ({aside.group(1)}){rest[cut:]}"
    return text


# The locants of a chemical name ("1,2-dichloroethane", "N,N-dimethylformamide", "2,4,6-trichlorophenol"): numbers or
# the letters of an atom, set apart by commas and joined to the name by a hyphen. They say where on the molecule, not
# which compound, and their commas part no goods; the choice of subheading still reads them in the description.
_LOCANTS = re.compile(r"(?<![\w,'])(?:\d{1,2}[a-z]?|[nosp])'*(?:,(?:\d{1,2}[a-z]?|[nosp])'*)+-(?=[a-z])", re.IGNORECASE)


# The end of a sentence: a full stop, then a capital; not after an initial ("U.S."), "No." or a maker's "Inc.".
_SENTENCE_END = re.compile(
    r"(?<![\s.][A-Za-z])(?<!\bno)(?<!\bNo)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bSt)(?<!\bvs)[.!?]\s+(?=[A-Z\"“‘])"
)
# A sentence that says what the goods are: a subject that points at them ("The item", "It", "The subject merchandise,
# referred to as ...", "This product") and "is a" or "are", or "is described as", "is referred to as".
_NAMED = re.compile(
    r"^\s*(?:the|this|these|that|those|each|it|they|both|all|our)\b(?P<subject>(?:(?!\b(?:which|whose|of\s+which)\b)"
    r"[^.;]){0,160}?)\s+(?:is|are|was|were)"
    r"(?:\s+(?:described|referred\s+to|identified|marketed|known|designated|sold|imported)\s+as)?"
    r"\s+(?P<goods>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# "It consists of a frame, a motor and a pump": what the goods are made up of, not which goods they are.
_MADE_UP = re.compile(
    r"^\s*(?:the|this|these|that|those|each|it|they)\b[^.;]{0,160}?\s+(?:consists?\s+of|comprises?|"
    r"(?:is|are)\s+(?:composed|made\s+up)\s+of)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# What a predicate starting so says is how the goods are made, used or packed, not which goods they are
# ("is made of plastic", "is used to store food", "are packed in boxes").
_NOT_GOODS = re.compile(
    r"^(?:made|used|designed|intended|composed|constructed|manufactured|packed|packaged|put|imported|shipped|sold|"
    r"available|suitable|approximately|about|in|of|for|from|with|not|also|to|by|valued|priced|classifiable|"
    r"similar|identical|less|more|over|under|greater|between|exceeding|below|above|at|within|equal|\w+ed)\b",
    re.IGNORECASE,
)
# A pronoun or a word that points back at the goods, which a later sentence starts with ("It is made of steel").
_POINTER = re.compile(r"^\s*(?:(?:the|this|these|each)(?:\s+[\w'’-]+){1,3}?|it|they)\s+(?:is|are)\s+", re.IGNORECASE)
# Sentences about the trade, not the goods: price, value, who imports, the sample, the request.
_TRADE = re.compile(
    r"\b(?:price|priced|value|valued|cost|costs|invoice|invoiced|importer|ruling|request|requested|submitted|"
    r"sample|samples|retail|wholesale|country\s+of\s+origin|you)\b|\$",
    re.IGNORECASE,
)


def named_goods(text: str) -> str:
    """Return a description told in sentences with the goods first: the words that name them, then what the other
    sentences say of their make, material and use.

    "The item is a plastic container used to store food. It is made in China." -> "plastic container used to store
    food; made in China". The predicate of "is a", "are", "is described as", "is referred to as" names the goods,
    not the subject ("The subject merchandise, referred to as the 'Model 12', is a women's pullover"); "It consists
    of a frame, a motor and a pump" says what the goods are made up of, without naming them; without such a
    sentence the first sentence names the goods. Sentences on price, value, the importer or the sample are dropped.
    A description of one sentence that names its goods otherwise is returned as it came.
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if not sentences:
        return text
    goods_at, goods = 0, ""
    for at, sentence in enumerate(sentences):
        sentence = sentence.rstrip(" .")
        if (named := _NAMED.match(sentence)) and not _NOT_GOODS.match(named["goods"].strip()):
            goods_at, goods = at, named["goods"].strip()
            break
        if made_up := _MADE_UP.match(sentence):
            goods_at, goods = at, "consisting of " + made_up["rest"].strip()
            break
    if not goods:
        if len(sentences) == 1:
            return text
        goods = sentences[0].rstrip(" .")
    rest = [
        _POINTER.sub("", s).rstrip(" .").replace(";", ",")
        for at, s in enumerate(sentences) if at != goods_at and not _TRADE.search(s)
    ]
    return "; ".join([goods, *(r for r in rest if r)])


# "Zorbex, also known as a folding chair", "tanning agent a/k/a sumac extract": a second name of the same goods. The
# words that say so name no goods (read, they draw the tariff's lines of woods "also known as" another name): the
# two names stay, as two names of the goods set apart by a comma.
_ALIAS = re.compile(
    r"\s*,?\s*\(?\s*\b(?:(?:also|otherwise|commonly|sometimes|often)\s+)?(?:known|called|referred\s+to|marketed)"
    r"\s+as\b|\s*,?\s*\(?\s*(?<![\w/])(?:a/k/a|a\.k\.a\.?|aka)(?![\w/])|\s*,?\s*\(?\s*\balso\s+called\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def goods_text(text: str) -> str:
    """Return a description without the words around its goods: origin, packing, references, sizes.

    "LED flashlight, Model AB-1234, in retail packaging, from China" -> "LED flashlight". Text that
    is all wrapping is returned as it came, so that something is always read.
    """
    # A comma between a chemical name's locants is no comma between goods ("N,N-dimethylformamide" is not the goods
    # "N" listed before "N-dimethylformamide"), nor one the catalogue's inverted order puts after the goods.
    body = _LOCANTS.sub("", _KINDS_START.sub("", named_goods(_BOILERPLATE_START.sub("", text))))
    body = _ALIAS.sub(", ", body)
    body = _PRICE.sub(" ", body)
    out = _unwrapped(_QUOTED.sub(_quoted, body))
    if not re.search(r"[a-zA-Z]{2}", out):
        # Nothing but wrapping outside the quotation marks ('"door knob exerciser", item pp 2385'): they hold the goods.
        out = _unwrapped(_QUOTED.sub(lambda m: m[1] or m[2], body))
    return _without_destination(out) if re.search(r"[a-zA-Z]{2}", out) else text


# Goods that are a material, to be worked into other goods.
_WORKED_MATERIALS = frozenset({
    "fabric", "material", "fibre", "fiber", "yarn", "thread", "felt", "cloth", "sheeting", "nonwoven", "wadding",
    "batting", "webbing", "film", "foil", "leather", "hide", "resin", "polymer", "pellet", "granule",
})
# What such a material will be made into or used in: "for use in the manufacture of", "for use in", "for making".
_DESTINATION = re.compile(
    r"\s*,?\s*\b(?:intended\s+)?for\s+(?:use\s+(?:in|on|as)\b|(?:the\s+)?(?:manufactur|production\b|making\b|"
    r"fabricat|reinforc|conver)\w*)[^;]*",
    re.IGNORECASE,
)


def _without_destination(goods: str) -> str:
    """Drop what a material is to be made into or used in: "quilted fabric for use in the manufacture of cooler
    jackets" is fabric, "jute fibres for use in erosion control" fibres. The goods it will make are not the goods
    (Section XI classifies fabrics as fabrics whatever they are cut into); other goods keep what they serve ("brass
    balls for use in ball valves" are parts of valves)."""
    found = _DESTINATION.search(goods)
    if found is None or found.start() == 0 or parse(goods[: found.start()]).head not in _WORKED_MATERIALS:
        return goods
    return (goods[: found.start()] + goods[found.end():]).strip(" ,")


def _quoted(match: re.Match[str]) -> str:
    """A name in quotation marks is dropped, unless it ends a phrase begun by a material or a possessive only
    ('plastic "tuff spikes"', 'child's "sticker set"'): then it is the goods the material or the person qualifies."""
    before = re.findall(r"[\w'’]+", match.string[: match.start()].split(",")[-1])
    after = match.string[match.end():].lstrip()
    if before and (not after or after[0] in ",;(" or re.match(r"(?:for|of|with|in|made|and|or)\b", after)):
        last = before[-1].lower()
        if re.search(r"['’]s?$", last) or _material(last):
            return " " + (match[1] or match[2]) + " "
    return " "


@lru_cache(maxsize=1)
def _material_words() -> frozenset[str]:
    from sanctioneer.hs.gazetteer import load_gazetteer
    from sanctioneer.hs.naming import material_chapters

    terms = {t.text.lower() for t in load_gazetteer().terms if t.kind == "material" and " " not in t.text}
    return frozenset(terms | set(material_chapters()))


def _material(word: str) -> bool:
    from sanctioneer.hs.lexical import singular

    return singular(word) in _material_words()


def _unwrapped(body: str) -> str:
    """The goods' own words of a description whose quoted names are dealt with: origin, packing, references and
    sizes dropped, a catalogue's inverted order undone; empty when it is all wrapping."""
    body = " ".join(body.split())
    # After a semicolon customs text gives the tariff number or a note on the entry, rarely the goods.
    first, _, rest = asides_after(body).partition(";")
    kept_rest = [part for part in rest.split(";") if part.strip() and _chunk(part)] if rest else []
    parts = [_composition_apart(_chunk(part)) for part in re.split(r",|\(|\)", first)]
    kept = [part for part in parts if part]
    if "(" not in first:
        kept = _uninverted(kept)
    return ", ".join(kept + [p.strip() for p in kept_rest])
