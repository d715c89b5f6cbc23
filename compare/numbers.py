"""Numbers in digits and in words: one regex to find them, one function to read them.

"twelve", "12", "1,800", "4.2bn", "40 bln", "two hundred and fifty", "a dozen", "half a",
"one and a half", "thirty-five" all become floats, so every later stage compares numbers only.
"""
from __future__ import annotations

import math
import re
from typing import Optional

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# abbreviations that follow digits: 4.2bn, 40 bln, 1.5m, 12k, 3 mln
SCALE_ABBREVIATIONS = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "mil": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "billion": 1_000_000_000,
    "billions": 1_000_000_000, "tn": 1_000_000_000_000, "trillion": 1_000_000_000_000,
    "hundred": 100,
}
OTHER_WORDS = {"dozen": 12, "dozens": 24, "score": 20, "half": 0.5, "quarter": 0.25, "a": 1, "an": 1}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

_WORD = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True))
_ONES = "|".join(sorted((w for w, v in UNITS_WORDS.items() if 1 <= v <= 9), key=len, reverse=True))
# one word, or tens and ones ("twenty-five", "forty two"); never two of a kind ("stage seven" and
# the next line's "Eleven spectators" are two numbers, not eighteen)
_PAIR = rf"(?:{_WORD})(?:(?<=ty)[\s-]+(?:{_ONES})\b)?"  # (every tens word ends in "ty", no other does)
_SCALE = "|".join(SCALE_WORDS)
# a spelled number: "twenty-five", "two hundred and fifty", "three million", "a dozen", "a hundred"
WORD_NUMBER = (
    rf"(?:{_PAIR}|an?(?=\s+(?:{_SCALE}|dozen)\b))"
    # ("two thousand, three hundred and eighteen": a comma only before a count of hundreds)
    rf"(?:\s+(?:{_SCALE})(?:(?:,(?=\s+(?:{_WORD})\s+hundred\b))?\s+(?:and\s+)?{_PAIR})?){{0,4}}"
    rf"(?:\s+dozen)?"
)
# "17-3/8 dlrs", "31 1/4": a whole and eighths, as old stock prices are quoted; a fraction's
# denominator is no number of its own
MIXED_FRACTION = r"(?<![\w.,/])\d{1,4}[-\s]\d{1,2}/(?:2|4|8|16|32|64)(?![\d/])"
# "3½ lengths", "2¾ per cent": a whole and a fraction in one character
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_GLYPHS = "".join(VULGAR_FRACTIONS)
GLYPH_FRACTION = rf"(?<![\w.,/])\d{{1,4}}[{_GLYPHS}](?![\d{_GLYPHS}/])"
DIGIT_NUMBER = (rf"{MIXED_FRACTION}|{GLYPH_FRACTION}|(?<![\w.,/])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]\d)"
                r"|(?<![\w.,/])\d+(?:\.\d+)?(?![\d])")
_ABBR = "|".join(sorted((a for a in SCALE_ABBREVIATIONS if len(a) > 1), key=len, reverse=True))
_LETTER_ABBR = "".join(sorted(a for a in SCALE_ABBREVIATIONS if len(a) == 1))
# digits with an optional scale: "4.2bn", "40 bln", "1.5 million", "12k"; a single letter only
# written on ("1.5m": "5000 m" is a length)
SCALED_DIGITS = rf"(?:{DIGIT_NUMBER})(?:\s?(?:{_ABBR})\b|[{_LETTER_ABBR}]\b)?"
FRACTION_WORDS = r"(?:one\s+and\s+a\s+half|two\s+and\s+a\s+half|a\s+half|half\s+an?|half)"
# "fourteen point eight billion", "four point two five": a decimal read out, digit by digit after the point
_DIGIT_WORDS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9}
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# after a number in words, tried in the one pass over the words: "and a half", a share of a scale
# word ("three-quarters of a billion"), a decimal read out ("fourteen point eight billion")
_WORD_SUFFIX = (rf"(?:\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters?)\b(?:\s+(?:{_SCALE})\b)?"
                rf"|[\s-]+quarters?\s+of\s+an?\s+(?:{_SCALE})\b"
                rf"|\s+point\s+(?:{_DIGIT_WORD})(?:\s+(?:{_DIGIT_WORD})){{0,3}}\b(?:\s+(?:{_SCALE})\b)?)?")
# "three and a half million", "half a million", "half a dozen": the scale belongs to the number
NUMBER_PATTERN = (
    rf"(?:{SCALED_DIGITS}|\ban?(?=[\s-]+quarter\s+of\s)[\s-]+quarter\s+of\s+an?\s+(?:{_SCALE})\b"
    # ("nought point four per cent": a decimal read out from nought, which counts nothing alone)
    rf"|\b(?:{WORD_NUMBER}|nought(?=\s+point\s))\b{_WORD_SUFFIX}"
    rf"|\b{FRACTION_WORDS}\b(?:\s+(?:{_SCALE}|dozen)\b)?)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)

_MIXED_RE = re.compile(r"(\d{1,4})[-\s](\d{1,2})/(\d{1,2})")
_TOKEN_RE = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?|\.\d+", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
# compiled once: parse_number runs for every value found, and re's cache lookup shows
_SIGN_RE = re.compile(r"[-\u2212]\s?[\d.]")
_HALF_RE = re.compile(r"(?:half(?:\s+an?)?|a\s+half)(?:\s+([a-z]+))?")
_AND_A_HALF_RE = re.compile(r"(.+?)\s+and\s+(a\s+half|a\s+quarter|three[\s-]quarters?)(?:\s+([a-z]+))?")
_AND_A_FRACTION = {"a": {"half": 0.5, "quarter": 0.25}, "three": {"quarter": 0.75, "quarters": 0.75}}
_SPOKEN_DECIMAL_RE = re.compile(rf"(.+?)\s+point\s+((?:{_DIGIT_WORD})(?:\s+(?:{_DIGIT_WORD})){{0,3}})(?:\s+({_SCALE}))?")
_QUARTER_OF_RE = re.compile(r"(a|one|three)[\s-]+quarters?\s+of\s+an?\s+([a-z]+)")


def spoken_decimal(text: str) -> Optional[tuple]:
    """(digits read after the point, scale) of a decimal read out: "nine point four million" is
    (1, 1e6), told to the same precision as "9.4 million"; None for any other number."""
    match = _SPOKEN_DECIMAL_RE.fullmatch(text.strip().lower())
    if not match:
        return None
    return len(match.group(2).split()), SCALE_WORDS.get(match.group(3) or "", 1)


def parse_number(text: str) -> Optional[float]:
    """Read a number written in digits, words or both; None when it is not a number."""
    cleaned = text.strip().lower().replace("\u2009", "").replace("\u00a0", " ")
    sign = 1.0
    if _SIGN_RE.match(cleaned):  # "-5", "\u22123.5"
        sign, cleaned = -1.0, cleaned[1:].lstrip()
    if not cleaned:
        return None
    if cleaned[-1] in VULGAR_FRACTIONS and cleaned[:-1].isdigit():
        return sign * (int(cleaned[:-1]) + VULGAR_FRACTIONS[cleaned[-1]])
    match = _MIXED_RE.fullmatch(cleaned)
    if match:
        whole, numerator, denominator = (int(g) for g in match.groups())
        return None if numerator >= denominator else sign * (whole + numerator / denominator)
    match = _SPOKEN_DECIMAL_RE.fullmatch(cleaned)
    if match:
        whole = 0.0 if match.group(1) == "nought" else _parse_words(_TOKEN_RE.findall(match.group(1)), 0.0)
        digits = "".join(str(_DIGIT_WORDS[w]) for w in match.group(2).split())
        scale = SCALE_WORDS.get(match.group(3) or "", 1)
        return None if whole is None else sign * (whole + float("0." + digits)) * scale
    match = _QUARTER_OF_RE.fullmatch(cleaned)
    if match:
        scale = SCALE_WORDS.get(match.group(2))
        return None if scale is None else sign * (0.75 if match.group(1) == "three" else 0.25) * scale
    match = _HALF_RE.fullmatch(cleaned)
    if match:
        scale = _scale_word(match.group(1))
        return None if scale is None else 0.5 * scale
    half, scale = 0.0, 1.0
    match = _AND_A_HALF_RE.fullmatch(cleaned)
    if match:
        first, *_, last = re.split(r"[\s-]+", match.group(2))
        fraction = _AND_A_FRACTION[first][last]
        cleaned, half, scale = match.group(1), fraction, _scale_word(match.group(3))
        if scale is None:
            return None
    tokens = _TOKEN_RE.findall(cleaned)
    if not tokens:
        return None
    if tokens[0][0] in "0123456789.":
        if not _DIGITS_RE.fullmatch(tokens[0]):
            return None  # "1,80", "1,2345": not digits grouped in thousands
        value = float(tokens[0].replace(",", ""))
        for token in tokens[1:]:
            factor = SCALE_ABBREVIATIONS.get(token) or SCALE_WORDS.get(token)
            if factor is None:
                return None
            value *= factor
        return sign * (value + half) * scale
    value = _parse_words(tokens, half)
    return None if value is None else value * scale


def _scale_word(word: Optional[str]) -> Optional[float]:
    """The factor of a scale word after "and a half" or "half a": none is 1, "dozen" is 12."""
    if word is None:
        return 1.0
    if word == "dozen":
        return 12.0
    return SCALE_WORDS.get(word)


def _parse_words(tokens: list, half: float) -> Optional[float]:
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if token == "and":
            continue
        if token in UNITS_WORDS:
            current += UNITS_WORDS[token]
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
        elif token in ("a", "an"):
            current += 1
        elif token in ("dozen", "dozens"):
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[token]
            current = 0.0
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current + half


def format_number(value: float) -> str:
    """12.0 -> "12", 4200000000.0 -> "4200000000", 2.5 -> "2.5": stable text for normalized forms."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def human_number(value: float) -> str:
    """A number as a reader expects it in a summary: 4200000000 -> "4.2 billion", 1800 -> "1,800".

    A scale word is used only when it loses nothing (1500400 stays "1,500,400"), so two different
    values never read the same in a summary of a conflict.
    """
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            scaled = round(value / scale, 3)
            if math.isclose(scaled * scale, value, rel_tol=1e-12):
                return f"{format_number(scaled)} {word}"
            break
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{round(value, 3):,.3f}".rstrip("0").rstrip(".")
