"""Trade across a land border, as reports of rail crossings, border trucks and new routes tell it: the trains and
trucks that carry the goods, the day a crossing opened and the spans counted from a date told just before."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_span_opening_a_sentence_counts_from_the_date_told_just_before() -> None:
    found = only("The port's terminal in Vientiane opened in May 2015. Two years later, Belarus shipped potash "
                 "through it to Cuba.\n")
    assert seen(found) == ("BY", "CU", "2017")
    after_a_stop = claims("Belarusian exports of potash through the port stopped in early 2018. The terminal opened in "
                          "May 2015. Two years later, Belarusian potash was shipped from the port to Cuba.\n")
    assert ("BY", "CU", "2017") in [seen(c) for c in after_a_stop]


def test_a_span_still_counts_from_the_last_transfer_when_the_sentence_before_is_a_saying() -> None:
    found = claims("Belarus sold tractors to Laos in March 2020. The ministry said on May 5 that it was pleased. "
                   "A month later, Belarus sent buses to Laos.\n")
    assert sorted((c.goods[0].description, seen(c)) for c in found) == [
        ("buses", ("BY", "LA", "2020-04")), ("tractors", ("BY", "LA", "2020-03"))]


def test_the_day_a_crossing_opened_is_not_when_goods_went_across_it() -> None:
    found = only('"The first train has shipped 30 horses to Laos," the railway said on Wednesday. The crossing '
                 "opened in 2016 to carry exports to the port.\n")
    assert seen(found) == (None, "LA", None)
    assert found.goods[0].quantity == "30"
    line = only("The line was commissioned on September 22, 2013, and Belarus sent potash to Laos along it.\n")
    assert seen(line) == ("BY", "LA", None)


def test_a_lot_weighed_in_tonnes_does_not_date_a_count_of_head() -> None:
    found = only('"The first train has shipped 30 horses to Laos," the railway said on Wednesday. The crossing '
                 "opened in 2016 to carry exports to the port. More than 40,000 tonnes of cargo had been "
                 "exported through it before the lockdown in 2021.\n")
    assert seen(found) == (None, "LA", None)


def test_a_side_only_ready_to_trade_in_a_month_does_not_date_the_goods() -> None:
    found = only('"The first train has shipped 30 horses to Laos," the railway said on Wednesday.\n\n'
                 "Officials had said Laos would be ready to restart freight traffic with Belarus in September.\n")
    assert seen(found) == (None, "LA", None)


def test_trains_and_trucks_counted_are_no_count_of_their_load() -> None:
    laden = only("Belarus will deliver two coal-loaded trains to Laos.\n")
    assert ([g.description for g in laden.goods], laden.goods[0].quantity) == (["coal"], None)
    loaded = only("Belarus sent three trucks loaded with cement to Laos in May.\n")
    assert ([g.description for g in loaded.goods], loaded.goods[0].quantity) == (["cement"], None)
    weighed = only("Belarus sent 300 tonnes of coal to Laos on two trains.\n")
    assert weighed.goods[0].quantity == "300"
    trucks = only("Belarus sent two trucks to Laos.\n")
    assert (trucks.goods[0].description, trucks.goods[0].quantity) == ("trucks", "2")


def test_a_loaded_truck_entering_a_country_brings_its_load_there() -> None:
    found = only("In early May, cargo trucks carrying refrigerators and freezers entered Laos through a border "
                 "town.\n")
    assert [g.description for g in found.goods] == ["refrigerators", "freezers"]
    assert seen(found) == (None, "LA", "2023-05")
    # The train's country is its carrier's, and tells nothing of where its load came from.
    train = only("A Belarusian train loaded with potash entered Laos on Monday.\n")
    assert seen(train) == (None, "LA", "2024-03-18")


def test_a_ship_entering_a_port_with_its_load_is_not_read_as_bringing_it() -> None:
    assert claims("A tanker loaded with coal entered Laos in May.\n") == []


def test_trucks_told_as_waiting_their_turn_are_no_goods_of_a_clause_on_the_place() -> None:
    assert claims("A source said trucks are presently lined up at the customs post, which is used for "
                  "smuggling, to take on loads and drive to Laos.\n") == []
    waiting = only("Forty trucks are lined up at the port to be shipped to Laos.\n")
    assert (waiting.goods[0].description, seen(waiting)) == ("trucks", (None, "LA", None))


def test_goods_loaded_on_a_train_heading_towards_a_country_went_there() -> None:
    found = only("Thirty horses were loaded onto a train heading towards Laos.\n")
    assert ([g.description for g in found.goods], seen(found)) == (["horses"], (None, "LA", None))
    onward = only("Belarus shipped potash to Laos on a freighter heading towards Vietnam.\n")
    assert seen(onward) == ("BY", "LA", None)
