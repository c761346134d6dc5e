"""A problem in a catalog file, as `path:line:column: error: message`, and the error that carries them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"


class CatalogInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(map(str, self.problems)))



def closest(name: str, choices: Iterable[str]) -> str | None:
    """The choice a typo of `name` most likely meant, if any is close."""
    found = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """` (did you mean `x`?)` to append to a problem about `name`, or nothing."""
    guess = closest(name, choices)
    return f" (did you mean `{guess}`?)" if guess else ""
