"""Evaluate a transfer against the rulebook: evaluate(transfer, rulebook, as_of) -> Decision."""

from sanctioneer.rules.engine import Classification, Classifier, PartyCheck, evaluate

__all__ = ["Classification", "Classifier", "PartyCheck", "evaluate"]
