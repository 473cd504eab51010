"""Sanctioneer: is this transfer of goods allowed under sanctions?

    >>> from sanctioneer import assess, parse_transfer
    >>> decision = assess(parse_transfer({...}))
"""

from sanctioneer.assessment import Assessor, assess, default_rulebook
from sanctioneer.errors import InputError, ListError, RulebookError, SanctioneerError, StoreError
from sanctioneer.intake import parse_transfer, parse_transfers, read_transfers
from sanctioneer.model import (
    Citation,
    Decision,
    Direction,
    Finding,
    GoodsLine,
    HsSource,
    ItemRef,
    LineDecision,
    Money,
    Party,
    Transfer,
    TransferKind,
    Verdict,
)
from sanctioneer.rulebook import Rulebook, load_rulebook

__all__ = [
    "Assessor",
    "Citation",
    "Decision",
    "Direction",
    "Finding",
    "GoodsLine",
    "HsSource",
    "InputError",
    "ItemRef",
    "LineDecision",
    "ListError",
    "Money",
    "Party",
    "Rulebook",
    "RulebookError",
    "SanctioneerError",
    "StoreError",
    "Transfer",
    "TransferKind",
    "Verdict",
    "assess",
    "default_rulebook",
    "load_rulebook",
    "parse_transfer",
    "parse_transfers",
    "read_transfers",
]
