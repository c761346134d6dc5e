"""Matching costs what the pasted text costs: hostile, huge and long pastes are answered at once, in
Python and in matcher.js (run in Node); a message at the end of a long log is still found; checking
an example against its template (Template.match) is linear too."""

from __future__ import annotations

import random
import re
import resource
import shutil
import subprocess
import time

import pytest

from order_errors.core.template import parse
from order_errors.search.parameters import PARAMETERS
from support.matcher_in_node import search_in_node
from support.paths import BIN, FIXTURE_CATALOG

# Seconds of processor time (the machine running the tests may be busy): generous, as speed is
# benchmarked elsewhere, yet far below the minutes these took.
BOUND = 2.0
CARRIER = ("PEDIDO {order_id} {date} {time} Interface = {interface}  Msg = transportadora / servico de entrega "
           "({carrier}) nao cadastrados")
MESSAGE = ("PEDIDO 7841203311 14/11/2026 09:12:44 Interface = 15  Msg = transportadora / servico de entrega "
           "(Jadlog - Expresso) nao cadastrados")
VALUES = {"order_id": "7841203311", "date": "14/11/2026", "time": "09:12:44", "interface": "15", "carrier": "Jadlog - Expresso"}


def crafted() -> str:
    """545 characters of the carrier message's literal parts, six times: every split of them between
    its side-by-side values was tried by the old pattern (minutes in the browser, hours in Python)."""
    literals = parse(CARRIER).literals
    block = ("".join(literals[:-1]) + "x " + " ".join(literals) + " 1 ") * 10
    return "nao cadastrados. " + block[:545] * 6


def log(lines: int, seed: int = 7) -> str:
    """A realistic order log whose last line is the real message (its words recur in earlier lines)."""
    pick = random.Random(seed)
    steps = ["Interface = 15", "Msg = transportadora", "servico de entrega", "pedido recebido", "nao cadastrados"]
    rows = [f"2026-11-14T09:{i % 60:02d}:{i % 59:02d}Z INFO [erp-sync-{i % 7}] pedido={pick.randrange(10 ** 12)}-01 "
            f"step={pick.choice(steps)} ok" for i in range(lines)]
    return "\n".join([*rows, "2026-11-14T09:12:44Z ERROR [erp-sync] " + MESSAGE])


HOSTILE = {
    "crafted-545x6": crafted(),
    "crafted-then-message": crafted() + "\n" + MESSAGE,
    "log-200": log(200),
    "log-5000": log(5000),
    "one-megabyte": ("Payment total (1,234.50) differs PEDIDO 1 2 3 Interface = ( ) nao " * 20_000)[:1_000_000],
    "one-megabyte-then-message": ("lorem ipsum (dolor) = sit / amet " * 31_000)[:1_000_000] + "\n" + MESSAGE,
}
ENDS_IN_MESSAGE = ["crafted-then-message", "log-200", "log-5000", "one-megabyte-then-message"]


def test_the_hostile_pastes_are_what_they_claim():
    assert len(crafted()) == len("nao cadastrados. ") + 545 * 6
    assert len(HOSTILE["log-5000"].splitlines()) == 5001 and len(HOSTILE["log-200"]) > PARAMETERS["max_text"] // 2
    assert len(HOSTILE["log-5000"]) > 20 * PARAMETERS["max_text"] and len(HOSTILE["one-megabyte"]) == 1_000_000


@pytest.mark.parametrize("name", HOSTILE)
def test_python_answers_a_hostile_paste_at_once(matcher, name):
    started = time.process_time()
    results = matcher.search(HOSTILE[name])
    assert time.process_time() - started < BOUND
    if name in ENDS_IN_MESSAGE:  # the message at the end of a long paste is found, with its values
        assert results[0].id == "carrier-not-registered-in-erp" and results[0].tier == "message"
        assert results[0].values == VALUES


def test_javascript_answers_the_hostile_pastes_at_once(search_data, matcher):
    answers = search_in_node(*search_data, list(HOSTILE.values()))
    for name, answer in zip(HOSTILE, answers, strict=True):
        assert answer["cpu_ms"] < BOUND * 1000, name
        python = matcher.search(HOSTILE[name])
        assert [(r["id"], r["tier"], r["values"]) for r in answer["results"]] == [(r.id, r.tier, r.values) for r in python], name
        if name in ENDS_IN_MESSAGE:
            assert answer["results"][0]["values"] == VALUES, name


def test_a_long_paste_is_read_by_its_head_and_its_tail(matcher):
    filler = "\n".join(f"linha {i} sem nada" for i in range(3000))
    assert matcher.search("Pedido não encontrado\n" + filler)[0].id == "order-not-found"
    assert matcher.search(filler + "\nPedido não encontrado")[0].id == "order-not-found"
    middle = filler + "\nPedido não encontrado\n" + filler
    assert all(r.tier != "message" for r in matcher.search(middle))  # beyond the bound: not read


# --- Template.match, which checks examples and `order-errors new` ---------------------------------


def test_matching_side_by_side_placeholders_against_a_long_example_ends_at_once():
    four = parse("{a}{b}{c}{d} zzqq")
    many = parse("".join(f"{{p{i}}}" for i in range(25)) + " zzqq")
    started = time.process_time()
    assert four.match("x" * 800) is None and four.match("x " * 400) is None
    assert many.match("y" * 800) is None and many.match("y" * 800 + " zzq") is None
    assert many.match("y" * 30 + " zzqq") == {**{f"p{i}": "y" for i in range(24)}, "p24": "y" * 6}
    assert time.process_time() - started < 0.5


def _old_match(template, text: str):
    """What Template.match answered when it was a regular expression (fine on short texts)."""
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(template.parts))
    found = re.compile(pattern, re.DOTALL).fullmatch(text)
    return None if found is None else dict(zip(template.placeholders, found.groups(), strict=True))


def test_template_match_answers_what_the_regular_expression_did():
    pick = random.Random(3)
    pieces = ["a", "b", "ab", " ", "{x}", "{y}", "{z}", "{{", "}}"]
    for _ in range(3000):
        template = parse("".join(pick.choice(pieces) for _ in range(pick.randint(0, 6))))
        for _ in range(5):
            text = "".join(pick.choice("ab {}") for _ in range(pick.randint(0, 9)))
            assert template.match(text) == _old_match(template, text), (template.source, text)
        filled = template.fill({name: pick.choice(["a", "b a", "{", "ab"]) for name in template.placeholders})
        assert template.match(filled) == _old_match(template, filled) is not None


HOSTILE_ENTRY = """\
id: {id}
category: stock
marketplaces: [shopx]
title: {{en: Hostile, es: Hostil, pt: Hostil}}
messages:
  - lang: en
    text: "{text}"
    examples: ["{example}"]
    placeholders: {{{kinds}}}
meaning: {{en: Hostile on purpose., es: Hostil a propósito., pt: Hostil de propósito.}}
causes: {{en: [A test.], es: [Una prueba.], pt: [Um teste.]}}
solution: {{en: [Fix it.], es: [Arréglala.], pt: [Conserte.]}}
verify: {{en: It loads., es: Carga., pt: Carrega.}}
"""


def _check(tmp_path, entry_id: str, names: list[str], example: str) -> tuple[subprocess.CompletedProcess, float]:
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    text = "".join(f"{{{n}}}" for n in names) + " zzqq"
    kinds = ", ".join(f"{n}: text" for n in names)
    (catalog / "errors" / "stock" / f"{entry_id}.yaml").write_text(
        HOSTILE_ENTRY.format(id=entry_id, text=text, example=example, kinds=kinds), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([str(BIN / "order-errors"), "check", str(catalog)], capture_output=True, text=True, timeout=60, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def test_check_refuses_a_long_example_of_side_by_side_placeholders_at_once(tmp_path):
    done, seconds = _check(tmp_path, "hostile-four", ["a", "b", "c", "d"], "x" * 800)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert re.search(r"hostile-four\.yaml:\d+:\d+: error: .*does not match the message text", done.stdout), done.stdout
    assert seconds < BOUND  # the command's own start-up included


def test_check_refuses_twenty_five_side_by_side_placeholders_at_once(tmp_path):
    done, seconds = _check(tmp_path, "hostile-many", [f"p{i}" for i in range(25)], "y" * 800 + " zzqq")
    assert "Traceback" not in done.stdout + done.stderr
    assert "at most 10 placeholders" in done.stdout, done.stdout  # the message rule, not a hang
    assert seconds < BOUND


def test_new_with_only_side_by_side_placeholders_ends(tmp_path):
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    done = subprocess.run([str(BIN / "order-errors"), "new", "--message", "{a}{b}{c}{d}{e}{f}{g}{h}{i}{j} zzqq",
                           "--lang", "en", "--category", "stock", "--generic", "--catalog", str(catalog)],
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 2, done.stdout + done.stderr  # refused by the message rule, at once
    assert "at most 10 placeholders" in done.stderr and "Traceback" not in done.stderr
    assert not (catalog / "errors" / "stock" / "zzqq.yaml").exists()
