"""The report as one self-contained HTML page: a summary table of events, then a card per event.

Inline CSS, no script, no external font, image or request: the page opens from a file, prints, and
can be mailed. Every string from a document is hostile and is escaped where it is written.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sanctioneer.display import escape
from sanctioneer.evidence.wording import (
    Report,
    claim_phrase,
    corroboration_phrase,
    date_phrase,
    decision_findings,
    document_phrase,
    event_title,
    event_verdict,
    finding_citations,
    goods_phrase,
    line_phrase,
    party_phrase,
    value_phrase,
    verdict_of,
    verdict_sign,
    verdict_word,
)

__all__ = ["report_page"]

_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
_URL = re.compile(r"^https?://[^\s<>\"'`]+$")
_PARAGRAPH = re.compile(r"\n\s*\n")
# How much of a long paragraph is shown either side of the evidence sentence.
_CONTEXT = 320

_CSS = """
:root{--prohibited:#b3261e;--review:#a86400;--permitted:#2e7d32;--ink:#1f2328;--muted:#57606a;
--line:#d0d7de;--tint:#f6f8fa;--mark:#ffe680}
*{box-sizing:border-box}
html{background:#fff}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",
"DejaVu Sans",sans-serif;color:var(--ink);max-width:1120px;margin:0 auto;padding:28px 32px 48px}
h1{font-size:1.55em;margin:0 0 .15em}
h2{font-size:1.25em;margin:0;display:flex;gap:.6em;align-items:baseline;flex-wrap:wrap}
h3{font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.4em 0 .4em}
h4{font-size:1em;margin:.9em 0 .3em}
p{margin:.3em 0}
a{color:#0b57d0}
.muted,.eid{color:var(--muted)}
.eid{font-weight:400;font-size:.8em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:7px 9px;text-align:left;vertical-align:top}
th{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);background:var(--tint)}
td.n,td.when{text-align:right;white-space:nowrap}
table.summary td:first-child{white-space:nowrap}
td.when{text-align:left}
.badge{display:inline-block;padding:.12em .6em;border-radius:4px;color:#fff;font-weight:700;font-size:.82em;
letter-spacing:.05em;white-space:nowrap;background:var(--muted)}
.badge.prohibited{background:var(--prohibited)}
.badge.review{background:var(--review)}
.badge.permitted{background:var(--permitted)}
.unknown{font-style:italic;color:var(--review)}
.card{border:1px solid var(--line);border-left:8px solid var(--muted);border-radius:6px;padding:18px 22px;
margin:28px 0}
.card.prohibited{border-left-color:var(--prohibited)}
.card.review{border-left-color:var(--review)}
.card.permitted{border-left-color:var(--permitted)}
.parties{font-size:1.05em;margin:.35em 0 .6em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1.2em;margin:.6em 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
ul,ol{margin:.3em 0;padding-left:1.4em}
.finding{margin:.5em 0}
.effect{font-weight:700}
.effect.prohibited{color:var(--prohibited)}
.effect.review{color:var(--review)}
.effect.permitted{color:var(--permitted)}
.line{margin:.8em 0 .2em;font-weight:600}
.measure{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;color:var(--muted)}
.warn{color:#8250df}
.notes{background:#fff8e5;border:1px solid #f0d999;border-radius:4px;padding:.4em .8em;margin:.6em 0}
table.sides td{width:50%}
table.sides th{text-transform:none;letter-spacing:0;font-size:.9em}
table.claims td:nth-child(-n+2){white-space:nowrap}
table.sides caption{text-align:left;font-weight:600;padding:.3em 0}
blockquote{margin:.4em 0;padding:.5em .9em;border-left:3px solid var(--line);background:var(--tint)}
mark{background:var(--mark);color:inherit;padding:0 .12em;border-radius:2px}
.chips{font-size:.85em;color:var(--muted);margin:.1em 0 .8em}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 .5em;margin:0 .3em .2em 0}
.repro{font-size:.8em;color:var(--muted);border-top:1px solid var(--line);margin-top:1.2em;padding-top:.6em}
.repro code,.docs code{word-break:break-all}
q{quotes:"\\201C" "\\201D"}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
.card{break-inside:avoid-page;page-break-inside:avoid}
.badge,mark,th,blockquote,.notes,.card{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
a.cite::after{content:" <" attr(href) ">";font-size:.85em;color:var(--muted)}
a.jump{color:inherit}
}
"""


def _h(value: object) -> str:
    """Escape a value for HTML text or a quoted attribute; control characters are shown, not obeyed."""
    return html.escape(escape(_BREAKS.sub(" ", "" if value is None else str(value))), quote=True)


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _class(verdict: object) -> str:
    found = verdict_of(verdict)
    return found.value if found else "none"


def _badge(verdict: object) -> str:
    return f'<span class="badge {_class(verdict)}">{verdict_sign(verdict)} {_h(verdict_word(verdict))}</span>'


def _date(value: object) -> str:
    said = date_phrase(value)
    return f'<span class="unknown">{_h(said)}</span>' if not value else _h(said)


def _link(text: str, url: str) -> str:
    return f'<a class="cite" href="{_h(url)}">{_h(text)}</a>' if _URL.match(url) else _h(text)


def _findings(decision: Mapping[str, Any]) -> str:
    out = []
    for line, findings in decision_findings(decision):
        if line is not None:
            out.append(f'<p class="line">{_h(line_phrase(line))} → {_badge(line.get("verdict"))}</p>')
            if not findings:
                out.append('<p class="muted">No measure in force on this date applies to this line.</p>')
        items = []
        for finding in findings:
            effect = finding.get("effect")
            cited = "; ".join(_link(text, url) for text, url in finding_citations(finding))
            measure = f' <span class="measure">{_h(finding.get("measure"))}</span>' if finding.get("measure") else ""
            checks = "".join(f"<li>check: {_h(check)}</li>" for check in _list(finding.get("checks")))
            unverified = ('<p class="warn">Unverified: this rule\'s text has not been checked against the adopted '
                          "resolution.</p>" if finding.get("verified") is False else "")
            items.append(f'<li class="finding"><span class="effect {_class(effect)}">{verdict_sign(effect)} '
                         f'{_h(effect)}</span> {cited}{measure}<p>{_h(finding.get("reason"))}</p>'
                         + (f"<ul>{checks}</ul>" if checks else "") + f"{unverified}</li>")
        if items:
            out.append(f'<ul class="findings">{"".join(items)}</ul>')
    return "".join(out) or '<p class="muted">The decision gives no reason.</p>'


def _spans(evidence: Sequence[Mapping[str, Any]], text: str) -> list[tuple[int, int, str]]:
    """The evidence offsets that hold in `text` (the span's characters are there): start, end, field."""
    held = []
    for item in evidence:
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) \
                and text[start:end] == str(item.get("text") or ""):
            held.append((start, end, str(item.get("field") or "")))
    return held


def _marked(text: str, lo: int, hi: int, spans: Sequence[tuple[int, int, str]]) -> str:
    """text[lo:hi] escaped, with <mark> on every evidence span (overlapping spans share one mark)."""
    cuts = sorted({lo, hi, *(max(lo, min(hi, p)) for s, e, _ in spans for p in (s, e))})
    out = []
    for start, end in itertools.pairwise(cuts):
        fields = sorted({f for s, e, f in spans if s <= start and end <= e})
        piece = _h(text[start:end])
        out.append(f'<mark title="{_h(", ".join(fields))}">{piece}</mark>' if fields else piece)
    return "".join(out)


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around text[start:end], cut to a readable length at word boundaries."""
    before = [m.end() for m in _PARAGRAPH.finditer(text, 0, start)]
    lo = before[-1] if before else 0
    after = _PARAGRAPH.search(text, end)
    hi = after.start() if after else len(text)
    if start - lo > _CONTEXT:
        space = text.find(" ", start - _CONTEXT, start)
        lo = space + 1 if space >= 0 else start
    if hi - end > _CONTEXT:
        space = text.rfind(" ", end, end + _CONTEXT)
        hi = space if space >= 0 else end
    return lo, hi


def _blocks(evidence: Sequence[Mapping[str, Any]], text: str | None) -> Iterator[tuple[str, list[Mapping[str, Any]]]]:
    """Quoted blocks of one source: the paragraph of each evidence sentence (or the sentence alone), marked."""
    if text is not None:
        ranges: list[tuple[int, int, list[Mapping[str, Any]]]] = []
        loose = []
        for item in evidence:
            sentence = _map(item.get("sentence"))
            start, end = sentence.get("start", item.get("start")), sentence.get("end", item.get("end"))
            if not _spans([item], text) or not isinstance(start, int) or not isinstance(end, int):
                loose.append(item)
                continue
            lo, hi = _context(text, max(0, start), min(len(text), end))
            ranges.append((min(lo, item["start"]), max(hi, item["end"]), [item]))
        ranges.sort(key=lambda r: r[0])
        merged: list[tuple[int, int, list[Mapping[str, Any]]]] = []
        for lo, hi, items in ranges:
            if merged and lo < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], hi), last[2] + items)
            else:
                merged.append((lo, hi, items))
        for lo, hi, items in merged:
            lead = "… " if lo > 0 and text[lo - 1] not in "\n" else ""
            tail = " …" if hi < len(text) and text[hi:hi + 1] not in "\n" else ""
            yield lead + _marked(text, lo, hi, _spans(items, text)) + tail, items
        evidence = loose
    groups: dict[tuple[object, object], tuple[Mapping[str, Any], list[Mapping[str, Any]]]] = {}
    for item in evidence:
        sentence = _map(item.get("sentence"))
        groups.setdefault((sentence.get("start"), sentence.get("text")), (sentence, []))[1].append(item)
    for sentence, items in groups.values():
        words, base = str(sentence.get("text") or ""), sentence.get("start")
        if not words:
            yield "", items
            continue
        shifted = [{**i, "start": i["start"] - base, "end": i["end"] - base} for i in items
                   if isinstance(base, int) and isinstance(i.get("start"), int) and isinstance(i.get("end"), int)]
        yield _marked(words, 0, len(words), _spans(shifted, words)), items


def _sources(event: Mapping[str, Any], documents: Mapping[str, str], titles: Mapping[str, str]) -> str:
    out = []
    for source in (_map(s) for s in _list(event.get("sources"))):
        name = str(source.get("document") or "")
        claims = ", ".join(str(c) for c in _list(source.get("claims")))
        title = titles.get(name)
        head = (f"<h4>{_h(name)} <span class=\"muted\">"
                + (f"dated {_h(source.get('date'))}" if source.get("date") else "undated")
                + (f" · claim {_h(claims)}" if claims else "") + "</span></h4>")
        out.append(f'<div class="source">{head}' + (f'<p class="muted"><q>{_h(title)}</q></p>' if title else ""))
        evidence = [_map(e) for e in _list(source.get("evidence"))]
        for quote, items in _blocks(evidence, documents.get(name)):
            chips = "".join(f'<span class="chip">{_h(i.get("field"))}: <q>{_h(i.get("text"))}</q></span>'
                            for i in items)
            out.append((f"<blockquote>{quote}</blockquote>" if quote else "") + f'<p class="chips">{chips}</p>')
        out.append("</div>")
    return "".join(out) or '<p class="muted">No source is listed.</p>'


def _sides(event: Mapping[str, Any]) -> str:
    out = []
    for contradiction in (_map(c) for c in _list(event.get("contradictions"))):
        field = str(contradiction.get("field") or "")
        values = [_map(v) for v in _list(contradiction.get("values"))]
        head = "".join(f"<th>{_h(v.get('document'))}</th>" for v in values)
        cells = "".join(f"<td><strong>{_h(value_phrase(field, v.get('value')))}</strong>"
                        + (f"<br>the text says <q>{_h(v.get('text'))}</q>"
                           if v.get("text") and v.get("text") != value_phrase(field, v.get("value")) else "")
                        + "</td>" for v in values)
        out.append(f'<table class="sides"><caption>{_h(field)}</caption><tr>{head}</tr><tr>{cells}</tr></table>')
    return "".join(out)


def _statuses(event: Mapping[str, Any]) -> str:
    rows = []
    for entry in (_map(s) for s in _list(event.get("statuses"))):
        hedges = ", ".join(f"<q>{_h(h)}</q>" for h in _list(entry.get("hedges")))
        rows.append(f"<li>{_h(entry.get('document'))}: <strong>{_h(entry.get('status') or 'status unknown')}"
                    f"</strong>" + (f" — hedged: {hedges}" if hedges else "") + "</li>")
    return f"<ul>{''.join(rows)}</ul>" if rows else ""


def _party(party: object, *, kind: bool = False) -> str:
    found = _map(party)
    shown = kind and found.get("type") and found.get("type") != "country"
    kind_ = f' <span class="muted">({_h(found.get("type"))})</span>' if shown else ""
    said = party_phrase(found)
    return (f'<span class="unknown">{_h(said)}</span>' if said == "unknown" else _h(said)) + kind_


def _card(index: int, event: Mapping[str, Any], documents: Mapping[str, str], titles: Mapping[str, str]) -> str:
    decision = _map(event.get("decision"))
    verdict = event_verdict(event)
    goods = "".join(f"<li>{_h(goods_phrase(g))}</li>" for g in _list(event.get("goods"))) or \
        '<li class="unknown">goods not described</li>'
    notes = "".join(f"<p>{_h(note)}</p>" for note in _list(event.get("notes")))
    agreements = "".join(
        f"<li>{_h(a.get('field'))}: <strong>{_h(value_phrase(str(a.get('field') or ''), a.get('value')))}</strong>"
        f" <span class=\"muted\">({_h(', '.join(str(d) for d in _list(a.get('documents'))))})</span></li>"
        for a in (_map(x) for x in _list(event.get("agreements"))))
    sides = _sides(event)
    lists = decision.get("lists_version") or "none"
    why = f"<h3>Why: the law cited</h3>\n{_findings(decision)}" if decision else \
        '<p class="muted">Not judged: these are the claims alone (run assess to judge them).</p>'
    repro = (f'<p class="repro">Law as of {_h(decision.get("as_of"))} ({_h(decision.get("as_of_basis"))}) · rulebook\n'
             f'<code>{_h(decision.get("rulebook_version"))}</code> · lists <code>{_h(lists)}</code> · screening:\n'
             f'{_h(decision.get("screening"))} · decision <code>{_h(decision.get("decision_id"))}</code></p>'
             if decision else "")
    return f"""<section class="card {_class(verdict)}" id="event-{index}">
<h2>{_badge(verdict)} <span>{_h(event_title(event))}</span> <span class="eid">{_h(event.get("id"))}</span></h2>
<p class="parties">{_party(event.get("supplier"), kind=True)} → {_party(event.get("recipient"), kind=True)}</p>
<dl class="facts">
<dt>Date</dt><dd>{_date(event.get("date"))}</dd>
<dt>Kind</dt><dd>{_h(event.get("kind") or "unknown")}</dd>
<dt>Status</dt><dd><strong>{_h(event.get("status") or "unknown")}</strong>{_statuses(event)}</dd>
<dt>Goods</dt><dd><ul>{goods}</ul></dd>
<dt>Corroboration</dt><dd>{_h(corroboration_phrase(event))}</dd>
</dl>
{f'<div class="notes">{notes}</div>' if notes else ""}
{why}
{f"<h3>Where the sources agree</h3><ul>{agreements}</ul>" if agreements else ""}
{f"<h3>Where the sources disagree</h3>{sides}" if sides else ""}
<h3>Sources and their evidence</h3>
{_sources(event, documents, titles)}
{repro}
</section>"""


def _summary(events: Sequence[Mapping[str, Any]]) -> str:
    rows = []
    for index, event in enumerate(events, 1):
        goods = "<br>".join(_h(goods_phrase(g, label=False)) for g in _list(event.get("goods"))) or \
            '<span class="unknown">goods not described</span>'
        rows.append(
            f'<tr><td><a class="jump" href="#event-{index}">{_h(event.get("id"))}</a></td>'
            f"<td>{_badge(event_verdict(event))}</td><td class=\"when\">{_date(event.get('date'))}</td><td>{goods}</td>"
            f"<td>{_party(event.get('supplier'))} → {_party(event.get('recipient'))}</td>"
            f"<td>{_h(event.get('kind'))}, {_h(event.get('status'))}</td>"
            f'<td class="n">{_h(event.get("corroboration"))}</td></tr>')
    return ("<table class=\"summary\"><thead><tr><th>Event</th><th>Verdict</th><th>Date</th><th>Goods</th>"
            "<th>Supplier → recipient</th><th>Kind, status</th><th>Sources</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def report_page(report: Report, *, documents: Mapping[str, str]) -> str:
    """Return the page: summary table, a card per event, the documents read and the claims."""
    records = [_map(d) for d in _list(report.get("documents"))]
    events = [_map(e) for e in _list(report.get("events"))]
    claims = [_map(c) for c in _list(report.get("claims"))]
    titles = {str(d.get("name")): str(d.get("title")) for d in records if d.get("title")}
    docs = "".join(f"<li>{_h(document_phrase(d))}" + (f' <span class="muted">sha256 <code>{_h(d.get("sha256"))}'
                                                      "</code></span>" if d.get("sha256") else "") + "</li>"
                   for d in records)
    claim_rows = "".join(f"<tr><td>{_h(c.get('id'))}</td><td>{_h(c.get('document'))}</td>"
                         f"<td>{_h(claim_phrase(c))}</td></tr>" for c in claims)
    counts = (f"{len(events)} event{'' if len(events) == 1 else 's'} from {len(claims)} "
              f"claim{'' if len(claims) == 1 else 's'} in {len(records)} document{'' if len(records) == 1 else 's'}")
    claim_table = ('<h3>Claims</h3><table class="claims"><thead><tr><th>Claim</th><th>Document</th>'
                   f"<th>What it says</th></tr></thead><tbody>{claim_rows}</tbody></table>" if claims else "")
    cards = "\n".join(_card(i, e, documents, titles) for i, e in enumerate(events, 1))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Sanctioneer: transfers described in {len(records)} document{"" if len(records) == 1 else "s"}</title>
<style>{_CSS}</style></head>
<body>
<header><h1>Transfers described in the documents</h1><p class="muted">{counts}</p></header>
{_summary(events) if events else '<p>No transfer of goods was found in these documents.</p>'}
{cards}
<h3>Documents read</h3><ul class="docs">{docs}</ul>
{claim_table}
</body></html>
"""
