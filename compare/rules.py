"""Load and validate the user-editable rules in `rules/*.yaml`.

Rules are data: attribute lexicons, unit and currency tables, qualifier words, alignment
settings, discriminator groups and ignore patterns. Every file is checked key by key and every
problem is collected, so a user fixing their rules sees all mistakes in one pass
(`RulesError.problems`, each "file: item: what is wrong").
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Optional

import yaml

from .errors import RulesError

KNOWN_KINDS = {"date", "duration", "time", "age", "money", "percent", "quantity", "count", "name"}
QUALIFIER_KINDS = ("approximate", "at_least", "at_most", "more_than", "less_than")
SECTIONS = ("attributes", "units", "currencies", "qualifiers", "alignment", "discriminators", "ignore",
            "boilerplate")
ALIGNMENT_DEFAULTS = {
    "weights": {"attribute": 0.45, "subject": 0.25, "context": 0.30},
    "agreement_threshold": 0.5,
    "conflict_threshold": 0.62,
    "max_conflict_ratio": 2,
    "max_bound_ratio": 1.5,
    "name_similarity": 80,
    "name_min_length": 5,
    "noun_conflict_context": 0.3,
    "rank_conflict_context": 0.4,
    "conflict_attribute": 0.8,
    "named_by_one": 0.5,
    "max_sources_within": 50,
}
MAX_PATTERN_LENGTH = 1000


@dataclass(frozen=True)
class Attribute:
    name: str
    topic: str
    kinds: frozenset
    words: tuple
    conflicts: bool = True  # False: differing values never make a conflict (announcement dates)
    change: bool = False  # True: names a change ("rose"), so the level it reached ("rose to 4.3%") is not it
    conflict_ratio: Optional[float] = None  # overrides alignment's max_conflict_ratio (tolls are revised far)
    exact_words: tuple = ()  # matched only as written: "clear" (a margin) but not "clearing" (roads)
    not_in: tuple = ()  # phrases inside which the words name nothing: "strike" in "lightning strike"


@dataclass(frozen=True)
class Unit:
    alias: str
    dimension: str
    canonical: str
    factor: float
    before: bool = False  # written before the number: "magnitude 6.8"
    symbol: bool = False  # written before a number with a decimal point, as it is spelled: "Mw 7.4", "M5.6"
    offset: float = 0.0  # added after the factor: degrees Fahrenheit to Celsius
    # the factor the alias may also stand for where its size differs by country (the imperial
    # gallon against the US one): a value in it may lie anywhere between the two readings
    upper: Optional[float] = None


@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple
    words: tuple
    minor: tuple = ()  # words for a hundredth: cents, cts, pence


@dataclass(frozen=True)
class Alignment:
    attribute_weight: float
    subject_weight: float
    context_weight: float
    agreement_threshold: float
    conflict_threshold: float
    max_conflict_ratio: float
    max_bound_ratio: float
    name_similarity: float
    name_min_length: int
    noun_conflict_context: float
    rank_conflict_context: float
    conflict_attribute: float
    named_by_one: float
    max_sources_within: int


@dataclass(frozen=True)
class RuleSet:
    attributes: tuple
    units: tuple
    currencies: tuple
    qualifiers: dict  # qualifier kind -> tuple of words
    tolerance: float  # of "approximate"
    alignment: Alignment
    discriminators: tuple  # of discriminators, each a tuple of options, each a tuple of words
    ignore: tuple  # of compiled regexes
    boilerplate: tuple = ()  # of (compiled regex, drop) with drop "sentence" or "rest"
    files: tuple = field(default=())
    # indexes of the discriminators marking a provisional figure ("preliminary"): such a mark
    # keeps a value apart only from its own article's final figure
    provisional: frozenset = frozenset()
    # indexes of the discriminators marking a figure a later one replaces ("earlier put at 12"):
    # such a mark keeps a value apart even from the same figure told without it (provisional
    # marks do too); any other mark does not stand between one figure told by two sources
    replaced: frozenset = frozenset()
    # indexes of the discriminators whose word, opening a sentence, marks the sentence's values
    # ("An amendment from the Alliance to delay the ban ... was rejected by 80 votes to 91")
    opening: frozenset = frozenset()
    # indexes of the discriminators of several options that, like a single option, keep a marked
    # value apart from a different unmarked one ("core inflation" 2.9% and "inflation" 3.4%)
    unmarked_apart: frozenset = frozenset()
    # per discriminator, phrases inside which its words mark nothing ("initial public offering")
    discriminator_exceptions: tuple = ()

    def attribute(self, name: str) -> Optional[Attribute]:
        """The first attribute of that name (extraction and alignment ask for every claim)."""
        return self._attributes_by_name.get(name)

    def in_rule_order(self, names) -> list:
        """Attribute names in the order the rules list them: of two a word names ("worth": a
        price, a cost), the one listed first is what the value is."""
        ranks = self._attribute_ranks
        return sorted(names, key=lambda name: (ranks.get(name, len(ranks)), name))

    @cached_property
    def _attribute_ranks(self) -> dict:
        ranks: dict = {}
        for attribute in self.attributes:
            ranks.setdefault(attribute.name, len(ranks))
        return ranks

    @cached_property
    def _attributes_by_name(self) -> dict:
        table: dict = {}
        for attribute in self.attributes:
            table.setdefault(attribute.name, attribute)
        return table


def default_rules_dir() -> Path:
    """The shipped rules: the repository's `rules/` folder, installed as compare.default_rules.

    A source checkout (or editable install) reads `rules/` beside the package, so edits there
    take effect at once; an installed wheel carries the same files as package data in
    compare/default_rules/. (That folder has no __init__.py, so importlib.resources would give a
    MultiplexedPath whose str() is not a path: look beside this file instead.)
    """
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if (checkout / "attributes.yaml").is_file():
        return checkout
    return Path(__file__).resolve().parent / "default_rules"


def load_rules(*dirs, include_defaults: bool = True) -> RuleSet:
    """Read the default rules plus every `*.yaml` in `dirs` (later files extend earlier ones)."""
    paths: list[Path] = []
    problems: list[str] = []
    folders = ([default_rules_dir()] if include_defaults else []) + [Path(d) for d in dirs if d]
    for folder in folders:
        try:
            if not folder.exists():
                problems.append(f"{folder}: no such rules folder")
            elif folder.is_file():
                paths.append(folder)
            elif not folder.is_dir():
                problems.append(f"{folder}: not a rules file or folder")
            else:
                os.listdir(folder)  # glob passes over a folder it may not read, without a word
                paths.extend(sorted(p for p in folder.glob("*.y*ml") if p.is_file()))
        except OSError as exc:
            problems.append(f"{folder}: cannot read the rules folder ({(exc.strerror or str(exc)).lower()})")
    documents = []
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            problems.append(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot be read: {exc}")
            continue
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{path}: expected a mapping of sections ({', '.join(SECTIONS)})")
            continue
        documents.append((path, data))
    ruleset = _build(documents, problems)
    if problems:
        raise RulesError(problems)
    return ruleset


def check_rules(*dirs, include_defaults: bool = True) -> list[str]:
    """Every problem in the rules, as lines; empty when they are valid."""
    try:
        load_rules(*dirs, include_defaults=include_defaults)
    except RulesError as exc:
        return exc.problems
    return []


def _build(documents, problems: list) -> RuleSet:
    attributes: dict[str, dict] = {}
    units: dict[str, Unit] = {}
    currencies: dict[str, Currency] = {}
    qualifiers: dict[str, list] = {kind: [] for kind in QUALIFIER_KINDS}
    tolerance = 0.1
    alignment = {**ALIGNMENT_DEFAULTS, "weights": dict(ALIGNMENT_DEFAULTS["weights"])}
    discriminators: list[tuple] = []
    flagged: dict = {flag: set() for flag in DISCRIMINATOR_FLAGS}  # flag -> the discriminators that set it
    exceptions: list[tuple] = []
    ignore: list = []
    boilerplate: list = []
    for path, data in documents:
        for key in data:
            if key not in SECTIONS:
                problems.append(f"{path}: unknown section {key!r} (known: {', '.join(SECTIONS)})")
        _attributes(path, data.get("attributes"), attributes, problems)
        _units(path, data.get("units"), units, problems)
        _currencies(path, data.get("currencies"), currencies, problems)
        tolerance = _qualifiers(path, data.get("qualifiers"), qualifiers, problems, tolerance)
        _alignment(path, data.get("alignment"), alignment, problems)
        _discriminators(path, data.get("discriminators"), discriminators, problems, exceptions, flagged)
        _patterns(path, "ignore", data.get("ignore"), ignore, problems)
        _patterns(path, "boilerplate", data.get("boilerplate"), boilerplate, problems)
    weights = alignment["weights"]
    return RuleSet(
        attributes=tuple(
            Attribute(name, spec["topic"], frozenset(spec["kinds"]), tuple(dict.fromkeys(spec["words"])),
                      spec["conflicts"], spec["change"], spec["conflict_ratio"],
                      tuple(dict.fromkeys(spec["exact_words"])), tuple(dict.fromkeys(spec["not_in"])))
            for name, spec in attributes.items()
        ),
        units=tuple(units.values()),
        currencies=tuple(currencies.values()),
        qualifiers={kind: tuple(words) for kind, words in qualifiers.items()},
        tolerance=tolerance,
        alignment=Alignment(
            attribute_weight=weights["attribute"],
            subject_weight=weights["subject"],
            context_weight=weights["context"],
            agreement_threshold=alignment["agreement_threshold"],
            conflict_threshold=alignment["conflict_threshold"],
            max_conflict_ratio=alignment["max_conflict_ratio"],
            max_bound_ratio=alignment["max_bound_ratio"],
            name_similarity=alignment["name_similarity"],
            name_min_length=alignment["name_min_length"],
            noun_conflict_context=alignment["noun_conflict_context"],
            rank_conflict_context=alignment["rank_conflict_context"],
            conflict_attribute=alignment["conflict_attribute"],
            named_by_one=alignment["named_by_one"],
            max_sources_within=alignment["max_sources_within"],
        ),
        discriminators=tuple(discriminators),
        provisional=frozenset(flagged["provisional"]),
        # (a provisional figure is one a later one replaces, too)
        replaced=frozenset(flagged["replaced"] | flagged["provisional"]),
        opening=frozenset(flagged["opening"]),
        unmarked_apart=frozenset(flagged["unmarked_apart"]),
        discriminator_exceptions=tuple(exceptions),
        ignore=tuple(pattern for pattern, _ in ignore),
        boilerplate=tuple(boilerplate),
        files=tuple(str(path) for path, _ in documents),
    )


def _words(value, where: str, problems: list, key: str = "words") -> list:
    if not isinstance(value, list) or not value:
        problems.append(f"{where}: '{key}' must be a non-empty list of strings")
        return []
    good = []
    for word in value:
        if isinstance(word, (str, int, float)) and str(word).strip():
            good.append(str(word).strip().lower())
        else:
            problems.append(f"{where}: word {word!r} is not a non-empty string")
    return good


def _unknown_keys(item: dict, allowed: set, where: str, problems: list) -> None:
    for key in item:
        if key not in allowed:
            problems.append(f"{where}: unknown key {key!r} (known: {', '.join(sorted(allowed))})")


def _attributes(path, section, attributes: dict, problems: list) -> None:
    if section is None:
        return
    if not isinstance(section, list):
        problems.append(f"{path}: attributes: expected a list of attributes")
        return
    for index, item in enumerate(section, 1):
        where = f"{path}: attribute #{index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with name, topic, kinds, words")
            continue
        name = item.get("name")
        if isinstance(name, str) and name.strip():
            where = f"{path}: attribute {name!r}"
        else:
            problems.append(f"{where}: 'name' is missing or not a string")
            name = None
        _unknown_keys(item, {"name", "topic", "kinds", "words", "exact_words", "conflicts", "change",
                             "conflict_ratio", "not_in"},
                      where, problems)
        conflicts = _flag(item, "conflicts", True, where, problems)
        conflict_ratio = None
        if "conflict_ratio" in item:
            conflict_ratio = _number(item["conflict_ratio"], f"{where}: 'conflict_ratio'", problems, low=0)
            if conflict_ratio is not None and 0 < conflict_ratio < 1:
                problems.append(f"{where}: 'conflict_ratio' must be 0 (no limit) or at least 1, got {conflict_ratio}")
                conflict_ratio = None
        change = _flag(item, "change", False, where, problems)
        kinds = item.get("kinds")
        if kinds is None and name in attributes:
            kinds = []  # more words for an attribute defined earlier: it keeps its kinds
        elif not isinstance(kinds, list) or not kinds:
            problems.append(f"{where}: 'kinds' must be a non-empty list (of {', '.join(sorted(KNOWN_KINDS))})")
            kinds = []
        for kind in kinds:
            if kind not in KNOWN_KINDS:
                problems.append(f"{where}: unknown kind {kind!r} (known: {', '.join(sorted(KNOWN_KINDS))})")
        topic = item.get("topic", name)
        if topic is not None and not isinstance(topic, str):
            problems.append(f"{where}: 'topic' must be a string")
        words = _words(item.get("words"), where, problems)
        exact = _words(item["exact_words"], where, problems, "exact_words") if "exact_words" in item else []
        not_in = _words(item["not_in"], where, problems, "not_in") if "not_in" in item else []
        if name:
            spec = attributes.setdefault(name, {"topic": topic or name, "kinds": set(), "words": [],
                                                "exact_words": [], "conflicts": True, "change": False,
                                                "conflict_ratio": None, "not_in": []})
            if "conflicts" in item:
                spec["conflicts"] = conflicts
            if "change" in item:
                spec["change"] = change
            if conflict_ratio is not None:
                spec["conflict_ratio"] = conflict_ratio
            if "topic" in item and isinstance(topic, str):
                spec["topic"] = topic
            spec["kinds"].update(k for k in kinds if k in KNOWN_KINDS)
            spec["words"].extend(words)
            spec["exact_words"].extend(exact)
            spec["not_in"].extend(not_in)


def _number(value, where: str, problems: list, low=None, high=None):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"{where}: expected a number, got {value!r}")
        return None
    if (low is not None and value < low) or (high is not None and value > high):
        problems.append(f"{where}: {value} is outside {low} to {high}")
        return None
    return float(value)


def _units(path, section, units: dict, problems: list) -> None:
    if section is None:
        return
    if not isinstance(section, list):
        problems.append(f"{path}: units: expected a list of dimensions")
        return
    for index, item in enumerate(section, 1):
        where = f"{path}: units #{index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with dimension, canonical, aliases")
            continue
        dimension = item.get("dimension")
        if isinstance(dimension, str):
            where = f"{path}: units {dimension!r}"
        else:
            problems.append(f"{where}: 'dimension' is missing or not a string")
        _unknown_keys(item, {"dimension", "canonical", "aliases", "before", "symbols", "offsets", "up_to"}, where,
                      problems)
        before = item.get("before", [])
        if not isinstance(before, list) or not all(isinstance(w, str) and w.strip() for w in before):
            problems.append(f"{where}: 'before' must be a list of words written before the number")
            before = []
        symbols = item.get("symbols", [])
        if not isinstance(symbols, list) or not all(isinstance(w, str) and re.fullmatch(r"[^\W\d_]+", w)
                                                    for w in symbols):
            problems.append(f"{where}: 'symbols' must be a list of letter symbols written before the number")
            symbols = []
        if isinstance(dimension, str) and isinstance(item.get("canonical"), str):
            for word in before:
                word = word.strip().lower()
                units["<" + word] = Unit(word, dimension, item["canonical"], 1.0, before=True)
            for symbol in symbols:
                units["<" + symbol.lower()] = Unit(symbol, dimension, item["canonical"], 1.0, before=True,
                                                   symbol=True)
        canonical = item.get("canonical")
        if not isinstance(canonical, str):
            problems.append(f"{where}: 'canonical' is missing or not a string")
        aliases = item.get("aliases")
        if not isinstance(aliases, dict) or not aliases:
            problems.append(f"{where}: 'aliases' must map unit words to factors")
            continue
        offsets = item.get("offsets", {})
        if not isinstance(offsets, dict):
            problems.append(f"{where}: 'offsets' must map unit words to numbers added after the factor")
            offsets = {}
        for alias in offsets:
            if alias not in aliases:
                problems.append(f"{where}: offset for {alias!r}, which is not one of the aliases")
        up_to = item.get("up_to", {})
        if not isinstance(up_to, dict):
            problems.append(f"{where}: 'up_to' must map unit words to the larger factor they may also stand for")
            up_to = {}
        for alias in up_to:
            if alias not in aliases:
                problems.append(f"{where}: up_to for {alias!r}, which is not one of the aliases")
        for alias, factor in aliases.items():
            value = _number(factor, f"{where}: alias {alias!r}", problems, low=1e-12)
            offset = _number(offsets.get(alias, 0.0), f"{where}: offset {alias!r}", problems)
            upper = (_number(up_to[alias], f"{where}: up_to {alias!r}", problems, low=value)
                     if alias in up_to and value is not None else None)
            if value is not None and offset is not None and isinstance(dimension, str) and isinstance(canonical, str):
                units[str(alias).lower()] = Unit(str(alias).lower(), dimension, canonical, value, offset=offset,
                                                 upper=upper)


def _currencies(path, section, currencies: dict, problems: list) -> None:
    if section is None:
        return
    if not isinstance(section, list):
        problems.append(f"{path}: currencies: expected a list")
        return
    for index, item in enumerate(section, 1):
        where = f"{path}: currency #{index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with code, symbols, words")
            continue
        code = item.get("code")
        local = item.get("local", False)
        if not isinstance(local, bool):
            problems.append(f"{where}: 'local' must be true or false, got {local!r}")
            code = None
        elif isinstance(code, str) and re.fullmatch(r"[a-z]{1,8}" if local else r"[A-Z]{3}", code):
            where = f"{path}: currency {code}"
        elif local:
            problems.append(f"{where}: a local currency's 'code' must be a short lower-case word, got {code!r}")
            code = None
        else:
            problems.append(f"{where}: 'code' must be a three-letter ISO 4217 code, got {code!r}")
            code = None
        _unknown_keys(item, {"code", "local", "symbols", "words", "minor"}, where, problems)
        minor = item.get("minor", [])
        if not isinstance(minor, list) or not all(isinstance(w, str) and w.strip() for w in minor):
            problems.append(f"{where}: 'minor' must be a list of words for a hundredth of the currency")
            minor = []
        symbols = item.get("symbols", [])
        if not isinstance(symbols, list) or not all(isinstance(s, str) and s for s in symbols):
            problems.append(f"{where}: 'symbols' must be a list of strings")
            symbols = []
        words = _words(item.get("words"), where, problems) if "words" in item else []
        if code:
            old = currencies.get(code)
            currencies[code] = Currency(
                code,
                tuple(dict.fromkeys((old.symbols if old else ()) + tuple(symbols))),
                tuple(dict.fromkeys((old.words if old else ()) + tuple(words))),
                tuple(dict.fromkeys((old.minor if old else ()) + tuple(w.strip().lower() for w in minor))),
            )


def _qualifiers(path, section, qualifiers: dict, problems: list, tolerance: float) -> float:
    if section is None:
        return tolerance
    if not isinstance(section, dict):
        problems.append(f"{path}: qualifiers: expected a mapping of {', '.join(QUALIFIER_KINDS)}")
        return tolerance
    for kind, item in section.items():
        where = f"{path}: qualifier {kind!r}"
        if kind not in QUALIFIER_KINDS:
            problems.append(f"{where}: unknown qualifier (known: {', '.join(QUALIFIER_KINDS)})")
            continue
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with words")
            continue
        _unknown_keys(item, {"words", "tolerance"}, where, problems)
        qualifiers[kind].extend(_words(item.get("words"), where, problems))
        if "tolerance" in item:
            value = _number(item["tolerance"], f"{where}: tolerance", problems, low=0, high=1)
            if value is not None:
                tolerance = value
    return tolerance


def _alignment(path, section, alignment: dict, problems: list) -> None:
    if section is None:
        return
    where = f"{path}: alignment"
    if not isinstance(section, dict):
        problems.append(f"{where}: expected a mapping")
        return
    _unknown_keys(section, set(ALIGNMENT_DEFAULTS), where, problems)
    weights = section.get("weights")
    if weights is not None:
        if not isinstance(weights, dict):
            problems.append(f"{where}: weights: expected a mapping of attribute, subject, context")
        else:
            _unknown_keys(weights, set(ALIGNMENT_DEFAULTS["weights"]), f"{where}: weights", problems)
            for key in ALIGNMENT_DEFAULTS["weights"]:
                if key in weights:
                    value = _number(weights[key], f"{where}: weights: {key}", problems, low=0, high=1)
                    if value is not None:
                        alignment["weights"][key] = value
    for key in ("agreement_threshold", "conflict_threshold", "noun_conflict_context", "rank_conflict_context",
                "conflict_attribute", "named_by_one"):
        if key in section:
            value = _number(section[key], f"{where}: {key}", problems, low=0, high=1)
            if value is not None:
                alignment[key] = value
    for key in ("max_conflict_ratio", "max_bound_ratio"):
        if key in section:
            value = _number(section[key], f"{where}: {key}", problems, low=0)
            if value is not None:
                alignment[key] = value
    if "name_similarity" in section:
        value = _number(section["name_similarity"], f"{where}: name_similarity", problems, low=0, high=100)
        if value is not None:
            alignment["name_similarity"] = value
    for key, low, high in (("name_min_length", 1, 50), ("max_sources_within", 0, None)):
        if key in section:
            value = _number(section[key], f"{where}: {key}", problems, low=low, high=high)
            if value is not None:
                alignment[key] = int(value)


def _flag(item: dict, key: str, default: bool, where: str, problems: list) -> bool:
    """A true/false key of a rules entry; anything else is a problem, and the default holds."""
    value = item.get(key, default)
    if not isinstance(value, bool):
        problems.append(f"{where}: '{key}' must be true or false")
        return default
    return value


# the true-or-false settings of a discriminator (see RuleSet)
DISCRIMINATOR_FLAGS = ("provisional", "replaced", "opening", "unmarked_apart")


def _discriminators(path, section, discriminators: list, problems: list, exceptions: list, flagged: dict) -> None:
    """Each discriminator: {name, options: [[words], [words], ...], provisional, replaced,
    opening, unmarked_apart, not_in: [phrases]}; kept as a tuple of word tuples, its index in
    `flagged[flag]` for each of DISCRIMINATOR_FLAGS it sets, and its `not_in` phrases at the same
    index in `exceptions`."""
    if section is None:
        return
    if not isinstance(section, list):
        problems.append(f"{path}: discriminators: expected a list of {{name, options}}")
        return
    for index, item in enumerate(section, 1):
        where = f"{path}: discriminator #{index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with name and options")
            continue
        if isinstance(item.get("name"), str):
            where = f"{path}: discriminator {item['name']!r}"
        _unknown_keys(item, {"name", "options", "not_in", *DISCRIMINATOR_FLAGS}, where, problems)
        not_in = tuple(_words(item["not_in"], where, problems, key="not_in")) if "not_in" in item else ()
        flags = [flag for flag in DISCRIMINATOR_FLAGS if _flag(item, flag, False, where, problems)]
        options = item.get("options")
        if not isinstance(options, list) or not options:
            problems.append(f"{where}: 'options' must be a non-empty list of word lists")
            continue
        parsed = []
        for number, option in enumerate(options, 1):
            words = _words(option, f"{where}: option #{number}", problems)
            if words:
                parsed.append(tuple(words))
        if parsed:
            for flag in flags:
                flagged[flag].add(len(discriminators))
            discriminators.append(tuple(parsed))
            exceptions.append(not_in)


# A group that contains a quantifier (at any depth) and is itself repeated without bound:
# the classic shape of catastrophic backtracking, "(a+)+$", "((a+))+$", "(\w+\s?)*x".
_QUANTIFIER = re.compile(r"[+*]|\{(\d*),(\d*)\}|\{\d+\}")


def _quantifier_at(pattern: str, index: int):
    """(unbounded, end, fixed) for a quantifier starting at `index`, or None.

    A fixed count ('{3}', '{3,3}') matches one way only, so it is no trap inside a repeat:
    '\\d+(?:,\\d{3})*' is safe."""
    match = _QUANTIFIER.match(pattern, index)
    if not match:
        return None
    unbounded = match.group() in ("+", "*") or (match.group(1) is not None and not match.group(2))
    fixed = ((match.group(1) is None and match.group().startswith("{"))
             or (match.group(1) is not None and match.group(1) == match.group(2) != ""))
    return unbounded, match.end(), fixed


def _class_end(pattern: str, index: int) -> int:
    """Index just after the character class opening at `index` ("[...]", "[]...]", "[^]...]")."""
    position = index + 1
    if position < len(pattern) and pattern[position] == "^":
        position += 1
    if position < len(pattern) and pattern[position] == "]":
        position += 1
    while position < len(pattern) and pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    return position + 1


def _nested_quantifier(pattern: str) -> bool:
    """True when a group containing a quantifier is repeated without bound (nested groups too)."""
    quantified = [False]  # for each open group: a quantifier occurs inside it
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
        elif char == "[":
            position = _class_end(pattern, position)
        elif char == "(":
            quantified.append(False)
            position += 1
        elif char == ")" and len(quantified) > 1:
            inside = quantified.pop()
            after = position + 1
            while after < len(pattern) and pattern[after].isspace():  # verbose patterns
                after += 1
            found = _quantifier_at(pattern, after)
            if found and found[0] and inside:
                return True
            quantified[-1] = quantified[-1] or inside or (found is not None and not found[2])
            position = found[1] if found else position + 1
        else:
            found = _quantifier_at(pattern, position)
            if found:
                quantified[-1] = quantified[-1] or not found[2]
                position = found[1]
            else:
                position += 1
    return False


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")

# The structure of a pattern, as re.compile parses it, shows two more backtracking traps the
# text scan above cannot see: a repeated choice whose alternatives can match the same text,
# "(a|a)+x", "(?:\w|\d)(?:\w|_\d)*x" (exponential), and repeats side by side that can take the
# same characters, "\d*\d*x", ".*1.*=" (polynomial: a sentence of 2,000 digits never ends).
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

_LONG_REPEAT = 100  # a repeat allowing more than this many times backtracks like '*'
_CHOICE_REPEAT = 10  # a repeated choice of two ways has 2**n ways past this
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT}  # possessive repeats never backtrack
_ANY_REPEAT = _REPEATS | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())
_CHAR_OPS = {_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)
# the characters overlap is judged on: ASCII, Latin, and one or two of most scripts and spaces
_PROBE_CHARS = "".join(map(chr, range(0x250))) + (
    "\u0391\u03b1\u0416\u0436\u05d0\u0627\u0660\u0966\u0e01\u4e00\u3042\uac00\uff10"
    "\u00a0\u2009\u200b\u2013\u2019\u201c\u2028\u3000\u212a\U0001f600")
_CATEGORY_TESTS = {
    _sre.CATEGORY_DIGIT: str.isdecimal,
    _sre.CATEGORY_SPACE: str.isspace,
    _sre.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _sre.CATEGORY_LINEBREAK: lambda ch: ch == "\n",
}
_CATEGORY_TESTS.update({
    _sre.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    _sre.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _sre.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
    _sre.CATEGORY_NOT_LINEBREAK: lambda ch: ch != "\n",
})


def _matches_char(op, av, ch: str) -> bool:
    """Whether the one-character item (op, av) matches `ch`, case as written."""
    if op is _sre.LITERAL:
        return ord(ch) == av
    if op is _sre.NOT_LITERAL:
        return ord(ch) != av
    if op is _sre.ANY:
        return True  # '.' with or without DOTALL: taking newlines too only over-estimates
    negate = bool(av) and av[0][0] is _sre.NEGATE
    found = False
    for sub_op, sub_av in av[1:] if negate else av:
        if sub_op is _sre.LITERAL:
            found = ord(ch) == sub_av
        elif sub_op is _sre.RANGE:
            found = sub_av[0] <= ord(ch) <= sub_av[1]
        elif sub_op is _sre.CATEGORY:
            found = _CATEGORY_TESTS.get(sub_av, lambda _: True)(ch)
        else:
            found = True  # an item this check does not know: assume it matches
        if found:
            break
    return found != negate


_CHAR_SETS: dict = {}  # (op, av, case folded) -> probe characters, for patterns that repeat items


def _char_set(op, av, flags: int) -> frozenset:
    """The probe characters one character item matches."""
    folded = bool(flags & re.IGNORECASE)
    key = (int(op), repr(av), folded)
    if key not in _CHAR_SETS:
        if len(_CHAR_SETS) > 4096:
            _CHAR_SETS.clear()
        _CHAR_SETS[key] = _probe(op, av, folded)
    return _CHAR_SETS[key]


def _probe(op, av, folded: bool) -> frozenset:
    def variants(ch: str):
        return {v for v in (ch, ch.lower(), ch.upper()) if len(v) == 1} if folded else (ch,)

    return frozenset(ch for ch in _PROBE_CHARS if any(_matches_char(op, av, v) for v in variants(ch)))


def _inner(op, av, flags: int):
    """The (items, flags) inside a group-like item, or None."""
    if op is _sre.SUBPATTERN:
        return list(av[-1]), (flags | av[1]) & ~av[2]
    if _ATOMIC is not None and op is _ATOMIC:
        return list(av), flags
    return None


def _nullable(items, flags: int) -> bool:
    """Whether the sequence can match the empty string."""
    for op, av in items:
        inner = _inner(op, av, flags)
        if op in _CHAR_OPS:
            return False
        if inner is not None and not _nullable(*inner):
            return False
        if op is _sre.BRANCH and not any(_nullable(list(alt), flags) for alt in av[1]):
            return False
        if op in _ANY_REPEAT and av[0] > 0 and not _nullable(list(av[2]), flags):
            return False
    return True


def _first_chars(items, flags: int) -> frozenset:
    """The probe characters a match of the sequence can start with."""
    first: frozenset = frozenset()
    for op, av in items:
        inner = _inner(op, av, flags)
        if op in _CHAR_OPS:
            return first | _char_set(op, av, flags)
        if inner is not None:
            first |= _first_chars(*inner)
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                first |= _first_chars(list(alternative), flags)
        elif op in _ANY_REPEAT:
            first |= _first_chars(list(av[2]), flags)
        elif op is _sre.GROUPREF_EXISTS:
            for alternative in av[1:]:
                first |= _first_chars(list(alternative or ()), flags)
        elif op not in _ZERO_WIDTH:
            return frozenset(_PROBE_CHARS)  # a group reference: could be anything
        if not _nullable([(op, av)], flags):
            return first
    return first


def _ambiguous_choice(items, flags: int) -> bool:
    """A choice (outside nested repeats) whose alternatives can match the same text."""
    for op, av in items:
        inner = _inner(op, av, flags)
        if inner is not None and _ambiguous_choice(*inner):
            return True
        if op is _sre.BRANCH:
            alternatives = [list(alt) for alt in av[1]]
            if sum(_nullable(alt, flags) for alt in alternatives) > 1:
                return True
            seen: frozenset = frozenset()
            for alternative in alternatives:
                first = _first_chars(alternative, flags)
                if first & seen:
                    return True
                seen |= first
            if any(_ambiguous_choice(alt, flags) for alt in alternatives):
                return True
    return False


def _long_char_repeat(op, av, flags: int) -> Optional[frozenset]:
    """The characters of a long repeat of one character item ('\\d*', '.+', '(x{2,})'), else None."""
    inner = _inner(op, av, flags) if op is _sre.SUBPATTERN else None
    if inner is not None:
        items, inner_flags = inner
        return _long_char_repeat(*items[0], inner_flags) if len(items) == 1 else None
    if op in _REPEATS and av[1] > _LONG_REPEAT and len(av[2]) == 1 and av[2][0][0] in _CHAR_OPS:
        return _char_set(*av[2][0], flags)
    return None


_SIDE_BY_SIDE = ("regex has repeats side by side that can match the same characters, as in '\\d*\\d*' "
                 "(catastrophic backtracking risk)")
_REPEATED_CHOICE = ("regex repeats a choice whose alternatives can match the same text "
                    "(catastrophic backtracking risk)")
_CHECK_STEPS = 20_000  # a pattern needing more steps than this to check is refused as too complex


class _Trap(Exception):
    """A backtracking trap found in a pattern; the message says which."""


class _OpenRuns:
    """Follows a parsed pattern from left to right, keeping the characters that long repeats seen
    so far could still take: the characters of each repeat, narrowed to what every item since
    could also match. A new long repeat that can take one of them is a trap ('\\d+1\\d+x': on a
    run of digits the two repeats can split it in every possible way, and each way fails)."""

    def __init__(self):
        self.steps = 0

    def follow(self, items, flags: int, runs: list) -> list:
        """The runs still open after the sequence, given those open before it."""
        for op, av in items:
            self.steps += 1
            if self.steps > _CHECK_STEPS:
                raise _Trap("regex is too complex to check for catastrophic backtracking; simplify it")
            runs = self._item(op, av, flags, runs)
        return runs

    def _item(self, op, av, flags: int, runs: list) -> list:
        chars = _long_char_repeat(op, av, flags)
        if chars is not None:
            if any(chars & run for run in runs):
                raise _Trap(_SIDE_BY_SIDE)
            return (runs if _nullable([(op, av)], flags) else []) + [chars]
        if op in _CHAR_OPS:
            chars = _char_set(op, av, flags)
            return [run & chars for run in runs if run & chars]
        inner = _inner(op, av, flags)
        if inner is not None:
            after = self.follow(inner[0], inner[1], runs)
            return _merged(after, runs) if _nullable(*inner) else after
        if op is _sre.BRANCH:
            return _merged(*(self.follow(list(alternative), flags, runs) for alternative in av[1]))
        if op in _ANY_REPEAT:
            low, high, body = av[0], av[1], list(av[2])
            if op in _REPEATS and high > _CHOICE_REPEAT and _ambiguous_choice(body, flags):
                raise _Trap(_REPEATED_CHOICE)
            if high == 0:
                return runs
            if op in _REPEATS and high > _LONG_REPEAT and any(_first_chars(body, flags) & run for run in runs):
                raise _Trap(_SIDE_BY_SIDE)  # '\w*(?:b?x?)*y': the group takes letters one by one too
            backtracks = op in _REPEATS  # a possessive repeat gives nothing back
            once = self.follow(body, flags, runs if backtracks else [])
            # a second time round meets what the first left open: '(?:.\s+){1,3}x'
            after = _merged(once, self.follow(body, flags, once if backtracks else [])) if high > 1 else once
            return _merged(after, runs) if low == 0 or _nullable(body, flags) else after
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            self.follow(list(av[1]), flags, [])  # a lookaround takes nothing from the text around it
            return runs
        if op is _sre.GROUPREF_EXISTS:
            return _merged(runs, *(self.follow(list(alternative), flags, runs)
                                   for alternative in av[1:] if alternative is not None))
        if op in _ZERO_WIDTH:
            return runs
        return []


def _merged(*lists) -> list:
    return list(dict.fromkeys(run for runs in lists for run in runs))


def _structure_problem(pattern: str) -> Optional[str]:
    # the parse tree is the re module's own and may change shape between Python versions: a
    # tree this check cannot read leaves the pattern to the other checks
    try:
        parsed = _sre_parse.parse(pattern)
        _OpenRuns().follow(list(parsed), parsed.state.flags, [])
    except _Trap as trap:
        return str(trap)
    except RecursionError:
        return "regex is nested too deeply to check for catastrophic backtracking; simplify it"
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None
    return None


def pattern_problem(pattern: str) -> Optional[str]:
    """Why a user regex is unsafe or invalid, or None. Compiles it and rejects backtracking traps."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"pattern is longer than {MAX_PATTERN_LENGTH} characters"
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"invalid regex: {exc}"
    if _nested_quantifier(pattern):
        return "regex has a quantified group containing a quantifier (catastrophic backtracking risk)"
    if _BACKREFERENCE.search(pattern):
        return "regex uses a backreference (catastrophic backtracking risk)"
    return _structure_problem(pattern)


def _patterns(path, section_name: str, section, compiled: list, problems: list) -> None:
    """Sections that list named regexes: `ignore` and `boilerplate`."""
    if section is None:
        return
    if not isinstance(section, list):
        problems.append(f"{path}: {section_name}: expected a list of {{name, pattern}}")
        return
    allowed = {"name", "pattern", "drop"} if section_name == "boilerplate" else {"name", "pattern"}
    for index, item in enumerate(section, 1):
        where = f"{path}: {section_name} #{index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected a mapping with name and pattern")
            continue
        if isinstance(item.get("name"), str):
            where = f"{path}: {section_name} {item['name']!r}"
        _unknown_keys(item, allowed, where, problems)
        drop = item.get("drop", "sentence")
        if drop not in ("sentence", "rest"):
            problems.append(f"{where}: 'drop' must be 'sentence' or 'rest', got {drop!r}")
        pattern = item.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            problems.append(f"{where}: 'pattern' is missing or not a string")
            continue
        problem = pattern_problem(pattern)
        if problem:
            problems.append(f"{where}: {problem}")
        else:
            compiled.append((re.compile(pattern), drop))


def iter_words(rules: RuleSet) -> Iterable[tuple[str, str]]:
    """(word, attribute name) for every lexicon word, longest first, for building matchers."""
    pairs = [(word, attribute.name) for attribute in rules.attributes
             for word in attribute.words + attribute.exact_words]
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0], pair[1]))
