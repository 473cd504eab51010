"""Transfers told the way ministries, embassies and state news agencies tell them: goods that arrived somewhere, a
government's word that it would send goods, a request or a deal said never to have been made, aid told as "aid
materials" or "foodstuff" that "came to" a country from others, goods told as a country's own, a delivery still to
come on a weekday, and a want of food that is no food sent."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen

# The reading tests are dated 20 March 2024, a Wednesday.


def test_where_goods_arrived_is_where_they_went_never_where_they_came_from() -> None:
    claim = only("The mission said that 3,100 tons of Belarusian barley arrived in North Korea on Tuesday, along "
                 "with 900 tons delivered before that.\n")
    assert seen(claim)[:2] == ("BY", "KP")


def test_a_request_or_a_deal_said_never_to_have_been_made_denies_the_transfer() -> None:
    claim = only("Moscow never asked Pyongyang to supply rockets or other arms.\n")
    assert seen(claim)[:2] == ("KP", "RU")
    assert claim.status == "denied"
    assert only("Seoul did not agree to sell rice to Pyongyang.\n").status == "denied"
    # A request made stays a transfer told.
    assert only("Seoul asked Pyongyang to deliver coal in May.\n").status != "denied"


def test_a_government_saying_it_would_send_goods_plans_a_transfer() -> None:
    claim = only("Vietnam said on Monday it would provide rice to North Korea.\n")
    assert seen(claim)[:2] == ("VN", "KP")
    assert claim.status == "planned"
    # What would be done on a condition, or what a deal would do, is no transfer told.
    assert claims("Vietnam said it would sell jets to North Korea if asked.\n") == []
    assert claims("The deal would supply rice to North Korea.\n") == []


def test_aid_told_by_its_purpose_or_as_foodstuff_is_goods() -> None:
    claim = only("Aid materials sent by the Lao government to the DPRK arrived in Pyongyang.\n")
    assert seen(claim)[:2] == ("LA", "KP")
    assert seen(only("Cuba sent foodstuff to North Korea.\n"))[:2] == ("CU", "KP")


def test_goods_that_came_to_a_country_from_others_were_sent_by_each() -> None:
    found = claims("Relief supplies came to North Korea from Vietnam and Cuba at the end of February.\n")
    assert [seen(c) for c in found] == [("VN", "KP", "2024-02"), ("CU", "KP", "2024-02")]
    assert claims("The talks came to nothing.\n") == []


def test_goods_told_as_a_countrys_own_were_sent_by_it() -> None:
    assert seen(only("Some of Japan's rice aid will be delivered to Laos on Friday.\n"))[:2] == ("JP", "LA")
    # A carrier or a side told by "by" keeps its place.
    assert seen(only("North Korea's coal was shipped to China by a Togo-flagged ship.\n"))[:2] == ("KP", "CN")
    assert seen(only("Japan's rice was delivered to Laos by Thailand.\n"))[:2] == ("TH", "LA")


def test_a_delivery_still_to_come_on_a_weekday_is_the_weekday_ahead() -> None:
    assert seen(only("Vietnam will send sugar to North Korea on Tuesday.\n")) == ("VN", "KP", "2024-03-26")
    # One told as done is the weekday gone.
    assert seen(only("Vietnam sent sugar to North Korea on Tuesday.\n")) == ("VN", "KP", "2024-03-19")


def test_a_want_of_food_is_no_food_sent_and_denies_nothing() -> None:
    found = claims("Belarus has donated 5,000 tons of wheat to North Korea. In April, the agency said ten million "
                   "people are food insecure, and that many children are not receiving enough vitamins.\n")
    assert [seen(c)[:2] for c in found] == [("BY", "KP")]
    assert found[0].status != "denied"
