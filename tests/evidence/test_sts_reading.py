"""Ship-to-ship transfers told the way maritime reports tell them: the ship the goods were handed to named by its
flag, a ship's flag told with its size in one sentence and its name alone in a later one, a ship that took part in
transfers."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_a_ship_handed_the_goods_is_of_its_flag() -> None:
    claim = only("The Aegean Star transferred 900 tonnes of diesel to a Vietnamese-flagged tanker in July.\n")
    assert seen(claim) == (None, "VN", "2023-07")
    assert claim.supplier.name == "Aegean Star"


def test_ships_handed_the_goods_under_an_open_registry_flag_name_no_side() -> None:
    claim = only("The Aegean Star transferred 900 tonnes of diesel to a Panama-flagged tanker in July.\n")
    assert claim.recipient.country is None


def test_a_flag_told_with_the_ship_size_goes_with_the_name_told_later() -> None:
    claim = only("The firms own the Greece-flagged 4,200-dwt Aegean Star (built 1991).\n\n"
                 "The Aegean Star was involved in three ship-to-ship transfers of diesel to Vietnamese-flagged "
                 "barges in July.\n")
    assert seen(claim) == ("GR", "VN", "2023-07")
    assert claim.supplier.name == "Aegean Star"
    assert claim.kind == "ship-to-ship"


def test_who_uses_transfers_to_take_goods_in_receives_them() -> None:
    claim = only("Eritrea still makes use of ship-to-ship transfers to import jet fuel.\n")
    assert seen(claim)[:2] == (None, "ER")


def test_transfers_that_evade_limits_on_imports_bring_the_goods_in() -> None:
    claim = only("Officials said Syria kept up its use of ship-to-ship transfers to circumvent rules that limit "
                 "the import of kerosene.\n")
    assert seen(claim)[:2] == (None, "SY")
