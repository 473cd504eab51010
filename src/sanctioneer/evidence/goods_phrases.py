"""Goods as a clause writes them: the noun phrase around a goods word, goods listed together, and
the ship or plane that carries goods told apart from the goods it carries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sanctioneer.evidence.amounts import NUMBER_WORDS, Amount, find_quantity
from sanctioneer.evidence.lexicon import MADE_SUFFIXES, Lexicon, Mention

__all__ = ["clause_antecedent", "count_told_after", "counted_flows", "counted_object", "describe",
           "goods_before_others", "goods_listed", "goods_listed_before", "goods_words", "is_carrier", "is_vehicle",
           "measured_goods", "names_carrier", "phrase_bounds", "priced_lots", "queued_carrier"]

# "missiles hidden under sacks of sugar": the goods after these words are the cover, not more of the goods.
_COVER = re.compile(r"\b(?:under|beneath|below|underneath|hidden|concealed|among|disguised)\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:\s*(?:,|and|or|as well as|and other|including|such as|plus)\s*|\s+)"
                       r"(?:[\w\s-]|(?<=\d),(?=\d)){0,25}")
# "$16.4 million of soybean oil, $5.1 million of palm oil": the next goods of a list, each with its own sum.
_PRICED_GAP = re.compile(r"\s*(?:,|,?\s*and)\s*(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+)?"
                         r"(?:US|HK|S|A|C)?[$€£¥]\s?\d[\d,.]*\s*(?:million|billion|thousand|bn|mn|m|k)?\s+"
                         r"(?:worth\s+)?of\s+", re.IGNORECASE)
# Words between two goods that make the second where the first went, not more goods ("coal onto barges").
_NOT_LISTED = re.compile(r"\b(?:to|from|by|for|in|into|onto|on|at|off|aboard|under|over|through|via|near)\b"
                         # "... and over 2,000 litres of brandy": "over" or "under" before a number says how much.
                         r"(?!\s+\d)")
# Words before goods that say how much or how far, not what kind: "not only shells", "increased weapons".
_NO_KIND = frozenset("only not also even just mainly mostly largely chiefly especially increased increasing growing "
                     "stepped".split())
_STOP = frozenset("a an the of to from with and or by for in on at as his her its their our this that these those "
                  "whose was were is are be been has have had will would could should can may might must shall "
                  "it them he she they him us me we you who which what some any "
                  "all every each into than then also various several many numerous multiple other others least more "
                  "most such held had have has been being contained contains containing included includes "
                  "including made about known onto upon off across through via near under over alongside aboard "
                  "inside within "
                  "both either likely probably possibly presumably apparently reportedly allegedly mostly mainly "
                  "chiefly largely "
                  # "products like cosmetics", "goods, namely vacuum pumps", "what it called agricultural equipment":
                  # words that say which goods or how they were named, not a kind of them.
                  "like namely notably especially particularly called dubbed labelled labeled declared described "
                  "listed marked "
                  # "the first documented kerosene transfer", "cumulative naphtha sales": which or how many of the
                  # transfers, not a kind of the goods.
                  "first last latest documented cumulative monthly yearly combined".split())
_SCALE_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "hundreds", "dozens",
                          "fifteen", "twenty"})
# Goods words that are also what carries goods: "a ship carrying weapons" ships weapons.
_CARRIERS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "boat", "boats", "freighter", "plane",
                       "planes", "aircraft", "truck", "trucks", "train", "trains"})


# Verbs that take goods as their object without telling a transfer ("use lifts", "drove a Mercedes").
_VERBS_OF_GOODS = frozenset("use uses wore wear wears drove drive drives rode ride rides saw see sees show shows "
                            "showed include includes included contain contains contained need needs needed fired fire "
                            "fires launched launch launches own owns owned keep keeps kept got get gets admired "
                            "displayed featured feature features carry carries hold holds".split())


# "tap-dancing", "fire-fighting": a compound of a noun and a verb in -ing names a use, not an act ("re-exporting",
# "co-producing" are acts).
_COMPOUND_USE = re.compile(r"(?!(?:re|co|pre|un|de|non|mis|over|under|out|self)-)[A-Za-z]+-[a-z]+ing", re.IGNORECASE)


_WHERE_FROM = frozenset({"countries", "nations", "places", "sources", "states", "suppliers", "companies", "firms"})


def phrase_bounds(text: str, mention: Mention, lexicon: Lexicon, taken: Sequence[Mention]) -> tuple[int, int]:
    """Grow a goods mention to its noun phrase: the modifiers before it ("luxury Russian Aurus limousine")."""
    start = mention.start
    for _ in range(4):
        # A whole word, or a calibre ("170mm self-propelled guns", "122-mm rockets"): a kind of the goods, not a count.
        # A possessive with a curly apostrophe ("Putin’s car") is one word, as with a straight one.
        before = re.search(r"(?<![\w'’-])([A-Za-z][\w'’-]*|\d+(?:\.\d+)?-?mm)\s+$", text[:start])
        # A party ends the goods' modifiers: "sent North Korea wheat" names the recipient, not North Korean wheat.
        if before is None or before.group(1).lower() in _STOP or any(
            m.start <= before.start(1) < m.end and (m.kind in ("person", "organization", "trigger", "vessel") or (
                m.kind == "country" and m.detail in ("name", "metonym", "place")))
            for m in taken
        ):
            break
        word = before.group(1)
        if word.lower() in _WHERE_FROM:
            break  # "exported from Italy and several other countries machinery": where from, not a kind
        if word.lower() in _NO_KIND:
            break  # "supplying not only shells but rockets", "confirmed increased arms transfers": no kind of goods
        if re.search(r"\bby\s+$", text[:before.start(1)], re.IGNORECASE):
            break  # "exported by ship soap and sauce": how the goods went, not a kind of soap
        if re.fullmatch(r"\d[\d,.]*", word) or word.lower() in NUMBER_WORDS or word.lower() in _SCALE_WORDS:
            break  # "several million rounds": a count, not a kind of rounds
        # A verb or a superlative ("carrying", "largest") ends the goods' modifiers; a compound joined by a hyphen
        # ("tap-dancing shoes", "deep-drilling rigs") says what the goods are for, unless it is a verb with a prefix
        # ("re-exporting").
        if re.search(r"(?:ing|est)$", word.lower()) and word.lower() not in ("sporting", "clothing", "fishing") \
                and not _COMPOUND_USE.fullmatch(word):
            break
        if lexicon.trigger_kind.get(word.lower()) or word.lower() in ("said", "says", "believed", "mentioned",
                                                                      "described") \
                or word.lower() in _VERBS_OF_GOODS:
            # "Skiers at Masikryong use lifts", "the report mentioned unlawful arms transfers": a verb, not a kind.
            break
        if word.lower().endswith("ed") and re.search(r"\b(?:had|has|have|was|were|is|are|be|been)\s+$",
                                                     text[:before.start(1)], re.IGNORECASE):
            break  # "had arranged oil transfers": a verb, not a kind of goods
        if word.lower().endswith("ed") and any(
                m.kind in ("person", "organization", "vessel", "country") and m.detail != "demonym"
                and m.end <= before.start(1) and not text[m.end:before.start(1)].strip() for m in taken):
            break  # "Sudan used rockets supplied by Belarus": a party's verb, not second-hand rockets
        start = before.start(1)
    return start, mention.end


def describe(text: str, goods: Mention, mentions: list[Mention], lexicon: Lexicon) -> str:
    """The words that name the goods: the goods mention grown to its noun phrase."""
    start, end = phrase_bounds(text, goods, lexicon, mentions)
    return text[start:end]


def goods_listed(goods: list[Mention], text: str) -> list[Mention]:
    """The first goods and those listed with it ("artillery, rockets and ballistic missiles")."""
    if not goods:
        return []
    chosen = [goods[0]]
    rest = goods[1:]
    while rest:
        mention = rest.pop(0)
        gap = text[chosen[-1].end:mention.start]
        if _OF_HELD.fullmatch(gap) and (names_carrier(chosen[-1]) or _HOLDS.search(chosen[-1].text)):
            # "a tanker of diesel", "pallets of cigarettes": what carries or holds the goods, then the goods.
            chosen[-1] = mention
            continue
        if (re.fullmatch(_LIST_GAP, gap) and len(gap) <= 30 and not _NOT_LISTED.search(gap)
                and not _COVER.search(gap)) or _PRICED_GAP.fullmatch(gap):
            chosen.append(mention)
            continue
        told = count_told_after(text, chosen[-1], mention.start)
        if told is not None and _FOR_NEXT.fullmatch(text, told.end, mention.start) \
                and count_told_after(text, mention, len(text)) is not None:
            # "Barley shipments came to 3,200 tonnes, whereas for linseed the figure was 450": the next goods a
            # total is told for, the verb left out or said again.
            chosen.append(mention)
            continue
        if _MEASURED_BEFORE.search(text, 0, chosen[-1].start):
            # "83,000 litres of liquor produced by distilling wine, such as brandy, 71,000 litres of wine in bottles
            # ...": in a list of goods each measured, the next measure starts the next goods, whatever words describe
            # the goods before it (but "800 tons of diesel to one ship and 1,200 tons of diesel to another" are lots).
            later = [mention, *rest]
            nxt = next((i for i, m in enumerate(later) if _NEXT_MEASURED.search(text, chosen[-1].end, m.start)
                        and len(text[chosen[-1].end:m.start]) <= 120
                        and not re.search(r"[.;:]|\b(?:to|into|for|from|via|through)\b",
                                          text[chosen[-1].end:m.start])), None)
            if nxt is not None:
                chosen.append(later[nxt])
                rest = later[nxt + 1:]
                continue
        break
    # "Aurus Senat limousine": adjacent mentions are one goods.
    merged: list[Mention] = []
    for mention in chosen:
        if merged and not text[merged[-1].end:mention.start].strip():
            previous = merged.pop()
            merged.append(Mention("goods", previous.start, mention.end, text[previous.start:mention.end],
                                  value=mention.value, detail=mention.detail))
        else:
            merged.append(mention)
    return merged


# A measure of goods right before them ("83,000 litres of"), and the next measure of a list after other words (", almost
# 68,000 litres of").
_MEASURE = (r"\d[\d,.]*\s*(?:million\s+|thousand\s+|billion\s+)?(?:metric\s+)?"
            r"(?:litres|liters|tonnes|tons|kilograms|kg|barrels|cubic\s+metres|cubic\s+meters)\s+of\s+$")
_MEASURED_BEFORE = re.compile(r"\b" + _MEASURE, re.IGNORECASE)
_NEXT_MEASURED = re.compile(r"(?:,|,?\s+and)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|"
                            r"at\s+least\s+)?" + _MEASURE, re.IGNORECASE)
# "a tanker of diesel", "its cargo, 4,500 tonnes of lead concentrate,": the goods a carrier or holder is of.
_OF_HELD = re.compile(r"\s+of\s+|,\s+(?:[\w.,-]+\s+){0,3}?of\s+", re.IGNORECASE)
# What holds or counts goods: told before "of" and the goods, it is their packing or their load.
_HOLDS = re.compile(r"\b(?:pallets?|drums?|barrels?|sacks?|bags?|boxes|box|crates?|cartons?|cases|bottles?|cans|"
                    r"containers?|loads?|shiploads?|truckloads?|trainloads?|planeloads?|cargo|cargoes)$", re.IGNORECASE)


_PARTS = re.compile(r"\b(?:parts|spares|components|accessories|attachments)$", re.IGNORECASE)
_PARTS_OF = re.compile(r"\s+(?:for|of)\s+(?:the\s+|their\s+|its\s+)?", re.IGNORECASE)


def goods_listed_before(goods: list[Mention], text: str) -> list[Mention]:
    """The goods listed together that end just before a passive verb ("engines and other parts were shipped")."""
    chosen = [goods[-1]]
    if len(goods) > 1 and _PARTS.search(goods[-2].text) and _PARTS_OF.fullmatch(text, goods[-2].end, goods[-1].start):
        # "Spare parts for the pumps were shipped": the parts are the goods, the pumps say which.
        whole = goods[-2]
        chosen = [Mention("goods", whole.start, goods[-1].end, text[whole.start:goods[-1].end], value=whole.value,
                          detail=whole.detail)]
        goods = goods[:-1]
    for mention in reversed(goods[:-1]):
        gap = text[mention.end:chosen[0].start]
        if re.fullmatch(_LIST_GAP, gap) and len(gap) <= 30 and not _NOT_LISTED.search(gap):
            chosen.insert(0, mention)
        else:
            break
    return chosen


# Units that count pieces or packages rather than measure a trade.
_PIECES = frozenset({"bottles", "cases", "units", "pieces", "containers", "cartons"})


# "$5.1 million of palm oil", "US$3 million worth of sugar": a sum right before the goods it is the value of.
_PRICED_BEFORE = re.compile(r"(?:US|HK|S|A|C)?[$€£¥]\s?\d[\d,.]*\s*(?:million|billion|thousand|bn|mn|m|k)?\s+"
                            r"(?:worth\s+)?of\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# "cosmetics worth $20,000 and whisky worth $15,000": goods each followed by a sum of its own.
_PRICED_AFTER = re.compile(r"\s+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|"
                           r"over\s+)?"
                           r"(?:US|HK|S|A|C)?[$€£¥]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                           r"(?:\s*(?:million|billion|thousand|bn|mn)\b)?", re.IGNORECASE)


def priced_lots(text: str, goods: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The goods listed after `goods` each with a sum of its own ("cosmetics worth $20,000 and whisky worth $15,000"),
    when the last of `goods` has a sum of its own too; [] otherwise."""
    found: list[Mention] = []
    last = goods[-1] if goods else None
    while last is not None and (priced := _PRICED_AFTER.match(text, last.end)) is not None:
        gap = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", text[priced.end():])
        nxt = next((m for m in mentions if m.kind == "goods" and gap is not None
                    and m.start == priced.end() + gap.end()), None)
        if nxt is None or _PRICED_AFTER.match(text, nxt.end) is None:
            break
        found.append(nxt)
        last = nxt
    return found


# "Barley shipments to Laos in May came to 3,200 tonnes": a flow's count told after its goods, by a verb of totals,
# before any other goods.
_TOTAL_AFTER = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:totall?ed|totals|stood at|stands at|came to|"
                          r"amounted to|reached)\s+", re.IGNORECASE)

# The words between one total and the next goods it is told for (", worth $1 million, and for ").
_FOR_NEXT = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?(?:,|\band|\bwhile|\bwhereas)\s+(?:that\s+)?for\s+(?:the\s+)?",
                       re.IGNORECASE)


def count_told_after(text: str, goods: Mention, end: int) -> Amount | None:
    """The count a verb of totals gives the goods after them and before `end` ("for linseed it reached 450
    tonnes"), in the text's own offsets, or None."""
    verb = _TOTAL_AFTER.match(text, goods.end, end)
    if verb is None:
        return None
    clause = re.split(r"[,;.]\s", text[verb.end():end], maxsplit=1)[0]
    count = find_quantity(clause, before=[len(clause)])
    if count is None or count.start > 12:
        return None
    return replace(count, start=verb.end() + count.start, end=verb.end() + count.end)


def counted_flows(text: str, goods: list[Mention], start: int, *,
                  between_countries: bool = False) -> list[tuple[int, int]]:
    """The spans of goods listed each with its own count, or [] when they are not so listed.

    `between_countries`: the transfer's sides are countries themselves, as in trade figures, where goods counted in
    pieces are flows of their own too.
    """
    if len(goods) < 2:
        return []
    spans = []
    begin = start
    priced = [_PRICED_BEFORE.search(text, begin if i == 0 else goods[i - 1].end, mention.start)
              for i, mention in enumerate(goods)]
    if all(priced):
        # "bought $16.4 million of soybean oil, $5.1 million of palm oil and $4.3 million of wheat flour": goods
        # each with a sum of its own are trade flows of their own, as goods measured each on its own are.
        return [(match.start(), mention.end) for match, mention in zip(priced, goods, strict=True) if match]
    priced_after = [_PRICED_AFTER.match(text, mention.end) for mention in goods]
    if all(priced_after):
        # "cosmetics worth $20,000 and whisky worth $15,000": each sum told after its goods.
        return [(mention.start, match.end()) for match, mention in zip(priced_after, goods, strict=True) if match]
    for index, mention in enumerate(goods):
        count = find_quantity(text[begin:mention.start], before=[mention.start - begin])
        if count is None:
            # "Barley shipments came to 3,200 tonnes, and for linseed it reached 450 tonnes": each count told
            # after its goods, before the next.
            after = count_told_after(text, mention, goods[index + 1].start if index + 1 < len(goods) else len(text))
            if after is not None and after.unit is not None and after.unit.split()[-1] not in _PIECES:
                spans.append((mention.start, after.end))
                begin = after.end
                continue
        if count is None or (not between_countries and (count.unit is None or count.unit.split()[-1] in _PIECES)):
            # "12 Swiss watches and 30 handbags", "1,400 bottles of whisky and 900 bottles of cognac" are counted
            # pieces of one consignment; trade flows are measured ("1,200 tonnes of rice and 300 tonnes of flour"),
            # or counted in pieces between countries ("Laos imported 5,200 kettles and 800 pairs of skis from
            # Chile").
            return []
        spans.append((begin + count.start, mention.end))
        begin = mention.end
    return spans


def names_carrier(goods: Mention) -> bool:
    """The words end in a ship, plane, truck or train ("the freighter", "a North Korean vessel")."""
    words = goods.text.lower().split()
    return bool(words) and words[-1] in _CARRIERS


def is_vehicle(goods: Mention, lexicon: Lexicon) -> bool:
    """A ship, plane, truck or train: what may carry the goods rather than be them."""
    return names_carrier(goods) or lexicon.chapter(goods.text) in ("88", "89")


def is_carrier(goods: Mention, text: str) -> bool:
    """A ship, plane or vessel that carries the goods rather than being them."""
    words = goods.text.lower().split()
    if not words or words[-1] not in _CARRIERS:
        return False
    before = text[max(0, goods.start - 30):goods.start].lower()
    after = text[goods.end:goods.end + 60].lower()
    if re.match(r"\s*,?\s*(?:that|which)\s+(?:were|was|are|is|had been|have been|has been)\s+"
                r"(?:later\s+|then\s+|also\s+)?(?:used|converted|modified|adapted|fitted)\b", after):
        return False  # "sold North Korea trucks that were later used to carry missiles": the trucks were sold
    return bool(re.search(r"(?:flagged|registered|north korean|cargo)\s*$", before)
                or re.match(r"\s*(?:that|which|whose|carrying|loaded|laden|with|bound|named|called)\b", after))


def queued_carrier(goods: Mention, text: str) -> bool:
    """A truck, train or ship told as waiting its turn ("trucks are lined up at the customs office to load up"), not
    goods, unless it waits to be sent itself ("trucks are lined up at the port to be shipped")."""
    return names_carrier(goods) and _QUEUED.match(text, goods.end) is not None \
        and _TO_BE_SENT.match(text, goods.end) is None


# "Lorries are presently lined up at the frontier", "trains were queued at the crossing": carriers told as waiting their
# turn; unless they wait "to be shipped" themselves.
_QUEUED = re.compile(r"\s*(?:are|were|is|was)\s+(?:[a-z]+ly\s+)?(?:lined\s+up|queued|queuing|queueing|parked)\b",
                     re.IGNORECASE)
_TO_BE_SENT = re.compile(r"[^.;]*?\bto\s+be\s+(?:shipped|sent|exported|delivered|sold|smuggled|transported)\b",
                         re.IGNORECASE)


def clause_antecedent(text: str, mentions: list[Mention], clause_start: int) -> Mention | None:
    """The goods a relative clause (", which are likely smuggled in") is about."""
    if not re.search(r"\b(?:which|that)\s*$", text[:clause_start]):
        return None
    goods = [m for m in mentions if m.kind == "goods" and m.end <= clause_start]
    return goods[-1] if goods else None


# "has sent more than 70 animals to the zoo", "gave the South two tons of tangerines", "received a pair of
# Jindos — named ... —", "sent a gift of 30 ponies": a counted noun right after a verb of transfer (and the party
# it is given to, or the gift it makes) is what was transferred, even when no gazetteer knows the noun.
_COUNTED = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:gift|present|donation)\s+of\s+)?(?:[A-Z][\w'-]*\s+){0,3}?"
    r"(?:(?:more than|over|about|some|nearly|almost|at least|around|"
    r"up to|roughly|an estimated)\s+)?(?P<count>\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozens|hundreds|thousands|pair)\s+(?:of\s+)?(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"(?=\s*(?:[,.;:—–(]|\s(?:to|from|for|into|as|on|in|at|by|and|worth|valued|via|through|aboard)\b|$))")
# Counted words that are not goods: people, times, and measures whose goods follow "of".
_NOT_COUNTED_GOODS = frozenset(
    "troops soldiers workers people tourists officials students athletes players members engineers technicians "
    "delegates children refugees defectors sailors crew passengers times years months days weeks hours minutes "
    "percent occasions trips voyages calls visits countries companies firms banks individuals entities cases "
    "shipments deliveries transfers deals contracts kilometres kilometers miles metres meters dollars euros yuan "
    "won yen rubles roubles won persons men women".split())
_MEASURES = frozenset("tons tonnes tonne ton kilograms kilogrammes kg barrels boxes crates bags sacks cartons "
                      "pieces units sets pairs head containers litres liters gallons cubic bottles cases".split())


def counted_object(text: str, position: int, end: int) -> Mention | None:
    """The counted noun phrase right after a transfer word ending at `position`, as goods, or None."""
    match = _COUNTED.match(text, position, end)
    if match is None:
        return None
    words = match.group("phrase").split()
    if words[-1].lower() in _MEASURES:
        # "200 tons of tangerines": the goods follow the measure.
        after = re.match(r"\s+of\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:]|\s(?:to|from|for|into|as|on|"
                         r"in|at|by|and|worth|valued|via)\b|$))", text[match.end("phrase"):end])
        if after is None:
            return None
        begin = match.end("phrase") + after.start(1)
        words = after.group(1).split()
    else:
        begin = match.start("phrase")
    if words[-1].lower() in _NOT_COUNTED_GOODS or words[-1].lower() in _MEASURES or words[-1].lower() in _STOP \
            or not words[-1].lower().endswith("s"):
        return None
    phrase = " ".join(words)
    return Mention("goods", begin, begin + len(phrase), phrase, value=words[-1].lower(), detail="counted")


# "25,000 tonnes of maize", "40 tonnes of dried bracken": what a weight or a volume measures is goods.
_MEASURED = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|hundreds|thousands)\s+"
    r"(?:metric\s+)?(?:tons|tonnes|tonne|ton|kilograms|kilogrammes|kg|barrels|litres|liters|gallons)\s+of\s+"
    r"(?P<phrase>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:]|\s(?:to|from|for|into|as|on|in|at|by|and|worth|valued|via|through|aboard|were|was|had|"
    r"have|has|went|left|arrived|crossed)\b|$))")


def measured_goods(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The goods a weight or volume measures ("12,000 tonnes of fertiliser"), where no goods mention names them."""
    found = []
    for match in _MEASURED.finditer(text):
        begin, end = match.span("phrase")
        last = match.group("phrase").split()[-1].lower()
        if last in _NOT_COUNTED_GOODS or last in _MEASURES or last in _STOP or any(
                m.start < end and begin < m.end for m in mentions):
            continue
        found.append(Mention("goods", begin, end, text[begin:end], value=last, detail="counted"))
    return found


# "aluminium oxide and other industrial goods": the words before "and other" are goods of that kind.
_AND_OTHER = re.compile(r"\s+(?:and|or)\s+other\s+(?:[a-z-]+\s+){0,2}$")


def goods_before_others(text: str, goods: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The noun phrase before "and other <goods>", as goods, when no goods mention names it already."""
    joint = _AND_OTHER.search(text, 0, goods.start)
    if joint is None:
        return None
    begin = end = joint.start()
    for _ in range(3):
        word = re.search(r"([A-Za-z][\w-]*)\s*$", text[:begin])
        if word is None or word.group(1).lower() in _STOP or any(
                m.start < word.end(1) and word.start(1) < m.end for m in mentions if m.kind != "goods"):
            break
        begin = word.start(1)
    if begin == end or any(m.kind == "goods" and m.start < end and begin < m.end for m in mentions):
        return None
    return Mention("goods", begin, end, text[begin:end], value=text[begin:end].lower(), detail="kind-of")


# "North Korean-made grenades", "Soviet-designed tanks": the country and how it made the goods.
# How a country made the goods: the lexicon's suffixes, and "designed" ("Soviet-designed").
_MAKING = "|".join([*(suffix.removeprefix("-") for suffix in MADE_SUFFIXES), "designed"])
_MADE = re.compile(rf"-?(?:{_MAKING}|origin)\b", re.IGNORECASE)
# "drums of petrol", "two consignments of clothing": what holds or counts the goods, not the goods.
_HELD_IN = re.compile(r"^(?:(?:[\w-]+\s+){0,2}?(?:drums|barrels|sacks|bags|boxes|crates|cartons|cases|bottles|"
                      r"cans|containers|loads|consignments|shipments|cargoes|tons|tonnes|kilograms|litres|liters)"
                      r"\s+of\s+)+", re.IGNORECASE)


# "additional artillery systems", "upgraded rocket launchers", "short-range ballistic missiles", "domestically produced
# howitzers": words that say which or how many of the goods, how far they reach or where they were made, never what
# the goods are (and "range" alone is a cooker to the classifier).
_WHICH_OF_THEM = re.compile(
    r"\b(?:additional|upgraded|improved|modernized|modernised|"
    r"(?:short|medium|intermediate|long|close|extended)[- ]range|"
    r"(?:domestically|locally|indigenously)[- ](?:produced|made|built|manufactured)|home-?made)\b\s*",
    re.IGNORECASE)


def goods_words(description: str, lexicon: Lexicon) -> str:
    """The words of a goods line that say what the goods are, for the HS classifier.

    A report names goods with where they came from ("North Korean coal", "Russian-made rifles") and
    with what held them ("drums of petrol"): the country is the claim's supplier, not a kind of goods,
    and the drums are packing. Words saying which or how many of the goods, how far they reach or where
    they were made ("additional", "upgraded", "short-range", "domestically produced") are no kind of goods
    either. Words that are all country are returned as they came.
    """
    kept = description
    for mention in sorted((m for m in lexicon.find(description) if m.kind == "country"), key=lambda m: -m.start):
        end = mention.end
        if made := _MADE.match(kept, end):
            end = made.end()
        kept = kept[:mention.start] + " " + kept[end:]
    # A count is no kind of goods ("twenty-three tanks"), nor is a maker's country the lexicon has no name for
    # ("Soviet-designed").
    words = [w for w in kept.split() if not re.fullmatch(r"\d[\d,.]*", w)
             and not all(part in NUMBER_WORDS for part in w.lower().split("-"))
             and not re.fullmatch(rf"[A-Z][\w]*-(?:{_MAKING})", w)]
    kept = _WHICH_OF_THEM.sub("", _HELD_IN.sub("", " ".join(words)))
    return kept if re.search(r"[A-Za-z]", kept) else description
