"""Shared code of the scale benchmarks: a synthetic but realistic catalog of N errors, and pasted queries for it.

The catalog is laid out like `catalog/` (the real hub, help-center pages, marketplaces, categories and schemas are
copied, so every slug is real) and passes `order-errors check`. Each error's message is put together from parts a
connector really uses (an optional prefix naming the order, the core of the message, an optional context and an
optional ending), in the language the marketplace emits it; reader-facing texts come from per-category banks of
sentences written in English, Spanish and Portuguese. Generation is deterministic for a seed.

The parts, the banks and the values are data, in benchmarks/data/synthetic/ (YAML, one file per category bank;
each file says what it holds); this module reads them once, when it is imported.

Used by `make_catalog.py` (the command), `synthetic_quality.py` and `build.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from common import ROOT
from order_errors.catalog.checks import normalize_message
from order_errors.commands.new import slugify
from order_errors.core.template import parse
from order_errors.search.fold import TOKEN, fold

REAL_CATALOG = ROOT / "catalog"
DATA = Path(__file__).resolve().parent / "data" / "synthetic"
LANGS = ("en", "es", "pt")

Text = dict[str, str]  # one text, in en, es and pt


# --- reading the data ----------------------------------------------------------------------------------------


def _read(name: str):
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass
class Context:
    """A phrase a connector puts after the core of a message, and the phrase it adds to the entry's title."""

    message: Text
    title: Text
    weight: int


@dataclass
class Concept:
    key: str
    forms: list[Text]   # the core of the message
    titles: list[Text]
    meaning: Text


@dataclass
class CategoryBank:
    weight: int
    concepts: list[Concept]
    contexts: list[Context]  # drawn beside the message parts' contexts
    note: Text               # what to note in the first step
    causes: list[Text]
    steps: list[Text]
    verify: list[Text]


def _bank(category: str, weight: int) -> CategoryBank:
    data = _read(f"categories/{category}.yaml")
    return CategoryBank(weight=weight, concepts=[Concept(**concept) for concept in data["concepts"]],
                        contexts=[Context(**context) for context in data["contexts"]],
                        note=data["note"], causes=data["causes"], steps=data["steps"], verify=data["verify"])


def _placeholders() -> dict[str, dict]:
    """name -> kind, description (en/es/pt, for the "what each value is" sentence), values (for examples and queries)."""
    placeholders = _read("placeholders.yaml")
    for name, placeholder in placeholders.items():
        for value in placeholder["values"]:
            if not isinstance(value, str):  # YAML reads 12, 09:05 or 2024-03-18 unquoted as a number or a date
                raise ValueError(f"{DATA / 'placeholders.yaml'}: {name}: the value {value!r} is not text; quote it")
    return placeholders


PLACEHOLDERS = _placeholders()
_PARTS = _read("message-parts.yaml")
PREFIXES: list[Text] = _PARTS["prefixes"]  # each with its "weight" beside en, es and pt
PREFIX_WEIGHTS = [prefix["weight"] for prefix in PREFIXES]
CONTEXTS = [Context(**context) for context in _PARTS["contexts"]]
ENDINGS: list[Text] = _PARTS["endings"]
ENDING_WEIGHTS = [ending["weight"] for ending in ENDINGS]
SYNONYMS: dict[str, list[list[str]]] = _PARTS["synonyms"]  # language -> [word, the word another version writes]
_SENTENCES = _read("entry-sentences.yaml")
FIRST_STEP: Text = _SENTENCES["first_step"]
LAST_STEPS: list[Text] = _SENTENCES["last_steps"]
CONSEQUENCES: list[Text] = _SENTENCES["consequences"]
GENERIC_CAUSE: Text = _SENTENCES["generic_cause"]
_MARKETPLACES = _read("marketplaces.yaml")
PT_OF: dict[str, str] = _MARKETPLACES["portuguese_of"]
LANG_WEIGHTS: dict[str, list[int]] = _MARKETPLACES["language_weights"]
SOURCE = {"url": "https://help.vtex.com/en/troubleshooting/order-errors-in-marketplace-integrations",
          "title": "Order errors in marketplace integrations", "lang": "en"}
GENERIC_LANG_WEIGHTS: list[int] = _MARKETPLACES["generic_language_weights"]
BANKS = {category: _bank(category, weight) for category, weight in _read("categories.yaml").items()}
_QUERIES = _read("queries.yaml")
WRAPPERS: dict[str, list[str]] = _QUERIES["wrappers"]
CONNECTORS: list[str] = _QUERIES["connectors"]


# --- building an entry ---------------------------------------------------------------------------------------

ID_LENGTH = 64
# Words a generated entry's id leaves out: "The order's items" gives order-items.
ID_SKIPPED_WORDS = {"the", "a", "an", "of", "s"}


@functools.cache
def word_key(template: str) -> tuple[str, ...]:
    """The words a message pins down, folded: two messages with the same ones cannot be told apart by a matcher."""
    return tuple(TOKEN.findall(fold(" ".join(parse(template).literals))))


def id_base(title: str) -> str:
    """The id of an entry with this English title, before a `-2`, `-3`... that tells it from another."""
    words = [word for word in TOKEN.findall(fold(title)) if word not in ID_SKIPPED_WORDS]
    return slugify(" ".join(words), ID_LENGTH) or "error"


def _join(items: list[str], lang: str) -> str:
    conj = {"en": " and ", "es": " y ", "pt": " e "}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


@dataclass
class Generator:
    seed: int
    marketplaces: dict[str, str]  # slug -> name
    used_messages: set[str] = field(default_factory=set)
    used_words: set[tuple[str, ...]] = field(default_factory=set)
    used_ids: set[str] = field(default_factory=set)
    by_category: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def _free(self, template: str) -> bool:
        return normalize_message(template) not in self.used_messages and word_key(template) not in self.used_words

    def _take(self, template: str) -> None:
        self.used_messages.add(normalize_message(template))
        self.used_words.add(word_key(template))

    def _compose(self, bank: CategoryBank, lang_order: list[str]) -> tuple[Concept, dict[str, str], Text] | None:
        """A message in each of `lang_order`'s languages (the same combination of parts), all new to the catalog."""
        rng = self.rng
        contexts = CONTEXTS + bank.contexts
        weights = [context.weight for context in contexts]
        for _ in range(60):
            concept = rng.choice(bank.concepts)
            form = rng.choice(concept.forms)
            prefix = rng.choices(PREFIXES, PREFIX_WEIGHTS)[0]
            context = rng.choices(contexts, weights)[0]
            ending = rng.choices(ENDINGS, ENDING_WEIGHTS)[0]
            texts = {}
            for lang in lang_order:
                parts = [prefix[lang], form[lang], context.message[lang], ending[lang]]
                names = [parse(p).placeholders for p in parts]
                flat = [n for ns in names for n in ns]
                if len(flat) != len(set(flat)):  # the same value named twice: not a message a connector writes
                    break
                texts[lang] = "".join(parts)
            else:
                if all(self._free(t) for t in texts.values()) and len({word_key(t) for t in texts.values()}) == len(texts):
                    for t in texts.values():
                        self._take(t)
                    return concept, texts, context.title
        return None

    def _variant(self, text: str, lang: str) -> str | None:
        """Another spelling of the message: a word swapped, or the message cut before its context."""
        rng = self.rng
        options = [(old, new) for old, new in SYNONYMS[lang] if re.search(rf"\b{re.escape(old)}\b", text)]
        rng.shuffle(options)
        for old, new in options:
            candidate = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
            if self._free(candidate):
                return candidate
        return None

    def _example(self, template: str, values_rng: random.Random) -> str:
        names = parse(template).placeholders
        return parse(template).fill({n: values_rng.choice(PLACEHOLDERS[n]["values"]) for n in names})

    def entry(self, category: str) -> dict | None:
        rng = self.rng
        bank = BANKS[category]
        # Who shows it, and in which language it is emitted.
        roll = rng.random()
        slugs = list(self.marketplaces)
        if roll < 0.10:
            generic, shown = True, sorted(rng.sample(slugs, rng.choice([0, 0, 1, 2, 3])))
        elif roll < 0.30:
            generic, shown = False, sorted(rng.sample(slugs, rng.choice([2, 2, 3])))
        else:
            generic, shown = False, [rng.choice(slugs)]
        weights = GENERIC_LANG_WEIGHTS if generic or not shown else LANG_WEIGHTS[shown[0]]
        primary = rng.choices(LANGS, weights)[0]
        others = [lang for lang in LANGS if lang != primary]
        extra = rng.random()
        langs = [primary] + (others if extra < 0.08 else [rng.choice(others)] if extra < 0.25 else [])
        composed = self._compose(bank, langs)
        if composed is None:
            return None
        concept, texts, context_title = composed

        messages = []
        for lang in langs:
            text = texts[lang]
            message: dict = {"lang": lang, "text": text}
            variant = self._variant(text, lang) if rng.random() < 0.2 else None
            templates = [text] + ([variant] if variant else [])
            if variant:
                self._take(variant)
            if rng.random() < 0.5:
                message["examples"] = [self._example(rng.choice(templates), rng)]
            names = list(dict.fromkeys(n for t in templates for n in parse(t).placeholders))
            if names:
                message["placeholders"] = FlowMap({n: PLACEHOLDERS[n]["kind"] for n in names})
            if variant:
                message["variants"] = [variant]
            messages.append(message)

        names = list(dict.fromkeys(n for t in texts.values() for n in parse(t).placeholders))
        title = rng.choice(concept.titles)
        mp_name = {lang: self._marketplace_phrase(shown, generic, lang) for lang in LANGS}
        titles = {lang: title[lang] + context_title[lang] for lang in LANGS}
        if shown and not generic and rng.random() < 0.4:
            titles = {lang: f"{titles[lang]} ({', '.join(self.marketplaces[s] for s in shown)})" for lang in LANGS}

        # meaning: 2-4 sentences
        meaning = {lang: [concept.meaning[lang]] for lang in LANGS}
        if names:
            for lang in LANGS:
                lead = {"en": "In the message, ", "es": "En el mensaje, ", "pt": "Na mensagem, "}[lang]
                verb = {"en": "is", "es": "es", "pt": "é"}[lang]
                parts = [f"`{{{n}}}` {verb} {PLACEHOLDERS[n]['description'][lang]}" for n in names]
                meaning[lang].append(lead + _join(parts, lang) + ".")
        extra_sentences = [mp_name, rng.choice(CONSEQUENCES)]
        rng.shuffle(extra_sentences)
        for sentence in extra_sentences[: rng.randint(1 if len(meaning["en"]) == 1 else 0, 2)]:
            for lang in LANGS:
                meaning[lang].append(sentence[lang])

        cause_pool = bank.causes + [GENERIC_CAUSE]
        picked = sorted(rng.sample(range(len(cause_pool)), rng.randint(2, min(5, len(cause_pool)))))
        steps_picked = sorted(rng.sample(range(len(bank.steps)), rng.randint(1, min(4, len(bank.steps)))))
        last = rng.choice(LAST_STEPS)
        verify = rng.choice(bank.verify)

        base = id_base(titles["en"])
        entry_id, n = base, 2
        while entry_id in self.used_ids:
            entry_id, n = f"{base}-{n}", n + 1
        self.used_ids.add(entry_id)

        created = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(0, 3100))
        updated = created + dt.timedelta(days=rng.randrange(0, (dt.date(2026, 11, 26) - created).days + 1))
        previous = self.by_category.setdefault(category, [])
        related = rng.sample(previous, min(len(previous), rng.choice([0, 1, 2, 3]))) if previous else []
        previous.append(entry_id)

        entry: dict = {"id": entry_id, "category": category}
        if generic:
            entry["generic"] = True
        if shown:
            entry["marketplaces"] = Flow(shown)
        entry.update({
            "created": created,
            "updated": updated,
            "title": titles,
            "messages": messages,
            "meaning": {lang: " ".join(meaning[lang]) for lang in LANGS},
            "causes": {lang: [cause_pool[i][lang] for i in picked] for lang in LANGS},
            "solution": {lang: [FIRST_STEP[lang].format(note=bank.note[lang]), *(bank.steps[i][lang] for i in steps_picked), last[lang]]
                         for lang in LANGS},
            "verify": verify,
            # Every entry cites the articles it rests on; a generated one, the help center's hub article.
            "sources": [SOURCE],
        })
        if related:
            entry["related"] = Flow(related)
        return entry

    def _marketplace_phrase(self, shown: list[str], generic: bool, lang: str) -> str:
        if generic or not shown:
            return {"en": "VTEX itself shows this message, so it can appear for orders from any connected marketplace.",
                    "es": "VTEX muestra este mensaje por su cuenta, así que puede aparecer en pedidos de cualquier marketplace conectado.",
                    "pt": "A própria VTEX mostra esta mensagem, por isso ela pode aparecer em pedidos de qualquer marketplace conectado."}[lang]
        names = [self.marketplaces[s] for s in shown]
        if lang == "en":
            plural = "connectors show" if len(names) > 1 else "connector shows"
            return f"The {_join(names, 'en')} {plural} this message while importing the order."
        if lang == "es":
            return (f"Los conectores de {_join(names, 'es')} muestran este mensaje al importar el pedido." if len(names) > 1
                    else f"El conector de {names[0]} muestra este mensaje al importar el pedido.")
        of = [PT_OF.get(s, "de " + self.marketplaces[s]) for s in shown]
        return (f"Os conectores {_join(of, 'pt')} mostram esta mensagem ao importar o pedido." if len(of) > 1
                else f"O conector {of[0]} mostra esta mensagem ao importar o pedido.")


# --- writing the catalog -------------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    pass


class Flow(list):
    """A short list written on one line, as the real files write `marketplaces` and `related`."""


class FlowMap(dict):
    """A short mapping written on one line, as the real files write `placeholders`."""


_PLAIN = re.compile(r"^[a-z][a-z0-9_-]*$")
_Dumper.add_representer(str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style=None if _PLAIN.match(v) else '"'))
_Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def _copy_static(out: Path) -> None:
    """The real hub, marketplaces, categories and schemas; the help-center articles that lead to those pages."""
    for name in ("marketplaces", "categories", "schemas"):
        shutil.copytree(REAL_CATALOG / name, out / name)
    shutil.copy(REAL_CATALOG / "hub.yaml", out / "hub.yaml")
    index = yaml.safe_load((REAL_CATALOG / "help-center.yaml").read_text(encoding="utf-8"))
    kept = [a for a in index.get("articles", []) if not a["target"].startswith("errors/")]
    (out / "help-center.yaml").write_text(
        "# yaml-language-server: $schema=schemas/help-center.schema.json\n"
        "# Synthetic catalog: the real articles that lead to the hub, a category or a marketplace.\n"
        + yaml.safe_dump({"articles": kept}, allow_unicode=True, sort_keys=False, width=10_000),
        encoding="utf-8",
    )


def real_marketplaces() -> dict[str, str]:
    names = {}
    for path in sorted((REAL_CATALOG / "marketplaces").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names[data["slug"]] = data["name"]
    return names


def generate_entries(n: int, seed: int) -> list[dict]:
    generator = Generator(seed, real_marketplaces())
    categories = list(BANKS)
    weights = [BANKS[c].weight for c in categories]
    entries: list[dict] = []
    failures = 0
    while len(entries) < n:
        entry = generator.entry(generator.rng.choices(categories, weights)[0])
        if entry is None:
            failures += 1
            if failures > 20 * n + 1000:
                raise RuntimeError(f"could only make {len(entries)} distinct messages; the vocabulary is too small for {n}")
            continue
        entries.append(entry)
    return entries


def write_catalog(n: int, out: Path, seed: int = 1) -> list[dict]:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    _copy_static(out)
    entries = generate_entries(n, seed)
    for entry in entries:
        folder = out / "errors" / entry["category"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{entry['id']}.yaml").write_text(
            "# yaml-language-server: $schema=../../schemas/error.schema.json\n" + _dump(entry), encoding="utf-8")
    return entries



# --- queries -------------------------------------------------------------------------------------------------



def make_queries(entries: list[dict], seed: int, count: int | None = None) -> list[dict]:
    """Pasted messages made from the catalog's templates with realistic values: ~1 per 10 errors, at least 200."""
    rng = random.Random(seed * 7919 + 17)
    count = count or max(200, len(entries) // 10)
    order = list(range(len(entries)))
    rng.shuffle(order)
    queries = []
    for i in range(count):
        entry = entries[order[i % len(order)]]
        message = rng.choice(entry["messages"])
        templates = [message["text"], *message.get("variants", [])]
        template = templates[0] if len(templates) == 1 or rng.random() < 0.8 else rng.choice(templates[1:])
        filled = parse(template).fill({n: rng.choice(PLACEHOLDERS[n]["values"]) for n in parse(template).placeholders})
        if rng.random() < 0.5:
            queries.append({"query": filled, "expect_ids": [entry["id"]], "kind": "filled"})
            continue
        pool = WRAPPERS[message["lang"]] + WRAPPERS["log"]
        wrapper = rng.choice(pool)
        text = wrapper.format(
            oid=rng.choice(PLACEHOLDERS["order_id"]["values"]), msg=filled, msg_escaped=json.dumps(filled, ensure_ascii=False)[1:-1],
            iso=f"2024-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:07Z",
            conn=rng.choice(CONNECTORS), acct=rng.choice(PLACEHOLDERS["seller"]["values"]), day=f"{rng.randint(1, 28):02d}/03/2024",
            clock=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
        queries.append({"query": text, "expect_ids": [entry["id"]], "kind": "wrapped"})
    return queries


def write_queries(queries: list[dict], path: Path) -> None:
    Path(path).write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")

