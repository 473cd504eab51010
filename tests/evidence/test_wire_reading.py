"""Transfers told the ways wire copy, court releases and analyses tell them: a ship or company and its
country in apposition, a counted object no gazetteer knows, "and other" goods, a relative clause
between the subject and its verb, carriers and travellers, and the date of a saying."""

from __future__ import annotations

from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document
from tests.evidence.reading import claims, only, seen


def evidence(claim: Claim, field: str) -> list[str]:
    return [e.text for e in claim.evidence if e.field == field]


def test_a_ship_in_apposition_is_the_subject_of_the_verb_after_it_and_its_flag_its_country() -> None:
    claim = only("The Sea Breeze, a Russian-flagged tanker of about 2,000 tonnes, transferred diesel to the "
                 "North Korean-flagged Ji Song 6 in February, one of the sources said.\n")
    assert seen(claim) == ("RU", "KP", "2024-02")
    assert (claim.supplier.name, claim.recipient.name) == ("Sea Breeze", "Ji Song 6")
    assert evidence(claim, "supplier") == ["Sea Breeze"]


def test_a_company_named_with_its_country_in_apposition_takes_that_country() -> None:
    claim = only("In 2019 the trading house sold diesel to Ryugyong Trading Corporation, a North Korean firm "
                 "controlled by the military.\n")
    assert claim.recipient.name == "Ryugyong Trading Corporation"
    assert claim.recipient.country == "KP"


def test_a_counted_object_is_the_goods_and_a_facility_in_a_city_is_there() -> None:
    claim = only("Russia has sent 12 camels to the zoo in Pyongyang, the ministry said.\n")
    assert [g.description for g in claim.goods] == ["camels"]
    assert claim.goods[0].quantity == "12"
    assert seen(claim)[:2] == ("RU", "KP")
    assert evidence(claim, "goods") == ["camels"]


def test_people_sent_or_carried_aboard_ships_are_no_goods() -> None:
    assert claims("North Korea has sent 3,000 troops to Russia, the spy agency said.\n") == []
    assert claims("The soldiers were carried to Vladivostok aboard Russian navy landing ships in October.\n") == []


def test_the_words_before_and_other_goods_are_goods_of_that_kind() -> None:
    claim = only("From 2015 the firm sold lanthanum chloride and other industrial goods to a North Korean "
                 "company.\n")
    assert "lanthanum chloride" in [g.description for g in claim.goods]
    assert claim.recipient.country == "KP"


def test_a_relative_clause_between_the_ship_and_its_verb_gives_neither_side_nor_date() -> None:
    claim = only("The Orient Star, which docked in Busan on March 2 for repairs, is suspected of having received "
                 "diesel from a North Korean tanker at sea.\n")
    assert claim.recipient.name == "Orient Star"
    assert claim.supplier.country == "KP"
    assert claim.date is None
    assert claim.status.value == "alleged"


def test_a_transfer_two_months_after_another_is_a_second_claim() -> None:
    found = claims("South Korea sent 100 tons of oranges to North Korea on Sunday, two months after North Korean "
                   "leader Kim Jong Un gave the South three tons of mushrooms.\n")
    assert sorted((c.goods[0].description, c.supplier.country) for c in found) == [
        ("mushrooms", "KP"), ("oranges", "KR")]
    oranges = next(c for c in found if c.goods[0].description == "oranges")
    assert seen(oranges) == ("KR", "KP", "2024-03-17")


def test_planes_that_carry_goods_are_the_carriers_not_the_goods() -> None:
    claim = only("Four military transport planes carried the rice from Seoul to Pyongyang on Sunday.\n")
    assert [g.description for g in claim.goods] == ["rice"]
    assert claim.recipient.country == "KP"


def test_goods_a_gerund_of_another_verb_takes_are_not_the_transfer_s() -> None:
    claim = only("Russia delivered the engines to North Korea in January before testing the rockets.\n")
    assert [g.description for g in claim.goods] == ["engines"]


def test_the_date_opening_a_reported_transfer_is_the_saying_s_and_and_that_starts_another_clause() -> None:
    said = only("On 4 March, the White House said North Korea had provided Russia with ballistic missiles.\n")
    assert seen(said) == ("KP", "RU", None)
    fired = only("Officials said North Korea had shipped artillery shells to Russia in January and that Russian "
                 "forces had fired them on 2 March.\n")
    assert seen(fired) == ("KP", "RU", "2024-01")


def test_a_release_opened_by_the_body_s_name_and_a_date_is_dated_so() -> None:
    document = parse_document(b"Notice\n\nMinistry of Foreign Affairs of Japan, 28 February 2018\n\nJapan will keep "
                              b"working with its partners.\n", name="notice.txt")
    assert document.date is not None and document.date.isoformat() == "2018-02-28"


def test_a_traveller_s_own_goods_tell_no_transfer() -> None:
    assert claims("The North Korean delegation arrived in Doha on Monday, bringing its own cars.\n") == []


def test_goods_brought_in_are_imported_by_the_subject() -> None:
    claim = only("Two South Korean firms brought in North Korean anthracite disguised as Russian coal last year, "
                 "customs said.\n")
    assert claim.kind == "import"
    assert seen(claim) == ("KP", "KR", "2023")
