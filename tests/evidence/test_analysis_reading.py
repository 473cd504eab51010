"""Analyses, explainers and speeches that name goods, countries and rules in passing: a transfer refused, whom a rule
keeps from a transfer however many words name them, the means a party could use, what a party is able to do, a
trade's level, where speakers come from, "not only", papers handed over and a rule's scope both ways; each beside a
transfer told that is still read."""

from __future__ import annotations

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import claims, only, seen


def test_a_transfer_refused_tells_none() -> None:
    assert claims("With Brazil and Chile refusing to sell tanks to Peru, Bolivia could become a pipeline for arms.\n") \
        == []
    assert claims("Ghana refused to supply cocoa beans to Mali last year.\n") == []
    assert seen(only("Chile sold tanks to Peru in May.\n")) == ("CL", "PE", "2023-05")


def test_whom_a_rule_keeps_from_a_transfer_however_many_words_name_them() -> None:
    assert claims("The treaty prohibits all states, including the permanent members of the regional council, "
                  "from transferring rifles from Sudan.\n") == []


def test_the_means_a_party_could_use_tells_no_transfer() -> None:
    assert claims("Ethiopia can use its strong ties with Djibouti to launder rifle parts or purchase finished rifles "
                  "for use in Somalia.\n") == []


def test_what_a_party_is_able_to_do_tells_no_transfer() -> None:
    assert claims("Lax controls may have helped Minsk's ability to acquire engines for tanks from Germany.\n") == []


def test_a_trade_told_by_its_level_is_no_transfer() -> None:
    assert claims("Imports of engines and turbines by Belarus are back to pre-war levels, officials said.\n") == []
    # Both ends named make the figure a flow between them (tests/evidence/test_sides_told_elsewhere.py).
    assert seen(only("Georgia's imports of engines from Japan shot up by 400 percent.\n"))[:2] == ("JP", "GE")


def test_where_speakers_come_from_is_no_supplier() -> None:
    assert seen(only("Envoys from Brazil say the rifle sales to Peru broke the treaty.\n"))[:2] == (None, "PE")


def test_not_only_adds_and_does_not_deny() -> None:
    claim = only("Bolivia has not only bought hundreds of rifles from Peru, but it is also building them at home, "
                 "she said.\n")
    assert seen(claim)[:2] == ("PE", "BO")
    assert claim.status is not ClaimStatus.DENIED


def test_papers_handed_over_are_not_goods() -> None:
    claim = only("A document provided to reporters by the Japanese ministry revealed that Georgia's imports of "
                 "engines from Japan shot up by 400 percent.\n")
    assert [g.description for g in claim.goods] == ["engines"]
    assert seen(claim)[:2] == ("JP", "GE")
    assert seen(only("A document provided to reporters by the Japanese ministry showed that Georgia bought 40 engines "
                     "last year.\n")) == (None, "GE", "2023")


def test_a_rule_s_scope_both_ways_tells_no_transfer() -> None:
    assert claims("The accord restricts the transfer of military equipment to and from Sudan.\n") == []
    assert claims("\"So, the transfer of rifles to or from Sudan no longer falls under the accord,\" he said.\n") == []


def test_whom_a_saying_is_addressed_to_is_no_side() -> None:
    assert all(c.supplier.country != "TG" and c.recipient.country != "TG" for c in claims(
        "Ghanaian officials assured Togo that the load was a donation of maize for the people of Mali.\n"))


def test_intelligence_obtained_is_no_goods() -> None:
    assert claims("Intelligence obtained by the Greek government showed the tanker had called at Latakia.\n") == []


def test_a_trade_that_went_on_at_a_reduced_level_is_no_transfer() -> None:
    assert claims("Maritime exports from Eritrea of gold and other banned minerals continued, but at a much reduced "
                  "level.\n") == []


def test_a_try_to_get_or_give_goods_tells_none_but_a_foiled_smuggling_is_read() -> None:
    assert claims("They called for vigilance over Eritrea's attempt to procure further jet fuel.\n") == []
    assert claims("\"By way of the Red Cross, Lima has pursued a gift of 8,000 tons of beans,\" the spokesman "
                  "said.\n") == []
    assert seen(only("An attempt to smuggle a Bentley into Laos was foiled by police in Bangkok last month.\n")) \
        == (None, "LA", "2024-02")
