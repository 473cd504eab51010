"""Totals and their parts: a running total counted up to a day, one sum for two countries together, a party's flow
told by its total, and a country written in small letters."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_the_day_a_running_total_was_counted_up_to_is_not_the_transfer_date() -> None:
    claim = only("The notified shipments of cement to Myanmar in 2023 had reached 9,000 tonnes as of Nov. 3, the "
                 "registry showed.\n")
    assert claim.date is not None and claim.date.iso() == "2023"
    assert claim.goods[0].quantity == "9000"


def test_one_sum_for_two_countries_together_is_neither_ones_transfer() -> None:
    claim = only("Thailand and Vietnam supplied around 8,000 tons of rice to Laos last year, a report showed.\n")
    assert seen(claim) == (None, "LA", "2023")
    assert claim.goods[0].quantity == "8000"
    both = sorted((c.supplier.country, c.goods[0].quantity) for c in claims(
        "Thailand and Vietnam shipped 200 tons and 300 tons of rice, respectively, to Laos last year.\n"))
    assert both == [("TH", "200"), ("VN", "300")]


def test_a_partys_flow_in_a_time_told_by_its_total_is_a_transfer() -> None:
    claim = only("Kazakhstan's wheat exports in January amounted to 1.2 million tons, according to the committee.\n")
    assert seen(claim) == ("KZ", None, "2024-01")
    assert (claim.goods[0].description, claim.goods[0].quantity) == ("wheat", "1200000")
    claim = only("Kazakhstan's barley exports to Mongolia in May totalled 20,000 tonnes.\n")
    assert seen(claim) == ("KZ", "MN", "2023-05")
    assert claim.goods[0].quantity == "20000"
    assert claims("Its fuel sales reached record levels.\n") == []


def test_a_country_written_in_small_letters_is_that_country() -> None:
    assert seen(only("Officials in Kyiv say russia received 40 drones from Iran in May.\n")) == ("IR", "RU", "2023-05")


def test_containers_told_as_holding_the_goods_count_them_and_an_earlier_count_is_its_own() -> None:
    claim = only("Since mid-2021, Belarus has sent over 2,000 containers to Sudan, allegedly including rifles, "
                 "officials said.\n")
    assert (seen(claim), claim.goods[0].quantity, claim.goods[0].unit) == (("BY", "SD", "2021"), "2000", "containers")
    found = sorted((c.goods[0].quantity, seen(c)[:2]) for c in claims(
        "Since March, Belarus has shipped 2,000 sea containers to Sudan that could contain rifles. According to the "
        "ministry, Minsk had previously transferred 900 containers of rifles to Khartoum.\n"))
    assert found == [("2000", ("BY", "SD")), ("900", ("BY", "SD"))]
