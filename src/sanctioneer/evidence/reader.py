"""Sentences read into drafts of claims: the rules that find a transfer and its parts.

The reader is rule-based and works sentence by sentence: a transfer word ("gave", "supplying",
"smuggled", "seized") marks a claim; its clause gives the goods, the supplier and the recipient by
where they sit around that word; the sentence gives the date, the hedging and the status. Nothing
is taken that the words do not give or imply.

This module holds the sentence loop and the reading of a clause in steps; the judgements it calls on
live with their concept: `mentions`, `transfer_words`, `goods_phrases`, `sides`, `drafts` and
`follow_ups`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sanctioneer.evidence.amounts import values_respectively
from sanctioneer.evidence.arrivals import arrivals_apart
from sanctioneer.evidence.claims import ClaimStatus, Evidence
from sanctioneer.evidence.dates import DateMention, PartialDate, find_dates, is_weekday, with_second_year
from sanctioneer.evidence.drafts import (
    DONE_EARLIER,
    SPAN_AFTER,
    Draft,
    add_evidence,
    after_dateline,
    claim_date,
    contrast_opening,
    occasion,
    read_amounts,
    status_of,
)
from sanctioneer.evidence.follow_ups import (
    add_worth,
    another_lot,
    brought_back,
    buyer_named,
    carried_on_from_seizure,
    complete,
    confirm,
    contents,
    contents_list_opening,
    contents_named,
    contents_opening,
    counts_in_turn,
    deny,
    elaborate,
    fronted_return,
    holding_claim,
    in_return,
    included,
    one_of_them,
    ranked_flows,
    return_aside,
    share_of_goods,
    takes_back,
    top_items_told,
)
from sanctioneer.evidence.goods_phrases import (
    clause_antecedent,
    count_told_after,
    counted_flows,
    counted_object,
    describe,
    goods_listed,
    goods_listed_before,
    is_carrier,
    is_vehicle,
    names_carrier,
    phrase_bounds,
    priced_lots,
    queued_carrier,
)
from sanctioneer.evidence.lexicon import KIND_ORDER, Lexicon, Mention, load_lexicon
from sanctioneer.evidence.mentions import SUBJECT_GAP, overlaps, sentence_mentions
from sanctioneer.evidence.sides import (
    defender_of_own,
    first_party,
    goods_origin,
    is_party,
    last_stop,
    parties_listed_after,
    party_after_cue,
    same_party,
)
from sanctioneer.evidence.text import Sentence, split_sentences
from sanctioneer.evidence.transfer_words import PAST_VERB, banned, cover_story, tells_no_transfer

if TYPE_CHECKING:
    from sanctioneer.evidence.document import SourceDocument

__all__ = ["Draft", "SentenceReader", "occasion"]

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets|had been|have been|has been)\s+"
                      r"(?:\w+ly\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# "has not only bought drones but ...": "not only" adds, it does not deny.
_NEGATION = re.compile(r"\b(?:not|never|no longer|n't|did not|has not|have not)\s+(?!only\b|just\b|merely\b|simply\b)"
                       r"(?:\w+\s+)?$", re.IGNORECASE)
# "there was no indication Laos had been importing rifles": a transfer nobody has shown is told as not having happened.
_NOTHING_SHOWS = re.compile(r"\bno\s+(?:indication|evidence|sign|signs|proof)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?"
                            r"(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?$", re.IGNORECASE)
# "Hanoi has never asked the Lao side to supply rifles": a request, a plan or a deal said not to have been made
# denies the transfer it would have led to.
_NEVER_ASKED = re.compile(r"\b(?:never|not)\s+(?:\w+ly\s+)?(?:asked|ask|requested|request|sought|seek|agreed|agree|"
                          r"planned|plan|intended|intend|offered|offer|promised|promise|ordered)\b"
                          r"[^.;]{0,60}?\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A hedge of what will be ("will be sent").
_WILL = re.compile(r"will\b", re.IGNORECASE)


def _weekday_to_come(draft: Draft, reference: date | None) -> None:
    """Date a transfer still to come by the weekday ahead: "will be delivered starting Tuesday", told on a Monday,
    is the Tuesday after the report, not the one before it."""
    told = draft.date.value.as_date() if draft.date is not None and draft.date.value is not None else None
    if draft.date is None or told is None or reference is None or told >= reference \
            or draft.status is not ClaimStatus.PLANNED or not is_weekday(draft.date.text) \
            or not any(_WILL.match(h.text) for h in draft.hedges):
        return
    ahead = told + timedelta(days=7)
    draft.date = replace(draft.date, value=PartialDate(ahead.year, ahead.month, ahead.day))


# "most of its exports to Peru": a trade owned by "its", a few words before the noun.
# "In return for the munitions,": goods named again, told before.
_TOLD_BEFORE = re.compile(r"\s+(?:the|these|those)\s", re.IGNORECASE)
_ITS_TRADE = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,2}$")
_ITS_NOUNS = frozenset({"exports", "export", "imports", "import", "shipments", "sales"})
# A place told after a preposition is where, not whose: "in Laos", "to Peru".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|into|via|near|off|on|against|with|for)\s+(?:the\s+)?$")
# A pronoun opening the clause of the transfer word: the subject is not a party named before it.
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|we|I)\s+(?:\w+\s+){0,3}$")
# "Though it left due to sanctions on Laos, it continued to sell": a pronoun after a comma opens the main clause, and a
# party told in the clause before it is no subject of the transfer word.
_PRONOUN_CLAUSE = re.compile(r",\s+(?:it|they|he|she|we)\s+(?:\w+\s+){0,3}$")
# "The shipment of 150 used trucks": the words after a transfer noun that count the goods it moved.
# "The gift of a limousine": a thing told for the first time, with "a", is no thing told before.
_TOLD_AS_NOUN = re.compile(r"\s+of\s+(?:about\s+|some\s+|more than\s+)?(?:\d[\d,.]*|[a-z]+ty|two|three|four|five|six|"
                           r"seven|eight|nine|ten|twelve|a\s+dozen|an?)\b")
_OF_AFTER = re.compile(r"\s+of\s")
# ", while exports of ethanol": the same trade, told again of other goods.
_WHILE_TOO = re.compile(r",\s+(?:while|and|whereas)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
# "denied sending troops": people, not goods, are what the denial is about.
_PEOPLE_DENIED = re.compile(r"\s+(?:\w+ing\s+)?(?:any\s+|its\s+|the\s+)?(?:troops|soldiers|workers|personnel|"
                            r"forces|hackers|engineers|instructors|advisers|advisors|mercenaries|labourers|laborers)\b",
                            re.IGNORECASE)
# "did not know what the ship carried", "it is unclear what the tanker delivered": goods asked about, not told.
_WHAT_UNKNOWN = re.compile(r"\b(?:know|knew|known|unclear|not clear|uncertain|unknown|asked|ask|wonder|wondered|"
                           r"find out|establish|determine)\s+what\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$",
                           re.IGNORECASE)
# "denied knowing of the deal and said it believed it was buying Malaysian ore": a denier's own belief of
# what it did, not a transfer told of its own.
_OWN_BELIEF = re.compile(r"\b(?:believed|thought|assumed|understood)\s+(?:it|they|he|she)\s+"
                         r"(?:was|were|had\s+been)\s+$", re.IGNORECASE)
# "The shipping container, carrying 60 firearms": what holds goods, and the words that say it holds them.
_HOLDER = re.compile(r"\b(?:containers?|crates?|boxes|box|parcels?|packages?|suitcases?)$", re.IGNORECASE)
_HOLDING = re.compile(r"\s*,?\s+(?:carrying|holding|containing|loaded with|filled with|packed with|full of)\b",
                      re.IGNORECASE)
# "300 shipping containers sent to Syria, which could contain 2 million rifles": what a relative clause after the
# transfer says the containers held.
_HELD_AFTER = re.compile(r"[^.;]{0,80}?,?\s+(?:that|which)\s+(?:(?:could|may|might|would)\s+(?:have\s+)?)?"
                         r"(?:contained|contain|contains|held|hold|holds)\s+(?:(?:more\s+than|up\s+to|as\s+many\s+as|"
                         r"nearly|about|some|at\s+least)\s+)?(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?", re.IGNORECASE)
# "paid $10 million for Nodong missiles, but": a deal paid for, then what became of it.
_PAID_BUT = re.compile(r"\b(?:paid|ordered|signed a (?:contract|deal))\b[^;]*?\bfor\b[^;]*,\s+but\b", re.IGNORECASE)
# "cars that a trading company in Osaka tried to export": a party opening a relative clause, and its verb.
_RELATIVE_SUBJECT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:(?:in|of)\s+)?$")
_RELATIVE_VERB_AFTER = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:tried|attempted|sought|planned)\s+to\s+)?")
# "one of its freighters had delivered": a carrier of the party named before is the verb's subject.
_ITS_CARRIER = re.compile(r"\b(?:one\s+of\s+|two\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:ships?|vessels?|"
                          r"freighters?|tankers?|carriers?|planes?|aircraft|trucks?|lorries|barges?)\s+"
                          r"(?:(?:had|has|have|also|then|later|allegedly|reportedly)\s+){0,2}$", re.IGNORECASE)
# "The North denies Tokyo's charge that it staged the bombing": a deed denied, not goods.
_DEED_DENIED = re.compile(r"[^.;]{0,60}?\b(?:behind|responsible\s+for|involved\s+in)\s+(?:the|an|a|any|its|that)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:attacks?|sinking|bombings?|hack|hacks|hacking|assassination|killings?|"
                          r"shelling|torpedoing)\b", re.IGNORECASE)
# "North Korea has denied any nuclear cooperation with Damascus": ties denied, not a transfer of goods.
_TIES_DENIED = re.compile(r"\s+(?:any\s+|all\s+)?(?:[\w-]+\s+)?(?:cooperation|co-operation|ties|links|relations|"
                          r"contacts?|dealings|involvement)\b", re.IGNORECASE)
# "In Mozambique, ...", "Regarding Chad, ...", "As for Laos, ...": a sentence opened by the place it is about.
_PLACE_OPENING = re.compile(r"\W*(?:In|Regarding|As\s+for|As\s+regards|Concerning|In\s+the\s+case\s+of)\s+"
                            r"(?:the\s+)?[^,;.:]{1,60}?,\s+", re.IGNORECASE)
# "denied allegations that", "accusations that ...": a denial that says what it denies.
_DENIED_THAT = re.compile(r"\b(?:allegations?|accusations?|claims?|charges?|suggestions?|denied|denies|deny|denying)"
                          r"\s+that\b", re.IGNORECASE)
_BOUND = re.compile(r"-bound\b")
# "the company that carried the snowmobiles": a verb of a relative clause on a noun.
_RELATIVE_VERB = re.compile(r"\b[a-z]+\s+(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?$")
# "squid caught by North Korean boats", "rifles made by a Czech company": who made the goods, after "by".
_MADE_BY = re.compile(r"\b(?:made|built|produced|manufactured|caught|grown|mined|assembled)\s+by\s+"
                      r"(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# "through a barter deal", "under an exchange agreement": a word of exchange that names a deal.
_EXCHANGE_NOUN = re.compile(r"\s+(?:deal|deals|arrangement|arrangements|agreement|agreements|scheme|trade)\b",
                            re.IGNORECASE)
# "the many gifts exchanged between the two leaders": a participle after a plural noun describes the noun.
_NOUN_BEFORE = re.compile(r"\b[a-z]+s\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:between|among|by|at|during)\b", re.IGNORECASE)
# "exchanged shells for oil": between the goods of one way and those of the other.
_FOR_GOODS = re.compile(r"\s+for\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# "repacked in Chinese sacks", "packed in 10-kilogram boxes": what holds the goods, not the goods.
# "by hiding it in shipping containers": what hides goods is no goods either.
_PACKED_IN = re.compile(r"\b(?:packed|repacked|wrapped|bagged|boxed|sealed|stuffed|crammed|hidden|hiding|hid|concealed|"
                        r"concealing)\s+(?:(?:it|them)\s+)?(?:in|into|inside)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "tubes that could have been used to build centrifuges": a relative clause hedges what the goods are for, not
# whether they were moved.
# "the stallion Lukashenko rode ... was a gift from Putin": a person told as riding, driving, using or wearing the goods
# just named, and the gift they were.
_USED_BY = re.compile(r"\s+(?:rode|rides|drove|drives|uses|used|wore|wears|keeps|kept|owns|owned|received|"
                      r"was\s+seen\s+(?:riding|driving|using|wearing))\b")
_GIFT_FROM = re.compile(r"\b(?:was|is|had\s+been|has\s+been)\s+(?:a|an)\s+(?:[\w-]+\s+)?gift\s+from\b",
                        re.IGNORECASE)
# "Laos has imported costly horses in the past.": trade told of times gone by in general, not one transfer ("in the
# past six months" is a period).
_IN_THE_PAST = re.compile(r"\bin\s+the\s+past(?=\s*(?:[.,;)]|$))", re.IGNORECASE)
_ACROSS_THE_BORDER = re.compile(r"\s+(?:across|over)\s+the\s+border\b", re.IGNORECASE)
_OF_THE_GOODS = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)
# "equipment that appears to have been smuggled in", "rifles which are believed to have been sent": a hedge in the
# relative clause whose own verb is the transfer's hedges the transfer, not what the goods are.
_HEDGES_THE_VERB = re.compile(r"\s+(?:to\s+)?(?:have\s+)?(?:been\s+)?$", re.IGNORECASE)
# "Kim is believed to be a keen driver, and an aide said that Putin gave him a car": a hedge on what someone is,
# in a clause before the transfer's, does not hedge the transfer.
_HEDGES_A_DESCRIPTION = re.compile(r"(?:\s+to)?\s+be\s+(?:a|an)\s", re.IGNORECASE)
# "the first 6,200 tons of heavy fuel oil promised to North Korea ... arrived": goods described as promised.
_PROMISED = re.compile(r"(?:promised|pledged)\b", re.IGNORECASE)
_AT_SEA = re.compile(r"\b(?:at sea|on the high seas|in international waters|on the open sea|side by side|from one "
                     r"(?:ship|vessel|tanker) to another)\b|\bpump(?:ed|ing)\b[^.;]{0,80}?\binto\s+(?:a|an|the)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:tanker|vessel|ship)\b", re.IGNORECASE)
# "after being stranded in international waters for three weeks": where ships waited, not where goods changed ships.
_WAITING_AT_SEA = re.compile(r"\b(?:stranded|waiting|waited|anchored|staying|stayed|idled|idling|drifting|loitering|"
                             r"stuck|lingering|lingered)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# A verb of getting, then the goods, then the transfers they came by, right before the transfer noun.
# "met a North Korean vessel to which it transferred its cargo": the party a relative clause opens on with "to which"
# or "to whom" is where the goods of its verb went, not where they came from.
_TO_WHICH = re.compile(r"\s*,?\s+(?:(?:at|on|in)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+)?to\s+(?:which|whom)\s+"
                       r"(?:it|they|he|she|the\s+[a-z][\w-]*)\s+(?:had\s+|has\s+|have\s+|then\s+|later\s+)?$",
                       re.IGNORECASE)
# "The 150-metre freighter was used to ...", "The tanker then ...": a sentence about a ship told by no name.
_SHIP_SUBJECT = re.compile(r"\s*(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:ship|vessel|tanker|freighter|carrier|barge)\s+(?!of\b|from\b|to\b)")
_GOT_THROUGH = re.compile(r"\b(?:secured|obtained|acquired|received|procured|imported|got|bought)\b[^.;]{0,120}?"
                          r"\b(?:through|via|by\s+means\s+of|by\s+way\s+of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _moved_at_sea(text: str) -> bool:
    """Whether words of the clause say goods moved at sea, not that ships waited there."""
    return any(not _WAITING_AT_SEA.search(text, 0, m.start()) for m in _AT_SEA.finditer(text))


# "took on diesel from a Sierra Leone-flagged ship off Shanghai": loaded from another ship, not at a place.
_FROM_A_SHIP = re.compile(r"\bfrom\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:ship|vessel|tanker|barge|freighter)\b",
                          re.IGNORECASE)
_TAKING_ON = frozenset({"took on", "taken on", "taking on", "loaded", "loading"})
# "The Sea Lark took on", "the tanker had then loaded": a ship right before the word is its subject.
_SHIP_THEN = re.compile(r"(?:\s+(?:had|has|have|was|were|then|also|reportedly|allegedly|later|first))*\s+")
# "docked at Nampo", "at the port of Nampho", "in Dalian": where a ship lay when it took goods on.
# ", which were believed to be headed for": where the seized goods a relative clause hangs on were bound.
_SEIZED_BOUND = re.compile(r"\s*,?\s*(?:which|that)\s+(?:were|was|are|is|had\s+been)\s+(?:(?:thought|believed|said|"
                           r"suspected|reported|alleged|likely|probably|apparently|reportedly)\s+(?:to\s+(?:be|have\s+been)\s+)?)?"
                           r"(?:destined|bound|headed|intended|meant)\s+(?:for|to)\s+(?:the\s+)?")
# "displayed by", "prominently shown by": a party told after a verb of showing the goods, not of sending them.
_SHOWN_BY = re.compile(r"\b(?:displayed|shown|showcased|paraded|exhibited|unveiled|spotted|photographed|seen|"
                       r"operated|worn)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)
# "shipped by a North Korean firm": who sent the goods, named after the participle.
_SENT_BY = re.compile(r"\b(?:shipped|sent|exported|supplied|sold|consigned|dispatched)\s+by\s+(?:(?:a|an|the)\s+)?$")
_AT_A_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:port|harbou?r|city)\s+of\s+)?$")
# The units of goods told by weight or volume.
_BULK_UNITS = "tons|tonnes|barrels|litres|liters"
# "delivered 5,000 tons to Incheon": an amount and its unit with no goods named after it.
# "received $2m", "received around $2 million (£1.5m)": a sum of money received, the pay for what follows.
_SUM_AFTER = re.compile(r"\s+(?:(?:about|around|approximately|nearly|some|more than|over|at least)\s+)?"
                        r"(?:US|HK|S|A|C)?[$£€¥]\s?\d")
# "for shipping", "for illegally exporting": the deed the sum paid for.
_FOR_DOING = re.compile(r"\bfor\s+(?:\w+ly\s+)?$")
_BARE_AMOUNT = re.compile(r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|another\s+|a further\s+|more than\s+)?"
                          rf"\d[\d,.]*\s+(?:metric\s+)?(?:{_BULK_UNITS})\b(?!\s+of\b)",
                          re.IGNORECASE)
# "when 800 and then 1,100 tonnes were handed to a company in Myanmar": amounts told as the subject of a passive
# transfer word, of goods the sentence named before.
_AMOUNT_PASSIVE = re.compile(r"\b(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+)?(?P<a>\d[\d,]*(?:\.\d+)?)\s+"
                             rf"(?:(?:metric\s+)?(?P<unit_a>{_BULK_UNITS})\s+)?(?:and\s+(?:then\s+)?"
                             r"(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+)?(?P<b>\d[\d,]*(?:\.\d+)?)\s+)?"
                             rf"(?:metric\s+)?(?P<unit>{_BULK_UNITS})\s+(?:were|was|had\s+been|have\s+been)\s+$",
                             re.IGNORECASE)
# "Shipments of molybdenum ore totalled 420 tonnes": a flow told by its total after the goods.
_TOTAL_AFTER = re.compile(r"[^.;:()]{0,60}?\b(?:totall?ed|came to|amounted to|stood at|reached)\s+"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?"
                          r"(\d[\d,]*(?:\.\d+)?)\s+(?:(?P<scale>thousand|million|billion)\s+)?"
                          rf"(?:metric\s+)?({_BULK_UNITS}|units|pieces|cars|vehicles)\b",
                          re.IGNORECASE)
_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# "Exports of rice plunged 64 per cent to 672 tonnes": a flow told by the figure a change brought it to.
_CHANGED_TO = re.compile(r"[^;:()]{0,90}?(?<![.\d])\bto\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|"
                         rf"more than\s+|over\s+)?(\d[\d,.]*)\s+(?:metric\s+)?({_BULK_UNITS}|kilograms|units|pieces)\b",
                         re.IGNORECASE)
# "Lim Boon-keat, 61, faces charges over a sale", "Prosecutors said Wu Tsung-han shipped": a name of two to four
# capitalised words opening the clause (or what is said), with only small words up to the transfer word.
_NEW_NAME = re.compile(r"(?:^|\bsaid\s+(?:that\s+)?)(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,3})"
                       r"(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:[a-z][a-z'-]*\s+){0,6}$")
# The people a report describes by a country before naming them who may trade for themselves ("a Taiwanese
# businessman", "another Chinese trader"); an official, an envoy or the authorities act for whoever investigates.
_TRADING_PERSON = frozenset({"businessman", "businesswoman", "trader", "dealer", "broker", "shipowner", "owner",
                             "importer", "exporter", "supplier", "smuggler", "middleman", "seller", "buyer", "national",
                             "citizen", "captain"})
# "the same company", "the same trading house": the body named before.
_SAME_BODY = re.compile(r"\bthe same\s+(?:[a-z-]+\s+)?(?:company|firm|trading house|trader|broker|dealer|supplier|"
                        r"exporter|"
                        r"importer|businessman|shipowner|owner|network|group|middleman)\b", re.IGNORECASE)
# Transfer words that are nouns: "a gift from", "the delivery from".
_TRANSFER_NOUNS = frozenset({"gift", "gifts", "donation", "donations", "delivery", "deliveries", "shipment",
                             "shipments",
                             "consignment", "consignments", "sale", "sales", "export", "exports"})
# "imports", "purchases": nouns of taking goods in, and what may stand between a country's possessive and its goods.
_TAKING_IN_NOUNS = frozenset({"import", "imports", "purchase", "purchases"})
_WHOSE_GOODS = re.compile(r"['’]s?\s+(?:(?:combined|total|overall|monthly|annual|yearly)\s+)?")
# A flag of convenience says where a ship is registered, not whose side it is on.
_FLAG = re.compile(r"-(?:flagged|registered)\b|\bflag\b", re.IGNORECASE)
# Roles of transfer words that send goods, whose nouns are named by the sender ("North Korean shipments").
_SENDING = frozenset({"send", "supply", "give"})
# A line that gives the report's date ("date 2024-05-02"), no title.
_DATE_LINE = re.compile(r"\s*date\s+\d", re.IGNORECASE)
# "..., while currently supplying shells", "..., but also sending howitzers": a verb in -ing with no subject of its own.
_WHILE_DOING = re.compile(r"(?:,\s*|\s)(?:while|but\s+also|and\s+also)\s+(?:(?:currently|also|now|still|reportedly|"
                          r"[a-z]+ly)\s+)?$", re.IGNORECASE)
# The subject of a clause: a party right before its verb ("North Korea is preparing", "Pyongyang has been helping").
_SUBJECT_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had)\b")
# "is not only helping Russia with troops": whom the clause before helped, and with what.
_HELPED_BEFORE = re.compile(r"\b[a-z]+ing\s+(?:the\s+)?$")
_WITH_AFTER = re.compile(r"\s+with\b")
# "North Korea's scheme to export coal", "Syria's attempts to buy rifles": whose scheme it was.
_SCHEME_TO = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:schemes?|plans?|plots?|bids?|attempts?|efforts?|operations?|"
                        r"campaigns?|networks?)\s+to\s+", re.IGNORECASE)
# Between a demonym and the transfer noun it names: nothing, or a count ("North Korean arms shipments" aside).
_NOUN_OWNER = re.compile(r"\s+(?:arms\s+|weapons\s+|cargo\s+|coal\s+|oil\s+|fuel\s+|outbound\s+)?")
_UNLOADING = frozenset({"unloaded", "unloading", "offloaded", "offloading", "delivered", "landed", "discharged"})
# "Two tankers recently sold to North Korea": an adverb between goods and the participle they are the subject of.
# "are taken ashore to China and", "were shipped to Japan and then": a passive verb, where it went, then "and".
_JOINED_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:then\s+|\w+ly\s+)?(?:[a-z]+ed|taken|sent|"
                             r"brought|carried|shipped)\b[^.;,:]{0,80}?\b(?:to|into)\b[^.;,:]{1,60}?"
                             r"\band\s+(?:then\s+|later\s+|\w+ly\s+)?$", re.IGNORECASE)
_ADVERB_GAP = re.compile(r"\s+(?:recently|reportedly|allegedly|illegally|illicitly|secretly|later|since)\s+")
_SAILED_PLACE = re.compile(r"\b(?:to|from|into|via|for|towards?|departed|left|reached|entered|visited)\s+"
                           r"(?:the\s+)?(?:port\s+of\s+)?$", re.IGNORECASE)
_INSTEAD_OF = re.compile(r"\binstead\s+of\s+(?:going|heading|sailing|travell?ing|proceeding|returning)\s+"
                         r"(?:to|for|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
# "providing the Syrian war in Yemen with shells", "Syria's war against Yemen": where a party's war is fought is no
# side of what is sent to fight it; who wages it is.
_WAR_FOUGHT_IN = re.compile(r"\b[A-Z][\w'’-]*\s+(?:war|invasion|offensive)\s+(?:in|on|against|of)\s+(?:the\s+)?$")
# "letting fuel oil flow into North Korea through illicit ship-to-ship transfers": where goods flowed, told before
# the transfers they flowed through, received them.
_FLOWED_INTO = re.compile(r"\b(?:flow|flows|flowed|flowing|go|goes|went|going|pass|passed|reach|reached)\s+"
                          r"(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)
_THROUGH_BEFORE = re.compile(r"\b(?:through|via|by\s+way\s+of|by\s+means\s+of)\s+(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
# "seized a tanker in November for transferring", "a tanker accused of transferring", "accusing the vessel of
# transferring": the words that tie a ship held to the transfer it is held for, right before the verb in -ing.
_HELD_FOR = re.compile(r"\b(?:for|(?:accused|suspected)\s+of|accusing\s+(?:the\s+|it\s+)?(?:[\w-]+\s+)?of|"
                       r"on\s+suspicion\s+of)\s+(?:illegally\s+|illicitly\s+|secretly\s+)?$", re.IGNORECASE)
# "the ship was transported to North Korea": a ship moved in the passive, with no cargo named, is what was moved.
_USED_TO_CARRY = re.compile(r"(?:,\s*)?\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?"
                            r"(?:allegedly\s+|reportedly\s+)?used\s+(?:to|for|in)\b", re.IGNORECASE)
_MOVED_WHOLE = frozenset({"transported", "ferried", "delivered", "transferred"})
# Verbs of moving goods, not of trading them: who ships goods out of a country carries them for it.
_SHIPPING = frozenset({"shipped", "ships", "ship", "shipping", "transported", "transporting", "transports", "carried",
                       "carrying", "carries", "moved", "moving", "moves", "smuggled", "smuggling", "trucked",
                       "ferried"})
_CARRYING = frozenset({"flown", "airlifted", "carrying", "carried", "loaded", "loading", "unloaded", "unloading",
                       "transported", "transporting"})


# "smuggling fuel into the country", "smuggled them into its own country": into the smuggler's own country.
_INTO_ITS_OWN = re.compile(r"\s+into\s+(?:the|its|their)\s+(?:own\s+)?(?:country|state|homeland)\b", re.IGNORECASE)
# "had been in Vladivostok", "was docked at Nakhodka": where a carrier stayed, told before what it delivered there.
# "Two years later, coal was shipped", "A month later, the tractors arrived": a sentence opening with a span
# counted from the date told just before it.
_OPENS_WITH_SHIFT = re.compile(r"\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                               r"(?:days?|weeks?|months?|years?)\s+(?:later|earlier)|the\s+(?:following|previous)\s+"
                               r"(?:month|year))\b", re.IGNORECASE)
# A sentence telling when something was said or released dates the saying, from which no span is counted.
_SAYING = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|released|published)\b", re.IGNORECASE)
_STAYED_IN = re.compile(r"\b(?:been|was|were|stayed|docked|anchored|moored)\s+(?:in|at)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Clause:
    """The clause of a group of transfer words, and the parties and goods around the first of them."""

    text: str  # the sentence's
    group: list[Mention]
    trigger: Mention
    role: str
    start: int
    end: int
    mentions: list[Mention]  # the sentence's
    inside: list[Mention]
    parties: list[Mention]
    goods: list[Mention]
    passive: bool
    before: list[Mention]  # the parties before the transfer word, who seizes aside
    after: list[Mention]
    goods_before: list[Mention]
    goods_after: list[Mention]
    toward: Mention | None  # the party a cue of destination points at ("to", "bound for")
    source: Mention | None  # the party "from" points at
    agent: Mention | None  # the party "by" points at

    @property
    def carrying(self) -> bool:
        # "Putin gave Kim a glove that had flown in orbit": a relative clause on the goods tells no carrier.
        return any(t.text.lower() in _CARRYING and not (
            t is not self.group[0] and re.search(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+)?$",
                                                 self.text[:t.start])) for t in self.group)

    @property
    def seizing(self) -> bool:
        return any(t.role == "seize" for t in self.group)


# "a ship was seen transferring fuel", "a company was designated for": in the passive the subject stays a side.
_SEEN = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# The verbs of police and prosecutors acting on a person: "charged a man", "arrested two traders".
# "designated six entities", not "designated for", "listed in": a verb of listing with its object.
_ACTED_ON = re.compile(r"\s+(?!(?:with|for|in|on|by|over|under|at|to|as|after|last|this)\b)[\w\"“]")


# "acquired them shortly before building the missile": goods after a gerund of another verb are its object.
# "before testing missiles", "a device that can be used in developing missiles": the object of another verb.
_GERUND = re.compile(r"\b(?:before|after|while|without|instead of|in|for)\s+(?P<verb>[a-z]+ing)\s+"
                     r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_QUESTION = re.compile(r"\?(?=[\"'’”)]|\s*$)")
_AND_TO = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?to\s+(?:the\s+)?", re.IGNORECASE)
# ", and 2,700 tons of oil to": a second counted lot of the goods and where it went.
# "and 2,700 tons to the Iron Tern" after "1,200 tons to the Gull Point": a bare count is a lot of the goods told.
_AND_LOT_TO = re.compile(r",?\s+and\s+(?P<lot>(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?"
                         r"(?P<of>of\s+(?:[\w-]+\s+){0,3}?)?)to\s+", re.IGNORECASE)
# "1,200 tons to the North Korean-flagged Gull Point": the first lot, counted with no goods word either.
_BARE_LOT = re.compile(r"(?<![\w,.])\d[\d,.]*\s+(?:[a-z-]+\s+){1,2}?to\s+")
_BARE_LOT_BEFORE = re.compile(_BARE_LOT.pattern + r"[^,;]{0,40}$")
_LOT = re.compile(r"(?<![\w,.])\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?of\s+")
# "a cargo ship that Spanish warships stopped": goods words right after "that" are the subject of the
# relative clause's verb, not goods the verb is told of.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|whom)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+)?(?:[\w-]+\s+)?$",
                               re.IGNORECASE)


# "..., but investigators believe that the equipment ... was bound for Pakistan".
_BUT_BOUND = re.compile(r"\bbut\b[^.;]*?\b(?:was|were|had been|is|are)\s+(?:really\s+|actually\s+|in fact\s+)?"
                        r"(?:bound|destined|meant|intended|headed)\s+for\s+", re.IGNORECASE)


def _relative_subject_goods(text: str, goods: Mention, mentions: list[Mention]) -> bool:
    """Whether goods words are the subject of a relative clause on goods or a ship told just before ("a cargo
    ship that Spanish warships stopped"); a "that" after other words ("said on Monday that a cargo plane seized
    at Bangkok had been carrying") opens what is said."""
    relative = _RELATIVE_SUBJECT.search(text, 0, goods.start)
    if relative is None:
        return False
    head = text[:relative.start()].rstrip(" ,")
    return any(m.kind in ("goods", "vessel") and m.end == len(head) for m in mentions)


def _truly_bound(text: str, mentions: list[Mention], end: int) -> Mention | None:
    """The party a later "but ... was bound for" clause of the sentence names as the goods' destination."""
    bound = _BUT_BOUND.search(text, end)
    if bound is None or not re.fullmatch(r"[^.;]*", text[end:bound.start()]):
        return None
    return next((m for m in mentions if bound.end() <= m.start <= bound.end() + 4 and is_party(m, text)), None)


def _in_gerund_clause(text: str, goods: Mention, trigger: Mention, mentions: list[Mention]) -> bool:
    """Whether goods after the transfer word are the object of a gerund of another verb."""
    if goods.start < trigger.end:
        return False
    gerund = _GERUND.search(text, trigger.end, goods.start)
    if gerund is not None and re.match(r"(?:find|discover|uncover|detect|locat|spott|carry|hid|conceal)",
                                       gerund.group("verb").lower()):
        return False  # "seized the freighter after finding missile parts": what was found is the goods
    return gerund is not None and not any(m.kind == "trigger" and m.start == gerund.start("verb") for m in mentions)


# "imported zinc in four cases last year to three Thai ports": the words between an import and the "to" of
# where it went, with no comma and no other verb ("linked to", "before returning to").
# "sold zinc on behalf of Iran": the party a broker acted for, right after the words.
# "to entities located in or acting on behalf of": goods sent to bodies that act for another.
_TO_AGENTS = re.compile(r"\bto\s+(?:the\s+|an?\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:entities|firms?|"
                        r"compan(?:y|ies)|agents?|intermediar(?:y|ies)|brokers?|middlem[ae]n|persons?|people|"
                        r"individuals?)\b[^.;]*\b(?:on|in)\s+behalf\s+of\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\b(?:on|in)\s+behalf\s+of\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# "to obtain drones for Venezuela": the goods of a verb of getting, right before "for" and a party.
# "bought 40 lathes for a North Korean company", "bought raw tobacco for North Korean-owned firms in 2009": an
# agent who buys for another is no recipient; the one bought for is.
_CHARGED_WITH_THE = re.compile(r"\b(?:charged|accused|convicted|indicted|suspected|found\s+guilty|pleaded\s+guilty|"
                               r"pled\s+guilty|arrested|sentenced|jailed|fined)\s+(?:\w+\s+){0,2}?(?:with|of|for|to|over)"
                               r"\s+(?:a|an|the)\s+$", re.IGNORECASE)
_GOT_FOR = re.compile(r"(?:\s+(?:in|on|during)\s+(?:19|20)\d\d)?\s+for\s+(?:the\s+|a\s+|an\s+|two\s+|several\s+)?")
_IMPORTED_TO = re.compile(r"(?:\s+(?![\w-]*(?:ed|ing)\b)[\w-]+)*\s+")
# "was charged in the United States with arranging shipments": where a party is charged, tried or held.
_VENUE = re.compile(r"\s+(?:\w+ly\s+)?(?:in|at|by)\s+(?:a\s+|the\s+)?(?:court\s+in\s+|the\s+city\s+of\s+)?$",
                    re.IGNORECASE)


def _war_waged_by(text: str, party: Mention, inside: list[Mention]) -> Mention:
    """The side a party stands for: who wages the war fought in it when it is named as the place of another's war ("the
    Syrian war in Yemen": Syria), else the party itself. North Korea is always kept."""
    if party.country == "KP" or not _WAR_FOUGHT_IN.search(text, max(0, party.start - 60), party.start):
        return party
    return next((m for m in inside if m.kind == "country" and party.start - 60 <= m.start and m.end <= party.start
                 and re.match(r"(?:['’]s)?\s+(?:war|invasion|offensive)\b", text[m.end:])), party)


def _venue(text: str, party: Mention, mentions: list[Mention]) -> bool:
    """Whether a country named before the transfer word is where a party was charged, tried, arrested or caught ("a
    Singaporean businessman was charged in the United States with arranging shipments"), not a side."""
    return party.kind == "country" and any(
        (m.kind == "proceeding" or (m.kind == "perception" and m.text.lower() in _CAUGHT))
        and m.end <= party.start and _VENUE.fullmatch(text, m.end, party.start)
        for m in mentions)


# "a North Korean diplomat was caught at Dhaka airport smuggling gold": where a smuggler was caught is no side.
_CAUGHT = frozenset({"caught", "stopped", "detained", "nabbed"})


# Verbs that move goods over without telling which way by themselves: with only "from" told, the goods come to the
# subject.
_MOVED_OVER = frozenset({"transferred", "transfer", "transfers", "transferring", "brought", "bring", "brings",
                         "bringing"})


def _a_ship(party: Mention | None) -> bool:
    """Whether a party is a ship: one named as such, or "a Russian vessel"."""
    if party is None:
        return False
    return party.kind == "vessel" or (party.kind == "country" and party.detail == "demonym-party"
                                      and party.role == "vessel")


def _governs_noun(trigger: Mention, group: list[Mention], text: str | None = None) -> bool:
    """Whether the first transfer word is a verb of receiving or seizing whose object is a transfer noun of the
    same clause ("received North Korean shipments", "seized two shipments")."""
    if trigger.role not in ("receive", "seize") or trigger.text.lower() in _TRANSFER_NOUNS:
        return False
    # "received a cargo of diesel": the load named is the object too.
    if any(t.start > trigger.end and t.text.lower() in _TRANSFER_NOUNS | {"cargo of", "deliveries of"}
           and t.role in _SENDING for t in group[1:]):
        return True
    # "took on diesel in a ship-to-ship transfer": the noun after "in" says how the goods came, the verb who took them.
    return trigger.role == "receive" and text is not None and any(
        t.start > trigger.end and t.role in _SENDING and _HOW_IT_CAME.search(text, trigger.end, t.start)
        for t in group[1:])


# "getting shipments of", "got two deliveries of", "gets regular consignments": a verb of getting right before a
# transfer noun.
_GOT_BEFORE = re.compile(r"\b(?:get|gets|got|gotten|getting)\s+(?:(?:a|an|the|two|three|several|many|more|new|"
                         r"regular|further|large|small|secret|illicit|illegal|[A-Z][\w-]+)\s+){0,2}$")


_HOW_IT_CAME = re.compile(r"\b(?:in|through|during|via|by)\s+(?:(?:a|an|the|one|two|several)\s+)?(?:[\w-]+\s+)?$",
                          re.IGNORECASE)


# "A subsidiary of British American Tobacco sold rice": goods right after the verb are its object, so the goods word
# before it (here in a company's name) is no subject of a passive.
_OBJECT_AFTER = re.compile(r"\s+(?:(?:a|an|the|some|its|their)\s+)?(?:\d[\d,.]*\s+)?")


# "transferred between Serbia and Chad": two sides joined after the transfer word, no way told.
_BETWEEN_SIDES = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?between\s+(?:the\s+)?[A-Z][^,;.]{0,40}?\s+and\s+(?:the\s+)?"
                            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# "a cargo of cement", "a consignment of sugar": a load named by a transfer word.
_LOADS = frozenset({"cargo of", "consignment", "consignments", "shipment", "shipments"})
# "concealed under sacks of": the words of a cover, up to its goods.
# "boarded the ship", "stopped the vessel", "seize other ships": a ship already told (or others like it) that a seizing
# verb acts on is the carrier held, not goods moved; a ship told with no such word ("seized two yachts") may be goods.
_HELD_SHIPS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters"})
_HELD_CARRIER = re.compile(r"\b(?:the|this|that|these|those|other|its|their)\s+$", re.IGNORECASE)
_COVERED_BY = re.compile(r"\b(?:hidden|concealed|buried|stashed|tucked|disguised)\s+(?:under|beneath|below|underneath|"
                         r"among|behind|inside|as)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "Sudan of using Belarusian rockets and launchers supplied": the user of goods, then the goods and the participle;
# "Sudan shelled the town with rockets supplied": who attacked with them used them.
_USED = re.compile(r"\s+(?:of\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+"
                   r"(?=using|firing|launching|deploying))?(?:used|using|uses|fired|firing|fires|launched|"
                   r"launching|deployed|deploying|(?:attacked|attacking|attacks|struck|striking|strikes|hit|hitting|hits|"
                   r"shelled|shelling|bombarded|bombarding|pounded|pounding|targeted|targeting)\s+[^,;.:]{0,80}?\s+with)"
                   r"\s+[^,;.:]{1,80}?\s+", re.IGNORECASE)
# "rockets launched by Sudan ... were supplied by": the user told after the goods by "by", then up to the verb a place
# or a time at most.
_USED_BY_PARTY = re.compile(r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:used|fired|launched|deployed)\s+by\s+"
                            r"(?:the\s+)?", re.IGNORECASE)
_USED_BY_TO_VERB = re.compile(r"(?:\s+(?:in|against|on|at|near)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+"
                              r"(?:(?:had|have|has)\s+)?(?:were|was|are|is|been|being)\s+(?:(?:all|also|mostly|largely)\s+)?",
                              re.IGNORECASE)
# "supplying up to a third of Belarus's shells", "provides most of Laos's fuel": a share of a party's goods.
_SHARE_OF_PARTY = re.compile(r"\s+(?:(?:as\s+much\s+as|up\s+to|about|around|nearly|almost|some|over|more\s+than|"
                             r"at\s+least)\s+)?"
                             r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|half|a\s+third|a\s+quarter|two-thirds|three-quarters|"
                             r"most|much|the\s+bulk|the\s+majority|a\s+large\s+share|a\s+share)\s+of\s+(?:the\s+)?",
                             re.IGNORECASE)
_WHOSE_GOODS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")
# "Sudan's leading arms supplier": the possessive names the supplier's customer.
_WHOSE_SUPPLIER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:suppliers?|providers?)\b", re.IGNORECASE)
# "the United States has previously accused of supplying": the subject of an active verb of accusing, the act after.
_ACCUSES_OF = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|repeatedly|long|publicly|\w+ly)\s+)?"
                         r"(?:accused|accuses|accusing|suspects|suspected)\s+of\s+", re.IGNORECASE)


# Help given to a party: "support to North Korea's missile programmes", "assistance for Myanmar's army".
_HELP_TO = re.compile(r"\b(?:support|assistance|aid|help|backing)\s+(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# The words between a country named before help and the help: "Chinese military support", "Russia's technical aid".
_HELP_NAMED = re.compile(r"(?:['’]s)?\s+(?:(?:military|technical|economic|material|financial|covert|secret)\s+)?"
                         r"(?:support|assistance|aid|help|backing)\s+(?:to|for)\b", re.IGNORECASE)


# "the Pine Star, a North Korean tanker owned by Kumsong Shipping": the words between a ship and the body that owns
# or runs it.
_OWNED_BY = re.compile(r"(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|freighter|carrier))?\s*,?\s*"
                       r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:owned|operated|managed|run)\s+(?:and\s+\w+\s+)?by\s+"
                       r"(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)


def _carrier_owner(text: str, party: Mention, mentions: list[Mention]) -> bool:
    """Whether the party is told only as the owner or operator of a ship whose own country is told, and is of no
    other country: the ship is the side ("the North Korean tanker Pine Star, owned by Kumsong Shipping, transferred
    diesel": the Pine Star and North Korea, not the owner)."""
    if party.kind != "organization" or party.country is not None:
        return False
    return any(p.end <= party.start and _a_ship_mention(p) and p.country is not None and is_party(p, text)
               and _OWNED_BY.fullmatch(text, p.end, party.start) for p in mentions)


def _read_clause(text: str, group: list[Mention], role: str, start: int, end: int,
                 mentions: list[Mention]) -> _Clause:
    """Read what sits around the first transfer word of a group, between `start` and `end`."""
    trigger = group[0]
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    parties = [m for m in inside if is_party(m, text)]
    goods = [m for m in inside if m.kind == "goods" and not _in_gerund_clause(text, m, trigger, mentions)
             and not _PACKED_IN.search(text, 0, m.start) and not _carrier_subject(text, m)]
    # "discovered, concealed under sacks of rice, a cache of hand grenades": the goods of a cover told before the goods
    # it covers hide them, and are no goods of the transfer.
    goods = [g for g in goods if not (_COVERED_BY.search(text, 0, g.start) and any(o.start > g.end for o in goods))]
    # "a vessel used to transport coal", "the tanker was used to make deliveries of oil": the carrier is the means.
    goods = [g for g in goods if not (names_carrier(g) and _USED_TO_CARRY.match(text, g.end))]
    if all(t.role == "seize" for t in group):
        goods = [g for g in goods if not (names_carrier(g) and g.text.lower().split()[-1] in _HELD_SHIPS
                                          and _HELD_CARRIER.search(text, max(0, g.start - 12), g.start))]
    participle = not trigger.text.lower().endswith("ing")
    # "Cars shipped to Nampho" is told of the goods; "the freighter delivered steel", of what carried them.
    passive = (participle and bool(_PASSIVE.search(text[start:trigger.start]))) or (any(
        g.end <= trigger.start and (not text[g.end:trigger.start].strip(" ,") or (
            participle and _ADVERB_GAP.fullmatch(text, g.end, trigger.start) is not None))
        and not (trigger.role != "seize" and names_carrier(g) and any(o.start >= trigger.end for o in goods))
        and not _relative_subject_goods(text, g, mentions)
        for g in goods) and not any(_OBJECT_AFTER.fullmatch(text, trigger.end, o.start) for o in goods))
    # "Instead of going to Taiwan, the vessel transferred the oil": where a ship did not go is no side.
    parties = [p for p in parties if not _INSTEAD_OF.search(text, 0, p.start) and not _carrier_owner(text, p, mentions)]
    parties = [_war_waged_by(text, p, inside) for p in parties]
    after = [p for p in parties if p.start >= trigger.end]
    if not passive and not after and participle and PAST_VERB.fullmatch(trigger.text) and not any(
            o.start >= trigger.end and _OBJECT_AFTER.fullmatch(text, trigger.end, o.start) for o in goods):
        # "the crabs are taken across to China and sold there": a participle with no party after it, joined by
        # "and" to a verb in the passive, shares its voice; where the goods were taken is no seller of them.
        passive = _JOINED_PASSIVE.search(text, max(0, trigger.start - 120), trigger.start) is not None
    before = [p for p in parties if p.end <= trigger.start and not _venue(text, p, mentions)]
    # "Belarus has become Myanmar's leading arms supplier, providing the army with howitzers": whose supplier a party is
    # names whom it supplies, not who supplies.
    before = [p for p in before if not _WHOSE_SUPPLIER.match(text, p.end) and not _WHOSE_SUPPLIER.search(p.text)]
    accusers = [p for p in before if _ACCUSES_OF.fullmatch(text, p.end, trigger.start)]
    if accusers:
        # "Serbia, which Britain has accused of supplying shells to Chad": who accuses is no side; the party the
        # relative clause hangs on is the one accused of the act.
        before = [p for p in before if p not in accusers]
        relative = _RELATIVE.search(text, 0, start)
        antecedent = next((m for m in mentions if relative is not None and m.end == relative.start()
                           and is_party(m, text)), None)
        before = before or ([antecedent] if antecedent is not None else [])
    # "Chinese military support to North Korea's missile programmes included transfers of trucks": whom the help goes
    # to receives what it is said to include, and the country the help is named after gives it.
    helped = next((p for p in before if _HELP_TO.search(text, 0, p.start)), None)
    if helped is not None:
        before = [p for p in before if p is not helped]
        giver = next((m for m in inside if m.kind == "country" and m.end <= helped.start
                      and _HELP_NAMED.match(text, m.end)), None)
        if giver is not None and giver not in before:
            before = [giver, *before]
    seizing = [t for t in group if t.role == "seize"]
    if seizing and (seizing[0].start <= trigger.start or not PAST_VERB.fullmatch(trigger.text)):
        # "The UAE has seized a ship carrying weapons": who seizes is neither supplier nor recipient ("the rifles
        # that North Korea sold to Libya were found in Tripoli": who sold them, told before the finding, is).
        before = [p for p in before if p.start >= seizing[0].end
                  and not re.search(r"\bby\s+(?:the\s+)?$", text[seizing[0].end:p.start])]
    seeing = next((m for m in reversed(inside) if m.kind == "perception" and m.end <= trigger.start
                   and not _SEEN.search(text, 0, m.start)), None)
    if seeing is not None and trigger.text.lower().endswith("ing"):
        # "a patrol plane spotted a Chinese-flagged ship transferring fuel": who sees is no side; the seen
        # ship, the subject of the verb in -ing, is.
        before = [p for p in before if p.start >= seeing.end]
    acting = next((m for m in reversed(inside) if m.kind == "designation" and m.end <= trigger.start
                   and (m.text.lower().endswith("ing") or not _SEEN.search(text, 0, m.start))
                   and _ACTED_ON.match(text, m.end)
                   and re.search(r"\b(?:for|over)\b", text[m.end:trigger.start])), None)
    if acting is not None and trigger.role != "seize":
        # "the US Treasury designated six entities for their part in the export of coal": who designates is no
        # side; whom it designates may be.
        before = [p for p in before if p.start >= acting.end]
    # "coats bound for North Korea were seized": where the goods were bound may be told before the word.
    toward = party_after_cue(text, mentions, "toward", after, end) or (party_after_cue(
        text, mentions, "toward", [p for p in parties if p.end <= trigger.start], trigger.start) if passive else None)
    toward = toward or helped
    if toward is None and any(t.role == "seize" for t in group) \
            and (bound_after := _SEIZED_BOUND.match(text, end)) is not None:
        # "seized 5,000 bottles of brandy, which were believed to be headed for Laos": where the seized goods were
        # bound, told in a relative clause on them, is where they were going.
        toward = next((p for p in mentions if p.start == bound_after.end() and p.kind in ("country", "organization")
                       and p.country), None)
    # "A North Korea-bound cargo": the goods' destination written before them.
    toward = toward or next((p for p in parties if _BOUND.match(text, p.end)), None)
    # "travelled from Rotterdam through five countries before they were flown to Pyongyang".
    source = party_after_cue(text, mentions, "from", after, end) or party_after_cue(
        text, mentions, "from", [p for p in parties if p.end <= trigger.start], trigger.start)
    agent = party_after_cue(text, mentions, "by", after, end)
    if agent is not None and any(t.role == "seize" and t.end <= agent.start
                                 and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[t.end:agent.start])
                                 for t in mentions if t.kind == "trigger"):
        # "a consignment of suits seized by the Republic of Korea": who seized it did not supply it.
        agent = None
    if agent is not None and _SHOWN_BY.search(text, 0, agent.start):
        # "trucks exported in May that were later paraded by the North Korean army": who shows or uses the goods
        # after the transfer did not send them.
        agent = None
    if agent is not None and any(m.kind == "reporting" and m.end <= agent.start
                                 and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[m.end:agent.start]) for m in mentions):
        # "it was the third such case made public by Seoul": who made the case known is no side of it.
        agent = None
    goods_after = [g for g in goods if g.start >= trigger.end]
    goods_before = [g for g in goods if g.end <= trigger.start]
    return _Clause(text, group, trigger, role, start, end, mentions, inside, parties, goods, passive, before, after,
                   goods_before, goods_after, toward, source, agent)


# "showed Kim his car and gave him a rifle": a verb in the past right before a party, "and" between it and the
# transfer word, and a pronoun right after that word.
_VERB_BEFORE_OBJECT = re.compile(r"\b(?:[a-z]+ed|met|told|took|brought)\s+(?:the\s+)?$")
_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$")
_PRONOUN_GIVEN = re.compile(r"\s+(?:him|her|them)\b")


def _read_roles(clause: _Clause) -> tuple[Mention | None, Mention | None, list[Mention]]:
    """The supplier, the recipient and the goods where the voice and role of the transfer word put them."""
    text, trigger, role, mentions = clause.text, clause.trigger, clause.role, clause.mentions
    after, before, toward, source = clause.after, clause.before, clause.toward, clause.source
    goods_after, goods_before = clause.goods_after, clause.goods_before
    supplier: Mention | None = None
    recipient: Mention | None = None
    if clause.passive:
        chosen_goods = goods_listed_before(goods_before, text) if goods_before else goods_after
        # "The vodka seized in Rotterdam was shipped by a Chinese company": who shipped it, not who seized it.
        shipped_by = any(t.role != "seize" and re.match(r"\s+by\b", text[t.end:]) for t in clause.group)
        supplier = (clause.agent if trigger.role != "seize" or shipped_by else None) or source
        recipient = toward
        if recipient is None and goods_before and trigger.role != "seize":
            # "accused Sudan of using rockets supplied by Minsk", "Sudan fired rockets supplied by Belarus": who used
            # the goods another supplied received them.
            recipient = next((p for p in reversed(before) if p.end <= goods_before[0].end
                              and _USED.fullmatch(text, p.end, trigger.start)), None)
        if recipient is None and goods_before and trigger.role != "seize":
            # "the rockets launched by Sudan were supplied by Belarus": who the goods were used by, told right after
            # them, received them.
            recipient = next((p for p in before if goods_before[-1].end <= p.start
                              and _USED_BY_PARTY.fullmatch(text, goods_before[-1].end, p.start)
                              and _USED_BY_TO_VERB.fullmatch(text, p.end, trigger.start)), None)
        if role == "receive":
            # "coal was imported into South Korea": with no buyer named, where the goods went.
            supplier, recipient = source, clause.agent or toward
            if recipient is None and goods_before and source is not None:
                # "Sudanese troops are firing rockets sourced from Belarus": who uses the goods got from a source
                # received them.
                recipient = next((p for p in reversed(before) if p.end <= goods_before[0].end
                                  and _USED.fullmatch(text, p.end, trigger.start)), None)
        elif role in ("supply", "give") and recipient is None and before \
                and re.match(r"\s+with\b", text[trigger.end:]):
            # "Russia has been supplied with shells by North Korea", "Kim was presented with a car by Putin": who is
            # supplied or presented with the goods is the subject.
            recipient = before[-1]
        elif role in ("give", "send", "supply") and recipient is None and before and not goods_before \
                and goods_after and not re.search(r"[,;]|\b(?:to|for|from|into|by|with|of|in|at)\b",
                                                  text[trigger.end:goods_after[0].start]):
            # "Syria was given tanks by North Korea", "North Korea was sold two yachts": the goods follow the
            # verb, so the subject is who received them.
            recipient = before[-1]
    elif role == "receive":
        # "B imported goods from A"; "a car bought from a dealer in Germany and shipped to North Korea":
        # the goods before the words, the recipient where they were shipped.
        # "the purchase of tanks from North Korea by Syria": who buys may follow "by".
        agent = clause.agent
        made_by = agent is not None and bool(_MADE_BY.search(text, 0, agent.start))
        if made_by:
            # "Hunchun processors received squid caught by North Korean boats": who caught or made the goods
            # sold them, and did not receive them.
            agent = None
        recipient = before[-1] if before else (toward if not goods_after else agent)
        if toward is not None and toward.kind == "country" and goods_after \
                and trigger.end <= goods_after[-1].end <= toward.start \
                and _GOT_FOR.fullmatch(text, goods_after[-1].end, toward.start):
            # "worked with Iranian officials to obtain drones for Venezuela": who the goods were got for received
            # them, not the subject or those it worked with.
            recipient = toward
        if recipient is None and toward is not None and any(
                m.kind == "toward" and 0 <= toward.start - m.end <= 20
                and not re.search(r"[,;]", text[m.end:toward.start])
                and (m.text.lower() == "into" or (m.text.lower() == "to" and toward.kind == "country"
                                                  and trigger.end <= m.start
                                                  and _IMPORTED_TO.fullmatch(text, trigger.end, m.start)))
                for m in mentions):
            # "Imports of Chinese trucks into North Korea", "suspected of importing sea urchins into Japan", "imported
            # zinc to three Thai ports": with no buyer named, where the goods went.
            recipient = toward
        supplier = source or (clause.agent if made_by else None)
        chosen_goods = goods_after or ([] if before else goods_before)
    elif role == "seize":
        recipient = toward
        # "seized two cars that a trading company in Osaka tried to export": the subject of the relative clause
        # on the goods sent them.
        supplier = source or next((p for p in clause.parties for t in clause.group[1:]
                                   if t.role in _SENDING and trigger.end <= p.start and p.end <= t.start
                                   and _RELATIVE_SUBJECT_BEFORE.search(text, trigger.end, p.start)
                                   and _RELATIVE_VERB_AFTER.fullmatch(text, p.end, t.start)), None)
        chosen_goods = goods_after or goods_before
    else:
        if re.search(r"\b(?:to|for|of|from|with|after|before)\s+(?:a|an|the)\s+$", text[clause.start:trigger.start]) \
                and not _CHARGED_WITH_THE.search(text, clause.start, trigger.start):
            # "traced the car that Kim rode in to a sale in Germany": the noun has no subject before it ("a man was
            # charged with the export of rifles": the one charged made it).
            before = []
        # "pulled alongside the North Korean tanker Saebyol and transferred diesel": the ship alongside
        # receives; the subject is the supplier.
        alongside = [p for p in before if any(m.kind == "toward" and m.value.endswith("alongside")
                                              and 0 <= p.start - m.end <= 6 for m in mentions)]
        # "sang to Kim before a game in Pyongyang on Wednesday, and handed the leader a bottle": a party the
        # first verb's preposition governs is no subject of the verb coordinated after it.
        before = [p for p in before if p not in alongside and not (
            re.search(r"\b(?:in|at|to|for|with|of|near)\s+(?:the\s+)?$", text[:p.start])
            and re.search(r",\s+and\s+(?:then\s+|later\s+|also\s+)?$", text[p.end:trigger.start]))]
        shown = [p for p in before if _VERB_BEFORE_OBJECT.search(text, 0, p.start)
                 and _AND_BEFORE.search(text, p.end, trigger.start) and _PRONOUN_GIVEN.match(text, trigger.end)]
        if toward is None and shown and len(before) > len(shown):
            # "Putin showed Kim his limousine and gifted him rifles": the party an earlier verb took as its object is
            # no subject of the verb joined after it; the pronoun given to stands for it.
            toward, before = shown[-1], [p for p in before if p not in shown]
        if toward is None and trigger.text.lower().endswith("ing") and _AFTER_COMMA.search(text, 0, trigger.start):
            # "Laos has long been a donor to Cambodia, sending it rice every year": a participle after a comma shares
            # the subject of the clause before it; the party "to" or "for" governs there is whom the goods are for.
            governed = [p for p in before if _TO_OR_FOR.search(text, 0, p.start)]
            free = [p for p in before if p not in governed and not _GOVERNED.search(text, 0, p.start)]
            if governed and free and governed[-1] is before[-1] and free[0].country != governed[-1].country:
                toward, before = governed[-1], free[:1]
        called = [p for p in before if _CALLED_AT.search(text, 0, p.start) and (
            _THEN_AND.fullmatch(text, p.end, trigger.start) or (
                trigger.text.lower() in _ARRIVED_WITH and _AT_THE_PORT.search(text, 0, p.start)
                and _CALLED_THEN.fullmatch(text, p.end, trigger.start)))]
        if called and toward is None:
            # "made ten calls at the Laotian port of Pakse and delivered diesel": the port the carrier called at is
            # where it delivered the goods, not who supplied them.
            toward, before = called[-1], [p for p in before if p not in called]
        came = [p for p in before if p.kind == "country" and _CAME_TO.search(text, 0, p.start)
                and _CAME_THEN.fullmatch(text, p.end, trigger.start)]
        if came and toward is None and trigger.role in _SENDING:
            # "agents of a Laotian firm came to Chile and tried to sell the boats": the country the sellers came to
            # is where they offered the goods, not who sold them.
            toward, before = came[-1], [p for p in before if p not in came]
        if len(before) > 1 and _AND_HAS.search(text, 0, trigger.start):
            # "Belarus has been assisting the Laotian government in building dams, and has provided the army with
            # howitzers": a verb joined with its own auxiliary and no subject of its own shares the first verb's.
            before = [p for p in before if not _GOVERNED.search(text, 0, p.start)][:1] or before
        # "A Vietnamese tanker was bound for North Korea carrying gasoline": where the carrier was bound, told before
        # the word, is where the goods were going, not who sent them.
        # "A North Korean freighter bound for Egypt carried grenades": so is where the carrier the verb follows
        # was bound.
        bound = [p for p in before if (trigger.text.lower().endswith("ing")
                                       or re.fullmatch(r"\s*,?\s*", text[p.end:trigger.start])) and any(
            m.kind == "toward" and " " in m.text.strip() and 0 <= p.start - m.end <= 6 for m in mentions)]
        before = [p for p in before if p not in bound]
        toward = toward or (bound[-1] if bound else None)
        if before and toward is None and _AS_THE_NOUN.fullmatch(text, before[-1].end, trigger.start) \
                and re.search(r"\bto\s+(?:the\s+)?$", text[:before[-1].start]):
            # "Lukashenko hosted Kim in Minsk after handing one of the tractors to him as a gift": the noun's
            # receiver is who the goods went to; its giver the subject, the first party no preposition governs.
            toward = before[-1]
            before = [p for p in before[:-1] if not _GOVERNED.search(text, 0, p.start)][:1]
        flowed = [p for p in before if _FLOWED_INTO.search(text, 0, p.start)
                  and _THROUGH_BEFORE.search(text, p.end, trigger.start)]
        if flowed and toward is None:
            toward, before = flowed[-1], [p for p in before if p not in flowed]
        if before and source is not None and toward is not None and trigger.end < source.start \
                and trigger.end < toward.start and re.match(r"\s+of\b", text[trigger.end:]) \
                and re.search(r"\b(?:the|an?)\s+$", text[:trigger.start]):
            # "a paper that showed the export of the trucks from Belgium to Laos": a transfer told as a noun that
            # names both its sides after it; whoever is told before it did something else.
            before = []
        # "The sale of 20 tanks by North Korea to Syria": a transfer told as a noun names its supplier after "by".
        supplier = before[-1] if before else (source or clause.agent)
        if supplier is not None and before and supplier is before[-1] \
                and _ITS_CARRIER.search(text, supplier.end, trigger.start):
            # "A Hong Kong shipping company denied that one of its freighters had delivered steel pipes": the
            # owner of the ship that carried the goods is not told to have supplied them.
            supplier = source or clause.agent
        loaded_at = next((p for p in [*after, *([toward] if toward else [])] if p.start > trigger.end
                          and p.kind == "country" and _AT_A_PLACE.search(text, 0, p.start)), None)
        if before and toward in (None, loaded_at) and source is None and loaded_at is not None \
                and trigger.text.lower() in _TAKING_ON and _a_ship(before[-1]) \
                and _SHIP_THEN.fullmatch(text, before[-1].end, trigger.start) \
                and not any(m.kind == "country" and m.start > loaded_at.end and m.country != loaded_at.country
                            for m in mentions):
            # "the Sea Lark took on anthracite while lying at Nampho": a ship takes the goods in where it lay, unless
            # they came from or went on to another country ("took on the cargo at Dalian, where it had been brought
            # from Nampho", "loaded coal at Nampho and discharged it at Nakhodka").
            return loaded_at, before[-1], goods_after or goods_before
        if before and toward is None and trigger.text.lower() in _TAKING_ON and (any(
                m.kind == "from" and m.start >= trigger.end for m in mentions if clause.start <= m.start < clause.end)
                or (trigger.text.lower() not in ("loaded", "loading") and not after)):
            # "a North Korean tanker took on diesel from a Sierra Leone-flagged ship": who takes the goods on
            # from another receives them ("the North Korean ship took on oil products": from whoever it was; a
            # ship that "took on the cargo at Dalian" carried it on from there).
            return source, before[-1], goods_after or goods_before
        if before and toward is None and source is not None and source.start > trigger.end \
                and trigger.text.lower() in _MOVED_OVER and source.kind == "country" and not _a_ship(source) \
                and not _a_ship(before[-1]) and before[-1].country not in (None, source.country):
            # "North Korea has transferred a combat vehicle from Russia": who moves goods over from another state,
            # to no one else, brought them to itself; the state they came from is the supplier.
            return source, before[-1], goods_after or goods_before
        if before and toward is None and source is not None and source.start > trigger.end \
                and trigger.text.lower() in _LEASED_IN and not same_party(source, before[-1]):
            # "Vietnamese trawler owners lease fishing rights from North Korea": who leases goods from another
            # takes them in; the one they are leased from supplies them.
            return source, before[-1], goods_after or goods_before
        if supplier is not None and before and supplier is before[-1] and _a_ship(supplier) \
                and role in ("send", "supply"):
            # "Libyan tankers shipped diesel from Tartus to Benghazi", "tankers shipped oil supplied
            # by Russia to North Korea": the ships carry the goods; where they were taken from, or who supplied
            # them, is the supplier.
            origin = next((p for p in (source, clause.agent) if p is not None and p.start > trigger.end
                           and p.country is not None and p.country != supplier.country), None)
            supplier = origin or supplier
        if supplier is not None and supplier is not source and source is not None and source.start > trigger.end \
                and re.search(r"\b(?:of|for|with)\s+(?:the\s+|a\s+|an\s+)?$", text[:supplier.start]):
            # "an agent of the North Korean government ... to ship firearms from the United States": the
            # party a preposition governs is no subject; where the goods came from is told after the word.
            supplier = source
        if source is not None and source.start > trigger.end and trigger.text.lower() in _TRANSFER_NOUNS \
                and re.fullmatch(r"\s+from\s+(?:the\s+)?", text[trigger.end:source.start]):
            # "arrived in Seoul as a gift from Kim Jong Un to President Moon": the noun names its giver.
            supplier = source
        if supplier is not None and supplier is not source and _PRONOUN_SUBJECT.search(
                text[supplier.end:trigger.start]) and (any(
                m.kind == "toward" and 0 <= supplier.start - m.end <= 6 for m in mentions)
                or _PRONOUN_CLAUSE.search(text, supplier.end, trigger.start)):
            # "how the cars reached North Korea and that it has not sold vehicles": "it" sells, not
            # where the goods went, named before it.
            supplier = source
        first_after = after[0] if after else None
        with_cue = next((m for m in mentions if m.kind == "with" and trigger.end <= m.start < clause.end), None)
        if role == "supply" and with_cue is not None:
            recipient = first_after if first_after and first_after.start < with_cue.start else toward
            chosen_goods = [g for g in goods_after if g.start > with_cue.start] or goods_after
        elif role in ("give", "supply", "send") and trigger.role != "seize" and first_after is not None \
                and goods_after and first_after.end <= goods_after[0].start and first_after is not toward and \
                not re.search(r"\b(?:to|for|from|with|of)\s+$", text[trigger.end:first_after.start]):
            recipient = first_after
            chosen_goods = goods_after
        else:
            recipient = toward or (alongside[-1] if alongside else None)
            # "the oil pays for the weapons Pyongyang has sent to Moscow": the goods listed last before the verb's
            # subject are what it sent, not goods told earlier in the sentence.
            chosen_goods = goods_after or (goods_listed_before(goods_before, text) if goods_before else [])
            if recipient is None and role in ("give", "supply", "send") and goods_after:
                # "Laos is supplying as much as 30 percent of Belarus's shells": whose share of the goods is told
                # received them.
                recipient = next((p for p in after if trigger.end < p.start and p.end <= goods_after[0].start
                                  and _SHARE_OF_PARTY.fullmatch(text, trigger.end, p.start)
                                  and _WHOSE_GOODS.fullmatch(text, p.end, goods_after[0].start)), None)
        if supplier is not None and recipient is not None and source is not None and supplier is not source \
                and source.start > trigger.end and same_party(supplier, recipient) \
                and not same_party(source, recipient):
            # "An Iranian agent smuggled carbon fibre from the United States to Iran": a subject of the country the
            # goods were sent to, with where they came from named, acted for the side that got them.
            supplier = source
    principal = next((p for p in clause.parties if trigger.end <= p.start < clause.end
                      and _ON_BEHALF.search(text, trigger.end, p.start)), None)
    if principal is not None and not clause.passive and trigger.role != "seize":
        # "sold zinc on behalf of Iran", "purchased lathes on behalf of North Korea": the side a broker or a front
        # company acted for is the seller or the buyer, not the broker's own country.
        if role == "receive" and (supplier is None or not same_party(principal, supplier)):
            recipient = principal
        elif role in ("give", "supply", "send") and _TO_AGENTS.search(text, trigger.end, principal.start):
            # "sold cloth to firms trading on behalf of North Korea": the bodies the goods went to
            # acted for that side, which received them.
            recipient = principal
        elif role in ("give", "supply", "send") and (recipient is None or not same_party(principal, recipient)):
            supplier = principal
    return supplier, recipient, chosen_goods


# Lease words that take the goods in when the lessor follows "from".
_LEASED_IN = frozenset({"leased", "leasing", "rented", "renting"})
# "... to Kim as a gift": between the party given to and the transfer noun.
_AS_THE_NOUN = re.compile(r"\s+as\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?")
# A party a preposition governs is no subject.
_TO_OR_FOR = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_COMMA = re.compile(r",\s*$")
_GOVERNED = re.compile(r"\b(?:to|for|of|from|with|in|at|by|into|on|during|after|before)\s+(?:the\s+|a\s+|an\s+)?$",
                       re.IGNORECASE)
# "called at the port of", "made at least 10 calls between February and October at the port of": a port of call.
_CALLED_AT = re.compile(r"(?:\bcalls?\b[^.;,]{0,60}?\bat|\b(?:called|docked|berthed|arrived|anchored)\s+(?:at|in))\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "called at the port of Haiphong on May 3 carrying rice": a port of call, its time, then what the ship carried there.
_CALLED_THEN = re.compile(r"(?:\s+(?:on|in|last|early|late|this)\s+[\w.]+(?:\s+\d{1,2})?)?,?\s+", re.IGNORECASE)
_ARRIVED_WITH = frozenset({"carrying", "loaded with", "laden with"})
_AT_THE_PORT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
# "... of Pakse and delivered": the words between a port and the verb coordinated after it.
_THEN_AND = re.compile(r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+and\s+(?:then\s+|later\s+|also\s+)?")
# "came to Chile and tried to sell": where sellers went, then what they did there.
_CAME_TO = re.compile(r"\b(?:came|come|comes|coming|went|gone|travell?ed|flew|flown|journeyed)\s+to\s+(?:the\s+)?$",
                      re.IGNORECASE)
_CAME_THEN = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ly\s+)?"
                        r"(?:(?:tried|attempted|sought|offered|wanted|hoped|planned)\s+to\s+)?")
# ", and has provided": a second verb with its auxiliary and no subject of its own.
_AND_HAS = re.compile(r",\s+and\s+(?:has|have|had)\s+(?:also\s+|since\s+|then\s+|later\s+)?$", re.IGNORECASE)
# Between a subject and its verb in the active perfect: "had", "has" or "have" and adverbs ("had also delivered").
# "the tankers had recently been sold": an adverb is no verb, and "been" after it makes the clause passive.
_PERFECT_OF = re.compile(r"\s+(?:had|has|have)(?:\s+(?:also|then|later|already|\w+ly))*\s+(?!been\b)(?!\w+ly\b)"
                         r"[a-z]+", re.IGNORECASE)


def _carrier_subject(text: str, goods: Mention) -> bool:
    """"the ship had delivered only building materials": a ship that is the subject of a verb in the active
    perfect carried the goods; it is not them."""
    return names_carrier(goods) and _PERFECT_OF.match(text, goods.end) is not None


# "Russia reported deliveries of 2,500 tonnes": a country or body reporting its own deliveries is their supplier.
_REPORTS_OWN = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:reported|declared|notified|recorded)\s+"
                          r"(?:its\s+|their\s+)?$", re.IGNORECASE)


def _reporter_of_own(clause: _Clause) -> Mention | None:
    """The party that reports, as its own, the deliveries the transfer noun right after its verb tells."""
    text, trigger = clause.text, clause.trigger
    reporter = next((m for m in reversed(clause.mentions) if m.end <= trigger.start and is_party(m, text)), None)
    if reporter is None or reporter.kind not in ("country", "organization"):
        return None
    return reporter if _REPORTS_OWN.fullmatch(text, reporter.end, trigger.start) else None


def _new_subjects(text: str, triggers: list[Mention], mentions: list[Mention]) -> list[int]:
    """Where a second transfer begins in a sentence: a party right before a verb of transfer in the past,
    after another transfer word ("China sold trucks in March, and Russia sold oil in April")."""
    cuts = []
    for earlier, later in itertools.pairwise(triggers):
        subject = next((m for m in mentions if earlier.end <= m.start and m.end <= later.start
                        and not text[m.end:later.start].strip()
                        and is_party(m, text)), None)
        if subject is not None and PAST_VERB.fullmatch(later.text) and re.search(
                r"(?:,|\band|\bwhile|\bafter|\bbefore|\bsince|;)\s+(?:\w+\s+){0,2}$", text[earlier.end:subject.start]):
            cuts.append(subject.start)
        # "China sold North Korea flour in December, and 25,000 tonnes of maize were sent across the border":
        # goods that are the subject of a second, passive verb of transfer.
        passive = next((m for m in mentions if m.kind == "goods" and earlier.end <= m.start
                        and _PASSIVE_BEFORE_VERB.fullmatch(text, m.end, later.start)), None)
        joined = _AND_AGAIN.search(text, earlier.end, passive.start) if passive is not None else None
        if joined is not None and PAST_VERB.fullmatch(later.text):
            cuts.append(joined.start("rest"))
    return cuts + _second_verbs(text, triggers, mentions)


_SHIP_NAMED_AFTER = re.compile(r"\s*,\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3}\s*,")


_ACCORDING_TO_OPENING = re.compile(r"\s*According\s+to\s+[^,;]{1,150},")


_IN_RETURN_FOR = re.compile(r"\bin\s+(?:exchange|return)\s+for\b", re.IGNORECASE)


def _subordinate(text: str, triggers: list[Mention]) -> list[int]:
    """Where a clause of time or cause with a subject of its own begins: "the Treasury blacklisted the owner on Jan.
    24 after the vessel delivered North Korean coal to Kholmsk" tells the vessel's delivery, and the Treasury is no
    side of it."""
    cuts = []
    for trigger in triggers:
        opened = _SUBORDINATE.search(text, max(0, trigger.start - 60), trigger.start)
        if opened is not None and PAST_VERB.fullmatch(trigger.text):
            cuts.append(opened.start())
    return cuts


_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|once|because)\s+(?:the|a|an|its|their|this|that)\s+"
                          r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PASSIVE_BEFORE_VERB = re.compile(r"\s+(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?")
_AND_AGAIN = re.compile(r"[,;]\s+and\s+(?P<rest>(?:[^,;]|(?<=\d),(?=\d)){0,40})$")


# "shipped gasoil to a North Korean port in 2017 and sold cigarettes to a store the following year", and a
# list of such verbs ("shipped batteries to Nampho in March, sent radar sets to Chongjin in May, and ...").
# "..., and it transferred missile systems to Myanmar": the same subject told again by a pronoun; "and cumulatively
# imported": an adverb before the second verb.
_AND_THEN = re.compile(r"(?:\s+and|,(?:\s+and)?)\s+(?:(?:it|he|she|they)\s+)?(?:then\s+|also\s+|later\s+)?"
                       r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "..., arranged the delivery of bicycles to Sinuiju in June": a verb in the past whose object is a transfer noun.
_AND_ARRANGED = re.compile(r"(?:\s+and|,(?:\s+and)?)\s+(?:then\s+|also\s+|later\s+)?[a-z]+ed\s+(?:the|a)\s+$")


def _subject_supplier(draft: Draft) -> bool:
    """Whether a claim's supplier was read before its transfer word: the subject, not a place after it."""
    told = [e.start for e in draft.evidence if e.field == "supplier"]
    kind = [e.start for e in draft.evidence if e.field == "kind"]
    return bool(told) and (not kind or min(told) < min(kind))


def _took_back(text: str, mentions: list[Mention], before: Draft, after: Draft, sentence: Sentence) -> bool | None:
    """Whether a second verb of the sentence, one of getting joined by "and" to a verb of giving with no subject of its
    own ("sold shells to Laos and received food in return", not "and Laos received"), tells goods coming back in
    return (True) or got from anyone (False); None when it is no such verb."""
    told = [e.start - sentence.start for d in (before, after) for e in d.evidence if e.field == "kind"]
    if len(told) != 2:
        return None
    first, second = (next((m for m in mentions if m.kind == "trigger" and m.start == at), None) for at in told)
    if first is None or second is None or first.role not in ("give", "send", "supply", "smuggle") \
            or second.role != "receive" or not re.search(r"(?:\s+and|,\s*and)\s+(?:then\s+|also\s+|later\s+)?$",
                                                        text[:second.start]):
        return None
    return bool(_IN_RETURN_AFTER.search(text, second.end))


def _second_verbs(text: str, triggers: list[Mention], mentions: list[Mention]) -> list[int]:
    """Where a second transfer of the same subject begins: a verb of transfer in the past after "and", each
    verb with goods of its own ("shipped gasoil to a port in 2017 and sold cigarettes the following year")."""
    cuts = []
    roles = ("give", "send", "supply", "smuggle", "receive")
    for earlier, later in itertools.pairwise(triggers):
        joined = _AND_THEN.search(text, earlier.end, later.start)
        if joined is None and later.text.lower() in _TRANSFER_NOUNS and re.match(r"\s+of\b", text[later.end:]):
            joined = _AND_ARRANGED.search(text, earlier.end, later.start)
        elif joined is not None and not PAST_VERB.fullmatch(later.text):
            joined = None
        if joined is None or earlier.role not in roles or later.role not in roles \
                or not (PAST_VERB.fullmatch(earlier.text) or earlier.text.lower() in _TRANSFER_NOUNS):
            continue
        between = [m for m in mentions if earlier.end <= m.start and m.end <= joined.start()]
        following = next((m for m in mentions if m.start >= later.end and m.kind in ("goods", "trigger")), None)
        # ", and it transferred": a subject told again opens a clause of its own, whatever the first one's goods.
        again = re.search(r"\b(?:it|he|she|they)\s", joined.group(0), re.IGNORECASE) is not None
        if (again or any(m.kind == "goods" for m in between)) and any(m.kind == "toward" for m in between) \
                and following is not None and following.kind == "goods":
            cuts.append(joined.start())
    return cuts


# "he gave", "it had shipped", "she also sold": a pronoun as the subject of the transfer word.
# "the secretive Communist state", "the isolated country": a news epithet for the country told before; "the country"
# alone stands for it too.
EPITHET = (r"[Tt]he\s+(?:(?:(?:[a-z][a-z-]+|Communist|Stalinist)\s+){1,3}(?:state|country|nation|regime|kingdom)|"
           r"country)(?!\s+of\b)")
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:and|[Bb]ut|then|later|where|when|after|month|year|week|day|"
                             r"[A-Z][a-z]+day|\d{4})\s+|^\W*|\bthat\s+|"
                             # "Hanoi said it shipped rice to Laos": the speaker told of its own transfer.
                             r"(?<=\bsaid )|(?<=\bsays )|(?<=\bstated )|(?<=\bannounced )|(?<=\badded )|"
                             r"(?<=\bconfirmed )|(?<=\backnowledged )|(?<=\badmitted ))"
                             r"(?P<pronoun>[Hh]e|[Ss]he|[Ii]t|they|" + EPITHET + r")\s+(?:(?:has|had|have|also|then|"
                             r"later|"
                             r"reportedly|allegedly|personally|secretly|once|again|since|"
                             # "It had last shipped oil there in 2020": when the transfer before it was.
                             r"last|first|previously|already|earlier|recently|"
                             # "Hanoi said it had never sold rifles to Laos": the speaker's own transfer, denied.
                             r"never|ever|"
                             # "Beijing said it would provide rice to Laos": its own transfer, pledged.
                             r"will|would)\s+){0,3}"
                             # "has since then at least three times shipped coal": how often.
                             r"(?:(?:at\s+least\s+)?(?:twice|[a-z]+\s+times)\s+)?"
                             # "In Malawi, it signed a $4 million contract to supply radar": the subject of the
                             # contract is the supplier.
                             r"(?:signed\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:contract|deal)\s+to\s+)?$")
# "officials said they had shipped": "they" after a saying verb, the speakers' own transfer.
# The two Congos named in full: a report that names only the first means it by "Congo".
_DRC_NAMED = re.compile(r"\b(?:Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|DR\s*Congo|DRC|Congo-Kinshasa|Kinshasa)\b")
_CONGOLESE = re.compile(r"\bCongolese\b")
_ROC_NAMED = re.compile(r"(?<!Democratic )\bRepublic\s+of\s+(?:the\s+)?Congo\b|\bCongo-Brazzaville\b|\bBrazzaville\b|"
                        r"\bCongo\s+Republic\b")
_WHEN_THEY = re.compile(r"(they)\s+(?:had\s+)?(?:\w+ly\s+)?$")
_WHEN_BEFORE = re.compile(r"\bwhen\s+$")
_SAID_THEY = re.compile(r"\b(?:said|says|stated|announced|added|confirmed|acknowledged|admitted)\s+$")
# "as the ship is thought to have handed over oil", "These companies had been involved in illicitly shipping":
# a ship or a body named again by its kind alone, as the subject of the transfer word.
_DEFINITE_BEFORE = re.compile(r"(?:^|[,;]\s*|(?<=\.\s)|"
                              r"\b(?:and|[Bb]ut|then|later|where|when|after|as|because|since|while|that)\s+|"
                              r"^\W*)(?P<pronoun>(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<ship>vessel|ship|tanker|freighter)|"
                              r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:company|firm)|"
                              r"(?:[Tt]hese|[Tt]hose|[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:companies|firms))\s+"
                              r"(?:(?:has|have|had|is|are|was|were|also|then|later|reportedly|allegedly|illegally|"
                              r"illicitly|secretly|since|again)\s+){0,3}"
                              r"(?:(?:believed|suspected|alleged|said|thought|reported|found)\s+to\s+have\s+)?"
                              r"(?:been\s+)?(?:(?:engaged|involved)\s+in\s+)?(?:[a-z]+ly\s+)?$")
# "the two leaders", "both sides": the parties of an exchange told just before.
_BOTH_SIDES = re.compile(r"\b(?:the two|both)\s+(?:leaders|sides|countries|governments|presidents|men|heads of state|"
                         r"delegations)\b", re.IGNORECASE)
_IN_RETURN_AFTER = re.compile(r"\bin (?:return|exchange)\b(?! for)", re.IGNORECASE)
# ", which had exported": a relative clause, its subject the party just before it.
_RELATIVE = re.compile(r",\s*(?:which|who|that)\s*$")
# ", which arrived in Busan on July 21 to have its hull repaired, is suspected of": a relative clause
# opened after the subject and closed before the main verb.
_RELATIVE_OPENING = re.compile(r",\s*(?:which|who)\s+$")
_RELATIVE_CLOSING = re.compile(r",\s+(?=(?:is|are|was|were|has|have|had|then|later|also|allegedly|reportedly|"
                               r"secretly|itself)\b|[a-z]+ed\b|sold\b|sent\b|gave\b|took\b|brought\b)")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|off|of|via)\s+(?:the\s+)?$", re.IGNORECASE)
# "imports of fans", "exports of rice": the nouns that tell a flow, and its way.
_FLOW_NOUNS = {"import": "import", "imports": "import", "export": "export", "exports": "export"}
# How many paragraphs back a trade told as going on may be whose goods a sentence lists ("The banned items include").
_LISTED_REACH = 3
# How many sentences back an epithet whose sentence before names no state may reach for the last transfer told.
_EPITHET_REACH = 3


# "luxury items that the rulers of Laos had unsuccessfully tried to buy": goods, then who sought them in a relative
# clause ("luxury items the rulers of isolated Laos tried to buy": a word may describe the buyer's country).
_SOUGHT_BY = re.compile(r"\s*,?\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?[\w-]+\s+of\s+(?-i:[a-z][\w-]*\s+)?)?$",
                        re.IGNORECASE)
_SOUGHT = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:unsuccessfully|secretly|repeatedly)\s+)?"
                     r"(?:(?:attempted|tried|sought|wanted|planned)\s+to\s+)?(?:buy|bought|purchase|purchased|order|"
                     r"ordered|procure|procured)\b", re.IGNORECASE)


def _buyer_after(text: str, goods: Mention, mentions: list[Mention]) -> Mention | None:
    """The party a relative clause on the goods says bought or sought them, or None."""
    return next((m for m in mentions if goods.end < m.start <= goods.end + 40 and is_party(m, text)
                 and _SOUGHT_BY.fullmatch(text, goods.end, m.start) and _SOUGHT.match(text, m.end)), None)


# "previously owned by", "of which five were once owned by": the words before the goods' earlier holder.
_OWNED_BEFORE = re.compile(r"\b(?:(?:previously|formerly|once|originally|earlier)\s+owned|(?:were|was)\s+"
                           r"(?:previously\s+|formerly\s+|once\s+)?owned)\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _former_owner(text: str, goods: Mention, mentions: list[Mention]) -> Mention | None:
    """The party the sentence says held the goods before (told after them), or None."""
    return next((m for m in mentions if goods.end <= m.start <= goods.end + 160 and is_party(m, text)
                 and _OWNED_BEFORE.search(text, max(goods.end, m.start - 60), m.start)), None)


# ", including brandy and stage lighting": the goods named after the clause that tells who sought them.
_INCLUDING_AFTER = re.compile(r"[^,.;]{0,40}?,\s+(?:including|such as|among them)\s+", re.IGNORECASE)


def _listed_after_buyer(text: str, buyer: Mention, mentions: list[Mention]) -> list[Mention]:
    """The goods listed after the verb of seeking that follows `buyer` ("..., including brandy and boots")."""
    sought = _SOUGHT.match(text, buyer.end)
    including = _INCLUDING_AFTER.match(text, sought.end()) if sought is not None else None
    if including is None:
        return []
    goods = [m for m in mentions if m.kind == "goods" and m.start >= including.end()]
    first = next((g for g in goods if not text[including.end():g.start].strip(" ,")
                  or len(text[including.end():g.start]) <= 25), None)
    return goods_listed([g for g in goods if first is not None and g.start >= first.start], text)


def _relative_subject(clause: _Clause) -> Mention | None:
    """"the cargo ship Wise Honest, which had exported coal": the party a relative clause hangs on is its subject."""
    if clause.before or not PAST_VERB.fullmatch(clause.trigger.text):
        return None
    relative = _RELATIVE.search(clause.text, 0, clause.start)
    if relative is None:
        return None
    # "the embassy in Pyongyang, which ...": a place after a preposition is where, not who; but "delivered wheat
    # to North Korea, which in return sent shells": who the goods went to may answer.
    return next((m for m in clause.mentions if m.end == relative.start() and is_party(m, clause.text)
                 and not _PLACE_BEFORE.search(clause.text, 0, m.start)), None)


# "cargo planes that had landed at Shenyang flew home loaded with masks": the carrier goes back where it came from.
_HOMEWARD = re.compile(r"\b(?:flew|flown|flying|sailed|sailing|returned|returning|headed|heading|went|came|"
                       r"travell?ed|set off)\s+(?:back\s+)?home\b|\b(?:flew|sailed|returned|headed)\s+back\b",
                       re.IGNORECASE)


# "headed for their homeland", "returned to its home port": the carriers' own country is where they went.
_HOMELAND = re.compile(r"\b(?:headed|heading|sailed|sailing|returned|returning|went|bound|steamed)\s+(?:back\s+)?"
                       r"(?:for|to)\s+(?:their|its)\s+(?:homeland|home\s+country|home\s+ports?)\b", re.IGNORECASE)
_CARRIERS_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:ships|vessels|tankers|freighters|boats|planes|aircraft|trucks)\b",
                             re.IGNORECASE)


def _homeward(clause: _Clause, supplier: Mention | None,
              recipient: Mention | None) -> tuple[Mention | None, Mention | None]:
    """A carrier that arrived somewhere and went home loaded with goods took them from where it arrived to
    its own country ("North Korean cargo planes that had landed at Shenyang flew home loaded with masks")."""
    text, trigger = clause.text, clause.trigger
    if recipient is None and supplier is not None and supplier.kind == "country" and _HOMELAND.search(text):
        # "North Korean tankers that left Russia with diesel headed for their homeland": the goods went from
        # where the carriers left to the carriers' own country.
        carrier = next((p for p in clause.mentions if p.kind == "country" and p.detail.startswith("demonym")
                        and p.value != supplier.value
                        and (p.role == "vessel" or _CARRIERS_AFTER.match(text, p.end))), None)
        if carrier is not None:
            return supplier, Mention("country", carrier.start, carrier.end, carrier.text, carrier.value,
                                     carrier.value, detail="name")
    if not clause.carrying or recipient is None or recipient.end > trigger.start \
            or not _HOMEWARD.search(text, recipient.end, trigger.start):
        return supplier, recipient
    carrier = next((p for p in clause.mentions if p.kind == "country" and p.detail.startswith("demonym")
                    and p.end <= recipient.start and p.value != recipient.value), None)
    home = None if carrier is None else Mention("country", carrier.start, carrier.end, carrier.text, carrier.value,
                                                carrier.value, detail="name")
    # The carrier read as the supplier of what it carries goes home with it: where it landed supplied the goods.
    away = recipient if supplier is None or (carrier is not None and supplier.start == carrier.start) else supplier
    return away, home


# "a North Korean ship carrying coal", "a bulk carrier loaded with coal": the ship and what it holds.
_SHIP_LADEN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had been)\s+)?(?:carrying|loaded\s+with|"
                         r"laden\s+with|with\s+(?:a\s+cargo\s+of\s+)?(?:\d[\d,.]*\s+(?:tonnes|tons)\s+of\s+)?)",
                         re.IGNORECASE)


# Right before a place: "arrived in", "arrived at the port of", "reached".
_ARRIVED_IN = re.compile(r"\b(?:arrived|arrives|arriving|arrive)\s+(?:in|at)\s+"
                         r"(?:the\s+(?:port|city|harbou?r)\s+of\s+)?$|\breached\s+$", re.IGNORECASE)


# After a country: its possessive, then words that describe the goods right after ("'s first state-funded ").
_OWNED_GOODS = re.compile(r"['’]s?\s+(?:(?:first|new|latest|own|[\w]+-(?:funded|financed|made))\s+){0,3}")


# "the South's sugar", "Russia's new wheat": the goods a country has, told with a possessive.
_OWNED_BEFORE_GOODS = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")


def _state(party: Mention) -> bool:
    """Whether a party is a country named as itself ("North Korea", "Pyongyang"), not a ship or body of it."""
    return party.kind == "country" and not party.detail.startswith("demonym") and party.detail != "place"


def _follow_carriage(clause: _Clause, supplier: Mention | None,
                     recipient: Mention | None) -> tuple[Mention | None, Mention | None]:
    """The sides as the goods' journey tells them: its last stop, where they were smuggled in or unloaded,
    where their carrier was bound, and the country of the ship that carried them."""
    text, trigger, role, group, mentions = clause.text, clause.trigger, clause.role, clause.group, clause.mentions
    parties, source = clause.parties, clause.source
    if supplier is not None and supplier.end <= trigger.start and _ARRIVED_IN.search(text, 0, supplier.start):
        # "2,000 tons of wheat arrived in Laos on Monday, along with 900 tons delivered a week before": where goods
        # arrived is where they went, never where they came from.
        if recipient is None:
            recipient = supplier
        supplier = None
    if supplier is not None and supplier.kind == "vessel" and supplier.country is None \
            and supplier.end <= trigger.start and role in ("give", "send", "supply") \
            and source is not None and source.country is not None:
        # "the Palau-flagged Jian Fu delivered coal after sailing from Nampo in North Korea": a ship of no side (its
        # flag one of convenience, or none told) carries the goods; where it brought them from supplies them.
        supplier = source
    if supplier is not None and supplier.end <= trigger.start and role in ("send", "smuggle") \
            and trigger.text.lower() in _SHIPPING and source is not None and source.kind == "country" \
            and source.detail == "name" and source.country is not None and source.country != supplier.country \
            and (recipient is None or recipient.country != source.country) and source.start > trigger.end:
        # "A Chinese firm shipped coal from North Korea to Vietnam": the country the goods were shipped out of,
        # named as a country, is their origin and the supplier side; the firm that moved them is the carrier.
        supplier = source
    if recipient is not None and role in ("give", "send", "supply", "smuggle"):
        recipient = last_stop(text, mentions, recipient)
    if role == "smuggle" and recipient is None and re.match(r"\s+in\b", text[trigger.end:]):
        # "vehicles, which are likely smuggled in": brought into the country of whom the sentence is about.
        recipient = next((p for p in parties if p.end <= trigger.start), None) or first_party(text, mentions)
    carrying = clause.carrying
    if recipient is None and any(t.text.lower() in _UNLOADING for t in group):
        # "unloaded 3,000 tonnes of diesel at the port of Nampho": where goods are unloaded they arrive.
        recipient = next((p for p in parties if p.start > trigger.end and p.kind == "country" and re.search(
            r"\b(?:at|in|off|near)\s+(?:the\s+(?:port|city|harbou?r|coast)\s+of\s+)?$", text[:p.start])), None)
    if carrying and recipient is None:
        # "Russian ships arriving in Rajin carried vehicles": where the carrier was bound is the recipient.
        recipient = party_after_cue(text, mentions, "toward", [p for p in parties if p.end <= trigger.start],
                                    trigger.start)
    if carrying and supplier is not None and supplier is not source and not (
            source is None and _state(supplier) and SUBJECT_GAP.fullmatch(text, supplier.end, trigger.start)):
        # "The tanker was carrying oil", "trips between Rajin and the Russian ports, carrying
        # containers": what carries the goods, and where it sails, do not supply them; where it
        # carried them from does. A state, the subject of the verb, that transports goods from nowhere else
        # ("North Korea transported its coal to a third country") sends them.
        supplier = source
    if (carrying or clause.seizing) and (supplier is None) != (recipient is None):
        # "a North Korean ship that sailed from Cuba", "a Russian ship unloaded trucks at the port": a ship
        # of one country carrying goods to or from another is that country's side (a flag of convenience,
        # "Togo-flagged", is no side).
        ship = next((p for p in mentions if is_party(p, text) and _ship_of_a_country(p)
                     and not (p.kind != "vessel" and _FLAG.search(p.text))), None)
        known = supplier or recipient
        if ship is not None and known is not None and ship.country != known.country:
            if supplier is None:
                supplier = ship
            else:
                recipient = ship
    if carrying and supplier is None and recipient is None and any(t.text.lower() in _UNLOADING for t in group):
        # "the North Korean-flagged Ka Rim Chon unloaded 3,000 tons of coal off Ningbo": a ship that unloads
        # its cargo where no side is named brings it from its own country.
        supplier = next((p for p in mentions if p.end <= trigger.start and is_party(p, text)
                         and _ship_of_a_country(p)), None)
    if clause.seizing and supplier is None and recipient is None:
        # "seized 30,000 grenades aboard a North Korean freighter off Suez", "seized a North Korean ship carrying
        # coal": goods seized on a ship of a country, where no side is named, come from that country.
        supplier = next((p for p in mentions if p.start >= trigger.end and is_party(p, text)
                         and p.kind == "country" and _ship_of_a_country(p) and not _FLAG.search(p.text)
                         and (re.search(r"\b(?:aboard|on board|on|from)\s+$", text[:p.start])
                              or (_SHIP_LADEN.match(text, p.end) is not None and not any(
                                  o.kind == "country" and p.end <= o.start < clause.end for o in mentions)))), None)
    if supplier is None and recipient is not None and clause.passive and role in ("give", "send", "supply") \
            and clause.source is None and clause.agent is None:
        owner = next((p for p in clause.before if p.kind == "country" and _state(p) and p.country is not None
                      and p.country != recipient.country and (owned := _OWNED_GOODS.match(text, p.end)) is not None
                      and any(g.start == owned.end() for g in clause.goods)), None)
        if owner is not None:
            # "Some of Japan's rice aid will be delivered to Laos", "Pyongyang's shells were shipped to Syria": the
            # country whose goods were sent to another sent them.
            supplier = owner
    return _homeward(clause, supplier, recipient)


def _ship_of_a_country(ship: Mention) -> bool:
    """Whether a mention is a ship whose country may be a side: a named ship with a country, or a ship told by its
    country ("a North Korean tanker") unless that is an open registry's ("a Panamanian vessel" names the ship's
    registry and no side of the goods it carries)."""
    if ship.kind == "vessel":
        return ship.country is not None
    return ship.kind == "country" and ship.detail == "demonym-party" and ship.role == "vessel" \
        and ship.country not in load_lexicon().open_registries


def _carrier_side(clause: _Clause, supplier: Mention) -> Mention | None:
    """The country of a ship, other than the supplier's, that carries the goods (no flag of convenience)."""
    text = clause.text
    ship = next((p for p in clause.mentions if is_party(p, text) and _ship_of_a_country(p)
                 and not _FLAG.search(p.text)), None)
    if ship is None or ship.country is None or ship.country == supplier.country:
        return None
    # The ship carries; its country, not the ship, is the side.
    return Mention("country", ship.start, ship.end, ship.text, ship.country, ship.country, detail="name")


# ", which it entered on Oct. 2", ", where it docked on May 3": when the ship came into the port told just before.
_ENTERED_ON = re.compile(r",\s+(?:which|where)\s+(?:it|she|the\s+(?:ship|vessel|tanker|freighter))\s+"
                         r"(?:entered|reached|arrived|docked|berthed|called)\s+(?:on\s+|in\s+)?")
# "transfers of diesel with the tanker Zawiya", "a transfer with Libyan tankers": the ship a transfer was made with.
_WITH_A_SHIP = re.compile(r"(?:\s+(?:of\s+)?[^,;]{0,60}?)?\s+with\s+(?:the\s+|a\s+|an\s+|another\s+|other\s+|two\s+|"
                          r"several\s+|one\s+of\s+the\s+)?$", re.IGNORECASE)
# "a North Korean tanker and another ship ... transferring fuel": two ships told together as who transferred.
_AND_ANOTHER_SHIP = re.compile(r"^\s+and\s+(?:another|a|an|the|other|one)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:ship|vessel|tanker|freighter|boat)s?\b", re.IGNORECASE)
_SHIP_WORDS = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|boats?|carriers?)$", re.IGNORECASE)


# "... to smuggle diesel", "... to buy fertilizer": the errand ships were sent on, goods to bring back.
_ERRAND = re.compile(r"\bto\s+(?:smuggle|buy|purchase|load|import|fetch|collect|pick\s+up|bring\s+back|take\s+on)"
                     r"(?:\s+(?:in|back|home))?\s+(?:[\w,.-]+\s+){0,4}?$", re.IGNORECASE)


def _ships_sent_for(clause: _Clause, goods: list[Mention]) -> list[Mention] | None:
    """The goods ships told as the goods of a sending were sent to fetch ("sent tankers to Nakhodka to smuggle
    diesel"), when the goods told first name ships."""
    text, trigger = clause.text, clause.trigger
    ships = list(itertools.takewhile(lambda g: _SHIP_WORDS.search(g.text) is not None, goods))
    if clause.passive or not ships or ships[0].start < trigger.end:
        return None
    for mention in clause.mentions:
        if mention.kind == "goods" and mention.start > ships[-1].end and not _SHIP_WORDS.search(mention.text) \
                and _ERRAND.search(text, ships[-1].end, mention.start) and ";" not in text[ships[-1].end:mention.start]:
            return [mention]
    return None


def _a_ship_mention(mention: Mention) -> bool:
    """A ship named or told by its kind ("the tanker Zawiya", "Libyan tankers", "another vessel")."""
    return mention.kind == "vessel" or (mention.kind in ("country", "goods", "organization")
                                        and _SHIP_WORDS.search(mention.text) is not None)


def _between_ships(clause: _Clause, kinds: list[str], supplier: Mention | None, recipient: Mention | None,
                   lexicon: Lexicon) -> Mention | None:
    """The other ship of a ship-to-ship transfer told "with" it, or told by two ships together, when no word says
    which of them gave the goods ("to", "from", "received", "took on")."""
    text, trigger = clause.text, clause.trigger
    if not {"ship-to-ship", "transfer"} & set(kinds) or clause.role != "send" or clause.passive:
        return None
    if recipient is not None and recipient.start >= trigger.end:
        return None  # "transferred fuel to the Zawiya": the ship the goods went to is told
    for mention in clause.mentions:
        if trigger.end <= mention.start < clause.end and _a_ship_mention(mention) \
                and _WITH_A_SHIP.fullmatch(text, trigger.end, mention.start) \
                and not re.search(r"\b(?:to|into|from|by)\b", text[trigger.end:mention.start]):
            return mention
    if supplier is not None and supplier.end <= trigger.start and _a_ship_mention(supplier) \
            and (other := _AND_ANOTHER_SHIP.match(text[supplier.end:trigger.start])) is not None:
        return Mention("goods", supplier.end + other.start(), supplier.end + other.end(), other.group().strip())
    return None


# "a transfer of diesel between a Chinese tanker and a North Korean tanker": the two ships the transfer was made
# between, told after it.
_BETWEEN_A_SHIP = re.compile(r"(?:\s+(?:of\s+)?[^,;]{0,60}?)?\s+between\s+(?:the\s+|a\s+|an\s+|two\s+)?$",
                             re.IGNORECASE)
_AND_A_SHIP = re.compile(r"\s+and\s+(?:the\s+|a\s+|an\s+|another\s+)?", re.IGNORECASE)
# Goods whose way between a North Korean ship and another the report need not tell: refined petroleum and fuel go to
# the North Korean ship, coal comes from it (what every report of such transfers at sea describes).
_FUEL = re.compile(r"\b(?:oil|oils|fuel|fuels|diesel|petrol|gasoline|petroleum|kerosene|naphtha|gasoil|"
                   r"petrochemicals?)\b", re.IGNORECASE)
_COAL = re.compile(r"\b(?:coal|anthracite)\b", re.IGNORECASE)
# The noun of a transfer made at sea, not a verb of sending or selling.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "shipping in large amounts of diesel": a verb of shipping followed by "in" and the goods.
_SHIPPING_IN = re.compile(r"(?:ship|ships|shipped|shipping)\s+in\s+(?:[\w,.-]+\s+){0,5}?$", re.IGNORECASE)
_TRANSFER_AT_SEA = re.compile(r"^(?:ship-to-ship\s+)?transfers?$|^STS$", re.IGNORECASE)


def _ships_between(clause: _Clause, kinds: list[str]) -> tuple[Mention, Mention] | None:
    """The two ships a ship-to-ship transfer is told "between" ("a transfer of fuel between a Chinese tanker and a
    North Korean tanker"), who gave and took the goods rather than who watched."""
    text, trigger = clause.text, clause.trigger
    if not {"ship-to-ship", "transfer"} & set(kinds) or clause.role != "send" or clause.passive:
        return None
    ships = [m for m in clause.mentions if m.start >= trigger.end
             and (_a_ship_mention(m) or re.search(r"\bbarges?$", m.text, re.IGNORECASE))]
    for first, second in itertools.pairwise(ships):
        if _BETWEEN_A_SHIP.fullmatch(text, trigger.end, first.start) \
                and not re.search(r"\b(?:to|into|from|by)\b", text[trigger.end:first.start]) \
                and _AND_A_SHIP.fullmatch(text, first.end, second.start):
            return first, second
    return None


# "after a warning from Washington that the tanker had passed on diesel", "a tip from Japan that": who told of
# the transfer, not who made it.
_WORD_FROM = re.compile(r"\b(?:intelligence|information|a\s+tip|tip-off|tips|word|warnings?|evidence|reports?|"
                        r"data)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"(?:\s+(?:government|officials|authorities|intelligence))?\s*,?\s+that\b", re.IGNORECASE)


# "met a North Korean tanker at sea to sell it fuel", "a meeting with a North Korean vessel ... to sell it diesel":
# the ship met, then a verb of selling whose "it" is that ship.
_MET_A_SHIP = re.compile(r"\b(?:met|meets|meet|meeting|rendezvous(?:ed)?|with|alongside)\s+$", re.IGNORECASE)
_TO_IT = re.compile(r"\s+(?:it|them)\b(?!\s+(?:to|for|on|in|at)\b)", re.IGNORECASE)


def _ship_met(clause: _Clause, supplier: Mention | None) -> tuple[Mention | None, Mention] | None:
    """The ship that met another at sea to be sold goods ("a Chinese tanker met a North Korean tanker to sell it
    fuel"): the ship told first sells, the ship met, which "it" stands for, buys; "met a North Korean vessel at sea
    to sell fuel to the regime": the ship met buys, whoever the seller."""
    text, trigger = clause.text, clause.trigger
    if supplier is None or clause.role != "give" or clause.passive or not _a_ship_mention(supplier) \
            or supplier.end > trigger.start or not _MET_A_SHIP.search(text, 0, supplier.start):
        return None
    seller = next((m for m in clause.mentions if m.end <= supplier.start and _a_ship_mention(m)
                   and not re.search(r"[;:]", text[m.end:supplier.start])), None)
    if _TO_IT.match(text, trigger.end):
        return (seller, supplier) if seller is not None else None
    if supplier.country == "KP" and _TO_SELL_AFTER_MEETING.fullmatch(text, supplier.end, trigger.start):
        return (seller if seller is not None and seller.country != supplier.country else None), supplier
    return None


# "... a North Korean vessel several times on the high seas to sell": the errand of the meeting, no clause between.
_TO_SELL_AFTER_MEETING = re.compile(r"[^,;:.]{0,80}?\bto\s+$", re.IGNORECASE)


def _given_by_goods(ships: tuple[Mention, Mention], goods: list[Mention]) -> tuple[Mention, Mention] | None:
    """Who gave and who took in a transfer between a North Korean ship and another, told with no word of which way:
    the North Korean ship takes fuel and gives coal."""
    korean = [s for s in ships if s.country == "KP"]
    if len(korean) != 1 or not goods:
        return None
    other = ships[1] if korean[0] is ships[0] else ships[0]
    words = " ".join(g.text for g in goods)
    if _FUEL.search(words) and not _COAL.search(words):
        return other, korean[0]
    if _COAL.search(words) and not _FUEL.search(words):
        return korean[0], other
    return None


# "allowed Kim to keep importing", "would continue to sell", "if it keeps shipping": a trade that may go on, not one
# told as going on.
_NOT_STATED = re.compile(r"\b(?:to|would|will|could|can|may|might|should|must|shall|cannot|not|never|if|whether|unless|"
                         r"allowed|allow|allows|let|lets|urged|urges)\s+(?:\w+\s+)?$", re.IGNORECASE)


class SentenceReader:
    """Reads one document's sentences into drafts."""

    def __init__(self, document: SourceDocument, lexicon: Lexicon) -> None:
        self.document = document
        self.lexicon = lexicon
        self.reference = document.date
        self.drafts: list[Draft] = []
        self._sentences: list[Sentence] | None = None
        self.last_dates: list[tuple[DateMention, Sentence]] = []
        self.previous: tuple[str, list[Mention]] = ("", [])  # the sentence read last, with its mentions
        # A gift or exchange told without its goods ("exchanged gifts on Wednesday"): its date and people.
        self.occasion: tuple[DateMention, Sentence, set[str]] | None = None
        # A transfer told with its sides but not its goods ("Two shipments to Syria were intercepted"), which the
        # next sentence may fill in ("The shipments, which contained valves, ...").
        self.goodsless: Draft | None = None
        # The last sentence with a transfer word, its index and kinds: "seized in two incidents" before "The first
        # instance involved ...".
        self.told: tuple[int, Sentence, list[str]] | None = None
        # The ships named so far, each with its flag's country (None for an open registry's).
        self.ships: dict[str, str | None] = {}
        self.index = 0  # the sentence being read
        # A trade told as going on with one side and goods named only as goods, which a later sentence may list.
        self.going_trade: Draft | None = None
        self._drc: bool | None = None

    def _congo_is_drc(self) -> bool:
        """Whether the report names the Democratic Republic of the Congo in full and never the Republic of the Congo."""
        if self._drc is None:
            text = self.document.text
            self._drc = bool(_DRC_NAMED.search(text)) and not _ROC_NAMED.search(text)
        return self._drc

    def _congolese_parties(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Congolese army officers" in a report that means the Democratic Republic by "Congo": a party of it."""
        added = []
        for found in _CONGOLESE.finditer(text):
            noun = self.lexicon.party_noun_after(text, found.end())
            if noun is None or any(m.start < noun[1] and found.start() < m.end for m in mentions
                                   if m.kind in ("country", "person", "organization", "vessel")):
                continue
            added.append(Mention(kind="country", start=found.start(), end=noun[1], text=text[found.start():noun[1]],
                                 value="CD", country="CD", role=noun[0], detail="demonym-party"))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def sentences(self) -> list[Sentence]:
        """The report's sentences, without headings, page furniture and repeats (split once, kept)."""
        if self._sentences is not None:
            return self._sentences
        seen: set[str] = set()
        kept: list[Sentence] = []
        for sentence in split_sentences(self.document.text):
            if sentence.heading or self.document.is_furniture(sentence.start, sentence.end):
                continue
            key = re.sub(r"\s+", " ", sentence.text.strip().lower())
            if key in seen:
                continue
            seen.add(key)
            kept.append(sentence)
        self._sentences = kept
        return kept

    def read(self) -> list[Draft]:
        sentences = self.sentences()
        for index, sentence in enumerate(sentences):
            self.index = index
            self._sentence(index, sentence)
        if not self.drafts and len(sentences) <= 3:
            # "Photos show oil products handed over to North Korea" over a body of a few lines that tells no
            # transfer: the report's title, its first lines before the body, tells it in brief. A longer body that
            # tells none is not summed up by its title.
            first = sentences[0].start if sentences else len(self.document.text)
            titles = [s for s in split_sentences(self.document.text) if s.heading and s.end <= first
                      and not self.document.is_furniture(s.start, s.end) and not _DATE_LINE.match(s.text)][:2]
            for index, title in enumerate(titles, start=len(sentences)):
                self.index = index
                self._sentence(index, title)
            # "Crackdown on smuggled goods": a title that names no goods in particular tells no claim.
            self.drafts = [d for d in self.drafts if not all(self.lexicon.generic(g) for _, g in d.goods)]
        return self.drafts

    # -- one sentence -------------------------------------------------------------------------

    def _sentence(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        mentions = sentence_mentions(text, self.lexicon, self.ships)
        mentions = self._epithet_told_before(text, mentions)
        if self._congo_is_drc():
            # "the Democratic Republic of the Congo ... arms sent to the Congo": a report that names one Congo in
            # full means it by the short name.
            mentions = [replace(m, value="CD", country="CD") if m.kind == "country" and m.country == "CG"
                        and m.text.lower() in ("congo", "the congo") else m for m in mentions]
            mentions = self._congolese_parties(text, mentions)
        for ship in mentions:
            if ship.kind == "vessel" and ship.value and ship.value[:1].isupper() \
                    and ship.value not in self.lexicon.countries:
                # "the Togo-flagged Blue Heron ... The Blue Heron unloaded": a ship named alone further on.
                self.ships.setdefault(ship.value, ship.country)
        asked = max((q.start() for q in _QUESTION.finditer(text)), default=-1)
        if asked >= 0:
            # "Could German cars still reach Pyongyang through Dalian?": a question tells no transfer.
            mentions = [m for m in mentions if m.kind != "trigger" or m.start > asked]
        dates = find_dates(text, reference=self.reference, anchor=self._anchor(text))
        goodsless, self.goodsless = self.goodsless, None
        if goodsless is not None and goodsless.index == index - 1 and _FRAGMENT.fullmatch(text):
            # "by the vessel Sea.M.V. Pae A'. The cargo – 40 cases of rocket parts – ...": a ship's name cut at its dots
            # leaves a fragment between the load and its goods.
            self.goodsless = replace(goodsless, index=index)
            return
        flows: list[Draft] = []
        if goodsless is not None and goodsless.index == index - 1 and contents(goodsless, sentence, mentions,
                                                                                self.lexicon, flows):
            self.drafts.extend(flows or [goodsless])
            if (listed := top_items_told(text)) is not None:
                # "The top export items, besides staples such as rice, were ...": the words before the list tell the
                # flow just told, no transfer of their own.
                mentions = [m for m in mentions if m.kind != "trigger" or m.start >= listed]
        # "It held 40 tractors" after "delivered a cargo to Nampho": the goods of that cargo, and a transfer word in
        # the opening ("The bulk of the products traded was ore") tells no transfer of its own.
        named_contents = contents_opening(self.drafts, index, text, self.lexicon)
        if named_contents is not None:
            mentions = [m for m in mentions if m.kind != "trigger" or m.start >= named_contents.end()]
        # "The shipment of 150 used trucks to Nampho": a transfer told as a noun, not goods referred back to.
        # "The shipment of coal to North Korea was legal", opening a report that told no transfer before: no transfer to
        # refer back to, so the shipment is told here.
        anaphora = [m for m in mentions if m.kind == "goods-anaphora"
                    and not ((_TOLD_AS_NOUN.match(text, m.end) or (not self.drafts and _OF_AFTER.match(text, m.end)))
                             and any(g.kind == "goods" and 0 < g.start - m.end <= 40 for g in mentions))]
        triggers = [m for m in mentions if m.kind == "trigger"
                    and not any(overlaps(m, a) for a in anaphora)
                    and not any(overlaps(m, g) for g in mentions if g.kind in ("goods", "organization", "vessel")
                                and g.start <= m.start and g.end >= m.end and g.end - g.start > m.end - m.start)
                    and not tells_no_transfer(m, mentions, text, self.lexicon)
                    and not (m.role == "seize" and any(overlaps(m, h) for h in mentions if h.kind == "hedge"
                                                       and h.value == ClaimStatus.PLANNED.value))]
        # "jet fuel went from China": a word of moving tells a transfer only with the goods right before it.
        triggers = [m for m in triggers if " ".join(m.text.lower().split()) not in self.lexicon.goods_subject or any(
            g.kind == "goods" and g.end <= m.start and not text[g.end:m.start].strip() for g in mentions)]
        # "shipped sand to China and carried back flour": the way back belongs to the transfer told first.
        triggers = [m for m in triggers if not (takes_back(text, m) and any(t.end <= m.start for t in triggers))]
        # "the finding of rockets concealed beneath a load of sugar": the load that hides goods is their cover, no
        # transfer of its own.
        triggers = [m for m in triggers if not (" ".join(m.text.lower().split()) in _LOADS
                                                and _COVERED_BY.search(text, 0, m.start))]
        not_denials = [m for m in mentions if m.kind == "not-denial"]
        denials = [m for m in mentions if m.kind == "denial" and not any(overlaps(m, n) for n in not_denials)]
        confirmations = [m for m in mentions if m.kind == "hedge" and m.value == ClaimStatus.CONFIRMED.value
                         and not any(overlaps(m, n) for n in not_denials)]
        cuts = sorted({0, *self.lexicon.boundaries(text), *_new_subjects(text, triggers, mentions),
                       *_subordinate(text, triggers), len(text)})
        if (attributed := _ACCORDING_TO_OPENING.match(text)) is not None:
            # "According to photos shown as evidence of the arms trade, a ship loaded ...": the source's words are no
            # goods of the clause after them.
            cuts = sorted({*cuts, attributed.end()})
        # "took place on March 7, seven months after it was revealed that Laos was sending ...": a time told from
        # another event, after a comma, starts a clause of its own.
        cuts = sorted({*cuts, *(m.start() for m in SPAN_AFTER.finditer(text))})
        contrast = contrast_opening(text)
        if contrast is not None and any(t.start >= contrast for t in triggers):
            # "Though trade papers listed rice, jet fuel went from China to North Korea": the clause of contrast
            # gives the transfer told after it neither goods nor sides.
            cuts = sorted({*cuts, contrast})
        if (aside := return_aside(text)) is not None:
            # "Russia, in exchange for the shells, sent North Korea oil": the payment told between the subject and its
            # verb is no clause of its own, and tells no transfer of its own but the one paid back.
            cuts = [c for c in cuts if not aside.start("cue") - 2 <= c < aside.end()]
            triggers = [t for t in triggers if not aside.start("cue") <= t.start < aside.end()]
        told_mentions = mentions if aside is None else [
            m for m in mentions if not aside.start("cue") <= m.start < aside.end()]
        if (fronted := fronted_return(text)) is not None:
            # "In exchange for the shells, Russia provided ...": the goods paid back are no clause of their own.
            cuts = sorted({*cuts, fronted.end()})
        made: list[Draft] = []
        for group in self._group(triggers, cuts):
            draft = self._claim(index, sentence, group, told_mentions, dates, cuts)
            if draft is not None:
                gifts = _gifts_listed(text, mentions, draft) if "gift" in draft.kinds and not made else None
                if gifts is not None:
                    # "a vase presented to Kim by the Thai king, a painting by the Cuban leader": a gift each.
                    for part in gifts:
                        add_evidence(part, group)
                    made.extend(gifts)
                    break
                made.append(draft)
        for before, after in itertools.pairwise(made):
            if after.date is None and before.date is not None and _IN_RETURN_AFTER.search(text, after.evidence[0].start
                                                                                            - sentence.start):
                # "Putin gave Kim a car in June and Kim gave him dogs in return": what is given back is given then.
                after.date, after.date_sentence = before.date, before.date_sentence
                after.evidence.extend(e for e in before.evidence if e.field == "date")
        second = _second_verbs(text, triggers, mentions)
        for before, after in itertools.pairwise(made):
            at = after.evidence[0].start - sentence.start
            if after.supplier is None and before.supplier is not None and _subject_supplier(before) and any(
                    _AND_THEN.fullmatch(text, cut, at) for cut in second):
                # "WBT Trading shipped gasoil to a port in 2017 and sold cigarettes to a store": one subject
                # (not where the first goods were sent from: "shipped batteries from Guangzhou ..., and sold ore").
                took = _took_back(text, mentions, before, after, sentence) if after.recipient is None else None
                if took is not None:
                    # "North Korea sold shells to Laos and received food in return": the subject of a second verb of
                    # getting got the goods; what came back in return came from the one it had supplied.
                    after.recipient = before.supplier
                    after.evidence.extend(e for e in before.evidence if e.field == "supplier")
                    if took and before.recipient is not None:
                        after.supplier = before.recipient
                        after.evidence.extend(e for e in before.evidence if e.field == "recipient")
                    continue
                after.supplier = before.supplier
                after.evidence.extend(e for e in before.evidence if e.field == "supplier")
        for before, after in itertools.pairwise(made):
            if after.supplier is None and after.recipient is None and after.goods and not after.anaphoric \
                    and ((before.supplier is not None and before.recipient is not None)
                         # "Chinese exports of gas climbed to 120 tons, while those of ethanol climbed to 2,900 tons":
                         # the same trade told again of other goods, between the sides told, however many.
                         or ((before.supplier is not None or before.recipient is not None)
                             and before.kinds == after.kinds == ["export"]
                             and _WHILE_TOO.search(text, before.evidence[0].end - sentence.start,
                                                   after.evidence[0].start - sentence.start) is not None)) \
                    and "seizure" not in before.kinds and "seizure" not in after.kinds:
                # "China sold North Korea flour in December, and 25,000 tonnes of maize were sent across the
                # border": a second transfer of the sentence that names no side has the sides of the first, and
                # its time when it tells none.
                after.supplier, after.recipient = before.supplier, before.recipient
                if ((kind := next((e for e in after.evidence if e.field == "kind"), None)) is not None \
                        and _IN_RETURN_AFTER.search(text, kind.end - sentence.start)) \
                        or sorted([*before.kinds, *after.kinds]) == ["export", "import"]:
                    # "... delivered shells to Laos, adding that food had been sent in return": what was sent back
                    # went the other way. "Peru's fuel exports to Chile fell while imports of copper ore sank": the
                    # other way of the same trade, the partner's goods coming in.
                    after.supplier, after.recipient = before.recipient, before.supplier
                after.evidence.extend(e for e in before.evidence if e.field in ("supplier", "recipient"))
                if after.date is None and before.date is not None:
                    after.date, after.date_sentence = before.date, before.date_sentence
                    after.evidence.extend(e for e in before.evidence if e.field == "date")
        for draft in made:
            self._subject_of_the_clause_before(draft, sentence, mentions)
        for draft in made:
            if "gift" in draft.kinds and draft.recipient is None and draft.goods:
                # "the white stallion Lukashenko rode at the parade was a gift from Putin": who the goods are told
                # as ridden, used or worn by, right after them, received the gift.
                goods = draft.goods[0][0]
                user = next((m for m in mentions if m.kind == "person" and not text[goods.end:m.start].strip()
                             and m.start > goods.end and _USED_BY.match(text, m.end)), None)
                if user is not None and _GIFT_FROM.search(text, user.end):
                    draft.recipient = user
                    draft.evidence.append(Evidence("recipient", user.text, sentence.start + user.start,
                                                   sentence.start + user.end, sentence))
        for draft in made:
            told = next((e.start - sentence.start for e in draft.evidence if e.field == "kind"), None)
            if draft.supplier is None and draft.recipient is None and draft.goods and not draft.anaphoric \
                    and draft.follows is None and told is not None \
                    and _ACROSS_THE_BORDER.match(text, told + len(text[told:].split(None, 1)[0])):
                # "China exported spirits to North Korea ... $38,000 worth of vodka was sent across the border in
                # January": goods that crossed the border, with no side named, crossed the one between the sides of
                # the transfer just told.
                draft.follows = next((d for d in reversed(self.drafts) if d.supplier is not None
                                      and d.recipient is not None
                                      and sentence.paragraph - d.sentence.paragraph <= 1), None)
        for draft in made:
            self._flow_of_the_flow_told(draft, sentence)
        for draft in made:
            included(draft, mentions, self.lexicon)
            share_of_goods(draft, mentions, self.lexicon)
        returns = (in_return(d, mentions, dates, self.lexicon) for d in made if "exchange" not in d.kinds)
        made.extend(back for back in returns if back is not None and not self._paid_for_told(back, sentence))
        made.extend(back for back in (self._paid_back_for_told(d, sentence, mentions, dates) for d in list(made))
                    if back is not None)
        carried_back = (brought_back(d, mentions, self.lexicon) for d in made)
        made.extend(back for back in carried_back if back is not None)
        if ranked := ranked_flows(self.drafts, index, sentence, mentions, dates, self.last_dates, self.lexicon,
                                  total=goodsless):
            # "Chile's biggest export item was herring", "The third largest was copper wire, worth $2 million in
            # exports": ranked goods, a flow each; the rest of the sentence tells no other.
            made = ranked
        if not made:
            holding = holding_claim(index, sentence, mentions, self.lexicon) or another_lot(
                self.drafts, index, sentence, mentions, dates, self.last_dates, self.lexicon) or counts_in_turn(
                self.drafts, index, sentence, mentions, dates, self.last_dates)
            if holding is not None:
                made.append(holding)
        if (instance := one_of_them(index, sentence, mentions, self.told, self.last_dates, self.lexicon,
                                    self.drafts)) is not None:
            # "The first case involved 4,000 bottles of brandy, and the importer was the one of an earlier brandy
            # seizure": the case is the claim; what the rest of the sentence recalls is no other.
            made = [instance]
            # "The second case involved ...": the sentence that told the transfers still tells which.
            self.told = (index, self.told[1], self.told[2]) if self.told is not None else None
        elif triggers:
            self.told = (index, sentence, sorted({t.value for t in triggers}, key=KIND_ORDER.index))
        if not made:
            # "The items included cigars, brandy and two speedboats": the whole list names the goods, before any one
            # make in it is read as naming them.
            contents_named(self.drafts, index, sentence, mentions, text, self.lexicon)
            self._going_trade_listed(index, sentence, mentions)
            elaborate(self.drafts, index, sentence, mentions, text, self.lexicon, self.reference)
            add_worth(self.drafts, index, sentence, text)
            complete(self.drafts, index, sentence, mentions, text, self.lexicon)
            carried_on_from_seizure(self.drafts, index, sentence, mentions, text, self.lexicon)
            buyer_named(self.drafts, index, sentence, text, self.lexicon)
        occasion = self.occasion
        if occasion is not None and (sentence.paragraph - occasion[1].paragraph > 1
                                     or any(d.date is not None for d in made)):
            occasion = self.occasion = None
        if occasion is not None:
            # "Putin and Kim exchanged gifts on Wednesday. Putin gave Kim a carbine": the details of the
            # occasion told just before happened then.
            when, then, parties = occasion
            for draft in made:
                sides = {m.value for m in (draft.supplier, draft.recipient) if m is not None}
                if draft.date is None and len(sides) == 2 and sides <= parties:
                    draft.date, draft.date_sentence = when, then
                    draft.evidence.append(Evidence("date", then.text[when.start:when.end], then.start + when.start,
                                                   then.start + when.end, then))
        if not made and triggers and any(t.role in ("give", "exchange") for t in triggers):
            dated = [d for d in after_dateline(text, dates) if d.value is not None]
            people = {m.value for m in mentions if m.kind == "person" and is_party(m, text)}
            if len(dated) == 1 and len(people) >= 2:
                self.occasion = (dated[0], sentence, people)
        for draft in made:
            self.drafts.append(draft)
        if denials and not any(m.kind == "goods" for m in mentions) \
                and any(_DEED_DENIED.match(text, d.end) for d in denials):
            denials = []  # "denies the charge that it staged the bombing": no goods denied
        if denials and any(_PEOPLE_DENIED.match(text, d.end) or _TIES_DENIED.match(text, d.end) for d in denials):
            # "North Korea has denied sending troops to Russia": a denial of something else than goods.
            denials = []
        if denials and not made and not triggers and _DENIED_THAT.search(text):
            # "denied allegations that its troops fired nerve agents", "accusations that it armed rebels, accusations
            # it denies": what is denied is told in words that tell no transfer.
            denials = []
        if denials:
            said = [m for m in mentions if m.kind == "reporting" and any(d.end <= m.start for d in denials)]
            for draft in made:
                draft.denies = True
                # "denied selling anything and told the panel that the pumps were sold to a buyer in Dandong"
                told = next((e.start - sentence.start for e in draft.evidence if e.field == "kind"), None)
                draft.account = told is not None and any(m.end <= told for m in said)
            deny(self.drafts, sentence, mentions, denials, made, self.lexicon)
        if confirmations and not made:
            confirm(self.drafts, index, sentence, confirmations)
        for found in dates:
            if found.value is not None:
                self.last_dates.append((found, sentence))
        self.previous = (text, mentions)

    @staticmethod
    def _subject_of_the_clause_before(draft: Draft, sentence: Sentence, mentions: list[Mention]) -> None:
        """"North Korea is sending troops, while supplying rocket launchers", "Pyongyang is not only helping Russia
        with engineers, but also sending howitzers": a verb in -ing after "while" or "but also", with no subject of
        its own, is done by the subject of the clause before; whom that clause helped "with" something takes the
        goods. A verb after whose "scheme to" or "attempt to" it is ("North Korea's scheme to export coal") is done by
        whose scheme it was."""
        if not draft.goods or draft.anaphoric:
            return
        text = sentence.text
        told = {e.start - sentence.start for e in draft.evidence if e.field == "kind"}
        trigger = next((m for m in mentions if m.kind == "trigger" and m.start in told
                        and m.role in (*_SENDING, "receive")), None)
        if trigger is None:
            return
        at = trigger.start
        role, other = ("recipient", draft.supplier) if trigger.role == "receive" else ("supplier", draft.recipient)
        owner = next((m for m in mentions if m.end <= at and is_party(m, text)
                      and _SCHEME_TO.fullmatch(text, m.end, at)), None)
        if owner is not None and getattr(draft, role) is None and (other is None or other.country != owner.country):
            # "exposed North Korea's plan to sell coal abroad": whose scheme it was sends the goods, or takes them in.
            setattr(draft, role, owner)
            draft.evidence.append(Evidence(role, owner.text, sentence.start + owner.start, sentence.start + owner.end,
                                           sentence))
            return
        if draft.supplier is not None or draft.recipient is not None:
            return
        joined = _WHILE_DOING.search(text, 0, at)
        if joined is None or not trigger.text.lower().endswith("ing"):
            return
        subject = next((m for m in reversed(mentions) if m.end <= joined.start() and is_party(m, text)
                        and _SUBJECT_VERB.match(text, m.end)), None)
        if subject is None or any(m.kind == "trigger" and subject.end <= m.start < joined.start() for m in mentions):
            return
        if trigger.role == "receive":
            draft.recipient = subject
            draft.evidence.append(Evidence("recipient", subject.text, sentence.start + subject.start,
                                           sentence.start + subject.end, sentence))
            return
        draft.supplier = subject
        draft.evidence.append(Evidence("supplier", subject.text, sentence.start + subject.start,
                                       sentence.start + subject.end, sentence))
        helped = next((m for m in mentions if subject.end < m.start and m.end <= joined.start() and is_party(m, text)
                       and m.country != subject.country and _HELPED_BEFORE.search(text, subject.end, m.start)
                       and _WITH_AFTER.match(text, m.end)), None)
        if helped is not None:
            draft.recipient = helped
            draft.evidence.append(Evidence("recipient", helped.text, sentence.start + helped.start,
                                           sentence.start + helped.end, sentence))

    def _anchor(self, text: str) -> PartialDate | None:
        """The date "a month later" counts from: the last transfer's read so far (not a date a report was
        released or a statement made on), or, for a sentence that opens with it ("Two years later, coal was
        shipped"), the date the sentence just before told of what happened then ("The terminal opened in July
        2014.")."""
        said = self.previous[0]
        if said and (opening := _OPENS_WITH_SHIFT.match(text)) and not _SAYING.search(said):
            told_then = [found.value for found, sentence in self.last_dates
                         if sentence.text == said and found.value is not None and found.value.year is not None]
            if told_then:
                # Years counted from a month are known to the year only: "two years later" than July 2014 is 2016.
                years = re.search(r"\byears?\b", opening.group(0), re.IGNORECASE)
                return PartialDate(told_then[-1].year) if years else told_then[-1]
        told = [d.date.value for d in self.drafts if d.date is not None and d.date.value is not None]
        return told[-1] if told else None

    def _group(self, triggers: list[Mention], cuts: list[int]) -> list[list[Mention]]:
        """Triggers in one clause describe one transfer ("exchange guns as gifts")."""
        groups: dict[int, list[Mention]] = {}
        for trigger in triggers:
            clause = max(c for c in cuts if c <= trigger.start)
            groups.setdefault(clause, []).append(trigger)
        return list(groups.values())

    def _clause(self, position: int, cuts: list[int], text: str) -> tuple[int, int]:
        start = max(c for c in cuts if c <= position)
        end = min((c for c in cuts if c > position), default=len(text))
        return start, end

    def _paid_for_told(self, back: Draft, sentence: Sentence) -> bool:
        """"North Korea has sent shells to Russia ... In return for the shells, Moscow supplied food": goods paid
        for, told first with "the", "these" or "those", are a transfer the report told before between the same sides
        the same way, not another one."""
        fronted = fronted_return(sentence.text)
        if fronted is None or not _TOLD_BEFORE.match(sentence.text, fronted.end("cue")):
            return False
        if back.supplier is None or back.recipient is None or back.supplier.country is None \
                or back.recipient.country is None:
            return False
        return any(d.goods and d.supplier is not None and d.recipient is not None
                   and d.supplier.country == back.supplier.country and d.recipient.country == back.recipient.country
                   for d in self.drafts)

    def _paid_back_for_told(self, draft: Draft, sentence: Sentence, mentions: list[Mention],
                            dates: list[DateMention]) -> Draft | None:
        """"North Korea has sent shells to Russia. The munitions were delivered in exchange for food": goods told
        again with "the" and no side, paid for with other goods, were paid for by the sides of the transfer just told,
        which get the goods paid back."""
        if draft.supplier is not None or draft.recipient is not None or not draft.goods or "exchange" in draft.kinds:
            return None
        if not re.match(r"\s*(?:The|These|Those)\s", sentence.text[:draft.goods[0][0].start + 1]) \
                or not _IN_RETURN_FOR.search(sentence.text):
            return None
        told = next((d for d in reversed(self.drafts) if d.supplier is not None and d.recipient is not None), None)
        if told is None or told.index < draft.index - 1 or told.sentence.paragraph < sentence.paragraph - 1:
            return None
        lent = replace(draft, supplier=told.supplier, recipient=told.recipient, evidence=list(draft.evidence))
        back = in_return(lent, mentions, dates, self.lexicon)
        if back is None:
            return None
        # The sides were read in the sentence before: their evidence is there, each on the other side.
        back.evidence = [e for e in back.evidence if e.field not in ("supplier", "recipient")] + [
            replace(e, field="recipient" if e.field == "supplier" else "supplier")
            for e in told.evidence if e.field in ("supplier", "recipient")]
        return back

    def _claim(self, index: int, sentence: Sentence, group: list[Mention], mentions: list[Mention],
               dates: list[DateMention], cuts: list[int]) -> Draft | None:
        """The draft a group of transfer words tells, or None when its clause tells no transfer."""
        text = sentence.text
        main = [t for t in group[1:] if "," in text[group[0].end:t.start]]
        if main and _RELATIVE_VERB.search(text, 0, group[0].start):
            # "the company that carried the snowmobiles, Golden Sea Logistics, had previously transported coal":
            # the verb of the relative clause on the subject says which company; the main verb tells the transfer.
            group = [t for t in group if t.start >= main[0].start]
        held = self._held_for(text, group, mentions)
        if held is not None:
            # "seized a Hong Kong-flagged tanker in November for transferring oil to a North Korean ship": the ship
            # is held for a transfer it made; the transfer word after "for" tells the claim, not the seizure.
            group = [t for t in group if t.start >= held[1]]
        paid = next((t for t in group if t.role == "receive" and _SUM_AFTER.match(text, t.end)), None)
        doing = next((t for t in group if paid is not None and t.start > paid.end
                      and t.role in ("send", "give", "supply") and _FOR_DOING.search(text, paid.end, t.start)), None)
        if doing is not None:
            # "received $2m from Iranian officials for shipping rifles to Iran": the sum is the pay, and who paid it
            # no side of the goods; the transfer word after "for" tells the claim.
            group = [t for t in group if t.start >= doing.start]
        trigger = group[0]
        told, told_dates = mentions, dates
        if banned(text, min(group, key=lambda t: t.start), mentions, self.lexicon):
            # "The embargo bans the supply of arms and their purchase": the clause is the rule's.
            return None
        start, end = self._clause(trigger.start, cuts, text)
        if held is not None:
            # The seizure's time and who seized are not the transfer's.
            start = max(start, held[2])
        if doing is not None:
            start = max(start, doing.start)
        if _WHAT_UNKNOWN.search(text, 0, trigger.start):
            # "did not know what the ship carried": what was moved is the question, not a transfer told.
            return None
        if _OWN_BELIEF.search(text, 0, trigger.start) and any(m.kind == "denial" for m in mentions):
            return None
        ongoing = next((m for m in mentions for t in group if m.kind == "ongoing" and 0 <= t.start - m.end <= 2), None)
        if _IN_THE_PAST.search(text, start, end) or any(m.kind == "habitual" and start <= m.start < end
                                                         for m in mentions) or (
                ongoing is not None and _NOT_STATED.search(text, 0, ongoing.start)):
            # "has allowed Kim to keep importing limousines", "would continue to sell": a trade that may go on.
            return None
        kinds = sorted({t.value for t in group}, key=KIND_ORDER.index)
        role = next(t.role for t in group if t.value == kinds[0])
        if _governs_noun(trigger, group, text):
            # "Egypt received North Korean shipments of rockets", "Syria seized North Korean shipments": the
            # verb that takes the transfer noun as its object says who is who.
            role = trigger.role
        elif trigger.text.lower().removesuffix(" of") in _TRANSFER_NOUNS and _GOT_BEFORE.search(
                text, max(0, trigger.start - 60), trigger.start):
            # "Laos has been getting shipments of rifles from Pyongyang": who gets the shipments received them.
            role = "receive"
        start, mentions, inner = self._main_clause(text, start, trigger, cuts, mentions)
        dates = [d for d in dates if not (inner[0] <= d.start and d.end <= inner[1])]
        if _moved_at_sea(text[start:end]) and "ship-to-ship" not in kinds \
                and not (role == "seize" and set(kinds) <= {"seizure"}):
            # "transferred oil to a North Korean vessel at sea", "handed diesel to a tanker on the high seas",
            # "pumped diesel into a North Korean-flagged tanker" are ship-to-ship transfers; goods seized from a boat
            # in international waters were taken by the boarding party, not moved between ships.
            kinds = sorted({*kinds, "ship-to-ship"}, key=KIND_ORDER.index)
        clause = _read_clause(text, group, role, start, end, mentions)
        if not clause.passive and role != "receive" and re.search(r",\s+(?:a|an)\s+$", text[start:trigger.start]) \
                and clause.goods_before and not clause.goods_after and clause.before:
            # "drove 500 cattle across the border to North Korea, a gift that ...": the noun names what the
            # clause before it told, and the roles sit there.
            recipient = party_after_cue(text, mentions, "toward", clause.before, trigger.start)
            supplier = next((p for p in clause.before if p is not recipient), None)
            chosen_goods = goods_listed_before(clause.goods_before, text)
            return self._finish(index, sentence, group, kinds, mentions, dates, start, end, trigger,
                                supplier, recipient, chosen_goods)
        between = _BETWEEN_SIDES.match(text, trigger.end) if role in ("send", "give", "supply") else None
        moved = clause.goods_after or clause.goods_before
        if between is not None and len({m.country for m in mentions if m.kind == "country" and m.detail == "name"
                                        and between.start() <= m.start < between.end()}) == 2 \
                and not all(self.lexicon.generic(g.text) for g in moved):
            # "missile items were transferred between Serbia and Chad": goods that went either way between two
            # countries, a transfer each way; "cargo shipped by rail between them" names no goods to move. The two
            # named there are the sides: "Tokyo named the port a hub for arms transfers between Iran and Syria"
            # names who told of the trade before them, no side of it.
            sides = [m for m in mentions if not is_party(m, text) or between.start() <= m.start < between.end()]
            if not clause.goods_after and re.fullmatch(r"[\s-]+", text[clause.goods_before[-1].end:trigger.start]):
                # "two freighters used in rifle and fuel transfers between Iran and Syria": the goods that name the
                # transfers, not the ships told before them.
                moved = goods_listed_before(clause.goods_before, text)
            exchanged = self._exchange(index, sentence, group, kinds, sides, clause.parties, moved, dates, cuts)
            if exchanged is not None:
                return exchanged
        others = [t for t in group if t.role != "exchange"]
        if role == "exchange" and others and all(
                _EXCHANGE_NOUN.match(text, t.end) or (t.text.lower().endswith("ed") and _PARTICIPLE_AFTER.match(
                    text, t.end) and _NOUN_BEFORE.search(text, 0, t.start)) for t in group if t.role == "exchange"):
            # "Moscow acquired the shells from Pyongyang through a barter deal": the deal says how they were paid
            # for; "Putin gave Kim a car, among the gifts exchanged between them": the gifts are described. The
            # other words tell which way the goods went.
            return self._claim(index, sentence, others, told, told_dates, cuts)
        if role == "exchange":
            exchanged = self._exchange(index, sentence, group, kinds, mentions, clause.parties,
                                       clause.goods_after or clause.goods_before, dates, cuts)
            if exchanged is None and others and any(t.text.lower() == "paid for" for t in group):
                # "paid for the cars and shipped them": no payment in kind, the other words tell the transfer.
                return self._claim(index, sentence, others, told, told_dates, cuts)
            return exchanged
        supplier, recipient, chosen_goods = _read_roles(clause)
        asked = _ASKED_TO.search(text, 0, trigger.start) if role in _SENDING and not clause.passive else None
        asker = next((p for p in reversed(clause.parties) if p.end <= asked.start()), None) \
            if asked is not None and asked.end() == trigger.start and (
                asked.group(0).lower().rstrip().endswith(" to") or trigger.text.lower().startswith("to ")) else None
        if asked is not None and asker is not None and (supplier is None or supplier is asker or asked.start(
                "whom") <= supplier.start) and (recipient is None or recipient.country == asker.country):
            # "North Korean officials wanted the broker to send engines": who asks for the goods is to get them;
            # the one asked, when the words name a side, is to send them.
            asked_whom = next((p for p in clause.parties if asked.start("whom") <= p.start < asked.end("whom")), None)
            supplier, recipient = _keeping_north_korea((supplier, recipient), (asked_whom, asker))
        if recipient is None and role == "send" and not clause.passive and chosen_goods \
                and _SHIPPING_IN.match(text, trigger.start, chosen_goods[0].start):
            # "North Korea has been adding to its stocks by shipping in diesel from China": goods shipped in are
            # taken in, by whoever the clause tells before the words.
            taker = supplier if supplier is not None and supplier.end <= trigger.start else next(
                (p for p in reversed(clause.parties) if p.end <= trigger.start), None)
            source = clause.source if clause.source is not None and clause.source.start > trigger.start else None
            if taker is not None and (source is None or source.country != taker.country):
                supplier, recipient = source, taker
        if supplier is not None and supplier.end <= trigger.start and role in _SENDING and not clause.passive \
                and _TO_WHICH.match(text, supplier.end, trigger.start):
            # "It met a North Korean vessel to which it transferred fuel": the vessel received the fuel; whoever the
            # relative clause's "it" stands for gave it.
            before = [p for p in clause.parties if p.end <= supplier.start and p.country != supplier.country]
            supplier, recipient = (before[-1] if before else None), supplier
        errand = _ships_sent_for(clause, chosen_goods) if role in _SENDING | {"smuggle", "receive"} else None
        if errand is not None:
            # "North Korea sent tankers to the Russian port of Nakhodka to smuggle diesel": the ships are how the
            # goods were fetched, not goods; who sent them takes the goods from where they went.
            taker = supplier if supplier is not None and supplier.end <= trigger.start else recipient
            place = next((p for p in clause.parties if trigger.end <= p.start < errand[0].start
                          and (taker is None or p.country != taker.country)), None)
            if taker is not None and taker.end <= trigger.start:
                supplier, recipient, chosen_goods = place, taker, errand
        resold: tuple[Mention, Mention, Mention] | None = None
        bought_from = _bought_from(text, group, trigger, clause.parties) \
            if role in _SENDING and not clause.passive else None
        if bought_from is not None and (supplier is None or supplier.end <= bought_from[0].start) \
                and bought_from[1].country not in {p.country for p in (supplier, recipient) if p is not None}:
            # "a Dalian firm bought iron ore from North Korea and resold it to Japanese buyers", "are importing coal
            # from North Korea to sell abroad": the purchase is the transfer told, from the country named; the sale
            # after it is a later leg and never takes the seller's place.
            bought, seller_before = bought_from
            if supplier is not None and recipient is not None and recipient.country != supplier.country:
                # "... and resold it to Japanese buyers": the sale is a transfer of its own, told after the purchase.
                resold = (next(t for t in group if t.role in _SENDING and t.start > bought.end), supplier, recipient)
            recipient = supplier if supplier is not None and supplier.country != seller_before.country else None
            supplier = seller_before
            role = "receive"
            kinds = [bought.value]
        sent_on = _bought_to_send(text, group, told) if role == "receive" and not clause.passive else None
        if sent_on is not None:
            # "bought 45,000 cartridges to send to North Korea", "obtained rounds for shipment to North Korea": goods
            # bought to be sent on are a planned transfer from the buyer to where they were to go.
            onward, recipient_after = sent_on
            supplier = recipient if recipient is not None and recipient.country != recipient_after.country else None
            recipient = recipient_after
            role = onward.role
            kinds = sorted({onward.value}, key=KIND_ORDER.index)
        user = _user_of_fronts(text, trigger, mentions, supplier if role in _SENDING else recipient) \
            if role in _SENDING | {"receive"} and not clause.passive else None
        if user is not None:
            # "North Korea uses front firms in Indonesia to buy diesel from Russia": the firms are the means,
            # the party that uses them buys (or sells).
            supplier, recipient = _keeping_north_korea(
                (supplier, recipient), (supplier, user) if role == "receive" else (user, recipient))
        if recipient is not None and supplier is None and role in _SENDING and recipient.start > trigger.end \
                and (funds := _FUNDS_WHOM.search(text, trigger.end, recipient.start)) is not None \
                and funds.end() == recipient.start:
            # "the rifle sales were a way to fund Kim Jong Un's government": whom the money of a sale keeps going
            # sold the goods.
            supplier, recipient = recipient, None
        if role == "seize" and recipient is not None and recipient.start > trigger.end \
                and _SHIP_STOPPED_AT.search(text, trigger.end, recipient.start):
            # "seized the drums from a freighter after it docked at Colon from Malaysia": where the ship stopped, not
            # where the goods were going.
            supplier, recipient = _keeping_north_korea((supplier, recipient), (supplier, None))
        if recipient is not None and recipient.start > trigger.end and cover_story(text[:recipient.start]):
            # "shipped under forged papers that claimed they were going to Dalian": not where they went.
            supplier, recipient = _keeping_north_korea((supplier, recipient), (supplier, None))
        maker = _maker_served(text, chosen_goods, mentions) if chosen_goods and not clause.passive else None
        if maker is not None and role == "receive" and supplier is None and recipient is not None \
                and recipient.country != maker.country:
            # "procured steel sheets needed for the making of North Korean rockets": the goods were got for the
            # country whose weapons they go into; who got them sent them on there.
            supplier, recipient = recipient, maker
        elif maker is not None and role in _SENDING and recipient is None \
                and (supplier is None or supplier.country != maker.country):
            recipient = maker  # "shipped steel used in making North Korean rockets": the goods went there
        listed: list[Mention] = []
        if recipient is None and chosen_goods:
            # "Chile seized luxury items that the rulers of Laos had tried to buy": whoever sought the goods was to
            # receive them.
            recipient = next((b for g in chosen_goods if (b := _buyer_after(text, g, clause.mentions)) is not None),
                             None)
            if recipient is not None:
                # "... luxury items that Laos had tried to buy, including brandy and boots": the goods named.
                listed = _listed_after_buyer(text, recipient, mentions)
        if supplier is None and recipient is not None and chosen_goods and role in ("receive", "give", "send"):
            # "bought eleven ships, of which five were once owned by Japan", "tankers previously owned by Japanese
            # firms": who held the goods before they changed hands let them go.
            former = _former_owner(text, chosen_goods[0], mentions)
            if former is not None and former.country != recipient.country:
                supplier = former
        through = next((t for t in group if t.role in ("send", "smuggle") and supplier is not None
                        and recipient is None and supplier.end <= trigger.start
                        and _GOT_THROUGH.search(text, supplier.end, t.start)), None)
        if through is not None and supplier is not None:
            # "North Korea had secured 700,000 barrels of fuel through ship-to-ship transfers": the subject of a verb
            # of getting took the goods the transfers moved; "obtained rifles from Laos through smuggling": the one
            # the goods were got from let them go.
            supplier, recipient = next((m for m in clause.mentions if m.kind != "goods" and m is not supplier
                                        and supplier.end <= m.start < through.start
                                        and _FROM_BEFORE.search(text, 0, m.start)), None), supplier
        if held is not None and supplier is None:
            # The ship held for the transfer made it: a ship of a country, no flag of convenience, is that side.
            supplier = held[0]
        if role == "seize" and recipient is None and chosen_goods and _a_ship(supplier) \
                and supplier is clause.source:
            # "Panama seized Cuban MiG-21 jets from a North Korean ship": goods of one country taken from the ship
            # of another were going to the ship's country.
            origin = goods_origin(text, chosen_goods[0], mentions, self.lexicon)
            if origin is not None and supplier is not None and origin.country != supplier.country:
                supplier, recipient = origin, supplier
        if not chosen_goods and not clause.passive and role in ("give", "send", "supply", "smuggle", "receive"):
            # "has sent more than 70 animals to the zoo": the counted object of the verb is the goods.
            after_party = recipient if recipient is not None and recipient.start >= trigger.end else None
            counted = counted_object(text, after_party.end if after_party is not None and
                                     after_party.start - trigger.end <= 2 else trigger.end, end)
            if counted is not None and not (counted.text[:1].isupper() and (counted.text.endswith("ans") or any(
                    m.kind != "goods" for m in self.lexicon.find(counted.text.removesuffix("s"))))):
                # "sold 25 Toyotas": a make counted is goods; "sent 500 Koreans", "20 North Koreans": people.
                chosen_goods = [counted]
        if all(t.text.lower() in self.lexicon.leases for t in group) and chosen_goods and all(
                names_carrier(g) and re.search(r"\b(?:the|this|that|its)\s+$", text[:g.start], re.IGNORECASE)
                for g in chosen_goods):
            # "The freighter was being chartered by a Hong Kong firm": who hired the ship told before, not goods.
            return None
        if trigger.role in ("give", "send", "supply", "smuggle") and not clause.passive:
            supplier = self._pronoun_subject(clause, "send") or supplier
            if recipient is None and trigger.role in ("give", "supply"):
                recipient = self._pronoun_object(clause, supplier)
        its = _ITS_TRADE.search(text, 0, trigger.start) if trigger.text.lower() in _ITS_NOUNS else None
        if its is not None:
            # "Laos is famous for rice, but its exports are humbler. Wigs make up most of its exports to Peru": the
            # country "its" stands for owns the trade, the supplier of its exports and the recipient of its imports.
            owner = self._its_owner(clause, its.start())
            if owner is not None and trigger.text.lower().startswith("import"):
                if recipient is None and (supplier is None or supplier.country != owner.country):
                    recipient = owner
            elif owner is not None and supplier is None \
                    and (recipient is None or recipient.country != owner.country):
                supplier = owner
        if supplier is None and role in ("send", "supply") and not clause.passive:
            supplier = _reporter_of_own(clause)
        if supplier is None and role in ("give", "send", "supply", "smuggle") and not clause.passive:
            supplier = _relative_subject(clause)
        if role == "receive" and not clause.passive:
            # "North Korea relies on smuggling. Last year the country imported diesel": who took the goods in is the
            # subject told before.
            recipient = self._pronoun_subject(clause, "receive") or recipient
        if recipient is None and role == "receive" and not clause.passive:
            # "Egypt, which received the grenades from North Korea": who receives may be what the clause hangs on.
            recipient = _relative_subject(clause)
        defender = defender_of_own(text, trigger, told)
        if defender is not None and supplier is None and (recipient is None or not same_party(defender, recipient)):
            # "North Korean officials said the coal shipment to Laos was legal": the speaker's own side is never lost.
            supplier = defender
        elif defender is not None and recipient is None and supplier is not None \
                and not same_party(defender, supplier):
            recipient = defender  # "... said the diesel shipments from Laos were lawful": the speaker took them in
        supplier, recipient = _follow_carriage(clause, supplier, recipient)
        named = next((t for t in group[1:] if t.role == "receive" and t.text.lower().endswith(" of")), None)
        if role != "receive" and named is not None:
            # "a transfer off the Malaysian coast, with a Thai firm to be the recipient of the ore": the party
            # the receiving noun names receives the goods, not the place the transfer was at.
            recipient = max((p for p in clause.parties if trigger.end <= p.start and p.end <= named.start),
                            key=lambda p: p.start, default=recipient)
        if recipient is not None and recipient is clause.toward:
            # "was on its way to Malta, according to its papers, but investigators believe that the equipment
            # was bound for Pakistan": the destination the papers gave is not where the goods were going.
            recipient = _truly_bound(text, mentions, end) or recipient
        chosen_goods = self._cargo(clause, goods_listed(chosen_goods, text))
        chosen_goods += [g for g in listed if g not in chosen_goods]
        own = _INTO_ITS_OWN.match(text, chosen_goods[-1].end) if chosen_goods else None
        if own is not None and supplier is not None and any(
                m.kind == "country" and m.start >= own.start() and m.end == own.end() and m.country != supplier.country
                for m in mentions):
            # "Bangladesh caught a North Korean diplomat smuggling gold into the country": the country named before,
            # where it is not the smuggler's own.
            own = None
        if role == "smuggle" and supplier is not None and chosen_goods and not clause.passive and own is not None:
            # "North Korean dealers smuggled Russian diesel into the country, reselling it to Chinese buyers": the
            # country the goods were smuggled into is the subject's own, whoever a later verb sells them to.
            recipient = None
        if role == "smuggle" and recipient is None and supplier is not None and chosen_goods \
                and not clause.passive and supplier.country is not None:
            # "Chinese traders are smuggling North Korean crabs through Dandong": who smuggles another country's
            # goods, with no destination told, brings them home.
            origin = goods_origin(text, chosen_goods[0], mentions, self.lexicon)
            if origin is not None and origin.country not in (None, supplier.country):
                supplier, recipient = origin, supplier
        if supplier is not None and supplier.kind == "country" and chosen_goods and any(
                m.kind == "from" and m.text.lower().startswith(("loaded", "loading"))
                and 0 <= supplier.start - m.end <= 30 for m in mentions):
            # "North Korean coal, put aboard at a Chinese port and sold to Vietnam": where goods named by a country
            # were loaded is a stop on their way; the country they are named by supplied them.
            # "The rifle parts, shipped by a North Korean firm, were put aboard in Dalian": so did who shipped them.
            origin = next((p for p in mentions if p.kind in ("country", "organization", "person") and p.country
                           and p.end <= supplier.start and _SENT_BY.search(text, max(0, p.start - 40), p.start)),
                          None) or goods_origin(text, chosen_goods[0], mentions, self.lexicon)
            if origin is not None and origin.country not in (None, supplier.country) \
                    and (recipient is None or origin.country != recipient.country):
                # The port of loading read as both sides is only a stop: it is no recipient either.
                recipient = None if recipient is supplier else recipient
                supplier = origin
        supplier = self._supplier_by_place(clause, supplier, recipient, chosen_goods)
        owner = _flow_owner(text, trigger, mentions, supplier if role == "receive" else recipient) \
            if trigger.text.lower() in _TRANSFER_NOUNS | _TAKING_IN_NOUNS and chosen_goods else None
        if owner is not None and role in _SENDING and supplier is None:
            # "North Korea's coal exports bound for China", "North Korea tripled its coal exports to China": the party
            # whose exports they are sent the goods.
            supplier = owner
        elif owner is not None and role == "receive" and recipient is None:
            recipient = owner  # "China's monthly coal imports from North Korea": China took them in
        target = _rule_target(text, trigger, told, self.lexicon) if not clause.passive else None
        if target is not None and role in _SENDING | {"smuggle", "receive"}:
            # "charged with violating the sanctions against North Korea by selling watches": the country the broken
            # rule is aimed at is where the goods went when the words of the transfer name no recipient, and is no
            # subject of the transfer word; "breached the embargo on North Korea by importing coal": the goods came
            # from it.
            supplier = None if supplier is not None and supplier.start == target.start else supplier
            recipient = None if recipient is not None and recipient.start == target.start else recipient
            if role == "receive" and supplier is None and (recipient is None or recipient.country != target.country):
                supplier = target
            elif role != "receive" and recipient is None and (supplier is None or supplier.country != target.country):
                recipient = target
        named = self._named_after_description(clause) if supplier is None or recipient is None else None
        if named is not None and role in _SENDING | {"smuggle"} and supplier is None:
            supplier = named
        elif named is not None and role == "receive" and recipient is None:
            recipient = named
        if recipient is None and chosen_goods and any(
                t.role == "receive" and t.text.lower() in _TAKING_IN_NOUNS and chosen_goods[0].start < t.start
                and not text[chosen_goods[-1].end:t.start].strip() for t in group):
            # "Mongolia's wheat imports from Kazakhstan rose to": the country whose goods a noun of taking in follows.
            recipient = next((p for p in mentions if p.kind == "country" and not p.detail.startswith("demonym")
                              and _WHOSE_GOODS.fullmatch(text, p.end, chosen_goods[0].start)
                              and (supplier is None or p.country != supplier.country)), None)
        if supplier is not None and supplier.kind == "vessel" and supplier.country is None and chosen_goods \
                and role in _SENDING and not clause.passive and supplier.end <= trigger.start:
            # "The Comoros-registered Grey Heron shipped 3,200 tons of Libyan ore": a ship of no side
            # carried goods its words give a country: that country supplied them ("delivered" or "supplied" them as
            # well as "shipped").
            origin = goods_origin(text, chosen_goods[0], mentions, self.lexicon)
            if origin is not None and (recipient is None or origin.country != recipient.country):
                supplier = origin
        if recipient is None and supplier is not None and (clause.carrying or clause.seizing):
            # "seized the North Korean freighter X after finding Cuban missile parts": the ship of one country
            # carrying goods of another is the side the goods were going to.
            recipient = _carrier_side(clause, supplier)
        if supplier is None and self.drafts and self.drafts[-1].supplier is not None \
                and _SAME_BODY.search(text, start, end):
            # "Spare parts were shipped by the same company in December": the body the report named before.
            supplier = self.drafts[-1].supplier
        if "ship-to-ship" not in kinds and role != "seize" and _a_ship(supplier) and _a_ship(recipient):
            # "The Ji Song 6 took on refined petroleum from the Jin Hye": goods moved from one ship to another.
            kinds = sorted({*kinds, "ship-to-ship"}, key=KIND_ORDER.index)
        if supplier is not None and supplier.end <= trigger.start and _WORD_FROM.search(text, 0, supplier.start) \
                and _THAT_AFTER.match(text, supplier.end):
            supplier = None  # "a warning from Washington that the tanker had passed on diesel": who told
        met = _ship_met(clause, supplier) if recipient is None else None
        if met is not None:
            supplier, recipient = met
        partner = _between_ships(clause, kinds, supplier, recipient, self.lexicon)
        pair = _ships_between(clause, kinds) if partner is None and recipient is None else None
        if pair is not None:
            # "Japan spotted a transfer of fuel between a Chinese tanker and a North Korean tanker": the two ships
            # are who gave and took, not the country that watched; which of them gave is read below.
            supplier, partner = pair
            chosen_goods = [g for g in chosen_goods if not any(overlaps(g, s) for s in pair) and not names_carrier(g)]
        if partner is not None:
            # "conducted a ship-to-ship transfer of diesel with the tanker Zawiya", "a tanker and another ship
            # transferring fuel": which ship gave and which took the text does not say, so neither is a side (nor
            # goods), and no side is guessed ...
            ship = supplier if supplier is not None and (pair is not None or (
                _a_ship_mention(supplier) and supplier.end <= trigger.start)) else None
            supplier = supplier if supplier is not None and supplier is clause.source and pair is None else None
            recipient = None
            chosen_goods = [g for g in chosen_goods if not overlaps(g, partner) and not names_carrier(g)]
            # ... unless one of the ships is North Korean and the goods fuel or coal: the North Korean ship takes
            # the fuel and gives the coal.
            given = _given_by_goods((ship, partner), chosen_goods) if ship is not None else None
            if given is not None:
                supplier, recipient = given
                partner = None
        if partner is None and supplier is not None and recipient is None and supplier.country == "KP" \
                and supplier.kind == "country" and not _a_ship_mention(supplier) \
                and "ship-to-ship" in kinds and role == "send" and not clause.passive \
                and supplier.end <= trigger.start and _TRANSFER_AT_SEA.search(trigger.text) and chosen_goods:
            # "satellite images showed North Korea engaging in a ship-to-ship transfer of diesel": North Korea,
            # the only side told, of a transfer at sea that names no ship takes fuel and gives coal, as between two
            # ships (a North Korean ship told alone keeps the side the words give it).
            words = " ".join(g.text for g in chosen_goods)
            if _FUEL.search(words) and not _COAL.search(words):
                supplier, recipient = None, supplier
        if supplier is not None and recipient is None and role == "send" and not clause.passive \
                and supplier.end <= trigger.start and self.lexicon.to_take_in.match(text, trigger.end):
            # "Iran continues the use of ship-to-ship transfers to import diesel": who uses transfers to get goods
            # in receives them.
            supplier, recipient = None, supplier
        referred = self._goods_or_reference(clause, chosen_goods)
        if referred is None:
            if (supplier is not None or recipient is not None) and self.goodsless is None:
                self.goodsless = self._finish(index, sentence, group, kinds, mentions, dates, start, end, trigger,
                                              supplier, recipient, [])
            return None
        chosen_goods, anaphoric = referred
        draft = self._finish(index, sentence, group, kinds, mentions, dates, start, end, trigger,
                             supplier, recipient, chosen_goods, anaphoric=anaphoric)
        draft.between_ships = partner is not None and supplier is None and not anaphoric
        if resold is not None:
            sold, seller, buyer = resold
            leg = replace(draft, kinds=[sold.value], supplier=seller, recipient=buyer, evidence=[],
                          hedges=list(draft.hedges))
            add_evidence(leg, [sold])
            self.drafts.append(draft)
            draft = leg
        if sent_on is not None and draft.status is not ClaimStatus.DENIED:
            draft.status = ClaimStatus.PLANNED  # bought to be sent: the sending was planned, whatever became of it
        if draft.date is None and recipient is not None and recipient.start >= trigger.end:
            # "carried 2,700 tons of iron ore from Nakhodka to Busan, which it entered on Mar. 9": the day the ship
            # came into the port the goods went to is the day they arrived.
            entered = _ENTERED_ON.match(text, recipient.end)
            when = next((d for d in dates if entered is not None and d.start == entered.end() and d.value is not None),
                        None)
            if when is not None:
                draft.date, draft.date_sentence = when, sentence
                draft.evidence.append(Evidence("date", when.text, sentence.start + when.start,
                                               sentence.start + when.end, sentence))
        amount = _BARE_AMOUNT.match(text, trigger.end)
        if draft.quantity is None and amount is not None and chosen_goods \
                and chosen_goods[0].end <= start:
            # "delivered 5,000 tons to Incheon": the amount counts the goods told before.
            number = re.search(r"(\d[\d,.]*)\s+(?:metric\s+)?(\w+)", amount.group())
            if number is not None:
                draft.quantity = (number.group(1).replace(",", ""), number.group(2).lower(), Mention(
                    "quantity", amount.start() + number.start(), amount.end(), number.group(0)))
        flow = trigger.text.lower() in _TRANSFER_NOUNS | {"import", "imports", "purchase", "purchases"}
        # "Shipments of coal totalled", or "maize exports in May came to": the goods before the noun too.
        told_before = bool(chosen_goods) and not text[chosen_goods[-1].end:trigger.start].strip()
        total = _TOTAL_AFTER.match(text, max(chosen_goods[-1].end, trigger.end)) \
            if flow and chosen_goods and (trigger.start < chosen_goods[0].start or told_before) else None
        if total is None and flow and chosen_goods:
            # "Volume of palm oil, the top Thai shipments to Vientiane, dropped 6,100 kilograms to 19,800
            # kilograms": the change is told after the goods and the transfer noun, whichever comes first.
            flow_end = max(chosen_goods[-1].end, trigger.end)
            trend = next((m for m in mentions if m.kind == "trend" and flow_end <= m.start
                          and not re.search(r"[;]|\.\s", text[flow_end:m.start])), None)
            if trend is not None and trend.start - flow_end <= 60:
                total = _CHANGED_TO.match(text, trend.end)
        if draft.quantity is None and total is not None:
            count = total.group(1).replace(",", "")
            scale = total.groupdict().get("scale")
            if scale:
                # "came to 2.6 million tonnes": the count in full.
                count = str(int(Decimal(count) * _SCALES[scale.lower()]))
            draft.quantity = (count, total.group(total.re.groups).lower(), Mention(
                "quantity", total.start(1), total.end(), text[total.start(1):total.end()]))
        if ongoing is not None:
            return self._goes_on(draft, ongoing, sentence)
        return draft

    def _goes_on(self, draft: Draft, ongoing: Mention, sentence: Sentence) -> Draft | None:
        """A trade told as going on ("Chile continues to ship copper wire to Peru", "Peru kept buying Chilean salmon")
        is a transfer when the sentence names both sides; one told in the present with no time of its own is dated by
        the report (its month), one in the past only where the sentence tells when. One side is enough when the
        sentence tells when ("it went on selling tyres to Laos in 2017")."""
        told_when = draft.date is not None and draft.date_sentence is sentence
        if (draft.supplier is None) != (draft.recipient is None) and not told_when and draft.goods \
                and all(self.lexicon.generic(d) for _, d in draft.goods) and self._going_on(sentence.text, ongoing.end):
            # "Laos continues to import banned luxury goods": no transfer yet, but the goods a later sentence lists
            # ("The banned items include ...") were goods of it, in the report's month as any trade told going on now.
            self.going_trade = self._dated_now(replace(draft, evidence=list(draft.evidence)), ongoing, sentence)
        if (draft.supplier is None and draft.recipient is None) or (
                (draft.supplier is None or draft.recipient is None) and not told_when):
            return None
        now = self._going_on(sentence.text, ongoing.end)
        if not now and (draft.date is None or draft.date_sentence is not sentence):
            # "Beijing kept buying ferrosilicon": a trade that went on, at no time told, is no transfer to date.
            return None
        return self._dated_now(draft, ongoing, sentence) if now else draft

    def _dated_now(self, draft: Draft, ongoing: Mention, sentence: Sentence) -> Draft:
        """Date a trade told as going on now, with no time of its own, by the report's month."""
        if draft.date is None and self.reference is not None:
            draft.date = DateMention(ongoing.start, ongoing.end, ongoing.text,
                                     PartialDate(self.reference.year, self.reference.month))
            draft.date_sentence = sentence
            draft.evidence.append(Evidence("date", ongoing.text, sentence.start + ongoing.start,
                                           sentence.start + ongoing.end, sentence))
        return draft

    def _going_trade_listed(self, index: int, sentence: Sentence, mentions: list[Mention]) -> None:
        """"Laos continues to import banned luxury goods through Thai brokers. ... The banned items include 500 watches
        and two speedboats": the goods a sentence opening on the goods of a trade told as going on lists, a few
        sentences later and with no transfer told between, are goods that went between its sides."""
        going = self.going_trade
        if going is None or sentence.paragraph - going.sentence.paragraph > _LISTED_REACH \
                or any(d.index > going.index for d in self.drafts):
            return
        opening = contents_list_opening(sentence.text)
        listed = [m for m in mentions if m.kind == "goods" and opening is not None and m.start >= opening.end()]
        if not listed:
            return
        text = sentence.text
        goods = []
        for mention in listed:
            begin, finish = phrase_bounds(text, mention, self.lexicon, mentions)
            goods.append((mention, text[begin:finish]))
        draft = replace(going, goods=goods, evidence=[e for e in going.evidence if e.field != "goods"])
        for mention, description in goods:
            draft.evidence.append(Evidence("goods", description, sentence.start + mention.start,
                                           sentence.start + mention.start + len(description), sentence))
        self.drafts.append(draft)
        self.going_trade = None

    def _going_on(self, text: str, end: int) -> bool:
        """The ongoing words ending at `end` tell a flow still going on when the report was made ("has continued
        to", "continues to", "keeps"), not a trade of the past."""
        return any(match.end() == end for match in self.lexicon.going_on.finditer(text, max(0, end - 30), end))

    def _held_for(self, text: str, group: list[Mention],
                  mentions: list[Mention]) -> tuple[Mention | None, int, int] | None:
        """A ship seized or held "for", "accused of" or "suspected of" a transfer told by a verb in -ing: the ship's
        side (None when no country is told or its flag is one of convenience), where the transfer word starts, and
        where the words that tie it to the seizure start."""
        if group[0].role != "seize":
            return None
        for word in group[1:]:
            if word.role == "seize" or not word.text.lower().endswith("ing"):
                continue
            tie = _HELD_FOR.search(text, group[0].end, word.start)
            if tie is None:
                continue
            between = [m for m in mentions if group[0].end <= m.start and m.end <= tie.start()]
            ships = [m for m in between if _a_ship(m) or (m.kind == "goods" and names_carrier(m))]
            if not ships:
                return None
            side = next((m for m in between if _a_ship(m) and m.country is not None
                         and m.country not in self.lexicon.open_registries), None)
            if side is None:
                flag = next((m for m in self.lexicon.find(text[group[0].end:tie.start()])
                             if m.kind == "country" and m.detail == "flag"
                             and m.country not in self.lexicon.open_registries), None)
                if flag is not None:
                    at = group[0].end + flag.start
                    side = Mention("country", at, at + len(flag.text), flag.text, flag.value, flag.country,
                                   role="vessel", detail="demonym-party")
            return side, word.start, tie.start()
        return None

    def _main_clause(self, text: str, start: int, trigger: Mention, cuts: list[int],
                     mentions: list[Mention]) -> tuple[int, list[Mention], tuple[int, int]]:
        """"The Sevastopol, which arrived in Busan in July, is suspected of having received oil": a relative
        clause closed before the transfer word hangs on the subject; the clause is the subject's, and the
        parties inside the relative clause are not its sides."""
        opening = _RELATIVE_OPENING.search(text, 0, start)
        if opening is None or opening.end() != start:
            return start, mentions, (0, 0)
        closing = list(_RELATIVE_CLOSING.finditer(text, start, trigger.start))
        if not closing:
            return start, mentions, (0, 0)
        inner = (opening.start(), closing[-1].start())
        outer = max((c for c in cuts if c < opening.start()), default=0)
        kept = [m for m in mentions if not (inner[0] <= m.start and m.end <= inner[1] and m.kind in (
            "country", "person", "organization", "vessel", "goods", "toward", "from", "by"))]
        return outer, kept, inner

    def _pronoun_subject(self, clause: _Clause, role: str = "send") -> Mention | None:
        """"When Putin visited Pyongyang, he gave Kim a car", "Russia stepped up its trade. Last month it
        shipped coal": a pronoun right before the transfer word stands for the subject told before it, a
        person for "he" or "she", a country, body or ship for "it"; the pronoun is the evidence."""
        text, trigger = clause.text, clause.trigger
        pronoun = _PRONOUN_BEFORE.search(text, clause.start, trigger.start)
        if pronoun is None and (when := _WHEN_THEY.match(text, clause.start, trigger.start)) is not None \
                and _WHEN_BEFORE.search(text, 0, clause.start):
            # "Laotian instructors breached the embargo when they handed over rifles": the one subject of the sentence
            # before the clause of time, whose act that clause tells.
            subjects = [m for m in clause.mentions if m.end <= clause.start
                        and m.kind in ("country", "organization") and is_party(m, text)]
            if len(subjects) == 1:
                return replace(subjects[0], start=when.start(1), end=when.end(1), text=when.group(1))
        if pronoun is None:
            return self._named_by_kind(clause)
        word = pronoun.group("pronoun").lower()
        if word == "they":
            # "Russian officials said they had sent wheat": the speakers told of their own transfer. Only after a
            # saying, and only speakers of the same sentence; "they" stands for too much else.
            if not _SAID_THEY.search(text, 0, pronoun.start("pronoun")):
                return self._named_by_kind(clause)
            speakers = [m for m in clause.mentions if m.end <= pronoun.start() and m.kind in ("country", "organization")
                        and is_party(m, text)]
            if not speakers:
                return None
            return replace(speakers[-1], start=pronoun.start("pronoun"), end=pronoun.end("pronoun"), text="they")
        kinds = ("person",) if word in ("he", "she") else ("country", "organization", "vessel") if word == "it" \
            else ("country",)

        def fits(mention: Mention, said: str) -> bool:
            if mention.kind not in kinds or not is_party(mention, said):
                return False
            # "the Russian side" and "a Chinese firm" are "it"; "the Russian president" is a person already; "the
            # secretive state" is a state told by its name.
            return word == "it" or mention.kind == "person" or (mention.kind == "country" and _state(mention))

        # In its own sentence the pronoun stands for the nearest fit before it ("holding the tanker X after
        # finding that it handed over oil"); opening a sentence, for the subject of the sentence before.
        # "India keeps an embassy in Pyongyang ...: in 2011 it donated food": a place told after a preposition
        # is where, not whom the sentence is about; "because of pressure on Hanoi, it shipped": one after "on" or
        # "against" is what a measure aims at.
        here = [m for m in clause.mentions if m.end <= pronoun.start() and fits(m, text) and not (
            m.kind == "country" and re.search(r"\b(?:in|at|to|from|into|via|near|off|on|against|In|At|On)\s+$",
                                              text[:m.start]))]
        if here:
            found = here[-1]
        else:
            said, told = self.previous
            # "Four days later, it departed Yeosu, saying it was headed for Taiwan. Instead, it transferred the oil":
            # a place the ship sailed from or for is not what "it" stands for.
            earlier = [m for m in told if fits(m, said) and not (
                m.kind == "country" and _SAILED_PLACE.search(said, 0, m.start))]
            if not earlier and word not in ("he", "she", "it"):
                # "North Korea bought $9 million of watches. ... The reclusive state also imported wine": an epithet
                # whose sentence before names no state stands for the side of the last flow told that it takes.
                return self._epithet_side(pronoun, role)
            if not earlier or re.search(r"\b[Ii]t\b", said[:earlier[0].start]):
                # A sentence whose subject was "it" itself does not say again what "it" is.
                return None
            if word == "it" and earlier[0].kind != "vessel" and _SHIP_SUBJECT.match(said):
                # "The 150-metre freighter carried coal to China and Russia. It also delivered cranes": "it" is the ship
                # the sentence before was about, which names no side, not a country it went to.
                return None
            found = earlier[0]
        return replace(found, start=pronoun.start("pronoun"), end=pronoun.end("pronoun"), text=pronoun.group("pronoun"))

    def _its_owner(self, clause: _Clause, at: int) -> Mention | None:
        """The country "its" at `at` stands for: the first country its sentence names before it as a party, else the
        first the sentence before names so (a dateline's place in capitals is no party)."""
        def owners(mentions: list[Mention], said: str, before: int) -> list[Mention]:
            return [m for m in mentions if m.kind == "country" and m.end <= before and is_party(m, said)
                    and not m.text.isupper() and not _PLACE_BEFORE.search(said, 0, m.start)]

        here = owners(clause.mentions, clause.text, at)
        if here:
            return replace(here[0], start=at, end=at + 3, text=clause.text[at:at + 3])
        said, told = self.previous
        earlier = owners(told, said, len(said))
        if not earlier:
            return None
        return replace(earlier[0], start=at, end=at + 3, text=clause.text[at:at + 3])

    def _named_by_kind(self, clause: _Clause) -> Mention | None:
        """"The tanker Sea Lark was held in port, as the ship is thought to have delivered fuel", "Harbin Bluepeak
        Co. and Morning Tide Ltd were blacklisted. These companies had shipped liquor": a ship or a body named again
        by its kind alone, right before the transfer word, is the named ship or body told last before it in its own
        sentence, or else the first of the sentence before; only one told by its name, never one told by a
        country alone, so that no side is given a name it was not told by."""
        text, trigger = clause.text, clause.trigger
        told_again = _DEFINITE_BEFORE.search(text, clause.start, trigger.start)
        if told_again is None:
            return None
        ship = told_again.group("ship") is not None

        def fits(mention: Mention) -> bool:
            if ship:
                return mention.kind == "vessel" and bool(mention.value)
            return mention.kind == "organization" and mention.detail in ("company", "appositive") \
                and bool(mention.value)

        here = [m for m in clause.mentions if m.end <= told_again.start("pronoun") and fits(m)]
        if here:
            found = here[-1]
        else:
            _, told = self.previous
            earlier = [m for m in told if fits(m)]
            if not earlier:
                return None
            found = earlier[0]
        return replace(found, start=told_again.start("pronoun"), end=told_again.end("pronoun"),
                       text=told_again.group("pronoun"))

    def _flow_of_the_flow_told(self, draft: Draft, sentence: Sentence) -> None:
        """"Laos imported $9 million of watches from Thailand ... Among them, imports of fans rose fivefold to $1
        million": a flow told by its noun and its figure, naming no side, is a part of the last flow the same way told
        a few sentences before, between its sides."""
        told = next((e for e in draft.evidence if e.field == "kind"), None)
        if draft.supplier is not None or draft.recipient is not None or not draft.goods or draft.anaphoric \
                or draft.follows is not None or told is None or (draft.value is None and draft.quantity is None):
            return
        way = _FLOW_NOUNS.get(told.text.lower())
        if way is None or way not in draft.kinds:
            return
        draft.follows = next((d for d in reversed(self.drafts) if d.index >= self.index - _EPITHET_REACH
                              and way in d.kinds and d.goods and (d.supplier is not None or d.recipient is not None)),
                             None)

    def _epithet_told_before(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Chile's exports to Laos soared in April. Chilean outbound shipments to the reclusive country jumped": an
        epithet after a word of destination, where the only country before it in its sentence is the one the goods
        left, stands for the country the sentence before names last, other than that one."""
        said, told = self.previous
        for match in self.lexicon.epithet_toward.finditer(text):
            if any(m.start < match.end(1) and match.start(1) < m.end for m in mentions
                   if m.kind in ("country", "organization", "person", "vessel")):
                continue
            left = {m.country for m in mentions if m.kind == "country" and m.country and m.end <= match.start(1)}
            before = [m for m in told if m.kind == "country" and m.country and m.country not in left
                      and is_party(m, said)]
            if not left:
                # "Two men sold whisky to North Korea. The suspects also sold shampoo to the hermit country": with
                # no country the goods left told before it, the epithet is where the last transfer told went.
                before = self._last_state_recipient()
            if not before:
                continue
            mentions = sorted([*mentions, Mention("country", match.start(1), match.end(1), match.group(1),
                                                  value=before[-1].country or "", country=before[-1].country,
                                                  detail="name")], key=lambda m: (m.start, -m.end))
        return mentions

    def _last_state_recipient(self) -> list[Mention]:
        """The recipient of the last transfer told within the paragraph's reach, when it is a state named as itself."""
        if not self.drafts or self.drafts[-1].index < self.index - _EPITHET_REACH:
            return []
        recipient = self.drafts[-1].recipient
        return [recipient] if recipient is not None and _state(recipient) and recipient.country else []

    def _epithet_side(self, pronoun: re.Match[str], role: str) -> Mention | None:
        """The state an epithet stands for when the sentence before names none: the recipient of the last transfer
        told within the paragraph's reach for a word of taking in, its supplier for one of sending; None when that
        side is no state named as itself."""
        if not self.drafts or self.drafts[-1].index < self.index - _EPITHET_REACH:
            return None
        last = self.drafts[-1]
        side = last.recipient if role == "receive" else last.supplier
        if side is None or not _state(side):
            return None
        return replace(side, start=pronoun.start("pronoun"), end=pronoun.end("pronoun"), text=pronoun.group("pronoun"))

    def _named_after_description(self, clause: _Clause) -> Mention | None:
        """"A Malaysian trader was charged ... Lim Boon-keat, 61, faces charges over a sale of kerosene": a
        person described by a country in the sentence before, and named for the first time at the head of this one,
        keeps the country of the description; the name is the evidence."""
        text, trigger = clause.text, clause.trigger
        head = _NEW_NAME.search(text[clause.start:trigger.start])
        if head is None or head.group("name").split()[0] in ("The", "A", "An"):
            return None
        begin, end = clause.start + head.start("name"), clause.start + head.end("name")
        if any(m.kind != "trigger" and m.start < end and begin < m.end for m in clause.mentions):
            return None  # a name the report knows already, or a place
        said, told = self.previous
        # The one described must be whom the sentence before is about: its first party, before any verb it has.
        subject = first_party(said, told)
        verb = next((m.start for m in told if m.kind in ("trigger", "proceeding", "reporting", "hedge")), len(said))
        if subject is None or subject.kind != "country" or subject.detail != "demonym-party" or subject.end > verb \
                or subject.text.lower().split()[-1] not in _TRADING_PERSON or subject.country is None:
            return None
        name = head.group("name")
        return Mention("person", begin, end, name, value=name, country=subject.country, detail="described before")

    def _pronoun_object(self, clause: _Clause, supplier: Mention | None) -> Mention | None:
        """"Kim gave him two dogs": "him" or "her" right after a verb of giving is the person told before who
        is not the giver; the pronoun is the evidence."""
        text, trigger = clause.text, clause.trigger
        pronoun = re.compile(r"\s+(him|her)\s+(?!own\b)").match(text, trigger.end)
        if pronoun is None:
            return None

        def other(mention: Mention, said: str) -> bool:
            return mention.kind == "person" and is_party(mention, said) and (
                supplier is None or mention.value != supplier.value)

        here = [m for m in clause.mentions if m.end <= trigger.start and other(m, text)]
        said, told = self.previous
        earlier = [m for m in told if other(m, said)]
        found = here[-1] if here else earlier[0] if earlier else None
        if found is None:
            return None
        return replace(found, start=pronoun.start(1), end=pronoun.end(1), text=pronoun.group(1))

    def _cargo(self, clause: _Clause, chosen_goods: list[Mention]) -> list[Mention]:
        """The goods a ship, plane or truck carries, rather than the carrier, when the clause names any."""
        text, trigger, group = clause.text, clause.trigger, clause.group
        carriers = [g for g in chosen_goods if is_carrier(g, text)]
        # "The shipping container, carrying 60 firearms, left Long Beach": a container, crate or box that holds
        # goods named after it is what they travel in.
        carriers += [g for g in chosen_goods if g not in carriers and _HOLDER.search(g.text)
                     and _HOLDING.match(text, g.end) and any(o.start > g.end for o in clause.goods)]
        if any(t.text.lower() in _CARRYING for t in group):
            # "Four transport planes carried the fruit": the subject of a verb of carrying carries the goods.
            carriers += [g for g in chosen_goods if g.end <= trigger.start and is_vehicle(g, self.lexicon)
                         and g not in carriers and any(o.start >= trigger.end for o in chosen_goods)]
        if any(t.role == "seize" for t in group):
            # "inspected the vessel from North Korea and found 2,000 tonnes of coal": a ship searched or seized
            # carries the goods found after it.
            carriers += [g for g in chosen_goods if g not in carriers and names_carrier(g)
                         and any(o.start > g.end and not is_vehicle(o, self.lexicon) for o in clause.goods)]
            # "impounded the Hong Kong tanker, the Lighthouse Winmore, and questioned its crew": a ship held and named
            # is the ship, not goods.
            carriers += [g for g in chosen_goods if g not in carriers and names_carrier(g)
                         and _SHIP_NAMED_AFTER.match(text, g.end)]
        # "Two North Korean freighters delivered ammunition to Vostochny": ships, planes or trucks right before
        # any verb of transfer, with other goods after it, carry those goods.
        carriers += [g for g in chosen_goods if g not in carriers and is_vehicle(g, self.lexicon)
                     and SUBJECT_GAP.fullmatch(text, g.end, trigger.start)
                     and any(o.start >= trigger.end and not is_vehicle(o, self.lexicon) for o in clause.goods)]
        if chosen_goods and all(_HOLDER.search(g.text) for g in chosen_goods):
            # "300 shipping containers shipped to Syria, which could contain rifles": the goods are what they held.
            last = chosen_goods[-1]
            held = [m for m in clause.mentions if m.kind == "goods" and m.start > last.end
                    and not _HOLDER.search(m.text) and _HELD_AFTER.fullmatch(text, last.end, m.start)]
            if held:
                return goods_listed([m for m in clause.mentions if m.kind == "goods" and m.start >= held[0].start],
                                    text)
        if carriers and len(carriers) < len(chosen_goods):
            chosen_goods = [g for g in chosen_goods if g not in carriers]
        elif carriers or (chosen_goods and all(is_vehicle(g, self.lexicon) and g.end <= trigger.start
                                               for g in chosen_goods)
                          and any(t.text.lower() in _CARRYING or t.role == "seize" for t in group)
                          and not (clause.passive and trigger.text.lower() in _MOVED_WHOLE
                                   and not any(not is_vehicle(o, self.lexicon) for o in clause.goods))):
            # "seized a ship carrying weapons", "a ship stopped by Egypt was carrying grenades": the
            # goods are what the ship carries, when the clause names any.
            last_carrier = (carriers or chosen_goods)[-1]
            carried = [g for g in clause.goods if g.start > last_carrier.end and not is_vehicle(g, self.lexicon)]
            chosen_goods = goods_listed(carried, text)
        return chosen_goods

    def _supplier_by_place(self, clause: _Clause, supplier: Mention | None, recipient: Mention | None,
                           chosen_goods: list[Mention]) -> Mention | None:
        """The supplier, when the clause names none as such: the country the goods are named by, or where
        they were loaded or bought, or the country of who carried them."""
        text, trigger, group, mentions = clause.text, clause.trigger, clause.group, clause.mentions
        parties = clause.parties
        if supplier is None:
            # "North Korean shipments of rockets", "Russian deliveries of fuel": the country a transfer noun of
            # sending is named by sent the goods ("Chinese outbound shipments to Laos", whose goods come next).
            supplier = next((p for t in group if t.role in _SENDING and t.text.lower() in _TRANSFER_NOUNS
                             for p in mentions if p.kind == "country" and p.detail.startswith("demonym")
                             and _NOUN_OWNER.fullmatch(text, p.end, t.start)
                             and (recipient is None or p.country != recipient.country)), None)
        if supplier is None and chosen_goods:
            # "Laos's timber exports in May amounted to": the country whose goods a transfer noun of sending follows.
            first = chosen_goods[0]
            if any(t.role in _SENDING and t.text.lower() in _TRANSFER_NOUNS and first.start < t.start
                   and not text[chosen_goods[-1].end:t.start].strip() for t in group):
                supplier = next((p for p in mentions if p.kind == "country" and not p.detail.startswith("demonym")
                                 and re.fullmatch(r"['’]s?\s+", text[p.end:first.start])
                                 and (recipient is None or p.country != recipient.country)), None)
        if supplier is None and chosen_goods:
            # "took delivery of North Korean rockets" as well as "shipped North Korean coal": goods named by
            # a country other than the recipient's come from it.
            origins = (goods_origin(text, g, mentions, self.lexicon) for g in chosen_goods)
            supplier = next((o for o in origins if o is not None and (
                clause.role != "receive" or recipient is None or o.country != recipient.country)), None)
        if supplier is None and chosen_goods:
            # "North Korean-made grenades were smuggled to Hamas": where goods were made is where they came from
            # when nothing else is told and they went elsewhere.
            made = (goods_origin(text, g, mentions, self.lexicon, made=True) for g in chosen_goods)
            supplier = next((o for o in made if o is not None and (
                recipient is None or o.country != recipient.country)), None)
        if supplier is None and any(t.text.lower() in _TAKING_ON for t in group) \
                and not _FROM_A_SHIP.search(text, trigger.end, clause.end):
            # "loading sand in North Korean waters": where goods are loaded they come from.
            supplier = next((p for p in parties if p.start > trigger.end and p.kind == "country" and re.search(
                # "loading ore in eastern North Korea": a part of the country is the country.
                r"\b(?:at|in|off)\s+(?:the\s+(?:port|city|harbou?r|coast)\s+of\s+)?"
                r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$",
                text[:p.start])), None)
        buying = next((t for t in group if t.role == "receive" or t.text.lower() in ("sale", "sales")), None)
        if supplier is None and buying is not None and chosen_goods:
            # "buying luxury goods in Russia", "after being bought in Germany": where goods are bought is
            # where they come from.
            supplier = next((p for p in mentions if p.kind == "country" and buying.end <= p.start < clause.end
                             and p.start - buying.end <= 60 and re.search(r"\bin\s+$", text[:p.start])
                             and p is not recipient and p.country != (recipient.country if recipient else None)), None)
        if supplier is None and recipient is None and clause.carrying:
            # "A North Korean diplomat was stopped at the airport carrying gold": who carries the goods,
            # when nothing else says where they came from, is their side.
            supplier = next((p for p in parties if p.end <= trigger.start and p.kind == "country"
                             and p.detail == "demonym-party" and p.role == "person"), None)
        return supplier

    def _goods_or_reference(self, clause: _Clause,
                            chosen_goods: list[Mention]) -> tuple[list[Mention], bool] | None:
        """The claim's goods and whether they are only referred to ("delivered it"): a clause without goods
        tells the goods of the relative clause it hangs on, or of a claim before; else it tells no claim."""
        text, trigger, mentions = clause.text, clause.trigger, clause.mentions
        if chosen_goods and all(is_vehicle(g, self.lexicon) and g.end <= trigger.start for g in chosen_goods) and any(
                m.kind == "goods-anaphora" and trigger.end <= m.start <= trigger.end + 4 for m in mentions):
            # "hire ageing tankers to deliver it": the ships carry what "it" stands for.
            chosen_goods = []
        anaphoric = False
        if not chosen_goods:
            reference = [m for m in clause.inside if m.kind == "goods-anaphora"] or [
                m for m in mentions if m.kind == "goods-anaphora" and m.end <= trigger.start]
            antecedent = clause_antecedent(text, mentions, clause.start) if clause.start > 0 else None
            if antecedent is not None and is_vehicle(antecedent, self.lexicon) and any(
                    m.kind == "goods-anaphora" and trigger.end <= m.start <= trigger.end + 4 for m in mentions):
                # "the aircraft belongs to the state airline, which only carried them": the carrier, not the goods.
                antecedent = None
            if antecedent is not None and queued_carrier(antecedent, text):
                # "trucks are lined up at the customs office, which is used for smuggling": the trucks wait their turn.
                antecedent = None
            amount = _BARE_AMOUNT.match(text, trigger.end)
            told = [m for m in mentions if m.kind == "goods" and m.end <= clause.start]
            if antecedent is not None:
                chosen_goods = [antecedent]
            elif reference and self.drafts:
                anaphoric = True
            elif (amount is not None or _AMOUNT_PASSIVE.search(text, 0, trigger.start)) and told:
                # "unloaded 4,156 tons of the coal at Pohang, while the Sky Angel delivered 5,000 tons to
                # Incheon": an amount with no goods counts the goods the sentence told before.
                chosen_goods = [told[-1]]
            elif amount is not None and self.drafts and not any(m.kind == "goods" for m in mentions):
                # "It reported supplying 15,000 barrels for January": a count in the unit of the goods just told,
                # right after the transfer word and with no goods named, is another lot of them.
                anaphoric = True
            else:
                return None
        return chosen_goods, anaphoric

    def _finish(self, index: int, sentence: Sentence, group: list[Mention], kinds: list[str], mentions: list[Mention],
                dates: list[DateMention], start: int, end: int, trigger: Mention, supplier: Mention | None,
                recipient: Mention | None, chosen_goods: list[Mention], *, anaphoric: bool = False) -> Draft:
        """The draft of a clause whose roles and goods are read: its date, hedges, amounts and evidence."""
        text = sentence.text
        # "exported cosmetics worth $20,000 and whisky worth $15,000": goods each with a sum of its own after them.
        chosen_goods = chosen_goods + priced_lots(text, chosen_goods, mentions)
        frame = _PLACE_OPENING.match(text)
        if supplier is not None and frame is not None and supplier.kind == "country" and supplier.end <= frame.end() \
                and trigger.role in ("give", "supply") and trigger.start >= frame.end():
            # "In Malawi, it signed a contract to supply radar", "Regarding Chad, the panel looked into the sale
            # of rifles by a firm": the country the sentence opens on is where the goods went, not who supplied them.
            supplier, recipient = None, (recipient if recipient is not None else supplier)
        elif frame is not None and supplier is not None and supplier.country is not None \
                and supplier.start >= frame.end() and trigger.role in ("give", "supply") \
                and (recipient is None or (recipient.kind != "country" and recipient.country is None)) \
                and (place := next((m for m in mentions if m.kind == "country" and m.end <= frame.end()
                                    and m.country != supplier.country), None)) is not None:
            # "In Chad, Serbia provided pistols to the presidential guard": the goods went to the place the sentence
            # opens on.
            recipient = place if recipient is None else replace(recipient, country=place.country)
        if supplier is not None and recipient is not None and same_party(supplier, recipient):
            if supplier.kind == "country" and supplier.detail == "demonym-party" and supplier.role == "vessel" \
                    and recipient.detail != "demonym-party":
                # "North Korean ships have ferried missile parts to the Stalinist state": ships carry to their own
                # country what others supplied.
                supplier = None
            elif supplier.kind == "country" and supplier.detail == "place" and supplier.end <= trigger.start \
                    and _STAYED_IN.search(text, 0, supplier.start) \
                    and recipient.kind == "country" and recipient.detail == "demonym-party" \
                    and recipient.start >= trigger.end:
                # "had been in Vladivostok, delivering building materials to a Russian contractor": the city the
                # carrier was in is where the party the goods were delivered to is, not where they came from.
                supplier = None
            elif supplier.kind == "country" and supplier.detail.startswith("demonym") \
                    and supplier.role in ("person", "organization") \
                    and not recipient.detail.startswith("demonym") and recipient.start >= trigger.end:
                # "charged a local man, a North Korean and two firms with supplying luxury handbags to North Korea":
                # the country named as where the goods went is the recipient; a person of that country among those
                # charged is not who sold to it. "A Laotian firm whose branch sent cars to Laos": nor is a body
                # told by its country's adjective; the goods went home, from where the text does not say.
                supplier = None
            else:
                recipient = None
        # "The ship, seized in May, had previously smuggled coal": the transfer told as done before is dated by its own
        # word, not by the seizure's.
        dated_by = next((t for t in group if t.role != "seize" and DONE_EARLIER.search(text, 0, t.start)), trigger)
        date_mention, date_sentence = claim_date(sentence, dates, start, end, dated_by, mentions, self.last_dates)
        hedges = [m for m in mentions if m.kind == "hedge" and m.end <= end and
                  (start <= m.start or (m.value == ClaimStatus.ALLEGED.value and m.start < trigger.start))
                  and not (_OF_THE_GOODS.search(text, 0, m.start)
                           and not _HEDGES_THE_VERB.match(text[m.end:trigger.start]))
                  and not (m.start < start and _HEDGES_A_DESCRIPTION.match(text, m.end))
                  and not (_PROMISED.match(m.text) and any(g.kind == "goods" and 0 <= m.start - g.end <= 1
                                                           for g in mentions))]
        draft = Draft(sentence, index, kinds, [(g, describe(text, g, mentions, self.lexicon)) for g in chosen_goods],
                       supplier, recipient, date_mention, date_sentence, hedges, anaphoric=anaphoric)
        draft.status = status_of(hedges)
        _weekday_to_come(draft, self.reference)
        # "the Blue Heron shipped North Korean coal": the ship that carried the goods, whoever is read as their side.
        # "two freighters, the Blue Heron and the Gold Finch, unloaded coal": two ships, neither the one carrier.
        ships = {m.value: m for m in mentions if m.kind == "vessel" and m.end <= trigger.start}
        draft.carrier = next(iter(ships.values())) if len(ships) == 1 else None
        if _NEGATION.search(text[max(start, trigger.start - 24):trigger.start]) \
                or _NOTHING_SHOWS.search(text[max(start, trigger.start - 80):trigger.start]) \
                or _NEVER_ASKED.search(text, start, trigger.start):
            # "paid $10 million for Nodong missiles, but the weapons were never delivered": a deal paid for and
            # not carried out was planned; a transfer said otherwise not to have happened is denied.
            draft.status = ClaimStatus.PLANNED if _PAID_BUT.search(text, 0, trigger.start) else ClaimStatus.DENIED
            draft.negated = True
            draft.nil = bool(re.match(r"\s+any\b", text[trigger.end:]))
        lot = self._second_lot(text, mentions, draft) if chosen_goods else None
        if lot is None:
            read_amounts(draft, text, start, end, chosen_goods)
            held = _CONTAINERS_HOLDING.search(text, start, chosen_goods[0].start) \
                if draft.quantity is None and chosen_goods and trigger.end <= chosen_goods[0].start else None
            if held is not None and held.start() >= trigger.end:
                # "sent over 2,000 containers to Sudan, allegedly including rifles": the goods counted by the
                # containers that hold them.
                draft.quantity = (held.group("count").replace(",", ""), "containers", Mention(
                    "quantity", held.start("count"), held.end("unit"), text[held.start("count"):held.end("unit")]))
        else:
            # Each lot's count is its own: the first is told last before the second.
            first = sorted(m.start() for lots in (_LOT, _BARE_LOT) for m in lots.finditer(text, start, lot[1]))
            begin = first[-1] if first else start
            read_amounts(draft, text, begin, lot[1], [m for m in mentions if m.kind == "goods"
                                                      and begin <= m.start < lot[1]] or chosen_goods)
        flows = counted_flows(text, chosen_goods, start, between_countries=_between_countries(draft, trigger))
        if flows:
            # "1,200 tonnes of rice and 300 tonnes of flour": each counted goods is a trade flow of its own.
            parts = [replace(draft, goods=[pair], evidence=[], quantity=None, value=None, flow=True)
                     for pair in draft.goods]
            # "... and 2,010 tonnes of pig iron, worth 4.3 billion won and 1.1 billion won respectively": each its sum.
            after = flows[-1][1]
            sums = values_respectively(text[after:], len(parts))
            for index, (part, (begin, finish)) in enumerate(zip(parts, flows, strict=True)):
                read_amounts(part, text, begin, finish, [part.goods[0][0]])
                if part.quantity is None and (told := count_told_after(text, part.goods[0][0], finish)) is not None:
                    part.quantity = (told.amount, told.unit, Mention("quantity", told.start, told.end, told.text))
                if sums:
                    own = sums[index]
                    part.value = (own.amount, own.unit or "",
                                  Mention("value", after + own.start, after + own.end, own.text))
                add_evidence(part, group)
            self.drafts.extend(parts[:-1])
            return parts[-1]
        respective = _respective(text, mentions, dates, draft, trigger) if lot is None and chosen_goods else None
        passive = next((t for t in group if chosen_goods and all(g.end <= t.start for g in chosen_goods)
                        and _AMOUNT_PASSIVE.search(text, 0, t.start)), None)
        if respective is None and lot is None and passive is not None:
            respective = _amounts_passive(text, dates, draft, passive)
        if respective is None and lot is None and chosen_goods:
            respective = _two_lots(text, draft, start, end)
        if respective is None and lot is None:
            respective = _goods_in_turn(text, mentions, draft)
        if respective is None and lot is None and chosen_goods:
            respective = _lot_besides(text, dates, draft)
        if respective is not None:
            # "A and B shipped 4,100 tonnes and 2,300 tonnes of naphtha, respectively": one lot each, in turn.
            for part in respective:
                add_evidence(part, group)
            self.drafts.append(respective[0])
            return respective[1]
        if _joint_suppliers(text, mentions, draft, trigger):
            # "Chile and Peru supplied 40,000 tonnes of copper": one sum for two countries together is the
            # total of both, neither one's transfer.
            draft.supplier = None
        # A transfer not yet given its goods is no second cargo.
        others = self._other_destinations(text, mentions, draft) if chosen_goods or anaphoric else []
        if not others and chosen_goods:
            others = self._other_origins(text, mentions, draft)
        arrivals = arrivals_apart(text, mentions, dates, draft, start, end) if not others and lot is None \
            and chosen_goods else []
        if arrivals:
            # "The Liberia-flagged ship arrived in Busan on March 4 and the Togo-flagged vessel carrying coal arrived
            # in Ulsan on March 9": a cargo to each port, on its own day, in the order told.
            for arrival in arrivals:
                add_evidence(arrival, group)
            self.drafts.extend(arrivals[:-1])
            return arrivals[-1]
        if not others and lot is not None:
            others = [lot[0]]
            read_amounts(lot[0], text, lot[1], lot[2], [m for m in mentions if m.kind == "goods"
                                                        and lot[1] <= m.start < lot[2]])
        add_evidence(draft, group)
        if others:
            # "coal to be shipped from Nampho to Indonesia and to Vietnam", "mortars to Laos, Chad and Niger": a
            # cargo to each; "1,500 tons of oil to the Sea Lark and 2,000 tons of oil to the Morning Star": two
            # lots, one to each.
            for other in others:
                add_evidence(other, group)
            self.drafts.extend([draft, *others[:-1]])
            return others[-1]
        return draft

    @staticmethod
    def _other_destinations(text: str, mentions: list[Mention], draft: Draft) -> list[Draft]:
        """The drafts of the same goods to the other places listed after the recipient ("to Laos, Chad and
        Niger"), or to a second party named "and to" right after it."""
        recipient = draft.recipient
        if recipient is None:
            return []
        if listed := parties_listed_after(text, mentions, recipient):
            if _MARKETS_BEFORE.search(text, 0, recipient.start) \
                    and all(m.country not in (None, "KP") for m in (recipient, *listed)):
                # "The firm exports used trawlers, mainly to Chile, Peru and Ecuador": a trade told by its markets
                # is one claim, no cargo to each; a list naming North Korea keeps a claim to each.
                return []
            return [replace(draft, recipient=other, evidence=[]) for other in listed]
        joined = _AND_TO.match(text, recipient.end)
        if joined is None:
            return []
        other = next((m for m in mentions if m.start == joined.end() and is_party(m, text)), None)
        if other is None or same_party(other, recipient):
            return []
        return [replace(draft, recipient=other, evidence=[])]

    @staticmethod
    def _other_origins(text: str, mentions: list[Mention], draft: Draft) -> list[Draft]:
        """The drafts of the same goods from the other countries listed after the one they came "from" ("shipped
        in diesel from China and Russia"): each supplied them."""
        supplier, recipient = draft.supplier, draft.recipient
        if supplier is None or recipient is None or supplier.kind != "country" \
                or not _FROM_BEFORE.search(text, 0, supplier.start):
            return []
        return [replace(draft, supplier=other, evidence=[]) for other in parties_listed_after(text, mentions, supplier)
                if other.kind == "country" and other.country is not None and other.country != recipient.country]

    @staticmethod
    def _second_lot(text: str, mentions: list[Mention], draft: Draft) -> tuple[Draft, int, int] | None:
        """The draft of a second counted lot of the goods to a second party ("including 1,500 tons of oil to the
        Sea Lark and 2,000 tons of oil to the Morning Star"), with where its words begin and end."""
        recipient = draft.recipient
        if recipient is None:
            return None
        # "... for the benefit of North Korea, including 1,500 tons of oil to the Sea Lark and 2,000 tons ...":
        # the lots may follow the recipient the clause named first.
        joined = _AND_LOT_TO.search(text, recipient.end)
        if joined is None or ";" in text[recipient.end:joined.start()]:
            return None
        other = next((m for m in mentions if joined.end() <= m.start <= joined.end() + 4 and is_party(m, text)), None)
        if other is None or same_party(other, recipient):
            return None
        # The same goods counted again ("and 1,200 tons of maize" after rice is another transfer, not a lot).
        told = {g.value for g, _ in draft.goods}
        counted = [m for m in mentions if m.kind == "goods" and joined.start("lot") <= m.start < joined.end()]
        bare = joined.group("of") is None and not counted \
            and _BARE_LOT_BEFORE.search(text, 0, recipient.start) is not None
        if not bare and (not counted or any(m.value not in told for m in counted)):
            return None
        return (replace(draft, recipient=other, evidence=[], quantity=None, value=None), joined.start("lot"),
                other.end)

    def _exchange(self, index: int, sentence: Sentence, group: list[Mention], kinds: list[str],
                  mentions: list[Mention], parties: list[Mention], goods: list[Mention],
                  dates: list[DateMention], cuts: list[int]) -> Draft | None:
        text = sentence.text
        # "..., according to a cable from the U.S. embassy": the sides are those of the exchange's clause.
        start, end = self._clause(group[0].start, cuts, text)
        people = [m for m in mentions if is_party(m, text) and start <= m.start < end]
        distinct: list[Mention] = []
        for mention in people:
            if not any(same_party(mention, d) for d in distinct):
                distinct.append(mention)
        pair = _BOTH_SIDES.search(text, 0, group[0].start)
        if len(distinct) < 2 and pair is not None:
            # "the two leaders swapped swords": the two parties the sentence before names.
            said, told = self.previous
            before: list[Mention] = []
            for mention in (m for m in told if is_party(m, said)):
                if not any(same_party(mention, d) for d in before):
                    before.append(mention)
            if len(before) >= 2:
                distinct = [replace(m, start=pair.start(), end=pair.end(), text=pair.group(0)) for m in before[:2]]
        paying = any(t.text.lower() == "paid for" for t in group)
        if (len(distinct) < 2 or paying) and goods:
            return self._paid_in_kind(index, sentence, group, mentions, goods, dates, cuts)
        if len(distinct) < 2 or not goods:
            return None
        trigger = group[0]
        start, end = self._clause(trigger.start, cuts, text)
        goods = goods_listed(goods, text)
        back = [g for g in mentions if g.kind == "goods" and g.start > goods[-1].end and g.end <= end
                and _FOR_GOODS.fullmatch(text, goods[-1].end, g.start)]
        given = next((o for g in goods if (o := self._goods_country(text, g, mentions)) is not None), None)
        taken = next((o for g in back if (o := self._goods_country(text, g, mentions)) is not None), None)
        if (given is not None and given.country == distinct[1].country != distinct[0].country) \
                or (taken is not None and taken.country == distinct[0].country != distinct[1].country):
            # "The two sides bartered the South's rice for North Korean zinc": goods named by a side's country
            # go from that side, whichever side was told first.
            distinct = [distinct[1], distinct[0], *distinct[2:]]
        date_mention, date_sentence = claim_date(sentence, dates, start, end, trigger, mentions, self.last_dates)
        hedges = [m for m in mentions if m.kind == "hedge" and start <= m.start < end]
        first = Draft(sentence, index, kinds, [(g, describe(text, g, mentions, self.lexicon)) for g in goods],
                       distinct[0], distinct[1], date_mention, date_sentence, hedges)
        first.status = status_of(hedges)
        add_evidence(first, group)
        # "exchanged shells for oil": the goods after "for" went the other way.
        second = replace(first, supplier=distinct[1], recipient=distinct[0], evidence=[],
                         goods=[(g, describe(text, g, mentions, self.lexicon)) for g in goods_listed(back, text)]
                         if back else list(first.goods))
        add_evidence(second, group)
        self.drafts.append(first)
        return second

    def _goods_country(self, text: str, goods: Mention, mentions: list[Mention]) -> Mention | None:
        """The country goods are named by: their origin ("North Korean liquor") or their owner ("the South's sugar")."""
        return goods_origin(text, goods, mentions, self.lexicon) or next(
            (m for m in mentions if m.kind == "country" and m.country
             and _OWNED_BEFORE_GOODS.fullmatch(text, m.end, goods.start)), None)

    def _paid_in_kind(self, index: int, sentence: Sentence, group: list[Mention], mentions: list[Mention],
                      goods: list[Mention], dates: list[DateMention], cuts: list[int]) -> Draft | None:
        """"Myanmar exchanged rice for North Korean shells", "Myanmar paid for North Korean shells with rice":
        one side is the subject, the other the country the goods it gave are named by; each side's goods go to
        the other side."""
        text = sentence.text
        trigger = next((t for t in group if t.role == "exchange"), group[0])
        start, end = self._clause(trigger.start, cuts, text)
        paying = trigger.text.lower() == "paid for"
        cue = re.compile(r"\bwith\b" if paying else r"\bfor\b").search(text, trigger.end, end)
        if cue is None:
            return None
        goods = [g for g in mentions if g.kind == "goods" and trigger.end <= g.start < end] or goods
        before_cue = [g for g in goods if trigger.end <= g.start < cue.start()]
        after_cue = [g for g in goods if g.start >= cue.end()]
        if paying:
            given, taken = after_cue, [g for g in goods if trigger.end <= g.start < cue.start()]
        else:
            given, taken = before_cue, after_cue
        subject = next((p for p in reversed(mentions) if start <= p.start and p.end <= trigger.start
                        and is_party(p, text)), None)
        other = next((o for g in taken if (o := goods_origin(text, g, mentions, self.lexicon)) is not None), None)
        if subject is None:
            # "The two firms bartered South Korean sugar for North Korean liquor": no side as the subject, the goods
            # given told by where they come from name it.
            subject = next((o for g in given if (o := self._goods_country(text, g, mentions)) is not None), None)
        if subject is None or other is None or not given or not taken or subject.country == other.country:
            return None
        date_mention, date_sentence = claim_date(sentence, dates, start, end, trigger, mentions, self.last_dates)
        hedges = [m for m in mentions if m.kind == "hedge" and start <= m.start < end]
        made: list[Draft] = []
        for supplier, recipient, lot in ((subject, other, given), (other, subject, taken)):
            listed = goods_listed(lot, text)
            described = [(g, describe(text, g, mentions, self.lexicon)) for g in listed]
            draft = Draft(sentence, index, ["exchange"], described, supplier, recipient, date_mention, date_sentence,
                          hedges)
            draft.status = status_of(hedges)
            add_evidence(draft, group)
            made.append(draft)
        self.drafts.append(made[0])
        return made[1]


# "sold 4,100 tonnes and 2,300 tonnes of naphtha, respectively", "exported 900 and 450 barrels of jet fuel,
# respectively, in May and June": two counts of one goods told in turn, for two parties or two times told in turn.
_RESPECTIVE = re.compile(r"\s+(?:(?:about|around|some|nearly|roughly|more than|over)\s+)?(?P<a>\d[\d,]*(?:\.\d+)?)\s+"
                         r"(?:(?P<unit_a>[a-z]+)\s+)?and\s+(?P<b>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>[a-z]+)\s+of\s+"
                         r"[^;.]{1,60}?,?\s+respectively\b", re.IGNORECASE)
# "delivered 2,000 tons and 3,000 tons of coal": two counts in one unit, of the goods told once, with no
# "respectively" to share them out; "between 2,000 tons and 3,000 tons" is a range, one lot.
_TWO_COUNTS = re.compile(r"(?<![\w,.])(?P<a>\d[\d,]*(?:\.\d+)?)\s+(?P<unit_a>[a-z]+)\s+and\s+"
                         r"(?:(?:about|around|some|nearly|roughly|another|a further)\s+)?"
                         r"(?P<b>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>[a-z]+)\s+of\s+(?![^;.]{0,60}?\brespectively\b)",
                         re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:(?:about|around|some|nearly|roughly)\s+)?$", re.IGNORECASE)


# "North Korea's Vietnam-bound iron exports", "its coal exports": a possessive and at most two words before the noun.
_OWNER_OF_NOUN = re.compile(r"(?:['’]s|\b(?P<pronoun>its|their))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _flow_owner(text: str, trigger: Mention, mentions: list[Mention], other: Mention | None) -> Mention | None:
    """The party whose trade a transfer noun names by a possessive: the country or body right before "'s", or, for
    "its" or "their", the sentence's subject, the first party before it; never the party on the other side."""
    owned = _OWNER_OF_NOUN.search(text, max(0, trigger.start - 60), trigger.start)
    if owned is None or owned.end() != trigger.start:
        return None
    sides = [m for m in mentions if m.kind in ("country", "organization") and m.country
             and not m.detail.startswith("demonym") and m.end <= owned.start()]
    if owned.group("pronoun"):
        found = sides[0] if sides and not re.search(r"[;,]", text[sides[0].end:owned.start()]) else None
    else:
        found = next((m for m in sides if m.end == owned.start()), None)
    if found is None or (other is not None and (same_party(found, other) or found.country == other.country)):
        return None
    return found


# Between the country a broken rule is aimed at and the transfer word: a few words, then "by" ("... against North
# Korea last year by illegally supplying").
_BY_DOING = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+by\s+(?:(?:illegally|secretly|illicitly|indirectly|directly|"
                       r"allegedly|knowingly)\s+)?$", re.IGNORECASE)


def _rule_target(text: str, trigger: Mention, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The country a broken rule told just before a transfer word is aimed at ("violating the sanctions against North
    Korea by selling"), or None."""
    for mention in mentions:
        if mention.kind == "rules" and mention.end <= trigger.start \
                and _BY_DOING.fullmatch(text, mention.end, trigger.start):
            return replace(mention, kind="country")  # "violated the North Korea sanctions by selling"
        if mention.kind == "country" and mention.country and mention.end <= trigger.start \
                and not mention.detail.startswith("demonym") \
                and _BY_DOING.fullmatch(text, mention.end, trigger.start):
            broken = lexicon.broke_against.search(text, max(0, mention.start - 120), mention.start)
            if broken is not None and broken.end() == mention.start:
                return mention
    return None


def _bought_from(text: str, group: list[Mention], trigger: Mention,
                 parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """The word of buying and the party bought from, when goods were bought from a party and then sold on ("bought
    ore from North Korea and resold it", "importing coal from North Korea to sell abroad"), or None."""
    bought = next((t for t in group if t.role == "receive"), None)
    sold = next((t for t in group if t.role in _SENDING and bought is not None and t.start > bought.end), None)
    if bought is None or sold is None:
        return None
    origin = next((p for p in parties if p.country and bought.end <= p.start and p.end <= sold.start
                   and _FROM_BEFORE.search(text, bought.end, p.start)), None)
    return (bought, origin) if origin is not None else None


# "to send", "to ship", "for shipment", "for export", "in order to send": the goods' purpose after they were bought.
# "bought rifles with plans to send them on to Laos", "intending to sell them on": a purpose told by a plan or
# an intent.
_TO_SEND_ON = re.compile(r"\b(?:(?:in\s+order\s+|(?:with\s+(?:the\s+|a\s+)?(?:plans?|aim|intention|intent)"
                         r"|intending|planning)\s+)?to|for|for\s+onward|intended\s+for|meant\s+for"
                         r"|with\s+(?:the\s+)?(?:aim|intention|idea)\s+of)\s+(?:later\s+)?$", re.IGNORECASE)
_PLAN_BEFORE_TO = re.compile(r"\b(?:with\s+(?:the\s+|a\s+)?(?:plans?|aim|intention|intent)|intending|planning)\s+$",
                             re.IGNORECASE)
_ON_TO = re.compile(r"(?:\s+(?:them|it|the\s+\w+))?\s+(?:on\s+)?(?:to|into)\s+(?:the\s+)?")
_SUPPLIED_WHOM = re.compile(r"\s+(?:the\s+)?")


# "to keep the regime afloat", "to fund Pyongyang's weapons programmes": whom the proceeds of a sale serve.
_FUNDS_WHOM = re.compile(r"\bto\s+(?:help\s+)?(?:keep|prop\s+up|fund|finance|bankroll|sustain|enrich|"
                         r"(?:raise|earn|generate)\s+(?:money|funds|cash|revenue|hard\s+currency)\s+for)\s+"
                         r"(?:the\s+)?(?:regime\s+of\s+)?$", re.IGNORECASE)
# "steel sheets needed for the making of North Korean rockets": what the goods go into, and whose it is.
_MADE_INTO = re.compile(r"\s*,?\s+(?:(?:that|which)\s+(?:are|were|is|was)\s+)?"
                        r"(?:used|needed|destined|intended|meant)\s+"
                        r"(?:in|for)\s+(?:the\s+)?(?:production|manufacture|manufacturing|making|development|"
                        r"building|assembly)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _maker_served(text: str, goods: list[Mention], mentions: list[Mention]) -> Mention | None:
    """The country whose weapons or goods the goods just read go into ("needed for the making of Iranian drones"),
    or None."""
    return next((m for g in goods for m in mentions if m.kind == "country" and m.detail.startswith("demonym")
                 and m.country and m.start > g.end and _MADE_INTO.fullmatch(text, g.end, m.start)), None)


def _keeping_north_korea(before: tuple[Mention | None, Mention | None],
                         after: tuple[Mention | None, Mention | None]) -> tuple[Mention | None, Mention | None]:
    """The sides a rule reads, unless they would lose a North Korean side the words gave: then the sides before."""
    if any(p is not None and p.country == "KP" for p in before) \
            and not any(p is not None and p.country == "KP" for p in after):
        return before
    return after


# "after it docked at", "when the vessel arrived in": a ship's stop told after the seizure of what it carried.
_SHIP_STOPPED_AT = re.compile(r"\b(?:after|when|as|once)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:ship|vessel|freighter|tanker|"
                              r"boat))\s+(?:had\s+)?(?:arrived|docked|called|berthed|anchored|stopped)\s+(?:at|in)\s+"
                              r"(?:the\s+)?(?:port\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "wanted the broker to send", "asked a Texas dealer to ship": the one asked, then the verb of sending.
_ASKED_TO = re.compile(r"\b(?:wanted|wants|want|asked|asks|ask|urged|urges|requested|requests|ordered|orders|"
                       r"instructed|instructs|pressed|presses|begged|commissioned|hired|enlisted)\s+"
                       r"(?P<whom>(?:[\w.'’-]+\s+){1,5}?)(?:to\s+)?$", re.IGNORECASE)
# "uses front companies in Malaysia to buy", "working through brokers in Macau, run by a cousin, to buy": firms,
# banks or brokers a party works through to make a transfer.
_USES_FRONTS = re.compile(r"\b(?:uses|used|using|use|relies\s+on|relied\s+on|relying\s+on|works\s+through|"
                          r"worked\s+through|working\s+through)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:companies|firms|fronts?|intermediaries|middlemen|brokers|banks|agents|networks?|"
                          r"subsidiaries|proxies)\b(?P<means>[^.;]{0,120}?)\bto\s+(?:[\w$.,-]+\s+){0,8}?$",
                          re.IGNORECASE)


def _user_of_fronts(text: str, trigger: Mention, mentions: list[Mention], party: Mention | None) -> Mention | None:
    """The party that works through the firms the side just read belongs to ("North Korea uses front firms in
    Indonesia to buy"), or None."""
    found = _USES_FRONTS.search(text, 0, trigger.start)
    if found is None or found.end() != trigger.start or party is None \
            or not found.start() < party.start < trigger.start:
        return None
    return next((m for m in reversed(mentions) if m.kind in ("country", "organization", "person") and m.country
                 and m.end <= found.start() and m.country != party.country
                 and not re.search(r"[.;]", text[m.end:found.start()])), None)


def _bought_to_send(text: str, group: list[Mention], mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The word of sending and where to for goods bought to be sent on ("bought cartridges to send to North Korea"), or
    None."""
    bought = next((t for t in group if t.role == "receive"), None)
    if bought is None:
        return None
    for onward in group:
        purpose = _TO_SEND_ON.search(text, bought.end, onward.start) if onward.start > bought.end else None
        if purpose is None and onward.start > bought.end and onward.text.lower().startswith("to "):
            purpose = _PLAN_BEFORE_TO.search(text, bought.end, onward.start)  # "with plans" before "to ship"
        if onward.role not in _SENDING or purpose is None or purpose.end() != onward.start:
            continue
        # "bought fuel for delivery to North Korea", "for supplying North Korea": the party the goods go on to.
        on_to = _SUPPLIED_WHOM if onward.text.lower().startswith("supplying") else _ON_TO
        where = next((m for m in mentions if m.kind in ("country", "organization") and m.country
                      and m.start > onward.end and on_to.fullmatch(text, onward.end, m.start)), None)
        if where is not None:
            return onward, where
    return None


def _two_lots(text: str, draft: Draft, start: int, end: int) -> tuple[Draft, Draft] | None:
    """The two lots of goods counted twice in one unit ("2,000 tons and 3,000 tons of coal"), each with its count;
    None when the clause counts its goods once, or tells a range."""
    found = _TWO_COUNTS.search(text, start, end)
    if found is None or found.group("unit_a").lower() != found.group("unit").lower() \
            or _RANGE_BEFORE.search(text, max(0, found.start() - 30), found.start()) \
            or not any(found.end() <= goods.start <= found.end() + 30 for goods, _ in draft.goods):
        return None

    def lot(name: str) -> Draft:
        quantity = (found.group(name).replace(",", ""), found.group("unit"),
                    Mention("quantity", found.start(name), found.end("unit_a" if name == "a" else "unit"),
                            text[found.start(name):found.end("unit_a" if name == "a" else "unit")]))
        return replace(draft, evidence=[], quantity=quantity, value=None, flow=True)

    return lot("a"), lot("b")


# ", mainly to", "mostly to": the destinations a trade is told to go to as a whole, its markets.
_MARKETS_BEFORE = re.compile(r"\b(?:mainly|mostly|chiefly|largely|primarily|principally)\s+to\s+(?:the\s+)?$",
                             re.IGNORECASE)
# ", in addition to the 40 already delivered in May", "on top of some 300 shipped last year": a count of the same goods
# told as sent at another time, beside the transfer the clause tells.
_LOT_BESIDES = re.compile(r",?\s*\b(?:in\s+addition\s+to|on\s+top\s+of|besides)\s+(?:the|some|about|around|over|"
                          r"more\s+than|nearly|almost)?\s*(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+"
                          r"(?:[A-Za-z-]+\s+){0,3}?(?:(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
                          r"(?:already\s+|previously\s+|earlier\s+)?"
                          r"(?P<verb>supplied|sent|delivered|shipped|provided|transferred|exported|handed\s+over)\b",
                          re.IGNORECASE)


def _lot_besides(text: str, dates: list[DateMention], draft: Draft) -> tuple[Draft, Draft] | None:
    """The draft and a second lot of its goods told after it as sent before ("will send 200 mortars in 2025, in
    addition to the 120 already delivered in 2023"): the lot has its own count and its own time, and was done."""
    found = _LOT_BESIDES.search(text, draft.goods[-1][0].end if draft.goods else 0)
    if found is None or draft.quantity is None or found.start() < draft.quantity[2].end:
        return None
    amount = found.group("count").replace(",", "")
    if amount == draft.quantity[0]:
        return None
    close = re.search(r"[;.]|,\s+(?:according|said|says|he|she|they|it)\b", text[found.end():])
    stop = found.end() + (close.start() if close else len(text) - found.end())
    when = next((d for d in dates if found.end() <= d.start < stop and d.value is not None), None)
    lot = replace(draft, evidence=[], hedges=[], status=ClaimStatus.REPORTED, date=when,
                  date_sentence=draft.sentence if when is not None else None,
                  quantity=(amount, draft.quantity[1], Mention("quantity", found.start("count"), found.end("count"),
                                                               found.group("count"))))
    if draft.date is not None and found.start() <= draft.date.start < stop:
        draft.date, draft.date_sentence = None, None
    return draft, lot


_TWO_TIMES = re.compile(r"[^;.]{0,40}?\b(?:in|during)\s+$", re.IGNORECASE)


def _amounts_passive(text: str, dates: list[DateMention], draft: Draft, trigger: Mention) -> tuple[Draft, Draft] | None:
    """The amount told as the subject of a passive transfer word ("when 800 tonnes were handed over"), given to the
    draft; two amounts ("1,500 and then 2,000 tons") are two lots, one each, and are returned. A date told just
    before ", when" is theirs ("in late 2022, when 800 tonnes were handed over")."""
    found = _AMOUNT_PASSIVE.search(text, 0, trigger.start)
    if found is None or not text[found.end():trigger.start].strip() == "":
        return None
    if draft.date is None:
        then = next((d for d in dates if d.value is not None
                     and re.fullmatch(r",?\s+when\s+", text[d.end:found.start()])), None)
        if then is not None:
            draft.date, draft.date_sentence = then, draft.sentence
    unit = found.group("unit")
    counts = [(found.group(name).replace(",", ""), found.start(name), found.end(name))
              for name in ("a", "b") if found.group(name)]
    if len(counts) == 1:
        amount, begin, finish = counts[0]
        draft.quantity = (amount, unit, Mention("quantity", begin, finish, text[begin:finish]))
        return None
    first, second = (replace(draft, evidence=[], flow=True, quantity=(
        amount, unit, Mention("quantity", begin, finish, text[begin:finish]))) for amount, begin, finish in counts)
    return first, second


# "2,000 containers to Sudan, allegedly including rifles", "2,000 sea containers that could contain rifles": a count of
# containers told as holding the goods named after.
_CONTAINERS_HOLDING = re.compile(r"(?<![\d,.])(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+(?:sea\s+|shipping\s+|freight\s+)?"
                                 r"(?P<unit>containers)\b[^.;:()]{0,60}?\b(?:including|carrying|containing|"
                                 r"(?:that|which)\s+(?:(?:could|may|might|would)\s+(?:have\s+)?)?(?:contained|contain|held|hold)|"
                                 r"loaded\s+with|filled\s+with|packed\s+with)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _joint_suppliers(text: str, mentions: list[Mention], draft: Draft, trigger: Mention) -> bool:
    """The supplier is one of two countries named together, "A and B", before the transfer word or after "by", and
    the sentence gives the goods no count "each" or "respectively": the transfer told is the two countries' total."""
    supplier = draft.supplier
    if supplier is None or supplier.kind != "country" or not supplier.country:
        return False
    if _EACH_OF_THEM.search(text):
        return False
    others = [p for p in mentions if p.kind == "country" and p.country and p.country != supplier.country
              and is_party(p, text)
              and (re.fullmatch(r"\s+and\s+", text[p.end:supplier.start])
                   or re.fullmatch(r"\s+and\s+", text[supplier.end:p.start]))]
    recipient = draft.recipient
    return any(recipient is None or p.country != recipient.country for p in others) \
        and (supplier.end <= trigger.start or re.search(r"\bby\s+$", text[trigger.end:min(supplier.start, *(
            p.start for p in others))]) is not None)


# "shipped 900 and 450 tonnes, respectively", "supplied 2,000 tonnes each": counts of each party's own lot.
# The words customs figures tell a flow by ("imported", "exports", "bought"), not "added to its fleet".
_TRADE_WORD = re.compile(r"(?:im|ex)ports?|(?:im|ex)ported|bought|buys?|purchased|purchases?|sold|sells?|sales?",
                         re.IGNORECASE)


def _between_countries(draft: Draft, trigger: Mention) -> bool:
    """Each side told is a country itself ("China", "North Korean imports"), not a person, firm, ship or city of it,
    and the goods were told imported, exported, bought or sold, not carried, seized or smuggled: a trade flow between
    states, as customs figures tell it."""
    sides = [side for side in (draft.supplier, draft.recipient) if side is not None]
    return bool(sides) and _TRADE_WORD.fullmatch(trigger.text) is not None and all(
        side.kind == "country" and (side.detail == "name" or (
            side.detail == "demonym-party" and side.role == "country")) for side in sides)


_EACH_OF_THEM = re.compile(r"\b(?:respectively|each)\b", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"[^;.]{0,80}?\brespectively\b", re.IGNORECASE)


def _goods_in_turn(text: str, mentions: list[Mention], draft: Draft) -> tuple[Draft, Draft] | None:
    """"China and Russia supplied trucks and rifles to North Korea, respectively": two goods told in turn for two
    suppliers (or two recipients) told in turn, one lot each; None unless the clause says "respectively"."""
    if len(draft.goods) != 2:
        return None
    first, second = sorted(draft.goods, key=lambda pair: pair[0].start)
    if _RESPECTIVELY_AFTER.match(text, second[0].end) is None:
        return None
    for role in ("supplier", "recipient"):
        side = getattr(draft, role)
        if side is None or side.kind != "country" or not side.country:
            continue
        other = next((p for p in mentions if p.kind == "country" and p.country and p.country != side.country
                      and is_party(p, text) and (re.fullmatch(r",?\s+and\s+", text[p.end:side.start])
                                                 or re.fullmatch(r",?\s+and\s+", text[side.end:p.start]))), None)
        if other is None:
            continue
        before, after = sorted((side, other), key=lambda p: p.start)
        return (replace(draft, evidence=[], goods=[first], **{role: before}),
                replace(draft, evidence=[], goods=[second], **{role: after}))
    return None


def _respective(text: str, mentions: list[Mention], dates: list[DateMention], draft: Draft,
                trigger: Mention) -> tuple[Draft, Draft] | None:
    """The two lots of a transfer whose counts are told "respectively": one for each of two suppliers named "A
    and B" before the transfer word, or for each of two times named after the counts; None otherwise."""
    found = _RESPECTIVE.match(text, trigger.end)
    if found is None or (found.group("unit_a") and found.group("unit_a").lower() != found.group("unit").lower()):
        return None
    counts = [(found.group(name).replace(",", ""), found.start(name), found.end(name)) for name in ("a", "b")]
    unit = found.group("unit")

    def lot(count: tuple[str, int, int], base: Draft) -> Draft:
        amount, begin, finish = count
        quantity = (amount, unit, Mention("quantity", begin, finish, text[begin:finish]))
        return replace(base, evidence=[], quantity=quantity, flow=True)

    supplier = draft.supplier
    other = next((p for p in mentions if supplier is not None and p.end <= supplier.start and is_party(p, text)
                  and re.fullmatch(r"\s+and\s+", text[p.end:supplier.start])), None)
    if other is not None and supplier is not None and supplier.end <= trigger.start:
        return lot(counts[0], replace(draft, supplier=other)), lot(counts[1], draft)
    times = with_second_year(text, [d for d in dates if d.start >= found.end() and d.value is not None])
    # ", respectively, in October and November", ", respectively, in 2021 and 2022" (the time's own words may hold the
    # "in"): the two times told after the word.
    if len(times) < 2 or not (_TWO_TIMES.fullmatch(text, found.end(), times[0].start) or (
            re.fullmatch(r",?\s*", text[found.end():times[0].start])
            and re.match(r"(?:in|during)\s", times[0].text, re.IGNORECASE))):
        # "exported 3,200 and 4,100 tonnes of cement to Laos in 2021 and 2022, respectively": the two times told
        # before the word, right after the goods and their destination.
        times = with_second_year(text, [d for d in dates if found.end("unit") <= d.start and d.end <= found.end()
                                         and d.value is not None])
        if len(times) < 2 or not re.fullmatch(r",?\s+respectively", text[times[1].end:found.end()], re.IGNORECASE) \
                or not (re.search(r"\b(?:in|during)\s+$", text[found.end("unit"):times[0].start], re.IGNORECASE)
                        or re.match(r"(?:in|during)\s", times[0].text, re.IGNORECASE)):
            return None
        times = times[-2:]
    if re.fullmatch(r"\s+and\s+", text[times[0].end:times[1].start]):
        return (lot(counts[0], replace(draft, date=times[0], date_sentence=draft.sentence)),
                lot(counts[1], replace(draft, date=times[1], date_sentence=draft.sentence)))
    return None


# A sentence of three words at most with no verb told: "Pae A'." left of a ship's name cut at its dots.
_FRAGMENT = re.compile(r"\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*\.?\s*")
# One gift of a list, each with its own giver: "are a clock presented to Kim by the mayor of Lyon, a rug by Omar Ali".
_LISTED_GIFT = re.compile(
    r"(?:\b(?:are|include|includes|included|including)\s+|,\s+(?:and\s+)?)"
    r"(?P<goods>(?:an?)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)"
    r"(?:\s+[“\"][^”\"]{1,60}[”\"])?"
    r"\s+(?:presented\s+(?:to\s+(?P<to>[^,;]{1,40}?)\s+)?)?(?:by|from)\s+(?=[A-Z“\"]|the\s)")
_GIVER_KINDS = ("country", "person", "organization")
_BACK_TO = re.compile(r"(?:him|her|them)\Z", re.IGNORECASE)


def _gifts_listed(text: str, mentions: list[Mention], draft: Draft) -> list[Draft] | None:
    """The gifts of a list told each with its giver ("They include a vase presented by the Thai king, a painting by
    the Cuban leader, and a bowl from the king of Nepal"): a gift each, from the giver's country, to whom the
    list says they were presented (or the draft's recipient). None unless two or more gifts name a giver's country."""
    items = list(_LISTED_GIFT.finditer(text))
    if len(items) < 2:
        return None
    found: list[tuple[re.Match[str], Mention | None, Mention | None]] = []
    recipient = draft.recipient
    for item, after in zip(items, [*items[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        giver = next((m for m in mentions if m.kind in _GIVER_KINDS and item.end() <= m.start < end
                      and (m.country or m.kind == "country")), None)
        if item.group("to") is not None:
            to = item.group("to")
            told = next((m for m in mentions if m.kind in _GIVER_KINDS and item.start("to") <= m.start < item.end("to")
                         and (m.country or m.kind == "country")), None)
            if told is not None:
                recipient = told
            elif not _BACK_TO.search(to):
                recipient = None
        found.append((item, giver, recipient))
    if sum(giver is not None for _, giver, _ in found) < 2:
        return None
    parts = []
    for item, giver, to_whom in found:
        words = item.group("goods").split(None, 1)[1]
        goods = Mention("goods", item.start("goods") + len(item.group("goods")) - len(words), item.end("goods"), words)
        parts.append(replace(draft, goods=[(goods, words)], supplier=giver, recipient=to_whom, evidence=[],
                             quantity=None, value=None, listed=True))
    return parts
