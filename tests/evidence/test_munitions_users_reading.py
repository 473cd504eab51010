"""Munitions told by who fires them and where they came from, the way reports of a war's suppliers tell them: the
user of the goods received them; a chance given, a habit of the goods and a verb "date" tell no goods or no habit of
the transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_used_by_a_party_and_supplied_by_another_went_to_the_user() -> None:
    claim = only("Most of the mortar rounds used by Belarus in the war were supplied by Laos.\n")
    assert seen(claim)[:2] == ("LA", "BY")


def test_the_user_told_after_the_goods_is_not_taken_for_a_seizer() -> None:
    assert claims("Mortar rounds seized by Belarus were supplied by Laos to Chad.\n")[0].recipient.country != "BY"


def test_forces_firing_goods_sourced_from_a_country_received_them() -> None:
    claim = only("Belarusian forces are using low-quality rockets sourced from Laos.\n")
    assert seen(claim)[:2] == ("LA", "BY")
    assert claim.goods[0].description == "low-quality rockets"


def test_a_habit_of_the_goods_in_a_clause_on_them_is_no_habit_of_the_transfer() -> None:
    claim = only("Belarusian forces are using rockets sourced from Laos that are often defective.\n")
    assert seen(claim)[:2] == ("LA", "BY")


def test_a_habit_of_the_transfer_is_still_one() -> None:
    assert claims("Laos often sells rifles to Belarus.\n") == []


def test_a_party_given_an_opportunity_to_test_goods_is_given_no_goods() -> None:
    assert claims("In addition to providing Laos with an opportunity to test rockets, Belarus has blocked the "
                  "inquiry.\n") == []


def test_goods_given_with_a_chance_to_use_them_are_still_given() -> None:
    claim = only("Belarus provided Laos with rockets and a chance to test them.\n")
    assert seen(claim)[:2] == ("BY", "LA")
    assert [g.description for g in claim.goods] == ["rockets"]


def test_date_back_is_a_verb_not_the_fruit() -> None:
    claim = only("Experts said the rifles Laos sold to Belarus date back to the 1960s.\n")
    assert [g.description for g in claim.goods] == ["rifles"]
    assert seen(claim)[:2] == ("LA", "BY")


def test_dates_sold_are_still_the_fruit() -> None:
    claim = only("Laos sold 40 tons of dates to Belarus in May.\n")
    assert [g.description for g in claim.goods] == ["dates"]


def test_not_only_and_increased_are_no_kind_of_goods() -> None:
    goods = only("Laos is supplying not only shells but also drones to Belarus.\n").goods
    assert goods[0].description == "shells"
    claim = only("Officials confirmed increased weapons and fuel transfers from Laos to Belarus in May.\n")
    assert [g.description for g in claim.goods] == ["weapons", "fuel"]
    assert seen(claim) == ("LA", "BY", "2023-05")


def test_whose_share_of_the_goods_is_supplied_received_them() -> None:
    assert seen(only("Laos is supplying as much as 30 percent of Belarus's shells fired in the war.\n"))[:2] \
        == ("LA", "BY")
    assert seen(only("Laos supplied half of Belarus's artillery shells last year.\n")) == ("LA", "BY", "2023")
