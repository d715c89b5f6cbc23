"""Temporal expressions as news writes them: dates, durations and times, normalized TimeML-style.

The tables hold (text, published date, quoted span, kind, normalized value, qualifier). Each row
is checked against the one match whose span is the quoted text, so a row fails when the span is
cut short or over-long, when the reading is wrong, and when the expression is missed.
"""
import math
import random
import string
import time

import pytest

from compare.dates import TemporalMatch, find_temporal

PUB = "2024-03-07"  # a Thursday
WIRE = "1998-02-26"  # a Thursday, in the style of the 1990s wire copy in TimeBank


def _span(text, published, quote):
    """The match quoting `quote` exactly, failing with what was found instead."""
    matches = find_temporal(text, published)
    for m in matches:
        if text[m.start:m.end] == quote:
            return m
    found = [(text[m.start:m.end], m.kind, m.normalized) for m in matches]
    pytest.fail(f"no match quoting {quote!r} in {text!r}; found {found}")


DATES = [
    # two days before a month, and a year read out after one
    ("The count was carried out on 21-22 September 2024.", None, "21-22 September 2024", "2024-09-21/2024-09-22",
     "range"),
    ("Volunteers counted on 21 and 22 September 2024.", None, "21 and 22 September 2024", "2024-09-21/2024-09-22",
     "range"),
    ("The ban starts on the first of January, twenty twenty-seven.", None,
     "the first of January, twenty twenty-seven", "2027-01-01", "exact"),
    # a full stop after a month written in full ends the sentence
    ("Bills will be sent out from 10 March. The first instalment is due later.", None, "10 March", "XXXX-03-10",
     "exact"),
    ("The company plans to file for approval no later than 1989.", None, "1989", "1989", "exact"),
    # a year read out, after a word that dates
    ("The control system was modernised in twenty fourteen.", None, "twenty fourteen", "2014", "exact"),
    ("It has run since nineteen ninety-nine.", None, "nineteen ninety-nine", "1999", "exact"),
    ("The line opened in eighteen ninety-seven.", None, "eighteen ninety-seven", "1897", "exact"),
    ("The bridge opened in two thousand and nine.", None, "two thousand and nine", "2009", "exact"),
    ("The cars were rebuilt in twenty oh five.", None, "twenty oh five", "2005", "exact"),
    # calendar dates at the precision stated
    ("The launch took place on October 5, 2021.", None, "October 5, 2021", "2021-10-05", "exact"),
    ("Filming began 5 October 2021 in orbit.", None, "5 October 2021", "2021-10-05", "exact"),
    ("The crew docked on Oct. 5, 2021, after a short flight.", None, "Oct. 5, 2021", "2021-10-05", "exact"),
    ("The filing is dated 2021-10-05.", None, "2021-10-05", "2021-10-05", "exact"),
    ("The order was signed 10/5/2021 by the judge.", None, "10/5/2021", "2021-10-05", "exact"),
    ("The form, dated 25/12/2020, was late.", None, "25/12/2020", "2020-12-25", "exact"),
    ("Shooting wrapped in October 2021.", None, "October 2021", "2021-10", "exact"),
    ("Shooting wrapped in October of 2021.", None, "October of 2021", "2021-10", "exact"),
    ("It opened Tuesday, Oct. 5, to crowds.", None, "Tuesday, Oct. 5", "XXXX-10-05", "exact"),
    ("The crew is scheduled to launch October\n5, 2021 from Baikonur.", None, "October\n5, 2021",
     "2021-10-05", "exact"),
    ("The crew is scheduled to launch October\r\n5, 2021 from Baikonur.", None, "October\r\n5, 2021",
     "2021-10-05", "exact"),
    ("He was born on the 5th of October 1984.", None, "the 5th of October 1984", "1984-10-05", "exact"),
    ("The deadline is the twenty-fifth of August.", "2025-08-15", "the twenty-fifth of August", "2025-08-25", "exact"),
    ("The minister said the government would publish a plan in the autumn.", "2025-08-14", "the autumn",
     "2025-FA", "exact"),
    ("The concert is on August the third.", "2025-07-15", "August the third", "2025-08-03", "exact"),
    ("It opens on the thirty-first of May 2026.", None, "the thirty-first of May 2026", "2026-05-31", "exact"),
    ("The race is on Sept. 30.", "1997-09-01", "Sept. 30", "1997-09-30", "exact"),
    ("The festival runs October 5-7, 2021.", None, "October 5-7, 2021", "2021-10-05/2021-10-07", "range"),
    # a day and month without a year: the published year, or the year the tense points to
    ("Filming is set to begin October 5.", "2021-09-20", "October 5", "2021-10-05", "exact"),
    ("Filming is set to begin October 5.", None, "October 5", "XXXX-10-05", "exact"),
    ("The film premiered on December 10.", "2024-01-15", "December 10", "2023-12-10", "exact"),
    ("The new law takes effect Jan. 1.", "2023-12-20", "Jan. 1", "2024-01-01", "exact"),
    ("It will be in Russian theaters from April 12.", "2023-03-01", "April 12", "2023-04-12", "exact"),
    ("Councillors voted on Tuesday to require every let to be licensed from October 1.", "2025-03-13",
     "October 1", "2025-10-01", "exact"),
    ("Bezos has a new mission to space next October 12.", "2021-09-20", "next October 12",
     "2021-10-12", "exact"),
    # months, seasons, quarters, halves
    ("The talks collapsed in March.", "2024-07-01", "March", "2024-03", "exact"),
    ("The talks will resume in March.", "2024-07-01", "March", "2025-03", "exact"),
    ("By mid-March, the numbers had doubled.", "2024-05-01", "mid-March", "2024-03", "approximate"),
    ("Prices peaked in late October 2022.", None, "late October 2022", "2022-10", "approximate"),
    ("The plant closed at the end of June.", "2024-08-01", "the end of June", "2024-06", "approximate"),
    ("The crew trained in fall 2021.", None, "fall 2021", "2021-FA", "exact"),
    ("The show opened in the autumn of 2021.", None, "the autumn of 2021", "2021-FA", "exact"),
    ("The summer of 1969 changed everything.", None, "The summer of 1969", "1969-SU", "exact"),
    ("Tom Cruise turned sixty last summer.", "2023-03-01", "last summer", "2022-SU", "exact"),
    ("The shoot is planned for this winter.", "2021-11-10", "this winter", "2022-WI", "exact"),
    ("Net income rose in the third quarter of 2024.", None, "the third quarter of 2024", "2024-Q3", "exact"),
    ("Net income rose in the third quarter.", WIRE, "the third quarter", "1997-Q3", "exact"),
    ("Fourth-quarter profit fell 3%, the company said.", WIRE, "Fourth-quarter", "1997-Q4", "exact"),
    ("Revenue in the first half of 2024 rose 10%.", None, "the first half of 2024", "2024-H1", "exact"),
    ("Profit in the 1990 fourth quarter fell.", None, "the 1990 fourth quarter", "1990-Q4", "exact"),
    ("Sales in fiscal 1997's third quarter rose.", None, "fiscal 1997's third quarter", "1997-Q3", "exact"),
    ("The chipmaker reported Q3 2024 revenue.", None, "Q3 2024", "2024-Q3", "exact"),
    ("The company expects profit in fiscal 1998 to rise.", WIRE, "fiscal 1998", "1998", "exact"),
    ("Guidance for FY2025 was cut.", None, "FY2025", "2025", "exact"),
    ("Expected closing: first half of next year.", "2024-05-17", "first half of next year", "2025-H1", "exact"),
    # years: only with something that makes them years
    ("In 1961, the Soviet Union sent the first man into space.", None, "1961", "1961", "exact"),
    ("The company has been profitable since 2019.", None, "2019", "2019", "exact"),
    # a year as a stretch of time: "the whole of 2024", "much of 2023"
    ("Customs seized 310,000 items across the whole of 2024.", None, "2024", "2024", "exact"),
    ("Rain fell for much of 2023.", None, "2023", "2023", "exact"),
    ("It was 1961's biggest story.", None, "1961", "1961", "exact"),
    ("She starred in the 2017 space film Salyut 7.", None, "2017", "2017", "exact"),
    ("Gravity (2013) won seven Oscars.", None, "2013", "2013", "exact"),
    ("It landed on the moon in 1959 and on Mars in 1971.", None, "1971", "1971", "exact"),
    ("Missions flew in 1959, 1961 and 1971.", None, "1961", "1961", "exact"),
    ("The obvious comparison is the Kalsted bank siege of 2019.", None, "2019", "2019", "exact"),
    ("The plant will close by 2030.", None, "2030", "2030", "exact"),
    ("Growth returns in early 2025, analysts say.", None, "early 2025", "2025", "approximate"),
    ("The mine reopens in mid-2025.", None, "mid-2025", "2025", "approximate"),
    ("The town was founded around 1950.", None, "around 1950", "1950", "approximate"),
    # an era, or a verb that dates a thing, makes an early number a year
    ("The coins suggest the hoard was buried around AD 1070, at a time of rebellion.", None, "around AD 1070",
     "1070", "approximate"),
    ("The abbey was founded in AD 1132.", None, "AD 1132", "1132", "exact"),
    ("The hoard was probably hidden around 1140, during a civil war.", None, "around 1140", "1140", "approximate"),
    ("The war of 1939-45 ended in Europe in May.", None, "1939-45", "1939/1945", "range"),
    ("She played the 2019-20 season in Spain.", None, "2019-20", "2019/2020", "range"),
    ("The 2018 elections were close.", None, "2018", "2018", "exact"),
    # decades and centuries
    ("Prices were higher in the 1990s.", None, "the 1990s", "199", "exact"),
    ("The band peaked in the early '80s.", None, "the early '80s", "198", "approximate"),
    ("The mill dates from the 1800s.", None, "the 1800s", "18", "exact"),
    ("The 20th century was an age of extremes.", None, "The 20th century", "19", "exact"),
    # relative to the published date
    ("The company said Tuesday that profit rose.", WIRE, "Tuesday", "1998-02-24", "exact"),
    ("The company said Thursday that profit rose.", WIRE, "Thursday", "1998-02-26", "exact"),
    ("The board will meet Monday to vote.", WIRE, "Monday", "1998-03-02", "exact"),
    ("The vote is next Tuesday.", WIRE, "next Tuesday", "1998-03-03", "exact"),
    ("Prices fell last Friday.", WIRE, "last Friday", "1998-02-20", "exact"),
    ("Losses narrowed in Monday's session.", WIRE, "Monday", "1998-02-23", "exact"),
    ("The storm hit early Tuesday.", WIRE, "early Tuesday", "1998-02-24", "exact"),
    ("The ferry left late on Saturday night.", WIRE, "Saturday night", "1998-02-21", "exact"),
    ("Roscosmos announced on Thursday that it had cast the actress.", None, "Thursday", "XXXX-WXX-4", "exact"),
    ("The deal closed yesterday.", WIRE, "yesterday", "1998-02-25", "exact"),
    ("The deal closes today.", WIRE, "today", "1998-02-26", "exact"),
    ("He will arrive tomorrow morning.", WIRE, "tomorrow morning", "1998-02-27", "exact"),
    ("The fire spread last night.", WIRE, "last night", "1998-02-25", "exact"),
    ("The minister spoke this morning.", WIRE, "this morning", "1998-02-26", "exact"),
    ("Talks resumed late yesterday.", WIRE, "late yesterday", "1998-02-25", "exact"),
    ("It rained over the weekend.", WIRE, "the weekend", "1998-W08-WE", "exact"),
    ("They met last week.", WIRE, "last week", "1998-W08", "exact"),
    ("Shares fell late last week.", WIRE, "late last week", "1998-W08", "approximate"),
    ("They will meet this week.", WIRE, "this week", "1998-W09", "exact"),
    ("The plant reopened last month.", WIRE, "last month", "1998-01", "exact"),
    ("The plant reopens next month.", "2021-09-20", "next month", "2021-10", "exact"),
    ("The company lost money last year.", WIRE, "last year", "1997", "exact"),
    ("The company expects to turn a profit this year.", WIRE, "this year", "1998", "exact"),
    ("Earlier this year the company warned of losses.", WIRE, "Earlier this year", "1998", "approximate"),
    ("Results are due later this month.", WIRE, "later this month", "1998-02", "approximate"),
    ("The accord expires at the end of the year.", WIRE, "the end of the year", "1998", "approximate"),
    ("It happened three months ago.", WIRE, "three months ago", "1997-11", "exact"),
    ("That was about three months ago now.", WIRE, "about three months ago", "1997-11", "approximate"),
    ("Two weeks ago, the face of Scientology filmed a stunt.", WIRE, "Two weeks ago", "1998-W07", "exact"),
    ("The firm went bankrupt a year ago.", WIRE, "a year ago", "1997", "exact"),
    ("The bridge opened three days ago.", WIRE, "three days ago", "1998-02-23", "exact"),
    ("A decade ago the plant employed 4,000.", WIRE, "A decade ago", "1988", "exact"),
    ("Three months ago the board met.", None, "Three months ago", "three months ago", "exact"),
    ("The company lost money last year.", None, "last year", "last year", "exact"),
    ("The mine closes two years from now.", WIRE, "two years from now", "2000", "exact"),
    # relative to the story: the latest date before them
    ("Net income was $5 million in the third quarter, up from $4 million a year earlier.", WIRE,
     "a year earlier", "1996-Q3", "exact"),
    ("Gagarin flew in 1961. Two years later, Tereshkova followed.", None, "Two years later", "1963", "exact"),
    ("The ship sank on March 2. The next day, divers arrived.", "2024-03-04", "The next day",
     "2024-03-03", "exact"),
    ("The storm hit on Oct. 5, 2021; the day before, schools closed.", None, "the day before",
     "2021-10-04", "exact"),
    ("Production began on October 5, 2021 - the same month Cruise was to fly.", None,
     "the same month", "2021-10", "exact"),
    ("Sales rose in April and May.", "2024-07-01", "May", "2024-05", "exact"),
    ("The contract covers 2024 and 2025.", None, "2025", "2025", "exact"),
    ("Analysts said the slump could last into 1999 or even 2000.", None, "2000", "2000", "exact"),
    ("Its 1988 results beat forecasts.", None, "1988", "1988", "exact"),
    ("On Oct. 5, 1500 people marched.", "2021-10-20", "Oct. 5", "2021-10-05", "exact"),
    ("The index fell 508 points on Oct. 19, 1987, and recovered the following week.", None,
     "the following week", "1987-W44", "exact"),
    ("The index closed at a record on Oct. 19, 1987, and fell 508 points that day.", None,
     "that day", "1987-10-19", "exact"),
    ("The board met Monday; a week earlier, the chief executive had resigned.", WIRE,
     "a week earlier", "1998-W08", "exact"),
    ("The strike began on March 1. Thirty days later, talks resumed.", "2024-05-01",
     "Thirty days later", "2024-03-31", "exact"),
    ("Output will rise in the first quarter of next year.", WIRE, "the first quarter of next year",
     "1999-Q1", "exact"),
    ("Profit fell in the current quarter.", WIRE, "the current quarter", "1998-Q1", "exact"),
    ("The plant reopens at the end of next month.", WIRE, "the end of next month", "1998-03", "approximate"),
    ("The company was founded 150 years ago in 1848.", WIRE, "150 years ago", "1848", "exact"),
    ("The 21st-century economy is different.", None, "21st-century", "20", "exact"),
    ("Lumetric shares had fallen 15 pct this year.", None, "this year", "this year", "exact"),
    ("For the quarter, net income rose 5%.", WIRE, "the quarter", "1997-Q4", "exact"),
    ("Net income rose in the third quarter; for the quarter, sales were flat.", WIRE,
     "the quarter", "1997-Q3", "exact"),
    ("Sales rose 5% from the year-ago quarter, the company said.", WIRE, "the year-ago quarter",
     "1996-Q4", "exact"),
    ("Profit rose last fiscal year.", WIRE, "last fiscal year", "1997", "exact"),
    # holidays
    ("The recount ran through Christmas Day.", "2026-12-19", "Christmas Day", "2026-12-25", "exact"),
    ("We have been counting since before Thanksgiving.", "2026-12-19", "Thanksgiving", "2026-11-26", "exact"),
]

DURATIONS = [
    ("It will cut jobs over the next year and a half.", "the next year and a half", "P1.5Y", "exact", 1.5, "year"),
    ("Prices rose over the past month and a half.", "the past month and a half", "P1.5M", "exact", 1.5, "month"),
    ("Both underwent three months of training.", "three months", "P3M", "exact", 3.0, "month"),
    ("Four months in which they had a hard time.", "Four months", "P4M", "exact", 4.0, "month"),
    ("They signed up for a 3-month course.", "3-month", "P3M", "exact", 3.0, "month"),
    ("They signed up for a three-month course.", "three-month", "P3M", "exact", 3.0, "month"),
    ("They spent 12 days in orbit.", "12 days", "P12D", "exact", 12.0, "day"),
    # "over" after a thing done to a named object is during, not more than
    ("The service excavated part of the site over three weeks in July.", "three weeks", "P3W", "exact", 3.0,
     "week"),
    ("They faced a wait of over two hours.", "over two hours", "PT2H", "more_than", 2.0, "hour"),
    ("The strike lasted over three weeks.", "over three weeks", "P3W", "more_than", 3.0, "week"),
    # a time "later than" or "earlier than" a plan is how late, no date counted from another
    ("The line opened fourteen months later than first planned.", "fourteen months", "P14M", "exact", 14.0,
     "month"),
    ("The work ended two weeks earlier than expected.", "two weeks", "P2W", "exact", 2.0, "week"),
    ("The cuts will be phased in over two years.", "two years", "P2Y", "exact", 2.0, "year"),
    ("The mill will be modernised over four years.", "four years", "P4Y", "exact", 4.0, "year"),
    ("The airline is to be restructured over 18 months.", "18 months", "P18M", "exact", 18.0, "month"),
    ("The strike lasted over two weeks.", "over two weeks", "P2W", "more_than", 2.0, "week"),
    ("There they had twelve days to film.", "twelve days", "P12D", "exact", 12.0, "day"),
    ("The crew began a 12-day mission.", "12-day", "P12D", "exact", 12.0, "day"),
    ("The stay lasted a dozen days.", "a dozen days", "P12D", "exact", 12.0, "day"),
    ("The flight took half an hour.", "half an hour", "PT30M", "exact", 0.5, "hour"),
    ("The burn lasted half a minute.", "half a minute", "PT30S", "exact", 0.5, "minute"),
    ("The footage runs 90 minutes.", "90 minutes", "PT90M", "exact", 90.0, "minute"),
    ("The refit took two and a half years.", "two and a half years", "P2.5Y", "exact", 2.5, "year"),
    ("The refit took 1 1/2 years.", "1 1/2 years", "P1.5Y", "exact", 1.5, "year"),
    ("The talks dragged on for a week.", "a week", "P1W", "exact", 1.0, "week"),
    ("The case took a decade to resolve.", "a decade", "P10Y", "exact", 10.0, "year"),
    ("The feud lasted two decades.", "two decades", "P20Y", "exact", 20.0, "year"),
    ("He was away for a fortnight.", "a fortnight", "P2W", "exact", 2.0, "week"),
    ("She stayed for a year and a half.", "a year and a half", "P1.5Y", "exact", 1.5, "year"),
    ("They returned with thirty hours of material.", "thirty hours", "PT30H", "exact", 30.0, "hour"),
    ("The three-day flight ended on Friday.", "three-day", "P3D", "exact", 3.0, "day"),
    ("Unions called a 24-hour strike.", "24-hour", "PT24H", "exact", 24.0, "hour"),
    ("Shares hit a 52-week high.", "52-week", "P52W", "exact", 52.0, "week"),
    ("A yearlong inquiry found no fault.", "yearlong", "P1Y", "exact", 1.0, "year"),
    ("It was a three-year-long war.", "three-year-long", "P3Y", "exact", 3.0, "year"),
    ("He was sentenced to 15 years.", "15 years", "P15Y", "exact", 15.0, "year"),
    ("The 20-plus years of service ended.", "20-plus years", "P20Y", "at_least", 20.0, "year"),
    # TimeBank-style periods
    ("Sales for the past 12 months rose 5%.", "the past 12 months", "P12M", "exact", 12.0, "month"),
    ("In the first nine months, revenue climbed.", "the first nine months", "P9M", "exact", 9.0, "month"),
    ("Electric vehicle sales have slowed in the past year.", "the past year", "P1Y", "exact", 1.0, "year"),
    ("She lived abroad for the past decade.", "the past decade", "P10Y", "exact", 10.0, "year"),
    ("Rates will stay low over the next five years.", "the next five years", "P5Y", "exact", 5.0, "year"),
    ("In the past 24 hours, three people died.", "the past 24 hours", "PT24H", "exact", 24.0, "hour"),
    # composite lengths and race times
    ("The race took 2 hours, 1 minute and 9 seconds.", "2 hours, 1 minute and 9 seconds", "PT2H1M9S",
     "exact", 7269.0, "second"),
    ("He won in 2:05:41 on a cold morning.", "2:05:41", "PT2H5M41S", "exact", 7541.0, "second"),
    ("She finished in 2h 05min 41s.", "2h 05min 41s", "PT2H5M41S", "exact", 7541.0, "second"),
    ("The session lasted 1 hour 2 minutes.", "1 hour 2 minutes", "PT1H2M", "exact", 3720.0, "second"),
    ("He ran the mile in 3:43.13.", "3:43.13", "PT3M43.13S", "exact", 223.13, "second"),
    ("She won the 10,000m in 27:15.", "27:15", "PT27M15S", "exact", 1635.0, "second"),
    ("He hit the winning three with 1:12 left in overtime.", "1:12", "PT1M12S", "exact", 72.0, "second"),
    ("Lindqvist scored 7:12 into overtime.", "7:12", "PT7M12S", "exact", 432.0, "second"),
    ("The referee stopped the fight at 2:14 of the ninth round.", "2:14", "PT2M14S", "exact", 134.0, "second"),
    ("She was counted out at 1:05 of round three.", "1:05", "PT1M5S", "exact", 65.0, "second"),
    ("The goal came 2:41 into the second period.", "2:41", "PT2M41S", "exact", 161.0, "second"),
    ("He passed halfway in 1:02:31.", "1:02:31", "PT1H2M31S", "exact", 3751.0, "second"),
    ("The flight lasted 12 days and 20 hours.", "12 days and 20 hours", "P12DT20H", "exact", 308.0, "hour"),
    ("The yacht sailed round in 41 days, 6 hours and 35 minutes.", "41 days, 6 hours and 35 minutes",
     "P41DT6H35M", "exact", 59435.0, "minute"),
    ("- **Time:** 41d 6h 35m, a record for the route", "41d 6h 35m", "P41DT6H35M", "exact", 59435.0, "minute"),
    # qualifiers are part of the quote
    ("The crew trained for about three months.", "about three months", "P3M", "approximate", 3.0, "month"),
    ("Repairs take around 5 years.", "around 5 years", "P5Y", "approximate", 5.0, "year"),
    ("Footage covers roughly 35 minutes of the movie.", "roughly 35 minutes", "PT35M", "approximate", 35.0, "minute"),
    ("Rescue vessels took nearly two hours to arrive.", "nearly two hours", "PT2H", "approximate", 2.0, "hour"),
    ("The project took almost a year.", "almost a year", "P1Y", "approximate", 1.0, "year"),
    ("The search will go on for at least six months.", "at least six months", "P6M", "at_least", 6.0, "month"),
    ("Visas are valid for at most 4 days.", "at most 4 days", "P4D", "at_most", 4.0, "day"),
    ("It was the first recount in more than a decade.", "more than a decade", "P10Y", "more_than", 10.0, "year"),
    ("The captain has over 20 years of experience.", "over 20 years", "P20Y", "more_than", 20.0, "year"),
    ("It sank less than an hour before docking.", "less than an hour", "PT1H", "less_than", 1.0, "hour"),
    ("Delivery takes under two weeks.", "under two weeks", "P2W", "less_than", 2.0, "week"),
    ("Trials run up to 30 days.", "up to 30 days", "P30D", "at_most", 30.0, "day"),
    ("Savings should come within three years.", "within three years", "P3Y", "at_most", 3.0, "year"),
    ("The stay lasts a month or so.", "a month or so", "P1M", "approximate", 1.0, "month"),
    ("Treatment takes six weeks or more.", "six weeks or more", "P6W", "at_least", 6.0, "week"),
    # ranges
    ("Recovery takes two to three weeks.", "two to three weeks", "P2W/P3W", "range", 2.0, "week"),
    ("Repairs take between 10 and 12 days.", "between 10 and 12 days", "P10D/P12D", "range", 10.0, "day"),
    ("Repairs take 10-12 days.", "10-12 days", "P10D/P12D", "range", 10.0, "day"),
    ("Repairs take two or three days.", "two or three days", "P2D/P3D", "range", 2.0, "day"),
    ("The board will decide in a day or two.", "a day or two", "P1D/P2D", "range", 1.0, "day"),
    # vague amounts
    ("The trial lasts a few weeks.", "a few weeks", "PXW", "approximate", None, "week"),
    ("Talks went on for several months.", "several months", "PXM", "approximate", None, "month"),
    ("Talks went on for a couple of days.", "a couple of days", "P2D", "approximate", 2.0, "day"),
    ("The regulator has held up deals in recent years.", "recent years", "PXY", "approximate", None, "year"),
    ("The factory has been idle for years.", "years", "PXY", "approximate", None, "year"),
    ("Rates fell over the past several years.", "the past several years", "PXY", "approximate", None, "year"),
    ("The deal may be extended for three more years.", "three more years", "P3Y", "exact", 3.0, "year"),
    ("It follows five straight years of losses.", "five straight years", "P5Y", "exact", 5.0, "year"),
    ("The captain had more than 9,000 flying hours.", "more than 9,000 flying hours", "PT9000H", "more_than",
     9000.0, "hour"),
    ("She had logged 14,000 flight hours.", "14,000 flight hours", "PT14000H", "exact", 14000.0, "hour"),
    ("They spent two full days at sea.", "two full days", "P2D", "exact", 2.0, "day"),
    ("The month-long strike ended.", "month-long", "P1M", "exact", 1.0, "month"),
    ("The hour-long meeting ended.", "hour-long", "PT1H", "exact", 1.0, "hour"),
    ("Profit rose for three straight quarters.", "three straight quarters", "P9M", "exact", 9.0, "month"),
    ("It ended a decades-long feud.", "decades-long", "PXY", "approximate", None, "year"),
    ("It was the first recount in a century and a half.", "a century and a half", "P150Y", "exact",
     150.0, "year"),
    ("He died two days after the crash.", "two days", "P2D", "exact", 2.0, "day"),
    ("It has taken the yard a year and eight months to build it.", "a year and eight months", "P1Y8M", "exact",
     20.0, "month"),
    ("The climb took them an hour and twenty-five minutes.", "an hour and twenty-five minutes", "PT1H25M",
     "exact", 85.0, "minute"),
    ("The crossing takes three-quarters of an hour.", "three-quarters of an hour", "PT45M", "exact", 0.75, "hour"),
    ("It takes a quarter of an hour.", "a quarter of an hour", "PT15M", "exact", 0.25, "hour"),
    ("The rocket cleared the tower within seconds.", "seconds", "PTXS", "approximate", None, "second"),
]

TIMES = [
    ("- **Time of crash:** 11:40", "11:40", "T11:40", "exact"),
    ("Start time: 9:05", "9:05", "T09:05", "exact"),
    ("| Take-off | 07:42 local |", "07:42", "T07:42", "exact"),
    ("| Origin time (local) | 03:52:18 |", "03:52:18", "T03:52:18", "exact"),
    ("The rain started shortly after nine on Tuesday evening.", "shortly after nine", "T21:00", "more_than"),
    ("The polls close at ten on Thursday night.", "ten", "T22:00", "exact"),
    ("The ferry departed at 8:20 p.m.", "8:20 p.m.", "T20:20", "exact"),
    ("The launch is set for 3 p.m. on Tuesday.", "3 p.m.", "T15:00", "exact"),
    ("Doors open at 9.30am.", "9.30am", "T09:30", "exact"),
    ("The meeting starts at 14:30.", "14:30", "T14:30", "exact"),
    ("Liftoff is at 10:30 a.m. EDT.", "10:30 a.m. EDT", "T10:30", "exact"),
    ("The markets closed at 15:00 GMT.", "15:00 GMT", "T15:00", "exact"),
    ("Troops moved in at 0900 GMT.", "0900 GMT", "T09:00", "exact"),
    ("The ship docked at 10.42 GMT.", "10.42 GMT", "T10:42", "exact"),
    ("The helicopter reached the ledge at a quarter past six.", "a quarter past six", "T06:15", "exact"),
    ("The meeting began at half past ten in the evening.", "half past ten in the evening", "T22:30", "exact"),
    ("The main broke at about ten to six in the morning.", "about ten to six in the morning", "T05:50",
     "approximate"),
    ("The alarm rang at a quarter to nine.", "a quarter to nine", "T08:45", "exact"),
    ("The line went dead at seventeen minutes past three on Sunday morning.", "seventeen minutes past three",
     "T03:17", "exact"),
    ("The train left at 23 minutes to five in the afternoon.", "23 minutes to five in the afternoon", "T16:37",
     "exact"),
    ("The clock above the scoreboard says twelve minutes to eleven, and the crowd is still here.",
     "twelve minutes to eleven", "T10:48", "exact"),
    # the part of the day told elsewhere in the sentence
    ("The hail started at twenty to six on Tuesday evening.", "twenty to six", "T17:40", "exact"),
    ("At half past five on Monday morning the ship sailed.", "half past five", "T05:30", "exact"),
    ("The band finished at a quarter to midnight.", "a quarter to midnight", "T23:45", "exact"),
    ("The polls close at noon.", "noon", "T12:00", "exact"),
    ("The curfew starts at midnight.", "midnight", "T24:00", "exact"),
    ("The bells rang at 3 o'clock.", "3 o'clock", "T03:00", "exact"),
    ("The bells rang at 3 o'clock on Sunday afternoon.", "3 o'clock", "T15:00", "exact"),
    ("The fireball lit the sky shortly before ten o'clock on Saturday night.", "shortly before ten o'clock",
     "T22:00", "less_than"),
    ("The last tram left at ten o'clock at night.", "ten o'clock", "T22:00", "exact"),
    ("The alarm sounded at two o'clock in the night.", "two o'clock", "T02:00", "exact"),
    # an hour told by the part of the day alone
    ("The phone call came just after six in the morning on Saturday.", "just after six in the morning", "T06:00",
     "more_than"),
    ("He left at seven in the evening.", "seven in the evening", "T19:00", "exact"),
    ("They met at ten at night.", "ten at night", "T22:00", "exact"),
    ("The bells rang at twelve o'clock at night.", "twelve o'clock", "T24:00", "exact"),
    ("The show ended at half past eleven on Friday night.", "half past eleven", "T23:30", "exact"),
    ("The ship sank at a quarter past two on Saturday night.", "a quarter past two", "T02:15", "exact"),
    ("The ferry overturned at about 6:15 a.m.", "about 6:15 a.m.", "T06:15", "approximate"),
    ("He conceded shortly after 9 p.m.", "shortly after 9 p.m.", "T21:00", "more_than"),
]

# nothing temporal at all
NO_MATCH = [
    "The hall holds more than 1989 people.",
    "The score was twenty twelve at the break.",
    "They picked twenty fourteen-year-olds from the club.",
    "It happened in two thousand places.",
    "The 36-year-old actress has a three-year-old daughter.",
    "Peresild, aged 36, is 36 years old.",
    "Soyuz MS-19/65S docked with the station.",
    "Apollo 13 and Mission: Impossible 8 are films; the Boeing 737 and the A320 are planes.",
    "COVID-19 spread to the G7; the F-35 flew; the shop is open 24/7.",
    "12 Great New Movies to watch",
    "The 2,500 runners and 1500 people watched.",
    "The council voted ten to six; the shop is open from ten to six.",
    "About 2000 people died in 2000 metres of water.",
    "The population rose by 2000.",
    "The crowd was around 1500, police said.",
    "He swam in heat 2 in the morning session.",
    "Theresa May said the march was peaceful.",
    "He may go; the Arab Spring began; prices fall.",
    "The event recurs every two years, twice a year, once a week.",
    "The line runs 24 hours a day, seven days a week.",
    "Temperatures were in the 30s; he is in his 40s.",
    "Shares rose 2.5% to 1,998 yen.",
    "The Sunday Times said Black Friday sales were strong.",
    "In the first half, Messi scored twice. The team led in the third quarter.",
    "Revenue recently rose, and it is now higher.",
    "One day, he said, he would fly.",
    "the third quarter of the game was tense",
    "The team led at the end of the quarter, scoring 20 points.",
    "Three quarters of voters agreed; the French Quarter was calm.",
    "The newsletter comes every Friday, each March and every summer; every Christmas too.",
    "Joe Friday and Brian May met; the book was written by June Carter.",
    "Friday Night Lights aired; Saturday Night Live followed.",
    "Prices were $15 an hour, or 65 miles an hour.",
    "The fossils are 65 million years old.",
    "Room 2012 and Flight 1549 and No. 1999 and #2024 and $2024.",
    "",
]

# ages and recurrences are never durations
NOT_DURATION = [
    "Russian actress Yulia Peresild, 36, has a three-year-old daughter.",
    "The 60-year-old actor still wants to go into space.",
    "A two-month-old baby was rescued.",
    "Prices are $50,000 a year.",
    "Pills are taken three times a day.",
    "It happened about three months ago.",
    "They agreed to a second round of talks in a second city.",
    "The minister quit for a second time; one day he will return.",
    "Two weeks ago, the face of Scientology filmed a stunt.",
]


@pytest.mark.parametrize("text,published,quote,normalized,qualifier", DATES)
def test_dates(text, published, quote, normalized, qualifier):
    m = _span(text, published, quote)
    assert (m.kind, m.normalized, m.qualifier) == ("date", normalized, qualifier)
    assert m.value == m.normalized and m.unit is None


@pytest.mark.parametrize("text,quote,normalized,qualifier,value,unit", DURATIONS)
def test_durations(text, quote, normalized, qualifier, value, unit):
    m = _span(text, PUB, quote)
    assert (m.kind, m.normalized, m.qualifier) == ("duration", normalized, qualifier)
    if value is None:
        assert m.value is None
    else:
        assert m.value == pytest.approx(value)
    assert m.unit == unit
    assert m.resolved and not m.relative


@pytest.mark.parametrize("text,quote,normalized,qualifier", TIMES)
def test_times(text, quote, normalized, qualifier):
    m = _span(text, PUB, quote)
    assert (m.kind, m.normalized, m.qualifier) == ("time", normalized, qualifier)
    assert m.value == normalized[1:]


@pytest.mark.parametrize("text, quote, twelve_hour", [
    ("The helicopter reached the ledge at a quarter past six.", "a quarter past six", True),
    ("The hail started at twenty to six on Tuesday evening.", "twenty to six", False),
    ("The meeting began at half past ten in the evening.", "half past ten in the evening", False),
    ("The ferry departed at 8:20 p.m.", "8:20 p.m.", False),
    ("The bells rang at 3 o'clock.", "3 o'clock", True),
    ("The bells rang at nine o'clock in the evening.", "nine o'clock", False),
])
def test_a_time_told_in_words_without_a_part_of_the_day_may_be_am_or_pm(text, quote, twelve_hour):
    assert _span(text, PUB, quote).twelve_hour is twelve_hour


@pytest.mark.parametrize("text", [
    "The storm killed nine on Tuesday night.",
    "Shares fell by 3 on Tuesday afternoon.",
])
def test_a_count_before_a_day_and_its_part_is_no_time(text):
    assert not [m for m in find_temporal(text, "2025-02-05") if m.kind == "time"]


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(text):
    found = [(text[m.start:m.end], m.kind, m.normalized) for m in find_temporal(text, PUB)]
    assert found == []


@pytest.mark.parametrize("text", [
    "They cut the wait from 15 minutes to ten.",
    "Turn the wheel 20 minutes to one side of the dial.",
    "It sets the clock twelve minutes to eleven others.",
])
def test_minutes_to_a_number_is_no_time_of_day_unless_the_hour_ends_the_clause(text):
    assert [text[m.start:m.end] for m in find_temporal(text, PUB) if m.kind == "time"] == []


@pytest.mark.parametrize("text", NOT_DURATION)
def test_not_a_duration(text):
    found = [text[m.start:m.end] for m in find_temporal(text, PUB) if m.kind == "duration"]
    assert found == []


# ---------------------------------------------------------------------------------------------
# bounds: what each qualifier allows

DAY = 86400.0
MONTH = 365.2425 / 12 * DAY


def _days(iso):
    from datetime import date
    return float((date.fromisoformat(iso) - date(1970, 1, 1)).days)


@pytest.mark.parametrize("text,quote,low,high", [
    ("They spent 12 days in orbit.", "12 days", 12 * DAY, 12 * DAY),
    ("The crew trained for about three months.", "about three months", 2.55 * MONTH, 3.45 * MONTH),
    ("Rescue took nearly two hours.", "nearly two hours", 0.85 * 7200, 7200),
    ("It was the first in more than a decade.", "more than a decade", 10 * 12 * MONTH, 15 * 12 * MONTH),
    ("The search goes on for at least six months.", "at least six months", 6 * MONTH, math.inf),
    ("It sank less than an hour before docking.", "less than an hour", 0.0, 3600.0),
    ("Trials run up to 30 days.", "up to 30 days", 0.0, 30 * DAY),
    ("Repairs take between 10 and 12 days.", "between 10 and 12 days", 10 * DAY, 12 * DAY),
    ("He won in 2:05:41.", "2:05:41", 7541.0, 7541.0),
])
def test_duration_bounds(text, quote, low, high):
    m = _span(text, PUB, quote)
    assert m.low == pytest.approx(low)
    assert m.high == pytest.approx(high)


@pytest.mark.parametrize("text,published,quote,first,last", [
    ("The launch took place on October 5, 2021.", None, "October 5, 2021", "2021-10-05", "2021-10-05"),
    ("Shooting wrapped in October 2021.", None, "October 2021", "2021-10-01", "2021-10-31"),
    ("Growth returns in early 2025.", None, "early 2025", "2025-01-01", "2025-05-01"),
    ("By mid-March, it doubled.", "2024-05-01", "mid-March", "2024-03-11", "2024-03-20"),
    ("They met last week.", WIRE, "last week", "1998-02-16", "1998-02-22"),
    ("It rained over the weekend.", WIRE, "the weekend", "1998-02-21", "1998-02-22"),
    ("Net income rose in the third quarter of 2024.", None, "the third quarter of 2024", "2024-07-01", "2024-09-30"),
    ("The crew trained in fall 2021.", None, "fall 2021", "2021-09-01", "2021-11-30"),
    ("Earlier this year the company warned.", WIRE, "Earlier this year", "1998-01-01", "1998-02-26"),
    ("Prices were higher in the 1990s.", None, "the 1990s", "1990-01-01", "1999-12-31"),
    ("The war of 1939-45 ended.", None, "1939-45", "1939-01-01", "1945-12-31"),
    ("That was about three months ago now.", WIRE, "about three months ago", "1997-11-01", "1997-12-31"),
])
def test_date_bounds(text, published, quote, first, last):
    m = _span(text, published, quote)
    assert (m.low, m.high) == (_days(first), _days(last))


def test_unresolved_dates_have_no_bounds_and_say_so():
    text = "The company said Tuesday that sales rose in March and last year."
    matches = find_temporal(text, None)
    assert [(text[m.start:m.end], m.normalized, m.resolved, m.relative) for m in matches] == [
        ("Tuesday", "XXXX-WXX-2", False, True),
        ("March", "XXXX-03", False, False),
        ("last year", "last year", False, True),
    ]
    assert all(m.low is None and m.high is None for m in matches)


def test_relative_flag():
    text = "In 1961 he flew; three months ago she flew; on October 5 they flew."
    flags = {text[m.start:m.end]: m.relative for m in find_temporal(text, PUB)}
    assert flags == {"1961": False, "three months ago": True, "October 5": False}


def test_dates_outside_the_calendar_are_dropped_not_raised():
    text = "The rock formed 65 million years ago; Earth is 4.5 billion years old; 5,000 years ago."
    for published in (PUB, "0001-01-01", "9999-12-31", None):
        for m in find_temporal(text, published):
            assert m.kind == "date" and m.resolved is (published == PUB)


def test_random_token_soup_keeps_the_contract():
    rng = random.Random(11)
    tokens = ("the a an of and in to on last next this early late mid- past first third quarter "
              "half year years month months week weeks day days hour hours minutes seconds decade "
              "century ago later earlier before after now yesterday today tomorrow night weekend "
              "spring fall winter fiscal FY Q3 H1 Christmas Easter January Feb. March May Sept. "
              "Monday Friday's noon midnight o'clock p.m. GMT 1961 2021 2099 1000 0 12 31 29 "
              "2:05:41 3:43.13 14:30 25:99 0900 10/5/2021 2/30/2021 2021-02-30 1939-45 1990s "
              "'90s 20th about nearly more than at least up to between or - , . 's 1 1/2 half "
              "couple several dozen hundred twenty-five two 5,000 every aged old -long plus so").split()
    for _ in range(1500):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 20)))
        matches = find_temporal(text, rng.choice((None, PUB, "2024-02-29", "1998-12-31")))
        for a, b in zip(matches, matches[1:]):
            assert a.end <= b.start
        for m in matches:
            assert 0 <= m.start < m.end <= len(text)
            assert (m.low is None) == (m.high is None)
            assert m.low is None or m.low <= m.high
            assert m.resolved or m.low is None


def test_bad_published_date_is_ignored():
    m = find_temporal("They met last week.", "not a date")[0]
    assert not m.resolved and m.normalized == "last week"


# ---------------------------------------------------------------------------------------------
# the contract: spans, order, types

def test_spans_are_sorted_non_overlapping_and_quote_the_text():
    text = ("On Tuesday, Oct. 5, 2021, the Soyuz MS-19 crew began a 12-day mission, about three "
            "months after training began in 2021. The 36-year-old actress landed at 3 p.m. "
            "after 2:05:41 in the capsule; a year earlier, in fall 2020, nobody knew.")
    matches = find_temporal(text, "2021-10-06")
    assert matches and all(isinstance(m, TemporalMatch) for m in matches)
    for a, b in zip(matches, matches[1:]):
        assert a.end <= b.start
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert m.kind in ("date", "duration", "time")
        assert m.qualifier in ("exact", "approximate", "at_least", "at_most", "more_than",
                               "less_than", "range")
    quotes = [text[m.start:m.end] for m in matches]
    assert quotes == ["Tuesday, Oct. 5, 2021", "12-day", "about three months", "2021", "3 p.m.",
                      "2:05:41", "a year earlier", "fall 2020"]


def test_longest_reading_wins():
    text = "the third quarter of 2024, three months ago, October 5, 2021"
    quotes = [text[m.start:m.end] for m in find_temporal(text, PUB)]
    assert quotes == ["the third quarter of 2024", "three months ago", "October 5, 2021"]


def test_matches_are_frozen():
    m = find_temporal("12 days", None)[0]
    with pytest.raises(Exception):
        m.start = 3


# ---------------------------------------------------------------------------------------------
# speed: linear scanning, no catastrophic backtracking

def _random_text(size, seed=7):
    rng = random.Random(seed)
    words = ("the a of and in to said year years month day October May two three 12 2021 1961 "
             "people Tuesday week last next about more than ago later early past first quarter "
             "half summer fall 3:30 p.m. 10/5/2021 1990s").split()
    parts, n = [], 0
    while n < size:
        if rng.random() < 0.5:
            word = rng.choice(words)
        else:
            word = "".join(rng.choice(string.ascii_lowercase + string.digits)
                           for _ in range(rng.randint(1, 9)))
        parts.append(word)
        n += len(word) + 1
    return " ".join(parts)


ADVERSARIAL = {
    "digits and spaces": "".join(random.Random(1).choice("0123456789 ") for _ in range(100_000)),
    "a a a": "a " * 50_000,
    "nested hyphens": "twenty-five-" * 8_000 + "day",
    "hyphenated numbers": "-".join(["12"] * 30_000),
    "years": "1999 " * 20_000,
    "year ranges": "1999-2000-" * 10_000,
    "colons": "1:2:3:4:5:" * 10_000,
    "months": "October " * 12_000,
    "number words": "two and " * 10_000 + "days",
    "qualifiers": "more than about nearly " * 4_000 + "3 days",
    "dots": "1.2.3.4." * 12_000,
    "slashes": "1/2/3/4/" * 12_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_is_fast(name):
    start = time.process_time()
    find_temporal(ADVERSARIAL[name], PUB)
    assert time.process_time() - start < 1.0


def test_a_megabyte_of_random_words_and_digits_is_fast():
    text = _random_text(1_000_000)
    start = time.process_time()
    matches = find_temporal(text, PUB)
    assert time.process_time() - start < 3.0  # generous: about 0.5 s on a laptop
    assert matches


@pytest.mark.parametrize("text, published, quote, normalized", [
    # no tense word: the nearer of this year's and next year's
    ("Swearing-in: January 2", "2025-11-05", "January 2", "2026-01-02"),
    ("Regulatory record: a state penalty in August over inspections", "2025-10-20", "August", "2025-08"),
    # a list item does not take the tense of the line before it
    ("The numbers\n\n  Council: the Civic Alliance won 16 seats, enough for a majority\n  Swearing-in: January 2",
     "2025-11-05", "January 2", "2026-01-02"),
])
def test_a_date_without_a_year_or_a_tense_is_the_nearer_one(text, published, quote, normalized):
    assert _span(text, published, quote).normalized == normalized


@pytest.mark.parametrize("text, published, quote, normalized", [
    # the tense word of the date's own clause counts before a nearer one beyond a comma
    ("Corvel raised its quarterly dividend to 38 cents a share on Thursday, payable Sept. 15 to "
     "shareholders of record on Aug. 29, and held its outlook.", "2025-07-24", "Sept. 15", "2025-09-15"),
    ("Corvel raised its quarterly dividend to 38 cents a share on Thursday, payable Sept. 15 to "
     "shareholders of record on Aug. 29, and held its outlook.", "2025-07-24", "Aug. 29", "2025-08-29"),
    ("The film premiered on Dec. 10, critics said.", "2025-01-20", "Dec. 10", "2024-12-10"),
    # a day weeks after publication beside a past verb is the coming one, not last year's
    ("The council voted on Tuesday night, and the city has a budget for the year starting July 1.",
     "2025-06-19", "July 1", "2025-07-01"),
    ("The council voted on the plan on Aug. 30, members said.", "2025-06-19", "Aug. 30", "2024-08-30"),
    # a verb after the date in a clause of its own is not the date's
    ("Four libraries will close their doors for good on April 1 after councillors voted through the cuts.",
     "2025-02-13", "April 1", "2025-04-01"),
    # a participle after "remain" tells a state, not the past
    ("Trading will remain suspended at least until Monday, dealers said.", "1985-10-24", "Monday", "1985-10-28"),
])
def test_a_date_takes_the_tense_of_its_own_clause(text, published, quote, normalized):
    assert _span(text, published, quote).normalized == normalized


@pytest.mark.parametrize("text, quote, normalized", [
    ("The levy began on March 1 last year.", "March 1 last year", "2024-03-01"),
    ("The levy began on 1 March last year.", "1 March last year", "2024-03-01"),
    ("Sales fell in March last year.", "March last year", "2024-03"),
    ("The line will open in June next year.", "June next year", "2026-06"),
])
def test_a_day_or_month_with_its_year_told_relative_to_the_article_is_one_date(text, quote, normalized):
    assert _span(text, "2025-03-03", quote).normalized == normalized


@pytest.mark.parametrize("text, quote", [
    ("- Built: 1592, by the clockmaker Mathias Horn", "1592"),
    ("- Year founded: 1911", "1911"),
])
def test_a_year_under_a_label_that_dates_a_thing(text, quote):
    assert _span(text, PUB, quote).normalized == quote


def test_a_number_under_another_label_is_no_year():
    assert not [m for m in find_temporal("- Components: 1592", PUB) if m.kind == "date"]
