"""Facts told across sentences: goods a later sentence points back to, and where they went on to."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_told_by_a_pronoun_go_on_to_the_place_the_next_sentence_names() -> None:
    # The journey ends where the goods told before as "they" were taken next, with that sentence's date.
    claim = only("Mira Holt shipped three crates of drone engines from Canada to Panama. "
                 "They were smuggled into Venezuela in 2021.\n")
    assert seen(claim) == ("CA", "VE", "2021")
    assert claim.goods[0].description == "drone engines"
    assert any(e.field == "recipient" and e.text == "Venezuela" for e in claim.evidence)
    assert not any(e.field == "recipient" and e.text == "Panama" for e in claim.evidence)


def test_the_cargo_shipped_on_goes_where_the_later_sentence_says() -> None:
    claim = only("Kestrel Marine bought 500 tonnes of fertiliser from a Belarusian supplier in March 2021. "
                 "The cargo was then shipped to Syria.\n")
    assert seen(claim) == ("BY", "SY", "2021-03")


def test_goods_sent_to_a_country_go_on_only_where_the_sentence_says_they_went_on() -> None:
    # What a party claimed of the goods already sent is a cover story, not a stage of their journey.
    found = claims("Tarn Optics exported 40 thermal sights from Austria to Belarus. The firm claimed that the items "
                   "were being sold to Georgia.\n")
    assert [(c.supplier.country, c.recipient.country) for c in found] == [("AT", "BY")]
    # Without a word of going on, a later place is not where the goods went.
    found = claims("Tarn Optics exported 40 thermal sights from Austria to Belarus. The items were being sent to "
                   "Georgia, its papers said.\n")
    assert all(c.recipient.country == "BY" for c in found if c.supplier.country == "AT")


def test_goods_a_side_of_a_known_country_bought_are_not_carried_on() -> None:
    # "a Turkish firm bought" is Turkey's purchase: the goods later sent on are no stage of it.
    found = claims("In June 2020 a Turkish firm bought 300 tonnes of steel tubes. The goods were later sent to Iran.\n")
    assert all(c.recipient.country != "IR" or c.supplier.country is not None for c in found)


def test_goods_seized_or_handed_to_a_side_are_not_a_place_they_went_on_to() -> None:
    found = claims("Five crates of night-vision goggles seized in Gdansk were bound for Belarus. "
                   "When the freighter reached Gdansk on May 3, the crates were confiscated.\n")
    assert [c.recipient.country for c in found] == ["BY"]


def test_a_surname_alone_is_the_person_named_in_full_with_a_nationality_before() -> None:
    claim = only("Lars Berglund, a Swedish national, was arrested in Oslo on Monday.\n\n"
                 "Prosecutors said Berglund shipped 20 tonnes of copper wire to Iran in May.\n")
    assert (claim.supplier.name, claim.supplier.country, claim.recipient.country) == ("Berglund", "SE", "IR")
    # The country is taken from the earlier sentence, which is its evidence.
    assert any(e.field == "supplier" and "a Swedish national" in e.sentence.text for e in claim.evidence)


def test_a_description_before_the_name_gives_the_person_a_country() -> None:
    claim = only("Swedish businessman Lars Berglund was arrested in Oslo on Monday.\n\n"
                 "Prosecutors said Berglund later sold 20 tonnes of copper wire to Iran.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("SE", "IR")


def test_a_person_said_to_be_of_a_country_keeps_it_when_named_again() -> None:
    claim = only("Berglund is the second Swedish national charged this year.\n\n"
                 "Police said Berglund sold 20 tonnes of copper wire to Iran in May.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("SE", "IR")


def test_a_name_part_two_people_of_different_countries_share_stands_for_neither() -> None:
    claim = only("Anna Holm, a Danish national, and Erik Holm, a Norwegian citizen, were charged on Monday.\n\n"
                 "Prosecutors said Holm shipped 40 valves to Iran in May.\n")
    assert claim.supplier.country is None


def test_a_sum_received_for_shipping_goods_is_the_pay_and_who_paid_is_no_side() -> None:
    # The officials paid the money; the rifles went from Texas to Iran, not from Iran.
    claim = only("Pavel Orlov, 40, received $1m from Iranian officials for shipping four crates of rifles from Texas "
                 "to Iran in 2021.\n")
    assert seen(claim) == ("US", "IR", "2021")
    claim = only("Orlov admitted to receiving around $3m (£2.4m) from Syrian officers for shipping two containers "
                 "loaded with drones from Odessa to Syria in 2020.\n")
    assert seen(claim) == ("UA", "SY", "2020")


def test_goods_received_from_a_side_are_still_its() -> None:
    assert seen(only("Chad received 20 armoured vehicles from Ukraine in 2021.\n")) == ("UA", "TD", "2021")


def test_a_firm_named_again_by_the_first_word_of_its_name_keeps_its_country() -> None:
    # The firm is named in full with its country, then by its own word alone as the subject of the sale.
    found = claims("A panel of experts is looking into the sale of radar systems to Zambia involving the North Korean "
                   "Chongsong Trading Corporation.\n\n"
                   "Chongsong allegedly sold the radar systems to Kafue Holdings, a firm owned by the Zambian army.\n")
    assert [(c.supplier.name, c.supplier.country, c.recipient.country) for c in found] == [
        ("Chongsong", "KP", "ZM")]
    claim = found[0]
    assert any(e.field == "supplier" and "North Korean Chongsong" in e.sentence.text for e in claim.evidence)


def test_a_firm_named_again_by_its_first_word_supplies_each_side_it_names() -> None:
    found = claims("The panel named the North Korean firm Chongsong Trading Corporation in its report.\n\n"
                   "One member state said that Chongsong had supplied radar systems to Zambia and Malawi.\n")
    assert sorted((c.supplier.country, c.recipient.country) for c in found) == [("KP", "MW"), ("KP", "ZM")]


def test_a_first_word_two_firms_share_or_a_common_word_stands_for_neither() -> None:
    # Two firms open on the same word: the word alone names neither.
    found = claims("The panel named the North Korean Chongsong Trading Corporation and Chongsong Shipping, a firm "
                   "registered in Panama.\n\n"
                   "Chongsong had supplied radar systems to Zambia in 2019.\n")
    assert [c.supplier.country for c in found] == [None]
    # A word the report also writes in small letters is an ordinary word, not a firm's name.
    found = claims("The panel named the North Korean General Trading Corporation in its report.\n\n"
                   "The general supplied radar systems to Zambia in 2019.\n")
    assert all(c.supplier.country != "KP" for c in found)


def test_it_signing_a_contract_to_supply_is_the_subject_of_the_sentence_before_not_the_place_opening_it() -> None:
    # "In Malawi" is where the goods went; "it" is the country the sentence before was about.
    found = claims("Zambia shipped rifles to the Congo in 2015, where they went to the police. In Malawi, it signed a "
                   "$4 million contract to supply radar systems.\n")
    assert sorted((c.supplier.country, c.recipient.country, c.goods[0].description) for c in found) == [
        ("ZM", "CG", "rifles"), ("ZM", "MW", "radar systems")]
