"""Names written in other scripts, rewritten in Latin letters before they are compared.

Hangul goes to the DPRK listing style (see `korean.romanise`). Cyrillic follows
a table of its own that reads Russian and Ukrainian the way Latin-script lists
write them (Цой -> tsoy, Щ -> shch, Ukrainian Г -> h and І -> i). Chinese
characters become pinyin without tones, one syllable a word (李成赫 -> li cheng he),
as lists write Chinese names. Everything else that is not Latin (Arabic, Persian,
Greek, Hebrew, Japanese kana, ...) goes through anyascii, the same way on both
sides of a comparison, so an Arabic query meets the Arabic name the UN list
carries for a designation.

anyascii is imported on the first name that needs it, so a Latin-only query
never pays for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctioneer.parties.korean import romanise

__all__ = ["CYRILLIC", "has_cjk", "transliterate"]

#: Cyrillic letters in Latin, as Latin-script sanctions lists write Russian and Ukrainian names.
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters.
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
}
# Ukrainian writes Г for h and И for y; a word with a letter only Ukrainian has is read that way.
_UKRAINIAN = {**CYRILLIC, "г": "h", "и": "y"}
_UKRAINIAN_ONLY = frozenset("єіїґ")

_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Letters beyond Latin, Cyrillic and Hangul that need anyascii: anything from Greek up,
# except the ranges handled above and the combining marks that `normalise` drops itself.
_OTHER = re.compile("[\u0370-\u03ff\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
                    "\ufb1d-\ufdff\ufe70-\ufeff]")


def has_cjk(text: str) -> bool:
    """Return True when `text` holds a Chinese character."""
    return _CJK.search(text) is not None


def _cyrillic_word(match: re.Match[str]) -> str:
    word = match.group(0)
    lower = word.lower()
    table = _UKRAINIAN if _UKRAINIAN_ONLY.intersection(lower) else CYRILLIC
    return "".join(table.get(ch, ch) for ch in lower)


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    """Return `text` with every non-Latin name written in Latin letters (Latin text comes back as it was)."""
    text = romanise(text)
    if _CYRILLIC_WORD.search(text):
        text = _CYRILLIC_WORD.sub(_cyrillic_word, text)
    if _OTHER.search(text):
        from anyascii import anyascii

        # One Chinese character is one syllable: written apart, as pinyin names are.
        text = _CJK.sub(lambda m: f" {m.group(0)} ", text)
        text = "".join(anyascii(ch) if _OTHER.match(ch) else ch for ch in text)
    return text
