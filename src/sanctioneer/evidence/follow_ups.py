"""Sentences without a transfer word that add to the claims just read: goods held that came from
abroad, the make of the goods, where they came from and went, their value, a denial, a confirmation.

Each works on the drafts read so far, in the order the document tells them, and changes only the
last few: a sentence adds to a claim told at most two sentences before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sanctioneer.evidence.amounts import find_value
from sanctioneer.evidence.claims import ClaimStatus, Evidence
from sanctioneer.evidence.dates import DateMention, find_dates, with_second_year
from sanctioneer.evidence.drafts import (
    Draft,
    add_evidence,
    claim_date,
    period_told_before,
    read_amounts,
    status_of,
    sum_of_the_whole,
)
from sanctioneer.evidence.goods_phrases import describe, goods_listed, phrase_bounds
from sanctioneer.evidence.lexicon import Lexicon, Mention
from sanctioneer.evidence.sides import goods_origin, is_party, party_after_cue
from sanctioneer.evidence.text import Sentence
from sanctioneer.evidence.transfer_words import cover_story

__all__ = [
    "add_worth",
    "another_lot",
    "brought_back",
    "buyer_named",
    "complete",
    "confirm",
    "contents",
    "contents_list_opening",
    "contents_opening",
    "counts_in_turn",
    "deny",
    "elaborate",
    "fronted_return",
    "holding_claim",
    "in_return",
    "included",
    "one_of_them",
    "ranked_flows",
    "return_aside",
    "share_of_goods",
    "takes_back",
]

# A sentence about what was just told: "The contract was worth ...", "The yachts, worth ...".
_ABOUT_IT = re.compile(r"\s*(?:The|This|That|These|Those|It|They|Its|Their|Each|Both|Together)\b")


def holding_claim(index: int, sentence: Sentence, mentions: list[Mention], lexicon: Lexicon) -> Draft | None:
    """"Kim has a large collection of luxury foreign vehicles": foreign goods held were brought in."""
    text = sentence.text
    holding = next((m for m in mentions if m.kind == "holding"), None)
    if holding is None:
        return None
    foreign = next((m for m in mentions if m.kind == "foreign" and m.start >= holding.end), None)
    goods = [m for m in mentions if m.kind == "goods" and foreign is not None and m.end > foreign.start]
    holder = next((m for m in mentions if is_party(m, text) and m.end <= holding.start), None)
    if foreign is None or not goods or holder is None:
        return None
    goods = goods_listed(goods, text)
    hedges = [m for m in mentions if m.kind == "hedge" and m.start < holding.start]
    draft = Draft(sentence, index, ["import"], [(g, describe(text, g, mentions, lexicon)) for g in goods],
                   None, holder, None, None, hedges)
    draft.status = status_of(hedges)
    draft.holding = True
    add_evidence(draft, [foreign])
    return draft


# "A second convoy of 501 cattle followed in October": another transfer like the one just told.
_ANOTHER_FOLLOWED = re.compile(r"\b(?:second|third|another|further|new)\s+(?:convoy|shipment|consignment|delivery|"
                               r"cargo|batch)\b[^.;]*?\b(?:followed|came|arrived|went)\b", re.IGNORECASE)


def another_lot(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention],
                dates: list[DateMention], last_dates: list[tuple[DateMention, Sentence]],
                lexicon: Lexicon) -> Draft | None:
    """A further lot of goods told after a transfer, without a transfer word of its own: a claim of the same
    kind (its sides are taken from the claims before it, as for any claim that leaves them unnamed)."""
    text = sentence.text
    match = _ANOTHER_FOLLOWED.search(text)
    # The transfer it follows: the last one told, in the sentences just before, with a side named.
    before = next((d for d in reversed(drafts) if d.index >= index - 3 and (d.supplier or d.recipient)), None)
    if match is None or before is None:
        return None
    goods = goods_listed([m for m in mentions if m.kind == "goods" and match.start() <= m.start < match.end()], text)
    if not goods:
        return None
    told = Mention("trigger", match.start(), match.end(), match.group(0), value=before.kinds[0])
    date_mention, date_sentence = claim_date(sentence, dates, 0, len(text), told, mentions, last_dates)
    hedges = [m for m in mentions if m.kind == "hedge"]
    draft = Draft(sentence, index, list(before.kinds), [(g, describe(text, g, mentions, lexicon)) for g in goods],
                  None, None, date_mention, date_sentence, hedges)
    draft.status = status_of(hedges)
    draft.follows = before
    read_amounts(draft, text, 0, len(text), goods)
    add_evidence(draft, [told])
    return draft


# "They came to 1,400 tonnes and 1,200 tonnes, respectively": two counts of one unit told in turn.
_COUNTS_IN_TURN = re.compile(r"\b(?P<a>\d[\d,]*(?:\.\d+)?)\s+(?:(?P<unit_a>[a-z]+)\s+)?and\s+"
                             r"(?P<b>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>[a-z]+),?\s+respectively\b", re.IGNORECASE)


def counts_in_turn(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention],
                   dates: list[DateMention], last_dates: list[tuple[DateMention, Sentence]]) -> Draft | None:
    """"Chile reported its copper wire exports to Peru for January and February. They came to 1,400 tonnes and 1,200
    tonnes, respectively": counts told in turn, with no goods or time of their own, for the two times the transfer
    just told names ("January and February", "2021 and 2022"), are one lot each, dated in turn. The transfer's draft
    takes the first; the second is returned."""
    text = sentence.text
    found = _COUNTS_IN_TURN.search(text)
    if found is None or dates or any(m.kind == "goods" for m in mentions) or (
            found.group("unit_a") and found.group("unit_a").lower() != found.group("unit").lower()):
        return None
    before = drafts[-1] if drafts else None
    if before is None or before.index != index - 1 or before.quantity is not None or not before.goods:
        return None
    times = with_second_year(before.sentence.text, [d for d, s in last_dates if s is before.sentence
                                                    and d.value is not None])
    if len(times) != 2 or not re.fullmatch(r"\s+(?:and|-|–)\s+", before.sentence.text[times[0].end:times[1].start]):
        return None
    unit = found.group("unit").lower()

    def lot(name: str, draft: Draft, when: DateMention) -> Draft:
        quantity = (found.group(name).replace(",", ""), unit,
                    Mention("quantity", found.start(name), found.end(name), found.group(name)))
        evidence = [e for e in draft.evidence if e.field not in ("date", "quantity")] + [
            Evidence("date", when.text, before.sentence.start + when.start, before.sentence.start + when.end,
                     before.sentence),
            Evidence("quantity", found.group(name), sentence.start + found.start(name),
                     sentence.start + found.end(name), sentence)]
        return replace(draft, quantity=quantity, date=when, date_sentence=before.sentence, evidence=evidence, flow=True)

    first = lot("a", before, times[0])
    drafts[-1] = first
    return lot("b", first, times[1])


# "The first instance involved 4,000 bottles of brandy", "The second case concerned two trucks": one of the
# transfers a sentence just before told, its goods named here.
_ONE_OF_THEM = re.compile(r"\s*(?:The|In\s+the)\s+(?P<ordinal>first|second|third|fourth|fifth|other|latter|last)\s+"
                          r"(?:instance|case|incident|seizure|shipment|consignment|delivery|attempt|transfer)\s+"
                          r"(?:involved|included|concerned|consisted\s+of|comprised|contained|was\s+of)\s+",
                          re.IGNORECASE)
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def one_of_them(index: int, sentence: Sentence, mentions: list[Mention], told: tuple[int, Sentence, list[str]] | None,
                last_dates: list[tuple[DateMention, Sentence]], lexicon: Lexicon, drafts: list[Draft],
                ) -> Draft | None:
    """One of the transfers told just before (`told`: the index, sentence and kinds of the last sentence with a
    transfer word), told on its own: a claim of that kind, its goods those named, its supplier the country the
    goods are named by, its recipient the taker the report named last (`drafts`) when the case names none.
    "seized in two incidents, in May and July. The first case involved ...": the first date told is the
    first case's."""
    text = sentence.text
    match = _ONE_OF_THEM.match(text)
    if match is None or told is None or told[0] < index - 2:
        return None
    stop = re.compile(r"[,;](?!\d)").search(text, match.end())
    end = stop.start() if stop is not None else len(text)
    goods = goods_listed([m for m in mentions if m.kind == "goods" and match.end() <= m.start < end], text)
    if not goods:
        return None
    ordinal = match.group("ordinal").lower()
    said = [d for d, s in last_dates if s is told[1] and d.value is not None]
    date = None
    if len(said) > 1 and ordinal in _ORDINALS and _ORDINALS.index(ordinal) < len(said):
        date = said[_ORDINALS.index(ordinal)]
    hedges = [m for m in mentions if m.kind == "hedge"]
    supplier = goods_origin(text, goods[0], mentions, lexicon)
    draft = Draft(sentence, index, list(told[2]), [(g, describe(text, g, mentions, lexicon)) for g in goods],
                  supplier, None, date, told[1] if date is not None else None, hedges)
    draft.status = status_of(hedges)
    read_amounts(draft, text, match.end(), end, goods)
    add_evidence(draft, [Mention("trigger", match.start("ordinal"), match.end() - 1, text[match.start("ordinal"):
                                                                                           match.end()].strip())])
    parties = [m for m in mentions if is_party(m, text)]
    named = party_after_cue(text, mentions, "toward", parties, len(text))
    if named is not None:
        # "The second case involved steel pipes bound for Laos": the case names its own taker.
        draft.recipient = named
        draft.evidence.append(Evidence("recipient", named.text, sentence.start + named.start,
                                       sentence.start + named.end, sentence))
        return draft
    taker = next((d for d in reversed(drafts) if d.index >= index - _CASE_REACH and d.recipient is not None
                  and d.recipient.country is not None and sentence.paragraph - d.sentence.paragraph <= 2), None)
    if taker is not None and taker.recipient is not None \
            and (supplier is None or supplier.country != taker.recipient.country):
        # "North Korea sought to import vodka ... The second case involved Russian vodka": the case names no taker,
        # and keeps the one named before it.
        draft.recipient = taker.recipient
        draft.evidence.extend(e for e in taker.evidence if e.field == "recipient")
    return draft


# How many sentences back a case of goods looks for the taker named before it.
_CASE_REACH = 3


# "supplied Russia with shells in exchange for food and oil": goods going back the other way.
_IN_RETURN = re.compile(r"\bin\s+(?:exchange|return)\s+for\b", re.IGNORECASE)
# "in return for thousands of workers", "in exchange for mercenaries": people paid back, no goods.
_PEOPLE_PAID = re.compile(r"\s+(?:(?:the|its|their|more|thousands\s+of|hundreds\s+of)\s+)?(?:troops|soldiers|"
                          r"workers|labourers|laborers|mercenaries|fighters|personnel|conscripts)\b", re.IGNORECASE)
# "In exchange for the shells, Russia provided North Korea with tanks": the goods paid back told first.
_IN_RETURN_FIRST = re.compile(r"\s*(?P<cue>in\s+(?:exchange|return)\s+for)\b[^,;.]{1,80}?,", re.IGNORECASE)
# "Russia, in exchange for the shells, sent North Korea oil": the payment told between the subject and its verb.
_IN_RETURN_ASIDE = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,\s*"
                              r"(?P<cue>in\s+(?:exchange|return)\s+for)\b[^,;.]{1,80}?,\s*(?=[a-z])")


def return_aside(text: str) -> re.Match[str] | None:
    """The payment told between a sentence's subject and its verb ("Russia, in exchange for the shells, sent ...")."""
    return _IN_RETURN_ASIDE.match(text)


# The end of a list of goods, or of the clause that names them.
_LIST_STOP = re.compile(r"[,;.]")
# "took iron ore out of North Korea and came home carrying machinery", "delivered coal to China and came back
# with oil", ", bringing back petroleum", "and carried back rice": what the carrier brought back, the other way.
# The verbs that take goods back with "back" after them ("brought back", "bought back").
_BACK_VERBS = frozenset({"brought", "bringing", "brings", "carried", "carrying", "carries", "shipped", "shipping",
                         "ferried", "ferrying", "took", "taking", "hauled", "hauling", "bought", "buying"})
_CAME_BACK_WITH = re.compile(r"(?:\s+and|,)\s+(?:then\s+|later\s+)?(?:(?:returned|returning|returns|came\s+back|"
                             r"coming\s+back|comes\s+back|sailed\s+back|sailing\s+back|headed\s+back|went\s+back)\s+"
                             r"(?:home\s+|to\s+port\s+)?(?:loaded\s+|laden\s+)?with|(?:"
                             + "|".join(sorted(_BACK_VERBS)) + r")\s+back)\s+", re.IGNORECASE)
_AND_THEN_BEFORE = re.compile(r"(?:\s+and|,)\s+(?:then\s+|later\s+)?$", re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+back\b", re.IGNORECASE)


def takes_back(text: str, word: Mention) -> bool:
    """A transfer word that, after "and", takes goods back ("... and carried back flour"): the return leg of the
    transfer told before it, read with that transfer, not a transfer of its own."""
    return word.text.lower() in _BACK_VERBS and _AND_THEN_BEFORE.search(text[:word.start]) is not None \
        and _BACK_AFTER.match(text, word.end) is not None


# "used to smuggle iron ore out of North Korea and industrial machinery back in": goods told before the words taking
# them back.
_AND_GOODS = re.compile(r"\s+and\s+", re.IGNORECASE)
_BACK_IN = re.compile(r"\s+back\s+(?:in|into|home)\b", re.IGNORECASE)


def brought_back(draft: Draft, mentions: list[Mention], lexicon: Lexicon) -> Draft | None:
    """The goods a carrier came back with after taking goods to or out of a place: a claim of their own, the sides
    swapped (goods taken out of a place come back to it; goods taken to a place come back from it)."""
    text = draft.sentence.text
    if (draft.supplier is None and draft.recipient is None) or not draft.goods:
        return None
    told = max([g.end for g, _ in draft.goods] + [s.end for s in (draft.supplier, draft.recipient) if s is not None])
    taken = {g.start for g, _ in draft.goods}
    cue = _CAME_BACK_WITH.search(text, told)
    goods: list[Mention] = []
    if cue is not None:
        stop = _LIST_STOP.search(text, cue.end())
        last = stop.start() if stop is not None else len(text)
        goods = goods_listed([m for m in mentions if m.kind == "goods" and cue.end() <= m.start < last
                              and m.start not in taken], text)
        word = (cue.start(), cue.end())
    else:
        joined = _AND_GOODS.search(text, told)
        if joined is None:
            return None
        # The goods open the clause after "and", their modifiers before them ("and industrial machinery back in").
        first = next((m for m in mentions if m.kind == "goods" and m.start not in taken and joined.end() <= m.start
                      and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,3}", text[joined.end():m.start])), None)
        back_in = _BACK_IN.match(text, first.end) if first is not None else None
        if first is None or back_in is None:
            return None
        goods, word = [first], back_in.span()
    if not goods:
        return None
    said = Mention("trigger", word[0], word[1], text[word[0]:word[1]].strip(), value="shipment")
    # The words that take the goods back ("bringing back petroleum") are no kind of the goods.
    described = [(g, describe(text, g, [*mentions, said], lexicon)) for g in goods]
    back = Draft(draft.sentence, draft.index, ["shipment"], described, draft.recipient, draft.supplier, draft.date,
                 draft.date_sentence, list(draft.hedges))
    back.status = draft.status
    add_evidence(back, [said])
    return back


def fronted_return(text: str) -> re.Match[str] | None:
    """The phrase that opens a sentence with the goods a transfer was paid in ("In exchange for the shells,")."""
    return _IN_RETURN_FIRST.match(text)


def in_return(draft: Draft, mentions: list[Mention], dates: list[DateMention], lexicon: Lexicon) -> Draft | None:
    """The goods a transfer was paid in, told after "in exchange for": a claim of its own, the sides swapped.

    A date told after them ("in exchange for coal in March") is the date of both.
    """
    text = draft.sentence.text
    told = next((e for e in draft.evidence if e.field == "kind"), None)
    if (draft.supplier is None and draft.recipient is None) or told is None:
        # "The supplies were delivered to Moscow in exchange for food": one side told is enough, the payment going
        # the other way from it.
        return None
    cue = _IN_RETURN.search(text, told.start - draft.sentence.start)
    if cue is not None:
        word, begin, last = cue.span(), cue.end(), len(text)
    else:
        fronted = fronted_return(text) or return_aside(text)
        if fronted is None or fronted.end() > told.start - draft.sentence.start:
            return None
        word, begin, last = fronted.span("cue"), fronted.end("cue"), fronted.end()
    if _PEOPLE_PAID.match(text, begin):
        return None  # "in exchange for mercenaries": people given back are no goods, and nothing else is named
    # A headline ends at its line: the goods of the sentence run on below it are no payment.
    goods = goods_listed([m for m in mentions if m.kind == "goods" and begin <= m.start and m.end <= last
                          and not re.search(r"[;.\n]", text[begin:m.start])], text)
    if not goods:
        return None
    if draft.date is None:
        later = next((d for d in dates if d.start >= begin and d.value is not None), None)
        if later is not None:
            draft.date, draft.date_sentence = later, draft.sentence
            found = Evidence("date", later.text, draft.sentence.start + later.start,
                                         draft.sentence.start + later.end, draft.sentence)
            draft.evidence.append(found)
    described = [(g, describe(text, g, mentions, lexicon)) for g in goods]
    returned = Draft(draft.sentence, draft.index, ["exchange"], described, draft.recipient, draft.supplier, draft.date,
                     draft.date_sentence, list(draft.hedges))
    returned.status = draft.status
    add_evidence(returned, [Mention("trigger", word[0], word[1], text[word[0]:word[1]], value="exchange")])
    return returned


def elaborate(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention], text: str,
              lexicon: Lexicon, reference: date | None) -> None:
    """Makes and models named just after a claim say what its goods were ("it was an Aurus")."""
    named = [m for m in mentions if m.kind == "goods" and m.detail in ("model", "brand")]
    if not named or not drafts or drafts[-1].index < index - 2:
        return
    draft = drafts[-1]
    if sentence.paragraph - draft.sentence.paragraph > 1:
        # "... spare parts had been delivered from Pyongyang." then, a paragraph further on, "In Angola, ... the
        # navy's patrol boats": a make told past the next paragraph belongs to another case.
        return
    own = draft.date.value if draft.date is not None else None
    if own is not None and any(d.value is not None and not d.value.compatible(own)
                               for d in find_dates(text, reference=reference)):
        # "In 2019, researchers traced two Maybachs" after imports of 2015: another story.
        return
    kinds = {lexicon.chapter(d) for _, d in draft.goods} - {None}
    generic = all(lexicon.generic(d) for _, d in draft.goods)
    for mention in named:
        if not generic and lexicon.chapter(mention.text) not in kinds:
            # "The plane, an Ilyushin Il-76": a make of something else than the claim's goods.
            continue
        begin, finish = phrase_bounds(text, mention, lexicon, mentions)
        description = text[begin:finish]
        if any(description.lower() in d.lower() or d.lower() in description.lower() for _, d in draft.goods):
            continue
        # One make named after a claim names the claim's goods; several name several things.
        draft.goods.append((replace(mention, role="refines" if len(named) == 1 else ""), description))
        draft.evidence.append(Evidence("goods", description, sentence.start + begin, sentence.start + finish,
                                       sentence))


# "These goods have included computers and raw materials": the goods of the transfer just told, named.
# "The banned items include ...", "The seized goods included ...": a word on the goods may come between; "They include
# ..." after a transfer of goods named only as goods says the same.
# "It held 40 tractors", "The cargo consisted of pumps" after a transfer of a load named only as a cargo: what the load
# was. "Half of the goods traded were kinds of ore": a share of the goods just told, named (the participle after
# the goods says which goods, and tells no transfer of its own).
_CONTENTS_NAMED = re.compile(r"\s*(?:(?:(?:These|Those|The|Such|This|That)\s+(?:[\w-]+\s+)?(?:goods|items|products|"
                             r"exports|imports|shipments?|cargo(?:es)?|consignments?)|They|It)\s+(?:have\s+|had\s+)?"
                             r"(?:included|include|includes|comprised|consisted\s+of|contained|held|carried)"
                             r"|(?:Most|Much|Many|All|Some|Part|Half|The\s+bulk|The\s+majority)\s+of\s+"
                             r"(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:goods|items|products|exports|imports|"
                             r"cargo(?:es)?|shipments?|consignments?)(?:\s+[a-z]+ed)?\s+(?:were|was|included|"
                             r"consisted\s+of))\s+", re.IGNORECASE)


def contents_list_opening(text: str) -> re.Match[str] | None:
    """The words that open a sentence naming goods told before only as goods ("The banned items include"), or None."""
    return _CONTENTS_NAMED.match(text)


def contents_opening(drafts: list[Draft], index: int, text: str, lexicon: Lexicon) -> re.Match[str] | None:
    """The words that open a sentence naming the goods of the transfer just told, when that transfer named them only
    as goods or a cargo ("It held 40 tractors" after "delivered a cargo to Nampho"); None otherwise."""
    opening = _CONTENTS_NAMED.match(text)
    if opening is None or not drafts or drafts[-1].index < index - 1:
        return None
    if not all(lexicon.generic(d) for _, d in drafts[-1].goods):
        return None
    return opening


# "worth of goods to Laos over several years, including tractors and pumps": the goods a load told only as goods held;
# so do the goods a relative clause lists ("goods to Laos that ranged from tractors, pumps and wire", "that included").
_INCLUDING = re.compile(r"\s*,?\s+(?:including|among\s+them|such\s+as|(?:(?:that|which)\s+)?(?:ranged|ranging)\s+from|"
                        r"(?:that|which)\s+(?:included|includes|include))\s+", re.IGNORECASE)


# "The main goods bought by Laos included rice and sugar": goods told only as goods that open the sentence, with the
# transfer told of them in a participle, are the goods the main verb after it lists.
_SUBJECT_INCLUDED = re.compile(r"[^.;:!?]{0,120}?\s(?:included|include|includes|comprised|consisted\s+of)\s+",
                               re.IGNORECASE)
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:The|These|Its|Their)\s+)?"
                              r"(?:(?:main|top|chief|principal|key|major|other)\s+)?$", re.IGNORECASE)


def _subject_included(draft: Draft, text: str) -> re.Match[str] | None:
    """The words up to the main verb of a sentence whose subject is the draft's goods told only as goods, with the
    transfer told of them in a participle after them ("The goods sold to Laos included"); None otherwise."""
    first = min(g.start for g, _ in draft.goods)
    told = next((e.start - draft.sentence.start for e in draft.evidence if e.field == "kind"), None)
    last = max(g.end for g, _ in draft.goods)
    if told is None or told < last or text[last:told].strip() or not _SUBJECT_OPENING.match(text[:first]):
        return None
    return _SUBJECT_INCLUDED.match(text, told)


# "Hair products led all exported goods from Laos to Peru", "wigs made up 60% of the goods sent to Peru":
# goods told before a verb of share, with the flow after it told only as goods, are its goods.
_SHARE_OF_GOODS = re.compile(r"\s*(?:,\s*)?(?:topped|tops|top|topping|led|leads|leading|headed|heads|heading|"
                             r"made\s+up|make\s+up|makes\s+up|making\s+up|accounted\s+for|accounts?\s+for|"
                             r"accounting\s+for|constituted|constitutes?|constituting|comprised|comprises?|comprising)\s+"
                             r"[^.;:!?]{0,60}?\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def share_of_goods(draft: Draft, mentions: list[Mention], lexicon: Lexicon) -> None:
    """"Hair products led all exported goods from Laos to Peru": a flow told only as goods, after goods
    named with their share of it, moved those goods."""
    if not draft.goods or not all(lexicon.generic(d) for _, d in draft.goods):
        return
    sentence = draft.sentence
    text = sentence.text
    first = min(g.start for g, _ in draft.goods)
    named = [m for m in mentions if m.kind == "goods" and m.end <= first and not lexicon.generic(m.text)]
    if not named:
        return
    listed = goods_listed([m for m in named if m.start >= named[-1].start - 80], text)
    last = listed[-1] if listed else named[-1]
    _, finish = phrase_bounds(text, last, lexicon, mentions)
    if not _SHARE_OF_GOODS.match(text[:first], finish):
        return
    for mention in listed or [last]:
        begin, end = phrase_bounds(text, mention, lexicon, mentions)
        draft.goods.append((mention, text[begin:end]))
        draft.evidence.append(Evidence("goods", text[begin:end], sentence.start + begin, sentence.start + end,
                                       sentence))


def included(draft: Draft, mentions: list[Mention], lexicon: Lexicon) -> None:
    """"exported $9 million worth of goods to Laos, including tractors, pumps and copper wire": goods told only as goods
    are the goods listed after "including" in the same sentence, or after the main verb of a sentence they open
    ("The goods sold to Laos included tractors")."""
    if not draft.goods or not all(lexicon.generic(d) for _, d in draft.goods):
        return
    sentence = draft.sentence
    text = sentence.text
    opening = _INCLUDING.search(text, max(g.end for g, _ in draft.goods)) or _subject_included(draft, text)
    if opening is None:
        return
    listed = goods_listed([m for m in mentions if m.kind == "goods" and m.start >= opening.end()], text)
    if listed and "rang" in opening.group().lower():
        # "ranging from tractors and pumps to copper wire": the goods at the far end of the range are listed too.
        far = next((m for m in mentions if m.kind == "goods" and m.start > listed[-1].end
                    and re.fullmatch(r"\s+to\s+", text[listed[-1].end:m.start])), None)
        if far is not None:
            listed += goods_listed([m for m in mentions if m.kind == "goods" and m.start >= far.start], text)
    for mention in listed:
        begin, finish = phrase_bounds(text, mention, lexicon, mentions)
        draft.goods.append((mention, text[begin:finish]))
        draft.evidence.append(Evidence("goods", text[begin:finish], sentence.start + begin, sentence.start + finish,
                                       sentence))


def contents_named(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention], text: str,
                   lexicon: Lexicon) -> None:
    """"... exported $650 million worth of goods to Laos. These goods have included computers": the goods the
    transfer just told was named only as goods were these."""
    opening = contents_opening(drafts, index, text, lexicon)
    if opening is None:
        return
    named = [drafts[-1]]
    if _BOTH_WAYS.search(opening.group()):
        # "exported goods to Laos and imported goods from it. The bulk of the products exchanged was ore": the goods of
        # the trade each way that sentence told.
        named = [d for d in drafts if d.index == drafts[-1].index and all(lexicon.generic(g) for _, g in d.goods)]
    for draft in named:
        for mention in [m for m in mentions if m.kind == "goods" and m.start >= opening.end()]:
            begin, finish = phrase_bounds(text, mention, lexicon, mentions)
            description = text[begin:finish]
            if any(description.lower() == d.lower() for _, d in draft.goods):
                continue
            draft.goods.append((mention, description))
            draft.evidence.append(Evidence("goods", description, sentence.start + begin, sentence.start + finish,
                                           sentence))


_BOTH_WAYS = re.compile(r"\b(?:exchanged|traded)\b", re.IGNORECASE)


# "The ship had departed Nampho", "Officials said the vessel had left Nampho": a sentence about the carrier, perhaps
# told as someone's words.
_CARRIER_OPENS = re.compile(r"\s*(?:[\w\s]{0,40}?\b(?:said|say|says|saying|reported|reporting|added)\s+(?:that\s+)?)?"
                            r"(?:The|This|That|the|this|that)\s+(?:[\w-]+\s+)?(?:ship|vessel|freighter|tanker|boat|"
                            r"plane|aircraft)\b")
_CARRIER = re.compile(r"\b(?:ship|vessel|freighter|tanker|boat|plane|aircraft)\b", re.IGNORECASE)


def complete(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention], text: str,
             lexicon: Lexicon) -> None:
    """"A ship was carrying grenades. ... the freighter left Haeju and the munitions were meant for a
    recipient in Egypt": where goods just told without parties came from and went to."""
    if not drafts:
        return
    draft = drafts[-1]
    if draft.supplier is not None or draft.recipient is not None or draft.index < index - 2 \
            or sentence.paragraph - draft.sentence.paragraph > 1:
        return
    if any(m.kind in ("ban", "habitual", "denial") for m in mentions):
        return  # "denied selling them, saying they were sold to a buyer in Dandong": the denier's account
    if cover_story(text.rstrip().rstrip(".")):
        return  # "submitted papers stating that the car was being sent to Singapore": the cover, not where it went
    chapters = {lexicon.chapter(d) for _, d in draft.goods}
    if not any(m.kind == "goods-anaphora" or (m.kind == "goods" and lexicon.chapter(m.text) in chapters)
               for m in mentions) and not (_CARRIER_OPENS.match(text) and _CARRIER.search(draft.sentence.text)):
        # "The vessel was carrying copper wire. The ship had departed Nampho and was bound for Vietnam": the ship that
        # carried the goods just told went where they went.
        return
    parties = [m for m in mentions if is_party(m, text)]
    supplier = party_after_cue(text, mentions, "from", parties, len(text))
    recipient = party_after_cue(text, mentions, "toward", parties, len(text))
    if supplier is recipient:
        recipient = None
    for role, party in (("supplier", supplier), ("recipient", recipient)):
        if party is not None and not cover_story(text[:party.start]):
            setattr(draft, role, party)
            draft.evidence.append(Evidence(role, party.text, sentence.start + party.start,
                                           sentence.start + party.end, sentence))


# "It was on a stop at Kaohsiung before continuing on to Nampho", "The freighter was bound for Nampho": where the
# carrier of goods just seized was going.
_GOING_ON = re.compile(r"\b(?:bound\s+for|destined\s+for|head(?:ed|ing)\s+(?:for|to)|en\s+route\s+to|"
                       r"on\s+its\s+way\s+to|"
                       r"continu(?:e|es|ed|ing)\s+(?:on\s+to|onto|to)|sail(?:ed|ing)?\s+on\s+to|"
                       r"(?:onward|ultimate|final|real)\s+destination\s+(?:was|of))\s+(?:the\s+)?", re.IGNORECASE)
_SEIZED_CARRIER_OPENS = re.compile(r"\s*(?:It|(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:ship|vessel|freighter|"
                                   r"tanker|boat|plane|aircraft|cargo|shipment|consignment|container|containers))\b")


# "after it arrived at Kaohsiung", "docked in Busan": where the carrier stopped, not where it was going.
_STOPPED_AT = re.compile(r"\b(?:arrived|arriving|docked|docking|called|calling|stopped|anchored)\s+(?:at|in)\s+"
                         r"(?:the\s+)?(?:port\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def carried_on_from_seizure(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention], text: str,
                            lexicon: Lexicon) -> None:
    """"Spain confiscated nitric acid from a freighter in Valencia. It was making a stop before continuing on to
    Nampho": goods seized on their way were going where their carrier was going, not to who seized them."""
    if not drafts:
        return
    draft = drafts[-1]
    if draft.index < index - 1 or sentence.paragraph - draft.sentence.paragraph > 1 \
            or not set(draft.kinds) <= {"seizure"} or not _SEIZED_CARRIER_OPENS.match(text):
        return
    if any(m.kind in ("ban", "habitual", "denial") for m in mentions) or cover_story(text.rstrip().rstrip(".")):
        return
    going = _GOING_ON.search(text)
    if going is None:
        return
    where = next((m for m in mentions if m.country and going.end() <= m.start <= going.end() + 30
                  and is_party(m, text)), None)
    if where is None or (draft.supplier is not None and draft.supplier.country == where.country
                         and draft.supplier.kind != "vessel"):
        return
    held = draft.recipient
    if held is not None and not (_STOPPED_AT.search(draft.sentence.text, 0, held.start)
                                 or (draft.goods and held.end <= min(g.start for g, _ in draft.goods))):
        return  # "seized arms bound for Peru": a destination told with the goods stays theirs
    if draft.supplier is not None and draft.supplier.country == where.country:
        # "... from the North Korean freighter X. It was going home to Nampho": the ship carried them home.
        draft.supplier = None
        draft.evidence = [e for e in draft.evidence if e.field != "supplier"]
    draft.recipient = where
    draft.evidence = [e for e in draft.evidence if e.field != "recipient"]
    draft.evidence.append(Evidence("recipient", where.text, sentence.start + where.start, sentence.start + where.end,
                                   sentence))


# "An inquiry found that the buyers were the Libyans", "the buyer was Chad": who bought goods
# just told going nowhere named.
_BUYER_WAS = re.compile(r"\b(?:the\s+)?(?:buyers?|purchasers?|customers?|end[- ]users?|consignees?)\s+(?:was|were)\s+"
                        r"(?:(?:in\s+fact|actually|really|ultimately)\s+)?(?:the\s+|an?\s+)?"
                        r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def buyer_named(drafts: list[Draft], index: int, sentence: Sentence, text: str, lexicon: Lexicon) -> None:
    """"A freighter from Belarus was held carrying pistols. ... the buyers were the Libyans", "... The buyer was a
    Laotian bank": who bought goods just told without a recipient received them."""
    if not drafts:
        return
    draft = drafts[-1]
    if draft.recipient is not None or draft.index < index - 2 or sentence.paragraph - draft.sentence.paragraph > 1:
        return
    said = _BUYER_WAS.search(text)
    if said is None:
        return
    who = said.group("who")
    # "the Libyans": the people of a country, named by its demonym, stand for it.
    found = [m for m in lexicon.find(who) if is_party(m, who) and m.country is not None] or [
        m for m in lexicon.find(who.removesuffix("s")) if m.kind == "country" and m.detail == "demonym"]
    if not found or (draft.supplier is not None and draft.supplier.country == found[0].country):
        return
    start = said.start("who")
    party = replace(found[0], start=start, end=start + len(who), text=who)
    draft.recipient = party
    draft.evidence.append(Evidence("recipient", who, sentence.start + start, sentence.start + start + len(who),
                                   sentence))


# "The shipments, which contained tiles and valves, ...": what the transfer just told held.
_AMONG = re.compile(r"\s*Among\s+", re.IGNORECASE)
# "Among the items found in the container were": the words between the goods named again and the list.
_AMONG_WERE = re.compile(r"\s*(?:(?:found|seized|confiscated|discovered|recovered|impounded)\b[^,;.]{0,60}?\s+)?"
                         r"(?:were|was)\s+", re.IGNORECASE)
# "The cargo – 32 cases of shells – was unloaded": the goods of the load set off by dashes after it.
_DASHED = re.compile(r"\s*[-–—]\s+(?=[^.;]{1,160}?[-–—]\s)")
_DASH = re.compile(r"\s?[-–—]\s")
_CONTAINED = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:had\s+)?(?:contained|carried|held|included|include|includes|"
                        r"comprised|consisted\s+of|(?:was|were)\s+made\s+up\s+of|"
                        r"(?:were|was)\s+(?:loaded|packed|filled)\s+with)\s+", re.IGNORECASE)


# "The top export items in terms of value were", "Top Chinese shipments to Pyongyang included": the goods of a
# flow, listed.
_TOP_ITEMS = re.compile(r"\W*(?:the\s+)?(?:top|main|major|biggest|largest|leading|chief)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:exports?|imports?|shipments|export\s+(?:items|products|goods|commodities)|"
                        r"import\s+(?:items|products|goods|commodities))\b[^,;.]{0,50}?"
                        # "The top export items, in addition to staples such as rice, were": goods told aside first.
                        r"(?:,\s+(?:in\s+addition\s+to|besides|apart\s+from|along\s+with|alongside)\b[^;.]{0,160}?,)?"
                        r"\s+(?:were|was|included|include|comprised)\s+", re.IGNORECASE)


def top_items_told(text: str) -> int | None:
    """Where the words opening a list of a flow's main goods end ("The top export items, besides rice, were"), if the
    sentence opens so."""
    top = _TOP_ITEMS.match(text)
    return top.end() if top is not None else None


def contents(draft: Draft, sentence: Sentence, mentions: list[Mention], lexicon: Lexicon,
             flows: list[Draft] | None = None) -> bool:
    """Give a transfer told without its goods ("Two shipments to Syria were intercepted") the goods the next
    sentence says it held ("The shipments, which contained tiles and valves, ..."); say whether it did."""
    text = sentence.text
    told = next((m for m in mentions if m.kind == "goods-anaphora"), None)
    top = _TOP_ITEMS.match(text)
    if top is not None and any(is_party(m, text) for m in mentions):
        top = None  # "Top Chinese shipments to Pyongyang included ...": a flow told with its own sides
    if top is not None:
        # "Chinese shipments to Laos rose to $166 million. The top export items were steel pipes, worth ...": the
        # goods of the flow just told.
        cue: re.Match[str] | None = top
    elif told is None or (text[:told.start].strip() and not _AMONG.fullmatch(text, 0, told.start)):
        return False
    elif _AMONG.fullmatch(text, 0, told.start):
        # "Among the items were 200 bottles of cognac, 30 watches and two pianos": the goods of the load just told.
        cue = _AMONG_WERE.match(text, told.end)
    else:
        cue = _CONTAINED.match(text, told.end) or _DASHED.match(text, told.end)
    if cue is None:
        return False
    starts = [m.start for m in mentions if m.kind == "goods"]
    # "These items include tires, stainless steel, acetone and lubricant": a comma before more goods carries the
    # list on.
    stop = next((c for c in _LIST_STOP.finditer(text, cue.end()) if c.group() != "," or not any(
        c.end() <= g and not _LIST_STOP.search(text, c.end(), g) for g in starts)), None)
    if cue.re is _DASHED and (closing := _DASH.search(text, cue.end())) is not None:
        # "The cargo – 32 cases of shells and fuses – was unloaded at a jetty": the goods end at the closing dash.
        stop = closing
    if top is not None:
        # "were steel pipes, worth about $11.6 million, and urea, a widely used fertiliser, worth ...": the whole
        # sentence lists them, sums and appositions between.
        stop = _SAID_AFTER.search(text, cue.end())
    goods = [m for m in mentions if m.kind == "goods" and cue.end() <= m.start
             and (stop is None or m.end <= stop.start() or m.start < stop.start() < m.end)
             and not (top is not None and _IN_APPOSITION.search(text, 0, m.start))]
    goods = goods if top is not None else goods_listed(goods, text)
    if not goods:
        return False
    if top is not None:
        # The flow's total is no sum of any one of its goods; each goods listed with a sum of its own ("steel pipes,
        # worth about $11.6 million, and urea, worth $8.84 million") is a flow of its own.
        draft.value = None
        draft.quantity = None
    items = [[mention] for mention in goods]
    if top is not None and flows is not None and len(goods) > 1 and _WORTH.search(text, cue.end()):
        # "processed hair and wool used in wigs, worth about $11.6 million": goods joined with no sum between are
        # one item, worth the sum after the last of them.
        items = [[goods[0]]]
        for mention in goods[1:]:
            if _WORTH.search(text, items[-1][-1].end, mention.start):
                items.append([mention])
            else:
                items[-1].append(mention)
    else:
        flows = None
    for number, item in enumerate(items):
        target = draft
        if flows is not None:
            target = replace(draft, goods=[], evidence=list(draft.evidence))
            last = phrase_bounds(text, item[-1], lexicon, mentions)[1]
            following = items[number + 1][0].start if number + 1 < len(items) else (
                stop.start() if stop is not None else len(text))
            worth = _WORTH.search(text, last, following)
            value = find_value(text[last:following]) if worth is not None else None
            if value is not None:
                target.value = (value.amount, value.unit or "",
                                Mention("value", last + value.start, last + value.end, value.text))
                target.evidence.append(Evidence("value", value.text, sentence.start + last + value.start,
                                                sentence.start + last + value.end, sentence))
            flows.append(target)
        for mention in item:
            begin, finish = phrase_bounds(text, mention, lexicon, mentions)
            target.goods.append((mention, text[begin:finish]))
            target.evidence.append(Evidence("goods", text[begin:finish], sentence.start + begin,
                                            sentence.start + finish, sentence))
    return True


_SAID_AFTER = re.compile(r",\s+(?:reported|said|according\s+to|data\s+showed|the\s+data)\b|\.\s*$", re.IGNORECASE)
_IN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ", worth about $11.6 million": the sum a goods listed is worth, after it (an apposition may come between).
_WORTH = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;]{1,60},\s*)?(?:worth|valued\s+at)\b")


def add_worth(drafts: list[Draft], index: int, sentence: Sentence, text: str) -> None:
    """"The contract was worth about $6 million": a value told just after a claim is its value."""
    if not drafts or drafts[-1].index < index - 1 or drafts[-1].value is not None:
        return
    if not _ABOUT_IT.match(text):
        return
    value = find_value(text)
    if value is None or sum_of_the_whole(text, 0, value.start):
        # "These items made up 60 per cent of its exports, worth $292 million": the whole's sum, not the goods'.
        return
    draft = drafts[-1]
    draft.value = (value.amount, value.unit or "", Mention("value", value.start, value.end, value.text))
    draft.evidence.append(Evidence("value", text[value.start:value.end], sentence.start + value.start,
                                   sentence.start + value.end, sentence))


def deny(drafts: list[Draft], sentence: Sentence, mentions: list[Mention], denials: list[Mention], made: list[Draft],
         lexicon: Lexicon) -> None:
    """Mark denied the claim a denial is about: the latest of this sentence's claims and the last three read
    that has a denier's country as a side (any, when no denier is named), those of the goods named first."""
    text = sentence.text
    deniers = [m for m in mentions if is_party(m, text) and m.end <= denials[0].start]
    countries = {m.country or m.value for m in deniers}
    candidates = list(reversed((made or []) + drafts[-3:]))
    # "denied any weapons trade": the denial is of the claim about those goods.
    named = {lexicon.chapter(m.text) for m in mentions if m.kind == "goods"} - {None}
    if named:
        candidates.sort(key=lambda d: not named & {lexicon.chapter(g) for _, g in d.goods})
    for draft in candidates:
        involved = {p.country or p.value for p in (draft.supplier, draft.recipient) if p is not None}
        told = next((e.start - sentence.start for e in draft.evidence if e.field == "kind"), None) \
            if draft in made else None
        # "A shipping company denied that one of its freighters had delivered steel pipes": what the denial's
        # clause tells is denied, whoever denies it.
        what_is_denied = told is not None and any(
            d.end <= told and re.match(r"\s+that\b", text[d.end:]) for d in denials)
        if not countries or countries & involved or what_is_denied:
            draft.status = ClaimStatus.DENIED
            draft.denied_by = sorted({m.value for m in deniers}) or draft.denied_by
            for denial in denials:
                draft.evidence.append(Evidence("status", denial.text, sentence.start + denial.start,
                                               sentence.start + denial.end, sentence))
            return


def confirm(drafts: list[Draft], index: int, sentence: Sentence, confirmations: list[Mention]) -> None:
    """Mark confirmed the claim of the sentence before, unless it is planned, alleged or denied."""
    if not drafts or drafts[-1].index < index - 1:
        return
    draft = drafts[-1]
    if draft.status is ClaimStatus.REPORTED:
        draft.status = ClaimStatus.CONFIRMED
    for mention in confirmations:
        draft.evidence.append(Evidence("status", mention.text, sentence.start + mention.start,
                                       sentence.start + mention.end, sentence))


# "Chile's biggest export item was herring", "The second largest was wire", "Its biggest imports were": goods
# ranked among a country's exports or imports, each a flow of its own with its own sum.
_RANKED = re.compile(r"\s*(?:(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}?)['’]s?|The|Its|Their)\s+"
                     r"(?:(?:second|third|fourth|fifth|next)[- ]+)?(?:largest|biggest)"
                     r"(?:\s+(?P<flow>export|import)s?(?:\s+(?:items?|products?|goods|commodit(?:y|ies)))?)?"
                     r"(?:\s+(?:to|from)\s+(?P<other>[^,;]{1,40}?))?\s+(?:was|were)\s+")
# "That was followed by pine resin with $0.9 million, dried mushrooms with $0.4 million": goods ranked after those of
# the flow just told, each with its sum.
_FOLLOWED_BY = re.compile(r"\s*(?:That|This|It|Those|These|They)\s+(?:was|were)\s+(?:then\s+)?followed\s+by\s+")
# "Phones made up the largest import value at $120 million, followed by motorcycles with $90 million": goods told
# first, then their rank among the flow's, the goods after ranked next, each with its sum.
_LEADS = re.compile(r"\s*[^,;]{1,60}?\s+(?:made\s+up|accounted\s+for|was|were|took|formed|topped)\s+(?:the\s+)?"
                    # "made up the biggest part of Laos's imports", "were Laos's largest export": the owner's
                    # flow named after the rank, or before it.
                    r"(?:(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)['’]s?|its|their)\s+)?"
                    r"(?:largest|biggest|highest|top|greatest|main)\s+(?:(?:share|portion|part)\s+of\s+"
                    r"(?:(?:(?P<holder>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)['’]s?|its|their)\s+)?)?"
                    r"(?P<flow>import|export)s?"
                    r"(?:\s+(?:to|from)\s+(?P<other>[^,;]{1,40}?)(?=[,;]|\s+(?:with|at|worth|reaching|in|last)\b))?"
                    r"(?:\s+(?:value|values|item|items|category|share|bill))?\b")
# How many sentences back the flow a ranking that tells its goods first belongs to may have been told.
_LEADS_REACH = 3
# Where the goods a ranking names end: the sum or the clause that tells it.
_RANKED_END = re.compile(r",|\s+(?:with|worth|valued|amounting|at)\b|\s+(?:in|during)\s+(?:the\s+)?[A-Z\d]")


def ranked_flows(drafts: list[Draft], index: int, sentence: Sentence, mentions: list[Mention],
                 dates: list[DateMention], last_dates: list[tuple[DateMention, Sentence]],
                 lexicon: Lexicon, *, total: Draft | None = None) -> list[Draft]:
    """Goods told by their rank among a country's exports or imports ("Chile's biggest export item was herring, which
    came to $6 million"), or as following the goods of the flow just told ("The second largest was wire",
    "Those were followed by soap with $0.8 million"): a flow each. A rank with no country of its own is the
    flow just told's, between its sides and in its time when it names no other; `total` is a flow told just before
    without its goods ("Chilean exports to Laos reached $41 million in May")."""
    text = sentence.text
    ranked = _RANKED.match(text)
    followed = _FOLLOWED_BY.match(text) if ranked is None else None
    leads = _LEADS.match(text) if ranked is None and followed is None else None
    if leads is not None:
        return _led_flows(drafts, index, sentence, leads, mentions, dates, last_dates, lexicon)
    cue = ranked or followed
    if cue is None:
        return []
    frame = drafts[-1] if drafts and drafts[-1].index >= index - 1 and drafts[-1].goods else None
    if total is not None and total.index == index - 1 and (frame is None or frame.index < total.index):
        frame = total
    owner = None
    if ranked is not None and ranked.group("owner"):
        owner = next((m for m in mentions if m.kind == "country" and m.start == ranked.start("owner")), None)
        if owner is None or not ranked.group("flow"):
            return []  # "Kim's largest yacht was": no country's trade
    elif frame is None:
        return []
    supplier, recipient = (None, None)
    kinds = list(frame.kinds) if frame is not None else []
    if owner is not None and ranked is not None:
        flow = ranked.group("flow")
        other = next((m for m in mentions if m.kind == "country" and ranked.group("other")
                      and ranked.start("other") <= m.start < ranked.end("other")), None)
        supplier, recipient = (owner, other) if flow == "export" else (other, owner)
        kinds = [flow]
    items = _ranked_items(text, cue.end(), mentions, several=followed is not None)
    made = []
    for goods, value in items:
        told = Mention("trigger", cue.start(), cue.end(), cue.group(0).strip(), value=kinds[0] if kinds else "")
        date_mention, date_sentence = claim_date(sentence, dates, 0, len(text), told, mentions, last_dates)
        hedges = [m for m in mentions if m.kind == "hedge"]
        draft = Draft(sentence, index, kinds or ["export"], [(g, describe(text, g, mentions, lexicon)) for g in goods],
                      supplier, recipient, date_mention, date_sentence, hedges, flow=True)
        draft.status = status_of(hedges)
        if value is not None:
            draft.value = value
        else:
            read_amounts(draft, text, cue.end(), len(text), goods)
        add_evidence(draft, [told])
        if frame is not None:
            _framed(draft, frame, owner)
        made.append(draft)
    return made


def _led_flows(drafts: list[Draft], index: int, sentence: Sentence, leads: re.Match[str], mentions: list[Mention],
               dates: list[DateMention], last_dates: list[tuple[DateMention, Sentence]],
               lexicon: Lexicon) -> list[Draft]:
    """Goods told first and then ranked among a flow's imports or exports, and any told as following them, each
    with its sum: a flow each, between the sides of the last flow of that way told a few sentences before; none
    when no such flow was told."""
    flow = leads.group("flow")
    frame = next((d for d in reversed(drafts) if d.index >= index - _LEADS_REACH and d.goods and flow in d.kinds
                  and (d.supplier is not None or d.recipient is not None)), None)
    text = sentence.text
    at = leads.start("owner") if leads.group("owner") else leads.start("holder") if leads.group("holder") else -1
    owner = next((m for m in mentions if m.kind == "country" and m.start == at), None)
    if frame is None and owner is None:
        return []
    other = next((m for m in mentions if m.kind == "country" and leads.group("other")
                  and leads.start("other") <= m.start < leads.end("other")), None)
    made = []
    for goods, value in _ranked_items(text, 0, mentions, several=True):
        told = Mention("trigger", leads.start("flow"), leads.end("flow"), leads.group("flow"), value=flow)
        date_mention, date_sentence = claim_date(sentence, dates, 0, len(text), told, mentions, last_dates)
        if date_mention is None and (frame is None or frame.date is None):
            # "Laos imported goods worth $45 million from Peru last year ... Pianos were Laos's largest export": goods
            # ranked among a country's trade are of the period its figures told last.
            date_mention, date_sentence = period_told_before(sentence, last_dates)
        hedges = [m for m in mentions if m.kind == "hedge"]
        # "Pianos were Laos's largest export to Peru": the owner's flow, to the country the rank names.
        supplier, recipient = (owner, other) if flow == "export" else (other, owner)
        draft = Draft(sentence, index, [flow], [(g, describe(text, g, mentions, lexicon)) for g in goods],
                      supplier, recipient, date_mention, date_sentence, hedges, flow=True)
        draft.status = status_of(hedges)
        if value is not None:
            draft.value = value
        add_evidence(draft, [told])
        if frame is not None:
            _framed(draft, frame, owner)
        made.append(draft)
    return made


def _framed(draft: Draft, frame: Draft, owner: Mention | None) -> None:
    """Give a ranked flow what the flow just told says and it does not: the time, and the sides (all of them when the
    rank names no country; the other one when the rank's country is a side of that flow)."""
    if draft.date is None and frame.date is not None:
        draft.date, draft.date_sentence = frame.date, frame.date_sentence
        draft.evidence.extend(e for e in frame.evidence if e.field == "date")
    if owner is None:
        # A flow ranked after another takes its sides (the claim's, as merged, where the draft leaves them untold).
        draft.follows = frame
        for role in ("supplier", "recipient"):
            setattr(draft, role, getattr(frame, role))
            draft.evidence.extend(e for e in frame.evidence if e.field == role)
        return
    sides = {"supplier": frame.supplier, "recipient": frame.recipient}
    own = "supplier" if draft.supplier is owner else "recipient"
    other = "recipient" if own == "supplier" else "supplier"
    if getattr(draft, other) is not None:
        return
    # "Chile sold Laos goods worth $41 million ... Chile's biggest export item was herring": the other side is the
    # flow's; told the other way ("North Korea's imports from China ..."), it is the side that was not the country.
    match = next((role for role, side in sides.items() if side is not None and side.country == owner.country), None)
    if match is None:
        return
    taken = "recipient" if match == "supplier" else "supplier"
    setattr(draft, other, sides[taken])
    draft.evidence.extend(replace(e, field=other) for e in frame.evidence if e.field == taken)


def _ranked_items(text: str, begin: int, mentions: list[Mention],
                  *, several: bool) -> list[tuple[list[Mention], tuple[str, str, Mention] | None]]:
    """The goods a ranking names after `begin`, each with its sum: one item, or (`several`) one for each sum told."""
    goods = [m for m in mentions if m.kind == "goods" and m.start >= begin]
    if not several:
        stop = _RANKED_END.search(text, begin)
        listed = goods_listed([g for g in goods if stop is None or g.end <= stop.start()], text)
        return [(listed, None)] if listed else []
    items: list[tuple[list[Mention], tuple[str, str, Mention] | None]] = []
    for number, mention in enumerate(goods):
        following = goods[number + 1].start if number + 1 < len(goods) else len(text)
        value = find_value(text[mention.end:following])
        if items and items[-1][1] is None:
            items[-1][0].append(mention)
        else:
            items.append(([mention], None))
        if value is not None:
            found = Mention("value", mention.end + value.start, mention.end + value.end, value.text)
            items[-1] = (items[-1][0], (value.amount, value.unit or "", found))
    return [(listed, value) for listed, value in items if value is not None]
