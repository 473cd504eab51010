"""What a party makes, told in a clause on it, is not the goods its verb of transfer moves."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_a_firm_makes_are_not_the_goods_it_sold() -> None:
    claim = only("A Belarusian firm that builds heavy trailers for tank transporters and air defence radars sold "
                 "twelve flatbed lorries to Syria in 2018, officials said.\n")
    assert [line.description for line in claim.goods] == ["flatbed lorries"]
    assert seen(claim) == ("BY", "SY", "2018")


def test_a_counted_object_keeps_the_clause_goods_out() -> None:
    found = claims("A Ukrainian plant that manufactures naval radars and howitzers exported nine tractors to Eritrea "
                   "in 2015.\n")
    described = [line.description for claim in found for line in claim.goods]
    assert not any("radar" in words or "howitzer" in words for words in described), described


def test_the_clause_goods_stay_when_the_verb_names_no_goods_of_its_own() -> None:
    claim = only("A Serbian company that makes assault rifles shipped them to Libya in 2016, the panel found.\n")
    assert any("rifle" in line.description for line in claim.goods)
    assert claim.recipient.country == "LY"
