"""Who supplied and who received, as reports of prosecutions and seizures tell it: where a journey ends when the
report names its final destination, a title that stands for the North Korean leader, the country whose sanctions
were broken, and a headline over the line that dates the report."""

from __future__ import annotations

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.document import parse_document
from tests.evidence.reading import claims, only, seen


def test_a_final_destination_named_after_a_transit_country_is_where_the_goods_went() -> None:
    claim = only("Brokers shipped 90 crates of cognac from France to Malaysia in May, with a final destination in "
                 "North Korea.\n")
    assert seen(claim) == ("FR", "KP", "2023-05")
    ultimate = only("Forty lathes were exported from Italy to Thailand in 2019, their ultimate destination being "
                    "North Korea.\n")
    assert seen(ultimate) == ("IT", "KP", "2019")


def test_a_journey_with_no_destination_named_ends_at_its_last_port() -> None:
    claim = only("Brokers shipped 90 crates of cognac from France to Malaysia in May.\n")
    assert seen(claim) == ("FR", "MY", "2023-05")


def test_the_korean_leader_and_like_titles_are_the_north_korean_side() -> None:
    claim = only("The Korean leader received twelve racehorses from Belarus in 2021.\n")
    assert seen(claim) == ("BY", "KP", "2021")
    assert claim.recipient.name == "Kim Jong Un"
    ruler = only("A Belarusian dealer sold two armoured sedans to the North's leader in 2022.\n")
    assert seen(ruler) == ("BY", "KP", "2022")


def test_the_south_korean_leader_is_not_the_north_korean_leader() -> None:
    claim = only("The South Korean leader received two hunting dogs from Pyongyang in 2018.\n")
    assert claim.recipient.country == "KR"
    assert claim.recipient.name != "Kim Jong Un"


def test_the_country_whose_sanctions_were_broken_is_no_side() -> None:
    found = claims("Norway seized a North Korean freighter for breaching Norwegian and international sanctions "
                   "when it carried zinc ore.\n")
    assert all(c.recipient.country != "NO" for c in found)
    told = claims("The U.S. impounded a Togo-flagged freighter for evading U.S. and international sanctions once "
                  "it had carried zinc ore, officials said.\n")
    assert all(c.recipient.country != "US" for c in told)


def test_a_headline_over_the_date_line_is_no_part_of_the_date() -> None:
    report = parse_document(b"Trader charged over melon exports to Pyongyang\ndate 2019-04-02\n\n"
                            b"The firm shipped 300 crates of melons to North Korea in March.\n", name="report.txt")
    found = extract_claims(report)
    assert report.date is not None and report.date.isoformat() == "2019-04-02"
    assert [g.description for c in found for g in c.goods] == ["melons"]
    assert seen(found[0]) == (None, "KP", "2019-03")


def test_a_person_described_by_a_country_before_being_named_keeps_that_country() -> None:
    claim = only("A Taiwanese businessman was indicted on Tuesday. Prosecutors said Wu Tsung-han shipped 40 lathes "
                 "to North Korea in 2019.\n")
    assert seen(claim) == ("TW", "KP", "2019")
    assert claim.supplier.name == "Wu Tsung-han"
    aged = only("A Malaysian trader was charged by police. Lim Boon-keat, 61, faces charges over a sale of 300 "
                "tonnes of kerosene to North Korea.\n")
    assert seen(aged)[:2] == ("MY", "KP")
    assert aged.supplier.name == "Lim Boon-keat"


def test_a_name_after_an_official_or_after_a_sentence_about_several_gets_no_country_from_them() -> None:
    official = only("A South Korean official spoke on Monday. Lim Boon-keat sold 300 tonnes of kerosene to "
                    "North Korea.\n")
    assert official.supplier.country is None
    several = only("Police questioned a Taiwanese trader and a Chinese national. Lim Boon-keat sold 300 tonnes of "
                   "kerosene to North Korea.\n")
    assert several.supplier.country is None


def test_where_a_ship_was_held_is_no_side_of_the_transfer_it_was_held_for() -> None:
    claim = only("The tanker was detained at Pohang in June after it transferred 900 tonnes of gasoil to a North "
                 "Korean ship.\n")
    assert seen(claim) == (None, "KP", "2023-06")
    held = only("Officials impounded the tanker off Pohang in June after it transferred 900 tonnes of gasoil to a "
                "North Korean ship.\n")
    assert held.supplier.country is None


def test_where_goods_were_unloaded_is_still_where_they_went() -> None:
    claim = only("Anthracite from North Korea was unloaded at Pohang in June.\n")
    assert seen(claim) == ("KP", "KR", "2023-06")


def test_a_ship_a_firm_chartered_to_carry_goods_is_no_side_of_them() -> None:
    claim = only("An Osaka trader chartered a Panamanian barge in buying 30 tonnes of scallops from North Korea in "
                 "June.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "JP")
    hired = only("The firm hired a Chinese freighter in importing 30 tonnes of scallops from North Korea in June.\n")
    assert hired.recipient.country is None
    # A ship that goods were handed to is still where they went.
    assert only("In April the tanker handed 500 tonnes of diesel to a North Korean vessel.\n").recipient.country \
        == "KP"
