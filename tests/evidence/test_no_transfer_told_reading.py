"""Words that look like goods where a report tells no transfer: what a listing bars in general, a verb of
carrying, ties between countries and a ship's records."""

from __future__ import annotations

from tests.evidence.reading import claims, only


def test_goods_a_listing_bars_in_general_are_no_transfer() -> None:
    assert claims("The listing blocks their property in America and stops American firms from selling them any "
                  "goods, services, or technology.\n") == []


def test_named_goods_after_any_are_still_read_when_moved() -> None:
    claim = only("A Chinese firm sold diesel to North Korea in May 2019 and never shipped any goods again.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("CN", "KP")


def test_bearing_gifts_is_carrying_not_ball_bearings() -> None:
    found = claims("The Russian leader arrived bearing gifts for Kim Jong Un, the finest a Russian-made "
                   "limousine.\n")
    assert [g.description for c in found for g in c.goods] == ["Russian-made limousine"]
    assert found[0].recipient.country == "KP"


def test_ball_bearings_are_still_goods() -> None:
    claim = only("A Chinese firm sold ball bearings to North Korea in 2019.\n")
    assert [g.description for g in claim.goods] == ["ball bearings"]


def test_military_ties_are_not_neckties() -> None:
    assert claims("The two leaders praised their growing military ties between Moscow and Pyongyang.\n") == []


def test_silk_ties_are_still_goods() -> None:
    claim = only("Customs found silk ties shipped from Italy to North Korea in 2019.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("IT", "KP")


def test_navigation_logs_are_records_not_timber() -> None:
    found = claims("Police said the crew had forged navigation logs and turned off the tracker before "
                   "unloading North Korean coal off a Vietnamese port.\n")
    assert all("logs" not in g.description for c in found for g in c.goods)


def test_firms_with_foreign_ties_are_not_neckties() -> None:
    assert claims("The inquiry listed twelve tankers and sixty firms, most with Chinese or Russian ties, in the "
                  "fuel trade.\n") == []


def test_a_friendship_that_dates_back_names_no_fruit() -> None:
    assert claims("The visit marked an alliance with Moscow that dates back to the founding of the North Korean "
                  "state.\n") == []


def test_dates_as_fruit_are_still_goods() -> None:
    claim = only("An Egyptian trader sold dates to North Korea in 2019.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("EG", "KP")
