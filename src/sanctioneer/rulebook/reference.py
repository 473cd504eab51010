"""Write the rulebook reference (docs/rulebook.md) from the YAML, so it is never typed twice."""

from __future__ import annotations

from sanctioneer.rulebook.measure import Clause, Corroboration, GoodsList, Measure, Reach, Rulebook

__all__ = ["rulebook_markdown"]


def _scope(clause: Clause) -> str:
    parts = []
    if clause.hs:
        parts.append("HS " + ", ".join(str(r) for r in clause.hs))
    if clause.exclude_hs:
        parts.append("except HS " + ", ".join(str(r) for r in clause.exclude_hs))
    if clause.except_lists:
        names = " and ".join(f"`{g.name}`" for g in clause.except_lists)
        parts.append(f"except goods on the rulebook's {names} lists")
    if clause.direction:
        parts.append(f"direction {clause.direction} only")
    if clause.terms:
        shown = ", ".join(clause.terms[:8]) + (", …" if len(clause.terms) > 8 else "")
        parts.append(f"words: {shown}")
    if clause.threshold:
        parts.append(str(clause.threshold))
    decided = "description decides" if clause.match == "description" else "code decides"
    effect = f"; at most {clause.effect.value}" if clause.effect else ""
    return f"{clause.label} ({'; '.join(parts)}; {decided}{effect})"


def _corroboration(entry: Corroboration, indent: str = "") -> list[str]:
    line = f"{indent}- Corroborated by {entry.instrument}, {entry.where}: {', '.join(entry.corroborates)}"
    if not entry.difference:
        return [line]
    return [line, f"{indent}  - Difference: {entry.difference}", f"{indent}  - Resolution: {entry.resolution}"]


def _measure(measure: Measure) -> list[str]:
    dates = ", ".join(f"{d.isoformat()}: {e.value if e else 'ends'}" for d, e in measure.history)
    lines = [
        f"### `{measure.id}`: {measure.title}",
        "",
        f"- Citation: [{measure.citation}]({measure.citation.url})",
        f"- Direction: {measure.direction}; regardless of origin: {'yes' if measure.regardless_of_origin else 'no'}",
        f"- In force: {dates}",
        f"- Verified against the adopted text: {'yes' if measure.verified else '**no**'}",
        f"- Source: {measure.source}",
    ]
    for clause in measure.goods:
        lines.append(f"- Goods: {_scope(clause)}")
    for exemption in measure.exemptions:
        window = ""
        if exemption.start or exemption.end:
            window = f" [{exemption.start or ''} to {exemption.end or ''}]"
        lines.append(f"- Exemption `{exemption.id}`{window}: {exemption.label} ({exemption.citation})")
    for item in measure.items:
        scope = "; ".join(_scope(c) for c in item.goods)
        flag = "" if item.verified else " — **unverified**"
        lines.append(f"- Item `{item.id}` ({item.citation}, from {item.since.isoformat()}){flag}: {scope}")
        for entry in item.corroboration:
            lines += _corroboration(entry, indent="  ")
    for check in measure.checks:
        lines.append(f"- Review checks: {check}")
    if measure.superseded_by:
        lines.append(f"- Superseded by: {', '.join(f'`{m}`' for m in measure.superseded_by)}")
    if measure.note:
        lines.append(f"- Note: {measure.note}")
    for entry in measure.corroboration:
        lines += _corroboration(entry)
    lines += _reach(measure.reach)
    for item in measure.items:
        lines += _reach(item.reach, f"item `{item.id}`")
    lines.append("")
    return lines


def _reach(reach: Reach | None, owner: str = "") -> list[str]:
    if reach is None:
        return []
    whose = f" of {owner}" if owner else ""
    lines = [f"- Words that name the goods{whose} (checked against every HS 2022 subheading): {', '.join(reach.terms)}"]
    for outside in reach.outside:
        lines.append(f"  - Out of scope: HS {', '.join(str(r) for r in outside.hs)}: {outside.reason}")
    return lines


def _goods_list(goods_list: GoodsList) -> list[str]:
    lines = [f"### Goods list `{goods_list.name}`: {goods_list.title}", "", f"- Source: {goods_list.source}"]
    if goods_list.note:
        lines.append(f"- Note: {goods_list.note}")
    lines.append("")
    for entry in goods_list.entries:
        note = f" ({entry.note})" if entry.note else ""
        lines.append(f"- HS {', '.join(str(r) for r in entry.hs)}: {entry.label}{note}")
    lines.append("")
    return lines


def rulebook_markdown(rulebook: Rulebook) -> str:
    """Render the whole rulebook as a Markdown reference."""
    regime = rulebook.regime
    out = [
        "# Rulebook reference",
        "",
        "Generated from the rulebook YAML by `sanctioneer rulebook dump --format markdown`; do not edit by hand.",
        "",
        f"Regime: **{regime.name}** (`{regime.id}`), targeting {regime.target_name} ({regime.target}). "
        f"Rulebook version `{regime.version}`.",
        "",
        "| instrument | adopted | measures | items | unverified |",
        "|---|---|---|---|---|",
    ]
    for instrument in rulebook.instruments:
        measures = [m for m in rulebook.measures if m.citation.instrument == instrument.symbol]
        items = [i for i in rulebook.items if i.citation.instrument == instrument.symbol]
        unverified = sum(not m.verified for m in measures) + sum(not i.verified for i in items)
        out.append(f"| [{instrument.symbol}]({instrument.url}) | {instrument.adopted.isoformat()} | {len(measures)} "
                   f"| {len(items)} | {unverified} |")
    out.append("")
    if rulebook.transpositions:
        out += [
            "Transposing acts that corroborate measures (they are not the resolutions: a measure checked only "
            "against them stays unverified):",
            "",
        ]
        for act in rulebook.transpositions:
            out.append(f"- [{act.name}]({act.url}): {act.title}; {act.version}. {act.source}")
        out.append("")
    if rulebook.goods_lists:
        out += ["## Goods lists", "", "Named lists of goods that measures refer to (`except_lists`).", ""]
        for goods_list in rulebook.goods_lists:
            out += _goods_list(goods_list)
    for instrument in rulebook.instruments:
        out += [f"## {instrument.symbol}", "", f"Source checked: {instrument.source}", ""]
        for measure in rulebook.measures:
            if measure.citation.instrument == instrument.symbol:
                out += _measure(measure)
    return "\n".join(out).rstrip() + "\n"
