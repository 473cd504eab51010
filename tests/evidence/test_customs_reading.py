"""Transfers told the way reports built on customs and trade statistics tell them: flows that rose or fell to a
figure, sums listed each with its goods, trades told as nil or suspended, and a country named "The North"."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def _flows(text: str) -> list[tuple[str, tuple[str | None, str | None, str | None], str | None, object]]:
    return sorted((c.goods[0].description, seen(c), c.goods[0].quantity, c.goods[0].value) for c in claims(text))


def test_a_flow_that_changed_by_a_share_to_a_figure_is_told() -> None:
    assert _flows("Exports of barley to Laos plunged 40 per cent to 900 tonnes in February.\n") == [
        ("barley", (None, "LA", "2024-02"), "900", None)]
    assert _flows("Thai exports of cassava to Cambodia in January slumped, down 30 per cent from a year earlier to "
                  "250 tonnes.\n") == [("cassava", ("TH", "KH", "2024-01"), "250", None)]
    assert _flows("Mongolia's imports of Kazakh cement soared nearly fivefold on-year to $3.2 million in the first "
                  "half of 2023.\n") == [("Kazakh cement", ("KZ", "MN", "2023-01"), None, ("3200000", "USD"))]


def test_a_flow_that_only_changed_is_a_trend_not_a_transfer() -> None:
    assert claims("Exports of barley to Laos plunged 40 per cent in February.\n") == []
    assert claims("Imports of cement by Laos rose 10 percent compared to 2019.\n") == []


def test_the_north_opening_a_sentence_is_north_korea() -> None:
    assert _flows("The North's imports of cement rose 12 percent on-year to $3.2 million, the data showed.\n") == [
        ("cement", (None, "KP", None), None, ("3200000", "USD"))]


def test_goods_each_with_a_sum_of_its_own_are_flows_of_their_own() -> None:
    found = _flows("Mongolia bought $2.1 million of barley, $3.4 million of sunflower oil and $0.9 million of soap "
                   "from Kazakhstan in May.\n")
    assert [(goods, sides, value) for goods, sides, _, value in found] == [
        ("barley", ("KZ", "MN", "2023-05"), ("2100000", "USD")),
        ("soap", ("KZ", "MN", "2023-05"), ("900000", "USD")),
        ("sunflower oil", ("KZ", "MN", "2023-05"), ("3400000", "USD"))]
    assert [goods for goods, *_ in _flows("Laos imported $700,000 worth of sugar and $300,000 worth of salt from "
                                          "Vietnam in May.\n")] == ["salt", "sugar"]


def test_a_trade_told_as_nil_is_no_transfer() -> None:
    assert claims("Thailand exported no rice to Laos in January, customs figures showed.\n") == []
    assert claims("Vietnam also imported no cement, steel or timber from Cambodia in February.\n") == []
    assert claims("India did not export any sugar or wheat to Nepal last month, according to the data.\n") == []


def test_a_negated_sale_of_goods_named_stays_denied() -> None:
    found = claims("Peru had not sold the two helicopters to Bolivia, the ministry said.\n")
    assert [(c.status.value, seen(c)) for c in found] == [("denied", ("PE", "BO", None))]


def test_a_trade_suspended_is_no_transfer() -> None:
    assert claims("In 2009, Brazil suspended beef sales to Chile for two weeks after a dispute.\n") == []


def test_a_sum_in_us_dollars_written_out_is_a_value_not_a_count() -> None:
    assert _flows("Laos imported 519,402 U.S. dollars worth of rubber from Thailand last year.\n") == [
        ("rubber", ("TH", "LA", "2023"), None, ("519402", "USD"))]


def test_the_time_a_figure_is_a_record_since_is_not_the_transfer_date() -> None:
    assert _flows("Thai exports of cassava to Laos in November also slumped, down 82 per cent from a year earlier to "
                  "100 tonnes, the lowest since January.\n") == [("cassava", ("TH", "LA", "2023-11"), "100", None)]


def test_a_rate_per_year_or_a_dependence_on_trade_is_no_transfer() -> None:
    assert claims("Laos's annual imports of Thai diesel before the pandemic were estimated at 2 million barrels per "
                  "year.\n") == []
    assert claims("Cambodia's economy heavily relies on exports, primarily of garments, rice and rubber.\n") == []


def test_goods_the_trade_statistics_list_by_name_are_goods() -> None:
    found = claims("Other major Thai exports to Vientiane included cream, palm oil and sugar.\n")
    assert [([g.description for g in c.goods], seen(c)) for c in found] == [
        (["cream", "palm oil", "sugar"], ("TH", "LA", None))]
    found = claims("Cambodia's imports of Thai cereal and false eyelashes soared sixfold to $5.9 million.\n")
    assert [seen(c) for c in found] == [("TH", "KH", None)]
    assert "cereal" in found[0].goods[0].description


def test_a_change_told_after_the_goods_and_their_transfer_noun_gives_the_figure_and_not_the_month_compared() -> None:
    assert _flows("Volume of palm oil, the top Thai shipments to Vientiane, dropped 6,100 kilograms to 19,800 "
                  "kilograms last month from January.\n") == [("palm oil", ("TH", "LA", "2024-02"), "19800", None)]


def test_it_after_a_saying_is_the_speaker_telling_of_its_own_transfer() -> None:
    assert _flows("Hanoi said it shipped 300 tonnes of rice to Laos in May.\n") == [
        ("rice", ("VN", "LA", "2023-05"), "300", None)]
    assert [seen(c) for c in claims("Thailand said it sold 40 tractors to Laos in May.\n")] == [("TH", "LA", "2023-05")]


def test_goods_counted_in_pieces_between_countries_are_flows_of_their_own() -> None:
    # Trade figures count some goods in pieces or pairs: each counted goods a country imported is a flow of its own.
    found = _flows("Laos also imported 5,200 thermometers and 800 pairs of rubber gloves from Chile in March.\n")
    assert found == [("rubber gloves", ("CL", "LA", "2024-03"), "800", None),
                     ("thermometers", ("CL", "LA", "2024-03"), "5200", None)]


def test_goods_counted_in_pieces_by_a_trader_or_aboard_a_ship_are_one_consignment() -> None:
    found = claims("A Vientiane trader sold 40 thermometers and 90 pairs of rubber gloves to Chile in March.\n")
    assert [[g.description for g in c.goods] for c in found] == [["thermometers", "rubber gloves"]]
    found = claims("Chile seized a freighter which was carrying 40 thermometers and 90 pairs of rubber gloves from "
                   "Laos in March.\n")
    assert len(found) == 1


def test_goods_ranked_among_a_country_s_exports_are_flows_of_their_own() -> None:
    text = ("Chilean exports to Laos reached $41 million in February, customs figures showed. Chile's largest "
            "export item was frozen herring, which amounted to $6.2 million. The second largest was copper wire, with "
            "a value of $3.1 million in exports.\n")
    assert _flows(text) == [("copper wire", ("CL", "LA", "2024-02"), None, ("3100000", "USD")),
                            ("frozen herring", ("CL", "LA", "2024-02"), None, ("6200000", "USD"))]


def test_goods_told_as_following_those_of_a_flow_are_flows_of_their_own() -> None:
    text = ("Laos mainly sold plywood to Chile in the first quarter, amounting to $2.5 million. Those were followed by "
            "sugar with $0.9 million, copper wire with $0.4 million.\n")
    assert _flows(text) == [("copper wire", ("LA", "CL", "2024-01"), None, ("400000", "USD")),
                            ("plywood", ("LA", "CL", "2024-01"), None, ("2500000", "USD")),
                            ("sugar", ("LA", "CL", "2024-01"), None, ("900000", "USD"))]


def test_a_rank_of_no_country_s_trade_is_no_flow() -> None:
    assert claims("Kim's largest yacht was a Swedish sloop, worth $4 million.\n") == []


def test_a_sum_told_after_the_share_goods_are_of_is_the_whole_s_not_theirs() -> None:
    found = _flows("Laos sold copper wire to Chile last year. This made up nearly 40 per cent of Laos's annual exports "
                   "totalling $90 million.\n")
    assert found == [("copper wire", ("LA", "CL", "2023"), None, None)]
    assert _flows("Chile imported $4 million of copper wire from Laos in January, 20 percent of the $20 million it "
                  "imported from Laos that month.\n")[0][3] == ("4000000", "USD")
    assert _flows("Chile imported copper wire from Laos in January, 20 percent of imports worth $20 million.\n") == [
        ("copper wire", ("LA", "CL", "2024-01"), None, None)]


def test_the_time_of_a_figure_compared_with_by_more_than_the_is_not_the_flow_s() -> None:
    text = ("Chile exported 900 tonnes of copper wire to Laos in the first two months this year. In the same period, "
            "Chile exported 400 tonnes of sugar, more than the 300 tonnes that Chile sent last year.\n")
    assert [seen(c) for c in claims(text) if c.goods[0].description == "sugar"] == [("CL", "LA", "2024-01")]
    # "more than 300 tonnes" is a count, and the time after it the flow's.
    assert seen(only("Laos bought sugar from Chile in February, more than 300 tonnes of it.\n")) == (
        "CL", "LA", "2024-02")


def test_a_second_total_told_for_other_goods_is_a_flow_of_its_own() -> None:
    found = _flows("Kazakh sales of crushed barley to Mongolia in May amounted to 3,200 tonnes, priced at $1.1 "
                   "million, whereas for linseed they came to roughly 450 tonnes.\n")
    assert [(goods, sides[:2], count, value) for goods, sides, count, value in found] == [
        ("crushed barley", ("KZ", "MN"), "3200", ("1100000", "USD")),
        ("linseed", ("KZ", "MN"), "450", None)]
    found = _flows("Chile's shipments of copper wire to Peru reached 80 tonnes in March, and for zinc it stood at "
                   "30 tonnes.\n")
    assert [(goods, count) for goods, _, count, _ in found] == [("copper wire", "80"), ("zinc", "30")]


def test_goods_told_first_and_ranked_among_imports_are_flows_of_the_flow_told_before() -> None:
    found = _flows("Laos imported $410 million worth of watches last year, a minister said on Monday.\n\n"
                   "Laos's imports of premium goods grew by a tenth on the year before.\n\n"
                   "Phones made up the largest import value at $120 million, followed by motorcycles with $90 "
                   "million.\n")
    assert [(goods, sides, value) for goods, sides, _, value in found] == [
        ("Phones", (None, "LA", "2023"), ("120000000", "USD")),
        ("motorcycles", (None, "LA", "2023"), ("90000000", "USD")),
        ("watches", (None, "LA", "2023"), ("410000000", "USD"))]


def test_goods_ranked_first_without_a_flow_told_before_are_no_flow() -> None:
    assert claims("Phones made up the largest import value at $120 million, followed by motorcycles with $90 "
                  "million.\n") == []


def test_an_epithet_opening_a_sentence_stands_for_the_side_of_the_last_flow_that_takes_in() -> None:
    found = _flows("Laos imported $410 million worth of watches last year, a minister said on Monday.\n\n"
                   "Prices of phones climbed sharply. The landlocked nation also imported some $8 million worth of "
                   "wine.\n")
    assert [(goods, sides, value) for goods, sides, _, value in found] == [
        ("watches", (None, "LA", "2023"), ("410000000", "USD")),
        ("wine", (None, "LA", "2023"), ("8000000", "USD"))]


def test_the_aggregate_value_of_goods_is_no_gravel() -> None:
    assert _flows("The aggregate value of watches imported from China to Laos reached $4 million in 2022.\n") == [
        ("watches", ("CN", "LA", "2022"), None, ("4000000", "USD"))]
    assert _flows("China sold 3,000 tonnes of aggregate to Laos in 2022.\n") == [
        ("aggregate", ("CN", "LA", "2022"), "3000", None)]


def test_a_flow_naming_no_side_is_part_of_the_flow_told_just_before() -> None:
    found = _flows("Laos imported $410 million worth of watches from Thailand last year, a minister said on Monday.\n\n"
                   "Prices of premium goods climbed sharply this year.\n\n"
                   "Of those, handbag imports climbed steeply, having grown fivefold from $20,000 in 2021 to "
                   "$1.1 million by June.\n")
    assert [(goods, sides[:2], value) for goods, sides, _, value in found] == [
        ("handbag", ("TH", "LA"), ("1100000", "USD")),
        ("watches", ("TH", "LA"), ("410000000", "USD"))]


def test_a_flow_naming_no_side_with_no_flow_told_before_is_no_transfer() -> None:
    assert claims("Handbag imports climbed steeply, having grown fivefold from $20,000 in 2021 to $1.1 million "
                  "by June.\n") == []
