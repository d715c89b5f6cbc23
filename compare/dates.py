"""Dates, durations and times of day in news text, normalized to ISO 8601 / TIMEX3 values.

Articles about one story say when things happened and how long they took in many ways
("Oct. 5", "5 October 2021", "last Tuesday", "three months ago", "a 12-day mission", "2:05:41");
comparing sources needs one normalized form per expression and the interval it allows.

Normalized forms (TimeML TIMEX3 values):

=================================  ==========================================================
date, day / month / year           ``2021-10-05``, ``2021-10``, ``2021``
decade, century                    ``199`` (the 1990s), ``19`` (the 20th century)
ISO week, weekend                  ``2024-W10``, ``2024-W10-WE``
quarter, half, season              ``2024-Q3``, ``2024-H1``, ``2021-SP|SU|FA|WI``
date range                         ``2021-10-05/2021-10-07``, ``2019/2021`` (qualifier range)
partial date, no published date    ``XXXX-10-05``, ``XXXX-10``, ``XXXX-Q3``, ``XXXX-WXX-2``
relative date, no published date   the expression, lowercased ("last year", resolved=False)
duration                           ``P3M``, ``P12D``, ``PT30M``, ``P2.5Y``, ``P10Y`` (a decade)
composite duration                 ``PT2H1M9S`` ("2:05:41", "2 hours, 1 minute and 9 seconds"):
                                   value in its smallest unit (7269.0, "second")
duration range                     ``P10D/P12D`` (value is the lower number)
vague duration ("several years")   ``PXY`` (value None)
time of day                        ``T14:30`` (noon ``T12:00``, midnight ``T24:00``)
=================================  ==========================================================

A season ``YYYY-WI`` is the winter whose January falls in YYYY (Dec YYYY-1 to Feb YYYY);
the other seasons are the meteorological ones (spring Mar-May, summer Jun-Aug, fall Sep-Nov).
"last night" is the day before the published date (the evening the night begins in), and a
part of a day ("Tuesday morning", "this evening") is that day's date.

Bounds (``low``/``high``): dates in days since 1970-01-01 (first and last day covered),
durations in seconds (a month is 1/12 of 365.2425 days), times in seconds since midnight.
Qualifier words are part of the quoted span; for a value v:

==========================================================  ===========  ==============
words                                                       qualifier    bounds
==========================================================  ===========  ==============
(none), only, just                                          exact        [v, v]
about, around, roughly, approximately, some, circa,         approximate  [0.85v, 1.15v]
an estimated, "... or so"
nearly, almost, close to, just under, not quite             approximate  [0.85v, v]
just over, a little over, slightly more than                more_than    [v, 1.15v]
more than, over, upwards of, in excess of, well over        more_than    [v, 1.5v]
at least, no less than, a minimum of, "... or more", N-plus at_least     [v, inf]
up to, at most, no more than, as many as, within,           at_most      [0, v]
"... or less"
less than, under, fewer than, shorter than                  less_than    [0, v]
two to three, 10-12, between 10 and 12, two or three        range        [a, b]
early / mid / late (2025, March, the 1990s, last week)      approximate  first / middle /
                                                                         last third
the beginning / middle / end of, year-end                   approximate  same thirds
earlier / later this week, month, year                      approximate  [start, published]
                                                                         / [published, end]
a couple of                                                 approximate  [2, 3]
a few / several / many / for years                          approximate  [2, 5] / [3, 9] /
                                                                         [5, inf] / [2, inf]
==========================================================  ===========  ==============

A qualified relative date ("about three months ago") keeps the normalized point (the month three
months before publication) and covers every day the qualified distance allows (an unbounded
distance counts as twice v). An "approximate" explicit date ("around 2010") widens by one unit
of its precision on each side; a time of day by 30 minutes.

Relative dates are resolved against the published date: "yesterday", "Tuesday" (past tense:
the latest Tuesday on or before publication; future tense: the next one), "last week",
"three months ago", "next October 12". Expressions relative to the story rather than to the
writing ("a year earlier", "two days later", "the next day") take the latest date mentioned
before them, or the published date when there is none ("the quarter" of an earnings report:
the last quarter named, else the last one ended before publication). Dates without a year take
the published year, moved a year back when the tense word nearest them is past and the date
would lie more than a month after publication ("premiered Dec. 10" read in January), and a year
forward when it is future and the date would lie more than a week before it; with no tense word
the nearer of the two is taken ("takes office in January" read in December is next January).

Not emitted: ages ("36-year-old", "aged 36", "36 years old"), recurrences ("every two years",
"twice a year", "every Friday", "24/7"), numbers inside codes and titles ("MS-19", "COVID-19",
"Boeing 737"), and vague references ("recently", "now", "the past", "a few years ago").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, Optional

from .numbers import NUMBER_PATTERN, TENS_WORDS, UNITS_WORDS, format_number, parse_number
from .text import LIST_MARK


@dataclass(frozen=True)
class TemporalMatch:
    """One temporal expression: where it is, what it says, and the interval it allows."""

    start: int
    end: int
    kind: str  # "date" | "duration" | "time"
    value: object  # date: the normalized string; duration: a number in `unit`; time: "14:30"
    unit: Optional[str]
    normalized: str
    qualifier: str
    low: Optional[float]
    high: Optional[float]
    resolved: bool
    relative: bool
    twelve_hour: bool = False  # a time told in words with no part of the day: a.m. or p.m.


# ---------------------------------------------------------------------------------------------
# vocabulary

_EPOCH = date(1970, 1, 1)
_INF = math.inf

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_FULL_MONTHS = frozenset(("january february march april may june july august september october "
                          "november december").split())
_WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
             "saturday": 6, "sunday": 7}
_WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "twenty-second": 22, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
_UNIT_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth").split()
# a day of the month in words: "the twenty-fifth of August", "August the third"
_DAY_ORDINALS = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, 1)},
    **{word: n for n, word in enumerate(("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                         "seventeenth eighteenth nineteenth twentieth").split(), 10)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS, 1)},
    "thirtieth": 30, "thirty-first": 31,
}
_DAY_ORDINAL_ALT = "|".join(sorted((word.replace("-", "[\\s\u2010\u2011-]") for word in _DAY_ORDINALS),
                                   key=len, reverse=True))


def _day_ordinal(word: str) -> int:
    """The day a day's ordinal in words names: "twenty-fifth" and "twenty fifth" are 25."""
    return _DAY_ORDINALS[re.sub(r"[\s\u2010\u2011-]+", "-", word.lower())]


_CENTURY_ORDINALS = ("twenty-first|twenty\\s+first|twenty-second|twentieth|nineteenth|eighteenth|"
                     "seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth")

# unit words as written -> the unit they count
_UNIT_TOKENS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "month": "month", "months": "month", "mos": "month",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "day": "day", "days": "day",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "fortnight": "fortnight", "fortnights": "fortnight", "millennium": "millennium",
    "millennia": "millennium", "quarters": "quarter",
    "yearlong": "year", "monthlong": "month", "weeklong": "week", "daylong": "day",
    "hourlong": "hour",
}
_ABBREVIATED_UNITS = frozenset("yr yrs mos wk wks hr hrs min mins sec secs".split())
_LONG_TOKENS = frozenset("yearlong monthlong weeklong daylong hourlong".split())
_PLURAL_UNIT_TOKENS = frozenset(
    "years yrs months mos weeks wks days hours hrs minutes mins seconds secs decades centuries "
    "fortnights millennia quarters".split())
# units that are reported as a multiple of another: "a decade" is 10 years
_BASE_UNIT = {"decade": ("year", 10), "century": ("year", 100), "millennium": ("year", 1000),
              "fortnight": ("week", 2), "quarter": ("month", 3)}
_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
            "month": 2629746.0, "year": 31556952.0}
SECONDS_PER_YEAR = _SECONDS["year"]  # durations' bounds are in seconds, a year of them as here
_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
           "second": "S"}
_TIME_UNITS = frozenset(("hour", "minute", "second"))
# a fraction below one is written in the next smaller unit when that is whole: half an hour = PT30M
_SMALLER = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}
# the precision of a date "N units ago"
_UNIT_GRAN = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "day",
              "minute": "day", "second": "day", "decade": "year", "century": "year",
              "millennium": "year", "fortnight": "week", "quarter": "quarter"}
_GRAN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "season": 3,
              "half": 4, "year": 5, "decade": 6, "century": 7}

# qualifier words before a number: phrase -> (qualifier, low factor, high factor)
_QUALIFIERS = {}
for _words, _rule in (
        ("about|around|roughly|approximately|some|circa|an estimated|estimated|approx.|"
         "approx|c.|more or less|give or take", ("approximate", 0.85, 1.15)),
        ("nearly|almost|close to|just under|not quite|just shy of|a little under|"
         "a little less than|slightly less than|just less than", ("approximate", 0.85, 1.0)),
        ("just over|a little over|a little more than|slightly more than|just more than|"
         "just above|slightly over", ("more_than", 1.0, 1.15)),
        ("more than|over|upwards of|in excess of|longer than|well over|more then|"
         "well beyond|beyond", ("more_than", 1.0, 1.5)),
        ("at least|no less than|no fewer than|a minimum of|not less than|no shorter than",
         ("at_least", 1.0, _INF)),
        ("up to|at most|no more than|not more than|a maximum of|as many as|as much as|"
         "as long as|within|no longer than|not longer than", ("at_most", 0.0, 1.0)),
        ("less than|under|fewer than|shorter than|below|less then", ("less_than", 0.0, 1.0)),
):
    for _w in _words.split("|"):
        _QUALIFIERS[_w] = _rule
# a verb spreading something across a length of time: "over" then means "during"
_SPREAD_OVER = re.compile(
    r"\b(?:in|out|phased|spread|paid|repaid|stretched|held|implemented|introduced|staggered|gradually|"
    r"amortized|amortised|cut|reduced|lowered|raised|built|completed|rolled\s+out|spent|restructured|"
    r"reorganised|reorganized|modernised|modernized|renovated|refurbished|overhauled|upgraded|invested|"
    r"delivered|shed)\s+over\s*$",
    re.IGNORECASE)
# a thing done, its object named, then "over" a length of time: during it ("excavated part of
# the site over three weeks"); not after words that make it a bound ("jailed for over 20 years",
# "took over three weeks", "a wait of over two hours")
_OVER_DURING_AFTER = re.compile(
    r"\b(?:the|its|their|his|her|a|an)\s+(?:[a-z-]+\s+){0,2}(?!(?:for|of|in|with|than|after|wait|sentence|term|"
    r"period|jail|prison)\s)[a-z-]{3,}\s+\Z")
_VAGUE = {  # vague amounts -> (value, low, high) in units
    "several": (None, 3, 9), "a few": (None, 2, 5), "few": (None, 2, 5),
    "a couple of": (2, 2, 3), "a couple": (2, 2, 3), "couple of": (2, 2, 3),
    "many": (None, 5, _INF), "dozens of": (None, 24, 144), "hundreds of": (None, 200, 1000),
    "thousands of": (None, 2000, 10000), "numerous": (None, 3, _INF), "multiple": (None, 2, _INF),
}

# nouns after a number that make it a count, not a year ("in 1500 meters", "the 2000 people")
_COUNT_NOUNS = frozenset("""
people persons men women children kids adults residents workers employees jobs troops soldiers
students members units cars vehicles homes houses deaths cases votes shares dollars euros pounds
yen miles metres meters feet foot tons tonnes barrels passengers runners participants fans
visitors tourists seats beds pupils voters patients doses points kilometres kilometers km m kg
mph kph ft lb lbs cc mm cm hp sq acres hectares calories words pages copies items pieces
signatures ballots hours minutes seconds days weeks months years times percent pct per cent
""".split())
# plurals that may follow a year used as a modifier ("the 2020 Olympics")
_EVENT_PLURALS = frozenset("""
olympics games elections midterms championships finals playoffs paralympics awards oscars
emmys grammys protests riots floods attacks talks accords negotiations results figures rules
regulations standards primaries polls hearings sanctions wildfires fires earthquakes hurricanes
""".split())
_YEAR_NOUNS = frozenset("""
season election census budget olympics world cup campaign midterm midterms vintage edition model
film movie tournament championship war crisis report survey study law act summit fiscal
financial calendar race marathon season's general presidential parliamentary federal state
local annual world results earnings profit profits net sales revenue revenues income loss losses
output figures level levels period quarter first second third fourth half budget deficit
""".split())
_NOT_PLURAL = frozenset("""
is was has as its this his thus plus across towards ours yours less unless always perhaps
besides whereas afterwards was does goes us bus gas yes chaos christmas news series species
means various famous previous serious numerous
""".split())

# words that open a clause of its own: a tense word beyond one does not date what stands before
_SUBORDINATE_RE = re.compile(r"\b(?:after|before|when|once|because|since|while|until|as|unless|if)\b", re.IGNORECASE)
# words that set a sentence's tense, read token by token (faster than one big alternation)
_FUTURE_WORDS = frozenset("will would won't won’t shall upcoming next scheduled slated starts begins opens payable".split())
_FUTURE_PAIRS = frozenset(tuple(p.split()) for p in (
    "going to|is to|are to|expected to|expects to|expect to|set to|plans to|plan to|planned to|"
    "planned for|planning to|intends to|intend to|aims to|aim to|hopes to|hope to|from now|"
    "due to|set for|scheduled for|slated for|due on|due in|to be").split("|"))
_DUE_TO_VERBS = frozenset("be begin start open launch arrive return take end finish close".split())
_PAST_WORDS = frozenset("""
was were had did said told ago last began came went took made got left won lost met been since
recently previously saw died fell rose held flew ran became spent sent shot paid grew wrote gave
found
""".split())
# words after which an "-ed" word tells a state, not the past: "will be held", "will remain
# suspended until Monday", "is closed until Monday"
_STATE_VERBS = frozenset("be is are remain remains stay stays being".split())
_CUE_FIRST_WORDS = frozenset(_FUTURE_WORDS | _PAST_WORDS | {p[0] for p in _FUTURE_PAIRS}
                             | {"to", "be"})
_CUE_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _tense_cues(text: str, lo: int, hi: int) -> list:
    """(start, end, 'future'|'past') of the tense words starting in [lo, hi): "will", "is
    expected to", "due to open", "'ll"; "said", "was", "-ed" (but not "be held")."""
    cues = []
    prev = prev2 = ""
    prev_start = 0
    interesting = _CUE_FIRST_WORDS
    for m in _CUE_TOKEN_RE.finditer(text, lo, min(len(text), hi + 40)):
        word = m.group().lower()
        if word not in interesting and prev not in interesting and word[-2:] != "ed" \
                and word[-3:-2] not in ("'", "’"):
            prev2, prev = prev, word
            continue
        start = m.start()
        if start >= hi:
            if (prev, word) not in _FUTURE_PAIRS and not (prev2 == "due" and prev == "to"):
                break
        if (prev, word) in _FUTURE_PAIRS and prev_start >= lo:
            if cues and cues[-1][0] == prev_start:
                cues.pop()  # "planned for", "expected to": not the past
            cues.append((prev_start, m.end(), "future"))
        elif prev2 == "due" and prev == "to" and word in _DUE_TO_VERBS:
            cues.append((start, m.end(), "future"))
        elif start >= hi:
            break
        elif word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")):
            cues.append((start, m.end(), "future"))
        elif prev not in _STATE_VERBS and (word in _PAST_WORDS or len(word) > 3 and word.endswith("ed")):
            cues.append((start, m.end(), "past"))
        prev2, prev, prev_start = prev, word, start
    return cues
# a full stop before a capital, a blank line, or a line break before an indented line (a list
# item, its marker blanked or made a bullet: "- **Swearing-in:** January 2" says nothing of the line before's tense)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n\s*\n|\n[ \t]*" + re.escape(LIST_MARK)
                              + r"[ \t]*|\n[ \t]+(?=\S)")
_SPORTS_RE = re.compile(
    r"\b(?:game|match|scored|scores|score|points|touchdowns?|goals?|innings?|inning|halftime|"
    r"half-time|quarterback|buzzer|led|lead|trailed|penalty|rebounds?|assists?|whistle|"
    r"kick-?off|possession|field\s+goal|three-pointer|layup|pitch|referee)\b", re.IGNORECASE)
_FINANCE_RE = re.compile(
    r"\b(?:profit|profits|earnings|revenue|revenues|sales|results|fiscal|income|loss|losses|"
    r"growth|gdp|economy|quarterly|shares|dividend|output|forecast|guidance|margin|company|"
    r"reported|report|percent|%|billion|million)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# periods: a date at some precision is (granularity, first day)

def _days(d: date) -> float:
    return float((d - _EPOCH).days)


def _add_months(d: date, months: int) -> date:
    """d moved by whole months, the day clamped to the month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1 or year > 9999:
        raise OverflowError
    return date(year, month + 1, min(d.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _season_first(code: str, year: int) -> date:
    """First day of the season called YYYY-code (winter: the one whose January is in YYYY)."""
    if code == "WI":
        return date(year - 1, 12, 1)
    return date(year, {"SP": 3, "SU": 6, "FA": 9}[code], 1)


def _season_code(d: date) -> str:
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def _first_of(gran: str, d: date) -> date:
    """First day of the period of that granularity that contains d."""
    if gran == "day":
        return d
    if gran == "week":
        return d - timedelta(days=d.isoweekday() - 1)
    if gran == "weekend":
        return d - timedelta(days=d.isoweekday() - 1) + timedelta(days=5)
    if gran == "month":
        return date(d.year, d.month, 1)
    if gran == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "season":
        code = _season_code(d)
        if code == "WI":
            return date(d.year if d.month == 12 else d.year - 1, 12, 1)
        return _season_first(code, d.year)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(d.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return date(d.year // 100 * 100 or 1, 1, 1)
    raise ValueError(gran)


def _last_of(gran: str, first: date) -> date:
    """Last day of the period that starts on `first`."""
    if gran == "day":
        return first
    if gran == "week":
        return first + timedelta(days=6)
    if gran == "weekend":
        return first + timedelta(days=1)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12}.get(gran)
    if months:
        return _add_months(first, months) - timedelta(days=1)
    if gran == "decade":
        return date(first.year // 10 * 10 + 9, 12, 31)
    if gran == "century":
        return date(first.year // 100 * 100 + 99, 12, 31)
    raise ValueError(gran)


def _shift(gran: str, first: date, count: int) -> date:
    """The period `count` periods of its own granularity after the one starting on `first`."""
    if gran in ("day", "week", "weekend"):
        return first + timedelta(days=count * (1 if gran == "day" else 7))
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120,
              "century": 1200}[gran]
    return _add_months(first, count * months)


def _normalize(gran: str, first: date) -> str:
    if gran == "day":
        return first.isoformat()
    if gran == "week":
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if gran == "weekend":
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if gran == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if gran == "quarter":
        return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{first.year:04d}-H{1 if first.month <= 6 else 2}"
    if gran == "season":
        code = _season_code(first)
        return f"{first.year + 1 if code == 'WI' else first.year:04d}-{code}"
    if gran == "year":
        return f"{first.year:04d}"
    if gran == "decade":
        return f"{first.year // 10:03d}"
    if gran == "century":
        return f"{first.year // 100:02d}"
    raise ValueError(gran)


def _third(gran: str, first: date, part: str) -> tuple:
    """The early / mid / late third of a period, as (first day, last day)."""
    last = _last_of(gran, first)
    size = (last - first).days + 1
    step = max(size // 3, 1)
    if part == "early":
        return first, first + timedelta(days=step - 1)
    if part == "mid":
        return first + timedelta(days=step), first + timedelta(days=min(2 * step - 1, size - 1))
    return first + timedelta(days=min(2 * step, size - 1)), last


_MOD_PART = {
    "early": "early", "the beginning of": "early", "the start of": "early", "beginning of": "early",
    "start of": "early", "the early part of": "early", "mid": "mid", "mid-": "mid",
    "the middle of": "mid", "middle of": "mid", "late": "late", "the end of": "late",
    "end of": "late", "end": "late", "the latter part of": "late", "the close of": "late",
    "year-end": "late", "start": "early",
}
_MOD_RE_PART = (r"early|mid|late|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
                r"the\s+end\s+of|the\s+early\s+part\s+of|the\s+latter\s+part\s+of|"
                r"the\s+close\s+of|beginning\s+of|start\s+of|middle\s+of|end\s+of")


def _mod_key(raw: Optional[str]) -> Optional[str]:
    if not raw:
        return None
    return _MOD_PART.get(re.sub(r"[\s-]+", " ", raw.lower()).strip(), None)


# ---------------------------------------------------------------------------------------------
# candidates and their selection

class _Cand(NamedTuple):
    start: int
    end: int
    match: Optional[TemporalMatch]
    period: Optional[tuple] = None  # (gran, first) of a resolved date: a reference for later ones
    anchor: Optional[tuple] = None  # (count, unit, qualifier rule, lowered text) to resolve later
    parts: Optional[tuple] = None  # ((value, unit),) of a plain duration, for "2 hours 5 minutes"


class _Ctx:
    """The text being read, its published date, and the candidates found so far."""

    __slots__ = ("text", "pub", "cands", "_tense", "_cues")

    def __init__(self, text: str, pub: Optional[date]):
        self.text = text
        self.pub = pub
        self.cands: list = []
        self._tense: dict = {}
        self._cues: dict = {}

    def cues(self, lo: int, hi: int) -> list:
        """(start, end, 'future'|'past') of the tense words starting in [lo, hi), read once per
        sentence however many expressions in it ask."""
        key = (lo, hi)
        found = self._cues.get(key)
        if found is None:
            found = self._cues[key] = _tense_cues(self.text, lo, hi)
        return found

    def add(self, cand: _Cand) -> None:
        if cand.end > cand.start:
            self.cands.append(cand)

    def sentence(self, start: int, end: int) -> tuple:
        """Bounds of the sentence around [start, end), at most 200 characters each way."""
        text = self.text
        lo = max(0, start - 200)
        s = lo
        for m in _SENTENCE_END_RE.finditer(text, lo, start):
            s = m.end()
        m = _SENTENCE_END_RE.search(text, end, min(len(text), end + 200))
        return s, (m.start() + 1 if m else min(len(text), end + 200))

    def tense(self, start: int, end: int) -> str:
        """'future' or 'past' as the tense word nearest the expression in its sentence says
        ("conceded on Friday night ... will hold hearings in January"), '' when none."""
        key = (start, end)
        if key not in self._tense:
            s, e = self.sentence(start, end)
            best, tense = None, ""
            for cue_start, cue_end, name in self.cues(s, e):
                if cue_end <= start:
                    distance, between = start - cue_end, self.text[cue_end:start]
                elif cue_start >= end:
                    distance, between = cue_start - end, self.text[end:cue_start]
                else:
                    continue  # a word of the expression itself ("next October 12")
                # a word of the expression's own clause before any word beyond a comma ("raised
                # its dividend on Thursday, payable Sept. 15 to holders of record on Aug. 29,
                # and held its outlook": both dates are payable's)
                # (nor a verb after the expression in a clause of its own: "will close on April 1
                # after councillors voted": the closing's date)
                rank = (("," in between or ";" in between
                         or cue_start >= end and _SUBORDINATE_RE.search(between) is not None), distance)
                if best is None or rank < best:
                    best, tense = rank, name
            self._tense[key] = tense
        return self._tense[key]

    def sports(self, start: int, end: int) -> bool:
        """True when the sentence reads as a game report (quarters and halves of play)."""
        s, e = self.sentence(start, end)
        chunk = self.text[s:e]
        return bool(_SPORTS_RE.search(chunk)) and not _FINANCE_RE.search(chunk)


def _select(cands: list) -> list:
    """Non-overlapping candidates in text order; in each overlapping group the longest wins."""
    cands.sort(key=lambda c: (c.start, c.end))
    out: list = []
    group: list = []
    group_end = -1
    for cand in cands:
        if group and cand.start >= group_end:
            out.extend(_resolve_group(group))
            group = []
        group.append(cand)
        group_end = max(group_end, cand.end) if len(group) > 1 else cand.end
    if group:
        out.extend(_resolve_group(group))
    return out


def _resolve_group(group: list) -> list:
    if len(group) == 1:
        return group
    from bisect import bisect_left, insort
    ranked = sorted(group, key=lambda c: (-(c.end - c.start), c.start))
    starts: list = []
    kept: dict = {}
    for cand in ranked:
        i = bisect_left(starts, cand.start)
        if i > 0 and kept[starts[i - 1]].end > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        insort(starts, cand.start)
        kept[cand.start] = cand
    return [kept[s] for s in starts]


# ---------------------------------------------------------------------------------------------
# building matches

def _date(start: int, end: int, gran: str, first: date, qualifier: str = "exact",
          bounds: Optional[tuple] = None, relative: bool = False,
          normalized: Optional[str] = None) -> _Cand:
    """A resolved date candidate."""
    norm = normalized or _normalize(gran, first)
    lo, hi = bounds if bounds else (first, _last_of(gran, first))
    match = TemporalMatch(start, end, "date", norm, None, norm, qualifier, _days(lo), _days(hi),
                          True, relative)
    return _Cand(start, end, match, (gran, first))


def _unresolved(start: int, end: int, normalized: str, qualifier: str = "exact",
                relative: bool = False) -> _Cand:
    match = TemporalMatch(start, end, "date", normalized, None, normalized, qualifier, None, None,
                          False, relative)
    return _Cand(start, end, match)


def _lowered(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def _widen(gran: str, first: date) -> tuple:
    """One period before to one period after: the bounds of an approximate date."""
    try:
        return _shift(gran, first, -1), _last_of(gran, _shift(gran, first, 1))
    except (OverflowError, ValueError):
        return first, _last_of(gran, first)


def _iso_duration(value: float, unit: str) -> str:
    if 0 < value < 1 and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        scaled = round(value * factor, 6)
        if float(scaled).is_integer():
            return _iso_duration(scaled, smaller)
    number = format_number(round(value, 6))
    if unit in _TIME_UNITS:
        return f"PT{number}{_LETTER[unit]}"
    return f"P{number}{_LETTER[unit]}"


def _vague_iso(unit: str) -> str:
    return f"PTX{_LETTER[unit]}" if unit in _TIME_UNITS else f"PX{_LETTER[unit]}"


def _duration(start: int, end: int, value: Optional[float], unit: str, normalized: str,
              qualifier: str, low: float, high: float, parts: Optional[tuple] = None) -> _Cand:
    match = TemporalMatch(start, end, "duration", value, unit, normalized, qualifier, low, high,
                          True, False)
    return _Cand(start, end, match, parts=parts)


def _time(start: int, end: int, hour: int, minute: int, second: Optional[int],
          qualifier: str = "exact", spread: Optional[tuple] = None, twelve_hour: bool = False) -> _Cand:
    value = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    at = hour * 3600.0 + minute * 60.0 + (second or 0)
    low, high = (at, at) if spread is None else (at + spread[0], at + spread[1])
    match = TemporalMatch(start, end, "time", value, None, "T" + value, qualifier, low, high,
                          True, False, twelve_hour)
    return _Cand(start, end, match)


def _valid_day(year: Optional[int], month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= (_month_length(year, month) if year else (29 if month == 2 else
                                                            _month_length(2001, month)))


def _plausible_year(year: int) -> bool:
    return 1000 <= year <= 2099


def _two_digit_year(yy: int, pub: Optional[date]) -> int:
    """'98 -> 1998, '21 -> 2021: the century that puts it nearest the published year."""
    base = pub.year if pub else 2000
    best = None
    for century in (1900, 2000):
        year = century + yy
        if best is None or abs(year - base - 5) < abs(best - base - 5):
            best = year
    return best


PAST_SLACK = timedelta(days=31)


def _pick_year(ctx: _Ctx, start: int, end: int, make, gran: str) -> Optional[date]:
    """The first day of a period given without a year, placed in the published year or next to
    it as the sentence's tense says ("premiered Dec. 10" read in January is last December)."""
    pub = ctx.pub
    try:
        first = make(pub.year)
    except (ValueError, OverflowError):
        first = None
    tense = ctx.tense(start, end)
    if first is None:
        # Feb. 29 in a common year: the nearest leap year in the tense's direction
        for year in ((pub.year + 1, pub.year + 2, pub.year + 3) if tense == "future"
                     else (pub.year - 1, pub.year - 2, pub.year - 3)):
            try:
                return make(year)
            except ValueError:
                continue
        return None
    slack = timedelta(days=7)  # a published date may be a few days off the writing
    try:
        # future: the next one; no tense word: the nearer one ("takes office in January" read in
        # December is next January, "a state penalty in August" read in October last August)
        if tense != "past" and _last_of(gran, first) < pub - slack:
            following = make(pub.year + 1)
            if tense == "future" or following - pub < pub - _last_of(gran, first):
                return following
        if tense == "past" and first > pub + PAST_SLACK:
            # (a day within weeks after publication is more likely the coming one told beside a
            # past verb, "voted on Tuesday ... for the year starting July 1", than last year's)
            return make(pub.year - 1)
    except ValueError:
        return first
    return first


# ---------------------------------------------------------------------------------------------
# regular expressions (compiled once)

_FLAGS = re.IGNORECASE
_HYPHEN = "-\u2010\u2011\u2012\u2013"
_SEP = rf"(?:\s*[{_HYPHEN}]\s*|\s+)"  # between a number and its unit: "12-day", "12 days"
_YEAR = r"(?:1\d|20)\d\d"
_YEAR_END = r"(?![\w%]|[.,:/]\d|\s*(?:%|percent\b|per\s*cent\b))"

_WORD_RE = re.compile(r"[A-Za-z]+")

_UNIT_ADJECTIVES = ("more|additional|extra|further|straight|consecutive|full|long|whole|solid|"
                    "successive|remaining|other|previous|past|last|first|next|busy|grueling|"
                    "gruelling|hard|difficult|short|brief|flight|flying")  # ("9,000 flight hours")
_NUM_BEFORE_RE = re.compile(rf"(?P<num>{NUMBER_PATTERN})(?P<plus>\s*[{_HYPHEN}]?\s*plus)?"
                            rf"(?:\s+(?:{_UNIT_ADJECTIVES}))?{_SEP}\Z", _FLAGS)
_RANGE_BEFORE_RE = re.compile(
    rf"(?:(?P<pre>between|from)\s+)?(?P<a>{NUMBER_PATTERN})\s*"
    rf"(?P<conj>[{_HYPHEN}\u2014]|to|or|and|through)\s*(?P<b>{NUMBER_PATTERN}){_SEP}\Z", _FLAGS)
_ARTICLE_BEFORE_RE = re.compile(
    r"\b(?P<art>an?(?:\s+(?P<full>full|whole|entire|single|solid|additional|extra))?|"
    r"another|one\s+(?P<full2>full|whole|entire|single))\s+\Z", _FLAGS)
_MIXED_BEFORE_RE = re.compile(
    rf"(?<![\w.,/])(?:(?P<w>\d{{1,3}})\s+|(?P<w0>))(?P<n>\d)/(?P<d>\d{{1,2}}){_SEP}\Z")
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:later|earlier|ago|before|after|or|and|of|long|in|to|for|the|that|this|he|she|"
    r"it|they|we|i|you|his|her|their|its|as|when|until|while|but|then|too|more|less)\b)[a-z]",
    _FLAGS)
_FRACTIONS_OF = {"a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
                 "one third": 1 / 3, "two thirds": 2 / 3}
_FRACTION_OF_RE = re.compile(r"\b(?P<f>(?:a|one)\s+quarter|three[\s\-\u2010\u2011]quarters|(?:a|one)\s+third|"
                             r"two[\s\-\u2010\u2011]thirds)\s+of\s+an?\s+\Z", _FLAGS)
_HALF_ARTICLE_RE = re.compile(r"\bhalf\s+an?\s+\Z|\ba\s+half\s*[-\u2010\u2011]?\s*\Z", _FLAGS)
_VAGUE_BEFORE_RE = re.compile(
    r"\b(?P<v>several|a\s+few|few|a\s+couple\s+of|a\s+couple|couple\s+of|many|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of|numerous|multiple)\s+\Z", _FLAGS)
_QUAL_ALT = "|".join(re.escape(q).replace(r"\ ", r"\s+")
                     for q in sorted(_QUALIFIERS, key=len, reverse=True))
_QUAL_BEFORE_RE = re.compile(rf"(?<![\w.])(?P<q>{_QUAL_ALT})\s*\Z", _FLAGS)
_REL_BEFORE_RE = re.compile(
    r"\b(?P<the>the\s+)?(?P<rel>past|last|next|coming|previous|following|first|final|preceding|"
    r"prior|ensuing|remaining|latest|recent|initial|opening|closing|other|subsequent)\s+\Z",
    _FLAGS)
_SKIP_BEFORE_RE = re.compile(
    r"\b(?:aged?|ages|every|each|per|once\s+every|twice\s+every|at\s+age)\s+\Z", _FLAGS)

_OLD_RE = re.compile(rf"(?:\s*[{_HYPHEN}]\s*|\s+)olds?\b|s?\s+of\s+age\b", _FLAGS)
_AND_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", _FLAGS)
_SPAN_AHEAD_RE = re.compile(r"\b(?:the\s+)?(?:next|past|last|coming)\s+\Z", _FLAGS)
_LONG_RE = re.compile(rf"\s*[{_HYPHEN}]\s*long\b|\s+long\b(?!\s+(?:been|ago|before|after|as))",
                      _FLAGS)
_TAIL_RE = re.compile(
    r"(?P<ago>\s+ago\b|\s+back\b(?!\s+(?:to|in|into|from|home|up|down|on|at|then|when)))"
    r"|(?P<fromnow>\s+from\s+now\b|\s+hence\b)"
    # ("fourteen months later than planned": a delay, no date)
    r"|(?P<earlier>\s+(?:earlier|previously|before\s+that|prior)\b(?!\s+than\b))"
    r"|(?P<later>\s+(?:later|afterwards?|after\s+that)\b(?!\s+than\b)|\s+on\b(?=\s*[,.;:!?\u2014]))"
    r"|(?P<ba>\s+(?P<bw>before|after)(?=\s*(?:[.,;:!?)\u2014\u2013]|\Z|\s+(?:that|this|when|and|but)\b)))"
    r"|(?P<orso>\s+or\s+so\b)"
    r"|(?P<ormore>\s+or\s+(?:more|longer)\b|\s*\+)"
    r"|(?P<orless>\s+or\s+(?:less|fewer|shorter)\b)"
    r"|(?P<ortwo>\s+or\s+(?P<ortwo_n>two|three))\b"
    r"|(?P<set>\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour|night)\b)", _FLAGS)
_LICENSE_LEFT_RE = re.compile(
    r"\b(?:for|in|within|after|over|than|about|around|nearly|almost|roughly|some|just|only|barely|"
    r"least|most|under|spent|spend|spends|spending|took|take|takes|taking|taken|lasted|last|lasts|"
    r"lasting|whole|entire|full|another|more|less|of|up\s+to|during|throughout|until|till|"
    r"before|since|once\s+in|remain|remained|needs?|needed|required?|requires|wait|waited|"
    r"served?|serving|sentenced\s+to|jailed\s+for|extra|additional)\s+\Z", _FLAGS)
_LICENSE_RIGHT_RE = re.compile(
    rf"(?:[{_HYPHEN}]\s*long\b|\s+long\b|\s+later\b|\s+earlier\b|\s+ago\b|\s+before\b|\s+after\b|"
    rf"\s+of\b|\s+and\s+a\s+half\b|\s+or\s+(?:two|three|so|more|less)\b|\s+from\s+now\b|['’]s\b|"
    # "a year and eight months", "an hour and 20 minutes": the first part of one length of time
    rf"\s+and\s+(?:\w+(?:\s+|\s*[{_HYPHEN}]\s*)){{0,2}}(?:months?|days?|hours?|minutes?|seconds?)\b|"
    rf"\s+in\s+(?:jail|prison|space|orbit|office|power|custody|hospital)\b)", _FLAGS)
_DEICTIC_BEFORE_RE = re.compile(
    rf"(?:(?P<mod>{_MOD_RE_PART}|earlier|later)(?:\s+|\s*[{_HYPHEN}]\s*))?"
    r"(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+current|current)\s+\Z", _FLAGS)
_THE_UNIT_BEFORE_RE = re.compile(
    r"\b(?P<prep>(?:over|during|within|for|in|throughout|through|into)\s+)?"
    r"(?P<the>the\s+)(?P<rel>past|last|next|coming|previous|following|prior|preceding|same|"
    r"current)\s+\Z|\b(?P<that>that|the\s+same)\s+\Z", _FLAGS)
_PLURAL_LICENSE_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|following|ensuing)|for|over\s+the|"
    r"over|in|during|within|after|throughout|spent|took|lasted|in\s+recent|for\s+many)\s+\Z",
    _FLAGS)
_END_OF_THE_RE = re.compile(
    r"\b(?P<mod>the\s+(?:beginning|start|middle|end|close|early\s+part|latter\s+part)\s+of)"
    r"\s+the\s+\Z", _FLAGS)
_YEAR_END_RE = re.compile(r"[\-\u2010\u2011]end\b|['’]s\s+end\b", _FLAGS)

# calendar dates led by a month name
# (the number words are numbers.UNITS_WORDS and TENS_WORDS: one to nine, ten to nineteen, the tens)
_SPOKEN_UNITS = "|".join(w for w, v in UNITS_WORDS.items() if 1 <= v <= 9)
_SPOKEN_TEENS = "|".join(w for w, v in UNITS_WORDS.items() if 10 <= v <= 19)
_SPOKEN_TENS = "|".join(w for w in TENS_WORDS if w != "fourty")
_SPOKEN_VALUES = {**UNITS_WORDS, **TENS_WORDS}
_SPOKEN_TWO_DIGITS = (rf"(?:(?:oh|o)[\s-]+(?P<oh>{_SPOKEN_UNITS})|(?P<teen>{_SPOKEN_TEENS})|"
                      rf"(?P<tens>{_SPOKEN_TENS})(?:[\s-]+(?P<unit>{_SPOKEN_UNITS}))?)")
# "modernised in twenty fourteen", "since nineteen ninety-nine", "in two thousand and nine": a
# year read out, as transcripts write it; after a word that dates, so that "twenty fourteen-year-olds"
# and "the score was twenty twelve" stay counts
_SPOKEN_YEAR_RE = re.compile(
    rf"(?:(?P<century>eighteen|nineteen|twenty)[\s-]+{_SPOKEN_TWO_DIGITS}"
    rf"|two\s+thousand(?:\s+and)?\s+(?:(?P<single>{_SPOKEN_UNITS})\b|"
    rf"{_SPOKEN_TWO_DIGITS.replace('?P<', '?P<s_')}))(?![\w-])", _FLAGS)
_SPOKEN_YEAR_BEFORE = frozenset("in since until till from before after".split())


# the same, with no groups of its own, to stand inside other patterns (read by _spoken_year)
_SPOKEN_YEAR_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _SPOKEN_YEAR_RE.pattern)


_MONTH_FWD_RE = re.compile(
    rf"(?P<mon>[A-Za-z]+)(?P<dot>\.)?"
    rf"(?:(?:\s+the)?\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/]|[.,]\d)|(?<=the\s)(?P<dayw>{_DAY_ORDINAL_ALT})\b)"
    rf"(?:\s*(?:[{_HYPHEN}\u2014]|to|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/]|[.,]\d))?"
    rf"(?:(?:\s*,\s*|\s+)(?P<year>{_YEAR}){_YEAR_END})?"
    rf"|(?:\s*,\s*|\s+)(?:of\s+)?(?P<yo>{_YEAR}){_YEAR_END}"
    rf"|(?:\s*,\s*|\s+)(?P<yw>{_SPOKEN_YEAR_PLAIN}))?", _FLAGS)  # ("the first of January, twenty twenty-seven")
_MONTH_LEFT_DAY_RE = re.compile(
    # ("21-22 September", "21 and 22 September": the first day of two)
    rf"(?:(?P<wd>{_WEEKDAY_ALT}),?\s+)?(?:the\s+)?(?:(?<![\d,.])(?:(?P<day0>[0-3]?\d)(?:\s*[{_HYPHEN}]\s*|\s+(?:and|to)\s+))?"
    rf"(?<![\d,.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?"
    rf"|\b(?P<dayw>{_DAY_ORDINAL_ALT})\s+of)\s+\Z", _FLAGS)
_RELATIVE_YEAR_AFTER_RE = re.compile(r"\s+(last|this|next)\s+year\b", _FLAGS)
_MONTH_LEFT_WD_RE = re.compile(rf"\b(?P<wd>{_WEEKDAY_ALT}),?\s+\Z", _FLAGS)
_MONTH_LEFT_MOD_RE = re.compile(
    rf"\b(?P<mod>{_MOD_RE_PART})(?:\s+|\s*[{_HYPHEN}]\s*)\Z|\b(?P<mod2>mid|end|start)[{_HYPHEN}]\Z", _FLAGS)
_MONTH_LEFT_REL_RE = re.compile(
    r"\b(?P<rel>last|this\s+past|this\s+coming|this|next)\s+\Z", _FLAGS)
_MONTH_CUE_RE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|to|during|before|after|between|and|or|of|"
    r"throughout|last|next|this|early|mid|late|until\s+early|as\s+of|into|around|for|on|"
    r"the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|starting|"
    r"beginning|ending)\s*[,\-\u2013]?\s*\Z", _FLAGS)

_NUMERIC_DATE_RE = re.compile(
    rf"(?<![\w.\-/:])(?:(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d\-/]|\.\d)"
    rf"|(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}}|\d\d)(?![\w/]|[.\-]\d)"
    rf"|(?P<yy>{_YEAR})/(?P<ym>\d{{1,2}})/(?P<yd>\d{{1,2}})(?![\w/]|[.\-]\d)"
    rf"|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>{_YEAR})(?!\d|[.,]\d))")
_YEAR_RE = re.compile(rf"(?<![\w.,$£€¥#/:'’])(?P<y>{_YEAR}){_YEAR_END}")
_YEAR_RANGE_RE = re.compile(
    rf"(?<![\w.,$£€¥#/:\-])(?P<a>{_YEAR})\s*(?:[\-\u2013\u2014/])\s*(?P<b>{_YEAR}|\d\d){_YEAR_END}")
_YEAR_MOD_RE = re.compile(
    rf"\b(?:(?P<mod>{_MOD_RE_PART}|around|about|circa|c\.|approximately|roughly|end|start)"
    rf"(?:\s+|\s*[{_HYPHEN}]\s*)|(?P<theyear>the\s+year\s+))\Z|\b(?P<mid>mid)[{_HYPHEN}]\Z", _FLAGS)
_YEAR_CUE_RE = re.compile(
    r"\b(?:in|since|by|until|till|from|before|after|during|through|throughout|between|as\s+of|"
    r"as\s+early\s+as|as\s+late\s+as|back\s+in|for|into|pre|post|year|ending|starting|"
    r"beginning|(?:end|beginning|start|middle|half|quarter|part|rest|whole|all|most|much|entirety|spring|summer|fall|"
    r"autumn|winter|class|months|weeks|days|season|course|earthquake|quake|flood|floods|storm|"
    r"hurricane|typhoon|cyclone|tsunami|eruption|war|election|elections|crash|fire|disaster|"
    r"strike|crisis|recession|revolution|olympics|games|cup|championship|edition|census|budget|"
    r"attack|attacks|riots|protests|uprising|pandemic|outbreak|drought|famine|sinking|collapse|"
    r"siege|standoff|raid|robbery|heist|shooting|blast|explosion|derailment|capsizing|blackout|spill|"
    r"landslide|avalanche|heatwave|blizzard|referendum|merger|takeover|bankruptcy|scandal)"
    r"\s+of|fiscal|fy|vintage)\s*[\-\u2013]?\s*\Z",
    _FLAGS)
_YEAR_BAD_BY_RE = re.compile(
    r"\b(?:increased?|rose|risen|fell|fallen|grew|grown|up|down|declined?|cut|reduced?|higher|"
    r"lower|multiplied|divided|raised?|dropped?|jumped?|climbed?|gained?|lost|boosted)\s+by\s+\Z",
    _FLAGS)
_YEAR_CHAIN_RE = re.compile(
    rf"(?P<prev>{_YEAR})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|till|and\s+again\s+in|"
    rf"and\s+in|or\s+in|then\s+in|or\s+even|and\s+even|or\s+possibly|or\s+perhaps)\s+)\Z",
    _FLAGS)
_NEXT_WORD_RE = re.compile(r"\s*[\-\u2010\u2011]?\s*([A-Za-z]+)")
_DECADE_RE = re.compile(r"(?<![\w.,'’])(?P<y>(?:1\d|20)\d0)['’]?s\b|(?<![\w.])['’](?P<yy>\d0)s\b")
_DECADE_LEFT_RE = re.compile(
    rf"\b(?P<the>the\s+)?(?:(?P<mod>early|mid|late)(?:\s+|\s*[{_HYPHEN}]\s*))?\Z|"
    rf"\b(?P<the2>the\s+)?(?P<mid>mid)[{_HYPHEN}]\Z", _FLAGS)
_POSSESSIVE_DECADE_RE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|mid\s*-?\s*|late\s+)?\Z",
                                   _FLAGS)

_TZ = (r"(?:(?:GMT|UTC)(?:\s?[+\-\u2212]\s?\d{1,2}(?::?\d\d)?)?|[ECMP][SD]T|[ECMP]T|BST|CES?T|"
       r"EES?T|MSK|IST|JST|KST|HKT|SGT|AE[SD]T|[Ll]ocal\s+time|(?:Moscow|Eastern|Central|Mountain|"
       r"Pacific|Beijing|Tokyo|Paris|London|Baikonur|Kazakhstan|New\s+York)\s+time)(?![A-Za-z])")
_AMPM_RE = re.compile(
    rf"(?<![\w.:,\-])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[AaPp])(?:\.\s?[Mm]\.?|\s?[Mm])"
    rf"(?![A-Za-z])"
    rf"(?:\s*(?P<tz>{_TZ}))?")
# "4.12 in the morning", "at 9 o'clock in the evening": a time told by the part of the day
_DAYPART_TIME_RE = re.compile(
    r"(?<![\w.:,\-])(?P<h>1[0-2]|0?\d)(?:(?:[:.](?P<mi>[0-5]\d))|\s+o['’]clock)\s+in\s+the\s+"
    r"(?P<part>morning|afternoon|evening)\b", _FLAGS)
_CLOCK_RE = re.compile(
    r"(?<![\w.:,/\-])(?P<h>\d{1,2}):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.(?P<frac>\d{1,3}))?"
    r"(?![\d:]|\.\d)")
_CLOCK_AFTER_RE = re.compile(rf"\s*(?P<tz>{_TZ}|hrs\b|h\b|hours\s+(?:GMT|UTC|local))")
_MILITARY_RE = re.compile(
    rf"(?<![\w.:,/\-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?P<tz>GMT|UTC|Z(?![A-Za-z])|hrs\b|{_TZ})")
_LEFT_ON_CLOCK_RE = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go)\b", re.IGNORECASE)
# "scored 7:12 into overtime", "2:41 into the second period", "stopped at 2:14 of the ninth
# round": time played, not a time of day
_INTO_PLAY_RE = re.compile(r"\s+(?:into|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:overtime|extra\s+time|period|half|quarter|"
                           r"game|match|round|set|innings?)\b", re.IGNORECASE)
_ANOTHER_AGAIN_RE = re.compile(r"\s*,\s*another\b", re.IGNORECASE)
# "10.42 GMT": a British clock, read as a time of day only with its zone
_DOTTED_CLOCK_RE = re.compile(
    rf"(?<![\w.:,/\-])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)\s?(?P<tz>GMT|UTC|BST|{_TZ})(?![A-Za-z])")
_TIME_QUAL_RE = re.compile(
    r"\b(?P<q>about|around|approximately|roughly|shortly\s+after|shortly\s+before|just\s+after|"
    r"just\s+before|soon\s+after|some\s+time\s+after|sometime\s+after)\s+\Z", _FLAGS)
_HMS_RE = re.compile(
    r"(?<![\w.])(?:(?P<h>\d{1,3})\s?(?:hours?|hrs?|h)(?![A-Za-z])\s*,?\s*(?:and\s+)?"
    r"(?P<m>\d{1,2})\s?(?:minutes?|mins?|m)(?![A-Za-z])"
    r"(?:\s*,?\s*(?:and\s+)?(?P<s>\d{1,2}(?:\.\d+)?)\s?(?:seconds?|secs?|s)(?![A-Za-z]))?"
    r"|(?P<m2>\d{1,3})\s?(?:minutes?|mins?|m)(?![A-Za-z])\s*,?\s*(?:and\s+)?"
    r"(?P<s2>\d{1,2}(?:\.\d+)?)\s?(?:seconds?|secs?|s)(?![A-Za-z]))")
# "32d 9h 14m": days written as a bare "d" only where hours follow, as a record time is given
_COMPACT_DAYS_RE = re.compile(r"(?<![\w.])(?P<d>\d{1,3})d(?=\s*,?\s*\d{1,2}\s?h(?![A-Za-z])\s*,?\s*\d)")
_OCLOCK_LEFT_RE = re.compile(rf"(?P<num>{NUMBER_PATTERN})\s+o['’]\Z", _FLAGS)


_WORD_START_RE = re.compile(r"\b\w")


def _back(pattern: re.Pattern, text: str, lo: int, end: int,
          last: Optional[frozenset] = None) -> Optional[re.Match]:
    """The leftmost match of `pattern` (which ends in \\Z) that starts at a word start in
    text[lo:end] and ends exactly at `end`: a search backwards that tries word starts only.
    `last`, when given, is the set of words the match can end with (a cheap test first)."""
    if last is not None and _last_word(text, end) not in last:
        return None
    for word in _WORD_START_RE.finditer(text, max(lo, 0), end):
        found = pattern.match(text, word.start(), end)
        if found:
            return found
    return None

def _last_word(text: str, end: int) -> str:
    """The word or number just before `end` (spaces, hyphens and commas skipped), lowercased:
    a cheap test before a backward search."""
    i = end - 1
    while i >= 0 and end - i <= 6 and text[i] in " \t\r\n\u00a0-\u2010\u2011\u2013,.(":
        i -= 1
    j = i
    while j >= 0 and i - j < 24 and text[j].isalnum():
        j -= 1
    return text[j + 1:i + 1].lower()



def _back_or_empty(pattern: re.Pattern, text: str, lo: int, end: int,
                   last: Optional[frozenset] = None) -> Optional[re.Match]:
    """Like _back, for patterns whose parts are all optional: the empty match at `end` last."""
    return _back(pattern, text, lo, end, last) or pattern.match(text, end, end)


# ---------------------------------------------------------------------------------------------
# durations and dates counted in units: "12 days", "a 12-day", "three months ago", "last week"

_NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety
hundred thousand million billion dozen half plus
""".split())
_ADJECTIVE_WORDS = frozenset(_UNIT_ADJECTIVES.split("|"))
_POINTING_ADJECTIVES = frozenset("last past previous next first".split())  # "last year" points at a date
_ARTICLE_WORDS = frozenset("a an another full whole entire single solid additional extra".split())
_VAGUE_WORDS = frozenset("several few couple of many numerous multiple".split())
_OTHER_PRE_UNIT = frozenset("""
the past last next coming previous following first final preceding prior ensuing remaining latest
recent initial opening closing subsequent this current that same for over in during within after
throughout spent took lasted
""".split())


def _prev_word(text: str, s: int) -> tuple:
    """('digit'|'word'|'', lowered previous word, its start) skipping spaces and hyphens."""
    i = s - 1
    while i >= 0 and s - i <= 4 and (text[i].isspace() or text[i] in _HYPHEN):
        i -= 1
    if i < 0 or s - i > 4:
        return "", "", s
    ch = text[i]
    if ch.isdigit():
        return "digit", "", i
    if not ch.isalpha() or i == s - 1:
        return "", "", s
    j = i
    while j >= 0 and i - j < 24 and text[j].isalpha():
        j -= 1
    return "word", text[j + 1:i + 1].lower(), j + 1


def _in_code(text: str, start: int) -> bool:
    """True for a number inside a code or title: "MS-19", "COVID-19", "F-35", "A320"."""
    if start >= 2 and text[start - 1] in _HYPHEN and text[start - 2].isalnum():
        return True
    return start >= 1 and text[start - 1].isalpha()


def _move(d: date, amount: float, unit: str, sign: int) -> Optional[date]:
    """d moved by amount units (base units: year .. second) forward (sign 1) or back (-1)."""
    try:
        months = amount * 12 if unit == "year" else amount
        if unit in ("year", "month") and float(months).is_integer():
            return _add_months(d, sign * int(months))
        seconds = amount * _SECONDS[unit]
        return d + timedelta(days=sign * int(round(seconds / 86400.0)))
    except (OverflowError, ValueError):
        return None


def _relative_cand(start: int, end: int, origin: date, gran: str, amount: float, low: float,
                   high: float, unit: str, sign: int, qualifier: str, relative: bool = True,
                   approximate: bool = False) -> Optional[_Cand]:
    """The period `amount` units before (sign -1) or after `origin`, bounds from low..high."""
    base, mult = _BASE_UNIT.get(unit, (unit, 1))
    point = _move(origin, amount * mult, base, sign)
    if point is None:
        return None
    try:
        first = _first_of(gran, point)
        if qualifier == "exact" and not approximate:
            return _date(start, end, gran, first, relative=relative)
        if high == _INF:
            high = 2 * amount
        near = _move(origin, low * mult, base, sign)
        far = _move(origin, high * mult, base, sign)
        if near is None or far is None:
            return None
        a, b = min(near, far), max(near, far)
        bounds = (_first_of(gran, a), _last_of(gran, _first_of(gran, b)))
        if approximate and qualifier == "exact":
            qualifier = "approximate"
        return _date(start, end, gran, first, qualifier, bounds, relative)
    except (OverflowError, ValueError):
        return None


def _duration_cand(start: int, end: int, value: float, unit: str, rule: tuple,
                   high_value: Optional[float] = None) -> _Cand:
    """A numeric duration (or range when high_value is given) with its qualifier bounds."""
    base, mult = _BASE_UNIT.get(unit, (unit, 1))
    qualifier, low_factor, high_factor = rule
    seconds = _SECONDS[base] * mult
    if high_value is not None:
        normalized = _iso_duration(value * mult, base) + "/" + _iso_duration(high_value * mult, base)
        low, high = value * seconds * low_factor, high_value * seconds * high_factor
        if qualifier == "approximate":
            low, high = value * seconds * 0.85, high_value * seconds * 1.15
        return _duration(start, end, value * mult, base, normalized, "range", low, high)
    normalized = _iso_duration(value * mult, base)
    low = value * seconds * low_factor
    high = value * seconds * high_factor if high_factor != _INF else _INF
    parts = ((value * mult, base, rule),) if qualifier != "range" else None
    return _duration(start, end, value * mult, base, normalized, qualifier, low, high, parts)


_EXACT = ("exact", 1.0, 1.0)


def _on_unit(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    unit = _UNIT_TOKENS[word]
    if word in _LONG_TOKENS:  # "a yearlong inquiry"
        ctx.add(_duration_cand(s, e, 1.0, unit, _EXACT))
        return
    kind, prev, prev_start = _prev_word(text, s)
    if word in _ABBREVIATED_UNITS and kind != "digit":
        return
    if unit == "quarter" and (_OF_RE.match(text, e) or not _FINANCE_RE.search(
            text[slice(*ctx.sentence(s, e))])):
        return  # "three quarters of the vote": a fraction, not nine months
    if kind != "digit" and prev not in _NUMBER_WORDS and word not in _ABBREVIATED_UNITS:
        long_match = _LONG_RE.match(text, e)
        if long_match and long_match.group().lstrip()[:1] in _HYPHEN:
            _long_unit(ctx, s, long_match.end(), unit, word in _PLURAL_UNIT_TOKENS)
            return
    if prev in ("fiscal", "calendar", "financial") and unit in ("year", "quarter"):
        # "last fiscal year", "the current fiscal year", "the past fiscal year"
        _bare_unit(ctx, prev_start, e, unit, word in _PLURAL_UNIT_TOKENS,
                   _TAIL_RE.match(text, e), _last_word(text, prev_start), None)
        return
    if kind == "word":
        # "3 more years", but "$910 million last year": a singular unit after "last" is a date's
        before = (_last_word(text, prev_start) if prev in _ADJECTIVE_WORDS
                  and not (prev in _POINTING_ADJECTIVES and word not in _PLURAL_UNIT_TOKENS) else "")
        if before[:1].isdigit():
            kind = "digit"  # "3 more years", "2 additional days"
        elif before in _NUMBER_WORDS:
            prev = before  # "three more years", "five straight years"
        elif prev in _NUMBER_WORDS or prev in _ARTICLE_WORDS or prev in _VAGUE_WORDS:
            pass
        elif prev in _OTHER_PRE_UNIT:
            kind = "other"
        else:
            return
    elif kind != "digit":
        return
    if _OLD_RE.match(text, e):
        return  # an age: "36-year-old", "36 years old", "36 years of age"
    plural = word in _PLURAL_UNIT_TOKENS
    pos = e
    half = _AND_HALF_RE.match(text, pos)
    if half:
        pos = half.end()
    long_match = _LONG_RE.match(text, pos)
    if long_match:
        pos = long_match.end()
    tail = _TAIL_RE.match(text, pos)
    lo = max(0, s - 60)

    if kind == "other":
        _bare_unit(ctx, s, e, unit, plural, tail, prev, long_match)
        return

    # the amount: a range, a number, "a"/"an", or a vague word
    q_start = None
    value = high_value = None
    vague = None
    article = False
    raw = ""
    if kind == "digit" or prev in _NUMBER_WORDS:
        nm = _back(_NUM_BEFORE_RE, text, lo, s)
        hint = nm is not None and _RANGE_HINT_RE.search(text, max(0, nm.start() - 10), nm.start())
        rm = _back(_RANGE_BEFORE_RE, text, lo, s) if hint else None
        if rm:
            a, b = parse_number(rm.group("a")), parse_number(rm.group("b"))
            conj = rm.group("conj").lower()
            pre = (rm.group("pre") or "").lower()
            ok = (a is not None and b is not None and 0 <= a < b
                  and (conj != "and" or pre == "between")
                  and not (rm.group("a")[0].isdigit() and _in_code(text, rm.start("a"))))
            if ok:
                q_start, value, high_value = rm.start(), a, b
        fm = _back(_MIXED_BEFORE_RE, text, lo, s) if kind == "digit" and "/" in text[s - 8:s] \
            else None
        if q_start is None and fm and int(fm.group("d")) > int(fm.group("n")) > 0:
            q_start = fm.start()
            value = int(fm.group("w") or 0) + int(fm.group("n")) / int(fm.group("d"))
            raw = fm.group()
        if q_start is None:
            if nm is None:
                return
            raw = nm.group("num")
            if raw[0].isdigit() and _in_code(text, nm.start("num")):
                return
            value = parse_number(raw)
            if value is None:
                return
            q_start = nm.start()
            if nm.group("plus"):
                tail_rule = ("at_least", 1.0, _INF)
            else:
                tail_rule = None
        else:
            tail_rule = None
    elif prev in _ARTICLE_WORDS and " of " in text[lo:s].lower() and (nm := _back(_FRACTION_OF_RE, text, lo, s)):
        # "three-quarters of an hour", "a third of a century"
        q_start, raw = nm.start(), nm.group()
        value = _FRACTIONS_OF[re.sub(r"[\s\-\u2010\u2011]+", " ", nm.group("f").lower())]
        tail_rule = None
    elif prev in _ARTICLE_WORDS and "half" in text[lo:s].lower() and (nm := _back(_HALF_ARTICLE_RE, text, lo, s)):
        q_start, value, raw = nm.start(), 0.5, nm.group()
        tail_rule = None
    elif prev in _ARTICLE_WORDS:
        am = _back(_ARTICLE_BEFORE_RE, text, lo, s)
        if am is None or plural:
            return
        q_start, value, article = am.start(), 1.0, True
        raw = am.group("art")
        tail_rule = None
        if raw.lower() == "another" and _ANOTHER_AGAIN_RE.match(text, e):
            return  # "Another day, another delivery": a saying, no length of time
        if am.group("full") or am.group("full2") or raw.lower() == "another":
            article = False  # "a full year", "another week": a duration in any context
    else:
        vm = _back(_VAGUE_BEFORE_RE, text, lo, s)
        if vm is None:
            if plural:
                _bare_unit(ctx, s, e, unit, plural, tail, prev, long_match)
            return
        vague = _VAGUE[re.sub(r"\s+", " ", vm.group("v").lower())]
        q_start = vm.start()
        tail_rule = None
    if half and value is not None and high_value is None:
        value += 0.5
    if value is not None and value <= 0:
        return

    # "a second round", "one second half": ordinals, not lengths of time
    if unit == "second" and not plural and (article or raw.lower() in ("one", "a", "an")) \
            and _NOUN_AFTER_RE.match(text, pos):
        return
    # "a day": only where it is a length of time, not "once a day" or "a day in the life"
    if (article or raw.lower() == "one") and not plural and high_value is None:
        hyphenated = any(ch in _HYPHEN for ch in text[q_start:s])
        if not (hyphenated or half or long_match or tail and (tail.group("ago") or tail.group("fromnow")
                or tail.group("earlier") or tail.group("later") or tail.group("ba")
                or tail.group("ortwo") or tail.group("orso"))
                or _back(_LICENSE_LEFT_RE, text, max(0, q_start - 30), q_start, _LICENSE_LAST)
                or _LICENSE_RIGHT_RE.match(text, e)):
            return

    start = q_start
    end = pos
    rule = _EXACT
    rel = _back(_REL_BEFORE_RE, text, max(0, start - 30), start, _REL_LAST)
    if rel and rel.group("rel").lower() not in ("other", "latest") \
            and not (rel.group("rel").lower() in ("first", "final") and article):
        start = rel.start()
        if not rel.group("the") and rel.group("rel").lower() not in ("past", "last", "next", "first"):
            start = rel.start("rel")
    else:
        rel = None
        qm = _back(_QUAL_BEFORE_RE, text, max(0, start - 40), start, _QUAL_LAST)
        if qm and qm.group("q").lower() == "over" and (
                _SPREAD_OVER.search(text, max(0, qm.start() - 20), qm.end())
                or _OVER_DURING_AFTER.search(text, max(0, qm.start() - 30), qm.start())):
            # "phased in over two years", "spread over three days", "excavated part of the site
            # over three weeks", "mapped the marsh edge over 38 years": during, not more than
            qm = None
        if qm:
            rule = _QUALIFIERS[re.sub(r"\s+", " ", qm.group("q").lower())]
            start = qm.start()
    if _back(_SKIP_BEFORE_RE, text, max(0, start - 20), start, _SKIP_LAST):
        return  # "every two years", "aged 36 years"
    if tail_rule and rule is _EXACT:
        rule = tail_rule

    # what follows decides: a date relative to now or to the story, or a length of time
    if tail is not None and tail.group("set"):
        return  # "24 hours a day", "seven days a week"
    lowered = None
    if tail is not None and rel is None:
        if tail.group("orso") and rule is _EXACT:
            rule, end = _QUALIFIERS["about"], tail.end()
        elif tail.group("ormore") and rule is _EXACT:
            rule, end = _QUALIFIERS["at least"], tail.end()
        elif tail.group("orless") and rule is _EXACT:
            rule, end = _QUALIFIERS["up to"], tail.end()
        elif tail.group("ortwo") and article and high_value is None:
            high_value = float(parse_number(tail.group("ortwo_n")))
            end = tail.end()
        direction = None
        if tail.group("ago"):
            direction = "ago"
        elif tail.group("fromnow"):
            direction = "fromnow"
        elif tail.group("earlier") or (tail.group("ba") and tail.group("bw").lower() == "before"):
            direction = "earlier"
        elif tail.group("later") or (tail.group("ba") and tail.group("bw").lower() == "after"):
            direction = "later"
        if direction is not None:
            if vague is not None or long_match:
                return  # "a few years ago": not a checkable date
            end = tail.end()
            lowered = _lowered(text[start:end])
            qualifier, lf, hf = rule
            amount = value if high_value is None else (value + high_value) / 2.0
            low, high = (value * lf, value * hf) if high_value is None else (value, high_value)
            if high_value is not None:
                qualifier = "range"
            if direction in ("ago", "fromnow"):
                sign = -1 if direction == "ago" else 1
                if ctx.pub is None:
                    ctx.add(_unresolved(start, end, lowered, qualifier, relative=True))
                    return
                cand = _relative_cand(start, end, ctx.pub, _UNIT_GRAN[unit], amount, low, high,
                                      unit, sign, qualifier)
                if cand is not None:
                    ctx.add(cand)
                return
            sign = -1 if direction == "earlier" else 1
            ctx.add(_Cand(start, end, None,
                          anchor=(amount, low, high, unit, sign, qualifier, lowered)))
            return
    if vague is not None:
        v, a, b = vague
        base, mult = _BASE_UNIT.get(unit, (unit, 1))
        seconds = _SECONDS[base] * mult
        normalized = _iso_duration(v * mult, base) if v is not None else _vague_iso(base)
        ctx.add(_duration(start, end, v * mult if v is not None else None, base, normalized,
                          "approximate", a * seconds, b * seconds if b != _INF else _INF))
        return
    if high_value is not None:
        ctx.add(_duration_cand(start, end, value, unit, rule if rule[0] == "approximate"
                               else ("range", 1.0, 1.0), high_value))
        return
    ctx.add(_duration_cand(start, end, value, unit, rule))


def _long_unit(ctx: _Ctx, s: int, e: int, unit: str, plural: bool) -> None:
    """ "a month-long strike" (one month), "a decades-long feud" (some decades)."""
    base, mult = _BASE_UNIT.get(unit, (unit, 1))
    seconds = _SECONDS[base] * mult
    if plural:
        ctx.add(_duration(s, e, None, base, _vague_iso(base), "approximate", 2 * seconds, _INF))
    else:
        ctx.add(_duration_cand(s, e, 1.0, unit, _EXACT))


def _bare_unit(ctx: _Ctx, s: int, e: int, unit: str, plural: bool, tail, prev: str,
               long_match) -> None:
    """A unit without a number: "last week", "earlier this year", "the past year",
    "the next day", "that year", "for years", "in recent decades"."""
    text = ctx.text
    lo = max(0, s - 60)
    if plural:
        if tail is not None and (tail.group("ago") or tail.group("earlier") or tail.group("later")
                                 or tail.group("ba") or tail.group("set")):
            return
        pm = _back(_PLURAL_LICENSE_RE, text, lo, s)
        if pm is None:
            return
        start = pm.start()
        lead = pm.group().strip().lower().split()
        if lead and lead[0] in ("for", "over", "in", "during", "within", "after", "throughout",
                                "spent", "took", "lasted"):
            # the preposition is not part of the expression; "recent" after "in" is
            inner = re.search(r"\b(?:recent|the\s+\w+|past|last|next|coming)\s+\Z",
                              text[pm.start():s], _FLAGS)
            start = pm.start() + inner.start() if inner else s
        base, mult = _BASE_UNIT.get(unit, (unit, 1))
        seconds = _SECONDS[base] * mult
        end = long_match.end() if long_match else e
        ctx.add(_duration(start, end, None, base, _vague_iso(base), "approximate", 2 * seconds,
                          _INF))
        return
    # "year-end", "the year's end"
    if unit in ("year", "month") and prev in ("the", "this", "last", "next", "of", "at", "by",
                                             "for", "in", "before", "after", "until", "since"):
        ye = _YEAR_END_RE.match(text, e)
        if ye:
            the = re.search(r"\bthe\s+\Z", text[lo:s], _FLAGS)
            rel = re.search(r"\b(?:last|this|next)\s+\Z", text[lo:s], _FLAGS)
            start = s - len(the.group()) if the else (s - len(rel.group()) if rel else s)
            shift = 0
            if rel:
                shift = {"last": -1, "this": 0, "next": 1}[rel.group().split()[0].lower()]
            _deictic(ctx, start, ye.end(), unit, shift, "late", pick=not rel)
            return
    if unit in ("hour", "minute", "second", "fortnight", "millennium"):
        return
    em = _back(_END_OF_THE_RE, text, lo, s, _THE_LAST)
    if em and unit in ("week", "month", "year") and not (tail is not None and tail.group("ba")):
        _deictic(ctx, em.start(), e, unit, 0, em.group("mod"), pick=True)
        return
    half = _AND_HALF_RE.match(text, e) if unit in ("year", "month", "week", "day") else None
    if half and (ahead := _SPAN_AHEAD_RE.search(text, lo, s)):
        # "over the next year and a half": eighteen months from now, a length of time, not next year
        base, mult = _BASE_UNIT.get(unit, (unit, 1))
        seconds = _SECONDS[base] * mult * 1.5
        ctx.add(_duration(ahead.start(), half.end(), 1.5 * mult, base, _iso_duration(1.5 * mult, base),
                          "exact", seconds, seconds, ((1.5 * mult, base, _EXACT),)))
        return
    dm = _back(_DEICTIC_BEFORE_RE, text, lo, s, _DEICTIC_LAST)
    if dm and unit in ("week", "month", "year", "decade", "century"):
        rel = re.sub(r"\s+", " ", dm.group("rel").lower())
        shift = {"last": -1, "this past": -1, "this coming": 1, "this": 0, "next": 1,
                 "the current": 0, "current": 0}[rel]
        mod = (dm.group("mod") or "").lower()
        _deictic(ctx, dm.start(), e, unit, shift, mod)
        return
    tm = _back(_THE_UNIT_BEFORE_RE, text, lo, s, _THE_UNIT_LAST)
    base, mult = _BASE_UNIT.get(unit, (unit, 1))
    if tm:
        if tm.group("that"):
            if unit in ("day", "week", "month", "year"):
                ctx.add(_Cand(tm.start(), e, None,
                              anchor=(0.0, 0.0, 0.0, unit, 1, "exact", _lowered(text[tm.start():e]))))
            return
        rel = tm.group("rel").lower()
        start = tm.start("the")
        if rel in ("past", "last", "coming") or (rel == "next" and tm.group("prep")):
            if unit == "quarter":
                return
            seconds = _SECONDS[base] * mult
            ctx.add(_duration(start, e, float(mult), base, _iso_duration(float(mult), base),
                              "exact", seconds, seconds, ((float(mult), base, _EXACT),)))
            return
        if rel in ("next", "following"):
            sign = 1
        elif rel in ("previous", "prior", "preceding"):
            sign = -1
        elif rel in ("same",) and unit in ("day", "week", "month", "year"):
            ctx.add(_Cand(start, e, None, anchor=(0.0, 0.0, 0.0, unit, 1, "exact",
                                                  _lowered(text[start:e]))))
            return
        elif rel == "current" and unit in ("week", "month", "year", "decade", "century"):
            _deictic(ctx, start, e, unit, 0, "")
            return
        else:
            return
        ctx.add(_Cand(start, e, None, anchor=(1.0, 1.0, 1.0, unit, sign, "exact",
                                              _lowered(text[start:e]))))
        return
    # "the day before", "the year after": the story's day or year before or after
    if tail is not None and tail.group("ba") and unit in ("day", "week", "month", "year"):
        the = re.search(r"\bthe\s+\Z", text[lo:s], _FLAGS)
        if the:
            start = s - len(the.group())
            sign = -1 if tail.group("bw").lower() == "before" else 1
            ctx.add(_Cand(start, tail.end(), None, anchor=(1.0, 1.0, 1.0, unit, sign, "exact",
                                                           _lowered(text[start:tail.end()]))))


def _deictic(ctx: _Ctx, start: int, end: int, unit: str, shift: int, mod: str,
             pick: bool = False) -> None:
    """ "last week", "this year", "next month", "late last week", "earlier this year"."""
    gran = unit if unit in ("week", "month", "year", "decade", "century") else None
    if gran is None:
        return
    if ctx.pub is None:
        qualifier = "approximate" if mod else "exact"
        ctx.add(_unresolved(start, end, _lowered(ctx.text[start:end]), qualifier, relative=True))
        return
    try:
        first = _shift(gran, _first_of(gran, ctx.pub), shift)
        if pick and gran == "year":
            first = _pick_year(ctx, start, end, lambda y: date(y, 1, 1), "year") or first
        elif pick and gran == "month":
            first = _first_of("month", _pick_year(ctx, start, end,
                                                  lambda y: date(y, ctx.pub.month, 1), "month")
                              or first)
    except (OverflowError, ValueError):
        return
    part = _mod_key(mod) if mod not in ("earlier", "later") else None
    if part:
        ctx.add(_date(start, end, gran, first, "approximate", _third(gran, first, part), True))
    elif mod in ("earlier", "later") and shift == 0:
        last = _last_of(gran, first)
        bounds = (first, ctx.pub) if mod == "earlier" else (ctx.pub, last)
        ctx.add(_date(start, end, gran, first, "approximate", bounds, True))
    else:
        ctx.add(_date(start, end, gran, first, "exact", None, True))


# ---------------------------------------------------------------------------------------------
# calendar dates led by a month name: "October 5, 2021", "5 October", "Oct. 2021", "mid-March"

def _count_noun_follows(text: str, pos: int) -> bool:
    """True when a count noun follows: "October 12 people", "in 2000 homes"."""
    m = _NEXT_WORD_RE.match(text, pos)
    if not m:
        return False
    word = m.group(1)
    lower = word.lower()
    if lower in _COUNT_NOUNS:
        return True
    return (word.islower() and lower.endswith("s") and len(lower) > 3 and lower not in _NOT_PLURAL
            and lower not in _EVENT_PLURALS and not lower.endswith("ss"))


def _on_month(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    if not text[s].isupper():
        return
    month = _MONTHS[word]
    full = word in _FULL_MONTHS
    m = _MONTH_FWD_RE.match(text, s)
    end = m.end("dot") if m.group("dot") and not full else e
    day = day2 = year = None
    if m.group("dot") and full:
        pass  # a full stop after a month written in full ends its sentence: "from 10 March. The first instalment"
    elif m.group("day") or m.group("dayw"):
        day = int(m.group("day")) if m.group("day") else _day_ordinal(m.group("dayw"))
        day2 = int(m.group("day2")) if m.group("day2") else None
        year = int(m.group("year")) if m.group("year") else None
        if year is not None and (not _plausible_year(year)
                                 or _count_noun_follows(text, m.end("year"))):
            year = None  # "On Oct. 5, 1500 people marched"
        if not _valid_day(year, month, day) or (day2 is not None and not (
                _valid_day(year, month, day2) and day2 > day)):
            day = day2 = year = None
        elif year is None and _count_noun_follows(text, m.end("day2") if day2 else m.end("day") if m.group("day") else m.end("dayw")):
            day = day2 = None
        else:
            day_end = m.end("day") if m.group("day") else m.end("dayw")
            end = m.end("year") if year is not None else (m.end("day2") if day2 else day_end)
            end = max(end, day_end)
            # keep an ordinal suffix in the span: "October 5th"
            suffix = re.match(r"(?:st|nd|rd|th)\b", text[end:end + 2] + " ", _FLAGS)
            if suffix and year is None and not day2:
                end += 2
    elif m.group("yo"):
        year = int(m.group("yo"))
        if _plausible_year(year) and not _count_noun_follows(text, m.end("yo")):
            end = m.end("yo")
        else:
            year = None
    elif m.group("yw"):
        year = _spoken_year(_SPOKEN_YEAR_RE.match(m.group("yw")))
        if _plausible_year(year):
            end = m.end("yw")
        else:
            year = None
    if year is None and ctx.pub is not None and (after := _RELATIVE_YEAR_AFTER_RE.match(text, end)):
        # "March 1 last year", "in June next year": one date, its year told relative to the article's
        year, end = ctx.pub.year + _DEICTIC_SHIFT[after.group(1).lower()], after.end()
    lo = max(0, s - 40)
    start = s
    weekday = None
    if day is None:
        lw = _last_word(text, s)
        lm = _back(_MONTH_LEFT_DAY_RE, text, lo, s) if lw[:1].isdigit() or lw == "of" else None
        first_day = lm.start("day0") if lm and lm.group("day0") else None
        if lm and not _in_code(text, first_day if first_day is not None else
                               lm.start("day") if lm.group("day") else lm.start("dayw")):
            d = int(lm.group("day")) if lm.group("day") else _day_ordinal(lm.group("dayw"))
            d0 = int(lm.group("day0")) if first_day is not None else None
            if d0 is not None and _valid_day(year, month, d0) and d0 < d and _valid_day(year, month, d):
                day, day2 = d0, d  # "21-22 September": both days, as a range
            elif _valid_day(year, month, d):
                day = d
            if day is not None:
                start = lm.start()
                weekday = lm.group("wd")
                if year is None and m.group("yo") is None:
                    end = max(end, e)
    if day is not None and weekday is None:
        wm = _back(_MONTH_LEFT_WD_RE, text, lo, start, _WEEKDAY_LAST)
        if wm:
            start, weekday = wm.start(), wm.group("wd")
    mod = rel = None
    if day is None:
        mm = _back(_MONTH_LEFT_MOD_RE, text, lo, start, _MOD_LAST)
        if mm:
            mod, start = (mm.group("mod") or mm.group("mod2")), mm.start()
    if year is None:
        rm = _back(_MONTH_LEFT_REL_RE, text, lo, start, _DEICTIC_LAST)
        if rm:
            rel, start = re.sub(r"\s+", " ", rm.group("rel").lower()), rm.start()
    if day is None and year is None and mod is None and rel is None:
        if not full or _last_word(text, s) in _EVERY:
            return  # "every March": a recurrence
        possessive = re.match(r"['’]s\b", text[e:e + 3])
        cue = _back(_MONTH_CUE_RE, text, max(0, s - 30), s, _MONTH_CUE_LAST)
        cue_word = cue.group().strip().lower() if cue else ""
        if not cue and text[max(0, s - 3):s].rstrip()[-1:] in ("-", "\u2013"):
            cue_word = "-"  # "September-October"
        if not cue_word and not (possessive and word != "may"):
            return
        if cue_word not in ("in", "since", "until", "till", "during", "through", "throughout",
                            "last", "next", "this", "early", "late", "mid", "of", "-") \
                and re.match(r"\s+[A-Z][a-z]", text[e:e + 3]):
            return  # "written by June Carter", "talks with April Ryan"
        if _name_before(text, s):
            return  # "Brian May"
        if word in ("may", "march", "august") and cue_word in (
                "and", "or", "to", "for", "on", "-", "by", "of") and not (
                cue_word in ("and", "or", "to", "-") and _last_word(
                    text, max(0, s - len(cue_word) - 2)) in _FULL_MONTHS):
            return  # "Theresa May", "by March", "the long march"; not "April and May"
    if mod is not None and day is not None:
        mod = None
    _emit_month(ctx, start, end, month, day, day2, year, mod, rel)


def _emit_month(ctx: _Ctx, start: int, end: int, month: int, day: Optional[int],
                day2: Optional[int], year: Optional[int], mod: Optional[str],
                rel: Optional[str]) -> None:
    pub = ctx.pub
    gran = "day" if day is not None else "month"
    part = _mod_key(mod)
    if year is None:
        if pub is None:
            norm = f"XXXX-{month:02d}" + (f"-{day:02d}" if day is not None else "")
            ctx.add(_unresolved(start, end, norm, "approximate" if part else "exact", bool(rel)))
            return

        def make(y: int) -> date:
            return date(y, month, day if day is not None else 1)
        try:
            if rel in ("last", "this past"):
                first = make(pub.year)
                if first >= _first_of(gran, pub):
                    first = make(pub.year - 1)
            elif rel in ("next", "this coming"):
                first = make(pub.year)
                if _last_of(gran, first) <= pub or gran == "month" and first <= pub:
                    first = make(pub.year + 1)
            elif rel == "this":
                first = make(pub.year)
            else:
                first = _pick_year(ctx, start, end, make, gran)
        except ValueError:
            return
        if first is None:
            return
    else:
        try:
            first = date(year, month, day if day is not None else 1)
        except ValueError:
            return
    relative = bool(rel)
    if day2 is not None:
        last = first.replace(day=day2)
        norm = f"{first.isoformat()}/{last.isoformat()}"
        ctx.add(_date(start, end, "day", first, "range", (first, last), relative, norm))
        return
    if part:
        ctx.add(_date(start, end, gran, first, "approximate", _third(gran, first, part), relative))
        return
    ctx.add(_date(start, end, gran, first, "exact", None, relative))


# ---------------------------------------------------------------------------------------------
# weekdays, "yesterday", "last night", "this weekend"

_WD_LEFT_RE = re.compile(
    r"\b(?P<rel>last|next|this\s+past|this\s+coming|this|early|late|earlier|later)\s+\Z", _FLAGS)
_WD_BAD_LEFT_RE = re.compile(
    r"\b(?:Black|Cyber|Good|Super|Ash|Holy|Palm|Easter|Bloody|Man|Girl|Casual|Manic|Fat|Maundy|"
    r"Giving|Blue|Shrove|Mail\s+on|Sunday|Freaky|Travel)\s+\Z")
_WD_BAD_RIGHT_RE = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Night\s+Live|Sport|People|"
    r"Star|Tribune|Review|Magazine|Morning\s+Herald|Football|Club|Night\s+(?:Live|Lights|Football|"
    r"Fever|Raw|Smackdown|Funkin))\b|\s+school\b|\s+School\b")
_POD_RE = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)\b", _FLAGS)


_NAME_OK_BEFORE = frozenset("""
on last next this early late earlier later by until till since from before after through and or
each every the a in at of for during between past coming starting beginning ending around
about as into to with ahead that this
""".split())


def _name_before(text: str, s: int) -> bool:
    """True when a capitalised word other than a preposition or determiner runs into position
    s: the weekday or month is then part of a name ("Joe Friday", "Brian May")."""
    i = s - 1
    if i < 0 or text[i] != " ":
        return False
    j = i - 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    word = text[j + 1:i]
    if not word or not word[0].isupper() or word.lower() in _NAME_OK_BEFORE:
        return False
    return not (word.lower() in _WEEKDAYS or word.lower() in _MONTHS or word.isupper())


_EVERY = frozenset(("every", "each"))


def _weekday_date(pub: date, weekday: int, mode: str) -> date:
    behind = (pub.isoweekday() - weekday) % 7
    ahead = (weekday - pub.isoweekday()) % 7
    if mode == "last":
        return pub - timedelta(days=behind or 7)
    if mode == "next":
        return pub + timedelta(days=ahead or 7)
    if mode == "future":
        return pub + timedelta(days=ahead)
    if mode == "this":
        return pub + timedelta(days=weekday - pub.isoweekday())
    return pub - timedelta(days=behind)


def _on_weekday(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    if not text[s].isupper():
        return
    lo = max(0, s - 30)
    if _back(_WD_BAD_LEFT_RE, text, lo, s, _WD_BAD_LAST) or _WD_BAD_RIGHT_RE.match(text, e):
        return
    if _name_before(text, s) or _last_word(text, s) in _EVERY:
        return  # "Joe Friday", "every Friday"
    weekday = _WEEKDAYS[word]
    start, end = s, e
    pod = _POD_RE.match(text, e)
    if pod:
        end = pod.end()
    mode = ""
    lm = _back(_WD_LEFT_RE, text, lo, s, _WD_LEFT_LAST)
    if lm:
        start = lm.start()
        mode = re.sub(r"\s+", " ", lm.group("rel").lower())
        mode = {"this past": "last", "this coming": "next"}.get(mode, mode)
        if mode in ("early", "late", "earlier", "later"):
            mode = ""
    if ctx.pub is None:
        norm = f"XXXX-WXX-{weekday}" if mode in ("", "this") else _lowered(text[start:end])
        ctx.add(_unresolved(start, end, norm, relative=True))
        return
    if not mode:
        mode = "future" if ctx.tense(s, e) == "future" else "past"
    day = _weekday_date(ctx.pub, weekday, mode)
    ctx.add(_date(start, end, "day", day, relative=True))


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}


def _on_day_word(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    lo = max(0, s - 30)
    if word == "today":
        if re.search(r"\bUSA\s+\Z", text[lo:s]) or (
                text[s] == "T" and (re.search(r"\b(?:the|on|NBC['’]s)\s+\Z", text[lo:s])
                                    or re.match(r"\s+(?:show|programme|program)\b", text[e:e + 12]))):
            return
    offset = _DAY_WORDS[word]
    start, end = s, e
    around = re.search(r"\bthe\s+day\s+(?P<ba>before|after)\s+\Z", text[lo:s], _FLAGS)
    if around and word in ("yesterday", "tomorrow"):
        start = lo + around.start()
        offset *= 2
    else:
        early = re.search(r"\b(?:early|late|earlier|later)\s+\Z", text[lo:s], _FLAGS)
        if early:
            start = lo + early.start()
    if word != "tonight":
        pod = _POD_RE.match(text, e)
        if pod:
            end = pod.end()
    if ctx.pub is None:
        ctx.add(_unresolved(start, end, _lowered(text[start:end]), relative=True))
        return
    ctx.add(_date(start, end, "day", ctx.pub + timedelta(days=offset), relative=True))


# an hour of the twelve-hour clock in words or digits: "six", "11"
_HOUR = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9]"
# "six in the morning", "ten at night": an hour told by the part of the day alone
_HOUR_IN_PART_RE = re.compile(
    rf"(?<![\w.:,\-\u2013])(?P<hour>{_HOUR})\s+(?P<link>in\s+the|at)\s+\Z", _FLAGS)
# "nine on Tuesday evening", "10 on Friday night": an hour told by its day and the part of it
# (only after a word of time: "killed nine on Tuesday night" counts the dead)
_HOUR_ON_DAY_RE = re.compile(
    rf"\b(?:at|after|before|until|till|since)\s+(?:about\s+|around\s+)?"
    rf"(?P<hour>{_HOUR})\s+on\s+(?:{_WEEKDAY_ALT})\s+\Z", _FLAGS)
# "heat 2 in the morning session": the part of the day names a session, not the hour
_PART_OF_DAY_NOUN_RE = re.compile(r"[\s-]+(?:session|sessions|shift|shifts|paper|papers|news|show|edition|"
                                  r"bulletin|rush|trading|race|heat|heats|round)\b", _FLAGS)


def _on_part_of_day(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "last night" (the day before publication), "this morning" (the published day); "six in
    the morning", "ten at night" (times of day)."""
    text = ctx.text
    if not _PART_OF_DAY_NOUN_RE.match(text, e):
        told, end = _back(_HOUR_IN_PART_RE, text, max(0, s - 20), s), e
        if told and (told.group("link").lower() == "at") != (word.lower() == "night"):
            told = None
        if told is None:
            # "shortly after nine on Tuesday evening": the hour, told by the part of its day (the
            # day itself is a date of its own)
            told = _back(_HOUR_ON_DAY_RE, text, max(0, s - 30), s)
            end = told.end("hour") if told else e
        if told:
            start, qualifier, spread = _time_qualifier(text, told.start("hour"))
            hour = _whole_hour(int(parse_number(told.group("hour"))), word.lower())
            ctx.add(_time(start, end, hour, 0, None, qualifier, spread))
            return
    m = re.search(r"\b(?P<rel>last|this)\s+\Z", text[max(0, s - 12):s], _FLAGS)
    if not m:
        return
    rel = m.group("rel").lower()
    if rel == "last" and word != "night" or rel == "this" and word == "night":
        return
    start = s - len(m.group())
    if ctx.pub is None:
        ctx.add(_unresolved(start, e, _lowered(text[start:e]), relative=True))
        return
    ctx.add(_date(start, e, "day", ctx.pub - timedelta(days=1 if rel == "last" else 0),
                  relative=True))


def _on_weekend(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    m = re.search(r"\b(?P<rel>last|this\s+past|this\s+coming|this|next|the)\s+\Z",
                  text[max(0, s - 20):s], _FLAGS)
    if not m or word != "weekend":
        return
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    start = s - len(m.group())
    pub = ctx.pub
    if pub is None:
        ctx.add(_unresolved(start, e, _lowered(text[start:e]), relative=True))
        return
    current = _first_of("weekend", pub)  # the Saturday of the published week
    if rel in ("last", "this past") or rel == "the" and ctx.tense(s, e) != "future":
        saturday = current if pub >= current else current - timedelta(days=7)
        if rel in ("last", "this past") and pub >= current and rel == "last":
            saturday = current - timedelta(days=7)
    elif rel == "next":
        saturday = current + timedelta(days=7)
    else:
        saturday = current
    ctx.add(_date(start, e, "weekend", saturday, relative=True))


# ---------------------------------------------------------------------------------------------
# quarters, halves, seasons, fiscal years, holidays, centuries

_PERIOD_LEFT_RE = re.compile(
    rf"(?:(?P<owner>the|its|their|his|her|our|this\s+year['’]s|last\s+year['’]s|"
    rf"next\s+year['’]s|(?:the\s+)?(?:fiscal\s+)?(?P<y1>{_YEAR})(?:['’]s)?)\s+)?"
    rf"(?:(?:fiscal|calendar)(?:\s+|\s*[{_HYPHEN}]\s*))?"
    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|previous|next|this|"
    rf"past|prior|latter|back|front)(?:\s+|\s*[{_HYPHEN}]\s*)\Z", _FLAGS)
_PERIOD_RIGHT_RE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar|financial)(?:\s+year)?\s+)?"
    rf"(?P<y2>{_YEAR}{_YEAR_END}|this\s+year\b|last\s+year\b|next\s+year\b|"
    rf"the\s+(?:(?:fiscal|calendar|financial)\s+)?year\b|(?:fiscal|calendar|financial)\s+year\b|"
    rf"the\s+current\s+(?:fiscal\s+)?year\b|year\b)"
    rf"|(?:\s*,\s*|\s+)(?P<y3>{_YEAR}){_YEAR_END}", _FLAGS)
_OF_RE = re.compile(r"\s+of\b", _FLAGS)
_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                "4th": 4, "final": 4}
_HALF_ORD = {"first": 1, "1st": 1, "front": 1, "second": 2, "2nd": 2, "latter": 2, "back": 2}
_DEICTIC_SHIFT = {"last": -1, "previous": -1, "prior": -1, "past": -1, "current": 0, "this": 0,
                  "next": 1}


def _explicit_year(ctx: _Ctx, text: str) -> Optional[int]:
    """The year written or meant by "1997", "this year", "last year", "the year"."""
    word = _lowered(text)
    m = re.search(_YEAR, word)
    if m:
        return int(m.group())
    if ctx.pub is None:
        return None
    if word.startswith("last"):
        return ctx.pub.year - 1
    if word.startswith("next"):
        return ctx.pub.year + 1
    return ctx.pub.year


def _on_quarter_or_half(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    gran = "quarter" if word == "quarter" else "half"
    lm = _back(_PERIOD_LEFT_RE, text, max(0, s - 50), s, _PERIOD_LAST)
    if not lm:
        if gran == "quarter":
            _the_quarter(ctx, s, e)
        return
    ordinal = lm.group("ord").lower()
    numbers = _QUARTER_ORD if gran == "quarter" else _HALF_ORD
    rm = _PERIOD_RIGHT_RE.match(text, e)
    if rm is None and _OF_RE.match(text, e):
        return  # "the third quarter of the game", "the first half of the century"
    owner = (lm.group("owner") or "").lower()
    year = None
    year_text = lm.group("y1") or (rm and (rm.group("y2") or rm.group("y3")))
    if "year" in owner:
        year_text = owner
    if year_text:
        year = _explicit_year(ctx, year_text)  # None for "this year" with no published date
    start = lm.start()
    if owner == "the" and rm is None and text[lm.end() - 1] in _HYPHEN:
        start = lm.start("ord")  # "the fourth-quarter results": the article is the noun's
    end = rm.end() if rm else e
    if ordinal in numbers and not (ordinal == "final" and gran == "half"):
        number = numbers[ordinal]
    elif ordinal == "last" and year_text:
        number = 4 if gran == "quarter" else 2
    elif ordinal in _DEICTIC_SHIFT and gran == "quarter" and not year_text:
        if ctx.pub is None:
            ctx.add(_unresolved(start, end, _lowered(text[start:end]), relative=True))
            return
        first = _shift("quarter", _first_of("quarter", ctx.pub), _DEICTIC_SHIFT[ordinal])
        ctx.add(_date(start, end, "quarter", first, relative=True))
        return
    else:
        return
    if year is None and ctx.sports(s, e):
        return  # the third quarter of a game
    if year is None and gran == "half" and not _FINANCE_RE.search(text[slice(*ctx.sentence(s, e))]):
        return  # "the second half" of anything else
    months = 3 if gran == "quarter" else 6
    letter = "Q" if gran == "quarter" else "H"
    if year is None:
        if ctx.pub is None:
            ctx.add(_unresolved(start, end, f"XXXX-{letter}{number}"))
            return
        first = _pick_year(ctx, start, end, lambda y: date(y, (number - 1) * months + 1, 1), gran)
        if first is None:
            return
    else:
        first = date(year, (number - 1) * months + 1, 1)
    ctx.add(_date(start, end, gran, first))


_THE_QUARTER_RE = re.compile(
    r"\b(?P<the>the|its|their)\s+(?:(?P<which>latest|most\s+recent|recent|just[\s-]ended|"
    r"year[\s-](?:ago|earlier)|same)\s+)?(?:fiscal\s+)?\Z", _FLAGS)


def _the_quarter(ctx: _Ctx, s: int, e: int) -> None:
    """ "the quarter", "the latest quarter", "the year-ago quarter" in an earnings report: the
    quarter the story is about (the last one named, else the last one ended before publication),
    or the same quarter a year before."""
    text = ctx.text
    m = _back(_THE_QUARTER_RE, text, max(0, s - 40), s, _THE_QUARTER_LAST)
    if not m or _OF_RE.match(text, e) or ctx.sports(s, e) or not _FINANCE_RE.search(
            text[slice(*ctx.sentence(s, e))]):
        return
    which = _lowered(m.group("which") or "").replace("-", " ")
    if which == "same":
        return
    amount = 4.0 if which.startswith("year") else 0.0
    ctx.add(_Cand(m.start(), e, None, anchor=(amount, amount, amount, "quarter", -1, "exact",
                                                _lowered(text[m.start():e]))))


_CODE_RE = re.compile(
    rf"(?P<l>[QH])(?P<n>[1-4])(?![\w])(?:(?:\s*|\s*[{_HYPHEN}/]\s*)(?P<y>{_YEAR}|['’]\d\d)(?!\d))?")
_CODE_LEFT_RE = re.compile(rf"(?P<y>{_YEAR})\s+\Z|\b(?:in|the|during|for|of|by|since|from|"
                           rf"its|their|this\s+year['’]s|last\s+year['’]s)\s+\Z", _FLAGS)


def _on_code(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "Q3 2024", "2024 Q3", "H1 2025", "in Q2"."""
    text = ctx.text
    m = _CODE_RE.match(text, s)
    if not m or (s > 0 and text[s - 1].isalnum()):
        return
    number = int(m.group("n"))
    gran = "quarter" if m.group("l") == "Q" else "half"
    if gran == "half" and number > 2:
        return
    start, end = s, m.end()
    year = None
    if m.group("y"):
        raw = m.group("y").lstrip("'’")
        year = int(raw) if len(raw) == 4 else _two_digit_year(int(raw), ctx.pub)
    lm = _back(_CODE_LEFT_RE, text, max(0, s - 20), s)
    if year is None and lm and lm.group("y"):
        year, start = int(lm.group("y")), lm.start()
    if year is None and not lm:
        return
    months = 3 if gran == "quarter" else 6
    if year is None:
        if ctx.pub is None:
            ctx.add(_unresolved(start, end, f"XXXX-{m.group('l')}{number}"))
            return
        first = _pick_year(ctx, start, end, lambda y: date(y, (number - 1) * months + 1, 1), gran)
        if first is None:
            return
    else:
        first = date(year, (number - 1) * months + 1, 1)
    ctx.add(_date(start, end, gran, first))


_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_LEFT_RE = re.compile(
    rf"(?P<cue>\b(?:in|during|by|until|till|since|over|through|throughout|before|after|from|"
    rf"for|into|of)\s+)?"
    rf"(?P<span>(?:(?P<mod>{_MOD_RE_PART})(?:\s+|\s*[{_HYPHEN}]\s*))?"
    rf"(?:(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+coming|the\s+past|the\s+previous|"
    rf"the\s+following|the)\s+)?(?:(?P<mod2>early|mid|late)(?:\s+|\s*[{_HYPHEN}]\s*))?)\Z", _FLAGS)
_SEASON_RIGHT_RE = re.compile(rf"(?:\s+of)?(?:\s*,\s*|\s+)(?P<y>{_YEAR}){_YEAR_END}", _FLAGS)
_SEASON_NOUNS = frozenset("""
storm storms olympics games camp camps school break solstice equinox wheat collection tour term
semester league weather sun vacation holiday holidays festival transfer window palace session
sessions months season seasons fashion menu rains wave heat sales intern internship internships
program programme series classes
""".split())


def _on_season(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    if _last_word(text, s) in _EVERY:
        return  # "every summer": a recurrence
    code = _SEASONS[word]
    lm = _back_or_empty(_SEASON_LEFT_RE, text, max(0, s - 50), s, _SEASON_LAST)
    rm = _SEASON_RIGHT_RE.match(text, e)
    year = int(rm.group("y")) if rm else None
    if year is not None and not _plausible_year(year):
        year = None
    span_start = lm.start("span") if lm else s
    rel = re.sub(r"\s+", " ", (lm.group("rel") or "").lower()) if lm else ""
    cue = (lm.group("cue") or "").strip().lower() if lm else ""
    mod = (lm.group("mod") or lm.group("mod2")) if lm else None
    if year is None:
        nxt = _NEXT_WORD_RE.match(text, e)
        if nxt and (nxt.group(1).lower() in _SEASON_NOUNS or nxt.group(1)[0].isupper()
                    and text[s].isupper()):
            return
        if _OF_RE.match(text, e):
            return  # "the fall of Kabul"
        deictic = rel in ("last", "this past", "this coming", "this", "next", "the coming",
                          "the past", "the previous", "the following")
        if not (deictic or mod or (cue and cue not in ("the", "of")) and (rel == "the" or not rel)
                and word != "fall"
                or rel == "the" and cue and cue not in ("the", "of")):
            return
    else:
        deictic = False
    end = rm.end() if rm else e
    start = span_start if span_start < s else s
    part = _mod_key(mod)
    qualifier = "approximate" if part else "exact"
    if year is not None:
        first = _season_first(code, year)
    else:
        pub = ctx.pub
        if pub is None:
            norm = _lowered(text[start:end]) if deictic and rel != "this" else f"XXXX-{code}"
            ctx.add(_unresolved(start, end, norm, qualifier, relative=deictic))
            return
        current = _first_of("season", pub)
        this_year = _season_first(code, pub.year + (1 if code == "WI" and pub.month >= 9 else 0))
        if rel in ("last", "this past", "the past", "the previous"):
            first = this_year
            while first >= current:
                first = _add_months(first, -12)
        elif rel in ("next", "this coming", "the coming", "the following"):
            first = this_year
            while first <= pub:
                first = _add_months(first, 12)
        elif rel == "this":
            first = this_year
        else:
            tense = ctx.tense(s, e)
            first = this_year
            if tense == "past" and first > pub:
                first = _add_months(first, -12)
            elif tense == "future" and _last_of("season", first) < pub:
                first = _add_months(first, 12)
    bounds = _third("season", first, part) if part else None
    ctx.add(_date(start, end, "season", first, qualifier, bounds, deictic))


_FISCAL_RE = re.compile(
    rf"(?:fiscal|FY)(?:\s*[{_HYPHEN}]\s*|\s*)(?:year\s+)?(?P<y>{_YEAR}|['’]?\d\d)(?![\w%]|[.,:/]\d)",
    _FLAGS)


def _on_fiscal(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "fiscal 1998", "fiscal year 2024", "FY2024", "FY24": the fiscal year's number."""
    text = ctx.text
    if word == "fy" and (not text[s:e].isupper() or (s > 0 and text[s - 1].isalnum())):
        return
    m = _FISCAL_RE.match(text, s)
    if not m:
        return
    raw = m.group("y").lstrip("'’")
    if word == "fiscal" and len(raw) == 2 and not re.search(r"['’]|\s", m.group()):
        return
    year = int(raw) if len(raw) == 4 else _two_digit_year(int(raw), ctx.pub)
    ctx.add(_date(s, m.end(), "year", date(year, 1, 1)))


_HOLIDAY_RE = re.compile(
    r"(?P<name>Christmas(?:\s+(?P<xpart>Day|Eve))?|New\s+Year['’]?s?\s+(?P<npart>Day|Eve)|"
    r"New\s+Year['’]s|Halloween|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?P<epart>Sunday|Monday|Day))?|"
    r"Valentine['’]?s\s+Day|Boxing\s+Day)"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR}){_YEAR_END})?")
_HOLIDAY_CUE_RE = re.compile(
    r"\b(?:on|at|by|before|after|since|until|till|over|this|last|next|for|around|during|from|"
    r"through|of|ahead\s+of|days?\s+(?:before|after))\s+\Z", _FLAGS)


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _holiday(name: str, year: int) -> date:
    name = _lowered(name)
    if name.startswith("christmas eve"):
        return date(year, 12, 24)
    if name.startswith("christmas"):
        return date(year, 12, 25)
    if name.startswith("new year") and name.endswith("eve"):
        return date(year, 12, 31)
    if name.startswith("new year"):
        return date(year, 1, 1)
    if name.startswith("halloween"):
        return date(year, 10, 31)
    if name.startswith("valentine"):
        return date(year, 2, 14)
    if name.startswith("boxing"):
        return date(year, 12, 26)
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    easter = _easter(year)
    return easter + timedelta(days=1) if name.endswith("monday") else easter


def _on_holiday(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    m = _HOLIDAY_RE.match(text, s)
    if not m:
        return
    name = m.group("name")
    if _last_word(text, s) in _EVERY:
        return  # "every Christmas"
    lo = max(0, s - 30)
    rel = re.search(r"\b(?P<rel>last|this|next)\s+\Z", text[lo:s], _FLAGS)
    specific = m.group("xpart") or m.group("npart") or m.group("epart") or \
        name.lower().startswith(("valentine", "boxing", "thanksgiving day"))
    if not (m.group("y") or specific or rel or _back(_HOLIDAY_CUE_RE, text, lo, s)):
        return
    start = s - len(rel.group()) if rel else s
    end = m.end()
    if m.group("y"):
        ctx.add(_date(start, end, "day", _holiday(name, int(m.group("y")))))
        return
    if ctx.pub is None:
        fixed = {"christmas": "12-25", "halloween": "10-31", "valentine": "02-14",
                 "boxing": "12-26"}
        key = name.lower().split()[0].rstrip("'’s")
        norm = _lowered(text[start:end])
        if key in fixed and not rel and not m.group("xpart"):
            norm = "XXXX-" + fixed[key]
        ctx.add(_unresolved(start, end, norm, relative=bool(rel)))
        return
    pub = ctx.pub
    this_one = _holiday(name, pub.year)
    if rel:
        kind = rel.group("rel").lower()
        if kind == "last":
            day = this_one if this_one < pub else _holiday(name, pub.year - 1)
        elif kind == "next":
            day = this_one if this_one > pub else _holiday(name, pub.year + 1)
        else:
            day = this_one
    else:
        day = _pick_year(ctx, start, end, lambda y: _holiday(name, y), "day")
    ctx.add(_date(start, end, "day", day, relative=bool(rel)))


_CENTURY_LEFT_RE = re.compile(
    rf"\b(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)(?:\s+|\s*[{_HYPHEN}]\s*))?"
    rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_CENTURY_ORDINALS}))(?:\s+|\s*[{_HYPHEN}]\s*)\Z"
    r"|\b(?P<rel>this|last|next|the\s+current|the\s+last)\s+\Z", _FLAGS)


def _on_century(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "the 20th century" -> 19, "the early 21st century", "this century" (a date);
    "a century" and "centuries" are durations, read as units."""
    _on_unit(ctx, s, e, word)
    if word != "century":
        return
    text = ctx.text
    m = _back(_CENTURY_LEFT_RE, text, max(0, s - 50), s)
    if not m or _OLD_RE.match(text, e):
        return
    if m.group("rel"):
        rel = _lowered(m.group("rel"))
        if rel == "the last":
            return  # "the last century": the past hundred years or the 20th; leave it
        if ctx.pub is None:
            ctx.add(_unresolved(m.start(), e, _lowered(text[m.start():e]), relative=True))
            return
        shift = {"this": 0, "the current": 0, "last": -1, "next": 1}[rel]
        first = _shift("century", _first_of("century", ctx.pub), shift)
        ctx.add(_date(m.start(), e, "century", first, relative=True))
        return
    n = int(m.group("n")) if m.group("n") else _ORDINALS.get(_lowered(m.group("w")).replace(" ", "-"))
    if not n or not 1 <= n <= 21:
        return
    first = date(max(1, (n - 1) * 100), 1, 1)
    part = _mod_key(m.group("mod"))
    start = m.start()
    if m.group("the") and text[s - 1] in _HYPHEN:
        start = m.start("mod") if m.group("mod") else m.start("n") if m.group("n") else m.start("w")
    if part:
        ctx.add(_date(start, e, "century", first, "approximate", _third("century", first, part)))
    else:
        ctx.add(_date(start, e, "century", first))


# ---------------------------------------------------------------------------------------------
# times of day

def _time_qualifier(text: str, start: int) -> tuple:
    """(start, qualifier, spread in seconds) for "about 3 p.m.", "shortly after midnight"."""
    m = _back(_TIME_QUAL_RE, text, max(0, start - 25), start)
    if not m:
        return start, "exact", None
    q = _lowered(m.group("q"))
    if q in ("about", "around", "approximately", "roughly"):
        return m.start(), "approximate", (-1800.0, 1800.0)
    if q.endswith("after"):
        return m.start(), "more_than", (0.0, 1800.0)
    return m.start(), "less_than", (-1800.0, 0.0)


def _on_noon(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    if word == "midnight" and re.match(r"\s+(?:sun|express|oil|blue|mass)\b", text[e:e + 10], _FLAGS):
        return
    start = s
    twelve = re.search(r"\b12\s+\Z", text[max(0, s - 5):s])
    if twelve and word == "noon":
        start = s - len(twelve.group())
    start, qualifier, spread = _time_qualifier(text, start)
    hour = 24 if word == "midnight" else 12
    ctx.add(_time(start, e, hour, 0, None, qualifier, spread))


def _on_oclock(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    m = _back(_OCLOCK_LEFT_RE, text, max(0, s - 20), s)
    if not m:
        return
    hour = parse_number(m.group("num"))
    if hour is None or not float(hour).is_integer() or not 1 <= hour <= 12:
        return
    start, qualifier, spread = _time_qualifier(text, m.start())
    # "ten o'clock on Saturday night" is 22:00: the part of the day told in the sentence
    part = _day_part_near(ctx, m.start(), e)
    whole = _whole_hour(int(hour), part)
    # (with no part of the day told, "nine o'clock" takes the half of the day other sources give it)
    ctx.add(_time(start, e, whole, 0, None, qualifier, spread, twelve_hour=not part and whole < 12))


# (or any number of minutes, so called: "seventeen minutes past three", "23 minutes to four")
_COUNTED_MINUTES = rf"|(?P<counted>{NUMBER_PATTERN})\s+minutes?"
_PAST_LEFT_RE = re.compile(r"(?:\ba\s+)?\b(?P<mins>quarter|half|five|ten|twenty|twenty[\s-]five|\d{1,2}"
                           + _COUNTED_MINUTES + r")\s+\Z",
                           _FLAGS)
_PAST_RIGHT_RE = re.compile(rf"\s+(?P<hour>{_HOUR}|(?P<named>midnight|noon|midday))\b"
                            r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening))?", _FLAGS)
MINUTES_REACH = 32  # characters before "past" or "to" where the minutes are told
_NAMED_HOURS = {"midnight": 24, "noon": 12, "midday": 12}
_PAST_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20}


def _on_past(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "a quarter past six", "half past ten in the evening", "20 past nine": a time of day."""
    left = _back(_PAST_LEFT_RE, ctx.text, max(0, s - MINUTES_REACH), s)
    right = _PAST_RIGHT_RE.match(ctx.text, e)
    if left and right:
        _add_told_time(ctx, left, right, before_the_hour=False)


_TO_LEFT_RE = re.compile(r"(?:\ba\s+)?\b(?P<mins>quarter|five|ten|twenty|twenty[\s-]five|\d{1,2}"
                         + _COUNTED_MINUTES + r")\s+\Z", _FLAGS)
# "ten to six" is a time only where a time is expected: "at ten to six", "ten to six in the
# morning"; "voted ten to six" and "from ten to six" are no time of day
_TO_AT_RE = re.compile(r"\b(?:at|about|around|until|till|shortly\s+before|just\s+before|shortly\s+after|"
                       r"just\s+after)\s+\Z", _FLAGS)

_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)\]]|$|\s+(?:and|but|when|as)\b)")
_FROM_BEFORE_RE = re.compile(r"\bfrom\b", _FLAGS)


def _on_to(ctx: _Ctx, s: int, e: int, word: str) -> None:
    """ "ten to six in the morning", "at a quarter to nine": a time of day before the hour."""
    text = ctx.text
    right = _PAST_RIGHT_RE.match(text, e)
    if not right:
        return
    left = _back(_TO_LEFT_RE, text, max(0, s - MINUTES_REACH), s)
    if left and (right.group("part") or right.group("named")
                 or _back(_TO_AT_RE, text, max(0, left.start() - 20), left.start())
                 # "the clock says twelve minutes to eleven.": minutes told as such, to an hour that
                 # ends the clause (not "cut from 15 minutes to ten", "20 minutes to one side")
                 or left.group("counted") and _CLAUSE_END_RE.match(text, right.end())
                 and not _FROM_BEFORE_RE.search(text, max(0, left.start() - 30), left.start())):
        _add_told_time(ctx, left, right, before_the_hour=True)


def _add_told_time(ctx: _Ctx, left: re.Match, right: re.Match, before_the_hour: bool) -> None:
    """The time told in words by minutes (`left`) past or to an hour (`right`)."""
    if left.group("counted"):
        minutes = parse_number(left.group("counted"))
        minutes = int(minutes) if minutes is not None and float(minutes).is_integer() else None
    else:
        raw = re.sub(r"[\s-]+", " ", left.group("mins").lower())
        minutes = 25 if raw == "twenty five" else _PAST_MINUTES.get(raw) or (int(raw) if raw.isdigit() else None)
    if minutes is None or not 0 < minutes < 60:
        return
    start, qualifier, spread = _time_qualifier(ctx.text, left.start())
    if right.group("named"):
        # "a quarter to midnight" is 23:45, "ten past noon" 12:10
        told = _NAMED_HOURS[right.group("named").lower()] * 60 + (-minutes if before_the_hour else minutes)
        hour, minutes = divmod(told % (24 * 60), 60)
        ctx.add(_time(start, right.end(), hour, minutes, None, qualifier, spread))
        return
    hour = parse_number(right.group("hour"))
    if hour is None or not 1 <= hour <= 12:
        return
    if before_the_hour:
        hour, minutes = hour - 1, 60 - minutes
    part = (right.group("part") or "").lower() or _day_part_near(ctx, left.start(), right.end())
    hour = _hour_in_part(int(hour) % 12, part)
    if not part and hour == 0:
        hour = 12  # "a quarter past twelve", "ten to one": past noon, as a day's events mostly are
    # with no part of the day told, "twenty-five past four" may be either: read as a.m. here,
    # it takes the half of the day other sources give it (see align.settle_twelve_hour_times)
    ctx.add(_time(start, right.end(), hour, minutes, None, qualifier, spread, twelve_hour=not part and hour < 12))


# the part of the day told elsewhere in the sentence: "at twenty to six on Tuesday evening"
_DAY_PART_RE = re.compile(r"\b(?:(?P<morning>morning|dawn|daybreak|sunrise)|(?P<afternoon>afternoon)|"
                          r"(?P<evening>evening|tonight|dusk|sunset|nightfall)|(?P<night>night))\b", _FLAGS)
LATEST_NIGHT_HOUR = 5  # "two o'clock at night" is before dawn; "ten o'clock at night" the evening's


def _whole_hour(hour: int, part: str) -> int:
    """An hour told whole ("ten o'clock", "six in the morning"), 1 to 12, on the 24-hour clock by
    the part of the day: twelve at night is midnight, told as "midnight" is (24), else noon."""
    if hour == 12:
        return 24 if part == "night" else 12
    return _hour_in_part(hour, part)


def _hour_in_part(hour: int, part: str) -> int:
    """An hour of the twelve-hour clock (0 to 11) on the 24-hour clock, by the part of the day:
    the afternoon's and evening's are p.m., the night's p.m. only until midnight."""
    if part in ("afternoon", "evening") or part == "night" and hour > LATEST_NIGHT_HOUR:
        return hour + 12
    return hour


def _day_part_near(ctx: _Ctx, start: int, end: int) -> str:
    """'morning', 'afternoon', 'evening' or 'night' as a day-part word nearest the time in its
    sentence says, or '' when there is none."""
    lo, hi = ctx.sentence(start, end)
    nearest, found = None, ""
    for m in _DAY_PART_RE.finditer(ctx.text, lo, hi):
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and (nearest is None or distance < nearest):
            nearest, found = distance, m.lastgroup
    return found


# ---------------------------------------------------------------------------------------------
# expressions led by digits

def _numeric_date(ctx: _Ctx, m: re.Match) -> None:
    """ "2021-10-05", "10/5/2021" (US order unless the first number exceeds 12), "5.10.2021"."""
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("sa"):
        a, b = int(m.group("sa")), int(m.group("sb"))
        raw = m.group("sy")
        year = int(raw) if len(raw) == 4 else _two_digit_year(int(raw), ctx.pub)
        month, day = (a, b) if a <= 12 else (b, a)
    elif m.group("yy"):
        year, month, day = int(m.group("yy")), int(m.group("ym")), int(m.group("yd"))
    else:
        year, month, day = int(m.group("dy")), int(m.group("dm")), int(m.group("dd"))
    if _plausible_year(year) and _valid_day(year, month, day):
        ctx.add(_date(m.start(), m.end(), "day", date(year, month, day)))


_YEAR_MOD_LAST = frozenset("early mid late of around about circa c approximately roughly end "
                           "start year".split())
_YEAR_CUE_LAST = frozenset("""
in since by until till from before after during through throughout between of as for into pre
post year ending starting beginning fiscal fy vintage
""".split())
_YEAR_ARTICLE_LAST = frozenset("the a an its his her their our this that whose".split())
_YEAR_CHAIN_LAST = frozenset("and or to through until till in even possibly perhaps".split())
_WHEN_AFTER_YEAR_RE = re.compile(r",\s+when\s")
_LATER_THAN_RE = re.compile(r"\b(?:later|earlier|sooner)\s+than\s+$", _FLAGS)
_APPROX_MODS = ("around", "about", "approximately", "roughly", "circa", "c.")
_ERA_BEFORE_RE = re.compile(r"\b(?:AD|A\.D\.)\s+\Z")
# "hidden around 1140", "built about 1320": a verb that dates a thing makes an early number
# after "around" a year (elsewhere "around 1500" is as likely a count written without a comma)
_DATED_BY_RE = re.compile(
    r"\b(?:buried|hidden|hid|built|founded|dated|dates|dating|written|minted|struck|composed|painted|"
    r"constructed|established|deposited|abandoned|completed|begun|made)\s+\Z", _FLAGS)


_LABELLED_YEAR_RE = re.compile(
    r"\b(?:built|founded|established|opened|restored|completed|born|died|year|date|dated|made|erected|launched|"
    r"discovered|installed|created|painted|written|consecrated|rebuilt|closed|excavated|found)\b[^:\n]{0,30}:[ \t*]*\Z",
    _FLAGS)


def _year(ctx: _Ctx, m: re.Match, accepted: set) -> None:
    """A four-digit year with something that makes it a year: "in 1961", "since 2019",
    "1961's", "the 2017 space film", "(2013)", "mid-2025", "1959 and 1971"."""
    text = ctx.text
    s, e = m.span()
    year = int(m.group("y"))
    if s > 0 and text[s - 1] in _HYPHEN and not re.search(
            rf"\b(?:mid|pre|post|end|early|late|start)\s*[{_HYPHEN}]\Z", text[max(0, s - 8):s],
            _FLAGS):
        return
    lo = max(0, s - 40)
    last = _last_word(text, s)
    start = s
    mod = None
    ok = False
    possessive = text[e:e + 2] in ("'s", "’s") and not text[e + 2:e + 3].isalnum()
    era = _ERA_BEFORE_RE.search(text, max(0, s - 6), s)
    if era:  # "around AD 1070": the era makes it a year, whatever stands before
        ok, start = True, era.start()
        last = _last_word(text, start)
    mm = _back(_YEAR_MOD_RE, text, lo, start) if last in _YEAR_MOD_LAST else None
    if mm:
        ok, start = True, mm.start()
        mod = (mm.group("mod") or mm.group("mid") or "").lower()
        if not era and mod in _APPROX_MODS and (
                year < 1900 and mod not in ("circa", "c.") and not _back(_DATED_BY_RE, text, lo, start)
                or re.match(r"\s+(?:were|are|was|is|have|had|of|more|other|in|to)\b",
                            text[e:e + 8], _FLAGS)):
            ok = False
    if not ok and possessive:
        ok = True
    if not ok and last in _YEAR_CUE_LAST:
        cue = _back(_YEAR_CUE_RE, text, lo, s)
        if cue and not (last == "by" and _back(_YEAR_BAD_BY_RE, text, lo, s)):
            ok = not (last == "for" and year < 1900)
    if not ok and (last in _YEAR_CHAIN_LAST or last.isdigit()):
        cm = _back(_YEAR_CHAIN_RE, text, lo, s)
        ok = bool(cm and cm.end("prev") in accepted)
    if not ok and year >= 1800:
        nxt = _NEXT_WORD_RE.match(text, e)
        if last in _YEAR_ARTICLE_LAST and nxt and not nxt.group().startswith((" of", "-")):
            ok = True
        elif text[s - 1:s] == "(" and text[e:e + 1] == ")":
            ok = True
        elif nxt and nxt.group(1).lower() in _YEAR_NOUNS:
            ok = True
    if not ok and year >= 1800 and _WHEN_AFTER_YEAR_RE.match(text, e):
        ok = True  # "memories of 1979, when the roof gave way": a time, told by its clause
    if not ok and 1900 <= year <= 2099 and _bare_year(text, s, e, last):
        ok = True
    if not ok and last == "than" and _LATER_THAN_RE.search(text, lo, s):
        ok = True  # "to file for approval no later than 1989": a time, however bounded
    if not ok and _LABELLED_YEAR_RE.search(text, lo, s):
        ok = True  # "Built: 1592", "| Last restored | 1896 |": a fact box's label that dates a thing
    if not ok or (not possessive and _count_noun_follows(text, e)):
        return
    accepted.add(e)
    first = date(year, 1, 1)
    part = _mod_key(mod) if mod not in ("end", "start") else ("late" if mod == "end" else "early")
    if part:
        ctx.add(_date(start, e, "year", first, "approximate", _third("year", first, part)))
    elif mod in _APPROX_MODS:
        ctx.add(_date(start, e, "year", first, "approximate", _widen("year", first)))
    else:
        ctx.add(_date(start, e, "year", first))


_NOT_YEAR_BEFORE = frozenset("""
no nos number numbers flight flights route room highway interstate page pages chapter section
article model version item code score scored of than to over under about around nearly almost some
approximately more less fewer total top at by x up down rose fell gained lost reached hit
""".split())
_NOT_YEAR_AFTER = frozenset("of more other times x by to than".split())


def _bare_year(text: str, s: int, e: int, last: str) -> bool:
    """A number such as 2024 standing alone ("the contract covers 2024 and 2025"): a year when
    nothing around it makes it a count, a code or a name. News style writes counts from 1,000
    with a comma, so such a number is nearly always a year."""
    if last in _NOT_YEAR_BEFORE or last.isdigit():
        return False
    i = s - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and (text[i] in "$£€¥#№" or text[i].isalpha() and last[:1] and
                   text[i - len(last) + 1:i + 1][:1].isupper() and i - len(last) >= 0 and
                   text[i - len(last)] not in ".!?\n\"“"):
        return False  # "$2024", "#2024", "Windows 2000", "Expo 2020"
    nxt = _NEXT_WORD_RE.match(text, e)
    if nxt and nxt.group(1).lower() in _NOT_YEAR_AFTER:
        return False
    return not re.match(r"\s*(?:[\-\u2013x×*+=]|\d)", text[e:e + 3])


def _year_range(ctx: _Ctx, m: re.Match) -> None:
    """ "2019-2021", "1939–45", "the 2020/21 season": a range of years."""
    a = int(m.group("a"))
    raw = m.group("b")
    b = int(raw) if len(raw) == 4 else a // 100 * 100 + int(raw)
    if not a < b <= a + 100 or _count_noun_follows(ctx.text, m.end()):
        return
    ctx.add(_date(m.start(), m.end(), "year", date(a, 1, 1), "range",
                  (date(a, 1, 1), date(b, 12, 31)), normalized=f"{a:04d}/{b:04d}"))


def _decade(ctx: _Ctx, m: re.Match) -> None:
    """ "the 1990s" -> 199, "the early '80s", "the 1800s" (a century: 18)."""
    text = ctx.text
    s, e = m.span()
    if re.match(r"\s+of\b", text[e:e + 4], _FLAGS):
        return  # "1000s of people"
    if m.group("y"):
        year = int(m.group("y"))
    else:
        yy = int(m.group("yy"))
        year = 1900 + yy if yy >= 30 or (ctx.pub and 2000 + yy > ctx.pub.year) else 2000 + yy
        if _back(_POSSESSIVE_DECADE_RE, text, max(0, s - 25), s):
            return  # "in her '30s": an age
    lm = _back_or_empty(_DECADE_LEFT_RE, text, max(0, s - 25), s)
    gran = "century" if year % 100 == 0 and year < 2000 and m.group("y") else "decade"
    start = lm.start() if lm and lm.group() else s
    mod = (lm.group("mod") or lm.group("mid")) if lm else None
    first = date(year, 1, 1)
    part = _mod_key(mod)
    if part:
        ctx.add(_date(start, e, gran, first, "approximate", _third(gran, first, part)))
    else:
        ctx.add(_date(start, e, gran, first))


def _ampm(ctx: _Ctx, m: re.Match) -> None:
    """ "3 p.m.", "9.30am EDT", "10:30 a.m. local time"."""
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return
    minute = int(m.group("mi") or 0)
    hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    start, qualifier, spread = _time_qualifier(ctx.text, m.start())
    ctx.add(_time(start, m.end(), hour, minute, None, qualifier, spread))


def _daypart_time(ctx: _Ctx, m: re.Match) -> None:
    """ "4.12 in the morning" is 04:12, "7.30 in the evening" 19:30."""
    hour = int(m.group("h")) % 12 + (0 if m.group("part").lower() == "morning" else 12)
    start, qualifier, spread = _time_qualifier(ctx.text, m.start())
    ctx.add(_time(start, m.end(), hour, int(m.group("mi") or 0), None, qualifier, spread))


def _clock(ctx: _Ctx, m: re.Match) -> None:
    """ "14:30", "at 2:30" (times of day) and race times "2:05:41", "3:43.13" (durations)."""
    text = ctx.text
    s, e = m.span()
    h, mi = int(m.group("h")), int(m.group("mi"))
    after = _CLOCK_AFTER_RE.match(text, e)
    last = _last_word(text, s)
    if m.group("s") is not None and not m.group("frac") and (after or last == "at") and h <= 23:
        start, qualifier, spread = _time_qualifier(text, s)
        ctx.add(_time(start, after.end() if after else e, h, mi, int(m.group("s")), qualifier,
                      spread))
        return
    if ((m.group("s") is not None or not m.group("frac")) and h <= 23
            and _TIME_OF_DAY_LABEL.search(text, max(0, s - 40), s)):
        # "- **Time of crash:** 11:40", "Start time: 15:32", "| Origin time (local) | 03:52:18 |": a
        # fact box's label says it is a time of day (but "1:23.45" is a time to the hundredth)
        seconds = int(m.group("s")) if m.group("s") is not None else None
        ctx.add(_time(s, after.end() if after else e, h, mi, seconds))
        return
    if m.group("s") is not None or m.group("frac"):
        if m.group("s") is not None:
            hours, minutes, seconds = h, mi, float(m.group("s"))
        else:
            hours, minutes, seconds = 0, h, float(mi)
        if m.group("frac"):
            seconds += float("0." + m.group("frac"))
        _clock_duration(ctx, s, e, hours, minutes, seconds)
        return
    if not after and h < 60 and (_LEFT_ON_CLOCK_RE.match(text, e) or _INTO_PLAY_RE.match(text, e)):
        _clock_duration(ctx, s, e, 0, h, float(mi))  # "with 1:12 left in overtime": the game clock
        return
    if not after and (last in _RACE_TIME_LAST or h >= 24) and h < 60:
        _clock_duration(ctx, s, e, 0, h, float(mi))  # "won the 10,000m in 27:15"
        return
    if h <= 23 and (after or last in _TIME_CUE_LAST or h >= 13 or m.group("h").startswith("0")):
        # ("Take-off | 07:42 local": a leading nought writes the 24-hour clock)
        start, qualifier, spread = _time_qualifier(text, s)
        ctx.add(_time(start, after.end() if after else e, h, mi, None, qualifier, spread))


def _military(ctx: _Ctx, m: re.Match) -> None:
    """ "0900 GMT", "1430 UTC"."""
    start, qualifier, spread = _time_qualifier(ctx.text, m.start())
    ctx.add(_time(start, m.end(), int(m.group("h")), int(m.group("mi")), None, qualifier, spread))


def _hms(ctx: _Ctx, m: re.Match) -> None:
    """ "2h 05min 41s", "2 hrs 5 mins", "3 min 12 s"."""
    if m.group("h") is not None:
        hours, minutes = int(m.group("h")), int(m.group("m"))
        seconds = float(m.group("s")) if m.group("s") else 0.0
    else:
        hours, minutes, seconds = 0, int(m.group("m2")), float(m.group("s2"))
    if minutes >= 60 and hours or seconds >= 60:
        return
    _clock_duration(ctx, m.start(), m.end(), hours, minutes, seconds)


_DIGIT_RUN_RE = re.compile(r"\d+")
# "Time of crash:", "Start time (local):", "| Origin time (local) |": a fact box's label for a time of day
_TIME_OF_DAY_LABEL = re.compile(r"\b(?:time\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?"
                                r"|(?:start|starting|kick-?off|departure|arrival|landing|take-?off|launch|origin)\s+time)"
                                r"\s*(?:\([^()\n]*\))?\W{0,4}[:|]\W{0,4}$", re.IGNORECASE)
_RACE_TIME_LAST = frozenset("in clocked ran run timed time of record best finished won".split())
_TIME_CUE_LAST = frozenset("at by from until till before after around about since to between and "
                           "approximately roughly shortly starting".split())


def _scan_digits(ctx: _Ctx) -> None:
    """One pass over the runs of digits, trying only the readings their neighbours allow."""
    text = ctx.text
    size = len(text)
    accepted: set = set()
    for run in _DIGIT_RUN_RE.finditer(text):
        try:
            _digit_run(ctx, run, accepted, size)
        except (ValueError, OverflowError):
            continue


def _digit_run(ctx: _Ctx, run: re.Match, accepted: set, size: int) -> None:
    """The readings of one run of digits that its neighbours allow."""
    text = ctx.text
    s, e = run.span()
    length = e - s
    after = text[e] if e < size else ""
    if length == 4 and (text[s] == "1" or text[s] == "2" and text[s + 1] == "0"):
        if after in "-/":
            m = _NUMERIC_DATE_RE.match(text, s)
            if m:
                _numeric_date(ctx, m)
        if after in "-/\u2013\u2014 ":
            m = _YEAR_RANGE_RE.match(text, s)
            if m:
                _year_range(ctx, m)
        if text[e - 1] == "0" and after in "s'’":
            m = _DECADE_RE.match(text, s)
            if m:
                _decade(ctx, m)
        m = _YEAR_RE.match(text, s)
        if m:
            _year(ctx, m, accepted)
    if length == 4 and text[s] in "012" and after in " GUZhHEPCMBIJKSAL":
        m = _MILITARY_RE.match(text, s)
        if m:
            _military(ctx, m)
    if length <= 2:
        if after in "/.":
            m = _NUMERIC_DATE_RE.match(text, s)
            if m:
                _numeric_date(ctx, m)
        if after == ":":
            m = _CLOCK_RE.match(text, s)
            if m:
                _clock(ctx, m)
        if after in " :.aApP\u00a0":
            m = _AMPM_RE.match(text, s)
            if m:
                _ampm(ctx, m)
            elif after in " :.":
                m = _DAYPART_TIME_RE.match(text, s)
                if m:
                    _daypart_time(ctx, m)
                elif after == ".":
                    m = _DOTTED_CLOCK_RE.match(text, s)
                    if m:
                        _military(ctx, m)
        if length == 2 and after == "s" and s > 0 and text[s - 1] in "'’":
            m = _DECADE_RE.match(text, s - 1)
            if m:
                _decade(ctx, m)
    if length <= 3 and after in " hHmM\u00a0":
        m = _HMS_RE.match(text, s)
        if m:
            _hms(ctx, m)
    if length <= 3 and after == "d":
        m = _COMPACT_DAYS_RE.match(text, s)
        if m:
            ctx.add(_duration_cand(s, m.end(), float(m.group("d")), "day", _EXACT))


def _clock_duration(ctx: _Ctx, s: int, e: int, hours: int, minutes: int, seconds: float) -> None:
    total = hours * 3600.0 + minutes * 60.0 + seconds
    normalized = "PT" + "".join(f"{format_number(round(v, 6))}{letter}" for v, letter in
                                ((hours, "H"), (minutes, "M"), (seconds, "S")) if v) or "PT0S"
    start = s
    rule = _EXACT
    qm = _back(_QUAL_BEFORE_RE, ctx.text, max(0, s - 40), s, _QUAL_LAST)
    if qm:
        rule, start = _QUALIFIERS[_lowered(qm.group("q"))], qm.start()
    qualifier, lf, hf = rule
    parts = tuple((float(v), u, rule if i == 0 else _EXACT) for i, (v, u) in enumerate(
        (v, u) for v, u in ((hours, "hour"), (minutes, "minute"), (seconds, "second")) if v))
    ctx.add(_duration(start, e, total, "second", normalized, qualifier, total * lf,
                      total * hf if hf != _INF else _INF, parts or None))


# ---------------------------------------------------------------------------------------------
# after selection: composite durations and dates relative to the story

_GAP_RE = re.compile(r"\s*,?\s*(?:and\s+)?", _FLAGS)
_DATE_UNITS = ("year", "month", "week", "day")


def _merge_composites(text: str, selected: list) -> list:
    """ "2 hours, 1 minute and 9 seconds" -> PT2H1M9S: adjacent durations in falling units
    ("7 days, 14 hours and 22 minutes" too, where the hours and minutes are read as one)."""
    out: list = []
    for cand in selected:
        prev = out[-1] if out else None
        if (prev is not None and prev.parts and cand.parts
                and all(part[2] == _EXACT for part in cand.parts) and cand.start - prev.end <= 8
                and _GAP_RE.fullmatch(text, prev.end, cand.start)
                and _fits_under(prev.parts[-1], cand.parts[0])):
            out[-1] = _composite(prev.start, cand.end, prev.parts + cand.parts)
            continue
        out.append(cand)
    return out


def _fits_under(big: tuple, small: tuple) -> bool:
    """True when `small` can follow `big` in one length of time: 2 hours + 5 minutes, not
    half an hour + half a minute, 3 days + 40 hours, or weeks mixed with other units."""
    big_value, big_unit = big[0], big[1]
    small_value, small_unit = small[0], small[1]
    if "week" in (big_unit, small_unit) or _SECONDS[small_unit] >= _SECONDS[big_unit]:
        return False
    if not float(big_value).is_integer() or big_value <= 0:
        return False
    if small_unit != "second" and not float(small_value).is_integer():
        return False
    return 0 < small_value < _SECONDS[big_unit] / _SECONDS[small_unit]


def _composite(start: int, end: int, parts: tuple) -> _Cand:
    total = sum(value * _SECONDS[unit] for value, unit, _ in parts)
    smallest = parts[-1][1]
    date_part = "".join(f"{format_number(round(v, 6))}{_LETTER[u]}" for v, u, _ in parts
                        if u in _DATE_UNITS)
    time_part = "".join(f"{format_number(round(v, 6))}{_LETTER[u]}" for v, u, _ in parts
                        if u in _TIME_UNITS)
    normalized = "P" + date_part + ("T" + time_part if time_part else "")
    qualifier, lf, hf = parts[0][2]
    value = round(total / _SECONDS[smallest], 6)
    match = TemporalMatch(start, end, "duration", value, smallest, normalized, qualifier,
                          total * lf, total * hf if hf != _INF else _INF, True, False)
    return _Cand(start, end, match, parts=parts)


def _resolve_anchor(cand: _Cand, ref: Optional[tuple], pub: Optional[date] = None) -> Optional[_Cand]:
    """A date told relative to the story ("a year earlier") from the latest date before it."""
    amount, low, high, unit, sign, qualifier, lowered = cand.anchor
    if ref is None:
        return _unresolved(cand.start, cand.end, lowered, qualifier, relative=True)
    gran_ref, first_ref = ref
    if unit == "quarter":
        if gran_ref == "published" or gran_ref in ("day", "week", "weekend") and pub is not None \
                and abs((first_ref - pub).days) <= 7:
            # the last quarter ended before the news ("said Tuesday that for the quarter...")
            base = _shift("quarter", _first_of("quarter", first_ref), -1)
        elif gran_ref in ("day", "week", "weekend", "month", "quarter"):
            base = _first_of("quarter", first_ref)
        else:
            return None
        first = _shift("quarter", base, -int(amount))
        return _date(cand.start, cand.end, "quarter", first, relative=True)
    if gran_ref == "published":
        gran_ref = "day"
    unit_gran = _UNIT_GRAN[unit]
    base, mult = _BASE_UNIT.get(unit, (unit, 1))
    approximate = False
    if gran_ref == "weekend":
        gran_ref = "day"
    if base == "year" and gran_ref in ("month", "quarter", "half", "season", "year") \
            and float(amount * mult).is_integer():
        gran = gran_ref
    elif _GRAN_RANK[gran_ref] <= _GRAN_RANK[unit_gran]:
        gran = unit_gran
    else:
        gran, approximate = gran_ref, True
    return _relative_cand(cand.start, cand.end, first_ref, gran, amount, low, high, unit, sign,
                          qualifier, True, approximate)


# ---------------------------------------------------------------------------------------------
# entry point

def _last_words(*phrases: str) -> frozenset:
    """The last words of phrases: what a backward pattern can end with."""
    out = set()
    for phrase in phrases:
        for alt in phrase.split("|"):
            words = re.findall(r"[a-z0-9]+", alt.lower())
            if words:
                out.add(words[-1])
    return frozenset(out)


def _pattern_words(pattern: re.Pattern) -> frozenset:
    """Every word a pattern spells out: a superset of the words its matches can end with."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]{2,}|\d+(?:st|nd|rd|th)", pattern.pattern))


_QUAL_LAST = _last_words(*_QUALIFIERS)
_REL_LAST = _pattern_words(_REL_BEFORE_RE)
_SKIP_LAST = _pattern_words(_SKIP_BEFORE_RE)
_LICENSE_LAST = _pattern_words(_LICENSE_LEFT_RE)
_THE_LAST = frozenset(("the",))
_DEICTIC_LAST = frozenset("last this next past coming current".split())
_THE_UNIT_LAST = _pattern_words(_THE_UNIT_BEFORE_RE)
_MOD_LAST = frozenset("early mid late of end start earlier later".split())
_WEEKDAY_LAST = frozenset(_WEEKDAYS)
_MONTH_CUE_LAST = _pattern_words(_MONTH_CUE_RE)
_WD_LEFT_LAST = _pattern_words(_WD_LEFT_RE)
_WD_BAD_LAST = _pattern_words(_WD_BAD_LEFT_RE)
_PERIOD_LAST = _pattern_words(_PERIOD_LEFT_RE)
_THE_QUARTER_LAST = _pattern_words(_THE_QUARTER_RE)
_SEASON_LAST = _pattern_words(_SEASON_LEFT_RE)
_RANGE_HINT_RE = re.compile(r"(?:[\-\u2010\u2011\u2013\u2014]|\bto|\bor|\band|\bthrough)\s*\Z",
                            _FLAGS)

_TRIGGERS: dict = {}


def _spoken_two_digits(m: re.Match, prefix: str = "") -> int:
    """The last two digits of a year read out: "oh five", "fourteen", "ninety-nine"."""
    oh, teen, tens, unit = (m.group(prefix + name) for name in ("oh", "teen", "tens", "unit"))
    return sum(_SPOKEN_VALUES[word.lower()] for word in (oh, teen, tens, unit) if word)


def _spoken_year(m: re.Match) -> int:
    """The year a match of _SPOKEN_YEAR_RE reads out."""
    if m.group("century"):
        return _SPOKEN_VALUES[m.group("century").lower()] * 100 + _spoken_two_digits(m)
    if m.group("single"):
        return 2000 + _SPOKEN_VALUES[m.group("single").lower()]
    return 2000 + _spoken_two_digits(m, "s_")


def _on_spoken_year(ctx: _Ctx, s: int, e: int, word: str) -> None:
    text = ctx.text
    if word == "thousand":
        s = e - len("two thousand")
        if s < 0 or text[s:s + 3].lower() != "two":
            return
    if _last_word(text, s) not in _SPOKEN_YEAR_BEFORE:
        return
    m = _SPOKEN_YEAR_RE.match(text, s)
    if not m:
        return
    year = _spoken_year(m)
    if _plausible_year(year):
        ctx.add(_date(s, m.end(), "year", date(year, 1, 1)))


def _trigger_words(text: str) -> list:
    """(start, end, trigger) of each word of `text` (a run of ASCII letters) that is a trigger,
    in text order. The few triggers a text holds are looked for by themselves: most words are
    none, and a loop over all of them costs more. An occurrence is the whole word exactly when
    no ASCII letter stands either side."""
    found = []
    size = len(text)
    for word in _TRIGGERS.keys() & set(_WORD_RE.findall(text)):
        entry, length = _TRIGGERS[word], len(word)
        at = text.find(word)
        while at >= 0:
            end = at + length
            if not (at and _is_ascii_letter(text[at - 1])) and not (end < size and _is_ascii_letter(text[end])):
                found.append((at, end, entry))
            at = text.find(word, end)  # (one starting inside this one has a letter before it)
    found.sort(key=lambda item: item[0])
    return found


def _is_ascii_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


def _register(words, handler) -> None:
    for word in words:
        for variant in (word, word.capitalize(), word.upper()):
            _TRIGGERS[variant] = (handler, word)


_register([w for w in _UNIT_TOKENS if w not in ("century", "centuries")], _on_unit)
_register(("century", "centuries"), _on_century)
_register(_MONTHS, _on_month)
_register(_WEEKDAYS, _on_weekday)
_register(_DAY_WORDS, _on_day_word)
_register(("night", "morning", "afternoon", "evening"), _on_part_of_day)
_register(("weekend",), _on_weekend)
_register(("quarter", "half"), _on_quarter_or_half)
_register(("q", "h"), _on_code)
_register(_SEASONS, _on_season)
_register(("fiscal", "fy"), _on_fiscal)
_register(("christmas", "new", "halloween", "thanksgiving", "easter", "valentine", "boxing"),
          _on_holiday)
_register(("noon", "midnight", "midday"), lambda ctx, s, e, w: _on_noon(
    ctx, s, e, "noon" if w == "midday" else w))
_register(("eighteen", "nineteen", "twenty"), _on_spoken_year)
_register(("thousand",), _on_spoken_year)
_register(("clock",), _on_oclock)
_register(("past",), _on_past)
_register(("to",), _on_to)


def _parse_published(published: Optional[str]) -> Optional[date]:
    """The published date, or None when missing, malformed or outside any news archive."""
    if not published:
        return None
    try:
        day = date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None
    return day if 1000 <= day.year <= 2999 else None


def find_temporal(text: str, published: Optional[str] = None) -> list[TemporalMatch]:
    """Every date, duration and time of day in `text`, normalized, in text order.

    `published` (ISO "YYYY-MM-DD") anchors relative and partial dates; without it they are
    returned unresolved. Overlapping readings are settled by keeping the longest.
    """
    if not text:
        return []
    ctx = _Ctx(text, _parse_published(published))
    for start, end, (handler, word) in _trigger_words(text):
        try:
            handler(ctx, start, end, word)
        except (ValueError, OverflowError):
            continue  # a date outside the calendar ("65 million years ago")
    _scan_digits(ctx)
    selected = _merge_composites(text, _select(ctx.cands))
    out: list = []
    ref = ("published", ctx.pub) if ctx.pub else None
    for cand in selected:
        if cand.anchor is not None:
            try:
                cand = _resolve_anchor(cand, ref, ctx.pub)
            except (ValueError, OverflowError):
                cand = None
            if cand is None:
                continue
        if cand.period is not None:
            ref = cand.period
        out.append(cand.match)
    return out
