"""Report writers: one switch picks the writer by format; `write_reports` puts reports on disk.

Every format is rendered to bytes before any file is touched, and each file is replaced in one
step, so a failure leaves the previous reports as they were.
"""
from __future__ import annotations

import gc
import os
from pathlib import Path

from compare.errors import OutputError, SpacecompareError
from compare.model import Report
from compare.report.atomic import write_atomic
from compare.report.excel import render_xlsx
from compare.report.json_report import render_json
from compare.report.markdown import render_markdown

FORMATS = ("md", "xlsx", "json")

__all__ = ["FORMATS", "render", "write_reports", "render_markdown", "render_xlsx", "render_json"]


def render(report: Report, fmt: str) -> bytes:
    """The report in one format, as the bytes of its file."""
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    if fmt == "xlsx":
        return render_xlsx(report)
    if fmt == "json":
        return render_json(report)
    raise OutputError(f"unknown report format {fmt!r}: choose from {', '.join(FORMATS)}")


def _check_basename(basename: str) -> None:
    """A base name cannot lead outside the output folder."""
    separators = {os.sep, os.altsep, "/", "\\"} - {None}
    if (not basename or basename in (".", "..") or "\0" in basename
            or any(sep in basename for sep in separators)):
        raise OutputError(f"{basename!r} cannot name a report: use a plain file name without folders")


def _prepare(out_dir: Path) -> None:
    # os.path, not Path: its checks say False (rather than raise) when a folder on the way is
    # unreadable; mkdir below then names the problem
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise OutputError(f"{out_dir}: is a file, not a folder; give a folder for the reports")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the report folder ({exc.strerror or exc})") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: cannot write to the report folder (permission denied)")


def write_reports(report: Report, out_dir, formats=FORMATS, basename: str = "report") -> list[Path]:
    """Write `<basename>.<fmt>` for each format into `out_dir` and return their paths.

    Nothing outside `out_dir` is written or deleted; if rendering any format fails, no file is
    written at all.
    """
    formats = [formats] if isinstance(formats, str) else list(dict.fromkeys(formats))
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise OutputError(f"unknown report format {unknown[0]!r}: choose from {', '.join(FORMATS)}")
    _check_basename(basename)
    out_dir = Path(out_dir)
    _prepare(out_dir)

    rendered = []
    # the renderers make millions of short-lived objects without cycles beside the report's own
    # objects: automatic collections would walk every claim again and again
    collecting = gc.isenabled()
    gc.disable()
    try:
        for fmt in formats:
            try:
                rendered.append((fmt, render(report, fmt)))
            except SpacecompareError:
                raise
            except Exception as exc:  # a renderer bug must not leave a half-written set of reports
                raise OutputError(f"could not render the {fmt} report: {exc}") from exc
    finally:
        if collecting:
            gc.enable()

    for fmt, _ in rendered:  # every target checked before the first file is replaced
        path = out_dir / f"{basename}.{fmt}"
        if path.is_dir():
            raise OutputError(f"{path}: is a folder, cannot write the {fmt} report there")
    paths = []
    for fmt, data in rendered:
        path = out_dir / f"{basename}.{fmt}"
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
        paths.append(path)
    return paths
