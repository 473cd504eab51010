"""Transfers told in a clause that leans on another: a verb in -ing after "while" or "but also" done by the
subject of the clause before, a payment told between a subject and its verb, goods paid back to a side told
alone, and what others "say" after a transfer, which is no part of its clause."""

from __future__ import annotations

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.evidence import build_report, parse_document
from tests.evidence.reading import DATED, claims, only, seen


def test_a_verb_after_while_is_done_by_the_subject_of_the_clause_before() -> None:
    claim = only("Officials said that Pyongyang is expanding its arms factories, while currently supplying "
                 "multiple rocket launchers.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country is None
    assert claim.goods[0].description.endswith("rocket launchers")


def test_whom_the_clause_before_helped_with_something_takes_the_goods_sent_but_also() -> None:
    claim = only("Pyongyang is not only helping Moscow with engineers, but also sending howitzers.\n")
    assert seen(claim)[:2] == ("KP", "RU")
    assert claim.goods[0].description == "howitzers"


def test_a_verb_after_while_with_a_subject_of_its_own_keeps_it() -> None:
    claim = only("Customs officers were searching the trucks, while North Korea was shipping howitzers to Russia.\n")
    assert seen(claim)[:2] == ("KP", "RU")


def test_a_payment_told_between_the_subject_and_its_verb_is_no_clause_of_its_own() -> None:
    found = claims("North Korea has shipped artillery shells to Russia since August. Russia, in exchange for these "
                   "shells, sent North Korea wheat and aircraft parts.\n")
    sides = {(c.supplier.country, c.recipient.country, c.goods[0].description) for c in found}
    assert ("RU", "KP", "wheat") in sides
    assert all(c.supplier.country is not None and c.recipient.country is not None for c in found)


def test_goods_paid_back_to_the_one_side_told_go_the_other_way() -> None:
    found = claims("North Korea has shipped artillery shells to Russia since August, officials said. The shells "
                   "have been delivered to Moscow in exchange for wheat, the minister added.\n")
    wheat = [c for c in found if c.goods[0].description == "wheat"]
    assert len(wheat) == 1
    assert wheat[0].supplier.country == "RU"
    assert wheat[0].recipient.country in ("KP", None)


def test_what_others_say_after_a_transfer_is_no_part_of_its_clause() -> None:
    claim = only("North Korea sold iron ore to China last year, and researchers say workers abroad send back "
                 "$250 million annually.\n")
    assert seen(claim) == ("KP", "CN", "2023")
    assert claim.goods[0].description == "iron ore"


def test_a_habit_others_say_goes_on_still_gives_no_claim_of_its_own() -> None:
    assert claims("Researchers say Chinese traders buy seafood from North Korean boats every month.\n") == []


def test_goods_sent_by_the_subject_of_the_clause_before_are_never_permitted() -> None:
    document = parse_document((DATED + "Officials said that Pyongyang is expanding its arms factories, while "
                               "currently supplying multiple rocket launchers.\n").encode(), name="report.txt")
    report = build_report([document], assessor=Assessor(default_rulebook(), screen=False))
    assert [e.supplier.country for e in report.events] == ["KP"]
    assert all(e.decision is not None and e.decision.verdict.value != "permitted" for e in report.events)


def test_the_title_tells_the_transfer_a_body_without_words_of_transfer_does_not() -> None:
    found = claims("Satellite photos suggest illegal transfer of diesel to North Korea\n\n"
                   "The photos, taken on May 19, show two tankers lashed together in the Yellow Sea.\n")
    assert [(c.recipient.country, c.goods[0].description) for c in found] == [("KP", "diesel")]


def test_the_title_is_not_read_when_the_body_tells_the_transfer() -> None:
    found = claims("Illegal transfer of diesel to North Korea\n\n"
                   "A Chinese tanker transferred 600 tonnes of diesel to a North Korean tanker in May.\n")
    assert [seen(c) for c in found] == [("CN", "KP", "2023-05")]


def test_a_title_that_names_no_goods_in_particular_tells_no_claim() -> None:
    assert claims("Crackdown on smuggled goods from China\n\n"
                  "Market traders in Sinuiju were questioned by police last week.\n") == []


def test_whose_scheme_to_export_goods_it_was_sends_them() -> None:
    claim = only("Prosecutors said they had exposed North Korea's plan to export tons of iron ore to buyers "
                 "abroad.\n")
    assert claim.supplier.country == "KP"
    assert claim.goods[0].description.endswith("iron ore")


def test_a_scheme_that_names_its_buyer_keeps_both_sides() -> None:
    claim = only("Prosecutors said they had uncovered Pyongyang's scheme to export coal to Vietnam in 2019.\n")
    assert seen(claim) == ("KP", "VN", "2019")


def test_a_long_body_that_tells_no_transfer_is_not_summed_up_by_its_title() -> None:
    assert claims("Seoul says diesel sent to the North was for its own office\n\n"
                  "The ministry spoke on Thursday. Officials met reporters in the capital. They took questions for an "
                  "hour. The office opened last year. It employs twenty people.\n") == []


def test_who_say_a_transfer_happened_at_the_start_of_the_sentence_still_place_it() -> None:
    claim = only("Police in Osaka, Japan, say a student began smuggling North Korean soju into the country in 2019.\n")
    assert seen(claim)[:2] == ("KP", "JP")
