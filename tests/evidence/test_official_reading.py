"""Transfers told the way government releases and the reports that quote them tell them: long sentences
of several clauses where a second transfer is told by a pronoun after "and"."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_a_second_transfer_told_by_a_pronoun_after_and_is_a_claim_of_its_own() -> None:
    found = claims("Monitors say Pyongyang shipped valves for a chemical plant to Libya in 2019, and it transferred "
                   "rocket launchers to Laos.\n")
    assert [(c.goods[0].description, seen(c)[:2]) for c in found] == [
        ("valves", ("KP", "LY")), ("rocket launchers", ("KP", "LA"))]
