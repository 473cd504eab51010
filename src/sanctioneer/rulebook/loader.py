"""Read and validate rulebook YAML files; every error names the file and the key path."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sanctioneer.errors import InputError, RulebookError
from sanctioneer.hs.codes import HsRange
from sanctioneer.model import Citation, Money, Verdict
from sanctioneer.rulebook.lists import (
    list_refs,
    read_corroboration,
    read_goods_lists,
    read_reach,
    read_transpositions,
)
from sanctioneer.rulebook.measure import (
    Clause,
    Designations,
    Exemption,
    GoodsList,
    Instrument,
    Item,
    MatchMode,
    Measure,
    MeasureDirection,
    Regime,
    Rulebook,
    Threshold,
    Transposition,
)
from sanctioneer.rulebook.node import Node, hs_ranges, kind_of, optional, read_yaml

__all__ = ["default_rulebook_dir", "load_rulebook", "read_yaml"]


def default_rulebook_dir() -> Path:
    """Return the directory of the rulebook shipped inside the package."""
    # Beside this module, where the package installs it; `importlib.resources` would cost the
    # start-up of every command a tenth of the rulebook's load time.
    return Path(__file__).resolve().parent / "data"


def _money(node: Node) -> Money:
    fields = node.mapping({"amount", "currency"}, set())
    try:
        amount = Decimal(fields["amount"].text())
    except InvalidOperation:
        raise fields["amount"].fail(f"{fields['amount'].value!r} is not a number") from None
    currency = fields["currency"].text().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise fields["currency"].fail(f"{currency!r} is not an ISO 4217 currency code")
    return Money(amount, currency)


def _effect(node: Node) -> Verdict:
    return Verdict(node.choice(tuple(v.value for v in Verdict)))


_CLAUSE_KEYS = {"label", "hs", "terms", "exclude_hs", "exclude_terms", "match", "threshold", "effect",
                "except_lists", "direction"}


def _clause(node: Node, lists: dict[str, GoodsList]) -> Clause:
    fields = node.mapping({"label"}, _CLAUSE_KEYS - {"label"})
    no_ranges: tuple[HsRange, ...] = ()
    no_terms: tuple[str, ...] = ()
    hs = optional(fields, "hs", hs_ranges, no_ranges)
    terms = optional(fields, "terms", Node.texts, no_terms)
    if not hs and not terms:
        raise node.fail("a goods clause needs `hs` ranges, `terms`, or both")
    default_match = MatchMode.DESCRIPTION if terms and not hs else MatchMode.HS
    match = optional(fields, "match", lambda n: n.choice(MatchMode.ALL), default_match)
    if match == MatchMode.DESCRIPTION and not terms:
        raise fields["match"].fail("`match: description` needs `terms`")
    threshold = optional(fields, "threshold", lambda n: Threshold(_money(n.mapping({"above"}, set())["above"])), None)
    return Clause(
        label=fields["label"].text(),
        hs=hs,
        terms=terms,
        exclude_hs=optional(fields, "exclude_hs", hs_ranges, ()),
        exclude_terms=optional(fields, "exclude_terms", Node.texts, ()),
        match=match,
        threshold=threshold,
        effect=optional(fields, "effect", _effect, None),
        except_lists=optional(fields, "except_lists", lambda n: list_refs(n, lists), ()),
        direction=optional(fields, "direction", lambda n: n.choice((MeasureDirection.TO, MeasureDirection.FROM)), None),
    )


def _history(node: Node) -> tuple[tuple[date, Verdict | None], ...]:
    if not isinstance(node.value, dict) or not node.value:
        raise node.fail("expected a mapping of dates to effects (or null to end the measure)")
    entries: list[tuple[date, Verdict | None]] = []
    for key in node.value:
        key_node = Node(key, node.file, node.path)
        when = key_node.date()
        value = node.value[key]
        effect = None if value is None else _effect(Node(value, node.file, f"{node.path}.{key}"))
        entries.append((when, effect))
    entries.sort(key=lambda e: e[0])
    if entries[0][1] is None:
        raise node.fail("the first history entry must give an effect, not null")
    return tuple(entries)


class _Context:
    """What one file's measures and items share: its instrument, the rulebook's goods lists, and the
    transposing acts they may cite."""

    def __init__(
        self, instrument: Instrument, lists: dict[str, GoodsList], transpositions: tuple[Transposition, ...] = ()
    ) -> None:
        self.instrument = instrument
        self.lists = lists
        self.transpositions = {t.name: t for t in transpositions}

    def citation(self, fields: dict[str, Node], adopted: date | None = None) -> Citation:
        return Citation(
            instrument=self.instrument.symbol,
            paragraph=optional(fields, "paragraph", Node.text, None),
            annex=optional(fields, "annex", Node.text, None),
            adopted=adopted or self.instrument.adopted,
            url=self.instrument.url,
        )


_EXEMPTION_KEYS = {"id", "label", "paragraph", "annex", "check", "hs", "terms", "purpose_terms",
                   "from", "until", "verified", "instrument"}


def _exemption(
    node: Node, context: _Context, instruments: dict[str, Instrument], measure_paragraph: str | None
) -> Exemption:
    fields = node.mapping({"id", "label", "check"}, _EXEMPTION_KEYS)
    citation = context.citation(fields)
    if citation.paragraph is None and "instrument" not in fields:
        # An exemption written inside its measure's paragraph cites that paragraph.
        citation = Citation(citation.instrument, measure_paragraph, citation.annex, citation.adopted, citation.url)
    if "instrument" in fields:
        symbol = fields["instrument"].text()
        if symbol not in instruments:
            raise fields["instrument"].fail(f"no instrument {symbol!r} in the rulebook")
        other = instruments[symbol]
        citation = Citation(other.symbol, citation.paragraph, citation.annex, other.adopted, other.url)
    return Exemption(
        id=fields["id"].text(),
        label=fields["label"].text(),
        citation=citation,
        check=fields["check"].text(),
        hs=optional(fields, "hs", hs_ranges, ()),
        terms=optional(fields, "terms", Node.texts, ()),
        purpose_terms=optional(fields, "purpose_terms", Node.texts, ()),
        start=optional(fields, "from", Node.date, None),
        end=optional(fields, "until", Node.date, None),
        verified=optional(fields, "verified", Node.boolean, True),
    )


_MEASURE_KEYS = {"title", "paragraph", "annex", "direction", "goods", "history", "reason", "source", "verified",
                 "regardless_of_origin", "exemptions", "checks", "superseded_by", "note", "applies_to",
                 "residual", "items_before_listing", "reach", "corroboration", "designations"}


def _designations(node: Node) -> Designations:
    fields = node.mapping({"list"}, {"regimes", "reference_prefixes"})
    result = Designations(
        list_id=fields["list"].text(),
        regimes=optional(fields, "regimes", Node.texts, ()),
        reference_prefixes=optional(fields, "reference_prefixes", Node.texts, ()),
    )
    if not (result.regimes or result.reference_prefixes):
        raise node.fail("names no designations", fix="give `regimes` or `reference_prefixes` (or both)")
    return result


def _measure(node: Node, measure_id: str, context: _Context, instruments: dict[str, Instrument]) -> Measure:
    fields = node.mapping({"title", "paragraph", "direction", "history", "reason", "source", "verified"},
                          _MEASURE_KEYS)
    goods = tuple(_clause(child, context.lists) for child in fields["goods"].items()) if "goods" in fields else ()
    applies_to = optional(fields, "applies_to", lambda n: n.choice(("goods", "parties")), "goods")
    if applies_to == "goods" and not goods:
        raise node.fail("a goods measure needs `goods`", fix="add at least one goods clause")
    if applies_to == "goods" and "designations" in fields:
        raise fields["designations"].fail("only a measure with `applies_to: parties` covers designations")
    history = _history(fields["history"])
    if history[0][0] < context.instrument.adopted:
        raise fields["history"].fail(
            f"starts on {history[0][0]}, before {context.instrument.symbol} was adopted on {context.instrument.adopted}"
        )
    return Measure(
        id=measure_id,
        title=fields["title"].text(),
        citation=context.citation(fields),
        direction=fields["direction"].choice(MeasureDirection.ALL),
        goods=goods,
        history=history,
        reason=fields["reason"].text(),
        source=fields["source"].text(),
        verified=fields["verified"].boolean(),
        file=context.instrument.file,
        regardless_of_origin=optional(fields, "regardless_of_origin", Node.boolean, True),
        exemptions=tuple(
            _exemption(child, context, instruments, fields["paragraph"].text())
            for child in fields["exemptions"].items()
        ) if "exemptions" in fields else (),
        checks=optional(fields, "checks", Node.texts, ()),
        superseded_by=optional(fields, "superseded_by", Node.texts, ()),
        residual=optional(fields, "residual", Node.boolean, False),
        items_before_listing=optional(fields, "items_before_listing", Node.text, None),
        note=optional(fields, "note", Node.text, None),
        reach=optional(fields, "reach", read_reach, None),
        corroboration=optional(fields, "corroboration", lambda n: read_corroboration(n, context.transpositions), ()),
        designations=optional(fields, "designations", _designations, None),
    )


_ITEM_KEYS = {"id", "label", "extends", "paragraph", "annex", "item", "goods", "since", "source", "verified", "note",
              "reach", "corroboration"}


def _item(node: Node, context: _Context) -> Item:
    fields = node.mapping({"id", "label", "extends", "goods", "source", "verified"}, _ITEM_KEYS)
    citation = context.citation(fields)
    annex_item = optional(fields, "item", Node.text, None)
    if annex_item:
        annex = f"{citation.annex}, item {annex_item}" if citation.annex else f"item {annex_item}"
        citation = Citation(citation.instrument, citation.paragraph, annex, citation.adopted, citation.url)
    return Item(
        id=fields["id"].text(),
        label=fields["label"].text(),
        extends=fields["extends"].text(),
        citation=citation,
        since=optional(fields, "since", Node.date, context.instrument.adopted),
        goods=tuple(_clause(child, context.lists) for child in fields["goods"].items()),
        source=fields["source"].text(),
        verified=fields["verified"].boolean(),
        note=optional(fields, "note", Node.text, None),
        reach=optional(fields, "reach", read_reach, None),
        corroboration=optional(fields, "corroboration", lambda n: read_corroboration(n, context.transpositions), ()),
    )


def _regime(node: Node) -> Regime:
    fields = node.mapping({"id", "name", "target", "target_name", "version", "committee", "source"},
                          {"luxury_measure"})
    target = fields["target"].text()
    if len(target) != 2 or not target.isupper():
        raise fields["target"].fail(f"expected an ISO 3166 alpha-2 code, got {target!r}")
    return Regime(**{key: value.text() for key, value in fields.items()})


def _instrument(node: Node, file: str) -> Instrument:
    fields = node.mapping({"symbol", "regime", "adopted", "url", "title", "source"}, set())
    url = fields["url"].text()
    if not url.startswith("https://"):
        raise fields["url"].fail(f"expected an https:// address of the official text, got {url!r}")
    return Instrument(
        symbol=fields["symbol"].text(),
        regime=fields["regime"].text(),
        adopted=fields["adopted"].date(),
        url=url,
        title=fields["title"].text(),
        source=fields["source"].text(),
        file=file,
    )


def load_rulebook(directory: Path | None = None) -> Rulebook:
    """Load every rulebook file of a directory (the packaged rulebook by default).

    SANCTIONEER_RULEBOOK is read by the callers that build from the settings, not here.

    Raises:
        RulebookError: a file is malformed; the message names the file and key path.
    """
    directory = directory or default_rulebook_dir()
    if not directory.is_dir():
        raise RulebookError(f"no rulebook directory at {directory}", fix="set SANCTIONEER_RULEBOOK to a directory")
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise RulebookError(f"no rulebook files (*.yaml) in {directory}")
    digest = hashlib.sha256()
    documents: list[tuple[str, Node]] = []
    packaged = directory.resolve() == default_rulebook_dir().resolve()
    for path in paths:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RulebookError("not UTF-8 text", where=path.name) from None
        try:
            data = read_yaml(text, name=path.name, packaged=packaged)
        except InputError as exc:
            raise RulebookError(exc.detail, where=exc.where) from None
        documents.append((path.name, Node(data, path.name, "")))

    regime: Regime | None = None
    regime_file = ""
    transpositions: tuple[Transposition, ...] = ()
    instruments: dict[str, Instrument] = {}
    lists: dict[str, GoodsList] = {}
    for name, root in documents:
        if isinstance(root.value, dict) and "regime" in root.value and "instrument" not in root.value:
            if regime is not None:
                raise root.fail("a second regime file; one directory holds one regime")
            regime_fields = root.mapping({"regime"}, {"transpositions"})
            regime = _regime(regime_fields["regime"])
            regime_file = name
            transpositions = optional(regime_fields, "transpositions", read_transpositions, ())
            continue
        if isinstance(root.value, dict) and "goods_lists" in root.value and "instrument" not in root.value:
            read_goods_lists(root.mapping({"goods_lists"}, set())["goods_lists"], lists)
            continue
        fields = root.mapping({"instrument"}, {"measures", "items"})
        instrument = _instrument(fields["instrument"], name)
        if instrument.symbol in instruments:
            raise fields["instrument"].child("symbol").fail(
                f"{instrument.symbol} is already defined in {instruments[instrument.symbol].file}"
            )
        instruments[instrument.symbol] = instrument
    if regime is None:
        raise RulebookError(f"no regime file in {directory}", fix="add a file with a top-level `regime:` mapping")

    measures: dict[str, Measure] = {}
    items: list[tuple[Item, Node]] = []
    for name, root in documents:
        if name not in {i.file for i in instruments.values()}:
            continue
        fields = root.mapping({"instrument"}, {"measures", "items"})
        instrument = next(i for i in instruments.values() if i.file == name)
        if instrument.regime != regime.id:
            raise fields["instrument"].child("regime").fail(
                f"names regime {instrument.regime!r}, but this rulebook is {regime.id!r}"
            )
        context = _Context(instrument, lists, transpositions)
        if "measures" in fields and fields["measures"].value is not None:
            block = fields["measures"]
            if not isinstance(block.value, dict):
                raise block.fail(f"expected a mapping of measure ids, got {kind_of(block.value)}")
            for measure_id in block.value:
                child = block.child(str(measure_id))
                if str(measure_id) in measures:
                    first = measures[str(measure_id)].file
                    raise child.fail(f"measure id {measure_id!r} is already defined in {first}")
                measures[str(measure_id)] = _measure(child, str(measure_id), context, instruments)
        if "items" in fields and fields["items"].value is not None:
            items.extend((_item(child, context), child) for child in fields["items"].items())

    seen_items: set[str] = set()
    by_measure: dict[str, list[Item]] = {}
    for item, node in items:
        if item.id in seen_items:
            raise node.child("id").fail(f"item id {item.id!r} is defined twice")
        seen_items.add(item.id)
        if item.extends not in measures:
            raise node.child("extends").fail(f"no measure {item.extends!r} in the rulebook")
        by_measure.setdefault(item.extends, []).append(item)

    resolved: list[Measure] = []
    supersedes: dict[str, list[str]] = {}
    for measure in measures.values():
        for other in measure.superseded_by:
            if other not in measures:
                raise RulebookError(
                    f"superseded_by names {other!r}, which is not in the rulebook",
                    where=f"{measure.file}: measures.{measure.id}.superseded_by",
                )
            supersedes.setdefault(other, []).append(measure.id)
    for measure in measures.values():
        extra = tuple(sorted(by_measure.get(measure.id, []), key=lambda i: (i.since, i.id)))
        resolved.append(
            Measure(**{**measure.__dict__, "items": extra, "supersedes": tuple(supersedes.get(measure.id, ()))})
        )
    resolved.sort(key=lambda m: (m.citation.adopted, m.file, m.id))
    if regime.luxury_measure is not None and not any(m.id == regime.luxury_measure and m.goods for m in resolved):
        raise RulebookError(f"luxury_measure names {regime.luxury_measure!r}, which is not a goods measure "
                            "of the rulebook", where=f"{regime_file}: regime.luxury_measure",
                            fix="name the luxury-goods measure")
    party_measures = tuple(m.id for m in resolved if not m.goods)
    version = f"{regime.id}@{regime.version}+{digest.hexdigest()[:12]}"
    return Rulebook(
        regime=regime,
        instruments=tuple(sorted(instruments.values(), key=lambda i: i.adopted)),
        measures=tuple(resolved),
        version=version,
        party_measures=party_measures,
        goods_lists=tuple(lists[name] for name in sorted(lists)),
        transpositions=transpositions,
    )
