"""Robustness: whatever journalists feed spacecompare, it never crashes, never hangs and never
loses their work.

- Property tests (hypothesis): arbitrary text, surrogate-free Unicode included, never crashes
  extraction; every claim's quote is the slice of the file text it points at; comparing twice
  gives byte-identical JSON.
- Adversarial inputs: extraction finishes each within a generous CPU-time bound, measured in a
  forked child that the operating system stops at the bound (so a hang fails the test instead of
  hanging the suite). Inputs that still take too long are strict xfails naming the cause.
- User rules: regexes that can backtrack without end are refused when the rules load, and
  patterns that pass the check stay fast on the text extraction gives them.
- The CLI over a mixed corpus of bad and good files, as a user runs it: exit 0, each bad file
  named once on stderr with its problem, no traceback, the reports written and nothing else.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Source, compare_loaded, extract_claims, load_rules
from compare.cli import main
from compare.report import render_json
from compare.rules import check_rules, pattern_problem
from compare.sources import plain_fields, read_source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BAD = DATA / "bad"
GOOD = DATA / "cli"

CPU_SECONDS = 5  # generous: every passing input below needs well under a second of CPU
BYTES_PER_CPU_SECOND = 100_000  # and work stays linear: a long input may take a second per 100 KB


def cpu_bound(text: str) -> int:
    return CPU_SECONDS + len(text) // BYTES_PER_CPU_SECOND
PROPERTIES = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@lru_cache(maxsize=None)
def rules():
    return load_rules()


def source_of(text: str, sid: str = "s") -> Source:
    """A .txt source holding `text`, its front matter read when it has one."""
    try:
        fields = plain_fields(text, markdown=False)
    except ValueError:  # broken front matter or no text: the file as it is
        fields = {"view": text}
    return Source(id=sid, path=f"{sid}.txt", text=text, **fields)


def assert_exact_quotes(claims, source: Source) -> None:
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(source.text), claim
        assert source.text[claim.start:claim.end] == claim.text, claim


# ---------------------------------------------------------------------------------------------
# property tests
# ---------------------------------------------------------------------------------------------

UNICODE = st.characters(blacklist_categories=("Cs",))  # any code point a decoded file can hold

# pieces of news copy, so generated text also holds values, names, qualifiers and units
NEWS = st.sampled_from([
    "12", "1,200", "3.5", "about", "at least", "more than", "nearly", "between", "and", "to", " ",
    " ", ", ", ". ", "people", "passengers", "died", "were injured", "km", "metres", "%", "per cent",
    "$4.2 million", "€10m", "on 5 October 2021", "Sunday", "last week", "in 2019", "04:35", "aged 38",
    "38-year-old", "twelve", "twenty-one", "three months", "Yulia Peresild", "Klim Shipenko",
    "Peresild", "Mr.", "Dr. ", "U.S.", "said", "\n", "\r\n", "\r", "\n\n", "\t", "\u00a0", "---\n",
    "title: x\n", "# ", "* ", "- ", "\u0645\u0627\u062a 12 \u0634\u062e\u0635\u0627",  # Arabic
    "\u05e0\u05e4\u05d8\u05e8\u05d5 7", "\u200f", "\u202e", "\U0001F680", "\U0001F1FA\U0001F1E6",
    "e\u0301", "\ufeff", "\x00", "\x0b", "\u2028", "\u2014", "\u2013", "\u201c", "\u201d", "\u2019",
    "\uff11\uff12", "\u0661\u0662", "\u00bd", "9" * 40, "-", "--", "(", ")", "[", '"',
])
NEWS_TEXT = st.lists(st.one_of(NEWS, st.text(UNICODE, max_size=4)), max_size=120).map("".join)
ANY_TEXT = st.text(UNICODE, max_size=600)
LONG_LINE = st.builds(lambda piece, n: piece * n, st.sampled_from([
    "x", "7", "1, ", "about ", "Word ", "-", "1-", ". ", "12 people ", "\u0645\u0627\u062a ", "\U0001F600 ",
]), st.integers(min_value=200, max_value=3000))


@PROPERTIES
@given(text=ANY_TEXT)
def test_any_unicode_text_never_crashes_and_quotes_are_slices(text):
    source = source_of(text)
    assert_exact_quotes(extract_claims(source, rules()), source)


@PROPERTIES
@given(text=NEWS_TEXT)
def test_news_like_text_quotes_are_slices(text):
    source = source_of(text)
    claims = extract_claims(source, rules())
    assert_exact_quotes(claims, source)
    assert extract_claims(source, rules()) == claims  # the same claims every time


@PROPERTIES
@given(text=LONG_LINE, ending=st.sampled_from(["", "\n", "\r\n", "\r"]))
def test_very_long_lines_quotes_are_slices(text, ending):
    source = source_of(text + ending)
    assert_exact_quotes(extract_claims(source, rules()), source)


@PROPERTIES
@given(lines=st.lists(NEWS_TEXT, min_size=1, max_size=8),
       endings=st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r"]), min_size=1))
def test_mixed_line_endings_quotes_are_slices(lines, endings):
    text = "".join(line + endings[i % len(endings)] for i, line in enumerate(lines))
    source = source_of(text)
    assert_exact_quotes(extract_claims(source, rules()), source)


@settings(PROPERTIES, max_examples=30)
@given(texts=st.lists(NEWS_TEXT, min_size=2, max_size=3))
def test_comparing_twice_gives_identical_json(texts):
    sources = [source_of(text, f"s{i}") for i, text in enumerate(texts)]
    first = render_json(compare_loaded(sources, rules()))
    second = render_json(compare_loaded(sources, rules()))
    assert first == second
    data = json.loads(first)
    texts_by_id = {source.id: source.text for source in sources}
    claim_ids = {claim["id"] for claim in data["claims"]}
    assert len(claim_ids) == len(data["claims"])
    for claim in data["claims"]:
        assert texts_by_id[claim["source"]][claim["start"]:claim["end"]] == claim["text"], claim
    for finding in data["findings"]:
        assert set(finding["claims"]) <= claim_ids, finding


# ---------------------------------------------------------------------------------------------
# adversarial inputs, each within a CPU-time bound
# ---------------------------------------------------------------------------------------------

def _child(send, function, args, cpu_seconds):
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))  # then SIGXCPU stops it
    start = time.process_time()
    try:
        send.send(("ok", function(*args), time.process_time() - start))
    except BaseException as exc:  # report any failure to the parent, whatever it is
        send.send(("error", f"{type(exc).__name__}: {exc}", time.process_time() - start))


class Bounded:
    """Calls run in forked children, each stopped by the system after `cpu_seconds` of CPU time.

    Children started together share the machine's cores; the bound counts each one's own CPU
    time, so it holds however busy the machine is.
    """

    def __init__(self):
        self.children = {}

    def start(self, key, function, *args, cpu_seconds: int = CPU_SECONDS) -> None:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(send, function, args, cpu_seconds), daemon=True)
        child.start()
        send.close()
        self.children[key] = (child, receive, cpu_seconds)

    def result(self, key):
        """(outcome, value, cpu): outcome 'ok' (value is the result), 'error' (value says what
        was raised) or 'timeout'."""
        child, receive, cpu_seconds = self.children.pop(key)
        try:
            # wall clock, generous: all children may be sharing one core
            if receive.poll(cpu_seconds * max(4, len(self.children) + 1) + 30):
                try:
                    return receive.recv()
                except EOFError:  # stopped at the CPU bound
                    pass
            return "timeout", None, None
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            receive.close()

    def close(self) -> None:
        for key in list(self.children):
            child, receive, _ = self.children.pop(key)
            child.kill()
            child.join()
            receive.close()


def run_bounded(function, *args, cpu_seconds: int = CPU_SECONDS):
    """function(*args) in a forked child stopped after `cpu_seconds` of CPU time."""
    bounded = Bounded()
    bounded.start("call", function, *args, cpu_seconds=cpu_seconds)
    return bounded.result("call")


def _extract_and_check(text: str):
    source = source_of(text)
    claims = extract_claims(source, rules())
    return len(claims), sum(source.text[c.start:c.end] != c.text for c in claims)


def _capitalised_words(count: int) -> str:
    stems = ["Alder", "Birch", "Cedar", "Dunmore", "Elsworth", "Fairholm", "Garrow", "Halden"]
    return " ".join(f"{stems[i % len(stems)]}{chr(97 + i % 26)}" for i in range(count))


ADVERSARIAL = [
    pytest.param("x" * 100_000, id="100 KB without spaces"),
    pytest.param("7" * 100_000, id="100 KB of digits without spaces"),
    pytest.param(_capitalised_words(50_000), id="50,000 capitalised words in a row"),
    pytest.param("about about about " * 10_000 + "12 people died.", id="10,000 times 'about about about'"),
    pytest.param("at least " * 10_000 + "5 people", id="10,000 qualifiers before one number"),
    pytest.param("between 1 and " * 5_000 + "2 people", id="5,000 nested ranges"),
    pytest.param("-" * 100_000, id="100 KB of hyphens"),
    pytest.param("twenty-" * 20_000 + "one people", id="20,000 hyphenated number words"),
    pytest.param("1-" * 25_000, id="25,000 hyphenated digits"),
    pytest.param("9" * 5000, id="a 5,000-digit number"),
    pytest.param("$" + "9" * 5000 + " million", id="5,000-digit money"),
    pytest.param("0." + "9" * 5000 + "% of " + "9" * 5000 + " km", id="5,000-digit percent and distance"),
    pytest.param(",".join(["999"] * 1700) + " people", id="a number with 1,700 thousands separators"),
    pytest.param("(" * 50_000 + "12" + ")" * 50_000, id="50,000 nested brackets"),
    pytest.param('"' * 50_000 + " 12 people", id="50,000 quote marks"),
    pytest.param("Mr. " * 20_000 + "Smith said 5 people died.", id="20,000 abbreviations"),
    pytest.param("A. " * 30_000, id="30,000 initials"),
    pytest.param("\x00word" * 20_000, id="NUL between 20,000 words"),
    pytest.param("A\r\nB\rC\n" * 15_000, id="100 KB of mixed line endings"),
    pytest.param("\u0645\u0627\u062a 12 \u0634\u062e\u0635\u0627 \u200f" * 2_000, id="RTL text with numbers"),
    pytest.param("The crew spent 12 days in orbit and " * 3_000, id="a 100 KB sentence"),
    pytest.param(" ".join(str(1900 + i % 120) for i in range(20_000)), id="20,000 years in a row"),
    pytest.param("1, 2, 3, " * 22_000, id="200 KB digit soup '1, 2, 3, '"),
    pytest.param("The ferry carried 120 passengers across the bay on Tuesday morning.\n" * 15_000,
                 id="a 1 MB article of ordinary sentences"),
    pytest.param("." * 100_000, id="100 KB of full stops"),
    pytest.param("one hundred and " * 5_000 + "people", id="5,000 times 'one hundred and'"),
]


@pytest.fixture(scope="module")
def adversarial_runs():
    """Every adversarial input started at once, so the slow ones share the machine's cores."""
    bounded = Bounded()
    for param in ADVERSARIAL:
        bounded.start(param.values[0], _extract_and_check, param.values[0], cpu_seconds=cpu_bound(param.values[0]))
    yield bounded
    bounded.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to bound CPU time")
@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_input_finishes_within_the_cpu_bound(adversarial_runs, text):
    outcome, value, cpu = adversarial_runs.result(text)
    assert outcome == "ok", f"{outcome}: {value}"
    claims, wrong_quotes = value
    assert wrong_quotes == 0
    assert cpu <= cpu_bound(text)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to bound CPU time")
def test_the_bound_stops_a_hang():
    outcome, _, _ = run_bounded(_spin, cpu_seconds=1)
    assert outcome == "timeout"


def _spin():
    while True:
        pass


# ---------------------------------------------------------------------------------------------
# user rules: backtracking traps are refused at load time
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    r"(a|a)+x",  # a repeated choice between two ways to match the same text: exponential
    r"(?:\w|\d)(?:\w|_\d)*x",
    r"(?:a|a){1,50}x",
    r"\d*\d*\d*x",  # repeats side by side that share characters: polynomial, endless on 2,000 digits
    r".*.*=",
    r"(\d+)(\d+)x",
    r"\d+1\d+x",
    r"\w+\s*\w+x",
    r"\d{1,500}\d{1,500}x",
    r"(?=(\d+\d+))x",
    r"(?:.\s+){1,3}x",  # a bounded repeat whose rounds meet
    r"\w*(?:b?x?)*y",
    r"(?i)[a-z]+[A-Z]+x",
])
def test_backtracking_traps_are_refused(pattern):
    problem = pattern_problem(pattern)
    assert problem is not None and "catastrophic backtracking" in problem, pattern


@pytest.mark.parametrize("pattern", [
    r"\w+\s+\w+", r"\d+\s*-\s*\d+", r"\d+(?:,\d{3})*", r"(?:\d{3},)+", r"(?:Mr|Mrs|Dr)\.",
    r"(?:\s|&nbsp;)+", r"^Share.*on.*Facebook", r"[a-z]+[A-Z]+x", r"(?:ab|a)*c",
    r"(?:[A-Z][a-z]+\s+){1,4}Movies", r"(?i)^(?:read more|related)\b",
])
def test_ordinary_patterns_are_accepted(pattern):
    assert pattern_problem(pattern) is None


def test_deeply_nested_repeats_are_refused_quickly():
    pattern = "(?:" * 90 + "a{2}" + "){2}" * 90
    start = time.process_time()
    problem = pattern_problem(pattern)
    assert problem is not None and "too complex" in problem
    assert time.process_time() - start < 2


def test_every_problem_in_a_user_rules_file_is_listed(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "attributes:\n"
        "  - name: crossing\n    words: [crossing]\n    colour: blue\n"
        "ignore:\n"
        "  - name: digits twice\n    pattern: '\\d*\\d*x'\n"
        "  - name: choice\n    pattern: '(a|a)+x'\n"
        "  - name: unclosed\n    pattern: '(abc'\n"
        "boilerplate:\n"
        "  - name: signature\n    pattern: '.*\\s*.*--'\n"
        "lexicons: {}\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("ignore: [\n", encoding="utf-8")
    problems = check_rules(tmp_path)
    text = "\n".join(problems)
    for expected in ("unknown key 'colour'", "ignore 'digits twice': regex has repeats side by side",
                     "ignore 'choice': regex repeats a choice", "ignore 'unclosed': invalid regex",
                     "boilerplate 'signature': regex has repeats side by side", "unknown section 'lexicons'",
                     "broken.yaml: not valid YAML"):
        assert expected in text, (expected, problems)


def _extract_with(rules_dir: str, text: str):
    ruleset = load_rules(rules_dir)
    source = source_of(text)
    return len(extract_claims(source, ruleset))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to bound CPU time")
@pytest.mark.parametrize("pattern", [r".*x", r"\w+\s+\w+x", r"\d+(?:,\d{3})*x", r"(?:[A-Z][a-z]+\s+){1,4}x"])
def test_accepted_user_patterns_stay_fast_on_long_sentences(tmp_path, pattern):
    (tmp_path / "mine.yaml").write_text(
        "ignore:\n  - name: mine\n    pattern: '" + pattern + "'\n"
        "boilerplate:\n  - name: mine\n    pattern: '" + pattern + "'\n", encoding="utf-8")
    assert check_rules(tmp_path) == []
    text = " ".join(["1" * 1900, "a" * 1900, "Word " * 400, "12 people died", "1,000" * 300, "a b " * 500])
    outcome, value, cpu = run_bounded(_extract_with, str(tmp_path), text)
    assert outcome == "ok", f"{outcome}: {value}"
    assert cpu <= CPU_SECONDS


# ---------------------------------------------------------------------------------------------
# the CLI over a mixed corpus, as a user runs it
# ---------------------------------------------------------------------------------------------

# tests/data/bad (made by tests/data/make_source_files.py): file -> its problem on stderr
BAD_FILES = {
    "bad-date.md": "front matter 'published' is not a date: 'last Sunday' (use YYYY-MM-DD)",
    "binary.txt": "binary file, not text (looks like a PNG image)",
    "broken-front-matter.md": "front matter is not valid YAML: mapping values are not allowed here (line 3)",
    "empty.txt": "file is empty",
    "fake-pdf.txt": "binary file, not text (looks like PDF)",
    "front-matter-only.md": "no text after the front matter",
    "nested/control-chars.txt": "binary file, not text",
    "nested/nul-bytes.txt": "binary file, not text (contains NUL bytes)",
    "no-body.html": "no article text found in the HTML",
    "saved-page.html": "binary file, not text (looks like a gzip archive)",
    "unclosed-front-matter.txt": "front matter has no closing '---' line",
    "whitespace.txt": "no text",
    "word-document.txt": "binary file, not text (looks like a ZIP archive or an Office document)",
}
READ_FROM_BAD = {"cp1252", "invalid-utf8", "latin1", "utf16-bom"}  # odd encodings, read correctly


def spacecompare(*args):
    """The command as a user runs it: its own process (so nothing is caught for it), time-limited."""
    command = [sys.executable, "-m", "compare.cli", *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_reports_are_byte_identical_whatever_order_sets_keep(tmp_path):
    """Python orders sets of strings differently in every process (PYTHONHASHSEED): a report
    that depended on that order would differ from one run to the next."""
    outputs = []
    for seed in ("0", "1", "2", "3"):
        out = tmp_path / seed
        command = [sys.executable, "-m", "compare.cli", "report", str(DATA / "holdout21" / "swim-record"),
                   "--out", str(out), "--format", "json,md", "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
        assert done.returncode == 0, done.stderr
        outputs.append(((out / "report.json").read_bytes(), (out / "report.md").read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2] == outputs[3]


def run_main(capsys, *args):
    """The command in this process, through its entry point: (exit status, stdout, stderr)."""
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def mixed_corpus(tmp_path):
    """Good articles, the bad-file corpus, and the bad things a repository cannot hold.

    Returns (corpus folder, {path: problem} for every file that must be named on stderr).
    """
    corpus = tmp_path / "saved"
    shutil.copytree(BAD, corpus / "bad")
    for article in GOOD.iterdir():
        shutil.copy(article, corpus / article.name)
    expected = {str(corpus / "bad" / name): problem for name, problem in BAD_FILES.items()}
    with open(corpus / "huge.txt", "wb") as handle:  # 25 MB on disk, never read
        handle.write(b"The ferry carried 120 passengers across the bays.\n" * 500_000)
    expected[str(corpus / "huge.txt")] = "file is 25 MB, over the 20 MB limit"
    os.symlink("loop-b.txt", corpus / "loop-a.txt")
    os.symlink("loop-a.txt", corpus / "loop-b.txt")
    os.symlink("no-such-article.txt", corpus / "dangling.txt")
    (corpus / "deep" / "er").mkdir(parents=True)
    os.symlink("../..", corpus / "deep" / "er" / "up")  # a folder inside itself
    os.mkfifo(corpus / "pipe.txt")  # opening it would block for ever
    (corpus / ".cache").mkdir()
    (corpus / ".cache" / "old.txt").write_bytes(b"")  # hidden: never read, never named
    expected.update({
        str(corpus / "loop-a.txt"): "symbolic link loop",
        str(corpus / "loop-b.txt"): "symbolic link loop",
        str(corpus / "dangling.txt"): "broken symbolic link (its target does not exist)",
        str(corpus / "deep" / "er" / "up"): "symbolic link loop (folder is inside itself)",
        str(corpus / "pipe.txt"): "not a regular file",
    })
    if os.geteuid() != 0:  # root reads every file
        locked = corpus / "locked.txt"
        locked.write_text("The ferry carried 130 passengers.\n", encoding="utf-8")
        locked.chmod(0)
        expected[str(locked)] = "cannot read the file (permission denied)"
    yield corpus, expected
    for path in corpus.rglob("*"):
        if not path.is_symlink() and path.exists():
            path.chmod(stat.S_IRWXU)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symbolic links and named pipes")
def test_cli_over_a_mixed_corpus_names_each_bad_file_once(mixed_corpus, tmp_path):
    corpus, expected = mixed_corpus
    out = tmp_path / "reports"
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    result = spacecompare("report", corpus, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("spacecompare: skipped ")]
    for path, problem in expected.items():
        assert skipped.count(f"spacecompare: skipped {path}: {problem}") == 1, (path, result.stderr)
    assert len(skipped) == len(expected), result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("spacecompare: warning: ")]
    assert warned == [f"spacecompare: warning: {corpus / 'bad' / 'invalid-utf8.txt'}: bytes that are not "
                      "valid utf-8 were replaced by \ufffd"]
    assert ".cache" not in result.stderr and ".hidden" not in result.stderr and ".drafts" not in result.stderr
    # the reports, and nothing else: no temporary files left, nothing written or removed elsewhere
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md", "report.xlsx"]
    after = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert [p for p in after if not p.startswith("reports")] == before
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {s["id"] for s in data["sources"]} == READ_FROM_BAD | {p.stem for p in GOOD.iterdir()}
    assert {p["path"] for p in data["problems"]} == set(expected)
    for claim in data["claims"]:
        path = next(s["path"] for s in data["sources"] if s["id"] == claim["source"])
        assert read_source(path).text[claim["start"]:claim["end"]] == claim["text"]


def test_cli_with_only_bad_files_exits_3(tmp_path):
    result = spacecompare("report", BAD / "empty.txt", BAD / "binary.txt", BAD / "no-body.html",
                          "--out", tmp_path / "reports")
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert lines[:3] == [f"spacecompare: skipped {BAD / 'empty.txt'}: file is empty",
                         f"spacecompare: skipped {BAD / 'binary.txt'}: "
                         "binary file, not text (looks like a PNG image)",
                         f"spacecompare: skipped {BAD / 'no-body.html'}: no article text found in the HTML"]
    assert lines[3:] == ["spacecompare: error: need at least 2 readable sources to compare, found 0"]
    assert not (tmp_path / "reports").exists()


def test_cli_folders_without_articles_are_named(tmp_path, capsys):
    pdfs, empty = tmp_path / "pdfs", tmp_path / "empty"
    pdfs.mkdir()
    empty.mkdir()
    (pdfs / "story.pdf").write_bytes(b"%PDF-1.4\n")
    (pdfs / ".notes.txt").write_text("hidden\n", encoding="utf-8")
    status, out, err = run_main(capsys, "report", pdfs, empty, "--out", tmp_path / "reports")
    assert status == 3 and out == ""
    why = "no .txt, .md or .html files in the folder (files of other types and hidden files are not read)"
    assert err.splitlines() == [f"spacecompare: skipped {pdfs}: {why}", f"spacecompare: skipped {empty}: {why}",
                                "spacecompare: error: need at least 2 readable sources to compare, found 0"]
    # a folder whose articles were named already is not empty
    shutil.copytree(GOOD, tmp_path / "saved")
    status, _, err = run_main(capsys, "report", *sorted((tmp_path / "saved").iterdir()), tmp_path / "saved",
                              "--out", tmp_path / "reports", "-q")
    assert status == 0 and err == ""


def test_cli_file_names_stay_on_one_line(tmp_path):
    corpus = tmp_path / "saved"
    shutil.copytree(GOOD, corpus)
    (corpus / "copy\nof notes.txt").write_bytes(b"")
    result = spacecompare("report", corpus, "--out", tmp_path / "reports", "-q")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"spacecompare: skipped {corpus}{os.sep}copy\\nof notes.txt: file is empty"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_cli_unreadable_files_folders_and_report_folders(tmp_path, capsys):
    corpus = tmp_path / "saved"
    shutil.copytree(GOOD, corpus)
    locked_file = corpus / "locked.txt"
    locked_file.write_text("The ferry carried 130 passengers.\n", encoding="utf-8")
    locked_file.chmod(0)
    locked_folder = tmp_path / "locked-folder"
    locked_folder.mkdir()
    (locked_folder / "inside.txt").write_text("The ferry carried 140 passengers.\n", encoding="utf-8")
    locked_folder.chmod(0)
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        # named one by one, the unreadable ones are skipped and the others compared
        status, _, err = run_main(capsys, "report", locked_file, locked_folder, locked_folder / "inside.txt",
                                  *sorted(GOOD.iterdir()), "--out", tmp_path / "reports")
        assert status == 0, err
        assert err.splitlines()[:3] == [
            f"spacecompare: skipped {locked_folder}: cannot read the folder (permission denied)",
            f"spacecompare: skipped {locked_folder / 'inside.txt'}: cannot read the file (permission denied)",
            f"spacecompare: skipped {locked_file}: cannot read the file (permission denied)"]
        # reports that cannot be written: exit 5, one line, nothing written
        for out, words in ((read_only, "cannot write to the report folder"),
                           (read_only / "new", "cannot create the report folder"),
                           (locked_folder / "new", "cannot create the report folder")):
            status, _, err = run_main(capsys, "report", GOOD, "--out", out)
            assert status == 5, (out, err)
            lines = err.splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"spacecompare: error: {out}: "), lines
            assert words in lines[0]
        assert list(read_only.iterdir()) == []
        # rules nobody may read: exit 4
        status, _, err = run_main(capsys, "report", GOOD, "--out", tmp_path / "reports", "--rules", locked_folder)
        assert status == 4
        assert f"{locked_folder}: cannot read the rules folder (permission denied)" in err
        # an answer key nobody may read: exit 6
        key = tmp_path / "key.json"
        key.write_text("{}", encoding="utf-8")
        key.chmod(0)
        status, _, err = run_main(capsys, "evaluate", tmp_path / "reports" / "report.json", key)
        assert status == 6 and "Traceback" not in err
    finally:
        for path in (locked_file, locked_folder, read_only):
            path.chmod(stat.S_IRWXU)


def test_cli_out_that_is_a_file_or_holds_a_folder_changes_nothing(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n", encoding="utf-8")
    result = spacecompare("report", GOOD, "--out", notes)
    assert result.returncode == 5 and "is a file, not a folder" in result.stderr
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    # a folder where one report goes: no report is replaced, not even the ones that could be
    out = tmp_path / "reports"
    (out / "report.json").mkdir(parents=True)
    (out / "report.md").write_text("last week's report\n", encoding="utf-8")
    result = spacecompare("report", GOOD, "--out", out)
    assert result.returncode == 5
    assert result.stderr.splitlines() == [
        f"spacecompare: error: {out / 'report.json'}: is a folder, cannot write the json report there"]
    assert (out / "report.md").read_text(encoding="utf-8") == "last week's report\n"
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_cli_never_writes_through_a_link_out_of_the_report_folder(tmp_path):
    precious = tmp_path / "precious.md"
    precious.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "reports"
    out.mkdir()
    os.symlink(precious, out / "report.md")
    result = spacecompare("report", GOOD, "--out", out, "-q")
    assert result.returncode == 0, result.stderr
    assert precious.read_text(encoding="utf-8") == "keep me\n"
    assert not (out / "report.md").is_symlink()
    assert re.match(r"# ", (out / "report.md").read_text(encoding="utf-8"))
