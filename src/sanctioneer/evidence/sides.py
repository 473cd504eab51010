"""The sides of a transfer: which mentions are parties, and where a clause puts the supplier and the
recipient (after "from" and "to", at the last stop of a journey, in the country goods are named by)."""

from __future__ import annotations

import re
from dataclasses import replace

from sanctioneer.evidence.goods_phrases import phrase_bounds
from sanctioneer.evidence.lexicon import BASED, MADE_SUFFIXES, Lexicon, Mention

__all__ = ["behind_front", "defender_of_own", "first_party", "goods_origin", "is_party", "last_stop",
           "parties_listed_after", "party_after_cue", "same_party"]

# "to buyers in Egypt", "from a company based in China": the country of the buyers or the company is
# the side the cue points at.
_BUYERS_IN = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:buyers?|customers?|clients?|compan(?:y|ies)|firms?|traders?|"
                        r"importers?|exporters?|owners?|shipowners?|dealers?|dealerships?|brokers?|suppliers?|wholesalers?|retailers?|"
                        r"distributors?|processors?|merchants?|refiner(?:y|ies)|smelters?|factory|factories|"
                        r"plants?|shipyards?|groups?|rebels|militias?|forces|fighters|sites?|projects?|stations?|yards?|mines?|"
                        r"recipients?|end[- ]users?|zoos?|museums?|hospitals?|clinics?|schools?|universit(?:y|ies)|"
                        r"institutes?|offices?|stores?|shops?|depots?|warehouses?|bases?|units?|farms?|centres?|"
                        r"centers?|embass(?:y|ies)|families)\s+(?:(?:registered|based|located)\s+)?(?:in|from)\s+")
# "a Dandong trading house", "a Busan shipping company": a body named by the city it is in.
_PLACE_BODY = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:firms?|compan(?:y|ies)|trading house|traders?|importers?|"
                         r"exporters?|brokers?|dealers?|dealerships?|buyers?|businessm[ae]n|department stores?|"
                         r"shipowners?|shipyards?|factory|factories|plants?|wholesalers?|distributors?|retailers?|agenc(?:y|ies)|"
                         r"suppliers?)\b")
# "Fukuoka police", "the Osaka Prefectural Police", "Dandong customs": the police or customs of a town or a province.
_PLACE_FORCE = re.compile(r"\s+(?:(?:prefectural|provincial|municipal|metropolitan|city|district)\s+)?"
                          r"(?:police|prosecutors?|customs)\b", re.IGNORECASE)
# Who wrote or showed something, not who supplied the goods: "a report by ...", "images by ...".
_AUTHORED = re.compile(r"\b(?:report|reports|study|statement|analysis|investigation|survey|article|paper|review|"
                       r"document|documents|images|photographs|photos|footage|data|research|book|letter|film)\s+"
                       r"(?:\w+ed\s+)?$", re.IGNORECASE)
# Who told the searchers, not who supplied the goods: "after a tip from the US", "a warning from Washington".
_TIPPED = re.compile(r"\b(?:tip|tips|tip-off|tip-offs|tipoff|tipped off|warning|warnings|alert|intelligence|"
                     r"request|requests|message|messages)\s+$", re.IGNORECASE)
# Where papers or a disguise said goods came from, not who supplied them: "through fake certificates of origin
# from Chinese ports", "tried to disguise the anthracite as imports from China", "declared as products from Malaysia".
_FALSE_ORIGIN = re.compile(r"\b(?:(?:certificates?|papers|documents|proofs?)\s+of\s+origin|"
                           r"(?:disguis|camouflag|pass|relabell?|mislabell?|labell?|misdeclar|declar|present|mark)\w*"
                           r"\s+(?:off\s+)?(?:[\w'-]+\s+){0,3}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:imports?|exports?|shipments?|products?|produce|goods|cargo(?:es)?|ones?)|"
                           r"(?:origin|provenance)\s+(?:as|in)\s+(?:[\w-]+\s+){0,2}?)\s+$", re.IGNORECASE)
# Who speaks or acts for a body, not where the goods went: "a spokesman for the Thai government".
# "acting as an agent to sell coal for", "brokering sales of missile parts for": a broker sells for a principal.
_AGENT_FOR = re.compile(r"\b(?:agent|agents|broker|brokers|brokering|brokered|middleman|middlemen)\b[^.;]{0,80}$",
                        re.IGNORECASE)
# "a broker bought 40 lathes for a North Korean company": one who buys for another buys for the recipient.
_BOUGHT_BEFORE = re.compile(r"\b(?:bought|buys|buy|buying|purchased|purchases|purchase|purchasing|procured|procures|"
                            r"procure|procuring|acquired|acquire|acquiring|obtained|obtain|obtaining)\b[^.;,]{0,60}$",
                            re.IGNORECASE)
_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person|men|women|people)|representatives?|envoys?|lawyers?|"
                         r"attorneys?|advis[eo]rs?|ambassadors?|minister|ministers|secretary|secretaries|"
                         r"counsel)\s+$", re.IGNORECASE)
# Whom a speaker speaks for, not who supplied: "a spokesman from South Korea's foreign ministry".
# "Ambassadors from Brazil say the rifle sales broke the treaty": where speakers come from, not goods.
_SPEAKS_FROM = re.compile(r"\b(?:spokes(?:man|woman|person|men|women|people)|officials?|representatives?|"
                          r"sources?|ambassadors?|envoys?|diplomats?|delegates?|ministers?|lawmakers?|legislators?|"
                          r"experts?|analysts?|researchers?|investigators?|journalists?|reporters?|observers?)\s+$",
                          re.IGNORECASE)
# Where a diplomat is posted, not where goods went: "recalled its ambassador to Switzerland".
_POSTED_TO = re.compile(r"\b(?:ambassadors?|envoys?|consuls?|high commissioners?|charg[ée]s? d'affaires|"
                        r"representatives?|missions?|delegations?)\s+$", re.IGNORECASE)
# "controlled by", "owned by": the "by" of a description of a body, not of the transfer.
_DESCRIBED_BY = re.compile(r"\b(?:controlled|owned|run|operated|managed|backed|founded|led|headed|chaired|"
                           r"established|set up|"
                           # "goods prohibited by the Chinese government": who bans the goods, not who sent them
                           r"prohibited|banned|barred|forbidden|outlawed|restricted|embargoed)\s+$", re.IGNORECASE)
# Words that carry a journey on to its next stop ("to Dalian, then to Osaka, before being flown to Pyongyang").
# "exported parts to China with the knowledge that they would be transported into North Korea": where the exporter
# knew the goods would go is a stop of their journey too.
_ONWARD = re.compile(r"\b(?:then|before|onward|onwards|on to|finally|eventually|ultimately|from there|from where|"
                     # "to a trader in Malaysia, though the lathes were destined for Cuba": where they were bound.
                     r"destined|bound for|intended for|meant for|"
                     r"where they were|ended up|final destination|ultimate destination|by land|overland|by road|"
                     r"by rail|by truck|"
                     r"with the knowledge that|knowing that|knew that|aware that)\b",
                     re.IGNORECASE)

# "transferred diesel to the Pearl Cove before returning to Mokpo": where the carrier went back to, not a stop of the
# goods.
_GOING_BACK = re.compile(r"\b(?:return(?:s|ed|ing)?|(?:sailed|went|headed|heading|came|coming|steamed)\s+back)"
                         r"\s+(?:to|into|for)\s+(?:the\s+(?:port|city)\s+of\s+)?$", re.IGNORECASE)

# A ship or plane told going back somewhere: where the carrier goes home, not where its goods went.
_CARRIER_GOING_BACK = re.compile(r"\b(?:ship|vessel|freighter|tanker|boat|plane|aircraft)\b[^.;]{0,80}?\b"
                                 r"(?:is|was|were|are|has|had|have)\s+(?:now\s+|since\s+|already\s+)?"
                                 r"(?:returning|returned|(?:heading|headed|sailing|sailed|going|gone)\s+back)\s+$",
                                 re.IGNORECASE)

# The addressee of a saying: "Cuban officials told Panama", "assured Moscow".
_TOLD = re.compile(r"\b(?:told|tells|tell|telling|informed|informs|assured|assures|notified|notifies|briefed|briefs|"
                   r"reassured|reassures)\s+(?:the\s+)?$", re.IGNORECASE)


# "The tanker was detained at Yeosu in May after it transferred diesel": where a ship or cargo was held is where the
# seizing country acted, not a side of the transfer.
_HELD_AT = re.compile(r"\b(?:detained|seized|impounded|held|intercepted|stopped|boarded|inspected|searched|"
                      r"confiscated|arrested)\s+(?:(?:the|a|an|its|two|three)\s+(?:[\w-]+\s+){0,3})?"
                      # "held by South Korean authorities in ...": who holds it, told before where
                      r"(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:authorities|officials|customs|coast\s*guard|navy|police)\s+)?"
                      r"(?:at|in|off|near)\s+"
                      r"(?:(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:port|harbou?r|city|anchorage)\s+(?:of|in)\s+"
                      # "at Kobe port, in western Japan": the port, then the country it is in
                      r"|(?:[A-Z][\w-]*\s+){1,3}(?:port|harbou?r)\s*,\s*in\s+)"
                      r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?)?$",
                      re.IGNORECASE)
# "a tanker being held by Japanese officials": the state that holds a ship acted on it, and is no side of what the
# ship carried.
_HELD_BY = re.compile(r"\b(?:detained|seized|impounded|held|intercepted|stopped|boarded|inspected|searched|"
                      r"confiscated|arrested)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_HOLDERS = re.compile(r"\b(?:authorities|officials|customs|coast\s*guard|navy|police)\b", re.IGNORECASE)


# "The firm chartered a Chinese freighter to import clams": a ship hired to carry goods is the hirer's carrier, and
# its flag or owner's country no side of the goods.
_CARRIER_HIRED = re.compile(r"\b(?:chartered|charters|charter|hired|hires|hire|leased|leases|lease)\s+"
                            r"(?:(?:a|an|the|two|three|its|their)\s+)?$", re.IGNORECASE)


# "Pyongyang used a Chinese freighter to import diesel", "used unwitting Swiss banks to buy the oil", "used a Laotian
# arms dealer to try to sell rifles": the carrier, the payer or the go-between a party used is its means, and the
# country it is named by no side of the goods.
_USED = re.compile(r"\b(?:used|uses|using|employed|employs|employing)\s+"
                   r"(?:(?:a|an|the|two|three|its|their|his|her)\s+)?[\"'“]?(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_MEANS = (r"(?:freighters?|ships?|vessels?|tankers?|barges?|carriers?|banks?|accounts?|ports?|compan(?:y|ies)|"
          r"firms?|middlem[ae]n|brokers?|dealers?|traders?|agents?|intermediar(?:y|ies)|networks?|aircraft|planes?|airlines?|trucks?|lorries)")
_TO_VERB = r"[\"'”]?(?:,[^.;,]{0,40},)?\s+to\s+[a-z]"
_MEANS_TO = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+" + _MEANS + r"\b" + _TO_VERB)
_MEANS_TOLD = re.compile(r"\b" + _MEANS + r"$", re.IGNORECASE)


def _used_as_means(mention: Mention, text: str) -> bool:
    """Whether the mention names what a party used to move or pay for goods ("used a Chinese freighter to import")."""
    if not _USED.search(text, max(0, mention.start - 40), mention.start):
        return False
    if _MEANS_TOLD.search(mention.text):
        return re.match(_TO_VERB, text[mention.end:]) is not None
    return _MEANS_TO.match(text, mention.end) is not None


# "as friction eased over Pyongyang's weapons program", "amid concern about Laos's missile tests": the country whose
# programme or conduct a quarrel is about, no side of the goods the sentence goes on to tell.
_TOPIC_BEFORE = re.compile(r"\b(?:over|about|amid|regarding|concerning)\s+$", re.IGNORECASE)
_TOPIC_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:programs?|programmes?|tests?|test-firings?|"
                          r"launch(?:es)?|disputes?|ambitions|provocations?|policy|policies|behaviou?r|conduct|crackdown|"
                          r"human\s+rights\s+record)\b")
# "a dealer with ties to Laos", "a firm with links to Pyongyang": whom a party is tied to, no side of the goods.
_TIED_TO = re.compile(r"\b(?:ties|links|connections|relations|relationships)\s+(?:to|with)\s+(?:the\s+)?$",
                      re.IGNORECASE)


# "Officials in Seoul think the tanker, the Sea Lark, moved", "Japan's foreign ministry says the tanker
# delivered": officials who tell of a transfer whose own subject follows (a ship, a body or a name, not "it", "they"
# or the goods, which may be the speaker's own) are no side of it.
_TELLS_OF_OTHER = re.compile(r"(?P<speaker>(?:['’]s)?,?\s+(?:[a-z][\w-]*\s+){0,2}?)"
                             r"(?:(?:have|has|had|now|also|still)\s+)?"
                             r"(?:say|says|said|believe|believes|believed|suspect|suspects|think|thinks|thought|"
                             r"allege|alleges|claim|claims|told\s+[\w.]+(?:\s+[\w.]+)?|reports)"
                             r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+last\s+[a-z]+)?,?\s+"
                             # "reports South Korean officials say the ...": a saying reported by another speaker.
                             r"(?:(?:[A-Z][\w-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?:say|says|said|believe|believes)\s+)?"
                             r"(?:that\s+)?(?:the|a|an)\s+(?:[A-Z]|(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|freighter|"
                             r"carrier|barge|company|firm|trader|broker|businessman)s?\b)")
_SPEAKING_BODY = re.compile(r"\b(?:officials?|authorities|ministry|agency|customs|coast guard|prosecutors?|police|"
                            r"government|spokes(?:man|woman|person)|sources?|investigators?|navy|military|"
                            r"intelligence|service)\b", re.IGNORECASE)


def _tells_of_other(mention: Mention, text: str) -> bool:
    """Whether the mention names officials telling of a transfer by a subject of its own."""
    told = _TELLS_OF_OTHER.match(text, mention.end)
    return told is not None and bool(_SPEAKING_BODY.search(mention.text + told.group("speaker")))


# "North Korean officials said the zinc shipment to Laos was lawful": a speaker who says a transfer it names no
# side of broke no rule defends its own side of it. The words that defend it, after the transfer word.
_DEFENDED = re.compile(r"[^.;]{0,80}?\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
                       r"(?:(?:entirely|perfectly|fully|completely|wholly|quite)\s+)?"
                       r"(?:legal|lawful|legitimate|permitted|allowed|authori[sz]ed|above\s*board)|"
                       r"(?:did|do|does)\s+not\s+(?:violate|breach|break)|broke\s+no|complied\s+with)\b",
                       re.IGNORECASE)
# Between the speaker's saying and the transfer it defends: "said on Monday that the two zinc".
_SAID_OF = re.compile(r"\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?(?:the|a|an|its|their|this|these)\s+"
                      r"(?:[\w-]+\s+){0,3}", re.IGNORECASE)


def defender_of_own(text: str, trigger: Mention, mentions: list[Mention]) -> Mention | None:
    """The speaker who says the transfer that `trigger` names was lawful: the side it speaks for, or None.

    "Laotian officials said the zinc shipment to Vietnam was legal": Laos shipped the zinc. The speaker is a country
    or a body right before its saying, the saying right before the transfer word."""
    said = next((m for m in reversed(mentions) if m.kind == "reporting" and m.end <= trigger.start), None)
    if said is None or not _SAID_OF.fullmatch(text, said.end, trigger.start) \
            or not _DEFENDED.match(text, trigger.end):
        return None
    speaker = next((m for m in reversed(mentions) if m.end <= said.start), None)
    if speaker is None or speaker.kind not in ("country", "organization") or text[speaker.end:said.start].strip() \
            or not (speaker.detail == "demonym-party" or is_party(speaker, text)):
        return None
    return speaker


# "a North Korean oil tanker sanctioned by Washington and the UN", "photographed by Japanese patrol planes": who
# lists, watches, accuses or judges a party, after the participle's "by" (with the others named with it), is no side.
_ACTED_ON_BY = re.compile(r"\b(?:sanctioned|blacklisted|designated|listed|penali[sz]ed|fined|targeted|punished|"
                          r"accused|charged|indicted|prosecuted|convicted|investigated|probed|questioned|watched|"
                          r"monitored|tracked|photographed|filmed|spotted|sighted|observed|seen|detected|"
                          r"identified|named|cited|condemned|critici[sz]ed)\s+by\s+"
                          r"(?:(?:the|both|of|and|or|[A-Z][\w.'’&-]*)\s*,?\s+){0,8}$")


# "US complaints over", "Japanese protests about": a country before what it says against a transfer complains of it.
_COMPLAINT_AFTER = re.compile(r"\s+(?:complaints?|protests?|objections?|concerns?|criticism|condemnation|"
                              r"accusations?|allegations?|warnings?|demands?)\s+(?:over|about|against|at|of|that)\b",
                              re.IGNORECASE)


# "Canada and twelve other states condemned the transfer of rifles from Laos to Chad": who condemns or criticises a
# transfer it names right after is no side of it.
_CONDEMNS_AFTER = re.compile(r"(?:\s+(?:and|or|[\w.’'-]+)){0,5}?\s+(?:(?:has|have|had|strongly|also|jointly)\s+)?"
                             r"(?:condemned|condemns|condemn|condemning|denounced|denounces|denounce|denouncing|"
                             r"critici[sz]ed|critici[sz]es|critici[sz]e|critici[sz]ing|deplored|deplores|deplore|"
                             r"decried|decries|decry)\s+(?:the|a|an|any|this|these|those|such|all)\b",
                             re.IGNORECASE)


# "the tanker, which the U.S. Treasury blacklisted in 2018, delivered": the subject of a relative clause of listing.
_RELATIVE_OPENS = re.compile(r"\b(?:which|that|whom)\s+(?:the\s+)?$", re.IGNORECASE)
_LISTS_IT = re.compile(r"(?:\s+[A-Z][\w.'’&-]*){0,3}\s+(?:(?:had|has|have)\s+)?(?:sanctioned|blacklisted|designated|"
                       r"listed|penali[sz]ed|fined|accused|charged|indicted|investigated|probed|photographed|"
                       r"spotted|tracked|monitored)\b")


# "a missile fired into eastern Chile by Peru", "launched by Peru at Chile", "a rocket able to reach Brazil": the
# country a weapon is fired at or can reach.
_AIMED_AT = re.compile(r"\b(?:(?:fired|launched|shot|aimed)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?(?:into|at|against)|"
                       r"(?:able|capable|designed|enough)\s+to\s+(?:reach|hit|strike)|"
                       r"capable\s+of\s+(?:reaching|hitting|striking)|"
                       r"(?:can|could|would|might|may)\s+(?:\w+\s+)?(?:reach|hit|strike))\s+(?:the\s+)?"
                       r"(?:(?:eastern|western|northern|southern|central|mainland|continental)\s+)?$",
                       re.IGNORECASE)


# "with the help of Thai barges", "aided by Russian brokers": who helped a party move goods is its helper, no side
# of the goods.
_HELPED_BY = re.compile(r"\b(?:with\s+(?:the\s+)?(?:help|assistance|aid|support)\s+(?:of|from)|"
                        r"(?:helped|aided|assisted)\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?$", re.IGNORECASE)
# "reached Laos before the United States could intervene": who might have stopped a transfer in time is no side of it.
_STOPPER_BEFORE = re.compile(r"\b(?:before|until)\s+(?:the\s+)?$", re.IGNORECASE)
_STOPPER_AFTER = re.compile(r"\s+(?:(?:had|has|have)\s+(?:the\s+)?(?:time|chance|a\s+chance)\s+to|could|"
                            r"was\s+able\s+to|were\s+able\s+to|managed\s+to)\s+(?:\w+\s+)?(?:interfere|intervene|"
                            r"act|react|step\s+in|stop|intercept|block)\b", re.IGNORECASE)
# "four Kazakh crew", "a Belarusian pilot": the nationality of who crews a ship or plane, not a side of its load.
_CREW = re.compile(r"\s(?:crew|crews|crewmen|crewmembers|crew\s+members|pilots?|sailors|seamen|captains?|skippers?)$",
                   re.IGNORECASE)


def _acted_on_by(mention: Mention, text: str) -> bool:
    """Whether the mention names who sanctioned, watched or accused a party, after "sanctioned by" and the like, or
    as the subject of a relative clause of listing on it."""
    return _ACTED_ON_BY.search(text, max(0, mention.start - 90), mention.start) is not None or (
        _RELATIVE_OPENS.search(text, max(0, mention.start - 12), mention.start) is not None
        and _LISTS_IT.match(text, mention.end) is not None)


def is_party(mention: Mention, text: str) -> bool:
    """Whether a mention names a party: a person, an organization, a vessel, or a country as a side."""
    if mention.kind in ("country", "organization", "media") and _acted_on_by(mention, text):
        return False
    if mention.kind == "country" and _COMPLAINT_AFTER.match(text, mention.end):
        return False  # "US complaints over Laotian efforts to buy rifles": who complains, not a side
    if mention.kind in ("country", "organization") and _CONDEMNS_AFTER.match(text, mention.end):
        return False  # "Canada condemned the transfer of rifles from Laos": who condemns it, not a side
    if mention.kind in ("country", "organization", "media") and mention.detail != "place" \
            and _tells_of_other(mention, text):
        return False
    if mention.kind in ("person", "organization", "vessel"):
        return True
    if mention.kind != "country":
        return False
    if _TOLD.search(text, 0, mention.start):
        return False  # "the envoy told Chile the load was a gift": whom a saying is addressed to, not a side
    if _AIMED_AT.search(text, max(0, mention.start - 80), mention.start):
        return False  # "a missile fired into Chile", "able to reach Brazil": where a weapon strikes, not a side
    if mention.detail in ("place", "name") and _HELD_AT.search(text, max(0, mention.start - 100), mention.start):
        return False
    if mention.detail == "demonym-party" and _HOLDERS.search(mention.text) \
            and _HELD_BY.search(text, max(0, mention.start - 30), mention.start):
        return False
    if mention.role == "vessel" and _CARRIER_HIRED.search(text, max(0, mention.start - 40), mention.start):
        return False  # "chartered a Chinese freighter": the carrier the hirer chose, not a side
    if _TOPIC_BEFORE.search(text, max(0, mention.start - 12), mention.start) and _TOPIC_AFTER.match(text, mention.end):
        return False  # "friction eased over Pyongyang's weapons program": what a quarrel is about, not a side
    if _TIED_TO.search(text, max(0, mention.start - 30), mention.start):
        return False  # "a dealer with ties to Laos": a description of the broker, not where goods went
    if mention.country != "KP" and _HELPED_BY.search(text, max(0, mention.start - 50), mention.start):
        return False  # "with the help of Thai barges": a helper of a party, not a side
    if mention.country != "KP" and _STOPPER_AFTER.match(text, mention.end) \
            and _STOPPER_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False  # "before the United States could intervene": who might have stopped it, not a side
    if mention.country != "KP" and mention.detail == "demonym-party" and _CREW.search(mention.text):
        return False  # "four Kazakh crew": the crew's nationality, not a side of the load
    if _used_as_means(mention, text):
        return False  # "used a Chinese freighter to import": the means of the party that used it, not a side
    if mention.detail != "demonym-party" and (mention.text.lower().endswith("-flagged")
                                              or re.match(r"-flagged\b", text[mention.end:])):
        return False  # "Sierra Leone-flagged": a flag alone, not a side
    if mention.detail == "demonym":
        # A demonym alone describes goods ("Russian-made luxury car"), unless it is their origin
        # and chosen as such; with a party noun ("the Russian side") it names a party.
        return False
    if mention.detail == "demonym-party" and mention.role == "country" \
            and re.search(r"\bnear\s+$", text[:mention.start]):
        return False  # "near the Chinese coast": where, not who
    if mention.detail == "demonym-party" or BASED.match(text, mention.end):
        return True
    if mention.detail == "place" and _PLACE_BODY.match(text, mention.end) and not re.search(
            r"\b(?:in|at|near|off|of)\s+(?:the\s+)?$", text[:mention.start]):
        return True  # "a Dandong trading house", "a Pyongyang department store": a body of that place
    if mention.detail == "place" and _PLACE_FORCE.match(text, mention.end):
        return True  # "Fukuoka police arrested a trader for exporting": the force of that place, as "Tokyo police"
    if mention.detail == "place":
        return bool(re.search(r"\b(?:to|for|from|out of|into|in|at|via|near|off|left|leaving|leaves|departed|departing|"
                              r"reach(?:ed|es|ing))\s+(?:the\s+(?:[a-z]+ern\s+)?(?:[Pp]ort|[Cc]ity)\s+of\s+)?$",
                              text[:mention.start]))
    return True


def same_party(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same party."""
    if a.kind in ("person", "organization", "media") and b.kind == a.kind:
        return a.value == b.value
    return a.kind == b.kind and a.value == b.value


# ", Chad and", " as well as ", ", and to the": what joins one more destination to a list of them.
_LIST_JOIN = re.compile(r"(?P<join>\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
                        r"(?:then\s+|also\s+)?(?:to\s+)?(?P<the>the\s+)?", re.IGNORECASE)
# "fighters in Niger" after a group named by its region: the country they are in names the same side again.
_IN_AGAIN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?in\s+")
# "sold mortars to Chad and Niger denied ...": a party before a verb is the subject of a clause of its own.
_SUBJECT_OF_NEXT = re.compile(r"\s+(?:also\s+)?(?:[a-z]+ed|said|says|say|has|have|had|is|was|were|are|will|would|"
                              r"told|did|does|do|can|could|may|might)\b")


def _item_end(text: str, mentions: list[Mention], party: Mention) -> int:
    """Where the words naming one destination of a list end: a region and "fighters in" its country are one."""
    again = _IN_AGAIN.match(text, party.end)
    if again is None:
        return party.end
    return next((m.end for m in mentions if m.start == again.end() and same_party(m, party)), party.end)


def parties_listed_after(text: str, mentions: list[Mention], party: Mention) -> list[Mention]:
    """The other countries (or ships) listed after one a transfer went to, each the side of a transfer of its own.

    "to Laos, Chad and militias in Niger", "to Fiji as well as buyers in Tonga": one more
    country for each item, up to the last one joined by "and" (a list closed by no "and", as in "to Chad, Iran
    said", lists nothing); "to the Sea Lark and the Morning Star": one more ship. The same country named again
    ("to Dandong, China") is no other destination.
    """
    if party.kind not in ("country", "vessel"):
        return []
    taken, listed, closed = [party], [], 0
    end = _item_end(text, mentions, party)
    while (join := _LIST_JOIN.match(text, end)) is not None:
        at = join.end()
        buyers = _BUYERS_IN.match(text, at)
        if buyers is not None and not any(at <= m.start < buyers.end() for m in mentions if m.kind == party.kind):
            # "militias in Niger": the buyers' country, unless the words before the buyers name one themselves.
            at = buyers.end()
        else:
            buyers = None
        # A place in the list, or the country of buyers in it, is a destination as the first was ("to Laos and
        # Dandong", "to Chad and militias in Niger").
        # "and the tanker Morning Star": a ship's mention may begin with its article.
        other = next((m for m in mentions if m.start in (at, join.start("the")) and m.kind == party.kind
                      and (is_party(m, text) or m.detail == "place" or buyers is not None)), None)
        if other is None or re.match(r"['’]s\b", text[other.end:]) \
                or _SUBJECT_OF_NEXT.match(text, _item_end(text, mentions, other)):
            break
        if not any(same_party(other, t) for t in taken):
            listed.append(other)
        taken.append(other)
        if "," not in join.group("join") or re.search(r"\b(?:and|as well as)\b", join.group("join")):
            closed = len(listed)
        end = _item_end(text, mentions, other)
    return listed[:closed]


def first_party(text: str, mentions: list[Mention]) -> Mention | None:
    """The first party a sentence names: whom it is about."""
    return next((m for m in mentions if is_party(m, text)), None)


def goods_origin(text: str, goods: Mention, mentions: list[Mention], lexicon: Lexicon, *,
                 made: bool = False) -> Mention | None:
    """"North Korean coal", "Cuban weapons": goods named by their country come from it.

    "Russian-made" says where goods were made, not who supplied them, and is left out unless `made`.
    """
    begin, _ = phrase_bounds(text, goods, lexicon, mentions)
    if re.search(r"\b(?:as|labell?ed|declared|disguised|passed off)\s+(?:\w+\s+)?$", text[:begin]):
        return None  # "sold as Russian coal": what the goods were passed off as, not where they came from
    if _HELPED_BY.search(text, max(0, begin - 50), begin):
        return None  # "with the help of Thai barges": the helper's means, not goods from its country
    for mention in mentions:
        demonym = mention.kind == "country" and mention.detail.startswith("demonym")
        if demonym and begin <= mention.start < goods.start \
                and (made or not mention.text.lower().endswith(MADE_SUFFIXES)):
            return mention
    for mention in mentions:
        # "North Korean reed mats (used to wrap food) and seafood": a country named before the first of two
        # goods joined by "and" names both, when nothing but the first goods' words stands between.
        demonym = mention.kind == "country" and mention.detail.startswith("demonym")
        shared = _SHARED_NAME.fullmatch(text, mention.end, begin) if demonym and mention.end < begin else None
        if shared is not None and (made or not mention.text.lower().endswith(MADE_SUFFIXES)) \
                and not any(mention.end <= m.start < begin and m.kind != "goods"
                            and not shared.start(1) <= m.start < shared.end(1) for m in mentions):
            return mention
    maker = _MADE_BY_AFTER.match(text, goods.end) if made else None
    if maker is not None:
        # "radio sets made by a North Korean company": the maker named after the goods, as "North Korean-made".
        return next((m for m in mentions if m.country and m.kind in ("country", "organization")
                     and m.start >= maker.end() and re.fullmatch(r"(?:the|a|an)?\s*", text[maker.end():m.start])),
                    None)
    return None


# The words of one goods noun phrase, with a note in brackets, then "and": "reed mats (used to wrap food) and ".
_SHARED_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*(\([^()]{0,60}\)\s*)?and\s+")
_MADE_BY_AFTER = re.compile(r"\s+(?:made|built|produced|manufactured|assembled)\s+by\s+", re.IGNORECASE)
# "to the port of Nampho", "bound for the impoverished nation of North Korea": the place is named after "of";
# "from the Port of Yokohama" with its capital.
# "to LLC Harbour Nord in Murmansk": a body named by a proper name only, then the place it is in.
# "to Korsakov on Russia's island of Sakhalin": a town on an island of a country is that country's.
_NAMED_IN = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:in|at|on)\s+")
# "to the armed forces of North Korea", "for the navy of Myanmar": a state's forces or government are the state;
# "the eastern port of Donghae": a port told with the part of the country it lies in.
_PLACE_OF = re.compile(r"\s*the\s+(?:(?:[a-z]+ern\s+)?(?:port|city|harbou?r)|(?:[\w-]+\s+){0,2}?(?:nation|country)|"
                       r"armed\s+forces|army|navy|air\s+force|military|government|ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)"
                       r"\s+of\s+(?:the\s+)?",
                       re.IGNORECASE)


# "to the 1981-built, North Korea-flagged tanker Sam Ma 2": the year a ship was built, before its flag and its name.
_BUILT_IN = re.compile(r"\s*(?:(?:a|an|the)\s+)?\d{4}-built,?\s*")


# "rifles from a group of 12 Laotian trainers": the people of a group are the party, told after "of".
_GROUP_OF = re.compile(r"\s+(?:a|the|one|another)\s+(?:small\s+|large\s+)?(?:group|team|unit|contingent|number|batch)"
                       r"\s+of\s+(?:(?:about|some|around|nearly|at\s+least)\s+)?(?:\d[\d,]*|[a-z]+)?\s*")


def party_after_cue(text: str, mentions: list[Mention], cue: str, parties: list[Mention],
                    end: int) -> Mention | None:
    """The party of `parties` that a cue ("from", "toward", "by") points at, before `end`."""
    for mark in (m for m in mentions if m.kind == cue):
        if cue == "by" and _AUTHORED.search(text[:mark.start]):
            continue  # "a report by a Washington research group": who wrote, not who supplied
        if cue == "from" and _TIPPED.search(text[:mark.start]):
            continue  # "seized the weapons after a tip from the US": who told, not who supplied
        if cue == "from" and _FALSE_ORIGIN.search(text[:mark.start]):
            continue  # "fake certificates of origin from Chinese ports", "declared as products from Malaysia": a cover
        if cue == "from" and mark.text.lower() == "from" and _SPEAKS_FROM.search(text[:mark.start]):
            continue  # "a spokesman from South Korea's foreign ministry": whom he speaks for, not who supplied
        if cue == "toward" and mark.text.lower() == "for" and _SPEAKS_FOR.search(text[:mark.start]):
            continue  # "a spokesman for the Thai government": whom he speaks for
        if cue == "toward" and mark.text.lower() == "for" and _AGENT_FOR.search(text[:mark.start]) \
                and not _BOUGHT_BEFORE.search(text, 0, mark.start):
            continue  # "worked as an agent to sell missile parts for North Korea": on whose behalf, not to whom
        if cue == "toward" and _CARRIER_GOING_BACK.search(text, max(0, mark.start - 120), mark.start):
            continue  # "the freighter seized with rifles aboard is now returning to Chile": the carrier's way home
        if cue == "toward" and mark.text.lower() == "to" and _POSTED_TO.search(text[:mark.start]):
            continue  # "recalled its ambassador to Switzerland": where an envoy is posted, not where goods went
        if cue == "by" and _DESCRIBED_BY.search(text[:mark.start]):
            continue  # "a company controlled by the government", "goods banned by the UN": who owns or bans them
        # "meant for the Serbian-backed Shabaab fighters in Somalia": a group in a country may be told at more length.
        following = [p for p in parties if p.start >= mark.end and p.end <= end and (
            p.start - mark.end <= 30 or (p.start - mark.end <= 60 and _BUYERS_IN.fullmatch(text, mark.end, p.start)))]
        between = text[mark.end:following[0].start] if following else ""
        # "to buyers in Egypt": the buyers' country is the recipient's; "to the ship in Dalian" is not.
        buyers = _BUYERS_IN.fullmatch(between) or _PLACE_OF.fullmatch(between) \
            or (cue == "toward" and _NAMED_IN.fullmatch(between)) or _BUILT_IN.fullmatch(between) \
            or _GROUP_OF.fullmatch(between)
        crossed = following and any(m.kind in ("toward", "from", "by") and mark.end <= m.start and
                                    m.end <= following[0].start for m in mentions)
        # "to a third country via South Korea": the country goods pass through is not where they go.
        passing = "|via|through|transiting" if cue == "toward" else ""
        stops = rf"[,;]|\b(?:in|at|on|of|off|near|from|with|by|to{passing})\b"
        if following and not crossed and (buyers or not re.search(stops, between)):
            # "from a ship bound for Myanmar": Myanmar follows "bound for", not "from".
            found = following[0]
            town = next((p for p in parties if cue == "toward" and found.kind == "organization"
                         and found.country is None and p.country is not None
                         and re.fullmatch(r"\s+(?:in|at)\s+", text[found.end:p.start])), None)
            # "to Ocean Pier Ltd in Keelung": a body known by its name only is of the town it is in.
            return found if town is None else replace(found, country=town.country)
    return None


# "with a final destination in North Korea", "its ultimate destination being Nampho": the words that name where a
# journey ends, right before the place.
_DESTINATION_NAMED = re.compile(r"\b(?:final|ultimate|real|true|eventual)\s+destination(?:\s+(?:was|is|being|as))?"
                                r"(?:\s+(?:in|of|at))?\s+(?:the\s+(?:port\s+of\s+)?)?$", re.IGNORECASE)


# "to Lotus Sdn Bhd, a front company for the Cuban military", "to a Malaysian front company for a Cuban trader": the
# words between a front and the party it stands for.
_FRONT_BODY = r"(?:\s+(?:compan(?:y|ies)|firms?|businesses|entit(?:y|ies)))?"
# "..., a company in Dalian acting for North Korea's Munitions Industry Department": a body seated in one place that
# acts for another; the place between is where the body is, not whom it stands for.
_FRONT_FOR = re.compile(r"(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<front>fronts?|compan(?:y|ies)|firms?|"
                        r"entit(?:y|ies)|business(?:es)?)" + _FRONT_BODY
                        + r"(?:\s+(?:(?:based|registered|incorporated)\s+)?in\s+(?:the\s+)?[A-Z][\w-]*"
                          r"(?:\s+[A-Z][\w-]*){0,2})?,?)?\s+(?P<acting>(?:acting\s+)?on\s+behalf\s+of|acting\s+for|"
                          r"working\s+for|for|of)\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_SEAT_BEFORE = re.compile(r"\b(?:in|based\s+in|registered\s+in|incorporated\s+in)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONT_TOLD = re.compile(r"\bfronts?" + _FRONT_BODY + "$", re.IGNORECASE)


def behind_front(text: str, mentions: list[Mention], party: Mention) -> Mention:
    """The party a front stands for is the side ("sold lathes to Lotus Sdn Bhd, a front company for the Cuban
    military": the goods went to Cuba, whatever country the front is registered in). A country named as such is no
    front: "sold oil to North Korea on behalf of a Russian firm" tells whom the seller acted for, not the buyer."""
    if party.kind == "country" and party.detail != "demonym-party":
        return party
    for principal in (m for m in mentions if m.start >= party.end and m.country is not None and is_party(m, text)):
        between = _FRONT_FOR.fullmatch(text, party.end, principal.start)
        if between is not None and ((between.group("front") or "").lower().startswith("front")
                                    or between.group("acting").lower() not in ("for", "of")
                                    or _FRONT_TOLD.search(party.text)):
            return principal
        if not _SEAT_BEFORE.search(text, party.end, principal.start):
            break
    return party


def last_stop(text: str, mentions: list[Mention], recipient: Mention) -> Mention:
    """"shipped from Rotterdam to Dalian, then to Osaka, before being flown to Pyongyang": a journey
    through several ports ends where the goods were bound, and so does one told "with a final destination in"."""
    recipient = behind_front(text, mentions, recipient)
    rest = text[recipient.end:]
    onward = _ONWARD.search(rest)
    if onward is None or re.match(r",\s*(?:which|who)\b", rest):
        # "sold oil to North Korea, which then sold it to China": what the recipient did next is its own transfer.
        return recipient
    after = [p for p in mentions if p.start >= recipient.end + onward.start() and is_party(p, text)
             and p.kind == "country"]
    stops = [p for p in after if (any(m.kind == "toward" and 0 <= p.start - m.end <= 30
                                      and not re.search(r"[,;]", text[m.end:p.start]) for m in mentions)
                                  or _DESTINATION_NAMED.search(text, max(recipient.end, p.start - 60), p.start))
             and not _GOING_BACK.search(text, max(recipient.end, p.start - 40), p.start)]
    if not stops or (recipient.country == "KP" and stops[-1].country != "KP"):
        # "shipped pistols to North Korea hidden in containers bound for Dalian": a journey told on past North Korea
        # names a port on the way or a later leg; the goods reached North Korea, which stays the recipient.
        return recipient
    return stops[-1]
