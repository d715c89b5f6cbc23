"""Decide what each fact means for a reader: agreement, conflict, single source; and name variants.

A fact reported by one source is `single_source`. Reported by several, it is an `agreement` when
every pair of values can be true at once (ranges overlap: "more than 200" and 212) and a
`conflict` otherwise. Names are compared as spellings: one name written differently in different
sources is a `variant`, listing every spelling, who uses it and the majority spelling.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from itertools import chain, combinations
from typing import Iterable, Optional

from .align import LOWER_BOUNDS, _clash_keys, compatible
from .extract import WHICH_ONE_UNITS, plural
from .model import AGAINST_NOTE, REVISION_NOTE, Claim, Fact, Finding, Reading
from .names import spelling_variant
from .numbers import format_number, human_number
from .rules import RuleSet

KIND_ORDER = {"conflict": 0, "variant": 1, "agreement": 2, "single_source": 3}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
QUALIFIER_WORDS = {
    "approximate": "about ",
    "at_least": "at least ",
    "at_most": "at most ",
    "more_than": "more than ",
    "less_than": "less than ",
    "exact": "",
    "range": "",
}
MONTHS = ("January February March April May June July August September October November December").split()


def classify(facts: Iterable[Fact], claims: Iterable[Claim], rules: RuleSet,
             later_dispatches: Optional[dict] = None) -> list[Finding]:
    """Findings for every fact and every name variant, conflicts first, numbered f1, f2, ...

    `later_dispatches` maps a wire dispatch's source id to the same service's later dispatches
    (see sources.later_dispatches): a figure a later dispatch revises is a conflict that says so,
    beside the finding of the figure the other sources settle on.
    """
    facts = iter(facts)
    first = next(facts, None)
    # names are read once the first fact is in: with facts given in turn (align.facts_in_turn),
    # that is while a forked child is still aligning the rest
    drafts = variants(claims, rules)
    for fact in chain(() if first is None else (first,), facts):
        parts = _revisions_apart(fact, later_dispatches or {})
        if len(parts) == 1 or fact.kind in ("date", "time"):
            # (days and times two dispatches give are mostly their own days, or two moments:
            # the earlier dispatch's stands apart, as its own finding)
            for part in parts:
                finding = _fact_finding(part, rules)
                if finding is not None:
                    drafts.append(finding)
                    drafts.extend(_agreements_within(part, finding, rules))
            continue
        # a figure a later dispatch revised: the figure the others settle on is a finding of its
        # own, and the revision is a conflict that says so (the whole fact, every source's figure)
        settled = _fact_finding(parts[0], rules)
        if settled is not None and settled.kind != "conflict":
            drafts.append(settled)
        elif settled is not None:
            drafts.extend(_agreements_within(parts[0], settled, rules))
        revised = tuple(sorted({c.source for part in parts[1:] for c in part.claims}))
        whole = _fact_finding(fact, rules, revision=True)
        if whole is not None:
            drafts.append(replace(whole, summary=whole.summary + REVISION_NOTE + ", ".join(revised), revised=revised))
    drafts.sort(key=lambda f: (KIND_ORDER[f.kind], -len(f.sources), f.topic, f.claims))
    return [_numbered(f, i + 1) for i, f in enumerate(drafts)]


def _agreements_within(fact: Fact, conflict: Finding, rules: RuleSet) -> list[Finding]:
    """The figures two or more sources share inside a conflict, each an agreement of its own:
    "9 (A, B) vs 11 (C)" also tells a reader that A and B agree on 9.

    A group is every claim that fits all of one reading's claims, less those of a source that
    also gives a figure left out, taken only when its sources agree among themselves. Its summary
    names the figures of the sources left out, so the agreement never reads as the whole story.
    """
    if conflict.kind != "conflict" or len(conflict.sources) > rules.alignment.max_sources_within:
        return []
    # compatible reads only a claim's value key (see align._clash_keys): each pair of distinct
    # values is weighed once, however many sources give them (a corpus of thousands of articles)
    key_of = {c.id: _clash_keys(c)[0] for c in fact.claims}
    first = {}
    for claim in fact.claims:
        first.setdefault(key_of[claim.id], claim)
    fits_cache: dict = {}

    def fits(key, other) -> bool:
        if (key, other) not in fits_cache:
            fits_cache[key, other] = compatible(first[key], first[other])
        return fits_cache[key, other]

    groups: dict = {}
    weighed: set = set()
    for reading in conflict.readings:
        seed = {key_of[cid] for cid in reading.claims}
        kept = frozenset(k for k in first if all(fits(k, s) for s in seed))
        if kept in weighed:
            continue
        weighed.add(kept)
        # a source that also gives a figure left out is on neither side
        torn = {c.source for c in fact.claims if key_of[c.id] not in kept}
        group = tuple(c for c in fact.claims if key_of[c.id] in kept and c.source not in torn)
        if group and len(group) < len(fact.claims) and len({c.source for c in group}) >= 2 \
                and not _clash_across_sources(list(group)):
            groups.setdefault(frozenset(c.id for c in group), group)
    found = []
    for group in groups.values():
        shared = _fact_finding(replace(fact, claims=group), rules)
        if shared is None or shared.kind != "agreement":
            continue
        ids = set(shared.claims)
        against = tuple(r for r in conflict.readings if ids.isdisjoint(r.claims))
        others = " and ".join(f"{r.label} ({', '.join(r.sources)})" for r in against)
        found.append(replace(shared, summary=f"{shared.summary}{AGAINST_NOTE}{others}", against=against))
    return found


def _revisions_apart(fact: Fact, later_dispatches: dict) -> list[Fact]:
    """The fact without the claims of dispatches that a later dispatch of theirs contradicts
    (a revised toll), and each such dispatch's claims as a fact of its own."""
    if not later_dispatches or not any(c.source in later_dispatches for c in fact.claims):
        return [fact]
    by_source: dict = defaultdict(list)
    for claim in fact.claims:
        by_source[claim.source].append(claim)
    revised = {source for source in by_source
               if any(_revised_by(mine, theirs)
                      for later in later_dispatches.get(source, frozenset()) & by_source.keys()
                      for mine in by_source[source] for theirs in by_source[later])}
    kept = tuple(c for c in fact.claims if c.source not in revised)
    if not revised or not kept:
        return [fact]  # (dispatches whose dates, days and numbers disagree on their order revise nothing)
    parts = [Fact(kind=fact.kind, subject=fact.subject, attribute=fact.attribute, claims=kept)]
    for source in sorted(revised):
        claims = tuple(c for c in fact.claims if c.source == source)
        parts.append(Fact(kind=fact.kind, subject=fact.subject, attribute=fact.attribute, claims=claims))
    return parts


def _revised_by(mine: Claim, theirs: Claim) -> bool:
    """A later dispatch's figure revises an earlier one's when both cannot be true, or when the
    earlier was the count so far: "at least 60 passengers", then "74 people ... raising an
    earlier figure of 60" (a lower bound a later exact count passes)."""
    if not compatible(mine, theirs):
        return True
    return (mine.kind == "count" and mine.qualifier in LOWER_BOUNDS and theirs.qualifier == "exact"
            and mine.low is not None and theirs.low is not None and theirs.low > mine.low)


def _numbered(finding: Finding, number: int) -> Finding:
    return replace(finding, id=f"f{number}")


def _fact_finding(fact: Fact, rules: RuleSet, revision: bool = False) -> Optional[Finding]:
    """The finding of a fact; `revision`: a later dispatch revised one of its figures, so it
    is a conflict even where the figures overlap ("at least 60" then 74)."""
    claims = list(fact.claims)
    sources = sorted({c.source for c in claims})
    if len(sources) == 1 and all(not c.resolved and c.features.relative for c in claims):
        return None  # "last year" with no publication date: nothing a reader can check
    readings = _readings(claims)
    topic = topic_of(fact, rules)
    if len(sources) == 1:
        kind = "single_source"
    else:
        kind = "conflict" if revision or _clash_across_sources(claims) else "agreement"
    majority = _majority(readings) if kind == "conflict" else None
    summary = _summary(kind, readings)
    return Finding(
        id="",
        kind=kind,
        topic=topic,
        claims=tuple(c.id for c in claims),
        sources=tuple(sources),
        summary=summary,
        readings=tuple(readings),
        majority=majority,
    )


def _clash_across_sources(claims: list[Claim]) -> bool:
    """Do two claims of different sources fail to be `compatible`?

    Claims with one value key (what `compatible` reads) are compatible with the same claims, so
    each pair of distinct values is checked once, with the sources that give each value.
    """
    sources: dict = {}
    first: dict = {}
    for claim in _loosest_per_source(claims):
        key = _clash_keys(claim)[0]
        sources.setdefault(key, set()).add(claim.source)
        first.setdefault(key, claim)
    keys = list(first)
    for x, key_x in enumerate(keys):
        for key_y in keys[x:]:
            if key_x == key_y:
                apart = len(sources[key_x]) >= 2
            else:
                apart = not (len(sources[key_x]) == 1 and sources[key_x] == sources[key_y])
            if apart and not compatible(first[key_x], first[key_y]):
                return True
    return False


def _loosest_per_source(claims: list[Claim]) -> list[Claim]:
    """Each source's statements of the fact, a figure it also gives as "about" only so: a
    headline's "410 MLN DLRS" and the body's "about 410 mln dlrs" are one source saying about
    410 million, which 412 million fits."""
    by_source: dict = defaultdict(list)
    for claim in claims:
        by_source[claim.source].append(claim)
    kept = []
    for members in by_source.values():
        rough = {c.normalized for c in members if c.qualifier == "approximate"}
        # the same figure given exactly and as "about": the source only claims "about"
        kept.extend(c for c in members if not (c.qualifier == "exact" and c.normalized in rough))
    return kept


def _readings(claims: list[Claim]) -> list[Reading]:
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        grouped[value_label(claim)].append(claim)
    readings = [
        Reading(label=label, claims=tuple(c.id for c in members),
                sources=tuple(sorted({c.source for c in members})))
        for label, members in grouped.items()
    ]
    readings.sort(key=lambda r: (-len(r.sources), r.label))
    return readings


def _majority(readings: list[Reading]) -> Optional[str]:
    if len(readings) >= 2 and len(readings[0].sources) > len(readings[1].sources):
        return readings[0].label
    return None


def _summary(kind: str, readings: list[Reading]) -> str:
    def who(reading: Reading) -> str:
        return ", ".join(reading.sources)

    if kind == "conflict":
        return " vs ".join(f"{r.label} ({who(r)})" for r in readings)
    if kind == "agreement":
        labels = " / ".join(r.label for r in readings)
        sources = sorted({s for r in readings for s in r.sources})
        return f"{labels}: {len(sources)} sources agree ({', '.join(sources)})"
    if kind == "variant":
        return " / ".join(f"{r.label} ({who(r)})" for r in readings)
    return f"{readings[0].label}: only {who(readings[0])}"


def topic_of(fact: Fact, rules: RuleSet) -> str:
    """What the fact is about, in words: "training duration", "age of Yulia Peresild"."""
    lead = fact.claims[0]
    if lead.kind == "age":
        return f"age of {fact.subject}" if fact.subject else "age"
    attribute = fact.attribute
    increase = bool(attribute) and attribute.endswith(":increase")
    if increase:
        attribute = attribute[: -len(":increase")]
    if attribute and attribute.startswith("noun:") and lead.unit in WHICH_ONE_UNITS:
        topic = attribute[5:]  # which stage, not how many: "stage 7"
    elif attribute and attribute.startswith("noun:"):
        noun = plural(attribute[5:])
        topic = f"number of {noun}" if lead.kind == "count" else noun
    elif attribute and rules.attribute(attribute):
        topic = rules.attribute(attribute).topic
        if lead.kind == "time" and topic.endswith(" date"):
            topic = topic[: -len(" date")] + " time"  # "start date" of a date, "start time" of a time
    else:
        topic = {"date": "date", "duration": "duration", "time": "time", "money": "amount",
                 "percent": "percentage", "quantity": "quantity", "count": "number"}.get(lead.kind, lead.kind)
        topic = f"{topic}: “{_short(lead.text)}”"
    if increase:
        topic = f"{topic}, increase"
    if fact.subject and lead.kind != "age" and len(fact.subject) <= 60:
        topic = f"{topic} ({fact.subject})"
    return topic


def _short(text: str, limit: int = 40) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_label(claim: Claim) -> str:
    """A reader's form of a claim's normalized value: "3 months", "USD 4.2 billion", "October 5, 2021"."""
    prefix = QUALIFIER_WORDS.get(claim.qualifier, "")
    normalized = claim.normalized or ""
    if claim.kind == "duration":
        body = _duration_label(normalized) or claim.text
    elif claim.kind == "date":
        body = date_label(normalized) or claim.text
    elif claim.kind == "age" and claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        body = f"{format_number(float(claim.low))} to {format_number(float(claim.high))} years old"
    elif claim.kind == "age" and claim.unit == "month" and isinstance(claim.value, (int, float)):
        body = f"{format_number(float(claim.value))} months old"
    elif claim.kind == "age":
        body = f"{format_number(float(claim.value))} years old" if isinstance(claim.value, (int, float)) else claim.text
    elif claim.kind in ("money", "count") and claim.qualifier == "range" and claim.low is not None \
            and claim.high is not None:
        span = f"{human_number(float(claim.low))} to {human_number(float(claim.high))}"
        body = f"{claim.unit} {span}" if claim.kind == "money" else span
    elif claim.kind == "money" and isinstance(claim.value, (int, float)):
        body = f"{claim.unit} {human_number(float(claim.value))}"
    elif claim.kind == "percent":
        body = normalized
    elif claim.kind == "count" and claim.unit in WHICH_ONE_UNITS and normalized:
        body = normalized  # "round 9", "floor 11": which one, not how many
    elif claim.kind == "count" and isinstance(claim.value, (int, float)):
        body = human_number(float(claim.value))
    elif claim.kind == "quantity" and isinstance(claim.value, (int, float)) and claim.unit and (
            claim.low is not None and not 1e-3 <= abs(claim.low) < 1e9 and claim.low != 0):
        # "97 light-years", not "917690855840337664 m": a reader's unit for figures beyond metres
        body = f"{format_number(float(claim.value))} {claim.unit}"
    elif claim.kind == "quantity":
        body = normalized
    elif claim.kind == "time":
        body = time_label(normalized) or claim.text
    else:
        body = normalized or claim.text
    if claim.qualifier == "range":
        return body
    return prefix + body


def _duration_label(normalized: str) -> Optional[str]:
    match = re.fullmatch(r"P(?:(?P<date>(?:[\d.]+[YMWD])+))?(?:T(?P<time>(?:[\d.]+[HMS])+))?", normalized)
    if not match or not (match.group("date") or match.group("time")):
        return None
    parts = []
    for group, units in ((match.group("date"), DURATION_UNITS), (match.group("time"), TIME_UNITS)):
        for number, unit in re.findall(r"([\d.]+)([A-Z])", group or ""):
            word = units[unit]
            parts.append(f"{number} {word}{'' if float(number) == 1 else 's'}")
    return ", ".join(parts)


def time_label(normalized: str) -> Optional[str]:
    """ "T07:00" as a reader writes it, "07:00"; an offset stays ("T10:30-04:00" is "10:30 (UTC-04:00)")."""
    match = re.fullmatch(r"T(\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)?", normalized)
    if not match:
        return None
    clock, zone = match.groups()
    if not zone:
        return clock
    return f"{clock} UTC" if zone in ("Z", "+00:00", "-00:00", "+0000") else f"{clock} (UTC{zone})"


def date_label(normalized: str) -> Optional[str]:
    match = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", normalized)
    if match:
        year, month, day = match.groups()
        text = f"{MONTHS[int(month) - 1]} {int(day)}"
        return text if year == "XXXX" else f"{text}, {year}"
    match = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", normalized)
    if match:
        year, month = match.groups()
        return MONTHS[int(month) - 1] + ("" if year == "XXXX" else f" {year}")
    return normalized or None


def variants(claims: Iterable[Claim], rules: RuleSet) -> list[Finding]:
    """One finding per name spelled in more than one way across sources."""
    settings = rules.alignment
    by_form: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "name" and claim.normalized:
            by_form[claim.normalized].append(claim)
    forms = sorted(by_form)
    parent = {form: form for form in forms}

    def find(form: str) -> str:
        while parent[form] != form:
            form = parent[form]
        return form

    # block by first word, then by last word, so only plausible pairs are compared
    blocks: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        blocks["first:" + words[0]].append(form)
        blocks["last:" + words[-1][:3]].append(form)
        if len(words) > 1:
            blocks["both:" + words[0][:3] + " " + words[-1][:1]].append(form)  # "tomas brezina" / "tomasz brzezina"
    for members in blocks.values():
        for a, b in combinations(members, 2):
            if find(a) != find(b) and spelling_variant(a, b, settings.name_similarity, settings.name_min_length):
                parent[find(b)] = find(a)
    clusters: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        clusters[find(form)].append(form)
    findings = []
    for members in clusters.values():
        # spellings differ by letters ("Shipenko" / "Shepenko") or only by accents
        # ("Bălănescu" / "Balanescu"); case alone ("GALATI" / "Galati") is no spelling
        by_spelling: dict[str, list[Claim]] = defaultdict(list)
        for form in members:
            for claim in by_form[form]:
                by_spelling[_spelling_key(claim.text)].append(claim)
        if len(by_spelling) < 2:
            continue
        sources = sorted({c.source for form in members for c in by_form[form]})
        if len(sources) < 2:
            continue
        readings = []
        for key in sorted(by_spelling):
            group = sorted(by_spelling[key], key=lambda c: (c.source, c.start))
            readings.append(Reading(label=_spelling(group), claims=tuple(c.id for c in group),
                                    sources=tuple(sorted({c.source for c in group}))))
        readings.sort(key=lambda r: (-len(r.sources), r.label))
        majority = readings[0].label if len(readings[0].sources) > len(readings[1].sources) else None
        findings.append(Finding(
            id="",
            kind="variant",
            topic=f"spelling of {majority or readings[0].label}",
            claims=tuple(cid for r in readings for cid in r.claims),
            sources=tuple(sources),
            summary=_summary("variant", readings),
            readings=tuple(readings),
            majority=majority,
        ))
    return findings


def _spelling_key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _spelling(group: list[Claim]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for claim in group:
        counts[re.sub(r"\s+", " ", claim.text)] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
