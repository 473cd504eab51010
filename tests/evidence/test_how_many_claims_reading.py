"""How many transfers a passage tells: a payment told again, a month's figure inside a longer trade, a period's figure
beside a month's."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_goods_paid_for_told_again_with_the_are_no_second_transfer() -> None:
    found = claims("Laos has sent 3,000 mortar rounds to Belarus since May in exchange for timber and tractors.\n\n"
                   "A minister spoke about the war on Monday.\n\n"
                   "Another official described the factories.\n\n"
                   "In return for the munitions, Belarus provided Laos with timber and tractors, he said.\n")
    ways = sorted(seen(c)[:2] for c in found)
    assert ways == [("BY", "LA"), ("LA", "BY")]
    back = next(c for c in found if c.supplier.country == "BY")
    assert {g.description for g in back.goods} >= {"timber"}


def test_goods_paid_for_named_with_a_without_the_are_still_paid_back() -> None:
    found = claims("In return for mortar rounds, Belarus provided Laos with timber, he said.\n")
    assert sorted(seen(c)[:2] for c in found) == [("BY", "LA"), ("LA", "BY")]


def test_the_payment_told_again_in_the_next_paragraph_is_the_same_transfer() -> None:
    found = claims("Laos has sent 3,000 mortar rounds to Belarus since May in exchange for timber.\n\n"
                   "Timber accounts for most of the shipments from Belarus, he said.\n")
    assert sorted(seen(c)[:2] for c in found) == [("BY", "LA"), ("LA", "BY")]


def test_a_month_s_figure_told_alone_is_a_claim_of_its_own() -> None:
    found = claims("Belarus has been shipping diesel to Laos in volumes above the cap, an official said.\n\n"
                   "Minsk supplied over 90,000 barrels of diesel to Laos in February alone, he said.\n")
    assert len(found) == 2
    month = next(c for c in found if c.goods[0].quantity is not None)
    assert seen(month) == ("BY", "LA", "2024-02")
    whole = next(c for c in found if c is not month)
    assert seen(whole)[:2] == ("BY", "LA")


def test_the_date_a_cap_was_imposed_is_no_date_of_the_trade() -> None:
    found = claims("Belarus has been shipping diesel to Laos in large volumes, an official said. Laos is subject to "
                   "a cap on fuel, imposed by the U.N. Security Council in 2017 after a coup.\n")
    assert [seen(c) for c in found] == [("BY", "LA", None)]


def test_a_figure_for_a_period_running_past_the_month_told_is_its_own() -> None:
    found = claims("Belarus exported diesel to Laos in December, data show.\n\n"
                   "Belarus said it shipped more than 60,000 barrels of diesel from December 2023 until February.\n")
    assert len(found) == 2
    assert {c.goods[0].quantity for c in found} == {None, "60000"}
    assert all(seen(c) == ("BY", "LA", "2023-12") for c in found)


def test_a_figure_for_the_month_told_joins_it() -> None:
    found = claims("Belarus exported diesel to Laos in December, data show.\n\n"
                   "Belarus said it shipped more than 60,000 barrels of diesel in December.\n")
    assert [(seen(c), c.goods[0].quantity) for c in found] == [(("BY", "LA", "2023-12"), "60000")]


def test_goods_closing_a_list_with_and_other_are_no_further_goods() -> None:
    found = claims("Laos on Friday denied a newspaper report that it has sent mortar rounds to Chad by rail.\n\n"
                   "The newspaper reported on Thursday that Laos sent mortar rounds and other munitions by train to "
                   "Chad.\n")
    assert len(found) == 1
    assert seen(found[0])[:2] == ("LA", "TD")


def test_additional_goods_are_still_another_transfer() -> None:
    found = claims("Laos sent mortar rounds to Chad in March.\n\n"
                   "Laos is now planning to send Chad additional munitions.\n")
    assert len(found) == 2


def test_goods_a_trade_listed_each_told_with_a_figure_are_those_flows() -> None:
    found = claims("Laos imported larger amounts of luxury goods such as watches and cognac from France last year.\n\n"
                   "The customs office said on Monday that Laos imported watches worth $300,000 from France last "
                   "year.\n\n"
                   "Laos also imported cognac worth $120,000 last year.\n")
    assert sorted((c.goods[0].description, c.goods[0].value) for c in found) == [
        ("cognac", ("120000", "USD")), ("watches", ("300000", "USD"))]
    assert all(seen(c)[1:] == ("LA", "2023") for c in found)


def test_measured_flows_after_a_list_leave_no_claim_of_the_list() -> None:
    found = claims("Exports of sugar and wheat flour from Peru to Laos rose markedly last month, data showed.\n\n"
                   "Laos bought 9 million kilograms of sugar in February, up 40% from January.\n\n"
                   "Peru also exported 12 million kilograms of wheat flour to Laos last month.\n")
    assert sorted((c.goods[0].description, c.goods[0].quantity) for c in found) == [
        ("sugar", "9000000"), ("wheat flour", "12000000")]


def test_a_figure_of_the_one_goods_told_joins_it() -> None:
    found = claims("Laos imported watches from France last year.\n\n"
                   "Laos imported watches worth $300,000 from France last year.\n")
    assert [seen(c) for c in found] == [("FR", "LA", "2023")]


def test_loads_counted_of_one_listed_goods_are_the_same_shipment() -> None:
    found = claims("Belarus exported rifles, ammunition and other military equipment to Laos in 2023.\n\n"
                   "Belarus exported three containers of rifles to Laos in 2023.\n")
    assert [seen(c) for c in found] == [("BY", "LA", "2023")]


def test_a_figure_naming_goods_the_list_lacks_is_the_same_export() -> None:
    found = claims("Peru exported shampoo and other daily goods to Laos in May.\n\n"
                   "Peru exported shampoo, gas stoves and ketchup worth $200,000 to Laos in May.\n")
    assert [seen(c) for c in found] == [("PE", "LA", "2023-05")]


def test_a_count_already_sent_beside_a_planned_one_is_a_transfer_of_its_own() -> None:
    found = claims("Belarus is expected to send 200 mortars to Laos in 2025, in addition to the 120 already "
                   "delivered in 2023, an official said.\n")
    assert sorted((seen(c), c.goods[0].quantity, c.status.value) for c in found) == [
        (("BY", "LA", "2023"), "120", "reported"), (("BY", "LA", "2025"), "200", "planned")]


def test_a_count_besides_told_with_no_verb_of_its_own_adds_no_transfer() -> None:
    found = claims("Belarus sent 200 mortars to Laos in January, in addition to 30 instructors, an official said.\n")
    assert [(seen(c), c.goods[0].quantity) for c in found] == [(("BY", "LA", "2024-01"), "200")]


def test_the_same_count_told_again_as_already_sent_is_the_one_transfer() -> None:
    found = claims("Belarus shipped 200 mortars to Laos in May, in addition to the 200 already sent by rail.\n")
    assert len(found) == 1


def test_a_trade_told_by_its_markets_is_one_claim() -> None:
    found = claims("Founded in 1988, the Lao firm exports used trawlers, mainly to Chile, Peru and Ecuador.\n")
    assert [seen(c)[1] for c in found] == ["CL"]


def test_markets_that_name_north_korea_keep_a_claim_each() -> None:
    found = claims("Founded in 1988, the Lao firm exports used trawlers, mainly to Chile, North Korea and Ecuador.\n")
    assert sorted(seen(c)[1] for c in found) == ["CL", "EC", "KP"]


def test_a_cargo_to_each_place_listed_without_markets_stays_apart() -> None:
    found = claims("Belarus shipped mortar rounds to Chile, Peru and Ecuador in January.\n")
    assert sorted(seen(c)[1] for c in found) == ["CL", "EC", "PE"]
