import pytest

from sanctioneer.parties.korean import fold, romanise
from sanctioneer.parties.names import analyse, keys, normalise, split_parenthesis, tokens


@pytest.mark.parametrize(
    "written",
    ["CH'OE SO’K MIN", "Ch’oe So’k-min", "Chʼoe Sŏk Min", "choe  sok   min", "CHOE-SOK-MIN", "최석민"],
)
def test_every_spelling_of_choe_sok_min_normalises_to_the_listing(written: str) -> None:
    assert normalise(written) == "choe sok min"


@pytest.mark.parametrize(
    ("variant", "listing"),
    [
        ("Choi Seok-min", "CH'OE SO'K MIN"),
        ("Lee Pyung Chul", "RI PYONG CHOL"),
        ("Rhee Pyong-chol", "RI PYONG CHOL"),
        ("Park Chun Il", "PAK CHUN IL"),
        ("Chung Song Il", "JONG SONG IL"),
        ("Oh Yong Ho", "O YONG HO"),
        ("Yu Jin", "RYU JIN"),
        ("Jang Song Thaek", "JANG SONG THAEK"),
    ],
)
def test_korean_variant_spellings_fold_to_the_same_keys(variant: str, listing: str) -> None:
    assert keys(tokens(variant)) == keys(tokens(listing))


def test_hangul_is_romanised_as_dprk_listings_write_names() -> None:
    assert romanise("김정은") == "kim jong un"
    assert romanise("리병철") == "ri pyong chol"
    assert romanise("장성택") == "jang song thaek"


def test_folding_leaves_non_korean_words_alone() -> None:
    assert fold("smith") == "smith"
    assert fold("mohammed") == "mohammed"


def test_legal_forms_and_stop_words_are_dropped() -> None:
    assert tokens("Korea Mining Development Trading Co., Ltd.") == tokens(
        "KOREA MINING DEVELOPMENT TRADING CORPORATION")
    assert tokens("The Company") == ("the", "company")


def test_a_parenthesised_acronym_becomes_its_own_name() -> None:
    assert split_parenthesis("ABDALLAH AZZAM BRIGADES (AAB)") == ("ABDALLAH AZZAM BRIGADES", "AAB")
    assert split_parenthesis("KOMID") == ()


@pytest.mark.parametrize(
    ("written", "words", "forms"),
    [
        ("KOREA MINING DEVELOPMENT TRADINGCOMPANY", ("korea", "mining", "development", "trading"), ("company",)),
        ("Ostsee Technik Aktiengesellschaft", ("ostsee", "technik"), ("ag",)),
        ("Sovcomflot Open Joint Stock Company", ("sovcomflot",), ("jsc",)),
        ("Petroleos de Venezuela Societe Anonyme", ("petroleos", "venezuela"), ("sa",)),
        ("Petroleos de Venezuela S.A.", ("petroleos", "venezuela"), ("sa",)),
        ("Romashka OOO", ("romashka",), ("llc",)),
    ],
)
def test_legal_forms_are_read_long_short_and_merged(written: str, words: tuple[str, ...],
                                                    forms: tuple[str, ...]) -> None:
    parts = analyse(written)
    assert (parts.words, parts.forms) == (words, forms)


def test_initials_are_words_and_a_form_of_single_letters_only_ends_a_name() -> None:
    assert analyse("S. A. Khan").words == ("s", "a", "khan")


def test_numbers_are_digits_however_written() -> None:
    assert normalise("Office Thirty-Nine") == normalise("OFFICE39") == "office 39"
    assert normalise("Fund III") == "fund 3"
    assert normalise("Li3 Cheng2 He4") == "li cheng he"
    assert normalise("Ocean3 Shipping") == "ocean 3 shipping"


def test_leading_titles_are_dropped_and_the_same_word_later_is_kept() -> None:
    assert tokens("Col. Kim Myong Chol") == ("kim", "myong", "chol")
    assert tokens("Kang Myong Col") == ("kang", "myong", "col")


@pytest.mark.parametrize(
    ("written", "latin"),
    [("Цой Сок Мин", "tsoy sok min"), ("Віктор Медведчук", "viktor medvedchuk"), ("Щукин", "shchukin"),
     ("李成赫", "li cheng he"), ("Lǐ Chénghè", "li chenghe")],
)
def test_other_scripts_are_written_in_latin_letters(written: str, latin: str) -> None:
    assert normalise(written) == latin


def test_given_name_syllables_are_not_read_as_family_names() -> None:
    assert fold("chun") == fold("jeon") == fold("chon")
    assert fold("chun", surname=False) == "chun"
    assert keys(("pak", "chun", "il")) != keys(("pak", "chon", "il"))
