"""Writing reports: every format rendered before any file is touched, each file replaced atomically."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import compare.report as report_module
from compare.errors import OutputError, SourceError, SpacecompareError
from compare.report import FORMATS, render, write_reports
from compare.report.atomic import write_atomic
from report_fixtures import bridge_report, hostile_report


def tree(root: Path) -> dict:
    """Every file under root with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_writes_every_format(tmp_path):
    report = bridge_report()
    out = tmp_path / "out" / "nested"
    paths = write_reports(report, out)
    assert paths == [out / "report.md", out / "report.xlsx", out / "report.json"]
    for fmt, path in zip(FORMATS, paths):
        assert path.read_bytes() == render(report, fmt)
    assert tree(tmp_path).keys() == {"out/nested/report.md", "out/nested/report.xlsx", "out/nested/report.json"}


def test_writes_only_the_asked_formats_under_the_basename(tmp_path):
    paths = write_reports(bridge_report(), tmp_path, formats=["json", "md", "json"], basename="bridge")
    assert paths == [tmp_path / "bridge.json", tmp_path / "bridge.md"]
    assert sorted(os.listdir(tmp_path)) == ["bridge.json", "bridge.md"]
    assert write_reports(bridge_report(), tmp_path, formats="md") == [tmp_path / "report.md"]


def test_nothing_outside_out_dir_is_touched(tmp_path):
    (tmp_path / "keep.txt").write_text("keep")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    before = tree(tmp_path)
    write_reports(bridge_report(), out)
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("reports/report.")} == before


def test_out_dir_that_is_a_file(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("not a folder")
    with pytest.raises(OutputError) as caught:
        write_reports(bridge_report(), target)
    message = str(caught.value)
    assert str(target) in message and "\n" not in message
    assert target.read_text() == "not a folder"


def test_out_dir_below_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create the report folder"):
        write_reports(bridge_report(), blocker / "reports")


def test_unknown_format_and_bad_basename(tmp_path):
    with pytest.raises(OutputError, match="unknown report format 'pdf'"):
        write_reports(bridge_report(), tmp_path, formats=("md", "pdf"))
    with pytest.raises(OutputError):
        render(bridge_report(), "html")
    for basename in ("../escape", "a/b", "", ".."):
        with pytest.raises(OutputError):
            write_reports(bridge_report(), tmp_path / "out", basename=basename)
    assert not (tmp_path / "escape.md").exists()
    assert list(tmp_path.rglob("*.md")) == []


def test_failing_renderer_leaves_previous_reports_intact(tmp_path, monkeypatch):
    write_reports(bridge_report(), tmp_path)
    before = tree(tmp_path)

    def broken(report):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(report_module, "render_xlsx", broken)
    with pytest.raises(OutputError, match="could not render the xlsx report: renderer exploded"):
        write_reports(bridge_report(), tmp_path)
    assert tree(tmp_path) == before  # report.md was not rewritten even though md renders first


def test_failing_write_removes_the_temporary_file(tmp_path, monkeypatch):
    write_reports(bridge_report(), tmp_path, formats=["md"])
    before = tree(tmp_path)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="report.md: cannot write the report"):
        write_reports(bridge_report(), tmp_path, formats=["md"])
    assert tree(tmp_path) == before


def test_write_atomic_replaces_and_cleans_up(tmp_path):
    target = tmp_path / "a.bin"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.bin"]


def test_a_folder_where_the_report_should_go(tmp_path):
    (tmp_path / "report.md").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_reports(bridge_report(), tmp_path, formats=["md"])


def test_undecodable_text_never_breaks_a_format():
    """Lone surrogates (from bytes a reader could not decode) and XML non-characters."""
    import dataclasses
    import io
    import json

    import openpyxl

    report = bridge_report()
    odd = dataclasses.replace(report.claims[0], sentence="bad \ud800 and \uffff here \x0b")
    report = dataclasses.replace(report, claims=(odd,) + report.claims[1:])
    markdown = render(report, "md").decode("utf-8")
    assert "bad \ufffd and \uffff here" in markdown
    assert json.loads(render(report, "json"))["claims"][0]["sentence"] == odd.sentence
    workbook = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))
    assert workbook["Claims"]["M2"].value == "bad \ufffd and \ufffd here "


# ---------------------------------------------------------------- the workbook rendered in a child process

needs_fork = pytest.mark.skipif(not report_module._forking(), reason="renders in a child process only on Linux")


@pytest.fixture
def in_a_child(monkeypatch):
    """Every report counts as large: the workbook is rendered in a forked child."""
    monkeypatch.setattr(report_module, "PARALLEL_CLAIMS", 0)
    forks = []
    real = report_module._Child

    class Counted(real):
        def __init__(self, *args):
            forks.append(args[1])
            super().__init__(*args)

    monkeypatch.setattr(report_module, "_Child", Counted)
    return forks


@needs_fork
@pytest.mark.parametrize("make", [bridge_report, hostile_report])
def test_reports_rendered_beside_a_child_are_the_sequential_ones(tmp_path, in_a_child, make, capfd):
    report = make()
    paths = write_reports(report, tmp_path / "child")
    assert in_a_child == ["xlsx"]
    assert [p.name for p in paths] == ["report.md", "report.xlsx", "report.json"]
    for fmt, path in zip(FORMATS, paths):
        assert path.read_bytes() == render(report, fmt)
    assert capfd.readouterr() == ("", "")  # nothing printed, by either process
    assert sorted(os.listdir(tmp_path / "child")) == ["report.json", "report.md", "report.xlsx"]


@needs_fork
def test_only_a_workbook_with_other_formats_goes_to_a_child(tmp_path, in_a_child):
    assert write_reports(bridge_report(), tmp_path, formats=["xlsx"]) == [tmp_path / "report.xlsx"]
    assert write_reports(bridge_report(), tmp_path, formats=["md", "json"])
    assert in_a_child == []
    paths = write_reports(bridge_report(), tmp_path, formats=["json", "xlsx"], basename="b")
    assert in_a_child == ["xlsx"]
    assert paths == [tmp_path / "b.json", tmp_path / "b.xlsx"]
    assert paths[1].read_bytes() == render(bridge_report(), "xlsx")


def test_small_reports_are_rendered_here(tmp_path, monkeypatch):
    def no_child(*args):
        raise AssertionError("no child process for a small report")

    monkeypatch.setattr(report_module, "_Child", no_child)
    assert len(write_reports(bridge_report(), tmp_path)) == 3


def test_no_child_while_other_threads_run(tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(report_module, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(report_module, "_Child", None)  # would fail if used
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not report_module._forking()
        assert len(write_reports(bridge_report(), tmp_path)) == 3
    finally:
        release.set()
        other.join()


def test_no_child_when_a_copy_would_not_fit_the_memory_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(report_module, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(report_module, "FORK_MEMORY_BUDGET", 1)
    monkeypatch.setattr(report_module, "_Child", None)  # would fail if used
    assert not report_module._forking()
    assert len(write_reports(bridge_report(), tmp_path)) == 3


@needs_fork
def test_no_child_when_what_rendering_adds_would_not_fit_the_memory_budget(tmp_path, monkeypatch):
    # room for a copy of this process and a little more, not for the claims' rendering
    monkeypatch.setattr(report_module, "FORK_MEMORY_BUDGET", 2 * report_module._resident_bytes() + 50_000_000)
    assert report_module._forking(0)
    assert not report_module._forking(100_000_000)
    monkeypatch.setattr(report_module, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(report_module, "RENDER_BYTES_PER_CLAIM", 10**9)
    monkeypatch.setattr(report_module, "_Child", None)  # would fail if used
    assert len(write_reports(bridge_report(), tmp_path)) == 3


def no_children_left() -> bool:
    """No child process of this one is left, running or waiting to be reaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@needs_fork
@pytest.mark.parametrize("failure, message", [
    (RuntimeError("renderer exploded"), "could not render the xlsx report: renderer exploded"),
    (OutputError("the workbook is too large"), "the workbook is too large"),
    (SourceError("sources/a.txt", "cannot be read"), "sources/a.txt: cannot be read"),
    (KeyboardInterrupt(), "could not render the xlsx report: KeyboardInterrupt: "),
])
def test_an_error_in_the_child_is_raised_here_and_nothing_is_written(tmp_path, in_a_child, monkeypatch,
                                                                    failure, message):
    write_reports(bridge_report(), tmp_path)
    before = tree(tmp_path)

    def broken(report):
        raise failure

    monkeypatch.setattr(report_module, "render_xlsx", broken)
    with pytest.raises(OutputError if not isinstance(failure, SourceError) else SpacecompareError) as caught:
        write_reports(bridge_report(), tmp_path)
    assert str(caught.value) == message
    assert in_a_child == ["xlsx", "xlsx"]
    assert tree(tmp_path) == before
    assert no_children_left()


@needs_fork
def test_a_child_that_dies_is_an_output_error(tmp_path, in_a_child, monkeypatch):
    import signal

    def killed(report):
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(report_module, "render_xlsx", killed)
    with pytest.raises(OutputError, match="could not render the xlsx report: .* ended by signal 9"):
        write_reports(bridge_report(), tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert no_children_left()


@needs_fork
def test_a_failure_here_stops_the_child(tmp_path, in_a_child, monkeypatch):
    import time

    def slow(report):
        time.sleep(60)

    def broken(report):
        raise RuntimeError("markdown exploded")

    monkeypatch.setattr(report_module, "render_xlsx", slow)
    monkeypatch.setattr(report_module, "render_markdown", broken)
    started = time.monotonic()
    with pytest.raises(OutputError, match="could not render the md report: markdown exploded"):
        write_reports(bridge_report(), tmp_path)
    assert time.monotonic() - started < 30
    assert list(tmp_path.iterdir()) == []
    assert no_children_left()


@needs_fork
def test_the_first_error_in_format_order_is_raised(tmp_path, in_a_child, monkeypatch):
    def broken_json(report):
        raise RuntimeError("json exploded")

    def broken_xlsx(report):
        raise RuntimeError("xlsx exploded")

    monkeypatch.setattr(report_module, "json_chunks", broken_json)
    monkeypatch.setattr(report_module, "render_xlsx", broken_xlsx)
    with pytest.raises(OutputError, match="xlsx exploded"):  # xlsx comes before json
        write_reports(bridge_report(), tmp_path)
    with pytest.raises(OutputError, match="json exploded"):
        write_reports(bridge_report(), tmp_path, formats=["json", "xlsx"])
    assert no_children_left()


def test_write_atomic_takes_pieces(tmp_path):
    target = tmp_path / "a.bin"
    write_atomic(target, [b"one ", b"", b"two"])
    assert target.read_bytes() == b"one two"
    assert os.listdir(tmp_path) == ["a.bin"]


def test_a_renderer_failing_midway_leaves_no_file(tmp_path, monkeypatch):
    write_reports(bridge_report(), tmp_path)
    before = tree(tmp_path)

    def half(report):
        yield b'{\n  "schema": '
        raise RuntimeError("json broke midway")

    monkeypatch.setattr(report_module, "json_chunks", half)
    with pytest.raises(OutputError, match="could not render the json report: json broke midway"):
        write_reports(bridge_report(), tmp_path)
    assert tree(tmp_path) == before  # no report replaced, no temporary file left


@pytest.mark.parametrize("child", [False, pytest.param(True, marks=needs_fork)])
def test_a_full_disk_is_an_output_error(tmp_path, monkeypatch, child):
    write_reports(bridge_report(), tmp_path)
    before = tree(tmp_path)
    if child:
        monkeypatch.setattr(report_module, "PARALLEL_CLAIMS", 0)

    def full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match=r"report\.md: cannot write the report \(No space left on device\)"):
        write_reports(bridge_report(), tmp_path)
    with pytest.raises(OutputError, match=r"report\.xlsx: cannot write the report \(No space left on device\)"):
        write_reports(bridge_report(), tmp_path, formats=["xlsx", "json"])
    assert tree(tmp_path) == before
    assert no_children_left()
