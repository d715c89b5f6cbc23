"""Tests for compare/rules.py: the shipped rules load, bad rules are reported all at once, and
user lexicons extend the defaults (and are used by extraction).

tests/data/rules_bad/ holds one folder of broken rule files; every problem in it is listed in
BAD_PROBLEMS below, so a missed or an invented problem both fail.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import compare
from compare.errors import RulesError
from compare.model import Source
from compare.rules import (KNOWN_KINDS, QUALIFIER_KINDS, RuleSet, check_rules,
                           default_rules_dir, iter_words, load_rules, pattern_problem)

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "rules").glob("*.y*ml"))
BAD = Path(__file__).parent / "data" / "rules_bad"

# (file, item, what is wrong): each must be named by exactly one problem line
BAD_PROBLEMS = [
    ("broken.yaml", "not valid YAML", "line 5"),
    ("alignment.yml", "alignment: agreement_threshold", "outside 0 to 1"),
    ("attributes.yaml", "unknown section 'attributez'", "known: attributes"),
    ("attributes.yaml", "attribute 'goals'", "unknown key 'synonyms'"),
    ("attributes.yaml", "attribute 'velocity'", "unknown kind 'speed'"),
    ("attributes.yaml", "attribute 'nothing'", "'words' must be a non-empty list"),
    ("attributes.yaml", "attribute 'brand_new'", "'kinds' must be a non-empty list"),
    ("attributes.yaml", "attribute 'moved'", "'change' must be true or false"),
    ("attributes.yaml", "attribute 'revised'", "'conflict_ratio' must be 0 (no limit) or at least 1"),
    ("attributes.yaml", "attribute 'loose'", "'exact_words' must be a non-empty list"),
    ("alignment.yml", "discriminator 'draft'", "'provisional' must be true or false"),
    ("alignment.yml", "discriminator 'drafted'", "'not_in' must be a non-empty list"),
    ("alignment.yml", "discriminator 'superseded'", "'replaced' must be true or false"),
    ("alignment.yml", "discriminator 'opener'", "'opening' must be true or false"),
    ("alignment.yml", "discriminator 'unmarked'", "'unmarked_apart' must be true or false"),
    ("patterns.yaml", "ignore 'unclosed group'", "invalid regex"),
    ("patterns.yaml", "ignore 'nested plus'", "catastrophic backtracking"),
    ("patterns.yaml", "ignore 'words then x'", "catastrophic backtracking"),
    ("patterns.yaml", "ignore 'group in a group'", "catastrophic backtracking"),
    ("patterns.yaml", "ignore 'repeated word'", "backreference"),
    ("patterns.yaml", "boilerplate 'bad drop'", "'drop' must be 'sentence' or 'rest', got 'everything'"),
]


def source(text: str, id: str = "s") -> Source:
    return Source(id=id, path=f"{id}.txt", text=text, view=text)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# the shipped rules
# ---------------------------------------------------------------------------------------------

def test_default_rules_dir_holds_the_shipped_files():
    folder = default_rules_dir()
    assert (folder / "attributes.yaml").is_file()
    assert {p.name for p in SHIPPED} <= {p.name for p in folder.glob("*.y*ml")}


def test_an_installed_package_finds_the_shipped_rules(tmp_path):
    """Laid out as a wheel installs it: compare/ with the rules as compare/default_rules/*.yaml."""
    site = tmp_path / "site-packages"
    shutil.copytree(ROOT / "compare", site / "compare", ignore=shutil.ignore_patterns("__pycache__"))
    (site / "compare" / "default_rules").mkdir()
    for path in SHIPPED:
        shutil.copy(path, site / "compare" / "default_rules" / path.name)
    code = ("import compare.rules as r; d = r.default_rules_dir(); "
            "print(d); print(len(r.load_rules().attributes))")
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    folder, count = done.stdout.split()
    assert Path(folder) == site / "compare" / "default_rules"
    assert int(count) == len(load_rules().attributes)


def test_shipped_rules_are_found():
    assert {"attributes.yaml", "alignment.yaml", "qualifiers.yaml", "units.yaml"} <= {p.name for p in SHIPPED}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_rule_file_loads_alone(path):
    rules = load_rules(path, include_defaults=False)
    assert rules.files == (str(path),)
    assert check_rules(path, include_defaults=False) == []


def test_default_rules_load_every_shipped_file():
    rules = load_rules()
    assert isinstance(rules, RuleSet)
    assert {Path(f).name for f in rules.files} == {p.name for p in SHIPPED}
    assert check_rules() == []


def test_shipped_rules_content_is_consistent():
    rules = load_rules()
    names = [a.name for a in rules.attributes]
    assert len(names) == len(set(names)), "attributes with one name are merged into one"
    for attribute in rules.attributes:
        assert attribute.kinds and attribute.kinds <= KNOWN_KINDS, attribute.name
        assert attribute.words and all(w == w.lower().strip() and w for w in attribute.words), attribute.name
    assert rules.attribute("growth").change and not rules.attribute("unemployment").change
    deaths = rules.attribute("deaths")
    assert deaths is not None and deaths.kinds == frozenset({"count"}) and "killed" in deaths.words
    assert rules.attribute("no-such-attribute") is None
    assert set(rules.qualifiers) == set(QUALIFIER_KINDS)
    assert "about" in rules.qualifiers["approximate"] and "at least" in rules.qualifiers["at_least"]
    assert 0 <= rules.tolerance <= 1
    assert 0 <= rules.alignment.agreement_threshold <= 1 and 0 <= rules.alignment.conflict_threshold <= 1
    km = next(u for u in rules.units if u.alias == "km")
    assert (km.dimension, km.canonical, km.factor) == ("length", "m", 1000.0)
    assert any(c.code == "USD" and "$" in c.symbols for c in rules.currencies)
    assert all(isinstance(p, re.Pattern) for p in rules.ignore)
    assert all(isinstance(p, re.Pattern) and drop in ("sentence", "rest") for p, drop in rules.boilerplate)


def test_iter_words_longest_first():
    pairs = list(iter_words(load_rules()))
    lengths = [len(word) for word, _ in pairs]
    assert lengths == sorted(lengths, reverse=True)
    assert ("death toll", "deaths") in pairs


# ---------------------------------------------------------------------------------------------
# bad rules: every problem at once, with the file and the item
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("include_defaults", [True, False])
def test_check_rules_reports_every_problem_with_file_and_item(include_defaults):
    problems = check_rules(BAD, include_defaults=include_defaults)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    for file, item, what in BAD_PROBLEMS:
        matching = [p for p in problems if p.startswith(str(BAD / file) + ": ") and item in p and what in p]
        assert len(matching) == 1, (file, item, what, problems)
    assert len(problems) == len(BAD_PROBLEMS), problems


def test_load_rules_raises_with_the_same_problems():
    with pytest.raises(RulesError) as caught:
        load_rules(BAD)
    assert caught.value.problems == check_rules(BAD)
    message = str(caught.value)
    assert message.startswith(f"{len(BAD_PROBLEMS)} problems in the rules:")
    assert all(problem in message for problem in caught.value.problems)


def test_good_files_next_to_bad_ones_are_still_checked(tmp_path):
    """A problem in one file does not hide the problems of the others."""
    write(tmp_path, "a.yaml", "alignment:\n  conflict_threshold: -0.2\n")
    write(tmp_path, "b.yaml", "attributes: [\n")
    write(tmp_path, "c.yaml", "qualifiers:\n  approximate:\n    tolerance: 2\n    words: [about]\n  sort_of:\n    words: [kinda]\n")
    problems = check_rules(tmp_path)
    assert any("a.yaml: alignment: conflict_threshold: -0.2 is outside 0 to 1" in p for p in problems)
    assert any("b.yaml: not valid YAML" in p for p in problems)
    assert any("c.yaml: qualifier 'approximate': tolerance: 2 is outside 0 to 1" in p for p in problems)
    assert any("c.yaml: qualifier 'sort_of': unknown qualifier" in p for p in problems)
    assert len(problems) == 4


def test_missing_rules_folder_is_a_problem(tmp_path):
    missing = tmp_path / "nope"
    assert check_rules(missing) == [f"{missing}: no such rules folder"]


@pytest.mark.parametrize("text, expected", [
    ("- just\n- a list\n", "expected a mapping of sections"),
    ("attributes: {name: x}\n", "attributes: expected a list of attributes"),
    ("attributes:\n  - just a word\n", "attribute #1: expected a mapping"),
    ("attributes:\n  - kinds: [count]\n    words: [x]\n", "attribute #1: 'name' is missing"),
    ("attributes:\n  - name: x\n    kinds: count\n    words: [x]\n", "attribute 'x': 'kinds' must be a non-empty list"),
    ("attributes:\n  - name: x\n    kinds: [count]\n    words: [x, null]\n", "word None is not a non-empty string"),
    ("units:\n  - dimension: length\n    canonical: m\n    aliases: {furlong: -3}\n", "alias 'furlong'"),
    ("units:\n  - dimension: volume\n    canonical: l\n    aliases: {pint: 0.473}\n    up_to: {quart: 1.1}\n",
     "up_to for 'quart', which is not one of the aliases"),
    ("units:\n  - dimension: volume\n    canonical: l\n    aliases: {pint: 0.568}\n    up_to: {pint: 0.473}\n",
     "up_to 'pint': 0.473 is outside"),
    ("units:\n  - dimension: magnitude\n    canonical: magnitude\n    aliases: {magnitude: 1}\n    symbols: [M 1]\n",
     "'symbols' must be a list of letter symbols"),
    ("currencies:\n  - code: usd\n", "three-letter ISO 4217 code"),
    ("currencies:\n  - code: KR\n    local: true\n", "a local currency's 'code' must be a short lower-case word"),
    ("currencies:\n  - code: kr\n    local: yes please\n", "'local' must be true or false"),
    ("alignment:\n  weights: {attribute: 2}\n", "weights: attribute: 2 is outside 0 to 1"),
    ("alignment:\n  conflict_threshold: high\n", "expected a number, got 'high'"),
    ("alignment:\n  max_bound_ratio: -1\n", "max_bound_ratio: -1"),
    ("alignment:\n  agreement_threshold: true\n", "expected a number, got True"),
    ("alignment:\n  rank_conflict_context: 1.5\n", "rank_conflict_context: 1.5 is outside 0 to 1"),
    ("alignment:\n  max_sources_within: -3\n", "max_sources_within: -3"),
    ("ignore:\n  - name: x\n", "ignore 'x': 'pattern' is missing"),
    ("ignore:\n  - name: x\n    pattern: 'a'\n    drop: rest\n", "ignore 'x': unknown key 'drop'"),
])
def test_each_kind_of_problem_names_file_and_item(tmp_path, text, expected):
    path = write(tmp_path, "user.yaml", text)
    problems = check_rules(tmp_path)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}: ") and expected in problems[0]


def test_empty_rule_file_is_fine(tmp_path):
    write(tmp_path, "empty.yaml", "# nothing yet\n")
    assert check_rules(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# regex safety
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, why", [
    ("(unclosed", "invalid regex"),
    ("[a-", "invalid regex"),
    (r"(a+)+$", "catastrophic"),
    (r"(\w+\s?)*x", "catastrophic"),
    (r"(a*){2,}", "catastrophic"),
    (r"((a+))+$", "catastrophic"),  # the repeated group is not the one with the quantifier
    (r"(?:x(?:y(a+)))*", "catastrophic"),
    (r"(?x) (a+) +", "catastrophic"),
    (r"(\w+) \1", "backreference"),
    (r"(?P<w>\w+) (?P=w)", "backreference"),
    ("a" * 1001, "longer than 1000"),
])
def test_unsafe_patterns_are_rejected(pattern, why):
    problem = pattern_problem(pattern)
    assert problem is not None and why in problem


@pytest.mark.parametrize("pattern", [
    r"\bfoo\b",
    r"(a)+",
    r"\d+(?:\.\d+)?",
    r"(?:[A-Z][a-z]+\s+){1,4}Movies",  # bounded repetition of a quantified group
    r"([+-]\d)+",  # '+' inside a character class is not a quantifier
    r"\((a+)\)+",  # escaped brackets are not a group
    r"(?:a{2,3}){5}",
])
def test_safe_patterns_are_accepted(pattern):
    assert pattern_problem(pattern) is None


def test_shipped_patterns_are_safe():
    for path in SHIPPED:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("ignore", "boilerplate"):
            for item in data.get(section) or []:
                assert pattern_problem(item["pattern"]) is None, (path.name, item["name"])


# ---------------------------------------------------------------------------------------------
# user lexicons
# ---------------------------------------------------------------------------------------------

USER_LEXICON = """\
attributes:
  - name: corners
    topic: corners won
    kinds: [count]
    words: [corners, corner kicks]
  # more words for a shipped attribute: kinds and topic are kept
  - name: deaths
    words: [slain, Killed]
alignment:
  conflict_threshold: 0.7
  max_bound_ratio: 3
  noun_conflict_context: 0.5
  max_sources_within: 10
"""


def test_user_lexicon_extends_and_adds_attributes(tmp_path):
    path = write(tmp_path / "mine", "sport.yaml", USER_LEXICON)
    default = load_rules()
    rules = load_rules(tmp_path / "mine")
    assert rules.files[-1] == str(path)
    corners = rules.attribute("corners")
    assert corners is not None
    assert (corners.topic, corners.kinds, corners.words) == ("corners won", frozenset({"count"}),
                                                              ("corners", "corner kicks"))
    assert default.attribute("corners") is None
    deaths, before = rules.attribute("deaths"), default.attribute("deaths")
    assert deaths.kinds == before.kinds and deaths.topic == before.topic
    assert deaths.words[: len(before.words)] == before.words
    assert "slain" in deaths.words and deaths.words.count("killed") == 1  # lower-cased, not doubled
    assert "slain" not in before.words
    assert rules.alignment.conflict_threshold == 0.7
    assert (rules.alignment.max_bound_ratio, default.alignment.max_bound_ratio) == (3, 1.5)
    assert (rules.alignment.noun_conflict_context, default.alignment.noun_conflict_context) == (0.5, 0.3)
    assert (rules.alignment.max_sources_within, default.alignment.max_sources_within) == (10, 50)
    assert rules.alignment.agreement_threshold == default.alignment.agreement_threshold
    assert len(rules.attributes) == len(default.attributes) + 1


def test_a_single_rule_file_can_be_given(tmp_path):
    path = write(tmp_path, "sport.yaml", USER_LEXICON)
    assert load_rules(path).attribute("corners") is not None


def test_extraction_uses_a_user_attribute(tmp_path):
    write(tmp_path, "sport.yaml", USER_LEXICON)
    text = "United won 11 corners in the final."
    with_lexicon = compare.extract_claims(source(text), load_rules(tmp_path))
    counts = [c for c in with_lexicon if c.kind == "count"]
    assert [(c.value, c.attribute, c.text) for c in counts] == [(11, "corners", "11 corners")]
    without = compare.extract_claims(source(text), load_rules())
    assert all(c.attribute != "corners" for c in without)


def test_extraction_uses_added_words_of_a_shipped_attribute(tmp_path):
    write(tmp_path, "sport.yaml", USER_LEXICON)
    text = "The attack left 12 people slain."
    counts = [c for c in compare.extract_claims(source(text), load_rules(tmp_path)) if c.kind == "count"]
    assert [(c.value, c.attribute) for c in counts] == [(12, "deaths")]
    default = [c for c in compare.extract_claims(source(text), load_rules()) if c.kind == "count"]
    assert all(c.attribute != "deaths" for c in default)


def test_exact_words_match_only_as_written(tmp_path):
    """A word under exact_words is not inflected: "clear" names a margin, "clearing" does not."""
    write(tmp_path, "attributes.yaml",
          "attributes:\n  - name: lead\n    kinds: [duration]\n    words: [ahead by]\n    exact_words: [clear]\n")
    rules = load_rules(tmp_path)
    text = "She finished 15 seconds clear. Crews spent 15 hours clearing the road."
    claims = [c for c in compare.extract_claims(source(text), rules) if c.kind == "duration"]
    assert [c.text for c in claims] == ["15 seconds", "15 hours"]
    assert "lead" in claims[0].features.attributes and "lead" not in claims[1].features.attributes


def test_a_provisional_figure_is_kept_apart_only_from_its_own_articles_final_one(tmp_path):
    """"Preliminary turnout was 59.8 pct" in an article with no other turnout is that article's
    turnout; beside its own final figure ("61.4 percent") it is the figure that was replaced."""
    write(tmp_path, "alignment.yaml",
          "discriminators:\n  - name: provisional\n    provisional: true\n    options:\n      - [preliminary]\n")
    rules = load_rules(tmp_path)
    assert len(rules.discriminators) - 1 in rules.provisional

    def turnout_marks(text):
        claims = [c for c in compare.extract_claims(source(text), rules) if c.kind == "percent"]
        return {c.text: c.features.marks for c in claims}

    alone = turnout_marks("Preliminary turnout was 59.8 pct, the commission said.")
    assert alone == {"59.8 pct": ()}
    replaced = turnout_marks("Preliminary turnout was 59.8 pct. Final turnout was 61.4 pct, the commission said.")
    assert replaced["59.8 pct"] and replaced["61.4 pct"] == ()


@pytest.mark.parametrize("replaced, together", [(False, True), (True, False)])
def test_a_single_mark_keeps_apart_the_same_figure_only_when_it_says_another_replaced_it(tmp_path, replaced,
                                                                                          together):
    """A mark beside one source's 12 and not beside another's keeps the two apart only when the
    rules say another figure replaced the marked one."""
    write(tmp_path, "alignment.yaml",
          f"discriminators:\n  - name: unofficial\n    replaced: {'true' if replaced else 'false'}\n"
          "    options:\n      - [unofficially]\n")
    rules = load_rules(tmp_path)
    report = compare.compare_loaded([
        source("The death toll, unofficially 12 people, was confirmed on Monday.", id="a"),
        source("The death toll stood at 12 people on Monday.", id="b"),
    ], rules)
    ids = {c.source: c.id for c in report.claims if c.kind == "count"}
    grouped = any({ids["a"], ids["b"]} <= set(f.claims) for f in report.findings)
    assert grouped is together


def test_a_discriminator_word_marks_nothing_inside_its_not_in_phrases(tmp_path):
    """"offering" marks an offer made in a dispute, not the shares sold in an initial public offering."""
    write(tmp_path, "alignment.yaml",
          "discriminators:\n  - name: offer\n    not_in: [initial public offering]\n    options:\n"
          "      - [offering]\n")
    rules = load_rules(tmp_path)
    offer = len(rules.discriminators) - 1
    assert rules.discriminator_exceptions[offer] == ("initial public offering",)

    def marks(text):
        return [{index for index, _ in c.features.marks}
                for c in compare.extract_claims(source(text), rules) if c.kind == "money"]

    assert offer not in marks("The company raised $1.5 billion in its initial public offering.")[0]
    assert offer in marks("The employer is offering $1,500 to each worker.")[0]


def test_an_attribute_word_names_nothing_inside_its_not_in_phrases(tmp_path):
    """"strike" names a walkout's length, not the lightning strike a blackout dates from."""
    write(tmp_path, "attributes.yaml",
          "attributes:\n  - name: vigil\n    kinds: [duration]\n    words: [vigil]\n"
          "    not_in: [candlelight vigil]\n")
    rules = load_rules(tmp_path)
    vigil = next(a for a in rules.attributes if a.name == "vigil")
    assert vigil.not_in == ("candlelight vigil",)
    assert "lightning strike" in next(a for a in load_rules().attributes if a.name == "strike").not_in

    def attribute(text):
        return next(c.attribute for c in compare.extract_claims(source(text), rules) if c.kind == "duration")

    assert attribute("The road reopened 25 hours after candlelight vigils began.") != "vigil"
    assert attribute("The vigil lasted 25 hours before the crowd left.") == "vigil"


def test_an_attributes_not_in_must_be_a_list_of_phrases(tmp_path):
    write(tmp_path, "attributes.yaml",
          "attributes:\n  - name: walkout\n    kinds: [duration]\n    words: [strike]\n    not_in: lightning\n")
    with pytest.raises(RulesError) as error:
        load_rules(tmp_path)
    assert "'not_in' must be a non-empty list" in str(error.value)
