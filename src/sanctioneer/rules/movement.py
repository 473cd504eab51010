"""Which way a transfer moves goods relative to the sanctioned country, and on what facts."""

from __future__ import annotations

from dataclasses import dataclass

from sanctioneer.model import Direction, Finding, Transfer, Verdict

__all__ = ["Movement", "movements"]


@dataclass(frozen=True)
class Movement:
    """A direction the regime's measures must be checked in, with the facts that show it.

    `capped` movements rest on facts that make a breach possible but not certain
    (goods that only transit the country, goods of its origin sold by a third
    party): their findings are at most `review`.
    """

    direction: Direction
    basis: str
    capped: bool = False


def movements(transfer: Transfer, *, target: str, target_name: str) -> tuple[tuple[Movement, ...], tuple[Finding, ...]]:
    """Work out the directions to judge, and the facts-based findings for what is unknown.

    Returns the movements (at most one per direction, the most certain one) and
    review findings for a direction that cannot be ruled out because a country is missing.
    """
    found: list[Movement] = []
    supplier, recipient, route = transfer.supplier.country, transfer.recipient.country, transfer.route
    if recipient == target:
        found.append(Movement(Direction.TO, f"the recipient is in {target_name}"))
    if route and route[-1] == target and recipient != target:
        found.append(Movement(Direction.TO, f"the route ends in {target_name}: indirect supply"))
    if supplier == target:
        found.append(Movement(Direction.FROM, f"the supplier is in {target_name}"))
    if route and route[0] == target and supplier != target:
        found.append(Movement(Direction.FROM, f"the route starts in {target_name}: indirect supply"))
    if transfer.origin == target and supplier != target:
        found.append(
            Movement(
                Direction.FROM,
                f"the goods originate in {target_name} but are supplied from elsewhere: "
                "check how and when they left it",
                capped=True,
            )
        )
    if target in route[1:-1]:
        basis = f"the route passes through {target_name}"
        found.append(Movement(Direction.TO, basis, capped=True))
        found.append(Movement(Direction.FROM, basis, capped=True))

    best: dict[Direction, Movement] = {}
    for movement in found:
        current = best.get(movement.direction)
        if current is None or (current.capped and not movement.capped):
            best[movement.direction] = movement

    facts: list[Finding] = []
    if recipient is None and not route and Direction.TO not in best:
        facts.append(
            Finding(
                effect=Verdict.REVIEW,
                reason=f"the recipient's country is not given and there is no route: supply to {target_name} "
                "cannot be ruled out",
                checks=("give recipient.country or the route",),
            )
        )
    if supplier is None and not route and transfer.origin is None and Direction.FROM not in best:
        facts.append(
            Finding(
                effect=Verdict.REVIEW,
                reason=f"the supplier's country is not given and there is no route or origin: procurement from "
                f"{target_name} cannot be ruled out",
                checks=("give supplier.country, origin or the route",),
            )
        )
    ordered = tuple(best[d] for d in (Direction.TO, Direction.FROM) if d in best)
    return ordered, tuple(facts)
