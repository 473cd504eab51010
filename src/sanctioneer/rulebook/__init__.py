"""The rulebook: the law as dated YAML data, loaded and validated."""

from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.measure import Clause, Exemption, Instrument, Item, Measure, Regime, Rulebook

__all__ = [
    "Clause",
    "Exemption",
    "Instrument",
    "Item",
    "Measure",
    "Regime",
    "Rulebook",
    "default_rulebook_dir",
    "load_rulebook",
]
