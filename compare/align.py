"""Group claims from different sources into facts: the same subject and attribute.

Pairs are only ever scored inside a block (same claim kind, sharing an attribute or a value),
so the work stays near linear in the number of claims. Each pair gets three scores in [0, 1]
(attribute, subject, context), weighted by the rules. Agreeing values link at a lower score
than disagreeing ones: a false conflict costs a reader's trust more than a missed one.
Vetoes keep different subjects apart however alike the rest looks: two named people, another
event's year, "women's" against "men's". Finally a fact may never hold two incompatible values
from one source: an article does not contradict itself, so such a merge means two facts.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterable, Iterator, Optional

from rapidfuzz import fuzz

from .extract import (FLOOR_UNIT, HYPHENATED_COUNT, MATCH_MINUTE_UNIT, PAR_UNITS, RANK_UNIT, SCORE_UNIT, SERIES_UNITS,
                      TALLY_UNIT)
from .linking import Pairs, link
from .model import Claim, Fact
from .names import same_entity
from .parallel import default_workers, fork_context
from .rules import RuleSet

RANK_ATTRIBUTE = "noun:rank"  # a place in an order, "fifth-fastest" (see extract)
# minutes of play: one player's one event told a few minutes apart is one event ("a try in the
# 78th minute" / "79th minute"); further apart it may be a second goal
ONE_EVENT_MINUTES = 5
# counts that are no head counts: a score, a place, a floor, a tally, a round of a contest
DESIGNATION_UNITS = frozenset({SCORE_UNIT, RANK_UNIT, FLOOR_UNIT, TALLY_UNIT, *PAR_UNITS, *SERIES_UNITS.values()})
LOWER_BOUNDS = frozenset({"at_least", "more_than"})
UPPER_BOUNDS = frozenset({"at_most", "less_than"})
OPEN_BOUNDS = UPPER_BOUNDS | LOWER_BOUNDS
_EPOCH = date(1970, 1, 1)
MAGNITUDE_BANDS = 40  # per power of ten: bands about 6% wide
PRESENT_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.IGNORECASE)
ROUGH_TIME_MINUTES = 15  # "about 6:40 p.m.": a time of day within this many minutes either side
BOUND_TIME_MINUTES = 60  # "shortly before midnight", "just after 6:40 p.m.": within the hour on that side
# the share of an article's claims, from its start, that tell the story's opening: a name there
# is the story's own subject
OPENING_SHARE = 0.15
# a count of people this large, said of nothing more, may be another source's counted group
# ("holding 74 people" and "Seventy-four passengers"); a few people ("two people briefed") never are
CROWD = 10
FARNESS_WEIGHT = 0.01  # see _farness: orders near-equal conflict links, never outweighs a real difference
CONVERSION_TOLERANCE = 0.01  # a figure converted between units keeps 1% of rounding
# a figure converted between units is stated with the same word in both ("about", "up to")
ROUGH_OR_EXACT = frozenset({"exact", "approximate"})  # "5,556 km" and "about 3,000 nautical miles" alike
CONVERTIBLE_QUALIFIERS = ROUGH_OR_EXACT | OPEN_BOUNDS


HALF_DAY_SECONDS = 12 * 3600
_CLOCK = re.compile(r"T(\d\d)(:\d\d(?::\d\d)?)(.*)")


def settle_twelve_hour_times(claims: list[Claim]) -> list[Claim]:
    """A time told with no part of the day ("twenty-five past four") is read as a.m.; where the
    story gives the same minute twelve hours later ("4:25 p.m.") and never the a.m. one, it is that
    p.m. time. A settled claim is a new record with the same id and evidence."""
    plain = {claim.normalized for claim in claims
             if claim.kind == "time" and claim.features is not None and not claim.features.twelve_hour}
    if not plain:
        return claims
    settled = []
    for claim in claims:
        if claim.kind == "time" and claim.features is not None and claim.features.twelve_hour \
                and claim.normalized not in plain and (clock := _CLOCK.fullmatch(claim.normalized or "")):
            value = f"{int(clock.group(1)) + 12:02d}{clock.group(2)}"  # the clock, its zone aside
            later = f"T{value}{clock.group(3)}"
            if later in plain:
                claim = replace(claim, value=value, normalized=later,
                                low=claim.low + HALF_DAY_SECONDS, high=claim.high + HALF_DAY_SECONDS)
        settled.append(claim)
    return settled


def settle_local_currencies(claims: list[Claim], rules: RuleSet) -> list[Claim]:
    """Money in a word several countries share ("12 crowns", the rules' `local` currency) is the
    national currency the story names with that word ("12 Norwegian crowns"), where it names just
    one: then "12 crowns" and "12 Norwegian crowns" are one amount. A settled claim is a new
    record with the same id and evidence."""
    locals_ = {c.code: c.words for c in rules.currencies if c.code.islower()}
    used = {claim.unit for claim in claims if claim.kind == "money"}
    if not locals_ or not used & set(locals_):
        return claims
    national = {}
    for code, words in locals_.items():
        fits = {c.code for c in rules.currencies if c.code in used and not c.code.islower()
                and any(w.endswith(" " + local) for w in c.words for local in words)}
        if len(fits) == 1:
            national[code] = fits.pop()
    if not national:
        return claims
    settled = []
    for claim in claims:
        if claim.kind == "money" and claim.unit in national:
            code = national[claim.unit]
            normalized = claim.normalized
            if normalized and normalized.startswith(claim.unit + " "):
                normalized = code + normalized[len(claim.unit):]
            claim = replace(claim, unit=code, normalized=normalized)
        settled.append(claim)
    return settled


# -- scorers: (a, b) -> float in [0, 1] --------------------------------------------------------


def attribute_score(a: Claim, b: Claim) -> float:
    """1 when the words nearest both values name one attribute; less for weaker evidence."""
    fa, fb = a.features, b.features
    if set(fa.attributes) & set(fb.attributes):
        return 1.0
    if (_noun_only(fa.attributes) and _noun_only(fb.attributes) and not set(fa.cues) & set(fb.cues)
            and not _crowd_bridge(a, b)):
        return 0.4  # "17 days underground" and "the 17-day ordeal": nouns that differ say little
    # a's attribute named in b's clause: b may have been read wrongly, unless b's own counted noun
    # names its attribute ("48 passengers" are passengers, whoever was killed in that clause)
    if (set(fa.attributes) & set(fb.clause_cues) and not fb.own_noun
            or set(fb.attributes) & set(fa.clause_cues) and not fa.own_noun):
        return 0.8
    if _crowd_bridge(a, b):
        # "more than 15,000 people" may be the 15,200 spectators another source counts (not so
        # "two people briefed on the inquiry" and the two who died)
        return 0.6
    if fa.attributes and fb.attributes and (fa.own_noun or fb.own_noun):
        return 0.2  # "48 passengers" and "16 people were killed": each named, and named apart
    if set(fa.cues) & set(fb.cues):
        return 0.6
    if not fa.cues and not fb.cues and not fa.attributes and not fb.attributes:
        return 0.4
    if not fa.attributes or not fb.attributes:
        return 0.2
    return 0.0


def _crowd_bridge(a: Claim, b: Claim) -> bool:
    """A crowd of people said of nothing more, and a group another source names: "1.3 million
    people" and "1.3 million residents", "74 people" and "Seventy-four passengers"."""
    if a.kind != "count" or min(a.low or 0, b.low or 0) < CROWD:
        return False
    fa, fb = a.features, b.features
    return (_only_people(fa.attributes) and _names_a_group(fb) or _only_people(fb.attributes) and _names_a_group(fa))


def _names_a_group(features) -> bool:
    """An attribute other than people, or a noun for people ("residents", "villagers")."""
    return bool(features.attributes) and (not _noun_only(features.attributes) or features.noun == "person")


def _only_people(attributes: tuple) -> bool:
    """A count of people and nothing more said of them: "some 30,000 people"."""
    return attributes in (("noun:people",), ("noun:person",))


def _one_match_event(a: Claim, b: Claim) -> bool:
    """The same player's same kind of event (a goal, a card) in minutes of play a few minutes apart."""
    fa, fb = a.features, b.features
    return (a.unit == b.unit == MATCH_MINUTE_UNIT and bool(set(fa.marks) & set(fb.marks))
            and bool(fa.lead) and bool(fb.lead) and same_entity(fa.lead, fb.lead)
            and isinstance(a.value, (int, float)) and isinstance(b.value, (int, float))
            and abs(a.value - b.value) <= ONE_EVENT_MINUTES)


def _noun_only(attributes) -> bool:
    return bool(attributes) and all(name.startswith("noun:") for name in attributes)


def subject_score(a: Claim, b: Claim, threshold: float = 80, min_length: int = 5) -> float:
    """1 when both name the same entity, 0.5 when one or both name none, low when they differ.

    The lead (the name opening the clause) decides when both have one.
    """
    la, lb = a.features.lead, b.features.lead
    if la and lb:
        return 1.0 if same_entity(la, lb, threshold, min_length) else 0.0
    ea, eb = a.features.entities, b.features.entities
    if not ea or not eb:
        return 0.5
    for x in ea:
        for y in eb:
            if x.startswith("noun:") or y.startswith("noun:"):
                if x == y:
                    return 1.0
                continue
            if same_entity(x, y, threshold, min_length):
                return 1.0
    return 0.0 if a.kind == "age" else 0.15


def context_score(a: Claim, b: Claim) -> float:
    """Fuzzy overlap of the content words around both values."""
    if not a.context or not b.context:
        return 0.0
    return fuzz.token_set_ratio(a.context, b.context) / 100.0


# -- value compatibility -----------------------------------------------------------------------


def compatible(a: Claim, b: Claim) -> bool:
    """Can both values be true at once? Ranges overlap; a date without a year fits any year."""
    if a.kind != b.kind:
        return False
    if a.kind == "money" and a.unit != b.unit and not _dollars_alike(a, b):
        return True  # different currencies cannot be compared without a rate: never a conflict
    if a.kind == "time" and a.normalized and b.normalized:
        return _times_fit(a.normalized, b.normalized, a.qualifier, b.qualifier)
    if a.kind in ("date", "time") and a.normalized and b.normalized:
        if not a.resolved or not b.resolved or "X" in a.normalized or "X" in b.normalized:
            return _date_fits(a, b) if a.kind == "date" else _patterns_fit(a.normalized, b.normalized)
    if a.low is None or b.low is None:
        return (a.normalized or "").lower() == (b.normalized or "").lower() or a.low is None and b.low is None and _patterns_fit(a.normalized or "", b.normalized or "")
    if (a.qualifier == b.qualifier == "at_most" and a.unit == b.unit and a.high is not None and b.high is not None
            and not math.isclose(a.high, b.high, rel_tol=1e-9)):
        # "up to 20 years" and "up to 15 years": each gives the maximum itself, and they differ
        return False
    if a.kind == "duration" and (_rounds_to(a, b) or _rounds_to(b, a)):
        return True
    a_high = math.inf if a.high is None else a.high
    b_high = math.inf if b.high is None else b.high
    epsilon = 1e-9 * max(1.0, abs(a.low), abs(b.low))
    if a.kind == "quantity" and a.unit != b.unit:
        # "150 mph" and "240 km/h": a converted figure is rounded in its own unit
        epsilon = max(epsilon, CONVERSION_TOLERANCE * max(abs(a.low), abs(b.low)))
    if (a.unit == b.unit or a.kind == "count") and a.high is not None and b.high is not None and (
            a.qualifier == b.qualifier == "approximate"
            or ({a.qualifier, b.qualifier} == {"approximate", "exact"} and a.kind in ("percent", "money", "count"))
            or (a.qualifier == b.qualifier == "exact" and a.kind in ("percent", "money", "count")
                and (a.low < a.high or b.low < b.high))):
        # two round figures ("about 5.8 billion" and "about 6.2 billion"), or two figures as
        # written, each read as rounded ("5.5 per cent" and "6 per cent"): they agree when either
        # could be the other, not when only their margins touch (a figure converted from another
        # unit keeps the wider test: "about seven miles" is "about 12 km" rounded; a count's unit is
        # only its noun: "about 2,300 jobs" and "about 2,100 workers")
        a_mid, b_mid = (a.low + a.high) / 2, (b.low + b.high) / 2
        return (b.low - epsilon <= a_mid <= b.high + epsilon) or (a.low - epsilon <= b_mid <= a.high + epsilon)
    return a.low <= b_high + epsilon and b.low <= a_high + epsilon


# seconds in the whole units a duration may be told in, rounded
_WHOLE_UNIT_SECONDS = {"H": 3600, "D": 86400, "W": 604800}
_WHOLE_DURATION = re.compile(r"P(?:T(\d+)H|(\d+)([DW]))")
_MINUTE_DURATION = re.compile(r"P(?:\d+D)?T(?:\d+H)?\d+M")


def _rounds_to(whole: Claim, precise: Claim) -> bool:
    """A duration in whole hours, days or weeks and one told to a smaller unit that rounds to it:
    "a nine-hour debate" and "9 hours and 14 minutes of debate" are one length, told as precisely
    as each source cared to (9 hours and 10 hours still disagree)."""
    if not (whole.qualifier == precise.qualifier == "exact") or whole.low is None or precise.low is None \
            or precise.low != precise.high:
        return False
    match = _WHOLE_DURATION.fullmatch(whole.normalized or "")
    if match is None:
        # "35 hours 12 minutes" for a race time of 35:12:40: told to the minute, cut or rounded
        return (_MINUTE_DURATION.fullmatch(whole.normalized or "") is not None and precise.low % 60 != 0
                and abs(precise.low - whole.low) < 60)
    unit = _WHOLE_UNIT_SECONDS["H" if match.group(1) else match.group(3)]
    count = int(match.group(1) or match.group(2))
    if precise.low % unit == 0:
        return False  # told in whole units too
    return abs(precise.low / unit - count) < 0.5


def _times_fit(x: str, y: str, qualifier_x: str = "exact", qualifier_y: str = "exact") -> bool:
    """Times of day: compared in UTC when both give a zone, else as written. "About 11:40 p.m."
    covers a quarter of an hour either side, "shortly before midnight" the hour before it."""
    mx = re.fullmatch(r"T(\d\d):(\d\d)(?::\d\d)?(?:([+-])(\d\d):(\d\d))?", x)
    my = re.fullmatch(r"T(\d\d):(\d\d)(?::\d\d)?(?:([+-])(\d\d):(\d\d))?", y)
    if not mx or not my:
        return _patterns_fit(x, y)

    def minutes(m, utc: bool) -> int:
        value = int(m.group(1)) * 60 + int(m.group(2))
        if utc and m.group(3):
            offset = int(m.group(4)) * 60 + int(m.group(5))
            value -= offset if m.group(3) == "+" else -offset
        return value % (24 * 60)

    if bool(mx.group(3)) != bool(my.group(3)):
        # one time has no zone ("21:47 local time"): it may be the other in any zone whose offset
        # is whole hours, so the minutes must agree (as nearly as the words allow)
        slack = 0 if qualifier_x == qualifier_y == "exact" else ROUGH_TIME_MINUTES
        apart = abs(int(mx.group(2)) - int(my.group(2)))
        return min(apart, 60 - apart) <= slack
    utc = bool(mx.group(3) and my.group(3))
    low_x, high_x = _time_span(minutes(mx, utc), qualifier_x)
    low_y, high_y = _time_span(minutes(my, utc), qualifier_y)
    day = 24 * 60
    return any(low_x <= high_y + shift and low_y + shift <= high_x for shift in (-day, 0, day))


def _time_span(minute: int, qualifier: str) -> tuple:
    """The minutes of the day a time of day stands for, by its qualifier."""
    if qualifier in ("less_than", "at_most"):
        return minute - BOUND_TIME_MINUTES, minute
    if qualifier in LOWER_BOUNDS:
        return minute, minute + BOUND_TIME_MINUTES
    if qualifier == "exact":
        return minute, minute
    return minute - ROUGH_TIME_MINUTES, minute + ROUGH_TIME_MINUTES


def _date_fits(a: Claim, b: Claim) -> bool:
    """A date missing its year fits a resolved date (or week, or season) in some year it covers."""
    for vague, known in ((a, b), (b, a)):
        if (vague.low is None or "X" in (vague.normalized or "")) and known.low is not None and known.high is not None:
            match = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", vague.normalized or "")
            if not match:
                continue
            month, day = int(match.group(1)), int(match.group(2) or 0)
            first, last = _year_of(known.low), _year_of(known.high)
            for year in range(first, last + 1):
                low, high = _day_range(year, month, day)
                if low is not None and low <= known.high and known.low <= high:
                    return True
            return False
    return _patterns_fit(a.normalized, b.normalized)


def _year_of(days: float) -> int:
    return (_EPOCH + timedelta(days=int(days))).year


def _day_range(year: int, month: int, day: int):
    """Days since 1970-01-01 of a day, or of a whole month when day is 0."""
    try:
        if day:
            value = (date(year, month, day) - _EPOCH).days
            return value, value
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return (start - _EPOCH).days, (end - _EPOCH).days
    except ValueError:
        return None, None


def _patterns_fit(x: str, y: str) -> bool:
    """ISO-like values at any precision, with X as 'unknown': "XXXX-10-05" fits "2021-10-05" and "2021-10"."""
    x, y = x.split("T")[0], y.split("T")[0]
    if ("W" in x) != ("W" in y) or ("Q" in x) != ("Q" in y):
        return False  # a weekday with no date and a year or a day are not comparable
    length = min(len(x), len(y))
    if length == 0:
        return x == y
    return all(p == q or p == "X" or q == "X" for p, q in zip(x[:length], y[:length]))


# -- alignment ---------------------------------------------------------------------------------


def _vetoed(a: Claim, b: Claim, rules: RuleSet) -> bool:
    """Different subjects, whatever the scores: named people, events in other years, discriminators."""
    fa, fb = a.features, b.features
    if a.kind == "percent" and a.unit != b.unit:
        return True  # a level in per cent and a change in percentage points are different facts
    if a.unit != b.unit and ((a.kind == "time" and MATCH_MINUTE_UNIT in (a.unit, b.unit))
                             or (a.kind == "count" and {a.unit, b.unit} & DESIGNATION_UNITS)):
        return True  # a match minute is no time of day, a score no head count
    if a.kind == "date" and a.source != b.source and (_unanchored(a) or _unanchored(b)):
        return True  # "today" in two undated articles: two days, for all anyone knows
    if a.kind == "age":
        # an age belongs to its person: words about the race or the past near it do not matter
        return bool(fa.entities and fb.entities and subject_score(a, b) == 0.0)
    if fa.marks != fb.marks:
        options_a, options_b = dict(fa.marks), dict(fb.marks)
        for index, discriminator in enumerate(rules.discriminators):
            x, y = options_a.get(index), options_b.get(index)
            if x is not None and y is not None and x != y:
                return True
            if ((len(discriminator) == 1 or index in rules.unmarked_apart) and (x is None) != (y is None)
                    and not _named_alike(options_a, options_b, rules)
                    and not (index not in rules.replaced and _same_value(a, b))):
                # (but one figure told by both, "35 percent" and "35%", is one fact whatever word
                # one source puts beside it, unless the word says another figure replaced it)
                return True
    if fa.years and fb.years and not set(fa.years) & set(fb.years):
        return True
    if fa.day and fb.day and fa.day != fb.day:
        return True  # two days' closing share prices, quoted bare in dispatches of two days
    if fa.past != fb.past and not (fa.years and fb.years) and not (specific(a) and _same_value(a, b)):
        # (a precise figure told by both is one fact, though one source dates it and the other not)
        return True
    if fa.projected != fb.projected and not (fa.years and fb.years):
        return True  # a table's 2026 column against a figure of now, however alike the two values
    if fa.planned != fb.planned and not _same_value(a, b):
        # "will raise its stake to 75 pct" is the stake a deal leaves, not the one held now (one
        # figure told by both is one fact: "projected to rise to No. 11", "will lift her to No. 11")
        return True
    if fa.qualified and fb.qualified and not set(fa.qualified) & set(fb.qualified) and not _same_value(a, b):
        return True  # "four-berth couchettes" and "three-berth compartments": two kinds of carriage
    if fa.part != fb.part:
        return True  # "268,000 of the recalled vehicles" is a part of the 412,000 recalled
    if a.kind == "count" and a.attribute != b.attribute and _describes(a) != _describes(b):
        return True  # "the 20,000-seat arena" against "a crowd of 18,500": a thing's size, no head count
    if fa.compared != fb.compared:
        return True  # "smaller than the largest titanosaurs, which reached up to 35 metres": theirs
    if a.kind == "quantity" and fa.dimension != fb.dimension:
        return True
    if (a.kind == "count" and fa.noun and fb.noun and fa.noun != fb.noun
            and attribute_score(a, b) < 0.8):
        return True  # people and homes, games and goals: different things counted
    if (a.kind == "count" and a.attribute and b.attribute and a.attribute.startswith("noun:")
            and b.attribute.startswith("noun:") and a.attribute != b.attribute and not _crowd_bridge(a, b)):
        return True
    return False


# what a hyphenated count of people is made of: "a six-man crew", "a 40-strong team"
PEOPLE_COMPOUNDS = frozenset({"man", "woman", "strong", "member", "person", "people"})


def _describes(claim: Claim) -> bool:
    """A hyphenated count of things that describes what it stands before: "a 20,000-seat arena",
    "a 300-bed hospital" (not "a six-man crew": a count of people)."""
    return (HYPHENATED_COUNT.fullmatch(claim.text) is not None
            and claim.features.noun not in PEOPLE_COMPOUNDS and claim.features.noun != "person"
            and claim.text.rsplit("-", 1)[-1].lower() not in PEOPLE_COMPOUNDS)


def _unanchored(claim: Claim) -> bool:
    """A relative date no publication date resolved ("today", "yesterday"): it names no day."""
    return not claim.resolved and not any(ch.isdigit() for ch in claim.normalized or "")


def _named_alike(options_a: dict, options_b: dict, rules: RuleSet) -> bool:
    """Both "offered" (or both "demanded"): an option of a discriminator of several options names
    the fact, whatever else one of them says of it ("the initial offer of 7%" and "had offered 7
    percent" are one offer)."""
    return any(len(rules.discriminators[index]) > 1 and options_b.get(index) == option
               for index, option in options_a.items())


def _converted(a: Claim, b: Claim) -> bool:
    """One figure written in two units ("705 km" and "438 miles", "five years" and "60 months",
    "about 30 million litres" and "7.9 million gallons", "up to nine metres" and "up to 30 feet"):
    more telling than the same figure written twice in one unit, since someone converted it. A
    bound is converted only into the same bound."""
    if (a.kind not in ("quantity", "duration") or a.unit == b.unit or a.qualifier not in CONVERTIBLE_QUALIFIERS
            or b.qualifier not in CONVERTIBLE_QUALIFIERS
            or (a.qualifier != b.qualifier and not {a.qualifier, b.qualifier} <= ROUGH_OR_EXACT)):
        return False
    x, y = _stated(a), _stated(b)
    return x is not None and y is not None and x > 0 and y > 0 and abs(x - y) <= CONVERSION_TOLERANCE * max(x, y)


def _parts_of_other_wholes(a: Claim, b: Claim) -> bool:
    """"24 of 26 economists" and "Twenty-seven of 32 economists": parts of two wholes, or a part
    and a whole ("Seventeen of 22" and "twenty-two economists"), are no two tellings of one figure."""
    x, y = a.features.share, b.features.share
    return x is not None and y is not None and x != y


def _worked_out_again(a: Claim, b: Claim, either_precise: bool) -> bool:
    """"84 minutes" and "an hour and 24 minutes": one length of time told in other units, where
    one telling is precise; as telling as a conversion between units, since someone did the sum."""
    return (a.kind == b.kind == "duration" and either_precise and a.normalized != b.normalized
            and _same_value(a, b))


_NORMALIZED_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?= )")


def _stated(claim: Claim) -> Optional[float]:
    """The figure a claim states, in its base unit: the bound of "up to 30 feet", the middle of
    "about 9 metres"."""
    if claim.low is None or claim.high is None:
        return None
    if claim.qualifier in UPPER_BOUNDS:
        return claim.high
    if claim.qualifier in LOWER_BOUNDS:
        return claim.low
    # (the figure as converted, not the middle of a span a unit of two sizes widens: "660 gallons")
    stated = _NORMALIZED_NUMBER.match(claim.normalized or "")
    return float(stated.group()) if stated else (claim.low + claim.high) / 2


def _same_value(a: Claim, b: Claim) -> bool:
    """Equal values, a date with an unknown year counting as equal to the same day of any year."""
    x, y = a.normalized or "", b.normalized or ""
    if x == y:
        return True
    if a.kind == "date" and len(x) == len(y) == 10 and x[4:] == y[4:] and "XXXX" in (x[:4], y[:4]):
        return True
    if (a.kind == "duration" == b.kind and a.qualifier == b.qualifier == "exact" and a.low is not None
            and b.low is not None and abs(a.low - b.low) < 1e-6 * max(1.0, abs(a.low))):
        return True  # "142 seconds" and "two minutes and 22 seconds"
    return False


def specific(claim: Claim) -> bool:
    """A value precise enough that two sources giving it exactly are likely telling one fact:
    a day, a time to the second, a number with three or more significant digits."""
    normalized = claim.normalized or ""
    if claim.kind == "date":
        return re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", normalized) is not None
    if claim.kind == "duration":
        # "2 hours, 5 minutes and 41 seconds", "142 seconds": more than a round number of one unit
        # or a decimal amount ("3.1 months of supply"), which two reports rarely share by chance
        parts = re.findall(r"(\d+(?:\.\d+)?)[YMWDHS]", normalized)
        return len(re.findall(r"\d+[HMS]", normalized)) >= 2 or any(
            len(p.replace(".", "").strip("0")) >= 3 or "." in p for p in parts)
    if claim.kind == "time":
        return re.fullmatch(r"T\d\d:\d\d.*", normalized) is not None and not normalized.startswith(("T12:00", "T24:00"))
    if claim.unit == SCORE_UNIT:
        # a scoreline with ten points or more ("27-24"), or a match in sets, is rarely shared by chance
        points = [int(p) for p in re.findall(r"\d+", normalized)]
        return sum(points) >= 10 or " " in normalized
    value = claim.value if isinstance(claim.value, (int, float)) else None
    if value is None or claim.kind == "age":
        return False
    digits = re.sub(r"0+$", "", f"{abs(value):.6f}".replace(".", "").lstrip("0").rstrip("0"))
    if claim.kind == "percent" and value != int(value) and claim.qualifier == "exact":
        return True  # "3.6 per cent": a rate given to a decimal place is no round figure
    return len(digits) >= 3


def _block_keys(claim: Claim) -> set:
    keys = {f"attr:{name}" for name in claim.features.attributes + claim.features.clause_cues}
    if not claim.features.attributes:
        # with no word beside it, a value is compared by the words of its sentence
        keys.update(f"attr:{name}" for name in claim.features.cues)
    keys.add(f"value:{(claim.normalized or '').lower()}")
    if claim.unit == MATCH_MINUTE_UNIT and claim.features.lead:
        keys.add("player:" + claim.features.lead)  # one player's goal told a minute apart
    if claim.kind == "date" and claim.normalized and re.match(r"(?:\d{4}|XXXX)-\d\d", claim.normalized):
        keys.add("month:" + claim.normalized[5:7])
    if claim.kind == "time" and claim.normalized and re.match(r"T\d\d:\d\d", claim.normalized):
        keys.add("minute:" + claim.normalized[4:6])  # "21:47 local" and "00:47 GMT" may be one time
    stated = _stated(claim) if claim.kind in ("quantity", "duration") else None
    if stated and stated > 0 and math.isfinite(stated) and claim.qualifier in CONVERTIBLE_QUALIFIERS and (
            claim.kind == "quantity" or claim.qualifier != "approximate"):
        # one figure in two units ("705 km", "438 miles", "about 68 mph", "up to 30 feet") lands
        # in the same narrow band of magnitude
        band = int(math.log10(stated) * MAGNITUDE_BANDS)
        keys.update({f"band:{band}", f"band:{band + 1}"})
    if claim.kind == "count" and claim.features.noun == "person" and (claim.low or 0) >= CROWD:
        # "more than 412,000 people" and "412,380 visitors": a crowd and the group another source
        # names it by (_crowd_bridge) meet when their sizes are near
        band = int(math.log10(claim.low) * MAGNITUDE_BANDS)
        keys.update({f"crowd:{band}", f"crowd:{band + 1}"})
    return keys


def _blocks(claim: Claim) -> set:
    """The blocks a claim is compared in: its kind (and currency) with each of its block keys.

    Plain dollars ("$92", "92 dlrs") meet the dollars of every country: in an Australian story
    they are Australian dollars."""
    keys = _block_keys(claim)
    currencies = DOLLAR_CURRENCIES if _plain_dollars(claim) else (claim.unit if claim.kind == "money" else None,)
    return {(claim.kind, currency, key) for currency in currencies for key in keys}


DOLLAR_CURRENCIES = ("USD", "AUD", "CAD", "NZD", "HKD", "SGD")
_NAMED_US = re.compile(r"U\.?S\.?|USD")


def _plain_dollars(claim: Claim) -> bool:
    """Dollars written without their country ("$92", "92 dlrs"), read as US dollars."""
    return claim.kind == "money" and claim.unit == "USD" and not _NAMED_US.search(claim.text)


def _dollars_alike(a: Claim, b: Claim) -> bool:
    """Plain dollars and another country's dollars may be one amount."""
    return (_plain_dollars(a) and b.unit in DOLLAR_CURRENCIES) or (_plain_dollars(b) and a.unit in DOLLAR_CURRENCIES)


def _candidate_pairs(claims: list[Claim], collapse: bool = True) -> Pairs:
    """The pairs to score: one representative pair per pair of claim classes sharing a block
    (see compare.linking); with `collapse=False`, every pair of claims sharing a block."""
    return Pairs(claims, _blocks, collapse=collapse)


def align(claims: Iterable[Claim], rules: RuleSet, workers: Optional[int] = None) -> list[Fact]:
    """Facts from claims (names are compared separately, as spellings: see classify.variants).

    No fact holds two kinds of claim, so the kinds are aligned apart: many claims are aligned by
    two processes at once (`workers`, default: two where the platform forks and two CPUs are
    free), each taking the kinds that hold about half the claims. The facts are the same.
    """
    facts = list(facts_in_turn(claims, rules, workers))
    facts.sort(key=lambda f: (f.claims[0].source, f.claims[0].start, f.claims[0].end, f.kind))
    return facts


def facts_in_turn(claims: Iterable[Claim], rules: RuleSet, workers: Optional[int] = None) -> Iterator[Fact]:
    """align's facts, unordered, each given as soon as it is known: those of the kinds aligned
    in this process first, then those of the forked child. A caller with work to do on each
    fact (classify) does it on the first ones while the child is still aligning the others."""
    claims = list(claims)
    pool = [c for c in claims if c.kind != "name" and c.features is not None]
    contested = _contested_discriminators(pool)
    side = _SideEntities(claims)
    workers = workers or default_workers(len(pool), PARALLEL_ALIGN_CLAIMS)
    # the child reads the claims its parent holds: only a forked child has them
    halves = _kind_halves(pool) if workers > 1 and fork_context() is not None else None
    if halves is None:
        return iter(_align_pool(pool, rules, contested, side))
    return _facts_beside(pool, rules, contested, side, halves)


PARALLEL_ALIGN_CLAIMS = 50_000  # below this, a second process costs more than it saves
_SHARED: dict = {}  # what a forked child aligns: set by the parent just before it forks


def _kind_halves(pool: list[Claim]) -> Optional[tuple[set, set]]:
    """The claim kinds in two sets holding about as many claims each; None when one kind is all."""
    counts = Counter(claim.kind for claim in pool)
    if len(counts) < 2:
        return None
    halves: tuple[set, set] = (set(), set())
    sizes = [0, 0]
    for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lighter = 0 if sizes[0] <= sizes[1] else 1
        halves[lighter].add(kind)
        sizes[lighter] += count
    return halves


def _facts_beside(pool: list[Claim], rules: RuleSet, contested: dict, side, halves) -> Iterator[Fact]:
    """The facts of one half of the kinds aligned here, then those of the other, aligned by a
    forked child meanwhile."""
    mine, theirs = halves
    _SHARED.update(pool=pool, rules=rules, contested=contested, side=side)
    try:
        with ProcessPoolExecutor(1, mp_context=fork_context()) as executor:
            future = executor.submit(_facts_by_index, theirs)
            yield from _align_pool([c for c in pool if c.kind in mine], rules, contested, side)
            try:
                told = future.result()
            except BrokenProcessPool:
                # the child died (killed, out of memory): its half is aligned here instead
                told = _facts_by_index(theirs)
    finally:
        _SHARED.clear()
    for kind, subject, attribute, members in told:
        yield Fact(kind=kind, subject=subject, attribute=attribute, claims=tuple(pool[i] for i in members))


def _facts_by_index(kinds: set) -> list[tuple]:
    """In the child: the facts of `kinds`, each with its claims as indexes into the shared pool."""
    pool = _SHARED["pool"]
    chosen = [number for number, claim in enumerate(pool) if claim.kind in kinds]
    index = {id(pool[number]): number for number in chosen}
    facts = _align_pool([pool[number] for number in chosen], _SHARED["rules"], _SHARED["contested"], _SHARED["side"])
    return [(f.kind, f.subject, f.attribute, tuple(index[id(c)] for c in f.claims)) for f in facts]


def _align_pool(pool: list[Claim], rules: RuleSet, contested: dict, side) -> list[Fact]:
    """Facts of the claims in `pool`, unordered; `contested` and `side` are read from every claim."""
    settings = rules.alignment
    edges = []
    pairs = _candidate_pairs(pool)
    class_of, firsts = _classes(pool, pairs)
    # a claim's class decides how precise its value is (specific reads no place field)
    precise_class = [specific(pool[first]) for first in firsts]
    precise = [precise_class[number] for number in class_of]
    figure = _figure_keys(pool, class_of, firsts)
    figures = max(figure, default=0) + 1
    known: dict = {}
    shapes: dict = {}
    weights = (settings.attribute_weight, settings.subject_weight, settings.context_weight)
    total = settings.attribute_weight + settings.subject_weight + settings.context_weight
    for i, j in pairs:
        a, b = pool[i], pool[j]
        if a.source == b.source:
            found = _figure_scores(a, b, precise[i], precise[j], rules, contested)
        else:
            # two sources: what _figure_scores says depends on the two figures alone
            key = figure[i] * figures + figure[j]
            found = known.get(key, _UNKNOWN)
            if found is _UNKNOWN:
                found = _figure_scores(a, b, precise[i], precise[j], rules, contested)
                found = known[key] = shapes.setdefault(found, found)  # few distinct answers: kept once
        if found is None:
            continue
        attr, subj, agree, agreeable, conflicting, counted = found
        one_source = a.source == b.source
        if not one_source and not (agreeable if agree else conflicting):
            continue  # no score can link these two: the context need not be measured
        ctx = context_score(a, b)
        score = weights[0] * attr + weights[1] * subj + weights[2] * ctx
        score = score / total if total else 0.0
        if one_source:
            # one article saying one thing twice ("a 12-day trip" ... "the 12-day mission")
            same_person = a.kind == "age" and subj == 1.0
            if agree and (attr == 1.0 or same_person) and a.normalized == b.normalized and subj > 0.0:
                edges.append((score, 1, i, j))
            continue
        if agree:
            if agreeable and score >= settings.agreement_threshold:
                edges.append((score, 1, i, j))
        elif (conflicting and score >= settings.conflict_threshold and _comparable(a, b, attr == subj == 1.0)
              and not side.either(a, b)
              and (not counted or ctx >= (settings.rank_conflict_context if a.attribute == RANK_ATTRIBUTE
                                          else settings.noun_conflict_context))):
            edges.append((score - _farness(a, b), 0, i, j))
    groups = _merge(pool, edges, rules, pairs)
    facts = []
    for members in groups:
        members = sorted(members, key=lambda c: (c.source, c.start))
        lead = members[0]
        facts.append(Fact(kind=lead.kind, subject=_common_subject(members), attribute=_common_attribute(members),
                          claims=tuple(members)))
    return facts


_UNKNOWN = object()


def _classes(pool: list[Claim], pairs) -> tuple[list[int], list[int]]:
    """(the class of each claim, a claim of each class) of candidate pairs from `Pairs`; other
    pairs (a plain iterable) make each claim its own class."""
    if isinstance(pairs, Pairs):
        return pairs.class_of, [members[0] for members in pairs.members]
    return list(range(len(pool))), list(range(len(pool)))


def _figure_keys(pool: list[Claim], class_of: list[int], firsts: list[int]) -> list[int]:
    """A number per claim for what _figure_scores reads of it: its class less its context, and
    whether it is in plain dollars (the only thing read from its words). Claims of different
    classes often tell one figure in other words, so pairs of figures repeat far more than pairs
    of classes."""
    numbers: dict = {}
    of_class = []
    for first in firsts:
        claim = pool[first]
        key = (claim.kind, claim.attribute, claim.value, claim.unit, claim.normalized, claim.qualifier,
               claim.low, claim.high, claim.resolved, claim.features)
        of_class.append(numbers.setdefault(key, len(numbers)))
    return [of_class[number] * 2 + _plain_dollars(claim) for number, claim in zip(class_of, pool)]


def _cap_and_exact(cap: Claim, figure: Claim) -> bool:
    """The largest of several figures ("price rises of up to 11.4 pct") and one exact figure."""
    return cap.features.cap_of_many and figure.qualifier == "exact"


def _past_its_bound(bound: Claim, figure: Claim) -> bool:
    """"More than 12 hours" and a wait of 30 hours: the figure lies where the bound says, though
    beyond the span a bound is read as; that is no contradiction (nor a sure agreement)."""
    if (bound.low is None or figure.low is None or bound.unit != figure.unit or figure.qualifier in OPEN_BOUNDS
            or bound.kind in ("date", "time")):
        return False  # (two caps that differ do disagree; "before 7 p.m." is shortly before it)
    if bound.qualifier in LOWER_BOUNDS:
        return figure.low >= bound.low
    if bound.qualifier in UPPER_BOUNDS and bound.high is not None and figure.high is not None:
        return figure.high <= bound.high
    return False


def _figure_scores(a: Claim, b: Claim, precise_a: bool, precise_b: bool, rules: RuleSet,
                   contested: dict) -> Optional[tuple]:
    """Everything align decides of a pair but for its context, its words and its sources' other
    claims: None when the pair is never linked (vetoed, or about different attributes), else
    (attribute score, subject score, compatible, may agree, may conflict, counted by noun only).

    "May agree" and "may conflict" are the parts of align's tests that read no more than this;
    the score, context and words decide the rest.
    """
    settings = rules.alignment
    if _vetoed(a, b, rules):
        return None
    attr = attribute_score(a, b)
    if a.unit == MATCH_MINUTE_UNIT and _one_match_event(a, b):
        attr = 1.0
    agree = compatible(a, b)
    if (a.features.marks and b.features.marks and set(a.features.marks) & set(b.features.marks) and agree
            and not (a.kind == "count" and attr == 0.0 and a.features.attributes and b.features.attributes)):
        # both "offered", both "women's": a shared qualifier is a shared topic for agreeing values
        # (unless two counts each name their own attribute: "two men were arrested", "two others waited with
        # the engines running")
        attr = max(attr, 0.8)
    same_figure = ((precise_a and precise_b and _same_value(a, b)) or _converted(a, b)
                   or _worked_out_again(a, b, precise_a or precise_b)
                   or a.unit == b.unit == SCORE_UNIT and a.normalized == b.normalized) and not (
        # "fell 0.4 pct" and "rose 0.4%": one figure, two attributes that exclude each other
        a.kind == "percent" and attr == 0.0 and a.features.attributes and b.features.attributes)
    if same_figure:
        # the same minute of the day, or the same scoreline, in two reports of one story is
        # one moment, one result; a figure converted between units that still agrees is as good
        # as a shared attribute
        converted = a.unit != b.unit and agree
        attr = max(attr, 0.8 if a.kind == "time" or a.unit == SCORE_UNIT or converted else 0.6)
    elif (a.normalized == b.normalized and a.qualifier == b.qualifier and agree
          and bool(a.features.attributes) != bool(b.features.attributes)
          # (a day counted back, "eight years ago", lands on many a year by chance)
          and not a.features.relative and not b.features.relative):
        # "roughly 40 percent" beside nothing that names it, and another source's "a fall of about
        # 40 pct": one figure, named by one source only
        attr = max(attr, settings.named_by_one)
    if attr == 0.0 and a.kind != "age":
        return None
    subj = subject_score(a, b, settings.name_similarity, settings.name_min_length)
    if same_figure:
        # two sources giving the same precise figure ("105 million euros") tell one fact,
        # even when the words and names around it differ
        subj = max(subj, 0.5)
    agreeable = conflicting = False
    if agree:
        agreeable = ((a.kind != "date" or _precision(a) == _precision(b))
                     # "up to 40 kilometres" holds three kilometres, but they are not one fact
                     and (not ({a.qualifier, b.qualifier} & OPEN_BOUNDS)
                          # "penalties of up to 4 per cent" and the fine of 2.1 per cent: a cap far
                          # above a figure is the cap, not the figure
                          or _close_enough(a, b, settings.max_bound_ratio if {a.qualifier, b.qualifier} & UPPER_BOUNDS
                                           else settings.max_conflict_ratio))
                     # "fuel price rises of up to 11.4 pct": the largest of several, not one exact figure
                     # under it (but the same cap, however told: "gusts of up to 60 km/h", "about 37 mph")
                     and not (_cap_and_exact(a, b) or _cap_and_exact(b, a)))
    else:
        conflicting = bool(
            attr >= (1.0 if a.kind == "date" else settings.conflict_attribute)
            # two ages disagree only about one person: "Karen Whitaker, 47" and "a 58-year-old
            # hiker" are two people, not a contradiction
            and subj >= (1.0 if a.kind == "age" else 0.0) and subj > 0.0 and _may_conflict(a, b, rules)
            and _close_enough(a, b, _conflict_ratio(a, b, rules, settings.max_conflict_ratio)) and _same_subject(a, b)
            and (subj == 1.0 or not _marked_against_unmarked(a, b, contested))
            and not a.features.part
            and not _parts_of_other_wholes(a, b)
            and not (_past_its_bound(a, b) or _past_its_bound(b, a))
            # (the largest of several figures contradicts no one figure: "long runs of up to 40
            # kilometres" and the marathon's 42.195)
            and (a.qualifier == b.qualifier or not (a.features.cap_of_many or b.features.cap_of_many)))
    counted = (a.attribute or "").startswith("noun:")
    return attr, subj, agree, agreeable, conflicting, counted


class _SideEntities:
    """Names only one source gives ("Arbel Cloud, the company that priced its IPO at $31"): a side
    figure of that source. A claim led by one never contradicts a claim that names nobody, which
    speaks of the story's own subject."""

    def __init__(self, claims: list[Claim]):
        self._sources: dict = defaultdict(set)
        by_source: dict = defaultdict(list)
        for claim in claims:
            by_source[claim.source].append(claim)
        # a name in the opening of its article is the story's own, even if no other source gives
        # it ("Valdoria's coalition government survived a no-confidence vote")
        # (the opening is counted in figures: a byline's names are no part of it)
        self._opening: set = set()
        for source, told in by_source.items():
            told.sort(key=lambda c: c.start)
            figures = [claim.start for claim in told if claim.kind != "name"]
            opening_end = figures[max(1, round(len(figures) * OPENING_SHARE)) - 1] if figures else -1
            for claim in told:
                keys = ([claim.normalized] if claim.kind == "name"
                        else [k for k in claim.features.entities if not k.startswith("noun:")]
                        if claim.features is not None else [])
                for key in keys:
                    self._sources[key].add(source)
                    if claim.start <= opening_end:
                        self._opening.add((key, source))
        self._known: dict = {}
        self._by_initial: Optional[dict] = None

    def either(self, a: Claim, b: Claim) -> bool:
        """Exactly one of a, b is led by a name no other source gives (ages aside: whose age a
        figure is, is settled by the person's name, see subject_score)."""
        la, lb = a.features.lead, b.features.lead
        if bool(la) == bool(lb) or a.kind == "age":
            return False
        lead, claim = (la, a) if la else (lb, b)
        return self._only_in(lead, claim.source)

    def _only_in(self, key: str, source: str) -> bool:
        if (key, source) in self._opening:
            return False
        found = self._known.get(key)
        if found is None:
            sources = self._sources.get(key, set())
            found = not (sources - {source}) and not any(
                other != key and self._sources[other] - {source} and same_entity(key, other)
                for other in self._near(key))
            self._known[key] = found
        return found

    def _near(self, key: str) -> set:
        """The names that may be `key` spelled otherwise: those whose first word or last word
        starts with a letter either of key's starts with (an acronym starts as its name does)."""
        if self._by_initial is None:
            self._by_initial = defaultdict(set)
            for other in self._sources:
                words = other.split()
                if words:
                    self._by_initial[words[0][0]].add(other)
                    self._by_initial[words[-1][0]].add(other)
        words = key.split()
        if not words:
            return set()
        return self._by_initial.get(words[0][0], set()) | self._by_initial.get(words[-1][0], set())


def _contested_discriminators(claims: list[Claim]) -> dict:
    """Discriminators of which the story uses two or more options (it reports the men's and the
    women's race): there, a value without an option may belong to either. Each maps to the option
    the story is about, when one is: told by two or more sources while every other option is told
    by one at most ("the third quarter", beside one source's "a charge in the fourth quarter")."""
    used: dict = {}
    for claim in claims:
        for index, option in claim.features.marks:
            used.setdefault(index, {}).setdefault(option, set()).add(claim.source)
    contested = {}
    for index, options in used.items():
        if len(options) > 1:
            told = sorted(options, key=lambda option: -len(options[option]))
            main = told[0] if len(options[told[0]]) >= 2 and len(options[told[1]]) <= 1 else None
            contested[index] = main
    return contested


def _marked_against_unmarked(a: Claim, b: Claim, contested: dict) -> bool:
    """"112 riders started the women's race" and "about 150 riders rolled out", in a story of
    both races: the second may be the men's, so the two do not make a conflict (unless both
    name one subject: Mengesha's time is hers in either race). A value marked with the option the
    story is about stands against an unmarked one: that is the story's too."""
    if not contested:
        return False
    marked_a, marked_b = dict(a.features.marks), dict(b.features.marks)
    for index, main in contested.items():
        if (index in marked_a) != (index in marked_b):
            option = marked_a.get(index, marked_b.get(index))
            if main is None or option != main:
                return True
    return False


def _comparable(a: Claim, b: Claim, same_words: bool = False) -> bool:
    """Whether differing values are a real disagreement rather than two readings of vague text.

    Two days of the month with no year disagree only when the same word names both for the same
    subject ("the offer will expire April 14" and "will expire April 21")."""
    if a.kind == "date" and _precision(a) != _precision(b):
        return False  # "2015" and "spring 2025", "2000" and "last night" are not one fact told twice
    if a.kind == "date" and _precision(a) != "day" and not (
            a.features.lead and b.features.lead and _named_event(a, b)):
        # months and years date many things in a story; two rarely disagree about one, unless
        # the same word dates one thing of one subject ("Harrowgate was founded in 1921" / "in 1912")
        return False
    if a.kind == "date" and (PRESENT_DAY.fullmatch(a.text.strip()) or PRESENT_DAY.fullmatch(b.text.strip())):
        return False  # "tonight at 6": the day of writing, seldom the day of the story's events
    if a.kind in ("date", "time"):
        if a.features.lent_day or b.features.lent_day:
            return False  # "on Tuesday" in a dispatch dated only by its dateline: likely, not sure
        if a.features.relative or b.features.relative:
            if not (a.resolved and b.resolved):
                return False
        if not a.resolved and not b.resolved and not (same_words and a.kind == "date"
                                                       and re.fullmatch(r"XXXX-\d\d-\d\d", a.normalized or "")
                                                       and re.fullmatch(r"XXXX-\d\d-\d\d", b.normalized or "")):
            return False
    return True


def _named_event(a: Claim, b: Claim) -> bool:
    return any(not name.startswith("noun:") for name in set(a.features.attributes) & set(b.features.attributes))


def _may_conflict(a: Claim, b: Claim, rules: RuleSet) -> bool:
    """Attributes marked `conflicts: false` (when something was said) never make a conflict."""
    for name in set(a.features.attributes) | set(b.features.attributes):
        attribute = rules.attribute(name)
        if attribute is not None and not attribute.conflicts:
            return False
    return True


def _conflict_ratio(a: Claim, b: Claim, rules: RuleSet, default: float) -> float:
    """How far apart two values of an attribute both name may be and still be one fact: an
    attribute's own `conflict_ratio` (a death toll revised from 48 to 112), else the default."""
    ratios = [attribute.conflict_ratio for name in set(a.features.attributes) & set(b.features.attributes)
              if (attribute := rules.attribute(name)) is not None and attribute.conflict_ratio is not None]
    if not ratios:
        return default
    return 0 if 0 in ratios else max(ratios)


def _same_subject(a: Claim, b: Claim) -> bool:
    """A conflict needs its two claims to be about one subject: two different leads never are,
    nor two different things a verb speaks of ("sales rose 6.5%", "listings rose 9.3%"), nor one
    person's own circumstances and the story's figure."""
    la, lb = a.features.lead, b.features.lead
    if la and lb and not same_entity(la, lb):
        return False
    if a.features.personal != b.features.personal:
        return False  # "her family would pay more than $1,000" is no contradiction of the $506 a student pays
    ta, tb = a.features.topic, b.features.topic
    return not (ta and tb and ta != tb)


def _precision(claim: Claim) -> str:
    """How finely a date is given: day, week, month, season, quarter, year or other."""
    value = claim.normalized or ""
    for name, pattern in (("day", r"(?:\d{4}|XXXX)-\d\d-\d\d"), ("week", r"(?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-\d)?"),
                          ("month", r"(?:\d{4}|XXXX)-\d\d"), ("season", r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI)"),
                          ("quarter", r"(?:\d{4}|XXXX)-[QH]\d"), ("year", r"\d{4}")):
        if re.fullmatch(pattern, value):
            return name
    return "other"


def _close_enough(a: Claim, b: Claim, ratio: float) -> bool:
    """Values within `ratio` of each other: 3 vs 4 months may be one fact, 12 days vs 35 minutes not."""
    if not ratio or a.kind in ("date", "time"):
        return True
    x, y = _representative(a), _representative(b)
    if x is None or y is None or x < 0 or y < 0:
        return True
    if x == 0 or y == 0:
        return max(x, y) <= ratio  # "no deaths" against "one death", not against 9,412 doses
    return max(x, y) / min(x, y) <= ratio * (1 + 1e-6)  # "more than 6,000" is 6,000 and a hair


def _farness(a: Claim, b: Claim) -> float:
    """A hair off a conflict link's score for how far apart its values lie: of two equally likely
    partners, the nearer figure ("4.5 percent" against "5%", not "8%") is the fact told differently."""
    x, y = _representative(a), _representative(b)
    if x is None or y is None or x <= 0 or y <= 0:
        return 0.0
    return FARNESS_WEIGHT * abs(math.log(x / y))


def _representative(claim: Claim) -> Optional[float]:
    """One number standing for a claim's range: its finite bound, or its middle."""
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2 if claim.low > 0 else claim.high
    return claim.low if claim.low is not None else claim.high


def _merge(pool: list[Claim], edges: list, rules: Optional[RuleSet] = None,
           pairs: Optional[Pairs] = None) -> list[list[Claim]]:
    """Union the strongest links first; refuse a union that puts two incompatible values of one source together.

    Agreements first (they are the safer links, and a conflict should join settled groups),
    then by score, then by claims; a union must be `_mergeable`. `edges` are (score, agreeing,
    i, j) of the pairs `pairs` gave: each stands for its whole bundle (see compare.linking).
    """
    if pairs is None:
        pairs = _candidate_pairs(pool, collapse=False)
    groups = link(pairs, edges, lambda a, b, agreeing: _clash(a, b, agreeing, rules), _clash_one_source,
                  _clash_keys)
    return [[pool[k] for k in group] for group in groups]


def _mergeable(left: list[Claim], right: list[Claim], agreeing: bool, rules: Optional[RuleSet] = None) -> bool:
    """May two groups become one fact?

    Never two incompatible values from one source. A link between agreeing claims may not
    bring disagreeing ones together ("January" fits both "January 4, 2027" and "January 2026",
    which do not fit each other): it needs every pair across the groups to be compatible. A link
    between disagreeing claims (itself vetted for attribute and subject) may not join claims led
    by different names.
    """
    return not any((a.source == b.source and _clash_one_source(a, b)) or _clash(a, b, agreeing, rules)
                   for a in left for b in right)


def _clash_one_source(a: Claim, b: Claim) -> bool:
    """Two claims of one source that may never share a fact: an article does not contradict itself."""
    return not compatible(a, b)


def _clash(a: Claim, b: Claim, agreeing: bool, rules: Optional[RuleSet] = None) -> bool:
    """Two claims (of any sources) that a link of this kind may not bring into one fact.

    Both this and `_clash_one_source` must stay symmetric and read only what the claims' classes
    share (not source, offsets or words): compare.linking asks them once per pair of classes.
    """
    if a.kind == "age" and a.features.entities and b.features.entities and subject_score(a, b) == 0.0:
        return True
    if agreeing:
        return not compatible(a, b)
    # a disagreement may not bring together claims that are kept apart ("24 league goals" and
    # "31 goals in all competitions", joined through a third source that says neither)
    return not (_same_subject(a, b) and (rules is None or not _vetoed(a, b, rules)))


def _clash_keys(claim: Claim) -> tuple:
    """What `_clash_one_source` and `_clash` (agreeing, then disagreeing) read of a claim:
    claims with equal keys clash alike. Keep in step with `compatible`, `_same_subject` and
    `_vetoed`."""
    value = (claim.kind, claim.unit, claim.normalized, claim.resolved, claim.low, claim.high,
             claim.value, claim.qualifier, _plain_dollars(claim))
    return value, (value, claim.features if claim.kind == "age" else None), (claim.kind, claim.attribute, claim.features)


def _common_subject(members: list[Claim]) -> Optional[str]:
    """The subject most claims name with confidence: an age's person, or a clause's lead name."""
    counts: dict[str, int] = defaultdict(int)
    for claim in members:
        if claim.subject and (claim.kind == "age" or claim.features.lead):
            counts[claim.subject] += 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _common_attribute(members: list[Claim]) -> Optional[str]:
    counts: dict[str, int] = defaultdict(int)
    for claim in members:
        for name in claim.features.attributes:
            counts[name] += 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
