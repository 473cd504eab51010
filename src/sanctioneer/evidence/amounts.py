"""Quantities and values as reports write them: "13,000 tonnes of coal", "worth $2.9 million"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

__all__ = ["NUMBER_WORDS", "RESPECTIVELY", "Amount", "find_quantity", "find_value", "values_respectively"]

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {**_UNITS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, **_TENS,
                # "Thirty-two used excavators", "forty-five cases": tens and units joined by a hyphen.
                **{f"{ten}-{unit}": tens + units for ten, tens in _TENS.items() for unit, units in _UNITS.items()},
                "hundred": 100, "a hundred": 100}
_SCALE = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
          "m": 1_000_000, "dozen": 12}
_QUANTITY = re.compile(
    r"(?<![\w$€£¥.,/-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:a|one)\s+pair(?=\s+of\b)|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    # "67-thousand-300 barrels", as some broadcasters spell a figure out: the thousands and the rest joined by hyphens.
    r"(?:(?:\s+|-)(?P<scale>thousand|million|billion|dozen)(?:-(?P<rest>\d{3})(?=\s))?)?(?:\s+|(?=kg\b))"
    r"(?P<unit>(?:metric\s+)?(?:tonnes|tons|tonne|ton|barrels|barrel|litres|liters|bottles|cases|units|pieces|"
    r"containers|cartons|kilograms|kg|carats)\b(?:\s+of)?)?",
    re.IGNORECASE,
)
_MONEY = re.compile(
    # "$US15 million", as Australian and New Zealand papers write it: the letters after the sign.
    # "USD$5.86 million", as some newsletters write it: the code and the sign together.
    r"(?P<cur1>USD\$|US\$|HK\$|S\$|SG\$|NT\$|A\$|AU\$|C\$|CA\$|\$US|\$A|\$C|(?<![A-Za-z])\$|USD|HKD|SGD|€|EUR|£|GBP|¥|CNY|RMB|"
    r"yuan|CHF|SFr\.?|JPY|KRW|₩|RUB|₽|"
    # "worth W4 billion", as Seoul's papers write the won: a capital W just before a large sum.
    r"(?<![\w$])W(?=\d{1,3}(?:,\d{3})+\b|\d[\d.]*\s*(?:thousand|million|billion|bn|mn)\b))"
    r"\s?(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"(?:(?:\s*|-)(?P<scale>thousand|million|billion|mn|bn|m)\b)?"
    # "a 13-million euro sale": a sum written as one word before its currency, which stays singular.
    r"|(?P<amount3>\d[\d,]*(?:\.\d+)?)-(?P<scale3>thousand|million|billion)\s+(?P<cur3>(?:US\s+)?dollar|euro)\b"
    # "12-point-40 million dollars", as some broadcasters spell the decimal point out.
    r"|(?<![\w.-])(?P<amount2>\d[\d,]*(?:(?:\.|-point-)\d+)?)(?:(?:\s*|-)(?P<scale2>thousand|million|billion|mn|bn)\b)?\s+"
    r"(?P<cur2>(?:US\s+|U\.S\.\s*)?dollars|Hong\s+Kong\s+dollars|Singapore\s+dollars|Taiwan\s+dollars|Australian\s+dollars|"
    r"Canadian\s+dollars|euros|yuan|pounds|Swiss\s+francs|francs|yen|(?:South\s+Korean\s+)?won|roubles|rubles)\b",
    re.IGNORECASE,
)
_CURRENCY = {"usd$": "USD", "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
             "us dollar": "USD", "€": "EUR",
             "eur": "EUR", "euros": "EUR", "euro": "EUR",
             "£": "GBP", "gbp": "GBP", "pounds": "GBP", "¥": "CNY", "cny": "CNY", "rmb": "CNY", "yuan": "CNY",
             "chf": "CHF", "sfr": "CHF", "sfr.": "CHF", "swiss francs": "CHF", "francs": "CHF", "us dollars": "USD",
             "u.s. dollars": "USD", "u.s.dollars": "USD",
             "yen": "JPY", "won": "KRW", "south korean won": "KRW", "roubles": "RUB", "rubles": "RUB",
             "hk$": "HKD", "hkd": "HKD", "hong kong dollars": "HKD", "s$": "SGD", "sg$": "SGD", "sgd": "SGD",
             "singapore dollars": "SGD", "nt$": "TWD", "taiwan dollars": "TWD", "a$": "AUD", "au$": "AUD",
             "australian dollars": "AUD", "$us": "USD", "$a": "AUD", "$c": "CAD", "c$": "CAD", "ca$": "CAD",
             "canadian dollars": "CAD", "jpy": "JPY", "krw": "KRW", "₩": "KRW", "w": "KRW", "rub": "RUB", "₽": "RUB"}


# "exported by the three", "carried by two ships": the number after "by" counts who acted.
_BY_WHOM = re.compile(r"\bby\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# People counted near goods are no count of the goods.
_PEOPLE_COUNTED = re.compile(r"\s*(?:[A-Z][\w.]*\s+|[a-z]+\s+)?(?:officials?|sources?|people|persons|diplomats?|"
                             r"men|women|crew|members|soldiers|troops|workers|analysts|experts|sailors|investigators|officers|"
                             r"lawmakers|senators|ministers|witnesses|"
                             # "the three companies imported goods": bodies, not goods
                             r"compan(?:y|ies)|firms?|traders|smugglers|suspects|individuals|entities|businessm[ae]n|"
                             r"merchants|brokers)\b")


# A day of a month: "On 12 February 2019, 14 snowmobiles were loaded", "on Oct. 4" is no count.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)")
_DAY_BEFORE_MONTH = re.compile(r"\s*" + _MONTH + r"(?:\s|,|$)")
_DAY_AFTER_MONTH = re.compile(r"\b" + _MONTH + r"\s+$")


# A ship's size: "a tanker of about 1,600 tonnes", "a 5,000-ton freighter" is no cargo.
_SHIP_OF = re.compile(r"\b(?:tanker|ship|vessel|freighter|carrier|barge|boat|dredger)\s+of\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A number found in a clause: its value as text (nothing rounded), its unit or currency, its words."""

    amount: str
    unit: str | None
    start: int
    end: int
    text: str


def _scaled(amount: str, scale: str) -> str:
    if not scale:
        return amount
    value = Decimal(amount) * _SCALE[scale]
    return str(value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize())


# An exchange rate told beside a sum: "worth W4 billion (US$1=W1,100)".
_RATE_AFTER = re.compile(r"\s*(?:=|equals\b)")
_RATE_BEFORE = re.compile(r"(?:=|\bequals)\s*$")


_WEIGHED_BEFORE = re.compile(r"\b(?:tonnes|tons|tonne|ton|kilograms|kg)\s*\((?:about|around|some|approximately|"
                             r"roughly|nearly|or)?\s*$", re.IGNORECASE)


# The price of a measure of bulk goods told after a sum: "sold for 90 dollars per ton", "at $70 a barrel" ("worth
# $500,000 each" of two cars still tells what each of the goods counted was worth).
_UNIT_PRICE = re.compile(r"\s*(?:(?:per|a|an)\s+(?:metric\s+)?(?:tonnes?|tons?|barrels?|kilograms?|kg|kilos?|litres?|"
                         r"liters?|gallons?|pounds?|lbs?|ounces?|oz|cubic\s+metres?|bottles?|packs?|cartons?|pieces?)\b|"
                         r"/\s*(?:t|mt|tonne|ton|bbl|barrel|kg)\b)", re.IGNORECASE)


# A price told as a range of one unit: "sold at $2 to $3 per can" (the low end is read too).
_UNIT_PRICE_RANGE = re.compile(r"\s*(?:to|and|-|–)\s*(?:US)?[$€£¥]?\s*[\d.,]+\s*(?:dollars?|euros?|yen|won)?"
                               r"\s*(?:per|a|an|each)\s+[a-z]+\b", re.IGNORECASE)


def find_value(clause: str) -> Amount | None:
    """The first sum of money in a clause, with its ISO 4217 currency."""
    for match in _MONEY.finditer(clause):
        if _UNIT_PRICE_RANGE.match(clause, match.end()):
            continue  # "sold at $2 to $3 per can": the price of one unit, not what the goods were worth
        if _RATE_AFTER.match(clause, match.end()) or _RATE_BEFORE.search(clause, 0, match.start()):
            continue  # "(US$1=W1,100)": an exchange rate, not what goods were worth
        if _UNIT_PRICE.match(clause, match.end()):
            continue  # "sold for 90 dollars per ton": the price of one unit, not what the goods were worth
        if _WEIGHED_BEFORE.search(clause, 0, match.start()):
            continue  # "540 tonnes (1,190,000 pounds) of flour": a weight told again, not a sum
        amount = (match.group("amount") or match.group("amount2") or match.group("amount3")).replace(",", "") \
            .replace("-point-", ".")
        scale = (match.group("scale") or match.group("scale2") or match.group("scale3") or "").lower()
        currency = _CURRENCY[re.sub(r"\s+", " ", match.group("cur1") or match.group("cur2")
                                    or match.group("cur3")).lower()]
        return Amount(_scaled(amount, scale), currency, match.start(), match.end(), match.group(0))
    return None


# Sums told in turn for goods told in turn: "worth about 2.1 billion won and 0.9 billion won respectively", up to the
# clause's end.
RESPECTIVELY = re.compile(r"(?:[^;.]|\.(?=\d)){0,160}?\brespectively\b")


def values_respectively(clause: str, count: int) -> list[Amount]:
    """The sums told in order for `count` goods listed before ("worth 4 billion won and 1 billion won
    respectively"), or [] when the clause holds no such list of that many sums."""
    told = RESPECTIVELY.match(clause)
    if told is None:
        return []
    sums = []
    begin = 0
    while (found := find_value(clause[begin:told.end()])) is not None:
        sums.append(replace(found, start=begin + found.start, end=begin + found.end))
        begin += found.end
    return sums if len(sums) == count else []


# "620 tonnes (about 1.4 million lb) of barley": a measure told again in other units, in brackets after the first.
_CONVERSION = re.compile(r"(?<=[a-z])\s*\((?:about|around|some|approximately|roughly|nearly|or)?\s*[\d.,]+"
                         r"(?:\s+(?:thousand|million|billion))?\s*[a-z.]{1,12}\)", re.IGNORECASE)


# "two coal-loaded trains", "three freight trains loaded with potash", "40 trucks laden with cement": a count of the
# trains, trucks or wagons that carry the goods, not of the goods.
_CARRIER_NOUN = r"(?:trains?|trucks?|lorries|lorry|wagons?|railcars?|rail\s+cars?|boxcars?|barges?)"
_CARRIERS_COUNTED = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:[a-z]+-(?:loaded|laden)\s+(?:[a-z]+\s+)?" + _CARRIER_NOUN
                               + r"\b|(?:[a-z]+\s+)?" + _CARRIER_NOUN + r"\s+(?:(?:each|fully|heavily)\s+)?"
                               r"(?:loaded|laden)\s+with\b)", re.IGNORECASE)


def _gap(end: int, goods: int, asides: Sequence[tuple[int, int]]) -> int:
    """The characters between a count's end and the goods, less the asides in brackets between them."""
    return goods - end - sum(b - a for a, b in asides if end <= a and b <= goods)


def find_quantity(clause: str, *, before: Sequence[int], skip: int = 0,
                  names: Sequence[tuple[int, int]] = ()) -> Amount | None:
    """The first count that stands just before goods ("two Mercedes", "13,000 tonnes of coal").

    Args:
        clause: the words to search.
        before: where goods begin in the clause; a count must end at most 25 characters before one.
        skip: where the clause's own words begin (a dateline's numbers are not counts).
        names: where the clause names a party; a number there is part of a name ("Sam Jong 2").
    """
    asides = [m.span() for m in _CONVERSION.finditer(clause)]
    for match in _QUANTITY.finditer(clause):
        if any(a <= match.start() < b for a, b in asides):
            continue  # "620 tonnes (about 1.4 million lb) of barley": the same goods in other units
        if match.start() < skip or not any(0 <= _gap(match.end(), g, asides) <= 25 for g in before):
            continue
        if re.match(r"\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|decades?|times|nautical miles?|"
                    r"miles?|kilometres?|kilometers?|km|(?:similar\s+)?(?:charges|counts)|"
                    # "9 mm pistols", "122 mm rockets": a calibre, not a count.
                    r"mm|millimetres?|millimeters?|-mm|calibre|caliber|"
                    # "five charges for supplying watches": the charges counted; "identified two routes used to
                    # smuggle coal", "made four trips to deliver diesel": ways and journeys the goods took.
                    r"routes?|trips?|voyages?|journeys?|occasions?|visits?|calls?|port calls?|runs?|round trips?)\b",
                    clause[match.end():], re.IGNORECASE):
            continue
        if match.group("num").lower() == "one" and re.search(r"\b(?:this|that|the|each|which)\s+$",
                                                             clause[:match.start()], re.IGNORECASE):
            continue  # "a second container, this one holding 60 rifles": a pronoun, not a count
        if _DAY_BEFORE_MONTH.match(clause, match.end()) or _DAY_AFTER_MONTH.search(clause[:match.start()]):
            continue  # "On 12 February 2019", "on Oct. 4": a day, not a count
        if _SHIP_OF.search(clause[:match.start()]):
            continue  # "a Russian-flagged tanker of about 1,600 tonnes": the ship's size, not its cargo
        if _CARRIERS_COUNTED.match(clause, match.end()):
            continue  # "two coal-loaded trains", "three trucks loaded with steel": the carriers counted, not the goods
        if _PEOPLE_COUNTED.match(clause, match.end()):
            continue  # "according to three US officials", "the 44 crew members": people, not goods
        if _MONEY.match(clause, match.start()):
            continue  # "24 million yen worth of goods": a sum, not a count
        if _BY_WHOM.search(clause, 0, match.start()):
            continue  # "items exported by the three included soap", "carried by two ships": who acts, not goods
        if re.search(r"\b(?:several|a few|few|many|some|dozens|hundreds|thousands)\s+$", clause[:match.start()]) \
                and match.group("num").lower() in ("dozen", "hundred", "thousand"):
            continue  # "several dozen trucks": no count
        if re.fullmatch(r"(?:19|20)\d\d", match.group("num")) or "$" in clause[max(0, match.start() - 2):match.start()]:
            continue
        if re.search(r"\b[A-Z]{2,}[\s-]$|\b[A-Z][a-z]+-$", clause[:match.start()]) and not match.group("unit"):
            continue  # "a Maybach GLS 600", "Su-35", "Hwasong-5": a model's number, not a count
        if not match.group("unit") and re.search(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+){1,3}$", clause[:match.start()]):
            continue  # "the Kwang Chon 2 was seen delivering oil": a ship's name ends in its number, no count
        if any(a <= match.start() < b for a, b in names):
            continue  # "the tanker Sam Jong 2 delivered oil": the number of a ship's name, not a count
        number = match.group("num").lower()
        count = str(NUMBER_WORDS[number]) if number in NUMBER_WORDS else number.replace(",", "")
        if number.endswith("pair"):
            count = "2"  # "a pair of Pungsan dogs"
        unit = match.group("unit")
        scale = (match.group("scale") or "").lower()
        if match.group("rest") and scale == "thousand" and count.isdigit():
            counted = str(int(count) * 1000 + int(match.group("rest")))  # "67-thousand-300": 67,300
        else:
            counted = _scaled(count, scale)
        return Amount(counted, re.sub(r"\s+of$", "", unit.strip()).lower() if unit else None,
                      match.start(), match.end(), match.group(0).strip())
    return None
