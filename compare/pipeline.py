"""The whole comparison as one call: read sources, extract claims, align, classify."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Optional

from .align import align
from .classify import classify
from .errors import InputError
from .extract import Extractor
from .model import Claim, Report, Source
from .rules import RuleSet, load_rules
from .sources import load_sources

MIN_SOURCES = 2


def extract_all(sources: Iterable[Source], rules: RuleSet,
                on_progress: Optional[Callable[[int, int], None]] = None) -> list[Claim]:
    """Claims of every source, numbered c1, c2, ... in source order, then text order."""
    sources = list(sources)
    extractor = Extractor(rules)
    claims: list[Claim] = []
    for done, source in enumerate(sources, 1):
        claims.extend(extractor.extract(source))
        if on_progress:
            on_progress(done, len(sources))
    return [replace(claim, id=f"c{number}") for number, claim in enumerate(claims, 1)]


def compare_loaded(sources: Iterable[Source], rules: RuleSet, problems: Iterable = (),
                   on_progress: Optional[Callable[[int, int], None]] = None) -> Report:
    """Compare sources already read."""
    sources = tuple(sources)
    claims = extract_all(sources, rules, on_progress)
    facts = align(claims, rules)
    findings = classify(facts, claims, rules)
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
