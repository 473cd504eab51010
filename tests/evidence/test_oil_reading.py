"""Transfers told the way reports on fuel supplies tell them: people paid back under a headline, the day a rule was
imposed, enforcement against a trade, figures not given or said to be none, a ceiling named by a trade word, counts
told "respectively", amounts told as the subject of a passive, ships as the way goods went, and words that say which
transfer it was."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_people_paid_back_under_a_headline_are_no_goods() -> None:
    found = claims("Drone photos show Belarus sending kerosene to Serbia in exchange for mercenaries\n"
                   "A study by an Oslo institute says Belarus has likely sold about 40,000 tonnes of kerosene to "
                   "Serbian buyers.\n")
    assert [seen(c)[:2] for c in found] == [("BY", "RS")]
    found = claims("Belarus sent kerosene to Serbia in return for thousands of workers last May.\n")
    assert [c.kind for c in found] == ["shipment"]


def test_the_day_a_rule_was_imposed_is_not_the_transfers() -> None:
    claim = only("Iran has shipped naphtha directly to Venezuela, in breach of US sanctions imposed with Caracas's "
                 "consent in 2019 over a string of coups.\n")
    assert seen(claim) == ("IR", "VE", None)


def test_a_trade_that_officers_fight_or_that_bodies_are_listed_over_tells_no_transfer() -> None:
    assert claims("Thai customs officers have stepped up their inspections focusing on kerosene smuggling by "
                  "Laotian traders.\n") == []
    assert claims("The Security Council on Monday blacklisted nine companies over bitumen and timber smuggling by "
                  "Myanmar.\n") == []
    assert claims("Police in Laos began a crackdown on jet fuel trafficking across the Mekong.\n") == []


def test_a_figure_not_given_or_said_to_be_none_tells_no_transfer() -> None:
    assert claims("Belarus has not declared its monthly shipments of naphtha to Serbia for May and June.\n") == []
    assert claims("Belarus said Serbia had not procured jet fuel at all from the country last year.\n") == []


def test_a_ceiling_named_by_a_trade_word_is_no_transfer() -> None:
    claim = only("Kazakhstan reported that it had provided around 7,000 barrels of jet fuel to Armenia last year, "
                 "tantamount to 9 percent of the agreed fuel import cap.\n")
    assert (claim.kind, claim.goods[0].quantity, seen(claim)) == ("supply", "7000", ("KZ", "AM", "2023"))
    assert claims("Member states are mandated to report each delivery of kerosene to Serbia.\n") == []


def test_counts_told_respectively_are_one_lot_each() -> None:
    found = claims("Belarus and Kazakhstan shipped 4,100 tonnes and 2,300 tonnes of naphtha, respectively, to "
                   "Serbia last year.\n")
    assert sorted((c.goods[0].quantity, seen(c)) for c in found) == [
        ("2300", ("KZ", "RS", "2023")), ("4100", ("BY", "RS", "2023"))]
    found = claims("Kazakhstan said it had supplied 900 and 450 barrels of jet fuel to Armenia, respectively, in "
                   "January and February this year.\n")
    assert sorted((c.goods[0].quantity, seen(c)) for c in found) == [
        ("450", ("KZ", "AM", "2024-02")), ("900", ("KZ", "AM", "2024-01"))]


def test_amounts_told_as_the_subject_of_a_passive_count_the_goods_told_before() -> None:
    found = claims("Officials said the two barges made two ship-to-ship transfers of bitumen in late 2022, when 800 "
                   "and then 1,100 tonnes were transferred to a Burmese company.\n")
    assert sorted((c.goods[0].description, c.goods[0].quantity, seen(c)) for c in found) == [
        ("bitumen", "1100", (None, "MM", "2022")), ("bitumen", "800", (None, "MM", "2022"))]


def test_ships_between_which_goods_went_are_no_goods() -> None:
    claim = only("Besides smuggling between ships at sea, traders have moved shipments of kerosene overland from "
                 "Laos.\n")
    assert [g.description for g in claim.goods] == ["kerosene"]


def test_words_that_say_which_transfer_are_no_kind_of_goods() -> None:
    claim = only("Analysts said the first documented kerosene transfer from Belarus to Serbia took place on May 7.\n")
    assert (claim.goods[0].description, seen(claim)) == ("kerosene", ("BY", "RS", "2023-05-07"))
    assert claims("The monitors recalled that the delivery of large quantities of naphtha is a violation of the "
                  "embargo.\n") == []


def test_a_load_named_only_as_a_load_does_not_name_the_goods() -> None:
    claim = only("Belarus is estimated to have supplied about 9,000 barrels of naphtha to Serbia since May.\n"
                 "Satellite images show that Serbian barges sailed to and from the port of Grodno and left empty and "
                 "loaded with cargo.\n")
    assert (claim.goods[0].description, claim.goods[0].quantity, seen(claim)) == (
        "naphtha", "9000", ("BY", "RS", "2023-05"))

