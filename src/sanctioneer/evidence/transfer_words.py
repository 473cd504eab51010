"""Transfer words that tell no transfer: a rule's, a description's, a habit's, a figure of speech's.

A transfer word ("gave", "supplying", "imported") marks a claim only where it tells goods going
from one side to another. These judgements set aside the rest: "the embargo bans the supply of
arms", "imported whisky", "traders sell it to middlemen", "has given Russia an advantage", "could
supply jets", "stopped buying coal", "its fuel sales".
"""

from __future__ import annotations

import re

from sanctioneer.evidence.drafts import contrast_opening
from sanctioneer.evidence.lexicon import Lexicon, Mention

__all__ = ["PAST_VERB", "banned", "cover_story", "tells_no_transfer"]

# Transfer words in the simple present, which tells a habit ("traders sell it to middlemen"), and the
# words after which the bare form is no present tense ("agreed to sell", "did not supply").
_PRESENT_FORMS = frozenset({"sell", "sells", "supply", "give", "gives", "deliver", "delivers", "buy", "buys",
                            "smuggle", "smuggles", "provide", "provides", "send", "sends", "carry", "carries",
                            "receive", "receives", "purchase", "hand over", "hands over", "donate", "donates"})
_BEFORE_BASE_FORM = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did",
                               "does", "do", "not", "never", "n't", "cannot", "and", "or", "also", "allegedly",
                               "reportedly", "jointly", "directly", "secretly", "illegally", "then", "help", "helped",
                               "let", "made", "make", "the", "a", "an", "its", "their", "of", "for", "no", "any"})
# "The panel found that ...", "found no evidence", "were found to have been supplied": a finding, not
# goods found.
# ", the panel found." closing a sentence, or ", investigators found in their report, adding": a finding told, no
# seizure.
_FOUND_AFTER = re.compile(r"\s*(?:in\s+(?:its|their|his|her|a|the)\b[^.;,]{0,40})?\s*"
                          r"(?:[.;]|,\s+(?:adding|saying|noting|citing|according)\b|$)", re.IGNORECASE)
_FINDER_BEFORE = re.compile(r",\s*(?:[\w'’-]+\s+){1,5}$")
# "found more than 40 previously unreported shipments": transfers an inquiry counted.
_FOUND_TRANSFERS = re.compile(r"\s+(?:(?:more than|at least|about|nearly|over|some)\s+)?(?:\d[\d,]*|[a-z]+)\s+"
                              r"(?:(?:previously|earlier|other|further|new|more|unreported|undeclared|illicit|illegal)\s+)*"
                              r"(?:shipments|deliveries|transfers|exports|sales|consignments)\b", re.IGNORECASE)
_INQUIRY = re.compile(r"\b(?:panel|experts|monitors|investigators|investigations?|inquiry|inquiries|report|study|"
                      r"analysis|researchers|review)\b[^.;]*$", re.IGNORECASE)
# "found that", and "found, through a search of his phone, that": what was learnt, not goods seized.
# "found in August that some firms had imported anthracite": a time of the finding may come between.
_FOUND_THAT = re.compile(r"(?:,[^,;.]{1,80},|\s+(?:in|on|last|earlier|this|late|early)\s+(?:[\w.,]+\s+){0,2}?[\w.]+"
                         r"(?=\s+that\b))?\s+(?:that|no|nothing|little|evidence|to\s+(?:have|be)\b)\b",
                         re.IGNORECASE)
# "Russia could supply fighter jets": what might be, not a transfer told (a hedged past, "may have
# supplied", is a claim and reads as alleged).
# "Tajikistan may soon start buying drones": a start that might come is no transfer either.
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|can|cannot|can't|would)\s+"
                           r"(?:also\s+|still\s+|yet\s+|even\s+|one day\s+|soon\s+|eventually\s+)?"
                           r"(?:(?:start|begin|resume)(?:\s+to)?\s+)?$",
                           re.IGNORECASE)
# "China said on Friday it would provide rice to Laos": a government's word of what it will do, a pledge (planned),
# not what might be; a condition after it ("would sell jets if asked") keeps it a might-be.
_SAID_IT_WOULD = re.compile(r"\b(?:said|says|announced|announces|pledged|pledges|promised|promises|confirmed|"
                            r"confirms|stated|declared)\s+(?:on\s+\w+\s+|today\s+|this\s+week\s+)?(?:that\s+)?"
                            r"(?:it|they|the\s+(?:government|ministry|country|state))\s+would\s+$", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"[^.;]*\b(?:if|unless|provided that|on condition)\b", re.IGNORECASE)
# "Russia could supply food and fuel ... in a barter deal for weapons": a deal that goes with what might be supplied
# might be too.
_DEAL_THAT_MIGHT_BE = re.compile(r"\b(?:could|might|may|would)\s+(?:also\s+|still\s+)?[a-z]+\b[^.;]{0,160}?"
                                 r"\b(?:in|as)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "it had not imported any North Korean coal since February": a trade that did not happen in a time.
_NOT_SINCE_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOT_SINCE_AFTER = re.compile(r"\s+(?:any|a single)\b[^.;]{0,80}?\b(?:since|for the past|for more than|for over|"
                              r"in the past|"
                              r"in recent)\b", re.IGNORECASE)
# "Serbia bought no jet fuel from Belarus at all": a trade said to be none.
_NOT_AT_ALL_AFTER = re.compile(r"[^.;,]{0,60}?\bat\s+all\b", re.IGNORECASE)
# "did not report its naphtha exports": a figure not given tells no transfer.
_NOT_DECLARED_BEFORE = re.compile(r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:declared?|reported|report|"
                                  r"disclosed?|notified|notify|submitted|submit|published|publish|released|release)\s+(?:its|their|the|any|his|her)\s+"
                                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "North Korea may also be buying luxury goods in Russia": what may be going on, not a transfer told.
_MAY_BE_DOING = re.compile(r"\b(?:could|might|may)\s+(?:also\s+|still\s+)?be\s+$", re.IGNORECASE)
# "the amount of oil that can be exported to Laos", "cars that could be sold abroad": what is allowed or might be.
_MAY_BE_DONE = re.compile(r"\b(?:can|cannot|can't|could|may|might)\s+(?:not\s+|also\s+|still\s+|legally\s+)?be\s+$",
                          re.IGNORECASE)
# "has not commented on who ordered the weapons", "unclear who supplied them": a question, not a transfer told.
_ASKED = re.compile(r"\b(?:on|about|over|know|knows|knew|clear|unclear|say|said|asked|ask|investigating|investigate|"
                    r"determine|identify|establish|reveal|disclose|confirm)\s+(?:who|whom|whoever)\s+"
                    r"(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
# "Vietnam stopped buying coal": the end of a trade, not a transfer.
# "halted all imports of the fuel", "suspended further shipments": the same, told of all of a trade.
# "China's suspension of coal imports from the North", "a halt to oil exports": the same, told as a noun.
_CEASED = re.compile(r"\b(?:stopped|stop|stops|ceased|cease|halted|halt|suspended|suspend|quit|ended|end|"
                     r"suspension\s+of|halt\s+to|cessation\s+of)\s+"
                     r"(?:all\s+|further\s+|any\s+)?$", re.IGNORECASE)
# "suspended oil supplies to North Korea", "halted coal imports": a trade told as a noun after goods words, ended.
# "the suspension of North Korean coal imports": goods named by a country of two words, the same.
_CEASED_NOUN = re.compile(r"\b(?:stopped|stop|stops|ceased|cease|halted|halt|suspended|suspend|ended|end|"
                          r"suspension\s+of|halt\s+to|cessation\s+of)\s+"
                          r"(?:all\s+|further\s+|any\s+|its\s+|their\s+)?(?:(?:North|South)\s+Korean\s+)?"
                          r"(?:(?!(?:a|an|the)\b)[a-z-]+\s+){1,2}$",
                          re.IGNORECASE)
_TRADE_NOUNS = frozenset({"supplies", "supply", "sales", "sale", "exports", "export", "imports", "import", "shipments",
                          "deliveries", "purchases", "transfers"})
# "exported no oil products", "imported no iron ore, coal or lead": a trade that was nil in the time told.
_NIL_AFTER = re.compile(r"\s+no\s+(?!longer\b|doubt\b|less\b|more\b|sooner\b)", re.IGNORECASE)
# "it had reported all its fuel sales", "North Korea's arms exports came to light": a party's trade in
# general, not one transfer told (unless the words go on to say what went where: "China's imports of
# textiles from North Korea").
_POSSESSIVE = re.compile(r"(?:\b(?:its|their|his|her|our)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)\s+"
                         r"(?P<noun>[a-z-]+\s+)?$")
# "China's shipments included more than 8,000 litres of brandy": what the party's shipments held, each measured,
# tells the flows themselves, not its trade in general.
_MEASURED_CONTENTS = re.compile(r"\s+(?:included|includes|comprised|comprises|consisted\s+of|were\s+made\s+up\s+of)\s+"
                                r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|at\s+least\s+)?\d",
                                re.IGNORECASE)
# "Laos's timber exports in May amounted to 9,000 tonnes": the party's flow in a time, told by its total.
_TOTAL_FIGURE = re.compile(r"[^.;:()]{0,60}?\b(?:totall?ed|came\s+to|amounted\s+to|stood\s+at|reached)\s+"
                           r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d",
                           re.IGNORECASE)
# A verb in the past: after "Myanmar's military" it tells what the body did, not its trade in general.
PAST_VERB = re.compile(r"[a-z-]+ed|sold|resold|bought|sent|gave|brought|lent|snuck|took", re.IGNORECASE)
# "export rules for luxury cars", "import figures": a transfer word naming a rule or a record of trade.
# "export protocols" and "export standards" as well.
_RULE_OF = re.compile(r"\s+(?:rules?|controls?|regulations?|licen[cs]es?|permits?|laws?|procedures?|requirements?|"
                      r"protocols?|standards?|"
                      r"guidance|guidelines|polic(?:y|ies)|regimes?|figures|statistics|data)\b", re.IGNORECASE)
# "ordered a diplomat to leave": a command, not a purchase.
# "had been ordered to meet the other vessel": the same, told in the passive.
_ORDERED_TO = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# "was directed to procure rifles", "were asked to buy fuel": an order or a request told in the passive, right before
# the transfer word; what the one told did after is read on its own ("was asked to buy rifles and shipped them").
_TOLD_TO_DO = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:directed|asked|instructed|ordered|"
                         r"tasked|told|requested)\s+to\s+$", re.IGNORECASE)
# "member states are asked to notify the committee of the amount spent on importing coal": what a party must report,
# a duty, not a transfer told.
_DUTY_TO_REPORT = re.compile(r"\b(?:asked|required|obliged|obligated|requested|called\s+on|urged|mandated)\s+to\s+"
                             r"(?:notify|report|declare|inform)\b[^.;:]{0,160}$", re.IGNORECASE)


def cover_story(before: str) -> bool:
    """Whether the words before a place tell a cover story ("papers stating that the car was being sent to")."""
    return _PRETENCE.search(before) is not None or _FALSE_PAPERS.search(before) is not None


# "Gabon paid for its statue by giving land to the studio": the price paid, not a gift of what was paid for.
_PAID_FOR_BY = re.compile(r"\bpaid\s+for\b[^.;:]{0,80}?\bby\s+$", re.IGNORECASE)


# Words of carrying: after a show ("trucks shown in a parade carrying missiles") they tell what was on display.
_CARRIAGE_WORD = re.compile(r"carrying|carried|transporting|transported|towing|towed|hauling|hauled", re.IGNORECASE)


# "a tanker leased by", "the freighter chartered by": a lease word right after a carrier names who hired it.
_HIRED_CARRIER = re.compile(r"\b(?:ship|vessel|tanker|freighter|boat|barge|carrier)s?\s+$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


_AGENT_NOUNS = frozenset({"supplier of", "suppliers of"})
# "Acme was a key supplier of", "named as the main supplier of", "Acme, a supplier of": the party named as one.
_NAMED_AS_AGENT = re.compile(r"(?:\b(?:is|was|are|were|been|being|as)|\w,)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?"
                             r"(?:[a-z][\w-]*\s+){0,2}$")
# "... of pumps and other parts to Laos": the side the goods went to, in the same clause.
_AGENT_TO = re.compile(r"[^.;,:()]{1,100}?\sto\s+(?:the\s+)?[A-Z]")


# "were equipped with mortars from Pyongyang": where the kit came from, named by a capital after "from".
_KIT_FROM = re.compile(r"[^.;:,()]{1,80}?\bfrom\s+(?:the\s+)?[A-Z]")
# The force that was given the kit, just before: "its troops and border guards have been equipped with".
_FORCE_BEFORE = re.compile(r"\b(?:soldiers|troops|police|policemen|army|armies|forces|military|militias?|navy|"
                           r"guards|rebels|fighters|units)\b[^.;:]{0,30}$", re.IGNORECASE)


def _kit_of_no_origin(trigger: Mention, mentions: list[Mention], text: str) -> bool:
    """"The police are equipped with pistols": what a force has, unless the sentence says where it came from ("from
    North Korea", "with North Korean rifles"); what anything but a force is equipped with is never a transfer."""
    if not trigger.text.lower().endswith("equipped with"):
        return False
    if not _FORCE_BEFORE.search(text, max(0, trigger.start - 60), trigger.start):
        return True  # "the tanker was equipped with Chinese radar": what a carrier has, no force given kit
    if _KIT_FROM.match(text, trigger.end):
        return False
    return not any(m.kind == "country" and m.detail.startswith("demonym") and 0 < m.start - trigger.end <= 30
                   for m in mentions)


def tells_no_transfer(trigger: Mention, mentions: list[Mention], text: str, lexicon: Lexicon) -> bool:
    """Whether a transfer word describes goods or a party, tells a habit, a figure of speech, or no
    transfer that happened (a finding, what might be, a trade ended, a party's trade in general)."""
    if _kit_of_no_origin(trigger, mentions, text):
        return True
    if trigger.role in ("give", "supply", "send") and _PAID_FOR_BY.search(text[:trigger.start]):
        return True
    if (_TOLD_TO_DO.search(text, 0, trigger.start) or _DUTY_TO_REPORT.search(text, 0, trigger.start)) \
            and not any(m.kind == "trigger" and m.start >= trigger.end for m in mentions):
        # "was directed to procure rifles", "are asked to notify ... spent on importing coal": an order or a duty.
        # A transfer told after it in the sentence ("was asked to smuggle rifles and shipped them") leaves the
        # sentence read as before.
        return True
    if trigger.text.lower() in _AGENT_NOUNS and not (_NAMED_AS_AGENT.search(text, 0, trigger.start)
                                                     and _AGENT_TO.match(text, trigger.end)):
        # "a supplier of bearings to Laos" tells a supply only of a party the sentence names so, and to a side it
        # names: "suppliers of arms face sanctions", "a supplier of bearings" tell none.
        return True
    if trigger.text.lower() in lexicon.leases and lexicon.leased_place.search(text, 0, trigger.start):
        return True  # "the quay of Tartus leased to Russia": the place hired out, not goods
    if trigger.text.lower() in lexicon.leases and _HIRED_CARRIER.search(text, 0, trigger.start) \
            and _BY_AFTER.match(text, trigger.end):
        return True  # "a Panama-flagged freighter leased by a Greek company": who hired the carrier, not goods
    return _adjectival(trigger, mentions, text, lexicon) or _figurative(trigger, mentions, text, lexicon) \
        or _remains_found(trigger, text, lexicon) or lexicon.purpose.search(text, 0, trigger.start) is not None \
        or (_CARRIAGE_WORD.fullmatch(trigger.text) is not None and lexicon.on_show.search(text, 0, trigger.start)
            is not None) \
        or _on_display(trigger, mentions, text) or _restated(trigger, mentions, text) \
        or _habitual_present(trigger, text) or _share_present(trigger, text, lexicon) or not _told(trigger, text)


_TO_AMOUNT = re.compile(r"\s+to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?(?:US)?[$€£¥\d]")
# "plunged 64 per cent to 672 tonnes", "soared nearly sixfold on-year to $5.94 million", "slumped, down 82 per cent
# from a year earlier to 100 tonnes": the size of the change, then the figure the flow came to (a sum of money or a
# count with its unit, not a year: "rose 10 percent compared to 2019" tells no figure).
_CHANGE_TO_AMOUNT = re.compile(
    r"(?:(?!\b(?:while|but|whereas|although|and|compared)\b)[^;:()]){0,90}?(?<![.\d])\bto\s+(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|more than\s+|over\s+)?(?:(?:US)?[$€£¥]\s?\d|\d[\d,.]*\s*(?:million|billion|thousand|"
    r"(?:metric\s+)?(?:tons|tonnes)|kilograms|kg|barrels|litres|liters|cubic|units|pieces|dollars|euros|yuan)\b)",
    re.IGNORECASE)


# A bare plural with no count or article before it, and what it is suspected of: a class, not a case.
_ANY_WHO = re.compile(r"(?:^|[,:;]|\b(?:said|says|that|warned|and|or))\s+(?:ships|vessels|tankers|companies|firms|"
                      r"owners|traders|anyone|people|individuals|entities)\s+(?:suspected|accused|caught|found)\s+"
                      r"(?:of\s+)?$",
                      re.IGNORECASE)
# "any European company that sold refined petroleum to Pyongyang would violate ...", "anyone who supplies
# arms": whoever might do it, not a transfer told.
_ANY_WHO_DOES = re.compile(r"\bany(?:one|body)?\b(?:\s+[\w-]+){0,3}?\s+(?:that|who|which)\s+"
                           r"(?:had\s+|has\s+|have\s+|might\s+|may\s+)?$", re.IGNORECASE)
_IF_SO = re.compile(r"\s*If\s+(?:confirmed|true|so|proven|verified|accurate)\b")
# "Giving a vehicle as a gift to Kim constitutes a violation of sanctions": a transfer named as the subject of what
# the rule makes of it, a case of the rule, not one told.
_GERUND_SUBJECT = re.compile(r"\s*(?P<verb>[A-Z][a-z]+ing)\b[^,;:.]{0,120}?\s(?:constitutes?|would\s+(?:be|constitute|"
                             r"violate|breach)|violates?|breach(?:es)?|amounts?\s+to|(?:is|are)\s+(?:prohibited|banned|"
                             r"forbidden|illegal|unlawful|a\s+violation|a\s+breach))\b")
# "said that importing wigs from Laos does not breach the sanctions": a kind of trade a rule is weighed against, named
# by a gerund after "that", whether the rule allows it or not.
_GERUND_AFTER_THAT = re.compile(r"\bthat\s+(?P<verb>[a-z]+ing)\b[^,;:.]{0,120}?\s(?:(?:does|do|would|will)\s+not\s+"
                                r"(?:constitute|violate|breach|amount\s+to)|constitutes?|violates?|breach(?:es)?|"
                                r"(?:is|are)\s+(?:not\s+)?(?:prohibited|banned|forbidden|illegal|unlawful|allowed|"
                                r"permitted|legal|a\s+violation|a\s+breach))\b")
# The trade a noun names, then what the rule does to it, in the same clause.
_PROHIBITED = r"(?:banned|prohibited|barred|outlawed|forbidden)\b"
# "Sales of jet fuel to Laos will be prohibited": the rule to come, told the same way.
# "Every import of tin, zinc and fish is to be "totally prohibited"": the goods may be a list, and the rule
# said in quotes with an adverb of degree ("which are banned" after a comma is an aside, not a list).
_LIST_COMMA = r",(?!\s+(?:which|that|who|whose|where|when|but|and|or)\b)(?=(?:\s+[\w-]+){1,3}\s*(?:,|\s(?:and|or)\s))"
_BANNED_AFTER = re.compile(r"(?:[^.;,]|" + _LIST_COMMA + r"){0,80}?\b(?:(?:has|have|had|is|are|was|were)\s+"
                           r"(?:(?:long|now|also|already|still|strictly|currently)\s+)?(?:been\s+)?|"
                           r"(?:will|would|shall)\s+(?:(?:also|now|soon)\s+)?be\s+)"
                           r"[\"“]?(?:(?:completely|totally|fully|entirely|strictly)\s+)?" + _PROHIBITED,
                           re.IGNORECASE)
# "transfers with flagged vessels from anywhere of any goods being supplied, sold, or transferred to the country are
# prohibited": a rule told at length, its transfers "of any goods", each word of them in "any goods being ...".
# "the import into Laos of motor vehicles is now banned": what a rule in force bans, in the present.
_BANNED_NOW = re.compile(r"[^.;,]{0,60}?\b(?:is|are|has\s+been|have\s+been)\s+"
                         r"(?:(?:now|also|already|still|strictly|currently)\s+)?" + _PROHIBITED, re.IGNORECASE)
_ANY_BANNED_AFTER = re.compile(r"[^.;]{0,80}?\bof\s+any\b[^.;]{0,120}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
                               r"(?:(?:long|strictly|also)\s+)?" + _PROHIBITED, re.IGNORECASE)
# "The export of luxury goods to Laos has been prohibited": a transfer noun after "the" and of goods told in
# general (no article, number or name after "of") is the trade the rule is about.
_GENERIC_NOUN = re.compile(r"\b[Tt]he\s+$")
_OF_GENERIC = re.compile(r"\s+of\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|two|three|\d)\b)"
                         r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:to|into|from)\b")
# Verbs that end in "s" and are no transfer nouns: "Russia supplies oil" is not a trade figure.
_VERB_FORMS = frozenset({"supplies", "gives", "sends", "sells", "ships", "delivers", "provides"})
_ANY_BEING = re.compile(r"\bany\s+(?:[\w-]+\s+){0,3}being\s+(?:[\w-]+,?\s+(?:(?:or|and)\s+)?){0,3}$", re.IGNORECASE)


# "sent valves to Libya in violation of UN sanctions, and it transferred rocket systems to Laos": a clause of its
# own, with its own subject, after the words of a rule is not ruled by them.
# "..., it continued to sell": a pronoun after a comma opens the main clause after a clause told before it ("Though the
# firm pulled out due to sanctions on Laos, it continued to sell cigarettes there").
_CLAUSE_OF_ITS_OWN = re.compile(r"(?:(?:;|,\s+(?:and|but))\s+(?:it|he|she|they|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
                                r"|,\s+(?:it|he|she|they))\s+(?:(?:also|then|later|still|\w+ly)\s+)?"
                                r"(?:(?:continued|continues|kept|keeps|went\s+on|goes\s+on)\s+(?:to\s+)?)?$")


# "in breach of the rules, whilst engaged in a transfer of diesel": what the subject did besides, a clause of its own.
_WHILE_DOING = re.compile(r",\s+(?:while|whilst|when)\s+(?:also\s+)?(?:engaging|engaged|taking\s+part|involved)\s+in\s+"
                          r"(?:the\s+|an?\s+|several\s+|multiple\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence holding `start` ends: a full stop before a space or the end, not a decimal point."""
    end = re.compile(r"\.(?:\s|$)").search(text, start)
    return end.start() if end else len(text)


# "The supply of large amounts of naphtha is a breach of the law": a transfer noun of goods in general, then
# what breaks a rule.
_ONE_TRADE = frozenset({"delivery", "supply", "sale", "export", "import", "transfer", "shipment", "provision"})
_OF_GOODS_IN_GENERAL = re.compile(r"\s+of\s+(?:(?:large|small|significant|big|any)\s+"
                                  r"(?:quantities|amounts|volumes)\s+of\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|\d))[a-z]")
_SUCH_BEFORE = re.compile(r"\b(?:[Ss]uch|[Aa]ny\s+such)\s+(?:[a-z-]+\s+)?$")
# "violations such as the sale of banned items": a kind of transfer given as an example, not one told.
_SUCH_AS_THE = re.compile(r"\bsuch\s+as\s+(?:the\s+)?$", re.IGNORECASE)
# "the import of cars into the country has largely stopped": a trade told as ended, no transfer.
_HALTED_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:has|have|had)\s+(?:all\s+but\s+|largely\s+|almost\s+|nearly\s+)?"
                           r"(?:halted|stopped|ceased|dried\s+up)\b", re.IGNORECASE)
_WOULD_AFTER = re.compile(r"[^.;]{0,80}?\b(?:would|could|might|will|may)\b", re.IGNORECASE)
_A_VIOLATION_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:is|are|would\s+be|was|were)\s+(?:(?:a|an|in)\s+)?"
                                r"(?:\w+\s+)?(?:violation|breach|contravention)\s+of\b", re.IGNORECASE)
# A trade told as a noun, which a word of enforcement before it makes what is fought, not a transfer.
_TRADE_NOUNS = frozenset({"smuggling", "trafficking", "transfers", "exports", "imports", "shipments", "sales",
                          "deliveries", "transshipment", "transshipments", "ship-to-ship transfers"})
# "North Korea violated UN sanctions last year by shipping coal to Russia": a rule broken by the transfer told
# after "by", which happened.
# "conspired to violate sanctions by selling tobacco", "pleaded guilty to violating the ban by shipping coal": a
# charge names the rule and, after "by", the transfer that broke it.
_BROKE = frozenset({"violated", "breached", "violate", "violating", "breach", "breaching"})
# "against North Korea last year by illegally supplying": a few words between the country a rule is aimed at and "by".
_BROKEN_BY = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+by\s+(?:\w+ly\s+)?", re.IGNORECASE)
# "would violate the ban by selling tanks": a breach that may be, no transfer told.
_WOULD_BREAK = re.compile(r"\b(?:would|could|may|might|will|shall|not|never|to\s+avoid|without)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
# "charged with breaching Japanese sanctions for selling brandy": the act told after "for" is the breach too.
_BROKE_BY = re.compile(r"[^.;,]{0,50}\b(?:by|for)\s+(?:illegally\s+|secretly\s+|illicitly\s+)?", re.IGNORECASE)
# "may have breached the embargo when they handed over rifles": the rule a transfer told as done may have broken, then
# the transfer, which happened whatever the breach.
_BROKE_WHEN = re.compile(r"[^.;,]{0,50}\bwhen\s+(?:they|he|she|it|(?:the|its|their)\s+[\w-]+)\s+"
                         r"(?:had\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_DONE_WORDS = frozenset({"sold", "sent", "gave", "brought", "bought", "took", "handed", "shipped", "built", "made"})
# "Laos breached the embargo and sought to sell mortars to Chad": the breach told, then the act that broke it;
# "and tried to ship": the transfer word may hold its own "to".
_BROKE_AND = re.compile(r"[^.;,]{0,50}\s+and\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                        r"(?:(?:tried|attempted|sought)\s+(?:to\s+)?)?", re.IGNORECASE)
# "On the embargo, inspectors said Laos tried to sell mortars": the rule is the topic, and the saying after the
# comma tells a transfer of its own.
_SAID_AFTER_TOPIC = re.compile(r",\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:said|says|found|finds|"
                               r"reported|reports|noted|notes|wrote|writes|stated|states|concluded|added)\s+"
                               r"(?:that\s+)?[^,;]*$", re.IGNORECASE)


# "restricted products were shipped to Laos", "banned machinery": a ban's participle before goods says what kind of
# goods they are, not that a rule forbids the transfer told.
_BANNED_KIND = frozenset({"restricted", "banned", "prohibited", "forbidden", "outlawed"})
# "conducting banned ship-to-ship transfers", "carried out prohibited transfers": transfers done, of a kind a rule bans.
_DONE_BEFORE = re.compile(r"\b(?:conduct|conducts|conducted|conducting|carry out|carries out|carried out|carrying out|"
                          r"engage in|engaged in|engaging in|performed|performing|made|making)\s+(?:a\s+|an\s+|the\s+|"
                          r"several\s+|two\s+|three\s+)?$", re.IGNORECASE)
_KIND_OF_TRANSFER = re.compile(r"\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# "has banned all arms exports": the participle of a verb, the rule itself.
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_GOODS_NOUN_NEXT = re.compile(r"\s+(?:(?!all\b|any\b|the\b|its\b|their\b)[a-z-]+\s+)?(?:goods|items|products|"
                              r"machinery|materials?|equipment|technology|components|parts|software|weapons|arms|cargo|"
                              r"cargoes|chemicals)\b", re.IGNORECASE)


# "the transfer of rifles to or from Sudan", "arms sales to and from Chad": both ways at once, the scope of a rule.
# "ships thought to move banned cargo to or from the country": goods named only by a ban, both ways.
_BOTH_WAYS_AFTER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,6}?|(?:any\s+|such\s+|other\s+)?(?:banned|prohibited|"
                              r"sanctioned|restricted|proscribed)\s+(?:goods|items|cargo(?:es)?|products|commodities)\s+)?"
                              r"(?:to\s+(?:or|and)\s+from|from\s+(?:or|and)\s+to|"
                              r"into\s+(?:or|and)\s+out\s+of)\b", re.IGNORECASE)
# "Belarus can use its ties with Armenia to buy lathes": the means a party could use, not a transfer it made.
_MEANS_IT_COULD_USE = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+|still\s+)?(?:use|tap|leverage|exploit)\b"
                                 r"[^.;:]{0,160}?\bto\s+(?:[\w-]+\s+){0,12}?(?:or\s+|and\s+)?$", re.IGNORECASE)


# "one of the chief gateways for export and import of", "a hub for the export of": a place and the trade it serves.
_PLACE_FOR_TRADE = re.compile(r"\b(?:points?|hubs?|gateways?|routes?|corridors?|centres?|centers?|channels?|"
                              r"outlets?|terminals?)\s+for\s+(?:the\s+)?(?:(?:imports?|exports?)\s+(?:and|or)\s+)?$",
                              re.IGNORECASE)
# A noun of change before a trade noun: "the decrease in coal imports", "a jump in the North's imports of".
_CHANGE_IN_BEFORE = re.compile(r"\b(?P<way>decrease|decline|drop|fall|rise|increase|surge|jump|slump|plunge|dip|"
                               r"uptick|downturn|upturn)s?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)

_GROWTH = frozenset({"rise", "increase", "surge", "jump", "uptick", "upturn"})
# "shipments from Laos to Chile": the noun's two ends told after it, "from" one party and "to" or "into" another.
_FROM_END = re.compile(r"\s+(?:of\s+(?:[\w,-]+\s+){1,4})?from\s+(?:the\s+)?$", re.IGNORECASE)


def _from_and_to_after(trigger: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether a transfer noun is told "from" one country "to" another right after it ("shipments from Laos to
    Chile"): goods that went between them, however the trade grew."""
    source = next((m for m in mentions if m.kind in _SIDE_KINDS and m.country and trigger.end < m.start
                   and _FROM_END.fullmatch(text, trigger.end, m.start)), None)
    if source is None:
        return False
    return any(m.kind in _SIDE_KINDS and m.country and m.country != source.country and source.end < m.start
               and re.fullmatch(r"\s+(?:to|into)\s+(?:the\s+)?", text[source.end:m.start]) for m in mentions)


def _clause_end(text: str, start: int) -> int:
    """Where the clause running from `start` ends: the next comma, semicolon or full stop."""
    found = re.compile(r"[,;]|\.(?:\s|$)").search(text, start)
    return found.start() if found else len(text)


# A trade brought "to zero" in its own clause ("shrank its coal imports from Laos to zero"): none went.
_BROUGHT_TO_ZERO = re.compile(r"[^;.,]{0,80}?(?<!close )(?<!near )\bto\s+(?:zero|nil)\b")


def banned(text: str, trigger: Mention, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether a transfer word is a rule's ("the embargo bans the supply of arms"), a condition's
    ("ready to send rice if ...") or a trade's that fell to zero: no transfer told."""
    window = lexicon.ban_window
    if _MEANS_IT_COULD_USE.search(text, 0, trigger.start):
        return True
    if _BOTH_WAYS_AFTER.match(text, trigger.end):
        return True
    if _ANY_WHO.search(text[:trigger.start]):
        # "ships suspected of carrying North Korean coal would lose the flag": whoever does it, no one did.
        return True
    if _ANY_WHO_DOES.search(text[max(0, trigger.start - 60):trigger.start]):
        return True
    if (subject := _GERUND_SUBJECT.match(text)) is not None and subject.start("verb") == trigger.start:
        return True
    if any(subject.start("verb") == trigger.start and not re.search(r"\d", subject.group())
           for subject in _GERUND_AFTER_THAT.finditer(text)):
        # A count or a year in the phrase tells of a trade that happened ("that importing 500 tonnes of coal in 2017
        # ..."): left to be read.
        return True
    if _IF_SO.match(text):
        # "If confirmed, it would be the second time that ...": what would follow, not a transfer told.
        return True
    if (trigger.text.lower().endswith("s") and _ANY_BANNED_AFTER.match(text, trigger.end)) \
            or (_ANY_BEING.search(text[:trigger.start]) and _BANNED_AFTER.search(text, trigger.end)):
        # "Ship-to-ship transfers ... of any goods being supplied, sold, or transferred to or from the country are
        # prohibited": a rule, whichever of its words is read.
        return True
    if (_BANNED_AFTER.match(text, trigger.end) and (trigger.text.lower().endswith("s")
                                                    or re.match(r"\s+of\s+any\b", text[trigger.end:])
                                                    or (_GENERIC_NOUN.search(text[:trigger.start]) is not None
                                                        and _OF_GENERIC.match(text, trigger.end) is not None))) \
            or (re.search(r"\b(?:the|whose)\s+$", text[:trigger.start], re.IGNORECASE)
                and trigger.text.lower() in ("import", "export", "sale", "supply", "transfer", "delivery", "purchase")
                and _BANNED_NOW.match(text, trigger.end)):
        # "luxury goods whose export to Laos is banned": what a rule in force bans, told of the goods it covers.
        # "Imports of Chinese trucks into North Korea have been banned since 2017", "A ship-to-ship transfer of any
        # goods to North Korea has been prohibited", "the import into Laos of cars is now banned": the rule, not a
        # transfer.
        return True
    if _SUCH_BEFORE.search(text[:trigger.start]) and trigger.text.lower() in _TRADE_NOUNS | _ONE_TRADE \
            and _WOULD_AFTER.match(text, trigger.end):
        # "Such exports of copper to Cuba would breach the sanctions": a kind of transfer and what it would be.
        return True
    if _GENERIC_NOUN.search(text[:trigger.start]) and trigger.text.lower() in _TRADE_NOUNS | _ONE_TRADE \
            and _OF_GOODS_IN_GENERAL.match(text, trigger.end) and _A_VIOLATION_AFTER.match(text, trigger.end):
        # "the supply of large amounts of naphtha is a breach of the law": what a rule forbids.
        return True
    if trigger.text.lower() in _TRADE_NOUNS | _ONE_TRADE and _OF_GOODS_IN_GENERAL.match(text, trigger.end) \
            and (_SUCH_AS_THE.search(text, 0, trigger.start)
                 or (_GENERIC_NOUN.search(text, 0, trigger.start) and _HALTED_AFTER.match(text, trigger.end))):
        # "violations such as the sale of banned items", "the import of cars has largely stopped": a kind of
        # transfer given as an example, or a trade told as ended.
        return True
    # "Despite the ban, China shipped jet fuel": a ban the clause of contrast concedes does not stop the transfer after.
    conceded = contrast_opening(text)
    # "charged with violating the sanctions against North Korea by selling watches": the rule broken, the country it is
    # aimed at, then the transfer that broke it, which happened.
    broken_at = next(
        (m for m in mentions if m.kind == "country" and m.end <= trigger.start
         and _BROKEN_BY.fullmatch(text, m.end, trigger.start)
         and (found := lexicon.broke_against.search(text, max(0, m.start - 120), m.start)) is not None
         and found.end() == m.start and not _WOULD_BREAK.search(text, max(0, found.start() - 30), found.start())), None)
    for ban in (m for m in mentions if m.kind == "ban"):
        if conceded is not None and ban.end <= conceded <= trigger.start:
            continue
        if broken_at is not None and ban.start <= broken_at.start:
            continue
        if trigger.start - window <= ban.start < trigger.start \
                and not _CLAUSE_OF_ITS_OWN.search(text, ban.end, trigger.start) \
                and not _WHILE_DOING.search(text, ban.end, trigger.start) \
                and not _SAID_AFTER_TOPIC.search(text, ban.end, trigger.start) \
                and not (ban.text.lower() in _BANNED_KIND and _GOODS_NOUN_NEXT.match(text, ban.end)
                         and not _AUXILIARY_BEFORE.search(text, 0, ban.start)) \
                and not (ban.text.lower() in _BANNED_KIND and _DONE_BEFORE.search(text, 0, ban.start)
                         and _KIND_OF_TRANSFER.fullmatch(text, ban.end, trigger.start)) \
                and not any(b.value.lower() in _BROKE and b.start <= ban.start
                            and ((not _WOULD_BREAK.search(text, max(0, b.start - 30), b.start)
                                  and (_BROKE_BY.fullmatch(text, b.end, trigger.start)
                                       or _BROKE_AND.fullmatch(text, b.end, trigger.start)))
                                 or (_BROKE_WHEN.fullmatch(text, b.end, trigger.start)
                                     and (trigger.text.lower().split()[0].endswith("ed")
                                          or trigger.text.lower().split()[0] in _DONE_WORDS)))
                            for b in mentions if b.kind == "ban"):
            return True
        if trigger.end <= ban.start <= trigger.end + 12 and ban.value in ("ban", "bans", "embargo", "restrictions",
                                                                         "restriction", "cap", "caps"):
            return True
        if trigger.end <= ban.start and ban.value == "if" and not re.search(r"[;.]|\b(?:and|but)\b",
                                                                            text[trigger.end:ban.start]):
            # "ready to send rice if Pyongyang accepts": a condition, not a transfer.
            return True
        if trigger.end <= ban.start <= trigger.end + 80 and ban.value.endswith(" zero") \
                and not re.search(r"[;.]", text[trigger.end:ban.start]):
            # "Imports of seafood from North Korea fell to zero": there was no trade to tell.
            return True
    change = _CHANGE_IN_BEFORE.search(text, max(0, trigger.start - 60), trigger.start) \
        if trigger.text.lower().endswith("s") else None
    if change is not None and not re.search(r"\d", text[trigger.end:_clause_end(text, trigger.end)]) \
            and not (change.group("way").lower() in _GROWTH and _from_and_to_after(trigger, mentions, text)):
        # "Unlike the drop in coal imports from Laos, ...": a trade named by how it moved, with no figure
        # of its own, is no transfer.
        return True
    if _BROUGHT_TO_ZERO.match(text, trigger.end):
        # "Chile has shrunk its copper imports from Peru to zero": whatever the verb, no trade is left to tell.
        return True
    if trigger.text.lower() in _TRADE_NOUNS and lexicon.enforcement.search(text, max(0, trigger.start - 90),
                                                                           trigger.start):
        # "checks on kerosene smuggling at every crossing", "a crackdown on timber trafficking": what officers
        # look for, no transfer told.
        return True
    if _PLACE_FOR_TRADE.search(text, 0, trigger.start) and all(
            lexicon.generic(m.text) for m in mentions
            if m.kind == "goods" and trigger.end <= m.start < _clause_end(text, trigger.end)):
        # "a port's role as a chief gateway for export and import of goods": what a place serves, no goods told moving
        # ("a hub for arms transfers between Iran and Syria" names the goods, and is told).
        return True
    if trigger.text.lower().endswith("s") and trigger.text.lower() not in _VERB_FORMS \
            and lexicon.rising.search(text, max(0, trigger.start - 60), trigger.start) \
            and not _from_and_to_after(trigger, mentions, text):
        # "has increased imports and exports of rubber", "of increasing illegal timber exports": a trade told as
        # growing, not one transfer ("an increase in shipments from Laos to Chile" names both ends: goods went).
        return True
    if trigger.text.lower().endswith("s") and any(
            m.kind == "trend" and trigger.end <= m.start <= trigger.end + 80 and not re.search(
                r"[;.]|\b(?:after|when|as|because)\b", text[trigger.end:m.start])
            and not _TO_AMOUNT.match(text, m.end)
            and not _CHANGE_TO_AMOUNT.match(text[:_sentence_end(text, m.end)], m.end) for m in mentions) \
            and not _flow_between(trigger, mentions, text):
        # "Exports of chips to China rose 10 percent": a trade figure moving, not a transfer ("rose to $88
        # million in August" tells the trade of the month, a flow of goods).
        return True
    return False


# "North Korea's exports of coal to China rose 20 percent", "North Korean exports of iron ore to China fell": a flow
# whose both ends are named (the party whose trade it is, before the noun, and the other after "to", "from" or
# "into"), or "exports of coal from North Korea to China rose", tells goods that went between them in the time told,
# however much the figure moved.
# "Peru's petrol and diesel exports to Chile": two goods joined by "and" between the owner and the noun.
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:(?:and|or)\s+(?:[\w-]+\s+){1,2})?$")
_END_AFTER = re.compile(r"\s+(?:of\s+(?:[\w,-]+\s+){1,4})?(?:to|from|into)\s+(?:the\s+)?$")
_SIDE_KINDS = frozenset({"country", "organization"})


def _flow_between(trigger: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether a transfer noun names both ends of its flow: a party before it and one after, or two after."""
    trend = next((m.start for m in mentions if m.kind == "trend" and m.start >= trigger.end), len(text))
    owner = any(m.kind in _SIDE_KINDS and m.country and m.end <= trigger.start and trigger.start - m.end <= 30
                and _OWNER_BEFORE.fullmatch(text, m.end, trigger.start) for m in mentions)
    ends = [m for m in mentions if m.kind in _SIDE_KINDS and m.country and trigger.end <= m.start < trend
            and re.search(r"\b(?:to|from|into)\s+(?:the\s+)?$", text[trigger.end:m.start])]
    if not ends or _END_AFTER.fullmatch(text, trigger.end, ends[0].start) is None:
        return False
    return owner or len({m.country for m in ends}) > 1


# "The Vityaz, a Russian-flagged tanker, transferred oil": a comma closing an apposition on the subject
# leaves the verb after it a verb, not a word describing the goods.
# "The tanker, built in 2018, delivered fuel", "The ship, blacklisted in 2018, delivered": a participle telling what
# the subject is or what befell it, set off by commas, is no goods' description of the verb after it.
_AFTER_APPOSITION = re.compile(r"[\w)'’]\s*,\s+(?:a|an|the|its|their|which|who|whose|based|owned|registered|"
                               r"flagged|operated|managed|built|constructed|launched|renamed|formerly|previously|"
                               r"seen|spotted|photographed|sanctioned|blacklisted|designated|listed|known|named|"
                               r"called)\b(?:[^,;:()]|(?<=\d),(?=\d)){1,120},\s*$",
                               re.IGNORECASE)

# "The vessel, Lighthouse Winmore, transferred oil", "The company, Glocom, delivered radios": a name set off by
# commas after the noun it names, the subject of the verb after it.
_NAME_BETWEEN_COMMAS = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:the\s+)?"
                                  r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|\d+)){0,4},\s*$")


_CARRIER_NEXT = re.compile(r"[\s-]+(?:planes?|aircraft|ships?|vessels?|trucks?|lorr(?:y|ies)|helicopters?|jets?|"
                           r"convoys?|routes?|corridors?|hubs?|containers?)\b", re.IGNORECASE)


# "an import agency", "the export firm": the trade a party is in (but "agreed to supply companies" is a verb).
_TRADE_OF_A_PARTY = frozenset({"import", "export", "re-export", "supply", "sales", "procurement"})
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|shall|should|not|did|does|do)\s+$",
                          re.IGNORECASE)
_FOR_PURPOSE = re.compile(r"\b(?:for|intended for|meant for)\s+(?:re-?)?$", re.IGNORECASE)


# "imported snowmobiles from Canada": the goods of an adjectival "imported" followed by where they came from.
_FROM_A_COUNTRY_NEXT = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
# Verbs that make a past participle after them a verb ("said to have imported coal", "after having shipped").
_AUXILIARIES = frozenset({"have", "has", "had", "having", "be", "been", "being", "is", "are", "was", "were"})


def _adjectival(trigger: Mention, mentions: list[Mention], text: str, lexicon: Lexicon) -> bool:
    """"imported whisky", "the shipping company": a word that describes goods or a party, not a transfer."""
    if not PAST_VERB.fullmatch(trigger.text) and not trigger.text.lower().endswith("ing") \
            and _CARRIER_NEXT.match(text, trigger.end):
        return True  # "transport planes", "supply ships", "export routes": the noun after is what the word describes
    if trigger.text.lower() in ("export", "exports", "sale", "sales", "re-export") \
            and _FOR_PURPOSE.search(text[:trigger.start]) and not re.match(r"\s+(?:of|to)\b", text[trigger.end:]):
        return True  # "processed for export", "offered for sale": what goods are meant for, not a transfer told
    party = lexicon.party_noun_after(text, trigger.end)
    if party is not None and re.match(r"\s+(?:by|on|aboard|via|in|to|from|with)\s", text[trigger.end:]):
        party = None  # "exporting by ship", "sending on boats": how the goods went, not the kind of party
    if party is not None and any(m.kind == "goods" and trigger.end < m.start < party[1] < m.end for m in mentions):
        party = None  # "sending military equipment": the party's word opens the goods' name, the goods sent
    if party is not None and party[1] - trigger.end <= 12 and (trigger.text.lower().endswith("ing") or (
            trigger.text.lower() in _TRADE_OF_A_PARTY and not _VERB_BEFORE.search(text[:trigger.start]))):
        return True  # "the shipping company", "a Shenyang import agency": the kind of party, not a transfer
    if not trigger.text.lower().endswith("ed"):
        return False
    # "imported whisky", and "imported Japanese cosmetics" with the goods' country between.
    made_in = [m for m in mentions if m.kind == "country" and m.start == trigger.end + 1
               and m.detail.startswith("demonym")]
    goods_next = any(m.kind == "goods" and (m.start == trigger.end + 1 or any(m.start == c.end + 1 for c in made_in))
                     for m in mentions)
    before = re.search(r"(\S+)\s+$", text[:trigger.start])
    word = before.group(1).lower() if before else ""
    if word in ("and", "or"):
        # "refined and imported oil" describes the oil; "sailed from Nampho and unloaded coal" tells a transfer.
        previous = re.search(r"(\S+)\s+(?:and|or)\s+$", text[:trigger.start], re.IGNORECASE)
        return goods_next and previous is not None and previous.group(1).lower().endswith("ed") \
            and not any(m.kind in ("country", "trigger", "person", "organization") and m.end == previous.end(1)
                        for m in mentions)
    if goods_next and word.endswith(",") and (_AFTER_APPOSITION.search(text[:trigger.start])
                                              or _NAME_BETWEEN_COMMAS.search(text[:trigger.start])):
        return False
    if before is not None and any(m.kind in ("organization", "person", "vessel") and m.end == before.end(1)
                                  for m in mentions):
        return False  # "Zentor Trading supplied watches": the party named right before does it
    if goods_next and _FROM_A_COUNTRY_NEXT.match(text, next(
            m.end for m in mentions if m.kind == "goods" and m.start > trigger.start)) \
            and any(m.kind == "country" and m.detail == "name" and m.start > trigger.end for m in mentions) \
            and not any(m.kind == "trigger" and m is not trigger for m in mentions):
        # "Imported snowmobiles from Canada were seen on its slopes": goods told by where they were brought in from,
        # in a sentence with no other transfer word, came from there.
        return False
    if goods_next and word not in _AUXILIARIES and (re.search(r"\bto\s+\S+\s+$", text[:trigger.start])
                                                  or (word.endswith("ing") and word.isalpha()
                                                      and lexicon.trigger_kind.get(word) is None)):
        return True  # "to transform imported human hair into wigs", "processing imported ore": what the goods are
    return goods_next and (word in ("", "a", "an", "the", "of", "with", "some", "its", "their", ",", "using",
                                    "including", "containing", "featuring", "stocks", "stocked", "offers", "offered",
                                    "displays", "displayed")
                           or word.endswith(",") or lexicon.trigger_kind.get(word) is not None)


# "limousines flown in from Beijing for the visit": a visitor's own cars brought along, not goods handed over.
_FOR_THE_VISIT = re.compile(r"\s+in\b[^.;]{0,50}?\b(?:ahead of|for|before|during)\s+(?:the|his|her|their|its)\s+"
                            r"(?:[\w-]+\s+)?(?:visit|trip|summit|stay|tour)\b", re.IGNORECASE)
# "During his visit to Laos, the president transported his limousine in his armoured train": a traveller's own
# goods carried in his own conveyance on a visit, not goods handed over.
_IN_HIS_OWN_CONVEYANCE = re.compile(r"[^.;]{0,60}?\b(?:in|on|aboard)\s+(?:his|her|their)\s+(?:own\s+)?"
                                    r"(?:[\w'-]+\s+){0,2}(?:train|plane|jet|aircraft|motorcade|yacht)\b",
                                    re.IGNORECASE)
# "carried the rifles with them": what people bear along is theirs.
_WITH_THEMSELVES = re.compile(r"\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:them|him|her)\b",
                              re.IGNORECASE)
_ON_A_VISIT = re.compile(r"\b(?:during|on|for|ahead of|before)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                         r"(?:visit|trip|tour|journey)\b", re.IGNORECASE)
# "provided as a loan rather than a gift": the kind a transfer was not.
# "Any shipment of arms to North Korea is prohibited", "any such sale would violate": whatever transfer
# there might be, not one told.
_ANY_SUCH = re.compile(r"\b(?:any|every)\s+(?:such\s+|further\s+|future\s+|new\s+)?$", re.IGNORECASE)
# "none had been sold to North Korea", "nothing was delivered", "not a single watch has been shipped": a transfer
# said not to have happened.
_NONE_DONE = re.compile(r"\b(?:none|nothing|neither|not\s+(?:a\s+single|one)\s+[\w-]+)"
                        r"(?:\s+of\s+(?:them|it|these|those|the\s+[\w-]+|its\s+[\w-]+|"
                        r"their\s+[\w-]+))?\s+(?:had|has|have|was|were|is|are)\s+(?:ever\s+)?(?:been\s+)?$",
                        re.IGNORECASE)
# "no evidence of such deliveries": a transfer nobody shows, not one told.
_NOT_THIS_KIND = re.compile(r"\b(?:(?:rather than|instead of|not as|no)\s+(?:a\s+|an\s+)?|"
                            r"no\s+(?:evidence|sign|signs|proof|record|records|trace|indication)\s+of\s+"
                            r"(?:any\s+|such\s+)?)$", re.IGNORECASE)


# "funds it received", "the money they sent": a verb whose object is money.
_MONEY_MOVED = re.compile(r"\b(?:funds|money|payments?|cash|proceeds)\s+(?:that\s+|which\s+)?(?:it|they|he|she|we)\s+"
                          r"(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
# ", a purchase that ...": a noun in apposition to the clause before it names that clause's transfer.
_APPOSITION_OPEN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
_NOUNS_OF_TRANSFER = frozenset({"purchase", "purchases", "sale", "sales", "deal", "delivery", "deliveries", "shipment",
                                "shipments", "transfer", "transfers", "gift", "export", "exports", "import", "imports",
                                "acquisition", "consignment"})


def _restated(trigger: Mention, mentions: list[Mention], text: str) -> bool:
    """"Iran received 19 missiles ..., a purchase that would give Tehran ...": a transfer noun in apposition to
    a clause that tells a transfer with a word of its own names that transfer again ("drove 500 head of cattle
    to North Korea, a gift that ..." has no word before the noun, which tells it)."""
    return trigger.text.lower() in _NOUNS_OF_TRANSFER and _APPOSITION_OPEN.search(text, 0, trigger.start) is not None \
        and re.match(r"\s+(?:that|which)\b", text[trigger.end:]) is not None \
        and any(m.kind == "trigger" and m.end <= trigger.start for m in mentions)


# The words between what is left of a weapon and the word of finding it: "debris", "metal fragments of guided
# rockets were", "the remnants" (as its object: "found the remnants of two missiles").
_REMAINS_GAP = re.compile(r"(?:\s+of\s+(?:[\w-]+\s+){1,4}?)?\s+(?:(?:was|were|had\s+been|have\s+been|being)\s+)?")
_REMAINS_OBJECT = re.compile(r"\s+(?:the\s+|some\s+|a\s+)?(?:[\w-]+\s+){0,2}?$")


def _remains_found(trigger: Mention, text: str, lexicon: Lexicon) -> bool:
    """"Fragments found after the attack came from a Belarusian rocket", "found the remnants of two rockets", "chips
    found in the missile": what is found of or in a weapon that was used tells where it was made, not goods seized on
    their way."""
    if trigger.role != "seize":
        return False
    if lexicon.found_in_weapon.match(text, trigger.end) or lexicon.analysts.search(text, 0, trigger.start):
        # "chips made in Japan were found in the missile", "experts discovered parts from a Swiss maker": the parts
        # of a weapon, and who studies them, tell where they were made, not goods seized on their way.
        return True
    before = [m for m in lexicon.remains.finditer(text, 0, trigger.start)
              if _REMAINS_GAP.fullmatch(text, m.end(), trigger.start)]
    after = lexicon.remains.search(text, trigger.end, min(len(text), trigger.end + 30))
    return bool(before) or (after is not None
                            and _REMAINS_OBJECT.fullmatch(text, trigger.end, after.start()) is not None)


# "hailed the event as a birthday gift": what is called a gift is an event, not goods.
_EVENT_AS = re.compile(r"\b(?:the|this|that|its)\s+(?:event|launch|test|occasion|victory|success|achievement|feat)\s+"
                       r"as\s+(?:a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# "A document provided to reporters by the ministry showed ...", "data supplied by customs": papers handed over, the
# participle right after them tells what became of the papers, not of goods.
_PAPERS_BEFORE = re.compile(r"\b(?:documents?|records?|papers?|data|letters?|reports?|files?|information|evidence|"
                            r"images?|photos?|photographs?|footage|statements?|memos?|emails?|dossiers?|figures|"
                            r"documentation|correspondence|intelligence|tips?|tip-offs?)\s+$", re.IGNORECASE)
_PAPERS_VERB = frozenset({"provided", "supplied", "sent", "given", "handed", "delivered", "passed", "shared",
                          "transferred", "forwarded", "submitted", "shown", "leaked", "obtained", "received"})
# "The state sent a report to the council saying ...", "handed a letter to the envoy", "obtained a document that
# recorded the export": the papers come right after the verb; what they say may tell a transfer, the sending does not.
_PAPERS_AFTER = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:confidential|formal|written|detailed|"
                           r"short|brief|secret|two-page|new|official)\s+)?(?:reports?|letters?|notes?|notices?|"
                           r"memos?|messages?|notifications?|complaints?|protests?|summar(?:y|ies)|statements?|"
                           r"documents?|papers?|files?|cables?|dossiers?)\s+(?P<to>to|on|about)?\b", re.IGNORECASE)
# "vehicles capable of transporting missiles", "trucks designed for carrying rockets": what goods can do, no transfer.
_CAPABLE_OF = re.compile(r"\b(?:capable\s+of|designed\s+for|built\s+for|made\s+for|fitted\s+for)\s+$",
                         re.IGNORECASE)


def _told(trigger: Mention, text: str) -> bool:
    """False for transfer words that tell no transfer: a finding ("the panel found that"), what might
    be ("could supply"), a trade ended ("stopped buying"), a party's trade in general ("its sales"),
    a rule or a record of trade ("export rules", "import figures"), a command ("ordered him to leave")."""
    before, after = text[:trigger.start], text[trigger.end:]
    word = trigger.text.lower()
    if word in _PAPERS_VERB and _PAPERS_BEFORE.search(before):
        return False  # "a memo provided to the newspaper by the ministry": papers handed over, not goods
    if word in _PAPERS_VERB and (papers := _PAPERS_AFTER.match(after)) is not None \
            and (papers.group("to") or word in ("obtained", "received")):
        return False  # "sent a report to the committee saying it seized arms": papers sent; the seizure is told apart
    if word.endswith("ing") and _CAPABLE_OF.search(before):
        return False  # "four trucks capable of transporting missiles": what the goods can do, not a transfer
    if word in ("gift", "present") and _EVENT_AS.search(before):
        return False  # "heralded the launch as a birthday gift for the late leader": an event praised, no goods given
    if trigger.role == "seize" and (_FOUND_THAT.match(after) or (word == "stopped" and re.match(r"\s+\w+ing\b",
                                                                                                after))):
        return False
    if trigger.role == "seize" and word == "found" and _FOUND_TRANSFERS.match(after) and _INQUIRY.search(before):
        return False  # "the panel found more than 40 unreported shipments to Syria": transfers counted, nothing seized
    if trigger.role == "seize" and word == "found" and _FOUND_AFTER.match(after) and _FINDER_BEFORE.search(before):
        return False  # "... to Vietnam in 2019, investigators found.": who found it out says so; nothing was seized
    if word == "came to" and not re.match(r"\s+(?:the\s+)?[A-Z]", after):
        return False  # "the shipments came to 800 barrels", "came to nothing": a sum or an end, not a place reached
    pledged = _SAID_IT_WOULD.search(before) is not None and not _CONDITION_AFTER.match(after)
    if (_HYPOTHETICAL.search(before) and not pledged) or _CEASED.search(before) or _RULE_OF.match(after) \
            or _ASKED.search(before):
        return False
    if trigger.value == "exchange" and _DEAL_THAT_MIGHT_BE.search(before):
        return False
    if word in ("consigned", "placed") and re.search(r"\borders\s+$", before):
        return False  # "clothing orders consigned from China": an order given by a buyer, no goods sent
    if word in _TRADE_NOUNS and _CEASED_NOUN.search(before):
        return False
    if PAST_VERB.fullmatch(word) and _NIL_AFTER.match(after):
        return False
    possessive = _POSSESSIVE.search(before)
    if possessive and not re.match(r"\s+(?:of|to|from)\b", after) \
            and not (possessive.group("noun") and PAST_VERB.fullmatch(word)) \
            and not (word in _TRADE_NOUNS and (_MEASURED_CONTENTS.match(after) or _TOTAL_FIGURE.match(after))):
        return False
    if re.match(r"\s+(?:with\s+)?(?:his|her|its|their|our|my)\s+own\b", after, re.IGNORECASE) \
            and trigger.role != "receive":
        # "bringing his own limousine", "brought its own coach", "loaded with its own food": a traveller's own, not
        # goods handed over
        return False
    if trigger.role == "send" and word in ("flown", "brought", "shipped", "airlifted", "transported", "driven") \
            and _FOR_THE_VISIT.match(after):
        return False
    if trigger.role == "send" and word in ("flown", "brought", "shipped", "airlifted", "transported", "driven",
                                           "carried", "took", "taken") \
            and _ON_A_VISIT.search(before) and _IN_HIS_OWN_CONVEYANCE.match(after):
        return False  # "during his visit to Laos, he transported his car in his armoured train": his own, carried
    if word in ("carried", "carry", "carries", "carrying") and _WITH_THEMSELVES.match(after):
        return False  # "the soldiers carried the rifles with them on patrol": their own arms, not goods handed over
    if _MONEY_MOVED.search(before):
        return False  # "using funds it received from Transatlantic Partners": money paid, not goods
    if _NONE_DONE.search(before):
        return False  # "none had been sold to North Korea": a transfer said not to have happened
    if word == "taken on" and _ON_A_DAY.match(after):
        return False  # "satellite images taken on Nov. 18": when a picture was taken, no cargo taken on
    if word == "given" and not before.strip(" \"'“‘(") and not re.match(r"\s+(?:to|by|as|in|at|on|away)\b", after):
        return False  # "Given the ship's size, its cargo was large": "considering", no gift
    if word == "given" and re.match(r"\s+that\b", after):
        return False  # "what guarantees had been given that none of the rice would be diverted"
    if (_NOT_THIS_KIND.search(before) or _ANY_SUCH.search(before)) and not PAST_VERB.fullmatch(word) \
            and not word.endswith("ing"):
        return False
    if trigger.role == "receive" and _PAPERS_BEFORE.search(before):
        return False  # "a report obtained by Voice of America alleged": a paper a reporter got, no goods received
    if trigger.role == "give" and _SHOWN_AFTER.match(after):
        return False  # "officials presented satellite photographs showing ...": evidence shown, no gift
    if trigger.role == "receive" and (_SHOPPERS.search(before) or _AS_SOUVENIRS.search(after)):
        return False  # "tourists who flew to Wonsan bought ginseng as souvenirs": shopping, no transfer of goods
    if word == "given" and _GIVEN_TO_VISITORS.search(before):
        return False  # "Tourists were given cigarettes at the end of the tour": a keepsake, no transfer of goods
    listed = _SANCTIONED_OVER.search(before) or (
        word in _TRADE_NOUNS and _SANCTIONED_OVER_GOODS.search(before))
    if listed and listed.group().lower().startswith("sanctions") \
            and _BREAKING_BEFORE.search(before, 0, listed.start()):
        listed = None  # "charged with breaching Japanese sanctions for selling brandy": the rule broken, then the act
    if (listed and not _ONE_SHIP_LISTED_FOR.search(listed.group())) or _HELD_OVER.search(before):
        return False  # "blacklisted six vessels over transfers of fuel": why a body was listed, no transfer told
    if trigger.role == "seize" and word == "searched" \
            and (_PREMISES_AFTER.match(after) or _PREMISES_BEFORE.search(before)):
        return False  # "had his home searched", "searched the offices of a trading firm": a search, no goods seized
    if (trigger.role == "seize" and _SHIP_HELD_FOR.match(after)) or _SHIP_HELD_FOR_BEFORE.search(before):
        # "seized an oil tanker for involvement in ship-to-ship transfers": a ship held for its acts, no goods
        # seized, and the acts are why it was held
        return False
    if (_NOT_SINCE_BEFORE.search(before) and _NOT_AT_ALL_AFTER.match(after)) or _NOT_DECLARED_BEFORE.search(before):
        return False  # "bought no jet fuel at all", "did not report its naphtha exports": none told
    if _NOT_SINCE_BEFORE.search(before) and _NOT_SINCE_AFTER.match(after):
        return False  # "had not imported any North Korean coal since February": no trade in a time, no transfer
    if word.endswith("ing") and _MAY_BE_DOING.search(before):
        return False
    if not word.endswith("ing") and _MAY_BE_DONE.search(before):
        return False  # "the amount of fuel that can be exported to it": what may be done, not a transfer told
    if word.endswith("ing") and _KEPT_FROM.search(before):
        return False  # "no sanctions would stop North Korea from obtaining fuel": what is or is not prevented
    if _COSTS_TO.search(before + (trigger.text[:3] if word.startswith("to ") else "")):
        return False  # "it costs $30 to ship 70 kilos to Hyesan": a rate, not a transfer
    if _PRETENCE.search(before):
        return False  # "making it appear that the goods were being sent to Laos": a cover story, no transfer
    if _TALKED_OF.search(before):
        return False  # "to discuss possible sales of fishing vessels": what was talked of, no transfer told
    if _EARNED_FROM.search(before) and _AS_A_RULE.search(before):
        return False  # "once earned millions a year from selling missiles": the income of a trade, no transfer
    if _RANKED_AGAIN.search(before):
        return False  # "It was, as a report later found, the largest seizure of pistols in years": the one just told
    if _CLASS_OF_TRANSFERS.search(before) and _IS_A.match(after) and word.endswith("s"):
        return False  # "Ship-to-ship transfers remain a major route": what such transfers are, none told
    return not (word.startswith("order") and _ORDERED_TO.match(after))


# "taken on Nov. 18", "taken on Tuesday": a day or a date right after the words, not goods.
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ON_A_DAY = re.compile(rf"\s+(?:{_MONTH_WORD}\s+\d|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       rf"{_MONTH_WORD}(?!\w)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
# "blacklisted two shipping companies over transfers of fuel", "sanctioned for supplying": a designation's reason;
# "the measure targets persons involved in the ship-to-ship transfer of refined petroleum": whom a measure aims at.
# "imposed sanctions against Chad ... for an alleged involvement in training and supplying": another act may come first.
# "violating Japanese sanctions", "breaching the UN sanctions": sanctions named as a rule broken, not as a listing.
_BREAKING_BEFORE = re.compile(r"\b(?:violat|breach|break|broke|evad|flout|circumvent)\w*\s+"
                              r"(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
_SANCTIONED_OVER = re.compile(r"\b(?:blacklisted|blacklists|blacklisting|sanctioned|sanctions|designated|designates|"
                              r"designating|listed|added|targets|targeted|targeting)\b[^.;]{0,160}?"
                              r"\b(?:over|for|involved\s+in)\s+(?:their\s+|its\s+|the\s+|an\s+|"
                              r"alleged\s+|suspected\s+|illicit\s+|illegal\s+|involvement in\s+|roles? in\s+)*"
                              r"(?:[a-z]+ing\s+(?:and|or)\s+)?$",
                              re.IGNORECASE)
# "blacklisted a dozen firms over timber and bitumen smuggling": the goods of the trade told before its noun.
_SANCTIONED_OVER_GOODS = re.compile(_SANCTIONED_OVER.pattern[:-1] + r"(?:[a-z][\w-]*\s+(?:and\s+|or\s+)?){1,4}$",
                                    re.IGNORECASE)
# "a report obtained by Voice of America", "documents seen and obtained by the newspaper": papers, not goods;
# "following intelligence obtained by the government implicating the vessel": what a state learnt, not goods;
# "a report for the Security Council obtained on Thursday by the agency": whom the paper was for may come between,
# and a comma may close it ("the report to the sanctions committee, obtained on Tuesday by").
_PAPERS_BEFORE = re.compile(r"\b(?:reports?|documents?|cop(?:y|ies)|letters?|records?|e-?mails?|cables?|memos?|"
                            r"files?|minutes|contracts?|invoices?|manifests?|intelligence|information|evidence|"
                            r"tip-?offs?|data)\s+(?:(?:to|for|on|about)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+){1,4})?(?:,\s+)?"
                            r"(?:(?:seen|reviewed)\s+and\s+)?$",
                            re.IGNORECASE)
_SHOWN_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|new|some|several|two|three|four)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:photographs|photos|images|pictures|imagery|footage|evidence|documents|findings|proof)\b",
                          re.IGNORECASE)
# "blacklisted a North Korean ship for receiving oil", "The tanker X was sanctioned for transferring diesel": one ship
# listed for what it did tells that act, the ship its side; a class of ships, or bodies, listed over a trade does not.
# "X was sanctioned in 2017 for supplying bearings": when it was listed may come between.
_ONE_SHIP_LISTED_FOR = re.compile(r"^(?:blacklisted|sanctioned|designated|listed)\s+(?:(?:the|a|an)\s+(?![^.;]*\b(?:"
                                  r"ships|vessels|tankers|freighters|companies|firms|entities|individuals|and)\b)"
                                  r"[^.;]{1,80}?\s+|(?:in|on)\s+(?![^.;]*\b(?:ships|vessels|tankers|freighters|"
                                  r"companies|firms|entities|individuals|and)\b)[^.;]{1,60}?\s+)?for\s+$",
                                  re.IGNORECASE)
# "has held several foreign ships over suspected transfers at sea": why ships were held, no transfer told.
_HELD_OVER = re.compile(r"\b(?:held|detained|impounded)\b[^.;]{0,60}?\bover\s+(?:suspected\s+|alleged\s+|illicit\s+|"
                        r"illegal\s+)*$", re.IGNORECASE)
# "seized an oil tanker for involvement in ship-to-ship transfers", "impounded the freighter over its role in": the
# ship is held for what it did, and its acts are told after, not goods seized.
_SHIP_HELD_FOR = re.compile(r"\s+(?:an?|the|its|their|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:tankers?|vessels?|ships?|"
                            r"freighters?|boats?|carriers?)\s+(?:[A-Z][\w-]*\s+){0,3}(?:for|over)\s+(?:its\s+|their\s+)?"
                            r"(?:alleged\s+|suspected\s+)?(?:involvement|role|part)\s+in\b", re.IGNORECASE)
_SHIP_HELD_FOR_BEFORE = re.compile(r"\b(?:seized|seizes|held|holds|detained|detains|impounded|impounds)\s+"
                                   + _SHIP_HELD_FOR.pattern[3:] + r"[^.;]{0,60}$", re.IGNORECASE)
# Homes, offices and premises searched by police: "had his home searched", "searched the offices of".
_PREMISES = r"(?:homes?|houses?|offices?|premises|residences?|headquarters|apartments?|flats?|branch(?:es)?)"
_PREMISES_AFTER = re.compile(rf"\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|\w+'s\s+)?(?:[\w-]+\s+){{0,2}}?"
                             rf"{_PREMISES}\b", re.IGNORECASE)
_PREMISES_BEFORE = re.compile(rf"\b{_PREMISES}\s+(?:(?:was|were|had\s+been|have\s+been|being)\s+)?$", re.IGNORECASE)
# "would stop North Korea from obtaining", "to prevent ships from carrying": a transfer prevented, or not, is none told;
# "prohibits all states, including the members of the council, from transferring rifles": however many words name
# those a rule keeps from it.
_KEPT_FROM = re.compile(r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|keep|keeps|kept|"
                        r"bar|bars|barred|block|blocks|blocked|deter|deters|deterred|ban|bans|banned|forbid|forbids|"
                        r"prohibit|prohibits|prohibited|prohibiting|forbade|forbidden)\b[^.;]{0,160}?\bfrom\s+$",
                        re.IGNORECASE)
# What tourists, visitors or shoppers buy for themselves.
_SHOPPERS = re.compile(r"\b(?:tourists|visitors|shoppers|sightseers|holidaymakers|travell?ers|residents|passers-by)\b"
                       r"[^.;]{0,60}$", re.IGNORECASE)
_GIVEN_TO_VISITORS = re.compile(r"\b(?:tourists|visitors|sightseers|holidaymakers|travell?ers|guests)\s+"
                                r"(?:were|are|have been|had been|was|is)\s+(?:also\s+)?$", re.IGNORECASE)
_AS_SOUVENIRS = re.compile(r"[^.;]{0,80}?\bas\s+(?:souvenirs?|mementos?|keepsakes?)\b", re.IGNORECASE)
# "by making it appear that the goods were being sent to a company in Laos", "pretending that the crates were
# bound for Peru": a cover story, not where the goods went.
_PRETENCE = re.compile(r"\b(?:(?:make|makes|made|making)\s+it\s+(?:appear|look|seem)|pretend(?:s|ed|ing)?|"
                       r"(?:falsely|fraudulently)\s+(?:stat|declar|claim|indicat)\w*|"
                       # "had submitted papers stating that the car was being sent to Singapore": what its papers
                       # declared, not where it went
                       r"(?:papers|documents|paperwork|declarations?|manifests?|forms)\s+(?:stating|claiming|declaring|saying)|"
                       # "in the port and customs documents, the owner wrote that the tanker was carrying the diesel
                       # to Manila": what the papers of the voyage declared, not where the goods went
                       r"\b(?:port|customs|shipping|export|cargo|transport)\s+(?:and\s+[\w-]+\s+)?"
                       r"(?:papers|documents|paperwork|declarations?|manifests?|forms)\b[^.;:]{0,40}?\b"
                       r"(?:wrote|written|stated|declared|claimed|listed|said|indicated))"
                       r"\s+(?:that|as\s+if|as\s+though)\b[^.;:]*$", re.IGNORECASE)
# "under forged papers that claimed the laptops were going to Dalian": papers told as false say where goods did not go.
_FALSE_PAPERS = re.compile(r"\b(?:false|falsified|forged|fake|bogus|fraudulent|doctored)\s+(?:[\w-]+\s+)?"
                           r"(?:papers|documents|paperwork|declarations?|manifests?|forms)\s+(?:that|which)\s+"
                           r"(?:stated|claimed|declared|said|showed|indicated|listed|gave)\b[^.;:]*$", re.IGNORECASE)
# "It costs about $30, on average, to transport 70 kilos to the city": the price of carriage, no transfer told.
_COSTS_TO = re.compile(r"\b(?:it|this|that)\s+(?:costs?|would\s+cost|will\s+cost|can\s+cost)\b[^.;]{0,80}?\bto\s+$",
                       re.IGNORECASE)
# "visited a shipyard to discuss possible sales of fishing vessels", "potential deliveries": what is talked of
# or might be, not a transfer told; so are "possible Belarusian transfers" (a demonym may come between) and "the
# possibility of sending".
_TALKED_OF = re.compile(r"\b(?:(?:discuss|discussed|discusses|discussing|talks?\s+(?:on|about|over)|talked\s+about)"
                        r"\s+(?:the\s+|a\s+|an\s+|another\s+)?(?:possible\s+|potential\s+|future\s+|further\s+|new\s+)?"
                        # "talks on another missile shipment": the goods' words may come before the noun.
                        r"(?:(?!(?:and|then|but|before|after|it|them)\s)(?-i:[a-z])[\w-]*\s+){0,2}?|"
                        r"(?:possible|potential|prospective|hypothetical)\s+(?-i:[A-Z][\w-]*\s+)?|"
                        r"(?:the\s+)?(?:possibility|prospect|likelihood)\s+of\s+)$", re.IGNORECASE)
# "earned hundreds of millions of dollars a year from selling missiles": the income a trade brought in, told
# with what makes it a trade and not one sale (a rate, "once", "used to").
_EARNED_FROM = re.compile(r"\b(?:earn|earns|earned|earning|made|makes|making|raised|raises|generated|generates|"
                          r"brought in|brings in|income|revenue|revenues|profits?)\b[^.;]{0,100}?\bfrom\s+$",
                          re.IGNORECASE)
_AS_A_RULE = re.compile(r"\b(?:once|used to|a year|a month|per year|per month|each year|every year|annually|"
                        r"yearly|at its peak)\b", re.IGNORECASE)
# "It was, as a report later concluded, the largest seizure of": a transfer just told, ranked among others.
_RANKED_AGAIN = re.compile(r"^\W*(?:It|This|That|The\s+(?:seizure|shipment|haul|catch|cargo|consignment))\s+"
                           r"(?:was|is|has\s+been|had\s+been|became|remains)\b[^.;]{0,80}?\bthe\s+(?:single\s+)?"
                           r"(?:[a-z]+est|biggest|first|second|third|last|most\s+[a-z]+)\s+$")
# A bare plural opening the sentence, then what it is: "Ship-to-ship transfers remain a major route for ...".
_CLASS_OF_TRANSFERS = re.compile(r"^\W*(?:[\w-]+\s+){0,2}$")
_IS_A = re.compile(r"\s+(?:remain|are|have become|became|were|continue to be|have long been)\s+(?:a|an|the|one)\b",
                   re.IGNORECASE)


# Present forms that are also nouns ("medical supplies", "coal exports"): a verb only after a relative pronoun.
_THIRD_PERSON = frozenset({"supplies", "exports", "imports", "ships", "sends", "sells", "provides", "delivers", "buys",
                           "smuggles", "carries", "transfers", "trades"})
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:still\s+|also\s+|now\s+|already\s+)?$", re.IGNORECASE)
# "how second-hand cars are resold", "coal is shipped through": the present passive tells a way of doing.
# "where the shirts are sewn and exported": the present passive told of two steps tells it too.
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ed\s+(?:and|or|then)\s+)?$", re.IGNORECASE)


# "the covert supply of", "an illicit purchase of": an article and a word or two describing the noun after it.
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z][\w-]*\s+){1,2}$", re.IGNORECASE)

_OF_GOODS_TO_PARTY = re.compile(r"\s+of\s+[^,;.()]{1,80}?\b(?:to|from|into|by)\s+(?:the\s+)?[A-Z]")
_ADDED_TO = re.compile(r"\b(?:in addition to|besides|as well as|on top of|apart from)\s+$", re.IGNORECASE)


def _habitual_present(trigger: Mention, text: str) -> bool:
    """"Chinese traders sell it to middlemen", "North Korean ships carry coal", "how cars are resold": the
    simple present tells what is done as a rule, not a transfer that happened ("agreed to sell", "will
    supply" are plans)."""
    if trigger.text.lower().endswith(("ed", "sold", "sent", "given", "brought")) \
            and _PRESENT_PASSIVE.search(text[:trigger.start]):
        return True
    if trigger.text.lower() in _THIRD_PERSON and _RELATIVE_BEFORE.search(text[:trigger.start]) \
            and not re.match(r"\s+of\b", text[trigger.end:]):
        # ("customs disclosed that imports of wigs from ... amounted to": a noun after "that", told by its "of")
        return True  # "China, which supplies most of North Korea's oil": what a party does as a rule
    if trigger.text.lower() not in _PRESENT_FORMS:
        return False
    before = re.search(r"([A-Za-z'’]+)\s+$", text[:trigger.start])
    if before is not None and re.search(r"['’]s?$", before.group(1)):
        return False  # "Syria's purchase of tanks": a noun after a possessive, no present tense
    noun = _NOUN_PHRASE_BEFORE.search(text, 0, trigger.start)
    if noun is not None and re.match(r"\s+of\b", text[trigger.end:]) and (
            _OF_GOODS_TO_PARTY.match(text, trigger.end) or not _ADDED_TO.search(text, 0, noun.start())):
        # "involved in the secret supply of rifles to Iran": a noun told with its article and adjective. One added
        # to a transfer told before ("may sell Laos rockets on top of the agreed supply of rifles") with no
        # party of its own has that transfer's sides, which are not its nearest words: it is left unread.
        return False
    return before is not None and before.group(1).lower() not in _BEFORE_BASE_FORM


def _share_present(trigger: Mention, text: str, lexicon: Lexicon) -> bool:
    """"Peru exports most of its copper to China", "China supplies the bulk of Laos's fuel": a verb in the present
    with a share of the trade after it tells how a trade goes, not a transfer that happened."""
    word = trigger.text.lower()
    if word not in _THIRD_PERSON and word not in _PRESENT_FORMS:
        return False
    if re.search(r"['’]s?\s+$|\b(?:the|a|an|its|their|of)\s+$", text[:trigger.start], re.IGNORECASE):
        return False  # "Syria's purchase of most of the tanks", "the supplies": a noun, no present tense
    at = trigger.end
    if (party := _PARTY_WITH.match(text, at)) is not None:
        at = party.end()  # "Chile supplies Bolivia with most of its diesel"
    return lexicon.share_after.match(text, at) is not None


_PARTY_WITH = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}with\b")


# Verbs of looking at goods: "visitors could admire cars imported from Germany" describes the cars shown.
_ON_DISPLAY = re.compile(r"\b(?:admire|admired|admiring|see|saw|seen|view|viewed|display|displayed|displays|exhibit|"
                         r"showed off|shows off|showing off|show off|"
                         r"exhibited|exhibits|showcase|showcased|showcases|feature|featured|features|browse|browsed)\b"
                         r"[^.;,]{0,40}$", re.IGNORECASE)


def _on_display(trigger: Mention, mentions: list[Mention], text: str) -> bool:
    """"could admire electric cars imported from Germany": goods shown, described by where they came from."""
    if not trigger.text.lower().endswith("ed"):
        return False
    goods = next((m for m in mentions if m.kind == "goods" and m.end <= trigger.start
                  and not text[m.end:trigger.start].strip()), None)
    return goods is not None and bool(_ON_DISPLAY.search(text[:goods.start]))


def _figurative(trigger: Mention, mentions: list[Mention], text: str, lexicon: Lexicon) -> bool:
    """"has given Russia an important advantage": what is given is no goods."""
    if _FIGURE_BEFORE_PARTICIPLE.match(trigger.text) and any(
            m.kind == "figurative" and m.end <= trigger.start and not text[m.end:trigger.start].strip()
            for m in mentions):
        return True  # "data provided by a research firm", "information supplied to the panel": papers, not goods
    if trigger.role in ("supply", "receive"):
        # "were asked to provide records on the vehicles", "providing a vital source of foreign currency": papers,
        # help, or where money comes from, right after the word (an article and two words before it at most, none
        # of them goods) are what it supplies, not goods; "the inspectors obtained information indicating that
        # ...": what a receiver took in is what is known, not goods.
        # "providing Laos with an opportunity to test rockets": the party given it may come first, with "with".
        right_after = re.match(r"\s+(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}with\s+)?"
                               r"(?:(?:the|any|all|their|its|some|more|a|an)\s+)?", text[trigger.end:])
        if right_after is None:
            return False
        if re.match(r"intelligence\b", text[trigger.end + right_after.end():]):
            return True  # "supplied intelligence showing that ...": what is known, not goods
        start = trigger.end + right_after.end()
        return any(m.kind == "figurative" and start <= m.start and re.fullmatch(r"(?:[a-z-]+\s+){0,2}",
                                                                                text[start:m.start])
                   and not any(g.kind == "goods" and start <= g.start < m.start for g in mentions)
                   and not re.match(r"\s+(?:and|,)", text[m.end:]) for m in mentions)
    if trigger.role not in ("give", "send"):
        return False
    if trigger.text.lower() in ("export", "exports", "import", "imports") \
            and re.match(r"\s+values?\s+of\s(?:[^.;]|\.\d)*\b(?:in|during|for)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
                         text[trigger.end:]):
        # "the export value of copper from Peru was $60 million in 2015": a trade's figure of its own year, not a
        # value given (with no time of its own, the figure stays with the trade told before).
        return False
    # "delivered to support the army": "to" before the word makes it a verb of purpose, not what is given.
    figure = next((m for m in mentions if m.kind == "figurative" and trigger.end <= m.start <= trigger.end + 40
                   and not re.search(r"\bto\s+$", text[trigger.end:m.start])), None)
    if figure is None and re.search(r"\b(?:was|were|been|is|are|be)\s+$", text[:trigger.start], re.IGNORECASE):
        # "no evidence of such deliveries was presented": what the passive gives is the subject before it.
        told = next((m for m in mentions if m.kind == "figurative" and trigger.start - 40 <= m.start < trigger.start),
                    None)
        return told is not None and not any(m.kind == "goods" and told.end <= m.start < trigger.start
                                            for m in mentions)
    if figure is None:
        # "giving up to 10 ships from as many companies ways to sneak into North Korean waters": what is given to
        # do something, after whom it is given to, however far.
        figure = next((m for m in mentions if m.kind == "figurative" and trigger.end <= m.start <= trigger.end + 100
                       and _TO_DO.match(text, m.end)), None)
        if figure is None or any(m.kind == "trigger" and trigger.end <= m.start < figure.start for m in mentions):
            return False
    between = [m for m in mentions if m.kind == "goods" and trigger.end <= m.start < figure.start]
    if _TO_DO.match(text, figure.end):
        # "gave Chinese ships a chance to sneak in": ships or boats before a chance to do something are whom it is
        # given, but "gave North Korea tanks and a chance to test them" gives the tanks.
        return all(m.text.lower().split()[-1] in lexicon.party_nouns["vessel"] for m in between)
    return not between


_TO_DO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|North\b|South\b)[a-z]+\b")
# A past participle right after the noun it describes: "the data provided by", "information given to".
_FIGURE_BEFORE_PARTICIPLE = re.compile(r"(?:[a-z]+ed|given|sent|shown|lent)", re.IGNORECASE)
