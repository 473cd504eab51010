"""Transfers told the way published reports on luxury goods, arms and exports tell them: seizures told first and
each one's goods after it ("The first instance involved ...")."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_each_instance_told_after_the_seizures_is_a_claim_of_its_own() -> None:
    found = claims("Customs officers seized the bottles in two separate raids in October and January, a report "
                   "said. The first instance involved 4,000 bottles of Georgian brandy priced at $9,000, and the "
                   "importer was the same as in an earlier brandy seizure. The second case involved 2,500 "
                   "bottles of Armenian brandy worth $6,000, it said.\n")
    assert [(c.kind, *seen(c)) for c in found] == [("seizure", "GE", None, "2023-10"),
                                                 ("seizure", "AM", None, "2024-01")]
    assert [[(g.description, g.quantity, g.value) for g in c.goods] for c in found] == [
        [("Georgian brandy", "4000", ("9000", "USD"))], [("Armenian brandy", "2500", ("6000", "USD"))]]


def test_an_instance_told_after_no_transfer_is_no_claim() -> None:
    assert claims("The report lists several cases. The first case involved 4,000 bottles of Georgian brandy.\n") == []


def test_other_goods_also_sent_are_another_transfer() -> None:
    found = claims("Belarus shipped thousands of mortar rounds to Sudan last year, officials said. Minsk also sent "
                   "dozens of cruise missiles, a minister said in May.\n")
    assert [[g.description for g in c.goods] for c in found] == [["mortar rounds"], ["cruise missiles"]]
    assert [(c.supplier.country, c.recipient.country) for c in found] == [("BY", "SD"), ("BY", "SD")]


def test_the_same_goods_also_sent_go_on_with_the_transfer() -> None:
    found = claims("Belarus shipped thousands of mortar rounds to Sudan last year, officials said. Minsk also sent the "
                   "mortar rounds by air.\n")
    assert [[g.description for g in c.goods] for c in found] == [["mortar rounds"]]


def test_a_think_tank_is_no_tank() -> None:
    found = claims("The Baltic Policy Forum, a Danish think tank, counted 40 shipments between Nampho and "
                   "Vladivostok over the same period, though what the containers held is unknown.\n")
    assert [g.description for c in found for g in c.goods if "tank" in g.description] == []
    assert only("Ukraine said a Danish think tank had traced tanks that Belarus sold to Sudan in May.\n").goods[0] \
        .description == "tanks"


def test_a_pair_of_animals_no_gazetteer_knows_is_the_goods() -> None:
    claim = only('Lukashenko also received a pair of Jindos — named "Ari" and "Bom" — during a visit in 2019.\n')
    assert claim.recipient.country == "BY"
    assert [(g.description, g.quantity) for g in claim.goods] == [("Jindos", "2")]


def test_the_goods_handed_to_someone_as_a_gift_go_to_him_from_the_subject() -> None:
    claim = only("Belarusian President Alexander Lukashenko on Friday took Kim Jong Un for a ride on a new tractor "
                 "during a visit to Minsk after handing one of the tractors to Kim as a gift.\n")
    assert claim.kind == "gift"
    assert (claim.supplier.name, claim.recipient.name) == ("Alexander Lukashenko", "Kim Jong Un")
    assert seen(claim) == ("BY", "KP", "2024-03-15")


def test_a_ship_told_before_that_was_leased_is_no_goods() -> None:
    claim = only("A Panama-flagged tanker transferred 800 tons of kerosene to a North Korean ship in March. The "
                 "tanker was being leased by a Hong Kong company, officials said on Friday.\n")
    assert [g.description for g in claim.goods] == ["kerosene"]
    assert claims("Laos leased three helicopters to Myanmar in May.\n") != []


def test_what_a_ship_came_back_with_goes_to_the_place_it_took_goods_out_of() -> None:
    found = claims("Prosecutors allege the freighter Amber Gull carried iron ore out of North Korea in May and "
                   "returned with shipments of used excavators, the deals paid through banks in Dubai.\n")
    assert sorted(([g.description for g in c.goods], c.supplier.country, c.recipient.country) for c in found) == [
        (["iron ore"], "KP", None), (["used excavators"], None, "KP")]
    assert {c.status.value for c in found} == {"alleged"}


def test_the_recipient_of_goods_named_as_such_receives_them() -> None:
    claim = only("A Singapore trading house was to be the final recipient of about $2 million in North Korean "
                 "iron ore, prosecutors said.\n")
    assert seen(claim)[:2] == ("KP", "SG")
    assert [(g.description, g.value) for g in claim.goods] == [("North Korean iron ore", ("2000000", "USD"))]
    assert claims("She was the recipient of a state award in May.\n") == []
    claim = only("The tanker was accused of a ship-to-ship transfer off the Malaysian coast, with a Thai company "
                 "meant to be the ultimate recipient of some $2 million in North Korean iron ore.\n")
    assert seen(claim)[:2] == ("KP", "TH")


def test_what_a_denier_says_it_believed_it_was_buying_is_no_transfer_of_its_own() -> None:
    found = claims("The Thai company denied knowing of North Korea's part in the deal and said it believed it was "
                   "buying Malaysian iron ore.\n")
    assert [g.description for c in found for g in c.goods] == []
    claim = only("The Thai company said it believed it was buying Malaysian iron ore from a broker in May.\n")
    assert claim.supplier.country == "MY"
