"""The country of a named party, read from the words tied to it: a place with "-based" before a company's name, a
description set off before the name by a comma, a person's nationality in an apposition, a clause saying where a
body is registered or based, an earlier sentence that gave the same name a country, and the country goods were got
"for", and the side a broker acted "on behalf of"; a modifier letter apostrophe read as an apostrophe."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_place_with_based_before_a_company_name_is_its_country_and_no_word_of_its_name() -> None:
    claim = only("Kobe-based Tanaka Trading Co. exported 40 pianos to Laos in 2019.\n")
    assert seen(claim) == ("JP", "LA", "2019")
    assert claim.supplier.name == "Tanaka Trading Co."
    accused = only("The ministry accused Hanoi-based Mekong Star Co of shipping 3,000 tonnes of coal to Cuba.\n")
    assert seen(accused)[:2] == ("VN", "CU")
    assert accused.supplier.name == "Mekong Star Co"


def test_a_description_set_off_before_a_name_gives_the_name_its_country() -> None:
    claim = only("Its Malaysian affiliate, Lim Trading Pte, shipped 200 cases of wine to Eritrea in 2016.\n")
    assert seen(claim) == ("MY", "ER", "2016")
    assert claim.supplier.name == "Lim Trading Pte"
    named = only("Police named a Hungarian firm, Danube Freight Ltd, which shipped 20 tractors to Eritrea in March.\n")
    assert seen(named)[:2] == ("HU", "ER")


def test_a_persons_nationality_in_an_apposition_is_the_persons() -> None:
    sold = only("Anton Petrov, a Russian national, sold two yachts to a buyer in Yemen in 2020.\n")
    assert seen(sold) == ("RU", "YE", "2020")
    assert sold.supplier.name == "Anton Petrov"
    bought = only("Nguyen Van Minh, a Vietnamese businessman, bought 500 tonnes of tin from Bolivia in 2019.\n")
    assert seen(bought) == ("BO", "VN", "2019")
    assert bought.recipient.name == "Nguyen Van Minh"


def test_where_a_named_body_is_registered_or_based_holds_wherever_the_report_names_it() -> None:
    claim = only("Vostok Marine LLC is registered in Vladivostok.\n\n"
                 "In May, Vostok Marine LLC shipped 500 tonnes of diesel to Syria.\n")
    assert seen(claim) == ("RU", "SY", "2023-05")
    listed = only("Lim Trading Pte and Orchid Freight Pte are registered in Malaysia.\n\n"
                  "Lim Trading Pte supplied 200 cases of wine to Eritrea in 2016.\n")
    assert seen(listed) == ("MY", "ER", "2016")


def test_a_later_mention_of_a_body_or_person_keeps_the_country_told_before() -> None:
    bought = only("Mekong Star Co, a Vietnamese firm, was named by the panel.\n\n"
                  "In March, Mekong Star Co bought 3,000 tonnes of coal from Myanmar.\n")
    assert seen(bought) == ("MM", "VN", "2024-03")
    shipped = only("Wang Lei, a Chinese national, was arrested in Seoul.\n\n"
                   "Prosecutors said Wang Lei shipped 30 tonnes of copper to Iran in 2021.\n")
    assert seen(shipped) == ("CN", "IR", "2021")
    assert shipped.supplier.name == "Wang Lei"


def test_a_name_given_two_countries_is_given_none() -> None:
    claim = only("Orchid Freight Pte is registered in Malaysia.\n\nOrchid Freight Pte is based in Thailand.\n\n"
                 "Orchid Freight Pte supplied 200 cases of wine to Eritrea in 2016.\n")
    assert seen(claim) == (None, "ER", "2016")


def test_goods_got_for_a_country_went_to_it_not_to_those_the_buyer_worked_with() -> None:
    claim = only("He worked with Iranian officials to obtain 200 drones for Venezuela.\n")
    assert claim.recipient.country == "VE"
    assert claim.supplier.country != "VE"
    # "for" and money is the price, not a party.
    priced = only("Venezuela obtained 200 drones for $5 million in 2021.\n")
    assert priced.recipient.country == "VE"


def test_a_modifier_letter_apostrophe_makes_a_possessive() -> None:
    claim = only("The report said Brazil\u02bcs plan to buy 30 trucks from Belarus was dropped.\n")
    assert seen(claim)[:2] == ("BY", "BR")
    assert claims("The report said Brazil\u02bcs officials met in Minsk.\n") == []


def test_the_side_a_broker_acted_on_behalf_of_is_the_seller_or_the_buyer() -> None:
    sold = only("A Perth man sold 300 tonnes of zinc on behalf of Iran to a buyer in Turkey in 2018.\n")
    assert seen(sold) == ("IR", "TR", "2018")
    bought = only("The Macau firm purchased 12 lathes on behalf of Sudan in 2019.\n")
    assert seen(bought) == (None, "SD", "2019")


def test_a_firm_whose_name_ends_in_ing_is_the_party_doing_the_transfer() -> None:
    claim = only("Lumora Trading shipped cognac to North Korea in 2016.\n")
    assert (claim.supplier.name, claim.recipient.country) == ("Lumora Trading", "KP")
    assert only("Brightwater Shipping delivered coal briquettes to Laos in 2014.\n").supplier.name == \
        "Brightwater Shipping"
    # A verb in -ing before the goods still describes them: "processing imported ore" tells no transfer.
    assert claims("The plant in Laos began processing imported ore in 2014.\n") == []


def test_a_carrier_or_port_a_party_used_to_move_goods_is_no_side_of_them() -> None:
    imported = only("Pyongyang used a Chinese freighter to import 3,000 tonnes of diesel in May.\n")
    assert seen(imported) == (None, "KP", "2023-05")
    shipped = only("North Korea used Chinese ports to ship 9,000 tonnes of coal to Vietnam in April.\n")
    assert seen(shipped) == ("KP", "VN", "2023-04")
    sold = only("The firm used Singaporean tankers to sell 5,000 tonnes of gasoil to North Korea last year.\n")
    assert seen(sold) == (None, "KP", "2023")
    # A freighter told as the subject of the transfer word is still the side that handed the goods over.
    assert seen(only("A Chinese freighter delivered 3,000 tonnes of diesel to Nampho in May.\n"))[:2] == ("CN", "KP")


def test_a_country_a_party_has_ties_to_is_no_side_of_its_goods() -> None:
    sold = only("A broker with ties to Laos sold 6,000 tonnes of anthracite to a Vietnamese buyer in May.\n")
    assert seen(sold) == (None, "VN", "2023-05")
    shipped = only("A firm with links to the Chinese military shipped 40 lathes to Iran in May.\n")
    assert seen(shipped)[:2] == (None, "IR")


def test_people_told_by_their_country_are_a_party_of_it() -> None:
    plural = only("A Penang trader sold 400 tonnes of rice to two Cubans in 2016.\n")
    assert seen(plural) == (None, "CU", "2016")
    bare = only("The court heard that the broker supplied tyres to Iraqis in 2012.\n")
    assert seen(bare) == (None, "IQ", "2012")
    one = only("Mr Osei bought twelve lathes from a Belarusian in 2019.\n")
    assert one.supplier.country == "BY"


def test_a_party_in_a_clause_before_a_pronoun_subject_is_no_side() -> None:
    claim = only("Although the firm announced its exit in 2015 because of pressure on Hanoi, it shipped tyres to Laos "
                 "in 2017.\n")
    assert seen(claim) == (None, "LA", "2017")


def test_a_trade_that_went_on_told_with_its_date_is_a_transfer_with_one_side_known() -> None:
    claim = only("Although the firm announced its exit in 2015 because of sanctions on Hanoi, it continued to ship "
                 "tyres to Laos in 2017.\n")
    assert seen(claim) == (None, "LA", "2017")
    assert claims("The dealer continued to sell pianos to Cuba.\n") == []


def test_a_body_named_by_goods_is_no_goods() -> None:
    assert claims("The firm set up shell companies and front firms to supply Laos cigarette makers.\n") == []


def test_the_party_a_front_stands_for_is_the_recipient() -> None:
    named = only("Orchid Ltd sold 40 lathes in 2019 to Lotus Sdn Bhd, a front company for the Cuban military.\n")
    assert seen(named) == (None, "CU", "2019")
    described = only("Orchid Ltd sold 40 lathes in 2019 to a Malaysian front company for a Cuban trading company.\n")
    assert described.recipient.country == "CU"
    plain = only("Orchid Ltd sold 40 lathes in 2019 to Lotus Sdn Bhd, a Malaysian firm.\n")
    assert plain.recipient.country == "MY"


def test_goods_told_as_destined_for_a_country_after_a_first_stop_went_to_it() -> None:
    claim = only("The firm shipped 40 lathes to a trader in Malaysia, though the lathes were destined for Cuba.\n")
    assert claim.recipient.country == "CU"


def test_a_countrys_name_before_a_party_noun_describes_the_name_as_its_demonym_does() -> None:
    claim = only("Harbour Star Pte, a Singapore subsidiary, exported 30 forklifts to Laos in 2016.\n")
    assert seen(claim) == ("SG", "LA", "2016")
    assert claim.supplier.name == "Harbour Star Pte"



def test_a_buyer_told_by_its_country_after_goods_going_nowhere_named_received_them() -> None:
    claim = only("In 2016 the firm shipped 20 tractors. The buyer was a Laotian bank.\n")
    assert seen(claim) == (None, "LA", "2016")
