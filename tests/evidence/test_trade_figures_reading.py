"""Trade figures as customs statistics tell them: a trade brought to zero, the day the figures came out, the month a
figure is compared with, the other way of a trade told in the same sentence, goods ranked among a country's trade,
and a decimal point a broadcaster spells out. One claim per goods and period, with its sides and its time."""

from __future__ import annotations

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import claims, only, seen


def test_a_trade_brought_to_zero_is_no_transfer() -> None:
    assert claims("Chile has shrunk its copper imports from Peru to zero since January, officials said.\n") == []
    # A count near zero told of something else leaves the transfer standing.
    assert seen(only("Chile shipped copper to Peru in May, taking its own stocks close to zero.\n")) == (
        "CL", "PE", "2023-05")


def test_the_day_figures_came_out_is_not_the_date_of_the_trade_they_count() -> None:
    found = claims("Peru's diesel exports to Chile dropped in February while imports of zinc ore climbed to 4,000 "
                   "tonnes, figures from the customs office showed on Tuesday.\n")
    assert sorted(seen(c) for c in found) == [("CL", "PE", "2024-02"), ("PE", "CL", "2024-02")]


def test_imports_told_after_a_countrys_exports_come_from_its_partner() -> None:
    found = claims("Peru's diesel exports to Chile dropped in February while imports of zinc ore climbed to 4,000 "
                   "tonnes.\n")
    zinc = next(c for c in found if c.goods[0].description == "zinc ore")
    assert seen(zinc) == ("CL", "PE", "2024-02")
    assert zinc.kind == "import"


def test_the_month_a_rise_is_measured_from_is_not_the_month_of_the_goods() -> None:
    claim = only("Peru's shipments to Chile grew a little last month from January, with sales of sugar and rice "
                 "climbing sharply, the data showed.\n")
    assert seen(claim) == ("PE", "CL", "2024-02")
    # "from January to March" is still a period that began in January.
    assert seen(only("Peru exported sugar to Chile from January to March.\n")) == ("PE", "CL", "2024-01")


def test_other_goods_not_sent_leave_the_goods_sent_reported() -> None:
    claim = only("Peru sold 7 tonnes of kerosene to Chile but did not ship any other fuels, the figures show.\n")
    assert seen(claim)[:2] == ("PE", "CL")
    assert claim.status is not ClaimStatus.DENIED
    assert claims("Peru did not sell any fuels to Chile in May.\n") == []


def test_a_trade_named_by_how_it_moved_with_no_figure_is_no_transfer() -> None:
    assert claims("The drop in Bolivian timber exports to Chile could point to a poor season.\n") == []
    claim = only("The jump in Bolivian timber exports to Chile to 8,000 tonnes in May surprised traders.\n")
    assert seen(claim) == ("BO", "CL", "2023-05")


def test_two_goods_between_a_countrys_name_and_its_exports_are_that_countrys_flow() -> None:
    claim = only("Peru's sugar and rice exports to Chile fell in May.\n")
    assert seen(claim) == ("PE", "CL", "2023-05")
    assert [g.description for g in claim.goods] == ["sugar", "rice"]


def test_the_main_items_of_a_flow_told_after_an_aside_are_its_goods() -> None:
    found = claims("Chilean shipments to Laos rose to $90 million in February, the data showed.\n\n"
                   "The main export items, besides staples such as maize, were tyres and steel wire.\n")
    tyres = [c for c in found if any(g.description == "tyres" for g in c.goods)]
    assert [seen(c) for c in tyres] == [("CL", "LA", "2024-02")]
    assert not any(g.description == "maize" for c in tyres for g in c.goods)


def test_goods_ranked_among_a_countrys_trade_are_a_flow_of_the_period_told_before() -> None:
    found = claims("Laos bought goods worth $60 million from Peru in 2022, the trade centre said.\n\n"
                   "Diesel accounted for the largest share of Laos's imports, with $14 million. Accordions were "
                   "Laos's largest export to Peru, at $2.1 million.\n")
    by_goods = {c.goods[0].description: c for c in found}
    assert seen(by_goods["Diesel"]) == ("PE", "LA", "2022")
    assert by_goods["Diesel"].goods[0].value is not None
    assert seen(by_goods["Accordions"]) == ("LA", "PE", "2022")


def test_musical_instruments_are_goods() -> None:
    claim = only("Laos sold musical instruments and furniture to Peru in 2021.\n")
    assert seen(claim) == ("LA", "PE", "2021")
    assert claim.goods[0].description == "musical instruments"


def test_a_decimal_point_spelled_out_is_read() -> None:
    claim = only("Laos sold 3-point-75 million U.S. dollars worth of pianos to Peru last year.\n")
    assert claim.goods[0].value == ("3750000", "USD")


def test_goods_told_again_with_no_time_or_figure_are_the_figure_told_before() -> None:
    claim = only("Chile bought 1.4 million tonnes of Peruvian coal in August, the figures showed.\n\n"
                 "The data also showed that Chile's trade with Peru rose in August.\n\n"
                 "Chile said in February it had halted all coal imports from Peru, so it was unclear why the figures "
                 "showed shipments had resumed.\n")
    assert seen(claim) == ("PE", "CL", "2023-08")
    assert claim.goods[0].quantity == "1400000"
    # Goods told again between other countries are another transfer.
    assert len(claims("Chile bought 1.4 million tonnes of Peruvian coal in August.\n\n"
                      "Bolivia also shipped coal to Chile, the figures showed.\n")) == 2


def test_a_trade_named_by_a_gerund_a_rule_is_weighed_against_is_no_transfer() -> None:
    assert claims("The broadcaster noted that importing pianos from Laos does not breach the sanctions unless forced "
                  "labour was used.\n") == []
    # A gerund after "that" telling what was done is still a transfer.
    assert seen(only("Officials said that importing pianos from Laos in May had saved money.\n"))[0] == "LA"
    # One told with its count and year happened, whatever the rule says of it.
    assert seen(only("The panel said that importing 500 pianos from Laos in 2017 violates the sanctions.\n"))[0] == "LA"


def test_its_exports_are_the_exports_of_the_country_told_before() -> None:
    claim = only("LIMA - Laos may be famous for its rice, but its leading exports are far less filling.\n\n"
                 "Wigs and false eyelashes these days form the bulk of its exports to neighbouring Peru, which is "
                 "by far the largest partner of Laos.\n")
    assert seen(claim)[:2] == ("LA", "PE")
    claim = only("Laos is poor. Officials said wigs made up half of its imports from Peru in June.\n")
    assert seen(claim) == ("PE", "LA", "2023-06")


def test_a_figure_with_no_time_in_a_report_of_trade_figures_is_of_the_period_told_last() -> None:
    claim = only("Peru shipped no fuels to Chile in December apart from one small load of kerosene, figures "
                 "showed on Thursday.\n\nPeru sold 7 tonnes of kerosene to Chile and shipped it no other fuels.\n")
    assert seen(claim) == ("PE", "CL", "2023-12")
    # A time told of something else than figures lends the figure none.
    claim = only("In 2019 police arrested a trader in Lima.\n\nHe sold 7 tonnes of kerosene to Chile.\n")
    assert claim.date is None


def test_the_export_value_of_goods_in_a_year_of_its_own_is_a_flow_of_that_year() -> None:
    found = claims("Chile defended its purchases of copper from Peru.\n\nIn the first half of 2017, Chilean imports "
                   "of Peruvian copper rose 30%.\n\nThe export value of copper from Peru was $60 million in 2015.\n")
    assert sorted(seen(c) for c in found) == [("PE", "CL", "2015"), ("PE", "CL", "2017-01")]
    earlier = next(c for c in found if seen(c)[2] == "2015")
    assert earlier.goods[0].value == ("60000000", "USD")
    # With no time of its own, the figure is the value of the trade told before.
    claim = only("Chile bought copper from Peru in 2017.\n\nThe export value of copper from Peru was $60 million.\n")
    assert seen(claim) == ("PE", "CL", "2017")
