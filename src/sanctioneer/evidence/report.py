"""Render the report of documents, claims and events as text, Markdown, one HTML page or FollowTheMoney entities.

The report is the JSON the evidence pipeline writes (docs/documents.md). These functions read it and
never change it: every verdict, citation and reason shown is the one the JSON holds, and every string
that came from a document is shown as text, never obeyed (no markup, no control character gets through).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sanctioneer.display import MARKS, escape
from sanctioneer.hs.codes import format_hs
from sanctioneer.model import Citation, Verdict

__all__ = [
    "Report",
    "citation_phrase",
    "claim_phrase",
    "corroboration_phrase",
    "date_phrase",
    "decision_findings",
    "document_phrase",
    "event_title",
    "event_verdict",
    "finding_citations",
    "goods_list",
    "goods_phrase",
    "line_phrase",
    "party_phrase",
    "render_ftm",
    "render_html",
    "render_markdown",
    "render_text",
    "reproduction_phrase",
    "statuses_phrase",
    "value_phrase",
    "verdict_of",
    "verdict_sign",
    "verdict_word",
]

Report = Mapping[str, Any]
"""The report JSON as read: {"documents": [...], "events": [...], "claims": [...]}."""

# Whitespace that would start a new line or jump a column: inside one value it is shown as a space,
# so a sentence that spans lines stays one line and a value can never forge a line of its own.
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
_LABEL_WIDTH = 60


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _inert(text: str) -> str:
    return escape(_BREAKS.sub(" ", text))


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def verdict_of(value: object) -> Verdict | None:
    """Return the verdict a JSON value names, None when it names none."""
    try:
        return Verdict(_s(value))
    except ValueError:
        return None


def event_verdict(event: Mapping[str, Any]) -> object:
    """The event's verdict, or its decision's when the event does not repeat it."""
    return event.get("verdict") or _map(event.get("decision")).get("verdict")


def verdict_word(value: object) -> str:
    """The verdict in capitals, as the text renderer of `assess` writes it."""
    return _s(value).upper() or "NOT JUDGED"


def verdict_sign(value: object) -> str:
    """The sign beside a verdict (✖ ? ✔), so it reads without colour; '?' for no verdict."""
    verdict = verdict_of(value)
    return MARKS[verdict] if verdict else "?"


def date_phrase(value: object) -> str:
    """Say a date as the report holds it: a day, a month or a year; 'date unknown' when there is none."""
    text = _s(value)
    if not text:
        return "date unknown"
    if text.startswith("--"):
        return f"{text[2:]} (year unknown)"
    return text


def party_phrase(party: object) -> str:
    """Name a supplier or recipient with its country: 'Vladimir Putin (RU)', 'unknown' when nothing is known."""
    found = _map(party)
    name, country = _s(found.get("name")), _s(found.get("country"))
    if name:
        return f"{name} ({country or 'country unknown'})"
    if country:
        from sanctioneer.countries import country_name

        return f"{country_name(country)} ({country})"
    return "unknown"


def goods_phrase(goods: object, *, label: bool = True) -> str:
    """Describe one goods entry: quantity, words, HS code (and its heading's label), value."""
    found = _map(goods)
    words = _s(found.get("description")) or "goods not described"
    quantity = " ".join(_s(found.get(k)) for k in ("quantity", "unit") if found.get(k))
    text = f"{quantity} {words}" if quantity else words
    code = _s(found.get("hs"))
    if code:
        text += f", HS {format_hs(code)}"
        heading = _s(found.get("hs_label"))
        if label and heading:
            text += f" ({heading if len(heading) <= _LABEL_WIDTH else heading[:_LABEL_WIDTH - 1] + '…'})"
    else:
        text += ", no HS code"
    value = _map(found.get("value"))
    if value.get("amount"):
        text += f", worth {_s(value.get('amount'))} {_s(value.get('currency'))}".rstrip()
    return text


def goods_list(goods: object, *, label: bool = True) -> str:
    return "; ".join(goods_phrase(g, label=label) for g in _list(goods)) or "goods not described"


def event_title(event: Mapping[str, Any]) -> str:
    """A heading for an event: 'Gift of Aurus Senat limousine'."""
    kind = _s(event.get("kind")) or "transfer"
    words = [_s(_map(g).get("description")) for g in _list(event.get("goods"))]
    described = ", ".join(w for w in words if w) or "goods not described"
    return f"{kind[:1].upper()}{kind[1:]} of {described}"


def value_phrase(field: str, value: object) -> str:
    """Say a reconciled or contradicted value: a party by name and country, goods by words, else as written."""
    if isinstance(value, Mapping):
        return goods_phrase(value) if field == "goods" else party_phrase(value)
    if isinstance(value, list):
        return "; ".join(value_phrase(field, v) for v in value)
    if field == "date":
        return date_phrase(value)
    return _s(value)


def citation_phrase(citation: object) -> str:
    """Write a citation as the engine does: 'S/RES/… (year), paragraph N, annex X'."""
    found = _map(citation)
    try:
        adopted = date.fromisoformat(_s(found.get("adopted")))
    except ValueError:
        adopted = date.min
    return str(Citation(instrument=_s(found.get("instrument")), paragraph=found.get("paragraph") or None,
                        annex=found.get("annex") or None, adopted=adopted, url=_s(found.get("url"))))


def finding_citations(finding: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The citations of a finding, each with its official URL: the measure's, then its item's."""
    cited = []
    for citation in (finding.get("citation"), _map(finding.get("item")).get("citation")):
        if isinstance(citation, Mapping) and citation.get("instrument"):
            cited.append((citation_phrase(citation), _s(citation.get("url"))))
    return cited


Findings = list[Mapping[str, Any]]


def decision_findings(decision: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any] | None, Findings]]:
    """The decision's findings in the engine's order: the transfer's (line None), then each goods line's."""
    yield None, [_map(f) for f in _list(decision.get("findings"))]
    for line in _list(decision.get("lines")):
        yield _map(line), [_map(f) for f in _list(_map(line).get("findings"))]


def line_phrase(line: Mapping[str, Any]) -> str:
    index = line.get("index")
    head = f"line {index + 1}" if isinstance(index, int) else "line"
    code = _s(line.get("hs"))
    head += f": HS {format_hs(code)}" if code else ": no HS code"
    if line.get("hs_source") == "classified":
        head += f" (classified from the description by {_s(line.get('classifier_version')) or 'the classifier'})"
    if line.get("description"):
        head += f' "{_s(line.get("description"))}"'
    return head


def corroboration_phrase(event: Mapping[str, Any]) -> str:
    """How many documents report the event: '2 sources'."""
    count = event.get("corroboration")
    if not isinstance(count, int):
        count = len(_list(event.get("sources")))
    return f"{count} source{'' if count == 1 else 's'}"


def statuses_phrase(event: Mapping[str, Any]) -> str:
    """Each source's status of the claim and the hedging words it used."""
    parts = []
    for entry in _list(event.get("statuses")):
        found = _map(entry)
        hedges = ", ".join(f'"{_s(h)}"' for h in _list(found.get("hedges")))
        parts.append(f"{_s(found.get('document'))}: {_s(found.get('status')) or 'status unknown'}"
                     + (f" (hedges: {hedges})" if hedges else ""))
    return "; ".join(parts)


def reproduction_phrase(decision: Mapping[str, Any]) -> str:
    lists = _s(decision.get("lists_version")) or "none"
    return (f"law as of {_s(decision.get('as_of')) or 'unknown'} ({_s(decision.get('as_of_basis'))}); "
            f"rulebook {_s(decision.get('rulebook_version'))}; lists {lists}; "
            f"screening: {_s(decision.get('screening')) or 'unknown'}; decision {_s(decision.get('decision_id'))}")


# --- plain text ----------------------------------------------------------------------------------

def _bracketed(sentence: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> str:
    """The sentence with each piece of evidence in it bracketed: '... the [Aurus Senat limousine] was ...'."""
    text, base = _s(sentence.get("text")), sentence.get("start")
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
        if 0 <= start < end <= len(text) and text[start:end] == _s(item.get("text")):
            yield start, end, _s(item.get("field"))


def _by_sentence(evidence: object) -> list[tuple[Mapping[str, Any], list[Mapping[str, Any]]]]:
    groups: dict[tuple[object, object, str], tuple[Mapping[str, Any], list[Mapping[str, Any]]]] = {}
    for item in _list(evidence):
        found = _map(item)
        sentence = _map(found.get("sentence"))
        key = (sentence.get("start"), sentence.get("end"), _s(sentence.get("text")))
        groups.setdefault(key, (sentence, []))[1].append(found)
    return sorted(groups.values(), key=lambda g: _offset(g[0].get("start")))


def _offset(value: object) -> int:
    return value if isinstance(value, int) else 0


def _fields(evidence: Sequence[Mapping[str, Any]]) -> str:
    return "; ".join(f'{_s(e.get("field"))} "{_s(e.get("text"))}"' for e in evidence)


def _text_findings(lines: list[str], decision: Mapping[str, Any]) -> None:
    for line, findings in decision_findings(decision):
        indent = "  "
        if line is not None:
            lines.append(f"  {line_phrase(line)} → {verdict_word(line.get('verdict'))}")
            indent = "    "
            if not findings:
                lines.append(f"{indent}no measure in force on this date applies to this line")
        for finding in findings:
            effect = _s(finding.get("effect"))
            head = f"{indent}{verdict_sign(effect)} {effect}"
            if finding.get("measure"):
                head += f"  {_s(finding.get('measure'))}"
            cited = finding_citations(finding)
            if cited:
                head += "  " + "; ".join(text for text, _ in cited)
            lines.append(head)
            lines.append(f"{indent}    {_s(finding.get('reason'))}")
            lines.extend(f"{indent}    check: {_s(check)}" for check in _list(finding.get("checks")))
            lines.extend(f"{indent}    {url}" for _, url in cited if url)
            if finding.get("verified") is False:
                lines.append(f"{indent}    unverified: this rule's text has not been checked against the adopted "
                             "resolution")


def _text_event(lines: list[str], event: Mapping[str, Any]) -> None:
    decision = _map(event.get("decision"))
    verdict = event_verdict(event)
    lines.append(f"Event {_s(event.get('id'))}: {verdict_sign(verdict)} {verdict_word(verdict)} — {event_title(event)}")
    hedges = ", ".join(f'"{h}"' for h in sorted({_s(h) for s in _list(event.get("statuses"))
                                                for h in _list(_map(s).get("hedges"))}))
    lines.append(f"  date: {date_phrase(event.get('date'))}; kind: {_s(event.get('kind')) or 'unknown'}; "
                 f"status: {_s(event.get('status')) or 'unknown'}"
                 + (f" (hedged: {hedges})" if hedges else ""))
    if _list(event.get("statuses")):
        lines.append(f"  statuses: {statuses_phrase(event)}")
    lines.append(f"  goods: {goods_list(event.get('goods'))}")
    lines.append(f"  {party_phrase(event.get('supplier'))} → {party_phrase(event.get('recipient'))}")
    lines.append(f"  corroboration: {corroboration_phrase(event)}")
    lines.extend(f"  note: {_s(note)}" for note in _list(event.get("notes")))
    if decision:
        lines.append(f"  {reproduction_phrase(decision)}")
        _text_findings(lines, decision)
    agreements = [_map(a) for a in _list(event.get("agreements"))]
    if agreements:
        lines.append("  sources agree on:")
        for agreement in agreements:
            field = _s(agreement.get("field"))
            documents = ", ".join(_s(d) for d in _list(agreement.get("documents")))
            lines.append(f"    {field} {value_phrase(field, agreement.get('value'))}: {documents}")
    for contradiction in (_map(c) for c in _list(event.get("contradictions"))):
        field = _s(contradiction.get("field"))
        sides = []
        for value in (_map(v) for v in _list(contradiction.get("values"))):
            said = value_phrase(field, value.get("value"))
            quoted = _s(value.get("text"))
            sides.append(f'"{said}" ({_s(value.get("document"))}'
                         + (f', says "{quoted}"' if quoted and quoted != said else "") + ")")
        lines.append(f"  sources disagree on {field}: " + "  ≠  ".join(sides))
    sources = [_map(s) for s in _list(event.get("sources"))]
    lines.append(f"  sources ({len(sources)}):")
    for source in sources:
        claims = ", ".join(_s(c) for c in _list(source.get("claims")))
        dated = f", dated {_s(source.get('date'))}" if source.get("date") else ", undated"
        lines.append(f"    {_s(source.get('document'))}{dated}" + (f" (claims {claims})" if claims else ""))
        for sentence, evidence in _by_sentence(source.get("evidence")):
            lines.append(f"      {_fields(evidence)}")
            if sentence.get("text"):
                lines.append(f"        {_bracketed(sentence, evidence)}")


def claim_phrase(claim: Mapping[str, Any]) -> str:
    """One line for a claim: kind, status, goods, parties, date as written."""
    when = _map(claim.get("date"))
    said = f' ("{_s(when.get("text"))}")' if when.get("text") else ""
    hedges = ", ".join(f'"{_s(h)}"' for h in _list(claim.get("hedges")))
    return (f"{_s(claim.get('kind')) or 'transfer'}, {_s(claim.get('status')) or 'status unknown'}"
            + (f" ({hedges})" if hedges else "")
            + f": {goods_list(claim.get('goods'), label=False)}; "
            f"{party_phrase(claim.get('supplier'))} → {party_phrase(claim.get('recipient'))}; "
            f"{date_phrase(when.get('value'))}{said}")


def document_phrase(document: Mapping[str, Any]) -> str:
    parts = [_s(document.get("format")) or "text"]
    if document.get("date"):
        parts.append(f"dated {_s(document.get('date'))}"
                     + (f" ({_s(document.get('date_source'))})" if document.get("date_source") else ""))
    else:
        parts.append("undated")
    if isinstance(document.get("words"), int):
        parts.append(f"{document.get('words')} words")
    title = f' "{_s(document.get("title"))}"' if document.get("title") else ""
    return f"{_s(document.get('name'))}{title}: {', '.join(parts)}"


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(report: Report) -> str:
    """Return the report as plain text: per event the verdict, facts, citations, agreements, disagreements, sources."""
    documents = [_map(d) for d in _list(report.get("documents"))]
    events = [_map(e) for e in _list(report.get("events"))]
    claims = [_map(c) for c in _list(report.get("claims"))]
    lines = [f"{_counted(len(events), 'event')} from {_counted(len(claims), 'claim')} in "
             f"{_counted(len(documents), 'document')}"]
    lines.extend(f"  {document_phrase(d)}" for d in documents)
    lines.append("")
    for event in events:
        _text_event(lines, event)
        lines.append("")
    if claims:
        lines.append(f"Claims ({len(claims)}):")
        lines.extend(f"  {_s(c.get('id'))} {_s(c.get('document'))}: {claim_phrase(c)}" for c in claims)
    return "\n".join(_inert(line) for line in lines).rstrip() + "\n"


# --- Markdown ------------------------------------------------------------------------------------

# The characters that make inline markup in CommonMark and GitHub's tables (`|`) are written with a
# backslash, and so are those that open a block when a value starts a line (a heading, a list item),
# so a document's words never become a link, an image, raw HTML or a structure of the report.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_OPENING = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def _md(value: object) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", _inert(_s(value)))
    return _MD_OPENING.sub(lambda m: "\\" + m.group(1) if not m.group(1).isdigit() else m.group(1) + "\\", text)


def _md_code(value: object) -> str:
    text = _inert(_s(value))
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if text else ""


_URL = re.compile(r"^https?://[^\s<>\"'`]+$")


def _md_link(text: str, url: str) -> str:
    return f"[{_md(text)}](<{url}>)" if _URL.match(url) else _md(text)


def _md_bold(sentence: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> str:
    text, base = _s(sentence.get("text")), sentence.get("start")
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
            effect = _s(finding.get("effect"))
            cited = ", ".join(_md_link(text, url) for text, url in finding_citations(finding))
            measure = f" ({_md_code(finding.get('measure'))})" if finding.get("measure") else ""
            lines.append(f"- {verdict_sign(effect)} **{_md(effect)}**" + (f" — {cited}" if cited else "")
                         + f"{measure}: {_md(finding.get('reason'))}")
            lines.extend(f"  - check: {_md(check)}" for check in _list(finding.get("checks")))
            if finding.get("verified") is False:
                lines.append("  - *unverified: this rule's text has not been checked against the adopted resolution*")


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head), *("| " + " | ".join(r) + " |" for r in rows)]


def _md_event(lines: list[str], event: Mapping[str, Any]) -> None:
    decision = _map(event.get("decision"))
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
    lines.extend(f"- **Note:** {_md(note)}" for note in _list(event.get("notes")))
    if decision:
        lines += ["", "### Why", ""]
        _md_findings(lines, decision)
    agreements = [_map(a) for a in _list(event.get("agreements"))]
    if agreements:
        lines += ["", "### Where the sources agree", ""]
        for agreement in agreements:
            field = _s(agreement.get("field"))
            documents = ", ".join(_md(d) for d in _list(agreement.get("documents")))
            lines.append(f"- {_md(field)}: {_md(value_phrase(field, agreement.get('value')))} ({documents})")
    contradictions = [_map(c) for c in _list(event.get("contradictions"))]
    if contradictions:
        lines += ["", "### Where the sources disagree", ""]
        for contradiction in contradictions:
            field = _s(contradiction.get("field"))
            values = [_map(v) for v in _list(contradiction.get("values"))]
            cells = [f"{_md(value_phrase(field, v.get('value')))}"
                     + (f" — “{_md(v.get('text'))}”" if v.get("text") else "") for v in values]
            lines += [f"**{_md(field)}**", "", *_md_table([_md(v.get("document")) for v in values], [cells]), ""]
    lines += ["", "### Sources", ""]
    for source in (_map(s) for s in _list(event.get("sources"))):
        claims = ", ".join(_md(c) for c in _list(source.get("claims")))
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
    documents = [_map(d) for d in _list(report.get("documents"))]
    events = [_map(e) for e in _list(report.get("events"))]
    claims = [_map(c) for c in _list(report.get("claims"))]
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
