"""Police and customs cases of trade with North Korea: the rule broken, the epithet for the country, a barter."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_violating_sanctions_for_selling_tells_the_sale() -> None:
    found = claims("Two Chinese traders were accused of violating Japanese sanctions for selling cognac and "
                   "watches to North Korea.")
    assert [(seen(c)[:2], [g.description for g in c.goods]) for c in found] == [
        (("CN", "KP"), ["cognac", "watches"])]


def test_sanctions_imposed_for_selling_still_tell_no_transfer() -> None:
    assert claims("The United States imposed sanctions on two Chinese firms for selling oil to North Korea.") == []

