"""When the classifier's first answer may be used without a person checking it.

The thresholds were set on held-out training lines (`benchmarks/hs_calibrate.py`); a
consequential heading whose goods the description does not name is never confident.
"""

from __future__ import annotations

from sanctioneer.hs.candidate import Candidate

__all__ = [
    "CONFIDENT_AGREEMENT",
    "CONFIDENT_ALONE",
    "CONFIDENT_BELIEF",
    "CONFIDENT_GAZETTEER",
    "CONFIDENT_MARGIN",
    "CONFIDENT_MODEL",
    "CONFIDENT_RULE_MODEL",
    "CONFIDENT_SCORE",
    "CONFIDENT_SOURCES",
    "PLAIN_MODEL",
    "PLAIN_REPORT_AGREEMENT",
    "PLAIN_UNKNOWN",
    "SENSITIVE_DOUBT",
    "confident_route",
    "is_confident",
]


#: A top candidate is used without review when its score and its lead over the next reach these.
CONFIDENT_SCORE = 0.55
CONFIDENT_MARGIN = 0.3
#: The trained model's probability a heading needs to be confident with a gazetteer term, or with two sources agreeing.
CONFIDENT_GAZETTEER = 0.9
CONFIDENT_MODEL = 0.95
#: How many sources ranking first a heading a gazetteer term names make it confident without the model's agreement.
CONFIDENT_AGREEMENT = 4
#: The trained model's probability that makes a heading outside the consequential ranges confident by itself.
CONFIDENT_ALONE = 0.9
#: How many sources that read the text differently (nomenclature words, tariff lines, labelled examples, the trained
#: model) must rank the heading first, beside what names its goods, for any confident answer but a maker's model's:
#: out of fold, the answers this and `CONFIDENT_RULE_MODEL` leave unsure were right 20 times in 36, those a rule
#: named once in 13.
CONFIDENT_SOURCES = 2
#: The trained model's probability a heading a rule names needs: a rule reads a word, and the model, which reads
#: them all, must not rule the heading out ("Toys for pets, of textile materials" are no toys of 95.03).
CONFIDENT_RULE_MODEL = 0.1
#: A plainly named heading (`Candidate.plain`) is confident when the trained model knows no heading for the words (its
#: best probability under `PLAIN_UNKNOWN`: a report's "artillery shells" or "refined petroleum", which the rulings and
#: tariff lines it learnt from rarely name so), or when it ranks this heading first with at least `PLAIN_MODEL` and
#: `CONFIDENT_SOURCES` sources rank it first. Out of fold, over the five folds of rulings and tariff lines, the
#: first kind were right 47 times in 55 and the second 216 times in 221; with the model knowing the words, less
#: sure or ranking another heading first, 162 times in 183 (the words' state or material decides: "filberts", "men's
#: shirt", "plastic bottles").
PLAIN_UNKNOWN = 0.3
PLAIN_MODEL = 0.8
#: How many sources must rank first the heading of a plain name read from a report, which the trained model ranks
#: first below `PLAIN_MODEL`, outside the consequential ranges ("rice"; "cosmetics", two sources, stays unsure).
PLAIN_REPORT_AGREEMENT = 3
#: The probability of the heading, all evidence weighed together, that makes an answer confident.
CONFIDENT_BELIEF = 0.95
#: A consequential heading among the other candidates with at least this probability (weighed, or the trained
#: model's) leaves an answer outside the consequential ranges unsure: the goods may be the sanctioned ones.
SENSITIVE_DOUBT = 0.05


def is_confident(candidates: list[Candidate], *, report: bool = False) -> bool:
    """Say whether the top candidate is strong and clear enough to use without a person checking it.

    The goods must be named (the head noun is the heading's own word, a gazetteer term or a rule's). A
    description that is wholly one gazetteer term of this heading alone, after words of quality ("artillery
    shells", "used excavators": `Candidate.plain`), is confident when the trained model knows no heading for the
    words (`PLAIN_UNKNOWN`) or ranks it first with `PLAIN_MODEL` and two sources agree: the name is the
    evidence, and the sources taught by longer descriptions seldom rank such a name first. When the name is also the
    nomenclature's own word for the heading's goods alone (`Candidate.own_name`: "horses", "missiles"), the model need
    only rank it first, two sources agreeing. Otherwise, unless a
    maker's model names them, `CONFIDENT_SOURCES` sources that read the text differently (nomenclature words,
    tariff lines, labelled examples, the trained model) must rank the heading first: words naming goods are one
    kind of evidence, and one kind alone did not hold on text unlike the tariff lines and rulings the rule was
    fitted on. When the evidence was weighed together (no rule or gazetteer term at the head noun), the
    heading's probability must reach `CONFIDENT_BELIEF` and the heading must not be a consequential one.
    Otherwise the score must reach `CONFIDENT_SCORE` and its lead over the next `CONFIDENT_MARGIN`, and either a
    maker's model names the heading, or a rule does and the trained model gives it at least
    `CONFIDENT_RULE_MODEL`, or a gazetteer term does and the trained model gives it at least
    `CONFIDENT_GAZETTEER` (or `CONFIDENT_AGREEMENT` sources rank it first: "coal", "vodka" and "pianos" are
    words the tariff lines the model learnt from rarely use alone), or the trained model gives it at least
    `CONFIDENT_MODEL`, or, outside the consequential headings, at least `CONFIDENT_ALONE`. A consequential
    heading whose goods are not named is never confident, nor is a set or kit read as the goods it holds, nor
    words a national tariff gives lines under several headings (`Candidate.shared`), nor words naming no goods,
    only how goods are worked (`Candidate.stated`: "Crude or roughly trimmed", "Chain and parts thereof"), nor
    goods a word names without what the nomenclature splits them by when one of its readings is consequential
    ("cuff links"), nor an answer in a heading that holds consequential subheadings whose subheading, outside
    them, neither a rule or a maker's model names nor the description's words state (a gazetteer term's usual
    subheading alone, or a resemblance, decides too little: "handbag" is 42.02 whether of leather or of textile,
    and the subheading decides whether it is a luxury good). The thresholds were set on held-out training lines
    (`benchmarks/hs_calibrate.py`); docs/benchmarks.md gives how often a confident answer is right on the test
    sets, and how many lines get one.

    Goods words read from a report's running text (`report`) may also be confident by the route of a consequential
    name (`confident_route`).
    """
    return confident_route(candidates, report=report) is not None


def confident_route(candidates: list[Candidate], *, report: bool = False) -> str | None:
    """Say by which route the top candidate is confident (see `is_confident`), or None when it is not.

    The routes: "plain name" (the description is wholly one gazetteer term of this heading alone,
    `Candidate.plain`, and the trained model knows no heading for the words or ranks it first: `PLAIN_UNKNOWN`,
    `PLAIN_MODEL`), "weighed" (the
    evidence weighed together), "rule or model" (a rule or a maker's model names the heading), "gazetteer
    with the model", "gazetteer with agreement", "model with agreement" and "model outside the consequential
    ranges". Every route but a plain name's, a maker's model's and a consequential name's needs
    `CONFIDENT_SOURCES` sources ranking the heading first.

    A plain name in a report ("plain name in a report") is the route of a report's words wholly one gazetteer term or
    rule of a heading outside the consequential ranges ("rice") that the trained model ranks first, below
    `PLAIN_MODEL`, with `PLAIN_REPORT_AGREEMENT` sources ranking it first and the score and its lead reaching
    `CONFIDENT_SCORE` and `CONFIDENT_MARGIN`.

    A consequential name ("consequential name in a report") is the route of goods words read from a report's running
    text (`report`): a gazetteer term, a rule or a maker's model at the head names goods of a consequential heading
    ("self-propelled guns", "mortar ammunition", "Lexus SUVs"), the trained model ranks no other heading first with
    `PLAIN_UNKNOWN` or more, and the score and its lead reach `CONFIDENT_SCORE` and `CONFIDENT_MARGIN`. A report names
    goods in a word or two, which the sources taught by tariff lines seldom rank first; and an answer in the
    consequential ranges can make a verdict stricter, never let sanctioned goods pass as permitted.
    """
    if not candidates:
        return None
    first = candidates[0]
    if not first.named or first.held_back or first.composite or first.unstated or first.shared or first.stated:
        return None
    # In a heading split between consequential subheadings and others the subheading decides the verdict: one
    # chosen outside them by a gazetteer term's usual subheading alone or by resemblance is not enough to act on.
    if first.beside_sensitive and first.subheading_basis not in ("rule", "named", "only", "stated"):
        return None
    if not first.sensitive and any(
        c.sensitive and max(c.belief, c.probability) >= SENSITIVE_DOUBT for c in candidates[1:]
    ):
        return None
    # Goods named plainly, the description wholly one term of one heading ("artillery shells", "horses"): the name is
    # the evidence, unless the trained model, which reads the same words, puts another heading far ahead ("mushrooms"
    # alone may be preserved ones of 20.03, which the model knows from the tariff).
    # When the name is also the nomenclature's own word for this heading's goods and no other's ("horses", "missiles"),
    # the model need only rank the heading first, with two sources agreeing.
    if first.plain and first.named_by in ("gazetteer", "rule") and not first.weighed and (
        first.model_best < PLAIN_UNKNOWN
        or (first.probability >= first.model_best and first.agreement >= CONFIDENT_SOURCES
            and (first.probability >= PLAIN_MODEL or first.own_name))
    ):
        return "plain name"
    if report and _consequential_name(first, candidates):
        return "consequential name in a report"
    if report and _plain_report_name(first, candidates):
        return "plain name in a report"
    if report and _everyday_report_name(first):
        return "everyday name in a report"
    # Words that name the goods are one kind of evidence; a second, read another way, must agree. A maker's model is
    # a name no other goods carry, which the sources taught by tariff lines and rulings rarely know ("Aurus Senat").
    if first.named_by != "model" and first.agreement < CONFIDENT_SOURCES:
        return None
    # Words that are one tariff line's own rest on that line when no rule or term names the goods: out of fold, such
    # weighed answers the model was less sure of than `CONFIDENT_ALONE` were wrong 8 times in 28 (the same words
    # under another heading, the line above deciding).
    if first.lone and first.weighed and first.probability < CONFIDENT_ALONE:
        return None
    if first.weighed:
        # Weighed evidence makes a consequential heading confident only through a rule or a term naming it, never alone.
        return "weighed" if first.belief >= CONFIDENT_BELIEF and not first.sensitive else None
    if not _leads(first, candidates):
        return None
    if first.named_by == "model" or (first.named_by == "rule" and first.probability >= CONFIDENT_RULE_MODEL):
        return "rule or model"
    # A gazetteer term needs the trained model's agreement: with the model silent, such answers were
    # right 4 times in 7 on held-out training lines.
    if first.named_by == "gazetteer" and first.probability >= CONFIDENT_GAZETTEER:
        return "gazetteer with the model"
    if first.named_by == "gazetteer" and first.agreement >= CONFIDENT_AGREEMENT:
        return "gazetteer with agreement"
    if first.probability >= CONFIDENT_MODEL:
        return "model with agreement"
    # The trained model is sure enough at a lower probability only where a mistake costs no sanctions verdict.
    if first.probability >= CONFIDENT_ALONE and not first.sensitive:
        return "model outside the consequential ranges"
    return None


def _consequential_name(first: Candidate, candidates: list[Candidate]) -> bool:
    """Say whether a report's words name goods of a consequential heading plainly enough to act on (see
    `confident_route`)."""
    if not first.sensitive or first.named_by not in ("gazetteer", "rule", "model"):
        return False
    if first.probability < first.model_best and first.model_best >= PLAIN_UNKNOWN:
        return False
    return _leads(first, candidates)


def _plain_report_name(first: Candidate, candidates: list[Candidate]) -> bool:
    """Say whether a report's words are wholly one gazetteer term or rule of a heading outside the consequential ranges
    ("rice"), which the trained model ranks first and `PLAIN_REPORT_AGREEMENT` sources rank first, the score and its
    lead reaching `CONFIDENT_SCORE` and `CONFIDENT_MARGIN` (see `confident_route`)."""
    if not first.plain or first.sensitive or first.weighed or first.named_by not in ("gazetteer", "rule"):
        return False
    if first.probability < first.model_best or first.agreement < PLAIN_REPORT_AGREEMENT:
        return False
    return _leads(first, candidates)


def _everyday_report_name(first: Candidate) -> bool:
    """Say whether a report's words are the everyday name of goods no verdict turns on (`Candidate.everyday`), named by
    their gazetteer term, with a score of at least `CONFIDENT_SCORE`, and the trained model not sure of another heading
    (`PLAIN_MODEL`): see `confident_route`."""
    if not first.everyday or first.sensitive or first.weighed or first.named_by != "gazetteer":
        return False
    if first.probability < first.model_best and first.model_best >= PLAIN_MODEL:
        return False
    return first.score >= CONFIDENT_SCORE


def _leads(first: Candidate, candidates: list[Candidate]) -> bool:
    """Say whether the first answer's score reaches `CONFIDENT_SCORE` and its lead over the next `CONFIDENT_MARGIN`."""
    second = candidates[1].score if len(candidates) > 1 else 0.0
    return first.score >= CONFIDENT_SCORE and first.score - second >= CONFIDENT_MARGIN
