"""Goods taken out of a country came from it; a carrier that comes back with goods brings them the other way; goods
told "respectively" go with the sides told in turn."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def goods_of(found: list) -> list[list[str]]:  # type: ignore[type-arg]
    return [[g.description for g in c.goods] for c in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Border guards said diesel had been smuggled out of North Korea in May.", ("KP", None, "2023-05")),
    ("Dealers smuggled copper out of North Korea into China in 2019.", ("KP", "CN", "2019")),
    ("Crews sneaked anthracite out of North Korea to Vietnam last year.", ("KP", "VN", "2023")),
    # Smuggled into the smuggler's own country, from where the goods were made, whoever a later verb sells them to.
    ("North Korean dealers smuggled Russian diesel into the country in 2016, reselling it to Chinese buyers.",
     ("RU", "KP", "2016")),
])
def test_goods_taken_out_of_a_country_came_from_it(text: str, expected: tuple[str, str | None, str]) -> None:
    assert seen(only(text)) == expected


@pytest.mark.parametrize(("text", "there", "back"), [
    ("A North Korean tanker delivered coal to China in June and returned with diesel.", "coal", "diesel"),
    ("The freighter shipped coal from North Korea to China and came back with fuel oil in June.", "coal", "fuel oil"),
    ("North Korean ships carried coal to China in June, bringing back petroleum.", "coal", "petroleum"),
    ("North Korean barges shipped sand to China in June and carried back flour.", "sand", "flour"),
])
def test_a_carrier_that_comes_back_with_goods_brings_them_the_other_way(text: str, there: str, back: str) -> None:
    found = claims(text)
    assert goods_of(found) == [[there], [back]]
    assert [seen(c) for c in found] == [("KP", "CN", "2023-06"), ("CN", "KP", "2023-06")]


def test_goods_taken_out_of_a_country_and_others_back_in_went_into_it() -> None:
    found = claims("The bulk carrier was used to smuggle iron ore out of North Korea and industrial machinery back in, "
                   "officials said.")
    assert goods_of(found) == [["iron ore"], ["industrial machinery"]]
    assert [(c.supplier.country, c.recipient.country) for c in found] == [("KP", None), (None, "KP")]


def test_goods_brought_back_from_a_place_left_unnamed_came_from_where_the_first_went() -> None:
    found = claims("The vessel delivered rice to Vietnam in May and came back with rubber.")
    assert goods_of(found) == [["rice"], ["rubber"]]
    assert [(c.supplier.country, c.recipient.country) for c in found] == [(None, "VN"), ("VN", None)]


def test_goods_bought_back_went_the_other_way() -> None:
    found = claims("Russia sold tanks to North Korea and bought back rifles in 2022.")
    assert goods_of(found) == [["tanks"], ["rifles"]]
    assert [seen(c) for c in found] == [("RU", "KP", "2022"), ("KP", "RU", "2022")]


def test_a_ship_that_returns_with_nothing_named_tells_one_transfer() -> None:
    assert seen(only("A North Korean tanker delivered coal to China in June and returned empty.")) == (
        "KP", "CN", "2023-06")


@pytest.mark.parametrize(("text", "expected"), [
    ("China and Russia supplied trucks and rifles to North Korea respectively in 2023.",
     [(["trucks"], "CN", "KP"), (["rifles"], "RU", "KP")]),
    ("Russia and China sold North Korea fighter jets and cranes, respectively, in 2022.",
     [(["fighter jets"], "RU", "KP"), (["cranes"], "CN", "KP")]),
    ("North Korea sold coal and sand to China and Vietnam respectively in 2019.",
     [(["coal"], "KP", "CN"), (["sand"], "KP", "VN")]),
])
def test_goods_told_respectively_go_with_the_sides_told_in_turn(
        text: str, expected: list[tuple[list[str], str, str]]) -> None:
    found = claims(text)
    assert [([g.description for g in c.goods], c.supplier.country, c.recipient.country) for c in found] == expected


def test_two_suppliers_and_two_goods_without_respectively_are_not_paired() -> None:
    claim = only("China and Russia supplied trucks and rifles to North Korea in 2023.")
    assert [g.description for g in claim.goods] == ["trucks", "rifles"]
    assert claim.recipient.country == "KP"


@pytest.mark.parametrize(("text", "goods", "expected"), [
    ("China shipped materials for the construction of a bridge to North Korea in 2022.", "materials",
     ("CN", "KP", "2022")),
    ("A Russian firm sold equipment for the construction of a power plant to Iran in 2019.", "equipment",
     ("RU", "IR", "2019")),
    ("China exported cement for the construction of new apartment blocks to North Korea in 2021.", "cement",
     ("CN", "KP", "2021")),
    ("North Korea bought building materials from China in 2020.", "building materials", ("CN", "KP", "2020")),
    # The ship that had delivered them carried them; it is not the goods.
    ("The ship had delivered building materials to Syria in May.", "building materials", (None, "SY", "2023-05")),
])
def test_goods_for_a_construction_are_the_materials_not_what_is_built(text: str, goods: str,
                                                                      expected: tuple[str | None, str, str]) -> None:
    claim = only(text)
    assert [g.description for g in claim.goods] == [goods]
    assert seen(claim) == expected


@pytest.mark.parametrize("text", [
    "In May, customs seized the freighter, which had previously smuggled coal from North Korea to Vietnam.",
    "The freighter, seized in May, had previously smuggled coal from North Korea to Vietnam.",
])
def test_goods_smuggled_before_a_seizure_are_not_dated_by_it(text: str) -> None:
    claim = only(text)
    assert seen(claim) == ("KP", "VN", None)
    assert claim.kind == "smuggling"
    assert claim.status.value == "reported"


def test_goods_smuggled_earlier_keep_the_time_told_with_them() -> None:
    claim = only("The tanker that had previously smuggled diesel from Russia to North Korea in 2019 was seized in May.")
    assert seen(claim) == ("RU", "KP", "2019")


@pytest.mark.parametrize(("text", "expected"), [
    ("Though North Korean trade papers described the cargo as fertiliser, jet fuel went from China to North Korea "
     "in 2021.", ("CN", "KP", "2021")),
    ("Although the customs papers named a firm in North Korea as the seller, the jet fuel was shipped to North Korea "
     "from China in 2021.", ("CN", "KP", "2021")),
    ("Despite the ban, China shipped jet fuel to North Korea in 2021.", ("CN", "KP", "2021")),
])
def test_a_clause_of_contrast_gives_the_transfer_after_it_neither_goods_nor_sides(
        text: str, expected: tuple[str, str, str]) -> None:
    claim = only(text)
    assert [g.description for g in claim.goods] == ["jet fuel"]
    assert seen(claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea shipped artillery shells in 2023, Moscow denied.", ("KP", None, "2023")),
    ("Chinese firms sold drones to Russia in 2023, Beijing denied.", ("CN", "RU", "2023")),
    ("Diesel was smuggled to North Korea in 2019, Moscow denied.", (None, "KP", "2019")),
])
def test_a_denier_named_after_the_clause_takes_no_side_it_was_not_told(
        text: str, expected: tuple[str | None, str | None, str]) -> None:
    claim = only(text)
    assert seen(claim) == expected
    assert claim.status.value == "denied"


def test_a_carrier_that_stayed_in_a_city_delivered_there_to_the_party_named() -> None:
    claim = only("The owner said the freighter had been in Vladivostok that week, delivering building materials to a "
                 "Russian contractor.")
    assert [g.description for g in claim.goods] == ["building materials"]
    assert (claim.supplier.country, claim.recipient.country) == (None, "RU")


def test_a_shipment_told_as_a_noun_in_a_report_that_told_none_before_is_a_claim() -> None:
    claim = only("The shipment of coal to North Korea was legal, officials in Vladivostok said.")
    assert [g.description for g in claim.goods] == ["coal"]
    assert claim.recipient.country == "KP"


def test_the_same_trade_told_again_of_other_goods_keeps_its_side() -> None:
    found = claims("Chinese exports of propane rose to 99 tonnes, while exports of ethanol rose to 3,400 tonnes.")
    assert goods_of(found) == [["propane"], ["ethanol"]]
    assert [c.supplier.country for c in found] == ["CN", "CN"]


def test_people_who_went_from_one_country_to_another_moved_no_goods() -> None:
    assert claims("The trade delegation went from Moscow to Pyongyang with its interpreters in May.") == []
