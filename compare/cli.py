"""The `spacecompare` command: a thin layer that calls the library and reports in one line.

Each command makes library calls and turns the library's typed exceptions into a clear message
and a documented exit status; nothing here decides anything about the comparison itself.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import (AnswerKeyError, InputError, OutputError, RulesError, SourceError,
                     SpacecompareError)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_RULES = 4
EXIT_OUTPUT = 5
EXIT_ANSWER_KEY = 6
PROGRESS_FROM = 20  # show progress on stderr from this many files on
DEFAULT_MAX_MB = 20.0


class CommandError(click.ClickException):
    """A library error turned into one line on stderr and an exit status."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None):
        click.echo(f"spacecompare: error: {self.format_message()}", err=True)


def _fail(exc: SpacecompareError) -> CommandError:
    if isinstance(exc, RulesError):
        return CommandError(str(exc), EXIT_RULES)
    if isinstance(exc, OutputError):
        return CommandError(str(exc), EXIT_OUTPUT)
    if isinstance(exc, AnswerKeyError):
        return CommandError(str(exc), EXIT_ANSWER_KEY)
    return CommandError(str(exc), EXIT_INPUT)


# Paths are click.Path(readable=False): click would stop the whole run at the first file it may
# not read; the library names such a file itself and compares the others.


def rules_option(command):
    return click.option(
        "--rules", "rules_dirs", multiple=True, type=click.Path(readable=False, path_type=Path),
        help="Folder (or file) of extra YAML rules, added to the shipped ones. Repeatable.",
    )(command)


def max_size_option(command):
    return click.option(
        "--max-size", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_MB, show_default=True,
        help="Skip source files larger than this many megabytes.",
    )(command)


class _Progress:
    """Progress lines on stderr for long runs; silent for a handful of files or with --quiet."""

    def __init__(self, quiet: bool, label: str):
        self.quiet = quiet
        self.label = label
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total < PROGRESS_FROM:
            return
        step = max(1, total // 10)
        if done == total or done // step != self.last:
            self.last = done // step
            click.echo(f"{self.label} {done}/{total}", err=True)


def _load(paths, rules_dirs, max_size: float, quiet: bool):
    """Rules and sources, with every unreadable file named on stderr, and every file read with
    bytes replaced (its quotes may differ from what the author wrote)."""
    from .rules import load_rules
    from .sources import load_sources

    rules = load_rules(*rules_dirs)
    sources, problems = load_sources(list(paths), max_bytes=int(max_size * 1_000_000),
                                     on_progress=_Progress(quiet, "reading sources:"))
    for problem in problems:
        click.echo(_one_line(f"spacecompare: skipped {problem.path}: {problem.problem}"), err=True)
    for source in sources:
        if "invalid bytes replaced" in source.encoding:
            encoding = source.encoding.split(" (")[0]
            click.echo(_one_line(f"spacecompare: warning: {source.path}: bytes that are not valid {encoding} "
                                 f"were replaced by \ufffd"), err=True)
    return rules, sources, problems


def _one_line(message: str) -> str:
    """A message kept on one line: control characters in file names are shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spacecompare")
def cli():
    """Compare news articles about one story.

    spacecompare reads several articles (.txt, .md, .html) and reports, with exact quotes as
    evidence, what the sources agree on, where they conflict, what only one source says, and
    where they spell the same name differently.

    \b
    Start with:
      spacecompare report sources/ --out reports/
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(readable=False, path_type=Path), default=Path("reports"),
              show_default=True, help="Folder to write report.md, report.xlsx and report.json into.")
@click.option("--format", "formats", default="md,xlsx,json", show_default=True,
              help="Comma-separated report formats to write: md, xlsx, json.")
@rules_option
@max_size_option
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
def report(paths, out_dir, formats, rules_dirs, max_size, quiet):
    """Compare the articles in PATHS and write the reports.

    PATHS are files or folders (searched recursively, hidden files skipped); the default is
    sources/. Files that cannot be read are named on stderr and the others are still compared.
    """
    from .pipeline import MIN_SOURCES, compare_loaded
    from .report import FORMATS, write_reports

    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if not chosen or unknown:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (got {formats!r})", param_hint="--format")
    paths = paths or (Path("sources"),)
    try:
        rules, sources, problems = _load(paths, rules_dirs, max_size, quiet)
        if len(sources) < MIN_SOURCES:
            raise InputError(f"need at least {MIN_SOURCES} readable sources to compare, found {len(sources)}")
        result = compare_loaded(sources, rules, problems, _Progress(quiet, "extracting claims:"))
        written = write_reports(result, out_dir, chosen)
    except SpacecompareError as exc:
        raise _fail(exc) from None
    if not quiet:
        counts = {kind: sum(1 for f in result.findings if f.kind == kind)
                  for kind in ("conflict", "variant", "agreement", "single_source")}
        click.echo(
            f"{_count(len(result.sources), 'source')}, {_count(len(result.claims), 'claim')}: "
            f"{_count(counts['conflict'], 'conflict')}, {_count(counts['variant'], 'name variant')}, "
            f"{_count(counts['agreement'], 'agreement')}, "
            f"{_count(counts['single_source'], 'single-source claim')}", err=True)
        for path in written:
            click.echo(f"wrote {path}", err=True)


def _count(number: int, noun: str) -> str:
    """A count and its noun: "1 conflict", "2 conflicts"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


CLAIM_FIELDS = ("id", "source", "kind", "subject", "attribute", "value", "unit", "normalized", "qualifier",
                "text", "start", "end", "sentence")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for reading, csv or json for other tools.")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["date", "duration", "time", "age", "money", "percent", "quantity", "count", "name"]),
              help="Only claims of this kind. Repeatable.")
@rules_option
@max_size_option
def claims(paths, fmt, kinds, rules_dirs, max_size):
    """Print the claims extracted from the articles in PATHS."""
    from .pipeline import story_claims

    try:
        rules, sources, _ = _load(paths, rules_dirs, max_size, True)
        if not sources:
            raise InputError("no readable sources")
        found = [c for c in story_claims(sources, rules) if not kinds or c.kind in kinds]
    except SpacecompareError as exc:
        raise _fail(exc) from None
    rows = [{key: record[key] for key in CLAIM_FIELDS} for record in (c.to_dict() for c in found)]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CLAIM_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(_table(rows))


def _table(rows) -> str:
    columns = ("id", "source", "kind", "subject", "attribute", "normalized", "qualifier", "text")
    widths = {"id": 6, "source": 22, "kind": 8, "subject": 22, "attribute": 14, "normalized": 18,
              "qualifier": 11, "text": 34}

    def cell(value, width):
        text = "" if value is None else " ".join(str(value).split())
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["  ".join(c.ljust(widths[c]) for c in columns).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        lines.append("  ".join(cell(row[c], widths[c]).ljust(widths[c]) for c in columns).rstrip())
    lines.append(f"{len(rows)} claims")
    return "\n".join(lines)


@cli.group()
def rules():
    """Work with the extraction rules (YAML files in rules/)."""


@rules.command("check")
@click.argument("dirs", nargs=-1, type=click.Path(readable=False, path_type=Path))
def rules_check(dirs):
    """Validate the shipped rules plus the rule files in DIRS; list every problem at once."""
    from .rules import check_rules

    problems = check_rules(*dirs)
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise CommandError(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the rules",
                           EXIT_RULES)
    click.echo("rules are valid")


@cli.command()
@click.argument("report_json", type=click.Path(readable=False, path_type=Path))
@click.argument("answer_key", type=click.Path(readable=False, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, readable=False, path_type=Path),
              help="Folder of the articles, when the report's source paths do not lead to them.")
@click.option("--verbose", "-v", is_flag=True, help="Also list the items that pass.")
def evaluate(report_json, answer_key, corpus, verbose):
    """Grade REPORT_JSON against ANSWER_KEY (expected findings, forbidden groupings).

    Prints a line for every missed or violated item, then the score:
    must (expected findings found), must_not (groupings avoided) and unexplained conflicts.
    """
    from .evaluate import evaluate_files, format_evaluation

    try:
        result = evaluate_files(report_json, answer_key, corpus)
    except SpacecompareError as exc:
        raise _fail(exc) from None
    click.echo(format_evaluation(result, verbose=verbose))


def main(argv=None) -> int:
    """Entry point: run the CLI; any unexpected error is one line, never a traceback."""
    try:
        cli.main(args=argv, prog_name="spacecompare", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("spacecompare: aborted", err=True)
        return 130
    except CommandError as exc:
        exc.show()
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("spacecompare: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug: say so plainly, without a traceback
        click.echo(f"spacecompare: internal error: {type(exc).__name__}: {exc}", err=True)
        return EXIT_INTERNAL
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
