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
                 "said on Monday.\n\nThe find was announced on the eve of a summit.\n\nA spokesman called it a "
                 "remarkable find.\n\nThe bottles of fine spirit were discovered on Friday in 200 crates inside a "
                 "container loaded in Riga, Latvia.\n")
    assert [g.description for g in claim.goods] == ["gin"]
    assert claim.goods[0].quantity == "5000"
    assert seen(claim)[:2] == ("LV", "BY")


def test_goods_named_again_with_another_destination_are_another_case() -> None:
    found = claims("Port officers in Gdansk impounded 5,000 bottles of gin thought to be bound for Belarus, officials "
                   "said on Monday.\n\nThe find was announced on the eve of a summit.\n\nA spokesman called it a "
                   "remarkable find.\n\nIn a separate case, customs found the gin in a truck from Riga, Latvia "
                   "bound for Ukraine.\n")
    assert [seen(c)[:2] for c in found] == [(None, "BY"), ("LV", "UA")]


def test_a_word_for_any_spirits_does_not_rename_the_goods() -> None:
    claim = only("Officers impounded a container holding 9,000 bottles of gin thought to be meant for Belarus, a "
                 "spokesman said Monday. Four hundred cases of the spirit were found aboard a Maltese freighter.\n")
    assert claim.goods[0].description == "gin"
    assert claim.goods[0].terms == ("gin", "spirit")
