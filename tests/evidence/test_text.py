"""Sentences with their offsets: wrapped lines are one sentence, headlines and captions stand alone."""

from __future__ import annotations

from sanctioneer.evidence.text import split_sentences

WRAPPED = (
    "A limousine for Pyongyang\n"
    "\n"
    "South Korea's foreign ministry said the gift breached UN Security Council resolutions, which ban\n"
    "the supply of all vehicles to North Korea. Separately, North Korea is accused of shipping shells\n"
    "to Russia since August 2023.\n"
)


def test_a_sentence_wrapped_over_lines_is_one_sentence_with_its_offsets() -> None:
    sentences = split_sentences(WRAPPED)
    assert [s.text.replace("\n", " ") for s in sentences] == [
        "A limousine for Pyongyang",
        "South Korea's foreign ministry said the gift breached UN Security Council resolutions, which ban "
        "the supply of all vehicles to North Korea.",
        "Separately, North Korea is accused of shipping shells to Russia since August 2023.",
    ]
    assert all(WRAPPED[s.start:s.end] == s.text for s in sentences)
    assert [s.heading for s in sentences] == [True, False, False]


def test_abbreviations_initials_and_numbers_do_not_end_a_sentence() -> None:
    text = "The U.S. Treasury named Mr. J. Smith on Jan. 5. He paid $2.5 million. It was seized."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. Treasury named Mr. J. Smith on Jan. 5.", "He paid $2.5 million.", "It was seized."]


def test_a_short_line_without_a_full_stop_is_a_caption_even_inside_a_paragraph() -> None:
    text = "Kim's car collection\nKim is believed to own a Maybach.\n"
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("Kim's car collection", True), ("Kim is believed to own a Maybach.", False)]


def test_a_long_headline_over_a_date_line_stands_alone() -> None:
    text = ("Belarus has sent more than four thousand crates of mortar rounds to Laos, officials say\n"
            "date 2024-05-02\n\nThe crates left Minsk by rail.\n")
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("Belarus has sent more than four thousand crates of mortar rounds to Laos, officials say", True),
        ("date 2024-05-02", True), ("The crates left Minsk by rail.", False)]


def test_a_long_headline_over_a_published_line_stands_alone() -> None:
    text = ("Tanker crews say they loaded diesel for the northern port twice in the same cold month\n"
            "Published May 4, 2021\n")
    assert [s.text for s in split_sentences(text)] == [
        "Tanker crews say they loaded diesel for the northern port twice in the same cold month",
        "Published May 4, 2021"]
