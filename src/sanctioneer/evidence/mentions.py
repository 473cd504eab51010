"""A sentence's mentions, resolved: the longest of overlapping ones kept, a title joined to the name it
stands before, a demonym joined to its party noun ("the Russian side"), and a description joined to
the name it describes ("the North Korean ship Sam Jong 2")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from sanctioneer.evidence.goods_phrases import goods_before_others, measured_goods
from sanctioneer.evidence.lexicon import MADE_SUFFIXES, Lexicon, Mention

__all__ = ["SUBJECT_GAP", "overlaps", "sentence_mentions"]

# At most two lower-case words, none a verb, between a description and the name it describes ("South Korean officials
# say the tanker Sea Lark": a saying stands between the speaker and the ship).
_DESCRIPTION_GAP = re.compile(r"\s*(?:(?!(?:is|are|was|were|has|have|had|will|the|a|an|say|says|said|believe|believes|"
                              r"think|thinks|suspect|suspects|claim|claims|told|report|reports)\b)"
                              r"[a-z-]+(?<!ing)(?<!ed)\s+){0,2}")


# Transfer nouns a demonym before them makes a party's: the buyer's or the seller's.
_TRADE_NOUN = re.compile(r"\s+(?:purchases?|imports?|acquisitions?|exports?|sales?|shipments?|deliveries|supplies)"
                         r"\s+of\b")


# Between a subject and its verb: nothing, an adverb or an auxiliary ("the tankers had secretly delivered").
SUBJECT_GAP = re.compile(r"\s+(?:(?:which|that|have|has|had|also|then|later|once|again|\w+ly)\s+){0,3}")
# "a Russian vessel conducted a ship-to-ship transfer": the ship is the subject of the transfer told as a noun.
_CONDUCTED = re.compile(r"\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?(?:conducted|carried out|engaged in|"
                        r"took part in|performed|made)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?")
# "Two South Korean tankers sold to North Korea": a ship right before "sold" with no object after it was sold.
_SOLD_TO = re.compile(r"(?:re)?sold\s+(?:to|for)\b", re.IGNORECASE)
# Boats that fish and trade for themselves rather than carry goods of others.
_FISHING = re.compile(r"\s+(?:squid\s+)?fishing\s+(?:boats?|vessels?|fleets?|ships?|trawlers?)\b")


# A penalty paid to an authority: "agreed to pay $635 million to US authorities", "fined and paid to the Treasury".
_PAID_TO = re.compile(r"\b(?:pay|pays|paid|paying|forfeit|forfeits|forfeited)\b[^.;]{0,60}?\bto\s+(?:the\s+)?$",
                      re.IGNORECASE)
_AUTHORITY_AFTER = re.compile(r"(?:'s)?\s+(?:federal\s+)?(?:authorities|government|treasury|prosecutors|courts?|"
                              r"regulators?|Department|Justice|Treasury)\b")
# A court, a judge or prosecutors of a country or city hear the case; they are no side of the goods.
_COURT_AFTER = re.compile(r"(?:'s)?\s+(?:(?:district|high|supreme|federal|state|criminal|appeals?|appellate|"
                          r"magistrates?'?|regional|city|public)\s+){0,3}(?:courts?|judges?|tribunals?|prosecutors?)\b",
                          re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:port\s+of\s+)?$", re.IGNORECASE)
# "data from a trade body's office in Beijing shows": where the figures were compiled, no side of the goods.
_FIGURES_OFFICE_IN = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:released\s+|published\s+|compiled\s+)?"
                                r"(?:from|by)\s+[^.;]{0,60}?\b(?:office|offices|bureau|branch)\s+in\s+$",
                                re.IGNORECASE)
# "Fresh figures from the Japan External Trade Organization show that exports ...": the body whose figures tell the
# flow, named before the verb that says what they show, is no side of it.
_FIGURES_FROM = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:released\s+|published\s+|compiled\s+)?"
                           r"(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_FIGURES_SHOW = re.compile(r"[^.;,]{0,80}?\b(?:shows?|showed|indicates?|indicated|reveals?|revealed|suggests?|"
                           r"suggested)\s+(?:that\b)?", re.IGNORECASE)
_COURT_IN = re.compile(r"\b(?:courts?|judges?|tribunals?|prosecutors?)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# "to a North Korean in 2015": one person told by a country's demonym, with no noun after it.
_ONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"(?:\s*(?:[,.;:)]|$)|\s+(?:in|on|at|from|to|who|whom|with|and|for|named|called|"
                            r"identified|based|living|residing)\b)")


# "Russian port control documents", "Chinese customs records": what the papers are of, not a party.
_PAPERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:documents|records|data|figures|statistics|filings|papers|logs)\b")


# "oil to a North Korean-flagged vessel", "into two Chinese-flagged tankers": the ship goods were handed to.
_HANDED_TO = re.compile(r"(?<![\w-])(?:to|into)\s+(?:(?:a|an|the|two|three|four|several|other)\s+)?$", re.IGNORECASE)
# "iron ore from North Korean-flagged ships to Chinese barges": goods handed from one ship to another.
_HANDED_FROM = re.compile(r"(?<![\w-])from\s+(?:(?:a|an|the|two|three|four|several|other)\s+)?$", re.IGNORECASE)
_ONTO_SHIP = re.compile(r"\s+(?:to|into|onto)\s+(?:(?:a|an|the|two|three|four|several|other|another)\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:barges?|vessels?|ships?|tankers?|freighters?|boats?|carriers?)\b",
                        re.IGNORECASE)
# "ship-to-ship transfers of fuel by a Laotian-flagged tanker": the ship that made the transfer.
_MADE_BY = re.compile(r"(?<![\w-])by\s+(?:(?:a|an|the|two|three|four|several)\s+)?$", re.IGNORECASE)
_SHIP_TO_SHIP = re.compile(r"\bship-to-ship\b|\bSTS\b", re.IGNORECASE)
# "took on diesel at sea from a North Korean-flagged tanker": the ship a transfer took the goods from.
_TRANSFERRED_FROM = re.compile(r"\btransfer(?:s|red|ring)?\s+(?:[\w-]+\s+){0,4}?from\s+(?:a|an|the)\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)
_SPEAKS = re.compile(r"\s+(?:(?:also|later|then|repeatedly)\s+)?(?:said|says|told|tells|added|adds|noted|notes|"
                     r"pointed\s+out|points\s+out|stressed|stresses|argued|argues|warned|warns|wrote|writes|"
                     r"explained|insisted|asked|replied|testified)\b")
# "to monitor North Korea's attempts": a possessive name is the object too.
_ACTED_ON = re.compile(r"\s+(?:(?:its|their|his|her|our|the|a|an|this|that|these|those)\s|"
                       r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s)")


def _known_ships(text: str, ships: Mapping[str, str | None], found: list[Mention]) -> list[Mention]:
    """The ships the report named before ("the Togo-flagged Blue Heron"), named again alone ("the Blue Heron
    unloaded"): a ship still, of the country its flag gave it, where the lexicon found no ship there."""
    known = []
    for name, country in ships.items():
        # A one-word name ("the Vityaz") only after "the" or a word in small letters ("sources say Vityaz
        # transferred"): a capital word alone may open a sentence.
        before = r"(?<=\bthe )|(?<=[a-z] )" if " " not in name else r"(?<![\w-])"
        for match in re.finditer(r"(?:" + before + r")" + re.escape(name) + r"(?![\w-])", text):
            if not any(m.kind == "vessel" and m.start <= match.start() and match.end() <= m.end for m in found):
                known.append(Mention("vessel", match.start(), match.end(), name, value=name, detail="vessel",
                                     country=country))
    return known


def sentence_mentions(text: str, lexicon: Lexicon, known: Mapping[str, str | None] | None = None) -> list[Mention]:
    """The mentions the lexicon finds in a sentence, resolved, in the order they start; `known`, the names of ships
    the report told before (with their flag's country), are ships wherever they are named again."""
    found = lexicon.find(text)
    found += _known_ships(text, known or {}, found)
    mentions = []
    for mention in _resolve(found):
        if mention.kind == "country" and _FIGURES_OFFICE_IN.search(text, 0, mention.start):
            continue  # "figures from the agency's Shanghai office show that exports ...": who counted them
        if mention.kind == "organization" and _FIGURES_FROM.search(text, 0, mention.start) \
                and _FIGURES_SHOW.match(text, mention.end):
            continue  # "figures from the Japan External Trade Organization show that ...": whose figures they are
        if mention.kind == "country" and _PAID_TO.search(text, 0, mention.start) \
                and _AUTHORITY_AFTER.match(text, mention.end):
            continue  # "ordered to pay $635m to US authorities": who took a penalty, no side of the goods
        if mention.kind == "country" and (_COURT_AFTER.match(text, mention.end)
                                          or _COURT_IN.search(text, 0, mention.start)) \
                and any(m.kind == "country" and m.start > mention.end and _FROM_BEFORE.search(text, 0, m.start)
                        for m in found):
            # "A Singapore court fined a shipper for moving jets from Cuba": where the case was heard, when where the
            # goods came from is told ("Dutch prosecutors charged two men with shipping vodka" tells no other).
            continue
        if mention.kind == "country" and mention.detail == "flag" and mention.country not in lexicon.open_registries \
                and _HANDED_TO.search(text, 0, mention.start) \
                and (lexicon.party_noun_after(text, mention.end) or ("", 0))[0] == "vessel":
            # "transferred diesel to a North Korean-flagged tanker": the ship the goods were handed to is its
            # flag's, as "a North Korean tanker" is.
            mention = replace(mention, detail="demonym")
        elif mention.kind == "country" and mention.detail == "flag" and mention.country not in lexicon.open_registries \
                and _HANDED_FROM.search(text, 0, mention.start) \
                and (ship := lexicon.party_noun_after(text, mention.end)) is not None and ship[0] == "vessel" \
                and (_ONTO_SHIP.match(text, ship[1]) or _SHIP_TO_SHIP.search(text)):
            # "moving iron ore from North Korean-flagged ships to Chinese barges": in a transfer from ship to
            # ship, the ship that gave the goods is its flag's, the only side the words name.
            mention = replace(mention, detail="demonym")
        elif mention.kind == "country" and mention.detail == "flag" and mention.country not in lexicon.open_registries \
                and ((_MADE_BY.search(text, 0, mention.start) and _SHIP_TO_SHIP.search(text))
                     or _TRANSFERRED_FROM.search(text, 0, mention.start)) \
                and (lexicon.party_noun_after(text, mention.end) or ("", 0))[0] == "vessel":
            # "ship-to-ship transfers of fuel by a Laotian-flagged tanker": the ship that made a transfer at sea is a
            # side of it, its flag's, as "by a Laotian tanker" is; so is the ship goods were transferred from ("used
            # took on diesel at sea from a North Korean-flagged tanker").
            mention = replace(mention, detail="demonym")
        elif mention.kind == "country" and mention.detail == "flag":
            if not _FISHING.match(text, mention.end):
                # "seized cylinders from a Chinese-flagged freighter": a freighter or tanker carries the goods
                # of others, and its flag names no side.
                continue
            # "Chinese-flagged fishing boats bought crab": a fishing boat trades for itself, as its flag's.
            mention = replace(mention, detail="demonym")
        if mention.kind == "country" and (mention.detail == "demonym-people" or (
                mention.detail == "demonym" and _ONE_BEFORE.search(text, 0, mention.start)
                and _NO_NOUN_AFTER.match(text, mention.end))):
            # "sold tea to two Cubans", "bought it from a Syrian in 2015": people told by their country.
            mentions.append(replace(mention, detail="demonym-party", role="person"))
            continue
        noun = lexicon.party_noun_after(text, mention.end) if mention.kind == "country" and (
            (mention.detail == "demonym" and not mention.text.lower().endswith(MADE_SUFFIXES))
            # "a Hong Kong company", "A United Arab Emirates manufacturer": a country's name told as its demonym is.
            or (mention.detail == "name" and _ARTICLE_BEFORE.search(text, 0, mention.start))) else None
        if noun is not None and noun[0] == "country" and _PAPERS_AFTER.match(text, noun[1]):
            noun = None  # "Russian port control documents show": papers of the port, which is no side
        if mention.kind == "country" and mention.country in lexicon.open_registries \
                and (mention.text.lower().endswith("-flagged") or re.match(r"-flagged\b", text[mention.end:])):
            noun = None  # "a Sierra Leone-flagged bulk carrier": an open registry's flag is no side
        if noun is None and mention.kind == "country" and mention.detail == "demonym" \
                and _TRADE_NOUN.match(text, mention.end):
            # "Syrian purchases of North Korean missiles", "Chinese exports of trucks": who buys or sells.
            mention = replace(mention, detail="demonym-party", role="country")
        if noun is not None:
            # "the Russian side", "a Chinese company": the party is the whole phrase.
            article = re.search(r"\b(?:the|a|an)\s+$", text[:mention.start])
            begin = article.start() if article else mention.start
            mention = replace(mention, start=begin, end=noun[1], text=text[begin:noun[1]], detail="demonym-party",
                              role=noun[0])
        mentions.append(mention)
    # "Two North Korean freighters delivered ammunition": a ship told by its country, the subject of a transfer
    # word, is a party even where the HS gazetteer knows the word as goods ("bought two Chinese freighters" are goods).
    ships = [m for m in mentions if m.kind == "country" and m.detail == "demonym-party" and m.role == "vessel"
             and any(t.kind == "trigger" and (SUBJECT_GAP.fullmatch(text, m.end, t.start)
                                              or _CONDUCTED.fullmatch(text, m.end, t.start))
                     and not _SOLD_TO.match(text, t.start) for t in mentions)]
    mentions = [m for m in mentions if not (m.kind == "goods" and any(s.start <= m.start and m.end <= s.end
                                                                       for s in ships))]
    # "troops sent to Moscow to fuel its war", "rifles to arm the rebels": a goods word after "to" and before the
    # noun it acts on is a verb.
    mentions = [m for m in mentions if not (m.kind == "goods" and _TO_BEFORE.search(text, 0, m.start)
                                            and _ACTED_ON.match(text, m.end))]
    # "mortars that date back to the 1960s", "rifles dating from the war": "date" told with "back" or "from" is a verb.
    mentions = [m for m in mentions if not (m.kind == "goods" and _DATE_VERB.fullmatch(m.text)
                                            and _DATE_VERB_AFTER.match(text, m.end))]
    # "Rice pointed out that ...", "Cotton said": a goods word written as a name and followed by a verb of saying is a
    # person's name.
    mentions = [m for m in mentions if not (m.kind == "goods" and m.text[:1].isupper() and m.text[1:2].islower()
                                            and _SPEAKS.match(text, m.end))]
    # "the North Korean-flagged Sam Ma 2 tanker": the kind of ship after a ship's name is the ship, not goods.
    named = [m.end for m in mentions if m.kind == "vessel"]
    mentions = [m for m in mentions if not (m.kind == "goods" and m.text.lower() in lexicon.party_nouns["vessel"]
                                            and any(re.fullmatch(r"\s+", text[end:m.start]) for end in named))]
    mentions = _described_after_name(_named_after_description(mentions, text), text, lexicon)
    for match in lexicon.epithet_toward.finditer(text):
        # "ships that ferried missile parts to the Stalinist state": the country told last before the epithet.
        told = [m for m in mentions if m.kind == "country" and m.country and m.end <= match.start(1)
                # "Turkish outbound shipments to the embattled country": the side the goods left is not where they
                # went.
                and not _SENT_FROM_IT.match(text, m.end, match.start(1))]
        if told and not any(m.kind in ("country", "organization", "person", "vessel") and overlaps(m, Mention(
                "country", match.start(1), match.end(1), match.group(1))) for m in mentions):
            mentions.append(Mention("country", match.start(1), match.end(1), match.group(1),
                                    value=told[-1].country or "", country=told[-1].country, detail="name"))
            mentions.sort(key=lambda m: (m.start, -m.end))
    for label in _LABEL.finditer(text):
        # "clothes made in North Korea and labelled "Made in China"": a label says where goods claim to come from, which
        # the report may dispute; where they were made is told elsewhere or not at all.
        mentions = [m for m in mentions if not (m.kind in ("from", "country") and label.start() <= m.start
                                                and m.end <= label.end())]
    mentions = _country_brought_into(text, mentions)
    mentions = _goods_for_works(text, mentions, lexicon)
    mentions = _parts_for_goods(text, mentions)
    # "aluminium oxide and other industrial goods": goods no gazetteer names, told as a kind of goods.
    kinds = [k for k in (goods_before_others(text, g, mentions) for g in mentions if g.kind == "goods") if k]
    kinds += measured_goods(text, [*mentions, *kinds])
    return sorted([*mentions, *kinds], key=lambda m: (m.start, -m.end)) if kinds else mentions


_DATE_VERB = re.compile(r"dat(?:e|es|ed|ing)", re.IGNORECASE)
_DATE_VERB_AFTER = re.compile(r"\s+(?:back\b|from\s+(?:the\s+)?(?:19|20)?\d|from\s+the\s+(?:\w+\s+)?(?:war|era|period|"
                              r"century|decade|days|time)\b)", re.IGNORECASE)
# "labelled "Made in China"", "a 'made in China' tag", "marked as made in Laos": a label of origin, quoted or told.
_LABEL = re.compile(r"[\"“‘]\s*(?:made|produced|manufactured|assembled)\s+in\s+[^\"”’.;]{1,40}?[\"”’]|"
                    r"\b(?:label(?:l)?ed|marked|tagged|branded|stamped)\s+(?:as\s+)?(?:being\s+)?"
                    r"(?:made|produced|manufactured|assembled)\s+in\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s(?-i:[A-Z][\w-]*)){0,2}",
                    re.IGNORECASE)


# "Chinese outbound shipments to", "China's exports of rice to", "Russia shipped flour to": the country the goods left.
# "smuggled gold into the country": a place of arrival told by "the country" alone.
_INTO_THE_COUNTRY = re.compile(r"\binto\s+(the\s+country)\b(?!['’]s|\s+of\b)", re.IGNORECASE)


def _country_brought_into(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Bangladesh caught a North Korean diplomat smuggling gold into the country": "the country" goods were brought
    into is the first country the sentence names by its name, its capital or one of its places, where the sentence also
    tells of a party of another country (the one who brought them); with no other country told it stays unread."""
    for match in _INTO_THE_COUNTRY.finditer(text):
        before = [m for m in mentions if m.kind == "country" and m.country and m.end <= match.start(1)]
        named = [m for m in before if m.detail in ("name", "metonym", "place")]
        if not named or not any(m.country != named[0].country for m in before):
            continue
        if any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
            continue
        mentions.append(Mention("country", match.start(1), match.end(1), match.group(1), value=named[0].value,
                                country=named[0].country, detail="name"))
        mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


_SENT_FROM_IT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:exports?|shipments?|sales|deliveries|supplies|sent|"
                           r"shipped|exported|sold|delivered|supplied)\b[^.;]{0,60}?\b(?:to|into|for)\s+$",
                           re.IGNORECASE)


def _goods_for_works(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"shipped materials for the construction of a bridge": the materials are the goods, and what is built ("a
    bridge", "a nuclear reactor") is no goods of the transfer."""
    for match in lexicon.for_works.finditer(text):
        start, end = match.span("goods")
        built = Mention("goods", match.start("object"), match.end("object"), match.group("object"))
        told = next((m for m in mentions if m.kind == "goods" and m.start <= start < m.end), None)
        kept = [m for m in mentions if not (m.kind in ("goods", "goods-anaphora") and overlaps(m, built))
                and not (m.kind == "trigger" and overlaps(m, Mention("goods", start, end, match.group("goods"))))]
        if told is None:
            # "materials" alone: the goods word itself, with the modifiers before it read as its kind.
            word = match.group("goods")
            kept.append(Mention("goods", start, end, word, value=word.lower(), detail="goods"))
        mentions = sorted(kept, key=lambda m: (m.start, -m.end))
    return mentions


# "parts for an Mi-17 helicopter", "components used for missiles": the parts are the goods; their use tells which.
_PARTS = re.compile(r"\b(?:parts|spares|components)$", re.IGNORECASE)
_PARTS_FOR = re.compile(r"\s+(?:(?:used|needed|intended|meant|designed)\s+)?for\s+(?:(?:the|an?|its|their)\s+)?",
                        re.IGNORECASE)


def _parts_for_goods(text: str, mentions: list[Mention]) -> list[Mention]:
    """"procured parts for an Mi-17 helicopter": the parts and the goods they are for, told together, are one lot of
    goods named by both (the helicopter alone was not moved, and "parts" alone names nothing)."""
    for part in [m for m in mentions if m.kind == "goods" and _PARTS.search(m.text)]:
        gap = _PARTS_FOR.match(text, part.end)
        if gap is None:
            continue
        whole = [m for m in mentions if m.kind == "goods" and m.start == gap.end()]
        while whole:
            following = [m for m in mentions if m.kind == "goods" and m.start > whole[-1].end
                         and re.fullmatch(r"[ -]", text[whole[-1].end:m.start])]
            if not following:
                break
            whole.append(following[0])
        if not whole:
            continue
        end = whole[-1].end
        kept = [m for m in mentions if m is not part and not (m.start < end and part.start < m.end and m.kind in (
            "goods", "toward"))]
        kept.append(Mention("goods", part.start, end, text[part.start:end], value=part.value, detail=part.detail))
        mentions = sorted(kept, key=lambda m: (m.start, -m.end))
    return mentions


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two mentions share a character."""
    return a.start < b.end and b.start < a.end


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping entity mentions (a title over the demonym inside it)."""
    priority = {"person": 0, "media": 0, "organization": 1, "vessel": 1, "country": 2, "goods": 3}
    entities = sorted((m for m in mentions if m.kind in priority),
                      key=lambda m: (-(m.end - m.start), priority[m.kind], m.start))
    kept: list[Mention] = []
    for mention in entities:
        if not any(overlaps(mention, k) for k in kept):
            kept.append(mention)
    kept.sort(key=lambda m: m.start)
    # "North Korean leader Kim Jong-un": a title and the name it stands before are one mention.
    joined: list[Mention] = []
    for mention in kept:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == mention.kind == "person" and previous.value == mention.value \
                and mention.start - previous.end <= 1:
            joined[-1] = replace(previous, end=mention.end, text=previous.text + " " * (mention.start - previous.end)
                                 + mention.text, detail="name")
        else:
            joined.append(mention)
    others = [m for m in mentions if m.kind not in priority]
    return sorted(joined + others, key=lambda m: (m.start, -m.end))


_NAME_SET_OFF = re.compile(r",\s+")
_SET_OFF_END = re.compile(r"\s*(?:,|\(|$)")


def _named_after_description(mentions: list[Mention], text: str) -> list[Mention]:
    """"the Russian private military company Wagner Group", "the North Korean ship Sam Jong 2": the
    name is the party, and the description before it gives its country."""
    named = [m for m in mentions if m.kind in ("person", "organization", "vessel", "media")]
    result = list(mentions)
    for described in [m for m in mentions if m.kind == "country" and m.detail == "demonym-party"]:
        for name in named:
            gap = text[described.end:name.start] if name.start >= described.end else ""
            if name.start < described.end < name.end or (0 <= name.start - described.end <= 30
                                                         and _DESCRIPTION_GAP.fullmatch(gap)) \
                    or (name.kind != "media" and _NAME_SET_OFF.fullmatch(gap) and _SET_OFF_END.match(text, name.end)):
                # "its Malaysian affiliate, Lim Trading Pte, shipped": a name set off by commas after the description.
                merged = replace(name, start=described.start, text=text[described.start:name.end],
                                 country=name.country or described.country)
                result = [merged if m is name else m for m in result if m is not described]
                named = [merged if m is name else m for m in named]
                break
    return sorted(result, key=lambda m: (m.start, -m.end))


# "Korea Kwangson Banking Corporation, a North Korean bank", "The Vityaz, a Russian-flagged tanker": the
# apposition after a name gives its country.
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+")
_OWNED_OR_BASED = re.compile(r"(?:['’]s|-based)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|operator|carrier|bank|"
                             r"agency|group|corporation|enterprise|maker|manufacturer|dealer|trader|importer|exporter)\b")
_DESCRIBING = re.compile(r"(?:small|large|big|old|ageing|aging|aged|new|second-hand|rusty|little|giant|huge)\s+"
                         r"(?:(?:small|large|old|new|ageing|aging)\s+)?")
_ALSO_KNOWN = re.compile(r",?\s+(?:also\s+known\s+as|a\.?k\.?a\.?|formerly\s+known\s+as|formerly)\s+(?:the\s+)?")
# ", a listed firm seated in Laos", ", a retailer in Pyongyang": where the body the apposition describes is.
_SEATED_IN = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|entity|bank|business|retailer|shop|store|chain|"
                        r"trader|supplier|exporter|importer|dealer|corporation|enterprise|subsidiary|affiliate)"
                        r"\s+(?:(?:which\s+is\s+|that\s+is\s+)?(?:registered|based|incorporated|headquartered|"
                        r"located|domiciled)\s+)?in\s+(?:the\s+)?")
# "..., a company in Malaysia acting for Eritrea's military": the body stands for another, whose side it takes.
_FOR_ANOTHER = re.compile(r",?\s+(?:for|of|acting|on\s+behalf|controlled|owned|run|working|fronting|serving)\b")
_FLAGGED_IN = re.compile(r"((?:[A-Z][\w]*\s+){0,2}[A-Z][\w]*)-(?:flagged|registered)\b")


def _described_after_name(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A name without a country takes the country its apposition names ("X, a Chinese company"), the
    described phrase then being the name's; a flag of an open registry gives none."""
    result = list(mentions)
    for name in [m for m in mentions if m.kind in ("organization", "vessel", "person") and m.country is None]:
        alias = _ALSO_KNOWN.match(text, name.end)
        other = next((m for m in result if alias is not None and m.kind == "organization" and m.country is not None
                      and m.start == alias.end()), None)
        if other is not None and name.kind == "organization":
            # "Ponghwa Trading Company, also known as Korea Sinhung Trading Corporation": one body, two names.
            result = [replace(m, country=other.country) if m is name else m for m in result]
            continue
        opening = _APPOSITION.match(text, name.end)
        if opening is None:
            continue
        # "The Chong Rim 2, a small North Korean tanker": the apposition may open on words that describe it.
        described = next((m for m in result if m.kind == "country" and m.detail == "demonym-party"
                          and (m.start == opening.start() + 2
                               or _DESCRIBING.fullmatch(text, opening.end(), m.start))), None)
        if described is not None and described.role == ("vessel" if name.kind == "vessel" else described.role) \
                and (name.kind != "person" or described.role == "person"):
            # "Anton Petrov, a Russian national": a person's nationality, told in the apposition, is the person's.
            merged = replace(name, country=described.country)
            result = [merged if m is name else m for m in result if m is not described]
            continue
        owner = next((m for m in result if m.kind == "country" and m.country is not None
                      and m.start in (opening.end(), opening.end() - 4) and _OWNED_OR_BASED.match(text, m.end)), None)
        if owner is not None and name.kind == "organization":
            # "Koryolink, the North's mobile operator", "Sinotrans, a Beijing-based firm".
            result = [replace(m, country=owner.country) if m is name else m for m in result]
            continue
        seat = _SEATED_IN.match(text, opening.end())
        where = next((m for m in result if seat is not None and m.kind == "country" and m.country is not None
                      and m.start == seat.end()), None)
        if where is not None and name.kind == "organization" and not _FOR_ANOTHER.match(text, where.end):
            # "Sunrise Trading, a sanctioned entity based in Russia", "Golden Star Shop, a retailer in Pyongyang".
            result = [replace(m, country=where.country) if m is name else m for m in result]
            continue
        flagged = _FLAGGED_IN.match(text, opening.end())
        if flagged is not None and name.kind == "vessel":
            code = lexicon.countries.get(flagged.group(1), ("", ""))[0]
            if code and code not in lexicon.open_registries:
                result = [replace(m, country=code) if m is name else m for m in result]
    return sorted(result, key=lambda m: (m.start, -m.end))
