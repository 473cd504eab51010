"""Who sent the aid a report tells of: speakers who say they sent it, a participle that shares its subject, a port named
with its region, and what is no side or no denial of it."""

from __future__ import annotations

import pytest

from tests.evidence.reading import only, seen


@pytest.mark.parametrize("told", [
    "Mongolian officials said they had sent 2,000 tonnes of barley to Laos.",
    "Mongolian authorities said they have shipped barley to Laos.",
])
def test_speakers_who_say_they_sent_goods_sent_them(told: str) -> None:
    assert seen(only(told + "\n"))[:2] == ("MN", "LA")


def test_they_without_a_saying_names_no_supplier() -> None:
    claim = only("Mongolian officials met in May, and they had sent barley to Laos.\n")
    assert claim.recipient.country == "LA"
    assert claim.supplier.country != "LA"


def test_the_country_a_quarrel_is_about_is_no_side() -> None:
    claim = only("Mongolia resumed aid to Laos on Friday as friction eased over Hanoi's missile program, sending a "
                 "shipload of fertilizer to Laos.\n")
    assert seen(claim)[:2] == ("MN", "LA")


def test_a_participle_after_a_comma_shares_the_subject_and_for_names_the_recipient() -> None:
    claim = only("Mongolia has been the main aid provider for Laos, sending 2 million tons of fertilizer since "
                 "the 1990s.\n")
    assert seen(claim)[:2] == ("MN", "LA")


def test_a_participle_after_a_comma_keeps_its_own_recipient() -> None:
    claim = only("Mongolia has been a key aid provider for Laos, sending 2 million tons of fertilizer to Cambodia "
                 "in 2019.\n")
    assert seen(claim)[1:] == ("KH", "2019")


def test_a_port_told_with_its_region_is_where_the_ship_sailed_from() -> None:
    claim = only("A cargo ship left the northern port of Haiphong for Laos carrying 6,000 tons of fertilizer.\n")
    assert seen(claim)[:2] == ("VN", "LA")


def test_a_deed_denied_is_no_denial_of_the_goods() -> None:
    claim = only("Mongolia said it had approved a shipment of 40 tonnes of fertilizer to Laos. Laos denies Hanoi's "
                 "charge that it staged the bombing.\n")
    assert claim.status.value == "reported"
    assert only("Mongolia shipped fertilizer to Laos. Mongolia denied the shipment.\n").status.value == "denied"
