"""A sentence that names the goods of a transfer again goes on with that transfer, whatever its place in the
sentence and however it dates itself; what might be tried, or is proposed, is no transfer that happened; ships
that deliver goods carry them; a month compared with, or a verb before the goods, is neither date nor goods."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import claims, only, seen


def test_goods_named_again_at_the_start_of_the_next_sentence_are_the_same_transfer() -> None:
    # "The cars" opens the sentence: its capital letter does not make the purchase another transfer.
    claim = only("Japan seized 40 luxury cars bound for North Korea in May. The cars had been bought in Germany.")
    assert seen(claim) == ("DE", "KP", "2023-05")
    assert claim.kind == "seizure"


@pytest.mark.parametrize(("follow_up", "expected"), [
    ("The parts were flown to Tehran in October.", "2020-10"),
    ("The parts were flown to Tehran on October 3.", "2020-10-03"),
])
def test_a_month_told_without_a_year_about_the_same_goods_is_in_the_transfers_year(follow_up: str,
                                                                                    expected: str) -> None:
    # Told in March 2024, "in October" alone would be October 2023; about the goods of 2020 it is October 2020.
    claim = only(f"North Korea supplied Iran with missile parts in 2020, the panel said. {follow_up}")
    assert seen(claim) == ("KP", "IR", expected)


def test_a_month_about_other_goods_keeps_the_reports_year() -> None:
    found = claims("China sold 20 cranes to North Korea in 2019, the panel said. In October, China sold 30 trucks "
                   "to North Korea.")
    assert [seen(c) for c in found] == [("CN", "KP", "2019"), ("CN", "KP", "2023-10")]


@pytest.mark.parametrize("text", [
    "Experts say North Korea might try to sell weapons to African countries.",
    "Analysts warn that Russia may seek to supply fighter jets to North Korea.",
])
def test_what_a_party_might_try_to_do_tells_no_transfer(text: str) -> None:
    assert claims(text) == []


def test_a_proposal_to_send_goods_is_planned() -> None:
    claim = only("South Korea proposed sending 50,000 tonnes of rice to North Korea on Wednesday.")
    assert claim.status is ClaimStatus.PLANNED


@pytest.mark.parametrize(("text", "goods", "expected"), [
    ("Two North Korean freighters delivered ammunition to Russia in September.", "ammunition", ("KP", "RU", "2023-09")),
    ("Chinese freighters delivered diesel to North Korea in 2019.", "diesel", ("CN", "KP", "2019")),
    # Ships bought are the goods.
    ("North Korea bought two Chinese freighters in 2019.", "Chinese freighters", ("CN", "KP", "2019")),
])
def test_ships_that_deliver_goods_carry_them_and_are_of_the_side_that_sends(text: str, goods: str,
                                                                              expected: tuple[str, str, str]) -> None:
    claim = only(text)
    assert [g.description for g in claim.goods] == [goods]
    assert seen(claim) == expected


@pytest.mark.parametrize("closing", ["investigators found", "the panel found in its report"])
def test_who_found_a_transfer_out_is_no_seizer_and_keeps_its_supplier(closing: str) -> None:
    claim = only(f"North Korea exported 20,000 tonnes of coal to Vietnam in 2019, {closing}.")
    assert claim.kind == "export"
    assert seen(claim) == ("KP", "VN", "2019")


def test_goods_found_by_officers_are_still_seized() -> None:
    claim = only("Customs officials found 300 tonnes of North Korean iron ore aboard a ship in June.")
    assert claim.kind == "seizure"


def test_the_month_a_figure_is_compared_with_is_not_when_the_transfer_began() -> None:
    claim = only("Customs records show China exported 1,200 tonnes of rice to North Korea in December, up 40 percent "
                 "from November.")
    assert seen(claim) == ("CN", "KP", "2023-12")


def test_a_verb_before_the_goods_is_no_kind_of_goods() -> None:
    claim = only("The US Treasury said a broker had arranged oil transfers to North Korean ships in 2017.")
    assert [g.description for g in claim.goods] == ["oil"]


def test_a_make_told_a_paragraph_further_on_belongs_to_another_case() -> None:
    # The patrol boats of Angola are not what was delivered to Tanzania.
    claim = only("Spare parts had been delivered from Pyongyang to Tanzania in 2015.\n\n"
                 "The Tanzanian government said the work had been completed long ago.\n\n"
                 "In Angola, the North Korean company Green Pine was hired to refurbish the navy's patrol boats.")
    assert [g.description for g in claim.goods] == ["Spare parts"]
    assert seen(claim) == ("KP", "TZ", "2015")


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_make_told_next_says_what_the_goods_were(gap: str) -> None:
    claim = only(f"Russia gave Kim Jong Un a car in February.{gap}It was an Aurus Senat limousine.")
    assert [g.description for g in claim.goods] == ["Aurus Senat"]
