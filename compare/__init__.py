"""spacecompare: compare news articles about one story.

    >>> import compare
    >>> report = compare.compare_sources(["sources/"])
    >>> report.findings_frame()          # one row per finding (pandas)
    >>> report.claims_frame()            # one row per claim

Stages, each usable alone: `load_sources` -> `extract_claims` -> `align` -> `classify`.
"""
from .align import align
from .classify import classify
from .errors import (AnswerKeyError, InputError, OutputError, RulesError, SourceError,
                     SpacecompareError)
from .extract import Extractor, extract_claims
from .model import Claim, Fact, Finding, Reading, Report, Source, SourceProblem
from .pipeline import compare_loaded, compare_sources, extract_all
from .rules import RuleSet, check_rules, load_rules
from .sources import load_sources, read_source

__version__ = "0.1.0"

__all__ = [
    "AnswerKeyError", "Claim", "Extractor", "Fact", "Finding", "InputError", "OutputError", "Reading",
    "Report", "RuleSet", "RulesError", "Source", "SourceError", "SourceProblem", "SpacecompareError",
    "align", "check_rules", "classify", "compare_loaded", "compare_sources", "extract_all",
    "extract_claims", "load_rules", "load_sources", "read_source",
]
