"""Transfers told the way summaries of UN panel findings tell them: trade told as growing, ships held for their
acts, periods pointed back to, coordinated verbs, ports of call and carriers sailing home, goods sent to a list of
countries (a transfer to each), and a breach of an embargo told before the transfer that broke it."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_trade_told_as_growing_is_no_transfer() -> None:
    assert claims("UN experts said that Laos has increased imports and exports of banned goods, such as copper "
                  "and rubber, as it continues its programme.\n") == []
    assert claims("The report accuses the country of increasing illegal iron ore exports and continuing with "
                  "cyberattacks on banks.\n") == []
    found = claims("Belarus increased its shipments of potash to Laos in May.\n")
    assert [seen(c) for c in found] == [("BY", "LA", "2023-05")]


def test_the_trade_a_rule_bans_is_no_transfer() -> None:
    assert claims("The export of luxury watches to Laos has been prohibited since 2006, when the council imposed "
                  "sanctions.\n") == []


def test_a_ship_held_for_its_acts_is_no_goods_and_its_acts_are_told_after() -> None:
    found = claims("Thai authorities have seized a fuel tanker for involvement in ship-to-ship transfers with a "
                   "blacklisted vessel. During this period, the Sea Lark transferred diesel worth $2m to the Laotian "
                   "vessel Mekong Star.\n")
    assert [([g.description for g in c.goods], c.supplier.country, c.recipient.name) for c in found] == [
        (["diesel"], None, "Mekong Star")]


def test_during_this_period_begins_with_the_period_told_before() -> None:
    found = claims("The tanker Sea Lark switched off its transponder between August and December 2019. During this "
                   "period, the Sea Lark transferred fuel oil to the Laotian vessel Mekong Star.\n")
    assert [seen(c) for c in found] == [(None, "LA", "2019-08")]


def test_a_verb_joined_with_its_own_auxiliary_shares_the_first_subject() -> None:
    found = claims("Belarus has been assisting the Laotian government in building its dams, and has provided the "
                   "Laotian army with howitzers.\n")
    assert [seen(c)[:2] for c in found] == [("BY", "LA")]


def test_the_port_a_ship_called_at_is_where_it_delivered() -> None:
    found = claims("The Thai-flagged Siam Star 5 made at least 10 calls between February and October last year at "
                   "the Laotian port of Pakse and delivered diesel.\n")
    assert [(c.supplier.name, seen(c)) for c in found] == [("Siam Star 5", ("TH", "LA", "2023-02"))]


def test_a_ship_of_the_country_the_goods_went_to_is_no_supplier() -> None:
    found = claims("Three shipments of tractors were delivered to Laos in May 2022 aboard Laotian and Thai-flagged "
                   "vessels. A member state said the tractors were brought into the country by the Laotian-flagged "
                   "Pha That and the Thai-flagged Siam 9.\n")
    assert [seen(c) for c in found] == [(None, "LA", "2022-05")]


def test_where_an_envoy_is_posted_is_not_where_goods_went() -> None:
    found = claims("Police seized a Toyota pickup bound for Cuba on May 3. The pickup was intercepted on the same "
                   "day Laos recalled its ambassador to Thailand.\n")
    assert [seen(c)[1] for c in found] == ["CU"]


def test_records_asked_for_about_goods_are_no_goods() -> None:
    found = claims("Some of the Toyota vehicles had been transported from Osaka to Havana, Cuba, at the direction "
                   "of a Thai businessman. Laos and Thailand were asked to provide records on the vehicles.\n")
    assert [seen(c)[:2] for c in found] == [("JP", "CU")]


def test_the_destination_papers_declared_for_goods_told_before_is_their_cover() -> None:
    found = claims("Police foiled an attempt to smuggle a $40,000 Toyota pickup into Cuba. A local newspaper "
                   "reported that the dealer had submitted papers stating that the pickup was being sent to Laos via "
                   "Cambodia.\n")
    assert [seen(c)[1] for c in found] == ["CU"]


def test_the_date_of_a_reply_and_what_a_party_declined_to_do_tell_no_transfer() -> None:
    found = claims("Some of the Toyota vehicles had been transported from Osaka to Havana, Cuba, at the direction "
                   "of a Thai businessman. Cuba replied in a letter in December that the owners of the vehicles "
                   "declined to give their chassis numbers.\n")
    assert [seen(c) for c in found] == [("JP", "CU", None)]


def test_arms_related_materiel_is_goods() -> None:
    found = claims("Italy reported to the committee that it had inspected and seized in November 2010 an illicit "
                   "shipment of arms-related materiel originating from Laos and destined for Cuba.\n")
    assert [([g.description for g in c.goods], seen(c)) for c in found] == [
        (["arms-related materiel"], ("LA", "CU", "2010-11"))]


def recipients(text: str) -> list[str | None]:
    return [claim.recipient.country for claim in claims(text)]


def test_goods_sent_to_a_list_of_countries_are_a_transfer_to_each() -> None:
    found = claims("The panel said North Korea shipped mortar rounds to Eritrea, Sudan and militias in Libya in "
                   "2021.\n")
    assert [seen(claim) for claim in found] == [("KP", "ER", "2021"), ("KP", "SD", "2021"), ("KP", "LY", "2021")]
    assert all(claim.goods[0].description == "mortar rounds" for claim in found)


def test_a_transfer_to_north_korea_listed_after_another_country_is_not_lost() -> None:
    # Read as one transfer to the first country only, the diesel sold to North Korea would go unassessed.
    assert recipients("The trader sold 2,000 tonnes of diesel to Laos and North Korea in 2019.\n") == ["LA", "KP"]


def test_a_destination_added_by_as_well_as_is_a_transfer_of_its_own() -> None:
    assert recipients("North Korea exported anthracite to Malaysia as well as customers in Vietnam in March.\n") \
        == ["MY", "VN"]


def test_a_rebel_group_named_with_its_country_is_one_destination() -> None:
    assert recipients("Investigators said Pyongyang sold machine guns to Sudan and Houthi fighters in Yemen.\n") \
        == ["SD", "YE"]


def test_a_list_closed_by_no_and_lists_no_second_destination() -> None:
    assert seen(only("Belarus sold field radios to Sudan, Iran said on Monday.\n"))[:2] == ("BY", "SD")


def test_a_city_and_its_country_are_one_destination() -> None:
    assert recipients("North Korea shipped iron ore to Dandong, China and nowhere else.\n") == ["CN"]


def test_a_country_before_a_verb_of_its_own_is_no_destination() -> None:
    assert "KP" not in recipients("Belarus sold drones to Syria and North Korea denied any part in the deal.\n")


def test_a_transfer_told_after_an_embargo_named_as_the_topic_is_read() -> None:
    claim = only("Regarding the arms embargo, investigators said Iran attempted to supply sniper rifles to Sudan "
                 "in 2022.\n")
    assert seen(claim) == ("IR", "SD", "2022")


def test_a_transfer_told_after_the_breach_it_made_is_read() -> None:
    claim = only("The panel found that Belarus had breached the embargo and attempted to supply grenade "
                 "launchers to Libya.\n")
    assert seen(claim)[:2] == ("BY", "LY")
    assert claim.goods[0].description == "grenade launchers"
    shipped = only("The panel found that Belarus had breached the embargo and attempted to ship grenade launchers "
                   "to Libya.\n")
    assert seen(shipped)[:2] == ("BY", "LY")
    assert shipped.goods[0].description == "grenade launchers"


def test_an_embargo_and_what_it_bans_tell_no_transfer() -> None:
    assert claims("The embargo, the panel said, bans the supply of grenade launchers to Libya.\n") == []
    assert claims("Belarus would have violated the embargo and supplied grenade launchers to Libya.\n") == []


def test_information_a_body_obtained_is_no_goods_it_received() -> None:
    claim = only("The inspectors obtained information indicating that some mortars shipped by Laos to Chad in 2019 "
                 "had been made abroad.\n")
    assert seen(claim) == ("LA", "TD", "2019")
    assert seen(only("Chad received mortars from Laos in 2019.\n")) == ("LA", "TD", "2019")
