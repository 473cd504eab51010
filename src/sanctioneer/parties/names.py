"""Name normalisation: one spelling per name, whatever the script, quotes, numbers or legal form.

`normalise` removes what never distinguishes two names (case, diacritics,
McCune-Reischauer apostrophes and breves, curly quotes, hyphens, punctuation),
writes other scripts in Latin letters (see `scripts`), writes numbers as digits
("Thirty-Nine" and "39", "II" and "2") and cuts letters from digits ("Office39").
`analyse` then takes out what is not identity: legal forms (a data table of long
and short forms in many languages, also when merged into the word before, as in
"TRADINGCOMPANY"), titles and stop words. The legal forms are kept aside, so
that two different specific forms (AG, GmbH) can tell two companies apart while
a missing or generic one (Co., Ltd., Corporation) changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctioneer.parties.korean import fold
from sanctioneer.parties.scripts import transliterate

__all__ = ["LEGAL_FORMS", "STOP_WORDS", "TITLES", "NameParts", "analyse", "keys", "normalise",
           "split_parenthesis", "tokens"]

_DATA = Path(__file__).parent / "data"

# Apostrophes of every kind vanish (CH'OE, CH’OE and CHʼOE all read choe): in McCune-
# Reischauer they mark aspiration or a syllable break, never a different name.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´ʹʾʿ′‛"), None)
_SEPARATORS = re.compile(r"[^\w]+|_")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
# Pinyin with tone numbers (wang2 wei3): the digit goes, the syllable stays.
_DIGIT = re.compile(r"\d")
_TONE = re.compile(r"\b([a-z]*[aeiouvngr])([1-5])\b")


def _read_forms() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    forms: dict[tuple[str, ...], str] = {}
    generic: set[str] = set()
    for line in (_DATA / "legal_forms.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, written = line.partition(":")
        if kind.startswith("*"):
            kind = kind[1:]
            generic.add(kind)
        for form in written.split(","):
            forms[tuple(form.split())] = kind
    return forms, frozenset(generic)


def _read_words(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(word.strip() for line in lines for word in line.split(","))


#: Legal forms, each written out as its words, mapped to its kind (``aktiengesellschaft`` -> ``ag``).
LEGAL_FORMS, GENERIC_FORMS = _read_forms()
_LONGEST_FORM = max(map(len, LEGAL_FORMS))
# Forms found merged into the word before them ("TRADINGCOMPANY"): only long, unmistakable ones.
_MERGED = tuple(sorted((f[0] for f in LEGAL_FORMS if len(f) == 1 and len(f[0]) >= 4), key=len, reverse=True))
#: Titles and ranks, never part of who someone is.
TITLES = _read_words("titles.txt")
#: Words too common in names to tell two parties apart.
STOP_WORDS = frozenset({"the", "of", "and", "for", "al", "el", "de", "du", "la", "le", "der", "von", "van"})

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBERS = {word: value for value, word in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
# Roman numerals from two on (a lone "i", "v" or "x" is more often an initial than a number).
_ROMAN = {r: str(v) for v, r in enumerate(
    "_ _ ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()) if len(r) > 1}


def _numbers(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        value = _NUMBERS.get(word)
        if value is None:
            out.append(_ROMAN.get(word, word))
        elif word in _TENS and i + 1 < len(words) and 0 < _NUMBERS.get(words[i + 1], 0) < 10:
            # "Thirty-Nine" is one number.
            out.append(str(value + _NUMBERS[words[i + 1]]))
            i += 1
        else:
            out.append(str(value))
        i += 1
    return out


def _tones(text: str) -> str:
    # Only a name written wholly in numbered pinyin loses its digits ("Ocean3" keeps its 3).
    if not _DIGIT.search(text):
        return text
    numbered = [w for w in text.split() if any(ch.isdigit() for ch in w)]
    if len(numbered) >= 2 and all(_TONE.fullmatch(w) for w in numbered):
        return _TONE.sub(r"\1", text)
    return text


@lru_cache(maxsize=131072)
def normalise(text: str) -> str:
    """Return `text` in Latin letters, lower-cased, without marks, quotes or punctuation, single-spaced."""
    if text.isascii():
        # Most listed names: no script, mark or special letter to handle.
        text = text.translate(_APOSTROPHES).lower()
    else:
        text = unicodedata.normalize("NFKC", text)
        text = transliterate(text)
        text = text.translate(_APOSTROPHES).casefold()
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d").replace("ł", "l")
    text = _SEPARATORS.sub(" ", text)
    if _DIGIT.search(text):
        text = _LETTER_DIGIT.sub(" ", _tones(text))
    return " ".join(_numbers(text.split()))


@dataclass(frozen=True)
class NameParts:
    """A name cut into the words that identify it and the legal forms it states."""

    words: tuple[str, ...]
    forms: tuple[str, ...]
    """The kinds of legal form found (``ag``, ``llc``, ``company``), in order."""
    dropped: tuple[str, ...]
    """Words left out (forms, titles, stop words), as written after normalising."""

    @property
    def specific_forms(self) -> frozenset[str]:
        return frozenset(self.forms) - GENERIC_FORMS


_MERGED_AT_END = re.compile(f"(.{{3,}}?)({'|'.join(_MERGED)})")


def _split_merged(word: str) -> tuple[str, str] | None:
    match = _MERGED_AT_END.fullmatch(word)
    return (match.group(1), match.group(2)) if match else None


def _merged_forms(word: str) -> tuple[str, list[str]] | None:
    """Return the word without the legal forms merged at its end ("corporationcompany" has two), and the forms."""
    forms: list[str] = []
    split = _split_merged(word)
    while split:
        word, form = split
        forms.insert(0, form)
        if (word,) in LEGAL_FORMS:
            forms.insert(0, word)
            word = ""
            break
        split = _split_merged(word)
    return (word, forms) if forms else None


@lru_cache(maxsize=131072)
def analyse(text: str) -> NameParts:
    """Cut a name into identifying words and legal forms; titles and stop words are dropped.

    A name made only of such words keeps them (a company called "The Company").
    """
    words = normalise(text).split()
    kept: list[str] = []
    forms: list[str] = []
    dropped: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST_FORM, len(words) - i), 0, -1):
            kind = LEGAL_FORMS.get(tuple(words[i:i + size]))
            # A form of single letters (S.A.) only ends a name: elsewhere they are initials.
            if kind is not None and (size == 1 or max(map(len, words[i:i + size])) > 1 or i + size == len(words)):
                forms.append(kind)
                dropped.append(" ".join(words[i:i + size]))
                i += size
                break
        else:
            word = words[i]
            merged = _merged_forms(word) if len(words) > 1 or len(word) > 9 else None
            if merged:
                if merged[0]:
                    kept.append(merged[0])
                forms.extend(LEGAL_FORMS[(form,)] for form in merged[1])
                dropped.extend(merged[1])
            elif word in STOP_WORDS or (word in TITLES and not kept):
                # Titles lead a name (Col. Kim); the same word later is a name (Kang Myong Col).
                dropped.append(word)
            else:
                kept.append(word)
            i += 1
    if not kept:
        return NameParts(tuple(words), (), ())
    return NameParts(tuple(kept), tuple(forms), tuple(dropped))


def tokens(text: str) -> tuple[str, ...]:
    """Return the words of a name that identify it: normalised, without legal forms, titles or stop words."""
    return analyse(text).words


def keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the folded form of each word: Korean variant spellings collapse to one key.

    The first and last words are read as a possible family name (Lee, Rhee, Yi -> ri); the others
    only lose the differences between romanisation systems, so two given names stay two.
    """
    last = len(words) - 1
    return tuple(fold(word, surname=i in (0, last)) for i, word in enumerate(words))


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
