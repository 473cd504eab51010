"""Read and validate rulebook YAML files; every error names the file and the key path."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from sanctioneer.errors import InputError, RulebookError
from sanctioneer.hs.codes import HsRange, parse_range
from sanctioneer.model import Citation, Money, Verdict
from sanctioneer.rulebook.measure import (
    Clause,
    Corroborates,
    Corroboration,
    Exemption,
    GoodsList,
    GoodsListEntry,
    Instrument,
    Item,
    MatchMode,
    Measure,
    MeasureDirection,
    OutOfScope,
    Reach,
    Regime,
    Rulebook,
    Threshold,
    Transposition,
)

__all__ = ["default_rulebook_dir", "load_rulebook", "read_yaml"]

T = TypeVar("T")


_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML (libyaml when present) that rejects duplicate keys and leaves dates as text for our checks."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    result: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _reject_aliases(text: str) -> None:
    # Aliases are how "billion laughs" documents grow without bound; no input of ours needs them.
    # Scanning tokens is cheap next to building the document, so it happens first.
    for token in yaml.scan(text, Loader=_BaseLoader):
        if isinstance(token, yaml.AliasToken):
            raise yaml.scanner.ScannerError(None, None, "aliases (*name) are not allowed", token.start_mark)


def read_yaml(text: str, *, name: str) -> Any:
    """Parse YAML safely: no aliases, no duplicate keys, no implicit dates, no Python objects.

    Raises:
        InputError: the text is not valid YAML; the message names the file, line and column.
    """
    try:
        _reject_aliases(text)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from the safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{name}, line {mark.line + 1}, column {mark.column + 1}" if mark else name
        raise InputError(f"not valid YAML: {exc.problem}", where=where) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", where=name) from None
    except RecursionError:
        raise InputError("not valid YAML: nested too deeply", where=name) from None


def default_rulebook_dir() -> Path:
    """Return the directory of the rulebook shipped inside the package."""
    return Path(str(resources.files("sanctioneer.rulebook") / "data"))


class _Node:
    """A value in a rulebook file with its key path, for precise errors."""

    def __init__(self, value: Any, file: str, path: str) -> None:
        self.value = value
        self.file = file
        self.path = path

    def fail(self, message: str, fix: str | None = None) -> RulebookError:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return RulebookError(message, where=where, fix=fix)

    def child(self, key: str | int) -> _Node:
        path = f"{self.path}[{key}]" if isinstance(key, int) else (f"{self.path}.{key}" if self.path else key)
        value = self.value.get(key) if isinstance(self.value, dict) else self.value[key]
        return _Node(value, self.file, path)

    def mapping(self, required: set[str], optional: set[str]) -> dict[str, _Node]:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping, got {_kind(self.value)}")
        unknown = sorted(str(k) for k in self.value if k not in required | optional)
        if unknown:
            raise self.fail(
                f"unknown key {unknown[0]!r}",
                fix=f"allowed keys: {', '.join(sorted(required | optional))}",
            )
        missing = sorted(required - set(self.value))
        if missing:
            raise self.fail(f"missing required key {missing[0]!r}")
        return {str(k): self.child(str(k)) for k in self.value}

    def text(self) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            raise self.fail(f"expected text, got {_kind(self.value)}")
        result = str(self.value).strip()
        if not result:
            raise self.fail("expected text, got an empty value")
        return result

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(f"expected true or false, got {self.value!r}")
        return self.value

    def date(self) -> date:
        raw = self.value
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw.strip())
            except ValueError:
                pass
        raise self.fail(f"{raw!r} is not a date", fix="write dates as YYYY-MM-DD")

    def items(self) -> Iterator[_Node]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, got {_kind(self.value)}")
        for index in range(len(self.value)):
            yield self.child(index)

    def texts(self) -> tuple[str, ...]:
        return tuple(node.text() for node in self.items())

    def choice(self, allowed: tuple[str, ...]) -> str:
        value = self.text()
        if value not in allowed:
            raise self.fail(f"expected one of {', '.join(allowed)}, got {value!r}")
        return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "a boolean"}.get(type(value), type(value).__name__)


def _opt(fields: dict[str, _Node], key: str, convert: Callable[[_Node], T], default: T) -> T:
    node = fields.get(key)
    if node is None or node.value is None:
        return default
    return convert(node)


def _ranges(node: _Node) -> tuple[HsRange, ...]:
    result = []
    for child in node.items():
        try:
            result.append(parse_range(child.text()))
        except InputError as exc:
            raise child.fail(exc.detail, fix=exc.fix) from None
    return tuple(result)


def _money(node: _Node) -> Money:
    fields = node.mapping({"amount", "currency"}, set())
    try:
        amount = Decimal(fields["amount"].text())
    except InvalidOperation:
        raise fields["amount"].fail(f"{fields['amount'].value!r} is not a number") from None
    currency = fields["currency"].text().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise fields["currency"].fail(f"{currency!r} is not an ISO 4217 currency code")
    return Money(amount, currency)


def _effect(node: _Node) -> Verdict:
    return Verdict(node.choice(tuple(v.value for v in Verdict)))


_CLAUSE_KEYS = {"label", "hs", "terms", "exclude_hs", "exclude_terms", "match", "threshold", "effect",
                "except_lists", "direction"}


def _list_refs(node: _Node, lists: dict[str, GoodsList]) -> tuple[GoodsList, ...]:
    result = []
    for child in node.items():
        name = child.text()
        if name not in lists:
            raise child.fail(
                f"no goods list {name!r} in the rulebook",
                fix=f"name one of: {', '.join(sorted(lists)) or 'none defined'} (lists live under `goods_lists:`)",
            )
        result.append(lists[name])
    return tuple(result)


def _clause(node: _Node, lists: dict[str, GoodsList]) -> Clause:
    fields = node.mapping({"label"}, _CLAUSE_KEYS - {"label"})
    no_ranges: tuple[HsRange, ...] = ()
    no_terms: tuple[str, ...] = ()
    hs = _opt(fields, "hs", _ranges, no_ranges)
    terms = _opt(fields, "terms", _Node.texts, no_terms)
    if not hs and not terms:
        raise node.fail("a goods clause needs `hs` ranges, `terms`, or both")
    default_match = MatchMode.DESCRIPTION if terms and not hs else MatchMode.HS
    match = _opt(fields, "match", lambda n: n.choice(MatchMode.ALL), default_match)
    if match == MatchMode.DESCRIPTION and not terms:
        raise fields["match"].fail("`match: description` needs `terms`")
    threshold = _opt(fields, "threshold", lambda n: Threshold(_money(n.mapping({"above"}, set())["above"])), None)
    return Clause(
        label=fields["label"].text(),
        hs=hs,
        terms=terms,
        exclude_hs=_opt(fields, "exclude_hs", _ranges, ()),
        exclude_terms=_opt(fields, "exclude_terms", _Node.texts, ()),
        match=match,
        threshold=threshold,
        effect=_opt(fields, "effect", _effect, None),
        except_lists=_opt(fields, "except_lists", lambda n: _list_refs(n, lists), ()),
        direction=_opt(fields, "direction", lambda n: n.choice((MeasureDirection.TO, MeasureDirection.FROM)), None),
    )


def _reach(node: _Node) -> Reach:
    fields = node.mapping({"terms"}, {"outside"})
    outside = []
    if "outside" in fields:
        for child in fields["outside"].items():
            entry = child.mapping({"hs", "reason"}, set())
            hs = _ranges(entry["hs"])
            if not hs:
                raise entry["hs"].fail("an out-of-scope entry needs at least one HS range")
            outside.append(OutOfScope(hs=hs, reason=entry["reason"].text()))
    terms = fields["terms"].texts()
    if not terms:
        raise fields["terms"].fail("`reach.terms` needs at least one word that names the measure's goods")
    return Reach(terms=terms, outside=tuple(outside))


def _goods_list(node: _Node, name: str) -> GoodsList:
    fields = node.mapping({"title", "source", "entries"}, {"note"})
    entries = []
    for child in fields["entries"].items():
        entry = child.mapping({"hs", "label"}, {"note"})
        hs = _ranges(entry["hs"])
        if not hs:
            raise entry["hs"].fail("a goods list entry needs at least one HS range")
        entries.append(GoodsListEntry(hs=hs, label=entry["label"].text(), note=_opt(entry, "note", _Node.text, None)))
    if not entries:
        raise fields["entries"].fail("a goods list needs at least one entry")
    return GoodsList(
        name=name,
        title=fields["title"].text(),
        source=fields["source"].text(),
        entries=tuple(entries),
        note=_opt(fields, "note", _Node.text, None),
    )


def _history(node: _Node) -> tuple[tuple[date, Verdict | None], ...]:
    if not isinstance(node.value, dict) or not node.value:
        raise node.fail("expected a mapping of dates to effects (or null to end the measure)")
    entries: list[tuple[date, Verdict | None]] = []
    for key in node.value:
        key_node = _Node(key, node.file, node.path)
        when = key_node.date()
        value = node.value[key]
        effect = None if value is None else _effect(_Node(value, node.file, f"{node.path}.{key}"))
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

    def corroboration(self, node: _Node) -> tuple[Corroboration, ...]:
        """Read a `corroboration` list: each entry names a transposing act of the regime file."""
        result = []
        for child in node.items():
            fields = child.mapping({"instrument", "where", "corroborates"}, {"difference", "resolution"})
            name = fields["instrument"].text()
            if name not in self.transpositions:
                known = ", ".join(sorted(self.transpositions)) or "none"
                raise fields["instrument"].fail(
                    f"no transposing act {name!r} in the regime file",
                    fix=f"name one of its `transpositions` ({known}) or add it there",
                )
            confirms = tuple(c.choice(Corroborates.ALL) for c in fields["corroborates"].items())
            if not confirms:
                raise fields["corroborates"].fail(
                    "expected at least one of " + ", ".join(Corroborates.ALL), fix="say what the act confirms"
                )
            if len(set(confirms)) != len(confirms):
                raise fields["corroborates"].fail("names the same thing twice")
            difference = _opt(fields, "difference", _Node.text, None)
            resolution = _opt(fields, "resolution", _Node.text, None)
            if (difference is None) != (resolution is None):
                present, absent = ("difference", "resolution") if difference else ("resolution", "difference")
                raise child.fail(
                    f"has `{present}` without `{absent}`",
                    fix="a difference needs a resolution saying how it was settled, and a resolution its difference",
                )
            result.append(Corroboration(name, fields["where"].text(), confirms, difference, resolution))
        return tuple(result)

    def citation(self, fields: dict[str, _Node], adopted: date | None = None) -> Citation:
        return Citation(
            instrument=self.instrument.symbol,
            paragraph=_opt(fields, "paragraph", _Node.text, None),
            annex=_opt(fields, "annex", _Node.text, None),
            adopted=adopted or self.instrument.adopted,
            url=self.instrument.url,
        )


_EXEMPTION_KEYS = {"id", "label", "paragraph", "annex", "check", "hs", "terms", "purpose_terms",
                   "from", "until", "verified", "instrument"}


def _exemption(
    node: _Node, context: _Context, instruments: dict[str, Instrument], measure_paragraph: str | None
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
        hs=_opt(fields, "hs", _ranges, ()),
        terms=_opt(fields, "terms", _Node.texts, ()),
        purpose_terms=_opt(fields, "purpose_terms", _Node.texts, ()),
        start=_opt(fields, "from", _Node.date, None),
        end=_opt(fields, "until", _Node.date, None),
        verified=_opt(fields, "verified", _Node.boolean, True),
    )


_MEASURE_KEYS = {"title", "paragraph", "annex", "direction", "goods", "history", "reason", "source", "verified",
                 "regardless_of_origin", "exemptions", "checks", "superseded_by", "note", "applies_to",
                 "residual", "items_before_listing", "reach", "corroboration"}


def _measure(node: _Node, measure_id: str, context: _Context, instruments: dict[str, Instrument]) -> Measure:
    fields = node.mapping({"title", "paragraph", "direction", "history", "reason", "source", "verified"},
                          _MEASURE_KEYS)
    goods = tuple(_clause(child, context.lists) for child in fields["goods"].items()) if "goods" in fields else ()
    applies_to = _opt(fields, "applies_to", lambda n: n.choice(("goods", "parties")), "goods")
    if applies_to == "goods" and not goods:
        raise node.fail("a goods measure needs `goods`", fix="add at least one goods clause")
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
        regardless_of_origin=_opt(fields, "regardless_of_origin", _Node.boolean, True),
        exemptions=tuple(
            _exemption(child, context, instruments, fields["paragraph"].text())
            for child in fields["exemptions"].items()
        ) if "exemptions" in fields else (),
        checks=_opt(fields, "checks", _Node.texts, ()),
        superseded_by=_opt(fields, "superseded_by", _Node.texts, ()),
        residual=_opt(fields, "residual", _Node.boolean, False),
        items_before_listing=_opt(fields, "items_before_listing", _Node.text, None),
        note=_opt(fields, "note", _Node.text, None),
        reach=_opt(fields, "reach", _reach, None),
        corroboration=_opt(fields, "corroboration", context.corroboration, ()),
    )


_ITEM_KEYS = {"id", "label", "extends", "paragraph", "annex", "item", "goods", "since", "source", "verified", "note",
              "reach", "corroboration"}


def _item(node: _Node, context: _Context) -> Item:
    fields = node.mapping({"id", "label", "extends", "goods", "source", "verified"}, _ITEM_KEYS)
    citation = context.citation(fields)
    annex_item = _opt(fields, "item", _Node.text, None)
    if annex_item:
        annex = f"{citation.annex}, item {annex_item}" if citation.annex else f"item {annex_item}"
        citation = Citation(citation.instrument, citation.paragraph, annex, citation.adopted, citation.url)
    return Item(
        id=fields["id"].text(),
        label=fields["label"].text(),
        extends=fields["extends"].text(),
        citation=citation,
        since=_opt(fields, "since", _Node.date, context.instrument.adopted),
        goods=tuple(_clause(child, context.lists) for child in fields["goods"].items()),
        source=fields["source"].text(),
        verified=fields["verified"].boolean(),
        note=_opt(fields, "note", _Node.text, None),
        reach=_opt(fields, "reach", _reach, None),
        corroboration=_opt(fields, "corroboration", context.corroboration, ()),
    )


def _transpositions(node: _Node) -> tuple[Transposition, ...]:
    result: list[Transposition] = []
    for child in node.items():
        fields = child.mapping({"name", "title", "url", "version", "source"}, set())
        url = fields["url"].text()
        if not url.startswith("https://"):
            raise fields["url"].fail(f"expected an https:// address of the act, got {url!r}")
        name = fields["name"].text()
        if any(t.name == name for t in result):
            raise fields["name"].fail(f"transposing act {name!r} is listed twice")
        result.append(Transposition(name=name, title=fields["title"].text(), url=url,
                                    version=fields["version"].text(), source=fields["source"].text()))
    return tuple(result)


def _regime(node: _Node) -> Regime:
    fields = node.mapping({"id", "name", "target", "target_name", "version", "committee", "source"}, set())
    target = fields["target"].text()
    if len(target) != 2 or not target.isupper():
        raise fields["target"].fail(f"expected an ISO 3166 alpha-2 code, got {target!r}")
    return Regime(**{key: value.text() for key, value in fields.items()})


def _instrument(node: _Node, file: str) -> Instrument:
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

    Raises:
        RulebookError: a file is malformed; the message names the file and key path.
    """
    from sanctioneer.settings import get_settings

    directory = directory or get_settings().rulebook or default_rulebook_dir()
    if not directory.is_dir():
        raise RulebookError(f"no rulebook directory at {directory}", fix="set SANCTIONEER_RULEBOOK to a directory")
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise RulebookError(f"no rulebook files (*.yaml) in {directory}")
    digest = hashlib.sha256()
    documents: list[tuple[str, _Node]] = []
    for path in paths:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RulebookError("not UTF-8 text", where=path.name) from None
        try:
            data = read_yaml(text, name=path.name)
        except InputError as exc:
            raise RulebookError(exc.detail, where=exc.where) from None
        documents.append((path.name, _Node(data, path.name, "")))

    regime: Regime | None = None
    transpositions: tuple[Transposition, ...] = ()
    instruments: dict[str, Instrument] = {}
    lists: dict[str, GoodsList] = {}
    for name, root in documents:
        if isinstance(root.value, dict) and "regime" in root.value and "instrument" not in root.value:
            if regime is not None:
                raise root.fail("a second regime file; one directory holds one regime")
            regime_fields = root.mapping({"regime"}, {"transpositions"})
            regime = _regime(regime_fields["regime"])
            transpositions = _opt(regime_fields, "transpositions", _transpositions, ())
            continue
        if isinstance(root.value, dict) and "goods_lists" in root.value and "instrument" not in root.value:
            block = root.mapping({"goods_lists"}, set())["goods_lists"]
            if not isinstance(block.value, dict):
                raise block.fail(f"expected a mapping of list names, got {_kind(block.value)}")
            for list_name in block.value:
                if str(list_name) in lists:
                    raise block.child(str(list_name)).fail(f"goods list {list_name!r} is defined twice")
                lists[str(list_name)] = _goods_list(block.child(str(list_name)), str(list_name))
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
    items: list[tuple[Item, _Node]] = []
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
                raise block.fail(f"expected a mapping of measure ids, got {_kind(block.value)}")
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
