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


def test_a_date_owning_another_noun_in_a_later_sentence_does_not_date_the_claim() -> None:
    found = claims("Peruvian prosecutors have charged three people with illegally importing Bolivian copper. "
                   "Thursday's indictment came two months after customs accused them of importing 800 tons of "
                   "Bolivian copper worth $3 million.\n")
    assert [c.date for c in found] == [None]


def test_overall_trade_is_no_goods() -> None:
    found = claims("Exports of rubber to Laos also rose 10 percent to $5 million in 2022 despite a decline in "
                   "Vietnam's overall exports to Laos in the year.\n")
    assert "overall" not in [g.description for c in found for g in c.goods]
    worn = claims("Thailand shipped 300 overalls and boots to Laos in May.\n")
    assert [[g.description for g in c.goods] for c in worn] == [["overalls", "boots"]]


def test_who_investigates_parties_for_a_transfer_is_no_side_of_it() -> None:
    found = claims("The Thai government is investigating several foreign boats for allegedly transferring diesel "
                   "to Cambodian boats at sea.\n")
    assert [seen(c)[:2] for c in found] == [(None, "KH")]


def test_a_cover_story_is_no_transfer() -> None:
    cover = claims("The traders made it appear that the soap and sauce were being sent to a company in Vientiane, "
                   "Laos.\n")
    assert cover == []
    shipped = claims("The Thai traders shipped soap and sauce, making it look as if the goods were being sent to a "
                     "company in Vientiane, Laos.\n")
    assert "LA" not in [c.recipient.country for c in shipped]
    found = claims("Two men are suspected of illegally exporting soap, gas stoves and sauce from Bangkok to Myanmar "
                   "by making it appear that the goods were being sent to a company in Vientiane, Laos.\n")
    assert [seen(c)[:2] for c in found] == [("TH", "MM")]


def test_goods_sent_by_ship_are_not_a_kind_of_ship() -> None:
    found = claims("Two men are suspected of illegally exporting by ship from the port of Bangkok goods, including "
                   "soap, gas stoves and sauce, to Myanmar.\n")
    assert [(seen(c)[:2], [g.description for g in c.goods][-3:]) for c in found] == [
        (("TH", "MM"), ["soap", "gas stoves", "sauce"])]
    bare = claims("Two Thai traders illegally exported by sea soap to Myanmar.\n")
    assert [[g.description for g in c.goods] for c in bare] == [["soap"]]


def test_a_count_of_companies_is_no_quantity_of_goods() -> None:
    found = claims("Two Peruvian firms illegally imported copper from Bolivia last year. The two companies imported "
                   "copper worth $3 million between May and June 2023.\n")
    assert [g.quantity for c in found for g in c.goods] == [None]


def test_who_bans_the_goods_did_not_send_them() -> None:
    found = claims("Many of them make money by smuggling goods prohibited by the Thai government into Cambodia "
                   "across the river.\n")
    assert "TH" not in [c.supplier.country for c in found]


def test_the_price_of_carriage_is_no_transfer() -> None:
    assert claims("It costs about $9 to ship 70 kilos of rice from Thailand to Cambodia.\n") == []
    shipped = claims("Thailand shipped 70 tons of rice to Cambodia.\n")
    assert [seen(c)[:2] for c in shipped] == [("TH", "KH")]


def test_the_import_a_rule_in_force_bans_is_no_transfer() -> None:
    assert claims("A source in Vientiane agreed that the import into Laos of motor vehicles and their parts is now "
                  "banned under the new rules.\n") == []
    blocked = claims("The export of two tanks from Poland to Laos was banned by a court in May.\n")
    assert [seen(c) for c in blocked] == [("PL", "LA", "2023-05")]


def test_a_travellers_own_car_carried_in_his_train_on_a_visit_is_no_transfer() -> None:
    assert claims("Notably, during his May visit to Vietnam, President Lukashenko transported a Mercedes-Benz "
                  "Maybach in his armoured train, though it lacked a logo.\n") == []
    given = claims("During his visit to Vietnam, Lukashenko presented a tractor to the Vietnamese president.\n")
    assert [seen(c)[:2] for c in given] == [("BY", "VN")]
    shipped = claims("During the visit, Belarus transported 20 tractors to Vietnam on its ships.\n")
    assert [seen(c)[:2] for c in shipped] == [("BY", "VN")]


def test_where_papers_said_the_goods_were_going_is_no_recipient() -> None:
    found = claims("Police in Bangkok foiled an attempt to smuggle a $90,000 Toyota sedan into Myanmar weeks ago. The "
                   "car was seized during a raid on a used car dealer on March 7 in Chonburi province. A Thai "
                   "newspaper reported that the dealer had submitted papers stating that the luxury car was being "
                   "sent to Laos via Cambodia.\n")
    assert "LA" not in [c.recipient.country for c in found]
    assert ("TH", "MM") in [seen(c)[:2] for c in found]
