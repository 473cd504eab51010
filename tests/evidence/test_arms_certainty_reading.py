"""Reports of arms transfers and how sure they are: a will to supply told as an intent, an allegation told as
"alleging", a go-between a party used, and who condemns a transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_an_intent_to_supply_is_planned() -> None:
    claim = only("Seoul sees signs that Laos has made known its intent to provide attack drones to Chad.\n")
    assert (claim.status.value, *seen(claim)[:2]) == ("planned", "LA", "TD")
    assert claim.goods[0].description == "attack drones"
    sold = only("Minsk announced its intention to sell rifles to Sudan.\n")
    assert (sold.status.value, *seen(sold)[:2]) == ("planned", "BY", "SD")
    # No intent at all is still no transfer.
    assert claims("Minsk said it had no intention to sell rifles to Sudan.\n") == []


def test_what_a_government_was_alleging_is_alleged() -> None:
    claim = only("The ministry spoke out a month after first alleging that Chad was buying mortars from Laos.\n")
    assert (claim.status.value, *seen(claim)[:2]) == ("alleged", "LA", "TD")


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


def test_a_deal_or_an_offer_not_yet_carried_out_is_planned() -> None:
    for text in ("Laos agreed to provide 400 rifles to Chad.", "Laos made an offer to sell 400 rifles to Chad.",
                 "Laos is poised to deliver 400 rifles to Chad.", "Laos offers to sell 400 rifles to Chad."):
        claim = only(text + "\n")
        assert (claim.status.value, *seen(claim)[:2]) == ("planned", "LA", "TD"), text
        assert claim.goods[0].description == "rifles"


def test_what_imagery_or_intelligence_indicates_is_alleged() -> None:
    claim = only("Satellite imagery indicates that Laos shipped mortars to Chad in May.\n")
    assert (claim.status.value, *seen(claim)) == ("alleged", "LA", "TD", "2023-05")
    told = only("Our intelligence indicates Minsk is quietly supplying Sudan with drones, an aide said.\n")
    assert (told.status.value, *seen(told)[:2]) == ("alleged", "BY", "SD")
    # Customs figures still confirm what they show.
    assert only("Customs data indicates China exported mortars to Laos in May.\n").status.value == "confirmed"


def test_accusations_dismissed_in_the_next_paragraph_deny_the_transfer() -> None:
    claim = only("Laos shipped mortars to Chad in May, according to US officials.\n\n"
                 "Vientiane dismissed the accusations as a fabrication.\n")
    assert (claim.status.value, *seen(claim)) == ("denied", "LA", "TD", "2023-05")
    rejected = only("Minsk supplied drones to Sudan last year, Western officials say.\n\n"
                    "Belarus rejected the accusation on Tuesday.\n")
    assert (rejected.status.value, *seen(rejected)[:2]) == ("denied", "BY", "SD")


def test_a_plan_a_schedule_or_a_delivery_to_come_is_planned() -> None:
    for text in ("Laos has a plan to sell 400 rifles to Chad.", "Laos is scheduled to deliver 400 rifles to Chad.",
                 "The 400 rifles will be delivered to Chad by Laos next month."):
        claim = only(text + "\n")
        assert (claim.status.value, *seen(claim)[:2]) == ("planned", "LA", "TD"), text
    assert claims("Laos said it had no plan to sell rifles to Chad.\n") == []


def test_what_officials_assessed_is_alleged() -> None:
    claim = only("US officials assessed that Laos had shipped 400 rifles to Chad.\n")
    assert (claim.status.value, *seen(claim)[:2]) == ("alleged", "LA", "TD")
