"""Report writers: one switch picks the writer by format; `write_reports` puts reports on disk.

Every format is rendered into a temporary file before any report is replaced, and each report
is replaced in one step, so a failure leaves the previous reports as they were.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from compare.errors import OutputError, SpacecompareError
from compare.model import Report
from compare.report.atomic import discard, fill, stage, sync_directory, temporary_for
from compare.report.excel import render_xlsx
from compare.report.json_report import json_chunks, render_json
from compare.report.markdown import render_markdown

FORMATS = ("md", "xlsx", "json")
# from this many claims on, write_reports renders the workbook in a child process while this one
# renders the other formats (where the platform forks and two CPUs are free to use; see _forking)
PARALLEL_CLAIMS = 100_000
# a forked child's pages count in both processes: fork only while two copies of this process,
# and what the two render, stay under this many bytes; render one format after another beyond it
FORK_MEMORY_BUDGET = 1_800_000_000
# what rendering adds to the two processes per claim (the child's sheets, the parent's JSON and
# Markdown batches): measured as the sum of the two processes' peak resident memory, less twice
# the parent's at the fork, over a 433,000-claim report
RENDER_BYTES_PER_CLAIM = 1_500

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

    Nothing outside `out_dir` is written or deleted; if rendering any format fails, no report is
    replaced and no temporary file is left. A large report's workbook is rendered in a child
    process, at the same time as the other formats, where the platform allows it.
    """
    formats = [formats] if isinstance(formats, str) else list(dict.fromkeys(formats))
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise OutputError(f"unknown report format {unknown[0]!r}: choose from {', '.join(FORMATS)}")
    _check_basename(basename)
    out_dir = Path(out_dir)
    _prepare(out_dir)
    targets = {fmt: out_dir / f"{basename}.{fmt}" for fmt in formats}
    for fmt, path in targets.items():  # every target checked before anything is rendered
        if path.is_dir():
            raise OutputError(f"{path}: is a folder, cannot write the {fmt} report there")

    staged: dict = {}  # format -> its temporary file, until it replaces the report
    # the renderers make millions of short-lived objects without cycles beside the report's own
    # objects: automatic collections would walk every claim again and again
    collecting = gc.isenabled()
    gc.disable()
    try:
        if len(formats) > 1 and "xlsx" in formats and len(report.claims) >= PARALLEL_CLAIMS \
                and _forking(RENDER_BYTES_PER_CLAIM * len(report.claims)):
            _stage_beside(report, targets, "xlsx", staged)
        else:
            for fmt, path in targets.items():
                staged[fmt] = _stage(report, fmt, path)
        for fmt, path in targets.items():
            try:
                os.replace(staged[fmt], path)
            except OSError as exc:
                raise _cannot_write(path, exc) from exc
            del staged[fmt]
    finally:
        for temporary in staged.values():
            discard(temporary)
        if collecting:
            gc.enable()
    sync_directory(out_dir)
    return list(targets.values())


def _stage(report: Report, fmt: str, path: Path) -> Path:
    """The report in one format, in a temporary file next to `path`."""
    if fmt == "json":  # hundreds of MB for a large report: written as it is made
        pieces = _translated(json_chunks, report, fmt)
    else:
        pieces = _rendered(report, fmt)
    try:
        return stage(path, pieces)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc


@contextmanager
def _render_errors(fmt: str):
    """A renderer bug turned into an OutputError: it must not leave a half-written set of reports."""
    try:
        yield
    except SpacecompareError:
        raise
    except Exception as exc:
        raise OutputError(f"could not render the {fmt} report: {exc}") from exc


def _rendered(report: Report, fmt: str) -> bytes:
    """render(), with a renderer bug turned into an OutputError."""
    with _render_errors(fmt):
        return render(report, fmt)


def _translated(renderer, report: Report, fmt: str):
    """The pieces a renderer makes, with a renderer bug turned into an OutputError."""
    with _render_errors(fmt):
        yield from renderer(report)


def _cannot_write(path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write the report ({exc.strerror or exc})")


# ---------------------------------------------------------------- one format in a child process

def _forking(rendering: int = 0) -> bool:
    """Whether a child process can render a format: on Linux, by fork, from a process running
    one thread (a fork copies only the calling thread, and a lock another thread holds would
    stay locked in the child), with at least two CPUs to run on, while a copy of this process
    and the `rendering` bytes the two processes add fit the memory budget."""
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    if 2 * _resident_bytes() + rendering > FORK_MEMORY_BUDGET:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


def _resident_bytes() -> int:
    """This process's resident memory (0 when /proc cannot tell)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _stage_beside(report: Report, targets: dict, aside: str, staged: dict) -> None:
    """Every format staged as by _stage, `aside` by a forked child at the same time as the others
    here. The error raised is the one staging one format after another would meet first."""
    formats = list(targets)
    try:
        temporary, descriptor = temporary_for(targets[aside])
    except OSError as exc:
        raise _cannot_write(targets[aside], exc) from exc
    staged[aside] = temporary  # removed by the caller unless it replaces the report
    child = _Child(report, aside, targets[aside], descriptor)
    try:
        failed = None
        for fmt in formats:
            if fmt != aside:
                try:
                    staged[fmt] = _stage(report, fmt, targets[fmt])
                except SpacecompareError as exc:
                    failed = (fmt, exc)
                    break
        if failed and formats.index(failed[0]) < formats.index(aside):
            raise failed[1]
        child.result()
        if failed:
            raise failed[1]
    finally:
        child.close()


_HEADER = struct.Struct("<?Q")  # written (else a pickled error), length of what follows


class _Child:
    """A forked process writing one format into an open temporary file; it tells through a pipe
    whether it did, or why not."""

    def __init__(self, report: Report, fmt: str, path: Path, descriptor: int):
        self.fmt = fmt
        self.pid = self.pipe = None
        try:
            read, write = os.pipe()
        except BaseException:
            os.close(descriptor)
            raise
        try:
            self.pid = os.fork()
        except BaseException:
            for fd in (read, write, descriptor):
                os.close(fd)
            raise
        if self.pid == 0:  # the child: never returns
            _child_main(report, fmt, path, descriptor, read, write)
        try:
            os.close(descriptor)
            os.close(write)
            self.pipe = os.fdopen(read, "rb")
        except BaseException:
            self.close()
            raise

    def result(self) -> None:
        """Return once the child has written its file, or raise its error here."""
        head = self.pipe.read(_HEADER.size)
        if len(head) == _HEADER.size:
            written, size = _HEADER.unpack(head)
            body = self.pipe.read(size)
            if len(body) == size:
                self._reap()
                if written:
                    return
                raise _unpickle_error(body, self.fmt)
        code = self._reap()
        reason = f"ended by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        raise OutputError(f"could not render the {self.fmt} report: the process rendering it {reason}")

    def _reap(self):
        """Wait for the child to end and return its exit code (negative: the signal that ended it)."""
        if self.pid is None:
            return None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return os.waitstatus_to_exitcode(status)

    def close(self) -> None:
        """Stop the child if it still runs (this process failed first) and free the pipe."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._reap()
        if self.pipe is not None:
            self.pipe.close()


def _child_main(report: Report, fmt: str, path: Path, descriptor: int, read: int, write: int) -> None:
    """Write the format in the forked child, send the outcome and leave without running the
    parent's exit handlers or flushing its buffers."""
    code = 1
    try:
        os.close(read)
        try:
            try:
                data = _rendered(report, fmt)
                fill(descriptor, data)
            except OSError as exc:
                raise _cannot_write(path, exc) from exc
            head, body = _HEADER.pack(True, 0), b""
        except BaseException as exc:  # sent to the parent, which raises it
            body = _pickle_error(exc, fmt)
            head = _HEADER.pack(False, len(body))
        with os.fdopen(write, "wb") as pipe:
            pipe.write(head + body)
        code = 0
    finally:
        os._exit(code)


def _pickle_error(exc: BaseException, fmt: str) -> bytes:
    """The error as the parent should raise it: a typed error as it is, anything else (such as an
    interrupt) as an OutputError naming it."""
    if not isinstance(exc, SpacecompareError):
        exc = OutputError(f"could not render the {fmt} report: {type(exc).__name__}: {exc}")
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)  # an error whose constructor takes other arguments does not come back
        return data
    except Exception:
        return pickle.dumps(OutputError(str(exc)))


def _unpickle_error(data: bytes, fmt: str) -> SpacecompareError:
    try:
        return pickle.loads(data)
    except Exception:
        return OutputError(f"could not render the {fmt} report")
