"""Markdown report for people: renders on GitHub, conflicts first, every claim with its quote.

Byte-identical for identical input: nothing here reads the clock, iterates a set or depends on
hash order. Everything taken from a source is data, never markup: it goes through `escape_md`.
The wording helpers (story title, source keys, quote positions) are shared with the Excel report.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import repeat
from typing import Optional

from compare.memo import Memo
from compare.model import Claim, Finding, Report, Source
from compare.passages import shared_passages, shared_passages_head

KIND_ORDER = ("conflict", "variant", "agreement", "single_source")
KIND_LABELS = {"conflict": "conflict", "variant": "name variant", "agreement": "agreement",
               "single_source": "single source"}
MAX_COVERAGE_ROWS = 60
MAX_PASSAGES = 25
TABLE_SENTENCE_WIDTH = 200
CELL_VALUE_WIDTH = 30

_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NOT_TEXT = re.compile("[\ud800-\udfff]")  # lone surrogates cannot be written as UTF-8
_ESCAPES = str.maketrans({
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "~": "\\~",
    "|": "\\|", "#": "\\#", "$": "\\$", "<": "&lt;", ">": "&gt;", "&": "&amp;",
})
_LIST_MARKER = re.compile(r"^([-+=])|^(\d+)([.)])")
# any character one of the steps above changes: text without one (most text) skips them all
_SPECIAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                      + re.escape("".join(chr(c) for c in _ESCAPES)) + "]")
_TITLE_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- escaping

def escape_md(text) -> str:
    """Source text as inert Markdown: one line, no markup, no HTML, safe inside a table cell.

    Line breaks become spaces, control characters go, Markdown punctuation is backslash-escaped,
    `<`, `>` and `&` become entities, and a leading list or heading marker is escaped too.
    """
    if text is None:
        return ""
    if type(text) is not str:
        text = str(text)
    if _SPECIAL.search(text) is not None:
        text = _NOT_TEXT.sub("\ufffd", _CONTROL.sub("", _LINE_BREAKS.sub(" ", text)))
        text = text.translate(_ESCAPES)
    marker = _LIST_MARKER.match(text)
    if marker is None:
        return text
    if marker.group(1):
        return "\\" + text
    return marker.group(2) + "\\" + text[marker.end(2):]


escape_cell = escape_md  # one rule everywhere: a cell is a line is a cell


# ---------------------------------------------------------------- wording shared with Excel

def story_title(sources) -> Optional[str]:
    """The most representative source title, so the heading takes no outlet's side.

    Prefers the title whose words other titles confirm (a title with a number only one outlet
    gives loses to the plain headline), then the one sharing most words with the others; ties
    go to the smallest source id, so the choice never depends on input order or hashing.
    """
    titled = [(s.id, " ".join(s.title.split())) for s in sources if s.title and s.title.strip()]
    if not titled:
        return None
    words = {sid: set(_TITLE_WORD.findall(title.casefold())) for sid, title in titled}
    if len(titled) > MANY_TITLES:
        return _common_title(titled, words)

    def key(item):
        sid = item[0]
        others = [words[other] for other, _ in titled if other != sid]
        mine = words[sid]
        confirmed = sum(1 for w in mine if any(w in other for other in others)) / len(mine) if mine else 0.0
        alike = sum(len(mine & other) / len(mine | other) for other in others if mine | other)
        return (-round(confirmed, 9), -round(alike, 9), sid)

    return min(titled, key=key)[1]


MANY_TITLES = 300  # from here on, titles are compared by distinct word sets (see _common_title)


def _common_title(titled: list, words: dict) -> str:
    """story_title for many sources: the same ranking, each distinct set of title words compared
    once with each other set (weighted by how many titles have it) instead of title by title.

    Sums over the other titles are taken per distinct set, so a tie closer than the rounding
    may go to another title than comparing title by title would give.
    """
    entries = [(sid, title, frozenset(words[sid])) for sid, title in titled]
    per_set: dict = {}
    per_sid: dict = {}
    for sid, _, mine in entries:
        per_set[mine] = per_set.get(mine, 0) + 1
        per_sid.setdefault(sid, Counter())[mine] += 1
    documents: Counter = Counter()
    for mine, count in per_set.items():
        for word in mine:
            documents[word] += count
    sets = list(per_set)
    alike_of: dict = {}
    best = None
    for sid, title, mine in entries:
        own = per_sid[sid]
        own_words: Counter = Counter()
        for theirs, count in own.items():
            for word in theirs:
                own_words[word] += count
        confirmed = (sum(1 for w in mine if documents[w] - own_words[w] > 0) / len(mine)) if mine else 0.0
        if len(own) == 1 and own[mine] == 1:
            if mine not in alike_of:
                alike_of[mine] = math.fsum((per_set[theirs] - (theirs == mine)) * len(mine & theirs) / len(mine | theirs)
                                           for theirs in sets if mine | theirs)
            alike = alike_of[mine]
        else:
            alike = math.fsum((per_set[theirs] - own.get(theirs, 0)) * len(mine & theirs) / len(mine | theirs)
                              for theirs in sets if mine | theirs)
        key = (-round(confirmed, 9), -round(alike, 9), sid)
        if best is None or key < best[0]:
            best = (key, title)
    return best[1]


def source_keys(ids) -> dict:
    """Short, unique names for source columns: short ids whole, long ones cut to a unique prefix.

    A prefix is unique once it is one character longer than what the id shares with its
    neighbours in sorted order, so this stays fast for hundreds of sources.
    """
    ordered = sorted(set(ids))

    def shared(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    keys = {}
    for i, sid in enumerate(ordered):
        if len(sid) <= 12:
            keys[sid] = sid
            continue
        common = max(shared(sid, ordered[i - 1]) if i else 0,
                     shared(sid, ordered[i + 1]) if i + 1 < len(ordered) else 0)
        length = max(3, common + 1)
        # an id that is the start of another one has no unique prefix but itself
        keys[sid] = sid[:length] if length < len(sid) else sid
    return keys


def quote_span(claim: Claim, source: Optional[Source]) -> Optional[tuple]:
    """Where the claim's quote sits inside its sentence, or None when it is not there."""
    sentence, text = claim.sentence or "", claim.text or ""
    if not text or not sentence:
        return None
    if source is not None and claim.end - claim.start == len(text):
        start = source.text.find(sentence, max(0, claim.end - len(sentence)))
        if 0 <= start <= claim.start and claim.end <= start + len(sentence):
            relative = claim.start - start
            if sentence[relative:relative + len(text)] == text:
                return relative, relative + len(text)
    found = sentence.find(text)
    return (found, found + len(text)) if found >= 0 else None


def ordered_findings(findings) -> list:
    """Findings grouped by kind, conflicts first, keeping the given order within a kind."""
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return sorted(findings, key=lambda f: rank.get(f.kind, len(rank)))


def claim_label(claim: Claim) -> str:
    """A claim's value as a reader would say it: the quote, which is what the source wrote."""
    return claim.text if claim.text else str(claim.value)


def finding_labels(finding: Finding, claims: dict) -> list:
    """The finding's distinct values: its readings, or else its claims' quotes."""
    if finding.readings:
        return [r.label for r in finding.readings]
    labels = []
    for cid in finding.claims:
        if cid in claims and claim_label(claims[cid]) not in labels:
            labels.append(claim_label(claims[cid]))
    return labels


def source_readings(finding: Finding, claims: dict) -> dict:
    """Source id -> the labels that source gives within the finding, in reading order."""
    given = {}
    for reading in finding.readings:
        label = reading.label
        for sid in reading.sources:
            labels = given.get(sid)
            if labels is None:
                given[sid] = [label]
            elif label not in labels:
                labels.append(label)
    if not finding.readings:
        for cid in finding.claims:
            if cid in claims:
                given.setdefault(claims[cid].source, [])
                if claim_label(claims[cid]) not in given[claims[cid].source]:
                    given[claims[cid].source].append(claim_label(claims[cid]))
    for sid in finding.sources:
        given.setdefault(sid, [])
    return given


def plural(count: int, word: str, many: Optional[str] = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


# ---------------------------------------------------------------- Markdown pieces

def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def mark_quote(claim: Claim, source: Optional[Source], width: Optional[int] = None) -> str:
    """The claim's sentence, escaped, with its quote in bold; cut around the quote to `width`."""
    return _marked_sentence(claim.sentence or "", claim.text, quote_span(claim, source), width)


def _marked_sentence(sentence: str, text: Optional[str], span: Optional[tuple], width: Optional[int]) -> str:
    """mark_quote of a claim whose quote `text` sits at `span` of `sentence`."""
    if span is None:
        shown = escape_md(_shorten(sentence, width) if width else sentence)
        quote = escape_md(_shorten(text or "", width) if width else text)
        return f"{shown} (quote: **{quote}**)" if shown else f"**{quote}**"
    start, end = span
    # whitespace at the quote's edges would stop `**` from rendering as bold
    while start < end and sentence[start].isspace():
        start += 1
    while end > start and sentence[end - 1].isspace():
        end -= 1
    before, quote, after = sentence[:start], sentence[start:end], sentence[end:]
    if width and len(sentence) > width:
        quote = _shorten(quote, width)
        room = max(0, width - len(quote)) // 2
        if len(before) > room:
            cut = before[len(before) - room:]
            cut = cut[cut.find(" ") + 1:] if " " in cut else cut
            before = "…" + cut
        if len(after) > room:
            cut = after[:room]
            cut = cut[:cut.rfind(" ")] if " " in cut else cut
            after = cut + "…"
    if not quote:
        return escape_md(before + after)
    return f"{escape_md(before)}**{escape_md(quote)}**{escape_md(after)}"


def _table(headers, rows) -> list:
    """Table lines from cells that are already escaped Markdown."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


class _Context:
    """Lookups every section needs, built once.

    Source names and lines repeat once per finding or quote that cites the source: each is
    escaped once.
    """

    def __init__(self, report: Report):
        self.report = report
        self.sources = {s.id: s for s in report.sources}
        self.claims = report.claims_by_id
        self.keys = source_keys(self.sources)
        self.findings = ordered_findings(report.findings)
        keys = self.keys
        self.names = Memo(lambda sid: escape_md(keys.get(sid, sid)))
        self.lines = Memo(self._source_line)
        # outlets carrying one wire story quote the same sentences: each is marked once
        self.quotes = Memo(lambda key: _marked_sentence(*key, None))

    def of_kind(self, kind: str) -> list:
        return [f for f in self.findings if f.kind == kind]

    def source_names(self, sids) -> str:
        """The sources' short names, escaped, comma-separated."""
        return ", ".join(map(self.names.__getitem__, sids))

    def source_line(self, sid: str) -> str:
        return self.lines[sid]

    def _source_line(self, sid: str) -> str:
        source = self.sources.get(sid)
        name = f"**{escape_md(sid)}**"
        if source is not None and source.outlet:
            name += f" ({escape_md(source.outlet)})"
        return name


def _header(ctx: _Context) -> list:
    report = ctx.report
    title = story_title(report.sources)
    lines = [f"# Coverage comparison: {escape_md(title)}" if title else "# Coverage comparison", ""]
    date = f"{report.date} (newest publication date)" if report.date else "undated sources"
    lines += [f"Report date: {date} · {plural(len(report.sources), 'source')}", ""]
    counts = Counter(f.kind for f in report.findings)
    summary = " · ".join([
        plural(counts["conflict"], "conflict"),
        plural(counts["variant"], "name variant"),
        plural(counts["agreement"], "agreement"),
        plural(counts["single_source"], "single-source claim"),
    ])
    lines += [f"**{summary}** across {plural(len(report.sources), 'source')} "
              f"({plural(len(report.claims), 'claim')})", ""]
    if any(ctx.keys[sid] != sid for sid in ctx.keys):
        lines += ["Sources are named by the short keys listed under Sources.", ""]
    if report.problems:
        lines += ["Skipped files:", ""]
        lines += [f"- {escape_md(p.path)}: {escape_md(p.problem)}" for p in report.problems]
        lines.append("")
    return lines


def _display_readings(finding: Finding) -> list:
    """The majority first, then the others in the order the finding gives them."""
    return sorted(finding.readings, key=lambda r: r.label != finding.majority)


def _readings_block(finding: Finding, ctx: _Context, noun: str) -> list:
    lines = []
    total = len(set(finding.sources))
    if finding.majority is not None:
        for reading in finding.readings:
            if reading.label == finding.majority:
                lines += [f"Majority {noun}: **{escape_md(reading.label)}** "
                          f"({len(set(reading.sources))} of {plural(total, 'source')})", ""]
                break
    elif len(finding.readings) > 1:
        lines += ["No majority: the sources split evenly.", ""]
    if finding.readings:
        for reading in _display_readings(finding):
            role = ""
            if finding.majority is not None:
                role = " (majority)" if reading.label == finding.majority else " (minority)"
            lines.append(f"- **{escape_md(reading.label)}**{role}: {ctx.source_names(reading.sources)}")
    else:
        lines.append(escape_md(finding.summary))
    lines.append("")
    return lines


def _conflicts(ctx: _Context) -> list:
    lines = ["## Conflicts", ""]
    findings = ctx.of_kind("conflict")
    if not findings:
        return lines + ["No conflicts: no two sources give different values for the same thing.", ""]
    for finding in findings:
        lines += [f"### {escape_md(finding.topic)}", ""]
        lines += _readings_block(finding, ctx, "value")
        if finding.revised:
            lines += [f"A later dispatch of the same service revised the figure of {ctx.source_names(finding.revised)}.", ""]
        ordered = [cid for r in _display_readings(finding) for cid in r.claims]
        placed = set(ordered)
        ordered += [cid for cid in finding.claims if cid not in placed]
        quotes = []
        for cid in dict.fromkeys(ordered):
            claim = ctx.claims.get(cid)
            if claim is None:
                continue
            source = ctx.sources.get(claim.source)
            quote = ctx.quotes[claim.sentence or "", claim.text, quote_span(claim, source)]
            quotes.append(f"> {ctx.source_line(claim.source)}: {quote}")
        lines += "\n>\n".join(quotes).split("\n") if quotes else []
        lines.append("")
    return lines


def _variants(ctx: _Context) -> list:
    lines = ["## Name variants", ""]
    findings = ctx.of_kind("variant")
    if not findings:
        return lines + ["No name is spelled differently across the sources.", ""]
    for finding in findings:
        lines += [f"### {escape_md(finding.topic)}", ""]
        lines += _readings_block(finding, ctx, "spelling")
    return lines


def _agreements(ctx: _Context) -> list:
    lines = ["## Agreements", ""]
    findings = ctx.of_kind("agreement")
    if not findings:
        return lines + ["No value is reported alike by two or more sources.", ""]
    rows = []
    for finding in findings:
        value = " / ".join(escape_md(label) for label in finding_labels(finding, ctx.claims))
        if finding.against:
            # an agreement inside a conflict: the figures of the sources it leaves out
            value += " (against " + "; ".join(f"{escape_md(r.label)}: {ctx.source_names(r.sources)}"
                                              for r in finding.against) + ")"
        sids = list(dict.fromkeys(finding.sources))
        rows.append([escape_md(finding.topic), value, str(len(sids)), ctx.source_names(sids)])
    return lines + _table(["Topic", "Value", "Sources", "Which sources"], rows) + [""]


def _single_source(ctx: _Context) -> list:
    lines = ["## Single-source claims", ""]
    findings = ctx.of_kind("single_source")
    if not findings:
        return lines + ["Every claim is reported by more than one source.", ""]
    rows = []
    for finding in findings:
        value = " / ".join(escape_md(label) for label in finding_labels(finding, ctx.claims))
        claim = next((ctx.claims[cid] for cid in finding.claims if cid in ctx.claims), None)
        quote = mark_quote(claim, ctx.sources.get(claim.source), TABLE_SENTENCE_WIDTH) if claim else ""
        rows.append([escape_md(finding.topic), value, ctx.source_names(finding.sources), quote])
    return lines + _table(["Topic", "Value", "Source", "Quote"], rows) + [""]


def _coverage(ctx: _Context) -> list:
    lines = ["## Coverage", ""]
    if not ctx.findings or not ctx.report.sources:
        return lines + ["Nothing to show.", ""]
    sids = [s.id for s in ctx.report.sources]
    headers = ["Finding", "Kind"] + [ctx.names[sid] for sid in sids]
    rows = []
    for finding in ctx.findings[:MAX_COVERAGE_ROWS]:
        given = source_readings(finding, ctx.claims)
        kind = KIND_LABELS.get(finding.kind, finding.kind)
        row = [escape_md(finding.topic), "⚠ " + kind if finding.kind == "conflict" else escape_md(kind)]
        valued = finding.kind in ("conflict", "variant")
        cells = {sid: escape_md(_shorten(" / ".join(labels), CELL_VALUE_WIDTH)) if valued and labels else "✓"
                 for sid, labels in given.items()}
        row += map(cells.get, sids, repeat(""))  # a source that does not give the finding: empty
        rows.append(row)
    lines += _table(headers, rows) + [""]
    if len(ctx.findings) > MAX_COVERAGE_ROWS:
        lines += [f"Showing the first {MAX_COVERAGE_ROWS} of {len(ctx.findings)} findings, conflicts "
                  "first; the Excel report's Coverage sheet has them all.", ""]
    lines += ["A value means the source reports that value, ✓ that it reports the finding's value, "
              "and an empty cell that it does not report it.", ""]
    return lines


def _marked_words(words, ops, side: str) -> str:
    """One paragraph's words, escaped, with the words only it has marked."""
    parts = []
    for tag, i1, i2, j1, j2 in ops:
        chunk = " ".join(words[i1:i2] if side == "a" else words[j1:j2])
        if not chunk:
            continue
        if tag == "equal":
            parts.append(escape_md(chunk))
        elif side == "a":
            parts.append(f"~~{escape_md(chunk)}~~")
        else:
            parts.append(f"**{escape_md(chunk)}**")
    return " ".join(parts)


def _passages(ctx: _Context, passages: list, total: Optional[int] = None) -> list:
    """The first MAX_PASSAGES passages; `total` is how many there are (None: too many to count)."""
    lines = ["## Shared passages", ""]
    if not passages:
        return lines + ["No two sources share a paragraph nearly word for word.", ""]
    lines += ["Paragraphs two sources share nearly word for word: words only the first has are "
              "~~struck through~~, words only the second has are **bold**.", ""]
    for passage in passages[:MAX_PASSAGES]:
        alike = "identical" if passage.identical else f"{int(passage.ratio * 100)}% alike"
        lines += [f"### {escape_md(ctx.keys.get(passage.source_a, passage.source_a))} and "
                  f"{escape_md(ctx.keys.get(passage.source_b, passage.source_b))} ({alike})", ""]
        lines.append(f"> {ctx.source_line(passage.source_a)}: "
                     f"{_marked_words(passage.words_a, passage.opcodes, 'a')}")
        lines.append(">")
        lines.append(f"> {ctx.source_line(passage.source_b)}: "
                     f"{_marked_words(passage.words_b, passage.opcodes, 'b')}")
        lines.append("")
    if total is None:
        lines += [f"Showing the first {MAX_PASSAGES} shared passages; there are too many to count.", ""]
    elif total > MAX_PASSAGES:
        lines += [f"Showing the first {MAX_PASSAGES} of {total} shared passages.", ""]
    return lines


def _sources(ctx: _Context) -> list:
    lines = ["## Sources", ""]
    if not ctx.report.sources:
        return lines + ["No sources.", ""]
    with_keys = any(ctx.keys[sid] != sid for sid in ctx.keys)
    headers = (["Key"] if with_keys else []) + ["Id", "Outlet", "Title", "Published", "Words", "Claims"]
    rows = []
    for source in ctx.report.sources:
        record = ctx.report.source_dict(source)  # its claims counted once for every report format
        row = [ctx.names[source.id]] if with_keys else []
        row += [escape_md(source.id), escape_md(source.outlet), escape_md(source.title),
                escape_md(source.published), str(record["words"]), str(record["claims"])]
        rows.append(row)
    return lines + _table(headers, rows) + [""]


def render_markdown(report: Report, passages: Optional[list] = None) -> str:
    """The whole report as GitHub Markdown; `passages` defaults to `shared_passages(report.sources)`."""
    ctx = _Context(report)
    if passages is None:
        # only the first passages are shown: they and the count come without listing every pair
        passages, total = shared_passages_head(report.sources, MAX_PASSAGES)
    else:
        total = len(passages)
    lines = (_header(ctx) + _conflicts(ctx) + _variants(ctx) + _agreements(ctx) + _single_source(ctx)
             + _coverage(ctx) + _passages(ctx, passages, total) + _sources(ctx))
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
