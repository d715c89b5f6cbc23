"""Turn one source into claims: every checkable number, date, duration and name, with evidence.

For each claim the extractor finds the value (normalized, with a range for qualifiers), then
reads its sentence for what the value is about: the attribute (from the rules' lexicons: the
word nearest the value in its clause) and the subject (the names in its clause; for ages the
person, looked for beside the age and, for "the 60-year-old actor", in the sentences before).
Numbers inside codes and titles ("MS-19", "Apollo 13", "12 Great New Movies") are not claims,
and neither is anything in boilerplate (sharing buttons, comment forms, author blurbs).
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields, replace as _replaced
from datetime import date as _date
from functools import lru_cache
from operator import attrgetter
from typing import Iterator, Optional

from . import names as names_module
from .dates import SECONDS_PER_YEAR, find_temporal
from .model import Claim, Source
from .numbers import (NUMBER_PATTERN, NUMBER_RE, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS,
                      VULGAR_FRACTIONS, format_number, parse_number, spoken_decimal)
from .rules import RuleSet
from .sources import BYLINE_SEPARATOR, header_line_date
from .text import FOLLOWING_WORD_REACH, LIST_MARK, Span, clauses, paragraphs, sentences, squash

MAX_SENTENCE = 2000  # longer "sentences" (tables, lists run together) are read in windows of this size
MARK_WINDOW = 80  # characters either side of a value searched for discriminator words
# the opening words of a sentence, where its grammatical subject stands
SENTENCE_HEAD_CHARS = 24
PRESENT_REFERENCE = re.compile(
    r"(?:today|now|currently|at present|so far|to date|this (?:week|month|year)|tonight)", re.IGNORECASE)
# what may stand between a value and the noun after it that names it
FOLLOWING_NOUN = re.compile(
    r"\s*(?:[-–]\s*)?(?:(?:in|of|worth|for)\s+)?"
    r"(?:(?!(?:and|or|but|were|was|are|is|had|have|has|been|to|the|a|an|that|which|who|as|than|on|from|against|"
    r"versus|vs)\b)[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE)
# "That blackout, which ...", "Those floods killed ...": a sentence that points back to the one before
BACK_REFERENCE = re.compile(r"(?:(?:On|At|In|During)\s+that\s+(?:occasion|time|day|night|point)\b|"
                            r"That|Those|(?:Of|Among)\s+(?:that|those))\s+(?!(?:is|was|were|are|means|meant|would|could|will|may|might|"
                            r"has|had|said|says)\b)[a-z][a-z-]+\b")
# "In November 2022, robbers took £450,000 ... Three men were later jailed": "later" carries on
# the earlier sentence's story, before any clause of the sentence's own
LATER_REFERENCE = re.compile(r"[^,;:()\n]{0,50}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+later\b")
# "The excavation took four years", "the debate lasted nine hours", "Maria's shift lasted eleven
# hours": the noun that took the time
TOOK_TIME = re.compile(r"\b(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+(?P<noun>[a-z]{4,})\s+(?:has\s+|had\s+|will\s+)?"
                       r"(?:took|takes|taken|lasted|lasts|spanned|spans|(?:runs?|ran|lasts?|lasted)\s+for)\s+$",
                       re.IGNORECASE)
QUANTITY_OF = re.compile(r"[ \t]+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Z][\w'-]*\s+)?"
                         # (past a word for its grade: "120 tonnes of heavy fuel oil" is fuel)
                         r"(?:(?:heavy|light|crude|refined|liquid|liquefied|toxic|hazardous|untreated|molten)\s+(?=[a-z]))?"
                         r"([a-z][a-z'-]{3,})\b")
# kinds of value a fact box's label names by its noun ("- **Investigation:** eight months"); a
# measure's label often says when or where instead ("- **Coldest night:** minus 12C")
LABELLED_KINDS = frozenset({"duration", "money"})
# "it took four hours to bring all of them back": what took the time is told after it
IT_TOOK = re.compile(r"\b(?:it|this|that)\s+(?:took|takes|had\s+taken|has\s+taken|will\s+take|would\s+take)\s+"
                     r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just|only)\s+)?$", re.IGNORECASE)
TOOK_TO_DO = re.compile(r"\s+(?:for\s+[\w-]+\s+)?to\s+([a-z]{3,})\b")
# "Bidding lasted 18 minutes": the sentence's opening noun took the time
TOOK_TIME_OPENING = re.compile(r"(?P<noun>[A-Z][a-z]{3,})\s+(?:has\s+|had\s+)?(?:took|takes|lasted|lasts|spanned|spans)\s+")
MULTIPLE_MEASURES = {"radius": "radius", "radii": "radius", "diameter": "radius", "size": "radius", "width": "radius",
                     "large": "radius", "big": "radius", "wide": "radius", "mass": "mass", "masses": "mass",
                     "massive": "mass", "heavy": "mass", "weight": "mass", "length": "length", "long": "length",
                     "height": "height", "tall": "height", "volume": "volume"}
_MEASURE = "|".join(sorted(MULTIPLE_MEASURES, key=len, reverse=True))
_BODY = r"(?P<ref>(?:the\s+)?[A-Z][\w-]*)"
_BODY_MEASURES = ("masses", "radii", "mass", "radius")
# each pattern with the sets of words it needs a word of each from (whole words of the text)
MULTIPLES = (
    (re.compile(rf"\b(?P<num>{NUMBER_PATTERN})\s+times\s+(?:the\s+)?(?P<what>{_MEASURE})\s+of\s+{_BODY}"),
     (frozenset({"times"}), frozenset(MULTIPLE_MEASURES), frozenset({"of"}))),
    (re.compile(rf"\b(?P<num>{NUMBER_PATTERN})\s+times\s+(?:as\s+)?(?P<what>{_MEASURE})(?:\s+as|\s+than)\s+{_BODY}"),
     (frozenset({"times"}), frozenset(MULTIPLE_MEASURES), frozenset({"as", "than"}))),
    (re.compile(rf"\b(?P<num>{NUMBER_PATTERN})\s+(?P<ref>Earth|Jupiter|Neptune|Saturn|solar|Sun)\s+"
                rf"(?P<what>{'|'.join(_BODY_MEASURES)})\b"), (frozenset(_BODY_MEASURES),)),
)
MULTIPLE_WORDS = frozenset({"times", "masses", "radii"})
MULTIPLE_TOPICS = {"radius": "size"}  # "1.6 times the radius of Earth" is the planet's size
# "circles the Sun once every 3.4 years": a period (the words before "every", read backwards from it)
ONCE_BEFORE = re.compile(r"(?:\bonce|\b(?:orbits?|circles|revolves|whips\s+around|goes\s+around|completes\s+an\s+orbit)"
                         r"\b[^.;!?]{0,40}?)\s+$", re.IGNORECASE)
# "trams will run every 7 minutes", "large quakes recur every 2,000 to 3,000 years": how often a
# thing comes round, the interval between one and the next
RECURS_BEFORE = re.compile(r"\b(?:runs?|running|ran|arrives?|arriving|departs?|departing|leaves?|leaving|calls?|"
                           r"services?|trams?|trains?|bus|buses|ferry|ferries|flights?|shuttles?|recurs?|recurring|"
                           r"recurred|occurs?|occurring|happens?|"
                           # a thing done on a schedule: "the price will be reviewed every 15 months",
                           # "| Price review | every 18 months |" (but not a term of office: "Elections are
                           # held every four years")
                           r"reviews?|reviewed|revised|revisions?|inspect(?:ed|ions?)|renew(?:ed|als?)|audit(?:ed|s)?|"
                           r"updated|serviced|collect(?:ed|ions?)|emptied)"
                           r"\b[^.;!?]{0,40}?\s+$", re.IGNORECASE)
EVERY_AMOUNT = re.compile(rf"every\s+(?P<amount>(?:{NUMBER_PATTERN})(?:\s*(?:to|-|–)\s*(?:{NUMBER_PATTERN}))?\s+"
                          rf"(?:years?|months?|weeks?|days?|hours?|minutes?))\b", re.IGNORECASE)
EVERY_REACH = 60  # characters before "every" that ONCE_BEFORE and RECURS_BEFORE read
EVERY_WORDS = frozenset({"every"})
EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
SPACING = "spacing"
INTERVAL = "interval"
COMPOUND_UNIT = re.compile(r"-(?:year|month|week|day|hour|minute|second)$", re.IGNORECASE)
COMPOUND_NOUN = re.compile(r"\s+([a-z][a-z-]{3,})\b")
# the words after a hyphenated count: "four-berth couchettes", "a 62,000-seat national stadium"
HYPHENATED_COUNT = re.compile(r"[\w.,]+-[a-z]+", re.IGNORECASE)
COMPOUND_HEAD_WORDS = re.compile(r"(?:\s+[a-z][a-z'’-]*){1,3}")
# words after a value that say how it ran, not what it is of: "266 hours straight", "three days running"
ADVERBS_AFTER_VALUE = frozenset({"straight", "running", "non-stop", "nonstop", "solid", "ago", "late", "early",
                                 "overdue", "altogether", "underground", "abroad", "aboard", "ashore", "offshore",
                                 "overseas", "indoors", "outdoors", "apart", "total",  # ("in total")
                                 # a verb the value is the subject of: "Four hundred and twelve days sounds long"
                                 "seems", "sounds", "looks", "feels", "remains", "means", "appears"})
FOLLOWING_WORD = re.compile(r"[\s-]+(?:(?:in|of|worth)\s+)?([a-z][a-z'-]{3,})\b")
BARE_COUNT_GAP = re.compile(
    r"\s+(?:(?:people|persons|others|more|of\s+whom|of\s+them|were|are|have\s+been|had\s+been|remain|remained|remains|"
    r"still|are\s+still|were\s+still|reported|listed\s+as|confirmed|had|have|has|in(?:\s+an?)?)\s+)*")
LINKING_VERB = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|hit|hits|jumped|increased|"
    r"was|is|now|put|raised|revised)\s+(?:to\s+|at\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+)?$",
    re.IGNORECASE)
INCREMENT = ":increase"  # suffix of the attribute of "three more bodies"
_TIME_OR_CODE_AFTER = re.compile(r"[-–/:.]\d|\s*(?:a\.m|p\.m|am\b|pm\b)"
                                 # (or the ordinal it opens: "on the twenty-sixth")
                                 r"|-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
SUPERLATIVE_AFTER = re.compile(r"\s+(?:(?:largest|biggest|smallest|busiest|richest|poorest|highest|lowest|oldest|"
                               r"newest|best|worst|fastest|slowest|longest|shortest|deadliest|most|least)\b)", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
PLACE_PHRASE_BEFORE = re.compile(r"\b(?:of|in|on|at|off|across|into|near|through)\s+(?:[a-z]+\s+){0,2}$")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|on|for|from|by|with|to|into|about|near|over)\s+(?:the\s+|a\s+|an\s+)?$",
                                re.IGNORECASE)
WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)  # "with apparel down 6%": the noun is the verb's
IN_PHRASE_BEFORE = re.compile(r"\b(?:of|in|at|on|for|from|by|with|into|near)\s+"
                              r"(?:(?!(?:and|or|but|while|when|as)\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# a wire dateline opening a paragraph: "GALATI, Romania, May 14 (Reuters) -", "HALSTON -"
_DATELINE_PLACE = r"(?m)^[ \t]*[A-Z][A-Z'’.\- ]{1,40}(?:,[ \t]*[A-Z][\w.'’\- ]{1,30}){0,2}"
_DATELINE_END = r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|–|—)[ \t]"
DATELINE = re.compile(rf"{_DATELINE_PLACE}(?:,[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})?{_DATELINE_END}")
# (a dateline that gives its day: "HOUSTON, March 10 -")
DATELINE_DAY = re.compile(rf"{_DATELINE_PLACE},[ \t]*(?P<month>[A-Z][a-z]{{2,8}})\.?[ \t]+(?P<day>\d{{1,2}}){_DATELINE_END}")
DATELINE_REACH = 1500  # a dispatch's dateline stands this near its top
# the common-noun subject opening a clause (after a wire dateline): "The median sale price of ..."
CLAUSE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][A-Z .,'’-]+\s+[-–—]+\s+)?(?:The|the|Its|its|Their|their)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    r"\s+(?:of|was|were|is|are|has|have|had|rose|fell|grew|climbed|dropped|slipped|increased|decreased|jumped)\b")
# the word right before the verb that carries a value: "sales rose 6.5%", "the SDP won 43 seats"
_VALUE_VERB = (
    r"\s+(?:(?:has|have|had|was|were|is|are|been|also|then|now|still|already|together)\s+)*"
    r"(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grows|grown|climbed|jumped|dropped|declined|"
    r"slipped|slid|gained|lost|increased|decreased|edged\s+(?:up|down)|surged|soared|plunged|tumbled|"
    r"won|took|stood|stands|reached|hit|totalled|totaled|came\s+to|amounted\s+to|was|were|is|are|"
    r"began|begins|started|starts|ended|ends|happened|occurred|opened|closed|took\s+place|"
    r"hold|holds|held|own|owns|owned|control|controls|controlled|"
    r"up|down)"  # "with apparel down 6%"
    r"(?:\s+(?:up|down|by|to|at|about|some|nearly|almost|around|more\s+than|less\s+than|over|under|just|"
    r"on|in|shortly\s+after|shortly\s+before|after|before))*\s+$")
# a text whose end _VALUE_VERB matches ends with one of the words written in the pattern, then
# white space (this set holds them all, and a few letter runs of its syntax besides)
_VALUE_VERB_WORDS = frozenset(re.findall(r"[a-z]+", _VALUE_VERB))
LOCAL_SUBJECT = re.compile(r"\b([A-Za-z][\w'’-]*)" + _VALUE_VERB)
# "the median price in Carver Township rose 9.4%": the noun before a place or a phrase
PHRASE_SUBJECT = re.compile(r"\b([a-z][a-z-]*)\s+(?:in|of|at|for|on|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+"
                            + _VALUE_VERB)
OPENING_PHRASE_SUBJECT = re.compile(r"[\s\"“‘']*([A-Z][a-z-]+)\s+(?:in|of|at|for|on|across)\s+(?:the\s+)?"
                                    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+" + _VALUE_VERB)
TOPIC_KINDS = ("percent", "money", "quantity", "time")  # kinds whose verb's noun keeps them apart
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "down from a peak of 11.4 percent": a level before
EARLIER_LEVEL = re.compile(r"\bfrom\s+(?:a|an|its|the|their)\s+(?:(?:recent|record|all-time)\s+)?"
                           r"(?:peak|high|low|level)\s+of\s+$", re.IGNORECASE)
# "Carbrook employed 58,000 hourly workers at the start of the decade": a figure of an earlier time
# the sentence names without a date
EARLIER_TIME = re.compile(r"\b(?:at\s+the\s+(?:start|beginning|turn)\s+of\s+the\s+(?:decade|century)|in\s+(?:its|their)\s+"
                          r"heyday|at\s+one\s+time|in\s+those\s+days|back\s+then)\b", re.IGNORECASE)
EARLIER_TIME_REACH = 60  # characters either side of the value
# "the state will raise its stake in the yard to 75 pct": the level a planned change will bring
# the figure to, not the level it stands at now
PLANNED_LEVEL = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+set\s+to|plans?\s+to|planned\s+to|intends?\s+to|"
    r"aims?\s+to|proposes?\s+to|proposed\s+to|(?:is|are)\s+due\s+to)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:raise|take|lift|increase|cut|reduce|lower|bring|boost|trim|push|hike|double|halve)\b[^.;:!?]{0,60}?"
    r"\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:[A-Z]{0,2}[$€£¥])?$", re.IGNORECASE)
TO_VALUE = re.compile(r"\s*\bto\s+(?:an?\s+|about\s+|around\s+)?[\d$€£¥]", re.IGNORECASE)
EVENT_DATE_BEFORE = re.compile(
    r"\b(?:built|constructed|founded|established|opened|completed|born|erected|inaugurated|formed|"
    r"designed|installed|commissioned|dedicated|incorporated|launched|began|introduced|"
    r"(?:put|placed|brought)\s+into\s+(?:service|operation|use)|entered\s+(?:service|operation))\s+(?:in|on)\s+$",
    re.IGNORECASE)
# "its worst result since the country's return to democracy in 1990": the year of the event
# a record is counted from, not the value's
SINCE_EVENT_IN = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}in\s+$", re.IGNORECASE)
# "employs 13,500 people and had 2023 revenue of 3.1 billion": a year before a noun with its own
# figure dates that figure, not one told before it
YEAR_OWN_FIGURE = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){1,2}(?:of|was|were|is|at|totalled|totaled|reached)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?:[A-Z]{0,2}[$€£¥]|dlrs\s+)?\d")
# before a value: a relative clause on the thing a sentence compares with ("was smaller than the
# largest titanosaurs from South America, which are thought to have reached up to 35 metres",
# "smaller than the Brennick Royal Infirmary, with 600 beds")
COMPARED_THING = re.compile(
    r"\bthan\s+(?:the|a|an|any|its|their|those|other|his|her)\b[^.;:()]{0,100}?,\s*(?:which|who|whose|with)\b[^.;:,()]{0,80}$",
    re.IGNORECASE)
# names of measuring scales, which name no subject
SCALE_AFTER = re.compile(r"[\s-]+scale\b", re.IGNORECASE)
SCALE_NAMES = frozenset({"celsius", "fahrenheit", "kelvin", "centigrade"})
# between a value and a later word: a span of time before or after another event
INTERVAL_TO_EVENT = re.compile(
    r",?\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|just|only|some|"
    r"barely|nearly|almost|about)\s+)+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?",
    re.IGNORECASE)
# between a value and a later date: the date is the point the value is compared with
# ("turnout was about 54%, well up on the last election four years ago")
# "up 18 per cent on the 349 items recorded in the 2023 count": what a change is measured from
CHANGE_BASE_AFTER = re.compile(r"\s+(?:on|from)\s+(?:the|a|an|its|their|last)\s+(?!day\b|week\b|month\b|year\b)")
COMPARED_WITH = re.compile(
    r"\b(?:(?:up|down|higher|lower|more|less|better|worse|ahead|behind)\s+(?:on|than|from)|compared\s+(?:with|to)|"
    r"(?:improvement|increase|rise|gain|jump|fall|drop|decline|decrease|swing)\s+(?:on|from|over)|"
    r"than|versus|vs\.?|against)\b", re.IGNORECASE)
# a turn to another subject within a sentence: an option named after it ("men's" or "women's")
# does not qualify values before it ("won the men's race in 2:05:41, while Mengesha took the
# women's race"); a lone mark ("but forecasters said") still covers the sentence
CONTRAST_BREAK = re.compile(r"\b(?:while|whereas|but|although|though)\b|;", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACE_RUN = re.compile(r"\s+")
AGE_WORDS = frozenset({"aged", "old"})
FROM_FIGURE = re.compile(r"\bfrom\s+(?:(?:dlrs|US|[A-Z]{3})?\s*[$£€¥]?\s*)?\d", re.IGNORECASE)
# a verb of loss before a headcount's noun counts the jobs lost ("will eliminate about 1,200 positions")
HEADCOUNT, JOB_LOSSES, CLOSING_PRICE = "employees", "layoffs", "closing_price"
# "The company has about 3,200 people": an employer's people are its staff
EMPLOYER_HAS = re.compile(r"\b(?:company|firm|group|business|start-?up|bank|maker|insurer|retailer|chain|carrier|"
                          r"airline|manufacturer|employer)\s+(?:now\s+|still\s+)?(?:has|had|have)\s+$", re.IGNORECASE)
JOB_LOSS_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed|sheds|shedding|ax(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"scrap(?:s|ped|ping)?|lay(?:s|ing)?\s+off|laid\s+off)\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"up\s+to|more\s+than|at\s+least|another|a\s+further)\s+)?$", re.IGNORECASE)
JOB_LOSS_LABEL = re.compile(r"\b(?:cut|cuts|eliminated|axed|shed|lost|losses|redundanc(?:y|ies)|to\s+go)\b",
                            re.IGNORECASE)
OF_LINK = re.compile(r"\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|"
                     r"at\s+least|just\s+over|just\s+under|up\s+to|only|just)\s+)?")
WHOLE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?", re.IGNORECASE)
RACE_TIME, MARGIN = "race_time", "margin"
LONGEST_RACE = 7 * 86400  # seconds: a longer duration is no race's time or margin
MINUTES_SECONDS = re.compile(r"(\d{1,2}):([0-5]\d)")
LONG_MINUTES_SECONDS = re.compile(r"(?<![\d:.,])(2[4-9]|[3-9]\d|1\d\d):([0-5]\d)(?![\d:]|\.\d)")
RACE_CLOCK_BEFORE = re.compile(r"\b(?:stopped\s+the\s+clock\s+at|clocked|clocking|in\s+a\s+time\s+of|"
                               r"finished\s+in|winning\s+time\s+of|won\s+in|time\s+of)\s+$", re.IGNORECASE)
# "Wrobel won in 47.01", "touched second in 52.88": seconds and hundredths a race result gives
# without a unit, after a verb of finishing
BARE_SECONDS = re.compile(
    r"\b(?:won|win|wins|winning|touched|touching|clocked|clocking|finished|finishing|timed|swam|swimming|"
    r"stopped\s+the\s+clock)\s+(?:(?:first|second|third|fourth|fifth|home|the\s+(?:race|final|wall))\s+)?"
    r"in\s+(?P<seconds>\d{1,2}\.\d\d)(?![\d:]|[.,]\d|\s*(?:%|s\b|sec|second|per\b|pct|percent|points|million|billion|"
    r"mln|bln|[km]m?\b|metres|meters|feet|ft|miles))", re.IGNORECASE)
# "reaching 30km in 1:29:43": a split, not the race's time
SPLIT_BEFORE = re.compile(r"\d\s*(?:km|kilometres|kilometers|k|miles?|m|metres|meters)\s+in\s+$", re.IGNORECASE)
TEMPERATURE_LABEL = re.compile(r"\btemperature\s*:\s*[-−–]?\s*$", re.IGNORECASE)
SPACED_METRES = re.compile(r"(?:\s*[.,;:)=]|\s+(?:on|in|at|by|and|or|above|below|high|deep|long|tall|wide|from|"
                           r"to|after|before|during|when|while|overnight|late|early)\b"
                           # a table's cell ends with it: "| 231.5 m |", blanked to spaces in the view
                           r"|[ \t]{2,}|[ \t]*(?:\n|$))")
# "averaged 101.37", "averaged a stunning 103.17", "averaged nearly ninety-eight": the figure a
# player (or a plant, a shop) averaged, a count of its own when no noun follows
AVERAGED_BEFORE = re.compile(r"\b(?:averag(?:ed|es|ing)|average\s+(?:was|is|of|(?:finished|ended)(?:\s+at)?|stood\s+at|came\s+in\s+at))"
                             r"\s+(?:an?\s+)?(?:(?:[a-z]+(?:-[a-z]+)?\s+)?(?:nearly|almost|about|"
                             r"around|over|under|just|only|more\s+than|less\s+than|just\s+over|just\s+under)\s+|"
                             r"(?:stunning|impressive|remarkable|superb|career-best|season-high|healthy|modest|mere|"
                             r"respectable|record|staggering|astonishing|solid)\s+)?$", re.IGNORECASE)
# "A 97.82 average wins most finals", "a 101.37 average in the final": the average itself, not an
# adjective before a noun ("12 average earnings")
AVERAGE_AFTER = re.compile(r"\s+average(?=[.,;:!?)]|\s+(?:in|on|at|for|from|and|but|over|across|that|which|this|"
                           r"last|wins?|won|was|is|were|against|with)\b)", re.IGNORECASE)
# points a player scores, not a margin ("12 points ahead"), a move ("fell 35 points to") or a score ("27 points to 24")
POINTS_SCORED = re.compile(r"\s+points\b(?!\s+(?:ahead|behind|clear|lower|higher|short|below|above|off|from|to|"
                           r"in\s+the\s+standings|lead|better|worse|per)\b)", re.IGNORECASE)
CURRENCY_BEFORE = re.compile(r"[$£€¥]\s*$|\b(?:dlrs|usd|eur|gbp)\s*$", re.IGNORECASE)
# "In 2021, ...", "Back in March 2019, ...", "Four years ago, ...": a date that opens a sentence
OPENING_DATE_BEFORE = re.compile(r"\W*(?P<in>(?:back\s+|also\s+)?(?:in|on|during|at\s+the\s+end\s+of)\s+)?(?:the\s+)?",
                                 re.IGNORECASE)
# from a noun to its value through a verb of reckoning: "damage was estimated at", "losses were put at"
ESTIMATED_AT = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?"
                          r"(?:estimated|valued|put|assessed|calculated|reckoned|projected)\s+at\s+")
# a second verb joined after a value: what follows it (and its own value) is another statement
ANOTHER_PREDICATE = re.compile(
    r"\band\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|had|has|have|was|were|is|are|made|sold|won|lost|paid|grew|"
    r"rose|fell|took|gave|got|saw|spent|built|cut|employs|produces|sells|makes|runs|ran|owns|operates|"
    r"expects|says|said)\b")
# ", and occupancy rose again in 2024": a clause with its own subject and verb, and its own date
ANOTHER_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+|its\s+|their\s+)?[a-z]+\s+(?:also\s+|then\s+|later\s+)?"
                            r"(?:[a-z]+ed|had|has|have|was|were|is|are|rose|fell|grew|took|won|lost|sold|made|ran)\b")
WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\s")  # "in 1979, when the roof gave way": that clause's date
OPENING_DATE_AFTER = re.compile(r"\s*[,:]")  # "In 2021, ...", a timeline's "2017: a valve failed"
OPENING_DATE_NO_COMMA = re.compile(r"\s+(?:the|a|an|it|he|she|they|we|[A-Z])")  # "In 2023 the telescope detected"
DISTANCE = "distance"
# "2 km from Halvek harbour", "five miles off the southern coast", "40 km outside Quito": how far
# from a place
FROM_PLACE = re.compile(r"\s+(?:away\s+)?(?:from|off|outside|short\s+of)\s+(?:the\s+|its\s+)?(?:[A-Z]|"
                        r"(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?\s+)?"
                        r"(?:coast|shore|harbou?r|port|city|town|village|border|capital|airport|summit|"
                        r"epicent(?:re|er)|scene|site|island|mainland|bay)\b)")
# "have raised 310,000 pounds for charity": pounds raised, paid or won are money, not weight
MONEY_VERB_BEFORE = re.compile(r"\b(?:raised?|raising|donated?|donating|paid|pay|pays|paying|earned?|earns|earning|won|wins|"
                               r"fined?|worth|spent|spend|collected|collects?|received?|receives|pocket(?:s|ed)?|"
                               r"t(?:akes|ook)\s+home|costs?|owed?|charged?)\s+(?:(?:about|nearly|almost|"
                               r"some|around|roughly|more\s+than|over|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)
PER_SHARE = re.compile(r"\s+(?:a|per|for\s+each)\s+(?:share|ordinary\s+share)\b", re.IGNORECASE)
RECENT_DAYS = 92  # a dated month this close before publication is the story's present, not its past
NEW_PREDICATE = re.compile(r",?\s+and\s+(?:is|was|are|were|has|had|have|will|would)\b|;"
                           r"|\s(?:or|and)\s+(?:had|has|have)\s+been\b")  # "were waiting or had been sent elsewhere"
# "reached 16 inches, far above the average, and forecasters expect more": the word opens a
# clause of its own
NEW_CLAUSE_OPENING = re.compile(r",\s+and\s+(?:the\s+|its\s+|their\s+)?$")
# "50.1 percent, a total that shifted by a few dozen from the original count": what the value moved from
# "215 mln dlrs, revising an earlier estimate": what the value replaced
CHANGED_FROM = re.compile(r"\b(?:from|revising|correcting|updating|replacing|superseding|raising|lowering|surpassing)\s+(?:(?:the|its|an?|their)\s+)?$",
                          re.IGNORECASE)
MEASURED_AGAINST = re.compile(r"\b(?:ahead\s+of|above|below|beat|beating|beats|topped|topping|tops|missed|missing|"
                              r"than|in\s+line\s+with|exceeding|exceeded|exceeds|short\s+of)"
                              r"\s+(?:(?:in|at|for|during|on)\s+(?:any|all|the)\s+|the\s+|analysts'\s+|market\s+|"
                              r"consensus\s+|its\s+own\s+|[a-z]+\s+)?$",
                              re.IGNORECASE)
# "fell 7.4% after the company's forecast came in below estimates": the cause told after the value
CAUSE_AFTER = re.compile(r"\b(?:after|because|as|since|when)\s+(?:the|its|their|his|her|a|an)\b")
# "joined for a fee of £12 million, then scored the decisive goal": what happened next
THEN_BREAK = re.compile(r",\s+(?:and\s+)?then\b")
# "a 6.5% stake, worth millions at Thursday's closing price": the price values the worth
WORTH_BREAK = re.compile(r",\s*(?:worth|valued\s+at)\b", re.IGNORECASE)
# unit abbreviations read after a number in words ("within a two km radius")
WORDED_ABBREVIATIONS = frozenset({"km", "cm", "mm", "kg", "ft", "lb", "mg", "ml", "mi"})
# a clause of its own before the value: "ahead of forecasts, and its gross margin climbed to 48.7%"
# (or a new thing said: "would be smaller than last year's, and said black pod had struck nearly a fifth")
NEW_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:(?:its|their|his|her|the|this|that)\s|"
                                r"(?:said|says|added|adds|told|warned|noted)\b)", re.IGNORECASE)
# "because the margin fell within the threshold set by law, cost $180,000": the word is the
# subordinate clause's, closed by the comma before the value
SUBORDINATE_OPENING = re.compile(r"\b(?:because|although|though|whereas)\b[^,;:]*$", re.IGNORECASE)
MILLIONS_OF = re.compile(r"\s+(?:[a-z]+\s+)?(?:people|customers|subscribers|users|viewers|listeners|readers|"
                         r"shares|households|homes|passengers|visitors|votes|voters|jobs|accounts|members|"
                         r"downloads|tickets|copies|units|vehicles|cars|barrels|residents|workers|employees|"
                         r"children|adults|patients|doses|tourists|fans|followers|tonnes|tons)\b")
YEAR_BEFORE_NOUN = re.compile(
    r"(?<![\w$£€.,-])(?P<year>(?:19|20)\d\d)"
    r"(?=\s+(?!(?:people|persons|men|women|children|workers|employees|staff|jobs|homes|houses|units|shares|votes|"
    r"tonnes|tons|kg|km|miles|metres|meters|feet|dollars|euros|pounds|points|residents|fans|troops|cases)\b)"
    r"(?:[a-z-]+\s+)?(?P<noun>season|election|strike|race|final|edition|championship|games|olympics|world\s+cup|"
    r"campaign|budget|sales|revenue|revenues|profit|profits|earnings|results|figures|turnover|output|report|"
    r"census|survey|flood|floods|earthquake|quake|fire|storm|hurricane|cyclone|crash|disaster|collapse|"
    r"outbreak|epidemic|pandemic|recall|merger|deal|bid|vote|referendum|film|record|crisis|war|attack)\b)",
    re.IGNORECASE)
# what may stand before such a year: an article or a possessive ("the 2016 strike"), or nothing
# when a company's figures follow at once ("had 1986 sales of 912 mln dlrs")
YEAR_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|this|that)\s+$", re.IGNORECASE)
YEAR_FIGURES = re.compile(r"\s+(?:sales|revenue|revenues|profit|profits|earnings|results|turnover|output|budget|"
                          r"figures)\b", re.IGNORECASE)
SUBJECT_REACH = 100  # how far a clause's opening noun names the value its verb leads to
_WORDS = re.compile(r"[\w'’-]+")
MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?<![\w.])[-−])$", re.IGNORECASE)
BELOW_ZERO_AFTER = re.compile(r"\s+below\s+(?:zero|freezing)\b", re.IGNORECASE)
# "eleven degrees below zero Fahrenheit": the scale named after the reading
DEGREES_BELOW_ZERO = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})\s+degrees?\s+below\s+zero\s+"
                                r"(?P<scale>fahrenheit|celsius)\b", re.IGNORECASE)
# "104 degrees" with no scale named; a scale after it is the units' business
BARE_DEGREES = re.compile(rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:\.\d+)?|{NUMBER_PATTERN})\s+degrees\b"
                          r"(?!\s*(?:celsius|fahrenheit|kelvin|[cfk]\b))", re.IGNORECASE)
# the scale an article that names none reads its bare degrees in: that of its other measures ("forty-five
# centimetres of snow ... minus nineteen degrees"); miles alone say nothing (British copy gives miles and Celsius)
METRIC_MEASURES = re.compile(r"\b(?:centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|met(?:re|er)s|cm|mm|km|"
                             r"kilograms?|kg|litres?|liters?|tonnes|hectares)\b", re.IGNORECASE)
IMPERIAL_MEASURES = re.compile(r"\b(?:inch(?:es)?|feet|foot|ft|yards?|gallons?|acres)\b", re.IGNORECASE)
NUMBER_OF_REACH = 80  # characters before a moved number where "the number of routes" is told
NUMBER_OF_MOVE = re.compile(r"\s+(?:from\s+[\d,.]+\s+)?(?:from|to)\s+(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)
# "passenger numbers rose 3.5 percent to", "visitor numbers fell from": a noun's numbers, moved
NOUN_NUMBERS = re.compile(r"\b([a-z]+)\s+numbers\b", re.IGNORECASE)
MOVED_BY_TO = re.compile(r"\s+(?:have\s+|had\s+|has\s+)?(?:rose|risen|rise|fell|fallen|fall|climbed|grew|grown|jumped|dropped|"
                         r"slipped|increased|decreased|declined)\s+(?:by\s+)?(?:[\d.,]+\s*(?:per\s*cent|percent|pct|%)\s+)?"
                         r"(?:from|to)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+)?", re.IGNORECASE)
MOVED_SUBJECT = re.compile(
    r"\s*(?:[A-Za-z]+\s+)?([a-z]+s)\b[^.;:\n]{0,80}?\s(?:rose|fell|climbed|dropped|jumped|increased|decreased|declined|"
    r"slipped|grew|were\s+cut|was\s+cut)\s+(?:by\s+[\d.,]+\s*(?:per\s*cent|percent|pct|%)\s+)?"
    r"(?:from\s+[\d,.]+(?:\s+[a-z]+){0,7}\s+)?(?:from|to)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+)?")
# what moves by its level, not its count ("Shares fell from 41 to 38")
NOT_MOVED_COUNTS = frozenset("shares prices rates yields temperatures levels stocks bonds futures odds points".split())
NUMBER_OF_NOUN = re.compile(r"\b(?:number|total|tally|count)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b", re.IGNORECASE)
# (a name's whole is the whole: "a third of Orsland's territorial waters" is of the waters)
# (a nation's adjective is no noun: "58 per cent of Ostrenian exports", "of French wine")
SHARE_OF_OPENING = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|all|this|that|those|these)\s+|[A-Z][\w-]*['’]s\s+)?"
                              r"(?:[A-Z][a-z]+(?:an|ish|ese|ch|i)\s+(?=[a-z]))?")
# words that end the whole's noun: "71% of its patients within 18 weeks" is of the patients
WHOLE_ENDING_WORDS = frozenset("""
within across during since after before over under per between among through without against towards
despite beyond inside outside
""".split())
GENERIC_WHOLES = frozenset({"people", "persons"})  # "90 percent of the people infected": of the infected
SHARE_WHOLE_WORD = re.compile(r" ?([a-z][a-z'’-]*[a-z](?:['’]s)?)\b")
ONE_UNIT_AND_A_FRACTION = re.compile(r"\b(?:a|an|one)\s+([a-z]+)\s+and\s+a\s+(half|quarter)\b", re.IGNORECASE)
# "drifted nearly a mile", "more than a kilometre": one unit, told with a qualifier (a bare "a
# foot" or "a pound" is seldom a measure)
QUALIFIED_ONE = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|over|under|more\s+than|less\s+than|"
                           r"just\s+over|just\s+under|barely|only)\s+(?P<a>an?)\s+$", re.IGNORECASE)
ONE_UNIT = re.compile(r"[a-z]{4,}\b(?!\s+and\s+a\b|-)", re.IGNORECASE)
AND_A_FRACTION = re.compile(r"\s+and\s+a\s+(half|quarter)\b", re.IGNORECASE)
AND_A_FRACTION_VALUES = {"half": 0.5, "quarter": 0.25}  # "two miles and a half", "a mile and a quarter"
AND_A_FRACTION_WORDS = frozenset(AND_A_FRACTION_VALUES)
# "five metres and seven centimetres", "16 feet 7½ inches", "four metres eighty-five", "6 ft 2":
# a length told in a unit and its smaller one is one length
SUB_UNIT_AFTER = re.compile(rf"(?:\s+(?P<and>and\s+)?)(?P<num>{NUMBER_PATTERN})(?:\s*(?P<unit>centimetres|centimeters|"
                            rf"centimetre|centimeter|cm|inches|inch|ins|in)\b(?!\s+(?:the|a|an|its|their|his|her)\b)|"
                            rf"(?P<mark>[\"″])|(?=\s*(?:[,.;:)!?]|\s+(?:and|but|at|on|in|to|for|with|tall|she|he|they|it)\b|$)))",
                            re.IGNORECASE)
SUB_UNITS = {"m": ({"centimetres", "centimeters", "centimetre", "centimeter", "cm"}, 100),
             "ft": ({"inches", "inch", "ins", "in", '"', "″"}, 12)}
RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(year|month|week|day)\b(?!['’])", re.IGNORECASE)
# a mass or volume "a year" is often a capacity that other sources give without the year
RATE_DIMENSIONS = frozenset({"length"})
CHANGE_DIMENSION = " change"  # a difference of temperatures is not a temperature
TEMPERATURE_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|climbed|climb|increased|increase|warmed|warming|jumped|fell|fallen|"
    r"dropped|cooled|cooling|declined|by|up|down)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|"
    r"some|more\s+than|over|at\s+least|an\s+average\s+of|on\s+average)\s+)?$", re.IGNORECASE)
TEMPERATURE_CHANGE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\)|\))?\s+(?:warmer|cooler|colder|hotter|higher|lower|above|below)\b",
                                      re.IGNORECASE)  # (past the other scale in brackets: "4.2C (7.6F) warmer")
TEMPERATURE_CUE = re.compile(r"\b(?:temperatures?|thermometers?|mercury|heat|highs?|lows?|hottest|coldest|"
                             r"warmest|coolest|hot|cold|warm|chill|freezing)\b", re.IGNORECASE)
# people an age is told of by their noun: "a woman, 81,", "the driver, 53,"
AGE_OF_NOUNS = frozenset("boy girl man woman child teenager youngster lad lass pensioner".split())  # "a boy of 14"
AGE_PERSON_NOUNS = frozenset("""
man woman boy girl child teenager mother father son daughter husband wife grandmother grandfather
driver passenger pedestrian cyclist pensioner resident patient victim worker miner pilot hiker
climber student nurse doctor farmer fisherman officer soldier tourist visitor
""".split())
PERCENT_WORDS = frozenset({"percent", "cent", "pct", "percentage", "basis", "bp", "bps"})
MINUTE_WORDS = frozenset({"minute", "minutes"})
# a name's possessive right before a value: "Tull's 40,918"
POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:about|around|some|nearly|almost|just)\s+)?")
# "her family would pay", "my rent went up by": a person's own circumstances, not the story's figure
PERSONAL_SUBJECT = re.compile(r"\b(?:my|our|her|his|their)\s+(?:own\s+)?(?:family|household|husband|wife|son|"
                              r"daughter|children|kids|parents|mother|father|rent|bills?|salary|wages?|pay|income|"
                              r"mortgage)\b", re.IGNORECASE)
# "Selkirk's closing price of 17-3/8 dlrs", "Brightpath's close of $22.46": the owner's figure
POSSESSIVE_NOUN_OF = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+of\s+"
                                r"(?:(?:about|around|some|nearly|almost|just|more\s+than|at\s+least)\s+)?")
# "won by 14 seconds": the value a gap
BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|just|nearly|almost|only|more\s+than|less\s+than)\s+)?$",
                       re.IGNORECASE)
# "defeating Tull by 388 votes": a word leading through "by" to a value
BY_AFTER_WORD = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+by\s+")
# "the rated maximum of 1,440 psi": a word leading through "of" to a value
OF_AFTER_WORD = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+of\s+")
# between a count's noun and its verb: "25 people [were] hospitalized", "12 miners [have been] rescued"
# a place or a participle after the counted noun describes them: "16 satellites on board",
# "three lines carrying power into the city"
LEADING_PREPOSITION = re.compile(r"(?:on|in|at|aboard|of|for|from|with|to|by|into|onto|under|over|[a-z]+ing)\b",
                                 re.IGNORECASE)
# (not "finished with 29 points and was voted MVP": a second verb of the sentence's subject)
NO_ONE_WORD = re.compile(r"\b(?:[Nn]one|[Nn]obody|[Nn]o\s+one|[Nn]either)\b")
NONE_OF_OPENING = re.compile(r"\s*(?:None|Nobody|No\s+one|Neither)\s+of\b")
NONE_OF_VERB = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?$")
NO_ONE_BEFORE = re.compile(r"\b(?:none|nobody|no\s+one)(?:\s+of\s+(?:them|the\s+[a-z]+))?\s+(?:was|were|is|are|"
                           r"had\s+been|has\s+been|have\s+been|got)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
PREDICATE_GAP = re.compile(r"(?!\s+(?:and|but|or)\s+(?:were|was|are|is|have|has|had|remain)\b)"
                           r"(?:\s+[a-z][a-z'’-]*){0,2}?\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|"
                           r"remain|remained|remains)(?:\s+(?:also|later|then|all|still|now|being))?\s+")
COMPOUND_SYNONYMS = {"storey": "floor", "story": "floor"}  # "a 19-storey block" has 19 floors
# words after a hyphen that size a group of people by the noun after them: "a 22-strong team"
PEOPLE_SIZE_WORDS = frozenset({"strong", "man", "woman", "member", "person"})
HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")
# words after a hyphen that measure rather than count ("a 12-day trip", "a 3-inch pipe")
HYPHEN_NOT_NOUNS = frozenset("""
year month week day hour minute second decade century time point percent per cent fold odd
inch foot feet yard mile metre meter kilometre kilometer acre lane way
star wheel wheeled sided piece part stage step shot gravity nil pronged dimensional legged
headed handed tier level speed door off
""".split())
MATCH_MINUTE_UNIT = "minute of play"
MATCH_EVENT = re.compile(r"\b(?:scored|scores|goal|goals|header|penalty|equali[sz]er|red\s+card|yellow\s+card|"
                         r"sent\s+off|free[\s-]kick|opener|booked|own\s+goal|(?:took|taken|take|takes|gave|give|gives)\s+"
                         r"(?:\w+\s+)?the\s+lead|hit\s+the\s+(?:post|bar|crossbar))\b", re.IGNORECASE)
MATCH_MINUTE = re.compile(r"\b(?P<num>\d{1,3})(?:st|nd|rd|th)[\s-]+minute\b", re.IGNORECASE)
SCORE_UNIT = "score"
RANK_UNIT = "rank"
GOLF_WORDS = frozenset({"par", "birdie", "birdies", "bogey", "bogeys", "eagle", "eagles"})
PAR_UNITS = ("under par", "over par")  # a golfer's score against par: "14 under par", "two over"
FLOOR_UNIT = "floor number"
FLOOR_WORDS = frozenset({"floor", "storey", "story"})
_MORE_ORDINALS = {"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                  "eighteenth": 18, "nineteenth": 19, "twentieth": 20}


def _ordinal(written: str) -> int:
    """ "ninth" -> 9, "11th" -> 11."""
    lowered = written.lower()
    return ORDINAL_WORDS.get(lowered) or _MORE_ORDINALS.get(lowered) or int(re.sub(r"\D", "", lowered) or 0)


NUMBER_SIGN_BEFORE = re.compile(r"\b(?:No|Nos|Nr)\.?\s?$")
RANK_MOVES = {"to": "rank reached", "from": "former rank"}
RANK_WORDS = frozenset({"ranked", "ranking", "rankings", "seed", "seeded", "world", "largest", "biggest",
                        "busiest", "richest", "highest", "deadliest", "tallest", "oldest", "longest",
                        "smallest", "lowest", "populous", "selling", "fastest"})
_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th)"
FLOOR_PATTERN = re.compile(rf"\b(?P<num>{_ORDINAL}|{'|'.join(_MORE_ORDINALS)})[\s-]+(?:floor|storey|story)\b",
                           re.IGNORECASE)
# which one of a contest's series an event fell in: "in the ninth round", "stopped in round nine",
# "on stage seven", "the 12th hole"; each series its own unit, so "ninth round" is no "12-round fight"
SERIES_UNITS = {noun: f"{noun} number" for noun in ("round", "stage", "lap", "game", "hole", "leg", "heat", "inning")}
SERIES_ORDINAL = re.compile(rf"\b(?P<num>{_ORDINAL}|{'|'.join(_MORE_ORDINALS)})[\s-]+(?:special\s+|final\s+|qualifying\s+)?"
                            r"(?P<noun>round|stage|lap|game|hole|leg|"
                            r"heat|inning)\b(?![\s-]+(?:of\s+(?:talks|negotiations|voting|bids|funding|cuts)|robin)\b)",
                            re.IGNORECASE)
SERIES_NUMBER = re.compile(r"\b(?:in|at|on|during|after|before|by|from|until|into|of)\s+(?:the\s+)?"
                           r"(?P<noun>[Rr]ound|[Ss]tage|[Ll]ap|[Gg]ame|[Hh]ole|[Ll]eg|[Hh]eat|[Ii]nning)\s+"
                           rf"(?P<num>\d{{1,3}}|{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))})\b(?![.,]\d|-)")
SERIES_WORDS = frozenset(SERIES_UNITS)
SERIES_NOUNS = {unit: noun for noun, unit in SERIES_UNITS.items()}
WHICH_ONE_UNITS = frozenset({FLOOR_UNIT, *SERIES_UNITS.values()})  # which one of a series, not how many
# "Kirkwall's 89th victory", "her fourth title of the week": how many so far, told by an ordinal
TALLY_UNIT = "tally"
TALLY_NOUNS = {"victory": "win", "win": "win", "title": "title", "crown": "title", "championship": "title",
               "gold": "gold", "medal": "medal", "goal": "goal", "appearance": "appearance", "cap": "cap",
               "edition": "edition", "anniversary": "anniversary", "flight": "flight", "launch": "flight",
               "mission": "flight", "spaceflight": "flight"}
# nouns of a tally that may take a word naming their sort: "the sixth cargo flight", "its fifth resupply
# mission", "the club's fourth league title"
SORTED_TALLY_NOUNS = ("flight", "launch", "mission", "title", "championship", "crown")
TALLY_PATTERN = re.compile(rf"\b(?P<num>{_ORDINAL}|{'|'.join(_MORE_ORDINALS)})[\s-]+(?:(?:consecutive|straight|successive)\s+)?"
                           rf"(?:[a-z]+\s+(?=(?:{'|'.join(SORTED_TALLY_NOUNS)})\b))?"
                           rf"(?P<noun>{'|'.join(TALLY_NOUNS)})\b(?!\s+(?:medal|medals|mine|standard|coast|reserves|prices?|price)\b)",
                           re.IGNORECASE)
# the letters of "89th", "171st", or an ordinal word: a text with none has no tally
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"}) | frozenset(ORDINAL_WORDS) | frozenset(_MORE_ORDINALS)
MONTH_WORDS = frozenset({"month", "months"})
TALLY_WORDS = frozenset(TALLY_NOUNS)
RANK_PATTERNS = (
    re.compile(r"\b(?:ranked|world|seeded|seed)\s+(?:No\.|number)\s?(?P<num>\d{1,3})\b", re.IGNORECASE),
    # "rise to No. 11 in the world", "lift her to No. 11 when the new rankings are published"
    re.compile(r"\b(?:to|at|from)\s+(?P<quote>No\.\s?(?P<num>\d{1,3}))\b(?=[^.;]{0,60}\b(?:world|rankings?|ranked)\b)"),
    re.compile(rf"\b(?P<num>{_ORDINAL})[\s-]+(?:ranked|seeded|seed)\b", re.IGNORECASE),
    re.compile(rf"\b(?:ranked|seeded)\s+(?P<num>{_ORDINAL})\b", re.IGNORECASE),
    # "Canada's third-largest gold producer", "the second-busiest airport"
    re.compile(rf"\b(?P<num>{_ORDINAL})[\s-]+(?:largest|biggest|busiest|richest|highest|deadliest|tallest|"
               rf"oldest|longest|smallest|lowest|most\s+populous|best-selling|fastest)\b", re.IGNORECASE),
)
SCORE = re.compile(r"(?<![\w.,/:-])(?P<a>\d{1,3})(?:\s?[-–]\s?|\s+to\s+)(?P<b>\d{1,3})(?![\w/:%-]|[.,]\d|\s?(?:per|%))")
# "won 7.5-6.5", "by 7½-6½": a result in half points (chess), told by the words around it
HALF_SCORE = re.compile(r"(?<![\w.,/:-])(?P<a>\d{1,2}(?:\.5|½)?)[-–](?P<b>\d{1,2}(?:\.5|½)?)(?![\w/:%-]|\.\d)")
_RESULT_WORDS = (r"won|win|wins|winning|beat|beats|beaten|defeat|defeats|defeated|victory|victories|lost|loses|"
                 r"losing|loss|draw|drew|drawn|voted|vote|votes|score|scored|scoreline|result|triumph|beating|"
                 r"thrashed|crushed|overcame|overcoming|smashed|smashing|hammered|hammering|thumped|thumping|"
                 r"trounced|trouncing|downed|downing|outclassed|outclassing|outplayed|outplaying|"
                 r"outscored|outscoring|whitewashed|"
                 r"thrashing|rout|routed|edged|lead|led|trailed|trailing|verdict|ruling|margin|tied|level|finished|ended|"
                 r"passed|cleared|approved|adopted|rejected|backed|outshot|outshoots|outshooting|majority|tally")
# the result's word, then up to two words ("beat them", "the final vote"), then the beaten name
# ("beating defending champion Kirsi Vaara 7-6", "beating Kirsi Vaara's Hollin team seven to six")
# or a comma ("The vote, 88-79, came after ...")
RESULT_BEFORE = re.compile(rf"\b(?:{_RESULT_WORDS})\b(?:\s+(?!\d)\w+){{0,2}}"
                           rf"(?:\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}(?:\s+(?:team|side|rink|squad|crew))?)?"
                           rf"[,:]?\s+(?:an?\s+|by\s+|of\s+)?$", re.IGNORECASE)
RESULT_REACH = 60  # characters before a result that RESULT_BEFORE reads
NOT_A_SCORE_AFTER = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|times|days|weeks|months|years|"
                               r"hours|minutes|seconds)\b")
# (or where a side stood: "came from 6-2 down", "went 3-1 up")
RESULT_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:{_RESULT_WORDS})\b|\s+(?:down|up|ahead|behind)\b", re.IGNORECASE)
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s*\(\d{1,2}\))?"
SET_SCORES = re.compile(rf"(?<![\w.,/:-]){_SET}(?:,\s*{_SET}){{1,4}}(?![\w/:%-]|\.\d)")
# (or sets, games, frames: "three sets to two" is a 3-2 result)
_SCORED_UNITS = r"points?|goals?|sets?|games?|frames?"
POINTS_SCORE = re.compile(rf"(?<![\w.,])(?P<a>\d{{1,3}})\s+(?:{_SCORED_UNITS})\s+to\s+(?P<b>\d{{1,3}})\b"
                          rf"(?![.,]\d|\s*(?:%|per|(?:{_SCORED_UNITS})\b))")
SCORE_WORDS = {**UNITS_WORDS, "nil": 0, "nothing": 0}  # "won three-nil"


def _words_to_ninety_nine(joint: str, least: int) -> str:
    """An alternation of the numbers in words from `least` to ninety-nine, a tens word joined to
    its unit by `joint` ("fifty-eight"), longer words first."""
    units = "|".join(w for w in UNITS_WORDS if 0 < UNITS_WORDS[w] < 10)
    small = "|".join(sorted((w for w in UNITS_WORDS if UNITS_WORDS[w] >= least), key=len, reverse=True))
    return rf"(?:{'|'.join(TENS_WORDS)})(?:{joint}(?:{units}))?|{small}"


# (a side's tally in words, up to ninety-nine: "beaten fifty-eight to fifty-five")
_SCORE_WORD = _words_to_ninety_nine("-", 1)
WORD_SCORE = re.compile(rf"\b(?P<a>{_SCORE_WORD})"
                        r"(?:\s+to\s+|[-–]|\s+(?P<votes>votes?|goals?|points?|sets?|games?|frames?)\s+to\s+)"
                        r"(?P<b>[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)  # (the second side is read in _scores)
SCORE_WORD = re.compile(_SCORE_WORD, re.IGNORECASE)
# "passed by 218 votes to 201", "cleared the assembly by 218 to 199": a division's result in digits
VOTE_SCORE = re.compile(r"(?<![\w.,])(?P<a>\d{1,3})\s+votes?\s+to\s+(?P<b>\d{1,3})\b(?![.,]\d|\s*(?:%|per))",
                        re.IGNORECASE)
# "27 in favour, 14 against", "twenty-seven votes to fourteen": a division told by its two sides
# (the numbers may be words; a division's sides are whole numbers of up to four digits)
_VOTE_SIDE = rf"(?:{NUMBER_PATTERN})"
VOTES_FOR_AGAINST = re.compile(rf"(?<![\w.,])(?P<a>{_VOTE_SIDE})\s+(?:votes?\s+)?(?:were\s+)?(?:in\s+favou?r|for)"
                               rf"(?:\s*,\s*|\s+(?:and|with|to)\s+|\s+)(?P<b>{_VOTE_SIDE})\s+(?:votes?\s+)?(?:were\s+)?against\b",
                               re.IGNORECASE)
AGAINST_WORDS, VOTE_WORDS = frozenset({"against"}), frozenset({"votes", "vote"})
WORD_VOTE_SCORE = re.compile(rf"(?<![\w.,])(?P<a>{_VOTE_SIDE})\s+votes?\s+to\s+(?P<b>{_VOTE_SIDE})\b(?![.,]\d|\s*(?:%|per))",
                             re.IGNORECASE)
BY_DIVISION = re.compile(r"(?<=\bby )(?P<a>\d{2,3})\s+(?:to|[-–])\s+(?P<b>\d{2,3})\b(?![.,]\d|\s*(?:%|per)|\s+[a-z])")
# (a club's name may end in its letters: "Brennfjord HK 29 - 27 Vallsund IL")
TEAM_BEFORE = re.compile(r"[A-Z][\w'’.]*[a-z](?:\s+[A-Z]{2,3})?\s+$")
TEAM_AFTER = re.compile(r"\s+[A-Z][a-z][\w'’.]*")
FROM_AFTER = re.compile(r"\s+from\b", re.IGNORECASE)
MOVED_FROM = re.compile(r"\s+from\s+(?:an?\s+|about\s+|around\s+)?", re.IGNORECASE)  # "down from 90.2 per cent"
LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)  # "rose to 4.3%", "stands at 4.1%"
_COUNT_TAIL_WORD = re.compile(r"\s+([A-Z]{2,5}s(?![\w'’-])|[A-Za-z][a-z'’-]*|\d[\d,.]*)")
# the plural of an abbreviation, a noun like any other: "Twelve MPs abstained", "40 CEOs"
ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,5}s")
_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|extra|another)\b")
# a quantity's dimension hints at its attribute even with no lexicon word ("grew to 29,650 acres")
DIMENSION_ATTRIBUTES = {"area": "area", "length": "distance", "mass": "weight", "speed": "speed"}
DIMENSION_PRIMARY = {"magnitude": "magnitude", "temperature": "temperature", "area": "area",
                     "pressure": "pressure", "temperature change": "noun:temperature change",
                     **{f"length per {period}": f"noun:length per {period}" for period in ("year", "month", "week", "day")}}
# attributes that measure one dimension only: "minus 71 degrees at altitude" is no height
ATTRIBUTE_DIMENSIONS = {"distance": "length", "height": "length", "width": "length", "span": "length", "depth": "length", "speed": "speed", "speed_limit": "speed", "gusts": "speed",
                        "weight": "mass", "area": "area", "temperature": "temperature", "magnitude": "magnitude",
                        "range": "length", "pressure": "pressure", "oil_output": "oil flow", "output_cut": "oil flow"}
# approximate words that fall short of the figure (durations read them the same way, in dates)
SHORT_OF_WORDS = frozenset({"nearly", "almost", "close to", "just under", "not quite", "just shy of",
                            "a little under"})
# a scale told with a fraction in words: "one and a quarter billion", "two and a half million"
SCALED_FRACTION = re.compile(r"\band\s+(?P<fraction>a\s+half|a\s+quarter|three[\s-]quarters?)\s+(?P<scale>[a-z]+)",
                             re.IGNORECASE)
ROUNDED_FROM = 1000  # whole numbers from here on with trailing zeros read as rounded
ROUNDING = 0.49  # of the last significant unit of a whole number: 14 and 15 never overlap
ROUNDED_SHARE = 0.25  # of the last non-zero unit of a round figure from ROUNDED_FROM on
# a duration in months or years is a calendar approximation: two months is 54 to 67 days
CALENDAR_TOLERANCE = {"month": 0.1, "year": 0.03}
COUNT_NOUNS_COLLECTIVE = frozenset("""
people children men women staff police personnel crew cattle sheep fish aircraft deer youth
military infantry livestock clergy offspring geese mice oxen teeth
""".split())
# "the 39-kilometre mark": a point along the way, not a thing the compound measures
POSITION_NOUNS = frozenset("mark marker point post".split())
# nouns that end like an adverb: "110 days of supply"
LY_NOUNS = frozenset("supply supplies family assembly rally anomaly monopoly jelly belly ally reply".split())
# words after a value that compare it or place it, not name what it measures ("41% above the
# average", "14 seconds ahead of", "15 seconds clear")
RELATION_WORDS = frozenset("""
above below ahead behind clear over under higher lower more less fewer before after later earlier
longer shorter faster slower quicker apiece each down back away off across beyond against versus
compared quarter year month week day goes went comes came gets got stays remains rather instead
""".split())
# the words from a counted noun to a participle of what they do beside it: "soldiers are now in the area, "
SIDE_ACTION_GAP = re.compile(r"[^.;:!?]*,\s*")
SIDE_DESCRIPTION_GAP = re.compile(
    r"\s*,\s*(?:(?:most|many|some|all|half|none|several|a\s+few|[a-z]+)\s+of\s+(?:them|whom)|including|among\s+them|"
    r"mostly|mainly|chiefly|largely)\b[^.;:!?,]*", re.IGNORECASE)
APPOSED_PART = re.compile(r"[\w.,-]+\s+of\s+(?:them|whom)\b", re.IGNORECASE)
APPOSITION_END = re.compile(r"[,.;:!?\n]")
PART_OF = re.compile(r"[\w,.-]+\s+of\s+(?:the|its|their|them|whom)\b", re.IGNORECASE)
# "About 268,000 of the recalled vehicles", "Of those, 251,000 are sedans": a part of a group
# (not "47 of its stores", the company's own, nor "224 of the assembly's 431 seats", the whole told)
_WHOLE_TOLD = "|".join(sorted({*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "million"}, key=len, reverse=True))
# "112 of its 480 branches", "six of the train's eight carriages": a part, then the whole it is of
WHOLE_TOLD_AFTER = re.compile(rf"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’]+['’]s\s+)?"
                              rf"(?:\d|(?:{_WHOLE_TOLD})\b)", re.IGNORECASE)
PART_REACH = 40  # characters before a whole where PART_TOLD_BEFORE looks for its part (and " of " first)
PART_TOLD_BEFORE = re.compile(rf"(?:\d|\b(?:{_WHOLE_TOLD}))\s+of\s+(?:(?:the|its|their|his|her)\s+)?"
                              rf"(?:[\w'’]+['’]s\s+)?$", re.IGNORECASE)
GAPPED_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwhereas)\s+(?:the\s+)?$", re.IGNORECASE)
# "4% next year", "2.1% the previous month": words placing a value in time, no noun it qualifies
TIME_PLACING_WORDS = frozenset("next previous following coming past prior".split())
# "letters of objection", "messages of support": what the letters carry is what is counted
CARRIER_NOUNS = frozenset("letters messages emails e-mails submissions representations responses cards".split())
CARRIED_OF = re.compile(r"\s+of\s+(?P<noun>objection|complaint|support|protest|condolence|concern)\b", re.IGNORECASE)
# "ten smaller fields", "three other plants": some of a kind, told apart from the rest
SOME_OF_KIND = re.compile(r"\s(?:smaller|larger|bigger|older|younger|newer|other|remaining|additional|further)\s+[a-z]", re.IGNORECASE)
PARENT_OF_BEFORE = re.compile(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent|dad|mum|mom)\s+of\s+$",
                              re.IGNORECASE)
PART_OF_GROUP = re.compile(r"(?:about|some|around|nearly|almost|roughly|more\s+than|at\s+least\s+)?\s*[\w,.-]+"
                           r"(?:\s+(?:million|thousand|mln))?\s+of\s+(?:the|those|these|them)\s+"
                           rf"(?!.*(?:\d|\b(?:{_WHOLE_TOLD})\b))", re.IGNORECASE | re.DOTALL)
# "€8 million of it came from the European Union", "$2 million of the total": a part of a sum
# told elsewhere (not "11 million euros, of which 3 million ...": the whole)
SUM_PART_AFTER = re.compile(r"\s+of\s+(?:it|that|this|the\s+(?:total|sum|budget|amount|money|funding|cost))\b",
                            re.IGNORECASE)
CAP_OF_MANY = re.compile(r"\b[a-z]+(?<!s)s\s+of\s+$")  # "rises of" before "up to 11.4 pct" (not "loss of")
ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
# "the other three crew", "the remaining 40 residents": what is left of a group once some are told
REMAINDER_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
# "the seven branches that remain open", "the 40 staff who are left": likewise
REMAINDER_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?:will\s+)?(?:remain|remains|stay|are\s+left|were\s+left|"
                             r"survive|are\s+still\s+open)\b", re.IGNORECASE)
OF_THOSE_OPENING = re.compile(r"(?:Of\s+(?:those|these|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s*,\s*)", re.IGNORECASE)
GROUP_ADJECTIVES = frozenset("injured dead wounded missing displaced evacuated rescued unemployed homeless".split())
NOT_COUNT_NOUNS = frozenset("""
years year months month weeks week days day hours hour minutes minute seconds second decades
decade centuries century times percent per cent pct am pm gmt utc bst est edt pst
dollars euros pounds yen dlrs dlr francs rupees yuan points point
""".split())
# nouns that say little by themselves: "12 people" killed, injured or rescued is told by the verb
# nouns for people: one class whatever the word ("251 passengers" and "251 people" are one count)
PERSON_NOUNS = frozenset("""
people persons men women children adults residents individuals others passengers villagers
civilians locals pedestrians occupants families households patients soldiers troops
firefighters officers rescuers workers miners students tourists migrants refugees fans
spectators protesters demonstrators victims pilgrims travellers travelers
members staff employees runners athletes players visitors guests inmates prisoners pilots
attendants nurses doctors teachers drivers farmers fishermen engineers journalists volunteers
delegates voters customers users subscribers shareholders investors lawmakers judges jurors
inhabitants colleagues co-workers coworkers suspects teenagers youths boys girls hostages detainees
""".split())
# people named by their ship's lexicon word: "22 seafarers" counts the crew (not a noun the verb
# tells, as "22 people" is), yet they are people, as "three crew members" are
CREW_NOUNS = frozenset({"seafarers", "sailors", "mariners", "crewmen", "crewmembers"})
# nouns for people by their ending: "journalists", "technicians", "festival-goers", "craftspeople"
PERSON_NOUN_ENDINGS = ("ists", "ians", "goers", "people")
GENERIC_COUNT_NOUNS = PERSON_NOUNS | frozenset("""
votes ballots homes houses buildings structures dwellings properties flights
animals customers
""".split())
# "a one-off payment of ", "the cost of ": a noun whose size the value after "of" is
# "after a debate lasting 11 hours": the thing that lasted
NOUN_LASTING = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+([a-z][a-z-]{2,})\s+(?:lasting|that\s+lasted|which\s+lasted)\s+$")
NOUN_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,2}?([a-z][a-z-]{2,})\s+of\s+$")
# nouns before "of" that name no attribute: "a total of", "a figure of", "a range of"
VAGUE_OF_NOUNS = frozenset("""
total sum figure amount number value estimate range tally count average maximum minimum level
peak high low record part share fraction half majority minority group series set couple pair
lot handful dozen score rate pace
""".split())
REPORTING_VERB = re.compile(
    r"[\s,]+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|argued|argues|"
    r"claimed|claims|stated|states|announced|announces|explained|insisted|warned|according)\b")
# "Kessel Peak says its own gondola ...", "Gulfstar said that its stake ...": what was said is the speaker's own
OWN_AFTER_SAID = re.compile(r"\s+(?:that\s+)?(?:its|their)\s", re.IGNORECASE)
# ", speaking at a packed briefing,", ", asked about the cost,": what the speaker was doing
# ", of the Steel and Metal Workers' Union,": whom the speaker speaks for
SPEAKER_ASIDE = re.compile(r"\s*,\s*(?:(?:[a-z]+ing|asked|quoted|interviewed)\b|(?P<affiliation>of\s+(?:the\s+)?[A-Z]))"
                           r"[^,;:()\d]{0,80},(?=\s*[a-z])")
WITH_GAP = re.compile(r"\s+with\s+", re.IGNORECASE)  # from a verb to what it ended with: "finished with "
PRONOUN_AFTER = re.compile(r"\s+(?:he|she|they)\b")  # (as written: "at Lake Merrin he")
BROKEN_RECORD_BEFORE = re.compile(
    r"\b(?:eras(?:e|es|ed|ing)|br(?:eak|eaks|oke|oken|eaking)|beat(?:s|en|ing)?|better(?:s|ed|ing)?|"
    r"smash(?:es|ed|ing)?|eclips(?:e|es|ed|ing)|off)\s+(?:[\w'’.-]+\s+){0,4}?record\s+(?:time\s+)?(?:of\s+)?$",
    re.IGNORECASE)
# a record and who holds it: "7:54:03 set by Italy's Matteo Carraro", "2:03:11, held by Kamau"
SET_BY_AFTER = re.compile(r",?\s+(?:(?:that|which)\s+(?:was\s+|had\s+been\s+)?)?(?:set|held|established)\s+by\s+"
                          r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?")
WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# a sentence opening on a superlative with its noun left out: "The largest was magnitude 5.6",
# "The largest, of magnitude M5.6, occurred at 06:31"
ELIDED_SUPERLATIVE = re.compile(
    r"(?:the|its|their)\s+(?:largest|biggest|strongest|heaviest|highest|deepest|worst|deadliest|longest|"
    r"most\s+powerful|most\s+serious)\s*(?:,|was\b|were\b|came\b|struck\b|occurred\b|measured\b|hit\b|reached\b)",
    re.IGNORECASE)
# "had the champion up by three rounds", "trailing, down by two goals": how far ahead, not how many
UP_OR_DOWN_BY = re.compile(r"\b(?:up|down)\s+by\s+$", re.IGNORECASE)
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+$", re.IGNORECASE)
RELATIVE_OPENING = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)
PARTICIPLE_ASIDE = re.compile(r"\s*(?:[a-z]+ed|won|set|built|held|made|taken|sold|given|run)\s+(?:by|in|on|at|during)\b")
RELATIVE_HANG = re.compile(r",\s*(?:(?:which|who|whose)\b[^,;:()]{0,40}|"
                           # "Arbel Cloud, the data-storage company that priced its IPO at $31"
                           r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|group|maker|"
                           r"[a-z]+er|[a-z]+or|[a-z]+ist)\s+(?:that|which|who|whose)\b[^,;:()]{0,40})",
                           re.IGNORECASE)
LEAD_WORDS = 3  # a name opening its clause within this many words is the clause's subject
# a name right after a word opening a clause of its own: "when Tamsin's Dream galloped clear"
SUBORDINATE_BEFORE = re.compile(r"\b(?:when|as|after|while|before|because|since)\s+$", re.IGNORECASE)
# ", winning by six lengths", ", finishing in 2:05:58": a clause whose subject is the sentence's
PARTICIPLE_OPENING = re.compile(r"\s*,\s*(?:[a-z]+ing)\b(?!\s+(?:to|that|of)\b)")
COUNT_LINKERS = (r"(?:more|other|additional|further|new|extra|of\s+the|of\s+its|of\s+their|of\s+them|of\s+whom|"
                 # "seven of nine counts": the part, of a whole written as a number
                 r"of(?=\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)))")
PREPOSITIONS = frozenset("from of in at with for on to by near outside inside into about after before".split())
PRONOUN_SUBJECTS = re.compile(
    r"^\W*(?:(?:today|now|then|also|so|and|but|yet|still)\W+)?"
    r"(?:he|she|they|it|his|her|their|its|the\s+(?:\d+|[a-z]+)-year-old)\b", re.IGNORECASE)
# every number NUMBER_PATTERN finds starts with a digit or the first letter of a number word
# ("a dozen", "half a"): a lookahead on that character lets a scan pass other positions at once
_NUMBER_START = "(?=[\\d" + "".join(sorted({w[0] for w in (*UNITS_WORDS, *TENS_WORDS, "a", "an", "half")})) + "])"
# "The challenger, aged 22,", "the Irish swimmer, aged 19,": a person the sentence before named
THE_ROLE_AGED = re.compile(r"(?:^|(?<=\s))(?:the|this|that)\s+(?:[a-z][\w'’-]*\s+){0,2}(?P<role>[a-z][\w'’-]*),\s+(?P<indefinite>an?\s+)?$",
                           re.IGNORECASE)
# words for a person that say no more than that: "The operator, a 47-year-old man" is the operator
PLAIN_PERSON_NOUNS = frozenset("man woman person boy girl".split())
# "a challenger 12 years his junior", "five years older than": a gap between two ages
AGE_GAP_AFTER = re.compile(r"\s+(?:(?:his|her|their)\s+(?:junior|senior)|younger|older)\b", re.IGNORECASE)
# "twelve dollars and eighty cents": one amount, in a unit and its hundredths
UNITS_AND_CENTS = re.compile(rf"\b{_NUMBER_START}(?P<whole>{NUMBER_PATTERN}|an?(?=\s+(?:dollar|euro|pound)\b))\s+"
                             rf"(?P<cur>dollars?|euros?|pounds?)\s+and\s+"
                             rf"(?P<cents>{NUMBER_PATTERN})\s+(?:cents?|pence)\b", re.IGNORECASE)
# "finished on 14 under par", "tied on fourteen under,": a golf score told against par (never
# "under way", "under pressure", "over the weekend")
TO_PAR = re.compile(rf"\b{_NUMBER_START}(?P<num>{NUMBER_PATTERN})[\s-]+(?P<way>under|over)(?:[\s-]+par\b|(?=[ \t]*(?:[,.;)\r\n]|$)|\s+(?:for|after|with|on|to|in|and|at|through|total)\b))",
                    re.IGNORECASE)
# "94 million years ago", "the 94-million-year-old animal", "a 3,000-year-old grave", "4.5 billion
# years old": the age of a thing, beyond any person's and before any calendar date
DEEP_TIME = re.compile(rf"\b(?P<num>\d[\d,]*(?:\.\d+)?-(?:thousand|million|billion)|{NUMBER_PATTERN})"
                       r"[\s-]+years?(?:[\s-]+(?P<old>old)\b|\s+(?P<ago>ago|earlier|before\s+present)\b)",
                       re.IGNORECASE)
# "a core reaching back about 1.2 million years", "records dating back 800,000 years": how old
DEEP_TIME_BACK = re.compile(rf"\b(?:reach|dat|go|stretch|extend)\w*\s+back\s+(?:(?:about|around|roughly|some|nearly|"
                            rf"almost|more\s+than|over|at\s+least)\s+)?(?P<num>{NUMBER_PATTERN})[\s-]+years?\b(?!\s+ago)",
                            re.IGNORECASE)
DEEP_TIME_WORDS = frozenset({"ago", "old", "earlier", "present"})
OLDEST_PERSON = 150  # years: an age beyond it is a thing's
OLDEST_DATE = 1000  # years ago: beyond it no calendar date is read
# "- **Closest approach:** 19 October 2029": a fact box's label before a value
SPEAKER_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})[ \t]*:", re.MULTILINE)
# (a note in brackets after the label's words is no part of them: "Fiscal 1985 sales (company estimate)")
FACT_LABEL = re.compile(r"[-*•\s]*\**([^\W\d_][\w ]{0,40}?)(?:\s*\([^()\n]{1,30}\))?\**\s*:\**")
# from a fact box's label to its value: space, and a few words that only qualify the value
# ("- **Tallest adult:** estimated at 1.75 metres")
FACT_VALUE_GAP = re.compile(r"\s{0,6}(?:(?:estimated|put|about|around|some|roughly|nearly|almost|at|up|to|least|"
                            r"more|than|over|under|just)\s+){0,3}", re.IGNORECASE)
LIST_ITEM_MARKS = frozenset({"-", "*", LIST_MARK})
# labels that name only the kind of value ("Duration: 84 minutes", "Amount: $2.3m"), not what it measures
KIND_LABELS = frozenset("duration length time period amount sum total figure value".split())
STAMP_LABELS = frozenset({"published", "updated", "posted", "filed", "date", "first published", "last updated",
                          "modified", "dateline"})
MONTHS_OLD = re.compile(rf"\b{_NUMBER_START}(?P<num>{NUMBER_PATTERN})[\s-]+months?[\s-]+old\b", re.IGNORECASE)
_NUMBER = re.compile(_NUMBER_START + NUMBER_PATTERN, re.IGNORECASE)
# Where a value can start. A finder whose pattern opens with a number tries only the places a
# number can start (a few dozen in an article) instead of letting the engine try every character.
# Letters IGNORECASE takes for an ASCII letter that str.lower() does not give ("İ", "ı", "ſ"):
# a text holding one is scanned in full, as its lower-case copy could miss a word
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")
_DIGIT_RUN = re.compile(r"\d+")
# "a" and "an" open a number only before a scale, "dozen" or "half": "a million", "a half"
_A_NUMBER = re.compile(rf"an?\s+(?:{'|'.join(SCALE_WORDS)}|dozen|half|quarter\s+of)")
NUMBER_FIRST_WORDS = frozenset({*UNITS_WORDS, *TENS_WORDS, "half", "nought"})  # the first word of a number in words
# the words other patterns open with, besides a number
AGE_RANGE_OPENERS = frozenset({"aged", "between"})
MATCH_CLOCK_OPENERS = frozenset({"after", "with"})
AVERAGE_AGE = re.compile(r"\b(?:median|average|mean|typical)\s+age\b", re.IGNORECASE)
AVERAGE_AGE_REACH = 50  # characters before an age that AVERAGE_AGE reads
A_SINGLE_UNIT = re.compile(r"\ban?\s+(?:dollar|euro|pound)\s+and\b", re.IGNORECASE)  # "a dollar and forty cents"
SCORE_OPENERS = frozenset(w for w in (*UNITS_WORDS, *TENS_WORDS) if w != "zero")  # ("fifty-eight to fifty-five")
RATIO_OPENERS = frozenset("one two three four five six seven eight nine".split())
ORDINAL_OPENERS = frozenset(ORDINAL_WORDS) | frozenset(_MORE_ORDINALS)
BARE_SECONDS_CUE = re.compile(r"in\s+\d{1,2}\.\d\d")  # (in lower case) what every BARE_SECONDS match holds
# "Yulia Peresild, 36, said": the comma first, so that a scan passes to the next comma at once
# (or in words: "Kieran Mulcahey, thirty-eight, of Hatherley Road")
_AGE_IN_WORDS = _words_to_ninety_nine(r"[\s-]", 13)  # (from thirteen: "the Hawks, three, and" is a tally)
AGE_AFTER_NAME = re.compile(rf",(?<=[^\W\d_],)\s+(?=[\dojnstefJONSTEF])(?:(?:only|just|now|still)\s+)?(?P<num>\d{{1,3}}|{_AGE_IN_WORDS})"
                            r"(?:,\s|\.(?=\s|$))")
# "Korhonen is still only twenty-four.", "Walter Gedge, who's seventy-nine and", "At sixty-three
# she could yet return": an age told of a person named before, or in the sentence before (tried
# where numbers start, then read backwards)
AGE_TOLD = re.compile(rf"(?P<num>\d{{1,3}}(?![\d.,]\d)|{_AGE_IN_WORDS})\b")
AGE_IS_BEFORE = re.compile(r"(?P<name>[^\W\d_][\w'’-]*)(?P<verb>\s+is|,?\s+who(?:'s|’s|\s+is))\s+(?:still\s+)?"
                           r"(?P<only>(?:only|just)\s+)?$")
AGE_TOLD_TAILS = ("is", "'s", "’s", "only", "just", "At")  # what AGE_IS_BEFORE and AGE_AT_BEFORE end with
AGE_IS_AFTER = re.compile(r"[.;](?!\d)|,?\s+(?:and|but)\b")
AGE_AT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)At\s+$")
AGE_AT_AFTER = re.compile(r",?\s+(?:she|he)\b")
LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)$")
PERSON_NOUN_ARTICLE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# fractions written in words, in per cent: shares of a group, steps of a rate in points
SHARES = {"a quarter": 25.0, "one quarter": 25.0, "a third": 100 / 3, "one third": 100 / 3, "half": 50.0,
          "a half": 50.0, "one half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0, "a fifth": 20.0,
          "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0, "a tenth": 10.0,
          "one tenth": 10.0, "nine tenths": 90.0, "an eighth": 12.5, "one eighth": 12.5}
SHARE_OF_UNIT = re.compile(r"\b(?P<share>(?:a|one)\s+(?:quarter|third|fifth|tenth)|two[\s-]thirds|three[\s-]quarters)"
                           r"\s+of\s+an?\s+(?P<unit>[a-z]+)\b", re.IGNORECASE)
POINT_STEP = re.compile(r"\b(?P<step>quarter|half|three[\s-]quarters?)[\s-](?:percentage[\s-])?point\b", re.IGNORECASE)
RATIO_WORDS = frozenset({"in", "of"})
SHARE_WORDS = frozenset({"quarter", "third", "half", "thirds", "quarters", "fifth", "fifths", "tenth", "tenths",
                         "eighth"})
_SHARE_HEDGE = (r"(?:(?:just|only|a\s+little|a\s+bit|slightly|nearly|almost|about|around|roughly|approximately|some|"
                r"over|under|more\s+than|less\s+than|fewer\s+than|close\s+to|barely)\s+){0,2}")
_SHARE_WORD = (r"(?:a|one)\s+(?:quarter|third|half|fifth|tenth)|two[\s-]thirds|three[\s-]quarters|"
               r"(?:two|three|four)[\s-]fifths|nine[\s-]tenths")
SHARE = re.compile(
    # (not a part told by where it lies: "the lower half of the village", "the northern third")
    r"(?<!lower )(?<!upper )(?<!other )(?<!first )(?<!second )(?<!top )(?<!bottom )(?<!northern )(?<!southern )"
    r"(?<!eastern )(?<!western )(?<!back )(?<!front )"
    rf"\b(?P<share>{_SHARE_WORD}|half)\b"
    # of a group ("of the workforce", "of them") or a group's verb ("a quarter were women")
    # (or of a plural after one word that qualifies it: "two-thirds of export earnings")
    # (or of a name's plural: "nearly a third of Orsland's territorial waters")
    r"(?=\s+(?:of\s+(?:the|its|their|all|them|those|these|his|her|our|what|(?:[a-z-]+\s+)?[a-z]+s\b|[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+)?[a-z]+s\b)(?!\s+(?:a|an)\b)|"
    r"(?:were|are|was|is|say|said)\b)"
    # (or a share more or less than something: "a price nearly a third above what the stock was
    # worth"; not "half more slowly")
    r"|(?<!half)\s+(?:above|below|higher|lower|more|less|fewer)\b)",
    re.IGNORECASE)
# "just 9 percent, against about a third in the outer suburbs", "in the suburbs it's nearly a
# third.": a share set against another, or closing a clause after "it is"; "less than a third
# full": a share of a whole told by the state it is in
SHARE_SET_AGAINST = re.compile(
    rf"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|whereas|it['’]s|it\s+is|it\s+was)\s+{_SHARE_HEDGE}"
    rf"(?P<share>{_SHARE_WORD})\b(?=\s+(?:in|among|for|at)\b|\s*[.,;:)](?!\d)|\s*$)"
    rf"|(?P<state>{_SHARE_WORD})(?=\s+(?:full|empty|complete|finished|built|occupied|booked|sold)\b)",
    re.IGNORECASE)
# "raised the price by one-eighth", "cut the fleet by a third": a change told as a fraction
SHARE_CHANGE = re.compile(r"\bby\s+(?P<share>(?:a|an|one)[\s-](?:quarter|third|half|fifth|tenth|eighth)|"
                          r"two[\s-]thirds|three[\s-]quarters)\b(?![-–]|\s+(?:of|an?|points?|percentage|hours?|miles?|metres?|meters?|"
                          r"inch(?:es)?|feet|foot|pounds?|dollars?|lengths?)\b)",
                          re.IGNORECASE)
ODDS_UNIT = "odds"
ODDS_WORDS = frozenset({"odds", "chance", "chances", "probability", "likelihood", "risk"})
ODDS = re.compile(rf"\b(?:1|one|a)\s+in\s+(?P<m>{NUMBER_PATTERN})(?![\w-])", re.IGNORECASE)
ODDS_CUE = re.compile(r"\b(?:odds|chances?|probability|likelihood|risk)\b|\s+(?:chance|odds|probability|risk)\b",
                      re.IGNORECASE)
# "Nine in 10 of the people infected", "one in five adults", "three out of four voters"
RATIO_SHARE = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<m>\d{1,3}|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b"
    r"(?=\s+(?:of\s+(?:the|its|their|all|them|those|these)\b|were|are|was|is|have|had|say|said|"
    r"(?:[a-z]+\s+)?(?:people|adults|children|patients|voters|residents|workers|[a-z]+ers|[a-z]+ants|[a-z]+ents)\b"
    # ("one in ten homes", but "3 in 10 minutes" and "two in three games" are no shares)
    r"|(?!(?:seconds|minutes|hours|days|weeks|months|years|games|matches|goals|points|attempts|shots|tries|races|"
    r"sets|frames|innings|overs|laps|rounds|holes)\b)[a-z]{3,}s\b)"
    r"|(?P<closing>[ \t]*(?:[.;:!?)]|,\s|\n|$)))",
    re.IGNORECASE)
# "Corran managed only about two in three.": a share closing its clause, hedged as a rough one
RATIO_HEDGE_BEFORE = re.compile(r"\b(?:about|around|roughly|nearly|almost|only|just|some|barely|under|over|than)\s+$",
                                re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]+")
CONTEXT_REACH = 120  # how far either side of a value its context words are read
SENTENCE_MEMO = 50_000  # sentence readings kept across articles, a few megabytes (see Extractor._recalled)
# how far past a paragraph text.sentences may read: the word after a full stop, a list mark
# after a line break
SENTENCE_LOOKAHEAD = max(FOLLOWING_WORD_REACH, 4)
STOPWORDS = frozenset("""
a an the this that these those it its in on at by for from to of and or but nor so as if when
while after before since until because with without into onto over under about than then there
here is are was were be been being has have had do does did will would shall should can could
may might must not no he she they we you i his her their our your my me him them us who whom
whose which what where why how all any both each every few many more most some such only own
same too very just also even still said says say according one two three four five six seven
eight nine ten new first last year years day days month months week weeks
""".split())
# "reservoir stocks now stand at", "the deficit was": a noun linked to the value that follows
STANDS_AT = re.compile(r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:now\s+|still\s+|currently\s+)?"
                       r"(?:stands?|stood|is|are|was|were|remains?|remained)\s+(?:at\s+)?$")
COMPARED_AFTER = re.compile(r"\s+(?:above|below|higher|lower|more|less|up|down|over|under|short)\b")
# nouns that say no more than that there is a figure
NOT_LINKED_NOUNS = frozenset("""
figure figures number numbers total totals amount amounts level levels rate rates value values sum
count counts result results estimate estimates average one ones what which that this there
it they he she who
""".split())
# words after a measure that name nothing it measures: "the 39-kilometre mark", "5 km behind"
NOT_MEASURED_NOUNS = STOPWORDS | NOT_COUNT_NOUNS | RELATION_WORDS | POSITION_NOUNS


@dataclass
class _Candidate:
    """A value found in the view, before its attribute and subject are read."""

    start: int
    end: int
    kind: str
    value: object
    unit: Optional[str]
    normalized: Optional[str]
    qualifier: str
    low: Optional[float]
    high: Optional[float]
    resolved: bool = True
    subject: Optional[str] = None
    attribute: Optional[str] = None
    priority: int = 0
    noun: Optional[str] = None
    extra: dict = field(default_factory=dict)


_UNREAD = object()  # no reading kept yet (see Extractor._recalled)


class Extractor:
    """Compiled matchers for one RuleSet; `extract(source)` is pure and may run in parallel."""

    def __init__(self, rules: RuleSet):
        self._lent = False  # the article's date is its dispatch's dateline day (see extract)
        self.rules = rules
        self._lexicon = _build_lexicon(rules)
        self._allowed: dict = {}  # (attribute name, claim kind) -> may the attribute name that kind
        self._named: dict = {}  # (attribute names, claim kind, dimension) -> may one of them name it
        self._per_text: tuple = (None, {})  # the text last read, with its sentences' hits and clauses
        self._readings: dict = {}  # what a sentence's text reads as, across articles (see _recalled)
        self._qualifier_re = _build_qualifiers(rules)
        self._money_patterns = _build_money(rules)
        self._currency_words = _currency_words(rules)
        self._unit_re, self._units = _build_units(rules)
        self._unit_words = _needed_words(unit.alias for unit in rules.units)
        self._one_unit_words = frozenset(
            unit.alias for unit in rules.units if unit.alias.isalpha() and len(unit.alias) >= 4
            and unit.dimension != "temperature" and unit.alias not in self._currency_words and not unit.before)
        self._unit_openers = _unit_openers(rules)
        self._reads_symbols = any(unit.symbol for unit in rules.units)  # ("Mw 7.4": _unit_re reads them)
        self._money_words = frozenset(word.lower() for currency in rules.currencies
                                      for word in currency.words + currency.minor)
        symbols = [symbol for currency in rules.currencies for symbol in currency.symbols]
        # a symbol ends at most its length and a space before the number it is followed by
        self._symbol_reach = (frozenset(symbol.lower()[:1] for symbol in symbols), max(map(len, symbols), default=0))
        self._match_clock_re = re.compile(
            rf"(?:\b(?P<after>after)\s+(?P<num>{NUMBER_PATTERN})\s+minutes\b(?![\s-]+(?:of|later|into\s+the\s+second))"
            rf"|\bwith\s+(?P<num2>{NUMBER_PATTERN})\s+minutes?\s+(?:remaining|left|to\s+play|to\s+go)\b"
            rf"|\b(?P<num3>{NUMBER_PATTERN})\s+minutes?\s+from\s+(?:time|full[\s-]time)\b)",
            re.IGNORECASE)
        self._percent_re = re.compile(
            rf"{_NUMBER_START}(?P<num>{NUMBER_PATTERN})\s?(?P<unit>%|per\s?cent\b|percent\b|pct\b"
            rf"|percentage\s+points?\b|basis\s+points?\b|bps?\b)"
            # "a quarter of a percentage point", "half a point" of interest rates
            rf"|\b(?P<part>a\s+quarter|three\s+quarters|half|a\s+half)\s+(?:of\s+)?an?\s+(?P<unit2>percentage\s+point)\b",
            re.IGNORECASE,
        )
        age_range = rf"(?P<num>{NUMBER_PATTERN})\s*(?:and|to|-|–)\s*(?P<num2>{NUMBER_PATTERN})"
        self._age_range_re = re.compile(
            rf"\baged\s+(?:between\s+)?{age_range}\b"
            rf"|\b(?:between\s+)?{_NUMBER_START}{age_range.replace('num', 'n')}[\s-]+years?[\s-]+old\b",
            re.IGNORECASE)
        self._age_res = [  # (pattern, words one of which it needs, the words it opens with or None for a number)
            (re.compile(rf"\b{_NUMBER_START}(?P<num>{NUMBER_PATTERN})[\s-]+years?[\s-]+old\b", re.IGNORECASE),
             frozenset({"old"}), None),
            (re.compile(rf"\baged\s+(?:(?:about|around|roughly|approximately|some|nearly|almost|over|under"
                        rf"|at\s+least)\s+)?(?P<num>{NUMBER_PATTERN})\b", re.IGNORECASE), frozenset({"aged"}),
             frozenset({"aged"})),
            (re.compile(rf"\bat\s+the\s+age\s+of\s+(?P<num>{NUMBER_PATTERN})\b", re.IGNORECASE), frozenset({"age"}),
             frozenset({"at"})),
            # "an average age of 64 years", "the median age of participants was 64"
            (re.compile(rf"\b(?:average|mean|median)\s+age\s+(?:of\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){{1,3}}?)?"
                        rf"(?:was|is|were|are|stood\s+at|of)\s+(?:(?:about|around|roughly|approximately|nearly|"
                        rf"almost|just\s+over|just\s+under)\s+)?(?P<lead_end>)(?P<num>{NUMBER_PATTERN})\b"
                        rf"(?!\s*(?:%|percent|per\s?cent))(?:\s+years?(?:\s+old)?\b)?",
                        re.IGNORECASE), frozenset({"age"}), frozenset({"average", "mean", "median"})),
            (re.compile(rf"\b(?:turned|turns|turning)\s+(?P<num>{NUMBER_PATTERN})\b(?!\s*(?:%|percent|per\s?cent|[a-z]+s\b|[-–]))",
                        re.IGNORECASE), frozenset({"turned", "turns", "turning"}), frozenset({"turned", "turns", "turning"})),
            # "Don Efraín, who is seventy-one, grew up ...": the age the clause gives, as written
            (re.compile(rf"\bwho\s+(?:is|was)\s+(?P<lead_end>)(?P<num>{NUMBER_PATTERN})(?=\s*[,;.]|\s+(?:and|now)\b)",
                        re.IGNORECASE), frozenset({"who"}), frozenset({"who"})),
            # "a boy of fourteen", "a woman of 81": a person's age told after "of"
            # (not "a man of 1,000 faces", "a group of eleven players", "a man of 30 years' service")
            (re.compile(rf"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(AGE_OF_NOUNS))})\s+of\s+"
                        rf"(?P<lead_end>)(?P<num>{NUMBER_PATTERN})\b(?![.,]\d|\s*(?:%|percent|per\s?cent)"
                        rf"|\s+(?!(?:years?|was|is|has|as|his|its|this|us)\b)[a-z]+s\b|[\s-]+(?:year|month|week|day))",
                        re.IGNORECASE), AGE_OF_NOUNS, frozenset({"a", "an", "the"})),
            # "Aldemar, who died at 61, ...": the age at death, not a toll
            (re.compile(rf"\b(?:died|dies|passed\s+away)\s+at\s+(?P<lead_end>)(?P<num>{NUMBER_PATTERN})(?=\s*[,;.)]|\s+(?:and|in|after|on|from)\b)",
                        re.IGNORECASE), frozenset({"died", "dies", "passed"}), frozenset({"died", "dies", "passed"})),
        ]
        self._discriminators = [
            # "third quarter" marks "third-quarter sales" too
            [_word_pattern(option, r"(?<![\w'-])", r"(?![\w'-])", hyphens=True) for option in discriminator]
            for discriminator in rules.discriminators
        ]
        exceptions = rules.discriminator_exceptions or ((),) * len(rules.discriminators)
        self._discriminator_exceptions = [
            _word_pattern(phrases, r"(?<![\w'-])", r"(?![\w'-])", hyphens=True) if phrases else None
            for phrases in exceptions
        ]
        # every discriminator word in one pattern: a window holding none of them needs no look at
        # each option (a word any option pattern matches, this one matches too)
        words = [w for discriminator in rules.discriminators for option in discriminator for w in option]
        self._any_discriminator = (
            _word_pattern(words, r"(?<![\w'-])", r"(?![\w'-])", hyphens=True)
            if words and all(words) and all(option for d in rules.discriminators for option in d) else None)


    # -- the pipeline for one source ---------------------------------------------------------

    def extract(self, source: Source, story_date: Optional[str] = None,
                dateline_date: Optional[str] = None) -> list[Claim]:
        """The claims of one article. `story_date` (ISO) is the date of an undated article's
        story, when other articles tell it: what the article dates well before it is the past.
        Relative dates ("on Monday") stay unresolved: the day the article was written is unknown,
        unless `dateline_date` gives it (an undated dispatch's dateline day in the story's year);
        days resolved from it agree with others but never contradict them."""
        self._lent = bool(dateline_date) and not source.published
        if self._lent:
            source = _replaced(source, published=dateline_date)
        view = source.view
        sentence_spans = self._story_sentences(view, source.body_start if source.offsets is None else 0)
        if not sentence_spans:
            return []
        mentions = self._mentions(view, sentence_spans)
        canonical = names_module.canonical_forms(mentions)
        starts = [s.start for s in sentence_spans]
        candidates = self._candidates(view, source.published, sentence_spans)
        dates = sorted(((c.start, c.end, c) for c in candidates if c.kind == "date"), key=lambda d: d[:2])
        self._value_starts = {}
        for c in candidates:
            self._value_starts.setdefault(c.kind, []).append(c.start)
        for starts_of_kind in self._value_starts.values():
            starts_of_kind.sort()
        self._value_spans = sorted((c.start, c.end) for c in candidates)
        published_year = (int(source.published[:4]) if source.published
                          else int(story_date[:4]) if story_date else _story_year(candidates, view))
        published_day = _epoch_days(source.published or story_date)
        claims: list[Claim] = []
        counter = 0
        for candidate in candidates:
            index = bisect_right(starts, candidate.start) - 1
            if index < 0 or candidate.end > sentence_spans[index].end:
                continue
            if candidate.kind in ("date", "time") and _stamp_line(view, candidate.start):
                continue  # "Elections desk — 7 October 2025": when the page was written, no claim
            sentence = sentence_spans[index]
            claim = self._claim(source, candidate, sentence, sentence_spans[:index], mentions, canonical, counter,
                                published_year, _when(candidate, sentence, dates, view, published_year, self._reaches,
                                      published_day, sentence_spans[index - 1] if index else None,
                                      self._dates_value_before))
            if claim is not None:
                claims.append(claim)
                counter += 1
        if self.rules.provisional:
            _settle_provisional(claims, self.rules.provisional)
        # a transcript's speaker, named in full ("PRIYA RAMSDON (chief executive, interview):"), is
        # one way a source spells a name, though no figure is about the label
        speakers = _speaker_mentions(view, sentence_spans)
        if speakers:
            canonical = names_module.canonical_forms(mentions + speakers)
        claims.extend(self._name_claims(source, sorted(mentions + speakers, key=lambda m: m.start),
                                        sentence_spans, canonical, counter))
        claims.sort(key=lambda c: (c.start, c.end, c.kind))
        for index, claim in enumerate(claims, 1):
            # every claim here is a new object made by this call: number it in place
            object.__setattr__(claim, "id", f"{source.id}:c{index}")
        return claims

    def _story_sentences(self, view: str, body_start: int) -> list[Span]:
        """Sentences of the article body, boilerplate left out."""
        result: list[Span] = []
        length = len(view)
        for paragraph in paragraphs(view, body_start):
            for sentence in self._paragraph_sentences(view, paragraph):
                for piece in _windows(sentence):
                    drop = self._boilerplate(self._sentence_text(view, piece))
                    if drop == "rest" and piece.start > body_start + (length - body_start) / 2:
                        return result
                    if drop is None:
                        result.append(piece)
        return result

    def _paragraph_sentences(self, view: str, paragraph: Span) -> list[Span]:
        """text.sentences of a paragraph. They read the paragraph and, to tell an abbreviation's
        full stop from a sentence's end, up to SENTENCE_LOOKAHEAD characters after it."""
        start, end = paragraph.start, paragraph.end

        def read():
            return tuple((s.start - start, s.end - start) for s in sentences(view, paragraph))

        key = ("sentences", end - start, view[start:end + SENTENCE_LOOKAHEAD])
        return [Span(begin + start, stop + start) for begin, stop in self._recalled(key, read)]

    def _boilerplate(self, text: str) -> Optional[str]:
        """What to drop for a squashed sentence ("rest", "sentence" or None). Sentences recur
        across the articles of a story (wire copy, sign-offs, share buttons): each text is
        read once (see _recalled)."""
        return self._recalled(("boilerplate", text), lambda: next(
            (drop for pattern, drop in self.rules.boilerplate if pattern.search(text)), None))

    def _mentions(self, view: str, sentence_spans: list[Span]) -> list[names_module.Mention]:
        """Name mentions; a lone capitalised word opening a sentence counts only if seen elsewhere."""
        found = []
        datelines = [m.span() for m in DATELINE.finditer(view)]
        dateline_ends = {end for _, end in datelines}
        for span in sentence_spans:
            for mention in self._span_mentions(view, span):
                if any(start <= mention.start and mention.end <= end for start, end in datelines):
                    continue  # "GALATI, Romania, May 14 (Reuters) -": where the story was filed
                if mention.text.isupper() and _shouted_line(view, mention.start):
                    continue  # "KEEWATIN TO BUY SELKIRK": a headline in capitals names no acronym
                if _speaker_label(view, mention.start, mention.end):
                    continue  # "OKORO: The report found...": who speaks in a transcript, not of whom
                if SCALE_AFTER.match(view, mention.end) or mention.key in SCALE_NAMES:
                    continue  # "6.8 on the Richter scale", "38 degrees Celsius": a scale names no subject
                if self._reads_symbols and (measure := self._unit_re.match(view, mention.start)) and \
                        measure.group("symbol_first") and measure.end() >= mention.end:
                    continue  # "Mw 7.4", "M5.6": a measure's symbol, no name
                # the first word after a dateline opens the sentence: "SALTMARSH POINT -- Windows rattled"
                found.append((mention, mention.start == span.start or mention.start in dateline_ends))
        inside = {m.key for m, initial in found if not initial}
        # "Vendland's central bank kept its rate": a word owning what follows it in lower case is a
        # name, though it opens the sentence, unless the article writes it in lower case too
        # ("Today's figures", "Government's plans" beside "the government")
        lowered = None
        for mention, initial in found:
            if initial and mention.words == 1 and mention.key not in inside and OWNER_AFTER.match(view, mention.end):
                if lowered is None:
                    lowered = set(re.findall(r"\b[a-z][\w-]*", view))
                if mention.key not in lowered and mention.key not in NOT_OWNER_NAMES:
                    inside.add(mention.key)
        # a last name opening a sentence ("Peresild, 36, said") is a name when the article
        # also gives the full name
        surnames = {m.key.split()[-1] for m, _ in found if m.words >= 2}
        # "The 31-year-old Kenyan ran alone": a nationality alone names no one, whoever it stands for
        return [m for m, initial in found
                if (m.words >= 2 or not initial or m.key in inside or m.key in surnames)
                and not (m.words == 1 and m.key in names_module.NATIONALITIES and m.key not in surnames)]

    def _recalled(self, key: tuple, read):
        """`read()`, made once per key across articles. Syndicated copy repeats sentences word
        for word from outlet to outlet, so a reading of a sentence that looks at no text beyond
        what `key` holds is kept, its offsets counted from the sentence's start; up to
        SENTENCE_MEMO keys at a time."""
        memo = self._readings
        found = memo.get(key, _UNREAD)
        if found is _UNREAD:  # (a reading may be None)
            if len(memo) >= SENTENCE_MEMO:
                memo.clear()
            found = memo[key] = read()
        return found

    def _span_mentions(self, view: str, span: Span) -> list[names_module.Mention]:
        """names.find_mentions in a sentence. It reads the sentence and, for a line break inside
        it, how far into its line the sentence starts (as far as WIRE_LINE tells apart)."""
        start = span.start
        column = min(start - (view.rfind("\n", 0, start) + 1), names_module.WIRE_LINE)

        def read():
            return tuple((m.start - start, m.end - start, m.text, m.key, m.words)
                         for m in names_module.find_mentions(view, start, span.end))

        Mention = names_module.Mention
        return [Mention(begin + start, end + start, text, key, words) for begin, end, text, key, words
                in self._recalled(("mentions", view[start:span.end], column), read)]

    # -- finding values ----------------------------------------------------------------------

    def _candidates(self, view: str, published: Optional[str], sentence_spans: list[Span]) -> list[_Candidate]:
        found: list[_Candidate] = []
        found.extend(self._ages(view))
        found.extend(self._money(view))
        found.extend(self._percents(view))
        found.extend(self._shares(view))
        found.extend(self._ratio_shares(view))
        found.extend(self._odds(view))
        found.extend(self._point_steps(view))
        found.extend(self._match_minutes(view))
        found.extend(self._scores(view))
        found.extend(self._ranks(view))
        found.extend(self._to_par(view))
        found.extend(self._units_and_cents(view))
        found.extend(self._stock_quotes(view, published))
        found.extend(self._floors(view))
        found.extend(self._series(view))
        found.extend(self._tallies(view))
        found.extend(self._deep_times(view))
        found.extend(self._multiples(view))
        found.extend(self._periods(view))
        for match in find_temporal(view, published):
            if match.kind == "duration" and "X" in (match.normalized or "X"):
                continue  # "for years", "for seconds": no amount to check
            low, high = match.low, match.high
            tolerance = CALENDAR_TOLERANCE.get(match.unit or "") if match.kind == "duration" else None
            if tolerance and low is not None and high is not None and match.qualifier == "exact":
                low, high = low * (1 - tolerance), high * (1 + tolerance)
            normalized, end = match.normalized, match.end
            clocked = match.kind == "time" and _race_clock(view, match.start, match.end)
            if clocked:
                found.append(clocked)
                continue
            if match.kind == "time":
                normalized, end = _zoned(view, match.start, match.end, normalized)
            found.append(_Candidate(match.start, end, match.kind, match.value, match.unit,
                                    normalized, match.qualifier, low, high,
                                    match.resolved, priority=3,
                                    extra={"relative": match.relative, "twelve_hour": match.twelve_hour}))
        found.extend(self._quantities(view))
        # "the 2016 strike", "1986 sales of 912 mln dlrs": a year named as an adjective
        for match in _matches_at(YEAR_BEFORE_NOUN, view, self._digit_starts(view)):
            if not (YEAR_ADJECTIVE_BEFORE.search(view, max(0, match.start() - 8), match.start())
                    or YEAR_FIGURES.match(view, match.end())):
                continue
            year = match.group("year")
            found.append(_Candidate(match.start("year"), match.end("year"), "date", year, None, year, "exact",
                                    float(_epoch_days(f"{year}-01-01")), float(_epoch_days(f"{year}-12-31")),
                                    priority=2, extra={"relative": False}))
        # "passed halfway in 63:02": minutes and seconds no clock shows
        found.extend(_minutes_seconds(match) for match in _matches_at(LONG_MINUTES_SECONDS, view, self._digit_starts(view)))
        lowered = self._lowered(view)
        for match in (BARE_SECONDS.finditer(view) if lowered is None or BARE_SECONDS_CUE.search(lowered) else ()):
            seconds = float(match.group("seconds"))
            found.append(_Candidate(match.start("seconds"), match.end("seconds"), "duration", seconds, "second",
                                    f"PT{match.group('seconds')}S", "exact", seconds, seconds, priority=3,
                                    extra={"relative": False}))
        taken = _select(found)
        taken.extend(self._counts(view, taken))
        return _select(taken)

    def _qualified(self, view: str, start: int, end: int, value: float, precision: float):
        """Widen a value by the qualifier words just before (or after) it: (start, end, qualifier, low, high)."""
        span = _range_before(view, start, end, value)
        if span is not None:
            # "between 2 and 3 pct", "10 to 12 people": the value is the top of a range
            range_start, low = span
            return range_start, end, "range", low, value
        qualifier, low, high = "exact", value - precision, value + precision
        head = view[max(0, start - 40):start]
        match = self._qualifier_re["before"].search(head) if self._qualifier_re["may_hold"].search(head) else None
        below = False
        if match:
            word = re.sub(r"\s+", " ", match.group("q").lower())
            below = word in SHORT_OF_WORDS
            kind = self._qualifier_re["kinds"][word]
            start = start - (len(head) - match.start("q"))
            qualifier = kind
        else:
            tail = self._qualifier_re["after"].match(view, end)
            if tail:
                qualifier = "at_least"
                end = tail.end()
        if qualifier == "approximate":
            # "about 4 billion" is rougher than "about 13,500": three significant digits halve the margin
            tolerance = self.rules.tolerance / (2 if _significant_digits(value) >= 3 else 1)
            # and never narrower than the figure without "about": "about 3 km" covers what "3 km" does
            low, high = min(value * (1 - tolerance), value - precision), max(value * (1 + tolerance), value + precision)
            if below:
                # "almost three miles" falls short of three: the margin lies below the figure
                low, high = min(value * (1 - 2 * tolerance), value - precision), value + precision
        elif qualifier == "at_least":
            low, high = value, math.inf
        elif qualifier == "more_than":
            low, high = value + max(abs(value) * 1e-9, 1e-9), math.inf
        elif qualifier == "at_most":
            low, high = 0.0, value
        elif qualifier == "less_than":
            low, high = 0.0, value - max(abs(value) * 1e-9, 1e-9)
        return start, end, qualifier, min(low, high), max(low, high)

    def _ages(self, view: str) -> Iterator[_Candidate]:
        ranges = (self._scan(self._age_range_re, view,
                             _union(self._number_starts(view), self._word_starts(view, AGE_RANGE_OPENERS)))
                  if self._may_match(view, AGE_WORDS) else ())
        for match in ranges:
            # "aged between 35 and 45", "20 to 25 years old": both ends, as a range
            low = parse_number(match.group("num") or match.group("n"))
            high = parse_number(match.group("num2") or match.group("n2"))
            if low is None or high is None or not 0 < low < high < 130:
                continue
            yield _Candidate(match.start(), match.end(), "age", _plain(low), "year",
                             f"P{format_number(low)}Y/P{format_number(high)}Y", "range", low, high, priority=6)
        for pattern, needs, opening in self._age_res:
            if not self._may_match(view, needs):
                continue
            starts = self._number_starts(view) if opening is None else self._word_starts(view, opening)
            for match in self._scan(pattern, view, starts):
                value = parse_number(match.group("num"))
                if value is None or not 0 < value < 130:
                    continue
                # "aged about 25", "about 36 years old": the qualifier widens the age
                start, end, qualifier, low, high = self._qualified(
                    view, match.start("num"), match.end("num"), value, 0.0)
                # the quote is the age as written, from the number on when a phrase leads to it
                opening = match.start("lead_end") if "lead_end" in pattern.groupindex else match.start()
                yield _Candidate(min(start, opening), max(end, match.end()), "age", _plain(value), "year",
                                 f"P{format_number(value)}Y", qualifier, low, high, priority=5)
        # "a nine-month-old baby", "9 months old": an infant's age, in years for comparison
        for match in (self._scan(MONTHS_OLD, view, self._number_starts(view)) if self._may_match(view, MONTH_WORDS)
                      and self._may_match(view, AGE_WORDS) else ()):
            months = parse_number(match.group("num"))
            if months is None or not 0 < months < 36:
                continue
            yield _Candidate(match.start(), match.end(), "age", _plain(months), "month",
                             f"P{format_number(months)}M", "exact", months / 12, months / 12, priority=5,
                             extra={"infant": True})
        # "Yulia Peresild, 36, said" - a bare number between commas right after a capitalised name
        for match in AGE_AFTER_NAME.finditer(view):
            before = view[max(0, match.start() - 40):match.start()]
            last = LAST_WORD.search(before)
            # a capitalised word, not an acronym: "Peresild", "Mensah-Barr", "O'Brien", "McDonald";
            # or a person's noun: "a woman, 81, from the Lowland region"
            word = last.group(1) if last else ""
            person = word in AGE_PERSON_NOUNS and PERSON_NOUN_ARTICLE.search(before[:len(before) - len(word)])
            if not person and (not last or not word[0].isupper() or word.isupper() or len(word) < 2):
                continue
            told = _bare_age(match)
            if told is not None:
                yield told

        # "JAMES FAIRLIE: Oh, it's wonderful. Honestly, I'm forty-one, my knees ...": the speaker's own age
        for match in (FIRST_PERSON_AGE.finditer(view) if _speaker_lines(view) else ()):
            speaker = _turn_speaker(view, match.start())
            told = _bare_age(match) if speaker else None
            if told is not None:
                told.extra["speaker"] = speaker
                yield told

        starts = self._number_starts(view)
        if starts is not None:  # (a cheap first look at the word before each number)
            starts = [at for at in starts if view[max(0, at - 6):at].rstrip().endswith(AGE_TOLD_TAILS)]
        for match in self._scan(AGE_TOLD, view, starts):
            before = view[max(0, match.start() - 50):match.start()]
            told = AGE_IS_BEFORE.search(before)
            if told and (AGE_IS_AFTER.match(view, match.end())
                         # "Marek Wilanski, who's forty-six, collapsed": the clause closes
                         or "who" in told.group("verb") and view.startswith(",", match.end())):
                name = told.group("name")
                if (not name[0].isupper() or name.isupper()
                        or not (told.group("only") or "who" in told.group("verb") or not match.group("num")[0].isdigit())):
                    continue  # a name, or a pronoun opening the sentence ("She is only 17."), and no bare "is 61"
            elif not (AGE_AT_BEFORE.search(before) and AGE_AT_AFTER.match(view, match.end())):
                continue
            told = _bare_age(match)
            if told is not None:
                yield told

    def _money(self, view: str) -> Iterator[_Candidate]:
        for pattern, code_of, needs, opening in self._money_patterns:
            if not self._may_match(view, needs):
                continue
            for match in self._scan(pattern, view, self._money_starts(view, opening)):
                value = parse_number(match.group("num"))
                if value is None:
                    continue
                code = code_of(match)
                if (isinstance(code, str) and re.fullmatch(r"pounds?", match.group("cur"), re.IGNORECASE)
                        and not re.search(r"[a-z]\s*$", match.group("num"), re.IGNORECASE)
                        and not PER_SHARE.match(view, match.end())
                        and not MONEY_VERB_BEFORE.search(view, max(0, match.start() - 30), match.start())):
                    continue  # "4,740 pounds" weighs; "5 million pounds", "6.40 pounds a share" and "£5" are money
                if isinstance(code, tuple):  # a minor unit: "38 cents", "40p"
                    code, factor = code
                    value = value * factor
                precision = _precision(match.group("num"), value)
                start, end, qualifier, low, high = self._qualified(view, match.start(), match.end(), value, precision)
                yield _Candidate(start, end, "money", _plain(value), code, f"{code} {format_number(value)}",
                                 qualifier, low, high, priority=4)

    def _percents(self, view: str) -> Iterator[_Candidate]:
        if "%" not in view and not self._may_match(view, PERCENT_WORDS):
            return
        # (but for "a quarter of a percentage point" every match opens with a number)
        starts = self._number_starts(view) if "percentage" not in self._words_of(view) else None
        for match in self._scan(self._percent_re, view, starts):
            raw = match.group("num") or match.group("part")
            value = _point_fraction(raw) or parse_number(raw)
            if value is None:
                continue
            written = (match.group("unit") or match.group("unit2")).lower()
            points = written.startswith(("percentage", "basis", "bp"))
            precision = _precision(raw, value)
            if written.startswith(("basis", "bp")):
                # "25 basis points" is a quarter of a percentage point
                value, precision = round(value / 100, 6), precision / 100
            unit = "percentage point" if points else "percent"
            normalized = f"{format_number(value)}{' pp' if points else '%'}"
            start, end, qualifier, low, high = self._qualified(view, match.start(), match.end(), value, precision)
            yield _Candidate(start, end, "percent", _plain(value), unit, normalized, qualifier, low, high,
                             priority=4)

    def _point_steps(self, view: str) -> Iterator[_Candidate]:
        """"a quarter-point cut", "a half-point rise": a central bank's step, in percentage points."""
        if not self._may_match(view, {"point"}):
            return
        for match in POINT_STEP.finditer(view):
            value = _point_fraction(match.group("step"))
            yield _Candidate(match.start(), match.end(), "percent", value, "percentage point",
                             f"{format_number(value)} pp", "exact", value, value, priority=4)

    def _shares(self, view: str) -> Iterator[_Candidate]:
        """"around a quarter were women", "two-thirds of the workforce": a share of a group, as a
        percentage; never "half an hour", "a quarter of a century" or "the third quarter"."""
        if not self._may_match(view, SHARE_WORDS):
            return
        for match in SHARE.finditer(view):
            yield self._round_share(view, match.start("share"), match.end("share"), _share(match.group("share")))
        for match in SHARE_CHANGE.finditer(view):
            yield self._round_share(view, match.start("share"), match.end("share"), _share(match.group("share")))
        for match in SHARE_SET_AGAINST.finditer(view):
            group = "share" if match.group("share") else "state"
            yield self._round_share(view, match.start(group), match.end(group), _share(match.group(group)))

    def _round_share(self, view: str, start: int, end: int, value: float) -> _Candidate:
        """A share told as a fraction is a round one: "a quarter" agrees with 26%, not with 30%."""
        start, end, qualifier, low, high = self._qualified(view, start, end, value, 0.0)
        low, high = min(low, value * 0.9), max(high, value * 1.1)
        value = round(value, 1)
        return _Candidate(start, end, "percent", _plain(value), "percent", f"{format_number(value)}%",
                          "approximate" if qualifier == "exact" else qualifier, low, high, priority=2)

    def _ratio_shares(self, view: str) -> Iterator[_Candidate]:
        """"Nine in 10 of the people infected": a share of a group, as a round percentage."""
        if not self._may_match(view, RATIO_WORDS):
            return
        starts = _union(self._digit_starts(view), self._word_starts(view, RATIO_OPENERS))
        for match in self._scan(RATIO_SHARE, view, starts):
            part, whole = parse_number(match.group("n")), parse_number(match.group("m"))
            if part is None or not whole or not 0 < part < whole:
                continue
            if match.group("closing") is not None and not RATIO_HEDGE_BEFORE.search(view, max(0, match.start() - 16),
                                                                                    match.start()):
                continue  # ("won two in three" may count games)
            yield self._round_share(view, match.start(), match.end(), round(100 * part / whole, 1))

    def _odds(self, view: str) -> Iterator[_Candidate]:
        """"odds of 1 in 292 million", "a one in 292 million chance": odds, comparable only with odds."""
        if not self._may_match(view, ODDS_WORDS):
            return
        for match in ODDS.finditer(view):
            whole = parse_number(match.group("m"))
            if not whole or whole < 2 or not (
                    ODDS_CUE.search(view, max(0, match.start() - 50), match.start()) or ODDS_CUE.match(view, match.end())):
                continue
            start, end, qualifier, low, high = self._qualified(view, match.start(), match.end(), whole,
                                                               _precision(match.group("m"), whole))
            yield _Candidate(start, end, "quantity", _plain(whole), ODDS_UNIT, f"1 in {format_number(whole)}",
                             qualifier, low, high, priority=4, extra={"dimension": ODDS_UNIT})

    def _match_minutes(self, view: str) -> Iterator[_Candidate]:
        """"in the 67th minute", "an 88th-minute red card": a moment of a match, by its minute."""
        if not self._may_match(view, MINUTE_WORDS):
            return
        for match in MATCH_MINUTE.finditer(view):
            minute = int(match.group("num"))
            if not 0 < minute <= 150:
                continue
            yield _Candidate(match.start(), match.end(), "time", minute, MATCH_MINUTE_UNIT, f"minute {minute}",
                             "exact", float(minute), float(minute), priority=4)
        # "after 12 minutes", "with 19 minutes remaining", "two minutes from time": the match clock
        # (of a 90-minute football match), told only beside a goal, a penalty or a card
        starts = _union(self._number_starts(view), self._word_starts(view, MATCH_CLOCK_OPENERS))
        for match in self._scan(self._match_clock_re, view, starts):
            group = next(name for name in ("num", "num2", "num3") if match.group(name))
            amount = parse_number(match.group(group))
            if amount is None or not amount == int(amount) or not 0 < amount <= 90:
                continue
            if not MATCH_EVENT.search(view, max(0, match.start() - 120), match.end() + 120):
                continue
            minute = int(amount) if match.group("after") else 90 - int(amount)
            if minute <= 0:
                continue
            yield _Candidate(match.start(group), match.end(), "time", minute, MATCH_MINUTE_UNIT,
                             f"minute {minute}", "exact", float(minute), float(minute), priority=5)

    def _scores(self, view: str) -> Iterator[_Candidate]:
        """"won 2-1", "a 2-1 defeat", "voted 7-4": a result, told by the words around it."""
        # "6-4, 3-6, 7-5", "7-6 (5), 6-3": a match in sets, one result
        digits = self._digit_starts(view)
        for match in _matches_at(SET_SCORES, view, digits):
            sets = re.findall(r"(\d{1,2})[-–](\d{1,2})", match.group())
            if any(max(int(a), int(b)) < 6 for a, b in sets):
                continue  # a set is won with six games or more: "3-1, 2-0" are two results
            yield _score(match, " ".join(f"{a}-{b}" for a, b in sets), priority=5)
        for match in _matches_at(SCORE, view, digits):
            before = view[max(0, match.start() - RESULT_REACH):match.start()]
            after = view[match.end():match.end() + 30]
            if NOT_A_SCORE_AFTER.match(after):
                continue  # "hammered the coast on 3-4 June", "3-4 times a week": days, a count, no result
            result_before = RESULT_BEFORE.search(before) is not None
            if "to" in match.group() and not result_before:
                continue  # "9 to 3" is a result only after "voted", "won" and the like
            # "Port Ellery Rovers 3-1 Dunmore Athletic": a result line between two names
            between_names = TEAM_BEFORE.search(before) and TEAM_AFTER.match(after)
            if not (result_before or between_names or RESULT_AFTER.match(after)):
                continue
            yield _score(match, f"{int(match.group('a'))}-{int(match.group('b'))}", priority=4)
        for match in (_matches_at(HALF_SCORE, view, digits) if "½" in view or ".5" in view else ()):
            a, b = match.group("a"), match.group("b")
            if not any(half in a + b for half in (".5", "½")):
                continue  # whole-point results are SCORE's
            before = view[max(0, match.start() - RESULT_REACH):match.start()]
            if not (RESULT_BEFORE.search(before) or RESULT_AFTER.match(view, match.end())):
                continue
            points = [format_number(parse_number(x)) for x in (a, b)]
            yield _score(match, "-".join(points), priority=4)
        # "by 218 votes to 201", "by 218 to 199": a division of a house
        for pattern in (VOTE_SCORE, BY_DIVISION):
            for match in _matches_at(pattern, view, digits):
                yield _score(match, f"{int(match.group('a'))}-{int(match.group('b'))}", priority=5,
                             extra={"division": True})
        for pattern, words in ((VOTES_FOR_AGAINST, AGAINST_WORDS), (WORD_VOTE_SCORE, VOTE_WORDS)):
            if not self._may_match(view, words):
                continue
            for match in self._scan(pattern, view, self._number_starts(view)):
                sides = [_vote_side(match.group(g)) for g in ("a", "b")]
                if None in sides or (pattern is WORD_VOTE_SCORE and match.group("a")[0].isdigit()
                                     and match.group("b")[0].isdigit()):
                    continue  # (digits on both sides are VOTE_SCORE's)
                yield _Candidate(match.start("a"), match.end(), "count", f"{sides[0]}-{sides[1]}", SCORE_UNIT,
                                 f"{sides[0]}-{sides[1]}", "exact", None, None, priority=5,
                                 extra={"division": True})
        # "beat the Rams by 27 points to 24", "won 4 goals to 3": a result told in points or goals
        for match in _matches_at(POINTS_SCORE, view, digits):
            yield _score(match, f"{int(match.group('a'))}-{int(match.group('b'))}", priority=5)
        # "by a vote of six to three", "won three-nil": in words, only after a result's word
        for match in self._scan(WORD_SCORE, view, self._word_starts(view, SCORE_OPENERS)):
            if not match.group("votes") and not RESULT_BEFORE.search(view[max(0, match.start() - RESULT_REACH):match.start()]):
                # "nine votes to four", "four goals to three" are results by themselves; "six to three"
                continue  # only after "a vote of" and the like
            if not (match.group("b").lower() in SCORE_WORDS or SCORE_WORD.fullmatch(match.group("b"))):
                continue  # (a side is a number in words up to ninety-nine, or nil)
            first, second = (SCORE_WORDS.get(side.lower(), parse_number(side)) for side in match.group("a", "b"))
            if first is None or second is None:
                continue
            if match.group("a").lower() in TENS_WORDS and 0 < second < 10 and view[match.end("a")] in "-–":
                continue  # "eighty-five": one number, not 80-5
            yield _score(match, f"{int(first)}-{int(second)}", priority=4)

    def _ranks(self, view: str) -> Iterator[_Candidate]:
        """"ranked No. 9", "world No. 9", "the ninth-ranked Pole", "seeded third": a place in a ranking."""
        if not self._may_match(view, RANK_WORDS):
            return
        for pattern in RANK_PATTERNS:
            for match in pattern.finditer(view):
                place = _ordinal(match.group("num"))
                if not 0 < place <= 1000:
                    continue
                start = match.start("quote") if "quote" in pattern.groupindex else match.start()
                # "rise to No. 11", "up from No. 19": a place reached or left is not the one held
                moved = RANK_MOVES.get(match.group().split(None, 1)[0].lower(), "rank")
                yield _Candidate(start, match.end(), "count", place, RANK_UNIT, f"No. {place}",
                                 "exact", float(place), float(place), priority=4, extra={"rank": moved})

    def _units_and_cents(self, view: str) -> Iterator[_Candidate]:
        """"twelve dollars and eighty cents" is $12.80, not $12 and 80 cents."""
        if not self._may_match(view, {"cents", "cent", "pence"}):
            return
        singles = [m.start() for m in A_SINGLE_UNIT.finditer(view)]  # ("a dollar and forty cents": rare, so found apart)
        for match in self._scan(UNITS_AND_CENTS, view, _union(self._number_starts(view), singles)):
            # ("a dollar and forty cents": a single one)
            whole = 1.0 if match.group("whole").lower() in ("a", "an") else parse_number(match.group("whole"))
            cents = parse_number(match.group("cents"))
            if whole is None or cents is None or not 0 <= cents < 100 or cents != int(cents):
                continue
            code = self._currency_words.get(match.group("cur").lower())
            if code is None:
                continue  # a currency word the rules do not know
            value = round(whole + cents / 100, 2)
            start, end, qualifier, low, high = self._qualified(view, match.start(), match.end(), value, 0.0)
            yield _Candidate(start, end, "money", _plain(value), code, f"{code} {format_number(value)}",
                             qualifier, low, high, priority=6)

    def _stock_quotes(self, view: str, published: Optional[str]) -> Iterator[_Candidate]:
        """"Maxtern shares rose 9-3/4 to 35-1/8": a share price quoted bare, as dollar wire copy
        quotes it, in a story that speaks of dollars elsewhere; of the day the article was
        published, or the day an undated dispatch's dateline gives ("HOUSTON, March 10 -")."""
        if not (self._may_match(view, STOCK_WORDS) and DOLLARS_TOLD.search(view)):
            return
        day, looked = published, published is not None
        for match in self._scan(STOCK_QUOTE, view, self._word_starts(view, STOCK_WORDS)):
            value = parse_number(match.group("num"))
            if value is None or not 0 < value < 10_000:
                continue
            if not looked:  # (read at the first quote, once)
                looked = True
                if told := DATELINE_DAY.search(view, 0, DATELINE_REACH):
                    day = f"{told.group('month')[:3].lower()} {int(told.group('day'))}"
            # (a quote is exact, and the change before "to" opens no range)
            # ("stock fell $1.375 to $24.50": with its sign, a share's price told as any other money, of
            # no particular day)
            yield _Candidate(match.start("sign" if match.group("sign") else "num"), match.end("num"), "money",
                             _plain(value), "USD", f"USD {format_number(value)}", "exact", value, value,
                             priority=5 if match.group("sign") else 3,
                             extra={"quote": "" if match.group("sign") else day or ""})

    def _to_par(self, view: str) -> Iterator[_Candidate]:
        """"14 under par", "fourteen under": a golfer's score against par, a count of its own."""
        if not self._may_match(view, GOLF_WORDS):
            return  # (a golf story speaks of par, birdies or bogeys somewhere)
        for match in self._scan(TO_PAR, view, self._number_starts(view)):
            strokes = parse_number(match.group("num"))
            if strokes is None or strokes != int(strokes) or not 0 < strokes <= 40:
                continue
            unit = f"{match.group('way').lower()} par"
            yield _Candidate(match.start(), match.end(), "count", int(strokes), unit, f"{int(strokes)} {unit}",
                             "exact", float(strokes), float(strokes), priority=5)

    def _multiples(self, view: str) -> Iterator[_Candidate]:
        """"1.6 times the radius of Earth", "four times as massive as Earth", "4.2 Earth masses": a
        size told as a multiple of a known body's, comparable only with the same multiple."""
        if not self._may_match(view, MULTIPLE_WORDS):
            return
        for pattern, needs in MULTIPLES:
            if not all(self._may_match(view, words) for words in needs):
                continue
            for match in self._scan(pattern, view, self._number_starts(view)):
                value = parse_number(match.group("num"))
                if value is None or value <= 0:
                    continue
                measure = MULTIPLE_MEASURES[(match.group("what") or "").lower()]
                body = re.sub(r"^the\s+", "", match.group("ref"), flags=re.IGNORECASE)
                label = f"{body} {measure}"
                start, end, qualifier, low, high = self._qualified(view, match.start("num"), match.end("num"), value,
                                                                   _precision(match.group("num"), value))
                yield _Candidate(start, max(end, match.end()), "quantity", _plain(value), f"x {label}",
                                 f"{format_number(value)} x {label}", qualifier, low, high, priority=4,
                                 extra={"dimension": "multiple of " + label.lower(),
                                        "multiple": MULTIPLE_TOPICS.get(measure, measure)})

    def _periods(self, view: str) -> Iterator[_Candidate]:
        """"circles the Sun once every 3.4 years", "orbits its star every 11.4 days": a period;
        "trams run every 7 minutes", "quakes recur every 2,000 years": an interval (extra "recurs").
        Other recurrences ("every two weeks" of no service) are no amount."""
        if not self._may_match(view, EVERY_WORDS):
            return
        for match in self._scan(EVERY_AMOUNT, view, self._word_starts(view, EVERY_WORDS)):
            before = view[max(0, match.start() - EVERY_REACH):match.start()]
            if ONCE_BEFORE.search(before):
                extra = {"relative": False}
            elif RECURS_BEFORE.search(before):
                extra = {"relative": False, "recurs": True}
            else:
                continue
            offset = match.start("amount")
            for period in find_temporal(match.group("amount")):
                if period.kind == "duration" and "X" not in period.normalized:
                    yield _Candidate(offset + period.start, offset + period.end, "duration", period.value,
                                     period.unit, period.normalized, period.qualifier, period.low, period.high,
                                     priority=3, extra=extra)

    def _deep_times(self, view: str) -> Iterator[_Candidate]:
        """"lived some 94 million years ago", "a 3,000-year-old grave": how old a thing is, in years."""
        found = [*(self._scan(DEEP_TIME, view, _union(self._digit_starts(view), self._number_starts(view)))
                   if self._may_match(view, DEEP_TIME_WORDS) else ()),
                 *(DEEP_TIME_BACK.finditer(view) if self._may_match(view, {"back"}) else ())]
        for match in found:
            raw = match.group("num")
            years = parse_number(raw.replace("-", " "))
            if years is None or years < (OLDEST_PERSON if match.re is DEEP_TIME and match.group("old") else OLDEST_DATE):
                continue
            start, end, qualifier, low, high = self._qualified(view, match.start("num"), match.end("num"), years,
                                                               _precision(raw, years))
            yield _Candidate(start, max(end, match.end()), "duration", _plain(years), "year",
                             f"P{format_number(years)}Y", qualifier,
                             None if low is None else low * SECONDS_PER_YEAR,
                             None if high is None else high * SECONDS_PER_YEAR, priority=5, extra={"age": True})

    def _floors(self, view: str) -> Iterator[_Candidate]:
        """"on the 11th floor", "the eleventh floor": which floor of a building."""
        if not self._may_match(view, FLOOR_WORDS):
            return
        for match in self._scan(FLOOR_PATTERN, view, self._ordinal_starts(view)):
            floor = _ordinal(match.group("num"))
            if 0 < floor <= 300:
                yield _Candidate(match.start(), match.end(), "count", floor, FLOOR_UNIT, f"floor {floor}",
                                 "exact", float(floor), float(floor), priority=4)

    def _series(self, view: str) -> Iterator[_Candidate]:
        """"in the ninth round", "stopped in round nine": which of a contest's rounds (stages,
        laps, games, holes) an event fell in."""
        if not self._may_match(view, SERIES_WORDS):
            return
        for pattern, opening in ((SERIES_ORDINAL, True), (SERIES_NUMBER, False)):
            for match in pattern.finditer(view):
                written = match.group("num")
                number = _ordinal(written) if opening else parse_number(written)
                if number is None or not 0 < number <= 100 or number != int(number):
                    continue
                noun = match.group("noun").lower()
                start = match.start() if opening else match.start("noun")
                yield _Candidate(start, match.end(), "count", int(number), SERIES_UNITS[noun],
                                 f"{noun} {int(number)}", "exact", float(number), float(number), priority=4)

    def _tallies(self, view: str) -> Iterator[_Candidate]:
        """"Kirkwall's 89th victory", "her fourth title": the count so far, of the noun named."""
        if not self._may_match(view, TALLY_WORDS) or not self._may_match(view, ORDINAL_ENDINGS):
            return
        for match in self._scan(TALLY_PATTERN, view, self._ordinal_starts(view)):
            place = _ordinal(match.group("num"))
            if 0 < place <= 1000:
                noun = TALLY_NOUNS[match.group("noun").lower()]
                suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
                yield _Candidate(match.start(), match.end(), "count", place, TALLY_UNIT, f"{place}{suffix} {noun}",
                                 "exact", float(place), float(place), priority=4, noun=noun)

    def _quantities(self, view: str) -> Iterator[_Candidate]:
        if self._unit_re is None or not self._may_match(view, self._unit_words):
            return
        scale = None  # the temperature scale the article gives first
        for match in self._scan(self._unit_re, view, self._unit_starts(view)):
            groups = match.groupdict()
            first = groups.get("unit_first") or groups.get("symbol_first")
            raw = (groups.get("num_after") or groups["num_symbol"]) if first else match.group("num")
            value = parse_number(raw)
            if value is None:
                continue
            key = ("<" if first else "") + re.sub(r"\s+", " ", (first or match.group("unit")).lower())
            unit = self._units[key]
            if len(unit.alias) <= 2 and not raw[0].isdigit() and (
                    unit.alias not in WORDED_ABBREVIATIONS or raw.lower() in ("a", "an")):
                continue  # "one m", "a g": no measure; but "a two km radius" is one
            written_unit = match.group("unit") if not first else first
            if len(unit.alias) == 1 and written_unit.isupper() and unit.dimension != "temperature" and not unit.symbol:
                continue  # "5G subscribers", "$5M": a generation, a million; grams and metres are lower case
            if unit.alias == "m" and MILLIONS_OF.match(view, match.end()):
                continue  # "23.4m mobile customers", "5m people": millions, not metres
            if (following := WORD_AFTER.match(view, match.end())) and following.group(1).lower() in self._money_words:
                continue  # "201.66 M/S cents per kg": a price in a currency's abbreviation, no speed
            if len(unit.alias) == 1 and match.start("unit") != match.end("num") and not (
                    unit.dimension in ("length", "mass") and SPACED_METRES.match(view, match.end())
                    and not CURRENCY_BEFORE.search(view, max(0, match.start() - 4), match.start())
                    # "Ice temperature: -7.0 C": a reading its label calls a temperature
                    or unit.dimension == "temperature" and SPACED_METRES.match(view, match.end())
                    and TEMPERATURE_LABEL.search(view, max(0, view.rfind("\n", 0, match.start()) + 1,
                                                           match.start() - 40), match.start())):
                continue  # "46.4C" is a temperature, "grade 5 C" is not; "peaked at 6.4 m on Monday" is a height,
                # "| Weight | 198 g |" a mass
            first_start = match.start()
            if unit.dimension == "temperature":
                if _temperature_change(view, first_start, match.end()):
                    # "have climbed 3.2 degrees Fahrenheit": a difference, 1.8 degrees Celsius,
                    # comparable only with other differences
                    yield self._quantity(view, unit, raw, value, first_start, match.end(), change=True)
                    continue
                value, first_start = _below_zero(view, first_start, match.end(), value)
                scale = scale or unit
            fraction = AND_A_FRACTION.match(view, match.end())
            if fraction:
                # "a mile and a quarter", "two miles and a half": the fraction belongs to the amount
                value += AND_A_FRACTION_VALUES[fraction.group(1).lower()]
                yield self._quantity(view, unit, raw, value, first_start, fraction.end())
                continue
            sub = self._sub_unit(view, unit, match.end())
            if sub is not None:
                yield self._quantity(view, unit, raw, value + sub[0], first_start, sub[1], precision=sub[2])
                continue
            rate = RATE_AFTER.match(view, match.end()) if unit.dimension in RATE_DIMENSIONS else None
            if rate:
                # "thinning by 1.4 metres a year": a rate, never the same fact as a length
                found = self._quantity(view, unit, raw, value, first_start, match.end())
                found.extra["dimension"] = f"{unit.dimension} per {rate.group(1).lower()}"
                yield found
                continue
            yield self._quantity(view, unit, raw, value, first_start, match.end())
        fractions = (ONE_UNIT_AND_A_FRACTION.finditer(view)
                     if self._may_match(view, AND_A_FRACTION_WORDS) else ())
        for match in fractions:
            # "within a mile and a quarter of the docks": 1.25 miles
            unit = self._units.get(match.group(1).lower())
            if unit is not None and unit.dimension != "temperature":
                value = 1 + AND_A_FRACTION_VALUES[match.group(2).lower()]
                yield self._quantity(view, unit, "1", value, match.start(), match.end())
        for at in self._one_unit_starts(view):
            # a unit word after a qualifier and an article
            unit_word, one = ONE_UNIT.match(view, at), QUALIFIED_ONE.search(view, max(0, at - 24), at)
            if unit_word and one and (at == 0 or not _is_word_char(view[at - 1])):
                unit = self._units[unit_word.group().lower()]
                yield self._quantity(view, unit, "1", 1, one.start("a"), unit_word.end())
        for match in (DEGREES_BELOW_ZERO.finditer(view) if self._may_match(view, {"zero"}) else ()):
            unit, value = self._units.get(match.group("scale").lower()), parse_number(match.group("num"))
            if unit is not None and value is not None:
                yield self._quantity(view, unit, match.group("num"), -value, match.start(), match.end())
        if scale is None and self._may_match(view, {"degrees"}):
            metric, imperial = METRIC_MEASURES.search(view), IMPERIAL_MEASURES.search(view)
            if metric and not imperial:
                scale = self._units.get("celsius")
            elif imperial and not metric:
                scale = self._units.get("fahrenheit")
        if scale is not None:
            yield from self._bare_degrees(view, scale)
        if self._may_match(view, SHARE_WORDS):
            # "three-quarters of a mile wide", "a third of a mile": a share of one unit
            for match in SHARE_OF_UNIT.finditer(view):
                unit = self._units.get(match.group("unit").lower())
                if unit is not None:
                    yield self._quantity(view, unit, match.group("share"), _share(match.group("share")) / 100,
                                         match.start(), match.end())

    def _sub_unit(self, view: str, unit, end: int) -> Optional[tuple]:
        """(the part of `unit` the smaller unit after it adds, where it ends, how precise it is in
        `unit`): "16 feet 7½ inches"
        adds 7.5 / 12 feet; a bare number after a unit counts the smaller unit ("four metres
        eighty-five") when it could ("six feet 14" could not); None when nothing follows."""
        canonical = unit.canonical if unit.dimension == "length" else None
        family = "ft" if canonical and abs(unit.factor - 0.3048) < 1e-9 else ("m" if canonical and unit.factor == 1 else None)
        if family is None:
            return None
        match = SUB_UNIT_AFTER.match(view, end)
        if match is None:
            return None
        words, ratio = SUB_UNITS[family]
        written = (match.group("unit") or match.group("mark") or "").lower()
        if written and written not in words:
            return None
        if not written and match.group("and"):
            return None  # "five metres and seven" may go on to something else
        part = parse_number(match.group("num"))
        if part is None or not 0 < part < ratio:
            return None
        return part / ratio, match.end(), _precision(match.group("num"), part) / ratio

    def _bare_degrees(self, view: str, scale) -> Iterator[_Candidate]:
        """"The temperature reached 104 degrees": a bare degree is in the scale the article first
        gives, when the words before it speak of temperature (a "30-degree slope" is no heat)."""
        for match in BARE_DEGREES.finditer(view):
            before = re.split(r"[.!?;]\s", view[max(0, match.start() - 60):match.start()])[-1]
            if not TEMPERATURE_CUE.search(before):
                continue
            value = parse_number(match.group("num"))
            if value is None:
                continue
            value, first_start = _below_zero(view, match.start(), match.end(), value)
            yield self._quantity(view, scale, match.group("num"), value, first_start, match.end())

    def _quantity(self, view: str, unit, raw: str, value: float, start: int, end: int,
                  change: bool = False, precision: Optional[float] = None) -> _Candidate:
        canonical = value * unit.factor + (0.0 if change else unit.offset)
        precision = (_precision(raw, value) if precision is None else precision) * unit.factor
        start, end, qualifier, low, high = self._qualified(view, start, end, canonical, precision)
        if unit.upper and high is not None and canonical > 0:
            high = high * unit.upper / unit.factor  # "660 gallons": US or imperial, 2,498 to 3,000 litres
        dimension = unit.dimension + CHANGE_DIMENSION if change else unit.dimension
        return _Candidate(start, end, "quantity", _plain(value), unit.alias,
                          f"{format_number(_significant(canonical))} {unit.canonical}", qualifier, low, high,
                          priority=2, extra={"dimension": dimension})

    def _counts(self, view: str, taken: list[_Candidate]) -> list[_Candidate]:
        """Numbers that count things: "250 passengers", "three more crew members", "killed 12"."""
        occupied = sorted((c.start, c.end) for c in taken)
        starts = [s for s, _ in occupied]
        result = []
        for match in self._scan(_NUMBER, view, self._number_starts(view)):
            start, end = match.span()
            index = bisect_right(starts, start) - 1
            if index >= 0 and occupied[index][1] > start:
                continue
            if index + 1 < len(occupied) and occupied[index + 1][0] < end:
                continue
            raw = match.group()
            value = parse_number(raw)
            if value is None or raw.lower() in ("a", "an", "half", "a half"):
                continue
            if _TIME_OR_CODE_AFTER.match(view, end):
                continue
            if SUPERLATIVE_AFTER.match(view, end):
                continue  # "one of the ten largest seats": a place in a ranking, no count
            if start > 0 and (view[start - 1] in "-–/#№" or view[start - 1] == ":" and view[start - 2:start - 1].isdigit()):
                continue
            if NUMBER_SIGN_BEFORE.search(view, max(0, start - 5), start):
                continue  # "No. 10 Downing Street", "No 3 platform": a label, not a count
            noun, noun_end = _count_noun(view, end)
            if noun in CARRIER_NOUNS and (carried := CARRIED_OF.match(view, noun_end)):
                # "four hundred letters of objection" counts objections, as "312 objections" does
                noun, noun_end = carried.group("noun").lower() + "s", carried.end()
            if noun is None and math.isfinite(value) and value == int(value) and (scored := POINTS_SCORED.match(view, end)):
                noun, noun_end = "points", scored.end()  # "scored 38 points": no index's move nor a margin
            if noun is None and AVERAGED_BEFORE.search(view, max(0, start - 40), start):
                noun, noun_end = "average", end  # "averaged 101.37", "averaged a stunning 103.17": a player's average
            elif noun is None and _average_row(view, start):
                noun, noun_end = "average", end  # "| Three-dart average | 101.37 | 97.82 |"
            elif (named_average := AVERAGE_AFTER.match(view, end)):
                noun, noun_end = "average", named_average.end()  # "A 97.82 average wins most finals"
            compound = HYPHEN_NOUN.match(view, end) if noun is None else None
            if compound and value > 0 and compound.group(1).lower() not in NOT_COUNT_NOUNS | STOPWORDS | HYPHEN_NOT_NOUNS:
                # "a 9,000-seat ballpark", "a 63-vehicle pile-up": the number counts the noun
                noun, noun_end = compound.group(1).lower(), compound.end()
                noun = COMPOUND_SYNONYMS.get(noun, noun)
                sized = COMPOUND_NOUN.match(view, noun_end) if noun in PEOPLE_SIZE_WORDS else None
                if sized and sized.group(1).lower() not in STOPWORDS:
                    noun = sized.group(1).lower()  # "a 22-strong team", "a six-man crew": the team, the crew
            else:
                compound = None
            offspring = noun is None and PARENT_OF_BEFORE.search(view, max(0, start - 16), start) is not None
            if offspring:
                noun, noun_end = "children", end  # "a 47-year-old father of three": his children
            if raw.lower() == "one" and _OF_AFTER.match(view, end):
                continue
            if noun is None and value == 1:
                # "one death", "one person was killed": a single one, named in the singular
                single = _ONE_NOUN.match(view, end)
                plural = _ONE_COUNTED.get(single.group(1).lower()) if single else None
                if plural:
                    noun, noun_end = plural, single.end()
            if noun is None and raw.lower() in ("one",):
                continue
            if not math.isfinite(value):
                continue  # a run of hundreds of digits is no count
            if value != int(value) and noun != "average" and not (re.search(r"[a-z/]", raw, re.IGNORECASE)
                                                                   or raw[-1] in VULGAR_FRACTIONS):
                continue  # "46.4" alone counts nothing: a count with a fraction needs a scale ("1.2 million")
            if noun is None and 1000 <= value <= 2100 and raw.isdigit():
                continue  # a bare year-like number: dates handle real years
            if _after_title_word(view, start) or self._ignored(view, start, end):
                continue
            precision = _precision(raw, value)
            claim_end = noun_end
            whole = None
            if noun is not None and noun_end - end > 5 and WHOLE_TOLD_AFTER.match(view, end, noun_end):
                told = _NUMBER.search(view, end, noun_end)
                whole = parse_number(told.group()) if told else None
            of_part = (noun is not None and " of " in view[max(0, start - PART_REACH):start]
                       and PART_TOLD_BEFORE.search(view, max(0, start - PART_REACH), start) is not None)
            if whole is not None:
                claim_end = end  # "close 112 of its 480 branches": the whole is a count of its own
            q_start, q_end, qualifier, low, high = self._qualified(view, start, end, value, precision)
            if noun is not None:
                q_end = max(q_end, claim_end)
            increment = _INCREMENT_AFTER.match(view, end) is not None
            result.append(_Candidate(q_start, q_end, "count", _plain(value), noun, format_number(value),
                                     qualifier, low, high, priority=1, noun=noun,
                                     extra={"bare": noun is None, "increment": increment, "offspring": offspring,
                                            "compound": compound is not None, "whole": whole, "of_part": of_part}))
        return result

    @staticmethod
    def _noun_of(view: str, clause: Span, candidate: _Candidate) -> Optional[str]:
        """The noun the value is the size of, in the singular: "a one-off payment of £1,500"."""
        named = NOUN_OF.search(view, max(clause.start, candidate.start - 50), candidate.start)
        if named is None and candidate.kind == "duration":
            named = NOUN_LASTING.search(view, max(clause.start, candidate.start - 40), candidate.start)
        if named and named.group(1).lower() not in VAGUE_OF_NOUNS | STOPWORDS | NOT_COUNT_NOUNS:
            return _singular(named.group(1).lower())
        return None

    def _ignored(self, view: str, start: int, end: int) -> bool:
        """The number lies inside a match of an ignore pattern (a code, a title): found once per view."""
        if getattr(self, "_ignore_view", None) is not view:
            spans = sorted((m.start(), m.end()) for pattern in self.rules.ignore for m in pattern.finditer(view))
            self._ignore_view = view
            self._ignore_starts = [a for a, _ in spans]
            self._ignore_ends = [b for _, b in spans]
        index = bisect_right(self._ignore_starts, start)
        return any(self._ignore_ends[k] >= end for k in range(max(0, index - 4), index))

    # -- reading what a value is about -------------------------------------------------------

    def _claim(self, source, candidate, sentence, previous, mentions, canonical, counter, published_year,
               when) -> Optional[Claim]:
        view = source.view
        clause = next((c for c in self._clauses(view, sentence) if c.start <= candidate.start < c.end), sentence)
        hits = self._lexicon_hits(view, sentence)
        dimension = candidate.extra.get("dimension") if candidate.kind == "quantity" else None
        if candidate.kind == "duration" and candidate.low is not None and candidate.low > LONGEST_RACE:
            dimension = "long"  # "the first team in ten years": no race takes years
        allowed = self._allowed_hits(view, sentence, candidate.kind, dimension)
        opening_label = FACT_LABEL.match(view, sentence.start)
        column_year = _column_year(view, candidate)  # (read once: it labels the row and dates the figure)
        label = (opening_label if (_labels_value(view, opening_label, candidate)
                                   # "| Attendances | 188,900 | 205,100 | 212,400 |" under a header of
                                   # years: the row's label names each year's figure
                                   or opening_label is not None and column_year is not None)
                 and opening_label.group(1) not in self._speakers(view) else None)
        if label is None and (row_label := _row_label(view, candidate)) is not None and self._plain_column(view, candidate):
            # "| Single-use bags handed out | 61.2 million | 9.8 million |" under columns of
            # periods: the row's words name every figure of the row, not "Year before levy"
            label = row_label
        if LEVEL_BEFORE.search(view, max(sentence.start, candidate.start - 8), candidate.start):
            # "unemployment rose to 4.3 per cent": the level reached, not the rise
            allowed = [(s, e, attrs) for s, e, attrs in allowed
                       if s >= candidate.end
                       or not all(self._changes(a) for a in attrs if self._allows(a, candidate.kind))]
        # "88.6 per cent of them passed, down from 90.2 per cent": the level, which the
        # movement after it compares with an earlier one, not the movement
        # (nor is the level it moved from, "down from 90.2 per cent")
        allowed = [(s, e, attrs) for s, e, attrs in allowed
                   if not (((s >= candidate.end and FROM_AFTER.match(view, e)
                             and view[max(candidate.end, s - 3):s].rstrip().endswith(","))
                            or (e <= candidate.start and MOVED_FROM.fullmatch(view, e, candidate.start)))
                           and all(self._changes(a) for a in attrs if self._allows(a, candidate.kind)))]
        if candidate.kind == "money":
            # "900 mln dlrs of the purchase price would come from bank loans": a part of the price
            allowed = [h for h in allowed if not (h[0] >= candidate.end and WHOLE_OF.fullmatch(view, candidate.end, h[0]))]
        # "All 22 crew members were accounted for and none was seriously hurt": what befell no one
        # ("None of the 180 people on board, who included six crew members, was hurt")
        if self._tells_of_no_one(view, sentence):
            none_of = NONE_OF_OPENING.match(view, sentence.start) is not None
            allowed = [h for h in allowed if not (h[0] >= candidate.end and (
                NO_ONE_BEFORE.search(view, max(candidate.end, h[0] - 45), h[0])
                or none_of and NONE_OF_VERB.search(view, max(candidate.end, h[0] - 20), h[0])))]
        # "on Feb. 27, a week before the vote": the event the value is timed from is not its own
        allowed = [h for h in allowed if not (h[0] >= candidate.end and INTERVAL_TO_EVENT.fullmatch(view, candidate.end, h[0]))]
        outside = [h for h in allowed if (h[1] <= candidate.start or h[0] >= candidate.end)
                   and self._reaches(h[0], h[1], candidate)
                   and not (h[1] <= candidate.start and self._by_value_between(view, h[1], candidate.start))
                   and not (h[0] >= candidate.end and self._names_later_value(view, h[1], candidate))]
        inside = [h for h in allowed if not (h[1] <= candidate.start or h[0] >= candidate.end)]
        # a word right after the value names it ("a $2.1 billion criminal fine", "$29 million in
        # bribes", "three years of supervised release"), whatever verb stands before
        following = [h for h in outside if h[0] >= candidate.end and candidate.kind != "count"
                     and FOLLOWING_NOUN.fullmatch(view[candidate.end:h[0]])]
        # prefer a word no value of any kind stands between ("villages high in the Andes" is not
        # the magnitude's), then one only values of other kinds stand between ("Revenue rose
        # 4.1 pct to 6.38 billion dlrs")
        clear = [h for h in outside if self._reaches(h[0], h[1], candidate, any_kind=True)]
        # "a championship record of 1:54.31, beating ...": a noun leading to the value through "of"
        # names it, whatever word stands after
        linked = [h for h in outside if h[1] <= candidate.start and OF_LINK.fullmatch(view, h[1], candidate.start)]
        subject_word = self._clause_subject(view, outside, candidate, clause)
        primary = following[0][2] if following else linked[-1][2] if linked else (_nearest(clear, candidate, clause)
                                                      or _nearest(outside, candidate, clause, limit=40)
                                                      or subject_word)
        whole = _share_whole(view, candidate.end) if candidate.kind == "percent" else None
        if (whole and not following and primary is not None
                and all(h[0] >= whole[1] for h in outside if h[2] is primary)):
            # "fell to 23 per cent of capacity following a winter of scant rainfall": the share
            # of the noun named, not a word further on
            primary = None
        estimated = [h for h in outside if h[1] <= candidate.start
                     and ESTIMATED_AT.fullmatch(view, h[1], candidate.start)]
        # "a one-off payment of £1,500", "a wait of 32 years": the noun the value is the size of
        noun_of = (self._noun_of(view, clause, candidate)
                   if candidate.kind in ("money", "percent", "duration") else None)
        if estimated:
            primary = estimated[-1][2]  # "damage was estimated at $1.1 billion": the thing estimated
        elif noun_of and not following and not linked:
            primary = None  # "the deal includes a one-off payment of £1,500": the payment, not the deal
        if (candidate.kind == "duration" and primary is not None and not following
                and OF_NOUN_AFTER.match(view, candidate.end)
                and not any(h[2] is primary and clause.start <= h[0] < clause.end for h in outside)):
            # "After fourteen months of talks, a walk-out and more late nights": the talks took
            # the time, not a word of another clause
            primary = None
        # (or right after it: "Thirty-eight lots found buyers")
        predicate = [h for h in outside if h[0] >= candidate.end and candidate.kind == "count"
                     and clause.start <= h[0] < clause.end
                     and (PREDICATE_GAP.fullmatch(view, candidate.end, h[0])
                          or (h[0] > candidate.end and view[candidate.end:h[0]].isspace()
                              and not LEADING_PREPOSITION.match(view, h[0])))]
        if predicate:
            # "Seven people died and 25 people were hospitalized": the verb after the counted
            # noun says what the number counts, not the one before "and"
            primary = predicate[0][2]
        if candidate.kind == "count" and candidate.noun and candidate.noun not in GENERIC_COUNT_NOUNS:
            # "72 counties", "12,000 workers": the counted noun says what is counted, unless a
            # verb right after says what befell them ("Two climbers were killed")
            # (but not the verb after a whole told after its part: in "Seventeen of 22 economists
            # polled had forecast", the verb tells of the part)
            told_by_verb = predicate and not candidate.extra.get("of_part")
            primary = inside[0][2] if inside else (predicate[0][2] if told_by_verb else None)
            if predicate and PART_OF.match(view, candidate.start, candidate.end):
                primary = predicate[0][2]  # "Four of the injured remain in critical condition": a part, told by its verb
        elif (candidate.kind == "count" and candidate.noun
              and (primary is None or not _close([h for h in outside if not (inside and self._side_action(view, candidate, h))],
                                                 candidate, 40))
              and not (primary and LINKING_VERB.search(view, max(clause.start, candidate.start - 25), candidate.start)
                       and primary == subject_word)):
            # (unless the clause opens with what it counts and links it to the value: "The death
            # toll from flash floods in the valley rose to at least 23 people")
            # "250 passengers" with no verb near: the noun names the attribute
            primary = inside[0][2] if inside else None
        if (candidate.kind == "count" and candidate.noun and self._allows(MARGIN, "count")
                and (any(MARGIN in h[2] and h[1] <= candidate.start and view[h[1]:candidate.start].isspace()
                         and view[h[1] - 2:h[1]] == "by" for h in outside)
                     or UP_OR_DOWN_BY.search(view, max(clause.start, candidate.start - 12), candidate.start))):
            primary = frozenset({MARGIN})  # "led by four points": the lead, whatever it counts
        if (candidate.kind == "count" and inside and primary is not None and primary is not inside[0][2]
                and any(h[2] is primary and h[1] <= candidate.start and WITH_GAP.fullmatch(view, h[1], candidate.start)
                        for h in outside)):
            primary = inside[0][2]  # "Szymanska finished with 92,318 votes": votes, not finishers
        cues = sorted({a for _, _, attrs in allowed for a in attrs if self._allows(a, candidate.kind)}
                      | ({DIMENSION_ATTRIBUTES.get(candidate.extra.get("dimension"))} - {None}))
        clause_cues = sorted({a for s_, _, attrs in outside if clause.start <= s_ < clause.end
                              for a in attrs if self._allows(a, candidate.kind)})
        primary_names = self.rules.in_rule_order(
            a for a in primary if self._allows(a, candidate.kind) and _fits(a, dimension)) if primary else []
        after = []  # count words right after a bare number
        column = None  # the header word of the table column a bare number stands in
        if candidate.kind == "count" and candidate.extra.get("bare"):
            # a bare number counts something only when a count word stands right after it
            # ("17 dead", "40 injured") or close before it ("killed 12", "the toll rose to 17")
            after = [h for h in allowed if candidate.end <= h[0] <= candidate.end + 30
                     and BARE_COUNT_GAP.fullmatch(view[candidate.end:h[0]])]
            # "the death toll from the capsizing ... rose to 17": a linking verb carries the word further
            reach = 120 if LINKING_VERB.search(view[max(clause.start, candidate.start - 25):candidate.start]) else 40
            before = [h for h in allowed if h[1] <= candidate.start and candidate.start - h[1] <= reach
                      and clause.start <= h[0]]
            near = after[:1] or before[-1:]
            group = None if near else (self._noun_of(view, clause, candidate)
                                       or _number_of(view, clause, candidate)
                                       or _elided_noun(view, sentence, candidate)
                                       or _label_noun(label))
            column = _column_header(view, candidate)
            header = None if near or group else column
            headed = self._header_attribute(header) if header else None
            if not (near or group or header) and _read_out_result(view, candidate):
                headed = VOTES  # "Rhian Maddox, New Democrats, ten thousand, four hundred and twelve."
            if group and (listed := self._header_attribute(group)):
                primary_names = [listed]  # "passenger numbers rose to 14.2 million": the lexicon's passengers
            elif group or (header and not headed):
                # "a crew of six", "a population of 1,400": the group the number is the size of
                primary_names = ["noun:" + _noun_key(group or header)]
            elif headed:
                primary_names = [headed]  # a results table's "Votes" column
            elif not near:
                return None
            else:
                primary_names = sorted(a for a in near[0][2] if self._allows(a, "count"))
        if label and not after and not (candidate.kind == "count" and candidate.noun
                                        and candidate.noun not in GENERIC_COUNT_NOUNS and not primary_names):
            # (but "Finds: 140 coins, painted plaster": the counted noun says what the figure counts)
            # ("Injured: three in critical condition": the words right after a bare number say more)
            # "Evacuation: 3,140 residents registered at rest centres": a fact box's label names its value
            named = self.rules.in_rule_order({a for s_, e_, attrs in allowed if sentence.start <= s_ and e_ <= label.end(1)
                                              for a in attrs if self._allows(a, candidate.kind) and _fits(a, dimension)})
            noun = _label_noun(label)
            headword = self._header_attribute(noun, candidate.kind) if noun and len(named) > 1 else None
            if headword in named:
                named = [headword]  # "Estimated capex: £41m": the label's head noun, not its adjective
            primary_names = named or primary_names
            if not primary_names and (column_named := self._column_attribute(view, candidate)):
                # "Region: Average price (Oct 2025)" over "Carrowgate: £512,900": the column's
                # header names the value; the row's label names whose it is
                primary_names = [column_named]
            elif not primary_names and candidate.kind in LABELLED_KINDS and noun:
                # "- **Investigation:** eight months": the label is the noun the value measures
                primary_names = ["noun:" + _noun_key(noun)]
        if "quote" in candidate.extra and not primary_names and self._allows(CLOSING_PRICE, "money"):
            # "shares rose 9-3/4 to 35-1/8": where the shares stand, whatever offer the sentence names
            primary_names, cues, clause_cues = [CLOSING_PRICE], [CLOSING_PRICE], []
        if candidate.kind == "count" and candidate.extra.get("offspring"):
            primary_names = ["noun:children"]  # "killed a father of three": his children, not the dead
        if (primary_names == [HEADCOUNT] and self._allows(JOB_LOSSES, "count")
                and (JOB_LOSS_BEFORE.search(view, max(clause.start, candidate.start - 30), candidate.start)
                     or label is not None and JOB_LOSS_LABEL.search(label.group(1)))):
            # "would cut 1,200 jobs", "Positions eliminated: 3,600": the jobs lost, not the headcount
            primary_names = [JOB_LOSSES]
        if (candidate.kind == "count" and candidate.noun in PERSON_NOUNS and not primary_names
                and self._allows(HEADCOUNT, "count")
                and EMPLOYER_HAS.search(view, max(clause.start, candidate.start - 40), candidate.start)):
            primary_names = [HEADCOUNT]  # "The company has about 3,200 people": its staff
        if candidate.kind == "count" and candidate.extra.get("increment") and primary_names:
            # "three more bodies": an increase, not the total
            primary_names = [name + INCREMENT for name in primary_names]
        if candidate.kind == "count" and not primary_names and candidate.noun:
            key = _noun_key(candidate.noun)
            named = COUNTED_ATTRIBUTES.get(key)
            primary_names = [named] if named and self._allows(named, "count") else ["noun:" + key]
        compound = (COMPOUND_NOUN.match(view, candidate.end)
                    if candidate.kind == "duration" and not following and COMPOUND_UNIT.search(view, candidate.start, candidate.end)
                    else None)
        if compound and compound.group(1).lower() not in STOPWORDS and compound.group(1).lower() not in NOT_COUNT_NOUNS:
            # "an eleven-hour debate that ran late": the noun the compound qualifies, not a verb further on
            primary_names = ["noun:" + _noun_key(compound.group(1))]
        # (in its own clause it comes before a word of another: "The labour lasted three hours, and
        # was watched by a vet")
        took = (TOOK_TIME.search(view, max(clause.start, candidate.start - 40), candidate.start)
                if candidate.kind == "duration" and not (primary_names and clause_cues) else None)
        if took is None and candidate.kind == "duration" and not primary_names:
            took = TOOK_TIME_OPENING.match(view, clause.start)
            if took and took.end() != candidate.start:
                took = None
        if took and took.group("noun").lower() not in STOPWORDS:
            primary_names = ["noun:" + _noun_key(took.group("noun"))]
        if candidate.kind == "duration" and not primary_names and IT_TOOK.search(
                view, max(clause.start, candidate.start - 30), candidate.start):
            done = TOOK_TO_DO.match(view, candidate.end)
            if done and done.group(1).lower() not in STOPWORDS:
                # "it took four hours to bring all of them back": the doing took the time
                primary_names = ["noun:" + done.group(1).lower()]
        if candidate.extra.get("recurs") and not primary_names and self._allows(INTERVAL, "duration"):
            primary_names = [INTERVAL]  # "a tram every ten minutes": the time between one and the next
        if candidate.kind == "quantity" and dimension == "length" and EVERY_BEFORE.search(
                view, max(clause.start, candidate.start - 8), candidate.start):
            primary_names = ["noun:" + SPACING]  # "lay-bys every 500 metres": how far apart, not how far
        if (candidate.kind == "quantity" and not primary_names and dimension == "length"
                and self._allows(DISTANCE, "quantity") and FROM_PLACE.match(view, candidate.end)):
            primary_names = [DISTANCE]  # "roughly 2 km from Halvek harbour", "five miles off the coast"
        if whole and not primary_names:
            primary_names = ["noun:" + _noun_key(whole[0])]  # "45 percent of the summer flow": a share of the flow
        if candidate.kind == "percent" and not primary_names:
            shared = self._share_column(view, candidate)
            if shared:
                primary_names, column = [shared], shared  # (whose share the row's first cell names)
        if candidate.kind in ("money", "percent", "duration") and not primary_names:
            # no lexicon word: the noun the value qualifies names it ("$5 million in grants")
            noun = FOLLOWING_WORD.match(view, candidate.end)
            word = noun.group(1).lower() if noun else ""
            if (noun and word not in STOPWORDS and word not in NOT_COUNT_NOUNS and word not in RELATION_WORDS
                    and word not in ADVERBS_AFTER_VALUE and word not in TIME_PLACING_WORDS
                    and not (word.endswith("ly") and word not in LY_NOUNS)):
                primary_names = ["noun:" + _noun_key(noun.group(1))]
            elif noun_of:
                primary_names = ["noun:" + noun_of]
        if (candidate.kind in ("money", "percent") and not primary_names
                and not COMPARED_AFTER.match(view, candidate.end)):
            # "the company's reservoir stocks now stand at 39 per cent": the noun the clause links
            # to the value, where no lexicon word names it (not "the offer is 38 per cent above")
            linked_noun = STANDS_AT.search(view, max(clause.start, candidate.start - 50), candidate.start)
            if linked_noun and linked_noun.group("noun").lower() not in NOT_LINKED_NOUNS:
                primary_names = ["noun:" + _noun_key(linked_noun.group("noun"))]
        if (candidate.kind == "quantity" and not any(self._changes(a) for a in primary_names)
                and BY_BEFORE.search(view, max(clause.start, candidate.start - 20), candidate.start)):
            # "will cut its crude oil output by 300,000 bpd": the movement the verb makes, not the level
            moved = [a for s_, e_, attrs in allowed if clause.start <= s_ and e_ <= candidate.start
                     for a in sorted(attrs) if self._changes(a) and self._allows(a, candidate.kind)]
            primary_names = moved[-1:] or primary_names
        if (candidate.kind == "duration" and RACE_TIME in primary_names
                and BY_BEFORE.search(view, max(clause.start, candidate.start - 20), candidate.start)):
            primary_names = [MARGIN]  # "won by 14 seconds": the gap, not the winning time
        if (candidate.kind == "duration" and not primary_names and self._allows(RACE_TIME, "duration")
                and candidate.unit in ("second", "minute", "hour")
                and re.search(r"\bin\s+$", view[max(clause.start, candidate.start - 4):candidate.start])
                and not SPLIT_BEFORE.search(view, max(clause.start, candidate.start - 30), candidate.start)
                and any(RACE_TIME in attrs or MARGIN in attrs for s_, _, attrs in hits if clause.start <= s_ < clause.end)):
            # "beating Ashcombe by three lengths in 17 minutes 42 seconds": the race took that long
            primary_names = [RACE_TIME]
        if candidate.kind == "duration" and AGE_GAP_AFTER.match(view, candidate.end):
            primary_names = ["noun:age difference"]  # "a challenger 12 years his junior"
        if candidate.kind == "age" or candidate.extra.get("age"):
            primary_names = ["age"]
        if candidate.unit == ODDS_UNIT:
            primary_names = ["noun:" + ODDS_UNIT]
        if candidate.extra.get("multiple"):
            primary_names = ["noun:" + candidate.extra["multiple"]]
        if candidate.extra.get("division"):
            primary_names = ["votes"]  # "by 163 to 131 ... the margin told a story": a division is a vote
        if candidate.unit in PAR_UNITS:
            primary_names = ["noun:score to par"]
        if candidate.unit == RANK_UNIT:
            # "ranked No. 9 ... as the crowd rose": a place in a ranking, whatever words stand near
            primary_names = ["noun:" + candidate.extra.get("rank", "rank")]
        if candidate.kind == "quantity" and not primary_names:
            # some dimensions are their own attribute: a magnitude is the magnitude
            primary_names = [DIMENSION_PRIMARY[d] for d in [candidate.extra.get("dimension")] if d in DIMENSION_PRIMARY]
        if candidate.kind == "quantity" and not primary_names and "-" in view[candidate.start:candidate.end]:
            # "12-metre waves", "a 30-foot wave": the thing the compound measures
            measured = COMPOUND_NOUN.match(view, candidate.end)
            word = measured.group(1).lower() if measured else ""
            if (measured and word not in NOT_MEASURED_NOUNS):
                primary_names = ["noun:" + _noun_key(word)]
        if candidate.kind == "quantity" and not primary_names and dimension != "length":
            # "4.2 million tonnes of wheat", "240,000 gallons of styrene": the stuff measured (a
            # length "of" a place is how far from it: "within 2 km of the town")
            stuff = QUANTITY_OF.match(view, candidate.end)
            word = stuff.group(1).lower() if stuff else ""
            if stuff and word not in NOT_MEASURED_NOUNS:
                primary_names = ["noun:" + _noun_key(word)]
        if candidate.unit in SERIES_NOUNS:
            primary_names = ["noun:" + SERIES_NOUNS[candidate.unit]]  # which round: whatever the sentence counts
        attribute = primary_names[0] if primary_names else None
        # (a capitalised unit is no name: "2 Gbps", "40 Tbps")
        clause_mentions = [m for m in self._mentions_in(view, mentions, clause)
                           if not candidate.start <= m.start < m.end <= candidate.end and not _descriptive(view, m)
                           and not _vocative(view, m)]
        if opening_label:
            # "Glass plants in operation: 11 plants": a fact box's label opens with a capital, not a name
            clause_mentions = [m for m in clause_mentions if not (m.words == 1 and m.start == opening_label.start(1))]
        # the word right before the value's verb: a name leads the clause, a noun is its topic
        lead_in = max(clause.start, candidate.start - 60)
        local = (LOCAL_SUBJECT.search(view, lead_in, candidate.start)
                 if _value_verb_before(view, lead_in, candidate.start) else None)
        heading = _table_heading(view, candidate)
        # (a header that names a column's figures never heads a column of names: one or the other)
        column_name = _table_column_name(view, candidate, mentions) if column is None else None
        subject, entities, lead = self._subject(view, candidate, sentence, clause, previous, mentions,
                                                column is not None, column_name, clause_mentions, canonical, local,
                                                heading)
        file_start, file_end = source.file_span(candidate.start, candidate.end)
        text = source.text[file_start:file_end]
        if not text.strip():
            return None
        marks = self._marks(view, sentence, candidate)
        if heading is not None:
            # "## Projections" over a table: each figure is a projection, unless its row says otherwise
            marks = self._marks_named_in(view, heading, marks)
        if previous and ELIDED_SUPERLATIVE.match(view, clause.start):
            # "There have been aftershocks all morning. The largest was magnitude 5.6": the
            # largest of what the sentences before name
            marks = self._marks_named_in(view, Span(previous[max(0, len(previous) - 2)].start, previous[-1].end), marks)
        topic = (_topic(view, candidate, clause, local, {m.start for m in clause_mentions})
                 if candidate.kind in TOPIC_KINDS and not (linked and not following and not any(
                     self._changes(a) for a in linked[-1][2])) else None)
        # ("a net profit of 598 million euros": the noun before "of" says what it is, whatever
        # noun opens the clause; "an increase of 4.8 percent" says only how it moved)
        years, past = when
        if column_year is not None and not years:
            # "| Measure | 2019 | 2023 | 2024 |" over "| Attendances | 188,900 | 205,100 | 212,400 |":
            # each figure is its column's year's, and those before the latest column's are earlier figures
            years, past = (column_year[0],), past or column_year[0] < column_year[1]
        # ("| | 2024 (outcome) | 2025 | 2026 |" in an article of 2025: the 2026 column is a projection)
        projected = (column_year is not None and years == (column_year[0],) and published_year is not None
                     and int(years[0]) > published_year)
        if FROM_BEFORE.search(view, max(sentence.start, candidate.start - 6), candidate.start) and (
                TO_VALUE.search(view, max(sentence.start, candidate.start - 50), candidate.start)
                or TO_VALUE.match(view, candidate.end)):
            past = True  # "cut to 12 pct from 22 pct", "from 22 pct to 12 pct": the level before
        if EARLIER_LEVEL.search(view, max(sentence.start, candidate.start - 40), candidate.start):
            past = True
        if EARLIER_TIME.search(view, max(clause.start, candidate.start - EARLIER_TIME_REACH),
                               min(clause.end, candidate.end + EARLIER_TIME_REACH)):
            past = True
        if (candidate.kind == "count" and candidate.extra.get("bare")
                and ELIDED_BEFORE.search(view, max(sentence.start, candidate.start - 20), candidate.start)):
            past = True  # "up 41 per cent from 1,644", "to 145 from 116": the figure compared with
        context = self._context(view, candidate, sentence)
        opening = max(sentence.start, candidate.start - 200)
        compared = (view.find("than", opening, candidate.start) >= 0
                    and COMPARED_THING.search(view[opening:candidate.start]) is not None)
        return Claim(
            id=f"{source.id}:{counter}",
            source=source.id,
            kind=candidate.kind,
            subject=subject,
            attribute=attribute,
            value=candidate.value,
            unit=candidate.unit,
            normalized=_range_normalized(candidate),
            qualifier=candidate.qualifier,
            text=text,
            start=file_start,
            end=file_end,
            sentence=self._sentence_text(view, sentence),
            low=_finite(candidate.low),
            high=_finite(candidate.high),
            resolved=candidate.resolved,
            context=context,
            features=_Features(
                attributes=tuple(primary_names),
                cues=tuple(cues),
                clause_cues=tuple(clause_cues),
                entities=entities,
                lead=lead,
                marks=marks,
                years=years,
                past=past,
                qualified=_compound_head(view, candidate),
                planned=PLANNED_LEVEL.search(view, max(clause.start, candidate.start - 100), candidate.start) is not None,
                projected=projected,
                cap_of_many=(candidate.qualifier in ("at_most", "less_than")
                             and CAP_OF_MANY.search(view, max(clause.start, candidate.start - 30), candidate.start) is not None),
                compared=compared,
                part=(candidate.kind == "count" and (
                    # ("Four of the injured were taken to hospital": a part of the injured, whatever it says)
                    (attribute is None or attribute.startswith("noun:") or self._names_own_group(view, candidate, attribute))
                    and (PART_OF_GROUP.match(view, candidate.start, candidate.end) is not None
                         or OF_THOSE_OPENING.fullmatch(view, clause.start, candidate.start) is not None)
                    or REMAINDER_BEFORE.search(view, max(clause.start, candidate.start - 16), candidate.start) is not None
                    or candidate.noun is not None and REMAINDER_AFTER.match(view, candidate.end) is not None
                    # "Some 85 residents, 12 of them children,": a part of the count before, told by what
                    # the whole is (not "14 people were hurt, three of them taken to hospital")
                    or self._apposed_part(view, candidate, allowed, attribute)
                    or candidate.noun is not None and SOME_OF_KIND.search(view, candidate.start, candidate.end) is not None)
                    or candidate.kind in ("money", "quantity") and SUM_PART_AFTER.match(view, candidate.end) is not None
                    # ("all seventy-two feet of it": the whole of it)
                    and not ALL_BEFORE.search(view, max(0, candidate.start - 6), candidate.start)),
                relative=bool(candidate.extra.get("relative")),
                share=(("part", candidate.extra["whole"]) if candidate.extra.get("whole") is not None
                       else ("whole", None) if candidate.extra.get("of_part") else None),
                twelve_hour=bool(candidate.extra.get("twelve_hour")),
                day=candidate.extra.get("quote") or None,
                lent_day=bool(candidate.extra.get("relative")) and self._lent,
                noun=_noun_class(candidate, inside),
                topic=topic,
                own_noun=bool(primary_names and (
                    candidate.kind == "count" and inside and set(primary_names) <= set(inside[0][2])
                    # "the course-record bonus of $25,000", "the $50,000 first prize": the word is the value's
                    or candidate.kind == "money" and primary is not None and (following and primary is following[0][2]
                                                or linked and primary is linked[-1][2]
                                                or any(h[2] is primary and h[1] <= candidate.start
                                                       and not view[h[1]:candidate.start].strip() for h in outside))
                    and set(primary_names) <= set(primary))),
                dimension=candidate.extra.get("dimension"),
                # ("a father of two": his own children, no count of the story's)
                personal=(PERSONAL_SUBJECT.search(view, clause.start, candidate.start) is not None
                          or bool(candidate.extra.get("offspring"))),
            ),
        )

    @staticmethod
    def _apposed_part(view: str, candidate, allowed, attribute: Optional[str]) -> bool:
        """A count set after another between commas, "of them": "Some 85 residents, 12 of them
        children, are away from their homes"; unless its own words name its attribute."""
        if not view.startswith(", ", max(0, candidate.start - 2)):
            return False
        part = APPOSED_PART.match(view, candidate.start)
        if part is None:
            return False
        stop = APPOSITION_END.search(view, part.end())
        end = stop.start() if stop else len(view)
        return not any(part.end() <= s_ < end and attribute in attrs for s_, _, attrs in allowed)

    def _names_own_group(self, view: str, candidate, attribute_name: str) -> bool:
        """The group a part is told of is the attribute's own: "Four of the injured" (injuries),
        "Twelve of the passengers were children" (passengers)."""
        word = view[candidate.start:candidate.end].rsplit(None, 1)[-1].lower()
        attribute = self.rules.attribute(attribute_name)
        return attribute is not None and word in attribute.words

    def _changes(self, attribute_name: str) -> bool:
        attribute = self.rules.attribute(attribute_name)
        return attribute is not None and attribute.change

    def _header_attribute(self, word: str, kind: str = "count") -> Optional[str]:
        """The attribute a table's column header names by one of its words ("Votes"), if any: the
        rules' first that holds values of the kind, as the lexicon reads the word."""
        names = self._lexicon[1].get(_lexicon_key(word), ()) if self._lexicon else ()
        return next((attribute.name for attribute in self.rules.attributes
                     if attribute.name in names and self._allows(attribute.name, kind)), None)

    def _column_attribute(self, view: str, candidate) -> Optional[str]:
        """The attribute a word of the value's table column header names ("Average price"), if any."""
        found = _table_header(view, candidate)
        if found is None:
            return None
        header, column = found
        for word in reversed(_cell_words(header[column])):
            named = self._header_attribute(word, candidate.kind)
            if named:
                return named
        return None

    def _share_column(self, view: str, candidate) -> Optional[str]:
        """A percentage in a table's share column is a share of what another column counts:
        "Votes | Share" over "48,213 | 41.2%" is a share of the votes."""
        found = _table_header(view, candidate)
        if found is None:
            return None
        header, column = found
        if not SHARE_HEADER.search(header[column]):
            return None
        for cell in header:
            words = re.findall(r"[a-z]+", cell.lower())
            named = self._header_attribute(words[-1], "percent") if words else None
            if named:
                return named
        return None

    def _allows(self, attribute_name: str, kind: str) -> bool:
        key = (attribute_name, kind)
        allowed = self._allowed.get(key)
        if allowed is None:
            attribute = self.rules.attribute(attribute_name)
            allowed = self._allowed[key] = attribute is not None and kind in attribute.kinds
        return allowed

    def _words_of(self, view: str) -> frozenset:
        """The lower-case letter runs of a text: a pattern needing a word the text lacks is skipped."""
        cache = self._sentence_cache(view)
        found = cache.get("words")
        if found is None:
            found = cache["words"] = frozenset(_LETTERS.findall(view.lower()))
        return found

    def _tells_of_no_one(self, view: str, sentence: Span) -> bool:
        """The sentence has "none", "nobody", "no one" or "neither" (looked for once per sentence)."""
        cache = self._sentence_cache(view)
        key = ("no one", sentence.start)
        found = cache.get(key)
        if found is None:
            found = cache[key] = NO_ONE_WORD.search(view, sentence.start, sentence.end) is not None
        return found

    def _speakers(self, view: str) -> frozenset:
        """Labels in capitals that open two or more lines: a transcript's speakers ("BEN AKINYEMI:
        Just under a hundred and fifty thousand pounds"), where a fact box names each figure once."""
        cache = self._sentence_cache(view)
        found = cache.get("speakers")
        if found is None:
            seen = Counter(match.group(1) for match in SPEAKER_LINE.finditer(view))
            found = cache["speakers"] = frozenset(label for label, times in seen.items() if times > 1)
        return found

    def _may_match(self, view: str, needs: Optional[frozenset]) -> bool:
        return needs is None or not needs.isdisjoint(self._words_of(view))

    def _sentence_cache(self, view: str) -> dict:
        """Work on the sentences of `view` shared by all its values (one text at a time)."""
        text, cache = self._per_text
        if text is not view:
            cache = {}
            self._per_text = (view, cache)
        return cache

    def _lowered(self, view: str) -> Optional[str]:
        """The view in lower case, character for character, or None when case folding could move
        or miss a letter (the finders then scan the whole view)."""
        cache = self._sentence_cache(view)
        if "lowered" not in cache:
            lowered = view.lower()
            cache["lowered"] = lowered if len(lowered) == len(view) and not _ODD_FOLDS.search(view) else None
        return cache["lowered"]

    def _word_starts(self, view: str, words: frozenset) -> Optional[list[int]]:
        """Where one of `words` (lower case, each a whole letter run where a pattern has it) opens a
        word of the view, sorted; None when that cannot be told from the lower-case copy."""
        lowered = self._lowered(view)
        if lowered is None:
            return None
        cache = self._sentence_cache(view)
        key = ("word starts", words)
        found = cache.get(key)
        if found is None:
            found = []
            for word in words & self._words_of(view):
                at = lowered.find(word)
                while at >= 0:
                    if at == 0 or not _is_word_char(view[at - 1]):
                        found.append(at)
                    at = lowered.find(word, at + 1)
            found = cache[key] = sorted(set(found))  # ("seven" is found in "seventy" too)
        return found

    def _digit_starts(self, view: str) -> list[int]:
        """Where each run of digits begins: a number in digits starts at one of them."""
        cache = self._sentence_cache(view)
        found = cache.get("digit starts")
        if found is None:
            found = cache["digit starts"] = [match.start() for match in _DIGIT_RUN.finditer(view)]
        return found

    def _number_starts(self, view: str) -> Optional[list[int]]:
        """Every position where NUMBER_PATTERN matches, sorted (None when unknown): a run of digits,
        a number word, or "a"/"an" before a scale."""
        cache = self._sentence_cache(view)
        if "number starts" not in cache:
            words = self._word_starts(view, NUMBER_FIRST_WORDS)
            if words is None:
                cache["number starts"] = None
            else:
                articles = [m.start() for m in _A_NUMBER.finditer(self._lowered(view))
                            if m.start() == 0 or not _is_word_char(view[m.start() - 1])]
                candidates = sorted({*self._digit_starts(view), *words, *articles})
                cache["number starts"] = [at for at in candidates if NUMBER_RE.match(view, at)]
        return cache["number starts"]

    def _ordinal_starts(self, view: str) -> Optional[list[int]]:
        """Where an ordinal can open: "11th", "eleventh"."""
        return _union(self._digit_starts(view), self._word_starts(view, ORDINAL_OPENERS))

    def _money_starts(self, view: str, opening) -> Optional[list[int]]:
        """Where a money pattern opening as told (see _build_money) can match; None: anywhere."""
        if isinstance(opening, frozenset):
            return self._word_starts(view, opening)
        if opening == "digits":
            return self._digit_starts(view)
        numbers = self._number_starts(view) if opening in ("number", "symbol") else None
        if opening != "symbol" or numbers is None:
            return numbers
        # "$4.2 billion", "US$ 5", "Rs. 40": a symbol, then at most one space, then the number
        firsts, longest = self._symbol_reach
        lowered = self._lowered(view)
        return sorted({at - back for at in numbers for back in range(1, longest + 2)
                       if at - back >= 0 and lowered[at - back] in firsts})

    def _one_unit_starts(self, view: str) -> list[int]:
        """Where a unit word that "nearly a mile" may name opens: a whole word of letters, no
        temperature and no currency's name ("over a pound a litre")."""
        words = self._one_unit_words
        found = self._word_starts(view, words)
        if found is None:  # (no lower-case copy: every word is looked at)
            found = [m.start() for m in _LETTERS.finditer(view) if m.group().lower() in words]
        return [at for at in found if (m := ONE_UNIT.match(view, at)) and m.group().lower() in words]

    def _unit_starts(self, view: str) -> Optional[list[int]]:
        """Where a quantity can open: a number, or a unit written first ("magnitude 6.8")."""
        words, led = self._unit_openers
        if words is None:
            return None
        lowered = self._lowered(view)
        if lowered is None:
            return None
        articles = [m.start() for pattern in led for m in pattern.finditer(lowered)]
        return _union(self._number_starts(view), self._word_starts(view, words), articles)

    def _scan(self, pattern: re.Pattern, view: str, starts: Optional[list[int]]) -> Iterator[re.Match]:
        """pattern.finditer(view), tried only at `starts` when known (every match of the pattern
        must open at one of them)."""
        return pattern.finditer(view) if starts is None else _matches_at(pattern, view, starts)

    def _sentence_text(self, view: str, sentence: Span) -> str:
        """A sentence's text for its claims, made once and shared by them."""
        cache = self._sentence_cache(view)
        key = ("text", sentence.start, sentence.end)
        found = cache.get(key)
        if found is None:
            text = view[sentence.start:sentence.end]
            # one string for every claim of every article telling the sentence: claims come back
            # from worker processes pickled, and pickle writes an object it has seen once
            found = cache[key] = self._recalled(("sentence", text), lambda: squash(text))
        return found

    def _clauses(self, view: str, sentence: Span) -> list[Span]:
        cache = self._sentence_cache(view)
        key = ("clauses", sentence.start, sentence.end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = clauses(view, sentence)
        return found

    def _lexicon_hits(self, view: str, sentence: Span) -> list[tuple[int, int, tuple]]:
        """Lexicon words of a sentence: (start, end, attribute names); the list is shared, do not change it."""
        cache = self._sentence_cache(view)
        key = ("hits", sentence.start, sentence.end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self._find_lexicon_hits(view, sentence)
        return found

    def _context(self, view: str, candidate, sentence: Span) -> str:
        """The content words of the text up to CONTEXT_REACH characters either side of the value,
        singular and lower case, sorted; most windows are their whole sentence, so each window
        is read once for all the values that share it."""
        start = max(sentence.start, candidate.start - CONTEXT_REACH)
        end = min(sentence.end, candidate.end + CONTEXT_REACH)
        cache = self._sentence_cache(view)
        key = ("context", start, end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self._recalled(("context", view[start:end]), lambda: _context_words(view, start, end))
        return found

    def _mentions_in(self, view: str, mentions: list, clause: Span) -> list:
        """The mentions opening in a clause; `mentions` are the view's, in text order."""
        cache = self._sentence_cache(view)
        starts = cache.get("mention starts")
        if starts is None:
            starts = cache["mention starts"] = [mention.start for mention in mentions]
        return mentions[bisect_left(starts, clause.start):bisect_left(starts, clause.end)]

    def _allowed_hits(self, view: str, sentence: Span, kind: str, dimension: Optional[str]) -> list:
        """The sentence's lexicon hits naming an attribute a value of this kind and dimension
        may have; the same for all such values of the sentence, so found once (do not change it)."""
        cache = self._sentence_cache(view)
        key = ("allowed", sentence.start, sentence.end, kind, dimension)
        found = cache.get(key)
        if found is None:
            found = cache[key] = [hit for hit in self._lexicon_hits(view, sentence)
                                  if self._names_any(hit[2], kind, dimension)]
        return found

    def _names_any(self, attrs: tuple, kind: str, dimension: Optional[str]) -> bool:
        """Whether one of a lexicon word's attributes may name a value of this kind and dimension;
        a handful of words recur through a story, so each is decided once."""
        key = (attrs, kind, dimension)
        named = self._named.get(key)
        if named is None:
            named = self._named[key] = any(self._allows(a, kind) and _fits(a, dimension) for a in attrs)
        return named

    @staticmethod
    def _side_action(view: str, candidate, hit) -> bool:
        """A participle beyond a comma after the value tells what the counted do, and a description
        beyond one who some of them are, not what they are: "3,000 soldiers are now in the area,
        clearing roads" counts soldiers, not a margin."""
        if hit[0] < candidate.end:
            return False
        if view[hit[1] - 3:hit[1]].lower() == "ing" and SIDE_ACTION_GAP.fullmatch(view, candidate.end, hit[0]):
            return True
        # "three dozen volunteers went out with the trust's staff": whom they were with
        if hit[0] - candidate.end <= COMPANION_REACH and COMPANION_GAP.fullmatch(view, candidate.end, hit[0]):
            return True
        # "about 1,800 employees, most of them engineers and data scientists": who they are
        return SIDE_DESCRIPTION_GAP.fullmatch(view, candidate.end, hit[0]) is not None

    def _find_lexicon_hits(self, view: str, sentence: Span) -> list[tuple[int, int, tuple]]:
        if self._lexicon is None:
            return []
        start = sentence.start
        lowered = self._lowered(view)
        # the words' patterns look one character back from the sentence, and no further on
        key = ("lexicon", view[start - 1:start], view[start:sentence.end], lowered is None)
        # "Savings" in "the Tavener Savings Bank": a capitalised word inside a name is none
        return [(begin + start, end + start, attrs) for begin, end, attrs, capitalised
                in self._recalled(key, lambda: self._read_lexicon_hits(view, lowered, sentence))
                if not (capitalised and _inside_name(view, sentence, begin + start, end + start))]

    def _read_lexicon_hits(self, view: str, lowered: Optional[str], sentence: Span) -> tuple:
        """(start, end, attribute names, capitalised) of the lexicon words of a sentence, from
        its start."""
        pattern, lookup, exceptions = self._lexicon
        hits = []
        for match in pattern.finditer(view, lowered, sentence.start, sentence.end):
            attrs = lookup.get(_lexicon_key(match.group()))
            if attrs:
                hits.append((match.start(), match.end(), attrs))
        if exceptions is not None and hits:
            # an attribute's `not_in` phrases: "strike" in "lightning strikes" names no strike
            phrases, owners = exceptions
            spans = [(m.start(), m.end(), owners[_lexicon_key(m.group())])
                     for m in phrases.finditer(view, lowered, sentence.start, sentence.end)]
            if spans:
                kept = []
                for start, end, attrs in hits:
                    barred = {name for _, _, names in _covering(spans, start, end) for name in names}
                    attrs = tuple(name for name in attrs if name not in barred)
                    if attrs:
                        kept.append((start, end, attrs))
                hits = kept
        origin = sentence.start
        return tuple((start - origin, end - origin, attrs, view[start].isupper()) for start, end, attrs in hits)

    def _subject(self, view, candidate, sentence, clause, previous, mentions, in_table, column_name, clause_mentions,
                 canonical, local, heading):
        """(display subject, entity keys, lead key) of a claim.

        The lead is the name that opens the value's clause ("Runner-up Brian Kipchumba crossed
        the line in 2:05:58"), or for a clause opening with a pronoun ("She won in 2:19:08") the
        name that opened the sentence before.
        """
        def full(mention):
            return canonical.get(mention.key, mention.key)

        row = _table_row_name(view, candidate, mentions) if in_table or column_name else None
        row = row or column_name
        if row is None and not clause_mentions and heading is not None:
            # "## Kellmouth International: 2024" over a table of figures none of whose rows is named
            row = _heading_name(view, heading, mentions)
        if row is not None:
            # "Rhian Maddocks | New Democrats | 10,412": a results table's row is its first cell's
            key = full(row)
            return _display(key, mentions), (key,), key
        if candidate.kind == "age":
            # a baby, an infant, a girl of nine months: all one infant
            if AVERAGE_AGE.search(view, max(sentence.start, candidate.start - AVERAGE_AGE_REACH), candidate.start):
                # "the median age of patients was 52": a figure about a group, nobody's age
                return None, ("noun:average age",), None
            if candidate.extra.get("speaker"):
                # "I'm forty-one" in a turn labelled "JAMES FAIRLIE:": the speaker, as the article
                # writes the name elsewhere if it does
                key = names_module.fold(candidate.extra["speaker"])
                shown = (_display(key, mentions) if any(m.key == key for m in mentions)
                         else candidate.extra["speaker"].title())
                return shown, (key,), key
            label = "infant" if candidate.extra.get("infant") else _age_noun(view, candidate, sentence)
            person = _age_person(view, candidate, sentence, mentions)
            role = THE_ROLE_AGED.search(view, max(sentence.start, candidate.start - 50), candidate.start)
            if role and ONE_OF_THE.search(view, max(sentence.start, role.start() - 12), role.start() + 4):
                role = None  # "One of the guards, aged 54": one of a group, named nowhere before
            if person is None and (re.search(r"\b(?:the|this|that)\s*$", view[max(0, candidate.start - 12):candidate.start], re.IGNORECASE)
                                   or (role and not role.group("indefinite"))):
                # "the 60-year-old actor", "The challenger, aged 22,": the person named just before
                # (not "One of the survivors, a 45-year-old American": someone not named yet)
                person = _antecedent(view, candidate, sentence, previous, mentions)
            if (person is None and role and (label is None or label in PLAIN_PERSON_NOUNS)
                    and role.group("role").lower() not in names_module.NATIONALITIES):
                label = role.group("role").lower()  # "The operator, a 47-year-old man": the operator
            if person is not None:
                # "the 52-year-old driver": the person read from before, and the role said here
                key = full(person)
                return _display(key, mentions), (key,) + ((("noun:" + label),) if label else ()), key
            return label, (("noun:" + label),) if label else (), None
        keys = []
        # "The bank, which has total assets of 1.9 billion dlrs, will reopen as part of Tremont
        # National Bank": a value inside a relative clause is not about what the sentence goes on to name
        relative = RELATIVE_OPENING.match(view, clause.start) is not None
        relative_end = view.find(",", candidate.end, clause.end) if relative else -1
        for mention in clause_mentions:
            if relative_end >= 0 and mention.start > relative_end:
                continue
            if (mention.start >= candidate.end and POSSESSIVE_AFTER.match(view, mention.end)
                    and PLACE_PHRASE_BEFORE.search(view, max(clause.start, mention.start - 30), mention.start)):
                continue  # "killed when a coach left one of Kestrova's mountain roads": a place's, not the subject
            if mention.end <= candidate.start and _told(view, mention.start, clause.start):
                continue  # "officials told the Courier that 168 entries came in": the one told
            key = full(mention)
            if key not in keys:
                keys.append(key)
        before = [m for m in clause_mentions if m.end <= candidate.start]
        opening = len(re.findall(r"[\w'’-]+", view[clause.start:before[0].start])) if before else None
        lead = full(before[0]) if before and opening <= LEAD_WORDS else None
        if lead and _headline(view, sentence):
            # "Romania floods kill seven", "Siret floods: nine dead": a headline's name is often
            # a modifier of the story's noun, not the subject of the figure
            lead = None
        if lead and _told(view, before[0].start, clause.start):
            lead = None  # "Nordvik told PharmaWeek that it had logged 32 reports": the one told
        if lead and PRONOUN_AFTER.match(view, before[0].end):
            # "On Sunday at Lake Merrin he kicked it down, winning in 7:51:46": the pronoun is the
            # subject, and it stands for the name that opened the sentence before
            prior = _first_mention_in(mentions, previous[-1]) if previous else None
            lead = full(prior) if prior else None
            if lead and lead not in keys:
                keys.append(lead)
        aside = SPEAKER_ASIDE.match(view, before[0].end) if lead else None
        said = lead and REPORTING_VERB.match(view, aside.end() if aside else before[0].end)
        if said:
            # "Katrin Wollenburg said members rejected ...", "Ottilie Brandvoll, speaking at a
            # briefing, said about 3,500 people ...": a speaker, not the subject; the subject
            # is the name opening what was said ("Gulfstar said Pemberton holds 9.8 pct")
            reported = [m for m in before[1:] if m.start >= said.end()
                        and len(re.findall(r"[\w'’-]+", view[said.end():m.start])) <= 2
                        # "Gulfstar told Reuters Pemberton holds ...": the one told is not the subject
                        and not (not view[said.end():m.start].strip() and _told(view, m.start, said.start()))]
            if reported:
                lead = full(reported[0])
            elif not OWN_AFTER_SAID.match(view, said.end()):
                lead = None  # "Kessel Peak says its own gondola carries 2,800": the speaker's own figure
            if aside and aside.group("affiliation"):
                # "Gwilym Madocks, of the Steel Workers' Union, told a meeting that ...": the
                # speaker and whom he speaks for are not what the figure is about
                spoken = {full(m) for m in before if m.start < aside.end()}
                keys = [key for key in keys if key not in spoken]
        if lead is None and not before and relative:
            # "Meridian, which employs 12,000 workers, ...": the name the clause hangs from
            hung = [m for m in mentions if m.end <= clause.start and clause.start - m.end <= 40
                    and m.start >= sentence.start]
            if hung:
                lead = full(hung[-1])
                keys.append(lead)
        if lead is None:
            # "the Greens, whose 12 seats would ...": the name a relative clause inside the
            # clause hangs from
            hung = [m for m in clause_mentions if m.end <= candidate.start
                    and RELATIVE_HANG.fullmatch(view, m.end, candidate.start)]
            if hung:
                lead = full(hung[-1])
        comma = view.rfind(",", clause.start, candidate.start) if lead is None else -1
        if comma >= 0 and PARTICIPLE_OPENING.match(view, comma) and not any(comma < m.start < candidate.start for m in clause_mentions):
            # "Tamsin's Dream galloped clear in the Pendle Cup, winning by six lengths": the one
            # who won is the name that opened the sentence
            # (or "... when Tamsin's Dream galloped clear, winning by six lengths": the name
            # opening the clause the participle hangs from)
            opening_names = [m for m in mentions if sentence.start <= m.start < comma
                             and (len(re.findall(r"[\w'’-]+", view[sentence.start:m.start])) <= LEAD_WORDS
                                  or SUBORDINATE_BEFORE.search(view, max(sentence.start, m.start - 12), m.start))]
            if opening_names and not _headline(view, sentence):
                lead = full(opening_names[-1])
                if lead not in keys:
                    keys.append(lead)
        if lead is None and PRONOUN_SUBJECTS.match(view[clause.start:candidate.start]) and previous:
            prior = _first_mention_in(mentions, previous[-1])
            if prior:
                lead = full(prior)
                keys.append(lead)
        if local:
            # "CR won 64 seats and the SDP won 43 seats": the name right before the verb is the subject
            named = [m for m in clause_mentions if m.end == local.end(1)
                     and not PREPOSITION_BEFORE.search(view, max(clause.start, m.start - 12), m.start)]
            if named and full(named[0]) != lead:
                lead = full(named[0])
                if lead not in keys:
                    keys.append(lead)
        owner = [m for m in clause_mentions if m.end <= candidate.start
                 and (POSSESSIVE_GAP.fullmatch(view, m.end, candidate.start)
                      or POSSESSIVE_NOUN_OF.fullmatch(view, m.end, candidate.start))]
        if owner:
            # "41,306 votes to Tull's 40,918": the figure is the owner's
            lead = full(owner[0])
            if lead not in keys:
                keys.append(lead)
        gapped = [m for m in clause_mentions if m.end < candidate.start and view[m.end:candidate.start].isspace()
                  and candidate.kind in ("percent", "money", "quantity")
                  and GAPPED_BEFORE.search(view, max(clause.start, m.start - 10), m.start)]
        if gapped:
            # "Nordvalen will receive 55 per cent and the Skerrin Islands 45 per cent": the verb
            # left out, the name right before the figure is whose it is
            lead = full(gapped[-1])
            if lead not in keys:
                keys.append(lead)
        holder = SET_BY_AFTER.match(view, candidate.end, sentence.end)
        named = [m for m in mentions if m.start == holder.end()] if holder else []
        if named:
            # "taking two minutes off the record of 7:54:03 set by Italy's Matteo Carraro": the
            # figure is the one's who set it, not the sentence's subject's
            keys = [key for key in keys if key != lead]
            lead = full(named[0])
            if lead not in keys:
                keys.append(lead)
        if candidate.extra.get("compound"):
            # "6,200-seat Dunmore Park": the seats are the place named next
            named = [m for m in mentions if m.start > candidate.end and not view[candidate.end:m.start].strip()]
            if named:
                lead = full(named[0])
            if lead and lead not in keys:
                keys.append(lead)
        if not keys:
            return None, (), None
        shown = [lead] if lead else ([full(m) for m in before[:3]] or keys[:1])
        return " and ".join(_display(k, mentions) for k in dict.fromkeys(shown)), tuple(keys), lead

    def _reaches(self, start: int, end: int, candidate, any_kind: bool = False) -> bool:
        """A word at [start, end) speaks of the value when no other value of its kind (of any
        kind, with `any_kind`) stands between them: "Revenue rose 4.1 pct to 6.38 billion dlrs"
        gives revenue to the dollars; "Net profit was 412 mln dlrs ... vs 355 mln dlrs" gives
        profit to the first amount only."""
        low, high = (end, candidate.start) if end <= candidate.start else (candidate.end, start)
        for starts in (self._value_starts.values() if any_kind else (self._value_starts.get(candidate.kind, ()),)):
            first = bisect_right(starts, low - 1)
            if first < len(starts) and starts[first] < high:
                return False
        return True

    def _dates_value_before(self, view: str, date_start: int, candidate) -> bool:
        """The date at `date_start`, before the value, follows another value of its kind in the
        same phrase ("2,900 hectares in 2023"): it dates that one."""
        starts = self._value_starts.get(candidate.kind, ())
        index = bisect_left(starts, date_start) - 1
        if index < 0 or starts[index] >= candidate.start or date_start - starts[index] > VALUE_DATE_REACH:
            return False
        return VALUE_DATE_GAP.fullmatch(view, starts[index], date_start) is not None

    def _clause_subject(self, view: str, hits, candidate, clause: Span):
        """A lexicon word opening the value's clause is its subject however far the verb stands:
        "Net profit in the three months to September 30 fell to dlrs 118 mln"."""
        for start, end, attrs in hits:
            if clause.start <= start and end <= candidate.start and candidate.start - end <= SUBJECT_REACH:
                if len(_WORDS.findall(view, clause.start, start)) <= 1:
                    return attrs
        return None

    def _by_value_between(self, view: str, low: int, high: int) -> bool:
        """A value after "by" between a word and a later value takes the word: "beating Ashcombe by
        three lengths in 17 minutes 42 seconds" gives "beating" to the lengths, not the time."""
        for starts in self._value_starts.values():
            for start in starts[bisect_right(starts, low):bisect_right(starts, high - 1)]:
                if BY_BEFORE.search(view, max(low, start - 30), start):
                    return True
        return False

    def _names_later_value(self, view: str, word_end: int, candidate) -> bool:
        """A word after the value that leads on to another value of its kind through "by" or "of":
        "polled 41,360 votes, defeating Tull by 388 votes" gives "defeating" to 388, not to 41,360;
        "at about 69 bar, well below the rated maximum of 1,440 psi" gives "rated" to 1,440 psi."""
        by = BY_AFTER_WORD.match(view, word_end) or OF_AFTER_WORD.match(view, word_end)
        if not by:
            return False
        starts = self._value_starts.get(candidate.kind, ())
        index = bisect_right(starts, by.end() - 1)
        return index < len(starts) and starts[index] - by.end() <= 12

    def _marks(self, view: str, clause: Span, candidate) -> tuple:
        """(discriminator, option) pairs written near the value, not inside names.

        `clause` is the value's sentence: "the lead on election night, after the initial canvass,
        had been 1,412" marks the number although commas stand between them; a word marks only
        the values it reaches without passing another value ("the original canvass was 1,412, so
        he netted 25 votes" marks 1,412, not 25).
        """
        start = max(clause.start, candidate.start - MARK_WINDOW)
        end = min(clause.end, candidate.end + MARK_WINDOW)
        words = self._discriminator_words(view, clause)
        if not words:
            return ()
        marks = []
        for index, options in enumerate(words):
            single = len(options) == 1
            found = [number for number, spans in enumerate(options)
                     if any(start <= s_ and e_ <= end and (not upper or s_ == clause.start)
                            and self._reaches(s_, e_, candidate)
                            and not (candidate.kind == "date" and self._inside_other_value(s_, e_, candidate))
                            and not self._cut_off(view, candidate, s_, e_, single)
                            and not self._leads_to_later_value(view, e_, candidate)
                            for s_, e_, upper in spans)]
            if len(found) != 1 and len(options) > 1 and sum(1 for spans in options if spans) > 1:
                found = self._respective_option(view, clause, candidate, options) or found
            if not found and len(options) > 1:
                found = self._sentence_topic_option(view, clause, candidate, options)
            elif not found and index in self.rules.opening and self._sentence_topic_option(view, clause, candidate, options) \
                    and any(self._reaches(s_, e_, candidate) for s_, e_, _ in options[0]):
                # "An amendment from the Alliance to delay the ban by five years was rejected by
                # 80 votes to 91": what the sentence opens with, no other such value between
                found = [0]
            if len(found) == 1:
                marks.append((index, found[0]))
        return tuple(marks)

    def _plain_column(self, view: str, candidate) -> bool:
        """The header of a value's table column names no attribute of the lexicon ("Votes") and
        no discriminator's word ("Previous", "Forecast"): the row's words may name the value."""
        found = _table_header(view, candidate)
        if found is None:
            return True
        header, column = found
        cell = header[column]
        words = _cell_words(cell)
        if words and self._header_attribute(words[-1]):
            return False
        return self._any_discriminator is None or self._any_discriminator.search(cell, None, 0, len(cell)) is None

    def _marks_named_in(self, view: str, span: Span, marks: tuple) -> tuple:
        """`marks` and the discriminators `span` names one option of: a table's heading, or the
        sentences a superlative with its noun left out looks back to."""
        marked = {index for index, _ in marks}
        added = []
        for index, options in enumerate(self._discriminator_words(view, span)):
            found = [number for number, spans in enumerate(options) if spans]
            if len(found) == 1 and index not in marked:
                added.append((index, found[0]))
        return tuple(sorted(marks + tuple(added))) if added else marks

    def _respective_option(self, view: str, clause: Span, candidate, options) -> list:
        """The option of the value's place among the values after every option's word: "Girls
        outperformed boys, with a pass rate of 91.2 per cent against 85.8 per cent" gives 91.2
        to the girls and 85.8 to the boys. [] when the words and the values do not pair off."""
        found = [number for number, spans in enumerate(options)
                 if any(clause.start <= s_ < candidate.start for s_, e_, _ in spans)]
        if len(found) < 2:
            return []
        firsts = []
        for number in found:
            before = [s_ for s_, e_, _ in options[number] if clause.start <= s_ < candidate.start]
            if not before or any(candidate.end <= s_ < clause.end for s_, e_, _ in options[number]):
                return []
            firsts.append((min(before), number))
        last_word = max(e_ for number in found for s_, e_, _ in options[number] if s_ < candidate.start)
        starts = self._value_starts.get(candidate.kind, ())
        first, last = bisect_left(starts, last_word), bisect_left(starts, clause.end)
        if last - first != len(found) or candidate.start not in starts[first:last]:
            return []
        return [sorted(firsts)[starts.index(candidate.start, first, last) - first][1]]

    def _leads_to_later_value(self, view: str, word_end: int, candidate) -> bool:
        """A word after the value that runs straight into another value of its kind is that
        value's: "opened at $47.25 and closed at $51.30" closes at $51.30, not at $47.25."""
        if word_end <= candidate.end:
            return False
        starts = self._value_starts.get(candidate.kind, ())
        index = bisect_right(starts, word_end - 1)
        # (or through "of": "revising its earlier estimate of 8,500")
        return index < len(starts) and LATER_VALUE_GAP.fullmatch(view, word_end, starts[index]) is not None

    def _inside_other_value(self, start: int, end: int, candidate) -> bool:
        """The word at [start, end) is part of another value's words: "began on March 1 last year,
        down from 61 million in the previous 12 months" marks the months, not the day (read for
        dates: a figure's words may mark the figures beside it)."""
        index = bisect_right(self._value_spans, (start, math.inf)) - 1
        while index >= 0 and self._value_spans[index][0] >= start - 40:
            value_start, value_end = self._value_spans[index]
            if value_start <= start and end <= value_end and (value_start, value_end) != (candidate.start, candidate.end):
                return True
            index -= 1
        return False

    @staticmethod
    def _cut_off(view: str, candidate, start: int, end: int, single: bool) -> bool:
        """The discriminator word at [start, end) speaks of something else than the value: a
        contrast, a cause, what happened next or who some of the counted are stands between them
        (and, for a single-option word, a new predicate or subject, or what the value beat); nor
        does a word for who says it ("which the forecasters say is one of the highest")."""
        if SAYS_AFTER.match(view, end) and re.search(r"(?:ers?|ists?)$", view[start:end], re.IGNORECASE):
            return True  # (but "the projections say there could be 1.4 million": the projection is the value)
        if start >= candidate.end:
            between = (candidate.end, start)
            if not single and CONTRAST_BREAK.search(view, *between):
                return True
            # "will expire April 1 unless extended, it said, and is conditioned on ...": a new
            # predicate's word is not the value's; "ahead of forecasts": what the value beat
            if single and (NEW_PREDICATE.search(view, *between) or NEW_CLAUSE_OPENING.search(view, *between)
                           or MEASURED_AGAINST.search(view, max(candidate.end, start - 30), start)
                           # "on census night, 14 April 2024, a sharp increase on the previous count"
                           or candidate.kind == "date" and COMPARED_WITH.search(view, max(candidate.end, start - 30), start)
                           or CHANGED_FROM.search(view, max(candidate.end, start - 12), start)):
                return True
            return bool(CAUSE_AFTER.search(view, *between) or THEN_BREAK.search(view, *between)
                        or WORTH_BREAK.search(view, *between) or INCLUDING_BREAK.search(view, *between)
                        or SIDE_DESCRIPTION_GAP.fullmatch(view, *between))
        if end > candidate.start or not single:
            return False
        return (NEW_SUBJECT_CLAUSE.search(view, end, candidate.start) is not None
                or ("," in view[end:candidate.start]
                    and SUBORDINATE_OPENING.search(view[max(0, start - 120):start]) is not None))

    @staticmethod
    def _sentence_topic_option(view: str, clause: Span, candidate, options) -> list:
        """The option named in the sentence's opening words, when no other option of it is in the
        sentence: "The women's race covered 142 km with 17 sectors, and 112 riders started" is
        all about the women's race, though other values stand between "women's" and 112."""
        named = [number for number, spans in enumerate(options) if spans]
        if len(named) != 1:
            return []
        head_end = clause.start + SENTENCE_HEAD_CHARS
        if any(s_ < head_end and e_ <= candidate.start and (not upper or s_ == clause.start)
               and not view[clause.start:s_].count(",")
               for s_, e_, upper in options[named[0]]):
            return named
        return []

    def _discriminator_words(self, view: str, sentence: Span) -> tuple:
        """Discriminator words of a sentence, found once for all its values: for each
        discriminator, for each option, (start, end, capitalised) of its words; () when none."""
        cache = self._sentence_cache(view)
        key = ("marks", sentence.start, sentence.end)
        found = cache.get(key)
        if found is None:
            start = sentence.start
            lowered = self._lowered(view)
            # the words' patterns look one character back from the sentence, and no further on
            read = self._recalled(("marks", view[start - 1:start], view[start:sentence.end], lowered is None),
                                  lambda: self._read_discriminator_words(view, lowered, sentence))
            found = cache[key] = tuple(tuple(tuple((begin + start, end + start, upper) for begin, end, upper in spans)
                                             for spans in options) for options in read)
        return found

    def _read_discriminator_words(self, view: str, lowered: Optional[str], sentence: Span) -> tuple:
        """_discriminator_words, counted from the sentence's start."""
        if self._any_discriminator is not None and not self._any_discriminator.search(
                view, lowered, sentence.start, sentence.end):
            return ()
        found = tuple(
            self._option_words(view, lowered, sentence, options, exception)
            for options, exception in zip(self._discriminators, self._discriminator_exceptions))
        if not any(spans for options in found for spans in options):
            return ()
        origin = sentence.start
        return tuple(tuple(tuple((start - origin, end - origin, upper) for start, end, upper in spans)
                           for spans in options) for options in found)

    @staticmethod
    def _option_words(view: str, lowered: Optional[str], sentence: Span, options, exception) -> tuple:
        """For each option, (start, end, capitalised) of its words in the sentence, leaving out
        words inside the discriminator's `not_in` phrases ("offering" in "initial public offering")."""
        found = tuple(tuple((m.start(), m.end(), view[m.start()].isupper())
                            for m in pattern.finditer(view, lowered, sentence.start, sentence.end))
                      for pattern in options)
        if exception is None or not any(found):
            return found
        spans = [m.span() for m in exception.finditer(view, lowered, sentence.start, sentence.end)]
        if not spans:
            return found
        return tuple(tuple(word for word in words if not _covering(spans, word[0], word[1])) for words in found)

    def _name_claims(self, source, mentions, sentence_spans, canonical, counter) -> list[Claim]:
        starts = [s.start for s in sentence_spans]
        claims = []
        for mention in mentions:
            if mention.words < 2 or mention.words > 4:
                continue
            index = bisect_right(starts, mention.start) - 1
            sentence = sentence_spans[index]
            file_start, file_end = source.file_span(mention.start, mention.end)
            written = squash(mention.text)  # one line, though a hard wrap broke it
            claims.append(Claim(
                id=f"{source.id}:{counter + len(claims)}",
                source=source.id,
                kind="name",
                subject=written,
                attribute="name",
                value=written,
                unit=None,
                normalized=canonical.get(mention.key, mention.key),
                qualifier="exact",
                text=source.text[file_start:file_end],
                start=file_start,
                end=file_end,
                sentence=self._sentence_text(source.view, sentence),
                context=mention.key,
                features=_Features(entities=(mention.key,)),
            ))
        return claims


@dataclass(frozen=True, slots=True)
class _Features:
    """What alignment reads besides the contract fields; never serialized."""

    attributes: tuple = ()  # attribute names of the lexicon word nearest the value
    cues: tuple = ()  # every attribute named anywhere in the sentence
    clause_cues: tuple = ()  # every attribute named in the value's clause
    entities: tuple = ()  # folded names the claim is about
    lead: Optional[str] = None  # the clause's grammatical subject, when it is a name
    marks: tuple = ()  # discriminator groups present in the clause
    years: tuple = ()  # years of the dates near the value (another event's year keeps claims apart)
    past: bool = False  # a date near the value lies before the article's year: an earlier event
    qualified: tuple = ()  # what a hyphenated count describes: "four-berth couchettes" -> ("couchette",)
    planned: bool = False  # the level a planned change will bring a figure to: "will raise its stake to 75 pct"
    projected: bool = False  # in a table's column of a year after the article's: a projection, not a figure of now
    cap_of_many: bool = False  # the most of several figures: "price rises of up to 11.4 pct"
    relative: bool = False
    dimension: Optional[str] = None
    noun: Optional[str] = None  # what a count counts: "person", a lexicon attribute, or the noun
    topic: Optional[str] = None  # the common noun the value's verb speaks of: "sales rose 6.5%" -> "sale"
    own_noun: bool = False  # the value's own word names its attribute: "48 passengers", "the bonus of $25,000"
    personal: bool = False  # one person's own circumstances: "her family would pay more than $1,000"
    compared: bool = False  # told of what the sentence compares with: "smaller than X, which reached 35 m"
    part: bool = False  # a part of a group the story counts whole: "268,000 of the recalled vehicles"
    share: Optional[tuple] = None  # ("part", 22) or ("whole", None): "Seventeen of 22 economists"
    lent_day: bool = False  # a relative date resolved from a dispatch's dateline, not a publication date
    twelve_hour: bool = False  # a time of day told with no part of the day ("twenty-five past four")
    day: Optional[str] = None  # the day a figure of one day was told on: a share's close in a dated dispatch

    def __reduce__(self):
        """Pickled as the class and its values in field order (claims come back from
        extraction's worker processes pickled): smaller and quicker both ways than a dict of
        field names."""
        return _Features, _feature_values(self)


_feature_values = attrgetter(*(spec.name for spec in fields(_Features)))
Features = _Features


def extract_claims(source: Source, rules: RuleSet) -> list[Claim]:
    """All claims of one source (a convenience over `Extractor(rules).extract`).

    The extractor of the last RuleSet used is kept (one per thread): compiling the lexicon and
    patterns costs more than reading an article.
    """
    cached = getattr(_EXTRACTOR, "last", None)
    if cached is None or cached[0] is not rules:
        cached = _EXTRACTOR.last = (rules, Extractor(rules))
    return cached[1].extract(source)


_EXTRACTOR = threading.local()


# -- helpers ------------------------------------------------------------------------------------


LABEL_NUMBER_BEFORE = re.compile(r"\b(?:paragraph|para|page|item|section|line|chapter|clause|article|no\.?)\s*$",
                                 re.IGNORECASE)
_RANGE_LOW = (rf"(?<![\d.,$€£¥%])(?<!from\s)(?P<low2>\d[\d,]*(?:\.\d+)?"
              rf"|\b(?:{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))})\b)")
YEAR_BEFORE_RANGE = re.compile(r"\b(?:in|since|by|during|until|before|after|of)\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+(?P<low>{NUMBER_PATTERN})\s+and|{_RANGE_LOW}\s*(?:to|-|–))\s*$", re.IGNORECASE)
# a percentage range may repeat its sign: "between 2% and 3%", "2% to 3%"
_PERCENT_SIGN = re.compile(r"%|pct|per\s?cent|percent", re.IGNORECASE)
_PERCENT_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+(?P<low>{NUMBER_PATTERN})\s*(?:{_PERCENT_SIGN.pattern})?\s+and"
    rf"|{_RANGE_LOW}\s*(?:{_PERCENT_SIGN.pattern})?\s*(?:to|-|–))\s*$", re.IGNORECASE)
_FIRST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
CURRENCY_SIGNS = "$€£¥"
# "rose from $20 to $22", "fell $1.375 to $24.50": a move and the level it reached, not a range
MOVED_BEFORE_RANGE = re.compile(r"\b(?:from|rose|rises|risen|fell|falls|fallen|gained|gains|lost|loses|dropped|drops|"
                                r"climbed|climbs|slipped|slips|jumped|jumps|added|adds|eased|eases|declined|declines|"
                                r"advanced|advances|shed|sheds|up|down)\s+$", re.IGNORECASE)
_MONEY_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+(?P<sign>[{CURRENCY_SIGNS}])(?P<low>{NUMBER_PATTERN})\s+and"
    rf"|(?<![\w.,])(?P<sign2>[{CURRENCY_SIGNS}])(?P<low2>{NUMBER_PATTERN})\s*(?P<dash>[-–]|to))\s*$", re.IGNORECASE)


def _share(written: str) -> float:
    """The per cent a written share stands for: "two-thirds", "a quarter"."""
    return SHARES[re.sub(r"[\s-]+", " ", written.lower())]


def _point_fraction(written: str) -> Optional[float]:
    """A fraction of a percentage point in words: "a quarter" (of a point), "quarter"-point,
    "three-quarter"-point, "half"; None for anything else."""
    key = re.sub(r"[\s-]+", " ", written.lower())
    key = {"quarter": "a quarter", "three quarter": "three quarters"}.get(key, key)
    share = SHARES.get(key)
    return share / 100 if share is not None else None


def _vote_side(text: str) -> Optional[int]:
    """A side of a division, a whole number ("27", "twenty-seven"), or None when the words are no number."""
    value = parse_number(text)
    if value is None or value != int(value) or value < 0 or not NUMBER_RE.fullmatch(text.strip()):
        return None
    return int(value)


def _score(match: re.Match, normalized: str, priority: int, extra: Optional[dict] = None) -> _Candidate:
    """A result ("3-1", "6-4 3-6 7-5") as a count in the score unit, quoted as matched."""
    return _Candidate(match.start(), match.end(), "count", normalized, SCORE_UNIT, normalized, "exact",
                      None, None, priority=priority, extra=extra or {})


def _range_normalized(candidate) -> Optional[str]:
    """A range's normalized form names both ends: "2%/3%", "10/12", "USD 4000000/USD 5000000"."""
    normalized = candidate.normalized
    if (candidate.qualifier != "range" or candidate.kind not in ("percent", "count", "money", "quantity")
            or candidate.low is None or candidate.high is None or not normalized or "/" in normalized):
        return normalized
    top = format_number(round(candidate.high, 6))
    bottom = format_number(round(candidate.low, 6))
    if top not in normalized:
        return normalized
    return normalized.replace(top, bottom, 1) + "/" + normalized


def _range_before(view: str, start: int, end: int, value: float):
    """(start of the range, its low end) when the value closes "between X and" / "X to": else None."""
    head = view[max(0, start - 40):start]
    opening = head.rstrip()
    if not opening.endswith(("-", "–")) and opening[-3:].lower() != "and" and opening[-2:].lower() != "to":
        return None  # every range pattern below ends "... and", "... to" or in a dash: none to try
    percent = _PERCENT_SIGN.search(view, start, end) is not None
    match = (_PERCENT_RANGE_BEFORE if percent else _RANGE_BEFORE).search(head)
    if not match and view[start:start + 1] in CURRENCY_SIGNS:
        # "$20-$22", "between £3m and £4m": a money range may repeat its sign
        match = _MONEY_RANGE_BEFORE.search(head)
        if match and ((match.group("sign") or match.group("sign2")) != view[start]
                      or match.group("dash") == "to" and MOVED_BEFORE_RANGE.search(head[:match.start()])):
            match = None  # "rose from $20 to $22", "stock fell $1.375 to $24.50": a change, not a range
    if not match or LABEL_NUMBER_BEFORE.search(head, 0, match.start("low2") if match.group("low2") else match.start()):
        return None  # "corrects paragraph 4 to 215 mln dlrs": a paragraph's number, not the range's low end
    low2 = match.group("low2") or ""
    if low2.isdigit() and 1000 <= int(low2) <= 2100 and YEAR_BEFORE_RANGE.search(head, 0, match.start("low2")):
        return None  # "from 4,200 hectares in 1985 to 2,900 hectares": a year, then the figure it moved to
    low = parse_number(match.group("low") or match.group("low2"))
    written = _FIRST_DIGITS.search(view, start, end)
    number = parse_number(written.group()) if written else None
    if written is None and value < 1000:
        number = value  # "between two and four per cent": a top in words, with no scale to carry over
    if low is None or not number:
        return None
    if written and not re.search(r"[a-z]", match.group("low") or match.group("low2"), re.IGNORECASE):
        low = low * (value / number)  # "between 4 and 5 million": the scale of the top applies
    if not 0 <= low < value:
        return None
    return start - (len(head) - match.start()), low


def _is_word_char(char: str) -> bool:
    """A character regular expressions take for \\w."""
    return char.isalnum() or char == "_"


def _union(*starts: Optional[list[int]]) -> Optional[list[int]]:
    """Sorted positions of all the lists; None when one of them is unknown."""
    if any(found is None for found in starts):
        return None
    return sorted({at for found in starts for at in found})


def _matches_at(pattern: re.Pattern, view: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches pattern.finditer(view) gives, for a pattern that matches only at `starts`
    (sorted) and never matches empty: leftmost, not overlapping. A match at a position sees the
    whole view, before it as well (lookbehinds, \\b) as a search would."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(view, start)
            if match:
                end = match.end()
                yield match


def _windows(sentence: Span) -> list[Span]:
    if sentence.end - sentence.start <= MAX_SENTENCE:
        return [sentence]
    return [Span(s, min(s + MAX_SENTENCE, sentence.end)) for s in range(sentence.start, sentence.end, MAX_SENTENCE)]


def _select(found: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: higher priority first, then longer, then earlier."""
    ordered = sorted(found, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    chosen: list[_Candidate] = []
    starts: list[int] = []  # the chosen spans, disjoint and sorted, so two neighbours decide
    ends: list[int] = []
    for candidate in ordered:
        index = bisect_right(starts, candidate.start)
        if index > 0 and ends[index - 1] > candidate.start:
            continue
        if index < len(starts) and starts[index] < candidate.end:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _significant(value: float) -> float:
    """A converted value without the float noise of its factor: 1.3 billion cubic feet is
    36811900570 litres, not 36811900569.599998."""
    if not math.isfinite(value):
        return value
    value = float(f"{value:.12g}")
    return float(round(value)) if abs(value) >= 1e6 else round(value, 6)


def _plain(value: float):
    return int(value) if float(value).is_integer() else value


def _finite(value):
    if value is None or math.isinf(value) or math.isnan(value):
        return None
    return value


def _significant_digits(value: float) -> int:
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return len(digits)


def _precision(raw: str, value: float) -> float:
    """Just under half a unit of the last digit written: "4.2 billion" covers 4.151 to 4.249
    billion, so that 6.8 and 6.9 disagree.

    Whole numbers are read as rounded at their last digit ("94%" covers 93.51 to 94.49), and from
    a thousand on at their last non-zero digit ("12,000" covers 11,510 to 12,490), stopping just
    short of the neighbouring value so that 14 and 15 still disagree. Numbers in words are exact,
    but for a scale told with a fraction ("one and a quarter billion"), a round figure, and a
    decimal read out ("nine point four million"), as precise as its digits ("9.4 million").
    """
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", raw)
    if not digits:
        if " point " in raw.lower() and (spoken := spoken_decimal(raw)):
            places, scale = spoken
            return ROUNDING * (10 ** -places) * scale
        told = SCALED_FRACTION.search(raw)
        if told and told.group("scale").lower() in SCALE_WORDS:
            # "one and a quarter billion" is told to the nearest quarter: a round figure
            step = 0.5 if told.group("fraction").lower().endswith("half") else 0.25
            return ROUNDED_SHARE * step * SCALE_WORDS[told.group("scale").lower()]
        return 0.0
    if not digits.group(1):
        whole = digits.group(0).replace(",", "")
        zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
        if float(whole) < ROUNDED_FROM:
            zeros = 0  # "40 injured" and "40%" are exact; "12,000 workers" is a round figure
        number = float(whole) or 1.0
        # a round figure covers a quarter of its last unit either side: "9,000 seats" may be 8,800
        # but not 8,500, which would have been written as such
        return (ROUNDED_SHARE if zeros else ROUNDING) * (10 ** zeros) * (value / number)
    number = float(digits.group(0).replace(",", ""))
    if number == 0:
        return 0.0
    scale = value / number
    return ROUNDING * (10 ** -len(digits.group(1))) * scale


DATELINE_DASH = re.compile(r"(?:\)|\b[A-Z]{2,}|\d|-)\s*[-–—]$")  # "(Reuters) -", "LONDON --", "March 6 -"


LATER_VALUE_GAP = re.compile(r"[ $£€¥]*(?:of[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?[$£€¥]?)?")
OWNER_AFTER = re.compile(r"['’]s\s+[a-z]")  # "Vendland's central bank"
# words that own what follows at a sentence's start and name nobody, though the article may never
# write them in lower case
NOT_OWNER_NAMES = frozenset("""
today yesterday tomorrow tonight year week month day season decade century everyone everybody
nobody someone somebody anyone women men children people world nation country city government
""".split())


COMPANION_GAP = re.compile(r"[^,.;:]{0,30}?\b(?:with|alongside)\s{1,16}[^,.;:]{0,25}")
COMPANION_REACH = 30 + len("alongside") + 16 + 25  # the longest gap COMPANION_GAP spans


def _after_title_word(view: str, start: int) -> bool:
    """A number right after a capitalised word inside a sentence names a thing: "Apollo 13".

    A capitalised word that opens a sentence ("Nearly 300 people") or is a function word does not.
    """
    head = view[max(0, start - 40):start]
    match = re.search(r"(?:^|(?<=[\s(\"“‘]))([A-Z][\w'’]*)[:\s]+$", head)
    if not match:
        return False
    word = match.group(1)
    if names_module.fold(word) in names_module.FUNCTION_WORDS or word.endswith(("'s", "’s")):
        return False  # "Riverbend's six hospitals": an owner, not a title
    if ":" in head[match.end(1):]:
        return False  # "Casualties: 2 fatalities": a label before its value, not a title
    if head[match.end(1):].count("\n") > 1:
        return False  # a line ending in a capitalised word ("Meridian News | World") then a new paragraph
    before = head[:match.start(1)].rstrip()
    if re.search(r"[A-Z][\w'’]*:$", before):
        return True  # "Mission: Impossible 8": a title with a colon in it
    if not before or before.endswith((".", "!", "?", ":", "\"", "”", "(", LIST_MARK)) or re.search(r"\n[ \t]*$", head[:match.start(1)]):
        return False
    if DATELINE_DASH.search(before):
        return False  # "(Transworld News) - About 1,500 people": the story opens after its dateline
    return True


def _count_noun(view: str, end: int) -> tuple[Optional[str], int]:
    """The noun a number counts, within three words after it: (noun, end) or (None, end).

    The first plural (or collective) noun wins, extended by a second one that forms a compound
    ("crew members", "police officers").
    """
    tail = view[end:end + 80]
    blank = tail.find("\n\n")
    if blank >= 0:
        tail = tail[:blank]  # "on stage seven" and the next paragraph's "Eleven spectators"
    linker = re.match(rf"\s+{COUNT_LINKERS}\b", tail, re.IGNORECASE)
    offset = linker.end() if linker else 0
    position = offset
    found = None
    skipped = 0  # "six of the train's eight carriages", "9,000 current and former employees"
    for index, match in enumerate(_COUNT_TAIL_WORD.finditer(tail[offset:])):
        if index >= 4 + skipped or match.start() != position - offset:
            break
        written = match.group(1)
        word = written.lower()
        position = offset + match.end()
        if written[0].isupper() and not (found is None and ABBREVIATION_PLURAL.fullmatch(written)):
            if found is None and index < 2 and skipped < 2:
                skipped += 1  # "162 American products", "three Boeing jets": a proper adjective
                continue
            break
        if found is not None:
            if _is_count_noun(word) and not word.endswith(("ed", "ing")):
                return word, end + position
            break
        if (_is_count_noun(word) or (linker and index == skipped and word in GROUP_ADJECTIVES)
                or ABBREVIATION_PLURAL.fullmatch(written)):
            found = (word, end + position)  # "Four of the injured": a group named by its adjective
            continue
        if (linker and index == skipped and (word[0].isdigit() or word in UNITS_WORDS or word in TENS_WORDS
                                             or (index == 0 and word.endswith(("'s", "’s"))))) \
                or (word in ("and", "or") and index > 0 and skipped < 2):
            skipped += 1
            continue
        if word in STOPWORDS or word in NOT_COUNT_NOUNS or word[0].isdigit():
            break
    return found if found else (None, end)


def _is_count_noun(word: str) -> bool:
    if word in NOT_COUNT_NOUNS:
        return False
    if word in COUNT_NOUNS_COLLECTIVE:
        return True
    if _men_plural(word) or (word.endswith("people") and len(word) > 6):
        return True  # "Three gunmen", "40 firemen", "600 craftspeople"
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


# nouns ending in -men that are no plural of -man
MEN_SINGULARS = frozenset("specimen regimen abdomen acumen hymen semen bitumen albumen cerumen lumen stamen".split())


def _men_plural(word: str) -> bool:
    """"gunmen", "firemen": the plural of a noun in -man."""
    return word.endswith("men") and len(word) > 5 and word not in MEN_SINGULARS


def _compound_head(view: str, candidate) -> tuple:
    """The nouns a hyphenated count qualifies, up to the first small word: "four-berth couchettes"
    and "two-berth sleeper" tell what kind of carriage each is, not how many berths a story counts."""
    if candidate.kind != "count" or not HYPHENATED_COUNT.fullmatch(view, candidate.start, candidate.end):
        return ()
    following = COMPOUND_HEAD_WORDS.match(view, candidate.end)
    words = []
    for word in (following.group(0).split() if following else ()):
        if word in STOPWORDS:
            break
        words.append(_singular(word))
    return tuple(words)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if _men_plural(word):
        return word[:-3] + "man"
    return word


_ONE_NOUN = re.compile(r"\s+([a-z]+)\b")
_IRREGULAR_SINGULARS = {"people": "person", "men": "man", "women": "woman", "children": "child"}
# the singular of each noun a count of one may name ("one death", "one child"), to its plural
# (in sorted order, without "persons": "person" is one of "people", whatever order a set keeps)
_ONE_COUNTED = {_IRREGULAR_SINGULARS.get(plural, _singular(plural)): plural
                for plural in sorted((PERSON_NOUNS | {"deaths", "fatalities", "injuries", "casualties"})
                                     - {"others", "staff", "persons"})}


def _nearest(hits, candidate, clause: Span, limit: int = 60):
    """Attributes of the lexicon hit nearest the value, preferring its own clause."""
    best = None
    for start, end, attrs in hits:
        inside = clause.start <= start < clause.end
        distance = start - candidate.end if start >= candidate.end else candidate.start - end
        if distance > (limit if not inside or limit < 60 else 10 ** 9):
            continue
        key = (0 if inside else 1, max(distance, 0), 0 if start >= candidate.end else 1)
        if best is None or key < best[0]:
            best = (key, attrs)
    return best[1] if best else None


def _number_of(view: str, clause: Span, candidate) -> Optional[str]:
    """The noun of "The number of silver coins raised from the wreck has risen to 4,700": what a
    bare number reached by a linking verb counts."""
    if not _LETTERS.search(view, max(clause.start, candidate.start - NUMBER_OF_REACH), candidate.start):
        return None  # (every form below has its words right before the number: "1, 2, 3, 4" has none)
    linked = LINKING_VERB.search(view, max(clause.start, candidate.start - 25), candidate.start)
    # (or "cut the number of routes from 47 to 32": the number moved, told right after)
    named = NUMBER_OF_NOUN.search(view, clause.start if linked else max(clause.start, candidate.start - NUMBER_OF_REACH),
                                  candidate.start)
    if named is not None:
        if not (linked or NUMBER_OF_MOVE.fullmatch(view, named.end(), candidate.start)):
            return None
        form = _noun_key
    else:
        # "passenger numbers rose 3.5 percent to 14.2 million", "rose from 8.71 million in 2023":
        # the plural, as the lexicon lists the noun
        named = NOUN_NUMBERS.search(view, max(clause.start, candidate.start - NUMBER_OF_REACH), candidate.start)
        if named is None or not MOVED_BY_TO.fullmatch(view, named.end(), candidate.start):
            # "Recorded collisions on the camera routes fell from 1,214 in the year before to 986":
            # the plural the clause opens with, moved
            named = MOVED_SUBJECT.fullmatch(view, clause.start, candidate.start)
            if named is None or named.group(1).lower() in NOT_MOVED_COUNTS:
                return None
        form = plural
    noun = named.group(1).lower()
    return None if noun in STOPWORDS or noun in NOT_COUNT_NOUNS else form(noun)


def plural(noun: str) -> str:
    """"brewery" -> "breweries", "bus" -> "buses", "rider" -> "riders"; "people" stays: the form a
    lexicon lists ("passengers") and a report names a count by ("number of breweries")."""
    if noun in COUNT_NOUNS_COLLECTIVE or (noun.endswith("s") and not noun.endswith(("ss", "us"))):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _share_whole(view: str, end: int) -> Optional[tuple]:
    """(noun, end) of the whole a share is of: "45 percent of the summer flow" -> "flow", "45 per
    cent of the valley's electricity" -> "electricity"; None when no plain noun follows."""
    opening = SHARE_OF_OPENING.match(view, end)
    if not opening:
        return None
    position, head = opening.end(), None
    for _ in range(3):
        word = SHARE_WHOLE_WORD.match(view, position)
        if not word:
            break
        bare = re.sub(r"['’]s$", "", word.group(1))
        if bare in GENERIC_WHOLES:
            position = word.end()
            continue
        if (bare in STOPWORDS or bare in VAGUE_OF_NOUNS or bare in RELATION_WORDS or bare in WHOLE_ENDING_WORDS
                or bare.endswith(("ing", "ly"))):
            break  # ("78 percent of the points behind her first serve": of the points)
        if head is not None and bare.endswith("ed"):
            break  # "a quarter of the docks burned": the verb after the noun
        head, position = bare, word.end()
    return (head, position) if head else None


def _temperature_change(view: str, start: int, end: int) -> bool:
    """A temperature that tells a change, not a reading: "have climbed 3.2 degrees Fahrenheit",
    "rose by 1.8C", "two degrees warmer", "4 degrees above average" (but "below zero" is a reading)."""
    if TEMPERATURE_CHANGE_BEFORE.search(view, max(0, start - 40), start):
        return True
    return bool(TEMPERATURE_CHANGE_AFTER.match(view, end)) and not BELOW_ZERO_AFTER.match(view, end)


def _below_zero(view: str, start: int, end: int, value: float) -> tuple:
    """(value, start) of a temperature, signed: "minus 71 degrees", "-71C", "10 degrees below
    zero" are below zero; the dash of a range ("20-25C") is no sign."""
    sign = MINUS_BEFORE.search(view, max(0, start - 8), start)
    if sign and not (sign.group().strip() in "-−" and start >= 2 and view[start - 2].isdigit()):
        return -value, sign.start()
    if BELOW_ZERO_AFTER.match(view, end):
        return -value, start
    return value, start


def _race_clock(view: str, start: int, end: int) -> Optional[_Candidate]:
    """"stopped the clock at 17:42", "clocked 9:58": minutes and seconds of a race, no time of day."""
    written = MINUTES_SECONDS.fullmatch(view, start, end)
    if not written or not RACE_CLOCK_BEFORE.search(view, max(0, start - 30), start):
        return None
    return _minutes_seconds(written)


def _minutes_seconds(match: re.Match) -> _Candidate:
    """A duration of the minutes and seconds a match's two groups hold."""
    minutes, seconds = int(match.group(1)), int(match.group(2))
    total = float(minutes * 60 + seconds)
    return _Candidate(match.start(), match.end(), "duration", total, "second", f"PT{minutes}M{seconds}S", "exact",
                      total, total, priority=3, extra={"relative": False})


def _settle_provisional(claims: list, provisional: frozenset) -> None:
    """An article giving only the provisional figure ("preliminary turnout was 59.8 pct"), or a final
    one of the same value, reports it as its figure: the mark stays only where the article also gives
    another value without it, the figure that replaced it. Works in place on the article's new claims."""
    unmarked = {}
    for claim in claims:
        indexes = {index for index, _ in claim.features.marks}
        for index in provisional - indexes:
            unmarked.setdefault((index, claim.kind, claim.attribute), set()).add(claim.normalized)
    for claim in claims:
        marks = claim.features.marks
        kept = tuple(mark for mark in marks if mark[0] not in provisional
                     or unmarked.get((mark[0], claim.kind, claim.attribute), set()) - {claim.normalized})
        if kept != marks:
            object.__setattr__(claim, "features", _replaced(claim.features, marks=kept))


FIRST_PERSON_AGE = re.compile(rf"\bI(?:['’]m|\s+am)\s+(?:only\s+|now\s+|just\s+)?(?P<num>{NUMBER_PATTERN})"
                              r"(?:\s+years?\s+old)?(?=\s*[,.;!?]|\s+(?:and|now|this|next)\b)")


def _turn_speaker(view: str, position: int) -> Optional[str]:
    """The full name in capitals that labels the transcript turn holding `position`, if any."""
    paragraph = view.rfind("\n\n", 0, position) + 1
    label = SPEAKER_NAME_LINE.match(view, paragraph + (view[paragraph] == "\n"))
    if label is None or label.end() > position:
        return None
    return label.group("name") if _speaker_name(label.group("name")) else None


def _bare_age(match: re.Match) -> Optional[_Candidate]:
    """The age a match's "num" group writes alone ("Peresild, 36,", "is still only twenty-four"),
    if it is one a person can be."""
    value = parse_number(match.group("num"))
    if value is None or not 0 < value < 130:
        return None
    return _Candidate(match.start("num"), match.end("num"), "age", _plain(value), "year",
                      f"P{format_number(value)}Y", "exact", value, value, priority=5)


def _own_date(candidate, sentence: Span, dates: list, view: str) -> Optional[int]:
    """Where the date standing right after the value in its phrase starts ("5.1 million dollars
    in 1985"), if one does; `dates` are sorted (start, end, claim)."""
    for start, _, _ in dates:
        if start >= sentence.end or start - candidate.start > VALUE_DATE_REACH:
            return None
        if start >= candidate.end and VALUE_DATE_GAP.fullmatch(view, candidate.start, start):
            return start
    return None


def _in_brackets_apart(view: str, sentence: Span, start: int, end: int, candidate) -> bool:
    """The date stands inside brackets, with a figure of its own, that the value stands outside
    of ("(2019: 50,700 pairs)"; not a label's "Revenue (2024):")."""
    if end <= candidate.start:
        opened, closed = view.rfind("(", sentence.start, start), view.find(")", end, candidate.start)
        inside = opened >= 0 and closed >= 0 and ")" not in view[opened:start]
    else:
        opened, closed = view.rfind("(", candidate.end, start), view.find(")", end, sentence.end)
        inside = opened >= 0 and closed >= 0 and "(" not in view[end:closed]
    return inside and any(ch.isdigit() for ch in view[opened:start] + view[end:closed])


def _last_of_run(dates: list, start: int, view: str) -> int:
    """Where the last date of the run that begins at `start` starts: dates told one after another
    with only a space between ("March last year") are one time."""
    end = None
    for date_start, date_end, _ in dates:
        if date_start == start:
            end = date_end
        elif end is None and date_start > start:
            break
        elif end is not None and date_start >= end:
            if view[end:date_start].isspace():
                start, end = date_start, date_end
            else:
                break
    return start


PERIOD_AND = re.compile(r"\s+and\s+")  # between a period's two dates: "between 2015 and 2021"


def _when(candidate, sentence: Span, dates: list, view: str, published_year, reaches=None,
          published_day: Optional[int] = None, previous: Optional[Span] = None, dates_other=None) -> tuple:
    """(years, past) of the dates standing near a value in its sentence (not the value itself).

    "$3.1 billion in revenue last year" and "2023 revenue of 3.1 bln dlrs" both speak of 2023;
    "a recount last year covered all 83 counties" speaks of an earlier event than the story.
    """
    if candidate.kind in ("date", "time"):
        return (), False
    years = set()
    past = False
    first = bisect_right(dates, (sentence.start - MARK_WINDOW,))  # dates are sorted (start, end, claim)
    # "lost 5.1 million dollars in 1985 and more the following year": a date right after the value
    # is its own, and the later ones are another figure's
    own = _own_date(candidate, sentence, dates[first:], view)
    if own is not None:
        own = _last_of_run(dates[first:], own, view)  # "$760 million in March last year": both its own
    # "On Sunday he won in 7:51:46, erasing Carraro's course record of 7:54:03": the record
    # broken is older than the day it fell, so no date before it is its own
    broken = BROKEN_RECORD_BEFORE.search(view, max(sentence.start, candidate.start - 60), candidate.start)
    set_aside = None  # the end of a date read as another event's: "began on March 1 last year" is one date
    for start, end, date_claim in dates[first:]:
        if start >= sentence.end:
            break
        if set_aside is not None and start >= set_aside and view[set_aside:start].isspace():
            set_aside = end
            continue
        set_aside = None
        if end <= sentence.start or start == candidate.start or own is not None and start > own:
            continue
        if broken and end <= candidate.start:
            continue
        if reaches is not None and not reaches(start, end, candidate):
            continue  # "412 mln dlrs ... vs 355 mln dlrs a year earlier": the date is the other value's
        if (reaches is not None and start >= candidate.end and ANOTHER_PREDICATE.search(view, candidate.end, start)
                and not reaches(start, end, candidate, any_kind=True)):
            continue  # "has 1,150 employees and produced 1.4 million tonnes last year": the tonnes' year
        if start >= candidate.end and ANOTHER_CLAUSE.search(view, candidate.end, start):
            continue  # "had 48,000 guests, and occupancy rose again in 2024": the other clause's year
        if start - candidate.end > MARK_WINDOW or candidate.start - end > MARK_WINDOW:
            continue
        if dates_other is not None and end <= candidate.start and dates_other(view, start, candidate):
            continue  # "only 2,900 hectares in 2023, a loss of 1,300 hectares": the year of the value before
        if PRESENT_REFERENCE.fullmatch(view[start:end].strip()):
            continue  # "today it employs 12,000": the present is every claim's default time
        if re.search(r"\bbetween\s+$", view[max(sentence.start, start - 9):start], re.IGNORECASE):
            # "between March last year and the end of February", "between 2015 and 2021": the period
            # is as old as its end, however far that stands
            opening_end = end
            for later, later_end, _ in dates[first:]:
                if later >= opening_end and view[opening_end:later].isspace():
                    opening_end = later_end  # "March last year": one date told in two parts
            closing = next((date for date in dates[first:]
                            if date[0] >= opening_end and PERIOD_AND.fullmatch(view, opening_end, date[0])), None)
            if closing is not None:
                past = _dated(closing[2], view[closing[0]:closing[1]], years, published_year, published_day) or past
                set_aside = end
                continue
        if re.search(r"\b(?:since|from|than|until)\s+$", view[max(sentence.start, start - 8):start], re.IGNORECASE):
            set_aside = end
            continue  # "the highest since 2014": a point of comparison, not the claim's time
        if start >= candidate.end and SINCE_EVENT_IN.search(view[max(candidate.end, start - 60):start]):
            continue  # "its worst result since the return to democracy in 1990": likewise
        if start >= candidate.end and end - start == 4 and YEAR_OWN_FIGURE.match(view, end):
            continue  # "had 2023 revenue of 3.1 billion": the year of a later figure
        if EVENT_DATE_BEFORE.search(view, max(sentence.start, start - 30), start):
            set_aside = end
            continue  # "1,480 feet long and constructed in 1962": the date of another event
        if start >= candidate.end and (COMPARED_WITH.search(view, candidate.end, start) or candidate.kind == "percent"
                                       and CHANGE_BASE_AFTER.match(view, candidate.end)):
            continue  # "54%, up on the last election four years ago": the point of comparison
        if _in_brackets_apart(view, sentence, start, end, candidate):
            continue  # "41,600 pairs (2019: 50,700 pairs), a fall of 18%": the bracket's figure's year
        if _in_other_relative_clause(view, sentence, start, end, candidate):
            continue  # "Ashcombe, who had won in 2023 and 2024, cut the gap to two lengths"
        if start >= candidate.end and FROM_FIGURE.search(view, candidate.end, start):
            continue  # "declined 6.2 pct to 2.41 billion from 2.57 billion a year earlier": the earlier figure's
        past = _dated(date_claim, view[start:end], years, published_year, published_day) or past
    if not years and not past and not broken:
        # "In 2021, Brennecke won ... and turnout was 34.9 percent": a date opening the sentence
        # dates all of it, however far the value stands
        index = bisect_left(dates, (sentence.start,), first)  # the first date of the sentence
        if index < len(dates) and dates[index][0] < sentence.start + 20:
            start, end, date_claim = dates[index]
            opened = OPENING_DATE_BEFORE.fullmatch(view, sentence.start, start)
            if (start != candidate.start and opened
                    and (OPENING_DATE_AFTER.match(view, end) or opened.group("in") and OPENING_DATE_NO_COMMA.match(view, end))
                    and not PRESENT_REFERENCE.fullmatch(view[start:end].strip())):
                past = _dated(date_claim, view[start:end], years, published_year, published_day)
    if not years and not past and not broken:
        # "memories of 1979, when the roof of a hall gave way and killed 12 people": the clause
        # a date opens with "when" happened then, however long it runs
        for start, end, date_claim in dates[bisect_left(dates, (sentence.start,), first):]:
            if start >= candidate.start:
                break
            if (WHEN_CLAUSE_AFTER.match(view, end) and end <= candidate.start
                    and not PRESENT_REFERENCE.fullmatch(view[start:end].strip())):
                past = _dated(date_claim, view[start:end], years, published_year, published_day) or past
    if (not years and not past and previous is not None
            and (BACK_REFERENCE.match(view, sentence.start)
                 or ("later" in view[sentence.start:sentence.start + 80]
                     and LATER_REFERENCE.match(view, sentence.start)))):
        # "The comparison with 1965 is unflattering. That blackout, which affected 800,000
        # customers, ...": the thing the sentence points back to is the earlier sentence's past
        earlier: set = set()
        first = bisect_left(dates, (previous.start,))
        if all(_dated(date_claim, view[start:end], earlier, published_year, published_day)
               for start, end, date_claim in dates[first:] if start < previous.end) and earlier:
            return tuple(sorted(earlier)), True
    return tuple(sorted(years)), past


def _dated(date_claim, written: str, years: set, published_year, published_day) -> bool:
    """Add a date's year to `years`; whether it lies before the story's present."""
    past = False
    year = _year_of_date(date_claim.normalized)
    if year is not None:
        years.add(year)
        recent = (published_day is not None and date_claim.high is not None and "-" in (date_claim.normalized or "")
                  and 0 <= published_day - date_claim.high <= RECENT_DAYS)
        if published_year and int(year) < published_year and not recent:
            past = True  # (a month just before the turn of the year is still the present's: "at the end of December")
    if re.search(r"\b(?:last\s+year|(?:years?|months?|weeks?)\s+ago|years?\s+earlier|the\s+year\s+before|previous\s+year)\b",
                 written, re.IGNORECASE):
        past = True
    return past


def _covering(spans, start: int, end: int) -> list:
    """The spans (start, end, ...) that hold [start, end): the `not_in` phrases a word lies in."""
    return [span for span in spans if span[0] <= start and end <= span[1]]


def _told(view: str, start: int, floor: int = 0) -> bool:
    """The name at `start` is the one told ("Nordvik told PharmaWeek that ..."), not a subject."""
    return TOLD_BEFORE.search(view, max(floor, start - 12), start) is not None


def _in_other_relative_clause(view: str, sentence: Span, start: int, end: int, candidate) -> bool:
    """The span [start, end) lies in a ", who/which ...," clause that does not hold the value, or in
    a participle aside (", won by a ticket holder in 2019,") that the value comes after."""
    opening = view.rfind(",", sentence.start, start)
    if opening == -1:
        return False
    closing = view.find(",", end, sentence.end)
    closing = sentence.end if closing == -1 else closing
    if PARTICIPLE_ASIDE.match(view, opening + 1):
        # "a record of $377 million, won by a single ticket holder in 2019, and came after 31
        # draws": the aside dates what it follows, not what comes after it
        return closing < sentence.end and candidate.start > closing
    return RELATIVE_OPENING.match(view, opening + 1) is not None and not (opening < candidate.start < closing)


def _stamp_line(view: str, position: int) -> bool:
    """The line holding `position` is a header stamping the article's date ("Updated: 3 March
    2025", "Thursday 24 October 2024"), not a fact box's line ("Closest approach: 19 October 2029")."""
    line = _line_at(view, position).strip()
    label = FACT_LABEL.match(line)
    if label and (label.group(1).lower() not in STAMP_LABELS or line[:1] in LIST_ITEM_MARKS):
        return False  # "- Date: 27 July 2025" in a list of key facts is the event's date
    return header_line_date(line) is not None


def _epoch_days(published: Optional[str]) -> Optional[int]:
    """Days since 1970-01-01 of an ISO date, as dates' bounds are counted."""
    if not published:
        return None
    try:
        return (_date.fromisoformat(published[:10]) - _date(1970, 1, 1)).days
    except ValueError:
        return None


def _story_year(candidates, view: str) -> Optional[int]:
    """With no publication date, the latest year the article dates something in (not "by 2030")."""
    years = []
    for candidate in candidates:
        if candidate.kind != "date" or not candidate.resolved:
            continue
        year = _year_of_date(candidate.normalized)
        if year and not re.search(r"\b(?:by|until|through|before|to|in)\s+$", view[max(0, candidate.start - 9):candidate.start], re.IGNORECASE):
            years.append(int(year))
        elif year and re.search(r"\bin\s+$", view[max(0, candidate.start - 4):candidate.start]):
            years.append(int(year))
    return max(years) if years else None


def _year_of_date(normalized) -> Optional[str]:
    match = re.match(r"(\d{4})(?:\b|-|$)", normalized or "")
    return match.group(1) if match else None


def _noun_class(candidate, inside) -> Optional[str]:
    """What a count counts, so that 48 games and 24 goals, or people and homes, stay apart."""
    if candidate.kind != "count" or not candidate.noun:
        return None
    if candidate.noun in PERSON_NOUNS or candidate.noun in CREW_NOUNS or candidate.noun.endswith(PERSON_NOUN_ENDINGS):
        return "person"
    if inside:
        return "attr:" + sorted(inside[0][2])[0]
    return _noun_key(candidate.noun)


# counted nouns that name one kind of thing: "1,150 houses" and "more than 1,100 homes"
NOUN_SYNONYMS = {
    "house": "home", "dwelling": "home", "residence": "home", "household": "home",
    "car": "vehicle", "lorry": "vehicle", "truck": "vehicle", "hgv": "vehicle", "automobile": "vehicle",
    "fatality": "death", "casualty": "casualty", "staffer": "employee", "worker": "employee",
    "aircraft": "plane", "airplane": "plane", "jet": "plane", "vessel": "ship", "boat": "ship",
    "hectare": "hectare", "storey": "floor", "story": "floor", "shareholder": "investor",
    "sedan": "vehicle", "suv": "vehicle", "prisoner": "inmate", "convict": "inmate", "detainee": "inmate",
    "inhabitant": "resident", "population": "resident", "individual": "people", "person": "people",
    "inquiry": "investigation", "probe": "investigation", "talk": "negotiation", "co-worker": "colleague", "coworker": "colleague",
    "ride": "trip", "journey": "trip", "left": "remaining", "child": "children", "pupil": "children",
    "schoolchildren": "children", "kid": "children", "banknote": "cash", "dish": "antenna",
    "police": "officer", "policeman": "officer", "policewoman": "officer", "constable": "officer",
    "build": "construction", "craftsman": "artisan", "craftswoman": "artisan", "craftspeople": "artisan",
    "craftsperson": "artisan", "factory": "plant", "e-bike": "bike", "ebike": "bike", "fragment": "piece",
    "supermarket": "store", "shop": "store", "package": "pack", "packet": "pack",
    "gunman": "assailant", "attacker": "assailant", "hijacker": "assailant", "kidnapper": "assailant",
    "penny": "coin", "shilling": "coin", "nation": "country", "component": "part", "oilfield": "field",
    "gasfield": "field", "newspaper": "paper", "robbery": "raid", "heist": "raid", "hold-up": "raid",
    "holdup": "raid", "attack": "raid", "robber": "assailant", "raider": "assailant",
    "print": "footprint", "district": "neighbourhood", "neighborhood": "neighbourhood", "submission": "entry",
    "street": "road", "motorbike": "motorcycle", "theater": "cinema", "theatre": "cinema",
}


# counted nouns that are an attribute's own word, too loose for the lexicon ("the crew said"):
# "All 22 crew" counts the crew, as "22 seafarers" does
COUNTED_ATTRIBUTES = {"crew": "crew"}


# "The Pennsylvania company earned $96 million", "at midnight New York time": a name that only
# says where a thing is, or whose clock tells the time
DESCRIBED_AFTER = re.compile(r"(?:-based)?\s+(?:company|firm|group|maker|manufacturer|bank|carrier|retailer|insurer|"
                             r"producer|chain|airline|operator|concern|conglomerate|utility|miner|lender)\b")
THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
ZONE_AFTER = re.compile(r"\s+time\b")


def _descriptive(view: str, mention) -> bool:
    """The name describes the subject rather than being it (see DESCRIBED_AFTER)."""
    if ZONE_AFTER.match(view, mention.end):
        return True
    return (DESCRIBED_AFTER.match(view, mention.end) is not None
            and THE_BEFORE.search(view, max(0, mention.start - 6), mention.start) is not None)


def _inside_name(view: str, sentence: Span, start: int, end: int) -> bool:
    """A capitalised word between two others is part of a name, not a lexicon word: "Savings" in
    "took $148,000 from the Tavener Savings Bank", unless the whole sentence is a title-case headline."""
    before = _CAPITALISED_BEFORE.search(view, max(sentence.start, start - 30), start)
    if before is None or before.start() == sentence.start or not _CAPITALISED_AFTER.match(view, end):
        return False
    return len(_LOWER_WORD.findall(view, sentence.start, sentence.end)) >= 2


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _noun_key(noun: str) -> str:
    singular = _singular(noun.lower())
    return NOUN_SYNONYMS.get(singular, singular)


TIME_ZONES = {"utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
              "ist": 5.5, "jst": 9, "aest": 10, "edt": -4, "est": -5, "cdt": -5, "cst": -6, "mdt": -6,
              "mst": -7, "pdt": -7, "pst": -8, "akdt": -8, "hst": -10}
_ZONE_RE = re.compile(r"\s*\(?\b(" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b\)?", re.IGNORECASE)


def _zoned(view: str, start: int, end: int, normalized: str):
    """A time of day with its zone, as an ISO offset: "2:10 p.m. CDT" -> "T14:10-05:00"."""
    text = view[start:end]
    zone = re.search(r"\b(" + "|".join(TIME_ZONES) + r")\b", text, re.IGNORECASE)
    new_end = end
    if not zone:
        after = _ZONE_RE.match(view, end)
        if after and after.group(1).isupper():
            zone, new_end = after, after.end()
    if not zone or not re.fullmatch(r"T\d\d:\d\d", normalized or ""):
        return normalized, end
    offset = TIME_ZONES[zone.group(1).lower()]
    hours, minutes = int(abs(offset)), int(round(abs(offset) % 1 * 60))
    return f"{normalized}{'+' if offset >= 0 else '-'}{hours:02d}:{minutes:02d}", new_end


def _close(hits, candidate, limit: int) -> bool:
    """Some hit stands within `limit` characters of the value."""
    return any((h[0] - candidate.end if h[0] >= candidate.end else candidate.start - h[1]) <= limit for h in hits)


NATIONALITY_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# "Elena Tschudi, a Swiss soloist aged 29": a name, then a role in apposition
APPOSITIVE_ROLE = re.compile(r",\s*(?:the|a|an)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)\s+")


# "2,318 cases in 2024, up 41 per cent from 1,644 in 2023": the figure compared with, its noun left out
ELIDED_BEFORE = re.compile(r"\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?)\s+$", re.IGNORECASE)
ELIDED_REACH = 200  # characters before a compared figure where the count it leaves its noun to stands
COUNTED_BEFORE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d,.]\d)")


# from a value to the date right after it: "2,900 hectares in 2023", "$4.1 billion in fiscal 2024"
VALUE_DATE_GAP = re.compile(r"(?:[^,;:()\n]|(?<=\d)[,.:](?=\d))*?\s(?:in|on|at|during|for)\s+(?:the\s+|fiscal\s+)?")
VALUE_DATE_REACH = 40  # characters from a value's start to a date that dates it


TABLE_CELL_MARK = re.compile(r"\s*[;:](?=\s)\s*")  # between a table row's cells in the view (see sources.cell_marks)
TABLE_ROW_REACH = 40  # rows up to a table's header
TABLE_ROW_CHARS = 400  # a table's row is no longer than this


def _column_header(view: str, candidate) -> Optional[str]:
    """The word a table's header row gives the column of a bare figure: in "Candidate | Party |
    Votes" over "Rhian Maddocks | New Democrats | 10,412", 10,412 is in the votes column. Only
    rows of three cells or more, under a header of words alone, are read."""
    found = _table_header(view, candidate)
    if found is None:
        return None
    header, column = found
    if _named_columns(header):
        return None  # "| | Joost Verhaegen | Callum Dewhirst |": whose figures, not what they count
    words = _cell_words(header[column])
    return words[-1] if words and words[-1] not in STOPWORDS and words[-1] not in NOT_COUNT_NOUNS else None


def _named_columns(header: list) -> bool:
    """A header with its top left cell empty over columns headed by capitalised words: a table
    setting names side by side ("| | Joost Verhaegen | Callum Dewhirst |"), its rows labelled by
    what they measure."""
    return not header[0] and all(
        words and all(word[:1].isupper() for word in words)
        for words in (BRACKETED_NOTE.sub("", cell).split() for cell in header[1:]))


def _average_row(view: str, start: int) -> bool:
    """The figure stands in a table row labelled by an average ("| Three-dart average | 101.37 |")."""
    first = _row_first_cell(view, start)
    return first is not None and first.group(1).split()[-1].lower() in ("average", "mean")


def _table_column_name(view: str, candidate, mentions):
    """The name heading the column a figure stands in, in a table of names side by side ("| Age
    | 27 | 41 |" under "| | Joost Verhaegen | Callum Dewhirst |"): whose figure it is."""
    found = _table_header(view, candidate)
    if found is None or not _named_columns(found[0]) or found[1] == 0:
        return None
    cell = " ".join(BRACKETED_NOTE.sub("", found[0][found[1]]).split())
    named = [m for m in mentions if " ".join(view[m.start:m.end].split()) == cell]
    return named[0] if named else None


# "which the forecasters say is one of the highest readings": who tells of a value that is, not will be
SAYS_AFTER = re.compile(r"\s+(?:say|says|said|believe|believes|think|thinks)\s+(?:that\s+)?(?:it\s+|this\s+)?"
                        r"(?:is|was|were|are)\b", re.IGNORECASE)
# a share price quoted bare in dollar wire copy: "shares rose 9-3/4 to 35-1/8", "stock closed at 41-1/2"
STOCK_WORDS = frozenset({"shares", "share", "stock"})
DOLLARS_TOLD = re.compile(r"\bdlrs?\b|\$|\bdollars?\b", re.IGNORECASE)
_QUOTED = r"\d{1,4}[-\s]\d{1,2}/(?:2|4|8|16|32)|\d{1,4}(?:\.\d{1,3})?"
STOCK_QUOTE = re.compile(
    rf"\b(?:shares?|stock)\s+(?:[A-Za-z]+\s+){{0,2}}?(?:rose|fell|gained|lost|slipped|jumped|dropped|climbed|closed|"
    rf"ended|finished|eased|added|firmed)\s+"
    # ("closed on Friday at 36-5/8", "closed up 1-3/4 at 46-1/8": the day, or the move, told between)
    rf"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
    rf"(?:(?:up|down|off)\s+)?(?:\$?(?:{_QUOTED})\s+)?(?:to|at)\s+(?P<sign>\$)?(?P<num>{_QUOTED})"
    rf"(?![\d/]|\.\d|\s*(?:pct|%|per|percent|mln|bln|billion|million|dlrs?|dollars?|cents?|p\.?m|a\.?m)\b)", re.IGNORECASE)
SHARE_HEADER = re.compile(r"\b(?:share|percent|percentage|pct)\b|%", re.IGNORECASE)


def _column_year(view: str, candidate) -> Optional[tuple]:
    """(the year a table's header row gives the column of a value, the latest year of the header)
    ("| Measure | 2019 | 2024 |"), if the header names a year in every column but the first."""
    line_start = view.rfind("\n", 0, candidate.start) + 1
    if not view.startswith(LIST_MARK, line_start) or not TABLE_CELL_MARK.search(view, line_start, candidate.start):
        return None  # (most values: no table row)
    line_end = view.find("\n", candidate.end)
    line_end = len(view) if line_end < 0 else line_end
    cells = TABLE_CELL_MARK.split(view[line_start + 1:line_end].strip())
    column = len(TABLE_CELL_MARK.split(view[line_start + 1:candidate.start].lstrip())) - 1
    for row in _rows_above(view, line_start, len(cells), corner=True):
        if len(row) < 3:
            continue
        # a column of changes may stand beside the years' ("| Measure | 2023 | 2024 | Change |")
        changes = [CHANGE_CELL.search(cell) is not None for cell in row[1:]]
        years = [None if change else YEAR_CELL.fullmatch(cell) for change, cell in zip(changes, row[1:])]
        if any(years) and all(year or change for year, change in zip(years, changes)):
            year = years[column - 1] if 0 < column < len(row) else None
            return (year.group(1), max(y.group(1) for y in years if y)) if year else None
    return None


YEAR_CELL = re.compile(r"\D{0,12}\b((?:19|20)\d\d)\b\D{0,12}")  # "2024", "Year to March 2024"
CHANGE_CELL = re.compile(r"\b(?:change|chg|difference|diff|growth|rise|fall|vs)\b|%|\+/-", re.IGNORECASE)


def _table_header(view: str, candidate) -> Optional[tuple]:
    """(the header row's cells, the value's column) of the table row a value stands in (see
    _column_header), or None."""
    lo = max(0, candidate.start - TABLE_ROW_CHARS)
    newline = view.rfind("\n", lo, candidate.start)
    line_end = view.find("\n", candidate.end, candidate.end + TABLE_ROW_CHARS)
    if (newline < 0 and lo > 0) or (line_end < 0 and candidate.end + TABLE_ROW_CHARS < len(view)):
        return None  # a line this long is prose, not a table's row
    line_start = _row_start(view, newline + 1)
    line_end = len(view) if line_end < 0 else line_end
    if not TABLE_CELL_MARK.search(view, line_start, line_end):
        return None  # (most lines: no cells at all)
    cells = TABLE_CELL_MARK.split(view[line_start:line_end].strip())
    if len(cells) < 3:
        return None
    column = len(TABLE_CELL_MARK.split(view[line_start:candidate.start].lstrip())) - 1
    # (a header whose top left cell is empty is one cell short: "| | Joost Verhaegen | Callum Dewhirst |")
    rows = list(_rows_above(view, line_start, len(cells), corner=True))
    header = rows[-1] if rows else None  # (the table's first row)
    if (header is None or any(ch.isdigit() for cell in header for ch in BRACKETED_NOTE.sub("", cell))
            or column >= len(header)):
        return None  # (a note in brackets may hold a date: "Average price (Oct 2025)")
    return header, column


BRACKETED_NOTE = re.compile(r"\([^()]*\)")


def _cell_words(cell: str) -> list:
    """The lower-case words of a header cell, leaving out a note in brackets."""
    return re.findall(r"[a-z]+", BRACKETED_NOTE.sub("", cell).lower())


def _rows_above(view: str, line_start: int, width: int, corner: bool = False) -> Iterator[list]:
    """The cells of the table rows above the line at `line_start`, nearest first, as long as they
    have `width` cells (up to TABLE_ROW_REACH lines). With `corner`, a row of one cell less is the
    header of a table whose top left cell is empty ("| | 2024 | 2025 |"), yielded with that cell."""
    end = view.rfind("\n", 0, line_start)
    for _ in range(TABLE_ROW_REACH):
        if end <= 0:
            return
        start = view.rfind("\n", max(0, end - TABLE_ROW_CHARS), end) + 1
        if start == 0 and end > TABLE_ROW_CHARS:
            return
        line = view[_row_start(view, start):end]
        end = start - 1
        if not line.strip():
            continue  # (a Markdown table's rule line reads as blank, and HTML rows stand apart)
        row = TABLE_CELL_MARK.split(line.strip())
        if corner and len(row) == width - 1 and width > 2:
            yield [""] + row
            return
        if len(row) != width:
            return
        yield row


# a line of a declared result: "Gareth Pryce, Civic Alliance, eight thousand, two hundred and ninety-five."
READ_OUT_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Za-z][\w'’.-]*){0,4},\s+$")
READ_OUT_AFTER = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|$)")
VOTES_DECLARED = re.compile(r"\b(?:votes|ballots)\s+(?:cast|polled|recorded)\b|\bvotes\s+(?:were|was)\s+as\s+follows\b|"
                            r"\bnumber\s+of\s+votes\b", re.IGNORECASE)
VOTES = "votes"
READ_OUT_REACH = 1500  # characters before a result line where the declaration of the votes stands


def _read_out_result(view: str, candidate) -> bool:
    """A bare number closing a line that opens with a candidate's name and party, in a passage that
    declares the votes cast: a returning officer's result read out line by line."""
    line_start = view.rfind("\n", max(0, candidate.start - 120), candidate.start)
    if line_start < 0 and candidate.start > 120:
        return False
    return (READ_OUT_BEFORE.match(view, max(line_start, 0), candidate.start) is not None
            and READ_OUT_AFTER.match(view, candidate.end) is not None
            and VOTES_DECLARED.search(view, max(0, candidate.start - READ_OUT_REACH), candidate.start) is not None)


def _row_start(view: str, line_start: int) -> int:
    """Where a line's first cell begins: after a Markdown row's bullet, if any."""
    return line_start + 1 if view.startswith(LIST_MARK, line_start) else line_start


def _table_row_name(view: str, candidate, mentions):
    """The name filling the first cell of the table row a bare figure stands in (a row that
    _column_header reads): whose figure it is."""
    line_start = _row_start(view, view.rfind("\n", 0, candidate.start) + 1)
    first = TABLE_CELL_MARK.search(view, line_start, candidate.start)
    if first is None:
        return None
    named = [m for m in mentions if line_start <= m.start and m.end <= first.start()]
    return named[0] if len(named) == 1 and not view[line_start:named[0].start].strip() else None


HEADING_CHARS = 80  # a heading over a table is a short line


def _table_heading(view: str, candidate) -> Optional[Span]:
    """The heading right above the table a figure stands in ("## Kellmouth International: 2024"
    over "| Flights | 112,000 | +1.2% |"), a short line of its own; None for a figure in no table
    row of three cells or more, or a table under prose."""
    line_start = view.rfind("\n", 0, candidate.start) + 1
    line_end = view.find("\n", candidate.end)
    line_end = len(view) if line_end < 0 else line_end
    if line_end - line_start > TABLE_ROW_CHARS or len(TABLE_CELL_MARK.findall(view, line_start, line_end)) < 2:
        return None
    end = line_start - 1
    for _ in range(TABLE_ROW_REACH):
        if end <= 0:
            return None
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end]
        end = start - 1
        if not line.strip() or len(TABLE_CELL_MARK.findall(line)) >= 2:
            continue  # (the table's rows, its rule line, the blank lines between HTML rows)
        heading = line.strip()
        if len(heading) > HEADING_CHARS or heading.startswith(LIST_MARK) or heading[-1] in ".!?,;":
            return None
        first = start + len(line) - len(line.lstrip())
        return Span(first, first + len(heading))
    return None


def _heading_name(view: str, heading: Span, mentions):
    """The one name of a table's heading: the table gives that one's figures, not the story's.
    (A heading is no sentence, so its names are those the article names elsewhere.)"""
    folded = " " + " ".join(re.findall(r"\w+", names_module.fold(view[heading.start:heading.end]))) + " "
    named = {m.key: m for m in mentions if f" {m.key} " in folded}
    named = [m for key, m in named.items() if not any(key != other and f" {key} " in f" {other} " for other in named)]
    return named[0] if len(named) == 1 else None


# "A quarter of a million pounds, Ruth.", "REPORTER: Claire, it happened at around twenty to twelve":
# a first name spoken to, not what the sentence is about
VOCATIVE_BEFORE = re.compile(r"(?:,|:|^|\n)[ \t]*$")
VOCATIVE_AFTER_END = re.compile(r"[ \t]*[.?!]")
DISCOURSE_BEFORE = re.compile(rf"(?:^|[\s\"“(])(?:{'|'.join(sorted(names_module.DISCOURSE_WORDS))}),\s*$", re.IGNORECASE)
VOCATIVE_AFTER_OPEN = re.compile(r",[ \t]+[a-z]")


def _vocative(view: str, mention) -> bool:
    if mention.words != 1:
        return False
    before = view[max(0, mention.start - 4):mention.start]
    if not VOCATIVE_BEFORE.search(before) and mention.start > 0:
        return False
    if before.rstrip().endswith(","):
        # "A quarter of a million pounds, Ruth.", "Well, Geoffrey, the producing countries ..."
        return (VOCATIVE_AFTER_END.match(view, mention.end) is not None
                or view.startswith(",", mention.end)
                and DISCOURSE_BEFORE.search(view, max(0, mention.start - 16), mention.start) is not None)
    if not before.rstrip().endswith(":") or VOCATIVE_AFTER_OPEN.match(view, mention.end) is None:
        return False
    line = view[view.rfind("\n", 0, mention.start) + 1:mention.start].rstrip()[:-1]
    return line.isupper()  # a speaker's turn opening on the name ("REPORTER: Claire, it ..."), no fact box's label


# a table row's first cell, as the view writes it ("• Retailers registered ; – ; 2,314")
ROW_FIRST_CELL = re.compile(r"[•\s]*([^\W\d_][^;:\n]{0,60}?)\s*[;:](?=\s)")


def _row_first_cell(view: str, start: int) -> Optional[re.Match]:
    """The first cell of the table row whose later cell the figure at `start` stands in, if any."""
    line_start = view.rfind("\n", 0, start) + 1
    if not view.startswith(LIST_MARK, line_start):
        return None
    first = ROW_FIRST_CELL.match(view, line_start)
    return first if first is not None and first.end() <= start else None


def _row_label(view: str, candidate) -> Optional[re.Match]:
    """The first cell of the table row a value stands in a later cell of, when it describes what
    the row measures in words ("Single-use bags handed out"), not whose it is ("Rhian Maddocks"):
    rows of three cells or more only, as two-cell rows are a fact box's "label: value"."""
    first = _row_first_cell(view, candidate.start)
    if first is None:
        return None
    line_start = view.rfind("\n", 0, candidate.start) + 1
    line_end = view.find("\n", candidate.end)
    if len(TABLE_CELL_MARK.split(view[line_start + 1:len(view) if line_end < 0 else line_end].strip())) < 3:
        return None
    words = first.group(1).split()
    if not any(word.islower() and len(word) > 2 for word in words[1:] or words):
        found = _table_header(view, candidate)
        if found is None or not _named_columns(found[0]):
            return None  # a name, not a description (but "| Age | 27 | 41 |" under names side by side)
    return first


def _labels_value(view: str, label: Optional[re.Match], candidate) -> bool:
    """The fact box's label opening the sentence stands right before the value, but for words
    that only qualify it: "- **Tallest adult:** estimated at 1.75 metres"."""
    return (label is not None and label.end() <= candidate.start
            and FACT_VALUE_GAP.fullmatch(view, label.end(), candidate.start) is not None)


IRREGULAR_PARTICIPLES = frozenset("found made sold held paid built lost seen taken given kept spent won sent cut".split())
LABEL_PARTICLES = frozenset({"out", "up", "off", "down", "away", "back", "over"})
LABEL_RELATIVE_WORDS = frozenset({"who", "that", "which", "whose", "waiting", "waited", "to"})  # ("Branches to close")
LABEL_PLACING_WORDS = frozenset({"in", "at", "on", "during", "since", "for", "from", "after", "before", "by"})


def _label_noun(label: Optional[re.Match]) -> Optional[str]:
    """The noun a fact box's label (see _labels_value) gives its value: "Electorate: 71,204",
    "Emergency department attendances: 61,240; 58,905" (the first figure only)."""
    if label is None:
        return None
    words = label.group(1).lower().split()
    while len(words) > 1 and words[-1] in LABEL_PARTICLES:
        words.pop()  # "Single-use bags handed out": the particle of its verb, then the verb
    # "Patients who waited more than 12 hours: 4,318": the noun a relative clause qualifies;
    # "Throughput in 2024: 1.1m tonnes": the noun before the phrase that places it
    end = next((i for i, word in enumerate(words) if word in LABEL_RELATIVE_WORDS or word in LABEL_PLACING_WORDS),
               0) or len(words)  # (a label opening with such a word keeps all its words)
    noun = words[end - 1]
    if end > 1 and (len(noun) > 5 and noun.endswith("ed") and not noun.endswith("eed") or noun in IRREGULAR_PARTICIPLES):
        noun = words[end - 2]  # "Lorries involved: nine HGVs", "Bags found": the noun the participle follows
    if noun in STOPWORDS or noun in NOT_COUNT_NOUNS or noun in STAMP_LABELS or noun in KIND_LABELS:
        return None
    if not LABEL_NOUN_WORD.fullmatch(noun):
        return None  # "February 1986 (revised) | 980": a date counts nothing
    return noun


LABEL_NOUN_WORD = re.compile(r"[a-z][a-z'’-]*")


def _elided_noun(view: str, sentence: Span, candidate) -> Optional[str]:
    """The noun a bare number compared with an earlier count of its clause leaves out: "2,318
    confirmed cases in 2024, up from 1,644 in 2023" counts cases twice (and "2,318 parcels on
    Monday, compared with 1,644", though a comma opens a clause between); or that a part set after
    the count leaves out: "180,000 records were copied, 41,000 of them from the benefits system"."""
    if not (ELIDED_BEFORE.search(view, max(sentence.start, candidate.start - 20), candidate.start)
            or view.startswith(", ", max(0, candidate.start - 2)) and APPOSED_PART.match(view, candidate.start)):
        return None
    for number in reversed(list(COUNTED_BEFORE.finditer(view, max(sentence.start, candidate.start - ELIDED_REACH),
                                                        candidate.start))):
        noun, _ = _count_noun(view, number.end())
        if noun:
            return noun
    return None


def _age_person(view, candidate, sentence, mentions):
    """The person an age belongs to, written beside it: "Peresild, 36," / "the 36-year-old actor, Peresild"."""
    named = [m for m in mentions if sentence.start <= m.end <= candidate.start and m.words >= 2
             and re.fullmatch(r",\s*(?:(?:only|just|now|still)\s+)?|\s*\(\s*", view[m.end:candidate.start])]
    if named and view[candidate.start:candidate.end].isdigit():
        return named[-1]  # "Walter Brennecke, 58, Garrick's chairman": the name the bare age follows
    after = [m for m in mentions if candidate.end <= m.start <= candidate.end + 60 and m.start < sentence.end]
    surnames = {m.key.split()[-1] for m in mentions if m.words >= 2}
    for mention in after:
        if mention.words == 1 and mention.key not in surnames and (
                mention.key in names_module.NATIONALITIES or mention.key.endswith("man")):
            break  # "the 24-year-old Pole", "the 30-year-old Frenchman": a nationality, not a name
        between = view[candidate.end:mention.start]
        # "the 29-year-old Swiss violinist Elena Tschudi": a nationality before the role is an adjective
        described = re.sub(r"\s+", " ", NATIONALITY_WORD.sub(
            lambda word: "" if word.group().lower() in names_module.NATIONALITIES else word.group(), between))
        words = re.findall(r"[a-z][\w-]*", between)
        if not set(words) & PREPOSITIONS and re.fullmatch(
                r"\s*,?\s*|\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*", between):
            return mention
        words = re.findall(r"[a-z][\w-]*", described)
        if (mention.words >= 2 and words and len(words) <= 3 and not set(words) & PREPOSITIONS
                and words[-1] in names_module.ROLE_WORDS and re.fullmatch(r"(?:\s+[a-z][\w-]*)+\s+", described)):
            return mention  # "handing 24-year-old jockey Ciaran Devlisch his first win": the role, then the name
        break
    before = [m for m in mentions if sentence.start <= m.end <= candidate.start and candidate.start - m.end <= 40
              and not (m.words == 1 and m.key in names_module.NATIONALITIES)]  # "the Belgian, aged 24"
    if before:
        mention = before[-1]
        between = view[mention.end:candidate.start]
        # ("Maddocks is a 34-year-old former hospital physio": the name the copula describes)
        if re.fullmatch(r",\s*(?:the|a|an|only|just|now|still)?\s*|,?\s+(?:is|was|who\s+is|who\s+was|who['’]s|,)"
                        r"(?:\s+(?:a|an))?\s*"
                        r"|\s*\(\s*|\s+", between):
            return mention
        role = APPOSITIVE_ROLE.fullmatch(between)
        if (role and role.group("role").lower() in names_module.ROLE_WORDS
                and view[candidate.start:candidate.end].lower().startswith("aged")):
            return mention  # "Elena Tschudi, a Swiss soloist aged 29": the role in apposition, then the age
    # "The Amesbury Archer, found in 2002 nearby, was aged 35 to 45": the name opening the
    # sentence, when no other name stands between and a form of "to be" leads to the age
    opening = [m for m in mentions if sentence.start <= m.start < candidate.start]
    if (opening and len(opening) == 1 and len(re.findall(r"[\w'’-]+", view[sentence.start:opening[0].start])) <= 1
            and re.search(r"\b(?:is|was|were|are)\s+$", view[opening[0].end:candidate.start])
            and view[candidate.start:candidate.end].lower().startswith("aged")):
        return opening[0]
    return None


def _first_mention_in(mentions: list, span: Span):
    """The first name mentioned in `span` (the sentence before, whose opening name a pronoun
    stands for), or None."""
    return next((m for m in mentions if span.start <= m.start < span.end), None)


def _antecedent(view, candidate, sentence, previous, mentions):
    """The person a sentence means by "the 60-year-old actor": a full name in the two sentences before.

    A name written after a role word ("striker Tomás Arévalo", "actress Yulia Peresild") or
    whose last name the article also uses alone is more likely a person than a club or a place.
    """
    window_start = previous[-2].start if len(previous) >= 2 else (previous[-1].start if previous else sentence.start)
    # (not a name in a byline: "Tuesday 4 March 2025 · Westmarch News" names the outlet)
    # (nor one whose own age the article gave beside the name: "Stefan Marcu, 41, ... The crane
    # operator, aged 47," is someone else)
    prior = [m for m in mentions if m.words >= 2 and window_start <= m.start and m.end <= sentence.start
             and not BYLINE_SEPARATOR.search(_line_at(view, m.start))
             and not AGE_AFTER_NAME.match(view, m.end)]
    if not prior:
        return None
    alone = {m.key for m in mentions if m.words == 1}

    def personhood(mention) -> int:
        before = re.findall(r"[\w'’-]+", view[max(0, mention.start - 30):mention.start])[-2:]
        role = any(names_module.fold(word) in names_module.ROLE_WORDS for word in before)
        return 2 * role + (mention.key.split()[-1] in alone)

    # among equals, the subject of the nearest sentence before: the first name it gives
    best = max(personhood(m) for m in prior)
    ranked = [m for m in prior if personhood(m) == best]
    last_sentence = [m for m in ranked if m.start >= previous[-1].start] if previous else []
    return (last_sentence or ranked)[0] if last_sentence else ranked[-1]


def _line_at(view: str, position: int) -> str:
    """The line holding `position`, without its line break."""
    start = view.rfind("\n", 0, position) + 1
    end = view.find("\n", position)
    return view[start:end if end != -1 else len(view)]


def _speaker_mentions(view: str, sentence_spans: list[Span]) -> list:
    """Full names in capitals that label a transcript's turns, each as a name mention; a label of
    roles or programme words ("NEWS ANCHOR:", "BREAKING NEWS:") names no one."""
    found, starts = [], [span.start for span in sentence_spans]
    for match in _speaker_lines(view):
        if not _speaker_name(match.group("name")):
            continue
        index = bisect_right(starts, match.start("name")) - 1
        if index >= 0 and match.end("name") <= sentence_spans[index].end:
            text = match.group("name")
            found.append(names_module.Mention(match.start("name"), match.end("name"), text,
                                              names_module.fold(text), len(text.split())))
    return found


# "PRIYA RAMSDON (chief executive, interview):", "OWEN PRYDDERCH:": a speaker's full name opening a line
def _speaker_name(label: str) -> bool:
    """A speaker's label in capitals is a person's name: no role, programme or function word in it."""
    return not any(names_module.fold(word) in NOT_SPEAKER_WORDS or names_module.fold(word) in names_module.ROLE_WORDS
                   or names_module.fold(word) in names_module.FUNCTION_WORDS for word in label.split())


@lru_cache(maxsize=4)
def _speaker_lines(view: str) -> tuple:
    """SPEAKER_NAME_LINE's matches in the view, looked for only at lines that open with two capitals
    (kept for the last few views: the ages and the names of one article both read them)."""
    if SPEAKER_LINE_START.match(view) or SPEAKER_LINE_OPENING.search(view):
        return tuple(SPEAKER_NAME_LINE.finditer(view))
    return ()


SPEAKER_LINE_START = re.compile(r"[ \t]*[A-Z][A-Z'’-]+[ \t][A-Z]")  # (the view's first line)
SPEAKER_LINE_OPENING = re.compile(r"\n[ \t]*[A-Z][A-Z'’-]+[ \t][A-Z]")
SPEAKER_NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,3})[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*:",
                               re.MULTILINE)
NOT_SPEAKER_WORDS = frozenset("""
breaking news update updated urgent flash live watch listen note notes correction presenter anchor host
caller interviewer narrator voiceover voice over studio report bulletin headlines weather sport sports
programme program transcript end begin clip audio video sound package vox pop media contact contacts
press release editor editors embargo embargoed source sources posted published filed summary background
key facts figures timeline fact box table chart photo picture caption credit copyright related read more
""".split())


def _speaker_label(view: str, start: int, end: int) -> bool:
    """A name opening its line and followed by a colon, maybe after the rest of the name: a
    transcript's speaker ("OKORO: ...", "OWEN PRYDDERCH: ..."); or a single name opening a turn,
    a comma after it: whom the speaker addresses ("OWEN PRYDDERCH: Helen, behind me ...")."""
    line_start = view.rfind("\n", 0, start) + 1
    before = view[line_start:start]
    if not before.strip():
        return SPEAKER_REST.match(view, end) is not None
    return (view.startswith(",", end) and " " not in view[start:end].strip()
            and SPEAKER_BEFORE.fullmatch(before) is not None)


SPEAKER_REST = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*:")  # "OWEN| PRYDDERCH:"
# a speaker's label in capitals before the name a turn opens with: "OWEN PRYDDERCH: |Helen,"
SPEAKER_BEFORE = re.compile(r"[ \t]*[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}[ \t]*:[ \t]*")


def _shouted_line(view: str, position: int) -> bool:
    """The line holding `position` has letters and none of them lower case."""
    line = _line_at(view, position)
    return any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line)


def _topic(view: str, candidate, clause: Span, local, named: set = frozenset()) -> Optional[str]:
    """The common noun a value's verb speaks of: "Closed sales rose 6.5%" and "New listings rose
    9.3%" are two things, though neither is named. A superlative speaks of what it picks from:
    "The tallest of the chimneys rises 40 feet" is about a chimney."""
    word = _clause_topic(view, candidate, clause, local, named)
    if word and word.endswith("est") and word not in EST_NOUNS:
        picked = PICKED_FROM.search(view, clause.start, candidate.start)
        if picked and picked.group(1).lower() == word:
            return _singular(picked.group(2).lower())
    return word


EST_NOUNS = frozenset("""
interest forest contest protest harvest request guest test chest nest west quest arrest inquest conquest
manifest priest rest crest vest
""".split())
PICKED_FROM = re.compile(r"\b([a-z]+est)\s+of\s+(?:the|its|their|all\s+the)\s+([a-z]+)", re.IGNORECASE)


def _clause_topic(view: str, candidate, clause: Span, local, named: set) -> Optional[str]:
    """The topic as the clause's opening tells it. `local` is LOCAL_SUBJECT's match before the
    value; `named` the starts of the clause's names ("Inventory was down 7%" opens with a noun,
    "Brightmarket fell 8%" with a name)."""
    word = local.group(1) if local else ""
    opening = local is not None and local.start(1) not in named and not view[clause.start:local.start(1)].strip(" \t\n\"“‘'")
    if local and (word.islower() or (opening and word[:1].isupper() and word[1:].islower())) \
            and word.lower() not in STOPWORDS \
            and (WITH_BEFORE.search(view, max(clause.start, local.start(1) - 8), local.start(1))
                 or not IN_PHRASE_BEFORE.search(view, max(clause.start, local.start(1) - 40), local.start(1))):
        return _singular(word.lower())  # not "a home in the Greater Halston area was": a phrase's end
    verb = _value_verb_before(view, clause.start, candidate.start)
    phrase = PHRASE_SUBJECT.search(view, max(clause.start, candidate.start - 80), candidate.start) if verb else None
    if phrase and phrase.group(1) not in STOPWORDS:
        return _singular(phrase.group(1))
    phrase = OPENING_PHRASE_SUBJECT.match(view, clause.start, candidate.start) if verb else None
    if phrase and phrase.start(1) not in named and phrase.group(1).lower() not in STOPWORDS:
        return _singular(phrase.group(1).lower())  # "Shares of Brightmarket fell 8.6 percent"
    opening = CLAUSE_SUBJECT.match(view, clause.start)
    if opening and opening.end() <= candidate.start and opening.group(1).split()[-1] not in STOPWORDS:
        # "The median sale price of a home was $412,500, up 4.8%": the clause's subject
        return _singular(opening.group(1).split()[-1])
    return None


def _value_verb_before(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] may end as _VALUE_VERB does, with one of its words and white
    space: most values follow no such verb, and a pattern ending in it need not be tried."""
    if not view[end - 1:end].isspace() or end <= start:
        return False
    words = view[max(start, end - 40):end].split()
    return bool(words) and words[-1] in _VALUE_VERB_WORDS


def _headline(view: str, sentence: Span) -> bool:
    """A line with no closing punctuation standing alone: a headline or a crosshead."""
    text = view[sentence.start:sentence.end].rstrip()
    if not text or text[-1] in ".!?\"”’')»…" or "\n" in text.strip():
        return False
    before = view[max(0, sentence.start - 2):sentence.start]
    after = view[sentence.end:sentence.end + 2]
    return (sentence.start == 0 or "\n" in before) and (not after.strip() or "\n" in after or sentence.end >= len(view))


def _age_noun(view: str, candidate, sentence: Span) -> Optional[str]:
    """The common noun an age describes: "a 60-year-old man", "a boy aged 12", "the driver, aged 53"."""
    after = view[candidate.start:candidate.end].lower().endswith("old")
    if after:
        noun = re.match(r"[\s-]*([a-z][a-z-]+)", view[candidate.end:candidate.end + 30])
    else:
        noun = AGE_NOUN_BEFORE.search(view, max(sentence.start, candidate.start - 30), candidate.start)
    if noun is None and not after:
        # "Emil Horsk, aged 67, a shepherd from Vardeholm": the noun in apposition after the age
        noun = AGE_APPOSITION.match(view, candidate.end)
    word = noun.group(1) if noun else None
    if not word or word in STOPWORDS:
        return None
    if not after and ONE_OF_THE.search(view, max(sentence.start, noun.start(1) - 16), noun.start(1)):
        word = _singular(word)  # "One of the guards, aged 54": a guard
    if after:
        # "a 52-year-old shift deputy": the role a compound ends in
        role = re.match(r"\s+([a-z][a-z-]+)\b", view[candidate.end + noun.end():candidate.end + noun.end() + 30])
        if role and role.group(1) in names_module.ROLE_WORDS:
            return role.group(1)
    if after and (word in IRREGULAR_PAST
                  or word.endswith("ed") and _VERB_FOLLOWER.match(view, candidate.end + noun.end())):
        return None  # "the 23-year-old took the lead", "finished second"; not "a 52-year-old retired teacher"
    return word


# verbs in the past tense that follow "the 23-year-old" where a noun would ("The twenty-three-year-old took the lead")
IRREGULAR_PAST = frozenset("""
took won led made came went became began said told ran fell broke left gave got saw set held kept found lost
met paid put sat stood struck threw wore wrote spoke rode drove flew swam beat hit built sold bought brought
caught fought taught thought felt heard meant spent sent shot stole overtook
""".split())

# "five were taken to hospital, including an elderly woman": one of the counted, not all of them
INCLUDING_BREAK = re.compile(r",\s+(?:including|among\s+them|among\s+whom)\b", re.IGNORECASE)
OF_NOUN_AFTER = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]{4,}\b")
# "a boy aged 12", "the driver, aged 53", "a boy of 14"
AGE_NOUN_BEFORE = re.compile(r"\b([a-z][a-z-]+)(?:,|\s+of)?\s+$")
ONE_OF_THE = re.compile(r"\b(?:one|either|neither)\s+of\s+(?:the|its|their|his|her)\s*$", re.IGNORECASE)
AGE_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?([a-z][a-z-]+)\b(?=\s+(?:from|of|who|in|at|and)\b|[,.;])")
# what follows a verb rather than an adjective: "finished second", "crashed into", "signed a"
_VERB_FOLLOWER = re.compile(r"\s+(?:\d|(?:the|a|an|his|her|their|its|into|in|on|at|to|with|from|by|for|after|"
                            r"first|second|third|fourth|fifth|last)\b)", re.IGNORECASE)


def _display(key: str, mentions) -> str:
    """The first written form of a folded name, for reports."""
    for mention in mentions:
        if mention.key == key:
            return squash(mention.text)  # "Port\nLenzi" broken by a hard wrap is Port Lenzi
    return key[len("noun:"):] if key.startswith("noun:") else key


@lru_cache(maxsize=1 << 16)
def _context_words(view: str, start: int, end: int) -> str:
    """The content words of view[start:end] (it reads no further), singular and lower case, sorted."""
    words = {_context_word(word) for word in _CONTENT_WORD.findall(view, start, end)}
    words.discard(None)
    return " ".join(sorted(words))


def _context_word(word: str) -> Optional[str]:
    """The singular lower-case form of a content word, None for a stopword or a short word."""
    lowered = word.lower()
    if lowered not in STOPWORDS and len(lowered) > 2:
        return _singular(lowered)
    return None


def _lexicon_key(text: str) -> str:
    return _SPACE_RUN.sub(" ", text.lower().replace("’", "'"))


def _build_lexicon(rules: RuleSet):
    lookup: dict[str, set] = {}
    written: dict[str, set] = {}
    for attribute in rules.attributes:
        for word in attribute.words:
            written.setdefault(_lexicon_key(word), set()).add(attribute.name)
    for attribute in rules.attributes:
        for word in attribute.words:
            base = _lexicon_key(word)
            for form in _inflections(base):
                if form != base and form in written and attribute.name not in written[form]:
                    continue  # "sales" is written for revenue: not also the plural of price's "sale"
                lookup.setdefault(form, set()).add(attribute.name)
        for word in attribute.exact_words:
            lookup.setdefault(_lexicon_key(word), set()).add(attribute.name)
    if not lookup:
        return None
    pattern = _word_pattern(lookup, r"(?<![\w-])", r"(?![\w-])")
    owners: dict[str, set] = {}
    for attribute in rules.attributes:
        for phrase in attribute.not_in:
            for form in _inflections(_lexicon_key(phrase)):  # "lightning strike" bars "lightning strikes"
                owners.setdefault(form, set()).add(attribute.name)
    exceptions = (_word_pattern(owners, r"(?<![\w-])", r"(?![\w-])"), owners) if owners else None
    return pattern, {form: tuple(sorted(names)) for form, names in lookup.items()}, exceptions


def _lexicon_form(form: str, hyphens: bool = False) -> str:
    return re.escape(form).replace(r"\ ", r"[\s-]+" if hyphens else r"\s+")


def _alternation(forms: list, hyphens: bool = False) -> str:
    """`form1|form2|...` in the given order, grouped by the first two letters for speed.

    The regex engine tries every alternative at every word start; grouping by the first letter
    and then by a lookahead on the second leaves a handful to try. Only the forms that can match
    at a position remain, in their original order, so the first to match is the same. When two
    group letters could match one character (non-ASCII letters under IGNORECASE) or a form is
    shorter than two letters or starts with a space, the plain alternation is used.
    """
    plain = "|".join(_lexicon_form(form, hyphens) for form in forms)
    if not all(len(form) >= 2 and form[:2].isascii() and not form[0].isspace() for form in forms):
        return plain
    space = r"[\s-]" if hyphens else r"\s"
    first: dict[str, dict[str, list]] = {}
    for form in forms:
        # a space second ("a separate") stands for any whitespace, which no letter group matches
        second = " " if form[1].isspace() else form[1]
        first.setdefault(form[0], {}).setdefault(second, []).append(form[1:])
    parts = []
    for letter, seconds in first.items():
        inner = "|".join(f"(?={space if second == ' ' else re.escape(second)})"
                         f"(?:{'|'.join(_lexicon_form(rest, hyphens) for rest in rests)})"
                         for second, rests in seconds.items())
        parts.append(f"{re.escape(letter)}(?:{inner})")
    return "|".join(parts)


class _WordPattern:
    """A case-insensitive pattern of lower-case words, read from a text's lower-case copy when
    there is one (see Extractor._lowered): without IGNORECASE the engine folds no case at each
    character, which takes a third off the time of a long alternation. An ASCII pattern of
    lower-case words matches a character under IGNORECASE exactly when it matches its lower
    case (a letter folding otherwise, as "ı" and "ſ" do, leaves no lower-case copy). The
    case-folding pattern is compiled only when a text needs it: compiling costs more than most
    articles take to read."""

    __slots__ = ("_source", "_lower", "_folding")

    def __init__(self, source: str):
        self._source = source
        self._lower = re.compile(source) if source.isascii() else None
        self._folding = None if self._lower is not None else re.compile(source, re.IGNORECASE)

    def _pattern(self, lowered: Optional[str]) -> tuple:
        """(pattern, text to read) for a view whose lower-case copy is `lowered` (or None)."""
        if lowered is not None and self._lower is not None:
            return self._lower, lowered
        if self._folding is None:
            self._folding = re.compile(self._source, re.IGNORECASE)
        return self._folding, None

    def finditer(self, view: str, lowered: Optional[str], start: int, end: int) -> Iterator[re.Match]:
        """The matches in view[start:end]; read their text from `view`, not from the match."""
        pattern, text = self._pattern(lowered)
        return pattern.finditer(text or view, start, end)

    def search(self, view: str, lowered: Optional[str], start: int, end: int) -> Optional[re.Match]:
        pattern, text = self._pattern(lowered)
        return pattern.search(text or view, start, end)


def _word_pattern(words, before: str, after: str, hyphens: bool = False) -> _WordPattern:
    """Any of `words` (case-insensitive, longest first, spaces as any whitespace, or hyphens too
    with `hyphens`) between the `before` and `after` assertions. A lookahead on the possible first
    letters lets the engine pass over most positions without trying any alternative."""
    forms = sorted({re.sub(r"\s+", " ", w.lower()) for w in words}, key=lambda f: (-len(f), f))
    firsts = "".join(sorted({re.escape(f[0]) for f in forms if f}))
    lookahead = f"(?=[{firsts}])" if firsts and all(forms) else ""
    return _WordPattern(rf"{before}{lookahead}(?:{_alternation(forms, hyphens)}){after}")


def _fits(attribute_name: str, dimension: Optional[str]) -> bool:
    """Whether an attribute can name a quantity of this dimension (any, for other kinds)."""
    if dimension == "long":
        return attribute_name not in (RACE_TIME, MARGIN)
    wanted = ATTRIBUTE_DIMENSIONS.get(attribute_name)
    return dimension is None or wanted is None or wanted == dimension


def _inflections(word: str) -> set:
    """The word with its plural/third-person, past and -ing forms (on the last word of a phrase)."""
    forms = {word}
    if not re.search(r"[a-z]$", word):
        return forms
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    forms.add(prefix + last + ("es" if last.endswith(("s", "x", "z", "ch", "sh")) else "s"))
    if last.endswith("e"):
        forms.update({prefix + last + "d", prefix + last[:-1] + "ing"})
    else:
        forms.update({prefix + last + "ed", prefix + last + "ing"})
    return forms


def _build_qualifiers(rules: RuleSet) -> dict:
    kinds = {}
    for kind, words in rules.qualifiers.items():
        for word in words:
            kinds[word.lower()] = kind
    ordered = sorted((w for w in kinds if w != "or more"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"
    before = re.compile(rf"(?<![\w])(?P<q>{alternatives})\s+(?:(?:US|A|C)?\$|€|£|¥)?\s*$", re.IGNORECASE)
    after = re.compile(r"\s+or\s+(?:more|higher|larger|greater|above|over|bigger|stronger|longer)\b|\+|-plus\b",
                       re.IGNORECASE)
    normal = {re.sub(r"\s+", " ", w): k for w, k in kinds.items()}

    class _Kinds(dict):
        def __missing__(self, key):
            return normal.get(re.sub(r"\s+", " ", key), "approximate")

    # (the signs among the words, "~": a window with no letter and none of them holds no qualifier)
    signs = "".join(sorted({ch for w in kinds if not any(c.isalpha() for c in w) for ch in w}))
    return {"before": before, "after": after, "kinds": _Kinds(normal),
            "may_hold": re.compile(rf"[^\W\d_]{'|[' + re.escape(signs) + ']' if signs else ''}")}


def _currency_words(rules: RuleSet) -> dict:
    """Each currency word of the rules ("dollars", "dlrs", "euro"), lower-case, to its code."""
    return {word.lower(): currency.code for currency in rules.currencies for word in currency.words}


def _build_money(rules: RuleSet):
    """Three shapes: "$4.2 billion", "4.2 billion dollars", "dlrs 40 billion"; each pattern with the
    words it needs and what it opens with ("symbol", "digits", "number", a set of lower-case words
    one of which opens it as a whole letter run, or None: anything)."""
    patterns = []
    symbol_code = {}
    for currency in rules.currencies:
        for symbol in currency.symbols:
            symbol_code[symbol.lower()] = currency.code
    word_code = _currency_words(rules)
    if symbol_code:
        symbols = "|".join(re.escape(s) for s in sorted(symbol_code, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w$])(?P<cur>{symbols})\s?(?P<num>{NUMBER_PATTERN})", re.IGNORECASE)
        patterns.append((pattern, lambda m: symbol_code[m.group("cur").lower()], None, "symbol"))
    minor = {word.lower(): (currency.code, 0.01) for currency in rules.currencies for word in currency.minor}
    spelled = {word: code for word, code in minor.items() if not (len(word) == 1 and word.isalpha())}
    if spelled:
        names = "|".join(re.escape(w) for w in sorted(spelled, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\d.,])(?P<num>\d{{1,6}}(?:\.\d+)?)\s?(?P<cur>{names})(?![\w])", re.IGNORECASE)
        patterns.append((pattern, lambda m: minor[m.group("cur").lower()], _needed_words(spelled), "digits"))
        # "eighteen cents a gallon": the hundredths told in words
        pattern = re.compile(rf"{_NUMBER_START}(?=[a-z])(?P<num>{NUMBER_PATTERN})\s+(?P<cur>{names})(?![\w])",
                             re.IGNORECASE)
        patterns.append((pattern, lambda m: minor[m.group("cur").lower()], _needed_words(spelled), "number"))
    letters = "".join(sorted(re.escape(w) for w in minor if w not in spelled))
    if letters:
        # "640p a share": a one-letter minor unit is glued to its number, and is no "720p video"
        # or "10 p.m."
        pattern = re.compile(rf"(?<![\d.,])(?P<num>\d{{1,6}}(?:\.\d+)?)(?P<cur>[{letters}])(?![\w]|\.\w)"
                             r"(?!\s+(?:video|resolution|hd|screens?|displays?|streams?|cameras?)\b)")
        patterns.append((pattern, lambda m: minor[m.group("cur").lower()], None, "digits"))
    if word_code:
        words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_code, key=len, reverse=True))
        after = re.compile(rf"{_NUMBER_START}(?P<num>{NUMBER_PATTERN})\s+(?P<cur>{words})\b", re.IGNORECASE)
        firsts = "".join(sorted({re.escape(w[0]) for w in word_code}))
        before = re.compile(rf"\b(?=[{firsts}])(?P<cur>{words})\s+(?P<num>{NUMBER_PATTERN})", re.IGNORECASE)
        code = lambda m: word_code[re.sub(r"\s+", " ", m.group("cur").lower())]
        patterns.append((after, code, _needed_words(word_code), "number"))
        patterns.append((before, code, _needed_words(word_code), _opening_words(word_code)))
    return patterns


def _opening_words(phrases) -> Optional[frozenset]:
    """The first letter runs of `phrases`, lower case, or None when one opens with no letter."""
    firsts = set()
    for phrase in phrases:
        runs = _LETTERS.findall(phrase.lower())
        if not runs or not phrase.lower().startswith(runs[0]):
            return None
        firsts.add(runs[0])
    return frozenset(firsts)


def _needed_words(phrases) -> Optional[frozenset]:
    """The words a text must hold for one of `phrases` to be in it (their letter runs), or None
    when some phrase has no letters ("¢") and so cannot be ruled out by words."""
    needs = set()
    for phrase in phrases:
        letters = _LETTERS.findall(phrase.lower())
        if not letters:
            return None
        needs.add(max(letters, key=len))  # a phrase needs all its words: its longest will do
    return frozenset(needs)


def _unit_openers(rules: RuleSet) -> tuple:
    """(first words of the units written first, patterns finding in lower-case text where one led by
    "a"/"an" opens): (None, ()) when a unit written first opens with no letter, so could be anywhere."""
    words, led = set(), []
    for unit in rules.units:
        if not unit.before:
            continue
        runs = _LETTERS.findall(unit.alias.lower())
        if not runs or not unit.alias.lower().startswith(runs[0]):
            return None, ()
        if runs[0] in ("a", "an"):
            rest = re.escape(unit.alias.lower()[len(runs[0]):]).replace(r"\ ", r"\s+")
            led.append(re.compile(rf"{runs[0]}(?={rest})"))
        else:
            words.add(runs[0])
    return frozenset(words), tuple(led)


def _first_letter_alternation(forms: list) -> str:
    """`form1|form2|...` (spaces as any whitespace) grouped by first letter: the engine tries
    the forms of one group at a position, not all of them, and as only one group can match its
    first character, the first form to match is the one the plain alternation finds."""
    groups: dict = {}
    for form in forms:
        groups.setdefault(form[:1].lower(), []).append(form)
    parts = []
    for first, members in groups.items():
        rests = "|".join(re.escape(form[1:]).replace(r"\ ", r"\s+") for form in members)
        parts.append(f"{re.escape(first).replace(chr(92) + ' ', chr(92) + 's+')}(?:{rests})")
    return "|".join(parts)


def _build_units(rules: RuleSet):
    """One regex for "2 kilometres" and, for units written first, "magnitude 6.8"."""
    after = {u.alias: u for u in rules.units if not u.before}
    before = {u.alias: u for u in rules.units if u.before and not u.symbol}
    symbols = {u.alias: u for u in rules.units if u.symbol}
    patterns = []
    if after:
        aliases = _first_letter_alternation(sorted(after, key=len, reverse=True))
        patterns.append(rf"{_NUMBER_START}(?P<num>{NUMBER_PATTERN})[\s-]?(?P<unit>{aliases})(?![\w/])")
    if before:
        words = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(before, key=len, reverse=True))
        # ("magnitude seven point two", "category four": a small number in words, a decimal read out)
        small = "|".join(w for w in UNITS_WORDS if 0 < UNITS_WORDS[w] <= 12)
        digit_words = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
        patterns.append(rf"(?<![\w-])(?P<unit_first>{words})[\s-]*(?P<num_after>\d+(?:\.\d+)?|"
                        rf"\b(?:{small})(?:\s+point\s+(?:{digit_words}))?\b)(?![\w]|[.,]\d)")
    if symbols:
        # "Mw 7.4", "M5.6": as spelled, and with a decimal point, so "the M5 motorway" is no magnitude
        forms = "|".join(re.escape(a) for a in sorted(symbols, key=len, reverse=True))
        patterns.append(rf"(?<![\w-])(?-i:(?P<symbol_first>{forms}))\s?(?P<num_symbol>\d+\.\d+)(?![\w]|[.,]\d)")
    if not patterns:
        return None, {}
    lookup = dict(after)
    lookup.update({"<" + alias: unit for alias, unit in before.items()})
    lookup.update({"<" + alias.lower(): unit for alias, unit in symbols.items()})
    return re.compile("|".join(patterns), re.IGNORECASE), lookup
