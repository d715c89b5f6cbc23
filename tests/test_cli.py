"""Tests for compare/cli.py: the `spacecompare` command, its help, outputs and exit statuses.

Exit statuses (EXIT_* in compare/cli.py): 0 ok, 1 internal error, 2 usage error, 3 unusable input
(missing path, fewer than two readable sources), 4 invalid rules, 5 report cannot be written,
6 unreadable report or answer key for `evaluate`, 130 interrupted.

tests/data/cli/ holds three short articles about one (invented) ferry accident.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from compare import cli as cli_module
from compare.cli import (CLAIM_FIELDS, EXIT_ANSWER_KEY, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT,
                         EXIT_RULES, EXIT_USAGE, cli, main)
from compare.rules import check_rules
from compare.sources import read_source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLES = DATA / "cli"
BAD_SOURCES = DATA / "bad"
BAD_RULES = DATA / "rules_bad"
SEEDS = ROOT / "sources"


def run(*args) -> click.testing.Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, prog_name="spacecompare")


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def no_traceback(result) -> None:
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------
# help
# ---------------------------------------------------------------------------------------------

def walk(group: click.Group, path=()):
    """(command path, command) for every command and group under `group`, itself included."""
    yield path, group
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from walk(command, path + (name,))
        else:
            yield path + (name,), command


COMMANDS = list(walk(cli))


def test_the_command_tree():
    assert [" ".join(path) for path, _ in COMMANDS] == ["", "claims", "evaluate", "report", "rules", "rules check"]


@pytest.mark.parametrize("path, command", COMMANDS, ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_and_option_has_help(path, command):
    assert command.help and command.help.strip(), f"{' '.join(path) or 'spacecompare'} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help and param.help.strip(), f"{path}: {param.opts} has no help text"


@pytest.mark.parametrize("path, command", COMMANDS, ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_exits_0_and_names_arguments_and_options(path, command, flag):
    result = run(*path, flag)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: spacecompare {' '.join(path)}".rstrip() + " ")
    for param in command.params:
        if isinstance(param, click.Argument):
            assert param.human_readable_name in result.stdout
        else:
            assert param.opts[0] in result.stdout
    if isinstance(command, click.Group):
        for name in command.commands:
            assert name in result.stdout
    assert main([*path, flag]) == EXIT_OK


def test_top_level_help_says_how_to_start():
    result = run("--help")
    assert "Compare news articles about one story." in result.stdout
    assert "spacecompare report sources/ --out reports/" in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"spacecompare, version {cli_module.__version__}"


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------

def test_report_writes_every_format(articles, tmp_path):
    out = tmp_path / "reports"
    result = run("report", articles, "--out", out)
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md", "report.xlsx"]
    assert result.stdout == ""  # reports go to files, messages to stderr
    summary = result.stderr.splitlines()[0]
    counted = dict((noun.rstrip("s"), (int(number), noun)) for number, noun in re.findall(
        r"(\d+) (sources?|claims?|conflicts?|name variants?|agreements?|single-source claims?)\b", summary))
    assert len(counted) == 6, summary
    for number, noun in counted.values():
        assert noun.endswith("s") is (number != 1), summary  # "1 conflict", "3 agreements"
    for name in ("report.md", "report.xlsx", "report.json"):
        assert f"wrote {out / name}" in result.stderr
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["schema"] == "spacecompare.report/1"
    assert sorted(s["id"] for s in data["sources"]) == ["coast-news", "harbour-daily", "island-wire"]
    assert counted["source"][0] == 3 and counted["claim"][0] == len(data["claims"])
    for kind, noun in (("conflict", "conflict"), ("variant", "name variant"), ("agreement", "agreement"),
                       ("single_source", "single-source claim")):
        assert counted[noun][0] == sum(1 for f in data["findings"] if f["kind"] == kind), (kind, summary)
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# ")
    assert (out / "report.xlsx").read_bytes()[:2] == b"PK"  # a zip container


def test_report_json_only(articles, tmp_path):
    out = tmp_path / "reports"
    result = run("report", articles, "--out", out, "--format", "json", "--quiet")
    assert result.exit_code == EXIT_OK
    assert [p.name for p in out.iterdir()] == ["report.json"]
    assert result.output == ""  # --quiet: nothing on stdout or stderr


def test_report_formats_are_a_comma_separated_list(articles, tmp_path):
    out = tmp_path / "reports"
    assert run("report", articles, "--out", out, "--format", " MD , json", "-q").exit_code == EXIT_OK
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md"]


@pytest.mark.parametrize("formats", ["pdf", "md,pdf", "", ","])
def test_unknown_format_is_a_usage_error(articles, tmp_path, formats):
    out = tmp_path / "reports"
    result = run("report", articles, "--out", out, "--format", formats)
    assert result.exit_code == EXIT_USAGE
    assert "--format" in result.stderr and "md, xlsx, json" in result.stderr
    assert not out.exists()
    assert main(["report", str(articles), "--out", str(out), "--format", formats]) == EXIT_USAGE


def test_missing_path_exits_3_with_one_line(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    result = run("report", missing, "--out", tmp_path / "reports")
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.splitlines() == [f"spacecompare: error: {missing}: no such file or folder"]
    no_traceback(result)
    assert not (tmp_path / "reports").exists()
    assert main(["report", str(missing), "--out", str(tmp_path / "reports")]) == EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"spacecompare: error: {missing}: no such file or folder"]


def test_default_path_is_sources_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("report")
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip() == "spacecompare: error: sources: no such file or folder"


def test_fewer_than_two_readable_sources_exits_3(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(ARTICLES / "coast-news.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    result = run("report", folder, "--out", tmp_path / "reports")
    assert result.exit_code == EXIT_INPUT
    assert f"skipped {folder / 'empty.txt'}: file is empty" in result.stderr
    assert "need at least 2 readable sources to compare, found 1" in result.stderr
    no_traceback(result)
    assert not (tmp_path / "reports").exists()


def test_empty_folder_exits_3(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("report", tmp_path / "empty", "--out", tmp_path / "reports")
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.splitlines() == [
        f"spacecompare: skipped {tmp_path / 'empty'}: no .txt, .md or .html files in the folder "
        "(files of other types and hidden files are not read)",
        "spacecompare: error: need at least 2 readable sources to compare, found 0"]


def test_files_over_max_size_are_skipped(tmp_path):
    result = run("report", SEEDS, "--out", tmp_path / "reports", "--max-size", "0.001")
    assert result.exit_code == EXIT_INPUT
    for path in sorted(SEEDS.glob("*.txt")):
        assert re.search(rf"skipped {re.escape(str(path))}: file is .* over the 1 KB limit", result.stderr)


def test_out_pointing_to_a_file_exits_5_and_leaves_it_alone(articles, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("my notes, not a report\n", encoding="utf-8")
    result = run("report", articles, "--out", target)
    assert result.exit_code == EXIT_OUTPUT
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("spacecompare: error: ") and str(target) in lines[0]
    assert "not a folder" in lines[0]
    no_traceback(result)
    assert target.read_text(encoding="utf-8") == "my notes, not a report\n"
    assert main(["report", str(articles), "--out", str(target), "-q"]) == EXIT_OUTPUT
    assert target.read_text(encoding="utf-8") == "my notes, not a report\n"


def test_invalid_rules_exit_4_listing_every_problem(articles, tmp_path):
    result = run("report", articles, "--out", tmp_path / "reports", "--rules", BAD_RULES)
    assert result.exit_code == EXIT_RULES
    problems = check_rules(BAD_RULES)
    assert len(problems) >= 10
    assert f"{len(problems)} problems in the rules" in result.stderr
    for problem in problems:
        assert problem in result.stderr
    no_traceback(result)
    assert not (tmp_path / "reports").exists()


def test_missing_rules_folder_exits_4(articles, tmp_path):
    missing = tmp_path / "my-rules"
    result = run("report", articles, "--out", tmp_path / "reports", "--rules", missing)
    assert result.exit_code == EXIT_RULES
    assert f"{missing}: no such rules folder" in result.stderr


def test_user_rules_reach_the_report(articles, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "extra.yaml").write_text(
        "attributes:\n  - name: crossing\n    topic: length of the crossing\n    kinds: [duration]\n"
        "    words: [crossing]\n", encoding="utf-8")
    out = tmp_path / "reports"
    assert run("report", articles, "--out", out, "--format", "json", "-q").exit_code == 0
    before = json.loads((out / "report.json").read_text(encoding="utf-8"))["claims"]
    assert run("report", articles, "--out", out, "--rules", rules, "--format", "json", "-q").exit_code == 0
    after = json.loads((out / "report.json").read_text(encoding="utf-8"))["claims"]
    assert "crossing" not in {c["attribute"] for c in before}
    assert [c["text"] for c in after if c["attribute"] == "crossing"] == ["40 minutes"]


BAD_FILES = {  # tests/data/bad (see tests/test_sources.py): file -> words of its problem
    "empty.txt": "empty",
    "whitespace.txt": "no text",
    "binary.txt": "PNG",
    "fake-pdf.txt": "PDF",
    "broken-front-matter.md": "front matter",
    "bad-date.md": "published",
    "unclosed-front-matter.txt": "closing '---'",
    "no-body.html": "no article text",
    "nested/control-chars.txt": "binary",
    "front-matter-only.md": "no text after the front matter",
    "nested/nul-bytes.txt": "NUL bytes",
    "word-document.txt": "Office document",
    "saved-page.html": "gzip",
}


def test_report_over_bad_files_names_each_and_still_reports(tmp_path):
    out = tmp_path / "reports"
    good = [ARTICLES / "coast-news.txt", ARTICLES / "harbour-daily.txt"]
    result = run("report", BAD_SOURCES, *good, "--out", out)
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md", "report.xlsx"]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("spacecompare: skipped ")]
    assert len(skipped) == len(BAD_FILES)
    for name, problem in BAD_FILES.items():
        line = next((s for s in skipped if s.startswith(f"spacecompare: skipped {BAD_SOURCES / name}: ")), None)
        assert line is not None, name
        assert problem in line, line
    for readable in ("utf16-bom.txt", "cp1252.txt", "latin1.txt", ".hidden.txt", ".drafts", "notes.csv"):
        assert readable not in result.stderr
    assert (f"spacecompare: warning: {BAD_SOURCES / 'invalid-utf8.txt'}: bytes that are not valid utf-8 "
            "were replaced by \ufffd") in result.stderr.splitlines()
    no_traceback(result)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in data["sources"]}
    assert {"coast-news", "harbour-daily", "cp1252", "latin1", "utf16-bom", "invalid-utf8"} == ids


def test_internal_error_is_one_line_and_exit_1(articles, tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr("compare.pipeline.compare_loaded", broken)
    assert main(["report", str(articles), "--out", str(tmp_path / "reports"), "-q"]) == EXIT_INTERNAL
    captured = capsys.readouterr()
    assert captured.err.splitlines() == ["spacecompare: internal error: RuntimeError: something inside broke"]
    assert "Traceback" not in captured.out + captured.err


def test_interrupt_exits_130(articles, tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("compare.pipeline.compare_loaded", interrupted)
    assert main(["report", str(articles), "--out", str(tmp_path / "reports"), "-q"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_usage_errors_through_main(capsys):
    assert main(["no-such-command"]) == EXIT_USAGE
    assert "No such command" in capsys.readouterr().err
    assert main(["claims"]) == EXIT_USAGE  # PATHS is required
    assert main(["report", "--max-size", "0"]) == EXIT_USAGE


def test_report_is_deterministic(articles, tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    assert run("report", articles, "--out", first, "-q").exit_code == EXIT_OK
    assert run("report", articles, "--out", second, "-q").exit_code == EXIT_OK
    for name in ("report.md", "report.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# ---------------------------------------------------------------------------------------------
# claims
# ---------------------------------------------------------------------------------------------

def claims_json(*args) -> list:
    result = run("claims", *args, "--format", "json")
    assert result.exit_code == EXIT_OK, result.output
    return json.loads(result.stdout)


def test_claims_json_quotes_slice_the_file_text(articles):
    rows = claims_json(articles)
    assert rows and all(list(row) == list(CLAIM_FIELDS) for row in rows)
    texts = {path.stem: read_source(path).text for path in articles.iterdir()}
    assert {row["source"] for row in rows} == set(texts)
    for row in rows:
        assert texts[row["source"]][row["start"]:row["end"]] == row["text"], row
    assert [row["id"] for row in rows] == [f"c{n}" for n in range(1, len(rows) + 1)]


def test_claims_json_over_encodings_and_front_matter():
    paths = [DATA / "formats" / name for name in ("front-matter.txt", "crlf.txt", "cp1252.txt", "utf16-be-bom.txt")]
    rows = claims_json(*paths)
    texts = {path.stem: read_source(path).text for path in paths}
    assert rows
    for row in rows:
        assert texts[row["source"]][row["start"]:row["end"]] == row["text"], row


def test_claims_table(articles):
    rows = claims_json(articles)
    result = run("claims", articles)
    assert result.exit_code == EXIT_OK
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "source", "kind", "subject", "attribute", "normalized", "qualifier", "text"]
    assert set(lines[1]) == {"-", " "}
    assert lines[-1] == f"{len(rows)} claims"
    assert len(lines) == len(rows) + 3
    assert all(line.split()[0] == row["id"] for line, row in zip(lines[2:], rows))


def test_claims_csv(articles):
    rows = claims_json(articles)
    result = run("claims", articles, "--format", "csv")
    assert result.exit_code == EXIT_OK
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames) == CLAIM_FIELDS
    parsed = list(reader)
    assert len(parsed) == len(rows)
    for got, row in zip(parsed, rows):
        assert (got["id"], got["text"], int(got["start"]), int(got["end"])) == (
            row["id"], row["text"], row["start"], row["end"])


def test_claims_kind_filter(articles):
    rows = claims_json(articles)
    counts = claims_json(articles, "--kind", "count")
    assert counts and {row["kind"] for row in counts} == {"count"}
    assert [row["text"] for row in counts] == [row["text"] for row in rows if row["kind"] == "count"]
    both = claims_json(articles, "--kind", "count", "--kind", "date")
    assert {row["kind"] for row in both} <= {"count", "date"} and len(both) > len(counts)
    assert run("claims", articles, "--kind", "colour").exit_code == EXIT_USAGE


def test_claims_without_readable_sources_exits_3(tmp_path):
    result = run("claims", tmp_path / "missing.txt")
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip() == f"spacecompare: error: {tmp_path / 'missing.txt'}: no such file or folder"
    result = run("claims", BAD_SOURCES / "empty.txt")
    assert result.exit_code == EXIT_INPUT and "no readable sources" in result.stderr


# ---------------------------------------------------------------------------------------------
# rules check
# ---------------------------------------------------------------------------------------------

def test_rules_check_on_shipped_rules():
    result = run("rules", "check")
    assert result.exit_code == EXIT_OK
    assert result.stdout.strip() == "rules are valid"
    assert main(["rules", "check"]) == EXIT_OK


def test_rules_check_lists_every_problem(capsys):
    result = run("rules", "check", BAD_RULES)
    assert result.exit_code == EXIT_RULES
    problems = check_rules(BAD_RULES)
    lines = result.stderr.splitlines()
    assert lines == problems + [f"spacecompare: error: {len(problems)} problems in the rules"]
    for name in ("broken.yaml", "attributes.yaml", "patterns.yaml", "alignment.yml"):
        assert any(str(BAD_RULES / name) in line for line in lines), name
    assert main(["rules", "check", str(BAD_RULES)]) == EXIT_RULES


def test_rules_check_with_a_good_user_folder(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "attributes:\n  - name: deaths\n    words: [slain]\n", encoding="utf-8")
    result = run("rules", "check", tmp_path)
    assert result.exit_code == EXIT_OK and result.stdout.strip() == "rules are valid"


# ---------------------------------------------------------------------------------------------
# evaluate
# ---------------------------------------------------------------------------------------------

SCORE_LINE = re.compile(r"^score: must \d+/\d+\s+must_not \d+/\d+\s+unexplained_conflicts \d+/\d+$", re.M)


def test_evaluate_prints_the_score(tmp_path, monkeypatch):
    # the report names its sources by relative paths; --corpus says where they are
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "sources")
    monkeypatch.chdir(work)
    assert run("report", "sources", "--out", "reports", "--format", "json", "-q").exit_code == EXIT_OK
    monkeypatch.chdir(tmp_path)
    report = work / "reports" / "report.json"
    gold = DATA / "gold-seeds.json"
    result = run("evaluate", report, gold, "--corpus", work / "sources")
    assert result.exit_code == EXIT_OK, result.output
    assert SCORE_LINE.search(result.stdout), result.stdout
    verbose = run("evaluate", report, gold, "--corpus", work / "sources", "--verbose")
    assert verbose.exit_code == EXIT_OK and len(verbose.stdout) >= len(result.stdout)
    # without --corpus the relative paths lead nowhere from here
    lost = run("evaluate", report, gold)
    assert lost.exit_code == EXIT_ANSWER_KEY
    assert "cannot find the source files" in lost.stderr and "Traceback" not in lost.output


def test_evaluate_with_unreadable_inputs_exits_6(tmp_path):
    missing = tmp_path / "report.json"
    result = run("evaluate", missing, DATA / "gold-seeds.json")
    assert result.exit_code == EXIT_ANSWER_KEY
    assert result.stderr.startswith(f"spacecompare: error: {missing}: ")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert run("evaluate", broken, DATA / "gold-seeds.json").exit_code == EXIT_ANSWER_KEY
    assert main(["evaluate", str(missing), str(DATA / "gold-seeds.json")]) == EXIT_ANSWER_KEY
