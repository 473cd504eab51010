"""Luxury goods on their way, told the way reports of them are: a body told by its country's adjective that sent
goods to that country ("a Laotian firm ... sent cars to Laos"); goods dumped or destroyed on their way to a
country; goods that "managed to find their way into" one; what a single "sanction on" supplying forbids;
"imported" goods told with the country they came from; and "export protocols", a rule."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_body_told_by_its_country_that_sent_goods_there_leaves_the_recipient() -> None:
    claim = only("A Laotian trading house whose branch was found to have sent four limousines to Laos.\n")
    assert seen(claim)[:2] == (None, "LA")
    # The goods went to North Korea: the body's nationality does not turn them into an export from it.
    claim = only("Papers named a North Korean trading company whose affiliate sent two armoured sedans to the DPRK.\n")
    assert claim.recipient.country == "KP"
    assert claim.supplier.country is None
    # A person of the country among those charged was already no supplier; a body of another country stays one.
    assert seen(only("A Thai dealer sent four limousines to Laos in May.\n"))[:2] == ("TH", "LA")


def test_goods_dumped_or_destroyed_on_their_way_were_seized() -> None:
    claim = only("Customs in Oman dumped 300 cases of brandy destined for Laos after a tip-off.\n")
    assert seen(claim)[1] == "LA"
    assert claim.kind == "seizure"
    assert seen(only("Port officers disposed of 90 crates of cognac bound for Laos.\n"))[1] == "LA"
    assert seen(only("The navy destroyed a boat carrying rifles bound for Yemen.\n"))[1] == "YE"
    # Nothing on its way, nothing moved.
    assert claims("A fire destroyed the bonded warehouse near Vientiane last week.\n") == []


def test_goods_that_managed_to_find_their_way_into_a_country_reached_it() -> None:
    claim = only("From 2019 to 2021, some 600 pickup trucks managed to find their way into Laos.\n")
    assert seen(claim)[1] == "LA"
    assert seen(only("Dozens of jet skis tried to make their way into Laos last year.\n"))[1] == "LA"


def test_a_single_sanction_on_supplying_goods_is_a_rule() -> None:
    assert claims("The resort's new snowmobiles raised questions given the UN sanction on supplying such "
                  "machines to Laos.\n") == []


def test_imported_goods_told_with_where_they_came_from_are_a_transfer() -> None:
    claim = only("Imported snowmobiles from Canada were racing across the frozen lake near the palace.\n")
    assert [g.description for g in claim.goods] == ["snowmobiles"]
    assert claim.supplier.country == "CA"
    # Without where they came from, "imported" only describes the goods.
    assert claims("Imported snowmobiles were racing across the frozen lake near the palace.\n") == []


def test_export_protocols_are_rules_not_an_export() -> None:
    # Goods seen in a country and a doubt about the rules of trade: no export from that country.
    assert claims("Despite these checks, the sight of their sedans in Laos raises hard questions about the worth "
                  "of the sanctions and export protocols now in force.\n") == []
    assert claims("Officials said the import standards for luxury sedans in Laos were tightened.\n") == []
