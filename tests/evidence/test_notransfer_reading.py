"""Reports that name goods, countries and sanctions but tell no transfer that happened: wishes, hopes and
attempts, offers refused, what a party is able to do, threats and forecasts, what a deal or a rule would allow,
fields of cooperation, yearly rates and shares of a trade, starts that might come, kinds of transfer and what
they would be, and rules still to come; each beside a transfer told that is still read."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_wish_or_a_hope_to_send_or_receive_tells_no_transfer() -> None:
    assert claims("Laos has told Thailand that it does not wish to take any more Thai fertiliser this year, a "
                  "spokesman said.\n") == []
    assert claims("Kenya remains hopeful of sending maize to Somalia before the rains.\n") == []


def test_attempts_told_in_general_tell_no_transfer_but_one_foiled_is_read() -> None:
    assert claims("Delegates warned of Eritrea's repeated attempts to procure diesel from Gulf traders.\n") == []
    assert seen(only("An attempt to smuggle a Bentley into Laos was foiled by police in Bangkok last month.\n")) \
        == (None, "LA", "2024-02")


def test_an_offer_turned_down_tells_no_transfer() -> None:
    assert claims("Asmara turned down a Kenyan-funded donation of 8,000 tonnes of sorghum on Friday.\n") == []
    assert claims("Officials in Caracas refused to accept a shipment of Cuban vaccines last month.\n") == []


def test_what_a_party_is_able_to_do_tells_no_transfer() -> None:
    assert claims("Belarus has the capacity to ship 2 million tonnes of potash to Cuba.\n") == []
    assert claims("Iran is able to supply drones to Venezuela within weeks, officials said.\n") == []


def test_a_threat_or_a_forecast_tells_no_transfer() -> None:
    assert claims("Analysts say Moscow is unlikely to sell its newest tanks to Tehran.\n") == []
    assert claims("Minsk threatened to send more lorries of potash to Havana.\n") == []


def test_what_a_deal_or_a_rule_would_allow_tells_no_transfer() -> None:
    assert claims("The accord would allow Tehran to purchase Belarusian tractors.\n") == []
    assert claims("The new rules reportedly allow Myanmar to continue selling teak and jade to Thailand.\n") == []


def test_a_field_of_cooperation_tells_no_transfer() -> None:
    assert claims("Minsk and Havana signed an agreement on cooperation in the supply of tractors.\n") == []


def test_a_yearly_rate_or_a_share_of_a_trade_tells_no_transfer() -> None:
    assert claims("Angola's imports of Brazilian beef come to about 90,000 tonnes a year.\n") == []
    assert claims("Peru exports most of its copper to China.\n") == []
    assert claims("Chile supplies Bolivia with most of its diesel.\n") == []
    assert claims("Algeria supplies the bulk of Tunisia's gas.\n") == []


def test_a_share_of_goods_in_a_transfer_told_in_the_past_is_read() -> None:
    assert seen(only("Peru sold most of its copper to China last year.\n")) == ("PE", "CN", "2023")


def test_a_start_that_might_come_tells_no_transfer() -> None:
    assert claims("Tajikistan may soon start buying Iranian drones.\n") == []


def test_a_kind_of_transfer_and_what_it_would_be_tells_no_transfer() -> None:
    assert claims("Such exports of copper to Cuba would breach the sanctions.\n") == []
    claim = only("Two such shipments of rifles reached Mali last year.\n")
    assert seen(claim)[1:] == ("ML", "2023")


def test_a_rule_still_to_come_tells_no_transfer() -> None:
    assert claims("Sales of armoured vehicles and jet fuel to Sudan will be prohibited, and so will its sales of "
                  "gum arabic and gold.\n") == []


def test_a_promise_or_an_expectation_is_planned() -> None:
    assert only("The minister vowed to send more wheat to Eritrea.\n").status == "planned"
    assert only("Zambia is expected to receive Chinese locomotives next year.\n").status == "planned"


def test_who_got_goods_through_transfers_at_sea_received_them() -> None:
    claim = only("Canada last week sent a complaint to the committee that said Eritrea had secured at least 40,000 "
                 "barrels of diesel through ship-to-ship transfers at sea.\n")
    assert seen(claim)[:2] == (None, "ER")
    assert seen(only("Eritrea obtained 40,000 barrels of diesel through ship-to-ship transfers in March, the panel "
                     "said.\n")) == (None, "ER", "2024-03")


def test_who_got_goods_from_a_country_through_smuggling_received_them_from_it() -> None:
    claim = only("Eritrea obtained the rifles from North Korea through smuggling in 2021, the panel said.\n")
    assert seen(claim) == ("KP", "ER", "2021")
    claim = only("Eritrea acquired 300 rifles from the Sudan via smuggling in 2021.\n")
    assert seen(claim) == ("SD", "ER", "2021")
    assert seen(only("Eritrea obtained the rifles through smuggling in 2021.\n")) == (None, "ER", "2021")


def test_a_complaint_sent_is_no_goods_sent() -> None:
    claim = only("Japan on Monday sent a complaint to the panel saying that a Comoros-flagged tanker had transferred "
                 "3,000 tonnes of diesel to a Libyan vessel in May.\n")
    assert seen(claim) == (None, "LY", "2023-05")


def test_a_clause_opened_by_when_after_a_date_takes_that_date() -> None:
    claim = only("The shipment was the largest to Sudan since 2011, when Kenya sent Sudan 3,000 tonnes of tea.\n")
    assert seen(claim) == ("KE", "SD", "2011")
