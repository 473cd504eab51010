"""Drafts of claims, and what a sentence gives a draft besides its sides and goods: the date, the
status its hedges tell, the quantity and value, and the words each field was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sanctioneer.evidence.amounts import RESPECTIVELY, find_quantity, find_value
from sanctioneer.evidence.claims import ClaimStatus, Evidence
from sanctioneer.evidence.dates import DateMention, yearless
from sanctioneer.evidence.lexicon import Mention
from sanctioneer.evidence.text import Sentence

__all__ = [
    "AS_OF", "ATTRIBUTION_OPENING", "DATELINE_PLACE", "DONE_EARLIER", "FOUND_OUT", "OWNS_A_NOUN", "THAT_CLAUSE",
    "Draft", "add_evidence", "after_dateline", "claim_date", "contrast_opening", "occasion", "period_told_before",
    "read_amounts", "status_of", "sum_of_the_whole",
]

# "ABU DHABI, ", "LONDON/SEOUL, ": the place that opens a dateline.
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'/-]+,\s+")
# "ABU DHABI, Aug 30 -": the place and date of a report, not of what it tells; "Seoul, June 19 (IANS)": a place
# written in small letters, a date and the agency in brackets, with no dash; "Sep. 1 (UPI) --": a date and the
# agency with no place.
_DATELINE = re.compile(DATELINE_PLACE.pattern + r"[^-–—]{0,30}?(?:\([^)]{1,20}\))?\s*(?:--|-|–|—)"
                       # "WASHINGTON (Agency / Agency - 30th August, 2019)": the agencies and the date in brackets.
                       r"|[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+)*\s*\([^()\n]{1,40}?\s[-–—]\s[^()\n]{3,30}\)"
                       r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2},\s+(?=[^()\n]{0,20}\d)[^()\n]{3,20}?"
                       r"\s*\([A-Z][\w -]{1,20}\)"
                       r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][\w -]{1,20}\)\s*(?:--|-|–|—)"
                       # "Seoul, Aug 11 :": a place in small letters and a date closed by a colon.
                       r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*:\s")
# Occasions where goods are shown or used, not handed over: "at a military parade last October".
# "the Sept. 10 announcement", "a May 3 press conference": a date that names a saying dates the saying.
# "Putin's June 18 visit", "the May 9 summit": a date naming a meeting dates the meeting.
_SHOWN_AT = re.compile(r"\b(?:parade|parades|show|exhibition|expo|games|election|congress|announcement|statement|"
                       r"press\s+conference|news\s+conference|briefing|speech|interview|visit|summit|"
                       r"convention|plenum|plenary)\b", re.IGNORECASE)
# "the union congress held on March 3": the day a meeting was held, not a transfer's.
_MEETING_HELD = re.compile(r"\b(?:convention|congress|plenum|plenary|meeting|summit|session|conference|ceremony|"
                           r"rally|parade)\s+(?:[\w-]+\s+){0,2}?held\s+(?:on|in)\s+$", re.IGNORECASE)
# "charged on Friday", "hauled to court last week": the words between a case's verb and its day.
_CASE_DAY_GAP = re.compile(r"\s+(?:(?:on|in|last|this|earlier)\s+)?", re.IGNORECASE)
# "a rocket was launched by the army on Jan. 4": the day goods were used, not moved.
_USED_ON = re.compile(r"\b(?:fired|launched|used)\s+(?:by|at|against|in)\b[^,;.]{0,60}?\s(?:on|in)\s+$",
                      re.IGNORECASE)
# "halted its imports of ore from Laos on May 2": the day a trade was halted, not one of its lots.
_HALTED_ON = re.compile(r"\b(?:suspended|halted|stopped|ceased|banned|barred)\s+(?:all\s+|the\s+|its\s+)?"
                        r"(?:imports?|exports?|importing|exporting|purchases?|sales?)\b[^,;.]{0,60}?\s(?:on|in|from)\s+$",
                        re.IGNORECASE)
# "according to the agency's statement on Monday": the day the source spoke.
_STATEMENT_ON = re.compile(r"\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                           r"announcement|release|press\s+release|filing|report)\s+(?:(?:from|by|of)\s+(?:the\s+)?"
                           r"(?:[\w.'’-]+\s+){1,3}?)?(?:on|in|last)\s+$", re.IGNORECASE)

# "as its earlier warning in June 2021 said", "the advisory issued on March 25", "made this request in early July": when
# a warning was given or a request made.
_WARNED_ON = re.compile(r"\b(?:its|their|his|her|the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:warning|advisory|"
                        r"alert|request|application)\s+(?:(?:issued|published|given|sent|made|filed)\s+)?"
                        r"(?:in|on|last)?\s*$", re.IGNORECASE)

# "The crossing opened in 2016 to carry exports", "a line commissioned on September 22": the day a road, a
# railway or a port opened, not a day goods went along it.
OPENED_BEFORE = re.compile(r"\b(?:opened|reopened|commissioned|inaugurated)\s+(?:(?:in|on)\s+)?"
                           r"(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)
# "the report released on Monday", "a statement issued in May": the date a text came out, not the transfer's.
# "figures, revised last month,", "a table updated on Monday": the date a text was changed, not the transfer's.
_PUBLISHED = re.compile(r"\b(?:released|published|issued|dated|submitted|presented|circulated|made public|"
                        r"posted|leaked|seen by \w+|revised|updated|amended|corrected)\s+(?:on\s+|in\s+|last\s+)?$",
                        re.IGNORECASE)


# "the customs figures showed on Monday", "the figures released by the agency showed Friday": the day figures came out.
_FIGURES_SHOWED = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:[\w'’-]+\s+){0,6}?"
                             r"(?:showed|shows|show|indicated|indicates)\s+(?:on\s+)?$", re.IGNORECASE)


# "on Monday sent a letter to the council", "on Friday submitted a complaint": the day a paper was sent.
_PAPER_SENT_AFTER = re.compile(r"\s*,?\s*(?:sent|submitted|filed|handed|delivered|presented|wrote)\s+"
                               r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|complaint|letter|notification|notice|note|document)\b",
                               re.IGNORECASE)


# "quoting officials at a meeting with Russian experts in December 2009": when a source spoke, not the transfer.
# "Speaking at a press briefing on Friday, the envoy told reporters": the day of the briefing.
_SPOKEN_AT = re.compile(r"\b(?:quoting|quoted|told|said|according to|speaking|spoke|speaks)\b[^;]{0,80}\b"
                        r"(?:meeting|talks|interview|briefing|hearing|conference)\s+(?:with\s+(?:[\w.-]+\s+){1,3})?(?:(?:in|on|last)\s+)?$",
                        re.IGNORECASE)


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\b")


# "According to a statement from the customs office on May 5, Belarus sent tractors on May 2": the date that
# closes the attribution opening the sentence is when the source spoke, not when the goods moved.
# "admitted in court on Thursday (Sept 17) that he had supplied", "found in August that a firm had imported": a date
# just before "that" and the clause it opens dates the verb before it, not the transfer the clause tells.
THAT_CLAUSE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*|\)\s*)?,?\s*(?:it\s+(?:was|has\s+been|had\s+been|is)\s+"
                                r"(?:\w+ly\s+)?(?:confirmed|reported|revealed|learned|learnt|announced|disclosed|"
                                r"established)\s+)?that\b", re.IGNORECASE)
# "The Security Council on Aug. 5 last year banned exports of coal": the day a rule was made, not a transfer's.
# "before the penalties came into force on Sept. 5": the day a rule began to bind, not a transfer's.
RULE_IN_FORCE_BEFORE = re.compile(r"\b(?:(?:came|come|comes|coming|entered|enters|entering|went|goes)\s+into\s+"
                                  r"(?:force|effect)|took\s+effect|takes\s+effect|taking\s+effect)\s+(?:on\s+|in\s+)?$",
                                  re.IGNORECASE)
RULE_MADE_AFTER = re.compile(r"\s*,?\s*(?:(?:last|this|that)\s+(?:year|month|week)\s+)?(?:banned|barred|prohibited|"
                             r"outlawed|forbade|imposed|adopted|tightened|extended)\b", re.IGNORECASE)
# "flouting curbs on such trade, under American sanctions imposed in 2019": a date after a rule's participle is the
# day the rule was made.
# "customs rules, in force since March 2021": so is a date after a rule told as set up or in place.
RULE_IMPOSED_BEFORE = re.compile(r"\b(?:sanctions|resolutions?|bans?|embargo(?:es)?|caps?|ceilings?|limits?|"
                                 r"restrictions|measures|regulations|rules|controls|closures?|lockdowns?)"
                                 r"(?:\s+|,\s+)(?:(?:that|which)\s+(?:was|were|have\s+been|has\s+been)\s+)?"
                                 r"(?:first\s+)?(?:imposed|adopted|passed|set|introduced|approved|enacted|established|"
                                 r"in\s+place|in\s+force)\b[^,;.()]{0,60}$",
                                 re.IGNORECASE)
# "According to the agency, citing a spokesman on Monday, ...": the source that quoted another, and when it was told.
ATTRIBUTION_OPENING = re.compile(r"\s*according to\b[^,;]{0,150}(?:,\s*(?:citing|quoting)\b[^,;]{0,100})?"
                                 r"\b(?:on|in|last)\s+$", re.IGNORECASE)


def occasion(text: str, mention: DateMention) -> bool:
    """The date is an occasion's where goods were shown or used ("at the October parade", "a failed satellite launch
    on May 27", "fired at a city on May 2"), a meeting's ("Putin's June 18 visit", "a congress held in May"), or when
    a source spoke of them ("quoting officials at a meeting in December 2009", "according to the
    ministry's statement on Monday", "its warning in May 2020"), or when a trade was halted ("suspended imports of coal
    on Feb. 18")."""
    return bool(_SHOWN_AT.match(text, mention.end + 1) or re.search(
        r"\b(?:parade|parades|show|exhibition|expo|games|election|congress|launch|launches)\s+(?:[a-z]+\s+)?$",
        text[:mention.start],
        re.IGNORECASE) or _SPOKEN_AT.search(text[:mention.start]) or _MEETING_HELD.search(text, 0, mention.start)
        or _USED_ON.search(text, 0, mention.start) or _STATEMENT_ON.search(text, 0, mention.start)
        or _HALTED_ON.search(text, 0, mention.start) or _WARNED_ON.search(text, 0, mention.start))


# Sums that are no price of the goods: a penalty, a settlement, earnings, a reward.
_NOT_A_PRICE = re.compile(r"\b(?:fined?|fines|penalty|penalties|pay|pays|paid|paying|settle|settlement|earned|earns|"
                          r"earning|earnings|bail|reward|bounty|salary|salaries|profit|profits)\b"
                          # "fined a freight agent nearly $90,000": the one fined may stand between
                          r"(?:(?!\b(?:for|worth|valued|of)\b)[^.;$]){0,40}$",
                          re.IGNORECASE)
_CONVERTED = re.compile(r"\s*\([^()]{1,40}\)")
# "a $20,000 fine", "a NTD 20,000 (approximately USD 606) fine was imposed": a sum named before the penalty it is.
_PENALTY_AFTER = re.compile(r"\s*\)?\s*(?:fines?|penalty|penalties|bail|reward|bounty|settlement)\b", re.IGNORECASE)
# "..., which were worth about": a value told in the clause that follows the transfer's.
# "..., according to the papers, which give their value as about 9 million roubles": the papers' value of the goods.
_WORTH_AFTER = re.compile(r"(?:[^.;]{0,40}?\b(?:worth|valued at|with a value of|costing|priced at)|"
                          r"[^.;]{0,80}?\b(?:give|gives|gave|put|puts|state|states|stated|declare|declares|declared)\s+"
                          r"(?:their|its)\s+value\s+(?:as|at))\s+(?:about\s+|some\s+|"
                          r"around\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+)?", re.IGNORECASE)


@dataclass
class Draft:
    """A claim being read: mutable until the document is done."""

    sentence: Sentence
    index: int
    kinds: list[str]
    goods: list[tuple[Mention, str]]  # the goods mention and its description phrase
    supplier: Mention | None
    recipient: Mention | None
    date: DateMention | None
    date_sentence: Sentence | None
    hedges: list[Mention]
    evidence: list[Evidence] = field(default_factory=list)
    status: ClaimStatus = ClaimStatus.REPORTED
    denied_by: list[str] = field(default_factory=list)
    quantity: tuple[str, str | None, Mention] | None = None
    value: tuple[str, str, Mention] | None = None
    anaphoric: bool = False
    holding: bool = False
    follows: Draft | None = None  # a further lot of the transfer this draft tells ("a second convoy followed")
    denies: bool = False  # read from a sentence that denies a transfer
    account: bool = False  # the denier's own version, told after the denial ("saying they were sold to ...")
    negated: bool = False  # told as not having happened ("has never bought arms from Pyongyang")
    nil: bool = False  # a trade told as nil ("did not export any petrol to its neighbour last month")
    flow: bool = False  # one of goods measured each on its own ("1,200 tonnes of rice and 300 tonnes of flour")
    listed: bool = False  # one of gifts listed each with its giver ("a vase by the Thai king, a dish by the emir")
    # a transfer told between ships with no word of which gave ("conducted a ship-to-ship transfer with the Zawiya"):
    # a claim with neither side
    between_ships: bool = False
    # the named ship told as the subject of the transfer ("the Blue Heron shipped North Korean coal"), even where the
    # goods' country, not the ship, is read as the supplier
    carrier: Mention | None = None


# "exported rice in December, up 40 percent from November", "dropped 6,100 kilograms to 19,800 kilograms last month
# from January": the month it is compared with, not when it began.
_COMPARED_FROM = re.compile(r"\b(?:up|down|higher|lower|more|less|fewer|rise|rose|grew|fall|fell|declined|climbed|"
                            r"increase|increased|decrease|decreased|jump|jumped|drop|dropped|percent|per cent|%)\s+"
                            r"(?:[\w%.,-]+\s+){0,8}?"
                            r"from\s+$", re.IGNORECASE)
# A figure of trade: a sum or a weight.
_FIGURE = re.compile(r"(?:[$€£¥]|\bUS\$)\s?\d|\b\d[\d,.]*\s*(?:million\s+|billion\s+)?"
                     r"(?:dollars|euros|yuan|tonnes|tons|metric\s+tons|kilograms|barrels)\b", re.IGNORECASE)
# Words of a report of trade figures.
_STATISTICS = re.compile(r"\b(?:customs|data|figures|statistics)\b", re.IGNORECASE)
# "from January to March", "from May through July": "from" opening a period, not a comparison.
_PERIOD_END_AFTER = re.compile(r"\s+(?:\d{4}\s+)?(?:to|until|till|through|thru|and)\b|-", re.IGNORECASE)
# "in the same period last year", "during the same period a year earlier": a time compared with, not the one told.
_SAME_PERIOD = re.compile(r"(?:(?:during|in|over|for)\s+the\s+(?:same|cited|reported)\s+(?:period|month)"
                          r"|for\s+(?:the|that)\s+month)$",
                          re.IGNORECASE)
_COMPARED_PERIOD = re.compile(r"\s*,?\s*(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|"
                              r"the\s+(?:previous|prior)\s+year|in\s+\d{4})\b", re.IGNORECASE)
# "compared with $41 million the year before", "up from 9,000 tonnes in November", "more than the 700 tonnes it sent
# last year", "three times more than a year ago": a time a figure is weighed against ("more than 300,000 barrels" is a
# count); in "from 3,000 tonnes in May to 9,000 tonnes in June" the time after the figure it rose to is the flow's.
_COMPARED_BEFORE = re.compile(r"(?:\b(?:up\s+from|down\s+from|compared\s+(?:with|to)|"
                              r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than)\s+|"
                              r"\b(?:more|less|fewer)\s+than\s+(?=(?:the|those|what)\s)|"
                              # "three times more than last year": a multiple of another time's figure.
                              r"\b(?:times|twice|[a-z]+fold)\s+(?:more|less|fewer)\s+than\s+|"
                              r"\bfrom\s+(?:about\s+|around\s+)?(?:(?:US)?[$€£¥]\d[\d.,]*|\d[\d.,]*\s+(?:million|billion|"
                              r"metric|tons?|tonnes?|barrels?|kilograms?|kg|litres?|liters?|cubic|percent|per\s+cent)"
                              r"|\d[\d.,]*%)\s+)(?:(?!to\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?"
                              r"(?:US)?[$€£¥]?\d)[\w$%.,-]+\s+){0,7}$",
                              re.IGNORECASE)
# "rose 76 percent on-year", "year-on-year", "up 18% from a year earlier": a period's figure told against the year
# before, so the period is the one the report told.
_AGAINST_A_YEAR_BEFORE = re.compile(r"\b(?:on[- ]year|year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago|before)|"
                                    r"from\s+the\s+same\s+period)\b", re.IGNORECASE)
# How many paragraphs back a trade report's period still holds (wire copy gives each sentence a paragraph).
_PERIOD_REACH = 4
# "the lowest since January", "the highest by value since July last year": a record told against an earlier time.
RECORD_SINCE = re.compile(r"\b(?:lowest|highest|largest|smallest|biggest|most|least|fewest|strongest|weakest|"
                           r"best|worst|first\s+time)\b(?:\s+[\w$.,]+){0,8}?\s+since\s+$", re.IGNORECASE)
# "had reached 9,000 tonnes as of Nov. 3", "as at the end of June": the day a tally was made up to.
# "previously providing", "had earlier sent": a transfer word told as done before another.
DONE_EARLIER = re.compile(r"\b(?:previously|earlier|formerly|in\s+the\s+past)\s+"
                          r"(?:(?:also|been|had|has|have)\s+){0,2}$", re.IGNORECASE)
# A clause of contrast opening a sentence, to its comma: "Even as it hailed ... last year,", "Although ...,".
_CONTRAST_OPENING = re.compile(r"\W*(?:even\s+(?:as|though|while|if)|although|though|despite|in\s+spite\s+of|whereas)"
                               r"\b[^,;]*,", re.IGNORECASE)
# "Except for a dip in 2021, imports of rice rose": the time of the exception, not of the goods told after it.
_EXCEPTION_OPENING = re.compile(r"\W*(?:except\s+for|apart\s+from|aside\s+from|save\s+for)\b[^,;]*,", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\s*\b(?:up\s+)?(?:until|till|up\s+to|through)\s+"
                           r"(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?$", re.IGNORECASE)
AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:the\s+(?:end|close)\s+of\s+)?$", re.IGNORECASE)
# "the first seizure of Iranian-made missile parts by the navy since November 2019", "the first such cargo since the
# start of the war in 2022": the last one before this was then, or the time counted from; this one is not dated by it.
# So for a later one of a count ("the third such seizure since November").
FIRST_SINCE = re.compile(r"\b(?:the|its|their|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"\d{1,3}(?:st|nd|rd|th))\s+(?!time\b)[^;]{0,240}?\bsince\b[^;,]{0,120}$", re.IGNORECASE)
# "the first deliveries since the Security Council imposed a cap on oil transfers in 2017": a date in a clause of
# its own after "since" dates that earlier event, not the transfer.
# "since November on claims it had been used to": a month after "since" is a date, not the subject of a clause.
_SINCE_EVENT = re.compile(r"\bsince\s+(?!(?:early|late|mid|the\s+(?:start|end|beginning|middle)\b|"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b))"
                          r"(?:the|a|an|it|they|he|she|[A-Z])[^;.]{0,120}?\b[a-z]+ed\b[^;.]{0,60}$")
# What a person was arrested, charged or sentenced for: the transfer word follows.
_CHARGED_WITH = re.compile(r"\b(?:for|on suspicion of|on charges? of|over|with|of)\s+"
                           r"(?:illegally\s+|allegedly\s+|unlawfully\s+|illicitly\s+)?"
                           r"(?:(?:trying|attempting)\s+to\s+)?$", re.IGNORECASE)
# "since June on claims it had been used to", "in May on suspicion of": the grounds a ship or a person was
# held on, told between the holding's date and the transfer word.
_HELD_OVER = re.compile(r"\s*,?\s*(?:over|on|amid|following)\s+(?:the\s+)?(?:allegations?|suspicions?|accusations?|"
                        r"charges?|claims?)\s+(?:that|of)\b[^,;.]{0,60}", re.IGNORECASE)
# "seized the tanker, which was suspected of transferring": a ship or a party held on suspicion of a transfer told
# after the holding.
_HELD_ON_SUSPICION = re.compile(r"[^;.]*?\b(?:seized|impounded|detained|held|confiscated|captured)\b[^;.]*?"
                                r"\b(?:suspected\s+of|accused\s+of|on\s+suspicion\s+of)\s+(?:illegally\s+|"
                                r"allegedly\s+|secretly\s+)?(?:having\s+)?", re.IGNORECASE)
# "pleaded guilty in May to shipping", "admitted on Monday to selling": a plea's date, told before what was pleaded to.
_PLEADED_TO = re.compile(r"\b(?:pleaded|pled|pleads|admitted|admits|confessed|confesses)\b(?:\s+(?:not\s+)?guilty)?"
                         r"[^,;.]{0,40}$", re.IGNORECASE)
_TO_THE_DEED = re.compile(r"\s+to\s+(?:illegally\s+|allegedly\s+)?(?:(?:trying|attempting)\s+to\s+)?", re.IGNORECASE)
# What a party is charged with or arrested for (`hedges` in `cues.yaml`): alleged until a plea or a verdict.
_CHARGED = re.compile(r"(?:arrested|charged|indicted|on\s+charges)\b", re.IGNORECASE)
# "the customs agency found in August that firms had imported anthracite": a date between finding out and what was
# found is the finding's.
# "showed new evidence on Monday that": evidence shown of what happened is a finding told too.
FOUND_OUT = re.compile(r"\b(?:found|discovered|learned|learnt|uncovered|established|determined|concluded|revealed|"
                       r"(?:provided|presented|showed|shown|gave|given|offered|released|published|produced)\s+"
                       r"(?:further\s+|new\s+|more\s+|fresh\s+|additional\s+)?(?:evidence|proof))\s+"
                        r"(?:(?:in|on|at|during|by|last|earlier|this|late|early)\s+)?$", re.IGNORECASE)
THAT_CLAUSE = re.compile(r"\s*,?\s*that\s+(?!year\b|month\b|week\b|day\b|summer\b|winter\b|spring\b|autumn\b|"
                          r"fall\b|morning\b|evening\b|night\b|time\b)", re.IGNORECASE)
# "discharged at Nampho eight days later": the end of a transfer whose start the clause dates.
_LATER = re.compile(r"\blater$", re.IGNORECASE)


# Between a date and a transfer word: the date is of an event the transfer came before or after.
_THEN_THE_TRANSFER = re.compile(r"\s*,?\s*(?:(?:shortly|soon|days|weeks|months|just|only)\s+)?(?:after|before)\s+"
                                r"(?:(?:it|they|he|she|the\s+[\w-]+)\s+(?:had\s+)?|having\s+)?", re.IGNORECASE)


# "seized in August after they were loaded in Hamburg in May": what was done to the goods before their seizure,
# where the transfer began.
# "seized last month; the cargo had been loaded in Keelung in January": so is a clause telling it as done before.
_LOADED_BEFORE = re.compile(r"(?:\s*,?\s*(?:(?:shortly|soon|days|weeks|months|just|only)\s+)?after\s+"
                            r"(?:(?:it|they|the\s+[\w-]+)\s+)?(?:had\s+)?(?:(?:been|was|were)\s+)?"
                            r"|\s*(?:;|,\s*and|,\s*but)\s+(?:it|they|the\s+[\w-]+)\s+had\s+(?:already\s+)?(?:been\s+)?)"
                            r"(?:loaded|shipped|sent|dispatched|taken\s+on|left|sailed|departed|leaving|"
                            r"being\s+(?:loaded|shipped|sent))\b[^.;]*$", re.IGNORECASE)


# "Monday's indictment", "last week's raid": a date that owns a noun dates that noun, unless it is a transfer's
# ("Friday's shipment"); names before the noun are passed over ("last week's U.S. visit", "Sunday's Russian
# delivery").
OWNS_A_NOUN = re.compile(r"['’]s\s+(?:[A-Z][\w.-]*\s+)*+(?!(?:shipments?|deliver(?:y|ies)|transfers?|exports?|imports?|"
                         r"sales?|consignments?|cargoes|cargo|gifts?|handover|purchases?|smuggling)\b)[a-z]")


# The words between a verb of making and its date ("manufactured in 1977", "produced between 2021 and 2023").
_MADE_GAP = re.compile(r"\s*(?:(?:on|in|during|around|about|from|since)\s+)?", re.IGNORECASE)


# ", seven months after it emerged that": a time told from another event, which opens a clause of its own.
SPAN_AFTER = re.compile(r",\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+(?:after|before)\s", re.IGNORECASE)
_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?$", re.IGNORECASE)
# "was unloading, and the work would end on June 3", "will finish next week": after the transfer word, a
# time of what is still to come, not when the goods went.
_YET_TO_COME = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|due|scheduled|set)\s+to)\s+"
                          r"[^,.;:]{0,60}$", re.IGNORECASE)
# ", they say, Myanmar exchanged": a saying told aside, between commas, before the transfer it is about.
_ASIDE = re.compile(r",.*", re.DOTALL)
# "On Thursday, ...", "Back in September, ...": the words before a date that opens a sentence.
OPENING_DATE = re.compile(r"\W*(?:(?:back|as\s+early\s+as|as\s+far\s+back\s+as)\s+)?(?:(?:in|on|at|during)\s+)?",
                          re.IGNORECASE)


# "For January and February, ...", "For the year 2016, ...": a sentence opened by the time its figures cover.
_FIGURES_FOR = re.compile(r"\W*for\s+(?:the\s+(?:month|months|year|period|quarter)\s+(?:of\s+)?)?", re.IGNORECASE)


# "; in 2009,", "; and in May": the words between a semicolon and a date that opens the clause after it.
_CLAUSE_OPENING = re.compile(r"\s*(?:and\s+|but\s+|then\s+)?")


def contrast_opening(text: str) -> int | None:
    """Where a clause of contrast opening the sentence ("Though trade papers listed rice,") ends, or None."""
    found = _CONTRAST_OPENING.match(text)
    return found.end() if found is not None else None


# "publicly acknowledged that", "admitted that": an admission, a saying whose that-clause tells what was done.
_ADMITTED = re.compile(r"\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes)\s+that\b", re.IGNORECASE)


def opens(text: str, mention: DateMention) -> bool:
    """Whether a date opens its sentence ("On Thursday, ...", "In 2008 ...", "Back in September, ...")."""
    return mention.start <= 3 or OPENING_DATE.fullmatch(text, 0, mention.start) is not None


def claim_date(sentence: Sentence, dates: list[DateMention], start: int, end: int, trigger: Mention,
               mentions: list[Mention], last_dates: list[tuple[DateMention, Sentence]],
               ) -> tuple[DateMention | None, Sentence | None]:
    """The date of the transfer told between `start` and `end`, and the sentence it was read from: the
    date nearest the transfer word in its clause, else one opening the sentence, else, for a sentence
    opening on a past occasion ("during that visit", "the same day"), the last date told before."""
    text = sentence.text
    reporting = [m for m in mentions if m.kind == "reporting"]
    # "A shipping company on Thursday denied that its freighter had delivered pipes": the denial's date.
    saying = reporting + [m for m in mentions if m.kind == "denial"]

    proceedings = [m for m in mentions if m.kind == "proceeding"]
    making = [m for m in mentions if m.kind == "making"]

    def said(mention: DateMention) -> bool:
        if any(m.end <= mention.start and _MADE_GAP.fullmatch(sentence.text, m.end, mention.start) for m in making):
            return True  # "chips produced between 2021 and 2023", "a rocket made in 1977": when made, not moved
        restated = next((d for d in dates if d.end <= mention.start
                         and re.fullmatch(r"\s*\(\s*", sentence.text[d.end:mention.start])), None)
        if restated is not None and said(restated):
            return True  # "admitted in court on Monday (March 18) that he had supplied": the bracket restates the day
        if any(0 <= mention.start - r.end <= 4
               or (r.start > mention.end and not sentence.text[mention.end:r.start].strip()) for r in saying) \
                or occasion(sentence.text, mention) \
                or OWNS_A_NOUN.match(sentence.text, mention.end) \
                or _PUBLISHED.search(sentence.text, 0, mention.start) \
                or _FIGURES_SHOWED.search(sentence.text, 0, mention.start) \
                or (ATTRIBUTION_OPENING.fullmatch(sentence.text, 0, mention.start)
                    and sentence.text[mention.end:].lstrip().startswith(",")):
            return True
        if mention.end <= trigger.start and THAT_CLAUSE_AFTER.match(sentence.text, mention.end) is not None:
            return True
        if mention.end <= trigger.start and _PAPER_SENT_AFTER.match(sentence.text, mention.end) is not None:
            return True  # "Peru on Monday sent a letter to the council saying ...": the letter's day
        if opens(sentence.text, mention) and any(
                mention.end <= r.start and r.end <= trigger.start
                and not _ASIDE.fullmatch(sentence.text, r.end, trigger.start) for r in saying):
            # "On Thursday, the White House accused Russia of exporting oil": the accusation's day ("In 2008, they say,
            # Myanmar exchanged rice for rounds": not a saying told aside); "Back in May, Minsk denied selling rifles":
            # the denial's.
            return True
        if opens(sentence.text, mention) and (admitted := _ADMITTED.search(sentence.text, mention.end)) is not None \
                and admitted.end() <= trigger.start:
            return True  # "In 2006, the general acknowledged that his country obtained Scuds": the admission's year
        if RULE_MADE_AFTER.match(sentence.text, mention.end) \
                or RULE_IN_FORCE_BEFORE.search(sentence.text, 0, mention.start) \
                or RULE_IMPOSED_BEFORE.search(sentence.text, 0, mention.start):
            return True  # "on Aug. 5 banned the export of coal", "came into force on Sept. 5": the rule's day
        if FOUND_OUT.search(sentence.text, 0, mention.start) and THAT_CLAUSE.match(sentence.text, mention.end):
            return True  # "showed new evidence on Monday that Sudan fired rockets supplied by ...": the showing's
        # "..., the ministry said in a statement on Monday": a date in the attribution told after the transfer is the
        # saying's.
        if any(r.start >= trigger.end and r.end <= mention.start and "," not in sentence.text[r.end:mention.start]
               and len(sentence.text[r.end:mention.start].split()) <= 6 for r in reporting):
            return True
        if trigger.role != "seize" and mention.end <= trigger.start and any(
                p.end <= mention.start and _CASE_DAY_GAP.fullmatch(sentence.text, p.end, mention.start)
                for p in proceedings):
            return True  # "was hauled to court on Monday over selling rum": the hearing's day
        if trigger.role != "seize" and mention.end <= trigger.start \
                and _HELD_ON_SUSPICION.fullmatch(sentence.text, mention.end, trigger.start):
            # "in late November had seized the tanker, which was suspected of transferring oil": the seizure's day,
            # not the transfer's.
            return True
        # "Police on Wednesday arrested a man on suspicion of exporting watches": the arrest's date.
        here = abs(mention.start - trigger.start)
        if trigger.role != "seize" and any(p.end <= mention.start for p in proceedings) \
                and mention.end <= trigger.start and _CHARGED_WITH.search(sentence.text, mention.end, trigger.start):
            # "arrested a businessman in January for exporting used cars ... in 2018": a date between the
            # arrest and what it was for is the arrest's.
            return True
        if mention.end <= trigger.start and _TO_THE_DEED.fullmatch(sentence.text, mention.end, trigger.start) \
                and _PLEADED_TO.search(sentence.text, 0, mention.start):
            # "pleaded guilty in May to shipping lathes to Iran": the plea's date.
            return True
        if mention.end <= trigger.start and _HELD_OVER.fullmatch(sentence.text, mention.end, trigger.start) \
                and any(d.start >= trigger.end and d.end <= end and d.value is not None for d in dates):
            # "has been kept at the quay since June on claims it delivered fuel ... in September 2017": the
            # date before the grounds is the holding's, when the transfer they tell is dated after its word.
            return True
        if trigger.role != "seize" and mention.end <= trigger.start \
                and _RELATIVE_AFTER.search(sentence.text, mention.end, trigger.start) \
                and any(p.start >= trigger.end for p in proceedings):
            # "On June 6, 2013, Tsai, who the government has linked to the supply of machinery to North Korea, was
            # indicted": a transfer told in a relative clause on the subject is not dated by the main clause's date.
            return True
        # "between 2013 and 2016, according to the US Treasury, which blacklisted the company on Tuesday": a
        # proceeding told in a relative clause after a comma is not dated by the words before it.
        return trigger.role != "seize" and any(
            min(abs(mention.start - p.end), abs(p.start - mention.end)) < here
            and not (p.start > mention.end and _RELATIVE_AFTER.search(sentence.text, mention.end, p.start))
            for p in proceedings)

    dateline = _DATELINE.match(text)
    if dateline is not None:
        # "ABU DHABI, Aug 30 -": the date of the report, not of the transfer.
        dates = [d for d in dates if d.start >= dateline.end()]
    # "down 82 per cent to 100 tonnes, the lowest since January": the time a figure is a record since, not the
    # transfer's.
    dates = [d for d in dates
             if not RECORD_SINCE.search(text, 0, d.start) and not _SINCE_EVENT.search(text, 0, d.start)
             and not FIRST_SINCE.search(text, 0, d.start)
             # "The crossing opened in 2016 to carry exports": when a route opened, not when goods went.
             and not OPENED_BEFORE.search(text, 0, d.start)]
    # "up from $70.1 million in the same period last year", "compared with 900 tons in May": a time a figure is
    # weighed against, not when goods went.
    compared = [d for d in dates if _COMPARED_BEFORE.search(text, 0, d.start)
                # "grew a little last month from January": the month after "from", with the figure's own time told
                # before it, is the month compared with ("rose from January to March" is a period).
                or ((measured := _COMPARED_FROM.search(text, 0, d.start)) is not None
                    and any(e.end <= d.start and e.start >= measured.start() for e in dates if e is not d)
                    and not _PERIOD_END_AFTER.match(text, d.end))]
    dates = [d for d in dates if d not in compared]
    # "had reached 9,000 tonnes as of Nov. 3": the day a running total was counted up to, not when goods went.
    dates = [d for d in dates if not AS_OF.search(text, 0, d.start)]
    # "Up until June, Kenya supplied 5,000 barrels", "through June, it had shipped": the month a running total was
    # counted up to, not when it began ("from January until June" began in January).
    dates = [d for d in dates if not _UNTIL_BEFORE.search(text, 0, d.start)
             or any(e.end <= d.start and _UNTIL_BEFORE.fullmatch(text, e.end, d.start) for e in dates)]
    # "the shells it pledged to give Kyiv by March": a month with no year after "by" is a deadline, not when goods went.
    dates = [d for d in dates if not (_BY_DEADLINE.search(text, 0, d.start) and yearless(d.text))]
    dates = [d for d in dates if not (d.start >= trigger.end and _YET_TO_COME.search(text, trigger.end, d.start))]
    if DONE_EARLIER.search(text, 0, trigger.start):
        # "In May, customs seized the ship, which had previously smuggled coal": a time told before a transfer told as
        # done earlier dates what came after it, not the transfer.
        dates = [d for d in dates if d.start >= trigger.end]
    after_aside = _time_after_aside(text, dates, trigger)
    if after_aside is not None:
        # A proceeding told within the aside ("which the UN blacklisted in 2017") is the aside's, not near the time.
        kept, aside = proceedings, after_aside[1]
        proceedings = [p for p in proceedings if not aside[0] <= p.start < aside[1]]
        aside_said = said(after_aside[0])
        proceedings = kept
        if not aside_said:
            return after_aside[0], sentence
    inside = [d for d in dates if start <= d.start and d.end <= end and not said(d)]
    contrast = _CONTRAST_OPENING.match(text) or _EXCEPTION_OPENING.match(text)
    if contrast is not None and contrast.end() <= trigger.start:
        # "Even as it praised last year's harvest, Laos bought rice in February": the clause of contrast opening
        # the sentence tells a time of its own, not the transfer's.
        inside = [d for d in inside if d.start >= contrast.end()]
        dates = [d for d in dates if d.start >= contrast.end()]
    # "Between in or about May 2016 and in or about March 2017": a court's hedge on each end of a period.
    opening = [d for d in inside if re.search(r"\b(?:since|between|from|starting in|beginning in)\s+"
                                              r"(?:(?:in|on)\s+or\s+about\s+)?$",
                                              text[:d.start], re.IGNORECASE)
               and not _COMPARED_FROM.search(text, 0, d.start)]
    if opening:
        # "between August 2023 and February 2024", "since August 2023": the transfers began then.
        return opening[0], sentence
    # "entered Yeosu on November 24 after transferring 600 tons ... on October 19": a date just before "after" or
    # "before" the transfer word dates what happened then, when the clause dates the transfer too.
    other_event = [d for d in inside if d.end <= trigger.start and _THEN_THE_TRANSFER.fullmatch(text, d.end,
                                                                                                trigger.start)]
    if other_event and len(other_event) < len(inside):
        inside = [d for d in inside if d not in other_event]
    if inside:
        best = min(inside, key=lambda d: abs(d.start - trigger.start))
        if _LATER.search(best.text):
            # "loaded on 12 February and discharged eight days later": the transfer began at the first date.
            best = next((d for d in inside if d.end <= best.start and not _LATER.search(d.text)), best)
        # "in March and April": a period told by its ends begins with the first.
        # "in March 2012, and again in May 2013": the first of the times told.
        first = next((d for d in inside if d.end <= best.start
                      and re.fullmatch(r"\s*(?:and|to|through|until|till|-|–|,\s*and\s+again(?:\s+in|\s+on)?)\s*",
                                       text[d.end:best.start])), None)
        if trigger.role == "seize" and first is None:
            # "seized in August after they were loaded in Hamburg in May": the transfer began with the loading.
            loaded = next((d for d in dates if d.start >= best.end and not said(d)
                           and _LOADED_BEFORE.match(text[:d.start], best.end)), None)
            if loaded is not None and loaded.value is not None and best.value is not None \
                    and (loaded.value.year or 0, loaded.value.month or 0) <= (best.value.year or 0,
                                                                              best.value.month or 0):
                return loaded, sentence
        return first or best, sentence
    # "in 2012 it sold rifles to Laos; in 2009, it sold mortars to Chad": a date opening the clause after a
    # semicolon dates that clause's transfer, not the sentence's first date.
    semicolon = text.rfind(";", 0, trigger.start)
    clause_opening = [d for d in dates if semicolon >= 0 and semicolon < d.start and d.end <= trigger.start
                      and _CLAUSE_OPENING.fullmatch(text, semicolon + 1, d.start) and not said(d)]
    if clause_opening:
        return clause_opening[0], sentence
    # "For January and February, the ministry reported that it imported ...": the months the figures cover, not the
    # day of the saying; a period told by its ends begins with the first.
    covered = [d for d in dates if d.end <= trigger.start and d.value is not None
               and _FIGURES_FOR.fullmatch(text, 0, d.start)]
    if covered:
        return covered[0], sentence
    # "On 4 January, Kirby said North Korea had provided missiles": the date opening a sentence whose
    # transfer is what someone said is the date of the saying.
    opening = [d for d in dates if opens(text, d) and not said(d)
               and not any(d.end <= r.start < trigger.start for r in saying)]
    if opening:
        return opening[0], sentence
    near = _neighbouring_clause_date(text, [d for d in dates if not said(d)], start, end)
    if near is not None and SPAN_AFTER.match(text, start):
        # "took place on March 7, seven months after Laos began sending timber": the clause before is dated from
        # this one, not at the same time.
        near = None
    if near is not None:
        return near, sentence
    cue = next((m for m in mentions if m.kind == "anaphora" and m.start <= 3), None)
    if cue is None:
        cue = next((m for m in mentions if m.kind == "anaphora" and _SAME_PERIOD.match(m.text)
                    and not _COMPARED_PERIOD.match(text, m.end) and not _COMPARED_BEFORE.search(text, 0, m.start)),
                   None)
        if cue is not None or compared or _AGAINST_A_YEAR_BEFORE.search(text):
            # "Russia shipped coal worth $31 million during the cited period", "imports of flour rose 76 percent
            # on-year to $5.9 million": a figure of the period the report told before, not a time of its own.
            return period_told_before(sentence, last_dates)
    if cue is not None and last_dates:
        last, told = last_dates[-1]
        # "between August and December 2019. During this period, ...": a period told by its ends began with the first.
        ends = [d for d, s in last_dates if s is told and d.end <= last.start and re.fullmatch(
            r"\s*(?:and|to|through|until|till|-|–)\s*", told.text[d.end:last.start])]
        if ends and re.search(r"\bperiod\b|\btime\b", cue.text, re.IGNORECASE):
            return ends[-1], told
        return last, told
    if _FIGURE.search(text, start, end):
        # "Peru's exports to Chile totalled $150 million last month, customs data showed. ... Peruvian exports were led
        # by $20 million worth of copper wire": a figure with no time of its own, in a report of trade figures, is of
        # the period the figures told last.
        period, period_sentence = period_told_before(sentence, last_dates)
        if period is not None and period_sentence is not None and period_sentence.paragraph < sentence.paragraph \
                and (_FIGURE.search(period_sentence.text) or _STATISTICS.search(period_sentence.text)):
            return period, period_sentence
    del text
    return None, None


def period_told_before(sentence: Sentence, last_dates: list[tuple[DateMention, Sentence]],
                        ) -> tuple[DateMention | None, Sentence | None]:
    """The period a trade report told last, a few paragraphs back at most: a month or longer, never a day, and not
    a time a figure was compared with ("compared with $41 million the year before"); a period told by its ends
    ("in the January-August period") begins with the first."""
    periods = [(d, s) for d, s in last_dates
               if d.value is not None and d.value.day is None and 0 <= sentence.paragraph - s.paragraph <= _PERIOD_REACH
               and not _COMPARED_BEFORE.search(s.text, 0, d.start)]
    if not periods:
        return None, None
    last, told = periods[-1]
    ends = [d for d, s in periods if s is told and d.end <= last.start and re.fullmatch(
        r"\s*(?:and|to|through|until|till|-|–)\s*", told.text[d.end:last.start])]
    return (ends[-1] if ends else last), told


def after_dateline(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates a sentence tells, not that of its dateline ("ABU DHABI, Aug 30 -")."""
    dateline = _DATELINE.match(text)
    return [d for d in dates if dateline is None or d.start >= dateline.end()]


# An aside on the party just named, closed before a time that ends the clause: ", a conglomerate under sanctions since
# 2016,", ", which is barred from buying trucks,", " (the DPRK)".
_ASIDE_BEFORE_TIME = re.compile(r"(?:,\s+(?:which|who|whom|whose|a|an|the|one|its|their)\s[^,;()]{0,120},"
                                r"|\s*\([^()]{0,160}\),?)\s*(?:(?:in|on|during|around|between|from)\s+)?$",
                                re.IGNORECASE)
# What follows the time that ends the clause.
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;:]|,\s|$)")


def _time_after_aside(text: str, dates: list[DateMention], trigger: Mention,
                      ) -> tuple[DateMention, tuple[int, int]] | None:
    """The time told after an aside on the party named after the transfer word, closing the clause: "sold generators
    to Ryonbong, a conglomerate under sanctions since 2016, in June 2019" and "shipped trucks to North Korea, which
    is barred from buying them, in March" were sold and shipped then, and a time within the aside is the aside's.
    Returns the time and where the aside lies."""
    for mention in dates:
        if mention.start < trigger.end or mention.value is None \
                or not _CLAUSE_END_AFTER.match(text, mention.end):
            continue
        aside = _ASIDE_BEFORE_TIME.search(text, trigger.end, mention.start)
        if aside is None or re.search(r"[;:]|\b(?:but|while|whereas|and then)\b", text[trigger.end:aside.start()]) \
                or any(trigger.end <= d.start < aside.start() for d in dates):
            continue
        return mention, aside.span()
    return None


# ", in which", "period, during which": a clause told within the period named just before it.
_IN_WHICH_AFTER = re.compile(r"\s*(?:period\s*)?,?\s*(?:in|during)\s+which\s*", re.IGNORECASE)


def _neighbouring_clause_date(text: str, dates: list[DateMention], start: int, end: int) -> DateMention | None:
    """A clause with no date of its own takes the time the clause it hangs on tells: "was carrying missile
    parts when the destroyer caught up with it on May 26", "seized in November from a freighter, which was
    carrying suits", "When the freighter reached Busan on Sept. 21, the containers were confiscated"."""
    if re.match(r"\s*,?\s*(?:when|as)\b", text[end:], re.IGNORECASE):
        after = [d for d in dates if d.start >= end]
        if after:
            return after[0]
    if re.search(r",\s*when\s*$", text[:start], re.IGNORECASE):
        # "the largest since 2008, when Oslo sent Malawi maize", "in May, when the ferry brought cement": the
        # time the clause hangs on is when it happened.
        before = [d for d in dates if d.end <= start and text[d.end:start].strip(" ,").lower() == "when"]
        if before:
            return before[-1]
    if re.search(r",?\s*(?:in|during)\s+which\s*$", text[:start], re.IGNORECASE):
        # "rose in the first quarter of 2023, in which China shipped rice": the period the clause hangs on is
        # the transfer's, from its start ("the January-March period, in which" began in January).
        before = [d for d in dates if d.end <= start and _IN_WHICH_AFTER.fullmatch(text, d.end, start)]
        if before:
            ends = [d for d in dates if d.end <= before[-1].start
                    and re.fullmatch(r"\s*(?:-|–|to|through|until)\s*", text[d.end:before[-1].start])]
            return ends[-1] if ends else before[-1]
    if re.search(r",\s*(?:which|who)\s*$", text[:start], re.IGNORECASE):
        before = [d for d in dates if d.end <= start]
        if before:
            return before[-1]
    lead = re.match(r"(?:When|After|As soon as|Once)\b[^,]*,", text)
    if lead is not None and lead.end() <= start:
        within = [d for d in dates if d.end <= lead.end()]
        if within:
            return within[0]
    return None


def status_of(hedges: list[Mention]) -> ClaimStatus:
    """The status the hedges tell: planned, alleged or confirmed before reported."""
    values = {m.value for m in hedges}
    if ClaimStatus.CONFIRMED.value in values and all(
            _CHARGED.match(m.text) for m in hedges if m.value == ClaimStatus.ALLEGED.value):
        # "charged with selling watches" and "pleaded guilty": the plea or the verdict settles the charge.
        values.discard(ClaimStatus.ALLEGED.value)
    for status in (ClaimStatus.PLANNED, ClaimStatus.ALLEGED, ClaimStatus.CONFIRMED, ClaimStatus.REPORTED):
        if status.value in values:
            return status
    return ClaimStatus.REPORTED


# "made up 60 per cent of its exports, totalling $292 million", "35 percent of the $12 million": a sum told after the
# share the goods are of is the whole's, not what the goods were worth.
_SHARE_OF = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)\s+of\b[^;]*$", re.IGNORECASE)


def sum_of_the_whole(text: str, start: int, at: int) -> bool:
    """The sum at `at` is told after a share ("40 percent of") between `start` and it: the whole's sum."""
    return _SHARE_OF.search(text, start, at) is not None


# "from $20,000 in 2021 to $1.1 million": a flow told by the figure it changed from, then the one it came to.
_FROM_A_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# "worth from $1 million to $2 million", "values ranged from": a range, read by its low end as "between" is.
_RANGED_FROM = re.compile(r"\b(?:worth|valued(?:\s+at)?|rang(?:ed|ing|es|e)|priced|costing)\s+from\s+"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_TO_A_FIGURE = re.compile(r"[^;.]{0,40}?\bto\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+)?",
                          re.IGNORECASE)


def read_amounts(draft: Draft, text: str, start: int, end: int, goods: list[Mention]) -> None:
    """Give the draft the value and quantity told between `start` and `end` (a value just after, too)."""
    begin = start
    value = None
    while (found := find_value(text[begin:end])) is not None:
        if not _NOT_A_PRICE.search(text[max(0, begin + found.start - 60):begin + found.start]) \
                and not _PENALTY_AFTER.match(text, begin + found.end) \
                and not sum_of_the_whole(text, start, begin + found.start):
            value = replace(found, start=begin + found.start, end=begin + found.end)
            break
        # "fined $2 million", "agreed to pay $635 million": a penalty or earnings, not what the goods were worth.
        begin += found.end
        if (converted := _CONVERTED.match(text, begin)) is not None and converted.end() <= end:
            begin = converted.end()  # "ordered to pay $635m (£512m)": the same penalty in another currency
    if value is None and end < len(text) and goods:
        # "two Maybachs, which were worth about $500,000 each": a value in the clause just after.
        worth = _WORTH_AFTER.match(text, end)
        found = find_value(text[worth.end():]) if worth is not None else None
        if worth is not None and found is not None and found.start == 0:
            value = replace(found, start=worth.end(), end=worth.end() + found.end)
    if value is not None and _FROM_A_FIGURE.search(text, 0, value.start) \
            and not _RANGED_FROM.search(text, 0, value.start) \
            and (changed := _TO_A_FIGURE.match(text, value.end)) is not None \
            and (later := find_value(text[changed.end():])) is not None and later.start == 0:
        # "grown fivefold from $20,000 in 2021 to $1.1 million this year": the figure the flow came to.
        value = replace(later, start=changed.end(), end=changed.end() + later.end)
    if value is not None and (respective := RESPECTIVELY.match(text, value.end)) is not None \
            and find_value(respective.group()) is not None:
        # "worth about 2.1 billion won and 0.9 billion won respectively": sums shared out over goods told in order,
        # the clause's own goods perhaps not the first.
        value = None
    if value is not None and value.text.startswith("¥") and "JP" in {
            side.country or (side.value if side.kind == "country" else None)
            for side in (draft.supplier, draft.recipient) if side is not None}:
        # "shipped food worth ¥7.16 million" by a Tokyo company: the yen, which shares its sign with the yuan.
        value = replace(value, unit="JPY")
    if value is not None:
        draft.value = (value.amount, value.unit or "", Mention("value", value.start, value.end, value.text))
    dateline = _DATELINE.match(text)
    skip = dateline.end() - start if dateline is not None else 0
    names = [(side.start - start, side.end - start) for side in (draft.supplier, draft.recipient)
             if side is not None and side.kind in ("vessel", "organization", "person")]
    quantity = find_quantity(text[start:end], before=[g.start - start for g in goods], skip=skip, names=names)
    if quantity is not None:
        draft.quantity = (quantity.amount, quantity.unit, Mention("quantity", start + quantity.start,
                                                                  start + quantity.end, quantity.text))


def add_evidence(draft: Draft, group: list[Mention]) -> None:
    """Record the words each of the draft's fields was read from, and its transfer words `group`."""
    sentence = draft.sentence
    add = draft.evidence.append

    def span(field_name: str, start: int, end: int, where: Sentence = sentence) -> None:
        add(Evidence(field_name, where.text[start:end], where.start + start, where.start + end, where))

    for trigger in group:
        span("kind", trigger.start, trigger.end)
    for goods, description in draft.goods:
        offset = sentence.text.rfind(description, 0, goods.end)
        offset = offset if offset >= 0 else goods.start
        span("goods", offset, offset + len(description))
    if draft.supplier is not None:
        span("supplier", draft.supplier.start, draft.supplier.end)
    if draft.recipient is not None:
        span("recipient", draft.recipient.start, draft.recipient.end)
    if draft.date is not None and draft.date_sentence is not None:
        span("date", draft.date.start, draft.date.end, draft.date_sentence)
    for hedge in draft.hedges:
        span("status", hedge.start, hedge.end)
    if draft.quantity is not None:
        span("quantity", draft.quantity[2].start, draft.quantity[2].end)
    if draft.value is not None:
        span("value", draft.value[2].start, draft.value[2].end)
