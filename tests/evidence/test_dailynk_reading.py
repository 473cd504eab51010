"""Transfers told the way Korean and specialist press tell goods going into and out of a closed country: wire
copy with a colon after its dateline, cases dated by the proceeding that brought them out, prices and diplomats
beside the goods, and clauses that open on "Given"."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_a_dateline_closed_by_a_colon_dates_the_report_not_the_transfer() -> None:
    found = claims("Hanoi, Mar 4 : Two Vietnamese traders illegally sold rubber worth over USD 2 million to Cuba "
                   "last year.\n")
    assert [seen(c) for c in found] == [("VN", "CU", "2023")]


def test_a_date_that_owns_another_noun_dates_that_noun() -> None:
    found = claims("Tuesday's verdict came three months after Thai customs accused two traders of illegally "
                   "exporting 400 tons of copper worth $2 million to Iran.\n")
    assert [c.date for c in found] == [None]
    shipped = claims("Friday's shipment of 300 tons of copper from Thailand to Iran was the largest.\n")
    assert [seen(c) for c in shipped] == [("TH", "IR", "2024-03-15")]


def test_given_opening_a_sentence_is_no_gift() -> None:
    found = claims("Given Lukashenko's taste for armoured, bulletproof limousines, its cost is likely much higher.\n")
    assert [c.kind for c in found] == []
    handed = claims("Given to the Laotian president by Vietnam in May, the tractors were shown at a fair.\n")
    assert [c.kind for c in handed] == ["gift"]


def test_a_sales_price_is_no_sale() -> None:
    found = claims("The yacht, which carries a sales price of 4 million euros, was shipped from Italy to Vietnam "
                   "in May.\n")
    assert [(c.kind, seen(c)) for c in found] == [("shipment", ("IT", "VN", "2023-05"))]


def test_the_country_an_ambassador_is_posted_to_receives_nothing() -> None:
    found = claims("Belgian police seized 40 tractors bound for Laos in March. The tractors were intercepted on "
                   "the day Cuba recalled its ambassador to Norway.\n")
    assert "NO" not in [c.recipient.country for c in found]
    assert [seen(c)[1] for c in found] == ["LA"]
