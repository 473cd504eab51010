"""Police and customs cases of trade with North Korea: the rule broken, the epithet for the country, a barter."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_violating_sanctions_for_selling_tells_the_sale() -> None:
    found = claims("Two Chinese traders were charged with breaching Japanese sanctions for selling cognac and "
                   "watches to North Korea.")
    assert [(seen(c)[:2], [g.description for g in c.goods]) for c in found] == [
        (("CN", "KP"), ["cognac", "watches"])]


def test_sanctions_imposed_for_selling_still_tell_no_transfer() -> None:
    assert claims("The United States imposed sanctions on two Chinese firms for selling oil to North Korea.") == []


def test_an_epithet_after_into_is_where_the_last_transfer_went() -> None:
    found = claims("Two men living in Osaka were charged with exporting cameras into North Korea. "
                   "The pair are believed to have smuggled perfume and cognac into the secretive state.")
    perfume = next(c for c in found if any(g.description == "perfume" for g in c.goods))
    assert perfume.recipient.country == "KP"


def test_an_epithet_with_no_transfer_before_stays_unread() -> None:
    found = claims("Police in Osaka held two men on Monday. "
                   "The pair are believed to have smuggled perfume and cognac into the secretive state.")
    assert all(c.recipient.country is None for c in found)


def test_a_barter_of_goods_named_by_their_countries_goes_both_ways() -> None:
    found = claims("The two firms bartered South Korean fertilizer for North Korean mushrooms.")
    assert sorted((seen(c)[:2], c.kind) for c in found) == [(("KP", "KR"), "exchange"), (("KR", "KP"), "exchange")]


def test_a_barter_of_the_goods_a_country_owns_goes_from_it() -> None:
    found = claims("The two sides planned to barter the South's fertilizer for North Korean mushrooms.")
    fertilizer = next(c for c in found if any(g.description == "fertilizer" for g in c.goods))
    mushrooms = next(c for c in found if any("mushrooms" in g.description for g in c.goods))
    assert seen(fertilizer)[:2] == ("KR", "KP") and seen(mushrooms)[:2] == ("KP", "KR")
    assert fertilizer.status.value == "planned"


def test_a_barter_between_two_sides_told_before_follows_the_goods_countries() -> None:
    found = claims("North Korea's Ryugyong Trading signed a deal with the South's Hanil Farmers Union in May. "
                   "The two sides planned to barter the South's fertilizer for North Korean mushrooms.")
    fertilizer = next(c for c in found if any(g.description == "fertilizer" for g in c.goods))
    mushrooms = next(c for c in found if any("mushrooms" in g.description for g in c.goods))
    assert seen(fertilizer)[:2] == ("KR", "KP") and seen(mushrooms)[:2] == ("KP", "KR")
