"""A party that fires or uses weapons another country made had them from that country; a transfer nobody has shown
is told as not having happened; a report got by a reporter is no goods received."""

from __future__ import annotations

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import claims, only, seen


def test_who_fires_a_foreign_missile_received_it_from_its_maker() -> None:
    claim = only("Peru fired a Chilean missile at Bolivia, the monitors said.\n")
    assert seen(claim)[:2] == ("CL", "PE")
    claim = only("Moscow fired a North Korean missile built last year into Ukraine.\n")
    assert seen(claim)[:2] == ("KP", "RU")
    assert "missile" in claim.goods[0].description


def test_who_uses_foreign_rockets_received_them() -> None:
    claim = only("Bolivia is using Thai rockets against the rebels in the east.\n")
    assert seen(claim)[:2] == ("TH", "BO")


def test_firing_ones_own_or_unnamed_weapons_is_no_transfer() -> None:
    assert claims("Chad fired Chadian rockets at the rebels.\n") == []
    assert claims("Laos fired a missile into the sea on Monday.\n") == []
    assert claims("A Peruvian missile fired into eastern Chile by Bolivia contained chips from Thai firms.\n") == []


def test_a_transfer_nobody_has_shown_is_denied() -> None:
    claim = only("There was no indication Laos had been importing rifles from Belarus, the inspectors said.\n")
    assert seen(claim)[:2] == ("BY", "LA")
    assert claim.status is ClaimStatus.DENIED
    claim = only("There was evidence Laos had bought rifles from Belarus.\n")
    assert claim.status is not ClaimStatus.DENIED


def test_a_report_obtained_after_a_comma_is_no_goods_received() -> None:
    assert claims("The experts' 60-page report to the sanctions committee, obtained on Tuesday by a wire service, also "
                  "described rifles in Laos.\n") == []
    claim = only("The experts' report to the Sanctions Committee, obtained on Tuesday by a wire service, said Laos had "
                 "bought rifles from Belarus.\n")
    assert seen(claim)[:2] == ("BY", "LA")
