"""Writes tests/broken/*.yaml (run from the project root): each a broken error entry, its expectation on line 1."""
from pathlib import Path

BASE = """id: {id}
category: stock
marketplaces: [shopx]
title: {{en: A broken entry, es: Una entrada rota, pt: Uma entrada quebrada}}
messages:
  - lang: en
    text: "Broken entry number {id} failed"
meaning: {{en: It is broken on purpose., es: Está rota a propósito., pt: Está quebrada de propósito.}}
causes: {{en: [A test.], es: [Una prueba.], pt: [Um teste.]}}
solution: {{en: [Fix it.], es: [Arréglala.], pt: [Conserte.]}}
verify: {{en: It loads., es: Carga., pt: Carrega.}}
{sources}"""
SOURCES = 'sources: [{url: "https://help.vtex.com/en/troubleshooting/order-errors-in-marketplace-integrations", title: Order errors, lang: en}]\n'

def entry(name, **replace):
    text = BASE.format(id=name, sources=SOURCES)
    for old, new in replace.items():
        old = old.replace("__", " ")
        assert old in text, old
        text = text.replace(old, new, 1)
    return text

cases = {}
def case(name, expect_line, expect, text=None, raw=None, **replace):
    body = raw if raw is not None else (text if text is not None else entry(name, **replace))
    header = f"# expect: {expect_line} {expect}\n"
    if name == "bom":
        cases[name] = b"\xef\xbb\xbf" + header.encode() + body
    elif isinstance(body, bytes):
        cases[name] = header.encode() + body
    else:
        cases[name] = header + body

def E(name):  # noqa: N802 - reads like the template it fills
    return BASE.format(id=name, sources=SOURCES)
case("syntax-unclosed-quote", 8, "invalid YAML", text=E("syntax-unclosed-quote").replace('"Broken entry number syntax-unclosed-quote failed"', '"Broken entry').replace(SOURCES, ''))
case("syntax-mapping-in-value", 3, "invalid YAML: mapping values are not allowed", text=E("syntax-mapping-in-value").replace("category: stock", "category: stock: x"))
case("syntax-bad-indent", 8, "invalid YAML", text=E("syntax-bad-indent").replace('    text: "Broken', '   text: "Broken'))
case("syntax-unclosed-flow", 5, "invalid YAML", text=E("syntax-unclosed-flow").replace("title: {en: A broken entry,", "title: {en: [A broken entry,"))
case("tabs", 7, "invalid YAML", text=E("tabs").replace("  - lang: en", "\t- lang: en"))
case("bom", 1, "byte-order mark", raw=E("bom").encode())
case("non-utf8", 9, "not valid UTF-8", raw=E("non-utf8").replace("Está rota", "Est\udce1 rota").encode("utf-8", "surrogateescape"))
case("empty", 1, "file is empty", text="")
case("only-comments", 1, "file is empty", text="# nothing here\n# at all\n")
case("list-at-top", 2, "must be a mapping", text="- id: list-at-top\n- category: stock\n")
case("scalar-at-top", 2, "must be a mapping", text="just some text\n")
case("duplicate-key", 4, "duplicate key `category`", text=E("duplicate-key").replace("category: stock\n", "category: stock\ncategory: price\n"))
case("duplicate-nested-key", 5, "duplicate key `en`", text=E("duplicate-nested-key").replace("title: {en: A broken entry,", "title: {en: A broken entry, en: Again,"))
case("wrong-type-marketplaces", 4, "`marketplaces`", **{"marketplaces:__[shopx]": "marketplaces: shopx"})
case("wrong-type-messages", 6, "`messages`", text=E("wrong-type-messages").replace('messages:\n  - lang: en\n    text: "Broken entry number wrong-type-messages failed"', 'messages: "Broken entry"'))
case("wrong-type-title", 5, "`title`", **{"title:__{en:__A__broken__entry,__es:__Una__entrada__rota,__pt:__Uma__entrada__quebrada}": "title: A broken entry"})
case("wrong-type-causes", 10, "`causes.en`", **{"causes:__{en:__[A__test.]": "causes: {en: A test."})
case("wrong-type-generic", 4, "`generic`", **{"category:__stock\n": "category: stock\ngeneric: maybe\n"})
case("wrong-type-created", 4, "`created`", **{"category:__stock\n": "category: stock\ncreated: yesterday\n"})
case("wrong-type-id-number", 2, "`id`", text=E("x").replace("id: x", "id: 12345"))
case("null-title", 5, "`title`", **{"title:__{en:__A__broken__entry,__es:__Una__entrada__rota,__pt:__Uma__entrada__quebrada}": "title: null"})
case("unknown-field", 11, "unknown field `soluton` (did you mean `solution`?)", **{"solution:": "soluton:"})
case("unknown-field-in-message", 8, "unknown field `messages.0.txt`", **{"    text:": "    txt:"})
case("unknown-language", 5, "unknown field `title.fr`", **{"pt:__Uma__entrada__quebrada}": "pt: Uma entrada quebrada, fr: Une entrée cassée}"})
case("missing-id", 2, "missing required field `id`", text=E("missing-id").replace("id: missing-id\n", ""))
case("missing-messages", 2, "missing required field `messages`", text=E("missing-messages").replace('messages:\n  - lang: en\n    text: "Broken entry number missing-messages failed"\n', ""))
case("missing-title", 2, "missing required field `title`", text=E("missing-title").replace("title: {en: A broken entry, es: Una entrada rota, pt: Uma entrada quebrada}\n", ""))
case("missing-message-lang", 7, "missing required field `messages.0.lang`", **{"  - lang: en\n    text:": "  - text:"})
case("empty-messages", 6, "`messages`", text=E("empty-messages").replace('messages:\n  - lang: en\n    text: "Broken entry number empty-messages failed"', "messages: []"))
case("bad-id", 2, "`id`", text=E("x").replace("id: x", "id: Bad Id!"))
case("bad-placeholder-kind", 9, "`messages.0.placeholders.order_id`", **{'failed"': 'failed for {order_id}"\n    placeholders: {order_id: identifier}'})
case("undeclared-placeholder", 7, "placeholder {order_id} is not declared", **{'failed"': 'failed for {order_id}"'})
case("unused-placeholder", 9, "seller declared but not used", **{'failed"': 'failed"\n    placeholders: {seller: seller}'})
case("example-does-not-match", 9, "does not match the message text", **{'failed"': 'failed"\n    examples: ["Something else entirely"]'})
case("empty-text", 8, "`messages.0.text`", **{'"Broken entry number empty-text failed"': '""'})
case("too-long-message", 8, "`messages.0.text`", **{'"Broken entry number too-long-message failed"': '"' + "x" * 2500 + '"'})
case("id-clash", 2, "but its id is `sku-out-of-stock`", text=E("sku-out-of-stock"))
case("not-named-after-id", 2, "rename it to `other-name.yaml`", text=E("other-name"))
case("unknown-marketplace", 4, "unknown marketplace `shopz` (did you mean `shopx`?)", **{"[shopx]": "[shopz]"})
case("unknown-category", 3, "unknown category `stok` (did you mean `stock`?)", **{"category:__stock": "category: stok"})
case("unknown-related", 14, "related entry `payment-differ` does not exist", text=E("unknown-related") + "related: [payment-differ]\n")
case("stock-message-copied", 8, "is already in entry `sku-out-of-stock`", **{'"Broken entry number stock-message-copied failed"': '"order {order_id} with sku {sku} OUT OF STOCK"\n    placeholders: {order_id: order_id, sku: sku}'})
case("alias-bomb", 2, "YAML aliases", text='a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(f'{c}: &{c} [{",".join(["*" + p] * 9)}]\n' for p, c in zip("abcdefgh", "bcdefghi")))
case("alias-simple", 5, "YAML aliases", text=E("alias-simple").replace("title: {en: A broken entry,", "title: &t {en: A broken entry,") + "extra: *t\n")
case("missing-language", 12, "`verify` has no `es` text", **{"verify:__{en:__It__loads.,__es:__Carga.,__": "verify: {en: It loads., "})
case("untranslated", 5, "`title.es` is the same as `title.en`", **{"es:__Una__entrada__rota": "es: A broken entry"})
case("wrong-language", 9, "`meaning.pt` reads like English", **{"pt:__Está__quebrada__de__propósito.}": "pt: This is broken on purpose and it is not in the right language at all.}"})
case("updated-before-created", 2, "`updated` is earlier than `created`", **{"category:__stock\n": "category: stock\ncreated: 2024-05-01\nupdated: 2023-01-01\n"})
case("no-marketplace", 2, "list at least one marketplace", **{"marketplaces:__[shopx]\n": ""})
case("related-to-itself", 2, "cannot be related to itself", text=E("related-to-itself") + "related: [related-to-itself]\n")
case("deep-nesting", 3, "exceeded maximum nesting depth", text="id: deep-nesting\nextra: " + "[" * 5000 + "]" * 5000 + "\n")
# Found by an outside probe: each once ended in a traceback, or was accepted.
case("impossible-date", 4, "`2024-02-30` is not a date that exists", **{"category:__stock\n": "category: stock\ncreated: 2024-02-30\n"})
case("deep-nesting-990", 3, "nested more than", text="id: deep-nesting-990\nextra: " + "[" * 990 + "]" * 990 + "\n")
case("huge-integer", 4, "has 5,000 characters", **{"category:__stock\n": "category: stock\nextra: " + "9" * 5000 + "\n"})
case("merge-key", 5, "merge keys (`<<:`) are not allowed", **{"title:__{en:__A__broken__entry,": "title: {<<: {en: Hidden}, en: A broken entry,"})
case("control-escape", 5, "control character U+001B (ESC)", **{"{en:__A__broken__entry,": '{en: "A \\e[31mbroken entry",'})
case("control-nul", 5, "control character U+0000 (NUL)", **{"{en:__A__broken__entry,": '{en: "A broken\\0 entry",'})
case("control-bidi-override", 5, "control character U+202E", **{"{en:__A__broken__entry,": '{en: "A broken \\u202e entry",'})
case("placeholders-only", 8, "letters of literal words", **{'"Broken entry number placeholders-only failed"': '"{a}{b}"\n    placeholders: {a: text, b: text}'})
case("too-many-placeholders", 8, "has 12 placeholders", **{'"Broken entry number too-many-placeholders failed"': '"Broken entry ' + "".join(f"{{p{i}}} " for i in range(12)) + 'failed"\n    placeholders: {' + ", ".join(f"p{i}: text" for i in range(12)) + "}"})
case("variant-placeholders-only", 9, "letters of literal words", **{'failed"': 'failed"\n    variants: ["{a} {b}"]\n    placeholders: {a: text, b: text}'})
case("folder-is-not-the-category", 3, "move the file to", **{"category:__stock": "category: price"})

out = Path("tests/broken")
for name, body in cases.items():
    path = out / f"{name}.yaml"
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
print(len(cases))
