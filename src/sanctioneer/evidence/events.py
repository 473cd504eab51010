"""Events: claims of several documents about one transfer, merged, reconciled and assessed.

Two claims are one event when their goods are the same kind of thing, no party contradicts the
other's, at least one side (supplier or recipient country) is named alike by both, and their dates
can be the same day. The event keeps every source; where sources agree it counts them, where they
differ it shows each value beside its words.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sanctioneer.evidence.claims import Claim, ClaimGoods, ClaimParty, ClaimStatus, Evidence, best_party
from sanctioneer.evidence.dates import PartialDate, told_since, within_part
from sanctioneer.evidence.lexicon import KIND_ORDER, goods_heading, load_lexicon, makes, names_within, specificity
from sanctioneer.hs.lexical import singular
from sanctioneer.model import Decision, GoodsLine, Money, Party, Transfer, TransferKind, Verdict

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor
    from sanctioneer.evidence.document import SourceDocument

__all__ = ["Event", "Report", "assess_events", "merge_claims"]

# Kinds that name a transfer of their own: an exchange, and a bringing-in of goods whose supplier
# is unknown (goods "smuggled in", foreign goods held). A seizure or a ship-to-ship transfer is one
# way a supply is told, and merges with it.
_FAMILIES = {"exchange": "exchange", "smuggling": "in", "import": "in"}
_ENGINE_KINDS = {"gift": TransferKind.GIFT, "sale": TransferKind.SALE, "smuggling": TransferKind.SMUGGLING,
                 "ship-to-ship": TransferKind.SHIP_TO_SHIP, "exchange": TransferKind.BARTER}


@dataclass(frozen=True)
class Event:
    """One transfer as all sources tell it, with the decision on it."""

    id: str
    claims: tuple[Claim, ...]
    kind: str
    status: ClaimStatus
    goods: tuple[ClaimGoods, ...]
    supplier: ClaimParty
    recipient: ClaimParty
    date: PartialDate | None
    agreements: tuple[dict[str, Any], ...]
    contradictions: tuple[dict[str, Any], ...]
    decision: Decision | None = None
    transfer: Transfer | None = None
    notes: tuple[str, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.document for c in self.claims))

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for document in self.documents:
            claims = [c for c in self.claims if c.document == document]
            sources.append({
                "document": document,
                "date": claims[0].document_date.isoformat() if claims[0].document_date else None,
                "claims": [c.id for c in claims],
                "status": next(iter(sorted({c.status.value for c in claims}))),
                "evidence": [e.to_dict() for c in claims for e in c.evidence],
            })
        return {
            "id": self.id,
            "verdict": self.decision.verdict.value if self.decision else None,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision if self.date else "unknown",
            "kind": self.kind,
            "status": self.status.value,
            "statuses": [{"document": c.document, "claim": c.id, "status": c.status.value, "hedges": list(c.hedges),
                          "denied_by": list(c.denied_by)} for c in self.claims],
            "goods": [g.to_dict() for g in self.goods],
            "supplier": self.supplier.to_dict(),
            "recipient": self.recipient.to_dict(),
            "corroboration": len(self.documents),
            "agreements": list(self.agreements),
            "contradictions": list(self.contradictions),
            "sources": sources,
            "notes": list(self.notes),
            "decision": self.decision.to_dict() if self.decision else None,
        }


@dataclass(frozen=True)
class Report:
    """What a set of documents says: the documents read, their claims, the events they make."""

    documents: tuple[SourceDocument, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [d.to_dict() for d in self.documents],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
        }


def _headings(claim: Claim) -> set[str]:
    """The HS headings of a claim's goods: the gazetteer's for its words, and the classifier's when sure."""
    found = {h for g in claim.goods for t in (g.description, *g.terms) if (h := goods_heading(t))}
    return found | {g.hs[:4] for g in claim.goods if g.hs and len(g.hs) >= 4}


def _families(claim: Claim) -> tuple[set[str], set[str]]:
    """The headings and the chapters a claim's goods words name (through the goods words and the HS gazetteer)."""
    lexicon = load_lexicon()
    families = {f for g in claim.goods for t in (g.description, *g.terms) if (f := lexicon.family(t))}
    headings = {f for f in families if len(f) == 4} | _headings(claim)
    return headings, {f[:2] for f in families | headings}


def _words(claim: Claim) -> set[str]:
    """The content words of a claim's goods, each in its singular: "a missile" and "missiles" are named alike."""
    return {singular(w) for w in _raw_words(claim)} - {"item", "product"}


def _raw_words(claim: Claim) -> set[str]:
    generic = {"goods", "items", "products", "cargo", "luxury", "foreign", "another", "second", "third", "further"}
    return {w.lower() for g in claim.goods for t in (g.description, *g.terms)
            for w in re.findall(r"[A-Za-z]{4,}", t)} - generic


def _named_alike(a: Claim, b: Claim, shared_words: set[str]) -> bool:
    """The goods named in the same words, one of five letters or more as either writes it ("parts", "missile"), or,
    when both date the transfer to the day, one of four that names goods of no broad kind ("coal", not "arms" or
    "fuel"): so short and common a word is too weak a sign for reports dated more loosely."""
    lexicon = load_lexicon()
    dated = a.date is not None and b.date is not None and a.date.precision == b.date.precision == "day"
    return any((len(w) >= 5 or (dated and not lexicon.broad(w))) and singular(w) in shared_words
               for w in _raw_words(a) | _raw_words(b))


def _same_goods_named(a: Claim, b: Claim) -> bool:
    """Both claims name two goods or more and two of each's are named in the other's words: "iron ore and coal" and
    "coal and iron ore", however short the words."""
    def lines(claim: Claim) -> list[set[str]]:
        return [found for g in claim.goods if (found := {singular(w.lower()) for w in re.findall(r"[A-Za-z]{4,}",
                                                                                                   g.description)}
                                                         - {"item", "product", "goods", "cargo"})]
    mine, theirs = lines(a), lines(b)
    if len(mine) < 2 or len(theirs) < 2:
        return False
    return sum(1 for words in mine if any(words & other for other in theirs)) >= 2 \
        and sum(1 for words in theirs if any(words & other for other in mine)) >= 2


def _same_goods(a: Claim, b: Claim, shared_words: set[str]) -> bool:
    """The same kind of goods: a heading or a word in common, or the same chapter where no heading differs
    ("rifles" and "small arms", "an Aurus limousine" and "a luxury vehicle", but not coal and oil)."""
    if _kinds_apart(a, b):
        return False
    if shared_words or _headings(a) & _headings(b):
        return True
    (headings_a, chapters_a), (headings_b, chapters_b) = _families(a), _families(b)
    if headings_a & headings_b:
        return True
    if headings_a and headings_b and not (_broad(a) or _broad(b)):
        return False
    return bool(chapters_a & chapters_b)


def _kinds_apart(a: Claim, b: Claim) -> bool:
    """Each claim names goods of kinds the other names none of ("artillery shells" and "cruise missiles"): two
    things of one heading, not one; a report naming both ("shells and missiles") may be either's."""
    lexicon = load_lexicon()
    kinds_a, kinds_b = ({k for g in c.goods if (k := lexicon.kind_apart(g.description)) is not None} for c in (a, b))
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


def _broad(claim: Claim) -> bool:
    lexicon = load_lexicon()
    return any(lexicon.broad(g.description) for g in claim.goods)


def _family(claim: Claim) -> str:
    return _FAMILIES.get(claim.kind, "supply")


#: Kinds that tell goods sold or sent from one country to another, as the seller's side or the buyer's tells them.
_TRADE = frozenset({"import", "export", "sale"})


def _one_trade(a: Claim, b: Claim) -> bool:
    """An import told by one source and an export or sale by the other, both placing both sides in the same two
    countries: one trade told from its two ends ("China imported iron ore from North Korea" and "North Korea exported
    iron ore to China"), not a doubt. Smuggling stays one."""
    if a.kind not in _TRADE or b.kind not in _TRADE:
        return False
    return all(mine.country is not None and mine.country == theirs.country
               for mine, theirs in ((a.supplier, b.supplier), (a.recipient, b.recipient)))


# Kinds of transfer particular enough that two sources telling the same one agree on a fact.
_PARTICULAR = frozenset({"gift", "exchange", "ship-to-ship", "smuggling", "seizure"})

# Goods told as one more of their kind: "another Aurus", "a second shipment".
_ANOTHER = re.compile(r"\b(?:another|second(?!-hand)|third|fourth|fifth|one more|further|fresh)\b", re.IGNORECASE)


# Goods told as new ("a new car") by a report that does not date them: the latest of their kind.
_NEW = re.compile(r"\bnew\b")


def _another(claim: Claim) -> bool:
    told = [g.description for g in claim.goods] + [e.text for e in claim.evidence if e.field == "goods"]
    return any(_ANOTHER.search(t) or (claim.date is None and _NEW.search(t)) for t in told)


def _after_an_earlier(a: Claim, b: Claim) -> bool:
    """`b` tells goods as one more of their kind, so it is not the transfer `a` dated well before b's report."""
    if not _another(b) or b.document_date is None or a.date is None or a.date.year is None:
        return False
    earliest = date(a.date.year, a.date.month or 1, a.date.day or 1)
    return b.document_date - earliest > _ANOTHER_LAG


#: How long before a report a transfer dated by another source can be the "another" one it tells.
_ANOTHER_LAG = timedelta(days=45)


@lru_cache(maxsize=4096)
def _sentence_names(text: str) -> frozenset[tuple[str, str | None]]:
    """The ports and towns (with their country), ships and bodies a sentence names; not countries,
    capitals or news agencies."""
    names = set()
    for mention in load_lexicon().find(text):
        if mention.kind == "country" and mention.detail == "place":
            names.add((re.sub(r"[\s-]+", " ", mention.text).lower(), mention.country))
        elif mention.kind in ("vessel", "organization"):
            names.add((re.sub(r"[\s-]+", " ", mention.value).lower(), None))
    return frozenset(names)


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", name.lower()))


def _same_name(first: str, second: str) -> bool:
    """Two sources name one party alike: the same words whatever their case or punctuation ("DE YI" and
    "De Yi"), or the one's two words or more a run of the other's ("Independent Petroleum Company" in "JSC
    Independent Petroleum Company")."""
    a, b = _name_words(first), _name_words(second)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _names(claim: Claim) -> set[tuple[str, str | None]]:
    sentences = dict.fromkeys(e.sentence.text for e in claim.evidence)
    return {n for s in sentences for n in _sentence_names(s)}


def _names_agree(a: Claim, b: Claim, counted: set[str]) -> bool:
    """Both claims' sentences name a port or town outside the countries both already agree on ("seized in
    Rotterdam"), or a ship or body not already counted as a party."""
    sides = {mine.country for mine, theirs in ((a.supplier, b.supplier), (a.recipient, b.recipient))
             if mine.country and mine.country == theirs.country}
    shared = _names(a) & _names(b)
    return any(name not in counted and (country is None or country not in sides) for name, country in shared)


def _numbers_agree(a: Claim, b: Claim) -> int:
    """One for a quantity both give alike, one for a value both give alike."""
    def quantity(c: Claim) -> str | None:
        return next((g.quantity for g in c.goods if g.quantity), None)

    def value(c: Claim) -> tuple[str, str] | None:
        return next((g.value for g in c.goods if g.value), None)

    agree = 0
    for get in (quantity, value):
        mine, theirs = get(a), get(b)
        agree += mine is not None and mine == theirs
    return agree


def _same(a: Claim, b: Claim) -> bool:
    """Two claims of different documents tell the same transfer (see `_agreement`)."""
    return _agreement(a, b) > 0


#: The ship each report of the merge under way is about, by document name. A context variable, so that merges in
#: several threads or tasks at once (the HTTP service) never see each other's reports.
_CARRIERS: ContextVar[Mapping[str, str] | None] = ContextVar("_CARRIERS", default=None)


# A ship's name after its noun or prefix: "the bulker Wise Honest", "M/V Wise Honest".
_SHIP_NAMED = re.compile(r"\b(?:M/[VT]|bulker|bulk carrier|tanker|freighter|cargo ship)\s+((?:[A-Z][\w]+|\d+)"
                         r"(?:\s+(?:[A-Z][\w]*|\d+)){0,2})\b")


def document_ship(text: str) -> str | None:
    """The ship a report is about: the ship it names most often, twice at least and more often than any other ("the
    Koti" in its opening and once more), else None (a report naming two ships as often, or one ship once)."""
    lexicon = load_lexicon()
    places = {re.sub(r"[\s-]+", " ", m.text).lower() for m in lexicon.find(text) if m.kind == "country"}
    nouns = {noun.lower() for noun in lexicon.party_nouns["vessel"]}
    # Not a ship's noun ("the vessel"), nor a place or a part of one's name ("North" of "North Korea").
    found = set(_sentence_ships(text)) | {re.sub(r"[\s-]+", " ", m.group(1)).lower()
                                         for m in _SHIP_NAMED.finditer(text)}
    named = {ship for ship in found if len(ship) >= 3 and ship not in nouns
             and not any(f" {ship} " in f" {place} " for place in places)}
    counts = sorted(((len(re.findall(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, ship.split())) + r"(?![\w-])",
                                     text, re.IGNORECASE)), ship) for ship in named), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _carrier(claim: Claim) -> str | None:
    """The ship a claim's goods went by as its report tells it: the one ship its sentences name, or, when they name
    none, the ship its report is about."""
    told = {ship for s in _sentences(claim) for ship in _sentence_ships(s)}
    if told:
        return next(iter(told)) if len(told) == 1 else None
    ships = _CARRIERS.get()
    return ships.get(claim.document) if ships is not None else None


def _same_carrier(a: Claim, b: Claim) -> bool:
    """Both claims' reports are about one ship, the same, and neither claim's sentences name another."""
    ship = _carrier(a)
    return ship is not None and ship == _carrier(b)


def _agreement(a: Claim, b: Claim) -> int:
    """How many facts two claims of different documents agree on when they tell the same transfer, else 0.

    Nothing may contradict (a country, a named party, the dates), the goods must be the same
    (heading, words or chapter), and two more facts must agree: the supplier's country, the
    recipient's, a named party, a date both give to the month, the goods named in the same words,
    the quantity, the value, the same particular kind (a gift, a ship-to-ship transfer), or a port,
    ship or body both sentences name. Three must agree when a side is known to only one of them,
    when one is told as smuggled, imported or exchanged and the other as supplied, or when either is
    undated.
    """
    if a.document == b.document:
        return 0
    shared_words = _words(a) & _words(b)
    if not _same_goods(a, b, shared_words):
        return 0
    if _after_an_earlier(a, b) or _after_an_earlier(b, a) or _apart(a, b):
        return 0
    # The same goods named in the same words ("yachts", "grenades"), or the same two goods or more named by both ("coal
    # and iron ore"), count as a fact agreeing.
    alike = _named_alike(a, b, shared_words) or _same_goods_named(a, b)
    agree = 1 if alike else 0
    agree += _numbers_agree(a, b)
    # The same make or model named by both ("a Rolls-Royce Phantom") is rarer than the same goods noun.
    agree += _same_make(a, b)
    # Both told as the same particular kind of transfer: a gift, an exchange, a ship-to-ship transfer.
    agree += a.kind == b.kind and a.kind in _PARTICULAR
    # A side one source places in a country and the other leaves open is a doubt: "coal shipped from
    # Nampho to China" and "coal shipped from Nampho" in the same month need more to agree. So is a
    # transfer told as goods brought in by one source and as a supply by the other.
    doubts = int(_family(a) != _family(b) and not _one_trade(a, b))
    named: set[str] = set()
    for mine, theirs in ((a.supplier, b.supplier), (a.recipient, b.recipient)):
        if mine.country and theirs.country:
            if mine.country != theirs.country:
                return 0
            agree += 1
        elif (mine.country or theirs.country) and not (theirs if mine.country else mine).name:
            # A side one source names ("the Patriot") and the other places only in a country ("a Russian
            # vessel") is told by both, not left open by one.
            doubts += 1
        if mine.name and theirs.name:
            if mine.type == theirs.type and not _same_name(mine.name, theirs.name):
                return 0
            agree += _same_name(mine.name, theirs.name)
            named.add(re.sub(r"[\s-]+", " ", mine.name).lower())
    # Two claims carried by one ship, the same, whether their sentences name it or their reports are about it: the ship
    # identifies the transfer as a named party and a place would ("the Koti" in one, "the tanker ... oil" in the other).
    carrier = _carrier(a) if _same_carrier(a, b) else None
    if carrier is not None:
        agree += 2
        named.add(carrier)
    # A port, a ship or a body both sentences name, beyond the parties already counted.
    agree += _names_agree(a, b, named)
    if not _in_time(a, b) or not _in_time(b, a):
        return 0
    if a.date is not None and b.date is not None:
        if not _dates_compatible(a, b):
            # Sources often differ on a date by weeks ("left port in July", "seized in August"): the same
            # transfer when all else agrees strongly, its dates then shown side by side. A car of a named
            # make told by the month it left and the month it arrived may be months apart.
            # Two days a week apart at most ("loaded on the 10th", "sailed on the 13th") agree as a shared month does.
            agree += _within_a_week(a.date, b.date)
            return agree if agree >= 3 and (_close(a.date, b.date) or _journey(a, b) or _same_flow(a, b)) else 0
        # Two dates agreeing only on a year say little.
        agree += a.date.month is not None and b.date.month is not None
    else:
        # Nothing says when one of them (or either) happened: the rest must agree the more. A flow told as going
        # on since a date ("has shipped shells to Russia since August") takes in what a report made during it
        # tells undated ("has sent several million rounds").
        agree += _during_flow(a, b) or _during_flow(b, a)
        # Reports made within days of each other naming the goods in the same words tell the news of those days: an
        # undated claim of one is of the same days as the other's, a fact agreeing as a shared month would.
        agree += alike and _same_news(a, b)
        return agree if agree >= 3 else 0
    return agree if agree >= (3 if doubts else 2) else 0


def _dates_compatible(a: Claim, b: Claim) -> bool:
    """The two claims' dates can be the same day: "early 2017" is not October 2017."""
    assert a.date is not None and b.date is not None
    if not a.date.compatible(b.date):
        return False
    return within_part(a.date_text or "", b.date) is not False and within_part(b.date_text or "", a.date) is not False


def _quantity(claim: Claim) -> tuple[float, str | None] | None:
    """The first quantity a claim's goods give, as a number, with its unit (singular, lower case)."""
    for goods in claim.goods:
        if goods.quantity:
            try:
                number = float(goods.quantity.replace(",", ""))
            except ValueError:
                continue
            return number, singular(goods.unit.lower()) if goods.unit else None
    return None


#: How far two counts of one thing may differ and still be the same count told by two sources (25,000 and
#: 26,500 tonnes), as a share of the larger.
_SAME_COUNT = 0.25

#: Words after a claim's date that tell its count as one part of more: "in March alone".
_ALONE = re.compile(r"^\s*alone\b", re.IGNORECASE)


def _part(claim: Claim) -> bool:
    """The claim counts what went in one period told as a part of more ("165,000 barrels in March alone")."""
    told = _evidence_for(claim, "date")
    return told is not None and bool(_ALONE.search(told.sentence.text[told.end - told.sentence.start:]))


def _total_and_part(a: Claim, b: Claim) -> bool:
    """One claim counts what went in one period told as a part of more and the other gives a count of the same
    unit well apart from it: a total and one of its parts ("a million barrels since March" and "165,000 barrels
    in March alone")."""
    if not (_part(a) or _part(b)):
        return False
    counts = _quantity(a), _quantity(b)
    if counts[0] is None or counts[1] is None or counts[0][1] != counts[1][1]:
        return False
    low, high = sorted((counts[0][0], counts[1][0]))
    return high > 0 and (high - low) / high > _SAME_COUNT


#: How far apart two counts of one unit are when they count two lots, not one told by two sources: the larger twice
#: the smaller or more ("300 tonnes of flour" and "3,600 tonnes of flour" sent the same month).
_OTHER_LOT = 2.0


def _other_lots(a: Claim, b: Claim) -> bool:
    """Both claims measure their goods in the same unit and one measure is twice the other or more: two lots, unless
    one tells a flow going on since a date, whose running total grows. Things counted without a unit are not weighed
    so ("two consignments" of "12,000 jackets")."""
    counts = _quantity(a), _quantity(b)
    if counts[0] is None or counts[1] is None or counts[0][1] is None or counts[0][1] != counts[1][1]:
        return False
    if _since(a) is not None or _since(b) is not None:
        return False
    low, high = sorted((counts[0][0], counts[1][0]))
    return low > 1 and high >= _OTHER_LOT * low


# Goods told as moved in several transfers counted ("in about 150 transfers", "made at least seven trips", "four bulk
# carriers sailed"): many transfers, of which what one carrier moved is a part, not the whole. Ships counted count
# only as they sail, from three ("transferred oil to four other ships" is one ship's cargo, and two ships may be the
# two sides of one transfer at sea).
_MANY = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|hundreds of|\d[\d,]*)\s+"
    r"(?:[\w-]+\s+)?(?:transfers|trips|voyages|shipments|deliveries|consignments|cargoes|port calls)"
    r"|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|[3-9]|\d\d[\d,]*)\s+"
    r"(?:[\w-]+\s+)?(?:bulk carriers|carriers|tankers|ships|vessels|freighters)\s+(?:have\s+|had\s+)?"
    r"(?:sailed|carried|unloaded|offloaded|delivered|shipped|transported|made|called))\b", re.IGNORECASE)

# One carrier: "a Togo-flagged bulk carrier", "the tanker".
_ONE_CARRIER = re.compile(r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:tanker|bulk carrier|carrier|ship|vessel|freighter)(?![\w-])", re.IGNORECASE)


def _sentences(claim: Claim) -> list[str]:
    return list(dict.fromkeys(e.sentence.text for e in claim.evidence))


def _many(claim: Claim) -> bool:
    """The claim tells its goods as moved in several transfers, counted."""
    return any(_MANY.search(text) for text in _sentences(claim))


def _one_carrier(claim: Claim) -> bool:
    """The claim tells its goods as moved by one carrier, named or not, and counts no several transfers."""
    return not _many(claim) and any(_ONE_CARRIER.search(text) or _sentence_ships(text) for text in _sentences(claim))


# "twice transferred diesel", "made repeated deliveries": one carrier's transfers told as several, not one of them.
_REPEATED = re.compile(r"\b(?:twice|two\s+times|three\s+times|several\s+times|repeatedly|repeated)\b", re.IGNORECASE)


def _one_of_many(a: Claim, b: Claim) -> bool:
    """One claim counts several transfers and the other tells what one carrier moved: a part and a whole, two events
    ("150 transfers in 2018" and a tanker's in February). A carrier told as moving the goods several times ("twice
    transferred diesel") may be the whole the other counts ("two transfers of oil")."""
    return (_many(a) and _one_carrier(b) and not _repeated(b)) or (_many(b) and _one_carrier(a) and not _repeated(a))


def _repeated(claim: Claim) -> bool:
    return any(_REPEATED.search(text) for text in _sentences(claim))


@lru_cache(maxsize=4096)
def _sentence_ships(text: str) -> frozenset[str]:
    """The ships a sentence names, without their prefix ("the M/V Wise Honest" and "the Wise Honest" are one)."""
    return frozenset(re.sub(r"^(?:the\s+)?(?:m/?v|m/?t)\s+", "", re.sub(r"[\s-]+", " ", m.value).lower())
                     for m in load_lexicon().find(text) if m.kind == "vessel")


def _apart(a: Claim, b: Claim) -> bool:
    """Two transfers however alike they are told: two lots counted far apart, or a part and a whole."""
    return _total_and_part(a, b) or _other_lots(a, b) or _one_of_many(a, b)


def _since(claim: Claim) -> date | None:
    """The day a flow starts when the claim tells it as going on since a date ("since early August"), else None."""
    if claim.date is None or claim.date.year is None:
        return None
    told = _evidence_for(claim, "date")
    if told is None or not told_since(told.text, told.sentence.text[:told.start - told.sentence.start]):
        return None
    return date(claim.date.year, claim.date.month or 1, claim.date.day or 1)


def _during_flow(a: Claim, b: Claim) -> bool:
    """`a` tells a flow going on since a date and `b`, undated, comes from a report made after that date, of goods
    of the same heading ("shells" and "rounds" are ammunition; a rifle is not)."""
    start = _since(a)
    if start is None or b.date is not None or b.document_date is None:
        return False
    if not _families(a)[0] & _families(b)[0]:
        return False
    return start <= b.document_date


def _same_flow(a: Claim, b: Claim) -> bool:
    """Both claims tell a flow of goods of one heading as going on since a date, each start before the other's report:
    two running totals of one flow, though one source counts it from mid-2022 and the other from August 2023."""
    starts = _since(a), _since(b)
    if starts[0] is None or starts[1] is None or a.document_date is None or b.document_date is None:
        return False
    if not _families(a)[0] & _families(b)[0]:
        return False
    return starts[0] <= b.document_date and starts[1] <= a.document_date


def _same_make(a: Claim, b: Claim) -> bool:
    """Both claims name goods by the same make or model: one's words within the other's, or a make in common
    ("Maybach limousines" and "armoured Mercedes-Maybach S600 cars")."""
    named = [[g.description for g in c.goods if specificity(g.description)[0] >= 2] for c in (a, b)]
    if any(names_within(mine, theirs) for mine in named[0] for theirs in named[1]):
        return True
    return any(makes(mine) & makes(theirs) for mine in named[0] for theirs in named[1])


#: How far apart the month a named make left and the month it arrived may be.
_JOURNEY = timedelta(days=183)


def _journey(a: Claim, b: Claim) -> bool:
    """Both claims name goods by make or model and date them to months (not days) half a year apart at most."""
    assert a.date is not None and b.date is not None
    if any(d.year is None or d.month is None or d.day is not None for d in (a.date, b.date)):
        return False
    if not all(max(specificity(g.description)[0] for g in c.goods) >= 2 for c in (a, b) if c.goods):
        return False
    first = date(a.date.year or 1, a.date.month or 1, 1)
    second = date(b.date.year or 1, b.date.month or 1, 1)
    return abs(first - second) <= _JOURNEY


def _close(a: PartialDate, b: PartialDate) -> bool:
    """Within two months of each other (the first day of each period)."""
    if a.year is None or b.year is None:
        return False
    first = date(a.year, a.month or 1, a.day or 1)
    second = date(b.year, b.month or 1, b.day or 1)
    return abs(first - second) <= timedelta(days=62)


def _within_a_week(a: PartialDate, b: PartialDate) -> bool:
    """Both dated to the day, a week apart at most."""
    if a.precision != "day" or b.precision != "day":
        return False
    assert a.year is not None and a.month is not None and a.day is not None
    assert b.year is not None and b.month is not None and b.day is not None
    return abs(date(a.year, a.month, a.day) - date(b.year, b.month, b.day)) <= timedelta(days=7)


#: How long after a transfer a report that does not date it is taken to be about it.
_REPORT_LAG = timedelta(days=400)


#: How long after a transfer of goods named by make or model a report that does not date it may be about it:
#: the journey of a named car is traced for longer ("Maybach limousines" a year and more after they left).
_NAMED_REPORT_LAG = timedelta(days=800)

#: Reports made this close together tell the news of the same days.
_SAME_NEWS = timedelta(days=14)


def _same_news(a: Claim, b: Claim) -> bool:
    """Both reports were made within two weeks of each other and a claim either dates is of the two weeks before its
    report: an undated claim is then news of the same days as the other."""
    if a.document_date is None or b.document_date is None or abs(a.document_date - b.document_date) > _SAME_NEWS:
        return False
    return all(c.date is None or c.date.year is None or c.document_date is None
               or c.document_date - _last_day(c.date) <= _SAME_NEWS for c in (a, b))


#: How long after a transfer a report about the same one ship, not dating it, may be about it.
_CARRIER_REPORT_LAG = timedelta(days=1100)


def _last_day(value: PartialDate) -> date:
    """The last day a date given to the day or month can be; a year alone says too little, so its first day."""
    assert value.year is not None
    if value.month is None:
        return date(value.year, 1, 1)
    return date(value.year, value.month, value.day or calendar.monthrange(value.year, value.month)[1])


def _in_time(a: Claim, b: Claim) -> bool:
    """Whether `b`'s report can tell the transfer `a` tells, as far as the dates show.

    A report cannot tell a transfer later than itself; one that gives no date for it is about a
    transfer of the year or so before it (two years when both name the goods by the same make or model),
    and two undated claims are of reports a year apart at most.
    """
    reported = b.document_date
    if reported is None:
        return True
    if a.date is not None and a.date.year is not None:
        earliest = date(a.date.year, a.date.month or 1, a.date.day or 1)
        if earliest > reported:
            return False
        # Goods named by the same make or model, or counted alike ("30,000 grenades" in both), are traced longer.
        lag = _NAMED_REPORT_LAG if _same_make(a, b) or _numbers_agree(a, b) else _REPORT_LAG
        # A ship both reports are about is traced for longer still: its case is told years later in court.
        lag = _CARRIER_REPORT_LAG if _same_carrier(a, b) else lag
        # A transfer dated to a month may have been at its end ("in April 2018" told undated in May 2019 is
        # within the year or so): the lag runs from the last day it can have been.
        latest = _last_day(a.date)
        # A flow told as going on since a date went on until its report at least: the lag runs from there.
        if _since(a) is not None and a.document_date is not None:
            latest = max(latest, a.document_date)
        if b.date is None and reported - latest > lag:
            return False
    elif a.date is None and b.date is None and a.document_date is not None:
        return abs(reported - a.document_date) <= _REPORT_LAG
    return True


def _merge_goods(claims: Sequence[Claim]) -> tuple[ClaimGoods, ...]:
    """The goods of merged claims: one thing told by several sources is one line."""
    items: list[list[ClaimGoods]] = []
    for claim in claims:
        single = len(claim.goods) == 1
        for goods in claim.goods:
            heading = goods_heading(goods.description)
            target = next((item for item in items if names_within(goods.description, item[0].description)
                           or (single and heading and goods_heading(item[0].description) == heading)), None)
            if target is None:
                items.append([goods])
            else:
                target.append(goods)
    merged: list[ClaimGoods] = []
    for item in items:
        best = max(item, key=lambda g: specificity(g.description))
        terms = tuple(dict.fromkeys(t for g in item for t in (g.description, *g.terms)))
        merged.append(replace(best, terms=terms,
                              quantity=next((g.quantity for g in item if g.quantity), None),
                              unit=next((g.unit for g in item if g.unit), None),
                              value=next((g.value for g in item if g.value), None)))
    return tuple(merged)


def _party(claims: Sequence[Claim], role: str) -> ClaimParty:
    return best_party([getattr(c, role) for c in claims])


def _evidence_for(claim: Claim, field: str) -> Evidence | None:
    return next((e for e in claim.evidence if e.field == field), None)


_Rows = tuple[dict[str, Any], ...]


def _reconcile(claims: Sequence[Claim]) -> tuple[PartialDate | None, _Rows, _Rows]:
    agreements: list[dict[str, Any]] = []
    contradictions: list[dict[str, Any]] = []
    dated = [c for c in claims if c.date is not None]
    value: PartialDate | None = None
    # Dates that cannot be the same day are shown side by side; the event takes the earliest (a journey
    # begins where the goods were loaded), made finer by the dates that agree with it.
    for claim in sorted(dated, key=lambda c: _start(c.date)):
        assert claim.date is not None
        if value is None:
            value = claim.date
        elif value.compatible(claim.date):
            value = value.finer(claim.date)
    dates_differ = any(not a.date.compatible(b.date) for a in dated for b in dated
                       if a.date is not None and b.date is not None)

    def compare(field: str, get: Any, evidence_field: str) -> None:
        given = [(c, get(c)) for c in claims if get(c) is not None]
        values = {v for _, v in given}
        if len(given) >= 2 and len(values) == 1:
            agreements.append({"field": field, "value": next(iter(values)),
                               "documents": list(dict.fromkeys(c.document for c, _ in given))})
        elif len(values) > 1:
            rows = []
            for claim, found in given:
                evidence = _evidence_for(claim, evidence_field)
                rows.append({"value": found, "document": claim.document, "claim": claim.id,
                             "text": evidence.sentence.text if evidence else None,
                             "start": evidence.start if evidence else None,
                             "end": evidence.end if evidence else None})
            contradictions.append({"field": field, "values": rows})

    if value is not None and len(dated) >= 2 and not dates_differ:
        agreements.append({"field": "date", "value": value.iso(),
                           "documents": list(dict.fromkeys(c.document for c in dated))})
    elif dates_differ:
        compare("date", lambda c: c.date.iso() if c.date else None, "date")
    compare("supplier.country", lambda c: c.supplier.country, "supplier")
    compare("recipient.country", lambda c: c.recipient.country, "recipient")
    compare("supplier.name", lambda c: c.supplier.name if c.supplier.type == "person" else None, "supplier")
    compare("recipient.name", lambda c: c.recipient.name if c.recipient.type == "person" else None, "recipient")
    kinds = {c.kind for c in claims}
    if len(claims) >= 2 and len(kinds) == 1:
        agreements.append({"field": "kind", "value": next(iter(kinds)),
                           "documents": list(dict.fromkeys(c.document for c in claims))})
    compare("quantity", lambda c: next((g.quantity for g in c.goods if g.quantity), None), "quantity")
    compare("value", lambda c: next((" ".join(g.value) for g in c.goods if g.value), None), "value")
    return value, tuple(agreements), tuple(contradictions)


def _start(value: PartialDate | None) -> tuple[int, int, int]:
    if value is None or value.year is None:
        return (9999, 12, 31)
    return (value.year, value.month or 1, value.day or 1)


def _status(claims: Sequence[Claim]) -> ClaimStatus:
    statuses = {c.status for c in claims}
    for status in (ClaimStatus.DENIED, ClaimStatus.CONFIRMED, ClaimStatus.REPORTED, ClaimStatus.ALLEGED,
                   ClaimStatus.PLANNED):
        if status in statuses:
            return status
    return ClaimStatus.REPORTED


def _conflict(a: Claim, b: Claim) -> bool:
    """Something the two claims say cannot both be true of one transfer: the document, the goods, a
    side's country or named person, or dates too far apart."""
    if a.document == b.document or not _same_goods(a, b, _words(a) & _words(b)):
        return True
    if _after_an_earlier(a, b) or _after_an_earlier(b, a) or not _in_time(a, b) or not _in_time(b, a):
        return True
    if _apart(a, b):
        return True
    for mine, theirs in ((a.supplier, b.supplier), (a.recipient, b.recipient)):
        if mine.country and theirs.country and mine.country != theirs.country:
            return True
        if mine.name and theirs.name and mine.type == theirs.type and not _same_name(mine.name, theirs.name):
            return True
    if a.date is not None and b.date is not None and not _dates_compatible(a, b):
        return not (_close(a.date, b.date) or _journey(a, b) or _same_flow(a, b))
    return False


def _as_finely_dated(group: Sequence[Claim]) -> list[Claim]:
    """The claims of an event, each dated as finely as a claim whose date its own agrees with: a source giving only
    the year ("in 2019") of what another dates to November 2019 does not keep out a third telling "early 2020"."""
    dated = [c for c in group if c.date is not None and c.date.year is not None]
    finer: list[Claim] = []
    for claim in group:
        best = claim
        for other in dated:
            assert other.date is not None
            if claim.date is not None and claim.date.compatible(other.date) \
                    and _rank(other.date) > _rank(best.date) and all(other.date.compatible(c.date) for c in dated
                                                                      if c.date is not None):
                best = replace(claim, date=other.date, date_text=other.date_text)
        finer.append(best)
    return finer


def _rank(value: PartialDate | None) -> int:
    return {"unknown": 0, "year": 1, "month": 2, "day": 3}[value.precision] if value is not None else 0


def merge_claims(claims: Sequence[Claim], ships: Mapping[str, str] | None = None) -> list[Event]:
    """Merge claims of several documents about one transfer into events, ordered by date.

    A claim joins an event when it is the same transfer as a claim already there and nothing it says
    conflicts with any of them (another document, the same goods, no side or date at odds), so a
    third source joins what two others agree on, yet an undated claim cannot bridge two events of
    different dates.
    """
    token = _CARRIERS.set(dict(ships or {}))
    try:
        return _merge(claims)
    finally:
        _CARRIERS.reset(token)


def _merge(claims: Sequence[Claim]) -> list[Event]:
    merged: list[list[Claim]] = []
    for claim in claims:
        # The event whose sources the claim tells the same transfer as most often; of those alike, the one with
        # a source agreeing with it on the most facts, then the first.
        fits = []
        for number, group in enumerate(merged):
            if any(_conflict(member, claim) for member in _as_finely_dated(group)):
                continue
            strengths = [_agreement(member, claim) for member in group]
            fits.append((sum(1 for found in strengths if found), max(strengths), -number, group))
        best = max(fits, key=lambda fit: fit[:3], default=None)
        home = best[3] if best is not None and best[0] > 0 else None
        if home is None:
            merged.append([claim])
        else:
            home.append(claim)
    groups = dict(enumerate(merged))
    events: list[Event] = []
    for members in groups.values():
        when, agreements, contradictions = _reconcile(members)
        kind = min((c.kind for c in members), key=KIND_ORDER.index)
        digest = hashlib.sha256("|".join(sorted(c.id for c in members)).encode()).hexdigest()[:10]
        events.append(Event(
            id=f"ev-{digest}",
            claims=tuple(members),
            kind=kind,
            status=_status(members),
            goods=_merge_goods(members),
            supplier=_party(members, "supplier"),
            recipient=_party(members, "recipient"),
            date=when,
            agreements=agreements,
            contradictions=contradictions,
        ))
    return sorted(events, key=lambda e: (e.date is None, e.date.iso().lstrip("-") if e.date else "", e.id))


def _as_of(event: Event) -> tuple[date | None, str | None]:
    """The day whose law judges the event, and why, when its date is not known to the day."""
    reported = [c.document_date for c in event.claims if c.document_date is not None]
    earliest = min(reported) if reported else None
    value = event.date
    if value is not None and value.as_date() is not None:
        return None, None
    if value is not None and value.year is not None:
        month = value.month or 12
        last = date(value.year, month, calendar.monthrange(value.year, month)[1])
        if earliest is not None and earliest < last:
            last = earliest
        return last, f"the transfer is dated only to the {value.precision} {value.iso()}: judged as of its last day"
    if earliest is not None:
        return earliest, "the date of the transfer is unknown: judged as of the date of the earliest report"
    return None, "the date of the transfer is unknown: judged as of today"


def _transfer(event: Event) -> Transfer:
    lines = []
    for goods in event.goods:
        value = None
        if goods.value is not None:
            from decimal import Decimal

            value = Money(Decimal(goods.value[0]), goods.value[1])
        lines.append(GoodsLine(description=goods.description, value=value))
    day = event.date.as_date() if event.date else None
    return Transfer(
        goods=tuple(lines),
        date=day,
        supplier=Party(event.supplier.name, event.supplier.country),
        recipient=Party(event.recipient.name, event.recipient.country),
        kind=_ENGINE_KINDS.get(event.kind, TransferKind.UNKNOWN),
        id=event.id,
    )


def _unknown_date_note(decision: Decision, assessor: Assessor, told: PartialDate | None) -> str | None:
    """Say from when the verdict holds, for a transfer whose day is not known: nothing when the month or year told
    begins after the measure did, as then it held whatever the day."""
    if decision.verdict is Verdict.PERMITTED:
        return None
    starts: list[tuple[date, str]] = []
    for finding in decision.all_findings:
        if finding.effect is not decision.verdict or not finding.measure or finding.citation is None:
            continue
        try:
            measure = assessor.rulebook.measure(finding.measure)
        except KeyError:
            continue
        begins = measure.start
        if finding.item is not None and finding.item.citation.adopted > begins:
            begins = finding.item.citation.adopted
        starts.append((begins, f"{finding.measure} ({finding.citation})"))
    if not starts:
        return None
    begins, which = min(starts)
    if told is not None and told.year is not None:
        first = date(told.year, told.month or 1, 1)
        if first >= begins:
            return None
        return (f"{decision.verdict.value} if the transfer took place on or after {begins.isoformat()}, when {which} "
                f"applied; the sources date it only to {told.iso()}")
    return (f"{decision.verdict.value} if the transfer took place on or after {begins.isoformat()}, when {which} "
            f"applied; the sources do not say when it took place")


def assess_events(events: Sequence[Event], assessor: Assessor) -> list[Event]:
    """Judge each event's transfer with the engine and fill in the goods' HS codes it used."""
    judged: list[Event] = []
    for event in events:
        transfer = _transfer(event)
        as_of, basis = _as_of(event)
        decision = assessor.assess(transfer, as_of=as_of)
        notes: list[str] = []
        if basis is not None:
            decision = replace(decision, as_of_basis=basis)
            decision = replace(decision, decision_id=decision.content_id(transfer))
            notes.append(basis)
        if event.date is None or event.date.as_date() is None:
            note = _unknown_date_note(decision, assessor, event.date)
            if note:
                notes.append(note)
        if not event.supplier.known:
            notes.append("the sources do not name the supplier")
        goods = tuple(
            replace(g, hs=line.hs, hs_label=line.hs_label) if line.hs else g
            for g, line in zip(event.goods, decision.lines, strict=True)
        )
        judged.append(replace(event, decision=decision, transfer=transfer, goods=goods, notes=tuple(notes)))
    return judged
