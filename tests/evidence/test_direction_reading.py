"""Which side supplied and which received, however the report tells the direction, and a denial as the
status of the transfer it denies."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import only


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    # A carrier that arrived somewhere and went home loaded took the goods from where it arrived.
    ("A Russian cargo plane that had landed at Pyongyang in January flew home loaded with artillery shells.",
     "KP", "RU"),
    ("Two North Korean planes landed in Moscow and returned home loaded with drones.", "RU", "KP"),
    # A port the goods were shipped out of is where they came from.
    ("The coal was shipped out of Nampho bound for Vietnam in May 2023.", "KP", "VN"),
    ("A tanker shipped diesel out of Vladivostok to North Korea in 2019.", "RU", "KP"),
    # A passive whose goods follow the verb has the recipient as its subject.
    ("Syria was given tanks by North Korea in 2008.", "KP", "SY"),
    ("North Korea was sold two yachts by an Italian firm in 2016.", "IT", "KP"),
    # The other ways the direction is told, read as before.
    ("Syria imported rifles from North Korea in 2023.", "KP", "SY"),
    ("Eritrea bought radios from North Korea last year.", "KP", "ER"),
    ("Russia took delivery of 24 howitzers from North Korea in 2023.", "KP", "RU"),
    ("China's imports of iron ore from North Korea were worth $1 million in 2016.", "KP", "CN"),
    ("The limousine was sold to North Korea by a German dealer in 2019.", "DE", "KP"),
    ("The yachts were shipped from Italy via China to North Korea in 2016.", "IT", "KP"),
])
def test_the_sides_follow_the_direction_the_words_tell(text: str, supplier: str, recipient: str) -> None:
    claim = only(text + "\n")
    assert (claim.supplier.country, claim.recipient.country) == (supplier, recipient)


@pytest.mark.parametrize("text", [
    "Russia supplied fighter jets to North Korea last year, officials said. Moscow denied supplying the jets.",
    "North Korea sold artillery shells to Russia in 2023. Pyongyang denied the report.",
    "China sold refined petroleum to North Korea in 2022, the panel said. Beijing rejected claims that it had "
    "sold the fuel.",
    # A denial that names the goods only by their field.
    "North Korea shipped artillery shells to Russia in 2023, officials said. Moscow insisted it had not bought "
    "any munitions from North Korea.",
])
def test_a_denial_is_the_status_of_the_transfer_it_denies(text: str) -> None:
    claim = only(text + "\n")
    assert claim.status is ClaimStatus.DENIED
