import pytest

from sanctioneer.parties.korean import fold, romanise
from sanctioneer.parties.names import keys, normalise, split_parenthesis, tokens


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
