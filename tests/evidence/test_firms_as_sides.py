"""Firms as sides: a body whose own name tells its country ("Korea ... Trading Corporation", "Chosun ..."), a shop or
store named as a body, an apposition placing a body ("a sanctioned entity based in Malaysia"), a front seated in one
place standing for another, and a body named again by the word after its city or by that word alone."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_a_korea_trading_corporation_is_north_korean_and_korea_alone_tells_nothing() -> None:
    bought = only("A Laotian firm bought 300 tonnes of zinc from Korea Sinhung Trading Corporation in 2019.\n")
    assert seen(bought) == ("KP", "LA", "2019")
    assert bought.supplier.name == "Korea Sinhung Trading Corporation"
    general = only("Korea Pohang General Corporation sold 300 tonnes of zinc to a Laotian firm in 2019.\n")
    assert seen(general)[:2] == ("KP", "LA")
    chosun = only("A Laotian firm sold 40 lathes to Chosun Ilsim Trading in 2019.\n")
    assert seen(chosun) == ("LA", "KP", "2019")
    # A name opening with "Korea" and no North Korean ending may be a South Korean company's.
    zinc = only("Korea Zinc Co sold 300 tonnes of zinc to a Laotian firm in 2019.\n")
    assert zinc.supplier.country is None


def test_a_shop_or_store_named_as_a_body_takes_the_place_or_apposition_told_with_it() -> None:
    store = only("Lim Trading Pte supplied watches to the Golden Star Department Store in Pyongyang in 2012.\n")
    assert seen(store)[1] == "KP"
    assert store.recipient.name == "Golden Star Department Store"
    centre = only("Lim Trading Pte supplied watches to Golden Star Shopping Centre, a North Korean retailer, "
                  "in 2012.\n")
    assert seen(centre)[1] == "KP"
    assert centre.recipient.name == "Golden Star Shopping Centre"


def test_an_apposition_that_places_a_body_gives_it_that_country() -> None:
    seller = only("In 2016 a Laotian firm bought wine from Orchid Freight Pte, a sanctioned entity based in "
                  "Malaysia.\n")
    assert seen(seller) == ("MY", "LA", "2016")
    shop = only("Lim Trading Pte supplied watches to Golden Star Shopping Centre, a retailer in Pyongyang, in 2012.\n")
    assert seen(shop)[1] == "KP"
    firm = only("In 2012 Lim Trading Pte supplied watches to Golden Star Trading, a firm based in Pyongyang.\n")
    assert seen(firm) == (None, "KP", "2012")


def test_a_front_seated_in_one_place_stands_for_the_party_it_serves() -> None:
    front = only("In 2016 a Laotian firm sold wine to Orchid Freight Pte, a front company in Malaysia for Eritrea.\n")
    assert seen(front) == ("LA", "ER", "2016")
    # A body placed in an apposition that goes on to say whom it acts for is not given the place's country.
    acting = only("In 2016 a Laotian firm sold wine to Orchid Freight Pte, a company in Malaysia acting for "
                  "North Korea.\n")
    assert seen(acting)[1] != "MY"


def test_a_body_named_again_by_the_word_after_its_city_keeps_its_country() -> None:
    again = only("Vientiane Hengli Industrial Co. was sanctioned.\n\n"
                 "Hengli exported 40 lathes to Eritrea in 2019.\n")
    assert seen(again) == ("LA", "ER", "2019")
    assert again.supplier.name == "Hengli"
    accused = only("Officials named Li's Vientiane Hengli Industrial Co. in March.\n\n"
                   "Hengli, meanwhile, stands accused of exporting 40 lathes to Eritrea in 2019.\n")
    assert seen(accused) == ("LA", "ER", "2019")
    korea = only("Korea Sinhung Trading Corporation was sanctioned.\n\nIn 2019 Sinhung sold 40 lathes to Eritrea.\n")
    assert seen(korea) == ("KP", "ER", "2019")


def test_a_body_also_known_by_a_name_that_tells_its_country_is_of_that_country() -> None:
    claim = only("In 2017 Lim Trading Pte supplied pumps to the Ponghwa Trading Company, also known as Korea Sinhung "
                 "Trading Corporation, a designated firm.\n")
    assert seen(claim) == (None, "KP", "2017")
    assert claim.recipient.name == "Ponghwa Trading Company"


def test_banks_told_by_their_country_are_a_side_of_it() -> None:
    claim = only("In 2017 North Korean banks bought diesel from a Russian firm.\n")
    assert seen(claim) == ("RU", "KP", "2017")
