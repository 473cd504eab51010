"""Judge a transfer against a rulebook as the law stood on a date."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sanctioneer.hs.codes import Relation, describe, format_hs
from sanctioneer.memo import MISSING, IdentityMemo
from sanctioneer.model import (
    Classification,
    Classifier,
    Decision,
    Direction,
    Finding,
    GoodsLine,
    HsSource,
    ItemRef,
    LineDecision,
    ListRef,
    Party,
    PartyScreener,
    PartyScreening,
    ScreeningStatus,
    Transfer,
    Verdict,
)
from sanctioneer.rulebook.measure import Clause, Item, Measure, MeasureDirection, Rulebook
from sanctioneer.rules.matching import ClauseMatch, Fit, match_clause, relation_to, threshold_check
from sanctioneer.rules.movement import Movement, movements
from sanctioneer.rules.parties import not_screened, party_findings

__all__ = ["evaluate", "judge_line"]


def _cap(effect: Verdict, ceiling: Verdict) -> Verdict:
    return effect if effect.severity <= ceiling.severity else ceiling


@dataclass
class _Draft:
    """A finding under construction."""

    effect: Verdict
    parts: list[str]
    checks: list[str] = field(default_factory=list)
    verified: bool = True
    matched: str | None = None


def _exemption_applies(measure: Measure, draft: _Draft, line: GoodsLine, transfer: Transfer, on: date) -> None:
    for exemption in measure.exemptions:
        if not exemption.in_force(on):
            continue
        trigger: str | None = None
        if exemption.unconditional:
            trigger = "in force on this date"
        elif exemption.hs and line.hs and relation_to(line.hs, exemption.hs) is not Relation.OUTSIDE:
            trigger = f"HS {format_hs(line.hs)} may be {exemption.label}"
        elif (term := exemption.find_term(line.description)) is not None:
            trigger = f"the description says {term!r}"
        elif (term := exemption.find_purpose(transfer.purpose) or exemption.find_purpose(line.description)):
            trigger = f"the stated purpose says {term!r}"
        if trigger is None:
            continue
        draft.effect = _cap(draft.effect, Verdict.REVIEW)
        draft.parts.append(f"prohibited unless {exemption.label} ({exemption.citation}; {trigger})")
        draft.checks.append(exemption.check)
        draft.verified = draft.verified and exemption.verified


def _draft(
    measure: Measure,
    effect: Verdict,
    clause: Clause,
    match: ClauseMatch,
    line: GoodsLine,
    transfer: Transfer,
    movement: Movement,
    on: date,
    item: Item | None,
) -> _Draft | None:
    if match.fit is Fit.EXCEPTED:
        return _Draft(effect=Verdict.PERMITTED, parts=[match.reason, movement.basis])
    if clause.effect is not None:
        effect = _cap(effect, clause.effect)
    draft = _Draft(effect=effect, parts=[match.reason], checks=list(measure.checks), matched=match.term)
    if match.fit in (Fit.POSSIBLE, Fit.CONFLICT):
        draft.effect = _cap(draft.effect, Verdict.REVIEW)
        draft.checks.append("give the precise HS code and a description that names the goods")
    if clause.threshold is not None:
        over, why = threshold_check(clause.threshold, line.value)
        if over is False:
            return _Draft(effect=Verdict.PERMITTED, parts=[match.reason, why], matched=match.term)
        draft.parts.append(why)
        if over is None:
            draft.effect = _cap(draft.effect, Verdict.REVIEW)
            draft.checks.append(f"establish the value: {clause.label} is covered when {clause.threshold}")
    if item is not None and item.since > on:
        # An item named later is only a hint for earlier dates, and only where the measure says so
        # (the first luxury-goods measure left "luxury goods" to each State until annexes named items).
        if measure.items_before_listing is None or match.fit is not Fit.MATCH:
            return None
        draft.effect = _cap(draft.effect, Verdict.REVIEW)
        draft.parts.append(
            f"{item.citation.instrument} named this item only from {item.since.isoformat()}; "
            f"{measure.items_before_listing}"
        )
        draft.checks.append("decide whether the goods were covered under national law on that date")
    if movement.capped:
        draft.effect = _cap(draft.effect, Verdict.REVIEW)
    if draft.effect is Verdict.PROHIBITED:
        _exemption_applies(measure, draft, line, transfer, on)
    if measure.regardless_of_origin and transfer.origin and movement.direction is Direction.TO:
        draft.parts.append(f"origin {transfer.origin} does not matter: the measure applies whatever the origin")
    draft.parts.append(movement.basis)
    return draft


def _best(candidates: list[_Draft]) -> _Draft | None:
    best: _Draft | None = None
    for candidate in candidates:
        if best is None or candidate.effect.severity > best.effect.severity:
            best = candidate
    return best


def _judge_measure(
    measure: Measure,
    effect: Verdict,
    line: GoodsLine,
    transfer: Transfer,
    movement: Movement,
    on: date,
) -> list[Finding]:
    findings: list[Finding] = []
    groups: list[tuple[Item | None, tuple[Clause, ...]]] = [(None, measure.goods)]
    groups.extend((item, item.goods) for item in measure.items)
    for item, clauses in groups:
        drafts = []
        for clause in clauses:
            if clause.direction is not None and clause.direction != movement.direction.value:
                continue
            match = match_clause(clause, line)
            if match.fit is Fit.NONE:
                continue
            draft = _draft(measure, effect, clause, match, line, transfer, movement, on, item)
            if draft is not None:
                drafts.append(draft)
        best = _best(drafts)
        if best is None:
            continue
        title = item.label if item else measure.title
        findings.append(
            Finding(
                effect=best.effect,
                reason=f"{title}: " + "; ".join(best.parts),
                measure=measure.id,
                direction=movement.direction,
                citation=measure.citation,
                verified=best.verified and measure.verified and (item.verified if item else True),
                item=ItemRef(item.id, item.label, item.citation) if item else None,
                matched=best.matched,
                checks=tuple(dict.fromkeys(best.checks)),
            )
        )
    # Within one measure, weaker findings add nothing once a stronger one holds: a car that is a
    # luxury automobile needs no "may be a racing car" review beside it.
    top = Verdict.worst(f.effect for f in findings)
    return [f for f in findings if f.effect is top]


# Line judgements made before, by the rulebook and everything else a judgement reads: the line, how
# its code was found, the transfer's origin and stated purpose, the movements and the date. Services
# and batch runs judge the same goods lines again and again. Only lines judged without classifier
# evidence or findings of their own are kept.
_JUDGED: IdentityMemo[LineDecision] = IdentityMemo(16384)


def _judge_line(
    index: int,
    line: GoodsLine,
    hs_source: HsSource,
    transfer: Transfer,
    moves: tuple[Movement, ...],
    rulebook: Rulebook,
    on: date,
    evidence: tuple[dict[str, object], ...] = (),
    extra: tuple[Finding, ...] = (),
) -> LineDecision:
    if evidence or extra:
        return _judge_line_now(index, line, hs_source, transfer, moves, rulebook, on, evidence, extra)
    key = (index, line, hs_source, transfer.origin, transfer.purpose, moves, on)
    known = _JUDGED.get(rulebook, key)
    if known is not MISSING:
        return known
    return _JUDGED.put(rulebook, key, _judge_line_now(index, line, hs_source, transfer, moves, rulebook, on))


def _judge_line_now(
    index: int,
    line: GoodsLine,
    hs_source: HsSource,
    transfer: Transfer,
    moves: tuple[Movement, ...],
    rulebook: Rulebook,
    on: date,
    evidence: tuple[dict[str, object], ...] = (),
    extra: tuple[Finding, ...] = (),
) -> LineDecision:
    findings: list[Finding] = list(extra)
    for residual in (False, True):
        if residual and any(f.measure and f.effect is not Verdict.PERMITTED for f in findings):
            break  # catch-alls only speak where no specific measure restricts the line
        for measure in rulebook.measures:
            if measure.residual is not residual or not (measure.goods or measure.items):
                continue
            effect = measure.effect_on(on)
            if effect is None or not measure.may_match(line.hs, line.description):
                continue
            for movement in moves:
                if MeasureDirection.covers(measure.direction, movement.direction):
                    findings.extend(_judge_measure(measure, effect, line, transfer, movement, on))
    if moves and line.hs is None and not any(f.measure for f in findings) and not extra:
        findings.append(
            Finding(
                effect=Verdict.REVIEW,
                reason="the line has no HS code and its description names no goods the measures cover",
                checks=("give the HS code of the goods",),
            )
        )
    verdict = Verdict.worst(f.effect for f in findings)
    return LineDecision(
        index=index,
        hs=line.hs,
        hs_source=hs_source,
        description=line.description,
        verdict=verdict,
        findings=tuple(findings),
        hs_label=describe(line.hs) if line.hs else None,
        evidence=evidence,
    )


def _candidates_finding(
    line: GoodsLine,
    result: Classification,
    transfer: Transfer,
    moves: tuple[Movement, ...],
    rulebook: Rulebook,
    on: date,
) -> Finding:
    """Say which measures each candidate code would trigger, so a person can choose."""
    parts = []
    for code in result.candidates:
        trial = _judge_line(0, GoodsLine(line.description, code, line.quantity, line.unit, line.value),
                            HsSource.CLASSIFIED, transfer, moves, rulebook, on)
        effects: dict[str, Verdict] = {}
        for finding in trial.findings:
            if finding.measure and finding.effect is not Verdict.PERMITTED:
                effects[finding.measure] = Verdict.worst([effects.get(finding.measure, finding.effect),
                                                          finding.effect])
        triggered = ", ".join(f"{m} ({e.value})" for m, e in effects.items()) or "no measure"
        parts.append(f"HS {format_hs(code)} would trigger {triggered}")
    listing = "; ".join(parts) if parts else "no candidate code was found"
    return Finding(
        effect=Verdict.REVIEW,
        reason=f"the description could not be classified with confidence: {listing}",
        checks=("give the HS code of the goods",),
    )


def _classify(
    line: GoodsLine, classifier: Classifier | None
) -> tuple[GoodsLine, HsSource, Classification | None]:
    if line.hs is not None:
        return line, HsSource.GIVEN, None
    if classifier is None or not line.description:
        return line, HsSource.NONE, None
    result = classifier.classify(line.description)
    if result.confident and result.hs:
        classified = GoodsLine(line.description, result.hs, line.quantity, line.unit, line.value)
        return classified, HsSource.CLASSIFIED, result
    return line, HsSource.NONE, result


def _decide_line(
    index: int,
    original: GoodsLine,
    transfer: Transfer,
    moves: tuple[Movement, ...],
    rulebook: Rulebook,
    on: date,
    classifier: Classifier | None,
) -> LineDecision:
    """Classify a line when it has no code and judge it: the one path every goods line takes."""
    line, source, result = _classify(original, classifier if moves else None)
    evidence = result.evidence if result else ()
    extra: tuple[Finding, ...] = ()
    if result is not None and source is HsSource.NONE:
        extra = (_candidates_finding(line, result, transfer, moves, rulebook, on),)
    decided = _judge_line(index, line, source, transfer, moves, rulebook, on, evidence, extra)
    if result is not None and classifier is not None:
        decided = replace(decided, classifier_version=classifier.version)
    return decided


def judge_line(
    line: GoodsLine,
    rulebook: Rulebook,
    *,
    as_of: date,
    direction: Direction = Direction.TO,
    classifier: Classifier | None = None,
    purpose: str | None = None,
) -> LineDecision:
    """Judge one goods line moving `direction` the regime's target country, as the law stood on `as_of`.

    The same judgement `evaluate` makes for each line of a transfer whose supplier or recipient is
    in the target country; views such as luxury determination read its findings.
    """
    regime = rulebook.regime
    if direction is Direction.TO:
        transfer = Transfer(goods=(line,), date=as_of, recipient=Party(country=regime.target), purpose=purpose)
        basis = f"the goods go to {regime.target_name}"
    else:
        transfer = Transfer(goods=(line,), date=as_of, supplier=Party(country=regime.target), purpose=purpose)
        basis = f"the goods come from {regime.target_name}"
    return _decide_line(0, line, transfer, (Movement(direction, basis),), rulebook, as_of, classifier)


def evaluate(
    transfer: Transfer,
    rulebook: Rulebook,
    *,
    as_of: date | None = None,
    today: date | None = None,
    classifier: Classifier | None = None,
    screener: PartyScreener | None = None,
    screen: bool = True,
    identify: bool = True,
) -> Decision:
    """Judge a transfer as the law stood on `as_of` (default: the transfer's date, else today).

    Named parties are screened with `screener` and judged under the rulebook's party measures.
    Without a screener, or when it has no list, they are not screened and the decision gives
    review saying so; `screen=False` switches screening off and the decision records that.
    Deterministic: the same transfer, rulebook, classifier and lists give the same decision, and
    its `decision_id` is the digest of the transfer and everything the decision says
    (`identify=False` leaves it unset, for callers that never report it).
    """
    if as_of is not None:
        on, basis = as_of, "given"
    elif transfer.date is not None:
        on, basis = transfer.date, "transfer date"
    else:
        on, basis = today or date.today(), "today: the transfer has no date"
    regime = rulebook.regime
    moves, facts = movements(transfer, target=regime.target, target_name=regime.target_name)
    transfer_findings = list(facts)
    named = transfer.named_parties
    lists: tuple[ListRef, ...] = ()
    if not named:
        screening = ScreeningStatus.NO_PARTIES
    elif not screen:
        screening = ScreeningStatus.OFF
    else:
        result = (screener.screen_names([party.name or "" for _, party in named], on) if screener is not None
                  else PartyScreening((), (), missing="no list loaded: no party screener was given"))
        if result.missing is not None or not result.lists:
            screening = ScreeningStatus.NO_LIST
            transfer_findings.append(not_screened(transfer, result.missing or "no list loaded"))
        else:
            screening = ScreeningStatus.SCREENED
            lists = result.lists
            transfer_findings.extend(party_findings(transfer, result, rulebook, on))
    if not moves and not facts:
        transfer_findings.append(
            Finding(
                effect=Verdict.PERMITTED,
                reason=f"neither the supplier, the recipient, the origin nor the route involves "
                f"{regime.target_name}: the {regime.name} goods measures do not apply",
            )
        )
    lines = [
        _decide_line(index, original, transfer, moves, rulebook, on, classifier)
        for index, original in enumerate(transfer.goods)
    ]
    verdict = Verdict.worst([f.effect for f in transfer_findings] + [line.verdict for line in lines])
    decision = Decision(
        verdict=verdict,
        as_of=on,
        as_of_basis=basis,
        rulebook_version=rulebook.version,
        lines=tuple(lines),
        findings=tuple(transfer_findings),
        transfer_id=transfer.id,
        directions=tuple(m.direction for m in moves),
        lists=lists,
        screening=screening,
    )
    return replace(decision, decision_id=decision.content_id(transfer)) if identify else decision
