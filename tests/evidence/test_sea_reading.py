"""Transfers told the way reports of tankers at sea and coal shipments tell them: a sentence opened by
"However", a ship named between commas, a ship whose name ends in a number, a country goods pass through on
their way, forged papers beside a transfer, and a state that transports its own goods; and a report dated on a
line of its own with the word "Updated" after the date."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.published import find_published
from tests.evidence.reading import claims, only, seen


def test_a_word_opening_the_sentence_before_a_comma_is_no_supplier() -> None:
    claim = only("However, the vessel transferred the oil to North Korean vessels in international waters in "
                 "March.\n")
    assert seen(claim) == (None, "KP", "2024-03")
    assert claim.supplier.name is None


def test_a_ship_named_between_commas_supplies_what_it_transferred() -> None:
    claim = only("The vessel, Lighthouse Winmore, transferred refined petroleum products to a North Korean ship "
                 "in international waters in late October.\n")
    assert claim.supplier.name == "Lighthouse Winmore"
    assert claim.recipient.country == "KP"
    assert [g.description for g in claim.goods] == ["refined petroleum products"]
    assert claim.date.iso() == "2023-10"


@pytest.mark.parametrize("aside", ["built in 2009", "blacklisted in 2019", "renamed twice since"])
def test_a_ship_told_of_between_commas_still_delivers_what_follows(aside: str) -> None:
    claim = only(f"The tanker, {aside}, delivered diesel to North Korea in March.\n")
    assert seen(claim)[1:] == ("KP", "2024-03")
    assert [g.description for g in claim.goods] == ["diesel"]


def test_a_ship_that_received_goods_in_a_ship_to_ship_transfer_is_the_recipient() -> None:
    claim = only("The North Korean tanker Pyol Song received diesel in a ship-to-ship transfer in March.\n")
    assert seen(claim) == (None, "KP", "2024-03")
    assert claim.recipient.name == "Pyol Song"
    assert claim.kind == "ship-to-ship"


def test_a_ship_to_ship_transfer_carried_out_is_read_as_one_conducted() -> None:
    claim = only("The Blue Heron carried out a ship-to-ship transfer of diesel to a North Korean tanker in March.\n")
    assert seen(claim) == (None, "KP", "2024-03")
    assert claim.supplier.name == "Blue Heron"
    assert claim.kind == "ship-to-ship"
    # Goods carried out of a country are still carried.
    assert seen(only("Smugglers carried out 300 bottles of brandy from North Korea in March.\n"))[:1] == ("KP",)


def test_the_number_of_a_ships_name_is_no_count_of_the_goods() -> None:
    claim = only("The tanker Sam Jong 2 delivered oil to North Korea in October.\n")
    assert claim.supplier.name == "Sam Jong 2"
    assert [(g.description, g.quantity) for g in claim.goods] == [("oil", None)]


def test_a_count_after_the_recipient_named_in_two_words_is_still_a_count() -> None:
    claim = only("Russia supplied North Korea 20 trucks in October.\n")
    assert seen(claim) == ("RU", "KP", "2023-10")
    assert [(g.description, g.quantity) for g in claim.goods] == [("trucks", "20")]


@pytest.mark.parametrize("text", [
    "North Korea transported its coal to a third country via South Korea last year.\n",
    "North Korea shipped its coal to a third country through South Korea last year.\n",
])
def test_a_country_the_goods_pass_through_is_not_where_they_went(text: str) -> None:
    claim = only(text)
    assert seen(claim) == ("KP", None, "2023")


def test_a_state_that_transports_goods_sends_them_but_a_company_carrying_them_does_not() -> None:
    assert seen(only("Pyongyang transported coal to Vietnam in May.\n")) == ("KP", "VN", "2023-05")
    claim = only("Golden Sea Logistics, registered in Hong Kong, China, had previously transported coal from Nampho "
                 "to Ningbo in 2018.\n")
    assert seen(claim) == ("KP", "CN", "2018")


def test_forged_papers_beside_a_transfer_are_no_denial() -> None:
    claim = only("The tanker Sam Ma 2, owned by a North Korean company, conducted a ship-to-ship transfer of oil "
                 "and fabricated documents in mid-October 2023.\n")
    assert claim.status.value == "reported"
    assert [claims("The foreign ministry said the reports of oil sales to North Korea were fabricated.\n")[0]
            .status.value] == ["denied"]


@pytest.mark.parametrize("text", [
    "The Aegean Star transferred 700 tonnes of kerosene to the Kum Bong in May. The Kum Bong is one of the vessels "
    "denied port access everywhere by the United Nations.\n",
    "Malaysia and Thailand each denied the ship entry after it took on 8,000 tonnes of anthracite at Nampho in "
    "March.\n",
    "Brokers exported coal from North Korea to Laos in May with fabricated paper documents.\n",
])
def test_a_ship_denied_entry_or_forged_papers_are_no_denial_of_the_transfer(text: str) -> None:
    assert only(text).status.value == "reported"


@pytest.mark.parametrize("top", ["2018-07-17 Updated.", "2018-07-17 Updated", "2018-07-17 Posted 09:30"])
def test_a_date_alone_on_a_line_before_updated_dates_the_report(top: str) -> None:
    found = find_published(f"{top}\nNorth Korea shipped coal to Vietnam last year.\n")
    assert found is not None and found.date.isoformat() == "2018-07-17"


def test_a_ship_named_before_its_kind_and_a_ship_that_conducts_a_transfer_are_no_goods() -> None:
    found = claims("A Russian vessel conducted a ship-to-ship transfer with the North Korean-flagged Sam Ma 2 tanker "
                   "in open seas in October.\n")
    assert all(g.description not in ("tanker", "Russian vessel", "vessel") for c in found for g in c.goods)
    assert all(g.hs is None or not g.hs.startswith("89") for c in found for g in c.goods)


def test_a_date_just_before_after_dates_another_event_when_the_transfer_has_its_own() -> None:
    claim = only("The authorities searched the Lighthouse Winmore when it entered Yeosu on November 24 after it "
                 "transferred 600 tons of refined petroleum to a North Korean vessel on October 19.\n")
    assert claim.date.iso() == "2023-10-19"
    assert seen(only("The ship was seized on November 24 after transferring oil to North Korea.\n"))[2] == "2023-11-24"


def test_a_transfer_of_any_goods_said_to_be_prohibited_is_the_rule_and_lends_nothing_to_the_next_sentence() -> None:
    assert claims("A ship-to-ship transfer of any goods to North Korea has been prohibited by the Security Council "
                  "since September.\n") == []
    claim = only("A ship-to-ship transfer of any goods to North Korea has been prohibited by the Security Council, "
                 "as per Resolution 2375, adopted in September. However, the vessel not going to its claimed "
                 "destination transferred the oil to North Korean vessels in international waters.\n")
    assert [g.description for g in claim.goods] == ["oil"]
    assert claim.date is None
    assert claim.status.value == "reported"


def test_a_rule_told_at_length_over_any_goods_being_supplied_or_sold_is_no_transfer() -> None:
    assert claims("\"Ship-to-ship transfers with Liberian-flagged tankers from China or elsewhere of any goods being "
                  "supplied, sold, or transferred to or from North Korea are prohibited under UN resolutions,\" the "
                  "minister said.\n") == []
    first, second = claims(
        "The Russian tanker Amur Star conducted two transfers of oil for the benefit of North Korea, including 900 "
        "tons of oil to the North Korea-flagged tanker Song Rim 3 and 700 tons of oil to the North Korea-flagged "
        "tanker Paek Sa. \"Ship-to-ship transfers with North Korea-flagged vessels from Russia or elsewhere of any "
        "goods being supplied, sold, or transferred to or from the DPRK are prohibited under UN resolutions,\" said "
        "the minister.\n")
    assert [(g.description, g.quantity) for g in first.goods] == [("oil", "900")]
    assert [(g.description, g.quantity) for g in second.goods] == [("oil", "700")]
    assert second.recipient.name == "Paek Sa"


def test_a_hedge_on_the_transfer_noun_itself_still_hedges() -> None:
    assert only("Reports described the alleged sale of missiles to Iran in 2019.\n").status.value == "alleged"
