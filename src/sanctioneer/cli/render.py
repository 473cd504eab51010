"""Render decisions and measures as readable text, with colour on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from sanctioneer.display import MARKS, escape
from sanctioneer.hs.codes import format_hs
from sanctioneer.model import Decision, Finding, ScreeningStatus, Verdict
from sanctioneer.rulebook.measure import Corroboration, Measure, Rulebook

__all__ = ["console", "escape", "render_decisions", "render_measure", "render_rulebook_list"]

_STYLE = {Verdict.PROHIBITED: "bold red", Verdict.REVIEW: "bold yellow", Verdict.PERMITTED: "bold green"}


class _Inert(Text):
    """Text whose every piece is escaped and none read as markup: what the data says is shown, never obeyed."""

    def __init__(self, text: str = "", style: str | Style = "") -> None:
        super().__init__(escape(text), style)

    def append(self, text: str | Text, style: str | Style | None = None) -> Text:
        return super().append(escape(text) if isinstance(text, str) else text, style)


def console() -> Console:
    # Piped output is read by people and diffed by machines: give it room rather than 80 columns.
    return Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _verdict(verdict: Verdict) -> Text:
    return _Inert(verdict.value.upper(), style=_STYLE[verdict])


def _citation_text(finding: Finding) -> str:
    parts = []
    if finding.citation:
        parts.append(str(finding.citation))
    if finding.item:
        parts.append(str(finding.item.citation))
    return "; ".join(parts)


def _finding(out: Console, finding: Finding, indent: str) -> None:
    head = _Inert(indent)
    head.append(f"{MARKS[finding.effect]} {finding.effect.value}", style=_STYLE[finding.effect])
    if finding.measure:
        head.append(f"  {finding.measure}", style="bold")
    citation = _citation_text(finding)
    if citation:
        head.append(f"  {citation}", style="cyan")
    out.print(head)
    out.print(_Inert(f"{indent}    {finding.reason}"))
    for check in finding.checks:
        out.print(_Inert(f"{indent}    check: {check}", style="yellow"))
    if finding.citation:
        out.print(_Inert(f"{indent}    {finding.citation.url}", style="dim"))
    if not finding.verified:
        out.print(_Inert(f"{indent}    unverified: this rule's text has not been checked against the adopted "
                       "resolution", style="magenta"))


def render_decision(out: Console, decision: Decision) -> None:
    title = _Inert("Transfer ")
    title.append(decision.transfer_id or "(no id)", style="bold")
    title.append(": ")
    title.append_text(_verdict(decision.verdict))
    out.print(title)
    directions = ", ".join(d.value for d in decision.directions) or "none"
    out.print(_Inert(f"  law as of {decision.as_of.isoformat()} ({decision.as_of_basis}); directions: {directions}",
                   style="dim"))
    out.print(_Inert(f"  rulebook {decision.rulebook_version}"
                   + (f"; lists {decision.lists_version}" if decision.lists_version else ""), style="dim"))
    screening = decision.screening
    if screening is ScreeningStatus.OFF:
        out.print(Text("  parties not screened: screening was switched off (--no-screen)", style="yellow"))
    elif screening is ScreeningStatus.NO_LIST:
        out.print(Text("  parties not screened: no list loaded", style="bold yellow"))
    out.print(Text(f"  decision {decision.decision_id}", style="dim"))
    for finding in decision.findings:
        _finding(out, finding, "  ")
    for line in decision.lines:
        head = _Inert(f"  line {line.index + 1}: ")
        if line.hs:
            head.append(f"HS {format_hs(line.hs)}", style="bold")
            if line.hs_source.value == "classified":
                head.append(f" (classified from the description by {line.classifier_version})", style="yellow")
            if line.hs_label:
                label = line.hs_label if len(line.hs_label) <= 60 else line.hs_label[:59] + "…"
                head.append(f" ({label})", style="dim")
        else:
            head.append("no HS code", style="yellow")
        if line.description:
            head.append(f" \"{line.description[:80]}\"")
        head.append(" → ")
        head.append_text(_verdict(line.verdict))
        out.print(head)
        for evidence in line.evidence[:3]:
            out.print(_Inert(f"    evidence: {evidence.get('source')} {evidence.get('entry')!r} "
                           f"(matched {evidence.get('matched')!r}) → HS {evidence.get('code')}", style="dim"))
        if not line.findings:
            out.print(_Inert("    no measure in force on this date applies to this line", style="dim"))
        for finding in line.findings:
            _finding(out, finding, "    ")
    out.print()


def render_decisions(decisions: Sequence[Decision]) -> None:
    out = console()
    for decision in decisions:
        render_decision(out, decision)


def render_rulebook_list(rulebook: Rulebook) -> None:
    out = console()
    out.print(_Inert(f"{rulebook.regime.name} — rulebook {rulebook.version}", style="bold"))
    table = Table(show_lines=False, pad_edge=False)
    for column in ("measure", "citation", "dir", "in force", "effect", "verified"):
        table.add_column(column, overflow="fold", no_wrap=column in ("measure", "in force"))
    for measure in rulebook.measures:
        end = measure.end.isoformat() if measure.end else ""
        effects = "/".join(dict.fromkeys(e.value for _, e in measure.history if e)) or "-"
        table.add_row(
            _Inert(measure.id),
            _Inert(str(measure.citation)),
            _Inert(measure.direction),
            f"{measure.start.isoformat()} – {end}",
            _Inert(effects),
            _Inert("yes", style="green") if measure.verified else _Inert("no", style="magenta"),
        )
        for item in measure.items:
            table.add_row(
                _Inert(f"  └ {item.id}"),
                _Inert(str(item.citation)),
                "",
                f"{item.since.isoformat()} –",
                "",
                _Inert("yes", style="green") if item.verified else _Inert("no", style="magenta"),
            )
    out.print(table)


def render_measure(measure: Measure) -> None:
    out = console()
    out.print(_Inert(f"{measure.id}: {measure.title}", style="bold"))
    out.print(_Inert(f"  {measure.citation}  ({measure.citation.url})"))
    out.print(_Inert(f"  direction: {measure.direction}; regardless of origin: {measure.regardless_of_origin}"))
    for when, effect in measure.history:
        out.print(_Inert(f"  from {when.isoformat()}: {effect.value if effect else 'no longer applies'}"))
    for clause in measure.goods:
        scope = ", ".join(str(r) for r in clause.hs) or "any code"
        out.print(_Inert(f"  goods: {clause.label} [HS {scope}; decided by {clause.match}]"))
        if clause.terms:
            out.print(_Inert(f"    terms: {', '.join(clause.terms)}"))
        if clause.threshold:
            out.print(_Inert(f"    only when {clause.threshold}"))
        if clause.except_lists:
            lists = " and ".join(g.name for g in clause.except_lists)
            out.print(_Inert(f"    except goods on the rulebook's {lists} lists"))
        if clause.direction:
            out.print(_Inert(f"    direction: {clause.direction} only"))
    if measure.designations is not None:
        party_scope = measure.designations
        which = [f"regime {', '.join(party_scope.regimes)}"] if party_scope.regimes else []
        if party_scope.reference_prefixes:
            which.append(f"references starting {', '.join(party_scope.reference_prefixes)}")
        out.print(_Inert(f"  parties: designations on list {party_scope.list_id} with {' or '.join(which)}"))
    for exemption in measure.exemptions:
        out.print(_Inert(f"  exemption {exemption.id}: {exemption.label} ({exemption.citation})"))
        out.print(_Inert(f"    check: {exemption.check}"))
    for item in measure.items:
        out.print(_Inert(f"  item {item.id}: {item.label} ({item.citation}, since {item.since.isoformat()})"))
        _render_corroboration(out, item.corroboration, indent="    ")
    for check in measure.checks:
        out.print(_Inert(f"  check: {check}"))
    if measure.superseded_by:
        out.print(_Inert(f"  superseded by: {', '.join(measure.superseded_by)}"))
    _render_corroboration(out, measure.corroboration, indent="  ")
    out.print(_Inert(f"  source: {measure.source}"))
    out.print(_Inert(f"  verified: {measure.verified}"))


def _render_corroboration(out: Console, entries: tuple[Corroboration, ...], *, indent: str) -> None:
    for entry in entries:
        out.print(_Inert(f"{indent}corroborated by {entry.instrument}, {entry.where}: {', '.join(entry.corroborates)}"))
        if entry.difference:
            out.print(_Inert(f"{indent}  difference: {entry.difference}"))
            out.print(_Inert(f"{indent}  resolution: {entry.resolution}"))
