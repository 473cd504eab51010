"""One shipment told twice in one report: a lead and its detail, the detail's counts the parts of the lead's, the
containers the goods were packed in named again paragraphs on, a word for any goods of the chapter after the goods'
own name. Each is one claim with the goods of both tellings; another count or another side is another lot."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_counts_that_add_up_to_the_lead_count_are_its_parts() -> None:
    claim = only("Border guards in Gdansk impounded 300 bottles of fine liquor headed for Belarus. A local daily said "
                 "the guards found 120 bottles of gin and 180 bottles of rum in a van bound for Belarus late last "
                 "month.\n")
    assert [g.description for g in claim.goods] == ["fine liquor", "gin", "rum"]
    assert claim.goods[0].quantity == "300"
    assert seen(claim) == (None, "BY", "2024-02")


def test_counts_that_do_not_add_up_are_another_lot() -> None:
    found = claims("Border guards in Gdansk impounded 300 bottles of fine liquor headed for Belarus. A local daily "
                   "said the guards found 120 bottles of gin and 150 bottles of rum in a van bound for Belarus late "
                   "last month.\n")
    assert len(found) == 2
    assert all(c.recipient.country == "BY" for c in found)


def test_the_bottles_named_again_further_on_tell_the_same_seizure() -> None:
    claim = only("Port officers in Gdansk impounded 5,000 bottles of gin thought to be bound for Belarus, officials "
                 "said on Monday.\n\nNews of the find came a day before a summit.\n\nA spokesman called it a "
                 "remarkable find.\n\nThe bottles of fine spirit were discovered on Friday in 200 crates inside a "
                 "container loaded in Riga, Latvia.\n")
    assert [g.description for g in claim.goods] == ["gin"]
    assert claim.goods[0].quantity == "5000"
    assert seen(claim)[:2] == ("LV", "BY")


def test_goods_named_again_with_another_destination_are_another_case() -> None:
    found = claims("Port officers in Gdansk impounded 5,000 bottles of gin thought to be bound for Belarus, officials "
                   "said on Monday.\n\nNews of the find came a day before a summit.\n\nA spokesman called it a "
                   "remarkable find.\n\nIn a separate case, customs found the gin in a truck from Riga, Latvia "
                   "bound for Ukraine.\n")
    assert [seen(c)[:2] for c in found] == [(None, "BY"), ("LV", "UA")]


def test_a_word_for_any_spirits_does_not_rename_the_goods() -> None:
    claim = only("Officers impounded a container holding 9,000 bottles of gin thought to be meant for Belarus, "
                 "a spokesman said Monday. Four hundred cases of the spirit had been loaded aboard a Maltese "
                 "freighter.\n")
    assert claim.goods[0].description == "gin"
    assert claim.goods[0].terms == ("gin", "spirit")


def test_other_goods_seized_are_another_seizure() -> None:
    found = claims("Customs in Genoa seized a crate of gin bound for Belarus in May. Officers have seized other "
                   "spirits bound for Belarus, including rum and brandy.\n")
    assert [[g.description for g in c.goods] for c in found] == [["gin"], ["spirits"]]
    assert found[0].date is not None and found[0].date.iso() == "2023-05"
    # "the other" is one of the goods told.
    assert len(claims("Customs in Genoa seized two yachts bound for Belarus in May. The other yacht was seized in "
                      "Naples in June.\n")) == 1


def test_a_word_for_goods_of_any_kind_ties_no_two_transfers() -> None:
    found = claims("Italy has seized banned luxury items that the rulers of Belarus tried to buy, including aged "
                   "brandy and whiskey worth 9,000 euros, the report said. Minsk also bought luxury goods such as "
                   "Audi sedans from a dealer in Poland, it said.\n")
    assert [[g.description for g in c.goods][-1] for c in found] == ["whiskey", "Audi sedans"]
    assert seen(found[1])[:2] == ("PL", "BY")


def test_the_day_of_a_search_told_after_the_lead_is_not_the_transfer_date() -> None:
    claim = only("TOKYO, March 20 (Wire) - As attention grows on the illegal export of Toyota trucks, thought to be "
                 "meant for Belarus, experts point to embassies.\n\nOn Monday (March 18), Hyogo Prefectural Police "
                 "searched a trading house in Osaka Prefecture on suspicion of unlawfully exporting Toyota trucks.\n")
    assert claim.date is None
    # A search that is itself the seizure keeps its day.
    seized = only("On Monday, customs officers searched a freighter from Belarus and seized 40 crates of rifles.\n")
    assert seen(seized) == ("BY", None, "2024-03-18")


def test_the_items_listed_after_a_seizure_are_its_goods() -> None:
    # A load seized with no goods named, then its contents listed with no transfer word: one seizure of those goods.
    for listed in ("Among the items were 200 bottles of cognac, 30 watches and two grand pianos.",
                   "The banned items included 200 bottles of cognac, 30 watches and two grand pianos."):
        claim = only(f"Customs in Riga seized a container bound for Belarus in May. {listed}\n")
        assert [g.description for g in claim.goods] == ["cognac", "watches", "grand pianos"]
        assert seen(claim) == (None, "BY", "2023-05")
    claim = only("Customs in Riga seized a container bound for Belarus in May. Among the goods found in the container "
                 "were Audi sedans and Swiss watches.\n")
    assert [g.description for g in claim.goods] == ["Audi sedans", "Swiss watches"]
