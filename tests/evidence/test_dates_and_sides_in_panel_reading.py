"""Dates and sides the way reports of customs figures and of a panel's findings tell them: a port described after
its name, purchases sought, cases listed one after another, goods handed from ship to ship, the opening months of a
year, figures weighed against the year before, periods "in which" goods moved, and asides on the recipient."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def _read(text: str) -> list[tuple[str, tuple[str | None, str | None, str | None]]]:
    return [(c.goods[0].description, seen(c)) for c in claims(text)]


# A port described after its name


def test_a_port_of_departure_described_after_a_comma_is_still_the_supplier_s() -> None:
    claim = only("The freighter carried coal from Nampo, the North's main port, to Lianyungang in China in May.\n")
    assert seen(claim) == ("KP", "CN", "2023-05")


def test_a_port_described_by_its_coast_is_still_the_supplier_s() -> None:
    claim = only("The freighter carried coal from Nampo, a port on the west coast, to Vietnam in May.\n")
    assert seen(claim) == ("KP", "VN", "2023-05")


def test_a_port_of_arrival_described_after_a_comma_is_still_the_recipient_s() -> None:
    claim = only("The tanker carried diesel from Russia to Nampo, the North's main port, in May.\n")
    assert seen(claim) == ("RU", "KP", "2023-05")


def test_an_epithet_after_the_goods_leaving_country_stands_for_the_one_told_before() -> None:
    found = _read("Chile's exports to Laos soared in April, customs data showed. Chilean outbound shipments to the "
                  "reclusive country jumped 69% to $166 million in April. The top export items were copper wire, worth "
                  "$11 million, and fertiliser, worth $8 million.\n")
    assert found == [("copper wire", ("CL", "LA", "2023-04")), ("fertiliser", ("CL", "LA", "2023-04"))]


# A purchase sought


def test_goods_a_country_sought_to_buy_are_a_planned_transfer() -> None:
    claim = only("Laos sought to buy 50 trucks from Thailand last year.\n")
    assert (claim.status.value, seen(claim)) == ("planned", ("TH", "LA", "2023"))


def test_goods_a_country_had_sought_to_import_are_a_planned_transfer() -> None:
    claim = only("Laos had sought to import 300 tonnes of fertiliser from Thailand in 2022.\n")
    assert (claim.status.value, seen(claim)) == ("planned", ("TH", "LA", "2022"))


def test_goods_a_country_seeks_to_import_are_still_only_a_wish() -> None:
    assert claims("Laos seeks to import fertiliser from Thailand.\n") == []


# Cases listed one after another


def test_cases_of_goods_seized_keep_the_taker_named_before_them() -> None:
    found = _read("Laos sought to import brandy, the panel said. Customs seized the bottles in two incidents, in May "
                  "and July. The first case involved 2,000 bottles of Chilean brandy. The second case involved 900 "
                  "bottles of Peruvian brandy.\n")
    assert ("Chilean brandy", ("CL", "LA", "2023-05")) in found
    assert ("Peruvian brandy", ("PE", "LA", "2023-07")) in found


def test_a_later_case_keeps_the_taker_of_the_case_before_it() -> None:
    found = _read("The panel told of two cases. In the first, a Thai firm sold generators to Laos in 2019. The second "
                  "case involved 300 tonnes of Vietnamese steel pipes.\n")
    assert found == [("generators", ("TH", "LA", "2019")), ("Vietnamese steel pipes", ("VN", "LA", None))]


def test_a_case_that_names_its_own_taker_keeps_it() -> None:
    found = _read("The panel told of two cases. In the first, a Thai firm sold generators to Laos in 2019. The second "
                  "case involved 300 tonnes of Vietnamese steel pipes bound for Cambodia.\n")
    assert found[1] == ("Vietnamese steel pipes", ("VN", "KH", None))


# Goods handed from ship to ship


def test_goods_handed_from_flagged_ships_to_barges_come_from_the_flag_s_country() -> None:
    claim = only("The experts found transfers of 2,500 tonnes of iron ore from North Korean-flagged ships to Chinese "
                 "barges.\n")
    assert (claim.kind, seen(claim)) == ("ship-to-ship", ("KP", "CN", None))


def test_goods_moved_from_a_flagged_tanker_to_another_ship_come_from_the_flag_s_country() -> None:
    claim = only("A broker transferred diesel from a Russian-flagged tanker to a North Korean freighter in May.\n")
    assert seen(claim) == ("RU", "KP", "2023-05")


def test_a_named_ship_under_a_country_s_flag_is_that_country_s() -> None:
    claim = only("The Russian-flagged tanker Vityaz transferred oil to a tanker at sea in 2017.\n")
    assert seen(claim)[::2] == ("RU", "2017")


def test_a_ship_under_an_open_registry_s_flag_gives_no_side() -> None:
    claim = only("A broker transferred coal from a Togo-flagged ship to a Chinese barge in May.\n")
    assert seen(claim) == (None, "CN", "2023-05")


# The opening months of a year


def test_the_first_two_months_of_a_year_are_dated_by_its_january() -> None:
    claim = only("Laos bought 300 tonnes of sugar from Chile in the first two months of 2024.\n")
    assert seen(claim) == ("CL", "LA", "2024-01")


def test_the_first_three_months_with_no_year_are_the_report_s_january() -> None:
    claim = only("Chile exported chemical compounds worth $11 million to Laos in the first three months.\n")
    assert seen(claim) == ("CL", "LA", "2024-01")


def test_the_first_four_months_still_give_the_year() -> None:
    claim = only("Laos bought 300 tonnes of sugar from Chile in the first four months of this year.\n")
    assert seen(claim) == ("CL", "LA", "2024")


# A figure weighed against the year before


def test_a_multiple_of_the_year_before_is_no_date() -> None:
    assert seen(only("Chile exported 900 tonnes of rice to Laos, three times more than a year ago.\n")) == (
        "CL", "LA", None)
    assert seen(only("Chile exported 900 tonnes of rice to Laos, three times more than last year.\n")) == (
        "CL", "LA", None)


def test_a_multiple_of_the_year_before_leaves_the_month_the_flow_was_told() -> None:
    claim = only("Chile exported 900 tonnes of rice to Laos in May, three times more than last year.\n")
    assert seen(claim) == ("CL", "LA", "2023-05")


def test_a_figure_up_from_one_a_year_earlier_is_no_yearly_rate() -> None:
    claim = only("Chile sold 900 tonnes of rice to Peru in February, up from 200 tonnes a year earlier.\n")
    assert seen(claim) == ("CL", "PE", "2024-02")


# A period in which goods moved


def test_goods_moved_in_a_quarter_told_before_in_which_are_dated_by_its_start() -> None:
    claim = only("Trade between Chile and Peru rose in the first quarter of 2023, in which Chile shipped 200 tonnes "
                 "of rice to Peru.\n")
    assert seen(claim) == ("CL", "PE", "2023-01")


def test_goods_moved_in_a_period_told_by_its_months_are_dated_by_the_first() -> None:
    claim = only("Trade picked up in the January-March period, in which Laos bought 300 tonnes of sugar from Chile.\n")
    assert seen(claim) == ("CL", "LA", "2024-01")


# An aside on the recipient


def test_a_time_after_a_relative_clause_on_the_recipient_dates_the_transfer() -> None:
    claim = only("A Chinese firm shipped 300 trucks to Laos, which is barred from buying vehicles, in March.\n")
    assert seen(claim) == ("CN", "LA", "2024-03")


def test_a_time_within_an_aside_on_the_recipient_is_the_aside_s() -> None:
    claim = only("The Thai firm delivered the trucks to the Laotian army, a unit under sanctions since 2016, last "
                 "October.\n")
    assert seen(claim) == ("TH", "LA", "2023-10")
    claim = only("Thailand sold 20 generators to Lotus Trading, which the UN blacklisted in 2017, in June 2019.\n")
    assert seen(claim)[2] == "2019-06"


def test_a_time_after_an_aside_in_brackets_dates_the_transfer() -> None:
    claim = only("Thailand sold 20 generators to Laos (blacklisted by Washington since 2016) in June 2019.\n")
    assert seen(claim) == ("TH", "LA", "2019-06")
