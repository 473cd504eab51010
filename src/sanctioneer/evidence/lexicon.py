"""The gazetteers and cue words the extractor reads sentences with, and the mentions they find.

Everything here is data from `evidence/data/` (places, people and bodies, goods words, cue words),
plus the HS gazetteer of brands, models and goods nouns (`hs/data/gazetteer.yaml`) and the country
names pycountry knows. The files are read once per process by the project's strict YAML reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.safeyaml import read_yaml

__all__ = ["BASED", "KIND_ORDER", "MADE_SUFFIXES", "Lexicon", "Mention", "PartyEntry", "goods_heading", "load_lexicon",
           "makes", "names_within", "specificity"]

_DATA = Path(__file__).parent / "data"
# HS gazetteer kinds that name goods in running text; "weak" and "material" words ("watch", "gold")
# have common senses that are not goods and are found through goods.yaml when they are.
_GOODS_KINDS = frozenset({"goods", "unspecific", "model", "brand"})
#: When two kinds of transfer word describe one transfer, the more telling one names it.
# How a demonym says where goods were made ("Russian-made", "Russian-built"), not who supplied them.
MADE_SUFFIXES = ("-made", "-built", "-manufactured", "-produced")
KIND_ORDER = ("exchange", "gift", "sale", "smuggling", "ship-to-ship", "export", "import", "supply", "shipment",
              "delivery", "seizure", "transfer")
# "reported receiving pistols", "said buying": an act of transfer told right after the saying, whose subject is the
# speaker's.
_GERUND_OF_TRANSFER = re.compile(r"(?:\w+ly\s+)?(?:receiving|buying|purchasing|importing|acquiring|obtaining|"
                                 r"selling|sending|supplying|shipping|exporting|delivering)\b")


@dataclass(frozen=True)
class Mention:
    """Words of a sentence the lexicon recognises: what they are, where they sit, what they stand for.

    `kind` is one of country, person, organization, vessel, goods, trigger, hedge, denial, not-denial,
    ban, trend, habitual, figurative, ongoing, reporting, perception, designation, proceeding, boundary, anaphora,
    goods-anaphora, toward, from, by, with, holding, foreign.
    `value` is the country code, canonical name, trigger kind or hedge status.
    """

    kind: str
    start: int
    end: int
    text: str
    value: str = ""
    country: str | None = None
    role: str = ""
    detail: str = ""


@dataclass(frozen=True)
class PartyEntry:
    """A person or body of people.yaml."""

    name: str
    type: str
    country: str
    media: bool


# Words that open a sentence or a clause and are no name, though capitalised before a comma.
_NOT_NAMES = frozenset({"The", "A", "An", "But", "And", "In", "On", "At", "It", "He", "She", "They", "However",
                        "Meanwhile", "Moreover", "Furthermore", "Instead", "Still", "Yet", "Later", "Earlier",
                        "Also", "Then", "Now", "Today", "Yesterday", "Previously", "Afterwards", "Since",
                        "Nonetheless", "Nevertheless", "Similarly", "Likewise", "Besides", "Thus", "Hence",
                        "Therefore", "Otherwise", "Indeed", "Overall", "Elsewhere", "Again", "Once"})
# Seas and straits named after a country ("the East China Sea") say where, not whose.
# The name of a law: capitalised words ending in "Act", "Regulations" or "Law" ("the Import and Export Act"), or
# opening on "Regulation of" ("the Regulation of Imports and Exports").
_LAW_NAME = re.compile(r"\b(?:[A-Z][\w-]*\s+(?:(?:and|of|on|&)\s+)?){1,6}(?:Act|Acts|Regulations?|Law|Ordinance)\b"
                       r"|\b(?:Regulations?|Act|Law|Control)\s+(?:of|on)\s+(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,3}"
                       r"[A-Z][\w-]*")
# "found in August that", "discovered last year that": a finding verb opening the clause of what was found.
_FINDING_THAT = re.compile(r"(?:\s+(?:in|on|during|last|earlier|late|early|this)\s+[\w.]+(?:\s+\d{4})?"
                           r"(?:\s*\([^()]{1,40}\))?)?\s*,?\s+that\b", re.IGNORECASE)
# "to evade U.S. and U.N. sanctions", "in breach of US export controls", "to dodge Japanese and international
# sanctions": the country whose rules were broken is no side of the transfer.
_ITS_RULES = re.compile(r"(?:\s*(?:,|and)\s*(?:U\.N\.|UN|EU|E\.U\.|United Nations|European Union|international|"
                        r"multilateral|global))?\s+"
                        r"(?i:sanctions|embargo|export\s+(?:controls?|laws?|regulations?|restrictions?|rules)|"
                        r"licensing\s+(?:system|requirements?|rules))\b")
_RULES_BY = re.compile(r"\s+(?i:sanctions)(?:\s+(?i:regulations|laws))?\s+by\s+")
# "shells that are often defective", "rifles which were usually unreliable": a copula in a relative clause, then an
# adverb of habit and an adjective (no participle: "that are usually sold to" tells a trade).
_DESCRIBES_BEFORE = re.compile(r"\b(?:that|which)\s+(?:are|were|is|was)\s+$", re.IGNORECASE)
_QUALITY_AFTER = re.compile(r"\s+(?!(?:sold|sent|given|brought|bought|made|taken|shipped|smuggled|supplied|delivered|"
                            r"traded|exported|imported|used|carried)\b)[a-z][a-z-]*(?<!ed)\b(?!\s+(?:to|by|from|into)\b)")
# "a year earlier", "a year before", "a year ago": after a figure "a year", the time it is compared with.
_A_YEAR_BACK = re.compile(r"\s+(?:earlier|before|ago|previously)\b", re.IGNORECASE)
_WATERS = re.compile(r"\b(?:(?:[Tt]he\s+)?(?:East|South)\s+China\s+Sea|Sea\s+of\s+Japan"
                     r"|Korea(?:n)?\s+(?:Strait|Bay|Peninsula|peninsula)|Gulf\s+of\s+(?:Oman|Aden|Guinea|Thailand|Mexico)|Philippine\s+Sea|Arabian\s+Sea"
                     r"|Bay\s+of\s+Bengal|(?:Persian|Arabian)\s+Gulf)\b")


# "named" or "called" opening an aside before a name in quotes or capitals ("two dogs, named Rex and Max, from"): what
# a thing is called, not a case naming someone.
_NAMED_ASIDE = re.compile(r"(?:named|called)\s+[\"“‘'A-Z]")
# An aside between two dashes after which the clause goes on in small letters: "received two dogs — named Gomi
# and Songgang — from Kim in 2018".
# "Oct 19", "Sept. 21", "March 2018", "Friday": a date or a day, never the name of a party.
# "businessman Chen Wei-lin", "defendant Park Soo-min": a person's name of two or three words after a word for what the
# person does in trade; only the name is the mention, so that a description before the word ("Taiwanese businessman")
# still gives the person a country. A courtesy title alone ("Mr Lee") names no one the report can tell apart.
_PERSON_AFTER_ROLE = re.compile(
    r"(?<![\w-])(?:businessman|businesswoman|defendant|trader|shipowner|middleman|broker|dealer|owner|executive)\s+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})(?![\w-])")
_DATE_NAME = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?"
                        r"(?:,?\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
# "much earlier -- in 1994 -- on a ferry": two hyphens stand for a dash where a keyboard has none.
_ASIDE = re.compile(r" (?:[—–]|--) (?:(?!--)[^—–;]){1,60}? (?:[—–]|--) (?=[a-z])")
# "shipped 800 tons of zinc, according to the filing, from Vanino to Gunsan": a source told between commas, in
# words of no name, inside a clause that goes on after it.
_SOURCE_ASIDE = re.compile(r", according to (?:the |a |an |its |their )?(?:[a-z][\w'’-]*\s?){1,5}, "
                            r"(?=(?:from|to|into|in|on|at|via|through|aboard|off)\s)")
# Nouns after which a goods word is a modifier: "satellite images", "the weapons programme", "a missile factory",
# "football players".
# "satellite-related technologies": a goods word before "-related" and such a noun describes it too.
_TIES_KIND = re.compile(r"\b(?:military|economic|diplomatic|political|trade|bilateral|close|closer|family|strong|"
                        r"deep|deepening|growing|warm|friendly|cultural|business|defen[cs]e|security)\s+$",
                        re.IGNORECASE)
# A warship or other vessel that guards a shipment is no part of it: "sent a corvette to escort the freighter",
# "the tanker, escorted by a destroyer"; a warship sold or handed over is goods.
_ESCORTS = re.compile(r"\b(?:frigates?|corvettes?|destroyers?|warships?|cruisers?|submarines?|patrol boats?|"
                      r"naval vessels?|navy ships?|ships?|vessels?|boats?|tankers?|freighters?|aircraft|planes?|"
                      r"jets?|helicopters?)$", re.IGNORECASE)
_ESCORTING_AFTER = re.compile(r"\s*,?\s+(?:(?:was|were|is|are|had been|has been|have been)\s+)?"
                              r"(?:(?:sent|deployed|dispatched|assigned|ordered|used)\s+)?(?:to\s+)?"
                              r"(?:escort|escorts|escorted|escorting|guard|guards|guarded|guarding|accompany|"
                              r"accompanies|accompanied|accompanying|shadow|shadows|shadowed|shadowing)\b",
                              re.IGNORECASE)
# A ship told under way to a place: "a freighter steaming towards the canal", "the tanker, heading for Nampho".
_UNDER_WAY_AFTER = re.compile(r"\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:steaming|sailing|heading|headed|hurtling|"
                              r"travell?ing|approaching|en\s+route|making\s+(?:its|their)\s+way)\s+"
                              r"(?:(?:back\s+)?(?:to|towards?|for|into|through|across)\b)", re.IGNORECASE)
# "a frigate of the navy observed three meetings", "a patrol plane from the coast guard spotted": a ship or plane that
# watches a transfer is no part of it.
_WATCHING_AFTER = re.compile(r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?[\w-]+)?\s*,?\s+"
                             r"(?:(?:had|has|have)\s+)?(?:observed|spotted|monitored|photographed|tracked|detected|"
                             r"witnessed|watched|sighted)\b", re.IGNORECASE)
_ESCORTED_BY = re.compile(r"\b(?:escorted|guarded|accompanied|shadowed|convoyed)\s+by\s+"
                          r"(?:(?:a|an|the|two|three|four|several|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LOGS_KIND = re.compile(r"\b(?:navigation|navigational|ship['’]?s?|vessel['’]?s?|call|flight|voyage|deck|port)\s+$",
                        re.IGNORECASE)
# "came bearing gifts", "a ship bearing the name": "bearing" as a verb, before what is carried or shown.
_BEARING_WHAT = re.compile(r"\s+(?:gifts?|presents?|the|a|an|his|her|its|their|letters?|messages?|flags?|names?|"
                           r"markings?|signs?|logos?)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|nor|no|without|n['’]t)\b", re.IGNORECASE)
# "to monitor", "will closely monitor", "continue to carefully monitor": a verb after what leads one.
_WILL_DO = re.compile(r"\b(?:to|will|would|shall|must|can|could|should|may|might)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Knowledge moved as goods ("provided know-how and technology"), and "-related" before it ("satellite-related") or a
# field of study ("to acquire the knowledge of science and technology").
_KNOWLEDGE = re.compile(r"(?:technology|technologies|know-how)", re.IGNORECASE)
_RELATED_BEFORE = re.compile(r"related[\s-]+$|\bsciences?\s+and\s+$", re.IGNORECASE)
# Words for goods in general: after "any" ("any goods, services or technology") they name no goods moved.
_ANY_GOODS = frozenset({"goods", "items", "products", "commodities", "materials", "supplies", "cargo", "equipment",
                        "technology", "services"})
# "any goods", and the last words of a list after it: "any goods, services, or technology".
_ANY_BEFORE = re.compile(r"\bany\s+(?:(?:goods|items|products|commodities|materials|supplies|cargo|equipment|"
                         r"technology|services),?\s+(?:(?:or|and)\s+)?){0,3}$", re.IGNORECASE)
_DESCRIBES_NEXT = re.compile(r"['’\"”]?[\s-]+(?:related[\s-]+)?"
                             r"(?:images?|imagery|photos?|photographs?|pictures?|footage|data|"
                             r"programmes?|programs?|industry|industries|factory|factories|plants?|makers?|manufacturers?|"
                             r"mines?|mills?|manufacturing|refiner(?:y|ies)|smelters?|ships?|vessels?|tankers?|freighters?|carriers?|planes?|trains?|embargo(?:es)?|bans?|control|controls|"
                             # "football players", "car dealers", "weapons experts", "a car show": people and events.
                             r"players?|teams?|fans|coach(?:es)?|clubs?|league|match(?:es)?|stadiums?|workers|"
                             r"dealers?|dealerships?|smugglers?|brokers?|experts|scientists|engineers|technicians|"
                             # "a car dealer", "a coal trader", "an arms exporter": the party, told by its goods.
                             r"traders?|exporters?|importers?|merchants?|suppliers?|sellers?|"
                             # "shell companies", "an oil firm", "ship owners": a body or its people named by goods.
                             r"compan(?:y|ies)|firms?|corporations?|owners?|operators?|"
                             # "bought a firearms business in Dallas": a business named by what it sells.
                             r"business(?:es)?|shops?|stores?|outlets?|"
                             r"inspectors|shows?|fairs?|exhibitions?|expos?|museums?|depots?|"
                             # "ship-tracking data", "a vessel tracker": how ships are followed, not ships moved.
                             r"tracking|trackers?|"
                             # "a ski resort", "the golf resorts": a place named by what is done there.
                             r"resorts?|"
                             # "clothing orders consigned from China": an order for goods from a buyer, not goods sent.
                             r"orders(?=\s+(?:consigned\s+|placed\s+|received\s+)?from\b)|"
                             # "a munitions branch called ...", "the machinery bureau": a body named by its goods.
                             r"branch(?:es)?|bureaus?|departments?|offices?|"
                             # "ballistic missile cooperation", "missile tests", "a failed satellite launch": what
                             # is done with the goods' kind.
                             r"cooperation|development|tests?|testing|launch(?:es)?|"
                             # "nuclear know-how", "missile expertise": knowledge of the goods, not the goods; "rocket
                             # transporters", "a missile parade": what carries or shows them.
                             r"know-how|expertise|transporters?|parades?|"
                             # "satellite-related technologies": knowledge about goods of a kind, not the goods
                             # ("missile technology" stays goods: what the ban on missile items covers).
                             r"related[\s-]+technolog(?:y|ies)|"
                             # "the 'Sinotruk' logo", "Toyota markings": a make's mark, not goods.
                             r"logos?|markings?|emblems?|insignia|"
                             # "gauges with possible nuclear weapons applications": what goods serve, not goods.
                             r"applications?|"
                             # "to relieve the country's food shortages", "ten million people are food insecure",
                             # "its food security situation": a lack of goods, not goods moved.
                             r"shortages?|shortfalls?|insecure|insecurity|scarcity|crisis|crises|security\s+situation|"
                             # "finished with walnut wood interiors", "leather upholstery": what other goods are
                             # fitted or lined with, not goods moved of their own.
                             r"(?:wood(?:en)?[\s-]+)?(?:interiors?|upholstery|panell?ing|veneers?|trim))\b",
                             re.IGNORECASE)

# "the aggregate value of", "aggregate imports": a goods word that is also a word for a whole, before what it
# measures, is that word, not the goods (gravel).
_A_WHOLE = re.compile(r"(aggregate)\s+(?:value|values|amount|amounts|total|totals|sum|volume|volumes|"
                      r"weight|figure|figures|imports|exports|trade|worth)\b", re.IGNORECASE)

# "submarine-launched", "truck-mounted", "tank-like": a goods word joined to a participle or a likeness describes the
# noun after it; so does one joined to "range" ("short-range missiles" are no shorts).
_COMPOUND_NEXT = re.compile(r"-(?:launched|based|mounted|borne|powered|shaped|like|style|type|class|sized|fired|linked|"
                            r"carrying|launching|range)\b", re.IGNORECASE)

# A carrier named with up to two words before it ("a bulk carrier", "two old tankers").
_CARRIER_WORD = re.compile(r"(?:[\w-]+\s+){0,2}(?:vessel|ship|tanker|freighter|boat|barge|carrier)s?")
# "looking for a ship to carry ore", "to charter a tanker willing to carry fuel": the carrier sought, not goods.
_CARRIER_SOUGHT = re.compile(r"\b(?:seek|seeks|sought|seeking|find|finding|charter|chartering|hire|hiring|wanted|"
                             r"looking\s+for|search\s+for|searching\s+for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
_CARRIER_TO_MOVE = re.compile(r"\s+(?:willing\s+|able\s+)?to\s+(?:transport|carry|ship|move|haul)\s")
# "Laos started to look into the freighter", "an inquiry into the tanker": what is examined, no direction of goods.
_TO_LOOK_INTO = re.compile(r"\s+(?:look\s+into|probe|investigate|examine|inspect)\b", re.IGNORECASE)
_LOOKED_INTO = re.compile(r"\b(?:look|looks|looked|looking|probe|probes|probed|probing|inquiry|inquiries|enquiry|"
                          r"enquiries|investigation|investigations)\s+$", re.IGNORECASE)
# "used to carry", "designed to launch", "capable of carrying": the goods after say what those before serve for.
_PURPOSE_BEFORE = re.compile(r"\b(?:(?:used|designed|built|adapted|converted|modified|able|intended|meant)\s+to\s+"
                             r"(?:carry|transport|launch|fire|tow|hold)|capable\s+of\s+(?:carrying|transporting|"
                             r"launching|firing|towing))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "The freighter was used to carry ore from North Korea to Laos", "is alleged to have been used to carry": what a
# ship was used to carry is the cargo it moved, not what other goods serve for.
_SHIP_USED_TO_CARRY = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|carriers?|barges?)\s+"
                                 r"(?:was|were|had\s+been|has\s+been|have\s+been|(?:is|are|was|were)\s+(?:suspected|believed|thought|said|"
                                 r"alleged|reported)\s+to\s+have\s+been)\s+(?:(?:allegedly|reportedly|also)\s+)?used\s+to\s+"
                                 r"(?:carry|transport)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "The mobile platform that transported what looked like a missile in the parade was imported": what a vehicle was seen
# to carry, told in a relative clause on it, is not the goods of the clause's verb.
_CARRIER_CLAUSE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:transported|carried|towed|hauled)\s+what\s+(?:looked|"
                                    r"appeared|seemed)\s+(?:like|to\s+be)\s+(?:(?:a|an|the|two|three|its)\s+)?"
                                    r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "technology and hardware that allow its missiles to take flight": what goods serve, in a clause on them, is no goods.
_SERVES_BEFORE = re.compile(r"\b(?:that|which)\s+(?:allows?|allowed|enables?|enabled|helps?|helped|lets?|keeps?|"
                            r"kept)\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "a grinding machine, which can be used to make parts for centrifuges and missiles", "chemicals used in rocket
# fuel", "equipment for use in enrichment": the goods after say what those before are for, not what was moved.
_USE_BEFORE = re.compile(r"\b(?:(?:used|needed|designed|intended|meant)\s+(?:to\s+(?:make|build|produce|manufacture|"
                         r"assemble|power|fuel|guide|enrich)|in|for)|for\s+use\s+in)\s+(?:[\w-]+\s+){0,4}$",
                         re.IGNORECASE)
# "frequent ship movements", "rail traffic": carriers told by their comings and goings.
_CARRIER_MOVES_NEXT = re.compile(r"\s+(?:movements?|traffic|activity|arrivals|departures|visits)\b", re.IGNORECASE)
# "a ship used in arms transfers", "a tanker used in oil smuggling": the goods of the transfers the carrier served,
# not a use of other goods.
_TRANSFERS_NEXT = re.compile(r"[\s-]+(?:transfers|shipments|deliveries|smuggling)\b", re.IGNORECASE)
# "A firm that builds trailers for tank transporters sold twelve lorries": what a party makes, told in a clause on
# it, is not the goods its verb moves when that verb names goods of its own.
_MAKES_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:makes?|builds?|produces?|manufactures?|designs?|develops?|"
                           r"assembles?|speciali[sz]es\s+in)\s+(?:[\w-]+,?\s+){0,10}$", re.IGNORECASE)
# Demonyms whose people are told with an "s" ("Koreans", "Iraqis"); "Chinese" and "Swiss" are told as they are.
_PLURAL_DEMONYM_ENDS = frozenset("ni")


def _made_by_party(mention: Mention, found: list[Mention], text: str) -> bool:
    """Goods named in a clause that says what a party makes, when a verb of transfer after it moves other goods."""
    if not _MAKES_BEFORE.search(text[max(0, mention.start - 200):mention.start]):
        return False
    verbs = [m.end for m in found if m.kind == "trigger" and m.start > mention.end]
    if not verbs:
        return False
    return any(m.kind == "goods" and m.start > min(verbs) for m in found) \
        or any(_COUNTED_OBJECT.match(text, end) for end in verbs)


# "exported eight 16-wheelers": a verb of transfer followed by a count names goods of its own.
_COUNTED_OBJECT = re.compile(r"\s+(?:an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"several|dozens|hundreds|thousands)\s+\S", re.IGNORECASE)
# "UN sanctions monitors said", "port inspectors told": a goods word the speaker of a sentence is named by.
_SPEAKS = re.compile(r"\s+(?:(?:have|has|had)\s+(?:found|concluded|established|written|told)|said|say|says|told|"
                     r"tell|wrote|write|writes|reported|report|added|noted|estimated|"
                     r"concluded)\b(?!\s+to\b)")
# A verb of travel, then "in" and words before a vehicle: the vehicle the goods travelled in ("arrived at the border
# in three specially equipped trucks", "were transported in two refrigerated lorries").
# "containers ... were found to be carrying shells", "containers packed with rifles": what the boxes held follows.
_BOX_HOLDS = re.compile(r"[^.;]{0,160}?\b(?:carrying|transporting|containing|holding|carried|held|contained|"
                        r"(?:loaded|filled|packed|stuffed|crammed)\s+with)\s+(?!(?:no|nothing)\b)[\w\"“]",
                        re.IGNORECASE)
# "chartered a bulk carrier via an agent, had it loaded with ore": a ship hired to carry the goods named next.
_HIRED_BEFORE = re.compile(r"\b(?:leased|chartered|hired|rented|leasing|chartering|hiring|renting)\s+"
                           r"(?:(?:a|an|the|two|three|several)\s+)?$", re.IGNORECASE)
_THEN_LOADED = re.compile(r"[^.;]{0,80}?\b(?:(?:had\s+(?:it|them)\s+)?(?:loaded|filled|laden)\s+with|"
                          r"to\s+(?:carry|transport|ship|move)|(?:which|that)\s+(?:carried|transported|took\s+on|loaded))\b",
                          re.IGNORECASE)
# "the Golden Bull", "the Twins' Bull": a common noun written with a capital after the name's first words.
_NAMED_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w'’-]*\s+){1,2}$")


# "– or about 90 city buses worth –", "(roughly 40 football pitches)": a size told by likening it to things.
_LIKENED_TO = re.compile(r"[–—(]\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?[\d,.]+\s+"
                         r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_LIKENED_END = re.compile(r"\s*(?:worth\s*)?[–—)]")


def _title_cased(text: str) -> bool:
    """A headline's words, most of them begun with a capital ("Rifles Seized At Port Were Bound For Pyongyang")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return bool(sum(w[0].isupper() for w in words) * 2 > len(words))


# "what the manifest called "tractors" ... were found to be carrying shells": the papers' word, then what was found.
_PAPERS_CALLED = re.compile(r"\bwhat\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:manifests?|papers|documents|"
                            r"declarations?|invoices?|bills?\s+of\s+lading|paperwork)\s+(?:called|described\s+as|"
                            r"listed\s+as|declared\s+as|declared|gave\s+as)\s+[\"“‘']?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
_FOUND_TO_BE = re.compile(r"[^.;]{0,80}?\b(?:were|was)\s+(?:later\s+)?(?:found|discovered|shown)\s+to\b",
                          re.IGNORECASE)
_CARRIED_IN = re.compile(r"\b(?:arrived|arrive|arrives|arriving|transported|transporting|moved|travelled|traveled|"
                         r"travelling|traveling|driven|ferried|carried|taken)\b[^.;]{0,80}?\bin\s+(?:[\w-]+\s+){1,4}$",
                         re.IGNORECASE)
_DEPICTED = re.compile(r"\b(?:images?|photos?|photographs?|pictures?|footage|videos?|drawings?|blueprints?|diagrams?|"
                       r"replicas?|mock-ups?|paintings?|portraits?|statues?|busts?)\s+of\s+(?:(?:a|an|the)\s+)?"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SPOKEN_TO = re.compile(r"\b(?:told|tell|tells|informed|inform|informs|briefed|asked|wrote\s+to|according\s+to)\s+"
                        r"(?:the\s+|a\s+)?"
                        r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# "the ammunition that prosecutors said he planned to ship", "which officials say were bound for": a saying told
# inside a relative clause, right after its pronoun and the sayer.
# "sold ore to China, and researchers say ...": others who speak after the transfer told.
_AND_OTHERS = re.compile(r",\s+and\s+(?:[\w-]+\s+){0,2}[\w-]+$")
_SAID_WITHIN = re.compile(r"\b(?:that|which)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+$")
# "shipped some 4,000 containers to Laos, which could hold 2 million shells": a relative clause on counted containers
# that says what they hold names the goods sent, so it goes on the clause of the sending.
# "whereas for linseed they came to 450 tonnes": a total told for other goods, its verb said again or left out.
_TOTAL_FOR_NEXT = re.compile(r"for\s+(?:[\w-]+\s+){1,4}?(?:they|it)\s+(?:stood at|stand at|totall?ed|came to|"
                             r"amounted to|reached)\s", re.IGNORECASE)
_CONTAINERS_BEFORE = re.compile(r"\d\s+(?:[\w-]+\s+)?containers\b[^,;.]{0,40}$", re.IGNORECASE)
_HOLDING_AFTER = re.compile(r"(?:could|may|might|would|are\s+believed\s+to|were\s+believed\s+to)?\s*(?:have\s+)?"
                            r"(?:hold|held|contain|contained|carry|carried|include|included)\s", re.IGNORECASE)

# "while being shipped to", "while transiting": a participle after "while" goes on the clause before it.
_PARTICIPLE = re.compile(r"(?:being\s+[a-z]+|[a-z]+ing)\b")

# "to illegally ship": the verb "to ship" split by an adverb.
# "will ship coal", "could quietly ship": "ship" after a modal is the verb of sending.
_SPLIT_SHIP = re.compile(r"\b(?:to\s+(?:\w+ly\s+)+|(?:will|would|shall|could|can|may|might|must|should)\s+"
                         r"(?:\w+ly\s+)?)(ship)\b(?!-)", re.IGNORECASE)

# "state television", "state-run TV": the one who broadcasts.
_BROADCASTER = re.compile(r"\b(?:state|state-run|state-owned|state-controlled|public|national|public-service)\s+$",
                          re.IGNORECASE)

# "US dollars", "Hong Kong dollars": a currency, not a country.
# A word right after one of these describes the noun that follows it ("the reported cargo", "a said shipment").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)$")
# "US$1 billion", "HK$5 million": the letters before "$" name the dollar, not a country.
_MONEY = re.compile(r"[\s-]+(?:dollars?|yuan|rubles?|roubles?|won|yen|francs?)\b|\$", re.IGNORECASE)
# "using the American financial system", "through Singaporean banks": the way the money went, not a side of the goods.
_MONEY_WAY = re.compile(r"\s+(?:financial\s+(?:system|institutions|sector)|banking\s+(?:system|sector))\b",
                        re.IGNORECASE)
_THROUGH = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.IGNORECASE)
_BANKS = re.compile(r"\s+(?:banks|bank\s+accounts)\b", re.IGNORECASE)
# "routing payments through a front company in Macau": where the money passed, not a side of the goods.
_PAID_THROUGH = re.compile(r"\b(?:payments?|funds|money)\s+(?:[\w-]+\s+){0,2}?(?:through|via)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:in\s+)?$", re.IGNORECASE)


def _strings(value: object, *, name: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"expected a list of words, got {value!r}", where=f"{name}: {where}")
    return list(value)


def _norm(text: str) -> str:
    """One spelling for lookups: a run of spaces or hyphens is one space ("Kim Jong-un" is "Kim Jong un"), a curly
    apostrophe a straight one ("People’s Republic" is "People's Republic")."""
    return re.sub(r"[\s-]+", " ", text).replace("’", "'")


def goods_heading(description: str) -> str | None:
    """The HS heading the HS gazetteer gives the last goods word of a description, if any."""
    hits = _goods_hits(description)
    return hits[-1][1][:4] if hits else None


# ", four months after", ", two weeks before": a clause set off by a comma that tells an earlier or later event.
_TIME_AFTER = re.compile(r",\s+(?:(?:some|about|nearly|only|just|barely)\s+)?(?:[a-z]+|\d+)\s+"
                         r"(?:days|weeks|months|years)\s+(?:after|before)\s+", re.IGNORECASE)


def specificity(description: str) -> tuple[int, int]:
    """How precisely a description names goods: a model over a make over a goods noun, then length."""
    kinds = {kind for kind, _ in _goods_hits(description)}
    rank = 3 if "model" in kinds else 2 if "brand" in kinds else 1 if kinds & {"goods", "unspecific"} else 0
    return rank, len(description)


def names_within(a: str, b: str) -> bool:
    """True when one description's words run inside the other's ("Mercedes" in "armored Mercedes")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return re.search(rf"\b{re.escape(short)}\b", long) is not None


@lru_cache(maxsize=65536)
def makes(description: str) -> frozenset[str]:
    """The words of the makes and models a description names ("Mercedes-Maybach S600" gives mercedes, maybach,
    s600), so that "Maybach limousines" and "armoured Mercedes-Maybach S600 cars" name the same make."""
    from sanctioneer.hs.gazetteer import load_gazetteer

    return frozenset(word for hit in load_gazetteer().find(description) if hit.term.kind in ("model", "brand")
                     for word in re.split(r"[\s-]+", hit.term.text.lower()) if len(word) >= 4 and word.isalpha())


@lru_cache(maxsize=65536)
def _goods_hits(description: str) -> tuple[tuple[str, str], ...]:
    from sanctioneer.hs.gazetteer import load_gazetteer

    hits = load_gazetteer().find(description)
    return tuple((h.term.kind, h.term.code) for h in hits if h.term.kind in _GOODS_KINDS)


#: "A Dalian-based firm": where a body is based or registered names its country.
BASED = re.compile(r"-(?:based|registered|headquartered|bound)\b")
# "Dalian-based Sunrise Trading Co": the place a company's name opens on, with "-based", is where it is.
_DEMONYM_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?=[A-Z])")
_ONE_DEMONYM_BEFORE = re.compile(r"([A-Z][\w.]*)\s+(?=[A-Z])")
_BASED_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-(?:based|registered|headquartered)\s+(?=[A-Z])")


def _counted_anaphora(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """"the four containers", "the two cars": a count between the article and the noun still points back."""
    # "the seized goods", "the banned items": what was done to them between the article and the noun, too.
    counted = pattern.pattern.replace(r"the[\s-]+", r"the[\s-]+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                                                   r"\d+)\s+)?(?:(?:seized|banned|confiscated|impounded|intercepted|"
                                                   r"smuggled|prohibited)\s+)?")
    # "The cargo – 32 cases of shells – was unloaded", also with the first dash against the noun ("The cargo- 32").
    counted = counted.replace(r"(?![\w-])", r"(?:(?![\w-])|(?=[-–—]\s))")
    return re.compile(counted, pattern.flags)


def _alternation(words: Iterable[str], *, ignore_case: bool, based: bool = False) -> re.Pattern[str]:
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    # A name with an apostrophe is written with a curly one as often ("the Democratic People’s Republic of Korea").
    body = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace("'", "['’]") for w in unique)
    # Word edges that also hold next to punctuation ("U.S.", "Kim's"); for places, "-based" too.
    after = r"(?!\w)(?!-(?!(?:based|registered|headquartered|bound)\b))" if based else r"(?![\w-])"
    return re.compile(rf"(?<![\w-])(?:{body}){after}", re.IGNORECASE if ignore_case else 0)


# "Cargo trucks loaded with fans entered Laos", "a train carrying horses entered the country": a truck, a train or a
# wagon told with its load, entering a place (a ship entering a port may come to load, and is left out).
_LOADED_CARRIER_ENTERED = re.compile(
    r"\b(?:trucks?|lorries|lorry|trains?|wagons?|railcars?|vehicles)\s+(?:[\w-]+\s+){0,2}?(?:carrying|loaded\s+with|"
    r"laden\s+with)\s+[^.;:]{1,160}?\s(?P<word>entered|crossed\s+into)\s+(?!into\b)", re.IGNORECASE)


class Lexicon:
    """All the words the extractor knows, compiled for searching sentences."""

    def __init__(self, *, places: dict[str, Any], people: list[Any], cues: dict[str, Any],
                 goods: dict[str, Any]) -> None:
        self.countries: dict[str, tuple[str, str]] = {}
        """Written form -> (country code, how it names the country: name, demonym, metonym, place, flag)."""
        for code, entry in places.items():
            if not isinstance(entry, dict):
                raise InputError(f"expected a mapping of names, got {entry!r}", where=f"places.yaml: {code}")
            for how in ("names", "demonyms", "metonyms", "places"):
                for word in _strings(entry.get(how, []), name="places.yaml", where=f"{code}.{how}"):
                    self.countries[word] = (str(code), how[:-1])
                    if word.startswith("the "):
                        # "The North's imports of cement rose": a name written with "the" opens a sentence too.
                        self.countries.setdefault("The " + word[4:], (str(code), how[:-1]))
                    if how == "demonyms" and word.endswith("-made"):
                        # "Russian-built", "Chinese-manufactured": told as "Russian-made" is.
                        for made in MADE_SUFFIXES:
                            self.countries.setdefault(word.removesuffix("-made") + made, (str(code), "demonym"))
                    if how == "names" and "-" not in word:
                        # "North Korea-made mortars", "China-built trucks": a country's name before "-made" tells
                        # where goods were made, as "North Korean-made" does.
                        for made in MADE_SUFFIXES:
                            self.countries.setdefault(word + made, (str(code), "demonym"))
        self._add_pycountry()
        for word, (code, how) in list(self.countries.items()):
            if how == "demonym" and "-" not in word and word[-1:] in _PLURAL_DEMONYM_ENDS:
                # "sold tea to two Cubans", "the Iraqis bought": the people of a country, a party of it.
                self.countries.setdefault(word + "s", (code, "demonym-people"))
            if how in ("name", "demonym") and "-" not in word:
                # "a Chinese-flagged fishing boat": a ship's flag (which ships it makes a side of is the
                # reader's to say).
                self.countries.setdefault(f"{word}-flagged", (code, "flag"))
                # "North Korean-owned entities", "a Chinese-controlled firm": whose the body is, as "a North Korean
                # company" tells it.
                for held in ("owned", "controlled"):
                    self.countries.setdefault(f"{word}-{held}", (code, "demonym"))
        self._country_by_key = {_norm(k): v for k, v in self.countries.items()}
        self.parties: dict[str, PartyEntry] = {}
        self.titles: dict[str, PartyEntry] = {}
        for record in people:
            entry = PartyEntry(record["name"], record["type"], record["country"], bool(record.get("media", False)))
            for alias in [record["name"], *record.get("aliases", [])]:
                self.parties[alias] = entry
            for title in record.get("titles", []):
                self.titles[title] = entry
                if title[0].islower():
                    self.titles[title[0].upper() + title[1:]] = entry
        self._party_by_key = {_norm(k): v for k, v in self.parties.items()}
        self._title_by_key = {_norm(k): v for k, v in self.titles.items()}
        self.trigger_kind: dict[str, tuple[str, str]] = {}
        for kind, spec in cues["triggers"].items():
            for form in spec["forms"]:
                self.trigger_kind[_norm(form).lower()] = (str(spec.get("kind", kind)), str(spec["role"]))
        self.hedge_status = {_norm(form).lower(): str(status) for status, forms in cues["hedges"].items()
                             for form in forms}
        self.cues = cues
        self.goods_chapter = {str(w).lower(): str(chapter) for chapter, words in goods["goods"].items() for w in words}
        self.goods_words = list(self.goods_chapter)
        self.not_goods = frozenset(str(w).lower() for w in goods["not_goods"])
        self.broad_goods = frozenset(_norm(str(w)).lower() for w in goods.get("broad", []))
        self.apart_kinds = {str(w).lower(): number for number, words in enumerate(goods.get("apart", []))
                            for w in words}
        self.ambiguous_goods = frozenset(w.lower() for w in goods["ambiguous"])
        self.goods_anaphora = [str(w) for w in goods["anaphora"]]
        self.ban_window = int(cues["ban_window"])
        self.open_registries = frozenset(str(c) for c in cues["open_registries"])
        self.leases = frozenset(str(w).lower() for w in cues["leases"])
        self.goods_subject = frozenset(str(w).lower() for w in cues["goods_subject"])
        # "the southern quay of Tartus leased to Russia": a place, perhaps "of" a port, right before a lease word.
        self.leased_place = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in cues["premises"])
                                       + r")(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+$", re.IGNORECASE)
        # "Fragments found after the attack came from a Belarusian rocket": what was left of a weapon used.
        self.remains = _alternation(cues["remains"], ignore_case=True)
        self.going_on = _alternation(cues["going_on"], ignore_case=True)
        # "chips found in the North Korean missile", "parts discovered inside a downed drone": a weapon's parts.
        self.found_in_weapon = re.compile(
            r"\s+(?:in|inside|within|among|aboard)\s+(?:(?:the|a|an|one|two|three|several|each|some)\s+)?"
            r"(?:[\w/-]+\s+){0,4}?(?:" + "|".join(re.escape(str(w)) for w in cues["weapons_holding_parts"])
            + r")\b", re.IGNORECASE)
        # "Moscow fired a North Korean missile into Ukraine", "is using Belarusian rockets": a party that fires or
        # uses weapons another country made had them from it (the weapon's country named before it, active voice only;
        # a satellite launched is a launch, not a weapon fired).
        fired_by = sorted({w for w, (_, how) in self.countries.items() if how == "demonym" and w[:1].isupper()
                           and not w.endswith(("-flagged", "-owned", "-controlled"))}, key=len, reverse=True)
        self._fired_foreign = re.compile(
            r"\b(fired|launched|(?:is|are|was|were|been)\s+using|(?:has|have|had)\s+used)\s+"
            r"(?:(?:at\s+least|more\s+than|over|nearly|about|some|dozens\s+of|hundreds\s+of)\s+)?"
            r"(?:(?:a|an|\d[\d,]*|two|three|four|five|six|several|many)\s+)?(?:(?:new|more|newly\s+made)\s+)?(?:"
            + "|".join(re.escape(w) for w in fired_by) + r")\s+(?:[\w/-]+\s+){0,3}?(?:"
            + "|".join(re.escape(str(w)) for w in cues["weapons_holding_parts"] if not str(w).startswith("satellite"))
            + r")\b")
        self._fired_made_by = re.compile("|".join(re.escape(w) for w in fired_by))
        # "chips produced between 2021 and 2023": the words before a date of making.
        self.made_then = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in cues["making"])
                                    + r")\s+(?:(?:on|in|during|around|about|from|since|as\s+early\s+as)\s+)?$",
                                    re.IGNORECASE)
        self.purpose = re.compile(r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["purpose"])
                                  + r")\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
        # "transfers to import jet fuel", "transfers to get around the rules that limit the import of
        # kerosene": what the transfers serve is getting the goods in.
        taking_in = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["taking_in"])
        self.to_take_in = re.compile(r"[\s\"“]*to\s+(?:(?:" + taking_in + r")\b|"
                                     r"(?:circumvent|evade|get\s+around|skirt)\s+"
                                     r"[^.;:]{0,80}?\b(?:" + taking_in + r")\s+of\b)", re.IGNORECASE)
        # "violating sanctions against North Korea by": a rule broken and, right after these words, the country it
        # is aimed at.
        self.broke_against = re.compile(
            r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["breaking_rules"])
            + r")\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}?(?:"
            + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["rules_broken"])
            + r")\s+(?:against|on|imposed\s+on|targeting|aimed\s+at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.broke_named = re.compile(
            r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["breaking_rules"])
            + r")\s+the\s+$", re.IGNORECASE)
        # "shown in a military parade last April carrying": a vehicle on show, what it carries on display.
        self.on_show = re.compile(r"\b(?:in|at|during)\s+(?:[\w'’-]+\s+){0,3}?(?:"
                                  + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["shows"])
                                  + r")\b[^,;.]{0,40}$", re.IGNORECASE)
        # "at the 10 October 2015 military parade": a date naming a show dates the show.
        self.show_named = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:"
                                     + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["shows"])
                                     + r")\b", re.IGNORECASE)
        self._planned_case = re.compile(r"\s+(?:" + "|".join(re.escape(str(w)) for w in cues["planned_proceedings"])
                                        + r")\b", re.IGNORECASE)
        # "ferried missile parts to the Stalinist state": an epithet for a state after a word of destination.
        self.epithet_toward = re.compile(
            r"\b(?:to|into|for)\s+(the\s+(?:(?:" + "|".join(re.escape(str(w)) for w in cues["epithets"]["words"])
            + r")\s+){1,3}(?:" + "|".join(re.escape(str(w)) for w in cues["epithets"]["nouns"]) + r"))\b(?!\s+of\b)")
        # "Separately, Russia supplied fuel": a sentence told as another case, before its transfer word.
        self.another_case = re.compile(r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                                                        for w in cues["another_case"]) + r")\b", re.IGNORECASE)
        self.analysts = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in cues["analysts"])
                                   + r")\s+(?:also\s+|have\s+|had\s+|later\s+)?$", re.IGNORECASE)
        # "materials for the construction of a bridge", "supplies needed for the repair of the port": goods for a work,
        # and the work's object after "of".
        self.for_works = re.compile(r"(?<![\w-])(?P<goods>" + "|".join(re.escape(str(w)) for w in cues["works_goods"])
                                    + r")\s+(?:(?:needed|used|intended|meant|destined|bound)\s+)?for\s+(?:the\s+)?"
                                    r"(?:" + "|".join(re.escape(str(w)) for w in cues["works"]) + r")\s+of\s+"
                                    r"(?P<object>[^,;.()]{1,80}?)(?=\s+(?:to|from|into|in|at|for|via|by|on|through|"
                                    r"across|and|which|that|were|was|had|has|have)\b|[,;.()]|$)", re.IGNORECASE)
        # "has increased imports and exports of rubber": a rising word up to three words before a transfer noun.
        self.rising = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in cues["rising"])
                                 + r")\s+(?:(?!its\b|their\b|his\b|her\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
        # "checks on kerosene smuggling": words of enforcement up to four words before a transfer noun.
        self.enforcement = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in cues["enforcement"])
                                      + r")\s+(?:(?:the|illegal|illicit|any)\s+)?"
                                      r"(?:[a-z][\w-]*\s+(?:and\s+|or\s+)?){0,4}$",
                                      re.IGNORECASE)
        # "sells most of Chad's cement": a share of a trade right after a verb in the present.
        shares = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues["shares"])
        self.share_after = re.compile(r"\s+(?:" + shares + r")\s+of\b", re.IGNORECASE)
        self.party_nouns = {str(kind): [str(w) for w in words] for kind, words in cues["party_nouns"].items()}
        ships = {noun.lower() for noun in self.party_nouns["vessel"]}
        plurals = sorted((n for n in ships if n.endswith("s") and (n[:-1] in ships or n[:-2] in ships)), key=len,
                         reverse=True)
        bodies = [n for kind in ("organization", "person") for n in self.party_nouns[kind] if " " in n]
        self._body_ending = re.compile(r"\b(?:" + ("|".join(re.escape(n) for n in bodies) or "(?!)") + r")$",
                                       re.IGNORECASE)
        # "Russian tankers", "Chinese fishing boats": words that end on ships in the plural name a fleet.
        self._fleet = re.compile(r"\b(?:" + ("|".join(re.escape(n) for n in plurals) or "(?!)") + r")$", re.IGNORECASE)
        suffixes = sorted(cues["company_suffixes"], key=len, reverse=True)
        self._suffix_words = frozenset(w for s in suffixes for w in str(s).split())
        # "Morning Tide Trading Co. Ltd.", "Harbin Bluepeak Industrial Co., Ltd": suffixes in a row end one name.
        suffix = "(?:" + "|".join(re.escape(s) for s in suffixes) + ")"
        # "Chosun Kumgang Trading", "Korea Sinhung Trading Corporation": a body whose own name tells its country.
        self._own_names = [(str(country), re.compile(
            r"(?:(?:" + "|".join(re.escape(str(w)) for w in spec.get("openers", [])) + r")\s+[A-Z][\w'-]*"
            + "".join(r"|" + re.escape(str(opener)) + r"\s+(?:[A-Z][\w'-]*\s+){1,4}?(?:"
                      + "|".join(re.escape(str(e)).replace(r"\ ", r"\s+") for e in endings) + r")"
                      for opener, endings in spec.items() if opener != "openers") + r")(?![\w-])"))
            for country, spec in cues["own_names"].items()]
        self._company = re.compile(
            r"(?<![\w-])((?:[A-Z][\w&'.-]*\s+(?:(?:[A-Z][\w&'.-]*|&)\s+){0,4})?(?:[A-Z][\w&'.-]*)\s+" + suffix
            + r"(?:,?\s+" + suffix + r"(?![\w-]))*)(?![\w-])"
        )
        self._patterns = {
            "country": _alternation(self.countries, ignore_case=False, based=True),
            "party": _alternation(list(self.parties) + list(self.titles), ignore_case=False),
            "trigger": _alternation(self.trigger_kind, ignore_case=True),
            "hedge": _alternation(self.hedge_status, ignore_case=True),
            "denial": _alternation(cues["denials"], ignore_case=True),
            "not-denial": _alternation(cues["not_denials"], ignore_case=True),
            "not-trigger": _alternation(cues["not_triggers"], ignore_case=True),
            "ban": _alternation(cues["bans"], ignore_case=True),
            "not-ban": _alternation(cues["not_bans"], ignore_case=True),
            "trend": _alternation(cues["trends"], ignore_case=True),
            "habitual": _alternation(cues["habitual"], ignore_case=True),
            "figurative": _alternation(cues["figurative"], ignore_case=True),
            "ongoing": _alternation(cues["ongoing"], ignore_case=True),
            "reporting": _alternation(cues["reporting"], ignore_case=True),
            "perception": _alternation(cues["perception"], ignore_case=True),
            "designation": _alternation(cues["designations"], ignore_case=True),
            "proceeding": _alternation(cues["proceedings"], ignore_case=True),
            "making": _alternation(cues["making"], ignore_case=True),
            "anaphora": _alternation(cues["anaphora"], ignore_case=True),
            "toward": _alternation(cues["toward"], ignore_case=True),
            "from": _alternation(cues["from"], ignore_case=True),
            "by": _alternation(cues["by"], ignore_case=True),
            "with": _alternation(cues["with"], ignore_case=True),
            "holding": _alternation(cues["holdings"], ignore_case=True),
            "foreign": _alternation(cues["foreign"], ignore_case=False),
            "goods-anaphora": _counted_anaphora(_alternation(self.goods_anaphora, ignore_case=True)),
            "goods": _alternation(self.goods_words, ignore_case=True),
        }
        nouns = sorted({w for words in self.party_nouns.values() for w in words}, key=len, reverse=True)
        self._party_noun = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(re.escape(n) for n in nouns) + r")\b")
        self._vessel = re.compile(
            # "a Laos-flagged (Lao People's Democratic Republic) tanker": the flag spelled out after it.
            r"(?<![\w-])(?:[Tt]he\s+)?(?:(?P<flag>(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w-]*)-flagged,?\s+(?:\([^()]{1,60}\)\s+)?"
            # "a Togo-flagged, 1,850 gt tanker": the ship's size may stand between its flag and its kind.
            r"(?:\d[\d,.]*[- ]?(?:dwt|gt|grt|tons?|tonnes?)\s+)?)?"
            r"(?:(?:oil|product|chemical)\s+)?"
            r"(?:tanker|vessel|ship|freighter|cargo ship|bulk carrier|MV|M/V|MT|M/T)"
            # "a vessel named Sea Lark", "a tanker called the Morning Star", "a ship identified as the Blue Heron":
            # the name told after a word of naming.
            r"(?:\s+(?:named|called|identified\s+as|known\s+as)\s+(?:the\s+)?"
            # "the tanker Sam Jong 2", or set off by commas: "The vessel, Lighthouse Winmore, transferred", "a Russian
            # tanker, the Tsvetochny, unloaded"
            # "a North Korea-flagged tanker, KUM RYONG 5 owned by ...": or by the body that owns it.
            r"|\s+|,\s+(?:the\s+)?(?=[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+)){0,3}"
            r"(?:,|\s+(?:owned|operated|managed)\s+by\b)))"
            # "Sam Jong No. 2": a number after "No." is part of the name.
            r"([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+)){0,3}(?:(?<=No)\.\s?\d+\b)?|[\"“'‘][^\"”'’]{2,40}[\"”'’])"
        )
        # "the Patriot transferred oil", "The Xin Yan Tai took on the cargo": a name a ship's verb follows.
        self._sailing = re.compile(
            r"(?<![\w-])[Tt]he\s+((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3})(?:\s+|(?P<which>,\s+which\s+))"
            r"(?:had\s+|has\s+|was\s+|then\s+)?"
            r"(?:transferred|unloaded|offloaded|took on|loaded|sailed|docked|berthed|called at|arrived in|arrived at|"
            r"carried|carrying|made (?:at least )?\w+ calls|"
            # "The Morning Lark was involved in three transfers at sea": a ship that took part in transfers.
            r"conducted|carried out|engaged in|involved in|"
            r"entered (?:the\s+)?(?:[\w-]+\s+){0,2}(?:port|harbou?r|waters))\b")
        ship_name = r"(?P<{}>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+)){{0,3}})".format
        fleet = "|".join(re.escape(n) for n in plurals) or "(?!)"
        # "the tankers Sea Lark and Morning Star": two ships named after their kind in the plural.
        self._ship_pair = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:(?P<flag>(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w-]*?)"
                                     r"(?:-flagged|-registered)?\s+)?(?:" + fleet + r")\s+" + ship_name("a")
                                     + r"\s+and\s+(?:the\s+)?" + ship_name("b") + r"(?![\w-])")
        # "the Sea Lark and the Morning Star, two North Korean-flagged vessels": two names the words after them
        # count as ships.
        self._ships_counted = re.compile(
            r"(?<![\w-])[Tt]he\s+" + ship_name("a") + r"\s+and\s+the\s+" + ship_name("b")
            + r",\s+(?:the\s+)?(?:two|both)\s+"
            r"(?:(?P<flag>(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w-]*?)(?:-flagged|-registered)?\s+)?(?:" + fleet + r")\b")
        # "added 13 freighters to its commercial fleet": the verb, with the goods between it and the fleet.
        self._addition = re.compile(
            r"\b(" + "|".join(re.escape(str(v)) for v in cues["additions"]["verbs"]) + r")\s+[^.;:]{1,100}?\s+to\s+"
            r"(?:its|their|his|her|the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?:[\w-]+\s+){0,2}?(?:"
            + "|".join(re.escape(str(h)) for h in cues["additions"]["holders"]) + r")\b", re.IGNORECASE)
        self._boundaries = [str(b) for b in cues["boundaries"]]
        self._rule_on = re.compile(r"\b(?:" + "|".join(re.escape(str(n)) for n in cues["rule_nouns"])
                                   + r")\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
        nouns = sorted({w for words in self.party_nouns.values() for w in words}, key=len, reverse=True)
        self._appositive = re.compile(
            r"(?<![\w-])([A-Z][\w&'-]+(?:\s+(?:[A-Z][\w&'-]+|\d+)){0,3}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?("
            + "|".join(re.escape(n) for n in nouns) + r")\b")
        # "..., the ministry said": the noun phrase after the comma is a reporting verb's subject.
        self._reporting_next = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?)(?:" + "|".join(
            re.escape(v) for v in cues["reporting"] if " " not in v) + r")\b")
        # "The Bahamas-flagged ANL Australia": a ship named after its flag.
        # "the Togo-flagged 5,100-dwt Morning Lark": a ship's size may stand between its flag and its name.
        # "the then-Togo-flagged Morning Star": the flag it flew at the time.
        self._flagged = re.compile(r"(?<![\w-])(?:the\s+)?(?:then-|formerly\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w-]*-"
                                   r"(?:flagged|registered)\s+"
                                   r"(?:\d[\d,.]*[- ](?:dwt|gt|grt|ton|tons|tonne|tonnes)\s+)?"
                                   r"((?:[A-Z][\w-]*|\d+)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3}|"
                                   # 'the Panama-flagged "Silver Gannet"': a name in quotes.
                                   r"[\"“][^\"”]{2,40}[\"”])")
        # "The 4,800-ton Orchid Bay was held": a ship named after its tonnage.
        self._tonnage = re.compile(r"(?<![\w-])[Tt]he\s+\d[\d,.]*[- ](?:dwt|gt|grt|ton|tonne)\s+"
                                   r"((?:[A-Z][\w-]*|\d+)(?:\s+(?:[A-Z][\w-]*|\d+)){0,3})")

    def _add_pycountry(self) -> None:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name and "," in name:
                    # "Congo, The Democratic Republic of the" is written "Democratic Republic of the Congo";
                    # a list ("Bonaire, Sint Eustatius and Saba") is no inverted name and is left out.
                    head, _, rest = name.partition(", ")
                    name = f"{rest} {head}".removeprefix("The ") if re.search(r"\bof(?: the)?$", rest) else None
                if name and name not in self.countries:
                    self.countries[name] = (str(country.alpha_2), "name")

    def boundaries(self, text: str) -> list[int]:
        """Return the offsets in a sentence where one clause ends and another begins."""
        cuts: set[int] = set()
        lower = text.lower()
        aside_ends = {a.end() for a in _ASIDE.finditer(text)}
        sources = list(_SOURCE_ASIDE.finditer(text))
        for marker in self._boundaries:
            start = 0
            while (found := lower.find(marker, start)) >= 0:
                start = found + 1
                if marker.strip() in ("said", "says", "say", "told") and _SAID_WITHIN.search(lower, 0, found):
                    continue  # "ammunition that prosecutors said he planned to ship": the saying is within the clause
                if marker.strip() in ("reported", "said", "says") \
                        and _GERUND_OF_TRANSFER.match(lower, found + len(marker)):
                    continue  # "officers reported receiving pistols from ...": who reports the act is its subject
                if marker == " say " and not _AND_OTHERS.search(lower, 0, found):
                    continue  # "Japanese authorities say they arrested a smuggler": who says it may be the place meant
                if marker.strip().isalpha() and _DETERMINER_BEFORE.search(lower, 0, found):
                    continue  # "Russia supplied the reported cargo of oil": a word describing the noun, no clause
                if marker in (" while ", " whereas ") and _TOTAL_FOR_NEXT.match(text, found + len(marker)):
                    continue  # "came to 3,200 tonnes, whereas for linseed they reached 450": one total, told again
                if marker == " while " and self._goes_on(text, found + len(marker)):
                    continue  # "was intercepted while on its way to Eritrea": no subject of its own, the same clause
                if marker == ", which " and _CONTAINERS_BEFORE.search(text, 0, found) \
                        and _HOLDING_AFTER.match(text, found + len(marker)):
                    continue  # "13,000 containers to Laos, which could hold shells": what the containers sent hold
                if any(a.start() <= found < a.end() for a in sources):
                    continue  # "..., according to the filing, from Vanino to Gunsan": the clause goes on
                if _ASIDE.match(text, found) or found + len(marker) in aside_ends:
                    continue  # "received two dogs — named Gomi and Songgang — from Kim": an aside, the clause goes on
                cuts.add(found)
                cuts.add(found + len(marker))
        for span in _TIME_AFTER.finditer(text):
            # "took place on May 7, four months after Minsk began shipping rifles": an event of its own.
            cuts.update((span.start(), span.end()))
        return sorted(cuts)

    def _goes_on(self, text: str, at: int) -> bool:
        """The words at `at` go on the clause before them: where the goods were going, or a participle."""
        return bool(self._patterns["toward"].match(text, at) or _PARTICIPLE.match(text, at))

    def fleet(self, text: str) -> bool:
        """The words name ships in the plural ("Russian tankers", "Chinese fishing boats"): a fleet, not one ship."""
        return self._fleet.search(text) is not None

    def _city_of(self, name: str) -> str | None:
        """The country of a body named first by its city: "Dandong Dongyuan Industrial", "Dalian Global Unity
        Shipping", "the Havana Zoo" (a city, port, province or capital of the gazetteer, not a country, whose name
        may be part of a body's own)."""
        city = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+[A-Z]", name)
        for words in ([city.group(1), city.group(1).split()[0]] if city is not None else []):
            seat = self.countries.get(words)
            if seat is not None and seat[1] in ("place", "metonym"):
                return seat[0]
        return None

    def short_name(self, name: str) -> str | None:
        """The word a body named first by its city or by a word of its country may be named by again: "Dongyuan" for
        "Dandong Dongyuan Industrial Co.", "Kumsan" for "Korea Kumsan Trading Corporation"; and the first word of a
        name whose other words are all a body's endings: "Chongsong" for "Chongsong Trading Corporation"."""
        words = name.split()
        if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) and words[0] not in self._suffix_words \
                and all(w in self._suffix_words for w in words[1:]) and words[0] not in self.countries:
            return words[0]
        if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z]{3,}", words[1]) or words[1] in self._suffix_words:
            return None
        seat = self.countries.get(words[0])
        if (seat is None or seat[1] not in ("place", "metonym")) and self._own_name_country(name) is None:
            return None
        return words[1]

    def _own_name_country(self, name: str) -> str | None:
        """The country a body's own name tells: "Chosun Kumgang Trading", "Korea Sinhung Trading Corporation" are
        North Korean (a name opening with "Korea" only with the endings North Korean bodies use)."""
        for country, pattern in self._own_names:
            if pattern.match(name):
                return country
        return None

    def find(self, text: str) -> list[Mention]:
        """Return every mention in a sentence, leftmost-longest within each kind."""
        found: list[Mention] = []
        for kind, pattern in self._patterns.items():
            if kind == "country":
                # Overlapping names are all found and the longest kept later: "the North" must not hide
                # "North Korean" in "the North Korean tanker".
                position = 0
                while (match := pattern.search(text, position)) is not None:
                    found.append(self._mention(kind, match))
                    position = match.start() + 1
                continue
            for match in pattern.finditer(text):
                if kind == "proceeding" and _NAMED_ASIDE.match(text, match.start()) is not None \
                        and re.search(r"(?:,|--|[—–])\s*$", text[:match.start()]):
                    continue  # "a pair of dogs - named "Rex" and "Max" - from ...": what the goods are called
                word = match.group(0).lower()
                if kind == "toward" and ((word == "into" and _LOOKED_INTO.search(text, 0, match.start()))
                                         or (word == "to" and _TO_LOOK_INTO.match(text, match.end()))):
                    continue  # "started to look into the Panamanian freighter": what is examined, not where goods went
                found.append(self._mention(kind, match))
        for match in _LOADED_CARRIER_ENTERED.finditer(text):
            # "Trucks carrying refrigerators entered Laos": where a loaded truck or train went is where its goods went.
            found.append(Mention("toward", match.start("word"), match.end("word"), match.group("word")))
        owned: list[tuple[int, int]] = []
        for match in self._company.finditer(text):
            name = match.group(1)
            # "The Korea ... Corporation": drop a leading article or sentence-initial function word.
            head = re.match(r"(?:The|A|An|In|On|At|By|Both)\s+", name)
            offset = head.end() if head else 0
            # "Taiwan's Silverline Optics Co.", "Shanghai's Gold-Harbor Supply Co": the place that owns the name
            # is the company's country, not a word of its name.
            owner = re.match(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-Z])", name[offset:])
            owner_place = self.countries.get(owner.group(1)) if owner is not None else None
            possessor = owner
            if owner is None or owner_place is None:
                # "Kobe-based Tanaka Trading Co.", "the Macau-registered Golden Reef Co": where the company is based
                # or registered, before its name, is its country, not a word of its name.
                owner = _BASED_BEFORE.match(name[offset:])
                owner_place = self.countries.get(owner.group(1)) if owner is not None else None
            if owner is None or owner_place is None:
                # "the North Korean Kumsong Shipping Corporation": a people's adjective before a name of at least
                # two more words is the company's country, not a word of its name.
                rest = name[offset:]
                owner = next((m for m in (_DEMONYM_BEFORE.match(rest), _ONE_DEMONYM_BEFORE.match(rest))
                              if m is not None and m.group(1) in self.countries), None)
                if owner is None or self.countries[owner.group(1)][1] != "demonym" \
                        or len(rest[owner.end():].split()) < 2:
                    owner = None
                owner_place = self.countries[owner.group(1)] if owner is not None else None
            if owner is not None and owner_place is not None:
                # The place is said by the company's country: no party of its own.
                owned.append((match.start(1) + offset, match.start(1) + offset + len(owner.group(1))))
                offset += owner.end()
            elif possessor is not None and len(name[offset + possessor.end():].split()) >= 3:
                # "Sun's Dandong Dongyuan Industrial Co.": the owner a possessive names is no word of the body's name.
                offset += possessor.end()
            found.append(Mention("organization", match.start(1) + offset, match.end(1), name[offset:],
                                 value=name[offset:], detail="company",
                                 country=owner_place[0] if owner_place else self._city_of(name[offset:])
                                 or self._own_name_country(name[offset:])))
        found = [m for m in found if not (m.kind == "country" and (m.start, m.end) in owned)]
        places = [(m.start, m.end) for m in found if m.kind == "country"]
        for match in self._appositive.finditer(text):
            # "Glocom, a company the panel describes as a front": a name the next words say is a body.
            name = match.group(1)
            begin = match.start(1)
            if name.startswith("The ") and match.group(2).lower() in self.party_nouns["vessel"] \
                    and _norm(name[4:]) not in self._country_by_key and name[4:] not in self.parties:
                # "The Vityaz, a Russian-flagged tanker": a ship is written with its article.
                name, begin = name[4:], begin + 4
            if name.split()[0] in _NOT_NAMES or (" " not in name and name.endswith("ly")):
                continue  # "However, the vessel", "Separately, a tanker": a sentence's opening word, not a name
            if _DATE_NAME.fullmatch(name):
                continue  # "to a North Korean vessel on Oct 19, the official said": a date, not a name
            if match.span(1) in places and re.match(r"\s+(?:" + "|".join(
                    re.escape(n) for n in self.party_nouns["person"]) + r")\b", text[match.end(2):]):
                continue  # "tractors to Pyongyang, a trade ministry official said": a person, not the place
            if match.span(1) in places and self._reporting_next.match(text, match.end(2)) \
                    and re.search(r"\b(?:to|for|into|by)\s+(?:(?:the|a|an)\s+[\w-]+\s+in\s+)?$",
                                  text[:match.start(1)]):
                # "medicines to North Korea, the foreign ministry said", "to the zoo in Pyongyang, the ministry
                # said", "were provided by Belarus, an official has said": who says so, not what the place is
                continue
            noun = match.group(2).lower()
            if match.span(1) in places and noun in self.party_nouns["country"]:
                continue  # "from Nampo, the North's main port, to Dalian": a place the words after it describe
            kind = "person" if noun in self.party_nouns["person"] else \
                "vessel" if noun in self.party_nouns["vessel"] else "organization"
            found.append(Mention(kind, begin, match.end(1), name, value=name, detail="appositive",
                                 country=self._city_of(name) or self._own_name_country(name)
                                 if kind == "organization" else None))
        for match in _PERSON_AFTER_ROLE.finditer(text):
            words = match.group("name").split()
            # "owner Dalian Ocean", "trader Lin Wei Monday": no name of a place, a month or a sentence's opener, and
            # a name of at least two words.
            while words and (words[-1] in self.countries or words[-1] in _NOT_NAMES or _DATE_NAME.fullmatch(words[-1])):
                words.pop()
            if len(words) < 2 or words[0] in self.countries or words[0] in _NOT_NAMES:
                continue
            name = " ".join(words)
            found.append(Mention("person", match.start("name"), match.start("name") + len(name), name, value=name,
                                 detail="name after role"))
        for match in self._vessel.finditer(text):
            if self._country_by_key.get(_norm(match.group(2)), (None, ""))[1].startswith("demonym"):
                continue  # "used to ship North Korean coal": the verb and the goods' country, not a ship
            if _DATE_NAME.fullmatch(match.group(2)):
                continue  # "to a North Korean tanker March 3": the day of the transfer, not the ship's name
            # "the North Korean-flagged tanker Ji Song 6" is North Korea's, as a ship named after its flag is.
            country = self.flag_country(match.group("flag")) if match.group("flag") else None
            found.append(Mention("vessel", match.start(), match.end(), match.group(0),
                                 value=match.group(2).strip("\"“'‘”’"), detail="vessel", country=country))
        for match in [*self._ship_pair.finditer(text), *self._ships_counted.finditer(text)]:
            # Each of two ships named together is a ship of its own, under the flag told for both.
            country = self.flag_country(match.group("flag")) if match.group("flag") else None
            for group in ("a", "b"):
                name = match.group(group)
                if _norm(name) in self._country_by_key or name in self.parties or name.split()[0] in _NOT_NAMES:
                    break
                found.append(Mention("vessel", match.start(group), match.end(group), name, value=name,
                                     detail="vessel", country=country))
        for match in self._sailing.finditer(text):
            name, begin = match.group(1), match.start(1)
            bound = re.match(r"[\w.'’ ]+?-bound\s+", name)
            if bound:
                # "The Iraq-bound Mu San was carrying sugar": where the ship was bound is no part of its name.
                name, begin = name[bound.end():], begin + bound.end()
            # "The Sevastopol, which arrived in Busan": a ship may bear a city's name; one that arrives sails.
            place = _norm(name) in self._country_by_key and not match.group("which")
            if place or name in self.parties or name.split()[0] in (
                    "United", "Republic", "Democratic", "Government", "Ministry", "Panel", "Treasury", "Kremlin"):
                continue
            found.append(Mention("vessel", begin, match.end(1), name, value=name, detail="vessel"))
        for match in self._flagged.finditer(text):
            # "the North Korean-flagged Chong Rim 2" is North Korea's; a ship under an open registry's
            # flag ("Togo-flagged") is no country's.
            told = match.group(0)
            flag = re.sub(r"^the\s+", "", told[:re.search(r"-(?:flagged|registered)\b", told).start()],  # type: ignore[union-attr]
                          flags=re.IGNORECASE)
            found.append(Mention("vessel", match.start(), match.end(), match.group(0),
                                 value=match.group(1).strip("\"“'‘”’"), detail="vessel",
                                 country=self.flag_country(flag)))
        for match in self._tonnage.finditer(text):
            if _norm(match.group(1)) in self._country_by_key or match.group(1).split()[0] in _NOT_NAMES:
                continue  # "the 9,300-ton Belize tanker": the ship's flag, not its name
            found.append(Mention("vessel", match.start(1), match.end(1), match.group(1), value=match.group(1),
                                 detail="vessel"))
        for match in _SPLIT_SHIP.finditer(text):
            # "planned to illegally ship the technology": "to ship" with an adverb between.
            kind, role = self.trigger_kind["to ship"]
            found.append(Mention("trigger", match.start(1), match.end(1), match.group(1), value=kind, role=role))
        for match in self._fired_foreign.finditer(text):
            # "Moscow fired a North Korean missile": the firer received the weapon from the country that made it; a
            # party firing its own country's weapons ("Chad fired Chadian rockets") received nothing.
            made_by = self.countries[self._fired_made_by.search(match.group(0)).group(0)][0]  # type: ignore[union-attr]
            before = text[max(0, match.start() - 80):match.start()]
            if any(code == made_by and re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", before)
                   for word, (code, _) in self.countries.items()):
                continue
            kind, role = self.trigger_kind["imported"]
            found.append(Mention("trigger", match.start(1), match.end(1), match.group(1), value=kind, role=role))
        for match in self._addition.finditer(text):
            # "has added two tankers to its fleet": ships received.
            kind, role = self.trigger_kind["imported"]
            found.append(Mention("trigger", match.start(1), match.end(1), match.group(1), value=kind, role=role))
        found.extend(self._hs_goods(text))
        waters = [match.span() for match in _WATERS.finditer(text)]
        # "Damascus has never acknowledged the deals", "Seoul has not confirmed": no one confirms.
        found = [m for m in found if not (m.kind == "hedge" and m.value == "confirmed" and re.search(
            r"\b(?:never|not|n't|no longer|yet to|refused to|declined to)\s+(?:[\w-]+\s+)?$", text[:m.start],
            re.IGNORECASE))]
        # "Police are set to arrest two men on suspicion of exporting": the case is planned, not the transfer.
        found = [m for m in found if not (m.kind == "hedge" and m.value == "planned"
                                          and self._planned_case.match(text, m.end))]
        # "the foreign exchange law": a transfer word inside a phrase that names money or a law is none.
        not_triggers = [(m.start, m.end) for m in found if m.kind == "not-trigger"]
        found = [m for m in found if m.kind != "not-trigger" and not (
            m.kind == "trigger" and any(a <= m.start < b for a, b in not_triggers))]
        # "under the Regulation of Imports and Exports", "the Arms Export Control Act": a transfer word in the name of a
        # law names no transfer.
        laws = [match.span() for match in _LAW_NAME.finditer(text)]
        found = [m for m in found if not (m.kind == "trigger" and m.text[:1].isupper()
                                          and any(a <= m.start and m.end <= b for a, b in laws))]
        # "customs found in August that firms had imported coal": a finding told by what it found, no seizure.
        found = [m for m in found if not (m.kind == "trigger" and m.role == "seize"
                                          and m.text.lower() in ("found", "discovered", "uncovered")
                                          and _FINDING_THAT.match(text, m.end))]
        # "not going to its claimed destination": a word of hedging between an article or a possessive and a noun
        # other than a transfer's describes the noun, not the transfer ("the alleged sale" stays a hedge).
        transfers = {m.start for m in found if m.kind == "trigger"}
        # "could have been sent": a past possibility hedges the transfer; "could have" alone stays a condition.
        not_bans = [(m.start, m.end) for m in found if m.kind == "not-ban"]
        found = [m for m in found if not (m.kind == "ban" and any(a <= m.start < b for a, b in not_bans))]
        # "up from 200 tonnes a year earlier": a figure compared with the year before, not a yearly rate.
        found = [m for m in found if not (m.kind == "habitual" and _A_YEAR_BACK.match(text, m.end))]
        # "rockets that are often defective": a habit of the goods told in a relative clause, not of the transfer.
        found = [m for m in found if not (m.kind == "habitual" and _DESCRIBES_BEFORE.search(text, 0, m.start)
                                          and _QUALITY_AFTER.match(text, m.end))]
        found = [m for m in found if not (
            m.kind == "hedge" and " " not in m.text
            and re.search(r"\b(?:its|their|his|her|the|a|an)\s+$", text[:m.start], re.IGNORECASE)
            and (space := re.match(r"\s+[a-z]", text[m.end:])) is not None
            and m.end + space.end() - 1 not in transfers)]
        found = [m for m in found if not (m.kind == "goods" and _made_by_party(m, found, text))]
        # "breached the North Korea Sanctions Regulations": no shorter country inside the rules' name ("the North").
        rules = [(m.start, m.end) for m in found if m.kind == "country" and _ITS_RULES.match(text, m.end)]
        found = [m for m in found if not (m.kind == "country" and any(
            m.start < b and a < m.end <= b and (m.start, m.end) != (a, b) for a, b in rules))]
        # "violated the North Korea sanctions by selling copper": the country the rules are named after is where
        # the goods went, though no side the words of the transfer name.
        found = [replace(m, kind="rules") if m.kind == "country" and m.country
                 and _RULES_BY.match(text, m.end) and self.broke_named.search(text, 0, m.start) else m
                 for m in found]
        # "missile technology", "drone know-how", "satellite-related technologies": knowledge named by goods keeps the
        # goods word (or none), never a goods line of its own.
        found = [m for m in found if not (m.kind == "goods" and _KNOWLEDGE.fullmatch(m.text) and (
            _RELATED_BEFORE.search(text, 0, m.start)
            or any(g.kind == "goods" and g.end <= m.start and re.fullmatch(r"[\s-]*", text[g.end:m.start])
                   for g in found)))]
        return [m for m in found if not (m.kind == "goods" and self._not_goods(m, text))
                and not (m.kind == "country" and (any(a <= m.start and m.end <= b for a, b in waters)
                                                  or _MONEY.match(text, m.end) or text[:m.start].endswith("$")
                                                  or _MONEY_WAY.match(text, m.end)
                                                  or (_BANKS.match(text, m.end) and _THROUGH.search(text, 0, m.start))
                                                  or _PAID_THROUGH.search(text, max(0, m.start - 90), m.start)
                                                  or _ITS_RULES.match(text, m.end)))]

    def flag_country(self, flag: str) -> str | None:
        """The country of a ship's flag ("North Korean"), none for an open registry's ("Togo")."""
        country = self._country_by_key.get(_norm(flag), (None, ""))[0]
        return None if country in self.open_registries else country

    def _not_goods(self, mention: Mention, text: str) -> bool:
        """Words that name how goods travel or a limit ("by rail", "the annual cap"), not goods, and goods
        words that only describe the noun after them ("satellite images", "weapons programmes")."""
        if _norm(mention.text).lower() in self.not_goods:
            return True
        if re.fullmatch(r"monitor", mention.text.lower()) and _WILL_DO.search(text, max(0, mention.start - 40),
                                                                             mention.start):
            return True  # "will closely monitor developments": the verb, not a screen
        if mention.text.lower() == "ship" and _WILL_DO.search(text, max(0, mention.start - 40), mention.start):
            return True  # "will ship coal", "plans to ship rice": the verb of sending, not a vessel moved
        if re.fullmatch(r"chains?", mention.text.lower()) and re.search(r"\b(?:supply|value)\s+$",
                                                                        text[max(0, mention.start - 12):mention.start],
                                                                        re.IGNORECASE):
            return True  # "buyers at the end of the supply chain": the path goods take, not chains sold
        if re.fullmatch(r"Mills?|Factory|Works|Plant|Complex", mention.text) \
                and re.search(r"(?<![.:;!?]\s)\b[A-Z][\w'’-]*\s+$", text[:mention.start]):
            return True  # "offered guidance to the Kusong Textile Mill": a works named, not a textile mill shipped
        if _LIKENED_TO.search(text, 0, mention.start) and _LIKENED_END.match(text, mention.end):
            return True  # "900 tonnes – or about 90 city buses worth – of wigs": a size likened, not goods
        if mention.text == "ago":
            return True  # "a month and a half ago": a word of time; only the capitals "AGO" name automotive gas oil
        if re.search(r"\bbearing$", mention.text.lower()) and _BEARING_WHAT.match(text, mention.end):
            return True  # "came bearing gifts", "a tanker bearing the name": carrying, not ball bearings
        if re.search(r"\bties$", mention.text.lower()) and (_TIES_KIND.search(text, 0, mention.start)
                                                             or re.match(r"\s+(?:between|with)\b", text[mention.end:])
                                                             or (re.match(r"\s+to\b", text[mention.end:]) and re.search(
                                                                 r"\bwith\s+(?:close\s+|strong\s+|direct\s+)?$",
                                                                 text[:mention.start]))):
            # "closer military ties between the two states", "vessels with ties to the army": relations, not neckties
            return True
        if re.fullmatch(r"(?:[A-Z][\w-]+\s+)?ties", mention.text) and re.search(
                r"\bwith\s+(?:[A-Z][\w-]+\s+(?:or|and)\s+)?(?:[A-Z][\w-]+\s+)?$", text[:mention.start]) \
                and re.search(r"[A-Z][\w-]+\s+ties$", text[:mention.end]):
            return True  # "firms with Chinese or Russian ties": whom they are linked to, not neckties
        if re.fullmatch(r"dates", mention.text, re.IGNORECASE) and re.match(r"\s+back\b", text[mention.end:]):
            return True  # "a friendship that dates back to 1949": a verb of time, not the fruit
        if re.search(r"\blogs$", mention.text.lower()) and _LOGS_KIND.search(text, 0, mention.start):
            return True  # "falsified navigation logs": a ship's records, not timber
        if mention.text.lower() in _ANY_GOODS and _ANY_BEFORE.search(text, max(0, mention.start - 80), mention.start) \
                and not _NEGATED_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            # "forbidden to sell them any goods": no goods of a told transfer ("had not ordered any
            # goods" denies one, and stays)
            return True
        if _DESCRIBES_NEXT.match(text, mention.end):
            return True
        if (whole := _A_WHOLE.match(text, mention.start)) is not None and mention.end == whole.end(1):
            return True  # "the aggregate value of luxury goods": a whole, not gravel
        if self._body_ending.search(text, 0, mention.end) and not self._body_ending.search(mention.text):
            return True  # "a British think tank": a body whose name ends on a goods word, not the goods
        if _BROADCASTER.search(text[:mention.start]) and re.fullmatch(r"(?:television|tv|radio|media)",
                                                                      mention.text.lower()):
            return True  # "state television": a broadcaster, not television sets
        if re.fullmatch(r"(?:[\w-]+\s+){0,2}(?:vessel|ship|tanker|freighter|boat|barge|carrier|plane|aircraft|"
                        r"train|truck|lorry|lorries|ferry|ferries|airliner|flight)s?",
                        mention.text.lower()) and re.search(
                r"\b(?:aboard|on board|onto|on|by|via|from|between)\s+(?:the\s+|a\s+|an\s+|two\s+)?(?:[\w-]+\s+){0,3}$",
                text[:mention.start]):
            # "reached Busan aboard a Panamanian-flagged container vessel", "aboard navy landing ships", "carried on
            # the ferry Man Gyong Bong", "transfers between ships off the coast", "handed over fuel via fishing boat"
            return True
        if re.fullmatch(r"(?:[\w-]+\s+){0,2}(?:vessel|ship|tanker|freighter|boat|barge|train|truck)s?",
                        mention.text.lower()) and _CARRIER_MOVES_NEXT.match(text, mention.end):
            return True  # "frequent ship movements", "train traffic": carriers coming and going, not goods
        if _CARRIER_WORD.fullmatch(mention.text.lower()) and (
                (_CARRIER_SOUGHT.search(text, 0, mention.start) and _CARRIER_TO_MOVE.match(text, mention.end))
                or (_HIRED_BEFORE.search(text, 0, mention.start) and _THEN_LOADED.match(text, mention.end))):
            # "looking for a ship to carry ore", "chartered a cargo ship, had it loaded with coal": the carrier
            # sought or hired for the goods named next, not goods bought
            return True
        if re.fullmatch(r"(?:vessel|ship|boat)s?", mention.text.lower()) \
                and re.match(r"-to-", text[mention.end:]) \
                and re.search(r"(?:^|[,;:(]|\b(?:including|in|of|for|and|or|the|a|its|their|such as))\s*$",
                              text[:mention.start], re.IGNORECASE):
            return True  # "evasive tactics at sea, including ship-to-ship transfers": the way goods move at sea
        if re.fullmatch(r"(?:shipping|cargo|freight)\s+containers?", mention.text.lower()) and re.search(
                r"\b(?:in|inside|within|into|contents\s+of)\s+(?:(?:the|his|her|their|its|two|three|several)\s+)?$",
                text[:mention.start], re.IGNORECASE):
            return True  # "hid the rifles inside shipping containers", "the contents of his containers": the box
        if re.fullmatch(r"(?:shipping|cargo|freight)\s+containers?", mention.text.lower()) \
                and _BOX_HOLDS.match(text, mention.end):
            return True  # "two shipping containers loaded at Dalian were carrying shells": the box, the shells goods
        if re.fullmatch(r"[A-Z][a-z]+", mention.text) and _NAMED_BEFORE.search(text, 0, mention.start) \
                and not makes(mention.text) and not _title_cased(text):
            return True  # "ships including the Morning Glory and the Golden Bull": a word of a ship's name
        if _PAPERS_CALLED.search(text, 0, mention.start) and _FOUND_TO_BE.match(text, mention.end):
            return True  # "carrying what the manifest called tractors were found to hold shells": the cover story
        if re.fullmatch(r"(?:[\w-]+\s+){0,3}(?:truck|lorry|lorries|van|vehicle|wagon|train|plane|aircraft|vessel|ship|"
                        r"boat|barge|ferry|ferries)s?", mention.text.lower()) \
                and _CARRIED_IN.search(text[:mention.start]):
            return True  # "arrived at the checkpoint in three specially equipped trucks": what carried the goods
        if re.fullmatch(r"(?:vessel|ship|tanker|freighter|boat|barge|carrier)s?", mention.text.lower()) and re.match(
                r"\s+(?:called at|calls at|docked|berthed)\b", text[mention.end:]):
            return True  # "when the freighter called at Busan": the ship sails, it is not the goods
        if re.fullmatch(r"(?:vessel|ship|tanker|freighter|boat|barge|carrier|plane|aircraft|truck|lorry|train)",
                        mention.text.lower()) and re.match(r"['’]s\s", text[mention.end:]):
            return True  # "a ship's cargo of anthracite", "the tanker's crew": what the ship holds or has
        if re.fullmatch(r"(?:vessel|ship|tanker|freighter|boat|barge|carrier|truck|lorry|lorrie|train)s",
                        mention.text.lower()) and re.match(r"['’]\s", text[mention.end:]):
            return True  # "falsifying their ships' identities": what the ships have
        if re.fullmatch(r"(?:[\w-]+\s+){0,2}(?:vessel|ship|tanker|freighter|boat|barge|carrier)",
                        mention.text.lower()) \
                and re.search(r"\b[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3},\s+(?:a|an)\s+$", text[:mention.start]) \
                and re.match(r"\s+(?:registered|flagged|owned|operated|managed|flying|belonging)\b",
                             text[mention.end:]):
            return True  # "by Blue Dawn, a ship registered in Togo": the ship named just before, the carrier
        if re.search(r"\b(?:on|aboard)\s+$", text[:mention.start]) and mention.text.lower() == "board":
            return True  # "on board"
        if (_PURPOSE_BEFORE.search(text[:mention.start]) and not _SHIP_USED_TO_CARRY.search(text[:mention.start])) \
                or (_USE_BEFORE.search(text[:mention.start]) and not _TRANSFERS_NEXT.match(text, mention.end)) \
                or _CARRIER_CLAUSE_BEFORE.search(text[:mention.start]) or _SERVES_BEFORE.search(text[:mention.start]):
            return True  # "trucks designed to carry heavy missiles": what other goods serve for
        if _DEPICTED.search(text[:mention.start]):
            return True  # "photos of missiles", "a replica of a tank": what is shown, not what is moved
        if _SPEAKS.match(text, mention.end) or _SPOKEN_TO.search(text[:mention.start]):
            return True  # "UN sanctions monitors said", "told the monitors": who speaks, not computer monitors
        if re.fullmatch(r"papers|documents", mention.text.lower()) and re.search(r"(?:['’]s|\b(?:its|their))\s+$",
                                                                            text[:mention.start]):
            return True  # "the freighter's papers": what a ship or a trader declares, not paper
        if re.match(r"\s+(?:trade|trafficking)\b", text[mention.end:]) \
                and re.search(r"\b(?:through|via)\s+(?:(?:the|an?|illicit|illegal|clandestine|covert)\s+)*$",
                              text[:mention.start], re.IGNORECASE):
            return True  # "obtained the F-7 through illicit arms trade": the way the goods came, not the goods
        if _COMPOUND_NEXT.match(text, mention.end):
            return True  # "a submarine-launched design", "truck-mounted launchers": the goods word describes the next
        if re.fullmatch(r"(?:[\w-]+\s+)?(?:mill|mills|refinery|refineries|smelter|smelters)", mention.text.lower()) \
                and re.search(r"\b(?:for|to|at|in|into)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?$",
                              text[:mention.start]):
            return True  # "to be unloaded for a feed mill": the place the goods go to, not goods
        if mention.text.lower() in ("newspaper", "newspapers", "paper", "magazine") and re.search(
                r"\b(?:this|our|by\s+the|told\s+the|to\s+the)\s+$", text[:mention.start], re.IGNORECASE):
            return True  # "emails seen by this newspaper": the one who reports, not newsprint
        if self._rule_on.search(text[:mention.start]):
            return True  # "since the UN ban on luxury goods": what a rule covers, not goods moved
        if _BANNED_FROM.search(text[:mention.start]):
            return True  # "banning the country from selling coal, iron ore and seafood abroad": what a rule covers
        if re.search(r"\bno\s+(?:[\w-]+\s+){0,2}$", text[:mention.start]):
            return True  # "no prohibited goods"
        if mention.text.lower() in ("fan", "fans") and not re.search(
                r"\b(?:electric|ceiling|desk|table|floor|industrial|cooling|exhaust|ventilation|extractor)\s+$",
                text[:mention.start], re.IGNORECASE):
            return True  # "South Korean fans gave the players flowers": supporters, not electric fans
        if mention.text.lower() == "ship" and re.search(r"\bto\s+(?:\w+ly\s+)+$", text[:mention.start], re.IGNORECASE):
            return True  # "planned to illegally ship the technology": the verb, not a ship
        if mention.text.lower() == "umbrella" and re.search(r"\bunder\s+(?:the|an?|its|their)\s+$",
                                                              text[:mention.start], re.IGNORECASE):
            return True  # "under the umbrella of a trading bureau": run by it, not an umbrella
        if mention.text.lower() == "match":
            return True  # "a football match": a game; matches to light are told in the plural
        if " " not in mention.text.strip() and mention.text.lower().endswith("s") \
                and re.search(r"\b(?:that|which|who)\s+$", text[:mention.start], re.IGNORECASE) \
                and re.match(r"\s+(?:the|a|an|its|their|his|her)\s", text[mention.end:], re.IGNORECASE):
            return True  # "a freighter that matches the size of", "a firm which ships the parts": a verb
        if _ESCORTS.search(mention.text) and (_ESCORTING_AFTER.match(text, mention.end)
                                              or _ESCORTED_BY.search(text, 0, mention.start)):
            return True  # "sent a frigate to escort the freighter", "escorted by two corvettes": a guard, not goods
        if _ESCORTS.search(mention.text) and _WATCHING_AFTER.match(text, mention.end) \
                and re.search(r"\b(?:frigates?|corvettes?|destroyers?|warships?|cruisers?|patrol|naval|navy|aircraft|"
                              r"planes?|helicopters?)\b", mention.text, re.IGNORECASE):
            return True  # "a frigate from the navy observed the transfer": who watched, not goods
        if _ESCORTS.search(mention.text) and _UNDER_WAY_AFTER.match(text, mention.end):
            return True  # "warned of a vessel steaming towards the canal": the ship under way carries, it is not goods
        if mention.text.lower() == "rose" and re.match(r"\s+(?:(?:almost|nearly|about|some|around|roughly|more\s+than|"
                                                       r"over|just)\s+)?(?:by\s+|to\s+|from\s+|\d|sharply|slightly|"
                                                       r"steadily)", text[mention.end:]):
            return True  # "exports rose 10 percent", "rose almost 30 percent": a verb, not roses
        if mention.text.lower() in ("mine", "mines") and re.search(
                r"\b(?:coal|iron|ore|gold|silver|copper|zinc|lead|magnesite|uranium|rare earth|molybdenum)\s+$",
                text[:mention.start], re.IGNORECASE):
            return True  # "an iron mine": a place, not mines
        if re.fullmatch(r"(?:[\w-]+\s+){0,2}mines?", mention.text, re.IGNORECASE) and re.search(
                r"\bfrom\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Z][\w-]*\s+){0,2}$", text[:mention.start]):
            return True  # "copper from the Toquepala mine": where the goods were dug, not mines
        if mention.text.lower() == "ago" and re.search(r"\b(?:years?|months?|weeks?|days?|decades?)\s+$",
                                                        text[:mention.start], re.IGNORECASE):
            return True  # "twenty years ago", not automotive gas oil
        # "by rail", "by sea": how goods travel; but "followed by sugar" names the next goods of a list.
        return re.search(r"\bby\s+$", text[:mention.start]) is not None \
            and re.search(r"\bfollowed\s+by\s+$", text[:mention.start], re.IGNORECASE) is None

    def generic(self, description: str) -> bool:
        """True for words that name goods of any kind ("the cargo", "goods")."""
        words = _norm(description).lower().split()
        return bool(words) and self.goods_chapter.get(" ".join(words[-2:]), self.goods_chapter.get(words[-1])) == ""

    def kind_apart(self, description: str) -> int | None:
        """The kind of goods (of the `apart` list) a description's last word names, if any ("cruise missiles")."""
        words = _norm(description).lower().split()
        return self.apart_kinds.get(words[-1]) if words else None

    def broad(self, description: str) -> bool:
        """True when a description's last words name goods of any heading of their chapter ("small arms")."""
        words = _norm(description).lower().split()
        if words and f"{words[-1]}s" in self.broad_goods:
            # "the spirit" in the singular is as broad as "spirits".
            return True
        return any(" ".join(words[-n:]) in self.broad_goods for n in (1, 2, 3) if len(words) >= n)

    def chapter(self, description: str) -> str | None:
        """The HS chapter the goods of a description usually fall in, to tell the same kind of goods."""
        heading = goods_heading(description)
        if heading is not None:
            return heading[:2]
        family = self._listed(description)
        return family[:2] if family else None

    def family(self, description: str) -> str | None:
        """The HS heading of a description when known (from the HS gazetteer or goods.yaml), else its chapter."""
        return goods_heading(description) or self._listed(description) or None

    def _listed(self, description: str) -> str | None:
        words = _norm(description).lower()
        for word in sorted(self.goods_chapter, key=len, reverse=True):
            if re.search(rf"\b{re.escape(word)}\b", words):
                return self.goods_chapter[word] or None
        return None

    def _mention(self, kind: str, match: re.Match[str]) -> Mention:
        text = match.group(0)
        key = _norm(text)
        if kind == "country":
            code, how = self._country_by_key[key]
            return Mention("country", match.start(), match.end(), text, value=code, country=code, detail=how)
        if kind == "party":
            entry = self._party_by_key.get(key)
            title = entry is None
            if entry is None:
                entry = self._title_by_key[key]
            return Mention(entry.type if not entry.media else "media", match.start(), match.end(), text,
                           value=entry.name, country=entry.country, detail="title" if title else "name")
        if kind == "trigger":
            trigger, role = self.trigger_kind[key.lower()]
            return Mention("trigger", match.start(), match.end(), text, value=trigger, role=role)
        if kind == "hedge":
            return Mention("hedge", match.start(), match.end(), text, value=self.hedge_status[key.lower()])
        return Mention(kind, match.start(), match.end(), text, value=key.lower())

    def _hs_goods(self, text: str) -> list[Mention]:
        from sanctioneer.hs.gazetteer import load_gazetteer

        found: list[Mention] = []
        cursor = 0
        for hit in load_gazetteer().find(text):
            if hit.term.kind not in _GOODS_KINDS:
                continue
            start = text.find(hit.matched, cursor)
            if start < 0:
                continue
            cursor = start + len(hit.matched)
            found.append(Mention("goods", start, cursor, hit.matched, value=hit.term.text, detail=hit.term.kind))
        return found

    def party_noun_after(self, text: str, position: int) -> tuple[str, int] | None:
        """Return the kind of unnamed party ("a Chinese company": organization) and the end of its noun."""
        match = self._party_noun.match(text, position)
        if match is None:
            return None
        noun = match.group(1)
        for kind, words in self.party_nouns.items():
            if noun in words:
                return kind, match.end(1)
        return None


# "penalties banning Laos from selling timber, tin and rubber": the goods a party is barred from trading, a rule.
_BANNED_FROM = re.compile(r"\b(?:bans?|banned|banning|bars?|barred|barring|prohibits?|prohibited|prohibiting|forbids?|"
                          r"forbade|forbidding|forbidden)\s+(?:[\w'’.-]+\s+){1,4}?from\s+(?:[a-z]+ing\s*(?:,|or|and)\s+"
                          r")*[a-z]+ing\s+(?:(?!\b(?:but|while|although|though|then|whereas)\b)[^.;:]){0,80}$",
                          re.IGNORECASE)


def _read(name: str) -> Any:
    path = _DATA / name
    return read_yaml(path.read_text(encoding="utf-8"), name=f"evidence/data/{name}", packaged=True)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the packaged lexicon once per process."""
    return Lexicon(places=_places(_read("places.yaml"), _read("world.yaml")), people=_read("people.yaml"),
                   cues=_read("cues.yaml"), goods=_read("goods.yaml"))


def _places(tuned: dict[str, Any], world: dict[str, Any]) -> dict[str, Any]:
    """The hand-tuned places with the world's demonyms and capitals added to each country's lists."""
    merged: dict[str, Any] = {str(code): dict(entry) for code, entry in world.items()}
    for code, entry in tuned.items():
        if not isinstance(entry, dict):
            merged[str(code)] = entry
            continue
        into = merged.setdefault(str(code), {})
        for how, words in entry.items():
            into[how] = [*into.get(how, []), *[w for w in words if w not in into.get(how, [])]] \
                if isinstance(words, list) else words
    return merged
