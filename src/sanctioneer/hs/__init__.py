"""HS codes: parse them, compare them with ranges, and name them."""

from sanctioneer.hs.codes import HsRange, Relation, describe, normalise_hs, parse_range

__all__ = ["HsRange", "Relation", "describe", "normalise_hs", "parse_range"]
