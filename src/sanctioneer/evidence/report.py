"""Render the report of documents, claims and events as text, Markdown, one HTML page or FollowTheMoney entities.

The report is the JSON the evidence pipeline writes (docs/documents.md). These functions read it and
never change it: every verdict, citation and reason shown is the one the JSON holds, and every string
that came from a document is shown as text, never obeyed (no markup, no control character gets through).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sanctioneer.evidence.wording import (
    Report,
    as_list,
    as_map,
    as_text,
    citation_phrase,
    claim_phrase,
    corroboration_phrase,
    date_phrase,
    decision_findings,
    document_phrase,
    event_title,
    event_verdict,
    finding_citations,
    goods_list,
    inert,
    line_phrase,
    party_phrase,
    reproduction_phrase,
    statuses_phrase,
    value_phrase,
    verdict_sign,
    verdict_word,
)

__all__ = ["citation_phrase", "render_ftm", "render_html", "render_markdown", "render_text"]


# --- plain text ----------------------------------------------------------------------------------

def _bracketed(sentence: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> str:
    """The sentence with each piece of evidence in it bracketed: '... the [Aurus Senat limousine] was ...'."""
    text, base = as_text(sentence.get("text")), sentence.get("start")
    if not isinstance(base, int):
        return text
    spans = sorted(_spans(evidence, text, base), key=lambda s: s[0])
    out, at = [], 0
    for start, end, _ in spans:
        if start < at:
            continue
        out += [text[at:start], "[", text[start:end], "]"]
        at = end
    out.append(text[at:])
    return "".join(out)


def _spans(evidence: Sequence[Mapping[str, Any]], text: str, base: int) -> Iterator[tuple[int, int, str]]:
    """Evidence offsets relative to `text` (which starts at `base` in the document), kept only where they hold."""
    for item in evidence:
        start, end = item.get("start"), item.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = start - base, end - base
        if 0 <= start < end <= len(text) and text[start:end] == as_text(item.get("text")):
            yield start, end, as_text(item.get("field"))


def _by_sentence(evidence: object) -> list[tuple[Mapping[str, Any], list[Mapping[str, Any]]]]:
    groups: dict[tuple[object, object, str], tuple[Mapping[str, Any], list[Mapping[str, Any]]]] = {}
    for item in as_list(evidence):
        found = as_map(item)
        sentence = as_map(found.get("sentence"))
        key = (sentence.get("start"), sentence.get("end"), as_text(sentence.get("text")))
        groups.setdefault(key, (sentence, []))[1].append(found)
    return sorted(groups.values(), key=lambda g: _offset(g[0].get("start")))


def _offset(value: object) -> int:
    return value if isinstance(value, int) else 0


def _fields(evidence: Sequence[Mapping[str, Any]]) -> str:
    return "; ".join(f'{as_text(e.get("field"))} "{as_text(e.get("text"))}"' for e in evidence)


def _text_findings(lines: list[str], decision: Mapping[str, Any]) -> None:
    for line, findings in decision_findings(decision):
        indent = "  "
        if line is not None:
            lines.append(f"  {line_phrase(line)} → {verdict_word(line.get('verdict'))}")
            indent = "    "
            if not findings:
                lines.append(f"{indent}no measure in force on this date applies to this line")
        for finding in findings:
            effect = as_text(finding.get("effect"))
            head = f"{indent}{verdict_sign(effect)} {effect}"
            if finding.get("measure"):
                head += f"  {as_text(finding.get('measure'))}"
            cited = finding_citations(finding)
            if cited:
                head += "  " + "; ".join(text for text, _ in cited)
            lines.append(head)
            lines.append(f"{indent}    {as_text(finding.get('reason'))}")
            lines.extend(f"{indent}    check: {as_text(check)}" for check in as_list(finding.get("checks")))
            lines.extend(f"{indent}    {url}" for _, url in cited if url)
            if finding.get("verified") is False:
                lines.append(f"{indent}    unverified: this rule's text has not been checked against the adopted "
                             "resolution")


def _text_event(lines: list[str], event: Mapping[str, Any]) -> None:
    decision = as_map(event.get("decision"))
    verdict = event_verdict(event)
    lines.append(f"Event {as_text(event.get('id'))}: {verdict_sign(verdict)} {verdict_word(verdict)} — "
                 f"{event_title(event)}")
    hedges = ", ".join(f'"{h}"' for h in sorted({as_text(h) for s in as_list(event.get("statuses"))
                                                for h in as_list(as_map(s).get("hedges"))}))
    lines.append(f"  date: {date_phrase(event.get('date'))}; kind: {as_text(event.get('kind')) or 'unknown'}; "
                 f"status: {as_text(event.get('status')) or 'unknown'}"
                 + (f" (hedged: {hedges})" if hedges else ""))
    if as_list(event.get("statuses")):
        lines.append(f"  statuses: {statuses_phrase(event)}")
    lines.append(f"  goods: {goods_list(event.get('goods'))}")
    lines.append(f"  {party_phrase(event.get('supplier'))} → {party_phrase(event.get('recipient'))}")
    lines.append(f"  corroboration: {corroboration_phrase(event)}")
    lines.extend(f"  note: {as_text(note)}" for note in as_list(event.get("notes")))
    if decision:
        lines.append(f"  {reproduction_phrase(decision)}")
        _text_findings(lines, decision)
    agreements = [as_map(a) for a in as_list(event.get("agreements"))]
    if agreements:
        lines.append("  sources agree on:")
        for agreement in agreements:
            field = as_text(agreement.get("field"))
            documents = ", ".join(as_text(d) for d in as_list(agreement.get("documents")))
            lines.append(f"    {field} {value_phrase(field, agreement.get('value'))}: {documents}")
    for contradiction in (as_map(c) for c in as_list(event.get("contradictions"))):
        field = as_text(contradiction.get("field"))
        sides = []
        for value in (as_map(v) for v in as_list(contradiction.get("values"))):
            said = value_phrase(field, value.get("value"))
            quoted = as_text(value.get("text"))
            sides.append(f'"{said}" ({as_text(value.get("document"))}'
                         + (f', says "{quoted}"' if quoted and quoted != said else "") + ")")
        lines.append(f"  sources disagree on {field}: " + "  ≠  ".join(sides))
    sources = [as_map(s) for s in as_list(event.get("sources"))]
    lines.append(f"  sources ({len(sources)}):")
    for source in sources:
        claims = ", ".join(as_text(c) for c in as_list(source.get("claims")))
        dated = f", dated {as_text(source.get('date'))}" if source.get("date") else ", undated"
        lines.append(f"    {as_text(source.get('document'))}{dated}" + (f" (claims {claims})" if claims else ""))
        for sentence, evidence in _by_sentence(source.get("evidence")):
            lines.append(f"      {_fields(evidence)}")
            if sentence.get("text"):
                lines.append(f"        {_bracketed(sentence, evidence)}")


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(report: Report) -> str:
    """Return the report as plain text: per event the verdict, facts, citations, agreements, disagreements, sources."""
    documents = [as_map(d) for d in as_list(report.get("documents"))]
    events = [as_map(e) for e in as_list(report.get("events"))]
    claims = [as_map(c) for c in as_list(report.get("claims"))]
    lines = [f"{_counted(len(events), 'event')} from {_counted(len(claims), 'claim')} in "
             f"{_counted(len(documents), 'document')}"]
    lines.extend(f"  {document_phrase(d)}" for d in documents)
    lines.append("")
    for event in events:
        _text_event(lines, event)
        lines.append("")
    if claims:
        lines.append(f"Claims ({len(claims)}):")
        lines.extend(f"  {as_text(c.get('id'))} {as_text(c.get('document'))}: {claim_phrase(c)}" for c in claims)
    return "\n".join(inert(line) for line in lines).rstrip() + "\n"


# --- Markdown ------------------------------------------------------------------------------------

# The characters that make inline markup in CommonMark and GitHub's tables (`|`) are written with a
# backslash, and so are those that open a block when a value starts a line (a heading, a list item),
# so a document's words never become a link, an image, raw HTML or a structure of the report.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_OPENING = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def _md(value: object) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", inert(as_text(value)))
    return _MD_OPENING.sub(lambda m: "\\" + m.group(1) if not m.group(1).isdigit() else m.group(1) + "\\", text)


def _md_code(value: object) -> str:
    text = inert(as_text(value))
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if text else ""


_URL = re.compile(r"^https?://[^\s<>\"'`]+$")


def _md_link(text: str, url: str) -> str:
    return f"[{_md(text)}](<{url}>)" if _URL.match(url) else _md(text)


def _md_bold(sentence: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> str:
    text, base = as_text(sentence.get("text")), sentence.get("start")
    if not isinstance(base, int):
        return _md(text)
    out, at = [], 0
    for start, end, _ in sorted(_spans(evidence, text, base), key=lambda s: s[0]):
        if start < at:
            continue
        out += [_md(text[at:start]), "**", _md(text[start:end]), "**"]
        at = end
    out.append(_md(text[at:]))
    return "".join(out)


def _md_findings(lines: list[str], decision: Mapping[str, Any]) -> None:
    for line, findings in decision_findings(decision):
        if line is not None:
            lines += ["", f"{_md(line_phrase(line)[:1].upper() + line_phrase(line)[1:])} → "
                          f"**{_md(verdict_word(line.get('verdict')))}**", ""]
            if not findings:
                lines.append("- no measure in force on this date applies to this line")
        for finding in findings:
            effect = as_text(finding.get("effect"))
            cited = ", ".join(_md_link(text, url) for text, url in finding_citations(finding))
            measure = f" ({_md_code(finding.get('measure'))})" if finding.get("measure") else ""
            lines.append(f"- {verdict_sign(effect)} **{_md(effect)}**" + (f" — {cited}" if cited else "")
                         + f"{measure}: {_md(finding.get('reason'))}")
            lines.extend(f"  - check: {_md(check)}" for check in as_list(finding.get("checks")))
            if finding.get("verified") is False:
                lines.append("  - *unverified: this rule's text has not been checked against the adopted resolution*")


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head), *("| " + " | ".join(r) + " |" for r in rows)]


def _md_event(lines: list[str], event: Mapping[str, Any]) -> None:
    decision = as_map(event.get("decision"))
    verdict = event_verdict(event)
    lines += [f"## {_md(event.get('id'))}: {verdict_sign(verdict)} {_md(verdict_word(verdict))} — "
              f"{_md(event_title(event))}", ""]
    lines.append(f"- **Date:** {_md(date_phrase(event.get('date')))}")
    lines.append(f"- **Kind:** {_md(event.get('kind') or 'unknown')}")
    statuses = statuses_phrase(event)
    lines.append(f"- **Status:** {_md(event.get('status') or 'unknown')}" + (f" ({_md(statuses)})" if statuses else ""))
    lines.append(f"- **Goods:** {_md(goods_list(event.get('goods')))}")
    lines.append(f"- **Supplier → recipient:** {_md(party_phrase(event.get('supplier')))} → "
                 f"{_md(party_phrase(event.get('recipient')))}")
    lines.append(f"- **Corroboration:** {_md(corroboration_phrase(event))}")
    lines.extend(f"- **Note:** {_md(note)}" for note in as_list(event.get("notes")))
    if decision:
        lines += ["", "### Why", ""]
        _md_findings(lines, decision)
    agreements = [as_map(a) for a in as_list(event.get("agreements"))]
    if agreements:
        lines += ["", "### Where the sources agree", ""]
        for agreement in agreements:
            field = as_text(agreement.get("field"))
            documents = ", ".join(_md(d) for d in as_list(agreement.get("documents")))
            lines.append(f"- {_md(field)}: {_md(value_phrase(field, agreement.get('value')))} ({documents})")
    contradictions = [as_map(c) for c in as_list(event.get("contradictions"))]
    if contradictions:
        lines += ["", "### Where the sources disagree", ""]
        for contradiction in contradictions:
            field = as_text(contradiction.get("field"))
            values = [as_map(v) for v in as_list(contradiction.get("values"))]
            cells = [f"{_md(value_phrase(field, v.get('value')))}"
                     + (f" — “{_md(v.get('text'))}”" if v.get("text") else "") for v in values]
            lines += [f"**{_md(field)}**", "", *_md_table([_md(v.get("document")) for v in values], [cells]), ""]
    lines += ["", "### Sources", ""]
    for source in (as_map(s) for s in as_list(event.get("sources"))):
        claims = ", ".join(_md(c) for c in as_list(source.get("claims")))
        lines.append(f"#### {_md(source.get('document'))}" + (f", dated {_md(source.get('date'))}"
                                                             if source.get("date") else ", undated")
                     + (f" (claims {claims})" if claims else ""))
        lines.append("")
        for sentence, evidence in _by_sentence(source.get("evidence")):
            lines += [f"> {_md_bold(sentence, evidence)}", ">",
                      "> " + " · ".join(f"*{_md(e.get('field'))}:* “{_md(e.get('text'))}”" for e in evidence), ""]
    lines += ["", "*Reproduce:* " + _md(reproduction_phrase(decision)), ""]


def render_markdown(report: Report) -> str:
    """Return the report as Markdown: a summary table, then one section per event, then the claims."""
    documents = [as_map(d) for d in as_list(report.get("documents"))]
    events = [as_map(e) for e in as_list(report.get("events"))]
    claims = [as_map(c) for c in as_list(report.get("claims"))]
    lines = [f"# Transfers described in {_counted(len(documents), 'document')}", "",
             f"{_counted(len(events), 'event')} from {_counted(len(claims), 'claim')}.", ""]
    lines.extend(f"- {_md(document_phrase(d))}" for d in documents)
    if events:
        lines += ["", *_md_table(
            ["Event", "Verdict", "Date", "Goods", "Supplier → recipient", "Sources"],
            [[_md(e.get("id")), f"{verdict_sign(event_verdict(e))} **{_md(verdict_word(event_verdict(e)))}**",
              _md(date_phrase(e.get("date"))), _md(goods_list(e.get("goods"), label=False)),
              f"{_md(party_phrase(e.get('supplier')))} → {_md(party_phrase(e.get('recipient')))}",
              _md(e.get("corroboration"))] for e in events]), ""]
    for event in events:
        _md_event(lines, event)
    if claims:
        lines += ["## Claims", ""]
        lines.extend(f"- **{_md(c.get('id'))}** {_md(c.get('document'))}: {_md(claim_phrase(c))}" for c in claims)
    return "\n".join(lines).rstrip() + "\n"


def render_html(report: Report, *, documents: Mapping[str, str] | None = None) -> str:
    """Return the report as one self-contained HTML page: a summary table of events, then a card per event.

    `documents` maps a document's name to its text, so each evidence sentence is shown in its
    paragraph with the evidence marked; without it the sentences alone are shown.
    """
    from sanctioneer.evidence.report_page import report_page

    return report_page(report, documents=documents or {})


def render_ftm(report: Report) -> Iterator[dict[str, Any]]:
    """Yield FollowTheMoney entities: documents, parties, an Event per event and Documentation with the evidence.

    Ids are hashes of what each entity says, so the same report gives the same ids every time. Print
    one JSON object per line for `ftm` tools and OpenSanctions loaders.
    """
    from sanctioneer.evidence.report_ftm import ftm_entities

    yield from ftm_entities(report)
