"""The summary of a batch run: counts by verdict and measure, the top reasons, as text or as a page."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sanctioneer.batch.run import BatchSummary

__all__ = ["summary_html", "summary_lines"]

_ORDER = ("prohibited", "review", "permitted")
_COLOURS = {"prohibited": "#b3261e", "review": "#c77700", "permitted": "#2e7d32"}


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.2f} %" if total else "-"


def summary_lines(summary: BatchSummary, *, top: int = 10) -> list[str]:
    """Return the summary as lines of plain text."""
    lines = [f"{summary.rows:,} lines read from {summary.source}; {summary.judged:,} judged, "
             f"{summary.rejected:,} refused; written to {summary.output}"]
    if summary.rejects:
        lines.append(f"refused lines, with the column and the reason: {summary.rejects}")
    if summary.rulebook_version:
        lines.append(f"rulebook {summary.rulebook_version}")
    lines.append("by verdict:")
    for verdict in _ORDER:
        count = summary.verdicts.get(verdict, 0)
        lines.append(f"  {verdict:<11}{count:>12,}  {_share(count, summary.judged)}")
    if summary.measures:
        lines.append("by measure (lines citing it):")
        for measure, count in summary.measures.most_common():
            lines.append(f"  {measure:<32}{count:>12,}")
    if summary.reasons:
        lines.append(f"top {min(top, len(summary.reasons))} reasons:")
        for reason, count in summary.reasons.most_common(top):
            shown = reason if len(reason) <= 160 else reason[:157] + "..."
            lines.append(f"  {count:>12,}  {shown}")
    return lines


def _bars(rows: list[tuple[str, int, str]], total: int) -> str:
    width, height, label = 420, 26, 260
    biggest = max((count for _, count, _ in rows), default=0) or 1
    parts = [f'<svg role="img" width="{label + width + 140}" height="{height * len(rows) + 6}" '
             f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="13">']
    for index, (name, count, colour) in enumerate(rows):
        y = index * height + 4
        bar = max(1, round(width * count / biggest)) if count else 0
        parts.append(f'<text x="{label - 8}" y="{y + 16}" text-anchor="end">{escape(name)}</text>')
        parts.append(f'<rect x="{label}" y="{y}" width="{bar}" height="{height - 8}" fill="{colour}">'
                     f"<title>{escape(name)}: {count:,}</title></rect>")
        parts.append(f'<text x="{label + bar + 6}" y="{y + 16}">{count:,} ({_share(count, total)})</text>')
    parts.append("</svg>")
    return "".join(parts)


def summary_html(summary: BatchSummary, *, top: int = 15) -> str:
    """Return the summary as a self-contained HTML page with bar charts a person can read."""
    verdicts = [(v, summary.verdicts.get(v, 0), _COLOURS[v]) for v in _ORDER]
    measures = [(m, c, "#455a64") for m, c in summary.measures.most_common()]
    reasons = "".join(f"<tr><td class=n>{count:,}</td><td>{escape(reason)}</td></tr>"
                      for reason, count in summary.reasons.most_common(top))
    rejects = (f"<p>Refused lines, with the column and the reason: <code>{escape(summary.rejects)}</code></p>"
               if summary.rejects else "")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Batch screening of {escape(summary.source)}</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}}
td{{padding:2px 8px;vertical-align:top}} td.n{{text-align:right;white-space:nowrap}}</style></head>
<body>
<h1>Batch screening of <code>{escape(summary.source)}</code></h1>
<p>{summary.rows:,} lines read; {summary.judged:,} judged; {summary.rejected:,} refused.
Decisions written to <code>{escape(summary.output)}</code>.</p>
{rejects}
<p>Rulebook <code>{escape(summary.rulebook_version or "-")}</code>.</p>
<h2>Lines by verdict</h2>
{_bars(verdicts, summary.judged)}
<h2>Lines by measure cited</h2>
{_bars(measures, summary.judged) if measures else "<p>No line cites a measure.</p>"}
<h2>Top reasons</h2>
<table><tr><th>lines</th><th>reason</th></tr>{reasons}</table>
</body></html>
"""
