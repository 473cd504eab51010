"""Transfers told the way wire reports of blacklisted tankers, coal laundered through third ports and seized
freighters tell them: a ship listed for what it did, several ships in one paragraph, a sender of goods named by
another country, and who watched or alleged a transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_ship_blacklisted_for_receiving_oil_is_its_recipient() -> None:
    claim = only("The United Nations has blacklisted a North Korean tanker for receiving diesel in a September "
                 "transfer at sea.\n")
    assert seen(claim) == (None, "KP", "2023-09")
    assert claim.kind == "ship-to-ship"


def test_a_ship_listed_by_name_for_receiving_oil_from_another_takes_it_from_that_one() -> None:
    claim = only("The Security Council on Friday sanctioned the North Korean tanker Pung Ryon 3 for receiving fuel "
                 "from the Russian tanker Amur Star in August.\n")
    assert seen(claim) == ("RU", "KP", "2023-08")
    assert (claim.supplier.name, claim.recipient.name) == ("Amur Star", "Pung Ryon 3")


def test_ships_listed_over_transfers_still_tell_no_transfer() -> None:
    assert claims("The Security Council blacklisted the tankers Pung Ryon 3 and Amur Star for transferring fuel "
                  "at sea.\n") == []
