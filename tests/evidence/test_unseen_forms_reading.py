"""Reading rules for forms of report a further round of dev reports brought: a party named by its trade
("an import agency"), what a country will need to import, flows told by their total, and one subject's
several transfers listed with commas."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_a_party_named_by_its_trade_is_not_a_transfer_of_that_kind() -> None:
    claim = only("A Shenyang import agency sent 300 cases of whisky to North Korea in August.\n")
    assert claim.kind == "shipment"
    assert seen(claim) == ("CN", "KP", "2023-08")


@pytest.mark.parametrize("text", [
    "North Korea will need to import about 1.1 million tonnes of cereals this year, the agency said.",
    "Syria needs to buy 200,000 tonnes of wheat from Russia before the winter.",
])
def test_what_a_country_needs_to_import_is_no_claim(text: str) -> None:
    assert claims(text + "\n") == []


@pytest.mark.parametrize(("text", "count"), [
    ("Shipments of molybdenum ore to China totalled 420 tonnes in May.", "420"),
    ("Russian exports of wheat flour to North Korea totalled 18,400 tonnes between January and March.", "18400"),
    ("China's imports of coal from North Korea reached 2,000 tonnes in March.", "2000"),
])
def test_a_flow_told_by_its_total_counts_its_goods(text: str, count: str) -> None:
    assert only(text + "\n").goods[0].quantity == count


def test_a_total_after_a_verb_of_the_goods_is_not_read_from_another_clause() -> None:
    claim = only("A shipment of coal reached Nampho in March, the report said, 300 tonnes more than the one before.\n")
    assert claim.goods[0].quantity is None


def test_one_subject_s_transfers_listed_with_commas_are_each_a_claim() -> None:
    found = claims("The network shipped 120 tonnes of batteries from Guangzhou to Nampho in March, sent 15 radar sets "
                   "from Kaohsiung to Chongjin in May, arranged the delivery of 600 bicycles from Tianjin to Sinuiju "
                   "in June, and sold 3,000 tonnes of zinc ore to Iran in August.\n")
    assert [(c.goods[0].description, seen(c)) for c in found] == [
        ("batteries", ("CN", "KP", "2024-03")),
        ("radar", ("TW", "KP", "2023-05")),
        ("bicycles", ("CN", "KP", "2023-06")),
        ("zinc ore", (None, "IR", "2023-08")),
    ]


@pytest.mark.parametrize(("text", "goods", "count"), [
    ("Forty lorries were shipped to North Korea in March.", "lorries", "40"),
    ("Thirty-two used excavators were shipped to North Korea in March.", "used excavators", "32"),
    ("A Chinese company sold seventeen pianos to North Korea in March.", "pianos", "17"),
])
def test_a_count_in_words_counts_the_goods_and_is_not_part_of_their_name(text: str, goods: str, count: str) -> None:
    claim = only(text + "\n")
    assert (claim.goods[0].description, claim.goods[0].quantity) == (goods, count)


def test_a_carrier_that_carried_them_is_not_the_goods() -> None:
    found = claims("The goods had been bought by a Shenyang agency from a distributor in Hong Kong; the aircraft "
                   "belongs to the North's state airline, which only carried them.\n")
    assert [g.description for c in found for g in c.goods] == ["goods"]
    assert [seen(c) for c in found] == [("HK", "CN", None)]
