"""`order-errors new`: start a catalog entry for a message the catalog does not have yet.

The command checks what it can before writing anything (the marketplaces and the category
exist, the message is not already in an entry, the id is free), then writes one YAML file in
which every reader-facing text is a `TODO: ...` telling what to write. The file passes
`order-errors check` as written, so the contributor can preview it while filling it in, and a
reviewer finds what is left with `grep -rn TODO catalog`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import yaml

from order_errors.catalog.checks import normalize_message
from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid, closest
from order_errors.catalog.yaml_file import character_name
from order_errors.core.catalog import Catalog
from order_errors.core.languages import ENGLISH_NAMES, LANGS
from order_errors.core.model import ErrorEntry, recognisable_problem
from order_errors.core.rules import (
    FORBIDDEN_CHARACTERS,
    LINE_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    MESSAGE_MIN_LENGTH,
    PLACEHOLDER_KINDS,
    PLACEHOLDER_NAME,
    SLUG_PATTERN,
    SUGGESTED_ID_LENGTH,
)
from order_errors.core.template import parse
from order_errors.core.urls import Page

MAX_ID_LENGTH = SUGGESTED_ID_LENGTH
SLUG = re.compile(SLUG_PATTERN)


class ScaffoldError(Exception):
    """A reason not to write the entry; `code` is the exit status (2: wrong input, 1: the catalog refuses it)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


@dataclass
class Options:
    marketplaces: list[str] = field(default_factory=list)
    generic: bool = False
    category: str | None = None
    message: str | None = None
    lang: str | None = None
    id: str | None = None
    title: str | None = None
    catalog: Path = Path("catalog")

    def nothing_given(self) -> bool:
        return not (self.marketplaces or self.generic or self.category or self.message or self.lang or self.id or self.title)


@dataclass(frozen=True)
class Draft:
    id: str
    category: str
    marketplaces: tuple[str, ...]
    generic: bool
    message: str
    lang: str
    title: str | None
    created: dt.date
    # Kinds of the placeholders put where a pasted message had values (the others are left to the contributor).
    kinds: tuple[tuple[str, str], ...] = ()
    # The pasted message itself, when values were replaced: it becomes the entry's first example.
    example: str | None = None


# --- a pasted message as a template ------------------------------------------------------------

# The Admin's prefix before a marketplace's message ("Erro na integração do pedido 1392520512345-01: ").
ADMIN_PREFIX = re.compile(r"^\s*(?:erro na integra[cç][aã]o do pedido|error en la integraci[oó]n del pedido|"
                          r"error in the integration of order|order integration error)\s+\S+\s*:\s*", re.IGNORECASE)
# Values a pasted message holds, by kind, most specific first: each becomes a placeholder of that kind.
VALUE_SHAPES = [
    ("date", re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")),
    ("time", re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")),
    ("order_id", re.compile(r"\b\d{5,}-\d{2}\b|\b\d{3}-\d{7}-\d{7}\b")),  # VTEX's (...-01) and Amazon's
    ("amount", re.compile(r"\b\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b")),
    ("sku", re.compile(r"(?i)(?<=\bsku )\d+\b|(?<=\bSKU: )\d+\b")),
    ("number", re.compile(r"\b\d{6,}\b")),  # a long run of digits is an id; a short one may be the message's own
]


def templatize(pasted: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A pasted message as a template: the Admin's prefix dropped, each value (order ids, dates, times, prices,
    SKUs, other numbers) replaced by a placeholder named after its kind. A text that already has
    placeholders is the contributor's own template and is kept as written."""
    if parse(pasted).placeholders:
        return pasted, ()
    text = ADMIN_PREFIX.sub("", pasted, count=1)
    found: list[tuple[int, int, str]] = []
    for kind, shape in VALUE_SHAPES:
        for value in shape.finditer(text):
            if not any(start < value.end() and value.start() < end for start, end, _ in found):
                found.append((value.start(), value.end(), kind))
    found.sort()
    parts, kinds, position, count = [], [], 0, {}
    for start, end, kind in found:
        count[kind] = count.get(kind, 0) + 1
        name = kind if count[kind] == 1 else f"{kind}_{count[kind]}"
        parts += [text[position:start].replace("{", "{{").replace("}", "}}"), "{" + name + "}"]
        kinds.append((name, kind))
        position = end
    parts.append(text[position:].replace("{", "{{").replace("}", "}}"))
    return ("".join(parts), tuple(kinds)) if kinds else (pasted, ())


# --- ids ------------------------------------------------------------------------------------


def slugify(text: str, max_length: int = MAX_ID_LENGTH) -> str:
    """An ASCII slug of `text` (accents dropped, lower case, words joined by `-`), cut at a word."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
        slug = slug.strip("-")
    return slug


def suggest_id(text: str, taken: Iterable[str]) -> str:
    """A slug for `text` that no entry uses: `-2`, `-3`... appended when needed, 60 characters at most."""
    taken = set(taken)
    base = slugify(" ".join(parse(text).literals)) or "error"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = slugify(base, MAX_ID_LENGTH - len(suffix)).rstrip("-") + suffix
    return candidate


def taken_ids(catalog: Catalog) -> set[str]:
    """Ids of the catalog's entries, and names of any entry file (even one the catalog did not load)."""
    files = {p.stem for p in (catalog.root / "errors").rglob("*") if p.suffix in (".yaml", ".yml")}
    return set(catalog.errors) | files


# --- checks against the catalog --------------------------------------------------------------


def check_slug(kind: str, name: str, known: Iterable[str]) -> None:
    known = sorted(known)
    if name in known:
        return
    guess = closest(name, known)
    hint = f" (did you mean `{guess}`?)" if guess else ""
    raise ScaffoldError(f"unknown {kind} `{name}`{hint}; the catalog has: {', '.join(known)}")


def _template_matches(template: str, text: str) -> bool:
    if not normalize_message(template):  # a template that is only placeholders would match anything
        return False
    return parse(template).match(text) is not None or parse(template.casefold()).match(text.casefold()) is not None


def find_duplicate(catalog: Catalog, message: str) -> tuple[str, str] | None:
    """(entry id, its text) of an entry that already has `message`, as a text, a variant or an example."""
    key = normalize_message(message)
    for entry in catalog.errors.values():
        for existing in entry.messages:
            for text in (*existing.templates, *existing.examples):
                if key and normalize_message(text) == key:
                    return entry.id, text
            for template in existing.templates:
                if _template_matches(template, message):
                    return entry.id, template
            for example in existing.examples:
                if _template_matches(message, example):
                    return entry.id, example
    return None


# --- the file -------------------------------------------------------------------------------

_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029\ufeff]")


_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS)


def check_characters(what: str, text: str) -> str:
    """`text` as given on the command line, refused when it is not UTF-8 (Python keeps the bad bytes as
    lone surrogates) or holds a character no catalog text may hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ScaffoldError(f"the {what} is not valid UTF-8: paste it again from the Admin, or set your terminal to UTF-8") from None
    found = _FORBIDDEN.search(text)
    if found:
        raise ScaffoldError(f"the {what} holds the invisible control character {character_name(found.group())}: remove it")
    return text


def quote(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back unchanged."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)


def plain(token: str) -> str:
    """A slug or a name as is, quoted only where YAML would read it as something else (`no`, `null`, `1`)."""
    return token if re.fullmatch(r"[a-z][a-z0-9_-]*", token) and yaml.safe_load(token) == token else quote(token)


def _todo_text(what: str, lang: str) -> str:
    if lang == "en":
        return f"TODO: {what}"
    return f"TODO: write the English text above in {ENGLISH_NAMES[lang]}"


def _todo_list(items: list[str], lang: str) -> list[str]:
    if lang == "en":
        return [f"TODO: {item}" for item in items]
    return [f"TODO: write item {n} of the English list above in {ENGLISH_NAMES[lang]}" for n in range(1, len(items) + 1)]


TITLE = "a short title that says what went wrong, in the reader's words (not a copy of the message)"
MEANING = (
    "what the message means: what VTEX or the marketplace checked, what it found, and what happened to "
    "the order; explain each value in the message"
)
CAUSES = [
    "one cause per item: a situation in the store or on the marketplace that produces this message",
    "another cause, if there is one (delete this item otherwise)",
]
SOLUTION = [
    "the first step, in the imperative, one action per step, naming the Admin screen in bold as **Section > Page**",
    "the next step (add one item per action; the last one usually reprocesses the order)",
]
TODO_SOURCE_URL = "https://help.vtex.com/en/tutorial/TODO-the-article-this-entry-rests-on"
SOURCE_TITLE = "the title of the help-center article the entry rests on"
VERIFY = "what the user sees once the fix worked, for example the order leaving the error list in **Marketplace > Connections > Orders**"


def render(draft: Draft) -> str:
    lines = [
        "# yaml-language-server: $schema=../../schemas/error.schema.json",
        "# Started by `order-errors new`: replace every TODO, then run `order-errors check`.",
        f"id: {plain(draft.id)}",
        f"category: {plain(draft.category)}",
    ]
    if draft.generic:
        lines.append("generic: true")
    if draft.marketplaces:
        lines.append(f"marketplaces: [{', '.join(plain(m) for m in draft.marketplaces)}]")
    lines += [f"created: {draft.created.isoformat()}", f"updated: {draft.created.isoformat()}", "title:"]
    for lang in LANGS:
        title = draft.title if lang == "en" and draft.title else _todo_text(TITLE, lang)
        lines.append(f"  {lang}: {quote(title)}")
    lines += ["messages:", f"  - lang: {draft.lang}", f"    text: {quote(draft.message)}"]
    names = list(dict.fromkeys(parse(draft.message).placeholders))
    known = dict(draft.kinds)
    if names:
        kinds = ", ".join(f"{plain(name)}: {known.get(name, 'text')}" for name in names)
        if any(name not in known for name in names):
            lines.append(f"    # TODO: set each placeholder's kind ({', '.join(PLACEHOLDER_KINDS)}); keep `text` if none fits.")
        else:
            lines.append("    # The values of the pasted message became these placeholders: check their names and kinds.")
        lines.append(f"    placeholders: {{{kinds}}}")
        if draft.example:
            lines.append(f"    examples: [{quote(draft.example)}]")
        else:
            lines.append("    # examples: [\"the message as one order showed it, values filled in\"]")
    lines.append("    # variants: [\"another spelling of the same message seen in the wild\"]")
    lines.append("meaning:")
    for lang in LANGS:
        lines.append(f"  {lang}: {quote(_todo_text(MEANING, lang))}")
    for name, items in (("causes", CAUSES), ("solution", SOLUTION)):
        lines.append(f"{name}:")
        for lang in LANGS:
            lines.append(f"  {lang}:")
            lines += [f"    - {quote(item)}" for item in _todo_list(items, lang)]
    lines.append("verify:")
    for lang in LANGS:
        lines.append(f"  {lang}: {quote(_todo_text(VERIFY, lang))}")
    lines += [
        "# The help-center articles the texts rest on (one item per article and language); add `status: archived`",
        "# or `status: draft` for an article that is no longer, or not yet, published.",
        "sources:",
        f"  - url: {quote(TODO_SOURCE_URL)}",
        f"    title: {quote(_todo_text(SOURCE_TITLE, 'en'))}",
        "    lang: en",
        "# related: [other-entry-id]  # entries a reader should see next, if any",
    ]
    return "\n".join(lines) + "\n"


def entry_path(catalog_dir: Path, draft: Draft) -> Path:
    return catalog_dir / "errors" / draft.category / f"{draft.id}.yaml"


# --- the command ----------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class _Session:
    """Gets each value from the options, or asks for it when there is a terminal."""

    def __init__(self, catalog: Catalog, options: Options, ask: Callable[[str], str] | None, err: TextIO):
        self.catalog, self.options, self.ask, self.err = catalog, options, ask, err

    def prompt(self, question: str, check: Callable[[str], object]) -> object:
        assert self.ask is not None
        while True:
            try:
                answer = self.ask(question).strip()
            except EOFError:
                raise ScaffoldError("no answer: nothing was written") from None
            try:
                return check(answer)
            except ScaffoldError as problem:
                print(f"  {problem}", file=self.err)

    # Each check turns an answer into a value, or raises ScaffoldError.

    def check_marketplaces(self, answer: str) -> tuple[list[str], bool]:
        slugs = [s.strip() for s in answer.replace(",", " ").split() if s.strip()]
        generic = "generic" in slugs
        slugs = [s for s in slugs if s != "generic"]
        if not slugs and not generic:
            raise ScaffoldError("give at least one marketplace, or `generic`")
        for slug in slugs:
            check_slug("marketplace", slug, self.catalog.marketplaces)
        return list(dict.fromkeys(slugs)), generic

    def check_category(self, answer: str) -> str:
        if not answer:
            raise ScaffoldError("give a category")
        check_slug("category", answer, self.catalog.categories)
        return answer

    def check_message(self, answer: str) -> str:
        answer = check_characters("message", answer.strip())
        if len(answer) < MESSAGE_MIN_LENGTH:
            raise ScaffoldError(f"give the message exactly as the Admin shows it (at least {MESSAGE_MIN_LENGTH} characters)")
        if len(answer) > MESSAGE_MAX_LENGTH:
            raise ScaffoldError(f"the message is longer than {MESSAGE_MAX_LENGTH} characters: paste only the error itself")
        unrecognisable = recognisable_problem(answer)
        if unrecognisable:
            raise ScaffoldError(unrecognisable)
        return answer

    def check_lang(self, answer: str) -> str:
        if answer not in LANGS:
            raise ScaffoldError(f"the message's language is one of {', '.join(LANGS)} (got `{answer}`)")
        return answer

    def check_title(self, answer: str) -> str | None:
        answer = check_characters("title", answer)
        if len(answer) > LINE_MAX_LENGTH:
            raise ScaffoldError(f"the title is longer than {LINE_MAX_LENGTH} characters")
        return answer or None

    def check_id(self, answer: str) -> str:
        if not SLUG.fullmatch(answer) or len(answer) > MAX_ID_LENGTH:
            raise ScaffoldError(
                f"the id `{answer}` is not a slug: lower-case ASCII letters and digits joined by `-`, "
                f"{MAX_ID_LENGTH} characters at most"
            )
        if answer in taken_ids(self.catalog):
            raise ScaffoldError(f"the id `{answer}` is taken: choose another, or leave --id out for a suggestion")
        return answer

    def draft(self, interactive: bool, today: dt.date) -> Draft:
        o = self.options
        everything = interactive and o.nothing_given()
        if not interactive:
            missing = []
            if not o.marketplaces and not o.generic:
                missing.append("--marketplace SLUG (or --generic)")
            missing += [flag for flag, value in (("--category SLUG", o.category), ("--message TEXT", o.message),
                                                 ("--lang en|es|pt", o.lang)) if not value]
            if missing:
                raise ScaffoldError(
                    f"missing {', '.join(missing)}: give them as options (there is no terminal to ask for them)"
                )

        if o.marketplaces or o.generic:
            marketplaces, generic = self.check_marketplaces(" ".join(o.marketplaces)) if o.marketplaces else ([], False)
            generic = generic or o.generic
        else:
            marketplaces, generic = self.prompt(
                f"Marketplaces that show the message ({', '.join(self.catalog.marketplaces)}; several separated by "
                "commas; `generic` if any connector shows it): ",
                self.check_marketplaces,
            )
        category = (
            self.check_category(o.category) if o.category
            else self.prompt(f"Category ({', '.join(self.catalog.categories)}): ", self.check_category)
        )
        message = (
            self.check_message(o.message) if o.message
            else self.prompt("The message, exactly as the Admin shows it (write variable parts as {name}): ",
                             self.check_message)
        )
        lang = self.check_lang(o.lang) if o.lang else self.prompt("Language of the message (en, es, pt): ", self.check_lang)

        duplicate = find_duplicate(self.catalog, message)
        if duplicate:
            entry_id, text = duplicate
            source = self.catalog.files.get(Page.error(entry_id))
            where = f" ({_display(source.path)})" if source else ""
            raise ScaffoldError(
                f"the catalog already has this message: entry `{entry_id}`{where} has `{text}`. "
                "Add what is new to that entry (a variant or an example) instead of a new entry.",
                code=1,
            )

        title = self.check_title(o.title.strip()) if o.title else None
        if everything:
            title = self.prompt("English title (Enter to leave a TODO): ", self.check_title)
        if o.id:
            entry_id = self.check_id(o.id)
        else:
            suggestion = suggest_id(title or templatize(message)[0], taken_ids(self.catalog))
            entry_id = suggestion
            if everything:
                entry_id = self.prompt(f"Id [{suggestion}]: ", lambda a: self.check_id(a or suggestion))
        template, kinds = templatize(message)
        example = ADMIN_PREFIX.sub("", message, count=1) if kinds else None
        return Draft(entry_id, category, tuple(marketplaces), generic, template, lang, title, today, kinds, example)


def add_parser(commands) -> None:
    new = commands.add_parser(
        "new", help="start a catalog entry for a new message (asks for what is missing when run in a terminal)"
    )
    new.add_argument("--marketplace", action="append", metavar="SLUG", help="a marketplace that shows the message (repeatable)")
    new.add_argument("--generic", action="store_true", help="the message is VTEX's own, shown for any connector")
    new.add_argument("--category", metavar="SLUG", help="the entry's category")
    new.add_argument("--message", metavar="TEXT", help="the message exactly as the Admin shows it; write variable parts as {name}")
    new.add_argument("--lang", choices=LANGS, help="the language the message is written in")
    new.add_argument("--id", metavar="ID", help="the entry's id (default: suggested from the title or the message)")
    new.add_argument("--title", metavar="TEXT", help="the English title (default: a TODO to fill)")
    new.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    new.set_defaults(run=run_command)


def run_command(args) -> int:
    options = Options(
        marketplaces=args.marketplace or [], generic=args.generic, category=args.category, message=args.message,
        lang=args.lang, id=args.id, title=args.title, catalog=args.catalog,
    )
    return run(options, interactive=sys.stdin.isatty())


def run(
    options: Options,
    *,
    interactive: bool,
    ask: Callable[[str], str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the new entry; return the exit status (0 written, 1 refused by the catalog, 2 wrong input)."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        catalog = load_catalog(options.catalog)
    except CatalogInvalid as invalid:
        for problem in invalid.problems:
            print(problem, file=err)
        print(f"order-errors new: fix the catalog first (`order-errors check {options.catalog}`)", file=err)
        return 1
    try:
        session = _Session(catalog, options, (ask or input) if interactive else None, err)
        draft = session.draft(interactive, today or dt.date.today())
    except ScaffoldError as problem:
        print(f"order-errors new: {problem}", file=err)
        return problem.code
    except KeyboardInterrupt:
        print("\norder-errors new: interrupted: nothing was written", file=err)
        return 130

    text = render(draft)
    data = yaml.safe_load(text)
    ErrorEntry.model_validate(data)  # the rendering is ours: a failure here is a bug, not the user's
    assert data["messages"][0]["text"] == draft.message
    path = entry_path(options.catalog, draft)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as stream:
        stream.write(text)
    try:
        load_catalog(options.catalog)
    except CatalogInvalid as invalid:  # not expected: every rule was checked above; leave no invalid file behind
        path.unlink()
        for problem in invalid.problems:
            print(problem, file=err)
        print("order-errors new: the new entry would make the catalog invalid; nothing was written", file=err)
        return 1

    for name in re.findall(r"\{([^{}]*)\}", draft.message):
        if not re.fullmatch(PLACEHOLDER_NAME, name):
            print(f"note: `{{{name}}}` stays literal text: a placeholder's name is lower case (a-z, 0-9, _)", file=err)
    check = "order-errors check" + ("" if options.catalog == Path("catalog") else f" {options.catalog}")
    shown = _display(path)
    print(f"Wrote {shown}", file=out)
    kinds = ", and each placeholder's kind" if parse(draft.message).placeholders else ""
    print(
        "Next steps:\n"
        f"  1. Replace every TODO in it (`grep -n TODO {shown}`):\n"
        f"     title, meaning, causes, solution and verify in en, es and pt{kinds}, and the sources.\n"
        f"  2. Run `{check}` and fix what it reports.\n"
        "  3. Preview the page with `make serve` (http://127.0.0.1:8000), then run `make test`.",
        file=out,
    )
    return 0
