"""What no single file can tell: references to other files, and the same message in two entries.

They work on the raw mappings, so that an entry with other problems is still checked here."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from order_errors.catalog.problems import Problem, did_you_mean
from order_errors.catalog.yaml_file import compose, node_at, position
from order_errors.core.template import parse


def normalize_message(text: str) -> str:
    """Case-, accent-, punctuation- and placeholder-blind form of a message, to find the same message
    twice (its words: a trailing period or another quote does not make another message)."""
    template = parse(text)
    text = unicodedata.normalize("NFKD", " ".join(template.literals).casefold())
    return " ".join(re.findall(r"\w+", "".join(c for c in text if not unicodedata.combining(c))))



def _strings(value) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []



def cross_file_problems(errors, marketplaces, categories, rel, errors_folder: Path) -> list[Problem]:
    """What no single file can tell: references to other files, the folder an entry is in, and a
    message in two entries. Works on the raw mappings, so that an entry with other problems is still
    checked here."""
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, Path]] = {}
    for entry_id, (_, path, data) in errors.items():

        def at(loc: tuple, message: str, path=path) -> None:
            # The node tree is read again only for a problem: a valid catalog never pays for it.
            line, col = position(node_at(compose(path), loc)[0])
            problems.append(Problem(rel(path), line, col, message))

        category = data.get("category")
        if isinstance(category, str) and category not in categories:
            at(("category",), f"unknown category `{category}`{did_you_mean(category, categories)}")
        elif isinstance(category, str) and path.parent != errors_folder / category:
            # The folder is part of the page's "Edit this page" address and of every contributor's
            # view of the catalog: it says what the file says, and nothing else gets in through it.
            at(("category",), f"the entry's category is `{category}` but its file is in "
                              f"`{rel(path.parent)}/`: move the file to `{rel(errors_folder / category)}/`")
        for index, slug in enumerate(_strings(data.get("marketplaces"))):
            if slug not in marketplaces:
                at(("marketplaces", index), f"unknown marketplace `{slug}`{did_you_mean(slug, marketplaces)}")
        for index, other in enumerate(_strings(data.get("related"))):
            if other not in errors:
                at(("related", index), f"related entry `{other}` does not exist{did_you_mean(other, errors)}")
        for index, old in enumerate(_strings(data.get("replaces"))):
            if old in errors:
                at(("replaces", index), f"`{old}` is still an entry: an id in `replaces` is one merged into this entry and removed")
        messages = data.get("messages") if isinstance(data.get("messages"), list) else []
        for number, message in enumerate(messages):
            if not isinstance(message, dict):
                continue
            texts = [(("messages", number, "text"), message.get("text"))]
            texts += [(("messages", number, "variants", i), v) for i, v in enumerate(_strings(message.get("variants")))]
            for loc, template in texts:
                if not isinstance(template, str):
                    continue
                owner, owner_path = first_seen.setdefault(normalize_message(template), (entry_id, path))
                if owner != entry_id:
                    at(loc, f"message `{template}` is already in entry `{owner}` (`{rel(owner_path)}`); "
                            "the same message, ignoring case, accents and placeholders, belongs in one entry")
    return problems

