"""Seizures, arrests and prosecutions told the way police, customs and court reports outside the United States tell
them: a house or an office searched, an admission before a court, what customs found out and when, false papers of
origin and of destination, the rule a court restates, sums in yen, in won written "W" and beside an exchange rate,
sums shared out "respectively", and goods imported "into" or "to" a country."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_a_house_searched_is_no_seizure_and_its_day_is_the_cases() -> None:
    claim = only("Detectives searched the house of a Nagoya shipping agent on Tuesday and arrested a Vietnamese "
                 "trader on suspicion of buying dried sea cucumbers from North Korea.\n")
    assert claim.kind == "import"
    assert claim.supplier.country == "KP"
    assert claim.date is None


def test_offices_searched_date_the_search_not_the_export() -> None:
    claim = only("On Monday, police searched the offices of a Kobe trading firm suspected of exporting 40 pianos "
                 "to North Korea in 2019.\n")
    assert seen(claim) == ("JP", "KP", "2019")


def test_a_freighter_searched_is_still_a_seizure_dated_by_the_search() -> None:
    claim = only("On Monday, customs officers searched a freighter and seized 30 tonnes of coal from North Korea.\n")
    assert claim.kind == "seizure"
    assert seen(claim) == ("KP", None, "2024-03-18")


@pytest.mark.parametrize("day", ["on Tuesday", "on Tuesday (March 19)"])
def test_the_day_of_an_admission_before_a_court_is_no_date_of_the_sale(day: str) -> None:
    claim = only(f"The trader admitted before a magistrate {day} that his firm had sold handbags worth $40,000 to "
                 "North Korea.\n")
    assert seen(claim) == (None, "KP", None)


def test_a_day_in_brackets_after_the_transfer_is_still_the_transfers() -> None:
    claim = only("A Thai firm shipped 20 tonnes of rubber to North Korea on Monday (March 18), customs said.\n")
    assert seen(claim) == ("TH", "KP", "2024-03-18")


@pytest.mark.parametrize("text", [
    "Thailand's customs service found in August that two power plants had bought anthracite from North Korea.\n",
    "Inspectors discovered on Monday that a freighter had unloaded 3,000 tonnes of North Korean iron ore at "
    "Haiphong.\n",
    "Officials learned in May that a Thai firm had shipped 20 tonnes of rubber to North Korea.\n",
])
def test_when_a_transfer_was_found_out_is_not_when_it_happened(text: str) -> None:
    assert only(text).date is None


def test_a_finding_told_after_the_charges_gives_the_transfer_no_date() -> None:
    claim = only("Prosecutors in Bangkok have indicted three traders over purchases of North Korean anthracite worth "
                 "millions of dollars. Thailand's customs service found in August that two power plants had bought "
                 "anthracite from North Korea.\n")
    assert seen(claim) == ("KP", "TH", None)


def test_goods_found_in_a_search_are_dated_by_it() -> None:
    claim = only("Customs found 30 tonnes of coal from North Korea in a warehouse in August.\n")
    assert claim.date is not None and claim.date.iso() == "2023-08"


@pytest.mark.parametrize("text", [
    "The traders imported North Korean anthracite with forged certificates of origin from Chinese ports, the "
    "indictment says.\n",
    "A Penang firm bought 300 tonnes of North Korean zinc and declared it as products from Malaysia.\n",
])
def test_where_false_papers_said_goods_came_from_is_no_supplier(text: str) -> None:
    assert only(text).supplier.country == "KP"


def test_a_disguise_alone_tells_no_transfer() -> None:
    assert claims("They passed the anthracite off as shipments from China, prosecutors say.\n") == []


def test_where_the_voyage_papers_said_the_goods_went_is_no_recipient() -> None:
    claim = only("The spokesman said the Malaysian tanker loaded diesel in May and transported the diesel to a North "
                 "Korean vessel in June. But in the customs papers, the owner reportedly wrote that the tanker was "
                 "transporting the diesel to Manila.\n")
    assert seen(claim) == ("MY", "KP", "2023-05")


def test_what_court_documents_state_is_still_a_transfer() -> None:
    assert seen(only("In court documents, prosecutors stated that the firm shipped 40 pianos to North Korea in "
                     "2019.\n")) == (None, "KP", "2019")


@pytest.mark.parametrize("text", [
    "Under the sanctions law it is illegal for anyone in Malaysia to sell watches or jewellery to North Korean "
    "companies.\n",
    "The 2017 law makes it illegal for any company to ship yachts to North Korea.\n",
])
def test_what_the_law_makes_illegal_is_no_transfer(text: str) -> None:
    assert claims(text) == []


def test_a_sale_told_as_illegal_is_still_a_sale() -> None:
    claim = only("A Malaysian firm illegally sold luxury watches to North Korea in 2018.\n")
    assert seen(claim) == ("MY", "KP", "2018")


def test_a_yen_sum_in_an_import_into_japan_is_in_yen() -> None:
    claim = only("Japanese police arrested a Kobe trader on Monday on suspicion of buying sea urchins from North "
                 "Korea. He allegedly bought roughly 900 kg of urchins, valued at about ¥4 million, via China in June "
                 "2012.\n")
    assert seen(claim) == ("KP", "JP", "2012-06")
    assert claim.goods[0].value == ("4000000", "JPY")


def test_the_sign_is_still_the_yuans_between_china_and_north_korea() -> None:
    claim = only("A Shanghai firm is suspected of exporting 900 kg of sea urchins worth around ¥4 million to North "
                 "Korea in June 2012.\n")
    assert claim.goods[0].value == ("4000000", "CNY")


def test_a_won_sum_written_with_a_w_and_the_exchange_rate_beside_it() -> None:
    claim = only("Greek customs seized three speedboats bound for North Korea, valued at W4 billion (US$1=W1,100).\n")
    assert claim.recipient.country == "KP"
    assert claim.goods[0].value == ("4000000000", "KRW")


def test_an_exchange_rate_alone_is_no_value() -> None:
    claim = only("Greek customs seized three speedboats bound for North Korea in May (US$1=W1,100).\n")
    assert claim.goods[0].value is None


def test_sums_told_respectively_are_not_given_to_one_goods() -> None:
    claim = only("Customs said the trader shipped in 900 tonnes of zinc from North Korea, valued at 2.1 billion won "
                 "and 0.9 billion won respectively, in May and June 2019.\n")
    assert seen(claim) == ("KP", None, "2019-05")
    assert claim.goods[0].value is None
    assert claim.goods[0].quantity == "900"


@pytest.mark.parametrize("text", [
    "The pair are accused of importing roughly 900 kg of North Korean sea urchins into Japan in June 2012.\n",
    "Two men imported 900 tonnes of zinc from North Korea into Japan in June 2012.\n",
])
def test_the_country_goods_were_imported_into_is_the_recipient(text: str) -> None:
    assert seen(only(text)) == ("KP", "JP", "2012-06")


def test_a_place_imported_into_that_is_no_country_names_no_recipient() -> None:
    assert seen(only("Two men imported 900 tonnes of zinc from North Korea into a warehouse in June 2012.\n")) == (
        "KP", None, "2012-06")


@pytest.mark.parametrize(("text", "date"), [
    ("Over three months last year the firms imported North Korean zinc in four batches to three Thai ports.\n",
     "2023"),
    ("The firms imported North Korean zinc to Thailand in May.\n", "2023-05"),
])
def test_the_country_or_its_ports_goods_were_imported_to_is_the_recipient(text: str, date: str) -> None:
    assert seen(only(text)) == ("KP", "TH", date)


@pytest.mark.parametrize("text", [
    "Tourists buy stamps, ginseng and bottles of local liquor at hotel shops before returning to Malaysia.\n",
    "The Panel obtained contracts under which Chad's army agreed to buy spare parts for trucks from Sang Trading "
    "Corporation, a company linked to North Korea's munitions industry.\n",
])
def test_a_to_after_another_verb_or_a_comma_names_no_importer(text: str) -> None:
    assert all(c.recipient.country not in ("MY", "KP") for c in claims(text))


def test_the_day_of_a_charge_told_after_the_transfer_is_not_its_date() -> None:
    claim = only("Thai prosecutors have charged three traders with illegally importing North Korean zinc. The traders "
                 "were charged on Friday with bringing in North Korean zinc through forged papers.\n")
    assert seen(claim) == ("KP", "TH", None)


@pytest.mark.parametrize("text", [
    "One of the traders, a 51-year-old man, was arrested for bringing in 900 tonnes of zinc from North Korea.\n",
    "A Thai trader was charged with selling watches to North Korea.\n",
])
def test_what_a_party_is_arrested_for_or_charged_with_is_alleged(text: str) -> None:
    assert only(text).status == "alleged"


def test_a_guilty_plea_settles_the_charge() -> None:
    assert only("A Thai trader who pleaded guilty was charged with selling watches to North Korea.\n").status == (
        "confirmed")
