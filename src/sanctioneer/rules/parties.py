"""Party matches to findings: what the rulebook's party measures say about a designated party."""

from __future__ import annotations

from datetime import date

from sanctioneer.model import Finding, PartyMatch, PartyScreening, Transfer, Verdict
from sanctioneer.rulebook.measure import Rulebook

__all__ = ["not_screened", "party_findings"]

_ROLES = {"supplier": "the supplier", "recipient": "the recipient"}


def _who(role: str) -> str:
    return _ROLES.get(role, f"the {role}")


def _facts(who: str, party_name: str, match: PartyMatch) -> str:
    listed = match.listed_on.isoformat() if match.listed_on else "on an unknown date"
    name_reason = next((r.split(": ", 1)[1] for r in match.reasons if r.startswith("name: ")), "")
    return (f"{who} {party_name!r} matches {match.name!r} ({match.reference}, {match.regime or 'UN'} list, listed "
            f"{listed}) with score {match.score:.2f} on the name {match.matched!r} [{name_reason}]; "
            f"list snapshot {match.snapshot}")


def party_findings(transfer: Transfer, screening: PartyScreening, rulebook: Rulebook, on: date) -> tuple[Finding, ...]:
    """Turn the matches of a screening into findings through the rulebook's party measures.

    A strong match to a designation a party measure in force covers takes that measure's effect;
    a near match gives review under it. A match no measure covers (another regime's designation)
    gives review without a measure: the rulebook does not encode that regime.
    """
    by_query: dict[str, list[PartyMatch]] = {}
    for match in screening.matches:
        by_query.setdefault(match.query, []).append(match)
    measures = [(m, effect) for m in rulebook.screened_measures if (effect := m.effect_on(on)) is not None]
    findings: list[Finding] = []
    for role, party in transfer.named_parties:
        who = _who(role)
        for match in by_query.get(party.name or "", ()):
            facts = _facts(who, party.name or "", match)
            checks = (f"confirm the identity of {who} against {match.reference} "
                      "(dates of birth, nationality, documents)",)
            covering = [(m, e) for m, e in measures
                        if m.designations is not None
                        and m.designations.covers(match.list_id, match.regime, match.reference)]
            if not covering:
                findings.append(Finding(
                    effect=Verdict.REVIEW,
                    reason=f"designated under the {match.regime or 'UN'} sanctions regime, which this rulebook "
                    f"does not encode: {facts}",
                    matched=match.reference,
                    checks=checks,
                ))
                continue
            for measure, effect in covering:
                lead = "designated person or entity" if match.strong else "possible designated person or entity"
                findings.append(Finding(
                    effect=effect if match.strong or effect is Verdict.PERMITTED else Verdict.REVIEW,
                    reason=f"{measure.title}: {lead}: {facts}",
                    measure=measure.id,
                    citation=measure.citation,
                    verified=measure.verified,
                    matched=match.reference,
                    checks=checks,
                ))
    return tuple(findings)


def not_screened(transfer: Transfer, why: str) -> Finding:
    """The review finding for named parties that could not be screened."""
    names = ", ".join(repr(party.name) for _, party in transfer.named_parties)
    return Finding(
        effect=Verdict.REVIEW,
        reason=f"parties not screened: {why}; {names} may be designated",
        checks=("load a list with `sanctioneer lists update` (or `sanctioneer lists load un-sc FILE`) and assess "
                "again, check SANCTIONEER_HOME, or pass --no-screen to assess the goods alone",),
    )
