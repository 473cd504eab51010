"""Reports of arms transfers and how sure they are: a go-between a party used and who condemns a transfer."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_a_dealer_a_party_used_is_its_means_not_a_side() -> None:
    claim = only("North Korea used a Laotian arms dealer to sell rifles to Chad in 2019.\n")
    assert seen(claim) == ("KP", "TD", "2019")
    tried = only("Pyongyang used a Belarusian trader to try to supply mortars to Sudan, inspectors found.\n")
    assert seen(tried)[:2] == ("KP", "SD")
    # A dealer who is the subject of the transfer word is still its supplier.
    assert seen(only("A Laotian arms dealer sold rifles to North Korea in 2019.\n"))[:2] == ("LA", "KP")


def test_who_condemns_a_transfer_is_no_side_of_it() -> None:
    claim = only("Canada and twelve other states condemned the delivery of rifles from Laos to Chad.\n")
    assert seen(claim)[:2] == ("LA", "TD")
    named = only("Peru strongly condemned the transfer of Belarusian drones to Sudan.\n")
    assert seen(named)[:2] == ("BY", "SD")
    both = only("Norway and 40 other countries criticised the shipment of mortars by North Korea to Russia.\n")
    assert seen(both)[:2] == ("KP", "RU")

