"""Transfers told the way published wire copy on luxury goods and arms tells them: a past possibility ("could have
been sent") that hedges a transfer rather than imagines one; gifts "exchanged between" two leaders that describe the
gift told before; sums and counts written with a hyphen before their scale ("a 13-million euro sale", "74-thousand
tons") and "a pair of"; a hedge on what someone is ("is believed to be a keen hunter") that leaves a gift told after
it unhedged; goods paid back told first ("In exchange for the shells, Russia provided ..."); a country named as
"the isolated nation of" it; and a transfer named as the subject of a violation ("Giving a car to Kim constitutes a
violation"), a case of the rule."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_that_could_have_been_sent_are_an_alleged_transfer() -> None:
    claim = only("Officials in Seoul estimate that tens of thousands of mortar rounds could have been shipped to "
                 "Russia by North Korea last month.\n")
    assert seen(claim) == ("KP", "RU", "2024-02")
    assert claim.status.value == "alleged"
    assert "mortar rounds" in [g.description for g in claim.goods]


def test_goods_that_would_have_been_sent_are_no_transfer() -> None:
    assert claims("Without the embargo, the rifles would have been shipped to Sudan by Belarus.\n") == []


def test_gifts_exchanged_between_two_leaders_describe_the_gift_told_before() -> None:
    claim = only("Lukashenko gave Kim Jong Un a tractor and a porcelain vase on Monday, and these were among the "
                 "gifts exchanged between the two leaders, state media said.\n")
    assert claim.kind == "gift"
    assert seen(claim) == ("BY", "KP", "2024-03-18")
    assert [g.description for g in claim.goods] == ["tractor", "porcelain vase"]


def test_leaders_who_exchanged_goods_still_exchange_them() -> None:
    found = claims("Putin and Kim exchanged rifles on Monday.\n")
    assert sorted((c.kind, c.supplier.country, c.recipient.country) for c in found) == [
        ("exchange", "KP", "RU"), ("exchange", "RU", "KP")]


def test_a_sum_written_with_a_hyphen_before_its_currency_is_the_value() -> None:
    claim = only("Greece has blocked the 4-million euro ($4.5-million) sale of a motor yacht to North Korea, "
                 "officials said on Monday.\n")
    assert claim.status.value == "planned"
    assert [(g.description, g.value) for g in claim.goods] == [("motor yacht", ("4000000", "EUR"))]


def test_a_count_written_with_a_hyphen_before_its_scale_is_the_quantity() -> None:
    claim = only("Belarus provided more than 12-thousand tonnes of potash fertiliser to North Korea in May.\n")
    assert seen(claim) == ("BY", "KP", "2023-05")
    assert [(g.description, g.quantity) for g in claim.goods] == [("potash fertiliser", "12000")]


def test_a_hedge_on_what_someone_is_does_not_hedge_a_gift_told_after_it() -> None:
    claim = only("Lukashenko is believed to be a keen hunter, and an aide said that Kim Jong Un had given him a "
                 "rifle on Monday.\n")
    assert claim.kind == "gift"
    assert seen(claim) == ("KP", "BY", "2024-03-18")
    assert claim.status.value == "reported"
    assert only("North Korea is believed to have given Belarus a rifle on Monday.\n").status.value == "alleged"


def test_goods_paid_back_told_first_go_the_other_way() -> None:
    found = claims("In return for the mortar rounds, Belarus reportedly gave North Korea tractors and trucks in "
                   "May.\n")
    assert sorted((c.kind, c.supplier.country, c.recipient.country, tuple(g.description for g in c.goods),
                   c.status.value, c.date.iso() if c.date else None) for c in found) == [
        ("exchange", "KP", "BY", ("mortar rounds",), "alleged", "2023-05"),
        ("gift", "BY", "KP", ("tractors", "trucks"), "alleged", "2023-05")]


def test_goods_bound_for_the_nation_of_a_country_go_to_it() -> None:
    claim = only("Greece blocked the sale of two motor yachts believed to have been bound for the isolated nation "
                 "of North Korea.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("GR", "KP")
    assert claim.status.value == "planned"


def test_a_pair_of_goods_counts_two() -> None:
    claim = only("Kim gave Lukashenko a pair of hunting dogs on Monday.\n")
    assert seen(claim) == ("KP", "BY", "2024-03-18")
    assert [g.quantity for g in claim.goods] == ["2"]


def test_a_transfer_named_as_the_subject_of_a_violation_is_no_transfer_told() -> None:
    assert claims("Giving a tractor as a gift to Kim constitutes a violation of U.N. sanctions banning the supply of "
                  "vehicles to North Korea.\n") == []
    claim = only("Shipping coal to China in violation of sanctions, the freighter Rich Glory earned $2 million in "
                 "May.\n")
    assert (claim.recipient.country, [g.description for g in claim.goods]) == ("CN", ["coal"])
