"""Korean names: Hangul to the romanisation DPRK listings use, and folding of variant spellings.

UN DPRK listings write names in a McCune-Reischauer style without diacritics,
one syllable per word: CH'OE SO'K MIN, RI PYONG CHOL, JANG SONG THAEK. The same
people appear elsewhere as Choi Seok-min (South Korean Revised Romanisation),
Lee/Rhee/Yi for Ri, Park for Pak, Jung/Chung for Jong, and in Hangul (최석민).
`romanise` turns Hangul into the listing style; `fold` maps every such spelling
of a syllable to one key so that the variants compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["SURNAME_VARIANTS", "fold", "has_hangul", "is_korean_token", "is_syllable", "romanise"]

_FIRST, _LAST = 0xAC00, 0xD7A3

# Initial consonants in the North Korean official system (ㅈ j, ㅊ ch, ㅌ th), which the
# DPRK sanctions committee's listings follow for names such as JANG SONG THAEK and KIM JONG UN.
_INITIALS = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h")
_VOWELS = (
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo",
    "u", "wo", "we", "wi", "yu", "u", "ui", "i",
)
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
    "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)

_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")

#: Spellings of one syllable (mostly family names) in use across DPRK listings, MR,
#: Revised Romanisation and common English forms, mapped to the DPRK listing form.
SURNAME_VARIANTS: dict[str, str] = {
    **dict.fromkeys(("lee", "li", "rhee", "yi", "i", "rie", "ree", "rhie", "yee", "ri", "ni"), "ri"),
    **dict.fromkeys(("choi", "chwe", "choy", "choe", "chey"), "choe"),
    **dict.fromkeys(("park", "bak", "bahk", "pak", "parc"), "pak"),
    **dict.fromkeys(("chong", "jung", "chung", "jeong", "cheong", "joung", "jong"), "jong"),
    **dict.fromkeys(("oh", "o"), "o"),
    **dict.fromkeys(("yu", "yoo", "you", "ryoo", "ryu"), "ryu"),
    **dict.fromkeys(("lim", "im", "yim", "rim"), "rim"),
    **dict.fromkeys(("roh", "no", "noh", "ro"), "ro"),
    **dict.fromkeys(("na", "ra", "rah"), "ra"),
    **dict.fromkeys(("gim", "kim"), "kim"),
    **dict.fromkeys(("cho", "jo", "joe"), "jo"),
    **dict.fromkeys(("ahn", "an"), "an"),
    **dict.fromkeys(("yoon", "yun"), "yun"),
    **dict.fromkeys(("jeon", "chon", "chun", "jon"), "jon"),
    **dict.fromkeys(("seo", "suh", "so"), "so"),
    **dict.fromkeys(("shin", "sin"), "sin"),
    **dict.fromkeys(("woo", "wu", "u"), "u"),
    **dict.fromkeys(("hyun", "hyeon", "hyon"), "hyon"),
    **dict.fromkeys(("koh", "go", "ko"), "ko"),
    **dict.fromkeys(("moon", "mun"), "mun"),
    **dict.fromkeys(("baek", "paik", "baik", "paek"), "paek"),
    **dict.fromkeys(("joo", "chu", "ju"), "ju"),
    **dict.fromkeys(("kang", "gang"), "kang"),
    **dict.fromkeys(("kwon", "gwon"), "kwon"),
    **dict.fromkeys(("hwang", "whang"), "hwang"),
    **dict.fromkeys(("young", "yeong", "yong"), "yong"),
    **dict.fromkeys(("sung", "seong", "song"), "song"),
    **dict.fromkeys(("myung", "myeong", "myong"), "myong"),
    **dict.fromkeys(("hyuk", "hyeok", "hyok"), "hyok"),
    **dict.fromkeys(("cheol", "chul", "chol"), "chol"),
    **dict.fromkeys(("seok", "suk", "sok"), "sok"),
    **dict.fromkeys(("hee", "heui", "hui"), "hui"),
    **dict.fromkeys(("deok", "duk", "dok"), "dok"),
}

# Spellings that map to a family name only as a family name: as a given-name syllable they are
# other syllables (춘 chun is not 전 jeon, 숙 suk is not 석 sok, 이 i is not 리 ri).
_SURNAME_ONLY = frozenset({"chun", "chon", "jon", "jeon", "suk", "i", "yi", "ni", "no", "noh", "ro", "na", "rah",
                           "so", "seo", "o", "u", "im", "go"})

# Korean family names as Russian writes them (Цой, Ли, Пэк), once read into Latin letters.
_CYRILLIC_SPELLINGS = {"tsoy": "choe", "tsoi": "choe", "pek": "paek", "khvan": "hwang", "khon": "hong"}

_SYLLABLE = (
    r"(?:tch|kk|tt|pp|ss|jj|ch|kh|th|ph|sh|rh|k|g|n|t|d|r|l|m|p|b|s|j|h|c)?"
    r"(?:yae|yeo|wae|weo|ya|yo|yu|ye|yi|wa|wo|we|wi|ae|oe|eo|eu|ui|oo|ee|ou|oi|ai|a|e|i|o|u)"
    r"(?:ng|rk|n|m|l|k|p|t|h|r)?"
)
_KOREAN_TOKEN = re.compile(f"(?:{_SYLLABLE}){{1,3}}")

# Ordered rewrites that erase the differences between romanisation systems.
_REWRITES = (
    (re.compile("eo"), "o"),
    (re.compile("eu"), "u"),
    (re.compile("oo"), "u"),
    (re.compile("ou"), "o"),
    (re.compile("ee"), "i"),
    # South Korean spellings write 영/병/경/형 with "yung" (Pyung, Kyung, Hyung); listings write "yong".
    (re.compile("yung$"), "yong"),
    (re.compile("tch"), "ch"),
    (re.compile("j"), "ch"),
    (re.compile("sh"), "s"),
    (re.compile("([ktp])h"), r"\1"),
    (re.compile("ng"), "\x00"),
    (re.compile("g"), "k"),
    (re.compile("\x00"), "ng"),
    (re.compile("d"), "t"),
    (re.compile("b"), "p"),
    (re.compile("l"), "r"),
    (re.compile("rk$"), "k"),
    (re.compile("(?<=[aeiou])h$"), ""),
)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    written = {i + v + f for i in _INITIALS for v in _VOWELS for f in _FINALS}
    return frozenset(written | {fold(w) for w in written} | set(SURNAME_VARIANTS))


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """Return True when `token` is one Korean syllable as some romanisation writes it (chol, cheol; not chl, col)."""
    return token in _syllables() or (is_korean_token(token) and fold(token) in _syllables() and len(token) <= 6
                                     and fold(token) == fold(fold(token)))


def has_hangul(text: str) -> bool:
    """Return True when `text` holds at least one Hangul syllable."""
    return _HANGUL_RUN.search(text) is not None


def _syllable(char: str) -> str:
    code = ord(char) - _FIRST
    initial, rest = divmod(code, 21 * 28)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial] + _VOWELS[vowel] + _FINALS[final]


def _word(word: str) -> str:
    # Each syllable becomes its own word, as DPRK listings print names (SO'K MIN, not Sokmin),
    # so a name written without spaces (최석민) needs no family-name split.
    return " ".join(_syllable(char) for char in word)


def romanise(text: str) -> str:
    """Rewrite every Hangul run in `text` in the DPRK listing style: 최석민 -> choe sok min."""
    if not has_hangul(text):
        return text
    return _HANGUL_RUN.sub(lambda m: f" {_word(m.group(0))} ", text).strip()


@lru_cache(maxsize=65536)
def is_korean_token(token: str) -> bool:
    """Return True when `token` reads as one to three romanised Korean syllables."""
    return _KOREAN_TOKEN.fullmatch(token) is not None


@lru_cache(maxsize=262144)
def fold(token: str, *, surname: bool = True) -> str:
    """Map a romanised Korean syllable (or run of syllables) to one key for all its spellings.

    Choi, Choe and Ch'oe give ``choe``; Seok and Sok give ``sok``; Lee, Rhee, Yi
    and Ri give ``ri``; Jung, Chung, Jeong and Jong give one key. Tokens that do not
    read as Korean come back unchanged. With `surname` false (a given-name syllable), the
    family-name spellings that are other syllables in a given name are not mapped.
    """
    token = _CYRILLIC_SPELLINGS.get(token, token)
    if not is_korean_token(token):
        return token
    text = token if not surname and token in _SURNAME_ONLY else SURNAME_VARIANTS.get(token, token)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text
