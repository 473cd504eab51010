"""One transfer told twice in one report: a lead and, paragraphs on, its detail; a charge and the facts behind it. The
later telling names the lead's goods again, with sides and a time that agree, and fills in what the lead left out: one
claim holding the evidence of both. Another lot, another side, another time or another case stays a claim of its own."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen

_LEAD = "North Korea smuggled coal worth $3 million to China last year, officials said.\n\n"
_ASIDE = "A spokesman for the ministry declined to comment.\n\n"


def test_the_detail_paragraphs_after_the_lead_is_the_same_transfer() -> None:
    claim = only(_LEAD + _ASIDE + "The coal was loaded at Nampo in May.\n")
    assert claim.kind == "smuggling"
    assert seen(claim) == ("KP", "CN", "2023-05")
    assert [g.description for g in claim.goods] == ["coal"]


def test_the_detail_fills_in_the_count_and_keeps_the_lead_value() -> None:
    claim = only(_LEAD + _ASIDE + "The coal, 10,000 tons in all, was loaded at Nampo in May.\n")
    goods = claim.goods[0]
    assert (goods.quantity, goods.unit) == ("10000", "tons")
    assert goods.value == ("3000000", "USD")
    # Evidence of both tellings is kept.
    fields = {(e.field, e.text) for e in claim.evidence}
    assert ("value", "$3 million") in fields
    assert ("quantity", "10,000 tons") in fields
    assert len({e.sentence.start for e in claim.evidence if e.field == "goods"}) == 2


def test_a_count_that_differs_from_the_lead_count_is_another_lot() -> None:
    found = claims("North Korea smuggled 8,000 tons of coal to China last year, officials said.\n\n"
                   "The coal, 10,000 tons in all, was loaded at Nampo in May.\n")
    assert [g.quantity for c in found for g in c.goods] == ["8000", "10000"]


def test_a_buyer_told_importing_the_goods_is_the_export_told_before() -> None:
    claim = only("North Korea exported coal to Vietnam last year, the panel said.\n\n"
                 "The report names several ships.\n\n"
                 "Vietnamese firms imported the coal through Cam Pha in March last year.\n")
    assert claim.kind == "export"
    assert seen(claim) == ("KP", "VN", "2023-03")


def test_the_facts_behind_a_charge_are_the_charged_transfer() -> None:
    claim = only("A businessman was charged on Monday with selling luxury cars to North Korea.\n\n"
                 "His lawyer declined to comment.\n\n"
                 "Court papers say the cars, two Mercedes sedans, were shipped from Hamburg to Nampo in 2018.\n")
    assert seen(claim) == ("DE", "KP", "2018")
    assert [g.description for g in claim.goods] == ["luxury cars", "Mercedes sedans"]
    assert claim.goods[0].quantity == "2"


def test_a_detail_telling_the_lead_time_among_its_steps_does_not_contradict_it() -> None:
    claim = only("A Taiwanese trader was questioned over the sale of 6,000 tonnes of diesel to North Korea in "
                 "December, investigators said.\n\nThe tanker loaded the diesel in Kaohsiung in November and "
                 "transferred it to a North Korean freighter at sea in December.\n")
    assert seen(claim) == ("TW", "KP", "2023-12")
    assert claim.goods[0].quantity == "6000"
    # The loading's month is a step, not the transfer's date.
    assert {e.text for e in claim.evidence if e.field == "date"} == {"December"}


def test_oil_named_again_in_a_detail_with_both_months_joins_the_diesel() -> None:
    claim = only("A Taiwanese trader was questioned over the sale of 6,500 tonnes of diesel oil to Pyongyang in "
                 "December.\n\nInvestigators said the tanker loaded oil in Kaohsiung in November and moved that oil to "
                 "a North Korean freighter in December.\n")
    assert seen(claim) == ("TW", "KP", "2023-12")


def test_the_detail_at_another_time_is_another_transfer() -> None:
    found = claims("North Korea smuggled coal to China in May, officials said.\n\n" + _ASIDE
                   + "The coal was shipped from Nampo to Dalian in July.\n")
    assert [seen(c) for c in found] == [("KP", "CN", "2023-05"), ("KP", "CN", "2023-07")]


def test_the_detail_to_another_country_is_another_transfer() -> None:
    found = claims("North Korea smuggled coal to China in May, officials said.\n\n" + _ASIDE
                   + "The coal was shipped from Nampo to Vietnam in May.\n")
    assert [seen(c)[:2] for c in found] == [("KP", "CN"), ("KP", "VN")]


def test_a_later_month_in_a_detail_without_the_lead_month_is_another_transfer() -> None:
    found = claims("A Taiwanese trader was questioned over the sale of 6,000 tonnes of diesel to North Korea in "
                   "December.\n\nThe tanker loaded the diesel in Kaohsiung and transferred it to a North Korean "
                   "freighter at sea in March.\n")
    assert len(found) == 2


def test_a_sentence_told_as_another_case_is_another_transfer() -> None:
    found = claims("Russia supplied fuel to North Korea worth $2 million in May.\n\n"
                   "Officials gave no more details.\n\n"
                   "Separately, Russia supplied fuel worth $5 million to North Korea in May.\n")
    assert [c.goods[0].value for c in found] == [("2000000", "USD"), ("5000000", "USD")]
    assert all(seen(c) == ("RU", "KP", "2023-05") for c in found)


def test_in_a_separate_case_opens_another_transfer_too() -> None:
    found = claims("Customs in Busan seized rifles bound for North Korea in May.\n\n"
                   "In a separate case, customs in Busan seized rifles bound for North Korea in May.\n")
    assert len(found) == 2


def test_another_supplier_of_the_same_goods_is_another_transfer() -> None:
    found = claims("Orchid Trading, a Singapore firm, supplied perfumes to North Korea, a court heard.\n\n"
                   "Lotus Trading, a Singapore firm, supplied perfumes to North Korea, prosecutors said.\n")
    assert [(c.supplier.name, c.supplier.country) for c in found] == [("Orchid Trading", "SG"), ("Lotus Trading", "SG")]
    # The same firm named again is the same transfer.
    claim = only("Orchid Trading, a Singapore firm, supplied perfumes to North Korea, a court heard.\n\n"
                 "Orchid Trading shipped the perfumes through Dalian in 2016, the court heard.\n")
    assert seen(claim) == ("SG", "KP", "2016")


def test_the_lead_to_north_korea_and_goods_sent_back_stay_two() -> None:
    found = claims("The freighter smuggled coal out of North Korea to China in May.\n\n" + _ASIDE
                   + "The ship later carried machinery from China to North Korea in June.\n")
    assert [(seen(c)[:2]) for c in found] == [("KP", "CN"), ("CN", "KP")]


def test_the_detail_of_other_goods_is_another_transfer() -> None:
    found = claims("North Korea smuggled coal to China in May, officials said.\n\n" + _ASIDE
                   + "The iron ore was shipped from Nampo to Dalian in May.\n")
    assert [[g.description for g in c.goods] for c in found] == [["coal"], ["iron ore"]]


def test_the_dateline_year_makes_no_other_case_of_the_detail() -> None:
    claim = only("OSAKA, March 20 (Wire) -- Police arrested a trader for exporting soap and towels to North Korea.\n\n"
                 "He runs a shop in Osaka, the police said.\n\n"
                 "Police said he sent goods worth $40,000 to North Korea in May 2019.\n")
    assert seen(claim) == (None, "KP", "2019-05")
    assert claim.goods[0].value == ("40000", "USD")


def test_goods_bought_for_the_taker_after_a_charge_are_the_sale_charged() -> None:
    claim = only("Two Chinese traders were charged on Friday over the sale of cigarettes to North Korea.\n\n"
                 "From 2019 to 2021, the traders bought filter cigarettes for North Korean state firms through front "
                 "companies.\n")
    assert seen(claim) == ("CN", "KP", "2019")
    assert claim.kind == "sale"


def test_goods_bought_for_a_taker_of_another_country_stay_apart() -> None:
    found = claims("Two Chinese traders were charged on Friday over the sale of cigarettes to North Korea.\n\n"
                   "From 2019 to 2021, the traders bought filter cigarettes for Laotian state firms through front "
                   "companies.\n")
    assert len(found) == 2
    assert {c.recipient.country for c in found} == {"KP", "LA"}
