"""Tests for compare/numbers.py: reading numbers in digits and words, finding them in text,
and writing them back out."""
from __future__ import annotations

import re

import pytest

from compare.numbers import NUMBER_PATTERN, NUMBER_RE, format_number, human_number, parse_number


@pytest.mark.parametrize("text, expected", [
    # digits
    ("12", 12),
    ("0", 0),
    (" 12 ", 12),
    ("1,800", 1800),
    ("12,000,000", 12_000_000),
    ("3.5", 3.5),
    ("0.25", 0.25),
    (".5", 0.5),
    ("1,234,567.5", 1_234_567.5),
    ("-5", -5),
    ("\u22123.5", -3.5),  # a real minus sign
    # digits with a scale
    ("4.2bn", 4_200_000_000),
    ("40 bln", 40_000_000_000),
    ("1.5 million", 1_500_000),
    ("1.5m", 1_500_000),
    ("3 mln", 3_000_000),
    ("12k", 12_000),
    ("12K", 12_000),
    ("2 trillion", 2_000_000_000_000),
    ("1,000 million", 1_000_000_000),
    # words
    ("twelve", 12),
    ("Twelve", 12),
    ("zero", 0),
    ("nineteen", 19),
    ("forty", 40),
    ("thirty-five", 35),
    ("thirty five", 35),
    ("ninety-nine", 99),
    ("two hundred and fifty", 250),
    ("two thousand, three hundred and eighteen", 2318),
    ("nineteen hundred", 1900),
    ("two thousand and five", 2005),
    ("one hundred and twenty-five thousand", 125_000),
    ("three million", 3_000_000),
    ("a million", 1_000_000),
    ("a hundred", 100),
    ("one million two hundred thousand", 1_200_000),
    ("a dozen", 12),
    ("two dozen", 24),
    # halves
    ("half", 0.5),
    ("half a", 0.5),
    ("half an", 0.5),
    ("a half", 0.5),
    ("one and a half", 1.5),
    ("two and a half", 2.5),
    ("twelve and a half", 12.5),
    ("three and a half million", 3_500_000),
    ("two and a half billion", 2_500_000_000),
    ("one and a quarter billion", 1_250_000_000),
    ("two and three quarters", 2.75),
    ("two and three-quarter", 2.75),
    ("half a million", 500_000),
    ("a half million", 500_000),
    ("half a dozen", 6),
    ("fourteen point eight billion", 14_800_000_000),
    ("four point two five", 4.25),
    ("twenty-one point oh four", 21.04),
    ("nought point four", 0.4),
    ("a quarter of a million", 250_000),
    ("three-quarters of a billion", 750_000_000),
])
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == pytest.approx(expected) and isinstance(value, float)


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "and", "someone", "often", "-", "12 apples", "1.2.3", "half a mile",
    "one and a half years", "1,80", "1,2345", "twelve o'clock", "a quarter of the town",
])
def test_parse_number_is_none_for_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("sentence, found", [
    ("Someone often said twelve people came, and 1,800 more.", ["twelve", "1,800"]),
    ("He paid 4.2bn dollars for 40 bln shares and 12k tokens.", ["4.2bn", "40 bln", "12k"]),
    ("It cost $3.5 million in 2021.", ["3.5 million", "2021"]),
    ("Thirty-five of them, a dozen eggs and half a loaf.", ["Thirty-five", "a dozen", "half a"]),
    ("About one hundred and twenty-five thousand people", ["one hundred and twenty-five thousand"]),
    ("two thousand, three hundred and eighteen cases", ["two thousand, three hundred and eighteen"]),
    ("two thousand, three of them new", ["two thousand", "three"]),
    ("It took one and a half years.", ["one and a half"]),
    ("Three and a half million people voted.", ["Three and a half million"]),
    ("Half a million people and half a dozen dogs", ["Half a million", "half a dozen"]),
    ("12,000,000 people", ["12,000,000"]),
    ("It was 5bn.", ["5bn"]),
    # a single letter is a scale only written on: "5000 m" is a length, "LHS 4172 b" a planet
    ("The 5000 m race, the 1.5m fans and LHS 4172 b", ["5000", "1.5m", "4172"]),
    ("0.5 percent", ["0.5"]),
    # number words inside other words are not numbers
    ("Anyone at all, oneself, tone, often, someone, tenants, attend, seventeenth", []),
    ("None of the phones were weighted.", []),
    ("A man and an apple", []),
])
def test_number_re_finds_numbers_in_sentences(sentence, found):
    assert [m.group() for m in NUMBER_RE.finditer(sentence)] == found


def test_number_re_match_spans_slice_the_sentence():
    sentence = "Officials said 17 people died, twelve were hurt and 1,800 left."
    spans = [m.span() for m in NUMBER_RE.finditer(sentence)]
    assert [sentence[a:b] for a, b in spans] == ["17", "twelve", "1,800"]
    assert spans[0] == (sentence.index("17"), sentence.index("17") + 2)


def test_every_match_parses():
    text = ("Some 212 passengers, thirty-five crew, 4.2bn dollars, a dozen boats, half a million fans, "
            "two and a half thousand tickets, 1,800 people, a quarter of a million kroner, four point two per cent "
            "and 40 bln euros.")
    for match in NUMBER_RE.finditer(text):
        assert parse_number(match.group()) is not None, match.group()


@pytest.mark.parametrize("text, found", [
    ("on stage seven\n\nEleven spectators were hurt", ["seven", "Eleven"]),
    ("one two three", ["one", "two", "three"]),
    ("twenty five and forty-two", ["twenty five", "forty-two"]),
    ("two hundred and twenty-five", ["two hundred and twenty-five"]),
])
def test_only_tens_and_ones_join_into_one_number(text, found):
    assert [m.group() for m in NUMBER_RE.finditer(text)] == found


def test_a_decimal_read_out_from_nought_is_found_whole():
    text = "Prices went up by nought point four per cent, and nought counts nothing alone."
    assert [m.group() for m in NUMBER_RE.finditer(text)] == ["nought point four"]


def test_number_pattern_is_embeddable():
    """Other modules build their patterns around NUMBER_PATTERN with named groups."""
    pattern = re.compile(rf"(?P<num>{NUMBER_PATTERN})\s+(?P<unit>km)\b", re.IGNORECASE)
    match = pattern.search("They drove about two hundred km north.")
    assert match and match.group("num") == "two hundred" and parse_number(match.group("num")) == 200


@pytest.mark.parametrize("value, text", [
    (12.0, "12"),
    (12, "12"),
    (4_200_000_000.0, "4200000000"),
    (2.5, "2.5"),
    (1 / 3, "0.333333"),
    (-3.0, "-3"),
    (0.0, "0"),
    (None, ""),
])
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("value, text", [
    (4_200_000_000, "4.2 billion"),
    (1_100_000_000, "1.1 billion"),
    (1_500_000, "1.5 million"),
    (3_000_000_000_000, "3 trillion"),
    (-2_000_000_000, "-2 billion"),
    (1800, "1,800"),
    (999, "999"),
    (0, "0"),
    (2.5, "2.5"),
    (0.1, "0.1"),
    (1234.5678, "1,234.568"),
    (-1234.5, "-1,234.5"),
    # a scale word only when it loses nothing: different values never read the same
    (1_500_400, "1,500,400"),
    (999_999_999, "999,999,999"),
])
def test_human_number(value, text):
    assert human_number(value) == text


def test_human_number_keeps_different_values_apart():
    values = [1_500_000, 1_500_400, 1_499_999, 1_234_000_000, 1_234_400_000]
    assert len({human_number(v) for v in values}) == len(values)


@pytest.mark.parametrize("text, expected", [
    ("17-3/8", 17.375), ("31 1/4", 31.25), ("5-1/2", 5.5), ("3½", 3.5), ("2¾", 2.75), ("10¼", 10.25),
])
def test_a_whole_and_a_fraction_is_one_number(text, expected):
    assert parse_number(text) == expected
    assert NUMBER_RE.fullmatch(text)


@pytest.mark.parametrize("text, unexpected", [
    ("closed at 17-3/8 dlrs", "8"),  # the denominator is part of the price
    ("open 24/7 since May", "7"),
])
def test_a_fraction_denominator_is_no_number_of_its_own(text, unexpected):
    assert unexpected not in [m.group() for m in NUMBER_RE.finditer(text)]
