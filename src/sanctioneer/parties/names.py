"""Name normalisation: one spelling per name, whatever the script, quotes or legal form.

`normalise` removes what never distinguishes two names (case, diacritics,
McCune-Reischauer apostrophes and breves, curly quotes, hyphens, punctuation)
and romanises Hangul. `tokens` then drops legal forms and stop words, so that
"Korea Mining Development Trading Co., Ltd." and "KOREA MINING DEVELOPMENT
TRADING CORPORATION" share the same words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sanctioneer.parties.korean import fold, romanise

__all__ = ["LEGAL_FORMS", "STOP_WORDS", "keys", "normalise", "split_parenthesis", "tokens"]

# Apostrophes of every kind vanish (CH'OE, CH’OE and CHʼOE all read choe): in McCune-
# Reischauer they mark aspiration or a syllable break, never a different name.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´ʹʾʿ′‛"), None)
_SEPARATORS = re.compile(r"[^\w]+|_")

#: Words naming a company's legal form; dropped because companies rename and drop them.
LEGAL_FORMS = frozenset({
    "co", "company", "companies", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation",
    "plc", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao", "gmbh", "ag", "sa", "sarl", "srl", "spa",
    "bv", "nv", "pte", "pty", "pvt", "sdn", "bhd", "fze", "fzc", "fzco", "fzllc", "llp", "lp", "kg",
    "kft", "sro", "ab", "oy", "tov", "jv", "cv", "lda", "ltda", "sac", "saic", "intl", "international",
})

#: Words too common in names to tell two parties apart.
STOP_WORDS = frozenset({"the", "of", "and", "for", "al", "el", "de", "du", "la", "le", "der", "von", "van"})


@lru_cache(maxsize=131072)
def normalise(text: str) -> str:
    """Return `text` lower-cased, romanised, without marks, quotes or punctuation, single-spaced."""
    text = unicodedata.normalize("NFKC", text)
    text = romanise(text)
    text = text.translate(_APOSTROPHES).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d").replace("ł", "l")
    return " ".join(_SEPARATORS.sub(" ", text).split())


@lru_cache(maxsize=131072)
def tokens(text: str) -> tuple[str, ...]:
    """Return the words of a name that identify it: normalised, without legal forms or stop words.

    A name made only of such words keeps them (a company called "The Company").
    """
    words = normalise(text).split()
    kept = tuple(w for w in words if w not in LEGAL_FORMS and w not in STOP_WORDS)
    return kept or tuple(words)


def keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the folded form of each word: Korean variant spellings collapse to one key."""
    return tuple(fold(word) for word in words)


def split_parenthesis(name: str) -> tuple[str, ...]:
    """Return the name without a parenthesised part, and that part, when it has one.

    "ABDALLAH AZZAM BRIGADES (AAB)" gives the name and the acronym as separate names.
    """
    match = re.fullmatch(r"\s*(.+?)\s*\(([^()]+)\)\s*(.*?)\s*", name)
    if not match:
        return ()
    head, inner, tail = match.groups()
    outer = f"{head} {tail}".strip()
    return tuple(part for part in (outer, inner) if len(part) > 1)
