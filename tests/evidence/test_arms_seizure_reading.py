"""Arms shipments told the way wire reports of intercepted planes and ships, court cases and briefings tell
them: where the cargo was going after "while", a tip that led to the search, sums in "US$" and "$US", the
spokesman who speaks for a government, agency bylines, an acquittal's day, more arms planned, a later saying's
date, buyers in a clause opened by "in which", cargo planes as carriers and the trade goods came through."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.published import find_published
from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "A consignment of radios from North Korea was stopped in Colombo while on its way to Angola in May.\n",
    "Radios from North Korea were seized in Colombo while en route to Angola in May.\n",
    "Radios from North Korea were seized in Colombo while being shipped to Angola in May.\n",
])
def test_where_goods_were_going_after_while_is_the_recipient(text: str) -> None:
    assert seen(only(text)) == ("KP", "AO", "2023-05")


def test_a_while_with_a_subject_of_its_own_is_still_another_clause() -> None:
    found = claims("North Korea sold rifles to Iran in May while Beijing sent oil to Syria.\n")
    assert [seen(c) for c in found] == [("KP", "IR", "2023-05"), ("CN", "SY", None)]


@pytest.mark.parametrize("tip", ["a tip from the Australian government", "a tip-off from Japanese intelligence",
                                 "a warning from Washington"])
def test_who_tipped_off_the_searchers_is_no_supplier(tip: str) -> None:
    claim = only(f"Dock police seized North Korean rifles in Manila in May after {tip}.\n")
    assert seen(claim) == ("KP", None, "2023-05")


def test_the_letters_before_a_dollar_sign_name_no_country() -> None:
    claim = only("Customs in Colombo seized a North Korean freighter loaded with 12 tonnes of rifles. The North "
                 "earns about US$300 million a year from sales of weapons.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country is None


def test_the_government_a_spokesman_speaks_for_is_no_recipient() -> None:
    claim = only("Police seized 20 tons of rifles from North Korea in May, a spokesman for the Philippine "
                 "government said.\n")
    assert seen(claim) == ("KP", None, "2023-05")


@pytest.mark.parametrize(("top", "day"), [
    ("by Staff Writers Lima (AFP) June 28, 2014", "2014-06-28"),
    ("Quito (Reuters) 3 March 2021", "2021-03-03"),
    ("AFP , Thursday 22 Dec 2022", "2022-12-22"),
])
def test_a_wire_byline_dates_the_report(top: str, day: str) -> None:
    found = find_published(f"Arms ship story\n\n{top}\n\nThe freighter was stopped carrying rifles.\n")
    assert found is not None and found.date.isoformat() == day


def test_last_month_is_read_from_an_agency_byline_with_the_weekday() -> None:
    claim = only_undated("Rockets sold to Sudan\n\nAFP , Thursday 22 Dec 2022\n\nNorth Korea sold infantry "
                         "rockets to Sudan last month, the ministry said.\n")
    assert seen(claim) == ("KP", "SD", "2022-11")


def only_undated(text: str) -> Claim:
    found = claims(text, dated=False)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def test_the_day_of_an_acquittal_is_not_the_date_of_the_shipment() -> None:
    claim = only("A judge acquitted and ordered the release Friday of two sailors who tried to transport Cuban "
                 "rifles to North Korea.\n")
    assert claim.supplier.country == "CU"
    assert claim.date is None


def test_more_goods_planned_are_another_transfer_than_those_delivered() -> None:
    found = claims("North Korea delivered rockets to the Wagner Group last month, Kirby said. The US is worried "
                   "North Korea is planning to send the group additional arms.\n")
    assert [(seen(c), c.status.value) for c in found] == [
        (("KP", "RU", "2024-02"), "reported"), (("KP", "RU", None), "planned")]


@pytest.mark.parametrize(("later", "day"), [
    ("In May, Ukrainian prosecutors reported that Russia had fired about 40 such rockets at Kharkiv.", None),
    ("In May, the rockets were unloaded at Vostochny, officials reported.", "2023-05"),
])
def test_a_date_opening_a_later_saying_does_not_date_the_transfer(later: str, day: str | None) -> None:
    claim = only(f"Officials said Pyongyang also sent dozens of rockets to Russia.\n\n{later}\n")
    assert seen(claim) == ("KP", "RU", day)


def test_a_sum_with_the_letters_after_the_dollar_sign_is_its_value() -> None:
    claim = only("Customs in Colombo seized a North Korean freighter loaded with 12 tonnes of rifles worth "
                 "$US3 million.\n")
    assert claim.recipient.country is None
    assert claim.goods[0].value == ("3000000", "USD")


def test_who_bought_in_a_clause_opened_by_in_which_is_the_recipient() -> None:
    claim = only("An inquiry found a scheme in which Kenyan businessmen bought North Korean rifles for the army.\n")
    assert seen(claim)[:2] == ("KP", "KE")


def test_a_cargo_plane_named_by_its_country_carries_the_goods_from_there() -> None:
    claim = only("Officials in Karachi said on Monday that they had stopped a North Korean cargo plane loaded with "
                 "20 tonnes of rockets.\n")
    assert claim.supplier.country == "KP"
    assert [(g.description, g.quantity) for g in claim.goods] == [("rockets", "20")]


@pytest.mark.parametrize("carriers", ["Three North Korean cargo planes that had landed at Shenyang airport flew",
                                      "Two North Korean ships that had docked at Dalian sailed"])
def test_carriers_that_went_home_loaded_took_the_goods_home(carriers: str) -> None:
    claim = only(f"{carriers} home on Monday loaded with medical supplies.\n")
    assert seen(claim)[:2] == ("CN", "KP")


def test_the_trade_the_goods_came_through_is_not_the_goods() -> None:
    assert claims("Officials believe that the militia obtained the K-9 from North Korea through illicit arms "
                  "trade.\n") == []
    claim = only("Officials believe that the militia obtained rifles from North Korea through illicit arms trade.\n")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_a_denied_trade_in_goods_still_names_the_goods_it_denies() -> None:
    found = claims("Laos shipped shells to Belarus in May. Belarus sent food to Laos in return. Both governments "
                   "have denied any weapons trade.\n")
    assert [(c.goods[0].description, c.status.value) for c in found] == [("shells", "denied"), ("food", "reported")]
