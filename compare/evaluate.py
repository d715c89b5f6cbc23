"""Grade a report against an answer key of expected findings.

An answer key (JSON) lists findings a correct report must contain (``must``), groupings it must
never make (``must_not``), quotes that must never become claims (``must_not_claim``, for page
boilerplate such as menus, adverts and sidebars) and conflicts that are acceptable although not
required (``allowed``). A key claim is a source file's stem plus a quote; a report claim matches it
when it comes from that source and its ``[start, end)`` span overlaps a case-insensitive
occurrence of the quote in the source's text. The rules are those of the project's scorer, so the
numbers here and the scorer's numbers are the same.

    {"corpus": "...",
     "must": [{"id": "...", "kind": "conflict" | ["variant", "conflict"],
               "claims": [{"source": "stem", "quote": "exact text"}, ...]}],
     "must_not": [{"id": "...", "together": [claims...], "kinds": ["conflict", "agreement"]}],
     "must_not_claim": [{"id": "...", "claim": {"source": "stem", "quote": "..."}}],
     "allowed": [{"id": "...", "claims": [claims...]}]}
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

from .errors import AnswerKeyError, SpacecompareError
from .model import FINDING_KINDS

log = logging.getLogger(__name__)

DEFAULT_MUST_NOT_KINDS = ("conflict", "agreement")
# kinds whose findings count as explained when a must item finds them
_CONFLICT_LIKE = ("conflict", "variant")

_TOP_KEYS = {"corpus", "must", "must_not", "must_not_claim", "allowed", "notes"}
_ITEM_KEYS = {
    "must": {"id", "kind", "claims", "note"},
    "must_not": {"id", "together", "kinds", "note"},
    "must_not_claim": {"id", "claim", "note"},
    "allowed": {"id", "claims", "note"},
}
_CLAIM_KEYS = {"source", "quote"}


class EvalLine(NamedTuple):
    """One line of an evaluation: PASS/MISS/FAIL/EXTRA, the section, the item id and a detail."""

    status: str  # PASS, MISS (must), FAIL (must_not, must_not_claim), EXTRA (unexplained conflict)
    kind: str  # must, must_not, must_not_claim, conflict
    id: str
    detail: str = ""


@dataclass(frozen=True)
class Evaluation:
    """How a report fares against an answer key.

    `must_not_total` counts the ``must_not`` and the ``must_not_claim`` items together, as the
    scorer does. `unexplained` holds ``(finding id, summary)`` for each conflict no ``must`` item
    of kind conflict/variant found and no ``allowed`` item covers.
    """

    must_hit: int
    must_total: int
    must_not_held: int
    must_not_total: int
    unexplained: tuple  # of (finding id, summary)
    conflicts_total: int
    lines: tuple  # of EvalLine

    def summary_line(self) -> str:
        return (f"score: must {self.must_hit}/{self.must_total}  "
                f"must_not {self.must_not_held}/{self.must_not_total}  "
                f"unexplained_conflicts {len(self.unexplained)}/{self.conflicts_total}")

    @property
    def perfect(self) -> bool:
        return (self.must_hit == self.must_total and self.must_not_held == self.must_not_total
                and not self.unexplained)


# --------------------------------------------------------------------------- answer keys

def _is_text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _check_claim(claim, where: str, problems: list) -> None:
    if not isinstance(claim, dict):
        problems.append(f"{where}: a claim must be an object with 'source' and 'quote', "
                        f"not {type(claim).__name__}")
        return
    for key in ("source", "quote"):
        if key not in claim:
            problems.append(f"{where}: missing '{key}'")
        elif not _is_text(claim[key]):
            problems.append(f"{where}: '{key}' must be a non-empty string")
    for key in sorted(set(claim) - _CLAIM_KEYS):
        problems.append(f"{where}: unknown field '{key}'")


def _check_claims(claims, where: str, problems: list) -> None:
    if not isinstance(claims, list) or not claims:
        problems.append(f"{where}: must be a non-empty list of claims")
        return
    for j, claim in enumerate(claims):
        _check_claim(claim, f"{where}[{j}]", problems)


def _check_kinds(kinds, where: str, problems: list, allow_string: bool) -> None:
    if isinstance(kinds, str) and allow_string:
        kinds = [kinds]
    if not isinstance(kinds, list) or not kinds:
        shape = "a kind or a non-empty list of kinds" if allow_string else "a non-empty list of kinds"
        problems.append(f"{where}: must be {shape}")
        return
    for kind in kinds:
        if kind not in FINDING_KINDS:
            problems.append(f"{where}: unknown kind {kind!r} (expected one of {', '.join(FINDING_KINDS)})")


def answer_key_problems(key) -> list:
    """Every structural problem of an answer key (an empty list when it is sound)."""
    problems: list = []
    if not isinstance(key, dict):
        return [f"the key must be a JSON object, not {type(key).__name__}"]
    for name in sorted(set(key) - _TOP_KEYS):
        problems.append(f"unknown section {name!r} (expected {', '.join(sorted(_TOP_KEYS))})")
    if "corpus" in key and not isinstance(key["corpus"], str):
        problems.append("'corpus' must be a string")
    if not any(key.get(s) for s in ("must", "must_not", "must_not_claim")):
        problems.append("the key expects nothing: 'must', 'must_not' and 'must_not_claim' are all empty")
    for section, fields in _ITEM_KEYS.items():
        if section not in key:
            continue
        items = key[section]
        if not isinstance(items, list):
            problems.append(f"'{section}' must be a list")
            continue
        seen: dict = {}
        for i, item in enumerate(items):
            where = f"{section}[{i}]"
            if not isinstance(item, dict):
                problems.append(f"{where}: must be an object, not {type(item).__name__}")
                continue
            item_id = item.get("id")
            if not _is_text(item_id):
                problems.append(f"{where}: 'id' must be a non-empty string")
            else:
                where = f"{section}[{i}] ({item_id})"
                if item_id in seen:
                    problems.append(f"{where}: id repeats {section}[{seen[item_id]}]")
                else:
                    seen[item_id] = i
            for name in sorted(set(item) - fields):
                problems.append(f"{where}: unknown field {name!r}")
            if section == "must":
                if "kind" not in item:
                    problems.append(f"{where}: missing 'kind'")
                else:
                    _check_kinds(item["kind"], f"{where}.kind", problems, allow_string=True)
                if "claims" not in item:
                    problems.append(f"{where}: missing 'claims'")
                else:
                    _check_claims(item["claims"], f"{where}.claims", problems)
            elif section == "must_not":
                if "together" not in item:
                    problems.append(f"{where}: missing 'together'")
                else:
                    _check_claims(item["together"], f"{where}.together", problems)
                if "kinds" in item:
                    _check_kinds(item["kinds"], f"{where}.kinds", problems, allow_string=False)
            elif section == "must_not_claim":
                if "claim" not in item:
                    problems.append(f"{where}: missing 'claim'")
                else:
                    _check_claim(item["claim"], f"{where}.claim", problems)
            else:  # allowed
                if "claims" not in item:
                    problems.append(f"{where}: missing 'claims'")
                else:
                    _check_claims(item["claims"], f"{where}.claims", problems)
    return problems


def _raise_problems(where: str, problems: list) -> None:
    count = len(problems)
    err = AnswerKeyError(f"{where}: {count} problem{'s' if count != 1 else ''} in the answer key:\n"
                         + "\n".join(f"  {p}" for p in problems))
    err.problems = list(problems)
    raise err


def load_answer_key(path) -> dict:
    """Read and validate an answer key; AnswerKeyError names the file and lists every problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AnswerKeyError(f"{path}: cannot read the answer key: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise AnswerKeyError(f"{path}: the answer key is not UTF-8 text") from exc
    try:
        key = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AnswerKeyError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, "
                             f"column {exc.colno})") from exc
    problems = answer_key_problems(key)
    if problems:
        _raise_problems(str(path), problems)
    return key


def key_claims(key: dict) -> Iterable:
    """Yield ``(section, item id, claim)`` for every claim the key names."""
    for section, field in (("must", "claims"), ("must_not", "together"), ("allowed", "claims")):
        for item in key.get(section, []):
            for claim in item.get(field, []):
                yield section, item.get("id"), claim
    for item in key.get("must_not_claim", []):
        yield "must_not_claim", item.get("id"), item.get("claim")


def occurrences(text: str, quote: str) -> list:
    """Every ``(start, end)`` where `quote` occurs in `text`, ignoring case (overlaps included)."""
    spans: list = []
    low, q = text.lower(), quote.lower()
    if not q:
        return spans
    i = low.find(q)
    while i >= 0:
        spans.append((i, i + len(q)))
        i = low.find(q, i + 1)
    return spans


def quote_problems(key: dict, texts: dict, unique_in: Iterable = ()) -> list:
    """Quotes of `key` that do not occur in their source's text.

    `texts` maps a source stem to its text. For the sections named in `unique_in` a quote must
    also occur exactly once, so it points at one passage.
    """
    unique_in = set(unique_in)
    problems = []
    for section, item_id, claim in key_claims(key):
        source, quote = claim["source"], claim["quote"]
        if source not in texts:
            problems.append(f"{section} {item_id}: no text for source {source!r}")
            continue
        found = len(occurrences(texts[source], quote))
        if not found:
            problems.append(f"{section} {item_id}: {quote!r} does not occur in {source}")
        elif found > 1 and section in unique_in:
            problems.append(f"{section} {item_id}: {quote!r} occurs {found} times in {source}")
    return problems


# --------------------------------------------------------------------------- grading

def evaluate(report: dict, key: dict, texts: dict) -> Evaluation:
    """Grade `report` (the report.json contract, as a dict) against `key`.

    `texts` maps a source file's stem to its decoded text: the text the report's offsets index.
    """
    problems = answer_key_problems(key)
    if problems:
        _raise_problems("answer key", problems)
    if not isinstance(report, dict):
        raise AnswerKeyError(f"the report must be a JSON object, not {type(report).__name__}")

    # report source ids -> file stems (the id, else the stem of the source's path)
    stem_of: dict = {}
    for s in report.get("sources") or []:
        if not isinstance(s, dict):
            continue
        sid = s.get("id")
        stem = Path(s.get("path") or sid or "").stem
        stem_of[sid] = stem if stem in texts else sid

    claims: dict = {}
    for c in report.get("claims") or []:
        if isinstance(c, dict):
            claims[c.get("id")] = c
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]

    spans_cache: dict = {}

    def quote_spans(gold: dict) -> list:
        k = (gold["source"], gold["quote"])
        if k not in spans_cache:
            spans_cache[k] = occurrences(texts.get(gold["source"], ""), gold["quote"])
        return spans_cache[k]

    def claim_matches(c, gold: dict) -> bool:
        if c is None:
            return False
        source = c.get("source")
        try:
            if stem_of.get(source, source) != gold["source"]:
                return False
        except TypeError:  # an unhashable source id
            return False
        try:
            s, e = int(c["start"]), int(c["end"])
        except (KeyError, TypeError, ValueError):
            return False
        return any(s < qe and qs < e for qs, qe in quote_spans(gold))

    def finding_has(f: dict, gold: dict) -> bool:
        ids = f.get("claims") or []
        return any(claim_matches(claims.get(cid) if _hashable(cid) else None, gold) for cid in ids)

    lines: list = []
    must_hit = 0
    matched_conflicts: set = set()
    for item in key.get("must", []):
        kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
        hit = next((f for f in findings if f.get("kind") in kinds
                    and all(finding_has(f, g) for g in item["claims"])), None)
        if hit is not None:
            must_hit += 1
            if hit.get("kind") in _CONFLICT_LIKE:
                matched_conflicts.add(_key_of(hit.get("id")))
        lines.append(EvalLine("PASS" if hit is not None else "MISS", "must", item["id"],
                              "" if hit is None else f"finding {hit.get('id')}"))

    held = 0
    for item in key.get("must_not", []):
        kinds = item.get("kinds", list(DEFAULT_MUST_NOT_KINDS))
        bad = [f for f in findings if f.get("kind") in kinds
               and all(finding_has(f, g) for g in item["together"])]
        if not bad:
            held += 1
        lines.append(EvalLine("FAIL" if bad else "PASS", "must_not", item["id"],
                              f"finding {bad[0].get('id')}" if bad else ""))

    for item in key.get("must_not_claim", []):
        bad = [c for c in claims.values() if claim_matches(c, item["claim"])]
        if not bad:
            held += 1
        lines.append(EvalLine("FAIL" if bad else "PASS", "must_not_claim", item["id"],
                              f"claim {bad[0].get('id')}" if bad else ""))

    allowed = key.get("allowed", [])
    unexplained = []
    conflicts = [f for f in findings if f.get("kind") == "conflict"]
    for f in conflicts:
        if _key_of(f.get("id")) in matched_conflicts:
            continue
        if any(all(finding_has(f, g) for g in a["claims"]) for a in allowed):
            continue
        summary = str(f.get("summary") or f.get("topic"))[:120]
        unexplained.append((f.get("id"), summary))
        lines.append(EvalLine("EXTRA", "conflict", str(f.get("id")), summary))

    return Evaluation(
        must_hit=must_hit,
        must_total=len(key.get("must", [])),
        must_not_held=held,
        must_not_total=len(key.get("must_not", [])) + len(key.get("must_not_claim", [])),
        unexplained=tuple(unexplained),
        conflicts_total=len(conflicts),
        lines=tuple(lines),
    )


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _key_of(value):
    """A set key for a finding id (ids are strings; anything else is compared by its JSON)."""
    return value if _hashable(value) else json.dumps(value, sort_keys=True, default=str)


def format_evaluation(ev: Evaluation, verbose: bool = False) -> str:
    """The scorer's text: one line per item that did not pass (every item when `verbose`),
    then the summary line."""
    out = []
    for line in ev.lines:
        if line.status == "PASS" and not verbose:
            continue
        if line.kind == "conflict":
            out.append(f"EXTRA conflict {line.id}: {line.detail}")
        elif line.kind == "must_not" and line.status == "FAIL":
            out.append(f"FAIL must_not {line.id}  ({line.detail})")
        else:
            out.append(f"{line.status} {line.kind} {line.id}")
    out.append(ev.summary_line())
    return "\n".join(out)


# --------------------------------------------------------------------------- files

def read_text(path) -> str:
    """A source file's decoded text, as the pipeline decodes it (offsets index this text)."""
    try:
        from . import sources
    except ImportError:
        sources = None
    if sources is not None:
        try:
            return sources.read_source(path).text
        except SpacecompareError as exc:
            log.debug("%s: not an article (%s); decoding the bytes only", path, exc)
        # a file the reader refuses (no article body, unknown suffix...) is still decoded the
        # same way, so offsets agree with the pipeline's
        try:
            data = Path(path).read_bytes()
            html = Path(path).suffix.lower() in (".html", ".htm")
            declared = sources.declared_html_charset(data) if html else None
            return sources.decode_bytes(data, declared)[0]
        except (OSError, ValueError, AttributeError, TypeError, SpacecompareError) as exc:
            log.debug("%s: reading as plain UTF-8 (%s)", path, exc)
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError as exc:
        raise AnswerKeyError(f"{path}: cannot read the source: {exc.strerror or exc}") from exc


def _load_report(path: Path) -> dict:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AnswerKeyError(f"{path}: cannot read the report: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise AnswerKeyError(f"{path}: the report is not UTF-8 text") from exc
    try:
        report = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AnswerKeyError(f"{path}: the report is not valid JSON: {exc.msg} (line {exc.lineno}, "
                             f"column {exc.colno})") from exc
    problems = []
    if not isinstance(report, dict):
        problems.append(f"must be a JSON object, not {type(report).__name__}")
    else:
        for name in ("sources", "claims", "findings"):
            if name not in report:
                problems.append(f"missing '{name}'")
            elif not isinstance(report[name], list):
                problems.append(f"'{name}' must be a list")
    if problems:
        raise AnswerKeyError(f"{path}: not a spacecompare report: " + "; ".join(problems))
    return report


def evaluate_files(report_json_path, key_path, corpus_dir: Optional[str] = None) -> Evaluation:
    """Grade a report.json file against an answer key file.

    The texts come from `corpus_dir` (every file there, by stem) when it is given, else from each
    report source's `path`, looked up from the current directory and then from the report's own
    directory.
    """
    report_path = Path(report_json_path)
    report = _load_report(report_path)
    key = load_answer_key(key_path)
    texts: dict = {}
    if corpus_dir is not None:
        folder = Path(corpus_dir)
        if not folder.is_dir():
            raise AnswerKeyError(f"{folder}: the corpus folder does not exist")
        for p in sorted(folder.iterdir()):
            if p.is_file():
                texts[p.stem] = read_text(p)
        missing = sorted({c["source"] for _, _, c in key_claims(key)} - set(texts))
        if missing:
            raise AnswerKeyError(f"{folder}: no file for the key's source"
                                 f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    else:
        unfound = []
        for s in report["sources"]:
            if not isinstance(s, dict) or not s.get("path"):
                continue
            p = Path(s["path"])
            candidates = [p] if p.is_absolute() else [p, report_path.parent / p]
            found = next((c for c in candidates if c.is_file()), None)
            if found is None:
                unfound.append(str(p))
                continue
            texts[found.stem] = read_text(found)
        if unfound:
            raise AnswerKeyError(f"{report_path}: cannot find the source file"
                                 f"{'s' if len(unfound) > 1 else ''} {', '.join(unfound)} "
                                 f"(looked in the current folder and next to the report)")
    return evaluate(report, key, texts)
