"""Who is no side of a transfer though a country names it: a helper of a party, who might have stopped the goods, the
crew's nationality; the leader named by a title of office, and the country sellers came to."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_a_country_whose_barges_helped_is_no_side() -> None:
    found = claims("Laos exported coal worth $20 million last year with the help of Thai barges, the panel said.\n")
    assert [seen(c)[:2] for c in found if c.goods[0].description == "coal"] == [("LA", None)]
    assert all(c.supplier.country != "TH" and c.recipient.country != "TH" for c in found)


def test_north_korea_helped_by_foreign_barges_keeps_its_side() -> None:
    found = claims("North Korea exported coal worth $20 million in 2019 with the help of Thai barges.\n")
    assert [seen(c) for c in found if c.goods[0].description == "coal"] == [("KP", None, "2019")]


@pytest.mark.parametrize("text", [
    "A cargo of rocket parts got from Laos to Chad in 2019 before Japan could intervene, officials said.\n",
    "A cargo of rocket parts got from Laos to Chad in 2019 before Japan had time to act, officials said.\n",
])
def test_who_might_have_stopped_the_goods_is_no_side(text: str) -> None:
    assert seen(only(text)) == ("LA", "TD", "2019")


def test_the_crews_nationality_is_no_side_of_what_they_smuggled() -> None:
    found = only("Four Kazakh crew members were charged with smuggling rifles after the plane landed in Laos.\n")
    assert found.supplier.country is None
    assert found.recipient.country == "LA"


def test_a_north_korean_crew_keeps_its_side() -> None:
    found = only("A North Korean crew smuggled rifles to Laos in 2019.\n")
    assert seen(found) == ("KP", "LA", "2019")


@pytest.mark.parametrize("title", ["the Supreme Leader of North Korea", "the supreme leader of North Korea"])
def test_the_supreme_leader_of_north_korea_takes_a_gift_for_it(title: str) -> None:
    found = only(f"Laos gave a horse to {title}, Kim Jong Un, in 2019.\n")
    assert seen(found) == ("LA", "KP", "2019")
    assert found.recipient.name == "Kim Jong Un"


def test_the_country_sellers_came_to_is_where_they_offered_the_goods() -> None:
    found = only("Two agents of a North Korean firm came to Laos and tried to sell the patrol boats.\n")
    assert seen(found)[:2] == ("KP", "LA")
