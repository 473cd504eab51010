"""Times that are not when the goods went: a time of what is still to come, told after the transfer word ("was
being unloaded, and the work would end on May 26"), or of what is meant to be ("with intentions to send the pumps by
June"), the day a source quoted by another spoke ("According to the agency, citing an official on Tuesday, ...") or
spoke at a briefing, and the time of a warning or a request ("as its earlier warning in June said")."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen

# The reading tests are dated 20 March 2024, a Wednesday.


def test_a_time_still_to_come_after_the_transfer_word_is_no_date_of_the_transfer() -> None:
    claim = only("A Norwegian ship was being unloaded with Canadian wheat in Bangladesh, and the work would be "
                 "finished on March 26 or 27.\n")
    assert claim.date is None
    claim = only("Peru was shipping copper ore to Japan, and the last lot is expected to arrive next Friday.\n")
    assert claim.date is None
    # The time the transfer was made, told before what is still to come, stays.
    claim = only("Chile delivered 30 buses to Bolivia in February, and more will follow in May.\n")
    assert seen(claim) == ("CL", "BO", "2024-02")


def test_the_day_a_source_quoted_by_another_spoke_is_no_date_of_the_transfer() -> None:
    claim = only("According to a Danish newspaper, citing a ministry official on Tuesday, Denmark delivered 400 "
                 "tonnes of barley to Laos during the last week of February.\n")
    assert seen(claim) == ("DK", "LA", "2024-02")
    claim = only("According to the port authority, quoting its director on Monday, Brazil shipped 3,000 tonnes of "
                 "sugar to Ghana in January.\n")
    assert seen(claim) == ("BR", "GH", "2024-01")


def test_the_time_of_a_warning_is_no_date_of_the_transfer() -> None:
    claim = only("Malta sanctioned two firms that have been shipping Libyan crude to Tunisia, in a follow-up to its "
                 "warning in May 2022 about such voyages.\n")
    assert claim.date is None


def test_the_time_of_a_request_or_of_what_is_meant_to_be_is_no_date_of_the_transfer() -> None:
    claim = only("The committee allowed UNICEF to send 40 water pumps to Laos.\n\nUNICEF made this request in early "
                 "January, with intentions to send the pumps by June.\n")
    assert claim.date is None


def test_the_day_of_a_briefing_the_source_spoke_at_is_no_date_of_the_transfer() -> None:
    found = claims("Chile has sent thousands of buses to Bolivia since the summit between their presidents last "
                   "September, the minister said this week.\n\nThe vehicles have been delivered to help Bolivia's "
                   "mines in exchange for copper and other metals, the minister added.\n\nSpeaking at a press "
                   "briefing Monday, the minister said Chile had sent around 600 containers to Bolivia.\n")
    dates = {c.goods[0].description: c.date.iso() if c.date else None for c in found}
    assert dates == {"buses": "2023-09", "copper": None}
