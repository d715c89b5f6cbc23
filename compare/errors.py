"""Typed exceptions: the library raises these and never prints; the CLI turns them into one line."""
from __future__ import annotations


class SpacecompareError(Exception):
    """Base of every error the library raises on purpose."""


class SourceError(SpacecompareError):
    """A source file cannot be used (empty, binary, too large, unreadable, no article body...)."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class InputError(SpacecompareError):
    """The inputs as a whole cannot be compared (missing path, empty folder, fewer than two sources)."""


class RulesError(SpacecompareError):
    """One or more rule files are invalid; `problems` lists every one of them."""

    def __init__(self, problems):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the rules"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class OutputError(SpacecompareError):
    """A report cannot be written where it was asked to go."""


class AnswerKeyError(SpacecompareError):
    """An answer key or a report given to `evaluate` cannot be read."""
