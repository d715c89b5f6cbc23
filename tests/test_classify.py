"""Tests for compare/classify.py: what each fact means for a reader.

Sources that give compatible values agree (ranges overlap: "more than 200" and 212); sources
that give incompatible values conflict, with every reading, who gives it and the majority; a
value only one source gives is single_source; one name spelled two ways is a variant. Findings
come conflicts first and are numbered f1, f2, ... in that order, the same for the same input.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

import compare
from compare.classify import KIND_ORDER, classify, value_label
from compare.align import align
from compare.model import FINDING_KINDS, Claim, Fact
from compare.pipeline import compare_loaded, extract_all
from support import PUBLISHED, case, sources



@pytest.fixture(scope="module")
def rules():
    return compare.load_rules()




def compare_texts(rules, *texts):
    return compare_loaded(sources(*texts), rules)


def claim_at(report, source_id: str, needle: str, kind: str = None):
    text = next(s.text for s in report.sources if s.id == source_id)
    offset = text.index(needle)
    found = [c for c in report.claims if c.source == source_id and c.start <= offset < c.end
             and (kind is None or c.kind == kind)]
    assert len(found) == 1, (needle, [(c.source, c.kind, c.text) for c in report.claims])
    return found[0]


def finding_of(report, claim):
    found = [f for f in report.findings if claim.id in f.claims]
    assert len(found) == 1, (claim.text, [f.summary for f in found])
    return found[0]


def findings(report, kind):
    return [f for f in report.findings if f.kind == kind]


# ---------------------------------------------------------------------------------------------
# agreement
# ---------------------------------------------------------------------------------------------

def test_twelve_days_and_a_12_day_mission_agree(rules):
    report = compare_texts(
        rules,
        "Director Klim Shipenko and actress Yulia Peresild will spend twelve days on the International "
        "Space Station, Roscosmos said. They will shoot scenes for a feature film in orbit.",
        "Klim Shipenko and Yulia Peresild are set for a 12-day mission on the station. "
        "The launch from Baikonur is planned for Tuesday.",
    )
    words, digits = claim_at(report, "s1", "twelve days"), claim_at(report, "s2", "12-day")
    finding = finding_of(report, words)
    assert finding.kind == "agreement"
    assert set(finding.claims) == {words.id, digits.id}
    assert finding.sources == ("s1", "s2")
    assert [r.label for r in finding.readings] == ["12 days"]
    assert "12 days" in finding.summary and "s1" in finding.summary and "s2" in finding.summary
    assert finding.majority is None
    assert len([f for f in report.findings if f.kind == "agreement" and words.id in f.claims]) == 1


# ---------------------------------------------------------------------------------------------
# conflict
# ---------------------------------------------------------------------------------------------

TRAINING = [
    "Klim Shipenko and Yulia Peresild blasted off from Baikonur on Tuesday after three months of training.",
    "Klim Shipenko and Yulia Peresild launched on Tuesday after four months of training at Star City.",
    "Klim Shipenko and Yulia Peresild reached the station on Tuesday after three months of training.",
]


def test_three_months_against_four_months_is_a_conflict_with_a_majority(rules):
    report = compare_texts(rules, *TRAINING)
    three = [claim_at(report, "s1", "three months"), claim_at(report, "s3", "three months")]
    four = claim_at(report, "s2", "four months")
    finding = finding_of(report, four)
    assert finding.kind == "conflict"
    assert set(finding.claims) == {four.id, *(c.id for c in three)}
    assert finding.sources == ("s1", "s2", "s3")
    assert finding.topic.startswith("training duration")
    assert {(r.label, r.sources) for r in finding.readings} == {("3 months", ("s1", "s3")), ("4 months", ("s2",))}
    reading = {r.label: set(r.claims) for r in finding.readings}
    assert reading["3 months"] == {c.id for c in three} and reading["4 months"] == {four.id}
    assert finding.majority == "3 months"
    for value, who in (("3 months", "s1"), ("3 months", "s3"), ("4 months", "s2")):
        assert value in finding.summary and who in finding.summary
    assert finding.summary.index("s1") < finding.summary.index("4 months")  # the majority first


def test_sources_that_share_a_figure_inside_a_conflict_also_agree_on_it(rules):
    """"3 months (s1, s3) vs 4 months (s2)": s1 and s3 agree, which the agreement says, naming
    the figure it leaves out."""
    report = compare_texts(rules, *TRAINING)
    four = claim_at(report, "s2", "four months")
    three = {claim_at(report, s, "three months").id for s in ("s1", "s3")}
    shared = [f for f in report.findings if f.kind == "agreement" and three <= set(f.claims)]
    assert len(shared) == 1 and set(shared[0].claims) == three and shared[0].sources == ("s1", "s3")
    assert [(r.label, r.sources) for r in shared[0].against] == [("4 months", ("s2",))]
    assert shared[0].summary == "3 months: 2 sources agree (s1, s3); against 4 months (s2)"
    assert [f.kind for f in report.findings if four.id in f.claims] == ["conflict"]


@pytest.mark.parametrize("limit", [None, 5])
def test_a_conflict_among_very_many_sources_holds_no_agreement_of_its_own(rules, limit):
    if limit is not None:  # the limit is a setting of rules/alignment.yaml
        rules = replace(rules, alignment=replace(rules.alignment, max_sources_within=limit))
    most = rules.alignment.max_sources_within
    for many, shared in ((most, 1), (most + 1, 0)):
        claims = tuple(injured(f"c{n}", f"s{n:03}", 9) for n in range(many - 1)) + (injured("c999", "s999", 11),)
        found = classify([Fact(kind="count", subject=None, attribute="injuries", claims=claims)], claims, rules)
        assert [f.kind for f in found] == ["conflict"] + ["agreement"] * shared


def test_a_conflict_of_one_source_each_holds_no_agreement(rules):
    report = compare_texts(rules, *TRAINING[:2])
    assert not [f for f in report.findings if f.kind == "agreement" and "months" in f.summary]


def injured(cid: str, source: str, number: int) -> Claim:
    text = f"{number} people"
    return Claim(id=cid, source=source, kind="count", subject=None, attribute="injuries", value=number,
                 unit="people", normalized=str(number), qualifier="exact", text=text, start=0, end=len(text),
                 sentence=f"{text} were injured.", low=float(number), high=float(number))


def test_a_source_that_gives_both_figures_of_a_conflict_agrees_with_neither(rules):
    claims = (injured("c1", "s1", 9), injured("c2", "s2", 9), injured("c3", "s2", 11), injured("c4", "s3", 11),
              injured("c5", "s4", 11))
    found = classify([Fact(kind="count", subject=None, attribute="injuries", claims=claims)], claims, rules)
    assert [(f.kind, f.claims) for f in found] == [("conflict", ("c1", "c2", "c3", "c4", "c5")),
                                                   ("agreement", ("c4", "c5"))]
    # s2 says 9 and 11: 9 is left to s1 alone, and 11 to s3 and s4, who agree against s1 and s2's 9
    assert found[1].summary == "11: 2 sources agree (s3, s4); against 9 (s1, s2)"


def test_one_source_against_one_has_no_majority(rules):
    report = compare_texts(rules, *TRAINING[:2])
    finding = finding_of(report, claim_at(report, "s2", "four months"))
    assert finding.kind == "conflict"
    assert finding.majority is None
    assert {r.label for r in finding.readings} == {"3 months", "4 months"}
    assert "3 months (s1)" in finding.summary and "4 months (s2)" in finding.summary


def test_a_conflict_is_found_when_one_source_uses_last_names(rules):
    report = compare_texts(
        rules,
        "Russian director Klim Shipenko and actress Yulia Peresild blasted off from Baikonur on Tuesday. "
        "Shipenko and Peresild underwent three months of training before the flight.",
        "Klim Shipenko and Yulia Peresild launched on Tuesday after four months of training.",
    )
    three, four = claim_at(report, "s1", "three months"), claim_at(report, "s2", "four months")
    finding = finding_of(report, four)
    assert finding.kind == "conflict" and three.id in finding.claims


# ---------------------------------------------------------------------------------------------
# compatibility through ranges
# ---------------------------------------------------------------------------------------------

RANGES = [
    case("The ferry was carrying more than 200 passengers when it sank off the coast on Monday.",
         "The ferry had 212 passengers aboard when it sank on Monday, officials said.",
         "200", "212", "agreement", id="more than 200 vs 212"),

    case("Meridian agreed to buy Halcyon for about $4 billion, the companies said.",
         "Meridian will pay $4.2 billion for Halcyon, the companies said.",
         "$4", "$4.2", "agreement", id="about $4 billion vs $4.2 billion"),
    case("A bus overturned on a mountain road on Monday, leaving at least 14 dead, police said.",
         "Police said 15 were dead after the bus overturned on Monday.",
         "14", "15", "agreement", id="at least 14 vs 15"),
    case("The new bridge will be 2 kilometres long, the ministry said.",
         "The bridge, 1.2 miles long, will open next year, the ministry said.",
         "2 kilometres", "1.2 miles", "agreement", id="2 km vs 1.2 miles"),
    case("A bus overturned on a mountain road on Monday, leaving 14 dead, police said.",
         "Police said 15 were dead after the bus overturned on Monday.",
         "14", "15", "conflict", id="14 vs 15"),
    case("Turnout was 38% on Sunday, the election commission said.",
         "The election commission put turnout at 41 percent on Sunday.",
         "38%", "41 percent", "conflict", id="38% vs 41 percent"),
    case("The club will build a 9,000-seat ballpark downtown, the council said.",
         "The new ballpark would have 8,500 seats, the council said.",
         "9,000", "8,500", "conflict", id="9,000 seats vs 8,500 seats"),
    case("The club will build a 9,000-seat ballpark downtown, the council said.",
         "The new ballpark would have 8,900 seats, the council said.",
         "9,000", "8,900", "agreement", id="9,000 seats vs 8,900 seats"),
    case("The crash happened shortly after 6:40 p.m. on Tuesday, police said.",
         "Police said the crash happened at 18:42 on Tuesday.",
         "6:40 p.m.", "18:42", "agreement", id="shortly after 6:40 vs 18:42"),
    case("The crash happened at 6:40 p.m. on Tuesday, police said.",
         "Police said the crash happened at 18:42 on Tuesday.",
         "6:40 p.m.", "18:42", "conflict", id="6:40 vs 18:42"),
    case("The fire broke out at about 11:40 p.m. near a tank of toluene, the fire chief said.",
         "The fire broke out shortly before midnight in a tank farm, officials said.",
         "11:40 p.m.", "midnight", "agreement", id="about 11:40 vs shortly before midnight"),
    case("The fire broke out at about 11:10 p.m. near a tank of toluene, the fire chief said.",
         "The fire broke out shortly after midnight in a tank farm, officials said.",
         "11:10 p.m.", "midnight", "conflict", id="about 11:10 vs shortly after midnight"),
    case("The assembly passed the bill on Thursday after a nine-hour debate.",
         "The assembly passed the bill on Thursday after 9 hours and 14 minutes of debate.",
         "nine-hour", "9 hours and 14", "agreement", id="a nine-hour debate vs 9 hours and 14 minutes"),
    case("Health board figures show patients at the hospital waited more than 12 hours for a bed this winter.",
         "Health board figures show one patient at the hospital waited 30 hours for a bed this winter.",
         "12 hours", "30 hours", None, id="more than 12 hours vs 30 hours"),
    case("The assembly passed the bill on Thursday after a nine-hour debate.",
         "The assembly passed the bill on Thursday after 9 hours and 40 minutes of debate.",
         "nine-hour", "9 hours and 40", "conflict", id="a nine-hour debate vs 9 hours and 40 minutes"),
]


@pytest.mark.parametrize("first, second, needle_1, needle_2, kind", RANGES)
def test_ranges_decide_agreement_and_conflict(rules, first, second, needle_1, needle_2, kind):
    report = compare_texts(rules, first, second)
    a, b = claim_at(report, "s1", needle_1), claim_at(report, "s2", needle_2)
    assert a.kind == b.kind and a.kind != "name"
    finding = finding_of(report, a)
    if kind is None:
        # a figure past a bound is no contradiction of it, nor a sure agreement
        assert finding.kind != "conflict" and b.id not in finding.claims, finding.summary
        return
    assert finding.kind == kind, finding.summary
    assert set(finding.claims) == {a.id, b.id}
    assert finding.sources == ("s1", "s2")
    if kind == "agreement":
        assert not findings(report, "conflict")


# ---------------------------------------------------------------------------------------------
# name variants
# ---------------------------------------------------------------------------------------------

def test_a_misspelt_name_is_a_variant_with_the_majority_spelling(rules):
    report = compare_texts(
        rules,
        "Director Klim Shipenko and actress Yulia Peresild returned to Earth on Sunday.",
        "The Soyuz capsule carrying Klim Shipenko and Yulia Peresild landed in Kazakhstan on Sunday.",
        "Film director Klim Shepenko said the footage shot in orbit was unique.",
    )
    variants = findings(report, "variant")
    assert len(variants) == 1
    variant = variants[0]
    assert variant.majority == "Klim Shipenko"
    assert {(r.label, r.sources) for r in variant.readings} == {("Klim Shipenko", ("s1", "s2")),
                                                                ("Klim Shepenko", ("s3",))}
    names = {c.id for c in report.claims if c.kind == "name" and c.text in ("Klim Shipenko", "Klim Shepenko")}
    assert set(variant.claims) == names and len(names) == 3
    assert variant.sources == ("s1", "s2", "s3")
    assert "Klim Shipenko" in variant.summary and "Klim Shepenko" in variant.summary
    assert not any("Peresild" in r.label for f in report.findings for r in f.readings if f.kind == "variant")


def test_a_name_written_without_its_accents_is_a_variant_but_case_is_not(rules):
    report = compare_texts(
        rules,
        "Mayor Ionuț Bălănescu said the dyke gave way late on Tuesday in GALATI county.",
        "Mayor Ionut Balanescu said 5,000 people had left their homes in Galati county.",
        "Ionuț Bălănescu, the mayor, asked for army help.",
    )
    variants = findings(report, "variant")
    assert len(variants) == 1
    assert {(r.label, r.sources) for r in variants[0].readings} == {("Ionuț Bălănescu", ("s1", "s3")),
                                                                    ("Ionut Balanescu", ("s2",))}
    assert variants[0].majority == "Ionuț Bălănescu"


def test_a_transcripts_speaker_label_is_a_spelling_that_can_differ(rules):
    report = compare_texts(
        rules,
        "Dr Priya Ramsden, the trust's chief executive, said she was sorry.",
        "PRESENTER: The trust says the difference is beds.\n\n"
        "PRIYA RAMSDON (chief executive, interview): We are not hiding from this.",
    )
    variants = findings(report, "variant")
    assert [sorted(r.label for r in v.readings) for v in variants] == [["PRIYA RAMSDON", "Priya Ramsden"]]


def test_names_spelled_apart_in_both_words_or_beside_an_initial_are_variants(rules):
    report = compare_texts(
        rules,
        "The find was confirmed by Tomasz Brzezina of the Kellmark Observatory. Chief executive "
        "Walter J. Pruett said the chain would close.",
        "Tomas Brezina, who confirmed the orbit, said more data was needed. Walter Pruitt said the chain "
        "would close.",
    )
    labels = sorted(sorted(r.label for r in f.readings) for f in findings(report, "variant"))
    assert labels == [["Tomas Brezina", "Tomasz Brzezina"], ["Walter J. Pruett", "Walter Pruitt"]]


def test_north_and_south_korea_are_not_variants(rules):
    report = compare_texts(
        rules,
        "North Korea fired a missile on Monday, officials in Seoul said.",
        "South Korea said North Korea launched the missile from a site near Pyongyang.",
        "The missile launched by North Korea fell into the sea, South Korea said.",
    )
    assert {c.text for c in report.claims if c.kind == "name"} >= {"North Korea", "South Korea"}
    assert findings(report, "variant") == []


# ---------------------------------------------------------------------------------------------
# single source
# ---------------------------------------------------------------------------------------------

def test_a_fact_only_one_source_gives_is_single_source(rules):
    report = compare_texts(
        rules,
        "Klim Shipenko and Yulia Peresild returned to Earth on Sunday after a 12-day mission.",
        "Klim Shipenko and Yulia Peresild landed on Sunday after twelve days in orbit on their mission. "
        "The crew brought back 35 hours of footage, the director said.",
    )
    footage = claim_at(report, "s2", "35 hours")
    finding = finding_of(report, footage)
    assert finding.kind == "single_source"
    assert finding.claims == (footage.id,) and finding.sources == ("s2",)
    assert finding.majority is None
    assert "35 hours" in finding.summary and "s2" in finding.summary and "s1" not in finding.summary


# ---------------------------------------------------------------------------------------------
# the list of findings
# ---------------------------------------------------------------------------------------------

STORY = [
    "Russian director Klim Shipenko and actress Yulia Peresild returned to Earth on Sunday after a 12-day "
    "mission to the International Space Station. Klim Shipenko and Yulia Peresild had three months of "
    "training before the flight.",
    "Klim Shipenko and Yulia Peresild landed in Kazakhstan on Sunday after a mission of twelve days in orbit. "
    "Klim Shipenko and Yulia Peresild trained for four months before the flight. The crew brought back "
    "35 hours of footage, director Klim Shipenko said.",
    "Film director Klim Shepenko and actress Yulia Peresild ended their 12-day mission on Sunday. "
    "Klim Shepenko and Yulia Peresild underwent three months of training.",
]


def test_findings_come_conflicts_first_and_are_numbered_in_order(rules):
    report = compare_texts(rules, *STORY)
    kinds = [f.kind for f in report.findings]
    assert set(kinds) == set(FINDING_KINDS)
    assert kinds == sorted(kinds, key=KIND_ORDER.__getitem__)
    assert list(KIND_ORDER) == ["conflict", "variant", "agreement", "single_source"]
    assert [f.id for f in report.findings] == [f"f{n}" for n in range(1, len(report.findings) + 1)]


def test_every_finding_rests_on_claims_of_the_report(rules):
    report = compare_texts(rules, *STORY)
    claims = {c.id: c for c in report.claims}
    seen = set()
    conflicts = [set(f.claims) for f in report.findings if f.kind == "conflict"]
    for finding in report.findings:
        assert finding.kind in FINDING_KINDS
        assert finding.claims and len(set(finding.claims)) == len(finding.claims)
        assert set(finding.claims) <= set(claims)
        if finding.against:
            # an agreement inside a conflict: its claims are the conflict's, which leaves others out
            assert finding.kind == "agreement"
            assert any(set(finding.claims) < whole for whole in conflicts)
            continue
        assert not seen & set(finding.claims), "a claim belongs to one finding"
        seen |= set(finding.claims)
        assert finding.sources == tuple(sorted({claims[c].source for c in finding.claims}))
        assert sorted(c for r in finding.readings for c in r.claims) == sorted(finding.claims)
        for reading in finding.readings:
            assert reading.sources == tuple(sorted({claims[c].source for c in reading.claims}))
        kinds = {claims[c].kind for c in finding.claims}
        assert len(kinds) == 1 and (("name" in kinds) == (finding.kind == "variant"))
        if finding.kind == "single_source":
            assert len(finding.sources) == 1
        else:
            assert len(finding.sources) >= 2
        if finding.kind in ("conflict", "variant"):
            assert len(finding.readings) >= 2
        if finding.majority is not None:
            assert finding.majority in {r.label for r in finding.readings}


def test_the_same_input_gives_the_same_findings(rules):
    first = compare_texts(rules, *STORY)
    second = compare_texts(rules, *STORY)
    assert [f.to_dict() for f in first.findings] == [f.to_dict() for f in second.findings]
    assert first.findings == second.findings


def test_classify_alone_matches_the_pipeline(rules):
    report = compare_texts(rules, *STORY)
    claims = extract_all(sources(*STORY), rules)
    assert classify(align(claims, rules), claims, rules) == list(report.findings)


def test_a_figure_that_doubled_between_dispatches_is_a_conflict(rules):
    report = compare_texts(
        rules,
        "The eruption forced about 3,000 residents to flee their homes, officials said.",
        "The eruption forced more than 6,000 residents to flee their homes, officials said.",
    )
    conflicts = findings(report, "conflict")
    assert len(conflicts) == 1 and len(conflicts[0].readings) == 2


def test_plain_dollars_meet_australian_dollars_but_not_us_dollars_named_as_such(rules):
    report = compare_texts(
        rules,
        "A borrower with a A$600,000 loan will save about A$92 a month after the cut.",
        "A borrower with a 600,000 dlr loan will save 92 dlrs a month after the cut.",
        "A borrower in Ohio will save US$40 a month after the Fed's cut.",
    )
    plain, aud, usd = (claim_at(report, "s2", "92 dlrs"), claim_at(report, "s1", "A$92"),
                       claim_at(report, "s3", "US$40"))
    finding = finding_of(report, plain)
    assert finding.kind == "agreement" and aud.id in finding.claims
    assert usd.id not in finding.claims


def test_a_headline_figure_the_body_gives_as_about_is_read_as_about(rules):
    report = compare_texts(
        rules,
        "KEEWATIN TO BUY SELKIRK FOR 410 MLN DLRS\nKeewatin agreed to buy Selkirk for about 410 mln dlrs.",
        "Keewatin will pay 412 mln dlrs for Selkirk, the company said.",
    )
    assert not findings(report, "conflict")
    finding = finding_of(report, claim_at(report, "s2", "412 mln dlrs"))
    assert finding.kind == "agreement"


def test_one_duration_in_seconds_and_in_minutes_and_seconds_agrees(rules):
    report = compare_texts(
        rules,
        "Contact with the rocket was lost 142 seconds after liftoff.",
        "Telemetry stopped two minutes and 22 seconds into the flight.",
    )
    finding = finding_of(report, claim_at(report, "s1", "142 seconds"))
    assert finding.kind == "agreement"
    assert claim_at(report, "s2", "two minutes and 22 seconds").id in finding.claims


def test_a_count_of_a_noun_is_the_number_of_its_plural(rules):
    report = compare_loaded(sources("The group operates nine breweries in the north.",
                                    "The group runs 11 breweries across the country."), rules)
    assert [f.topic for f in report.findings if f.kind == "conflict"] == ["number of breweries"]


@pytest.mark.parametrize("first_toll", [
    case("14 people", id="a figure contradicted"),
    # "at least 14" was the count so far: the later 19 revises it, though both could be true
    case("at least 14 people", id="a count so far passed"),
])
def test_a_dispatch_revised_by_its_own_service_is_a_revision_beside_the_settled_figure(rules, first_toll):
    """The figure the sources settle on agrees; the earlier dispatch's figure is a conflict that
    says it was revised, holding every source's figure."""
    texts = (f"SAN LORENZO, Oct 14 (Meridian Press) - Flash floods killed {first_toll} in the province on Monday.",
             "SAN LORENZO, Oct 15 (Meridian Press) - The death toll from the floods rose to 19 on Tuesday.",
             "SAN LORENZO, Oct 15 (Northwire) - Flash floods have killed 19 people in the province.")
    report = compare_loaded(sources(*texts), rules)
    first, update, other = (claim_at(report, s, n) for s, n in (("s1", first_toll), ("s2", "19"), ("s3", "19 people")))
    settled = [f for f in report.findings if f.kind == "agreement" and update.id in f.claims]
    assert len(settled) == 1 and other.id in settled[0].claims and first.id not in settled[0].claims
    revision = [f for f in report.findings if f.kind == "conflict" and first.id in f.claims]
    assert len(revision) == 1 and {update.id, other.id} <= set(revision[0].claims)
    assert revision[0].summary.endswith("revised by a later dispatch: s1")
    # the dispatches' own days (Oct 14, Oct 15) are no revision of one another
    kinds = {c.id: c.kind for c in report.claims}
    assert not [f for f in report.findings if f.kind == "conflict" and {kinds[c] for c in f.claims} & {"date", "time"}]


def test_a_revised_dispatch_joins_the_conflict_other_sources_already_make(rules):
    texts = ("SAN LORENZO, Oct 14 (Meridian Press) - Flash floods killed 14 people in the province on Monday.",
             "SAN LORENZO, Oct 15 (Meridian Press) - The death toll from the floods rose to 19 on Tuesday.",
             "SAN LORENZO, Oct 14 (Northwire) - Flash floods have killed 14 people in the province.")
    report = compare_loaded(sources(*texts), rules)
    first, update, other = (claim_at(report, s, n) for s, n in (("s1", "14 people"), ("s2", "19"), ("s3", "14 people")))
    found = [f for f in report.findings if update.id in f.claims]
    assert [f.kind for f in found] == ["conflict"] and {first.id, other.id} <= set(found[0].claims)


def test_an_earlier_dispatch_that_fits_its_update_still_counts(rules):
    texts = ("MANILA, March 2 (Meridian) - A ferry carrying about 250 passengers capsized on Sunday.",
             "MANILA, March 3 (Meridian) - The ferry, carrying 251 passengers, capsized on Sunday.")
    report = compare_loaded(sources(*texts), rules)
    assert together(report, claim_at(report, "s1", "about 250"), claim_at(report, "s2", "251 passengers"))


def test_tonight_is_the_day_of_writing_not_a_date_that_conflicts(rules):
    report = compare_texts(rules, "The recount of the November 3 election ended, and we will have more tonight at 6.",
                           "The November 3 election was the closest in decades.")
    assert not [f for f in report.findings if f.kind == "conflict"]


def together(report, a, b) -> bool:
    return any(a.id in f.claims and b.id in f.claims for f in report.findings)


@pytest.mark.parametrize("text, needle, kind, label", [
    case("A nine-month-old baby from Glenmire died last week.", "nine-month-old", "age", "9 months old",
         id="an infant's age"),
    case("The planet lies about 30 parsecs from the Sun.", "30 parsecs", "quantity", "about 30 parsecs",
         id="a distance beyond metres"),
    case("The bridge is 1.2 miles long.", "1.2 miles", "quantity", "1931.2128 m", id="an ordinary length"),
    case("The operation began at 8 a.m. on June 12.", "8 a.m.", "time", "08:00", id="a time of day"),
    case("Liftoff is at 10:30 a.m. EDT.", "10:30 a.m. EDT", "time", "10:30 (UTC-04:00)", id="a time with its zone"),
    case("The markets closed at 15:00 GMT.", "15:00 GMT", "time", "15:00 UTC", id="a time in UTC"),
])
def test_value_labels_read_as_a_reader_would(rules, text, needle, kind, label):
    claims = extract_all(sources(text), rules)
    claim = next(c for c in claims if c.kind == kind and needle in c.text)
    assert value_label(claim) == label


def test_a_conflict_between_times_is_named_as_times_and_read_as_clocks(rules):
    report = compare_texts(rules, "The operation began at 8 a.m. on June 12, the hospital said.",
                           "The operation began at seven o'clock on the morning of June 12.")
    conflict = next(f for f in report.findings if f.kind == "conflict")
    assert conflict.topic == "start time"
    assert {value_label(c) for c in report.claims if c.id in conflict.claims} == {"07:00", "08:00"}
