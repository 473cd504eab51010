"""A careful reader: what is no transfer at all, which words name parties and dates, and when a later
sentence or another report tells the same transfer."""

from __future__ import annotations

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim, ClaimStatus
from sanctioneer.evidence.document import parse_document
from sanctioneer.evidence.events import merge_claims


def claims_of(text: str, name: str = "report.txt") -> list[Claim]:
    return extract_claims(parse_document(text.encode(), name=name))


def only(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


@pytest.mark.parametrize("text", [
    # What might be, what ended, what a rule or a cut does, an offer on a condition.
    "date 2023-09-14\n\nRussia could supply modern fighter jets to North Korea, some analysts said.",
    "date 2020-10-05\n\nVietnam stopped buying North Korean coal in 2017.",
    "date 2017-09-26\n\nImports of seafood from North Korea fell to zero in August after an earlier ban.",
    "date 2017-12-21\n\nThe resolution would cut North Korea's imports of refined petroleum products by 90 percent.",
    "date 2021-06-30\n\nSouth Korea is ready to send rice and medicine to North Korea if Pyongyang accepts help.",
    # A finding, a party's trade in general, a command, goods words that describe something else.
    "date 2019-12-04\n\nChina said it abided by the resolutions and had reported all its fuel sales.",
    "date 2015-03-11\n\nBangladesh has ordered a North Korean diplomat to leave the country.",
    "date 2021-08-17\n\nRyonbong supplies North Korea's weapons programmes.",
    # A rule or a record of trade named by a transfer word.
    "date 2022-06-06\n\nThai customs held a seminar for car dealers on export rules for Mercedes-Benz and BMW "
    "vehicles bound for North Korea.",
    # What states may not do is a rule.
    "date 2023-05-10\n\nUnder the sanctions, countries may not sell arms to North Korea.",
    "date 2023-05-10\n\nMember states shall not supply aviation fuel to North Korea.",
])
def test_words_of_transfer_that_tell_none_make_no_claim(text: str) -> None:
    assert claims_of(text + "\n") == []


def test_a_country_pycountry_writes_inverted_is_found_as_reports_write_it() -> None:
    claim = only("date 2017-09-08\n\nNorth Korea supplied pistols to the Democratic Republic of the Congo's "
                 "police in 2014, a UN report said.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.date and claim.date.iso()) == ("KP", "CD", "2014")


def test_the_north_korean_tanker_is_north_koreas() -> None:
    claim = only("date 2019-12-04\n\nThe North Korean tanker An San 1 received about 1,500 tonnes of petrol from a "
                 "Panama-flagged tanker off Shanghai on 17 March.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("An San 1", "KP")
    assert claim.date is not None and claim.date.iso() == "2019-03-17"


def test_the_date_of_an_arrest_is_not_the_date_of_the_export() -> None:
    claim = only("October 3, 2018\n\nTOKYO, Oct 3 (Reuters) - Japanese police on Wednesday arrested a trader on "
                 "suspicion of exporting luxury watches to North Korea via China.\n\n"
                 "The man is suspected of having shipped 12 Swiss watches and 30 handbags from the port of Kobe to "
                 "Dalian in March last year.\n")
    # The journey's leg to Dalian, in China, is the same transfer; the pieces counted are one consignment.
    assert claim.recipient.country == "KP"
    assert claim.date is not None and claim.date.iso() == "2017-03"
    assert [g.description for g in claim.goods][:1] == ["luxury watches"]


@pytest.mark.parametrize(("text", "expected"), [
    ("date 2024-03-20\n\nPolice arrested a businessman in January for exporting used cars to North Korea through "
     "China in 2018.\n", "2018"),
    ("date 2024-03-20\n\nA court in Seoul sentenced a man in May to two years in prison for selling coal from North "
     "Korea in 2017.\n", "2017"),
])
def test_a_date_between_an_arrest_and_what_it_was_for_is_the_arrests(text: str, expected: str) -> None:
    claim = only(text)
    assert claim.date is not None and claim.date.iso() == expected


def test_an_arrest_dated_before_what_it_was_for_leaves_the_transfer_undated() -> None:
    claim = only("date 2024-03-20\n\nPolice arrested a businessman in January for exporting used cars to North "
                 "Korea.\n")
    assert claim.date is None


def test_goods_words_before_images_or_a_ship_are_no_goods() -> None:
    claim = only("date 2020-07-15\n\nOn 3 August 2019 the tanker Courageous pulled alongside the North Korean "
                 "tanker Saebyol at sea and transferred diesel worth $1.5 million, satellite images show.\n")
    assert [g.description for g in claim.goods] == ["diesel"]
    assert (claim.supplier.name, claim.recipient.name, claim.recipient.country) == ("Courageous", "Saebyol", "KP")
    assert claim.kind == "ship-to-ship"


def test_a_denial_of_a_transfer_told_before_joins_it() -> None:
    claim = only("date 2017-08-15\n\nNorth Korea's missiles were probably made possible by rocket engines bought "
                 "on the black market from a former Soviet factory in Ukraine, a study says.\n\n"
                 "Kiev rejected the claims, saying Ukraine had never supplied missile technology to North Korea.\n")
    assert claim.status is ClaimStatus.DENIED
    assert (claim.supplier.country, claim.recipient.country) == ("UA", "KP")
    assert any(e.field == "recipient" and e.text == "North Korea" for e in claim.evidence)


def test_a_period_told_by_its_ends_begins_with_the_first() -> None:
    claim = only("date 2020-10-05\n\nIn March and April of this year four bulk carriers sailed from Nampho and "
                 "unloaded coal onto barges off Haiphong.\n")
    assert claim.date is not None and claim.date.iso() == "2020-03"
    assert [g.description for g in claim.goods] == ["coal"]
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "VN")


def test_a_subheading_ends_one_case_and_begins_another() -> None:
    found = claims_of("date 2020-10-05\n\nMalaysia\n\nIn July, Malaysian police seized North Korean radios.\n\n"
                      "The Philippines\n\nIn March, the Philippines seized North Korean rockets.\n")
    assert [(c.goods[0].description, c.date and c.date.iso()) for c in found] == [
        ("North Korean radios", "2020-07"), ("North Korean rockets", "2020-03")]


def test_an_undated_claim_takes_the_date_its_paragraph_gives_later() -> None:
    claim = only("date 2012-11-27\n\nJapanese customs have confiscated aluminium alloy rods from a ship bound for "
                 "Myanmar, suspecting that they came from North Korea. The rods were seized in August when the "
                 "vessel made a stop in Tokyo.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.status) == ("KP", "MM", ClaimStatus.ALLEGED)
    assert claim.date is not None and claim.date.iso() == "2012-08"


def test_where_goods_were_bought_is_where_they_came_from() -> None:
    found = claims_of("date 2017-06-20\n\nIn 2016, a trading company in Dalian shipped French cognac to Nampho.\n\n"
                      "North Korea is also believed to have bought luxury goods in Russia.\n")
    assert [(c.supplier.country, c.recipient.country, c.status.value) for c in found] == [
        ("CN", "KP", "reported"), ("RU", "KP", "alleged")]
    # What it "may also be buying" there is what may be going on, no transfer told.
    assert len(claims_of("date 2017-06-20\n\nOfficials say North Korea may also be buying luxury goods in "
                         "Russia.\n")) == 0


def test_a_gift_named_after_the_clause_that_tells_it() -> None:
    claim = only("date 2018-06-16\n\nTwenty years ago this week, Chung Ju-yung drove 500 head of cattle across "
                 "the border to North Korea, a gift that opened the way to business projects.\n")
    assert (claim.kind, claim.recipient.country, claim.date and claim.date.iso()) == ("gift", "KP", "1998")
    assert claim.goods[0].quantity == "500"


@pytest.mark.parametrize(("text", "expected"), [
    ("Taipei, 3 May 2019\n\nA businessman was sentenced.\n", "2019-05-03"),
    ("Jakarta, Indonesia, 10 May 2019\n\nA ship was seized.\n", "2019-05-10"),
    ("Statement by the Spokesperson, 10 May 2019\n\nThe ministry welcomes the seizure.\n", "2019-05-10"),
    ("# Sudan\n\n*Panel of Experts report excerpt, published 5 March 2018*\n\nThe Panel found contracts.\n",
     "2018-03-05"),
])
def test_a_document_dated_by_a_place_or_a_closing_published_has_that_date(text: str, expected: str) -> None:
    name = "report.md" if text.startswith("#") else "report.txt"
    document = parse_document(text.encode(), name=name)
    assert document.date is not None and document.date.isoformat() == expected


def test_reports_that_leave_open_a_side_the_other_names_need_more_to_be_one_event() -> None:
    claims = [*claims_of("date 2020-04-30\n\nShips carried North Korean coal from Nampho to China in late March.\n",
                         name="a.txt"),
              *claims_of("date 2020-10-05\n\nIn March bulk carriers sailed from Nampho and unloaded coal onto "
                         "barges.\n", name="b.txt")]
    assert [c.supplier.country for c in claims] == ["KP", "KP"]
    assert len(merge_claims(claims)) == 2


@pytest.mark.parametrize(("words", "amount", "currency"), [
    ("worth about 9 million yen", "9000000", "JPY"),
    ("worth about 1.2 billion won", "1200000000", "KRW"),
    ("worth 40 million roubles", "40000000", "RUB"),
])
def test_values_in_yen_won_and_roubles(words: str, amount: str, currency: str) -> None:
    claim = only(f"date 2019-12-10\n\nJapan exported watches {words} to North Korea last month.\n")
    assert claim.goods[0].value == (amount, currency)


def test_a_number_in_a_model_name_is_no_count() -> None:
    claim = only("date 2010-02-26\n\nSouth Africa seized parts for T-54 tanks from North Korea last November.\n")
    assert claim.goods[0].quantity is None


def test_a_denial_of_sending_troops_is_no_denial_of_goods() -> None:
    claim = only("date 2024-11-22\n\nRussia is believed to have provided North Korea with anti-aircraft missiles, "
                 "an adviser said.\n\nNorth Korea has denied sending troops to Russia.\n")
    assert claim.status is ClaimStatus.ALLEGED


def test_diplomats_caught_smuggling_in_several_countries_is_a_habit() -> None:
    assert claims_of("North Korean diplomats have been caught smuggling gold and cigarettes in several "
                     "countries.\n") == []


def test_a_courier_carrying_goods_is_their_side() -> None:
    claim = only("date 2015-03-07\n\nA North Korean diplomat was stopped at Dhaka airport on Friday carrying 27 "
                 "kilograms of gold bars worth about $1.4 million.\n")
    assert claim.supplier.country == "KP"
    assert claim.date is not None and claim.date.iso() == "2015-03-06"
    assert (claim.goods[0].quantity, claim.goods[0].value) == ("27", ("1400000", "USD"))


def test_where_goods_are_loaded_they_come_from() -> None:
    claim = only("date 2021-12-03\n\nChinese dredging ships have been loading sand in North Korean waters and "
                 "carrying it to construction sites in China.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "CN")


def test_a_load_nobody_names_going_nowhere_told_is_no_claim() -> None:
    assert claims_of("date 2020-03-02\n\nWithin weeks the ship was renamed and seen loading cargo in Nampho.\n") == []


def test_a_penalty_is_no_value_of_the_goods() -> None:
    claim = only("date 2023-04-26\n\nA trader fined $2 million had sold cigarettes to North Korea in 2016.\n")
    assert claim.goods[0].value is None


def test_a_value_told_in_the_clause_after_the_transfer_is_its_value() -> None:
    claim = only("date 2019-07-16\n\nTwo Maybachs were shipped to North Korea in 2018, which were worth about "
                 "$500,000 each.\n")
    assert claim.goods[0].value == ("500000", "USD")


def test_a_car_bought_from_a_dealer_and_shipped_through_transit_countries_is_one_transfer() -> None:
    claim = only("date 2021-03-18\n\nA Rolls-Royce Phantom that carried Kim Jong Un at a military parade last "
                 "October was bought from a dealer in Germany in November 2019 and shipped to North Korea through "
                 "Belgium and Russia, a study says.\n\nThe car was loaded onto a container ship in Antwerp and "
                 "unloaded at the Russian port of Nakhodka.\n")
    # The parade's date is the occasion the car was shown at, not the transfer's.
    assert (claim.supplier.country, claim.recipient.country) == ("DE", "KP")
    assert claim.date is not None and claim.date.iso() == "2019-11"


def test_early_in_a_year_is_not_refined_by_a_month_late_in_it() -> None:
    claim = only("date 2021-03-22\n\nTwo limousines were smuggled into North Korea in early 2020, one of them the "
                 "car used at the October parade.\n")
    assert claim.date is not None and claim.date.iso() == "2020"


def test_a_sale_named_by_a_noun_after_a_preposition_has_no_subject_before_it() -> None:
    claim = only("date 2021-03-19\n\nResearchers have traced the Rolls-Royce Phantom that Kim Jong Un rode in to a "
                 "sale in Germany in late 2019.\n")
    assert (claim.supplier.name, claim.supplier.country) == (None, "DE")


def test_a_capital_before_an_officials_title_is_the_place_goods_went_to() -> None:
    claim = only("date 2023-06-14\n\nBelarus has completed the delivery of 40 tractors to Pyongyang, a trade ministry "
                 "official said on Wednesday.\n")
    assert (claim.supplier.country, claim.recipient.name, claim.recipient.country) == ("BY", None, "KP")


@pytest.mark.parametrize(("sentence", "country"), [
    ("A shipment of 10,000 tonnes of rice from China reached Nampho last week.", "KP"),
    ("North Korean rifles were sold to a militia in Libya in 2019, a report says.", "LY"),
    ("A company in Shenyang shipped 12 drilling rigs to an iron mine in North Korea in April.", "KP"),
])
def test_the_place_goods_reached_or_the_country_of_the_buyer_is_the_recipients(sentence: str, country: str) -> None:
    claim = only("date 2021-12-03\n\n" + sentence + "\n")
    assert claim.recipient.country == country


def test_the_previous_month_counts_from_the_transfer_told_before() -> None:
    found = claims_of("date 2022-11-08\n\nIn April, a company based in Shenyang shipped 12 drilling rigs to an iron "
                      "mine in North Korea, a report says. The previous month it had delivered 30 diesel generators "
                      "to North Korea.\n")
    assert [c.date.iso() if c.date else None for c in found] == ["2022-04", "2022-03"]


def test_a_year_earlier_in_a_comparison_is_no_date() -> None:
    claim = only("date 2017-09-26\n\nChina's imports of textiles from North Korea rose to $88 million in August, up "
                 "almost 50 percent from a year earlier, customs data showed.\n")
    assert claim.date is not None and claim.date.iso() == "2017-08"


def test_goods_found_to_have_been_supplied_are_a_supply_not_a_seizure() -> None:
    claim = only("date 2020-03-05\n\nForty-two industrial water pumps photographed at an iron mine were found to "
                 "have been supplied by Rich Ocean Trading in the first half of 2019, the panel says.\n")
    assert (claim.kind, claim.supplier.name) == ("supply", "Rich Ocean Trading")
    assert "pumps" in claim.goods[0].description


def test_a_deniers_own_version_is_not_a_side_of_the_transfer() -> None:
    claim = only("date 2020-03-05\n\nForty-two water pumps were supplied by Rich Ocean Trading in "
                 "2019, the panel says.\n\nRich Ocean Trading denied selling anything to North Korea and told the "
                 "panel that the pumps had been sold to a buyer in Dandong.\n")
    assert (claim.status, claim.recipient.country) == (ClaimStatus.DENIED, None)
    assert not any(e.field == "recipient" and e.text == "Dandong" for e in claim.evidence)


def test_a_shipment_told_as_a_noun_is_a_claim_and_a_month_later_counts_from_it() -> None:
    found = claims_of("date 2018-03-15\n\nThe shipment of 150 used trucks to Nampho in October 2017 broke the ban "
                      "on vehicles, a report released on Thursday says.\n\nThe same trading house sold 600 truck tyres "
                      "to the buyer in Nampho a month later.\n")
    assert [(c.recipient.country, c.date.iso() if c.date else None) for c in found] == [("KP", "2017-10"),
                                                                                          ("KP", "2017-11")]


def test_the_country_a_sections_subheading_opens_with_is_the_side_its_sentences_leave_unnamed() -> None:
    text = ("# Regional notes\n\n*2 September 2019*\n\n## Vietnam: anthracite at Cam Pha\n\nCustoms records show "
            "that 12,000 tonnes of anthracite unloaded at Cam Pha in March had been loaded at Nampho weeks "
            "earlier.\n\n## What comes next\n\nWe will publish the data next month.\n")
    found = extract_claims(parse_document(text.encode(), name="notes.md"))
    assert [(c.supplier.country, c.recipient.country) for c in found] == [("KP", "VN")]
    assert any(e.field == "recipient" and e.text == "Vietnam" for e in found[0].evidence)


def test_goods_bound_for_a_country_and_seized_are_a_seizure_of_goods_bound_there() -> None:
    claim = only("date 2019-11-20\n\nForty mink coats bound for North Korea were seized by Japanese customs in "
                 "December 2018.\n")
    assert (claim.kind, claim.recipient.country, claim.supplier.country) == ("seizure", "KP", None)
    assert claim.date is not None and claim.date.iso() == "2018-12"


def test_a_further_lot_of_the_same_goods_is_another_claim_with_its_own_date() -> None:
    found = claims_of("date 2019-03-10\n\nPolice in Kobe suspect a trading firm of having exported 90 mink coats to "
                      "North Korea last year.\n\nA further 40 coats bound for North Korea were seized by customs at "
                      "Kobe port in December, according to the police.\n")
    assert [(c.kind, c.goods[0].quantity, c.date and c.date.iso()) for c in found] == [
        ("export", "90", "2018"), ("seizure", "40", "2018-12")]


def test_a_country_reporting_its_own_deliveries_is_their_supplier() -> None:
    claim = only("date 2019-11-20\n\nRussia reported deliveries of 2,500 tonnes of refined products to North Korea "
                 "in January 2019.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RU", "KP")


def test_spare_parts_for_goods_are_the_goods_of_the_claim() -> None:
    claim = only("date 2020-03-05\n\nSpare parts for the pumps were shipped by a Chinese company to North Korea in "
                 "December 2018.\n")
    assert claim.goods[0].description.lower() == "spare parts for the pumps"


def test_another_count_of_the_same_goods_in_a_later_sentence_is_not_the_transfer_told() -> None:
    claim = only("date 2018-06-16\n\nIn June 1998 Hyundai drove 500 head of cattle across the border to North Korea, "
                 "a gift.\n\nAs a young man its founder had sold one of his father's cows to pay for his journey.\n")
    assert (claim.kind, claim.goods[0].description, claim.goods[0].quantity) == ("gift", "cattle", "500")


def test_a_second_convoy_that_followed_is_a_claim_between_the_same_sides_on_its_own_date() -> None:
    found = claims_of("date 2018-06-16\n\nIn June 1998 Hyundai drove 500 head of cattle across the border to North "
                      "Korea, a gift.\n\nA second convoy of 501 cattle followed in October 1998.\n")
    assert [(c.kind, c.goods[0].quantity, c.recipient.country, c.date and c.date.iso()) for c in found] == [
        ("gift", "500", "KP", "1998-06"), ("gift", "501", "KP", "1998-10")]
    assert any(e.field == "recipient" and e.text == "North Korea" for e in found[1].evidence)


@pytest.mark.parametrize(("text", "goods", "sides"), [
    ("The freighter delivered 2,000 tonnes of steel to Chongjin in April.", "steel", (None, "KP")),
    ("The vessel offloaded North Korean coal at a Vietnamese port in March 2019.", "North Korean coal", ("KP", "VN")),
])
def test_the_ship_that_delivers_goods_is_not_the_goods(text: str, goods: str, sides: tuple[str | None, str]) -> None:
    claim = only(f"date 2023-05-10\n\n{text}\n")
    assert (claim.goods[0].description, claim.supplier.country, claim.recipient.country) == (goods, *sides)


def test_the_party_a_relative_clause_hangs_on_is_its_subject() -> None:
    claim = only("date 2019-05-10\n\nThe United States seized the North Korean cargo ship Wise Honest, which had "
                 "exported 25,000 tonnes of coal to Indonesia in 2018.\n")
    assert (claim.kind, claim.supplier.name, claim.supplier.country, claim.recipient.country) == (
        "export", "Wise Honest", "KP", "ID")


def test_a_place_before_a_relative_clause_is_where_not_who() -> None:
    claim = only("date 2024-02-10\n\nRussia has sent North Korea 5,000 tonnes of flour by rail, according to the "
                 "Russian embassy in Pyongyang, which described the delivery as aid.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RU", "KP")


@pytest.mark.parametrize("text", [
    "Exports of North Korean coal to China fell sharply in March.",
])
def test_a_trade_figure_that_moves_is_no_transfer(text: str) -> None:
    assert claims_of(f"date 2023-05-10\n\n{text}\n") == []


def test_a_trade_figure_that_names_both_ends_is_a_flow_between_them() -> None:
    # The party whose exports they are and the one they went to: goods went between them in March, however much the
    # figure moved (tests/evidence/test_sides_told_elsewhere.py).
    [claim] = claims_of("date 2023-05-10\n\nSouth Korea's exports of semiconductors to China rose 10 percent in "
                        "March.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KR", "CN")


def test_what_goes_back_in_exchange_is_a_claim_of_its_own_on_the_same_date() -> None:
    found = claims_of("date 2023-05-10\n\nNorth Korea supplied Russia with artillery shells in exchange for food "
                      "and oil in 2023.\n")
    assert [(c.kind, [g.description for g in c.goods], c.supplier.country, c.recipient.country,
             c.date and c.date.iso()) for c in found] == [
        ("supply", ["artillery shells"], "KP", "RU", "2023"), ("exchange", ["food", "oil"], "RU", "KP", "2023")]
    assert any(e.field == "kind" and e.text == "in exchange for" for e in found[1].evidence)


def test_people_given_in_return_are_no_goods() -> None:
    claim = only("date 2024-11-10\n\nRussia gave North Korea fighter jets in return for troops.\n")
    assert (claim.kind, claim.supplier.country, claim.recipient.country) == ("gift", "RU", "KP")


def test_a_second_subject_and_verb_in_a_sentence_tell_a_second_transfer() -> None:
    found = claims_of("date 2023-05-10\n\nChina sold trucks to North Korea in March, and Russia sold oil to "
                      "North Korea in April.\n")
    assert [(c.goods[0].description, c.supplier.country, c.recipient.country, c.date and c.date.iso())
            for c in found] == [("trucks", "CN", "KP", "2023-03"), ("oil", "RU", "KP", "2023-04")]
