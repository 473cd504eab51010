"""Transfers told the way reports of border smuggling, customs cases and court cases tell them: the law
broken named beside the goods."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_the_foreign_exchange_law_a_shipment_breaches_is_no_exchange_of_goods() -> None:
    claim = only("Police said a trader was suspected of shipping 300 cartons of detergent to North Korea in May, "
                 "breaching the foreign exchange and foreign trade law.\n")
    assert seen(claim) == (None, "KP", "2023-05")
    assert (claim.kind, claim.status) == ("shipment", "alleged")
    assert [(g.description, g.quantity) for g in claim.goods] == [("detergent", "300")]


def test_traders_smuggling_another_countrys_goods_with_no_destination_bring_them_home() -> None:
    claim = only("Russian dealers are smuggling North Korean mushrooms through the border town of Khasan.\n")
    assert seen(claim) == ("KP", "RU", None)
    assert (claim.kind, [g.description for g in claim.goods]) == ("smuggling", ["North Korean mushrooms"])


def test_traders_smuggling_goods_to_a_place_named_send_them_there() -> None:
    claim = only("Chinese traders smuggled Russian caviar into Japan last year.\n")
    assert seen(claim)[1:] == ("JP", "2023")


def test_a_number_after_by_counts_who_acted_not_the_goods() -> None:
    claim = only("Items shipped to North Korea by the two included detergent and biscuits.\n")
    assert claim.recipient.country == "KP"
    assert [(g.description, g.quantity) for g in claim.goods] == [("detergent", None), ("biscuits", None)]


def test_where_goods_were_sold_is_where_they_went() -> None:
    claim = only("About 30,000 shirts made in North Korea have been sold in Japan, a lawmaker said.\n")
    assert seen(claim) == ("KP", "JP", None)
    assert [(g.description, g.quantity) for g in claim.goods] == [("shirts", "30000")]


@pytest.mark.parametrize("made", ["produced in", "manufactured in"])
def test_where_goods_were_produced_is_where_they_came_from(made: str) -> None:
    claim = only(f"Jackets {made} a North Korean factory were delivered to a wholesaler in China's Jilin Province "
                 "in April.\n")
    assert seen(claim) == ("KP", "CN", "2023-04")
    assert claim.kind == "delivery"


def test_goods_naming_a_body_are_no_goods_of_its_transfer() -> None:
    claim = only("A munitions branch of the army smuggled rifles into Syria in June.\n")
    assert seen(claim) == (None, "SY", "2023-06")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_fishermen_named_by_their_country_are_a_side() -> None:
    claim = only("Chinese traders gave wine and batteries to North Korean fishermen in July.\n")
    assert seen(claim) == ("CN", "KP", "2023-07")
    assert claim.kind == "gift"


@pytest.mark.parametrize("knowing", ["with the knowledge that", "knowing that", "aware that"])
def test_where_the_exporter_knew_the_goods_would_go_is_where_they_went(knowing: str) -> None:
    claim = only(f"The firm was fined for exporting drone engines to Malaysia in 2021 {knowing} they would be "
                 "shipped into North Korea.\n")
    assert seen(claim) == (None, "KP", "2021")
    assert [g.description for g in claim.goods] == ["drone engines"]


def test_a_dateline_of_a_date_and_an_agency_alone_dates_the_report_not_the_transfer() -> None:
    claim = only("Oct. 4 (UPI) -- Russian traders are smuggling North Korean squid through the port of Zarubino.\n")
    assert seen(claim) == ("KP", "RU", None)
    claim = only("Oct. 4 (UPI) -- Russian traders smuggled North Korean squid through Zarubino on Sept. 28.\n")
    assert seen(claim) == ("KP", "RU", "2023-09-28")


@pytest.mark.parametrize(("text", "value"), [
    ("An Osaka trading house shipped cosmetics worth ¥4.5 million to North Korea in March.\n", ("4500000", "JPY")),
    ("A Dandong trader sold North Korean coal worth ¥2 million in March.\n", ("2000000", "CNY")),
])
def test_the_yen_sign_is_the_yen_when_japan_is_a_side_and_the_yuan_otherwise(text: str, value: tuple[str, str]) -> None:
    assert [g.value for g in only(text).goods] == [value]


def test_these_items_include_names_the_goods_of_a_transfer_told_without_them() -> None:
    claim = only("Two consignments were trucked to North Korea in May. These items include tires, valves, machine "
                 "components and stainless steel.\n")
    assert seen(claim) == (None, "KP", "2023-05")
    assert [g.description for g in claim.goods] == ["tires", "valves", "machine components", "stainless steel"]


@pytest.mark.parametrize("port", ["the Port of Kobe", "the port of Kobe"])
def test_a_port_written_with_its_capital_is_a_side(port: str) -> None:
    claim = only(f"Two brokers exported cosmetics from {port} to North Korea in 2015.\n")
    assert seen(claim) == ("JP", "KP", "2015")


@pytest.mark.parametrize("text", [
    "The patrols stop at dusk, giving up to eight boats from as many trading firms ways to slip into North Korean "
    "waters and load crabs.\n",
    "The lapse gave Chinese trawlers a chance to slip into North Korean waters.\n",
])
def test_ships_given_a_chance_to_do_something_are_no_gift(text: str) -> None:
    assert claims(text) == []


def test_goods_given_with_a_chance_to_use_them_are_a_gift() -> None:
    claim = only("Russia gave North Korea tanks and a chance to test them in May.\n")
    assert seen(claim) == ("RU", "KP", "2023-05")
    assert (claim.kind, [g.description for g in claim.goods]) == ("gift", ["tanks"])


def test_a_sum_in_a_currency_before_worth_of_goods_is_no_count_of_them() -> None:
    claim = only("The brokers exported 18 million yen worth of goods, including shampoo and gas stoves, to North Korea "
                 "in 2015.\n")
    assert [(g.description, g.quantity, g.value) for g in claim.goods] == [
        ("shampoo", None, ("18000000", "JPY")), ("gas stoves", None, None)]


def test_goods_smuggled_from_a_province_of_the_north_come_from_the_north() -> None:
    claim = only("The most common smuggled goods include batteries, rice cookers and dried mushrooms. These goods "
                 "are being smuggled in rising numbers from depots in Chagang Province's Manpo City.\n")
    assert claim.supplier.country == "KP"
    assert [g.description for g in claim.goods] == ["batteries", "rice cookers", "dried mushrooms"]


@pytest.mark.parametrize("town", ["Shimonoseki", "Saitama Prefecture"])
def test_an_importer_in_a_japanese_port_or_prefecture_brought_the_goods_to_japan(town: str) -> None:
    claim = only(f"A trading house in {town} was accused of importing 9 tonnes of clams from North Korea in May.\n")
    assert seen(claim) == ("KP", "JP", "2023-05")


@pytest.mark.parametrize("province", ["Liaoning Province", "Jilin Province"])
def test_a_trader_in_a_chinese_border_province_is_in_china(province: str) -> None:
    claim = only(f"Cotton shirts made in Sinuiju were delivered to a trader in {province} in April.\n")
    assert seen(claim) == ("KP", "CN", "2023-04")


@pytest.mark.parametrize("first", ["bamboo mats", "bamboo mats (woven to wrap rice cakes)"])
def test_a_country_named_before_two_goods_joined_by_and_names_both(first: str) -> None:
    claim = only(f"North Korean {first} and dried squid were smuggled into Hunchun by truck in June.\n")
    assert seen(claim) == ("KP", "CN", "2023-06")


def test_goods_smuggled_into_another_town_of_the_same_country_further_on_are_another_case() -> None:
    found = claims("North Korean squid is being smuggled into Hunchun by boat, a trader said.\n\n"
                   "Customs officers have stopped fewer trucks this spring.\n\n"
                   "A second trader said North Korean squid was also being smuggled into Yanji.\n")
    assert [seen(c)[:2] for c in found] == [("KP", "CN"), ("KP", "CN")]


def test_an_earlier_case_told_further_on_with_its_own_years_is_another_claim() -> None:
    found = claims("Two traders were arrested on Tuesday for shipping 800 boxes of biscuits to North Korea from "
                   "Osaka, police said.\n\n"
                   "Police also searched the office of their trading house.\n\n"
                   "The arrests are the latest in a series of cases.\n\n"
                   "In April 2019, a broker was arrested over imports of clams from North Korea, while in March "
                   "last year a wholesaler was arrested on suspicion of exporting biscuits and towels to the North.\n")
    assert [[g.description for g in c.goods] for c in found] == [["biscuits"], ["clams"], ["biscuits", "towels"]]
    assert [seen(c)[:2] for c in found] == [("JP", "KP"), ("KP", None), (None, "KP")]


@pytest.mark.parametrize("sentence", [
    "Eritrea has added nine freighters and two tankers to its merchant fleet this year, most of them coming from "
    "Greece.\n",
    "Eritrea added nine freighters from Greece to the country's fishing fleet this year.\n",
])
def test_ships_added_to_a_fleet_were_received_by_the_fleets_owner(sentence: str) -> None:
    claim = only(sentence)
    assert seen(claim) == ("GR", "ER", "2024")
    assert claim.kind == "import"
    assert "freighters" in [g.description for g in claim.goods]
