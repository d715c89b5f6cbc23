"""Tests for compare/align.py: claims from different articles about one subject and attribute
become one fact; claims about different subjects (another accident, another person, the other
race, another company) never do, however alike their words are.

Every case is a handful of short articles written inline and run through the whole pipeline
(`compare_loaded`), since what a reader sees is the finding a claim ends up in.
"""
from __future__ import annotations

from dataclasses import replace
import itertools
import math
import sys

import pytest

import compare
from compare.align import align, attribute_score, compatible, context_score, facts_in_turn, subject_score
from compare.classify import classify
from compare.model import Source
from compare.pipeline import compare_loaded, extract_all
from support import PUBLISHED, case, sources


@pytest.fixture(scope="module")
def rules():
    return compare.load_rules()


def claim_at(report, source_id: str, needle: str, kind: str = None):
    """The one claim of `source_id` whose quote covers `needle`."""
    text = next(s.text for s in report.sources if s.id == source_id)
    offset = text.index(needle)
    found = [c for c in report.claims if c.source == source_id and c.start <= offset < c.end
             and (kind is None or c.kind == kind)]
    assert len(found) == 1, (needle, [(c.source, c.kind, c.text) for c in report.claims])
    return found[0]


def finding_of(report, claim):
    found = [f for f in report.findings if claim.id in f.claims]
    assert len(found) <= 1
    return found[0] if found else None


def together(report, a, b) -> bool:
    return any(a.id in f.claims and b.id in f.claims for f in report.findings)


def held_as(report, a, b) -> list:
    """The kinds of the findings that hold both claims: ["conflict"] for two sources' figures that
    disagree, ["agreement"] for two that agree, [] for two facts."""
    return [f.kind for f in report.findings if a.id in f.claims and b.id in f.claims]


# ---------------------------------------------------------------------------------------------
# one fact, however it is written
# ---------------------------------------------------------------------------------------------

MISSION = [
    "Director Klim Shipenko and actress Yulia Peresild will spend twelve days on the International "
    "Space Station, Roscosmos said. They will shoot scenes for a feature film in orbit.",
    "Klim Shipenko and Yulia Peresild are set for a 12-day mission on the station. "
    "The launch from Baikonur is planned for Tuesday.",
]


def test_twelve_days_and_12_day_are_one_fact(rules):
    claims = extract_all(sources(*MISSION), rules)
    facts = align(claims, rules)
    words = next(c for c in claims if c.text == "twelve days")
    digits = next(c for c in claims if c.text == "12-day")
    fact = next(f for f in facts if words in f.claims)
    assert digits in fact.claims
    assert fact.kind == "duration" and fact.attribute == "mission"
    assert {c.source for c in fact.claims} == {"s1", "s2"}
    assert all(c.kind != "name" for f in facts for c in f.claims)


def test_a_fact_never_holds_two_kinds_of_claim(rules):
    claims = extract_all(sources(*MISSION, *WOMEN_MEN, *BUS_CRASH), rules)
    for fact in align(claims, rules):
        assert {c.kind for c in fact.claims} == {fact.kind}


def test_one_source_saying_a_value_twice_is_one_fact_with_itself(rules):
    report = compare_loaded(sources(
        "The crew began a 12-day trip on Tuesday. The 12-day mission is the first of its kind.",
        "The crew will spend 12 days in orbit on the mission.",
    ), rules)
    trip = claim_at(report, "s1", "12-day trip", "duration")
    mission = claim_at(report, "s1", "12-day mission", "duration")
    other = claim_at(report, "s2", "12 days", "duration")
    finding = finding_of(report, other)
    assert finding.kind == "agreement"
    assert trip.id in finding.claims and mission.id in finding.claims


# ---------------------------------------------------------------------------------------------
# never across subjects
# ---------------------------------------------------------------------------------------------

BUS_CRASH = (
    "A bus plunged into a ravine in the Andes on Monday, killing 12 people, police said.",
    "Police said 12 people were killed when the bus left the road on Monday. "
    "A similar accident in 2015 killed 30 people on the same road.",
)
EARLIER_ACCIDENT = [
    case(BUS_CRASH, [("s1", "12 people"), ("s2", "12 people")], [("s2", "30 people")], id="same article"),
    case(("A bus plunged into a ravine in the Andes on Monday, killing 12 people, police said.",
          "The crash was the worst on the mountain road since a similar accident in 2015 killed 30 people."),
         [("s1", "12 people")], [("s2", "30 people")], id="other article"),
]
WOMEN_MEN = [
    "The women's winner crossed the line in 2:19:08 on a cold Sunday morning in the city.",
    "The men's winner crossed the line in 2:04:02 on a cold Sunday morning in the city.",
]

APART = [
    *EARLIER_ACCIDENT,
    case(("Actress Yulia Peresild, 37, said the flight had been hard.",
          "Director Klim Shipenko, 38, said the footage was unique."),
         [("s1", "37")], [("s2", "38")], id="ages of two people"),
    case(("Yulia Peresild, 37, and Klim Shipenko, 38, landed in Kazakhstan on Sunday.",
          "Klim Shipenko, 38, and Yulia Peresild, 36, returned on Sunday."),
         [("s1", "37"), ("s2", "36")], [("s1", "38"), ("s2", "38")], id="ages of two people in each"),
    case(tuple(WOMEN_MEN), [("s1", "2:19:08")], [("s2", "2:04:02")], id="women's and men's times"),
    case(("The central bank cut its cash rate by 0.25 percentage point to 3.6 per cent on Tuesday.",
          "The cash rate now stands at 0.25 per cent above the level of 2019, the bank said."),
         [("s1", "0.25 percentage point")], [("s2", "0.25 per cent")], id="a change in points and a level"),
    case(("The Australian dollar fell 0.4 pct to 65.12 U.S. cents after the announcement.",
          "The S&P/ASX 200 rose 0.4% to close at 8,812 points."),
         [("s1", "0.4 pct")], [("s2", "0.4%")], id="one figure, a fall and a rise"),
    case(("Headline inflation was running at 2.1% over the year to June.",
          "Trimmed mean inflation, the bank's favoured gauge, has fallen to 2.7 per cent."),
         [("s1", "2.1%")], [("s2", "2.7 per cent")], id="headline and underlying inflation"),
    case(("Organisers said the women's race was won in 2:19:08 and the men's race in 2:04:02.",
          "Kipruto won the men's race in 2:04:02, organisers said.",
          "The winner of the women's race clocked 2:19:08, organisers said."),
         [("s1", "2:19:08"), ("s3", "2:19:08")], [("s1", "2:04:02"), ("s2", "2:04:02")],
         id="women's and men's times, both in one"),
    case(("The women's race covered 142 kilometres with 17 cobbled sectors, and 112 riders started.",
          "About 150 riders rolled out of Marchenne in the morning for 258km and 27 cobbled sectors. "
          "The men's race lasted six hours."),
         [("s1", "112 riders"), ("s1", "17 cobbled")], [("s2", "150 riders"), ("s2", "27 cobbled")],
         id="the women's race named at the start of a sentence, the other race unnamed"),
    case(("Turnout was about 54%, well up on the last election four years ago, the council said.",
          "Turnout was well up on the last election, when only 47.9 percent of voters took part in 2022."),
         [("s1", "54%")], [("s2", "47.9 percent")], id="a date that is the point of comparison"),
    case(("Meridian Technologies agreed on Monday to buy Halcyon Devices for $4.2 billion. "
          "Meridian Technologies employs 12,000 workers in Europe.",
          "Halcyon Devices will be bought by Meridian Technologies for $4.2 billion. "
          "Halcyon Devices employs 3,500 workers at four plants."),
         [("s1", "12,000")], [("s2", "3,500")], id="two companies' staff, full names"),
    case(("Meridian Technologies agreed on Monday to buy Halcyon Devices for $4.2 billion. "
          "Meridian employs 12,000 workers in Europe.",
          "Halcyon Devices will be bought by Meridian Technologies for $4.2 billion. "
          "Halcyon employs 3,500 workers at four plants."),
         [("s1", "12,000")], [("s2", "3,500")], id="two companies' staff, short names"),
    case(("Meridian, which employs 12,000 workers, agreed on Monday to buy Halcyon for $4.2 billion.",
          "Meridian will buy Halcyon for $4.2 billion. Halcyon employs 3,500 workers at four plants."),
         [("s1", "12,000")], [("s2", "3,500")], id="two companies' staff, relative clause"),
    case(("The new dinosaur measured about 26 metres from snout to tail, the team said.",
          "It was smaller than the largest titanosaurs from South America, which are thought to have "
          "reached up to 35 metres in length."),
         [("s1", "26 metres")], [("s2", "35 metres")], id="what the sentence compares with"),
    case(("The council held its final public hearing on the ballpark on Feb. 27, a week before the vote.",
          "The council approved the ballpark in a vote on March 5 after five hours of debate."),
         [("s1", "Feb. 27")], [("s2", "March 5")], id="a date a week before another event"),
    case(("Health officials have recorded 143 confirmed cases of measles in the county since January.",
          "The county has now logged 156 confirmed and probable cases of measles since January."),
         [("s1", "143 confirmed cases")], [("s2", "156 confirmed")], id="confirmed against probable cases"),
    case(("The warehouse was licensed to hold no more than 500 tonnes of ammonium nitrate.",
          "About 800 tonnes of ammonium nitrate were stored in the warehouse when it exploded."),
         [("s1", "500 tonnes")], [("s2", "800 tonnes")], id="what a licence allows and what there was"),
    case(("The company did not immediately release the names of the other three crew.",
          "The other two crew members were a relief pilot and a loadmaster."),
         [("s1", "three crew")], [("s2", "two crew members")], id="what is left of a group"),
    case(("Lindqvist started with 12 dogs and ran near the back of the field for two days.",
          "Lindqvist arrived with eight dogs in harness, having dropped four at checkpoints."),
         [("s1", "12 dogs")], [("s2", "eight dogs")], id="what a team set out with and came home with"),
    case(("A total of 45 crews left the harbour on Saturday at the start of the regatta.",
          "Only 31 crews were still in the race by Monday evening after the storm."),
         [("s1", "45 crews")], [("s2", "31 crews")], id="the field and those still in the race"),
    case(("Shares in Norberg Steel, which is 55 pct owned by the state, fell 9 pct on Tuesday.",
          "Under the rescue plan the government will raise its stake in the company to 70 pct."),
         [("s1", "55 pct")], [("s2", "70 pct")], id="a stake held now and the stake a plan will leave"),
    case(("Most of the guests on the ferry slept in four-berth cabins below the car deck.",
          "Our two-berth suite on the top deck had its own balcony and a shower."),
         [("s1", "four-berth")], [("s2", "two-berth")], id="two kinds of thing a hyphenated count describes"),
    case(("Reserves of the rarest grade of fuel have fallen to 1.9 days of supply, the regulator said.",
          "Across all grades, the regulator said the country had 2.6 days of supply in its depots."),
         [("s1", "1.9 days")], [("s2", "2.6 days")], id="one group and all groups taken together"),
    case(("The assembly passed the bill by 88 votes to 79 after a nine-hour debate.",
          "An amendment from the opposition to delay the ban by five years was rejected by 80 votes to 91."),
         [("s1", "88 votes to 79")], [("s2", "80 votes to 91")], id="the final vote and an amendment's"),
    case(("The city council voted 31-22 on Thursday night to introduce the charge.",
          "Last month the transport committee backed the plan 9 to 4, but the full council debate was heated."),
         [("s1", "31-22")], [("s2", "9 to 4")], id="the council's vote and its committee's"),
    case(("The agency's chief executive, Marcus Feld, 52, said the figures were a wake-up call.",
          "The median age of patients was 52, and most had been bitten in the north."),
         [("s1", "52")], [("s2", "52")], id="a person's age and a group's median age"),
    case(("Core inflation, which strips out energy and fresh food, slowed to 2.9 percent in October.",
          "The decision came even though inflation, which stood at 3.4% in October, has been falling."),
         [("s1", "2.9 percent")], [("s2", "3.4%")], id="core inflation and unmarked inflation"),
    case(("The city now has thirty-two bus routes, and the buses run every ten minutes.",
          "The old network of 47 bus routes had grown piecemeal over three decades."),
         [("s1", "thirty-two")], [("s2", "47")], id="the network now and the old one"),
    case(("Brennfjord beat Vallsund 29-27 on Saturday to win the league title by two points.",
          "Brennfjord led Vallsund 15-13 at half-time on Saturday, then won the league title."),
         [("s1", "29-27")], [("s2", "15-13")], id="the final score and the half-time score"),
    case(("Declan Orrisey beat Kwame Attah-Bonsu 10-7 in the final on Sunday night.",
          "Declan Orrisey came from 6-2 down after the afternoon session to beat Kwame Attah-Bonsu."),
         [("s1", "10-7")], [("s2", "6-2")], id="the final score and the score after a session"),
    case(("The company said it had reduced leakage by 15 per cent over five years.",
          "Growers say yields could be down by a quarter or more without irrigation."),
         [("s1", "15 per cent")], [("s2", "a quarter or more")], id="a figure that could be, and one that is"),
    case(("Only 61.4 per cent of patients were admitted, transferred or discharged within four hours at Pellingford last year.",
          "Patients waited longer in Pellingford. Nationally, 70.2 per cent of patients were seen within four hours."),
         [("s1", "61.4 per cent")], [("s2", "70.2 per cent")], id="one hospital's figure and the national average"),
    case(("He took the belt in front of a roaring home crowd in the 20,000-seat Harbour Arena.",
          "A crowd of 18,500 packed the arena, most of them cheering for the challenger."),
         [("s1", "20,000-seat")], [("s2", "18,500")], id="an arena's seats and the crowd in it"),
    case(("The government announced fuel price rises of up to 11.4 pct on Friday, effective February 4.",
          "Tarsenia will raise the price of regular gasoline by 18 cents from Monday, an increase of 10.1 pct."),
         [("s1", "up to 11.4 pct")], [("s2", "10.1 pct")], id="the largest of several rises and one rise"),
    case(("His coach said he had prepared with long runs of up to 40 kilometres in Iten.",
          "The Kenyan covered the 42.195 kilometres in 2 hours, 5 minutes and 41 seconds."),
         [("s1", "up to 40 kilometres")], [("s2", "42.195 kilometres")], id="the longest of several runs and a race"),
    case(("A father of two drowned at Carrow Bay on Saturday after swimming out to help his nephew.",
          "Within twenty minutes lifeguards had brought seven people, including four children, back to the beach."),
         [("s1", "two")], [("s2", "four children")], id="a father's children and the children rescued"),
    case(("The closure of the 4 branches, at Hillbrook, Stanton Vale, Ferrier Street and Oldmill, will save the "
          "council £1.2 million a year.", "The plan brings reduced hours at the seven branches that remain open."),
         [("s1", "4 branches")], [("s2", "seven branches")], id="the branches closed and those that remain"),
    case(("Brandvold was stopped in the ninth round of a scheduled 12-round fight.",
          "It was only his third defeat in 34 fights, and his first in a 12-round fight."),
         [("s1", "ninth round")], [("s2", "12-round")], id="which round and how many rounds"),
    case(("Three of the men entered the shop armed with sledgehammers, while two others waited outside on "
          "motorcycles with the engines running.", "Police say two men were arrested in the early hours."),
         [("s1", "two others")], [("s2", "two men")], id="two counts of men, each named by its own word"),
    case(("Guides on Kharvang Ri said 87 climbers reached the summit on the busiest day.",
          "Guides on Kharvang Ri said a limit of about sixty climbers a day on the summit would be safe."),
         [("s1", "87 climbers")], [("s2", "sixty climbers")], id="a limit proposed and the number that came"),
    case(("Power companies said 52,000 homes lost electricity at the height of the storm, 17,000 of them in the "
          "upper valley.",
          "At the height of the storm 38,000 homes lost power. By Tuesday evening 9,500 were still without electricity."),
         [("s1", "17,000")], [("s2", "9,500")], id="a part told in thousands, of them"),
]


@pytest.mark.parametrize("texts, these, those", APART)
def test_claims_about_different_subjects_are_never_one_finding(rules, texts, these, those):
    report = compare_loaded(sources(*texts), rules)
    left = [claim_at(report, s, needle) for s, needle in these]
    right = [claim_at(report, s, needle) for s, needle in those]
    for a, b in itertools.product(left, right):
        assert not together(report, a, b), [f.summary for f in report.findings if a.id in f.claims]
    for fact in align(report.claims, rules):
        ids = {c.id for c in fact.claims}
        assert not (ids & {c.id for c in left} and ids & {c.id for c in right})


def test_an_undated_article_takes_the_storys_year(rules):
    """"58 seats in 2021" in an undated article is an earlier result when the others are of 2025,
    though 2021 is the latest year the article itself names."""
    dated, undated = sources("The Social Democrats won 41 seats in the election, the commission said.",
                             "The Social Democrats won 58 seats in 2021 and governed alone.",
                             published="2025-10-13")
    undated = Source(id=undated.id, path=undated.path, text=undated.text, view=undated.view)
    report = compare_loaded([dated, undated], rules)
    assert not together(report, claim_at(report, "s1", "41 seats"), claim_at(report, "s2", "58 seats"))
    assert report.sources[1].published is None  # the report still says the article gave no date


def test_a_scale_told_with_a_fraction_in_words_is_a_round_figure(rules):
    report = compare_loaded(sources("The trade deficit reached one and a quarter billion dollars in March.",
                                    "The trade deficit widened to dlrs 1.24 billion in March."), rules)
    a, b = claim_at(report, "s1", "one and a quarter billion dollars"), claim_at(report, "s2", "dlrs 1.24 billion")
    assert held_as(report, a, b) == ["agreement"]


MAYDAY = ("The coastguard received a mayday call from the vessel at 3:40 a.m. The survivors spent about five "
          "hours in a life raft before the helicopter crew spotted them.",
          "We took the mayday at ten past four yesterday morning. The men were found after three hours adrift.")
CONTRACT = ("The steelmaker and the union settled on a new three-year labor contract early Sunday, after more "
            "than 20 hours of continuous bargaining.",
            "The four-year contract was agreed early Sunday after more than twenty hours of round-the-clock "
            "bargaining.")
STRIKE = ("Members would walk out on six days in March, beginning on Tuesday, March 4.",
          "The first strike day will be Wednesday the fifth of March. The union has announced five days of "
          "strikes in March.")


@pytest.mark.parametrize("texts, first, second, attribute, kind", [
    case(MAYDAY, "3:40 a.m.", "ten past four", None, "conflict", id="the time of a mayday"),
    case(MAYDAY, "about five hours", "three hours adrift", None, "conflict", id="the hours adrift"),
    case(CONTRACT, "three-year", "four-year", "agreement_term", "conflict", id="the length of an agreement"),
    case(CONTRACT, "more than 20 hours", "more than twenty hours", "talks", "agreement", id="the length of the talks"),
    case(STRIKE, "Tuesday, March 4", "Wednesday the fifth of March", None, "conflict", id="the first strike day"),
    case(STRIKE, "six days", "five days", None, "conflict", id="the days of strikes"),
    case(("Detectives said the robbery took less than three minutes from start to finish.",
          "The cash van was raided on Friday.\n\n- Duration of attack: 2 min 50 s (from CCTV)\n"),
         "less than three minutes", "2 min 50 s", None, "agreement", id="a robbery and an attack are one raid"),
    case(("Team Helion's car, Aurelian IV, covered the course in a total time of 35 hours 12 minutes.",
          "Aurelian IV crossed the finish line at Tamsin Wells in a total time of 35:12:40."),
         "35 hours 12 minutes", "35:12:40", None, "agreement", id="a time told to the minute and to the second"),
    case(("The union rejected a pay offer of 3.5 per cent, saying it fell far short of its demand of 8 per cent "
          "and would leave teachers worse off.",
          "The government has offered a rise of 3.5%. The union wants eight per cent, and says anything less is "
          "another pay cut."),
         "8 per cent", "eight per cent", "demand", "agreement", id="what a union demands"),
    case(("A turboprop carrying 68 people crashed in thick fog on Tuesday about 3 km short of the runway.",
          "The plane came down in farmland roughly 1.9 miles short of the runway shortly before 7:45 a.m."),
         "about 3 km", "roughly 1.9 miles", "distance", "agreement", id="short of the runway in thick fog"),
    # counts named by their noun alone conflict on fairly shared words
    case(("Two cars were hit by falling stones as they drove through the gorge.",
          "Three vehicles were struck by rocks, police told KVL."),
         "Two cars", "Three vehicles", None, "conflict", id="cars and vehicles"),
    case(("The operator said the last of the station's four units was switched off at 11:40 p.m.",
          "The final shift clocked off just before midnight."),
         "11:40 p.m.", "just before midnight", "end", "agreement", id="switched off just before midnight"),
    case(("Together the units had a capacity of 1,960 megawatts, enough to supply two million homes.",
          "At its peak Thornmere could generate almost two thousand megawatts."),
         "1,960 megawatts", "almost two thousand megawatts", "capacity", "agreement", id="what a plant could generate"),
    case(("The hotel reported the illnesses to the health unit on Monday, June 9, after guests called.",
          "The unit was notified on 10 June by a doctor who had seen three of the guests."),
         "Monday, June 9", "10 June", "notified", "conflict", id="the day the authorities were told"),
    case(("Power companies said 52,000 homes lost electricity at the height of the storm.",
          "At the height of the storm 38,000 homes lost power."),
         "52,000 homes", "38,000 homes", "outages", "conflict", id="homes that lost electricity or power"),
    case(("About 300 vehicles were stuck on the road for several hours.",
          "Some three hundred vehicles were stranded on the A59 over the pass last night."),
         "About 300 vehicles", "Some three hundred vehicles", "trapped", "agreement", id="vehicles stuck or stranded"),
    case(("Asante-Reyes took the title, stopping champion Lukas Brandvold in the ninth round of a scheduled "
          "12-round fight.", "The fight was stopped in round nine."),
         "ninth round", "round nine", "noun:round", "agreement", id="which round, in two forms"),
    case(("The crash happened at 11:40 a.m. on the seventh special stage of the event.",
          "Spectators were injured as the leading car crashed on stage eight of the rally."),
         "seventh special stage", "stage eight", "noun:stage", "conflict", id="which stage"),
    case(("A man died and seven swimmers were pulled from the sea on Saturday afternoon.",
          "Lifeguards brought seven people back to the beach at Carrow Bay this afternoon."),
         "seven swimmers", "seven people", "rescued", "agreement", id="brought back to the beach"),
    case(("The university admitted a first-year intake of 7,900 students this autumn.",
          "That includes a first-year intake of eight thousand four hundred, more than ever before."),
         "7,900 students", "eight thousand four hundred", "intake", "conflict", id="a year's intake"),
    case(("Calloway ended a run that her promoters say took $486 million at the box office.",
          "Final figures show that the fourteen-month tour grossed $471.2 million from 64 shows."),
         "$486 million", "$471.2 million", "revenue", "conflict", id="a tour's gross"),
    case(("Industry sources estimate that compensation for healthy birds culled could reach £3.1 million.",
          "Farmers' leaders say compensation for the cull is expected to total about £2.4 million."),
         "£3.1 million", "about £2.4 million", "restitution", "conflict", id="two forecasts of a sum"),
    case(("Recorded collisions on the routes covered by cameras fell from 1,214 in the year before the scheme "
          "to 986 in its first year.",
          "Collisions on the roads covered by the cameras fell to 986 collisions in the first year of the scheme."),
         "986 in", "986 collisions", "noun:collision", "agreement", id="the plural a clause opens with, moved"),
    case(("The scaffolding rose 22 metres up the front of the six-storey building.",
          "The scaffold you can see behind me, all seventy-two feet of it, peeled away from the front of the building."),
         "22 metres", "seventy-two feet", None, "agreement", id="all of it is the whole"),
    case(("The national weather office said gusts of up to 60 km/h were recorded as the ferry left.",
          "Weather records show gusts of about 37 mph at the harbour mouth when the ferry capsized."),
         "up to 60 km/h", "about 37 mph", None, "agreement", id="the largest of several gusts, in two units"),
    case(("The original film, which opened on Friday, July 18, beat the mark set in 2019.",
          "- **Film:** The Glass Meridian\n- **Released:** Friday 18 July"),
         "Friday, July 18", "Friday 18 July", None, "agreement", id="an original film opened when it was released"),
])
def test_two_sources_telling_one_fact_agree_or_conflict(rules, texts, first, second, attribute, kind):
    report = compare_loaded(sources(*texts), rules)
    a, b = claim_at(report, "s1", first), claim_at(report, "s2", second)
    if attribute is not None:
        assert a.attribute == b.attribute == attribute
    assert held_as(report, a, b) == [kind]


@pytest.mark.parametrize("first, second", [
    ("Archaeologists have recorded 214 footprints on the exposed mud.", "Researchers counted more than 300 prints."),
    ("Teams fogged 42 neighbourhoods last week.", "Teams fogged 40 districts last week."),
    ("Police closed three streets and evacuated the flats above the shops.",
     "Three roads remain sealed off tonight, and the police cordon stretches to the river."),
    ("The gang fled along the embankment on two motorcycles.", "Then they rode off on two motorbikes."),
    ("The film played in 4,410 theaters across the country.", "It opened in 4,410 cinemas."),
])
def test_two_words_for_one_counted_thing_are_one_count(rules, first, second):
    report = compare_loaded(sources(first, second), rules)
    a, b = (next(c for c in report.claims if c.source == s and c.kind == "count") for s in ("s1", "s2"))
    assert a.attribute == b.attribute and together(report, a, b)


def test_places_in_two_orders_told_in_other_words_do_not_conflict(rules):
    report = compare_loaded(sources(
        "The Lissanby teenager had looked flat in the morning heats, where she qualified only fifth-fastest in "
        "1:56.10, but she was a different swimmer under the lights.",
        "Her time was well inside the world championships\nqualifying standard of 1:57.26 and was the sixth "
        "fastest in the world\nthis year."), rules)
    assert not together(report, claim_at(report, "s1", "fifth-fastest"), claim_at(report, "s2", "sixth fastest"))


def test_according_to_names_no_accord(rules):
    report = compare_loaded(sources("- Deadline: 72 hours from the landing, according to the government",
                                    "The gunmen set a 48-hour deadline."), rules)
    assert claim_at(report, "s1", "72 hours").attribute != "agreement_term"


@pytest.mark.parametrize("earlier", [
    "Carbrook employed 58,000 hourly workers at the start of the decade.",
    "In its heyday Carbrook employed 58,000 hourly workers.",
])
def test_a_figure_of_an_earlier_time_named_without_a_date_is_another_fact(rules, earlier):
    report = compare_loaded(sources("Carbrook Steel has a new contract covering 34,000 workers at its mills.",
                                    earlier), rules)
    assert not together(report, claim_at(report, "s1", "34,000"), claim_at(report, "s2", "58,000"))


def test_a_decimal_read_out_is_as_precise_as_its_digits(rules):
    """"nine point four million" is 9.4 million rounded, which 9,412,000 fits, as "9.4 million"
    does; 9.5 million does not."""
    report = compare_loaded(sources("Nine point four million passengers flew from the airport last year.",
                                    "The airport handled 9,412,000 passengers last year.",
                                    "The airport handled 9.5 million passengers last year."), rules)
    spoken = claim_at(report, "s1", "Nine point four million")
    exact, other = claim_at(report, "s2", "9,412,000"), claim_at(report, "s3", "9.5 million")
    shared = [f for f in report.findings if f.kind == "agreement" and spoken.id in f.claims]
    assert len(shared) == 1 and exact.id in shared[0].claims and other.id not in shared[0].claims


def test_a_death_toll_revised_far_is_still_one_fact(rules):
    """Tolls are revised by more than alignment's max_conflict_ratio: the attribute's own
    conflict_ratio lets 48 and 112 dead be one toll told differently."""
    report = compare_loaded(sources("An earthquake killed 48 people in southern Lusara, officials said.",
                                    "The earthquake in southern Lusara killed 112 people, officials said."), rules)
    a, b = claim_at(report, "s1", "48 people"), claim_at(report, "s2", "112 people")
    assert held_as(report, a, b) == ["conflict"]


def test_a_dispatch_is_read_as_of_its_dateline_day(rules):
    """An undated dispatch's "today" is its dateline's day in the story's year; days told by
    undated articles never agree with each other ("today" in two articles, two days)."""
    dated = sources("The death toll from Tuesday's earthquake rose to 112 on Wednesday.", published="1986-10-15")[0]
    wires = [Source(id=f"w{n}", path=f"w{n}.txt", text=text, view=text) for n, text in enumerate((
        "OPORINA, Oct 14 (Meridian) - An earthquake killed 48 people in Lusara today, officials said.",
        "OPORINA, Oct 15 (Meridian) - The death toll in Lusara rose to 112 today, officials said."), 1)]
    report = compare_loaded([dated] + wires, rules)
    first, second = claim_at(report, "w1", "today"), claim_at(report, "w2", "today")
    assert (first.normalized, second.normalized) == ("1986-10-14", "1986-10-15")
    undated = [Source(id=w.id, path=w.path, text=w.text, view=w.view) for w in wires]
    report = compare_loaded(undated, rules)
    assert not together(report, claim_at(report, "w1", "today"), claim_at(report, "w2", "today"))


def test_the_same_subject_on_both_sides_is_still_found(rules):
    """The vetoes above keep subjects apart without losing the facts that do match."""
    report = compare_loaded(sources(*BUS_CRASH), rules)
    first, second = claim_at(report, "s1", "12 people"), claim_at(report, "s2", "12 people")
    assert together(report, first, second)
    assert finding_of(report, first).kind == "agreement"


TOLL_AND_INJURED = [
    case(("At least 12 people were killed and 40 injured in the blast on Monday.",
          "The blast on Monday killed 12 people and injured 38, police said."),
         [("s1", "12 people"), ("s2", "12 people")], [("s1", "40"), ("s2", "38")], id="killed and injured"),
    case(("A bus overturned on a mountain road on Monday, leaving 14 dead, police said.",
          "The bus overturned on Monday, leaving 15 dead and 20 injured, police said."),
         [("s1", "14"), ("s2", "15")], [("s2", "20")], id="dead and injured"),
]


@pytest.mark.parametrize("texts, deaths, injuries", TOLL_AND_INJURED)
def test_death_toll_and_injuries_are_different_facts(rules, texts, deaths, injuries):
    report = compare_loaded(sources(*texts), rules)
    killed = [claim_at(report, s, needle, "count") for s, needle in deaths]
    injured = [claim_at(report, s, needle, "count") for s, needle in injuries]
    assert {c.attribute for c in killed} == {"deaths"} and {c.attribute for c in injured} == {"injuries"}
    assert together(report, *killed)
    for a, b in itertools.product(killed, injured):
        assert not together(report, a, b), finding_of(report, a).summary


# ---------------------------------------------------------------------------------------------
# scorers: (a, b) -> float in [0, 1]
# ---------------------------------------------------------------------------------------------

SCORED = [
    *MISSION,
    *WOMEN_MEN,
    "Klim Shipenko and Yulia Peresild trained for four months at Star City. The budget was $4.2bn.",
    "At least 12 people were killed and 40 injured when a ferry carrying more than 200 passengers "
    "capsized on Monday. Meridian Technologies employs 12,000 workers.",
]


@pytest.mark.parametrize("scorer", [attribute_score, subject_score, context_score],
                         ids=lambda f: f.__name__)
def test_scorers_are_symmetric_and_between_0_and_1(rules, scorer):
    claims = extract_all(sources(*SCORED), rules)
    assert len(claims) > 15
    for a, b in itertools.combinations_with_replacement(claims, 2):
        score = scorer(a, b)
        assert isinstance(score, float)
        assert 0.0 <= score <= 1.0 and not math.isnan(score), (scorer.__name__, a.text, b.text, score)
        assert scorer(b, a) == score, (scorer.__name__, a.text, b.text)


def test_scorers_rate_one_fact_above_another(rules):
    claims = extract_all(sources(
        "Klim Shipenko and Yulia Peresild are set for a 12-day mission on the station.",
        "Klim Shipenko and Yulia Peresild will spend 12 days in orbit on the mission.",
        "Klim Shipenko and Yulia Peresild trained for four months at Star City.",
    ), rules)
    first = next(c for c in claims if c.text == "12-day")
    second = next(c for c in claims if c.text == "12 days")
    training = next(c for c in claims if c.text == "four months")
    assert attribute_score(first, second) == 1.0
    assert attribute_score(first, training) < 1.0
    assert subject_score(first, second) == 1.0
    assert context_score(first, second) > context_score(first, training)
    assert context_score(first, first) == 1.0


@pytest.mark.parametrize("texts", [MISSION, WOMEN_MEN, SCORED], ids=["mission", "races", "mixed"])
def test_compatible_is_symmetric(rules, texts):
    claims = [c for c in extract_all(sources(*texts), rules) if c.kind != "name"]
    for a, b in itertools.product(claims, repeat=2):
        assert compatible(a, b) == compatible(b, a)
        if a is b:
            assert compatible(a, b)


# ---------------------------------------------------------------------------------------------
# determinism
# ---------------------------------------------------------------------------------------------

def test_alignment_is_deterministic(rules):
    texts = SCORED + list(BUS_CRASH)
    first = align(extract_all(sources(*texts), rules), rules)
    second = align(extract_all(sources(*texts), rules), rules)
    assert [[c.id for c in f.claims] for f in first] == [[c.id for c in f.claims] for f in second]
    assert first == second


def test_source_order_does_not_change_the_facts(rules):
    texts = [
        "Klim Shipenko and Yulia Peresild blasted off from Baikonur on Tuesday after three months of training.",
        "Klim Shipenko and Yulia Peresild launched on Tuesday after four months of training at Star City.",
        "Klim Shipenko and Yulia Peresild reached the station on Tuesday after three months of training.",
    ]

    def groups(order):
        named = [Source(id=f"s{n}", path=f"s{n}.txt", text=texts[n], view=texts[n], published=PUBLISHED)
                 for n in order]
        facts = align(extract_all(named, rules), rules)
        return sorted(sorted((c.source, c.start, c.text) for c in f.claims) for f in facts)

    assert groups([0, 1, 2]) == groups([2, 1, 0]) == groups([1, 0, 2])


def test_a_substitution_minute_is_not_the_goal_minute(rules):
    report = compare_loaded(sources(
        "Adeyemi, introduced in the 58th minute in place of Liam Marsh, changed the game.",
        "Adeyemi fired home in the 67th minute to seal the points.",
        "The substitute Adeyemi struck in the 67th minute from the edge of the area.",
    ), rules)
    sub, goal, goal_2 = (claim_at(report, "s1", "58th minute"), claim_at(report, "s2", "67th minute"),
                         claim_at(report, "s3", "67th minute"))
    assert not together(report, sub, goal) and not together(report, sub, goal_2)
    assert together(report, goal, goal_2)


def test_ages_of_a_named_and_an_unnamed_person_do_not_conflict(rules):
    report = compare_loaded(sources(
        "Among the dead is a 58-year-old Dutch hiker found on a trail near the village.",
        "\"We knew it would be hot,\" said Karen Whitaker, 47, a teacher from Ohio.",
    ), rules)
    hiker, teacher = claim_at(report, "s1", "58-year-old"), claim_at(report, "s2", "47")
    assert not together(report, hiker, teacher)


def test_another_companys_figure_told_by_one_source_contradicts_no_unnamed_figure(rules):
    """One source compares the debut with Arbel Cloud's $31 IPO; the others give the story's own
    $38 without naming the company in that sentence."""
    report = compare_loaded(sources(
        "Halcyra Systems shares jumped on their debut. The offering was priced at $38 a share on Wednesday.",
        "Halcyra Systems became a public company on Thursday. Traders compared the debut with that of "
        "Arbel Cloud, the data-storage company that priced its IPO at $31 a share in March.",
        "Halcyra Systems rose in its first trades. Buyers paid $38 a share for the stock.",
    ), rules)
    own, other = claim_at(report, "s1", "$38"), claim_at(report, "s2", "$31")
    assert not together(report, own, other)
    assert together(report, own, claim_at(report, "s3", "$38"))


def test_a_name_opening_the_story_after_a_byline_is_the_storys_own(rules):
    """The opening is counted in figures: the byline's names do not push the patient's name,
    given by one source only, out of it."""
    report = compare_loaded(sources(
        "By Nadia Korsgaard, Health Correspondent\nVerrow Evening Star\n\n"
        "A man who lost both hands has been given new ones. Tomas Irvane, aged 44, received the hands "
        "at St Aldric's in an operation that began at seven o'clock on June 12. He had waited 14 months. "
        "His wife, Mirela, 41, said the family was overjoyed. The hospital said the care cost EUR 310,000.",
        "The operation began at 8 a.m. on June 12 and lasted 16 hours, the hospital said. "
        "The patient, a 44-year-old man, is recovering well.",
    ), rules)
    assert together(report, claim_at(report, "s1", "seven o'clock"), claim_at(report, "s2", "8 a.m."))


def test_two_things_that_rose_are_not_one_fact(rules):
    report = compare_loaded(sources(
        "Closed sales rose 6.5% from a year earlier, the association said.",
        "New listings rose 9.3% from a year earlier, the association said.",
    ), rules)
    assert not together(report, claim_at(report, "s1", "6.5%"), claim_at(report, "s2", "9.3%"))


def test_when_a_set_began_is_not_when_the_crush_began(rules):
    report = compare_loaded(sources(
        "Oduya's set began at 9:30pm, about half an hour later than scheduled.",
        "The crush began around 22:15 during the set, police said.",
    ), rules)
    assert not together(report, claim_at(report, "s1", "9:30pm"), claim_at(report, "s2", "22:15"))


@pytest.mark.parametrize("first, second, needle_1, needle_2, kind", [
    case("The jury deliberated for four days before returning its verdict on Friday.",
         "The verdict came after five days of deliberations, the court heard.",
         "four days", "five days", "conflict", id="deliberated / deliberations"),
    case("The fire at the plant burned for nine hours before crews contained it.",
         "Firefighters battled the flames for six hours before the fire was declared under control.",
         "nine hours", "six hours", "conflict", id="burned for / battled the flames for"),
    case("Kerbrat won the race by 14 seconds after a late attack.",
         "Kerbrat crossed the line 14 seconds clear of the chasing group.",
         "14 seconds", "14 seconds", "agreement", id="won by / clear of"),
    case("The pill cut the risk of heart attacks by 23 percent, the trial found.",
         "The trial showed a relative risk reduction of 23 percent for heart attacks.",
         "23 percent", "23 percent", "agreement", id="cut the risk / risk reduction"),
    case("The fire swept through the valley on Saturday, destroying 143 homes along Route 9.",
         "Officials said the blaze destroyed 146 homes in Tallow County.",
         "143 homes", "146 homes", "conflict", id="destroying / destroyed"),
    case("The fire has destroyed 143 homes, forcing more than 8,000 residents from their houses, officials said.",
         "Some 8,400 people remain under evacuation orders and wait to learn whether their homes survived.",
         "8,000 residents", "8,400 people", "agreement", id="forced from their houses / under evacuation orders"),
    case("Employers' initial offer of 7% over three years was rejected outright by the union.",
         "Before the walkout, the Port Employers' Association had offered 7 percent over three years.",
         "7%", "7 percent", "agreement", id="an initial offer / had offered"),
    # one precise figure in two reports is one fact, whatever the words around it
    case("Flight 417 from Halvik came down in a field of winter barley at 7:42 a.m., clipping a row of poplars.",
         "The Halvard H-72 was on its second approach. It struck the ground at 7:42 a.m., in dense fog.",
         "7:42", "7:42", "agreement", id="one minute of the day"),
    case("Inventory stood at 3.1 months of supply last month, the association said.",
         "That left the county with 3.1 months' supply, well below a balanced market.",
         "3.1 months", "3.1 months", "agreement", id="a decimal duration"),
    case("Part of the roof of a gallery 412 metres underground fell in as the night shift was preparing to leave.",
         "The collapse occurred at 3:10 a.m. in a gallery roughly 1,350 feet below surface, the company said.",
         "412 metres", "1,350 feet", "agreement", id="a depth and its rounded conversion"),
    case("Match statistics\n- Duration: 84 minutes\n- Longest rally: 61 shots",
         "Vinther won, and it took an hour and 24 minutes of properly brutal badminton.",
         "84 minutes", "an hour and 24 minutes", "agreement", id="a length of time worked out in other units"),
    # a year in the sentence that is not the value's
    case("The Social Democrats won 41 seats, their worst result since the return to democracy in 1990.",
         "The Social Democrats took 41 seats in Sunday's vote, the election commission said.",
         "41 seats", "41 seats", "agreement", id="worst since an event in a year"),
    case("Lumetric employs about 13,500 people and had 2023 revenue of 3.1 billion dlrs.",
         "Lumetric employs 13,500 people at plants in Oregon and Malaysia.",
         "13,500", "13,500", "agreement", id="a year before another figure's noun"),
    # the story names both races, but both values are one runner's: still a conflict
    case("In the women's race, Ethiopia's Hirut Mengesha, 29, won in 2:19:18. The men's race went to Kiprotich.",
         "Hirut Mengesha of Ethiopia broke clear at 24 kilometres and came home in 2:19:08.",
         "2:19:18", "2:19:08", "conflict", id="one runner's time, whichever race is named"),
])
def test_two_reports_of_one_fact_are_one_finding(rules, first, second, needle_1, needle_2, kind):
    report = compare_loaded(sources(first, second), rules)
    a, b = claim_at(report, "s1", needle_1), claim_at(report, "s2", needle_2)
    assert together(report, a, b), [f.summary for f in report.findings]
    assert finding_of(report, a).kind == kind


def test_parts_of_two_wholes_and_a_part_against_a_whole_never_conflict(rules):
    report = compare_loaded(sources(
        "Markets were not surprised: 24 of 26 economists surveyed ahead of the meeting had pencilled in a cut.",
        "The cut was widely expected. Twenty-seven of 32 economists polled last week had forecast a move.",
    ), rules)
    assert not [f.summary for f in report.findings if f.kind == "conflict"]
    poll = compare_loaded(sources("Seventeen of 22 economists polled by Northstar had forecast an increase.",
                                  "All but five of the twenty-two economists in the Northstar poll expected a hike."),
                          rules)
    assert not [f.summary for f in poll.findings if f.kind == "conflict"]
    assert together(poll, claim_at(poll, "s1", "22 economists"), claim_at(poll, "s2", "twenty-two economists"))
    both = compare_loaded(sources("Seven of the nine jurors voted to convict.",
                                  "Six of the nine jurors voted to convict."), rules)
    assert [f.kind for f in both.findings if f.kind == "conflict"] == ["conflict"]


def test_people_taken_ill_and_people_in_hospital_are_two_facts(rules):
    report = compare_loaded(sources(
        "Thirty-one people have been admitted to hospital and three people have died in the outbreak.",
        "Nearly 50 people have now fallen ill in the outbreak, health officials said."), rules)
    assert not [f for f in report.findings if f.kind == "conflict"], [f.summary for f in report.findings]


def test_people_trapped_told_with_different_nouns_are_one_count(rules):
    report = compare_loaded(sources(
        "All 15 miners trapped by a collapse at the copper mine were brought to the surface alive on Thursday.",
        "After more than two days in the dark, 15 workers trapped deep inside the mine were pulled to the surface."),
        rules)
    a, b = claim_at(report, "s1", "15 miners"), claim_at(report, "s2", "15 workers")
    assert (a.attribute, b.attribute) == ("trapped", "trapped") and together(report, a, b)


def test_an_unmarked_figure_belongs_to_the_period_the_story_is_about(rules):
    # two sources name the third quarter, one a charge in the fourth: an unmarked profit is the
    # third quarter's, and disagrees with one given for it
    report = compare_loaded(sources(
        "Net profit in the three months to September 30 fell to $118 million, the company said.",
        "The company said it made a net profit of $181 million in the third quarter.",
        "Third-quarter revenue was $2.4 billion. It will take a charge of $95 million in the fourth quarter."),
        rules)
    a, b = claim_at(report, "s1", "$118 million"), claim_at(report, "s2", "$181 million")
    assert held_as(report, a, b) == ["conflict"]


def test_an_unmarked_figure_may_belong_to_either_race_when_both_are_told(rules):
    report = compare_loaded(sources(
        "About 150 riders rolled out of the town square on Sunday morning.",
        "In the women's race, 112 riders started. The men's race covered 190 kilometres.",
        "The men's race covered 190 kilometres. The women's race covered 142 kilometres."), rules)
    a, b = claim_at(report, "s1", "150 riders"), claim_at(report, "s2", "112 riders")
    assert not together(report, a, b)


@pytest.mark.parametrize("first, second, needle_1, needle_2, published", [
    case("Brandt said its tender offer for Corvalis would begin tomorrow and expire April 14, unless extended.",
         "Brandt said the tender offer for all Corvalis shares will expire April 21 unless it is extended.",
         "April 14", "April 21", None, id="days with no year"),
    case("Halvorsen said the offer for Pellman will expire April 1 unless extended, it said, and is conditioned "
         "on the tender of a majority.",
         "Halvorsen said the tender offer for Pellman shares will expire on April 3.",
         "April 1", "April 3", PUBLISHED, id="a condition further on is another predicate's"),
])
def test_one_deadline_given_two_days_is_a_conflict(rules, first, second, needle_1, needle_2, published):
    report = compare_loaded(sources(first, second, published=published), rules)
    a, b = claim_at(report, "s1", needle_1), claim_at(report, "s2", needle_2)
    assert held_as(report, a, b) == ["conflict"]


@pytest.mark.parametrize("texts, needles", [
    case(("Tane Ruawhitu's late try sealed a 27-24 victory for Port Calder.",
          "Full time: Mariners 27-24 Rams. What a final.",
          "The Mariners beat the Ashvale Rams by 27 points to 24 before about 41,000 spectators."),
         ("27-24", "27-24", "27 points"), id="a scoreline of ten points or more"),
    case(("RIGA, April 27 (BSW) - Martins Kalnins scored 7:42 into overtime as the Riga Lynx beat the Tampere "
          "Falcons 4-3 in Game Seven of the final on Sunday.",
          "The Riga Lynx completed the comeback with a 4-3 overtime win over the Tampere Falcons on Sunday night.",
          "Martins Kalninsh settled it in overtime, sealing a 4-3 victory for Riga over Tampere."),
         ("4-3", "4-3", "4-3"), id="a low scoreline"),
])
def test_one_scoreline_in_three_reports_is_one_result(rules, texts, needles):
    report = compare_loaded(sources(*texts), rules)
    claims = [claim_at(report, f"s{n}", needle) for n, needle in enumerate(needles, 1)]
    finding = finding_of(report, claims[0])
    assert finding.kind == "agreement" and {c.id for c in claims} <= set(finding.claims)


def test_one_thing_founded_in_two_years_is_a_conflict_and_two_events_in_two_years_are_not(rules):
    report = compare_loaded(sources(
        "Harrowgate Stores Inc was founded in 1921 as a single dry-goods shop.",
        "Chief executive Walter Pruitt said Harrowgate was founded in 1912.",
        "The chain opened its first mall store in 1958.",
    ), rules)
    a, b = claim_at(report, "s1", "1921"), claim_at(report, "s2", "1912")
    assert held_as(report, a, b) == ["conflict"]
    assert not together(report, a, claim_at(report, "s3", "1958"))


def test_a_count_named_by_its_own_noun_is_no_other_count_of_its_clause(rules):
    report = compare_loaded(sources(
        "A coach carrying 48 passengers plunged into a ravine on Saturday, killing 14 people and injuring 32.",
        "At least 16 people were killed and thirty-two injured when the coach left the road on Saturday.",
        "Fourteen people were killed when the coach, carrying forty-eight passengers, plunged 200 feet.",
    ), rules)
    sixteen = claim_at(report, "s2", "At least 16 people")
    assert not together(report, sixteen, claim_at(report, "s1", "48 passengers"))
    assert together(report, sixteen, claim_at(report, "s1", "14 people"))
    assert finding_of(report, sixteen).kind == "conflict"


def test_speaking_on_condition_of_anonymity_is_no_condition(rules):
    report = compare_loaded(sources(
        "The coach was on a stretch where the speed limit is 40 km/h, an officer said on condition of anonymity.",
        "The speed limit on the bend is 25mph, police said.",
    ), rules)
    a, b = claim_at(report, "s1", "40 km/h"), claim_at(report, "s2", "25mph")
    assert held_as(report, a, b) == ["agreement"]


@pytest.mark.parametrize("first, second, needle_1, needle_2, fits", [
    case("The listing gave it a market value of about 5.8 bln dlrs.", "The IPO valued it at about $6.2 billion.",
         "5.8 bln dlrs", "$6.2 billion", False, id="neither within the other's reach"),
    case("About 3,100 tractors will be late.", "About 3,400 tractors will be late.", "3,100", "3,400", False,
         id="round counts"),
    case("About 12,000 people were evacuated.", "About 12,400 people were evacuated.", "12,000", "12,400", True,
         id="one within the other's reach"),
    case("The deal is worth about $4 billion.", "The deal is worth $4.2 billion.", "$4 billion", "$4.2 billion",
         True, id="about and exact"),
    case("The site lies about 12 km north of the town.", "The site lies about seven miles north of the town.",
         "12 km", "seven miles", True, id="a figure converted and rounded"),
    case("Nurses get a rise of 5.5 per cent in the first year.", "Nurses get a rise of 6 per cent in the first year.",
         "5.5 per cent", "6 per cent", False, id="margins that only touch"),
    case("Support stood at 93.6 per cent.", "Support stood at 94 per cent.", "93.6 per cent", "94 per cent", True,
         id="one the other rounded"),
    case("The smugglers face up to 20 years in prison.", "The smugglers face up to 15 years in prison.",
         "up to 20 years", "up to 15 years", False, id="two maxima that differ"),
    case("The smugglers face up to 20 years in prison.", "The smugglers face up to twenty years in prison.",
         "up to 20 years", "up to twenty years", True, id="one maximum"),
    case("Flash floods killed at least 14 people.", "Flash floods killed at least 19 people.",
         "at least 14", "at least 19", True, id="two counts so far"),
    case("The closings will eliminate about 2,300 jobs.", "The chain will cut about 2,100 workers.",
         "2,300", "2,100", False, id="round counts of different nouns"),
    case("It expects sales of about $3.2 billion.", "It expects sales of $3.4 billion.", "$3.2 billion",
         "$3.4 billion", False, id="about and exact, margins that only touch"),
    case("The tank sent some 660 gallons of diesel across the road.", "Around 3,000 litres of diesel were spilt.",
         "660 gallons", "3,000 litres", True, id="imperial gallons"),
    case("The tanker spilled 240,000 gallons of styrene.", "The tanker spilled 1.5 million litres of styrene.",
         "240,000 gallons", "1.5 million litres", False, id="gallons of neither size"),
])
def test_two_round_figures_agree_when_either_lies_within_the_others_reach(rules, first, second, needle_1,
                                                                          needle_2, fits):
    report = compare_loaded(sources(first, second), rules)
    a, b = claim_at(report, "s1", needle_1), claim_at(report, "s2", needle_2)
    assert compatible(a, b) is fits and compatible(b, a) is fits


@pytest.mark.parametrize("first, second, needle_1, needle_2", [
    case("Some 30 million litres of water were lost.", "About 7.9 million gallons poured away, officials said.",
         "30 million litres", "7.9 million gallons", id="both rough"),
    case("Gusts reached 110 km/h and waves of up to nine metres broke over the deck, the coast guard said.",
         "In the early hours it ran into the storm, with waves up to 30 feet high.",
         "nine metres", "30 feet", id="both maxima"),
    case("The collision happened at 11.6 km/s, the agency said.",
         "The two satellites met at roughly 7.2 miles per second.", "11.6 km/s", "7.2 miles per second",
         id="one rough, one exact"),
    case("The board approved the wind farm, a project of 1.2 gigawatts, on Thursday.",
         "- **Capacity:** 1,200 megawatts", "1.2 gigawatts", "1,200 megawatts", id="a fact box"),
])
def test_one_figure_converted_between_units_is_one_fact(rules, first, second, needle_1, needle_2):
    report = compare_loaded(sources(first, second), rules)
    a, b = claim_at(report, "s1", needle_1), claim_at(report, "s2", needle_2)
    assert held_as(report, a, b) == ["agreement"]


def test_a_time_close_to_another_in_other_units_is_no_conversion_to_contradict(rules):
    report = compare_loaded(sources(
        "Organisers had hired pacemakers to take the men through halfway in 62 minutes.",
        "The men passed halfway in 1:02:31, almost half a minute slower than planned."), rules)
    a, b = claim_at(report, "s1", "62 minutes"), claim_at(report, "s2", "1:02:31")
    assert not (together(report, a, b) and finding_of(report, a).kind == "conflict")


def test_a_maximum_and_a_minimum_in_other_units_are_not_one_converted_figure(rules):
    report = compare_loaded(sources("Waves of up to nine metres broke over the deck.",
                                    "Waves of at least 30 feet broke over the deck."), rules)
    a, b = claim_at(report, "s1", "nine metres"), claim_at(report, "s2", "30 feet")
    assert not together(report, a, b)


def test_the_opening_gain_is_not_the_closing_gain(rules):
    report = compare_loaded(sources(
        "Shares of Lumenary opened at 31.50 dlrs in their debut on Thursday, 31 pct above their offer price.",
        "Lumenary shares closed up 37.9% from their IPO price on Thursday.",
        "Shares in Lumenary ended their first day of trading up 38 per cent at $33.",
    ), rules)
    opening = claim_at(report, "s1", "31 pct")
    assert not together(report, opening, claim_at(report, "s2", "37.9%"))
    assert together(report, claim_at(report, "s2", "37.9%"), claim_at(report, "s3", "38 per cent"))


def test_one_players_try_told_a_minute_apart_is_a_conflict_and_a_second_try_is_not(rules):
    report = compare_loaded(sources(
        "Wing Kit Dunmore scored the winning try in the 78th minute, his second after one in the 31st minute.",
        "Kit Dunmore scored in the 79th minute to give Aurelia a 27-24 win.",
    ), rules)
    late = claim_at(report, "s2", "79th minute")
    assert together(report, claim_at(report, "s1", "78th minute"), late)
    assert finding_of(report, late).kind == "conflict"
    assert not together(report, claim_at(report, "s1", "31st minute"), late)


def test_as_long_as_he_could_is_no_condition(rules):
    report = compare_loaded(sources(
        "Virtanen finished with 34 saves in a losing effort, the coach said.",
        "Virtanen made 34 saves to keep his side alive as long as he could."), rules)
    assert together(report, claim_at(report, "s1", "34 saves"), claim_at(report, "s2", "34 saves"))


def test_zero_is_close_only_to_small_figures(rules):
    report = compare_loaded(sources(
        'Early "zero doses" are being offered to infants in affected areas, the department said.',
        "The county has given 9,412 doses of the vaccine since it opened six clinics, the department said."), rules)
    a, b = claim_at(report, "s1", "zero doses"), claim_at(report, "s2", "9,412 doses")
    assert not together(report, a, b)


def test_a_sum_named_by_its_own_word_is_no_other_sum_of_its_clause(rules):
    report = compare_loaded(sources(
        "Her 2:21:09 broke the course record and earned her the course-record bonus of $25,000 on top of "
        "the winner's purse.",
        "Kalnins collected the $50,000 first prize and flew home on Monday.",
        "The winner's cheque was $50,000, organisers said.",
    ), rules)
    bonus, prize = claim_at(report, "s1", "$25,000"), claim_at(report, "s2", "$50,000")
    assert not together(report, bonus, prize)
    assert together(report, prize, claim_at(report, "s3", "$50,000"))


def test_a_year_opening_the_sentence_dates_every_value_in_it(rules):
    report = compare_loaded(sources(
        "In 2019, Okafor won with 51.2 percent against a divided field, and turnout was a sleepy 34.9 percent.",
        "Turnout was 41.3 percent of the city's registered voters, officials said.",
        "The elections office reported a turnout of 38.6%, well above recent years.",
    ), rules)
    earlier = claim_at(report, "s1", "34.9 percent")
    now = claim_at(report, "s2", "41.3 percent")
    assert not together(report, earlier, now)
    assert together(report, now, claim_at(report, "s3", "38.6%")) and finding_of(report, now).kind == "conflict"


def test_a_nationality_alone_is_no_subject_and_the_runner_before_it_is(rules):
    report = compare_loaded(sources(
        "Ruth Chepkemoi was in charge over the closing stages. The 31-year-old Kenyan ran alone for most of "
        "the final quarter of the race and won in 2:19:08, a personal best.",
        "Ruth Chepkemoi won the race in 2:19:18, a minute clear of the field.",
    ), rules)
    a, b = claim_at(report, "s1", "2:19:08"), claim_at(report, "s2", "2:19:18")
    assert a.subject == "Ruth Chepkemoi"
    assert held_as(report, a, b) == ["conflict"]
    assert not any(c.kind == "name" and c.text == "Kenyan" for c in report.claims)


def test_an_open_bound_agrees_only_with_a_value_near_it(rules):
    report = compare_loaded(sources(
        "Her coach said she had been preparing with long runs of up to 40 kilometres.",
        "She pulled away in the final three kilometres of the course.",
        "She covered the 42.195 kilometres of the course in 2:19:08.",
    ), rules)
    bound = claim_at(report, "s1", "up to 40 kilometres")
    assert not together(report, bound, claim_at(report, "s2", "three kilometres"))
    assert not together(report, claim_at(report, "s2", "three kilometres"), claim_at(report, "s3", "42.195 kilometres"))


def test_the_owner_of_a_figure_told_with_of_is_its_subject(rules):
    report = compare_loaded(sources(
        "The offer is a 32 pct premium over Selkirk's closing price of 17-3/8 dlrs on Friday.",
        "The bid was made by Keewatin on Monday. Keewatin shares closed down 3/8 at 31-1/4 dlrs on the "
        "Toronto Stock Exchange.",
    ), rules)
    selkirk = claim_at(report, "s1", "17-3/8 dlrs")
    assert selkirk.features.lead == "selkirk"
    assert not together(report, selkirk, claim_at(report, "s2", "31-1/4 dlrs"))


def test_one_persons_own_circumstances_do_not_contradict_the_storys_figure(rules):
    report = compare_loaded(sources(
        "For a full-time in-state student, the change means paying $506 more each year.",
        "One mother of two students said her family would pay more than $1,000 extra next year.",
        "Students will pay $560 more each year under the new rates, the board said.",
    ), rules)
    student = claim_at(report, "s1", "$506")
    assert not together(report, student, claim_at(report, "s2", "more than $1,000"))
    assert together(report, student, claim_at(report, "s3", "$560"))


def test_a_course_record_and_a_personal_best_are_two_facts(rules):
    report = compare_loaded(sources(
        "Abebe Tolossa won the Velmora Marathon on Sunday. His 2:05:41 broke the course record of 2:06:30 "
        "and earned him the course-record bonus of $25,000 on top of the winner's purse.",
        "Tolossa clocked 2 hours 5 minutes 41 seconds on the 26.2-mile course, taking more than a minute and "
        "a half off his personal best of 2:07:15, set in the spring.",
    ), rules)
    record = claim_at(report, "s1", "2:06:30")
    assert not together(report, record, claim_at(report, "s2", "2:07:15"))


def test_a_part_of_a_group_neither_joins_nor_contradicts_the_whole(rules):
    claims = extract_all(sources(
        "Valdmoor is recalling 412,000 vehicles. About 268,000 of the recalled vehicles were sold at home.",
        "Valdmoor is recalling more than 410,000 vehicles over the fault."), rules)
    facts = align(claims, rules)
    part = next(c for c in claims if "268,000" in c.text)
    whole = next(f for f in facts if any("410,000" in c.text for c in f.claims))
    assert part not in whole.claims
    assert any("412,000" in c.text for c in whole.claims)


def test_a_large_count_of_people_may_be_the_group_another_source_counts(rules):
    report = compare_loaded(sources(
        "Some 30,000 people were left homeless by the earthquake in Tucaya, officials said.",
        "Four days later, some thirty thousand people are sleeping beside the ruins of Tucaya."), rules)
    homeless = claim_at(report, "s1", "30,000", "count")
    sleeping = claim_at(report, "s2", "thirty thousand", "count")
    assert together(report, homeless, sleeping)


def test_a_crowd_told_near_the_figure_a_source_gives_its_group_is_that_group(rules):
    # the values differ, so only the size of the two crowds brings them into one comparison
    report = compare_loaded(sources(
        "When the doors closed on Sunday, more than 412,000 people had seen the exhibition.",
        "Over its 96 days, the exhibition welcomed 412,380 visitors from every region."), rules)
    assert held_as(report, claim_at(report, "s1", "412,000 people", "count"),
                   claim_at(report, "s2", "412,380 visitors", "count")) == ["agreement"]


def test_seafarers_and_crew_members_are_one_kind_of_people(rules):
    report = compare_loaded(sources(
        "Two crew members from the Bellamere Star remain missing after the collision.",
        "Rescuers were searching for two seafarers from the Bellamere Star who are missing after the collision.",
        "Three crew members from a cargo ship were still missing last night after the collision."), rules)
    three = claim_at(report, "s3", "Three crew members", "count")
    assert held_as(report, claim_at(report, "s2", "two seafarers", "count"), three) == ["conflict"]
    assert held_as(report, claim_at(report, "s1", "Two crew members", "count"), three) == ["conflict"]


def test_dozens_of_people_said_of_nothing_more_may_be_the_passengers(rules):
    report = compare_loaded(sources(
        "The hijackers were still holding 74 people on Tuesday, airline officials said.",
        "Seventy-four passengers remained captive aboard the hijacked jet last night."), rules)
    assert together(report, claim_at(report, "s1", "74 people", "count"),
                    claim_at(report, "s2", "Seventy-four passengers", "count"))


@pytest.mark.parametrize("counted, joins", [
    case("about 1.3 million residents", True, id="residents"),
    case("about 1.3 million homes", False, id="homes"),
])
def test_a_crowd_of_people_may_be_the_residents_another_source_counts(rules, counted, joins):
    report = compare_loaded(sources(
        f"The order takes effect on Monday and applies to {counted} across the city.",
        "The rules cover 1.3 million people served by the authority."), rules)
    first = claim_at(report, "s1", counted.split(" ", 1)[1], "count")
    assert together(report, first, claim_at(report, "s2", "1.3 million people", "count")) is joins


def test_a_few_people_said_of_nothing_more_are_not_the_dead(rules):
    report = compare_loaded(sources(
        "Two people have died in the fire, officials confirmed on Wednesday.",
        "The power line is being investigated as the cause, according to two people briefed on the inquiry."), rules)
    dead = claim_at(report, "s1", "Two people", "count")
    briefed = claim_at(report, "s2", "two people", "count")
    assert not together(report, dead, briefed)


def test_of_two_equally_likely_partners_a_conflict_takes_the_nearer_figure(rules):
    report = compare_loaded(sources(
        "Teachers will get a 4.5 percent pay rise from April, the minister said.",
        "The budget includes an 8% increase in defence spending and a 5% pay rise for teachers."), rules)
    teachers = claim_at(report, "s1", "4.5 percent")
    assert together(report, teachers, claim_at(report, "s2", "5%"))
    assert not together(report, teachers, claim_at(report, "s2", "8%"))


ONE_CAP = "The regulator may impose a fine of up to 4 per cent of global annual turnover."


@pytest.mark.parametrize("cap_text, fine, joins", [
    case(ONE_CAP, "The fine amounts to 3.8% of the company's global turnover.", True, id="near the cap"),
    case(ONE_CAP, "The fine amounts to 2.1% of the company's global turnover.", False, id="far below the cap"),
    # the most any of several penalties may be is no one fine, however near
    case("The law allows penalties of up to 4 per cent of global annual turnover.",
         "The fine amounts to 3.8% of the company's global turnover.", False, id="the cap of several"),
])
def test_a_cap_agrees_only_with_a_figure_near_it(rules, cap_text, fine, joins):
    report = compare_loaded(sources(cap_text, fine), rules)
    cap = claim_at(report, "s1", "4 per cent", "percent")
    share = claim_at(report, "s2", "%", "percent")
    assert together(report, cap, share) is joins


def test_a_temperature_rise_is_compared_in_degrees_of_difference(rules):
    report = compare_loaded(sources(
        "Average summer temperatures in the valley have risen by 1.8 degrees Celsius since 1985.",
        "Summer temperatures in the valley have climbed 3.2 degrees Fahrenheit since 1985.",
        "On Tuesday the temperature in the valley reached 35 degrees Celsius."), rules)
    celsius = claim_at(report, "s1", "1.8 degrees Celsius", "quantity")
    fahrenheit = claim_at(report, "s2", "3.2 degrees Fahrenheit", "quantity")
    assert together(report, celsius, fahrenheit)
    assert finding_of(report, celsius).kind == "agreement"
    assert not together(report, celsius, claim_at(report, "s3", "35 degrees Celsius", "quantity"))


def test_a_length_a_year_is_a_rate_not_a_length(rules):
    report = compare_loaded(sources(
        "The Varnholt Glacier has thinned by roughly 6 feet a year since 1985, the study found.",
        "The Varnholt Glacier has thinned by about 1.4 metres a year since 1985, the study found.",
        "The Varnholt Glacier has thinned by 1.8 metres since the spring, the study found."), rules)
    feet = claim_at(report, "s1", "6 feet", "quantity")
    assert together(report, feet, claim_at(report, "s2", "1.4 metres", "quantity"))
    assert finding_of(report, feet).kind == "conflict"
    assert not together(report, feet, claim_at(report, "s3", "1.8 metres", "quantity"))


@pytest.mark.parametrize("told_at, told, said, normalized", [
    ("at 4:25 p.m.", "4:25 p.m.", "twenty-five past four", "T16:25"),
    ("shortly before 9 p.m.", "9 p.m.", "just before nine o'clock", "T21:00"),
])
def test_a_time_told_without_a_part_of_the_day_takes_the_half_other_sources_give(rules, told_at, told, said,
                                                                                    normalized):
    report = compare_loaded(sources(
        f"The last passenger reached the ground {told_at} on Saturday.",
        f"The last of them touched the ground {said}, as the light faded.",
    ), rules)
    told, settled = claim_at(report, "s1", told), claim_at(report, "s2", said)
    assert (settled.normalized, settled.value) == (normalized, normalized[1:])
    assert settled.text == report.sources[1].text[settled.start:settled.end]
    assert together(report, told, settled)


def test_a_time_told_without_a_part_of_the_day_stays_am_when_a_source_gives_am(rules):
    report = compare_loaded(sources(
        "A helicopter plucked four climbers from the ledge at 6:15 a.m. on Sunday.",
        "The helicopter reached the ledge at a quarter past six on Sunday.",
        "Another team set out again at 6:15 p.m. on Sunday.",
    ), rules)
    assert claim_at(report, "s2", "a quarter past six").normalized == "T06:15"


def test_two_processes_align_the_kinds_apart_into_the_same_facts(rules):
    texts = [
        "The Falcons beat the Icebreakers 4-3 on Sunday, April 13, before 18,500 spectators. Jonas Lindqvist, 22, "
        "scored 7:12 into overtime. Tickets cost $45 and sales rose 12 per cent. The arena is 60 metres tall.",
        "The Falcons won 4-3 on April 13. A crowd of 21,000 spectators watched Lindqvist, aged 22, score after "
        "seven minutes and 12 seconds of overtime. Tickets cost $48; sales rose 12 per cent.",
        "Lindqvist (22) won it for the Falcons, 4-3, on Sunday before 18,500 fans. The arena, 200 feet tall, "
        "sold tickets at $45, and sales were up 11 per cent.",
    ]
    claims = compare.pipeline.story_claims(sources(*texts), rules)
    assert len({c.kind for c in claims if c.kind != "name"}) >= 4

    def told(facts):
        return [(f.kind, f.subject, f.attribute, tuple(c.id for c in f.claims)) for f in facts]

    assert told(align(claims, rules, workers=2)) == told(align(claims, rules, workers=1))


def test_facts_in_turn_gives_this_process_kinds_first_and_the_same_facts_as_align(rules):
    texts = [
        "The Falcons beat the Icebreakers 4-3 on Sunday, April 13, before 18,500 spectators. Tickets cost $45 "
        "and sales rose 12 per cent; Jonas Lindqvist, 22, scored twice.",
        "The Falcons won 4-3 on April 13 before 21,000 spectators. Tickets cost $48; sales rose 12 per cent. "
        "Lindqvist, aged 22, scored twice.",
    ]
    claims = compare.pipeline.story_claims(sources(*texts), rules)
    pool = [c for c in claims if c.kind != "name" and c.features is not None]
    here, _ = sys.modules["compare.align"]._kind_halves(pool)
    told = list(facts_in_turn(claims, rules, workers=2))
    kinds = [f.kind in here for f in told]
    assert kinds == sorted(kinds, reverse=True) and any(kinds) and not all(kinds)  # this process's kinds first
    key = lambda f: (f.kind, f.subject or "", f.attribute or "", tuple(c.id for c in f.claims))  # noqa: E731
    assert sorted(map(key, told)) == sorted(map(key, align(claims, rules, workers=1)))
    assert classify(iter(told), claims, rules) == classify(align(claims, rules), claims, rules)


@pytest.mark.parametrize("dated, undated, needle, joined", [
    case("Pellman earned a net profit of 41.3 million dollars in 2022, the filing showed.",
         "Pellman's net profit of 41.3 million dollars made it a target.", "41.3 million", True, id="precise"),
    case("The mine employed 40 miners in 2019.", "The mine employs 40 miners.", "40 miners", False, id="round"),
])
def test_a_figure_one_source_dates_in_the_past_joins_an_undated_one_only_when_precise(rules, dated, undated,
                                                                                       needle, joined):
    report = compare_loaded(sources(dated, undated), rules)
    assert together(report, claim_at(report, "s1", needle), claim_at(report, "s2", needle)) is joined


def test_the_kinds_a_dead_child_was_aligning_are_aligned_by_the_parent(rules, monkeypatch):
    import os

    align_module = sys.modules["compare.align"]
    texts = ["The Falcons won 4-3 on April 13 before 18,500 fans; tickets cost $45.",
             "The Falcons beat the Icebreakers 4-3 on Sunday, April 13; tickets cost $48 and 18,500 fans came."]
    claims = compare.pipeline.story_claims(sources(*texts), rules)
    expected = [tuple(c.id for c in f.claims) for f in align(claims, rules, workers=1)]
    real = align_module._align_pool
    parent = os.getpid()

    def dies_in_the_child(*args):
        if os.getpid() != parent:
            os._exit(1)
        return real(*args)

    monkeypatch.setattr(align_module, "_align_pool", dies_in_the_child)
    assert [tuple(c.id for c in f.claims) for f in align(claims, rules, workers=2)] == expected


def test_what_a_plan_is_worth_is_what_it_costs(rules):
    """"The plan, worth more than 1.3 trillion crowns" and "the 1.34 trillion crowns spending plan"
    are one sum: worth names a cost as well as a price."""
    report = compare_loaded(sources(
        "The 1.34 trillion crowns spending plan commits the government to cutting the deficit.",
        "The budget cleared the assembly. The plan, worth more than 1.3 trillion crowns, includes a fuel duty rise.",
    ), rules)
    spending = claim_at(report, "s1", "1.34 trillion crowns", "money")
    worth = claim_at(report, "s2", "more than 1.3 trillion crowns", "money")
    assert together(report, spending, worth) and finding_of(report, worth).kind == "agreement"


def test_share_closes_quoted_bare_on_two_days_are_two_facts(rules):
    """"Pemberton shares closed at 41-1/2" in dispatches of March 3 and March 10 are two days'
    closes; told on one day, they are one fact."""
    text = "The bid is 58 dlrs a share. Pemberton shares closed at {}, down 3/4."
    first, later = sources(text.format("41-1/2"), published="1987-03-03") + \
        [s for s in sources("", text.format("42-1/4"), published="1987-03-10")[1:]]
    report = compare_loaded([first, later], rules)
    assert not together(report, claim_at(report, "s1", "41-1/2", "money"), claim_at(report, "s2", "42-1/4", "money"))
    same_day = compare_loaded(sources(text.format("41-1/2"), text.format("42-1/4"), published="1987-03-03"), rules)
    assert finding_of(same_day, claim_at(same_day, "s1", "41-1/2", "money")).kind == "conflict"


def test_share_prices_quoted_bare_in_undated_dispatches_of_two_days_are_two_facts(rules):
    first, later = sources("HOUSTON, March 3 - The bid is 58 dlrs a share. Pemberton shares fell 1-1/4 to 42-1/4.",
                           "HOUSTON, March 10 - The bid is 58 dlrs a share. Pemberton shares closed at 41-1/2.",
                           published=None)
    report = compare_loaded([first, later], rules)
    assert not together(report, claim_at(report, "s1", "42-1/4", "money"), claim_at(report, "s2", "41-1/2", "money"))


def test_how_much_context_a_conflict_of_counts_or_places_needs_is_a_setting(rules):
    cars = sources("Two cars were hit by falling stones as they drove through the gorge.",
                   "Three vehicles were struck by rocks, police told KVL.")
    places = sources(
        "The Lissanby teenager had looked flat in the morning heats, where she qualified only fifth-fastest in "
        "1:56.10, but she was a different swimmer under the lights.",
        "Her time was well inside the world championships\nqualifying standard of 1:57.26 and was the sixth "
        "fastest in the world\nthis year.")
    strict = replace(rules, alignment=replace(rules.alignment, noun_conflict_context=0.95))
    loose = replace(rules, alignment=replace(rules.alignment, rank_conflict_context=0.0))
    report = compare_loaded(cars, strict)
    assert not together(report, claim_at(report, "s1", "Two cars"), claim_at(report, "s2", "Three vehicles"))
    report = compare_loaded(places, loose)
    assert together(report, claim_at(report, "s1", "fifth-fastest"), claim_at(report, "s2", "sixth fastest"))


PROJECTIONS = ("# Monetary policy decision\n\n*Press release | Solvik, 8 May 2025*\n\n"
               "The Board has decided to raise the policy rate by 0.50 percentage points to 4.75 per cent.\n\n"
               "## Projections\n\n| | 2024 (outcome) | 2025 | 2026 |\n|---|---|---|---|\n"
               "| Unemployment rate | 5.2% | 5.9% | 6.2% |\n| Policy rate, end of year | 4.00% | 4.75% | 4.25% |\n")
RATE_NEWS = ("SOLVIK, May 8 (Markets Wire) - The central bank raised its main rate to 4.75% on Thursday. The decision "
             "lifts the rate from 4.25%, where it had stood since January. Unemployment stood at 5.8% in March.")


def test_a_projections_table_tells_no_figure_of_now(rules, tmp_path):
    """Under "## Projections", a table's 2025 column is a forecast and its 2026 column a projection,
    whatever figure of now they match; the 2024 column, under an empty top left cell, is 2024's."""
    (tmp_path / "bank.md").write_text(PROJECTIONS, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(RATE_NEWS, encoding="utf-8")
    report = compare.compare_sources([tmp_path])
    now = claim_at(report, "wire", "4.25%")
    assert not together(report, claim_at(report, "bank", "4.25%"), now)
    march = claim_at(report, "wire", "5.8%")
    for figure in ("5.2%", "5.9%"):
        assert not together(report, claim_at(report, "bank", figure), march)
    assert held_as(report, claim_at(report, "bank", "4.75 per cent"), claim_at(report, "wire", "4.75%")) == ["agreement"]


def test_a_name_owning_what_opens_a_sentence_is_its_subject(rules):
    report = compare_loaded(sources(
        "The bank raised its main rate to 4.75% on Thursday, from 4.25%. Vendland's central bank kept its own "
        "rate at 4.5% last week.",
        "The bank lifted its rate to 4.75 per cent, the highest in a decade."), rules)
    assert claim_at(report, "s1", "4.5%").subject == "Vendland"
    assert not [f for f in report.findings if f.kind == "conflict"]


TWO_DISPATCHES = """\
SAN LUCIO, Velcaro, June 10 (Continental Press) - About 8,500 workers at the Tamarca copper mine
went on strike on Monday to press a demand for a 22 pct wage increase, union officials said.

CONTINENTAL PRESS 1412

SAN LUCIO, June 11 (Continental Press) - The strike at the Tamarca copper mine spread to the smelter
on Wednesday, and the union said 9,400 workers were now out, revising its earlier estimate of 8,500.
"""


def test_a_count_that_revises_an_earlier_estimate_is_the_current_one(rules, tmp_path):
    """"9,400 workers were now out, revising its earlier estimate of 8,500": the earlier estimate
    is 8,500's, so 9,400 agrees with another source's 9,400, and the first dispatch's 8,500 stands
    alone, in conflict with no one."""
    (tmp_path / "wire.txt").write_text(TWO_DISPATCHES, encoding="utf-8")
    (tmp_path / "markets.txt").write_text(
        "LONDON, June 12 - Copper prices climbed on Thursday as a strike by 9,400 workers at the Tamarca mine "
        "showed no sign of ending.", encoding="utf-8")
    report = compare.compare_sources([tmp_path])
    later, elsewhere = claim_at(report, "wire", "9,400 workers"), claim_at(report, "markets", "9,400 workers")
    assert held_as(report, later, elsewhere) == ["agreement"]
    earlier = claim_at(report, "wire", "8,500 workers")
    assert [f.kind for f in report.findings if earlier.id in f.claims] == ["single_source"]
    assert not [f for f in report.findings if f.kind == "conflict"]


REEF = ("A survey covered about 560 square miles of reef and found that 62 percent of the reef area surveyed "
        "showed signs of bleaching.",
        "Key figures:\n\n- **Reef area showing bleaching:** 62 per cent\n- **Survey area:** 1,450 square kilometres")


@pytest.mark.parametrize("named_by_one, kinds", [(None, ["agreement"]), (0.0, [])])
def test_one_figure_told_alike_and_named_by_one_source_only_is_one_fact(rules, named_by_one, kinds):
    """"62 percent of the reef area" and a fact box's bare "62 per cent": one figure; how much that
    counts is the setting named_by_one (0: not at all)."""
    if named_by_one is not None:
        rules = replace(rules, alignment=replace(rules.alignment, named_by_one=named_by_one))
    report = compare_loaded(sources(*REEF), rules)
    assert held_as(report, claim_at(report, "s1", "62 percent"), claim_at(report, "s2", "62 per cent")) == kinds


@pytest.mark.parametrize("third, unit, kind", [
    case(None, "NOK", "agreement", id="the story's one crown currency"),
    case("Its Swedish rival paid 40 Swedish crowns a share last year.", "kr", "single_source",
         id="two crown currencies: left open"),
])
def test_money_in_a_shared_word_is_the_crown_currency_the_story_names(rules, third, unit, kind):
    texts = ["Nordholm shareholders will get 12 Norwegian crowns in cash for each share.",
             "Nordholm shareholders will receive 12 crowns in cash per share." + (" " + third if third else "")]
    report = compare_loaded(sources(*texts), rules)
    crowns = next(c for c in report.claims if c.source == "s2" and c.text == "12 crowns")
    assert crowns.unit == unit
    assert next(f for f in report.findings if crowns.id in f.claims).kind == kind
