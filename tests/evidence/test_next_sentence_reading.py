"""One transfer told across sentences: the goods of a load named only as a cargo or as goods, given in the next
sentence or after "including"; where the ship that carried them came from and went, told next; and goods told as
given before the transfer just told, which are another transfer."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def _goods(text: str) -> list[str]:
    return [g.description for g in only(text).goods]


@pytest.mark.parametrize("follow_up", [
    "It held 40 tractors.",
    "The cargo consisted of 40 tractors.",
    "Most of the goods were tractors.",
])
def test_a_load_named_only_as_a_cargo_takes_the_goods_the_next_sentence_names(follow_up: str) -> None:
    claim = only(f"A freighter from Laos delivered a cargo to Nampho in May. {follow_up}")
    assert seen(claim) == ("LA", "KP", "2023-05")
    assert [g.description for g in claim.goods] == ["tractors"]


def test_a_shipment_told_without_goods_is_a_claim_when_the_next_sentence_says_what_it_consisted_of() -> None:
    # Without the second sentence's goods the shipment to Nampho would be no claim at all.
    claim = only("A shipment from Laos arrived in Nampho in May. The cargo consisted of 40 used tractors.")
    assert seen(claim) == ("LA", "KP", "2023-05")
    assert [g.description for g in claim.goods] == ["used tractors"]


def test_a_verb_after_the_goods_that_open_the_next_sentence_tells_no_transfer_of_its_own() -> None:
    # "shipped" only says which goods: the export keeps its kind, and no shipment is told besides it.
    claim = only("A Vientiane firm exported goods for $3 million to North Korea in 2022. The bulk of the products "
                 "shipped was water pumps.")
    assert seen(claim) == ("LA", "KP", "2022")
    assert claim.kind == "export"
    assert [g.description for g in claim.goods] == ["water pumps"]


def test_goods_told_as_goods_are_those_listed_after_including() -> None:
    assert _goods("The Vientiane firm sold goods for $5 million to North Korea in two years, including tractors and "
                  "water pumps.") == ["tractors", "water pumps"]


@pytest.mark.parametrize("follow_up", [
    "The ship had departed Nampho and was bound for Vietnam.",
    "Officials said the ship had departed Nampho and was bound for Vietnam.",
])
def test_where_the_ship_that_carried_goods_came_from_and_went_is_where_they_did(follow_up: str) -> None:
    # Otherwise a cargo of copper wire leaving North Korea would be read with no side and lost.
    claim = only(f"Customs officers said the freighter was reportedly carrying copper wire. {follow_up}")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "VN")
    assert [g.description for g in claim.goods] == ["copper wire"]


def test_a_verb_before_the_goods_is_no_kind_of_them() -> None:
    claim = only("A crate, thought to carry undeclared rifles, was found on a freighter bound for North Korea.")
    assert [g.description for g in claim.goods] == ["undeclared rifles"]


def test_goods_told_as_given_before_the_transfer_just_told_are_another_transfer() -> None:
    found = claims("Officials said on Friday that Laos has delivered more than 300 crates of rifles to North Korea. "
                   "Officials have accused Laos of previously providing rifles and mortars to North Korea.")
    assert [(seen(c)[:2], [g.description for g in c.goods]) for c in found] == [
        (("LA", "KP"), ["rifles"]), (("LA", "KP"), ["rifles", "mortars"])]


def test_goods_told_only_as_goods_with_their_worth_are_a_trade_whatever_else_the_report_tells() -> None:
    # Each sum of goods is a trade told with its size; neither only announces the other.
    found = claims("Two Vientiane firms sold goods worth $5 million to North Korea and bought goods worth $2 million "
                   "from North Korea.")
    assert [(c.kind, c.supplier.country, c.recipient.country) for c in found] == [
        ("sale", "LA", "KP"), ("import", "KP", None)]


def test_an_adverb_before_the_second_verb_keeps_each_transfer_its_own_sides() -> None:
    # Read as one clause, the import's "from North Korea" made North Korea the supplier of the export.
    found = claims("The two firms steadily exported water pumps to North Korea and steadily imported timber from "
                   "North Korea.")
    assert [(seen(c)[:2], [g.description for g in c.goods]) for c in found] == [
        ((None, "KP"), ["water pumps"]), (("KP", None), ["timber"])]


def test_a_company_s_suffix_ends_the_sentence_when_the_next_one_opens() -> None:
    # Read as one sentence, the last firm listed became the exporter.
    claim = only("The ministry named two firms, Vien Star Co. Ltd. and Mekong Pumps Co. Ltd. The first exported "
                 "tractors to North Korea in 2021.")
    assert claim.supplier.name is None
    assert seen(claim) == (None, "KP", "2021")


def test_goods_told_only_as_goods_worth_another_sum_are_another_trade() -> None:
    found = claims("Two Lao firms sold goods worth $60 million to North Korea, the ministry reported. "
                   "Vienco, meanwhile, is accused of selling goods worth $3 million to North Korea, "
                   "including tractors.")
    assert [(seen(c)[:2], c.goods[0].value) for c in found] == [
        (("LA", "KP"), ("60000000", "USD")), ((None, "KP"), ("3000000", "USD"))]


def test_the_goods_exchanged_are_the_goods_of_the_trade_each_way() -> None:
    found = claims("The two firms sold goods worth $8 million to North Korea and bought goods worth $2 million from "
                   "North Korea. The bulk of the products exchanged was timber of several kinds.")
    assert [(c.kind, [g.description for g in c.goods]) for c in found] == [("sale", ["timber"]), ("import", ["timber"])]
