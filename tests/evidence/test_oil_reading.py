"""Transfers told the way reports on fuel supplies tell them: people paid back under a headline, the day a rule was
imposed, enforcement against a trade, figures not given or said to be none, a ceiling named by a trade word, counts
told "respectively", amounts told as the subject of a passive, ships as the way goods went, words that say which
transfer it was, and a load named only as a load."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_people_paid_back_under_a_headline_are_no_goods() -> None:
    found = claims("Minsk pays for Serbian mercenaries with kerosene, say analysts\n"
                   "Researchers in Oslo think Belarus has probably sold some 40,000 tonnes of kerosene to buyers in "
                   "Serbia this winter.\n")
    assert [seen(c)[:2] for c in found] == [("BY", "RS")]
    found = claims("Belarus sent kerosene to Serbia in return for thousands of workers last May.\n")
    assert [c.kind for c in found] == ["shipment"]


def test_the_day_a_rule_was_imposed_is_not_the_transfers() -> None:
    claim = only("Venezuelan buyers have received naphtha straight from Iran, flouting curbs on such trade, under "
                 "American sanctions imposed in 2019.\n")
    assert seen(claim) == ("IR", "VE", None)


def test_a_trade_that_officers_fight_or_that_bodies_are_listed_over_tells_no_transfer() -> None:
    assert claims("Laotian traders now face checks on kerosene smuggling at every crossing into Thailand.\n") == []
    assert claims("Last week Washington blacklisted a dozen firms over timber and bitumen smuggling by the junta in "
                  "Myanmar.\n") == []
    assert claims("Police in Laos began a crackdown on jet fuel trafficking across the Mekong.\n") == []


def test_a_figure_not_given_or_said_to_be_none_tells_no_transfer() -> None:
    assert claims("For the second quarter, Belarus did not report its naphtha exports to Serbia.\n") == []
    assert claims("According to Minsk, Serbia bought no jet fuel from Belarus at all in 2023 — it had not purchased "
                  "any at all.\n") == []


def test_a_ceiling_named_by_a_trade_word_is_no_transfer() -> None:
    claim = only("Armenia received 7,000 barrels of jet fuel from Kazakhstan in 2023, a small share of its fuel import "
                 "cap.\n")
    assert (claim.goods[0].quantity, seen(claim)) == ("7000", ("KZ", "AM", "2023"))
    assert claims("Member states are mandated to report each delivery of kerosene to Serbia.\n") == []


def test_counts_told_respectively_are_one_lot_each() -> None:
    found = claims("Last year Belarus and Kazakhstan sold 4,100 tonnes and 2,300 tonnes of naphtha, respectively, to "
                   "buyers in Serbia.\n")
    assert sorted((c.goods[0].quantity, seen(c)) for c in found) == [
        ("2300", ("KZ", "RS", "2023")), ("4100", ("BY", "RS", "2023"))]
    found = claims("Kazakh officials say Kazakhstan exported 900 and 450 barrels of jet fuel to Armenia, respectively, "
                   "in January and February this year.\n")
    assert sorted((c.goods[0].quantity, seen(c)) for c in found) == [
        ("450", ("KZ", "AM", "2024-02")), ("900", ("KZ", "AM", "2024-01"))]


def test_amounts_told_as_the_subject_of_a_passive_count_the_goods_told_before() -> None:
    found = claims("Two barges were seen making two transfers of bitumen off the coast in late 2022, when 800 and "
                   "then 1,100 tonnes were handed to a company in Myanmar.\n")
    assert sorted((c.goods[0].description, c.goods[0].quantity, seen(c)) for c in found) == [
        ("bitumen", "1100", (None, "MM", "2022")), ("bitumen", "800", (None, "MM", "2022"))]


def test_ships_between_which_goods_went_are_no_goods() -> None:
    claim = only("Apart from transfers between ships off the coast, Laotian traders have moved kerosene overland "
                 "from Laos.\n")
    assert [g.description for g in claim.goods] == ["kerosene"]


def test_words_that_say_which_transfer_are_no_kind_of_goods() -> None:
    claim = only("Analysts said the first documented kerosene transfer from Belarus to Serbia took place on May 7.\n")
    assert (claim.goods[0].description, seen(claim)) == ("kerosene", ("BY", "RS", "2023-05-07"))
    assert claims("Under the embargo, the supply of large amounts of naphtha is a breach of the law.\n") == []


def test_a_load_named_only_as_a_load_does_not_name_the_goods() -> None:
    claim = only("Belarus may have sent about 9,000 barrels of naphtha to Serbia since May.\n"
                 "Barges seen in the photographs arrived at the Danube terminal empty and went back loaded with "
                 "cargo.\n")
    assert (claim.goods[0].description, claim.goods[0].quantity, seen(claim)) == (
        "naphtha", "9000", ("BY", "RS", "2023-05"))


def test_what_happened_months_before_told_after_a_comma_is_another_event() -> None:
    claim = only("The first kerosene transfer took place on May 7, 2023, four months after Minsk began shipping rifles "
                 "to Belgrade.\n")
    assert (claim.goods[0].description, seen(claim)[:2]) == ("rifles", ("BY", "RS"))


def test_a_flow_told_since_a_date_after_one_months_shipments_is_a_claim_of_its_own() -> None:
    found = claims("date 2024-06-07\n\nSatellite images show that four Laotian tankers shipped diesel from a "
                   "Belarusian port to Vientiane in early April. Since this spring, Laotian tankers have been shipping "
                   "diesel directly from Belarus, a former inspector said.\n", dated=False)
    assert [seen(c)[:2] for c in found] == [("BY", "LA"), ("BY", "LA")]
    assert found[0].date is not None and found[0].date.iso() == "2024-04"
