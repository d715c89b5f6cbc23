"""The whole comparison as one call: read sources, extract claims, align, classify."""
from __future__ import annotations

import gc
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date as _date
from typing import Callable, Iterable, Optional

from .align import facts_in_turn, settle_local_currencies, settle_twelve_hour_times
from .classify import classify
from .errors import InputError
from .extract import Extractor
from .model import Claim, Report, Source
from .parallel import available_cpus, chunked, fork_context
from .rules import RuleSet, load_rules
from .sources import dateline_day, later_dispatches, load_sources

MIN_SOURCES = 2


def extract_all(sources: Iterable[Source], rules: RuleSet,
                on_progress: Optional[Callable[[int, int], None]] = None,
                workers: Optional[int] = None) -> list[Claim]:
    """Claims of every source, numbered c1, c2, ... in source order, then text order.

    Many sources are read by `workers` processes (default: one per CPU from PARALLEL_SOURCES
    sources on), in chunks, with the same claims in the same order as one process gives.
    """
    sources = list(sources)
    story = story_date(sources)
    if workers is None:
        workers = _default_workers(len(sources))
    claims: list[Claim] = []
    shared: dict = {}
    if workers > 1 and len(sources) > CHUNK_SOURCES:
        chunks = chunked(sources, CHUNK_SOURCES)
        # fork: workers start at once and share what is loaded; elsewhere the platform's default
        with ProcessPoolExecutor(workers, mp_context=fork_context(), initializer=_start_worker,
                                 initargs=(rules, story)) as pool:
            done = 0
            for chunk, found in zip(chunks, pool.map(_extract_chunk, chunks)):
                claims.extend(share_values(found, shared))
                done += len(chunk)
                if on_progress:
                    on_progress(done, len(sources))
    else:
        extractor = Extractor(rules)
        for done, source in enumerate(sources, 1):
            claims.extend(share_values(extractor.extract(source, story, dateline_date(source, story)), shared))
            if on_progress:
                on_progress(done, len(sources))
    for number, claim in enumerate(claims, 1):
        # each claim is a new object made for this call (or unpickled from a worker): number it in place
        object.__setattr__(claim, "id", f"c{number}")
    return claims


def story_claims(sources: Iterable[Source], rules: RuleSet,
                 on_progress: Optional[Callable[[int, int], None]] = None) -> list[Claim]:
    """The claims of every source, with what one source leaves open read as the others tell it
    ("twenty-five past four" beside another source's "4:25 p.m.", "12 crowns" beside "12 Norwegian
    crowns")."""
    return settle_local_currencies(settle_twelve_hour_times(extract_all(sources, rules, on_progress)), rules)


def story_date(sources: list[Source]) -> Optional[str]:
    """The date of the story: the median publication date of its dated articles. An undated
    article's "in 2021" is then as much the past as in its dated neighbours (its "on Monday"
    stays unresolved, the day it was written being unknown, unless its dateline tells the day:
    see dateline_date)."""
    dated = sorted(source.published for source in sources if source.published)
    return dated[(len(dated) - 1) // 2] if dated else None


def dateline_date(source: Source, story: Optional[str]) -> Optional[str]:
    """An undated wire dispatch's day: its dateline's ("OPORINA, Oct 15 (Meridian) -") in the
    year nearest the story's date, so that its "today" is October 15."""
    if source.published or not story:
        return None
    day = dateline_day(source)
    if day is None:
        return None
    told = _date.fromisoformat(story[:10])
    candidates = []
    for year in (told.year - 1, told.year, told.year + 1):
        try:
            candidates.append(_date(year, *day))
        except ValueError:
            continue  # February 29 in a common year
    if not candidates:
        return None
    return min(candidates, key=lambda when: abs((when - told).days)).isoformat()


@contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector: extraction and alignment make millions of small
    objects without cycles, and every automatic collection walked all the claims again (a third
    of alignment's time on 10,000 articles). Reference counting still frees memory."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


PARALLEL_SOURCES = 400  # below this, starting worker processes costs more than it saves
CHUNK_SOURCES = 50
_WORKER: dict = {}


def _default_workers(count: int) -> int:
    if count < PARALLEL_SOURCES:
        return 1
    return max(1, min(available_cpus(), count // CHUNK_SOURCES))


def _start_worker(rules: RuleSet, story: Optional[str]) -> None:
    _WORKER["extractor"] = Extractor(rules)
    _WORKER["story_date"] = story


def _extract_chunk(sources: list[Source]) -> list[Claim]:
    extractor, story = _WORKER["extractor"], _WORKER["story_date"]
    # (values shared within the chunk are pickled once on the way back)
    return share_values([claim for source in sources for claim in extractor.extract(
        source, story, dateline_date(source, story))], {})


SHARED_FIELDS = ("subject", "attribute", "unit", "normalized", "text", "context", "features")
SHARED_VALUES = 200_000  # distinct values kept by share_values before it starts afresh


def share_values(claims: list[Claim], shared: dict) -> list[Claim]:
    """The claims, each field of SHARED_FIELDS holding the first equal value `shared` has seen.

    Outlets of one story repeat their figures, names and wording: 433,000 claims of 10,000
    articles hold about 1,400 distinct features for every 43,000 claims, and their quotes and
    subjects repeat alike. One object for equal values keeps the report's process about a
    third smaller. Each claim is a new object made for this call: it is changed in place.
    """
    put = object.__setattr__
    for claim in claims:
        if len(shared) >= SHARED_VALUES:
            shared.clear()
        for name in SHARED_FIELDS:
            value = getattr(claim, name)
            put(claim, name, shared.setdefault(value, value))
    return claims


def compare_loaded(sources: Iterable[Source], rules: RuleSet, problems: Iterable = (),
                   on_progress: Optional[Callable[[int, int], None]] = None) -> Report:
    """Compare sources already read."""
    sources = tuple(sources)
    with _collector_paused():
        claims = story_claims(sources, rules, on_progress)
        # each fact is classified as it is aligned: the first ones while a child aligns the rest
        findings = classify(facts_in_turn(claims, rules), claims, rules, later_dispatches(sources))
    return Report(sources=sources, claims=tuple(claims), findings=tuple(findings), problems=tuple(problems))


def compare_sources(paths, rules: Optional[RuleSet] = None, *, max_bytes: int = 20_000_000,
                    min_sources: int = MIN_SOURCES, on_progress=None) -> Report:
    """Read the articles at `paths` (files or folders) and compare them.

    Unreadable files are skipped and listed in `Report.problems`; fewer than `min_sources`
    readable sources is an InputError, since there is nothing to compare.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    rules = rules if rules is not None else load_rules()
    sources, problems = load_sources(paths, max_bytes=max_bytes)
    if len(sources) < min_sources:
        found = f"{len(sources)} readable source{'s' if len(sources) != 1 else ''}"
        raise InputError(f"need at least {min_sources} readable sources to compare, found {found}")
    return compare_loaded(sources, rules, problems, on_progress)
