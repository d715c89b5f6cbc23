"""Benchmark spacecompare on generated corpora of one story, against the peers a user would use.

Usage (from the repository root, in the project's virtualenv):

    python bench/run.py                              # sizes 10,100,1000,10000, seed 1, with peers
    python bench/run.py --sizes 10,100 --skip-peers  # quick look, no dateparser/quantulum3 needed
    python bench/run.py --sizes 1000 --seed 2 --peer-sample 50 --workdir /tmp/bench
    python bench/run.py --check                      # exit 1 if a target does not hold

Options:
    --sizes LIST       comma-separated corpus sizes in articles (default 10,100,1000,10000)
    --seed N           story and wording seed for bench/generate.py (default 1: factory fire;
                       2: airline merger; 3: mine rescue; then round again)
    --skip-peers       do not time dateparser + quantulum3
    --peer-sample N    time the peers on the first min(size, N) articles (default 200)
    --workdir DIR      where corpora, reports and results.json go (default bench/out, gitignored)
    --timeout S        give up on one `spacecompare report` run after S seconds (default 300: five
                       times the target for 10,000 articles, so a run that long fails it anyway)
    --max-memory MB    stop a report run whose process tree holds more than MB (default 8192;
                       the machine is shared); once a size times out or is stopped, larger sizes
                       skip the report run
    --check            exit 1 when a target does not hold (default: exit 0 once measured)

For each size it generates (or reuses) the corpus `WORKDIR/corpus-s{seed}-n{size}/`, then times

  (a) extraction in this process: `compare.load_sources(paths)` then
      `compare.extract_claims(source, rules)` for every source, with `rules = compare.load_rules()`
      loaded beforehand (its time is reported apart);
  (b) the whole pipeline as a user runs it: `spacecompare report CORPUS --out DIR` in a child
      process (the console script's own call, `compare.cli.main()`), with its wall time and peak
      memory: the larger of the child's own high-water mark (VmHWM, written as it exits) and the
      summed RSS of its process tree sampled from /proc every 20 ms;
  (c) the peers, `dateparser.search.search_dates(text)` + `quantulum3.parser.parse(text)`, on the
      first min(size, --peer-sample) articles, and spacecompare's extraction on exactly those files
      (once just before the peers and twice just after; the median), giving the throughput ratio.
      Corpora of one seed share their first articles, so a sample already measured in this run
      (sizes 1,000 and 10,000 with the default sample of 200) is reused, not measured again.

The machine is shared and noisy, so speed is judged as a ratio against the peers measured on the
same input in the same run, not as absolute numbers. The table is printed and the results written
to WORKDIR/results.json. Targets:

  - extraction throughput >= 20x the peers' (lowest ratio over the sizes);
  - full report on 10,000 articles < 60 s;
  - peak memory of the report run < 2 GB;
  - 10x the articles -> at most 12x the time (growth factor = time ratio / size ratio <= 1.2,
    judged between consecutive sizes whose smaller time is at least 0.1 s).

Exit status: 0 when measured (with --check: and every measured target holds), 1 when a report run
failed or (with --check) a target does not hold, 2 when the extraction API or the peers are missing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for _path in (str(HERE), str(REPO)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import generate  # noqa: E402  (bench/generate.py)
import peers as peers_mod  # noqa: E402  (bench/peers.py)

SCHEMA = "spacecompare.bench/1"
DEFAULT_SIZES = (10, 100, 1000, 10000)
DEFAULT_WORKDIR = HERE / "out"
API_NAMES = ("load_sources", "extract_claims", "load_rules")

TARGET_RATIO = 20.0
TARGET_REPORT_SIZE = 10000
TARGET_REPORT_S = 60.0
TARGET_PEAK_MB = 2048.0
TARGET_GROWTH = 1.2
GROWTH_MIN_S = 0.1


class Unavailable(RuntimeError):
    """Something the benchmark needs is missing; the message is one line saying what to do."""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- corpora

def generator_version() -> str:
    """Changes whenever bench/generate.py changes, so a cached corpus is never stale."""
    return hashlib.sha1((HERE / "generate.py").read_bytes()).hexdigest()[:12]


def corpus(workdir: Path, size: int, seed: int) -> list[Path]:
    """The corpus of `size` articles for `seed`, generated once and reused while it is current."""
    folder = workdir / f"corpus-s{seed}-n{size}"
    stamp = workdir / f"corpus-s{seed}-n{size}.json"  # beside, not inside: the report reads the folder
    want = {"generator": generator_version(), "articles": size, "seed": seed}
    if stamp.exists() and folder.is_dir():
        try:
            have = json.loads(stamp.read_text())
        except ValueError:
            have = {}
        if all(have.get(k) == v for k, v in want.items()):
            paths = [folder / name for name in have.get("files", [])]
            if len(paths) == size and all(p.is_file() for p in paths):
                return paths
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    paths = generate.generate_corpus(size, seed, folder)
    log(f"  generated {size} articles in {time.perf_counter() - start:.1f} s -> {folder}")
    stamp.write_text(json.dumps(dict(want, files=[p.name for p in paths])))
    return paths


# --------------------------------------------------------------------------- spacecompare

def load_api():
    """The library's public extraction API, or Unavailable naming what is missing."""
    try:
        import compare
    except ImportError as exc:
        raise Unavailable(f"cannot import the compare package from {REPO}: {exc}") from exc
    missing = [name for name in API_NAMES if not hasattr(compare, name)]
    if missing:
        names = ", ".join(f"compare.{name}" for name in missing)
        raise Unavailable(f"spacecompare's extraction API is not available yet: {names} missing "
                          f"from compare/__init__.py")
    return compare


def _sources(result) -> tuple[list, list]:
    """load_sources gives (sources, problems); a bare list of sources is accepted too."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], (list, tuple)):
        return list(result[0]), list(result[1])
    return list(result), []


def time_extraction(api, rules, paths) -> dict:
    """Load the sources and extract every source's claims; seconds for each step and the claims."""
    start = time.perf_counter()
    sources, problems = _sources(api.load_sources(list(paths)))
    loaded = time.perf_counter()
    claims = 0
    for source in sources:
        claims += sum(1 for _ in api.extract_claims(source, rules))
    end = time.perf_counter()
    return {"seconds": end - start, "load_s": loaded - start, "extract_s": end - loaded,
            "sources": len(sources), "problems": [str(p) for p in problems], "claims": claims}


# --------------------------------------------------------------------------- report run

# The child runs what the `spacecompare` console script runs (`sys.exit(compare.cli.main())`),
# and on the way out writes its own peak resident memory (VmHWM, which exec resets) to a file.
# ru_maxrss from wait4/RUSAGE_CHILDREN is not used: Linux carries the forking parent's high-water
# mark across exec, so every child would look at least as big as the benchmark process itself.
CHILD = """
import atexit, sys
peak_file = sys.argv[1]
def _peak():
    with open("/proc/self/status") as fh:
        hwm = [line.split()[1] for line in fh if line.startswith("VmHWM:")]
    with open(peak_file, "w") as out:
        out.write(hwm[0] if hwm else "")
atexit.register(_peak)
sys.argv = ["spacecompare"] + sys.argv[2:]
from compare.cli import main
sys.exit(main())
"""


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(summed VmRSS, largest VmHWM) in kB over a process and its descendants, from /proc."""
    total, largest, todo, seen = 0, 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        largest = max(largest, int(line.split()[1]))
                    elif line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total, largest


def _kill_tree(child) -> None:
    """Kill a child and every process under it (a report may use worker processes)."""
    pids, todo = [], [child.pid]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            pass
    for pid in reversed(pids):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    child.wait()


def run_report(corpus_dir: Path, out_dir: Path, log_path: Path, timeout: float,
               max_memory_mb: float = float("inf")) -> dict:
    """Run `spacecompare report CORPUS --out DIR` in a child; wall time, exit code, peak memory."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    peak_file = log_path.with_suffix(".peak")
    peak_file.unlink(missing_ok=True)
    args = ["report", str(corpus_dir), "--out", str(out_dir)]
    cmd = [sys.executable, "-c", CHILD, str(peak_file)] + args
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    rss_kb = hwm_kb = 0
    stopped = None
    with open(log_path, "wb") as logfile:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=str(REPO), env=env, stdin=subprocess.DEVNULL,
                                 stdout=logfile, stderr=subprocess.STDOUT)
        try:
            while child.poll() is None:
                rss, hwm = _tree_memory_kb(child.pid)
                rss_kb, hwm_kb = max(rss_kb, rss), max(hwm_kb, hwm)
                if time.perf_counter() - start > timeout:
                    stopped = f"timed out after {timeout:g} s"
                elif rss / 1024 > max_memory_mb:
                    stopped = f"stopped at {rss / 1024:.0f} MB, over --max-memory {max_memory_mb:.0f} MB"
                if stopped:
                    break
                time.sleep(0.02)
        finally:
            if child.poll() is None:  # stopped, interrupted or terminated: leave nothing running
                _kill_tree(child)
        seconds = time.perf_counter() - start
    try:
        hwm_kb = max(hwm_kb, int(peak_file.read_text() or 0))
    except (OSError, ValueError):
        pass
    code = child.returncode
    result = {"seconds": seconds, "returncode": code, "peak_mb": max(rss_kb, hwm_kb) / 1024,
              "peak_sampled_rss_mb": rss_kb / 1024, "peak_hwm_mb": hwm_kb / 1024, "error": None,
              "command": "spacecompare " + " ".join(args), "log": str(log_path)}
    result["stopped"] = stopped
    if stopped:
        result["error"] = stopped
    elif code != 0:
        tail = log_path.read_bytes()[-2000:].decode("utf-8", "replace").strip().splitlines()
        result["error"] = f"exit {code}: " + (tail[-1] if tail else "no output")
    return result


# --------------------------------------------------------------------------- peers

class PeerTimer:
    """Times the peers and spacecompare's extraction on one sample, side by side.

    spacecompare runs just before and twice just after the peers (median of the three), so both
    see the same machine load. A sample already measured in this run (same files, same bytes) is
    not measured again: sizes 1,000 and 10,000 share their first 200 articles.
    """

    def __init__(self):
        self.peers = peers_mod.load_peers()
        self.warm_up_s = peers_mod.warm_up(self.peers)
        self.by_sample: dict = {}

    def measure(self, paths, api, rules) -> dict:
        datas = [p.read_bytes() for p in paths]
        key = hashlib.sha1(b"\0".join(hashlib.sha1(d).digest() for d in datas)).hexdigest()
        if key in self.by_sample:
            return dict(self.by_sample[key], reused=True)
        runs = [time_extraction(api, rules, paths)["seconds"]]
        records = peers_mod.time_peers([d.decode("utf-8") for d in datas], self.peers)
        runs += [time_extraction(api, rules, paths)["seconds"] for _ in range(2)]
        peer = peers_mod.summarize(records, [len(d) for d in datas])
        ours = statistics.median(runs)
        total = sum(len(d) for d in datas)
        result = {
            "peers": peer,
            "spacecompare": {"articles": len(paths), "bytes": total, "seconds": ours, "runs_s": runs,
                             "articles_per_s": _rate(len(paths), ours), "mb_per_s": _rate(total / 1e6, ours)},
            # same texts, so the articles/s and MB/s ratios are the same number
            "ratio": peer["seconds"] / ours if ours and peer["seconds"] else None,
            "reused": False,
        }
        self.by_sample[key] = result
        return result


# --------------------------------------------------------------------------- the run

def _rate(count, seconds):
    return count / seconds if seconds else None


def measure_size(size, args, api, rules, peer_timer) -> dict:
    workdir = Path(args.workdir)
    log(f"size {size}:")
    paths = corpus(workdir, size, args.seed)
    total = sum(p.stat().st_size for p in paths)
    row = {"size": size, "articles": len(paths), "bytes": total, "mb": total / 1e6,
           "corpus": str(paths[0].parent) if paths else None}

    ex = time_extraction(api, rules, paths)
    row.update(extraction_s=ex["seconds"], load_s=ex["load_s"], extract_s=ex["extract_s"],
               sources=ex["sources"], source_problems=ex["problems"], claims=ex["claims"],
               articles_per_s=_rate(len(paths), ex["seconds"]), mb_per_s=_rate(total / 1e6, ex["seconds"]))
    log(f"  extraction {ex['seconds']:.2f} s, {ex['claims']} claims from {ex['sources']} sources"
        + (f", {len(ex['problems'])} files not read (first: {ex['problems'][0]})" if ex["problems"] else ""))

    if args.report_blocked:
        rep = {"seconds": None, "returncode": None, "peak_mb": None, "peak_hwm_mb": None,
               "peak_sampled_rss_mb": None, "log": None, "stopped": None,
               "error": f"skipped: {args.report_blocked}"}
    else:
        rep = run_report(paths[0].parent, workdir / f"report-s{args.seed}-n{size}",
                         workdir / f"report-s{args.seed}-n{size}.log", args.timeout, args.max_memory)
        if rep["stopped"]:
            args.report_blocked = f"the report run on {size} articles was {rep['stopped']}"
    row.update(report_s=rep["seconds"], report_returncode=rep["returncode"], report_error=rep["error"],
               peak_mb=rep["peak_mb"], peak_hwm_mb=rep["peak_hwm_mb"],
               peak_sampled_rss_mb=rep["peak_sampled_rss_mb"], report_log=rep["log"],
               report_stopped=rep["stopped"])
    if rep["seconds"] is None:
        log(f"  report {rep['error']}")
    else:
        log(f"  report {rep['seconds']:.2f} s, peak {rep['peak_mb']:.0f} MB"
            + (f" - FAILED: {rep['error']} (see {rep['log']})" if rep["error"] else ""))

    row.update(peers=None, spacecompare_sample=None, ratio=None)
    if peer_timer is not None:
        sample = paths[:min(size, args.peer_sample)]
        measured = peer_timer.measure(sample, api, rules)
        peer = dict(measured["peers"], reused=measured["reused"])
        row.update(peers=peer, spacecompare_sample=measured["spacecompare"], ratio=measured["ratio"])
        if row["ratio"]:
            log(f"  peers {peer['seconds_per_article']:.3f} s/article on {len(sample)} articles"
                f"{' (same sample as a smaller size: reused)' if peer['reused'] else ''}; "
                f"spacecompare's extraction is {row['ratio']:.1f}x as fast on them")
        else:
            log("  peers: no time measured")
    return row


def add_growth(rows) -> None:
    """Growth factor of each time against the previous size: (time ratio) / (size ratio)."""
    for key in ("extraction", "report"):
        prev = None
        for row in rows:
            row[f"{key}_growth"] = None
            seconds = row[f"{key}_s"]
            lower_bound = False
            if key == "report":
                # a run that timed out gives a lower bound of its time; a failed one gives nothing
                lower_bound = bool(row["report_error"]) and (row.get("report_stopped") or "").startswith("timed out")
                failed = (row["report_error"] and not lower_bound) or (prev or {}).get("report_error")
            else:
                failed = False
            if (prev is not None and prev[f"{key}_s"] and seconds and not failed
                    and row["articles"] > prev["articles"]):
                row[f"{key}_growth"] = ((seconds / prev[f"{key}_s"]) /
                                        (row["articles"] / prev["articles"]))
                row[f"{key}_growth_judged"] = prev[f"{key}_s"] >= GROWTH_MIN_S
                row[f"{key}_growth_lower_bound"] = lower_bound
            prev = row


def judge(rows, skip_peers: bool) -> list[dict]:
    """Each target with the measured value and PASS, FAIL or 'not measured'."""
    targets = []

    ratios = [r["ratio"] for r in rows if r.get("ratio")]
    if ratios:
        value = min(ratios)
        targets.append(_target("extraction throughput vs peers", f">= {TARGET_RATIO:.0f}x",
                               f"{value:.1f}x (lowest over sizes)", value >= TARGET_RATIO, value))
    else:
        why = "skipped (--skip-peers)" if skip_peers else "no peer timing"
        targets.append(_target("extraction throughput vs peers", f">= {TARGET_RATIO:.0f}x", why, None, None))

    big = [r for r in rows if r["articles"] == TARGET_REPORT_SIZE]
    if big:
        r = big[-1]
        ok = r["report_error"] is None and r["report_s"] < TARGET_REPORT_S
        shown = (r["report_error"] if r["report_s"] is None else
                 f"{r['report_s']:.1f} s" + (f" ({r['report_error']})" if r["report_error"] else ""))
        targets.append(_target(f"report on {TARGET_REPORT_SIZE:,} articles", f"< {TARGET_REPORT_S:.0f} s",
                               shown, ok, r["report_s"]))
    else:
        targets.append(_target(f"report on {TARGET_REPORT_SIZE:,} articles", f"< {TARGET_REPORT_S:.0f} s",
                               f"add {TARGET_REPORT_SIZE} to --sizes", None, None))

    peaks = [r["peak_mb"] for r in rows if r.get("peak_mb") is not None]
    incomplete = [r for r in rows if r.get("report_stopped") or r["report_s"] is None]
    if peaks:
        value = max(peaks)
        ok = value < TARGET_PEAK_MB
        shown = f"{value:.0f} MB"
        if incomplete:
            # a stopped run's peak is only a lower bound; a skipped run has none
            shown = f"at least {shown}; {incomplete[0]['report_error']}"
            if ok and not any("max-memory" in (r["report_error"] or "") for r in incomplete):
                ok = None
            else:
                ok = False
        targets.append(_target("peak memory of the report run", f"< {TARGET_PEAK_MB:.0f} MB",
                               shown, ok, value))

    for key, label in (("extraction", "extraction time"), ("report", "report time")):
        judged = [(r[f"{key}_growth"], r.get(f"{key}_growth_lower_bound", False)) for r in rows
                  if r.get(f"{key}_growth") is not None and r.get(f"{key}_growth_judged")]
        # a lower bound (the larger run timed out) counts only when it already misses the target
        judged = [(g, lb) for g, lb in judged if not lb or g > TARGET_GROWTH]
        if judged:
            value, lower_bound = max(judged)
            shown = f"{'at least ' if lower_bound else ''}{value:.2f} (highest)"
            targets.append(_target(f"{label} growth (10x articles -> <= 12x time)",
                                   f"<= {TARGET_GROWTH}", shown, value <= TARGET_GROWTH, value))
        else:
            targets.append(_target(f"{label} growth (10x articles -> <= 12x time)", f"<= {TARGET_GROWTH}",
                                   f"needs two sizes, the smaller taking >= {GROWTH_MIN_S} s",
                                   None, None))
    return targets


def _target(name, target, shown, ok, value) -> dict:
    status = "not measured" if ok is None else ("PASS" if ok else "FAIL")
    return {"name": name, "target": target, "measured": shown, "value": value, "status": status}


def _fmt(value, spec, missing="-"):
    return missing if value is None else format(value, spec)


def table(rows) -> str:
    head = ("size", "articles", "MB", "extract s", "art/s", "MB/s", "report s", "peak MB",
            "growth ex", "growth rep", "peers art/s", "ratio")
    lines = [head]
    for r in rows:
        peers = r.get("peers") or {}
        lines.append((
            f"{r['size']:,}", f"{r['articles']:,}", f"{r['mb']:.1f}", _fmt(r["extraction_s"], ".2f"),
            _fmt(r["articles_per_s"], ",.0f"), _fmt(r["mb_per_s"], ".2f"),
            _fmt(r["report_s"], ".2f") + ("!" if r["report_error"] else ""), _fmt(r["peak_mb"], ".0f"),
            _fmt(r.get("extraction_growth"), ".2f"), _fmt(r.get("report_growth"), ".2f"),
            _fmt(peers.get("articles_per_s"), ".2f"), _fmt(r.get("ratio"), ".1f", "-") + ("x" if r.get("ratio") else ""),
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["  ".join(cell.rjust(w) for cell, w in zip(line, widths)) for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated corpus sizes (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--skip-peers", action="store_true", help="do not time dateparser + quantulum3")
    parser.add_argument("--peer-sample", type=int, default=200,
                        help="time the peers on the first min(size, N) articles (default 200)")
    parser.add_argument("--workdir", default=str(DEFAULT_WORKDIR), help="default bench/out")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per report run (default 300)")
    parser.add_argument("--max-memory", type=float, default=8192.0,
                        help="MB a report run may hold before it is stopped (default 8192)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target does not hold")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes must be comma-separated whole numbers, not {args.sizes!r}")
    if not args.sizes or min(args.sizes) < 2:
        parser.error("--sizes needs at least one size, each of at least 2 articles")
    args.report_blocked = None
    if args.peer_sample < 1:
        parser.error("--peer-sample must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        # `timeout`/`kill` send SIGTERM: unwind so a running report child is killed too
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    try:
        api = load_api()
        peer_timer = None if args.skip_peers else PeerTimer()
    except (Unavailable, peers_mod.PeersMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    start = time.perf_counter()
    rules = api.load_rules()
    rules_s = time.perf_counter() - start

    rows = [measure_size(size, args, api, rules, peer_timer) for size in args.sizes]
    add_growth(rows)
    targets = judge(rows, args.skip_peers)

    results = {
        "schema": SCHEMA,
        "seed": args.seed,
        "story": generate.story_family(args.seed),
        "generator": generator_version(),
        "sizes": args.sizes,
        "peer_sample": None if args.skip_peers else args.peer_sample,
        "peers_warm_up_s": peer_timer.warm_up_s if peer_timer else None,
        "rules_load_s": rules_s,
        "bench_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "total_s": time.time() - started,
        "rows": rows,
        "targets": targets,
    }
    out = workdir / "results.json"
    out.write_text(json.dumps(results, indent=2) + "\n")

    print(f"spacecompare benchmark: {results['story']} story, seed {args.seed}, "
          f"{results['machine']['cpus']} CPUs, rules loaded in {rules_s:.2f} s")
    print(table(rows))
    if any(r["report_error"] for r in rows):
        print("! report run failed:")
        for r in rows:
            if r["report_error"]:
                print(f"  size {r['size']}: {r['report_error']}"
                      + (f" (log: {r['report_log']})" if r["report_log"] else ""))
    if peer_timer:
        print(f"peers: dateparser.search.search_dates + quantulum3.parser.parse on the first "
              f"min(size, {args.peer_sample}) articles (warm-up {peer_timer.warm_up_s:.1f} s not counted); "
              f"ratio = peers' seconds / spacecompare extraction's seconds on the same files")
    print("targets:")
    width = max(len(t["name"]) for t in targets)
    for t in targets:
        print(f"  {t['status']:<12} {t['name']:<{width}}  {t['target']:<10} {t['measured']}")
    print(f"results: {out}")

    if any(r["report_error"] for r in rows):
        return 1
    if args.check and any(t["status"] == "FAIL" for t in targets):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
