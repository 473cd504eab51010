"""Ship-to-ship transfers told the way maritime reports tell them: the ship the goods were handed to named by its
flag, a ship's flag told with its size in one sentence and its name alone in a later one, a ship that took part in
transfers, goods handed to two ships named together (a transfer to each)."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


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


def test_a_ship_named_in_quotes_after_its_flag_or_after_its_tonnage_is_named() -> None:
    quoted = only('Police held the Greece-registered "Silver Gannet" for transferring 300 tonnes of gasoil to a North '
                  "Korean ship.\n")
    assert (quoted.supplier.name, quoted.supplier.country) == ("Silver Gannet", "GR")
    weighed = only("The 4,800-ton Orchid Bay transferred 300 tonnes of gasoil to a North Korean vessel in May.\n")
    assert weighed.supplier.name == "Orchid Bay"


def test_a_later_sentence_about_another_named_ship_does_not_date_the_transfer() -> None:
    other = only("Officials said the Aegean Star transferred 700 tonnes of kerosene to a North Korean tanker. "
                 "The tanker Blue Heron was seized on March 3.\n")
    assert other.date is None
    same = only("Officials said the Aegean Star transferred 700 tonnes of kerosene to a North Korean tanker. "
                "The tanker Aegean Star was seized on March 3.\n")
    assert seen(same) == (None, "KP", "2024-03-03")


def test_goods_handed_to_two_ships_named_together_go_to_each() -> None:
    # Read with no recipient, the diesel handed to two North Korean ships would go unassessed.
    counted = claims("In May the Aegean Star transferred diesel to the Gull Point and the Iron Tern, two North "
                     "Korean-flagged vessels.\n")
    assert [(c.recipient.name, c.recipient.country) for c in counted] == [("Gull Point", "KP"), ("Iron Tern", "KP")]
    assert all(c.goods[0].description == "diesel" and c.supplier.name == "Aegean Star" for c in counted)
    fleet = claims("The Aegean Star sold kerosene to the North Korean tankers Gull Point and Iron Tern in May.\n")
    assert [(c.recipient.name, c.recipient.country) for c in fleet] == [("Gull Point", "KP"), ("Iron Tern", "KP")]
    each = claims("The Aegean Star transferred gasoil to the tanker Gull Point and the tanker Iron Tern in May.\n")
    assert [c.recipient.name for c in each] == ["Gull Point", "Iron Tern"]


def test_two_lots_counted_with_no_goods_word_go_each_to_its_ship() -> None:
    # The second ship, named only after a bare count, would otherwise receive nothing.
    found = claims("Officials said the Aegean Star made two transfers of diesel in May - 1,200 tons to the North "
                   "Korean-flagged Gull Point and 2,700 tons to the North Korean-flagged Iron Tern.\n")
    assert [(c.recipient.name, c.recipient.country, c.goods[0].description) for c in found] == [
        ("Gull Point", "KP", "diesel"), ("Iron Tern", "KP", "diesel")]
