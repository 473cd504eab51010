"""One document's claims: the drafts its sentences give, joined where they tell the same transfer.

Sentences of one report about the same goods and parties are one claim: the gift in one sentence,
its delivery "on Sunday" in the next.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctioneer.evidence.amounts import find_quantity
from sanctioneer.evidence.claims import Claim, ClaimGoods, ClaimParty, ClaimStatus, Evidence, best_party
from sanctioneer.evidence.dates import (
    DateMention,
    PartialDate,
    find_dates,
    period_end,
    period_start,
    told_since,
    within_part,
    yearless,
)
from sanctioneer.evidence.drafts import (
    AS_OF,
    ATTRIBUTION_OPENING,
    DATELINE_PLACE,
    DONE_EARLIER,
    FIRST_SINCE,
    FOUND_OUT,
    OPENED_BEFORE,
    OWNS_A_NOUN,
    RECORD_SINCE,
    RULE_IMPOSED_BEFORE,
    RULE_IN_FORCE_BEFORE,
    RULE_MADE_AFTER,
    THAT_CLAUSE,
    THAT_CLAUSE_AFTER,
    after_dateline,
    opens,
)
from sanctioneer.evidence.lexicon import (
    KIND_ORDER,
    Lexicon,
    Mention,
    goods_heading,
    load_lexicon,
    names_within,
    specificity,
)
from sanctioneer.evidence.mentions import SUBJECT_GAP, sentence_mentions
from sanctioneer.evidence.reader import Draft, SentenceReader, occasion
from sanctioneer.evidence.text import Sentence, split_sentences

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from sanctioneer.evidence.document import SourceDocument

__all__ = ["extract_claims"]

# Kinds that describe a transfer of their own: a smuggling claim is not the gift named before it.
_DISTINCT_KINDS = ("exchange", "smuggling", "import")
_TRADE_KINDS = frozenset({"import", "export"})
# "in March alone", "last year alone": the figure of a part of the time a trade went on.
_TIME_ALONE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|\d{4}|year|month|quarter|week|half)\s+alone\b")
# "In return for the shells, Moscow supplied ...": a sentence opening on goods paid for, told before.
_PAID_FOR_TOLD = re.compile(r"\s*in\s+(?:exchange|return)\s+for\s+(?:the|these|those)\s[^,;.]{1,60},", re.IGNORECASE)
_ANOTHER_STEP = re.compile(r"\b(?:before|after|prior to|ahead of)\s+(?:the|its|this|that)\s+"
                           r"(?:transfer|delivery|handover|hand-over|shipment|sale|gift)\b", re.IGNORECASE)
_COMES_AFTER = re.compile(r"\s*(?:It|This|The\s+\w+)\s+(?:comes|came)\s+(?:just\s+|only\s+|barely\s+)?"
                          r"(?:(?:a|two|three|four|five|several|a\s+few)\s+)?(?:days?|weeks?|months?)\s+after\b")
_PARTICULAR_KINDS = ("exchange", "gift", "smuggling", "ship-to-ship")
# "gave 18,000 tonnes of flour as humanitarian aid", "fertilizer given as food aid", "free assistance": goods carried as
# aid are given, not sold. Only a carriage word yields to it; a sale or an export told as aid stays what it was.
_AS_AID = re.compile(r"\b(?:(?:in|as)\s+(?:(?:humanitarian|food|emergency|relief|free|economic)\s+)?(?:aid|assistance)|"
                     r"(?:humanitarian|food|emergency|relief|fertili[sz]er|grain|medical)\s+(?:aid|assistance)|"
                     r"free\s+(?:of\s+charge|assistance)|aid\s+(?:shipments?|consignments?|deliver(?:y|ies)))\b",
                     re.IGNORECASE)
_CARRIAGE_KINDS = ("shipment", "delivery", "supply", "transfer")
# "Thai police held the tanker in April 2021", "The tanker was impounded in May": the carrier itself held,
# told with no goods aboard. "seized the ship carrying coal", "detained with its cargo": the goods held with it.
_CARRIER_HELD = re.compile(r"\b(?:seized|impounded|detained|confiscated|captured|held|arrested|forfeited)\s+"
                           r"(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|freighter|carrier|"
                           r"boat)\b|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|"
                           r"freighter|carrier|boat)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+|then\s+|"
                           r"eventually\s+|subsequently\s+)?(?:seized|impounded|detained|confiscated|captured|"
                           r"forfeited)\b"
                           # "decided on Dec. 21 not to allow the vessel to leave port", "barred from leaving Busan".
                           r"|\b(?:not\s+(?:to\s+)?allow(?:ed|ing)?|disallowed|barred|prevented|banned|stopped)\s+"
                           r"(?:(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|freighter|carrier|boat)"
                           r"\s+|it\s+)?(?:from\s+|to\s+)leav(?:e|ing)\b", re.IGNORECASE)
_HELD_WITH_GOODS = re.compile(r"\b(?:carrying|laden|loaded|with\s+(?:its|the)\s+cargo|cargo|aboard|on\s+board|"
                              r"transporting|shipping|holding)\b", re.IGNORECASE)


def _carrier_held_later(group: _Joined, draft: Draft) -> bool:
    """The draft tells only that the carrier of a transfer already told, not as seized, was held, with no goods aboard:
    "The charge is that the tanker carried diesel to North Korea. Thai police seized the tanker in April
    2021"."""
    if draft.goods or draft.supplier is not None or draft.recipient is not None or not draft.kinds \
            or not set(draft.kinds) <= {"seizure"} or any("seizure" in d.kinds for d in group.drafts if d.goods):
        return False
    text = draft.sentence.text
    return _CARRIER_HELD.search(text) is not None and _HELD_WITH_GOODS.search(text) is None

_STATUS_ORDER = [ClaimStatus.DENIED, ClaimStatus.ALLEGED, ClaimStatus.PLANNED, ClaimStatus.CONFIRMED,
                 ClaimStatus.REPORTED]


def _party(mention: Mention | None, text: str, lexicon: Lexicon) -> ClaimParty:
    if mention is None:
        return ClaimParty()
    if mention.kind == "country":
        return ClaimParty(None, mention.country, mention.role if mention.detail == "demonym-party" else "country")
    if mention.kind == "vessel":
        # "the North Korean ship Sam Jong 2" is North Korea's; a "Togo-flagged" one is no country's (the
        # lexicon leaves the country of a ship under an open registry's flag out).
        return ClaimParty(mention.value, mention.country, "vessel")
    return ClaimParty(mention.value or mention.text, mention.country,
                      "organization" if mention.kind in ("organization", "media") else mention.kind)


def _compatible_party(a: ClaimParty, b: ClaimParty) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.name and b.name and a.type == b.type == "person" and a.name != b.name)


def _same_goods(a: Draft, b: Draft, lexicon: Lexicon) -> bool:
    """Two drafts speak of the same kind of goods: same HS chapter, or the same words."""
    if a.anaphoric or b.anaphoric:
        return True
    if all(lexicon.generic(d) for _, d in a.goods) or all(lexicon.generic(d) for _, d in b.goods):
        return True
    kinds_a = {k for _, d in a.goods if (k := lexicon.kind_apart(d)) is not None}
    kinds_b = {k for _, d in b.goods if (k := lexicon.kind_apart(d)) is not None}
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        # "shipped artillery shells to Syria" ... "has supplied ballistic missiles to Syria": things of one heading
        # told apart, each naming none of the other's kinds, are two lots.
        return False
    # "banned luxury items" and "luxury goods" name goods of any kind: a word they share ties nothing.
    words_a = {w.lower() for _, d in a.goods if not lexicon.generic(d) for w in re.findall(r"[A-Za-z]{4,}", d)}
    words_b = {w.lower() for _, d in b.goods if not lexicon.generic(d) for w in re.findall(r"[A-Za-z]{4,}", d)}
    if words_a & words_b:
        return True
    headings_a = {f for _, d in a.goods if (f := lexicon.family(d)) and len(f) == 4}
    headings_b = {f for _, d in b.goods if (f := lexicon.family(d)) and len(f) == 4}
    if headings_a and headings_b and not headings_a & headings_b:
        # Coal and oil are both fuels of one chapter, but not the same goods.
        return False
    chapters_a = {lexicon.chapter(d) for _, d in a.goods} - {None}
    chapters_b = {lexicon.chapter(d) for _, d in b.goods} - {None}
    return bool(chapters_a & chapters_b)


class _Joined:
    """Drafts of one document about one transfer."""

    def __init__(self, draft: Draft, text: str, lexicon: Lexicon, headings: tuple[int, ...] = (), *,
                 reference: date | None = None) -> None:
        self.drafts = [draft]
        self.denials: list[Draft] = []
        # Sentences telling where the goods went on to ("They were then smuggled into Iran"): the journey's last leg.
        self.onward: list[Draft] = []
        self.text = text
        self.lexicon = lexicon
        self.headings = headings
        self.reference = reference

    def _named_tie(self, draft: Draft) -> bool:
        """The draft names a person, body or vessel the group names."""
        names = {m.value for d in self.drafts for m in (d.supplier, d.recipient)
                 if m is not None and m.kind in ("person", "organization", "vessel", "media")}
        return any(m is not None and m.kind in ("person", "organization", "vessel", "media") and m.value in names
                   for m in (draft.supplier, draft.recipient))

    def _same_pair(self, draft: Draft) -> bool:
        """The draft names the same supplier and recipient countries as the group, both of them."""
        mine = (self.party("supplier").country, self.party("recipient").country)
        theirs = (_party(draft.supplier, "", self.lexicon).country, _party(draft.recipient, "", self.lexicon).country)
        return None not in mine and mine == theirs

    def _across_heading(self, draft: Draft) -> bool:
        """A subheading stands between the group and the draft: the report has moved on to another case."""
        last = self.drafts[-1].sentence.start
        return any(last < h < draft.sentence.start for h in self.headings)

    def party(self, role: str) -> ClaimParty:
        if role == "recipient" and self.onward:
            return _party(self.onward[-1].recipient, self.onward[-1].sentence.text, self.lexicon)
        return best_party([_party(getattr(d, role), d.sentence.text, self.lexicon) for d in self.drafts
                           if getattr(d, role) is not None and not self.denier_account(d)])

    def denier_account(self, draft: Draft) -> bool:
        """"X denied selling anything to North Korea, saying the pumps were sold to a buyer in Dandong": a
        later sentence that denies the transfer tells the denier's version, not the transfer's sides."""
        return draft.account and draft is not self.drafts[0]

    def date(self) -> PartialDate | None:
        value: PartialDate | None = None
        told: list[str] = []
        for draft in self.drafts:
            if draft.date is not None and draft.date.value is not None:
                there = draft.date.value
                if value is None:
                    value = there
                elif value.compatible(there) and not any(within_part(t, there) is False for t in told) \
                        and not _bound(draft) \
                        and not (value.month is None and period_end(draft.sentence.text, draft.date)):
                    # "supplied 100,000 barrels last year ... 50,523 barrels between March and December last year":
                    # the months a part of a year's figure covers do not date the whole.
                    # "in the second half of 2019 ... delivered in March": a month outside the part of the year
                    # told, or of another year, does not refine it; nor does a bound ("all arrived before May 3").
                    value = value.finer(there)
                told.append(draft.date.text or "")
        return value

    def _tied(self, draft: Draft) -> bool:
        """The draft names the same person or body, or the same supplier and recipient countries."""
        names = {m.value for d in self.drafts for m in (d.supplier, d.recipient)
                 if m is not None and m.kind in ("person", "organization", "vessel", "media")}
        if any(m is not None and m.kind in ("person", "organization", "vessel", "media") and m.value in names
               for m in (draft.supplier, draft.recipient)):
            return True
        if self._other_years(draft):
            return False
        mine = (self.party("supplier").country, self.party("recipient").country)
        theirs = (_party(draft.supplier, "", self.lexicon).country, _party(draft.recipient, "", self.lexicon).country)
        if None not in mine and mine == theirs:
            # "smuggled into Dandong" ... two paragraphs on, "smuggled into Hunchun": another town of the same
            # country is another case.
            return not self._other_town(draft)
        # A country the case has not named as a party is another case; without one, the case goes on.
        return not any(t is not None and m is None for m, t in zip(mine, theirs, strict=True))

    def _other_years(self, draft: Draft, *, case_days: bool = True) -> bool:
        """"Three were arrested on Thursday ..." then, further on, "In May 2015, a trader was arrested over imports
        of clams, while in February last year ...": a sentence dated only in years the case's sentences never
        name tells an earlier case. Without `case_days`, the day the group's case was heard or charged ("was charged on
        Monday with selling cars") does not count: goods named again in the charge's detail keep their own year."""
        def years(text: str, *, said: bool = True) -> set[int]:
            # "SEOUL, March 3 (AP) -- Police in Busan detained ...": a dateline's day is the report's, no case's.
            return {m.value.year for m in after_dateline(text, find_dates(text, reference=self.reference))
                    if m.value is not None and m.value.year is not None
                    and (said or not _said_then(text, m, self.lexicon))}

        theirs = years(draft.sentence.text)
        mine = {y for d in self.drafts for y in years(d.sentence.text, said=case_days)}
        return bool(theirs and mine) and not theirs & mine

    def _other_town(self, draft: Draft) -> bool:
        """The draft names, on a side, a town other than the one the group names on that side."""
        for role in ("supplier", "recipient"):
            theirs = getattr(draft, role)
            towns = {m.text for d in self.drafts if (m := getattr(d, role)) is not None and m.detail == "place"}
            if theirs is not None and theirs.detail == "place" and towns and theirs.text not in towns:
                return True
        return False

    def transits(self) -> set[str]:
        """Countries the drafts' sentences name as a stage on the way ("to North Korea via China")."""
        found: set[str] = set()
        for draft in self.drafts:
            text = draft.sentence.text
            for mention in self.lexicon.find(text):
                if mention.kind == "country" and mention.country and _VIA.search(text[:mention.start]):
                    found.add(mention.country)
        return found

    def _same_count(self, draft: Draft) -> bool:
        """The draft tells the count the group told, of goods the group named in the same words, between the same two
        known countries, in the group's paragraph or the next."""
        if draft.quantity is None or not self._near(draft) or not self._goods_words(draft):
            return False
        counts = {(d.quantity[0], d.quantity[1]) for d in self.drafts if d.quantity is not None}
        mine = (self.party("supplier").country, self.party("recipient").country)
        theirs = (_party(draft.supplier, draft.sentence.text, self.lexicon).country,
                  _party(draft.recipient, draft.sentence.text, self.lexicon).country)
        return (draft.quantity[0], draft.quantity[1]) in counts and None not in mine \
            and all(t in (None, m) for m, t in zip(mine, theirs, strict=True)) and theirs != (None, None)

    def _named_again(self, draft: Draft) -> bool:
        """The draft points back to the group's goods: "the" and a word the group used ("spare parts" ... "the
        parts were delivered", "rocket engines ... the engines were smuggled")."""
        words = {w.lower().rstrip("s") for d in self.drafts for _, g in d.goods for w in re.findall(r"[A-Za-z]{4,}", g)}
        text = draft.sentence.text
        # "the weapons" names again the "artillery shells" told before: a word for any goods of their chapter.
        broad = any(_same_goods(d, draft, self.lexicon) for d in self.drafts)
        told = [bool(
            (re.search(r"\bthe\s+$", text[:max(0, text.rfind(g, 0, m.end))], re.IGNORECASE)
             and (any(w.lower().rstrip("s") in words for w in re.findall(r"[A-Za-z]{4,}", g))
                  or (broad and self.lexicon.broad(g))))
            # "two consignments of spirits ... the consignments, of 1,400 bottles of Scotch whisky and 900 bottles of
            # French cognac,": goods of the same kind told as the contents of the loads named again.
            or (broad and _LOADS_AGAIN.search(text[:max(0, text.rfind(g, 0, m.end))]) is not None))
            for m, g in draft.goods]
        for i in range(1, len(told)):
            # "the cars, two Mercedes sedans, were shipped": goods in apposition to goods named again say which they
            # were.
            (before, _), (m, g) = draft.goods[i - 1], draft.goods[i]
            told[i] = told[i] or (told[i - 1] and _APPOSED.fullmatch(text, before.end, max(0, text.rfind(g, 0, m.end)))
                                  is not None)
        return bool(draft.goods) and all(told)

    def _same_heading(self, draft: Draft) -> bool:
        """The draft's goods are all of a four-digit heading the group's goods are of ("oil" after "diesel oil")."""
        mine = {f for d in self.drafts for _, g in d.goods if (f := self.lexicon.family(g)) and len(f) == 4}
        theirs = [self.lexicon.family(g) for _, g in draft.goods]
        return bool(theirs) and all(f in mine for f in theirs)

    def _goods_words(self, draft: Draft) -> set[str]:
        """The words of the draft's goods the group's goods use too."""
        def words(drafts: list[Draft]) -> set[str]:
            return {w for d in drafts for _, g in d.goods for w in _content_words(g)}
        return words(self.drafts) & words([draft])

    def _one_way(self) -> bool:
        """All the drafts tell goods going the same way, between known countries."""
        ways = {(_party(d.supplier, "", self.lexicon).country, _party(d.recipient, "", self.lexicon).country)
                for d in self.drafts}
        return len(ways) == 1 and None not in next(iter(ways))

    def _near(self, draft: Draft) -> bool:
        return draft.sentence.paragraph - self.drafts[-1].sentence.paragraph <= 1

    def accepts(self, draft: Draft) -> bool:
        if _ANOTHER_STEP.search(draft.sentence.text):
            # "had loaded Japanese petroleum in Yeosu before the transfer": an earlier step, not the transfer.
            return False
        if _ANOTHER_ONE.search(draft.sentence.text):
            # "A further 40 coats bound for North Korea were seized": more goods of the same kind, another transfer.
            return False
        if any(_MORE_OF.search(g) or _MORE_OF.search(draft.sentence.text, 0, m.start + 1) for m, g in draft.goods):
            # "North Korea is planning to send the group additional arms": more goods, another transfer.
            return False
        told = next((e.start - draft.sentence.start for e in draft.evidence if e.field == "kind"), None)
        if told is not None and _ALSO.search(draft.sentence.text, 0, told) and draft.goods \
                and all(d.sentence is not draft.sentence for d in self.drafts) and not self._goods_words(draft):
            # "Belarus shipped mortar rounds to Sudan" ... "Minsk also sent cruise missiles": goods not
            # named before, told as something else done, are another transfer.
            return False
        if told is not None and _ALSO.search(draft.sentence.text, 0, told) and draft.goods and all(
                _SUCH.search(draft.sentence.text, 0, m.start) for m, _ in draft.goods):
            # "gave the emir a herd of camels" ... "in 2019 he also sent him 12 such camels": more goods of the kind
            # told, sent another time, are another transfer.
            return False
        if told is not None and self._seized_elsewhere(draft, told):
            # "South Africa seized tank parts bound for Congo" ... "Thai authorities also seized arms from North
            # Korea": goods another state also seized are another case, not more of the one told.
            return False
        if told is not None and DONE_EARLIER.search(draft.sentence.text, 0, told):
            # "delivered 1,000 containers of shells to Russia" ... "accused of previously providing shells to Russia":
            # goods told as given before the transfer just told are another transfer.
            return False
        if told is not None and self.lexicon.another_case.search(draft.sentence.text, 0, told) \
                and all(d.sentence is not draft.sentence for d in self.drafts):
            # "Separately, Russia supplied fuel worth $5 million to North Korea": another case, another transfer.
            return False
        if draft.quantity is not None and _TIME_ALONE.search(draft.sentence.text) \
                and all(d.sentence is not draft.sentence for d in self.drafts):
            # "Moscow keeps sending refined fuel to North Korea" ... "it supplied 120,000 barrels in April
            # alone": a figure for a part of the time told is a part of the trade, a claim of its own.
            return False
        if self._figure_of_one_listed(draft):
            # "bought larger amounts of luxury goods like caviar and rugs from China last year" ... "it imported rugs
            # worth $448,728 last year": one of the goods a trade listed, told with its own figure, a flow of its own.
            return False
        if self._longer_period(draft):
            # "Moscow sold refined fuel to Pyongyang in November" ... "it shipped 58,000 barrels from November
            # until April": a figure for a period that runs on past the month told is the period's, a claim of its own.
            return False
        if _COMES_AFTER.match(draft.sentence.text):
            # "It comes days after South Korea seized a tanker that had transferred oil": earlier news, another case.
            return False
        # "two consignments of clothing" counts loads, not the goods: no count of another lot.
        counted = {(d.quantity[0], d.quantity[1]) for d in self.drafts
                   if d.quantity is not None and not _LOADS.match(d.sentence.text, d.quantity[2].end)}
        if draft.quantity is not None and counted and (draft.quantity[0], draft.quantity[1]) not in counted \
                and {unit for _, unit in counted} == {draft.quantity[1]} and not self._parts_of(draft, counted):
            # "drove 500 head of cattle to North Korea" ... "he had sold one of his father's cows": another count
            # of the same goods in the same unit is another lot.
            return False
        if draft.quantity is not None and counted and draft.goods and all(_vague(g) for _, g in draft.goods) \
                and draft.quantity[1] not in {unit for _, unit in counted} \
                and all(d.sentence is not draft.sentence for d in self.drafts):
            # "The first train shipped 30 horses to Laos" ... "More than 40,000 tonnes of cargo left by the
            # crossing in 2019": goods told only as cargo, measured in another unit than the count told, are another
            # lot.
            return False
        if self._another_sum(draft):
            # "sold goods worth $60 million to Laos" ... "Vienco is accused of selling goods worth $3 million to Laos":
            # goods told only as goods, worth another sum, are another trade.
            return False
        kinds = {k for d in self.drafts for k in d.kinds}
        paid_back = self._paid_back_again(draft)
        if self._same_count(draft):
            # "Laos has imported 40 Arabian horses from Oman" ... "Oman sent 40 horses to Laos on May 2": the same
            # count of the same goods between the same countries, told first by the buyer, is the same transfer.
            kinds = kinds | set(draft.kinds)
        # "A processor said it had never bought squid from North Korea" ... "squid crossed from North Korea into
        # Hunchun": the transfer a denial told first is the one told next, whatever its word.
        denied_first = all(d.denies or d.status is ClaimStatus.DENIED for d in self.drafts) \
            and self._near(draft) and any(_same_goods(d, draft, self.lexicon) for d in self.drafts)
        for kind in _DISTINCT_KINDS:
            if (denied_first and kind != "exchange") or (paid_back and kind == "exchange"):
                continue
            if kind == "import" and self._bought_what_was_seized(draft):
                continue
            if kind == "import" and self._bought_for_the_taker(draft):
                continue
            if kind == "import" and (set(draft.kinds) - {"import"}) and (kinds - {"import"}) and any(
                    _same_goods(d, draft, self.lexicon) for d in self.drafts
                    if d.goods and not all(_vague(g) for _, g in d.goods)):
                # "bought in Germany and shipped to North Korea" ... "the car was loaded in Antwerp": both
                # tell the shipment; a purchase alone is a transfer of its own.
                continue
            if (kind in draft.kinds) != (kind in kinds) and not (
                    (kind != "exchange" or self._one_way()) and self._named_again(draft)
                    and (self._near(draft) or (kind != "exchange" and self._told_in_detail(draft)))):
                # "bought engines ... the engines were smuggled out": the same goods told again, the same transfer;
                # told paragraphs after the lead ("smuggled coal to China" ... "The coal was loaded at Nampo"), its
                # detail.
                return False
        if "exchange" in kinds and not paid_back \
                and not (self._one_way() and self._near(draft) and self._named_again(draft)):
            # One leg of an exchange ("paid for North Korean shells with rice") goes on where its goods are named
            # again ("North Korean ships unloaded the weapons"); an exchange both ways takes nothing more.
            return False
        if not any(_same_goods(d, draft, self.lexicon) for d in self.drafts):
            return False
        if draft.listed and any(d.listed and d.sentence is draft.sentence for d in self.drafts):
            # "a wooden carriage by the Thai minister, and a jewel carriage from a federation": gifts listed each with
            # its own giver are gifts of their own.
            return False
        if draft.flow and all(d.sentence is not draft.sentence for d in self.drafts) and not any(
                d.quantity is not None and draft.quantity is not None and d.quantity[:2] == draft.quantity[:2]
                for d in self.drafts):
            # "China exported $3 million of wine and liquor" ... "its shipments included 5,000 litres of liquor,
            # 3,000 litres of gin": goods measured each on their own are flows of their own, not more of a sum told
            # before, unless the same measure is told again.
            return False
        if self._across_heading(draft) and not self._named_tie(draft) and not self._same_pair(draft):
            return False
        if not draft.anaphoric and not draft.denies \
                and draft.sentence.paragraph - self.drafts[-1].sentence.paragraph > 1 and not self._tied(draft) \
                and not self._bought_what_was_seized(draft) and not self._told_in_detail(draft):
            # A section further on tells another case ("In Angola, ...") unless it names the same parties.
            return False
        if self._reversed(draft) or self._another_ship(draft) or self._another_body(draft):
            return False
        for role in ("supplier", "recipient"):
            mine = self.party(role)
            theirs = _party(getattr(draft, role), draft.sentence.text, self.lexicon)
            if not _compatible_party(mine, theirs) and not (
                    theirs.country is not None and theirs.country in self.transits()) \
                    and not (role == "supplier" and self._next_leg(draft)) \
                    and not (role == "supplier" and _made_in(draft) and self._named_again(draft)):
                # A leg of the journey ("shipped to Dalian" after "exported to North Korea via China") is
                # the same transfer.
                return False
        if self._own_side_both_ways(draft) and (draft.anaphoric or {"export", "import"} & (
                set(draft.kinds) | {k for d in self.drafts for k in d.kinds})):
            # "exports to Laos included wigs ... sent back to Lao firms who export them worldwide":
            # the buyers' trade onward, told of the same goods, is no supplier of the goods sold to their country.
            return False
        here = self.date()
        there = self.date_of(draft)
        if here is not None and there is not None and here != there and _since_told(draft):
            # "four tankers shipped oil in early April ... since this spring, tankers have been shipping oil": a flow
            # told as going on since a date is the running total, not more of the one period's transfer before it.
            return False
        if there is None and self._made_known_before(draft, here):
            return False
        return here is None or there is None or here.compatible(there) or self._lead_date_told_too(draft, here)

    def _own_side_both_ways(self, draft: Draft) -> bool:
        """The draft would give the group's transfer one country on both sides: a supplier of the country the
        group's goods went to, or a recipient of the country they left."""
        mine = {role: self.party(role).country for role in ("supplier", "recipient")}
        theirs = {role: _party(getattr(draft, role), draft.sentence.text, self.lexicon).country
                  for role in ("supplier", "recipient")}
        return (mine["supplier"] is None and theirs["supplier"] is not None and theirs["supplier"] == mine["recipient"]
                and theirs["recipient"] is None) \
            or (mine["recipient"] is None and theirs["recipient"] is not None
                and theirs["recipient"] == mine["supplier"] and theirs["supplier"] is None)

    def _seized_elsewhere(self, draft: Draft, told: int) -> bool:
        """The draft's seizure, told after the group's sentences, is made by a state they never name."""
        if any(d.sentence.start >= draft.sentence.start for d in self.drafts):
            return False  # "Indian customs impounded a freighter ..." told before what the ship carried: the same case
        return _seized_by_another(draft.sentence.text, [d.sentence.text for d in self.drafts], self.lexicon,
                                  at=told)

    def _figure_of_one_listed(self, draft: Draft) -> bool:
        """The draft, an import or an export, gives a figure (a measure or a sum) of some, not all, of the goods a trade
        told before listed with no figure, and of no other goods."""
        if (draft.quantity is None and draft.value is None) or not draft.goods \
                or any(d.sentence is draft.sentence for d in self.drafts):
            return False
        if not _TRADE_KINDS & set(draft.kinds) or not any(_TRADE_KINDS & set(d.kinds) for d in self.drafts):
            return False
        if draft.quantity is not None and _LOADS.fullmatch(f" {draft.quantity[1] or ''}"):
            return False  # "three containers of guns": loads of a shipment, no flow
        if any(d.quantity is not None or d.value is not None for d in self.drafts):
            return False
        for told in self.drafts:
            if len(told.goods) < 2:
                continue
            listed = {w for _, g in told.goods for w in _content_words(g)}
            named = [g for _, g in told.goods if any(_content_words(g) & _content_words(h) for _, h in draft.goods)]
            if named and len(named) < len(told.goods) and all(_content_words(h) & listed for _, h in draft.goods):
                return True
        return False

    def _longer_period(self, draft: Draft) -> bool:
        """The draft counts goods over a period that opens in the month the group is dated by and ends later, where the
        group's own sentences tell that month alone, no period."""
        told = draft.date
        if draft.quantity is None or told is None or told.value is None or told.value.month is None \
                or not period_end(draft.sentence.text, told) or any(d.sentence is draft.sentence for d in self.drafts):
            return False
        here = self.date()
        if here is None or here.month is None or here.day is not None or (here.year, here.month) != (
                told.value.year, told.value.month):
            return False
        return not any(d.date is not None and period_end(d.sentence.text, d.date) for d in self.drafts)

    def _paid_back_again(self, draft: Draft) -> bool:
        """"sent shells to Russia in exchange for food" ... "In return for the shells, Moscow supplied food": what a
        sentence opening on the goods paid for gives back (however far on), or what the next paragraph tells sent,
        between the same sides (one may go untold), with goods all named by the group's words, is the payment told
        before, told again."""
        if not (_PAID_FOR_TOLD.match(draft.sentence.text) or self._near(draft)) or not self._one_way() \
                or not draft.goods:
            return False
        mine = (self.party("supplier").country, self.party("recipient").country)
        theirs = (_party(draft.supplier, "", self.lexicon).country, _party(draft.recipient, "", self.lexicon).country)
        if theirs == (None, None) or any(t not in (None, m) for m, t in zip(mine, theirs, strict=True)):
            return False
        if not any("exchange" in d.kinds for d in self.drafts):
            return False
        words = {w for d in self.drafts for _, g in d.goods for w in _content_words(g)}
        return all(_content_words(g) & words for _, g in draft.goods)

    def _made_known_before(self, draft: Draft, here: PartialDate | None) -> bool:
        """"Moscow gave Kim a car on Wednesday" ... "Pyongyang revealed in March that Moscow had given Kim a car": a
        transfer told as already done when it was made known, at a time before the group's, is an earlier transfer.
        Undated, the group is measured by the report's day when it tells its goods as a second or another of their
        kind ("another luxury car", "the second limousine"): the one made known before is the first."""
        if any(d.sentence is draft.sentence for d in self.drafts):
            return False
        if here is None or here.year is None:
            later = any(_LATER_ONE.search(g) for d in self.drafts for _, g in d.goods)
            if not later or self.reference is None or any(_LATER_ONE.search(g) for _, g in draft.goods):
                return False
            here = PartialDate(self.reference.year, self.reference.month)
        when = _known_by(draft, self.reference, self.lexicon)
        return when is not None and _before(when, here)

    def _lead_date_told_too(self, draft: Draft, here: PartialDate) -> bool:
        """"the sale of diesel to North Korea in December" ... "The tanker loaded the diesel in November and handed it
        over in December": a detail naming the lead's goods again that tells the lead's time among its steps does not
        contradict it; the step read first (the loading) is not the transfer's time."""
        if draft.date is None or any(d.sentence is draft.sentence for d in self.drafts) \
                or not (self._named_again(draft) or (self._near(draft) and self._same_heading(draft))):
            # "The Liberia-flagged ship arrived in Busan on March 4 and the Togo-flagged vessel ... on March 9": two
            # times in the sentence of the transfer are two cargoes, not steps of one.
            return False
        return any(m.value is not None and m.value.year is not None and m.start > draft.date.start
                   and m.value.compatible(here)
                   for m in find_dates(draft.sentence.text, reference=self.reference))

    def _another_sum(self, draft: Draft) -> bool:
        """Whether the draft tells goods named only as goods worth a sum that the goods only as goods told before are
        not worth, in the same currency."""
        if draft.value is None or not any(_vague(g) for _, g in draft.goods):
            return False
        sums = {(d.value[0], d.value[1]) for d in self.drafts
                if d.value is not None and any(_vague(g) for _, g in d.goods)}
        return bool(sums) and draft.value[:2] not in sums and {unit for _, unit in sums} == {draft.value[1]}

    def _told_in_detail(self, draft: Draft) -> bool:
        """"seized 5,000 bottles of gin bound for Belarus" ... paragraphs on, "The bottles of spirit were found on
        Friday in a container loaded in Riga": goods the lead told, named again with "the", are its transfer told in
        detail, the side it adds one the lead left open; a side it names otherwise is another case (see `accepts`)."""
        if not self._named_again(draft) or self._other_years(draft, case_days=False):
            return False
        for role in ("supplier", "recipient"):
            mine = self.party(role).country
            theirs = _party(getattr(draft, role), draft.sentence.text, self.lexicon).country
            if mine is not None and theirs is not None and mine != theirs:
                return False
        return True

    def _parts_of(self, draft: Draft, counted: set[tuple[str, str | None]]) -> bool:
        """"seized 300 bottles of liquor" ... "found 120 bottles of gin and 180 bottles of rum": counts of the unit
        told that add up to the count told before are its parts, the same lot told in detail."""
        unit = draft.quantity[1] if draft.quantity is not None else None
        if unit is None:
            return False
        parts = [float(m.group(1).replace(",", "")) for m in
                 re.finditer(rf"\b(\d[\d,]*)\s+{re.escape(unit)}\b", draft.sentence.text, re.IGNORECASE)]
        return len(parts) > 1 and any(u == unit and _amount(a) == sum(parts) for a, u in counted)

    def _bought_what_was_seized(self, draft: Draft) -> bool:
        """"Coast guards found 2,000 mortar shells ... the buyers were the Yemenis" ... "Yemeni traders had ordered
        Iranian mortar shells": the purchase of goods seized, told just after with the same goods and buyer, is the
        same transfer told again, not a second one."""
        kinds = {k for d in self.drafts for k in d.kinds}
        if "seizure" not in kinds or "import" not in draft.kinds or not self._goods_words(draft) \
                or not 0 <= draft.sentence.paragraph - self.drafts[-1].sentence.paragraph <= 2:
            return False
        mine = self.party("recipient").country
        theirs = _party(draft.recipient, draft.sentence.text, self.lexicon).country
        return mine is not None and mine == theirs

    def _bought_for_the_taker(self, draft: Draft) -> bool:
        """"charged over selling cigars to North Korea" ... "bought cheap cigars for North Korean firms": goods
        of the group's words bought for a party of the country the group's goods went to, told just after, are the
        same goods on their way to it, not a purchase of its own."""
        if draft.recipient is None or not self._goods_words(draft) \
                or not 0 <= draft.sentence.paragraph - self.drafts[-1].sentence.paragraph <= 1:
            return False
        mine = self.party("recipient").country
        theirs = _party(draft.recipient, draft.sentence.text, self.lexicon).country
        return mine is not None and mine == theirs \
            and _BOUGHT_FOR.search(draft.sentence.text, 0, draft.recipient.start) is not None

    def _next_leg(self, draft: Draft) -> bool:
        """"traced the Phantom to a sale in Germany. The limousine was shipped from Antwerp to Nakhodka": goods of
        the group's kind named again with "the", just after, shipped on from another place, are the journey's next
        leg, not another transfer."""
        text = draft.sentence.text
        return draft.supplier is not None and self._near(draft) and bool(draft.goods) \
            and re.search(r"\bfrom\s+(?:the\s+(?:port|city)\s+of\s+)?$", text[:draft.supplier.start]) is not None \
            and all(re.search(r"\b[Tt]he\s+$", text[:m.start]) for m, _ in draft.goods) \
            and any(_same_goods(d, draft, self.lexicon) for d in self.drafts)

    def _another_ship(self, draft: Draft) -> bool:
        """The draft names a ship on a side the group gives to another ship, or only to a fleet: "Russian tankers
        supplied fuel to North Korea twice" ... "The Vityaz transferred oil to the Sam Ma 2", or "The Amur moved diesel
        to the Pobyol 2" ... "The Neva moved diesel to the Pobyol 2", are transfers of their own."""
        def ships(one: Draft, role: str) -> tuple[str | None, bool]:
            mention = getattr(one, role)
            if mention is None:
                return None, False
            if mention.kind == "vessel":
                return mention.value, False
            return None, mention.kind == "country" and self.lexicon.fleet(mention.text)

        for role in ("supplier", "recipient"):
            named, many = ships(draft, role)
            for other, others in (ships(d, role) for d in self.drafts):
                if (named and other and named != other) or (named and others) or (other and many):
                    return True
        carrier = draft.carrier.value if draft.carrier is not None else None
        carriers = {d.carrier.value for d in self.drafts if d.carrier is not None}
        if carrier is None or carrier in carriers:
            return False
        # "the Blue Heron shipped coal" after "the Sea Lark shipped coal", or after "two freighters, the Blue Heron and
        # the Gold Finch, unloaded coal": one ship's cargo is a transfer of its own, not the other ship's nor a part
        # of the whole told for both.
        fleet = _ships_named(self)
        return bool(carriers) or (len(fleet) >= 2 and carrier in fleet)

    def _another_body(self, draft: Draft) -> bool:
        """The draft names on a side a firm or body other than the one the group names there ("Orchid Trading supplied
        perfumes ..." then "Another firm, Lotus Trading, supplied perfumes"): another trader's transfer."""
        for role in ("supplier", "recipient"):
            theirs = getattr(draft, role)
            if theirs is None or theirs.kind != "organization" or not theirs.value:
                continue
            mine = {m.value for d in self.drafts if (m := getattr(d, role)) is not None
                    and m.kind == "organization" and m.value}
            if mine and not any(names_within(theirs.value, name) for name in mine):
                return True
        return False

    def _reversed(self, draft: Draft) -> bool:
        """The draft sends goods the other way: to the group's supplier ("imported North Korean coal ... and
        exported to North Korea components"), or from the group's recipient."""
        supplier, recipient = self.party("supplier"), self.party("recipient")
        theirs = _party(draft.supplier, "", self.lexicon), _party(draft.recipient, "", self.lexicon)
        if theirs[1].country is not None and theirs[1].country == supplier.country != theirs[0].country:
            return True
        return theirs[0].name is not None and theirs[0].name == recipient.name != theirs[1].name

    def date_of(self, draft: Draft) -> PartialDate | None:
        """The date a draft gives the group's transfer.

        A sentence that names the group's goods again with a month and no year ("North Korea supplied Iran
        with missile parts in 2020 ... The components were flown to Tehran in October") goes on in the
        group's year, not in the year before the report that a month told alone would be.
        """
        if draft.date is None or draft.date.value is None:
            return None
        here = self.date()
        there = draft.date.value
        if here is not None and here.year is not None and there.year != here.year and yearless(draft.date.text) \
                and self._near(draft) and (draft.anaphoric or self._named_again(draft)):
            return replace(there, year=here.year)
        return there

    def take(self, draft: Draft) -> None:
        """Add a draft the group accepts, dated as the group's transfer (see `date_of`)."""
        there = self.date_of(draft)
        if draft.date is not None and there is not None and there != draft.date.value:
            draft.date = replace(draft.date, value=there)
        here = self.date()
        if draft.date is not None and there is not None and here is not None and not here.compatible(there):
            # "loaded the diesel in November and handed it over in December": the lead's time, told among the steps, is
            # the date this sentence gives the transfer.
            lead = next((m for m in find_dates(draft.sentence.text, reference=self.reference)
                         if m.value is not None and m.value.year is not None and m.start > draft.date.start
                         and m.value.compatible(here)), None)
            if lead is not None:
                draft.date, draft.date_sentence = lead, draft.sentence
                draft.evidence = [e for e in draft.evidence if e.field != "date"] + [Evidence(
                    "date", lead.text, draft.sentence.start + lead.start, draft.sentence.start + lead.end,
                    draft.sentence)]
        self.drafts.append(draft)


# "two ship-to-ship transfers of bitumen": a count of transfers, not of the goods.
_LOADS = re.compile(r"\s*(?:[a-z-]+\s+)?(?:consignments?|shipments?|containers?|cargoes|loads?|lots?|batch(?:es)?|"
                    r"deliveries|transfers|trips|voyages)\b", re.IGNORECASE)


# "It then shipped them", "He sent them on": a pronoun standing for the side that holds the goods.
_HOLDER_PRONOUN = re.compile(r"(?:it|he|she|they|the (?:firm|company|man|woman|trader|broker|businessman))",
                             re.IGNORECASE)
_REFERRED = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# "They were then trucked to Yemen", "smuggled into", "from there": the goods went on from where they were sent.
_ONWARD = re.compile(r"\b(?:then|from there|thence|later|subsequently|afterwards|onwards?|on to|re-?export\w*|"
                     r"trans-?shipp?\w*|smuggled|forwarded)\b", re.IGNORECASE)
# "the firm claimed the items were bound for Peru": a cover story, not where the goods went.
_COVER = re.compile(r"\b(?:claimed|claiming|declared|purported(?:ly)?|falsely|ostensibly|supposedly)\b", re.IGNORECASE)


def _amount(text: str) -> float | None:
    """The number a count was read as ("12,000" is twelve thousand), or None when it is not written in figures."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


# ", 10,000 tons in all,", ", some 300 bottles,": a count in apposition to goods named again.
_COUNT_ASIDE = re.compile(r",\s+((?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?\d[\d,.]*\s+"
                          r"[A-Za-z-]+(?:\s+in\s+(?:all|total))?\s*(?=,)")


def _count_aside(draft: Draft) -> tuple[str, str | None, Mention] | None:
    """The count told in apposition to goods named again with "the": "The coal, 10,000 tons in all, was loaded at
    Nampo" (a count must otherwise stand before the goods)."""
    text = draft.sentence.text
    for mention, description in draft.goods:
        start = max(0, text.rfind(description, 0, mention.end))
        if not re.search(r"\b[Tt]he\s+$", text[:start]):
            continue
        aside = _COUNT_ASIDE.match(text, start + len(description))
        if aside is None:
            continue
        words = aside.group()
        count = find_quantity(words, before=[len(words)])
        if count is not None and count.unit is not None:
            at = aside.start()
            return count.amount, count.unit, Mention("quantity", at + count.start, at + count.end, count.text)
    return None


def _carried_on(joined: list[_Joined], draft: Draft, lexicon: Lexicon) -> _Joined | None:
    """The transfer a sentence carries on, when it tells only where the goods it points back to went next.

    "shipped three crates of pumps from Canada to Panama. They were smuggled into Venezuela in 2021", "The goods
    went by sea to Oman. From there, they were trucked to Yemen": goods told by a pronoun or as "the goods", "the
    cargo", going to a new place and sent by no other side, are the journey of the nearest transfer before them in
    its paragraph or the one before, which ends there; goods that already reached a country go on only where the
    sentence says they did ("then", "from there", "smuggled into"), never by what a party claimed. A transfer
    bought by a side of a known country ("a Turkish firm bought steel tubes") is that side's purchase, not a stage
    on the way, and is not carried on."""
    if not joined or draft.recipient is None or draft.denies or draft.negated:
        return None
    if set(draft.kinds) & {"import", "seizure", "sale", "gift", "exchange"} or draft.recipient.kind != "country" \
            or draft.recipient.detail == "demonym-party":
        # Goods seized, bought or given, or handed to a side ("a Chinese trading company"): no place they went on to.
        return None
    if draft.supplier is not None and not _HOLDER_PRONOUN.fullmatch(draft.supplier.text):
        return None
    text = draft.sentence.text
    if not (draft.anaphoric and not draft.goods) and not (
            draft.goods and all(_vague(g) and _REFERRED.search(text, 0, m.start) for m, g in draft.goods)):
        return None
    group = joined[-1]
    last = group.drafts[-1]
    if last.sentence.start >= draft.sentence.start or not 0 <= draft.sentence.paragraph - last.sentence.paragraph <= 1:
        return None
    if not any(d.goods and not all(_vague(g) for _, g in d.goods) for d in group.drafts):
        return None
    going = _party(draft.recipient, text, lexicon).country
    recipient, supplier = group.party("recipient"), group.party("supplier")
    if going is None or going in (recipient.country, supplier.country):
        return None
    kinds = {k for d in group.drafts for k in d.kinds}
    if recipient.country is not None and (recipient.name is not None or kinds & {"import", "sale", "gift", "exchange"}
                                          or not _ONWARD.search(text) or _COVER.search(text)):
        # Goods already sent to a country go on from there only when the sentence says so, and never by a cover story.
        return None
    return group


def _another_time(joined: list[_Joined], draft: Draft) -> Draft | None:
    """Another lot of the goods just told, when a sentence points back to them with a count of their unit but
    another number and a month or year of its own that the transfer's time does not hold ("exported 1.2 million tons
    of coal in February ... It shipped 1.4 million tons in January", "the 1,500 tons it imported in July"): a
    customs figure of another time, between the same sides, not more words about the same transfer."""
    if not joined or not draft.anaphoric or draft.goods or draft.denies or draft.negated \
            or draft.date is None or draft.date.value is None:
        return None
    told = next((e.start - draft.sentence.start for e in draft.evidence if e.field == "kind"), None)
    text = draft.sentence.text
    # The count after the transfer word: "shipped 1,200 tonnes in January" (a count with its unit, not a bare number).
    count = find_quantity(text, before=range(len(text) + 1), skip=told) if told is not None else None
    if count is None or count.unit is None:
        return None
    quantity = (count.amount, count.unit, Mention("quantity", count.start, count.end, count.text))
    group = joined[-1]
    if not 0 <= draft.sentence.paragraph - group.drafts[-1].sentence.paragraph <= 1:
        return None
    counts = {(d.quantity[0], d.quantity[1]) for d in group.drafts if d.quantity is not None}
    here = group.date()
    if not counts or {unit for _, unit in counts} != {quantity[1]} or quantity[:2] in counts \
            or here is None or here.compatible(draft.date.value):
        return None
    named = next((d for d in group.drafts if d.goods and not all(_vague(g) for _, g in d.goods)), None)
    if named is None:
        return None
    first = group.drafts[0]
    # "It shipped": the pronoun stands for the side that sent the goods just told.
    supplier = draft.supplier if draft.supplier is not None and not _HOLDER_PRONOUN.fullmatch(draft.supplier.text) \
        else first.supplier
    return replace(draft, goods=list(named.goods), anaphoric=False, quantity=quantity,
                   supplier=supplier, recipient=draft.recipient or first.recipient,
                   evidence=[*draft.evidence, *(e for e in named.evidence if e.field == "goods"),
                             Evidence("quantity", count.text, draft.sentence.start + count.start,
                                      draft.sentence.start + count.end, draft.sentence)]
                   + [e for e in first.evidence if e.field == "recipient" and draft.recipient is None]
                   + [e for e in first.evidence if e.field == "supplier" and supplier is first.supplier])


def _made_in(draft: Draft) -> bool:
    """The draft's supplier is only the country its goods are named by ("French cognac"): where they were made."""
    supplier = draft.supplier
    return supplier is not None and supplier.kind == "country" and supplier.detail == "demonym" and any(
        mention.start <= supplier.start < mention.end or description.startswith(supplier.text)
        for mention, description in draft.goods)


# ", two ", ", some 300 ": the words between goods named again and goods in apposition to them.
_APPOSED = re.compile(r",\s+(?:[\w-]+\s+){0,2}")
# "The consignments, of 1,400 bottles of": the loads of a transfer told before, named again, and what they held.
_LOADS_AGAIN = re.compile(r"\bthe\s+(?:consignments?|shipments?|cargo(?:es)?|loads?|deliveries|delivery|containers?|"
                          # "the bottles of fine spirit": what the goods were packed in, named again.
                          r"bottles|boxes|cases|crates|cartons|casks|kegs|sacks|bags|pallets)"
                          r"\s*,?\s+(?:(?:which\s+)?(?:held|contained|carried|included)\s+|of\s+)(?:[\w,.-]+\s+){0,12}$",
                          re.IGNORECASE)
_VIA = re.compile(r"\b(?:via|through|by way of|transiting)\s+(?:the\s+(?:port|city)\s+of\s+)?"
                  r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s+|\s+and\s+))?$", re.IGNORECASE)


# Goods named only by their field, as denials name them ("missile technology", "any military equipment").
_VAGUE_HEAD = re.compile(r"\b(?:technology|technologies|equipment|goods|items|products|materials|hardware|supplies|"
                         r"arms|weapons|weaponry|armaments|munitions|ammunition)$", re.IGNORECASE)
_VAGUE_NEXT = re.compile(r"\s+(?:technology|technologies|equipment|goods|items|products|materials|hardware|supplies)\b",
                         re.IGNORECASE)


_TRADE_TOLD_AS_NOUN = frozenset({"shipments", "shipment", "imports", "import", "exports", "export", "sales", "trade",
                                 "deliveries", "supplies", "purchases"})


def _figure_told_again(group: _Joined, joined: list[_Joined]) -> bool:
    """The group tells again, with no time, count or sum, the goods of a dated figure between the same countries."""
    if group.date() is not None or any(d.quantity is not None or d.value is not None or d.negated or d.denies
                                       or d.status is ClaimStatus.DENIED for d in group.drafts):
        return False
    if not all(e.text.lower() in _TRADE_TOLD_AS_NOUN for d in group.drafts for e in d.evidence if e.field == "kind"):
        # "Customs disclosed in January that Russia had shipped wheat": a transfer told by a verb of its own, an act
        # that may be another; only a trade named by a noun ("shipments had resumed") points back to the figure.
        return False
    sides = (group.party("supplier").country, group.party("recipient").country)
    words = {w for d in group.drafts for _, g in d.goods for w in _content_words(g)}
    if sides == (None, None) or not words:
        return False
    told = min(d.sentence.start for d in group.drafts)
    # Only what comes after the figure tells it again: "gave Havana buses. In 2021, Belarus also sent Cuba 50 such
    # buses" tells two transfers.
    return any(other is not group and other.date() is not None
               and min(d.sentence.start for d in other.drafts) < told
               and all(mine is None or mine == theirs for mine, theirs in zip(
                   sides, (other.party("supplier").country, other.party("recipient").country), strict=True))
               and any(d.quantity is not None or d.value is not None for d in other.drafts)
               and words <= {w for d in other.drafts for _, g in d.goods for w in _content_words(g)}
               for other in joined)


_ANY_OTHER = re.compile(r"\s+(?:any|no)\s+other\b", re.IGNORECASE)


def _listed_then_counted(group: _Joined, joined: list[_Joined]) -> bool:
    """The group lists goods with no figure, and each of them is told again with a figure of its own by another group
    (see `_Joined._figure_of_one_listed`) that keeps any North Korean side the list names."""
    if any(d.quantity is not None or d.value is not None for d in group.drafts) \
            or not any(len(d.goods) >= 2 for d in group.drafts):
        return False
    counted = [o for o in joined if o is not group and any(group._figure_of_one_listed(d) for d in o.drafts)]
    if not counted:
        return False
    covered = {w for o in counted for d in o.drafts for _, g in d.goods for w in _content_words(g)}
    # "luxury goods like caviar and rugs": the word for the whole needs no figure of its own.
    named = [g for d in group.drafts for _, g in d.goods if not (_vague(g) or group.lexicon.broad(g))]
    if len(named) < 2 or not all(_content_words(g) & covered for g in named):
        return False
    return all(group.party(role).country != "KP" or all(o.party(role).country == "KP" for o in counted)
               for role in ("supplier", "recipient"))


def _denial_of(group: _Joined, draft: Draft) -> bool:
    """A sentence that denies a transfer between the parties of one already told ("Kiev rejected the claims,
    saying Ukraine had never supplied missile technology to North Korea") is that transfer's denial."""
    if draft.status is not ClaimStatus.DENIED:
        return False
    text = draft.sentence.text
    told = next((e.end - draft.sentence.start for e in draft.evidence if e.field == "kind"), None)
    if told is not None and _ANY_OTHER.match(text, told):
        # "sold 7 tonnes of kerosene to Chile but did not ship any other fuels": what else was not sent
        # leaves the transfer told standing.
        return False
    if not draft.denies and not (draft.goods and all(_VAGUE_HEAD.search(g) for _, g in draft.goods)):
        # "Pakistan had not ordered any goods from North Korea": a transfer negated, of goods named only by
        # their field, denies the one told; other goods negated are no denial of it.
        return False
    if not all(_VAGUE_HEAD.search(g) or _VAGUE_NEXT.match(text, m.end) for m, g in draft.goods) and not any(
            _same_goods(d, draft, group.lexicon) for d in group.drafts):
        # Other goods denied ("denied selling tanks" after a report of fuel) are another claim.
        return False
    shared = 0
    for role in ("supplier", "recipient"):
        mine = group.party(role).country
        theirs = _party(getattr(draft, role), "", group.lexicon).country
        if mine and theirs:
            if mine != theirs:
                return False
            shared += 1
    return shared > 0


_VAGUE = frozenset({"cargo", "cargoes", "goods", "shipment", "shipments", "consignment", "consignments", "freight"})


def _vague(description: str) -> bool:
    """Goods named only as a load ("an unusual cargo", "the shipment"), not by what they are."""
    words = re.findall(r"[a-z]+", description.lower())
    return bool(words) and words[-1] in _VAGUE


# "luxury goods", "dual-use goods", "banned cargo": a load named by the kind of goods it is, which says what moved
# though not which goods, as "luxury items" does.
_LOAD_OF_A_KIND = re.compile(r"\b(?:luxury|dual-use|military|restricted|controlled|prohibited|banned|sanctioned|"
                             r"embargoed|illicit|contraband)\s+(?:goods|cargo|cargoes|shipments?|consignments?|freight)$",
                             re.IGNORECASE)


def _announces(group: _Joined, joined: list[_Joined]) -> bool:
    """Whether the report tells other transfers, whose goods the group's load, named only by its kind ("supplying
    luxury goods worth S$6 million"), would announce in a lede or a charge."""
    return any(other is not group for other in joined)


def _goods_one_side(group: _Joined, joined: list[_Joined]) -> bool:
    """Whether the group tells goods named only as goods ("supplied goods to North Korea") with one side known, in a
    report that tells no other transfer: a trader's goods, not a ship's unnamed cargo."""
    return not _announces(group, joined) and (group.party("supplier").known or group.party("recipient").known) \
        and all(re.findall(r"[a-z]+", d.lower())[-1:] == ["goods"] for draft in group.drafts for _, d in draft.goods)


def _goods_for_a_sum(group: _Joined) -> bool:
    """Whether the group tells goods named only as goods, worth a sum, with one side known ("exported $5 million worth
    of goods to North Korea"): a trade told with its size, not a lede announcing the transfers told after it."""
    return (group.party("supplier").known or group.party("recipient").known) \
        and any(draft.value is not None for draft in group.drafts) \
        and all(re.findall(r"[a-z]+", d.lower())[-1:] == ["goods"] for draft in group.drafts for _, d in draft.goods)


def _unnamed_load(description: str) -> bool:
    """Goods named only as a load and not by their kind: "cargo", "the goods", not "luxury goods"."""
    return _vague(description) and not _LOAD_OF_A_KIND.search(description.strip())


# Dates of saying, and of a sighting ("was photographed in July berthed at Nampho"): not the transfer's.
_SAID = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|published|released|photographed|pictured|"
                   r"spotted|seen|observed|filmed)\s+(?:on\s+|in\s+)?$",
                   re.IGNORECASE)


# "did not import coal at all in March", "never shipped oil in 2019": a time told as one no goods moved.
_NONE_MOVED = re.compile(r"\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|never)\s+(?:\w+ly\s+)?(?:import|export|ship|"
                         r"send|sell|buy|deliver|supply|receive|imported|exported|shipped|sent|sold|bought|delivered|"
                         r"supplied|received)\b", re.IGNORECASE)
# "A second convoy", "another shipment", "a further 40 coats": a transfer besides the one told.
_ANOTHER_ONE = re.compile(r"\b(?:second|third|another|further|next|new)\s+(?:\d[\d,.]*\s|(?:convoy|shipment|"
                          r"consignment|delivery|cargo|batch|transfer|voyage|trip)\b)", re.IGNORECASE)
# "bought leaf tobacco for North Korean firms": the party goods were bought for.
_BOUGHT_FOR = re.compile(r"\bfor\s+(?:the\s+|an?\s+|its\s+|their\s+)?$", re.IGNORECASE)
# "another luxury car", "the second limousine": goods told as coming after others of their kind.
_LATER_ONE = re.compile(r"^(?:the\s+)?(?:another|second|third|fourth|latest)\b", re.IGNORECASE)
# "had given", "had already sent": a transfer told as done before the time it was told at.
_DONE_BY_THEN = re.compile(r"\bhad\s+(?:already\s+|\w+ly\s+)?$", re.IGNORECASE)
# "12 such camels", "similar rifles": goods of the kind told before.
_SUCH = re.compile(r"\b(?:such|similar)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "additional arms", "more missiles": goods beyond those told.
# "seized other banned luxury items": goods beside those told ("the other yacht" is one of them).
# "artillery shells and other munitions": the word closing a list, not goods beyond those told.
_MORE_OF = re.compile(r"\b(?:additional|more|extra|(?<!the\s)(?<!each\s)(?<!\band\s)(?<!\bor\s)other)\s+"
                      r"(?:[\w-]+\s+){0,2}(?=\S*$)", re.IGNORECASE)
# "also sent", "has also quietly supplied": the transfer word after "also".
_ALSO = re.compile(r"\balso\s+(?:(?:has|have|had|been|quietly|reportedly|allegedly|secretly)\s+){0,2}$", re.IGNORECASE)


def _seized_by_another(text: str, before: Sequence[str], lexicon: Lexicon, *, at: int | None = None) -> bool:
    """The sentence tells a seizure made by a state that the sentences `before` never name: "Thai authorities also
    seized arms", "Thai police, acting on a tip, found 35 tons of weapons" after a seizure in Durban. `at` is where
    its seizure word stands when known; a sentence that names the seizure first ("In one of the seizures, Thai
    police ... found") is read at each of its seizure verbs."""
    spots = [m.start() for m in _SEIZED_WORD.finditer(text)]
    if at is not None and _SEIZED_WORD.match(text, at):
        spots = [at]
    for spot in spots:
        also = _ALSO.search(text, 0, spot)
        authority = _AUTHORITY_BEFORE.search(text, 0, spot)
        if also is not None and also.start() > 0:
            subject = text[:also.start()]
        elif authority is not None:
            subject = authority.group("who")
        else:
            continue
        seizers = {m.value for m in lexicon.find(subject) if m.kind == "country"}
        if seizers and seizers - {m.value for one in before for m in lexicon.find(one) if m.kind == "country"}:
            return True
    return False


_SEIZED_WORD = re.compile(r"\b(?:seized|confiscated|impounded|intercepted|detained|seizes|confiscates|intercepts|"
                          r"found)\b", re.IGNORECASE)
# "Thai authorities", "Peruvian customs officers, acting on a tip from abroad,": who made a seizure, by their state.
_AUTHORITY_BEFORE = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:(?:In|On|Last|Earlier|Later)\b[^,]{0,40},\s+)?"
                               r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:authorities|officials|customs|"
                               r"customs\s+officers|customs\s+officials|police|navy|coast\s+guard|troops|forces|"
                               r"investigators|inspectors|officers))\s*(?:,[^,]{0,100},\s*)?"
                               r"(?:(?:has|have|had)\s+)?(?:also\s+)?$")
_CARRIAGE = frozenset({"cargo", "shipment", "consignment", "transfer", "ship", "vessel", "tanker", "freighter", "plane",
                       "aircraft", "truck", "train", "container", "munition", "delivery", "deliverie"})


def _since_told(draft: Draft) -> bool:
    """The draft tells its transfer as going on since its date ("have been shipping oil since this spring")."""
    told = draft.date
    if told is None:
        return False
    return told_since(told.text, draft.sentence.text[:told.start])


# "50,000 tonnes of cargo", "1.2 million barrels": a lot measured by weight or volume.
_MEASURED_LOT = re.compile(r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?P<unit>tonnes|tons|tonne|ton|barrels|"
                           r"litres|liters|cubic\s+metres)\b", re.IGNORECASE)


def _finer_date(group: _Joined, value: PartialDate | None, sentences: list[Sentence],
                reference: date | None, told: frozenset[int] = frozenset(),
                counted: dict[int, set[tuple[str, str | None]]] | None = None) -> tuple[DateMention, Sentence] | None:
    """A date the transfer's paragraphs give more precisely than its own sentences (the first, when several do).

    "intercepted last year" and, in the next sentence, "stopped by customs in August 2016": the
    transfer was in August 2016. Dates of saying ("said on Tuesday") are not dates of the transfer, nor
    is the date of a sentence that counts another lot of the goods (`counted`: the counts other claims
    read in each sentence).
    """
    if value is not None and (value.precision == "day" or value.year is None):
        return None
    if value is not None and value.month is None and any(
            d.date is not None and _WHOLE_YEAR.search(d.sentence.text, 0, d.date.start) for d in group.drafts):
        return None  # "for the whole of 2023", "throughout 2023": the year as a whole, no month of it
    mine = {(d.quantity[0], d.quantity[1]) for d in group.drafts if d.quantity is not None}
    own_sentences = {d.sentence.start for d in group.drafts}
    own = {d.sentence.paragraph for d in group.drafts}
    words = _goods_words_of(group)
    found: dict[str, tuple[DateMention, Sentence]] = {}
    first = min(d.sentence.start for d in group.drafts)
    # The sentence just before the transfer's, in its paragraph: "The report describes three networks at work in
    # 2018. A Singapore company sold wine ..." frames what follows.
    lead_in = max((s.start for s in sentences if s.start < first
                   and s.paragraph == min(d.sentence.paragraph for d in group.drafts)), default=-1)
    ships = _ships_named(group)
    known_by = next((w for d in group.drafts if (w := _known_by(d, reference, group.lexicon)) is not None), None)
    # Goods told as seized (not a carrier held on its own, told after them).
    seized = any("seizure" in d.kinds for d in group.drafts if d.goods)
    for sentence in sentences:
        if ships and sentence.start not in own_sentences and _other_ship_only(sentence, ships, group.lexicon):
            # "the Aegean Star passed kerosene to a North Korean tanker ... The Blue Heron left Qingdao on March
            # 3": a sentence about another ship tells that ship's voyage, not when this transfer was made.
            continue
        if value is None:
            # An undated claim takes the date of a later sentence of its paragraph about its goods or their
            # carrier: "confiscated 52 rods from a ship ... The rods were seized in August".
            # So does an earlier sentence of its paragraph, or the one before, that tells no transfer of its own
            # but the carrier's stop ("In August 2016 customs intercepted a cargo ship ... Hidden beneath were
            # grenades ... made in North Korea").
            said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", sentence.text)}
            # And so does the next paragraph where it speaks of them ("Switzerland has sent milk powder. ¶ The
            # shipment left Rotterdam in January").
            earlier = sentence.start < first and sentence.start not in told and (
                (_STOPPED.search(sentence.text) and min(own) - 1 <= sentence.paragraph <= max(own))
                or (sentence.start == lead_in and _SEVERAL_CASES.search(sentence.text)))
            if not earlier and (sentence.start <= first or not (sentence.paragraph in own or (
                    sentence.paragraph - 1 in own and sentence.start not in told)) or not said & (words | _CARRIAGE)):
                continue
        elif sentence.start in told and sentence.start not in {d.sentence.start for d in group.drafts}:
            # "Russian tankers supplied fuel twice last year. The Vityaz transferred oil in October": the other's date.
            continue
        elif sentence.paragraph not in own:
            # The next paragraph's dates count only where it speaks of the same goods or their carrier.
            said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", sentence.text)}
            if sentence.paragraph - 1 not in own or not said & (words | _CARRIAGE):
                continue
        if _ANOTHER_ONE.search(sentence.text):
            continue  # "A second convoy followed in October": another transfer's date
        if value is None and mine and sentence.start not in own_sentences \
                and (measured := _MEASURED_LOT.search(sentence.text)) is not None \
                and measured.group("unit").lower().rstrip("s") not in {
                    u.split()[-1].rstrip("s") for _, u in mine if u} \
                and not {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", sentence.text)} & words:
            # "shipped 30 horses to Laos" ... "Some 40,000 tonnes of cargo crossed there in 2021": a lot measured in
            # another unit than the claim's count, of goods it does not name, is another lot, and its year not the
            # claim's.
            continue
        if _NONE_MOVED.search(sentence.text):
            continue  # "China did not import coal at all in March": a time no goods moved
        if not seized and _CARRIER_HELD.search(sentence.text) and not _HELD_WITH_GOODS.search(sentence.text) \
                and not any(d.goods for d in group.drafts if d.sentence.start == sentence.start):
            # "carried diesel to North Korea ... Thai police seized the tanker in April 2021": the carrier
            # held after a transfer told as done; the seizure's time is not the transfer's.
            continue
        others = (counted or {}).get(sentence.start, set())
        if others and sentence.start not in own_sentences and not others & mine:
            # "gave him 24 horses. In 2022 he had received 30 of them", "gave him a herd. In 2022 he also sent 30 such
            # horses": the year of another lot, counted on its own, is not this one's.
            continue
        dateline = DATELINE_PLACE.match(sentence.text)
        # "ABU DHABI, Aug 30 -", "DANDONG, China, Nov. 12 (Reuters) -": the report's date.
        said_until = -1
        told_here = after_dateline(sentence.text, find_dates(sentence.text, reference=reference))
        for mention in told_here:
            there = mention.value
            if value is not None and value.month is None and period_end(sentence.text, mention):
                # "supplied 100,000 barrels last year ... 50,523 barrels between March and December last year": the
                # months a part of a year's figure covers do not date the whole.
                continue
            if dateline is not None and mention.start <= dateline.end():
                continue
            if 0 <= mention.start - said_until <= 2:
                # "was made public on Tuesday, March 4": the day told again beside a saying's day is the saying's.
                said_until = mention.end
                continue
            if there is not None and (_SAID.search(sentence.text[:mention.start])
                                      or _said_then(sentence.text, mention, group.lexicon)):
                said_until = mention.end
                continue
            if there is None or _MAY_BE.search(sentence.text[:mention.start]) \
                    or _BANNED_SINCE.search(sentence.text[:mention.start]) \
                    or _IMPOSED_THEN.search(sentence.text, 0, mention.start) \
                    or RECORD_SINCE.search(sentence.text, 0, mention.start) \
                    or FIRST_SINCE.search(sentence.text, 0, mention.start) \
                    or OPENED_BEFORE.search(sentence.text, 0, mention.start) \
                    or AS_OF.search(sentence.text, 0, mention.start) \
                    or _BOUND_BEFORE.search(sentence.text, 0, mention.start) \
                    or group.lexicon.made_then.search(sentence.text, 0, mention.start) \
                    or group.lexicon.show_named.match(sentence.text, mention.end) \
                    or there.year is None or OWNS_A_NOUN.match(sentence.text, mention.end) \
                    or occasion(sentence.text, mention) or not _within_part(group, there):
                continue
            if value is not None and (not value.compatible(there) or _rank(there) <= _rank(value)):
                continue
            if known_by is not None and _before(known_by, there):
                continue  # "revealed in March that Moscow had given Kim a car": not given after March
            found.setdefault(there.iso(), (mention, sentence))
    if not found:
        return None
    # Several finer dates ("left Haeju in July 2016 ... intercepted on August 11"): the first the
    # report gives, where the transfer began.
    return min(found.values(), key=lambda pair: pair[1].start + pair[0].start)


# "for the whole of 2023", "throughout last year", "for all of 2023": a figure of the year as a whole.
_WHOLE_YEAR = re.compile(r"\b(?:(?:for\s+|in\s+|over\s+)?the\s+(?:whole|entire|full)\s+(?:year\s+)?(?:of\s+)?|"
                         r"(?:for|in)\s+all\s+of\s+|throughout\s+)$", re.IGNORECASE)


def _content_words(goods: str, skip: Sequence[Mention] = ()) -> set[str]:
    """The words of four letters or more naming goods, singular, leaving out those inside the mentions `skip`."""
    return {w.group(0).lower().rstrip("s") for w in re.finditer(r"[A-Za-z]{4,}", goods)
            if not any(m.start <= w.start() < m.end for m in skip)}


def _goods_words_of(group: _Joined) -> set[str]:
    """The words naming the group's goods, without the country they are of: "North Korean coal" is told again by
    "coal", not by "North Korean mineral exports"."""
    return {w for draft in group.drafts for _, goods in draft.goods
            for w in _content_words(goods, [m for m in group.lexicon.find(goods) if m.kind == "country"])}


def _ships_named(group: _Joined) -> set[str]:
    """The names of the ships the group's sentences tell."""
    return {m.value for d in group.drafts for m in group.lexicon.find(d.sentence.text) if m.kind == "vessel"}


def _other_ship_only(sentence: Sentence, ships: set[str], lexicon: Lexicon) -> bool:
    """The sentence names a ship, and none of `ships`."""
    named = {m.value for m in lexicon.find(sentence.text) if m.kind == "vessel"}
    return bool(named) and not named & ships


def _before(when: PartialDate, here: PartialDate) -> bool:
    """Whether `when` is wholly before `here`, as far as both tell."""
    if when.year is None or here.year is None:
        return False
    return when.year < here.year or (when.year == here.year and when.month is not None and here.month is not None
                                     and when.month < here.month)


def _known_by(draft: Draft, reference: date | None, lexicon: Lexicon) -> PartialDate | None:
    """The time a transfer was made known as already done ("revealed in March that Moscow had given Kim a car"): it
    was done by then."""
    text = draft.sentence.text
    told = next((e.start - draft.sentence.start for e in draft.evidence if e.field == "kind"), None)
    if told is None or not _DONE_BY_THEN.search(text, 0, told):
        return None
    for mention in find_dates(text, reference=reference):
        if mention.value is not None and mention.value.year is not None and mention.start < told \
                and THAT_CLAUSE_AFTER.match(text, mention.end) and _said_then(text, mention, lexicon):
            return mention.value
    return None


# The words between a case's verb and its day: "charged on Friday", "arrested last week", "sentenced in May".
_CASE_DAY = re.compile(r"\s+(?:(?:on|in|at|during|last|this|earlier|late|early)\s+)?")


def _said_then(text: str, mention: DateMention, lexicon: Lexicon) -> bool:
    """The date is a saying's or a naming's that follows it: "U.S. officials last week named the ship"."""
    found = lexicon.find(text)
    if any(m.kind in ("reporting", "proceeding") and 0 <= m.start - mention.end <= 2 for m in found):
        return True
    if any(m.kind == "proceeding" and m.end <= mention.start
           and _CASE_DAY.fullmatch(text, m.end, mention.start) for m in found):
        return True  # "the three traders were charged on Friday with importing zinc": the day of the charge
    if FOUND_OUT.search(text, 0, mention.start) and THAT_CLAUSE.match(text, mention.end):
        return True  # "the agency found in August that firms had imported anthracite": when it was found out
    if ATTRIBUTION_OPENING.fullmatch(text, 0, mention.start) and text[mention.end:].lstrip().startswith(","):
        return True  # "According to the agency, citing a spokesman on Monday, ...": when the source spoke
    if RULE_MADE_AFTER.match(text, mention.end) or RULE_IN_FORCE_BEFORE.search(text, 0, mention.start) \
            or RULE_IMPOSED_BEFORE.search(text, 0, mention.start):
        # "The Security Council on Aug. 5 last year banned exports of coal", "before the penalties came into force on
        # Sept. 5": when the rule was made, or began to bind.
        return True
    if THAT_CLAUSE_AFTER.match(text, mention.end) and any(
            m.kind == "reporting" and m.end <= mention.start and len(text[m.end:mention.start].split()) <= 6
            for m in found):
        return True  # "told a TV programme Friday that Russia provided missiles": the day of the telling
    if mention.start <= 3 and (made_known := THAT_CLAUSE_AFTER.match(text, mention.end)) is not None \
            and re.search(r"\bit\s", made_known.group()):
        return True  # "On Jun. 24, it was confirmed that seafood had been exported": when it was made known
    if any(m.kind == "reporting" and m.end <= mention.start and _SAID_IN.fullmatch(text, m.end, mention.start)
           for m in found):
        return True  # "Cuba replied in a letter in December that ...": the date of the reply
    # "On June 6, 2013, Tsai, who the government has linked to the supply of machinery to North Korea, was
    # indicted": the first verb after the date outside a relative clause is the case's, and so is the date.
    inner = [(r.start(), text.find(",", r.end())) for r in _RELATIVE_OPENED.finditer(text, mention.end)]
    # "In March, Ukrainian prosecutors reported that Russia had fired 50 such missiles": a date opening the sentence
    # whose first verb is a saying is the saying's.
    # "Back in September, Minsk denied that it intends to sell rifles": and so is one whose first verb is a denial.
    kinds = ("trigger", "proceeding", "reporting", "denial") if opens(text, mention) else ("trigger", "proceeding")
    verbs = sorted((m for m in found if m.kind in kinds and m.start >= mention.end
                    and not any(a <= m.start and (b < 0 or m.start < b) for a, b in inner)),
                   key=lambda m: (m.start, not _case_over(text, m, found)))
    return bool(verbs) and verbs[0].kind in ("proceeding", "reporting", "denial")


# "searched a dealer on suspicion of illegally exporting", "raided the firm over the sale of": what a case is about.
_CASE_ABOUT = re.compile(r"\b(?:on\s+suspicion\s+of|suspected\s+of|on\s+(?:the\s+)?charges?\s+of|over|for)\s+"
                         r"(?:(?:the|allegedly|illegally|unlawfully|having)\s+)*$", re.IGNORECASE)


def _case_over(text: str, verb: Mention, found: list[Mention]) -> bool:
    """A word that is both a case's and a transfer's ("searched") is the case's when the transfer the case is about
    is told after it ("On Thursday, police searched a dealer on suspicion of exporting trucks")."""
    return verb.kind == "proceeding" and any(
        m.kind == "trigger" and m.start > verb.end and _CASE_ABOUT.search(text, 0, m.start) for m in found)


# "replied in a letter in", "told the panel on": the words between a saying and its date.
_SAID_IN = re.compile(r"(?:\s+(?:(?:to|in)\s+)?(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:letter|statement|note|reply|response|submission|panel|committee|council))?\s+(?:in|on)\s+",
                      re.IGNORECASE)
_RELATIVE_OPENED = re.compile(r",\s+(?:which|who)\b")


# "describes three networks at work in 2018": a sentence that announces the cases told after it.
_SEVERAL_CASES = re.compile(r"\b(?:two|three|four|five|six|several|many|a number of|a series of|a string of)\s+"
                            r"(?:[\w-]+\s+)?"
                            r"(?:networks|cases|schemes|deals|transfers|shipments|sales|operations|routes|rings)\b",
                            re.IGNORECASE)
# "might simply try again later in the year": the date of what may yet be, not of the transfer.
# "is expected to reach Malaysia as early as Wednesday": the date of what is awaited.
# "with intentions to send the blankets by March": the time of what is meant to be.
_MAY_BE = re.compile(r"\b(?:might|could|would|will|may|plans? to|intends? to|intentions? to|intending to|"
                     r"(?:is|are|was|were)\s+(?:expected|due|scheduled|set|ready|prepared|willing)\s+to)\s+[^,.;]*$",
                     re.IGNORECASE)
# "UN resolutions have banned sales of iron and steel to North Korea since December 2017": when a rule began.
# "breaching UN sanctions (adopted in 2011)": the date of a rule, too.
_BANNED_SINCE = re.compile(r"\b(?:ban|bans|banned|banning|prohibits|prohibited|barred|bars|forbids|forbidden|"
                           r"outlawed|embargo|adopted|enacted)\b[^.;]*$", re.IGNORECASE)
# "a limit on fuel deliveries that the U.N. Security Council set in 2017": the date of a measure.
_IMPOSED_THEN = re.compile(r"\bimposed\s+(?:by\s+[\w.' -]{1,50}?\s+)?(?:(?:in|on|since)\s+)?$", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:intercepted|stopped|seized|boarded|searched|inspected|detained)\s+(?:a|an|the)\s+"
                      r"(?:\w+\s+){0,2}(?:ship|vessel|freighter|tanker|cargo ship|plane|aircraft|truck)\b",
                      re.IGNORECASE)


def _within_part(group: _Joined, there: PartialDate) -> bool:
    """A month refines "early 2020" only if it is early in the year."""
    for draft in group.drafts:
        if draft.date is not None and there.month is not None and within_part(draft.date.text, there) is not None:
            return bool(within_part(draft.date.text, there))
    return True


def _rank(value: PartialDate) -> int:
    return 2 if value.day is not None else 1 if value.month is not None else 0


def _fold_unnamed(joined: list[_Joined], lexicon: Lexicon) -> list[_Joined]:
    """Fold a transfer of goods named only as "a cargo" into the next one told in the same or the next
    paragraph with parties that agree: "An unusual cargo intercepted off Egypt ... The grenades had been
    sold by North Korea to buyers in Egypt" is one transfer."""
    kept = list(joined)
    for group in joined:
        if not all(_vague(d) for draft in group.drafts for _, d in draft.goods):
            continue
        first = group.drafts[0].sentence
        near = [other for other in kept if other is not group
                and 0 <= other.drafts[0].sentence.paragraph - first.paragraph <= 2
                and other.drafts[0].sentence.start > first.start
                and not all(_vague(d) for draft in other.drafts for _, d in draft.goods)
                and all(_compatible_party(group.party(role), other.party(role)) for role in ("supplier", "recipient"))
                and not _other_sums(group, other)]
        if near:
            target = near[0]
            target.drafts[:] = sorted([*group.drafts, *target.drafts], key=lambda d: d.sentence.start)
            kept.remove(group)
    return kept


def _other_sums(a: _Joined, b: _Joined) -> bool:
    """Whether two groups tell sums in the same currency and none of one is a sum of the other: "sold goods worth $60
    million" is no load of the "goods worth $3 million, including tractors" told next."""
    sums_a = {d.value[:2] for d in a.drafts if d.value is not None}
    sums_b = {d.value[:2] for d in b.drafts if d.value is not None}
    return bool(sums_a and sums_b) and not sums_a & sums_b \
        and {unit for _, unit in sums_a} == {unit for _, unit in sums_b}


def _goods(joined: _Joined) -> tuple[ClaimGoods, ...]:
    """The goods of joined drafts: a thing named again in a later sentence is the same thing."""
    items: list[list[str]] = []
    quantity: tuple[str, str | None, Mention] | None = None
    value: tuple[str, str, Mention] | None = None
    told = any(d.goods and not d.denies for d in joined.drafts)
    for draft in joined.drafts:
        quantity = quantity or draft.quantity
        value = value or draft.value
        if told and draft.denies:
            # "transferred oil ... The owner denied that the ship had supplied fuel": the denier's word is no name of
            # the goods the report told.
            continue
        singles = len([m for m, _ in draft.goods if m.role != "refines"]) == 1
        for mention, description in draft.goods:
            heading = goods_heading(description)
            target = None
            if (singles or mention.role == "refines") and items:
                target = next((item for item in items if heading and goods_heading(item[0]) == heading), None)
                if target is None and (heading is None or mention.role == "refines") and len(items) == 1:
                    target = items[0]
            if target is None:
                # "squid and crab" told again as "frozen squid and crab": the same goods, named more finely.
                target = next((item for item in items if any(names_within(description, n) for n in item)), None)
            if target is None:
                items.append([description])
            elif description not in target:
                target.append(description)
    named = [names for names in items if not all(_vague(n) for n in names)]
    if named:
        # "An unusual cargo ... the grenades": the cargo was the grenades.
        items = named
    goods: list[ClaimGoods] = []
    for index, names in enumerate(items):
        # "sent 9,000 barrels of naphtha ... barges went back loaded with cargo": a bare load does not name the goods;
        # "90,000 bottles of vodka ... the spirit was found": a word for any goods of the chapter names them less well.
        best = max([n for n in names if not _vague(n)] or names, key=lambda n: _naming(n, joined.lexicon))
        goods.append(ClaimGoods(
            description=best,
            terms=tuple(dict.fromkeys(names)),
            quantity=quantity[0] if quantity and index == 0 else None,
            unit=quantity[1] if quantity and index == 0 else None,
            value=(value[0], value[1]) if value and index == 0 else None,
        ))
    return tuple(goods)


def _naming(description: str, lexicon: Lexicon) -> tuple[int, int, int]:
    """How well a description names goods, to choose among the names a claim's sentences give them: a model over a
    make over a goods noun, a noun of one heading over a word for any goods of its chapter ("vodka" over "the
    spirit"), a word for goods over one for anything ("equipment"), then length."""
    rank, length = specificity(description)
    return rank, 0 if lexicon.generic(description) else 1 if lexicon.broad(description) else 2, length


def _in_yen(goods: tuple[ClaimGoods, ...], group: _Joined, parties: dict[str, ClaimParty]) -> tuple[ClaimGoods, ...]:
    """A sum written with "¥" in a transfer into or out of Japan is in yen, which shares its sign with the yuan:
    "importing 900 kg of sea urchins worth around ¥4 million via China", the importers in Japan."""
    yen = any(d.value is not None and d.value[2].text.lstrip().startswith("¥") for d in group.drafts)
    if not yen or "JP" not in (parties["supplier"].country, parties["recipient"].country):
        return goods
    return tuple(replace(g, value=(g.value[0], "JPY")) if g.value is not None and g.value[1] == "CNY" else g
                 for g in goods)


def extract_claims(document: SourceDocument, *, lexicon: Lexicon | None = None) -> list[Claim]:
    """Read the transfers of goods a document describes, each field with the words it came from."""
    lexicon = lexicon or load_lexicon()
    reader = SentenceReader(document, lexicon)
    drafts = reader.read()
    titles = [s for s in split_sentences(document.text) if s.heading]
    headings = tuple(s.start for s in titles)
    joined: list[_Joined] = []
    pending: list[Draft] = []
    for draft in drafts:
        if draft.quantity is None and (aside := _count_aside(draft)) is not None:
            draft.quantity = aside
            draft.evidence.append(Evidence("quantity", aside[2].text, draft.sentence.start + aside[2].start,
                                           draft.sentence.start + aside[2].end, draft.sentence))
        target = next((j for j in reversed(joined) if j.accepts(draft)), None)
        if target is not None and draft.goods and not target._goods_words(draft) and not draft.denies \
                and all(re.search(r"\b[Tt]he\s+$", draft.sentence.text[:max(0, draft.sentence.text.rfind(g, 0, m.end))])
                        for m, g in draft.goods):
            # "detained a tanker suspected of moving diesel" ... "the minister blamed Malta for letting fuel flow"
            # ... "it moved the diesel to three barges": goods named again in the words of an earlier
            # transfer are that transfer, though another of the same kind was told in between.
            target = next((j for j in reversed(joined) if j is not target and j._goods_words(draft)
                           and j.accepts(draft)), target)
        denied = next((j for j in reversed(joined) if _denial_of(j, draft)), None) if target is None else None
        onward = _carried_on(joined, draft, lexicon) if target is None and denied is None else None
        if onward is not None:
            onward.onward.append(draft)
            onward.drafts.append(draft)
            continue
        if denied is not None:
            denied.denials.append(draft)
            continue
        if target is None:
            # A sentence that names neither party nor place ("the vehicles were delivered in the past
            # weeks") adds to a transfer already read, or to the one the next sentences name; alone it is
            # no claim.
            told = [d for d in pending if 0 <= draft.sentence.paragraph - d.sentence.paragraph <= 1
                    and d.goods and not all(_vague(g) for _, g in d.goods)]
            if draft.anaphoric and told and (draft.supplier is not None or draft.recipient is not None):
                # "A consignment of suits seized in September ..." then "The four containers had been loaded
                # in Nampho ... bound for Latakia": the sides of goods told just before, with no side.
                group = _Joined(told[-1], document.text, lexicon, headings, reference=document.date)
                group.drafts.append(draft)
                pending = []
                joined.append(group)
                continue
            lot = _another_time(joined, draft)
            if lot is not None:
                joined.append(_Joined(lot, document.text, lexicon, headings, reference=document.date))
                continue
            if draft.anaphoric or (draft.supplier is None and draft.recipient is None and not draft.holding
                                   and draft.follows is None and not draft.between_ships):
                if not draft.anaphoric:
                    pending.append(draft)
                continue
            group = _Joined(draft, document.text, lexicon, headings, reference=document.date)
            before = [d for d in pending if 0 <= draft.sentence.paragraph - d.sentence.paragraph <= 1
                      and _same_goods(d, draft, lexicon) and group.accepts(d)]
            group.drafts[:0] = before
            pending = []
            joined.append(group)
        else:
            if draft.date is not None and _carrier_held_later(target, draft):
                # "carried diesel to North Korea ... Thai police seized the tanker in April 2021": the carrier
                # held after a transfer told as done; the seizure's time is not the transfer's.
                draft.date = None
                draft.evidence = [e for e in draft.evidence if e.field != "date"]
            target.take(draft)
    joined = _fold_unnamed(joined, lexicon)
    # "seen loading cargo in Nampho": a load nobody names, going nowhere told, is no claim of goods.
    # "Syria denied receiving any goods from North Korea", with no transfer told to deny: a denial of nothing
    # named is no claim.
    # "A trader supplied luxury goods to North Korea": a load named by its kind is goods told, whoever the trader is,
    # when the report tells no other transfer whose goods it would only announce.
    # "A wholesaler supplied goods to North Korea": goods told only as goods, one side known, are a transfer too when
    # the report tells no other.
    # "Two firms sold North Korea $5 million of goods and imported $2 million worth from it": goods told
    # only as goods with their worth are a trade told, whatever else the report tells.
    joined = [g for g in joined if not (all((_unnamed_load(d) or (_vague(d) and _announces(g, joined)))
                                            for draft in g.drafts for _, d in draft.goods)
                                        and (all(draft.denies for draft in g.drafts)
                                             or not ((g.party("supplier").known and g.party("recipient").known)
                                                     or _goods_one_side(g, joined) or _goods_for_a_sum(g))))]
    # "Namibia has never bought weapons or ammunition from Pyongyang", with no transfer told that it denies: a
    # trade in goods named only by their field, told only as not having happened, is no transfer.
    joined = [g for g in joined if not all(draft.negated and draft.goods and all(_VAGUE_HEAD.search(d) for _, d
                                                                                 in draft.goods)
                                           for draft in g.drafts)]
    # "China did not export any petrol or diesel to its neighbour last month", with no transfer told that it
    # denies: a trade told as nil in a time is no transfer, whatever the goods.
    joined = [g for g in joined if not all(draft.negated and draft.nil for draft in g.drafts)]
    # "Chile bought 1.4 million tonnes of Peruvian coal in August ... so it was unclear why the data showed shipments
    # had resumed": goods told again between the same countries, with no time, count or sum of their own, are the
    # figure told before, not a second transfer.
    joined = [g for g in joined if not _figure_told_again(g, joined)]
    # "exports of sugar and wheat flour rose markedly" ... "9 million kilograms of sugar" ... "11 million kilograms of
    # wheat flour": goods a trade listed with no figure, each then told with a figure of its own, are those flows.
    joined = [g for g in joined if not _listed_then_counted(g, joined)]
    claims: list[Claim] = []
    stem = document.sha256.removeprefix("sha256:")[:8]
    for number, group in enumerate(joined, start=1):
        # The kind the report first gives, unless a later sentence tells a more particular one (a gift, a
        # smuggling, a ship-to-ship transfer): "China exported spirits", then "the spirits sold" is an export.
        lead = next((d for d in group.drafts if d.goods and not all(_vague(g) for _, g in d.goods)),
                    group.drafts[0])
        kinds = sorted(lead.kinds, key=KIND_ORDER.index)
        particular = sorted({k for d in group.drafts for k in d.kinds} & set(_PARTICULAR_KINDS), key=KIND_ORDER.index)
        if particular and kinds[0] not in _PARTICULAR_KINDS:
            kinds = particular
        if kinds[0] in _CARRIAGE_KINDS and any(_AS_AID.search(d.sentence.text) for d in group.drafts):
            kinds = ["gift"]
        statuses = {d.status for d in [*group.drafts, *group.denials]}
        status = next(s for s in _STATUS_ORDER if s in statuses)
        date_value = group.date()
        date_text = next((d.date.text for d in group.drafts if d.date is not None and d.date.value is not None), None)
        evidence = tuple(e for d in group.drafts for e in d.evidence
                         if not (group.denier_account(d) and e.field in ("supplier", "recipient"))
                         and not (group.onward and e.field == "recipient" and d is not group.onward[-1])) + tuple(
            e for d in group.denials for e in d.evidence if e.field == "status")
        counted: dict[int, set[tuple[str, str | None]]] = {}
        for rival in joined:
            if rival is not group:
                for d in rival.drafts:
                    if d.quantity is not None:
                        counted.setdefault(d.sentence.start, set()).add((d.quantity[0], d.quantity[1]))
        finer = _finer_date(group, date_value, reader.sentences(), document.date,
                            frozenset(d.sentence.start for g in joined for d in g.drafts), counted)
        if finer is not None:
            date_value, date_text = finer[0].value, finer[0].text
            evidence += (Evidence("date", finer[0].text, finer[1].start + finer[0].start,
                                  finer[1].start + finer[0].end, finer[1]),)
        if date_value is not None and date_text is not None:
            # "in the third quarter of 2020": a figure for a quarter or a half is dated by the period's first month.
            date_value = period_start(date_text, date_value)
        parties = {role: group.party(role) for role in ("supplier", "recipient")}
        for role in parties:
            named = [d for d in group.denials if getattr(d, role) is not None]
            if not parties[role].known and named:
                # "Ukraine had never supplied missile technology to North Korea": the denial names the party.
                parties[role] = _party(getattr(named[0], role), "", lexicon)
                evidence += tuple(e for e in named[0].evidence if e.field == role)
        for role, other in (("supplier", "recipient"), ("recipient", "supplier")):
            place = _section_country(titles, group.drafts[0].sentence.start, lexicon)
            if place is not None and not parties[role].country and not parties[role].name \
                    and parties[other].country and parties[other].country != place[0].country:
                # "Vietnam: anthracite at Cam Pha", then coal loaded at Nampho: the section's country is
                # the side its sentences leave unnamed.
                mention, title = place
                parties[role] = ClaimParty(None, mention.country, "country")
                evidence += (Evidence(role, mention.text, title.start + mention.start, title.start + mention.end,
                                      title),)
        carrier, bound = parties["supplier"], parties["recipient"]
        if carrier.type == "vessel" and bound.name is None and carrier.country is not None \
                and carrier.country == bound.country:
            # "trucks were brought into Laos by the Laotian-flagged Pha That": a ship of the country the goods went
            # to carried them home, and tells nothing of where they came from.
            parties["supplier"] = ClaimParty()
            evidence = tuple(e for e in evidence if e.field != "supplier")
        claims.append(Claim(
            id=f"{stem}-{number}",
            document=document.name,
            document_date=document.date,
            kind=kinds[0],
            status=status,
            goods=_in_yen(_goods(group), group, parties),
            supplier=parties["supplier"],
            recipient=parties["recipient"],
            date=date_value,
            date_text=date_text,
            hedges=tuple(dict.fromkeys(h.text for d in group.drafts for h in d.hedges)),
            evidence=evidence,
            denied_by=tuple(dict.fromkeys(n for d in [*group.drafts, *group.denials] for n in d.denied_by)),
        ))
    for number, group in enumerate(joined):
        # "A second convoy of 501 cattle followed": a further lot between the sides of the transfer it follows.
        followed = group.drafts[0].follows
        earlier = next((c for c, g in zip(claims, joined, strict=True) if followed in g.drafts), None)
        if followed is not None and earlier is not None:
            for role in ("supplier", "recipient"):
                if not getattr(claims[number], role).known:
                    claims[number] = _taken(claims[number], role, earlier)
    body = reader.sentences()
    read = [(sentence, sentence_mentions(sentence.text, lexicon)) for sentence in body]
    claims = _ships_of_the_report(claims, read, lexicon)
    claims = _goods_named_before(claims, body, lexicon)
    claims = _origin_told_after(claims, body, lexicon)
    claims = _customs_side(claims, body, lexicon)
    claims = _parties_named_elsewhere(claims, read, lexicon)
    claims = _bodies_placed_nearby(claims, read)
    claims = _subject_of_the_list(claims, read, lexicon)
    return _legs_of_exchanges(_from_context(claims, lexicon), lexicon, document.text)


# "Chinese customs data", "citing Russian customs data", "China's General Administration of Customs", "the General
# Administration of Customs of the People's Republic of China": the country whose trade the figures count.
_CUSTOMS_OF = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*?)(?:['’]s)?\s+(?:customs\b|"
                         r"General Administration of Customs\b(?!\s+of\b))|"
                         r"General Administration of Customs of (?:the\s+)?"
                         r"(?P<of>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})")
_CUSTOMS_FIGURES = re.compile(r"\bcustoms\s+(?:data|figures|statistics|records)\b|\bAdministration of Customs\b",
                              re.IGNORECASE)
_COUNTED_KINDS = frozenset({"import", "export", "sale", "shipment", "supply", "delivery"})
_LISTED_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){1,2})(?:and|or)\s+$|((?:[A-Z][\w-]*\s+){1,2}),\s+$")


def _customs_side(claims: list[Claim], sentences: list[Sentence], lexicon: Lexicon) -> list[Claim]:
    """Give a flow a report counts from one country's customs figures that country as the side it leaves out.

    "Indian customs data showed ... Nepal bought $3.2 million of sugar": the figures count India's trade, so what
    Nepal bought there it bought from India; "citing Turkish customs data ... Georgia's imports of cement rose to
    $7.5 million" came from Turkey.
    """
    if not any(_CUSTOMS_FIGURES.search(s.text) for s in sentences):
        return claims
    found: dict[str, Evidence] = {}
    for sentence in sentences:
        for match in _CUSTOMS_OF.finditer(sentence.text):
            group = "name" if match.group("name") else "of"
            listed = _LISTED_BEFORE.search(sentence.text, 0, match.start(group)) if group == "name" else None
            if listed is not None:
                # "Indian and Thai customs data": the figures of two countries, no one country's.
                found.update((m.country, Evidence("supplier", m.text, 0, 0, sentence))
                             for m in lexicon.find(listed.group(1) or listed.group(2))
                             if m.kind == "country" and m.country)
            for mention in lexicon.find(match.group(group)):
                if mention.kind == "country" and mention.country:
                    start = sentence.start + match.start(group) + mention.start
                    found.setdefault(mention.country, Evidence("supplier", mention.text, start,
                                                               start + len(mention.text), sentence))
    if len(found) != 1:
        return claims  # no country's figures, or several countries' figures side by side
    ((country, evidence),) = found.items()
    done: list[Claim] = []
    for claim in claims:
        known = [role for role in ("supplier", "recipient") if getattr(claim, role).known]
        if claim.kind in _COUNTED_KINDS and len(known) == 1 and getattr(claim, known[0]).country not in (None, country):
            role = "recipient" if known[0] == "supplier" else "supplier"
            claim = _with_party(claim, role, ClaimParty(None, country, "country"), [evidence])
        done.append(claim)
    return done


def _ships_of_the_report(claims: list[Claim], read: list[tuple[Sentence, list[Mention]]], lexicon: Lexicon
                         ) -> list[Claim]:
    """Give a ship the report names elsewhere its name and country.

    "the North Korean-flagged tanker Ji Song 6" in one sentence makes "the Ji Song 6" of another North Korean;
    in a ship-to-ship transfer, "a North Korean vessel" the claim's sentence tells is "the North Korean ship Sam
    Jong 2" its paragraph or the next names, when that is the only ship of that country they name. A wire report
    often opens on a ship it names only in the next paragraph: "A North Korean tanker that Japan caught taking
    fuel at sea", "seized a Hong Kong-flagged ship that transferred oil", then "The Ji Song 6 took on ...", "The
    Lighthouse Winmore entered ...": the ship the next paragraph opens on is the one the opening sentence told.
    """
    if not read:
        return claims
    ships = [(sentence, m) for sentence, found in read for m in found if m.kind == "vessel"]
    flags = {m.value: (sentence, m) for sentence, m in reversed(ships) if m.country}
    opening = read[0][0]
    unnamed = [m for m in read[0][1] if m.kind == "country" and m.detail == "demonym-party" and m.role == "vessel"]
    named_next = next(((s, m) for s, m in ships if s.paragraph == opening.paragraph + 1
                       and re.fullmatch(r"\s*(?:The\s+)?", s.text[:m.start])), None)
    done: list[Claim] = []
    for claim in claims:
        paragraphs = {e.sentence.paragraph for e in claim.evidence}
        first = min(paragraphs, default=-1)
        for role in ("supplier", "recipient"):
            party: ClaimParty = getattr(claim, role)
            other: ClaimParty = getattr(claim, "recipient" if role == "supplier" else "supplier")
            found: tuple[Sentence, Mention] | None = None
            if party.type == "vessel" and party.name and not party.country:
                found = flags.get(party.name)
                if found is None and named_next is not None and named_next[1].value == party.name \
                        and len(unnamed) == 1 and not any(m.kind == "vessel" for m in read[0][1]):
                    found = (opening, unnamed[0])
            elif party.type == "vessel" and not party.name and party.country and claim.kind == "ship-to-ship" \
                    and not any(e.field == role and lexicon.fleet(e.text) for e in claim.evidence):
                # Between ships the ships are the sides; a ship carrying goods carries another's ("Russian tankers",
                # a fleet, are no one ship).
                alike = {m.value: (s, m) for s, m in ships if m.country == party.country and m.value != other.name
                         and first <= s.paragraph <= first + 1}
                if len(alike) == 1:
                    found = next(iter(alike.values()))
            elif not party.known and other.known and named_next is not None \
                    and named_next[1].value != other.name and opening.paragraph in paragraphs:
                ship = _SHIP_THAT.search(opening.text)
                if ship is not None and any(e.field == "kind" and e.start == opening.start + ship.end()
                                            for e in claim.evidence):
                    country = lexicon.flag_country(ship.group("flag")) if ship.group("flag") else None
                    named = named_next[1]
                    found = (named_next[0], replace(named, country=country))
            if found is not None:
                sentence, mention = found
                name = party.name or (mention.value if mention.kind == "vessel" else None)
                evidence = Evidence(role, mention.text, sentence.start + mention.start, sentence.start + mention.end,
                                    sentence)
                claim = _with_party(claim, role, ClaimParty(name, party.country or mention.country, "vessel"),
                                    [evidence])
        done.append(claim)
    return done


# "seized a Hong Kong-flagged ship that transferred oil": a ship the opening sentence tells without its name.
_SHIP_THAT = re.compile(r"\b(?:a|an)\s+(?:(?P<flag>(?:[A-Z][\w]*\s+){0,2}[A-Z][\w]*)-flagged\s+)?(?:[a-z-]+\s+){0,2}?"
                        r"(?:ship|tanker|vessel|freighter|cargo ship|bulk carrier)\s+(?:that|which)\s+"
                        r"(?:had\s+|has\s+|allegedly\s+|reportedly\s+)?")


# "Eluva Trading and Skyline Freight are registered in Singapore", "Vostok Marine, which is based in Vladivostok":
# where a named body is said to be.
_SAID_TO_BE_IN = re.compile(r",?\s+(?:(?:which|that|who)\s+)?(?:is|are|was|were)\s+(?:both\s+|also\s+|all\s+)?"
                            r"(?:registered|based|incorporated|headquartered|located|domiciled)\s+in\s+(?:the\s+)?")
_AND_NAME = re.compile(r"\s*(?:,|,?\s+and)\s+")


def _bodies_placed(read: list[tuple[Sentence, list[Mention]]], lexicon: Lexicon
                   ) -> dict[str, tuple[str, Sentence, Mention]]:
    """The country each named body or ship of the report is said to be of, with the words that say so: an apposition
    or a description ("Mekong Star Co, a Vietnamese firm", "Hanoi-based Mekong Star Co") or a clause saying where it is
    ("Eluva Trading and Skyline Freight are registered in Singapore"). A name given two countries is given none."""
    found: dict[str, set[str]] = {}
    told: dict[str, tuple[str, Sentence, Mention]] = {}

    def place(name: str, country: str, sentence: Sentence, words: Mention) -> None:
        key = name.casefold()
        found.setdefault(key, set()).add(country)
        told.setdefault(key, (country, sentence, words))

    people: dict[str, set[str]] = {}
    # "Chongsong Trading Corporation", then "Chongsong sold": a body named again by the first word of its name, unless
    # two bodies of the report share that word or the report writes it in small letters too ("General").
    bodies: dict[str, set[str]] = {}
    for _, mentions in read:
        for mention in mentions:
            if mention.kind == "organization":
                bodies.setdefault((mention.value or mention.text).split()[0].casefold(),
                                  set()).add((mention.value or mention.text).casefold())
    small = {w for sentence, _ in read for w in re.findall(r"(?<![\w-])[a-z]{4,}(?![\w-])", sentence.text)}

    def person(name: str, country: str, sentence: Sentence, words: Mention) -> None:
        place(name, country, sentence, words)
        for part in _name_parts(name):
            # "Lars Berglund, a Swedish national", then "Berglund shipped": a person named again by one part of
            # the name (a surname, first in some names, last in others) is the same person.
            people.setdefault(part.casefold(), set()).add(name.casefold())
            place(part, country, sentence, words)

    for sentence, mentions in read:
        text = sentence.text
        named = [m for m in mentions if m.kind in ("organization", "vessel")]
        for mention in mentions:
            if mention.country and mention.kind == "person" and mention.detail in ("appositive", "name after role"):
                person(mention.value or mention.text, mention.country, sentence, mention)
            elif mention.country and mention.kind in ("organization", "vessel"):
                place(mention.value or mention.text, mention.country, sentence, mention)
                short = lexicon.short_name(mention.value or mention.text) if mention.kind == "organization" else None
                if short is not None and not (short == (mention.value or mention.text).split()[0]
                                              and (len(bodies.get(short.casefold(), ())) > 1
                                                   or short.casefold() in small)):
                    # "Dandong Dongyuan Industrial Co.", then "Dongyuan ... exported": the body named again by the
                    # word after its city.
                    place(short, mention.country, sentence, mention)
            elif mention.country and mention.kind == "country" and mention.detail == "demonym-party" \
                    and mention.role == "person":
                # "Swedish businessman Lars Berglund", "Berglund is a Swedish national": the person the
                # description is given to, right after it or before "is a".
                after = _PERSON_AFTER.match(text, mention.end)
                before = _PERSON_IS.search(text[:mention.start])
                if after is not None and not any(m.start == after.start(1) and m.kind != "person" for m in mentions):
                    person(after.group(1), mention.country, sentence, mention)
                elif before is not None:
                    person(before.group(1), mention.country, sentence, mention)
        for first, mention in enumerate(named):
            # "Eluva Trading and Skyline Freight are registered in Singapore": each name of the list is there.
            listed, end = [mention], mention.end
            for other in named[first + 1:]:
                if _AND_NAME.fullmatch(text, end, other.start) is None:
                    break
                listed.append(other)
                end = other.end
            said = _SAID_TO_BE_IN.match(text, end)
            where = next((m for m in mentions if said is not None and m.kind == "country" and m.country
                          and m.start == said.end()), None)
            if where is not None and where.country is not None:
                for body in listed:
                    if not body.country:
                        place(body.value or body.text, where.country, sentence, where)
    # A part of the name two people of the report share ("Kim") stands for neither.
    shared = {part for part, names in people.items() if len(names) > 1}
    return {key: told[key] for key, countries in found.items() if len(countries) == 1 and key not in shared}


# "Swedish businessman Lars Berglund": a name of two or three capitalised words right after the description.
_PERSON_AFTER = re.compile(r"\s+((?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*)(?![\w-]|\s+[A-Z])")
# "Berglund is the second Swedish national ...": a name, one to three capitalised words, before "is a" or "is the".
_PERSON_IS = re.compile(r"(?<![\w-])((?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+(?:is|was)\s+(?:a|an|the)"
                        r"\s+(?:(?:second|third|first|another|former|young|\d+-year-old)\s+)?$")
_NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "it", "they", "this", "that", "mr", "mrs", "ms", "dr", "but",
                        "and", "when", "police", "prosecutors"})


def _name_parts(name: str) -> list[str]:
    """The words of a person's name of two or three words that may stand for the person alone."""
    words = re.findall(r"[A-Z][a-z][\w'’-]*", name)
    if not 2 <= len(words) <= 3 or len(words) != len(name.split()):
        return []
    return [w for w in (words[0], words[-1]) if w.casefold() not in _NOT_NAMES and len(w) > 2]


def _parties_named_elsewhere(claims: list[Claim], read: list[tuple[Sentence, list[Mention]]], lexicon: Lexicon
                             ) -> list[Claim]:
    """Give a named party its claim's sentences leave without a country the country the report gives that name
    elsewhere: "Mekong Star Co, a Vietnamese firm, was named by the panel", then "Mekong Star Co bought coal from
    North Korea" is Vietnam's; "Vostok Marine LLC is registered in Vladivostok" makes Vostok Marine LLC Russian
    wherever the report names it."""
    if not claims:
        return claims
    placed = _bodies_placed(read, lexicon)
    done: list[Claim] = []
    for claim in claims:
        if not claim.supplier.known or not claim.recipient.known:
            claim = _subject_named_before(claim, placed, lexicon)
        for role in ("supplier", "recipient"):
            party: ClaimParty = getattr(claim, role)
            if not party.name or party.country or party.type not in ("organization", "vessel"):
                continue
            found = placed.get(party.name.casefold())
            if found is None:
                continue
            country, sentence, words = found
            other = getattr(claim, "recipient" if role == "supplier" else "supplier")
            if other.country == country:
                continue  # a body of the country on the other side would be no side of its own
            claim = _with_party(claim, role, replace(party, country=country), [Evidence(
                role, words.text, sentence.start + words.start, sentence.start + words.end, sentence)])
        done.append(claim)
    return done


# "A trading firm sold liquor to North Korea": an unnamed body, the subject right before the transfer word.
_BODY_NOUN = (r"company|firm|trading\s+house|trader|exporter|supplier|wholesaler|distributor|dealer|businessman|"
              r"businesswoman|broker")
_UNNAMED_BODY = re.compile(r"(?:^|[,;:]\s+|\b(?:and|that|which)\s+)(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}?"
                           rf"(?P<noun>{_BODY_NOUN})\s+(?:(?:has|had|have|was|were|is|also|allegedly|"
                           r"illegally|illicitly|then|later)\s+){0,3}$")
# "The company is based in Dalian", "It is registered in Hong Kong": where the body told of is.
_BODY_IS_IN = re.compile(rf"^(?:(?:The|This|That)\s+(?:[a-z][\w-]*\s+)?(?P<noun>{_BODY_NOUN})|"
                         r"(?P<pronoun>It|He|She))\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:registered|based|"
                         r"incorporated|headquartered|located|domiciled)\s+in\s+(?:the\s+)?")


# "- sold rifles to Congo;", "• and shipped ...": a list item that opens on its verb, with no subject of its own.
_ITEM_OPENS = re.compile(r"^\s*[-–•*]\s*(?:and\s+|or\s+)?(?:also\s+|allegedly\s+|illegally\s+)?$", re.IGNORECASE)
_ITEM = re.compile(r"^\s*[-–•*]\s")


def _kind_told_in(claim: Claim, sentences: list[Sentence]) -> Evidence | None:
    """Where the claim's transfer word was told, if in one of the sentences read."""
    told = next((e for e in claim.evidence if e.field == "kind"), None)
    return told if told is not None and told.sentence in sentences else None


def _subject_of_the_list(claims: list[Claim], read: list[tuple[Sentence, list[Mention]]],
                         lexicon: Lexicon) -> list[Claim]:
    """Give a transfer told by a list item that opens on its verb ("- sold rifles to Congo;") the subject of the line
    that opens the list: "The inquiry asks whether North Korea:" then "- sold rifles to Congo;" has North
    Korea as its supplier. Only a country (or a party the report places in one) right before the colon, only across
    list items of one paragraph, and never the country of the other side."""
    if not claims:
        return claims
    sentences = [sentence for sentence, _ in read]
    done: list[Claim] = []
    for claim in claims:
        told = _kind_told_in(claim, sentences)
        if told is None or not _ITEM_OPENS.match(told.sentence.text[:told.start - told.sentence.start]):
            done.append(claim)
            continue
        sentence = told.sentence
        at = told.start - sentence.start
        trigger = next((m for m in lexicon.find(sentence.text) if m.kind == "trigger" and m.start == at), None)
        if trigger is None or trigger.role not in ("send", "give", "supply", "receive"):
            done.append(claim)
            continue
        role = "recipient" if trigger.role == "receive" else "supplier"
        other = "supplier" if role == "recipient" else "recipient"
        index = sentences.index(sentence) - 1
        while index >= 0 and _ITEM.match(sentences[index].text) \
                and sentences[index].paragraph == sentence.paragraph:
            index -= 1
        opener = sentences[index] if index >= 0 else None
        if getattr(claim, role).known or opener is None or opener.paragraph != sentence.paragraph \
                or not opener.text.rstrip().endswith(":"):
            done.append(claim)
            continue
        colon = len(opener.text.rstrip()) - 1
        subject = next((m for m in read[index][1] if m.kind in ("country", "person", "organization") and m.country
                        and not opener.text[m.end:colon].strip()), None)
        if subject is None or subject.country == getattr(claim, other).country:
            done.append(claim)
            continue
        done.append(_with_party(claim, role, _party(subject, opener.text, lexicon), [
            Evidence(role, subject.text, opener.start + subject.start, opener.start + subject.end, opener)]))
    return done


def _body_noun(noun: str) -> str:
    """The nouns that may name the same unnamed body again ("a trading firm", then "the company")."""
    word = noun.split()[-1].lower()
    return r"company|firm|trading\s+house" if word in ("company", "firm", "house") else word


def _bodies_placed_nearby(claims: list[Claim], read: list[tuple[Sentence, list[Mention]]]) -> list[Claim]:
    """Give an unnamed body, the subject of a transfer word, the country the next or the previous sentence says it is
    in: "A trading firm sold liquor to North Korea. The company is based in Dalian" is China's. Only when the report
    tells of no other unnamed body of that kind, and never the country of the other side; a dateline ("SINGAPORE -")
    is where the story was filed, not where the body is, and gives no side."""
    if not claims:
        return claims
    sentences = [sentence for sentence, _ in read]
    done: list[Claim] = []
    for claim in claims:
        told = _kind_told_in(claim, sentences)
        if told is None or claim.supplier.known:
            done.append(claim)
            continue
        sentence = told.sentence
        body = _UNNAMED_BODY.search(sentence.text[:told.start - sentence.start])
        if body is None:
            done.append(claim)
            continue
        noun = _body_noun(body.group("noun"))
        others = sum(len(re.findall(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + noun + r")\b",
                                    s.text)) for s in sentences)
        at = sentences.index(sentence)
        found = None
        for near in (at + 1, at - 1):
            if not 0 <= near < len(sentences) or abs(sentences[near].paragraph - sentence.paragraph) > 0 or others > 1:
                continue
            said = _BODY_IS_IN.match(sentences[near].text)
            if said is None or (said.group("noun") and _body_noun(said.group("noun")) != noun) \
                    or (said.group("pronoun") and near != at + 1):
                continue
            place = next((m for m in read[near][1] if m.kind == "country" and m.country and m.start == said.end()),
                         None)
            if place is not None and place.country != claim.recipient.country:
                found = (place, sentences[near])
            break
        if found is None:
            done.append(claim)
            continue
        place, where = found
        subject = sentence.text[body.start():told.start - sentence.start].strip(" ,;:")
        done.append(_with_party(claim, "supplier", ClaimParty(None, place.country, "organization"), [
            Evidence("supplier", subject, sentence.start + body.start(), told.start, sentence),
            Evidence("supplier", place.text, where.start + place.start, where.start + place.end, where)]))
    return done


# "Hanbit, for its part, stands accused of exporting": a subject, an aside, and what it is accused of doing.
_ACCUSED_GAP = re.compile(r"(?:,\s+[a-z]+,)?\s+(?:stands?|stood|is|was|are|were|has\s+been|had\s+been)\s+"
                          r"(?:also\s+)?accused\s+of\s+[\"“]?")


def _subject_named_before(claim: Claim, placed: dict[str, tuple[str, Sentence, Mention]], lexicon: Lexicon) -> Claim:
    """"Wang Lei, a Chinese national, was arrested", then "Prosecutors said Wang Lei shipped copper": a name the
    report gave a country before, right before the transfer word as its subject, is that side, with that country.
    Each sentence that tells the claim's transfer word is read, the first ("the sale of radar to Zambia") often
    naming no subject where a later one does ("Chongsong sold the radar to ...")."""
    if not placed:
        return claim
    for told in [e for e in claim.evidence if e.field == "kind"]:
        sentence = told.sentence
        at = told.start - sentence.start
        trigger = next((m for m in lexicon.find(sentence.text) if m.kind == "trigger" and m.start == at), None)
        if trigger is None or trigger.role not in ("send", "give", "supply", "receive"):
            continue
        role = "recipient" if trigger.role == "receive" else "supplier"
        if getattr(claim, role).known:
            continue
        before = sentence.text[:at]
        for key, (country, where, words) in placed.items():
            found = re.search(r"(?<![\w-])" + re.escape(key) + r"(?:" + SUBJECT_GAP.pattern + r"|"
                              + _ACCUSED_GAP.pattern + r")$", before, re.IGNORECASE)
            if found is None or where is sentence or country == getattr(claim, "recipient" if role == "supplier"
                                                                         else "supplier").country:
                continue
            name = sentence.text[found.start():found.start() + len(key)]
            kind = "person" if words.kind == "person" or words.role == "person" else "organization"
            return _with_party(claim, role, ClaimParty(name, country, kind), [
                Evidence(role, name, sentence.start + found.start(), sentence.start + found.start() + len(key),
                         sentence),
                Evidence(role, words.text, where.start + words.start, where.start + words.end, where)])
    return claim


def _goods_named_before(claims: list[Claim], sentences: list[Sentence], lexicon: Lexicon) -> list[Claim]:
    """Give goods told with "the" and no supplier the country the nearest earlier sentence names them by.

    "... at Busan, where the Laotian timber had been stored. The timber was unloaded in Osaka on May 2": the timber
    unloaded is the Laotian timber, so it came from Laos. Only the nearest earlier sentence of the same or the
    previous paragraph that names the goods counts, and only when it names them by one country and no other: a
    sentence naming them with no country, or with two, leaves the supplier untold.
    """
    done: list[Claim] = []
    for claim in claims:
        goods = next((e for e in claim.evidence if e.field == "goods"), None)
        if claim.supplier.known or goods is None or not claim.goods:
            done.append(claim)
            continue
        local = goods.start - goods.sentence.start
        head = re.findall(r"[A-Za-z]{3,}", claim.goods[0].description)
        if not head or not re.search(r"\bthe\s+$", goods.sentence.text[:max(0, local)], re.IGNORECASE) \
                or claim.goods[0].description.lower() != head[-1].lower():
            done.append(claim)
            continue
        stem = re.escape(head[-1].lower().rstrip('s'))
        word = re.compile(rf"\b{stem}s?\b", re.IGNORECASE)
        # "the North Korean coal", "Laotian-grown raw timber": the country's word just before the goods.
        by_country = re.compile(rf"(?:-\w+)?\s+(?:[a-z-]+\s+)?{stem}s?\b", re.IGNORECASE)
        earlier = [t for t in sentences if t.start < goods.sentence.start
                   and 0 <= goods.sentence.paragraph - t.paragraph <= 1 and word.search(t.text)]
        if not earlier:
            done.append(claim)
            continue
        sentence = earlier[-1]
        named = [m for m in lexicon.find(sentence.text) if m.kind == "country" and m.detail == "demonym"
                 and by_country.match(sentence.text, m.end) is not None]
        countries = {m.country for m in named}
        if len(countries) == 1 and None not in countries and countries != {claim.recipient.country}:
            mention = named[0]
            claim = _with_party(claim, "supplier", ClaimParty(None, mention.country, "country"),
                                [Evidence("supplier", mention.text, sentence.start + mention.start,
                                          sentence.start + mention.end, sentence)])
        done.append(claim)
    return done


def _origin_told_after(claims: list[Claim], sentences: list[Sentence], lexicon: Lexicon) -> list[Claim]:
    """Give goods with no supplier the place the sentence just after says they came from.

    "Over 900 tons of ore was unloaded in Kaohsiung on May 3. The customs report said the ore originated in
    Myanmar": the goods told again with "the" in the next sentence, of the same paragraph or the next, "originated
    in", "came from" or "were of ... origin" a country, which supplied them.
    """
    done: list[Claim] = []
    for claim in claims:
        if claim.supplier.known or not claim.goods or not claim.evidence:
            done.append(claim)
            continue
        last = max((e.sentence for e in claim.evidence), key=lambda t: t.start)
        after = next((t for t in sentences if t.start >= last.end), None)
        head = re.findall(r"[A-Za-z]{3,}", claim.goods[0].description)
        if after is None or not head or not 0 <= after.paragraph - last.paragraph <= 1:
            done.append(claim)
            continue
        stem = re.escape(head[-1].lower().rstrip("s"))
        told = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{stem}s?\s+(?:(?:had|has|have|was|were|is|are)\s+)?"
                          r"(?:originated|originates|came|come|comes|been\s+of|of)\s+(?:in\s+|from\s+)?$",
                          re.IGNORECASE)
        found = next((m for m in lexicon.find(after.text) if m.kind == "country" and m.country
                      and m.country != claim.recipient.country and told.search(after.text[:m.start])
                      # "of Burmese origin", "of Myanmar origin": "of" needs "origin" after the country
                      and (not re.search(r"\bof\s+$", after.text[:m.start])
                           or re.match(r"\s+origin\b", after.text[m.end:]))), None)
        if found is not None:
            claim = _with_party(claim, "supplier", ClaimParty(None, found.country, "country"),
                                [Evidence("supplier", found.text, after.start + found.start, after.start + found.end,
                                          after)])
        done.append(claim)
    return done


def _legs_of_exchanges(claims: list[Claim], lexicon: Lexicon, text: str) -> list[Claim]:
    """"The leaders swapped rifles, and Kim gave Putin a rifle of North Korean make": an exchange the report
    also tells leg by leg, nearby (who gave or handed what to whom), is those legs, not two transfers more."""

    def near(a: Claim, b: Claim) -> bool:
        spans = sorted((e.sentence.start, e.sentence.end) for c in (a, b) for e in c.evidence[:1])
        return len(spans) == 2 and text.count("\n\n", spans[0][1], spans[1][0]) <= 1

    def words(claim: Claim) -> set[str]:
        return {w.lower().removesuffix("s") for g in claim.goods for w in re.findall(r"[A-Za-z]{4,}", g.description)}

    def chapters(claim: Claim) -> set[str]:
        return {c for g in claim.goods if (c := lexicon.chapter(g.description))}

    def same_way(a: Claim, b: Claim) -> bool:
        for mine, theirs in ((a.supplier, b.supplier), (a.recipient, b.recipient)):
            if not ((mine.country and mine.country == theirs.country) or (mine.name and mine.name == theirs.name)):
                return False
        return True

    legs = [c for c in claims if c.kind in ("gift", "delivery")]
    return [c for c in claims if not (c.kind == "exchange" and any(
        same_way(c, leg) and near(c, leg) and (words(c) & words(leg) or chapters(c) & chapters(leg)) for leg in legs))]


def _section_country(titles: list[Sentence], start: int, lexicon: Lexicon) -> tuple[Mention, Sentence] | None:
    """The country a section's subheading opens with ("Vietnam: coal by the back door"), for the section
    the position `start` is in; None when the subheading names no country first, or more than one."""
    title = next((s for s in reversed(titles) if s.start < start), None)
    if title is None:
        return None
    countries = [m for m in sentence_mentions(title.text, lexicon) if m.kind == "country" and m.country]
    if len({m.country for m in countries}) != 1 or not re.fullmatch(r"\W*", title.text[:countries[0].start]) \
            or not re.match(r"\s*[:\u2013\u2014-]", title.text[countries[0].end:]):
        return None
    return countries[0], title


_RETURN = re.compile(r"\bin (?:return|exchange)\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _taken(claim: Claim, role: str, earlier: Claim) -> Claim:
    """The claim with the party `role` of an earlier claim of the report, and that party's words as evidence."""
    return _with_party(claim, role, getattr(earlier, role), [e for e in earlier.evidence if e.field == role])


def _with_party(claim: Claim, role: str, party: ClaimParty, evidence: list[Evidence]) -> Claim:
    moved = claim.evidence + tuple(replace(e, field=role) for e in evidence)
    if role == "supplier":
        return replace(claim, evidence=moved, supplier=party)
    return replace(claim, evidence=moved, recipient=party)


def _other_country(claim: Claim, lexicon: Lexicon) -> bool:
    """The claim's sentences name a country that is not its recipient ("may also be buying goods in Russia")."""
    for text in dict.fromkeys(e.sentence.text for e in claim.evidence):
        if any(m.kind == "country" and m.country not in (None, claim.recipient.country) for m in lexicon.find(text)):
            return True
    return False


def _from_context(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """Fill a party a claim's own sentences leave out from what the report said before.

    "Russia also delivered flour" after "Russian wheat reached Nampho": the same supplier sends to the
    same recipient. "North Korea was receiving food in return" after "North Korea shipped shells to
    Russia": what comes back in return comes from the recipient of the first transfer.
    """
    done: list[Claim] = []
    for claim in claims:
        sentences = " ".join(dict.fromkeys(e.sentence.text for e in claim.evidence))
        supplier, recipient = claim.supplier.country, claim.recipient.country
        if recipient and not supplier and _RETURN.search(sentences):
            earlier = next((c for c in reversed(done) if c.supplier.country == recipient and c.recipient.country
                            and c.recipient.country != recipient), None)
            if earlier is not None:
                claim = _with_party(claim, "supplier", earlier.recipient,
                                    [e for e in earlier.evidence if e.field == "recipient"])
                claim = replace(claim, kind="exchange")
        elif supplier and not claim.recipient.known and _RETURN.search(sentences) and (earlier := next(
                (c for c in reversed(done) if c.recipient.country == supplier and c.supplier.country
                 and c.supplier.country != supplier), None)) is not None:
            # "North Korea sent Russia shells; in exchange, Moscow supplied air-defence systems": what is given
            # back goes to the first transfer's supplier.
            claim = replace(_with_party(claim, "recipient", earlier.supplier,
                                        [e for e in earlier.evidence if e.field == "supplier"]), kind="exchange")
        elif supplier and not claim.recipient.known:
            earlier = next((c for c in reversed(done) if c.supplier.country == supplier and c.recipient.country
                            and c.recipient.country != supplier), None)
            if earlier is not None and not _seized_by_another(
                    sentences, [e.sentence.text for e in earlier.evidence], lexicon):
                # "Thai authorities also seized arms from North Korea": another state's seizure, not the same buyer.
                claim = _taken(claim, "recipient", earlier)
        elif recipient and not claim.supplier.known and _ALSO.search(sentences) \
                and not _other_country(claim, lexicon):
            earlier = next((c for c in reversed(done) if c.recipient.country == recipient and c.supplier.country
                            and c.supplier.country != recipient), None)
            if earlier is not None:
                claim = _taken(claim, "supplier", earlier)
        if claim.date is None and done and _ALSO.search(sentences):
            # "Putin also gave Kim a tea set": on the occasion of the transfer just told.
            earlier = done[-1]
            pair = {claim.supplier.country, claim.recipient.country} - {None}
            if earlier.date is not None and pair and pair <= {earlier.supplier.country, earlier.recipient.country}:
                claim = replace(claim, date=earlier.date, date_text=earlier.date_text,
                                evidence=claim.evidence + tuple(e for e in earlier.evidence if e.field == "date"))
        done.append(claim)
    return done


# "before May 3", "until June", "prior to 2019": the end a period is bounded by, not a time within it.
_BOUND_BEFORE = re.compile(r"\b(?:before|until|till|prior\s+to|no\s+later\s+than)\s+$", re.IGNORECASE)


def _bound(draft: Draft) -> bool:
    """Whether the draft's date is told as a bound ("all the coal arrived before May 3"), not when it happened."""
    sentence = draft.date_sentence or draft.sentence
    return draft.date is not None and _BOUND_BEFORE.search(sentence.text, 0, draft.date.start) is not None
