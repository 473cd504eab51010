"""What measures refer to beside their own text: named goods lists, the words that name their goods
(reach), and the transposing acts that corroborate them."""

from __future__ import annotations

from sanctioneer.rulebook.measure import (
    Corroborates,
    Corroboration,
    GoodsList,
    GoodsListEntry,
    OutOfScope,
    Reach,
    Transposition,
)
from sanctioneer.rulebook.node import Node, hs_ranges, kind_of, optional

__all__ = [
    "list_refs",
    "read_corroboration",
    "read_goods_list",
    "read_goods_lists",
    "read_reach",
    "read_transpositions",
]


def list_refs(node: Node, lists: dict[str, GoodsList]) -> tuple[GoodsList, ...]:
    """Resolve the names a clause's `except_lists` gives to the rulebook's goods lists."""
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


def read_reach(node: Node) -> Reach:
    """Read a `reach` block: the words that name a measure's goods, and what it leaves out and why."""
    fields = node.mapping({"terms"}, {"outside"})
    outside = []
    if "outside" in fields:
        for child in fields["outside"].items():
            entry = child.mapping({"hs", "reason"}, set())
            hs = hs_ranges(entry["hs"])
            if not hs:
                raise entry["hs"].fail("an out-of-scope entry needs at least one HS range")
            outside.append(OutOfScope(hs=hs, reason=entry["reason"].text()))
    terms = fields["terms"].texts()
    if not terms:
        raise fields["terms"].fail("`reach.terms` needs at least one word that names the measure's goods")
    return Reach(terms=terms, outside=tuple(outside))


def read_goods_list(node: Node, name: str) -> GoodsList:
    """Read one named goods list of a `goods_lists:` file."""
    fields = node.mapping({"title", "source", "entries"}, {"note"})
    entries = []
    for child in fields["entries"].items():
        entry = child.mapping({"hs", "label"}, {"note"})
        hs = hs_ranges(entry["hs"])
        if not hs:
            raise entry["hs"].fail("a goods list entry needs at least one HS range")
        note = optional(entry, "note", Node.text, None)
        entries.append(GoodsListEntry(hs=hs, label=entry["label"].text(), note=note))
    if not entries:
        raise fields["entries"].fail("a goods list needs at least one entry")
    return GoodsList(
        name=name,
        title=fields["title"].text(),
        source=fields["source"].text(),
        entries=tuple(entries),
        note=optional(fields, "note", Node.text, None),
    )


def read_goods_lists(block: Node, lists: dict[str, GoodsList]) -> None:
    """Add the lists of a `goods_lists:` mapping to those already read, refusing a name defined twice."""
    if not isinstance(block.value, dict):
        raise block.fail(f"expected a mapping of list names, got {kind_of(block.value)}")
    for list_name in block.value:
        if str(list_name) in lists:
            raise block.child(str(list_name)).fail(f"goods list {list_name!r} is defined twice")
        lists[str(list_name)] = read_goods_list(block.child(str(list_name)), str(list_name))


def read_transpositions(node: Node) -> tuple[Transposition, ...]:
    """Read the regime file's `transpositions`: the acts a `corroboration` entry may name."""
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


def read_corroboration(node: Node, transpositions: dict[str, Transposition]) -> tuple[Corroboration, ...]:
    """Read a `corroboration` list: each entry names a transposing act of the regime file."""
    result = []
    for child in node.items():
        fields = child.mapping({"instrument", "where", "corroborates"}, {"difference", "resolution"})
        name = fields["instrument"].text()
        if name not in transpositions:
            known = ", ".join(sorted(transpositions)) or "none"
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
        difference = optional(fields, "difference", Node.text, None)
        resolution = optional(fields, "resolution", Node.text, None)
        if (difference is None) != (resolution is None):
            present, absent = ("difference", "resolution") if difference else ("resolution", "difference")
            raise child.fail(
                f"has `{present}` without `{absent}`",
                fix="a difference needs a resolution saying how it was settled, and a resolution its difference",
            )
        result.append(Corroboration(name, fields["where"].text(), confirms, difference, resolution))
    return tuple(result)
