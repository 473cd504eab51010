"""Evaluate a transfer against the rulebook: evaluate(transfer, rulebook, as_of) -> Decision."""

from sanctioneer.rules.engine import evaluate, judge_line

__all__ = ["evaluate", "judge_line"]
