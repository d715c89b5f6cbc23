"""Seeded generator of benchmark corpora: many outlets' versions of one news story.

    python bench/generate.py --articles N --seed S --out DIR

writes N files `DIR/NNNNN_outletslug.txt` (a few `.md`), each one outlet's article about the
same story. The seed picks the story family (factory fire, airline merger, mine rescue), its
names and figures; every article then draws its own wording from a generator seeded with
(seed, index), so the first k articles of a corpus are the same whatever N is, and the same seed
always gives byte-identical files.

Articles mix what the extractor has to cope with: numbers in digits and words ("twelve", "12",
"a dozen"), dates ("March 3", "on Tuesday", "March 3, 2024"), durations, money ("$4.2 billion",
"4.2bn dollars"), percentages, ages ("the 54-year-old chief executive"), names with occasional
misspellings, figures that differ between some outlets, unrelated side facts about other
companies, and boilerplate. Some files carry YAML front matter (title, outlet, published).

Only the standard library is used (`random.Random`), so the output never depends on the
installed packages.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

GENERATOR_VERSION = "1"

# --------------------------------------------------------------------------- number wording

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("three hundred and forty")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{number_words(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + number_words(rest)


def digits(n: int) -> str:
    return f"{n:,}"


def count_text(rng: random.Random, n: int, words_ok: bool = True) -> str:
    """A count as a reporter might write it: digits, words, or 'a dozen'."""
    forms = [digits(n)] * 3
    if words_ok and (n <= 20 or (n < 100 and n % 10 == 0)):
        forms += [number_words(n)] * 3
    elif words_ok and n < 1000 and rng.random() < 0.15:
        forms.append(number_words(n))
    if n == 12:
        forms += ["a dozen", "twelve"]
    if n == 24:
        forms.append("two dozen")
    if n >= 1000 and n % 1000 == 0:
        forms.append(f"{number_words(n // 1000)} thousand" if n < 20000 else f"{n // 1000},000")
    return rng.choice(forms)


def count_start(rng: random.Random, n: int) -> str:
    """A count that opens a sentence: style guides spell it out or reword."""
    text = count_text(rng, n)
    if text[0].isdigit() and n < 100:
        text = number_words(n)
    return text[0].upper() + text[1:]


def money_text(rng: random.Random, usd: float) -> str:
    """'$4.2 billion', '4.2bn dollars', 'US$4.2bn', '$45 million', '$45m', '$350,000'."""
    if usd >= 1e9:
        x = _trim(usd / 1e9)
        return rng.choice([f"${x} billion", f"${x} billion", f"{x}bn dollars", f"US${x}bn",
                           f"{x} billion dollars", f"${x}bn"])
    if usd >= 1e6:
        x = _trim(usd / 1e6)
        return rng.choice([f"${x} million", f"${x} million", f"${x}m", f"{x} million dollars",
                           f"US${x} million"])
    return rng.choice([f"${int(usd):,}", f"{int(usd):,} dollars"])


def _trim(x: float) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text


def percent_text(rng: random.Random, p: float) -> str:
    x = _trim(p)
    forms = [f"{x}%", f"{x}%", f"{x} percent", f"{x} per cent"]
    if float(p).is_integer() and p <= 20:
        forms.append(f"{number_words(int(p))} percent")
    return rng.choice(forms)


def duration_text(rng: random.Random, value: int, unit: str, adjective: bool = False) -> str:
    """'six hours', '6 hours', 'nine days'; adjective=True gives 'six-hour'."""
    num = rng.choice([number_words(value), str(value)]) if value <= 20 else str(value)
    if adjective:
        return f"{num}-{unit}"
    return f"{num} {unit}{'' if value == 1 else 's'}"


MONTHS = ("January February March April May June July August September October "
          "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def date_text(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """How an article dates an event: 'March 3', 'on Tuesday', 'March 3, 2024', '3 March 2024'."""
    md = f"{MONTHS[day.month - 1]} {day.day}"
    forms = [f"on {md}", f"on {md}, {day.year}", f"on {day.day} {MONTHS[day.month - 1]} {day.year}",
             f"on {WEEKDAYS[day.weekday()]}, {md}"]
    gap = (published - day).days
    if 0 < gap < 7:
        forms += [f"on {WEEKDAYS[day.weekday()]}"] * 3 + [f"late on {WEEKDAYS[day.weekday()]}"]
    if gap == 0:
        forms += ["earlier today", "on " + WEEKDAYS[day.weekday()]]
    if gap == 1:
        forms.append("yesterday")
    return rng.choice(forms)


# --------------------------------------------------------------------------- names

FIRST = ("Margaret Daniel Katherine Tomasz Aisha Viktor Helena Oluwaseun Graham Ingrid Rafael "
         "Priya Stellan Mohammed Yulia Fergus Annika Dmitri Beatriz Callum Noor Henrik Leticia").split()
LAST = ("Whitcombe Okonkwo Lindqvist Brzezinski Castellanos Haverford Nakamura Delacroix Pemberton "
        "Szymanski Abernathy Raghunathan Thorvaldsen Kowalczyk Fitzgerald Marchetti Adeyemi "
        "Vukovic Hollingsworth Petrenko").split()
# bylines and people in side stories: never share a name with the story's people
OTHER_FIRST = ("Rosalind Jerome Camille Desmond Ottilie Bartholomew Imogen Leopold Saoirse Ambrose "
               "Wilhelmina Cornelius").split()
OTHER_LAST = ("Ashdown Mirabeau Quenneville Stroud Tennant Ulverston Varga Winslade Yardley Zellweger "
              "Blackwood Carrow").split()
SPELLING_SWAPS = (("ph", "f"), ("y", "i"), ("ie", "ei"), ("k", "c"), ("sz", "s"), ("th", "t"),
                  ("ck", "k"), ("w", "v"), ("z", "s"), ("ll", "l"), ("nn", "n"), ("tt", "t"))
TRANSLITERATIONS = {"Mohammed": "Muhammad", "Katherine": "Catherine", "Yulia": "Julia",
                    "Dmitri": "Dmitry", "Tomasz": "Tomas", "Viktor": "Victor", "Oluwaseun": "Oluseun"}


def misspell(rng: random.Random, name: str) -> str:
    """A plausible misspelling: a transliteration, a swapped, dropped or doubled letter."""
    first, _, last = name.partition(" ")
    if first in TRANSLITERATIONS and rng.random() < 0.5:
        return f"{TRANSLITERATIONS[first]} {last}"
    for old, new in rng.sample(SPELLING_SWAPS, len(SPELLING_SWAPS)):
        if old in last[1:]:
            return f"{first} {last[0]}{last[1:].replace(old, new, 1)}"
    i = rng.randrange(1, len(last) - 1)
    if rng.random() < 0.5:
        last = last[:i] + last[i + 1] + last[i] + last[i + 2:]
    else:
        last = last[:i] + last[i] + last[i:]
    return f"{first} {last}"


def surname(name: str) -> str:
    return name.split(" ", 1)[1]


# --------------------------------------------------------------------------- outlets

OUTLET_HEADS = ("Daily Northern Evening Morning Metro Valley Coastal Capital Lakeside Harbor "
                "Prairie Summit County Federal Continental Pacific Atlantic Midland Riverside "
                "Granite Union Liberty Frontier Highland").split()
OUTLET_TAILS = ("Ledger Courier Herald Gazette Tribune Post Chronicle Observer Dispatch Sentinel "
                "Times Record Journal Express Monitor Register Star Bulletin Review Wire Report "
                "Beacon Inquirer Examiner").split()


def outlet_for(rng: random.Random) -> str:
    head, tail = rng.choice(OUTLET_HEADS), rng.choice(OUTLET_TAILS)
    return rng.choice([f"The {head} {tail}", f"{head} {tail}", f"The {head} {tail}",
                       f"{head} {tail} Online"])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --------------------------------------------------------------------------- side facts

SIDE_COMPANIES = ("Brightwater Logistics", "Corvane Systems", "Ellery & Voss", "Maplestone Foods",
                  "Quillfield Energy", "Tarrant Biotech", "Orrin Steelworks", "Paxley Retail Group",
                  "Sablewood Pharmaceuticals", "Vantor Telecom")


def side_fact(rng: random.Random, published: dt.date) -> str:
    """A paragraph about somebody else's numbers (a digest item, a 'market wrap' line)."""
    company = rng.choice(SIDE_COMPANIES)
    day = published - dt.timedelta(days=rng.randrange(0, 5))
    when = date_text(rng, day, published)
    kind = rng.randrange(5)
    if kind == 0:
        return (f"In other business news, {company} reported quarterly revenue of "
                f"{money_text(rng, rng.randrange(120, 9800) * 1e6)}, up "
                f"{percent_text(rng, rng.randrange(1, 240) / 10)} from a year earlier, and said it "
                f"would hire {count_text(rng, rng.randrange(50, 2000))} people over the next "
                f"{duration_text(rng, rng.randrange(2, 18), 'month')}.")
    if kind == 1:
        return (f"Shares of {company} fell {percent_text(rng, rng.randrange(5, 90) / 10)} {when} "
                f"after the company cut its full-year forecast to "
                f"{money_text(rng, rng.randrange(300, 5000) * 1e6)}.")
    if kind == 2:
        age = rng.randrange(38, 71)
        return (f"Separately, {company} named {rng.choice(OTHER_FIRST)} {rng.choice(OTHER_LAST)}, {age}, as its "
                f"new chief financial officer, effective {MONTHS[(published.month + 1) % 12]} 1. "
                f"The company employs about {count_text(rng, rng.randrange(20, 400) * 100)} people "
                f"in {count_text(rng, rng.randrange(3, 40))} countries.")
    if kind == 3:
        return (f"Elsewhere, {company} agreed to pay {money_text(rng, rng.randrange(2, 900) * 1e6)} "
                f"to settle a dispute that lasted {duration_text(rng, rng.randrange(2, 9), 'year')}, "
                f"according to a filing made {when}.")
    return (f"Also {when}, a {count_text(rng, rng.randrange(2, 30))}-storey office block owned by "
            f"{company} was sold for {money_text(rng, rng.randrange(15, 600) * 1e6)}, a "
            f"{percent_text(rng, rng.randrange(2, 35))} discount to its 2019 valuation.")


BOILERPLATE_TOP = ("Advertisement", "Share this article", "Listen to this article", "Updated",
                   "Breaking news", "This article is more than 2 hours old")
BOILERPLATE_BOTTOM = (
    "Sign up for our newsletter to get the day's top stories in your inbox every morning.",
    "Share this article: Facebook | X | LinkedIn | Email",
    "Related: What we know so far | Timeline of events | Photos from the scene",
    "Advertisement",
    "Have a news tip? Contact our newsroom.",
    "Read more: Our coverage of the region's economy",
    "Comments are closed for this article.",
    "This story has been updated with additional reporting.",
)


# --------------------------------------------------------------------------- story families

class Story:
    """One story's truth: names, places and figures every outlet starts from."""

    family = ""
    filler: tuple = ()

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.event = dt.date(rng.choice((2022, 2023, 2024, 2025)), rng.randrange(1, 13),
                             rng.randrange(1, 29))
        # distinct first and last names, so a spelling variant is never mistaken for a relative
        self.people = [f"{f} {l}" for f, l in zip(rng.sample(FIRST, 6), rng.sample(LAST, 6))]
        self.facts: dict = {}
        self.alternatives: dict = {}

    def values(self, rng: random.Random, dissent: float) -> dict:
        """The figures one outlet reports: mostly the truth, a few from an earlier or wrong count."""
        out = dict(self.facts)
        for key, alts in self.alternatives.items():
            if rng.random() < dissent:
                out[key] = rng.choice(alts)
        return out

    def headline(self, rng, v, names) -> str:
        raise NotImplementedError

    def lede(self, rng, v, names, ctx) -> str:
        raise NotImplementedError

    def paragraphs(self, rng, v, names, ctx) -> list:
        raise NotImplementedError


class FactoryFire(Story):
    family = "factory fire"

    def __init__(self, rng):
        super().__init__(rng)
        self.company = rng.choice(("Halvorsen Plastics", "Redmere Chemicals", "Brantley Textiles",
                                   "Ostrander Components", "Kellaway Packaging"))
        self.town, self.state = rng.choice((("Millbrook", "Ohio"), ("Ferris Creek", "Indiana"),
                                            ("Danforth", "Pennsylvania"), ("Lowell Park", "Michigan")))
        deaths = rng.randrange(3, 15)
        injured = rng.randrange(15, 60)
        self.facts = dict(deaths=deaths, injured=injured, evacuated=rng.randrange(20, 90) * 10,
                          firefighters=rng.randrange(60, 200), hours=rng.randrange(4, 13),
                          damage=rng.randrange(20, 180) * 1e6, employees=rng.randrange(40, 160) * 10,
                          opened=rng.randrange(1962, 2004), share=rng.randrange(6, 30),
                          ceo_age=rng.randrange(46, 68), chief_age=rng.randrange(41, 62),
                          weeks=rng.randrange(3, 10), trucks=rng.randrange(20, 45),
                          revenue=rng.randrange(8, 60) / 10 * 1e9)
        self.alternatives = dict(deaths=[deaths - 1, deaths + 2], injured=[injured - 5, injured + 8],
                                 hours=[self.facts["hours"] + 2], damage=[self.facts["damage"] * 1.5],
                                 employees=[self.facts["employees"] + 200],
                                 ceo_age=[self.facts["ceo_age"] + 1])

    def headline(self, rng, v, names):
        return rng.choice((
            f"{count_start(rng, v['deaths'])} dead after fire at {self.company} plant in {self.town}",
            f"Fire at {self.town} factory kills {count_text(rng, v['deaths'])}",
            f"{self.company} fire: what we know",
            f"Deadly blaze guts {self.company} factory in {self.town}, {self.state}",
        ))

    def lede(self, rng, v, names, ctx):
        return (f"{count_start(rng, v['deaths'])} workers were killed and "
                f"{count_text(rng, v['injured'])} others injured when a fire tore through the "
                f"{self.company} plant in {self.town}, {self.state}, {ctx['date']}, officials said. "
                f"The blaze burned for {rng.choice(('', 'nearly ', 'more than ', 'about '))}"
                f"{duration_text(rng, v['hours'], 'hour')} before crews brought it under control.")

    def paragraphs(self, rng, v, names, ctx):
        ceo, chief, mayor, union, witness, inspector = names
        return [
            f"About {count_text(rng, v['evacuated'])} people were evacuated from nearby homes as a "
            f"column of black smoke rose over the town. Some {count_text(rng, v['firefighters'])} "
            f"firefighters and {count_text(rng, v['trucks'])} engines from {count_text(rng, rng.randrange(4, 12))} "
            f"departments responded, fire chief {chief} said at a briefing.",
            f"\"This was one of the hardest nights of my career,\" said {chief}, "
            f"{v['chief_age']}, who has led the {self.town} fire department for "
            f"{duration_text(rng, rng.randrange(3, 15), 'year')}. \"Our crews went in again and "
            f"again.\"",
            f"The {v['ceo_age']}-year-old chief executive of {self.company}, {ceo}, said the company "
            f"was \"devastated\" and would cooperate fully with investigators. {surname(ceo)} "
            f"travelled to {self.town} {ctx['date2']} to meet families.",
            f"The plant, which opened in {v['opened']}, employs about {count_text(rng, v['employees'])} "
            f"people and accounts for roughly {percent_text(rng, v['share'])} of the company's output. "
            f"{self.company} reported annual revenue of {money_text(rng, v['revenue'])} last year.",
            f"Insurers estimated the damage at {money_text(rng, v['damage'])}, according to a person "
            f"familiar with the assessment who was not authorised to speak publicly.",
            f"Investigators from the state fire marshal's office said it could take "
            f"{duration_text(rng, v['weeks'], 'week')} to determine the cause. {inspector}, a "
            f"spokesperson for the office, said a storage area near the loading dock was the focus.",
            f"Mayor {mayor} declared a local emergency and said the town would open a support "
            f"centre at the high school. \"{self.town} is a small place, and everyone knows "
            f"someone who works at that plant,\" {surname(mayor)} said.",
            f"{union}, who represents workers at the site, said employees had raised safety "
            f"concerns {count_text(rng, rng.randrange(2, 7))} times in the past "
            f"{duration_text(rng, rng.randrange(2, 4), 'year')}. The company said it had passed "
            f"its most recent inspection.",
            f"{witness}, who lives across the road, said they heard {count_text(rng, rng.randrange(2, 5))} "
            f"explosions shortly after midnight. \"The windows shook. Then the whole sky was orange,\" "
            f"{surname(witness)} said.",
            f"Of the {count_text(rng, v['injured'])} people taken to hospital, "
            f"{count_text(rng, max(1, v['injured'] // 6))} remained in critical condition on "
            f"{WEEKDAYS[(ctx['published'].weekday())]}, a hospital spokesperson said.",
        ]


class AirlineMerger(Story):
    family = "airline merger"

    def __init__(self, rng):
        super().__init__(rng)
        self.buyer, self.target = rng.sample(("Northwind Airways", "Coastal Air", "Meridian Airlines",
                                              "Skyward Express", "Blue Harbor Air", "Cardinal Airlines"), 2)
        price = rng.randrange(18, 95) / 10 * 1e9
        self.facts = dict(price=price, per_share=rng.randrange(1200, 4500) / 100,
                          premium=rng.randrange(18, 55), fleet=rng.randrange(250, 600),
                          employees=rng.randrange(18, 45) * 1000, passengers=rng.randrange(40, 120),
                          routes=rng.randrange(180, 420), months=rng.randrange(9, 25),
                          savings=rng.randrange(15, 60) * 1e7, job_cuts=rng.randrange(6, 30) * 100,
                          ceo_age=rng.randrange(48, 66), target_ceo_age=rng.randrange(44, 70),
                          market_share=rng.randrange(8, 22), founded=rng.randrange(1946, 1999))
        self.alternatives = dict(price=[price + 0.3e9, price - 0.2e9], premium=[self.facts["premium"] + 4],
                                 job_cuts=[self.facts["job_cuts"] + 500], months=[self.facts["months"] + 6],
                                 employees=[self.facts["employees"] + 2000])

    def headline(self, rng, v, names):
        return rng.choice((
            f"{self.buyer} to buy {self.target} for {money_text(rng, v['price'])}",
            f"{self.buyer} and {self.target} agree merger, creating a major carrier",
            f"Airline deal: {self.buyer} bets big on {self.target}",
            f"{self.target} shareholders to get {percent_text(rng, v['premium'])} premium in takeover",
        ))

    def lede(self, rng, v, names, ctx):
        return (f"{self.buyer} agreed to acquire {self.target} for {money_text(rng, v['price'])} "
                f"in cash and stock, the companies said {ctx['date']}, a deal that would create "
                f"one of the country's largest carriers with a combined fleet of "
                f"{count_text(rng, v['fleet'])} aircraft.")

    def paragraphs(self, rng, v, names, ctx):
        ceo, tceo, analyst, union, regulator, passenger = names
        return [
            f"{self.buyer} will pay ${v['per_share']:.2f} a share, a premium of "
            f"{percent_text(rng, v['premium'])} to {self.target}'s closing price before the "
            f"announcement. Shares of {self.target} jumped {percent_text(rng, rng.randrange(12, 40))} "
            f"in early trading.",
            f"The combined airline would employ about {count_text(rng, v['employees'])} people, fly "
            f"roughly {v['passengers']} million passengers a year and serve "
            f"{count_text(rng, v['routes'])} routes, the companies said.",
            f"{ceo}, {self.buyer}'s {v['ceo_age']}-year-old chief executive, will lead the merged "
            f"company. \"Together we can compete on every major route,\" {surname(ceo)} told "
            f"analysts on a call that lasted {duration_text(rng, rng.randrange(45, 100), 'minute')}.",
            f"{tceo}, {v['target_ceo_age']}, who has run {self.target} since "
            f"{rng.randrange(2012, 2021)}, will become vice chair. {self.target} was founded in "
            f"{v['founded']}.",
            f"The deal is expected to close within {duration_text(rng, v['months'], 'month')}, "
            f"subject to approval by regulators and shareholders. {regulator}, a former antitrust "
            f"official, said the review could be lengthy given the carriers' overlap.",
            f"The companies expect annual cost savings of {money_text(rng, v['savings'])} by the "
            f"third year, in part from cutting about {count_text(rng, v['job_cuts'])} jobs, mostly "
            f"in overlapping head-office roles.",
            f"{union}, who leads the pilots' union, said members would \"fight for every job\" and "
            f"called for guarantees lasting at least {duration_text(rng, rng.randrange(2, 6), 'year')}.",
            f"\"On paper this makes sense, but integrating two fleets and two unions is never "
            f"easy,\" said {analyst}, an airline analyst. Together the carriers would hold about "
            f"{percent_text(rng, v['market_share'])} of the domestic market.",
            f"{passenger}, a frequent flyer waiting at the airport {ctx['date2']}, said they worried "
            f"about fares. \"When there are fewer airlines, tickets go up,\" {surname(passenger)} said.",
            f"{self.target} carried {count_text(rng, rng.randrange(15, 50))} million passengers last "
            f"year and posted a loss of {money_text(rng, rng.randrange(40, 400) * 1e6)}, its "
            f"{rng.choice(('second', 'third', 'fourth'))} straight annual loss.",
        ]


class MineRescue(Story):
    family = "mine rescue"

    def __init__(self, rng):
        super().__init__(rng)
        self.company = rng.choice(("Kestrel Mining", "Ironbark Resources", "Coldwater Minerals",
                                   "Greystone Coal"))
        self.place = rng.choice(("Harlan Ridge", "Black Falls", "Copper Hollow", "Stannard Gap"))
        trapped = rng.randrange(6, 25)
        self.facts = dict(trapped=trapped, days=rng.randrange(4, 15), depth=rng.randrange(18, 90) * 10,
                          rescuers=rng.randrange(80, 300), shaft_width=rng.randrange(50, 90),
                          cost=rng.randrange(5, 40) * 1e6, workforce=rng.randrange(30, 120) * 10,
                          leader_age=rng.randrange(35, 60), ceo_age=rng.randrange(48, 67),
                          drilling_hours=rng.randrange(30, 90), output=rng.randrange(5, 25))
        self.alternatives = dict(trapped=[trapped + 1, trapped - 2], depth=[self.facts["depth"] + 40],
                                 days=[self.facts["days"] + 1], cost=[self.facts["cost"] * 2],
                                 leader_age=[self.facts["leader_age"] - 1])

    def headline(self, rng, v, names):
        return rng.choice((
            f"All {count_text(rng, v['trapped'])} miners rescued at {self.place}",
            f"Trapped miners freed after {duration_text(rng, v['days'], 'day')} underground",
            f"{self.company} miners brought to surface in dramatic rescue",
            f"'We never gave up': {self.place} rescue ends",
        ))

    def lede(self, rng, v, names, ctx):
        return (f"Rescuers brought {count_text(rng, v['trapped'])} miners to the surface "
                f"{ctx['date']} after they spent {duration_text(rng, v['days'], 'day')} trapped "
                f"{count_text(rng, v['depth'], False)} metres underground at the {self.company} mine "
                f"in {self.place}.")

    def paragraphs(self, rng, v, names, ctx):
        ceo, leader, governor, medic, relative, engineer = names
        return [
            f"More than {count_text(rng, v['rescuers'])} rescuers worked in shifts to drill a "
            f"{v['shaft_width']}-centimetre shaft to the chamber where the men had taken shelter. "
            f"Drilling took {v['drilling_hours']} hours, engineer {engineer} said.",
            f"The miners were trapped when part of a tunnel collapsed {ctx['date2']}. The mine, "
            f"operated by {self.company}, employs about {count_text(rng, v['workforce'])} people and "
            f"produces roughly {percent_text(rng, v['output'])} of the region's coal.",
            f"Shift leader {leader}, {v['leader_age']}, was the first to reach the surface. \"We "
            f"rationed the water and we prayed,\" {surname(leader)} said, blinking in the daylight.",
            f"Governor {governor} called the rescue \"a miracle of skill and stubbornness\" and "
            f"said the state would review safety rules at every underground mine within "
            f"{duration_text(rng, rng.randrange(30, 91), 'day')}.",
            f"The rescue operation cost an estimated {money_text(rng, v['cost'])}, according to "
            f"{self.company}'s {v['ceo_age']}-year-old chief executive, {ceo}, who said the company "
            f"would pay every dollar.",
            f"Dr. {medic}, who examined the men, said {count_text(rng, rng.randrange(1, 4))} were "
            f"being treated for dehydration and one for a broken arm. \"They are in remarkably good "
            f"shape,\" {surname(medic)} said.",
            f"{relative}, whose brother was among the trapped, had waited at the mine gate for "
            f"{duration_text(rng, v['days'], 'day')}. \"I slept in the car. I was not leaving "
            f"without him,\" {surname(relative)} said.",
            f"It was the region's worst mining accident since {rng.randrange(1968, 2012)}, when "
            f"{count_text(rng, rng.randrange(4, 30))} men died in a methane explosion at a nearby pit.",
        ]


GENERIC_FILLER = (
    "Analysts said the longer-term consequences would depend on decisions still to be made by "
    "regulators, insurers and the companies involved, none of which commented on the timetable.",
    "Officials cautioned that some details were preliminary and could change as more information "
    "became available.",
)
DISASTER_FILLER = (
    "Officials cautioned that the figures were preliminary and could change as more information "
    "became available. Questions about what happened, and whether it could have been prevented, "
    "are likely to dominate local politics for months.",
    "The company said in a statement posted on its website that it was focused on the people "
    "affected and would provide further updates. It did not respond to additional questions.",
    "Residents gathered outside the town hall into the evening, some holding candles, others "
    "simply watching the news on their phones. Several said they had learned what happened from "
    "social media before any official announcement.",
    "The episode has renewed calls for tougher oversight. Lawmakers from both parties said they "
    "wanted hearings, though none set a date, and advocacy groups said previous recommendations "
    "had been ignored.",
    "Local businesses said they were bracing for a difficult stretch. The owner of a diner near "
    "the site said regular customers had been coming in all day to share what they knew and to "
    "check on one another.",
)
FactoryFire.filler = DISASTER_FILLER
MineRescue.filler = DISASTER_FILLER
AirlineMerger.filler = (
    "Airline consolidation has come in waves, usually after a downturn squeezes weaker carriers. "
    "Previous mergers brought promised savings but also years of friction over seniority lists, "
    "reservation systems and uniforms.",
    "Consumer groups said they would urge regulators to demand that the combined airline give up "
    "take-off and landing slots at congested airports, a common condition in past deals.",
    "Travel agents said bookings were unlikely to change soon, since the airlines will keep "
    "operating separately until the deal closes and their loyalty programmes are merged.",
)

STORIES = (FactoryFire, AirlineMerger, MineRescue)


# --------------------------------------------------------------------------- articles

def _story(seed: int) -> Story:
    rng = random.Random(seed)
    family = STORIES[(seed - 1) % len(STORIES)]  # seed 1 fire, 2 merger, 3 mine rescue, 4 fire...
    return family(rng)


def _article(story: Story, seed: int, index: int) -> tuple[str, str, str]:
    """(file name, text) for one outlet's article; the wording depends only on (seed, index)."""
    rng = random.Random(seed * 1_000_003 + index * 7919 + 17)
    outlet = outlet_for(rng)
    published = story.event + dt.timedelta(days=rng.choice((0, 1, 1, 1, 2, 3, 5)))
    dissent = rng.choice((0.0, 0.0, 0.0, 0.15, 0.5))
    v = story.values(rng, dissent)
    # each role keeps one spelling through the article; some outlets get one wrong
    names = [misspell(rng, n) if rng.random() < 0.06 else n for n in story.people]
    ctx = {"published": published, "date": date_text(rng, story.event, published),
           "date2": date_text(rng, min(published, story.event + dt.timedelta(days=rng.choice((-1, 0, 1)))),
                              published)}
    title = story.headline(rng, v, names)
    target = rng.triangular(1300, 4000, 2300)

    body = [story.lede(rng, v, names, ctx)]
    pool = story.paragraphs(rng, v, names, ctx)
    rng.shuffle(pool)
    fillers = list(GENERIC_FILLER) + list(story.filler)
    rng.shuffle(fillers)
    side_at = rng.randrange(2, 6)
    sides = rng.choice((0, 1, 1, 2))
    size = len(body[0]) + len(title)
    while size < target and (pool or fillers):
        if sides and len(body) == side_at:
            para = side_fact(rng, published)
            sides -= 1
        elif pool and (not fillers or rng.random() < 0.8):
            para = pool.pop()
        else:
            para = fillers.pop()
        body.append(para)
        size += len(para) + 2
    if sides:
        body.append(side_fact(rng, published))

    top = [rng.choice(BOILERPLATE_TOP)] if rng.random() < 0.3 else []
    bottom = rng.sample(BOILERPLATE_BOTTOM, rng.randrange(1, 4))
    bottom.append(f"\u00a9 {published.year} {outlet}. All rights reserved.")
    byline = f"By {rng.choice(OTHER_FIRST)} {rng.choice(OTHER_LAST)}"

    fmt = rng.choices(("plain", "front", "md"), weights=(55, 35, 10))[0]
    stem = f"{index:05d}_{slug(outlet)}"
    if fmt == "md":
        blocks = [f"# {title}", f"*{byline} | {outlet}*"] + top + body + ["---"] + [
            f"_{b}_" for b in bottom]
        text = "\n\n".join(blocks) + "\n"
        if rng.random() < 0.5:
            text = _front_matter(title, outlet, published) + "\n" + text
        return stem + ".md", text, outlet
    if fmt == "front":
        text = (_front_matter(title, outlet, published) + "\n" +
                "\n\n".join(top + [byline] + body + bottom) + "\n")
    else:
        head = [title, f"{byline}, {outlet}",
                f"Published {MONTHS[published.month - 1]} {published.day}, {published.year}"]
        text = "\n".join(head) + "\n\n" + "\n\n".join(top + body + bottom) + "\n"
    return stem + ".txt", text, outlet


def _front_matter(title: str, outlet: str, published: dt.date) -> str:
    return ("---\n"
            f"title: {json.dumps(title, ensure_ascii=False)}\n"
            f"outlet: {json.dumps(outlet, ensure_ascii=False)}\n"
            f"published: {published.isoformat()}\n"
            "---\n")


def story_family(seed: int) -> str:
    """Which story family a seed produces (for the benchmark's report)."""
    return _story(seed).family


def generate_corpus(n_articles: int, seed: int, out_dir) -> list[Path]:
    """Write `n_articles` articles about one story into `out_dir`; return their paths in order.

    Deterministic: the same (n_articles, seed) always writes identical bytes, and the first k
    files do not depend on n_articles. Files already in `out_dir` are left alone, except that
    files of the same names are overwritten.
    """
    if n_articles < 0:
        raise ValueError("n_articles must be >= 0")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    story = _story(seed)
    paths = []
    for index in range(n_articles):
        name, text, _ = _article(story, seed, index)
        path = out / name
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles to write")
    parser.add_argument("--seed", type=int, default=1, help="story and wording seed (default 1)")
    parser.add_argument("--out", required=True, help="folder to write the articles into")
    args = parser.parse_args(argv)
    paths = generate_corpus(args.articles, args.seed, args.out)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({total / 1e6:.1f} MB, {story_family(args.seed)}) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
