"""The clothing, cloth and hair trade as reports tell it: clothes, fabric and hair products by their plain words, a
"Made in ..." label that is no origin, the body whose figures tell a flow, goods told with their share of a flow told
only as goods, a works named like a product, a size likened to things, and buyers who trade the goods on."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def goods(text: str) -> list[str]:
    return [g.description for g in only(text).goods]


def test_clothes_fabric_and_hair_products_are_goods() -> None:
    assert goods("Laos exported 300 tonnes of hair products to North Korea in May.\n") == ["hair products"]
    claim = only("In June a Chinese firm shipped fabric to North Korea.\n")
    assert [g.description for g in claim.goods] == ["fabric"]
    assert seen(claim)[:2] == ("CN", "KP")
    claim = only("North Korea sold clothes worth $2 million to Laos in 2016.\n")
    assert seen(claim) == ("KP", "LA", "2016")


def test_a_made_in_label_is_no_origin_and_where_the_goods_were_sewn_is() -> None:
    claim = only('Jackets sewn in North Korea and labelled "Made in Laos" were sold to Canada in 2016.\n')
    assert seen(claim) == ("KP", "CA", "2016")
    claim = only('The coats made in North Korea carry "Made in Laos" tags and were shipped to Peru in March.\n')
    assert seen(claim)[:2] == ("KP", "PE")
    claim = only('Coats labelled "made in Laos" were shipped to Peru in March.\n')
    assert seen(claim)[:2] == (None, "PE")


def test_the_office_whose_figures_tell_a_flow_is_no_side_of_it() -> None:
    claim = only("Figures from the trade body's office in Lima show that exports of North Korean wigs to Laos "
                 "reached $5 million in 2022.\n")
    assert seen(claim) == ("KP", "LA", "2022")


def test_goods_told_with_their_share_of_a_flow_told_as_goods_are_its_goods() -> None:
    claim = only("Processed hair headed the list of goods shipped from Laos to North Korea in April.\n")
    assert [g.description for g in claim.goods] == ["Processed hair"]
    assert seen(claim) == ("LA", "KP", "2023-04")


def test_a_works_named_like_a_product_is_no_goods() -> None:
    assert claims("The premier gave field guidance to the Kanggye Textile Mill in May.\n") == []
    assert seen(only("Italy sold a textile mill to North Korea in 2015.\n")) == ("IT", "KP", "2015")


def test_rose_after_a_flow_with_a_hedge_before_the_figure_is_a_verb() -> None:
    claim = only("Peruvian exports to Laos rose almost 40 percent to $9 million in 2021, mostly on textile materials "
                 "and other light goods.\n")
    assert [g.description for g in claim.goods] == ["textile materials"]
    assert seen(claim) == ("PE", "LA", "2021")


def test_a_size_likened_to_things_is_no_goods() -> None:
    claim = only("In 2022 Laos shipped 900 tonnes – or roughly 70 lorries worth – of wigs to Peru.\n")
    assert [g.description for g in claim.goods] == ["wigs"]
    assert seen(claim) == ("LA", "PE", "2022")


def test_buyers_who_trade_the_goods_on_are_no_supplier_of_the_goods_they_bought() -> None:
    found = claims("Last year exports to Laos included 500 tonnes of wigs. The wigs are sewn in Peru and then "
                   "returned to Lao firms who export them worldwide.\n")
    assert (None, "LA", "2023") in [seen(c) for c in found]
    assert all(not (c.supplier.country == c.recipient.country == "LA") for c in found)


def test_goods_made_and_sent_as_a_rule_tell_no_transfer() -> None:
    assert claims("Lao firms send cloth to workshops in Peru, where the shirts are sewn and exported.\n") == []


def test_papers_that_give_the_goods_value_give_the_value_of_the_transfer() -> None:
    claim = only("North Korea sold padded coats to Laos in June. The coats were sewn in Pyongyang and "
                 "taken by lorry to Vientiane, according to invoices, which give their value as about $2 million.\n")
    assert seen(claim) == ("KP", "LA", "2023-06")
    assert claim.goods[0].value == ("2000000", "USD")
