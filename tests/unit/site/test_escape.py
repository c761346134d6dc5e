"""Catalog text made safe for each place a page shows it: prose, table cells, attributes, code, front matter."""

from __future__ import annotations

import yaml

from order_errors.site.escape import attribute, cell, code_block, front_matter, prose


def test_markup_characters_in_catalog_text_are_written_as_entities():
    assert prose(" a & b <i>[x](y){: onclick=z} *kept* ") == "a &amp; b &lt;i&gt;&#91;x&#93;(y)&#123;: onclick=z&#125; *kept*"
    assert cell("*a* & <b>\n[c]{d}") == "\\*a\\* &amp; &lt;b&gt; &#91;c&#93;&#123;d&#125;"


def test_a_cell_is_one_line_and_escapes_every_markdown_character():
    assert cell("a | b") == "a \\| b"
    assert cell("line one\nline two") == "line one line two"
    assert cell("`code` _x_ #1 + - . ! ( )") == "\\`code\\` \\_x\\_ \\#1 \\+ \\- \\. \\! \\( \\)"


def test_an_attribute_escapes_html_and_quotes():
    assert attribute('Say "hi" & <b>\'bye\'</b>') == "Say &quot;hi&quot; &amp; &lt;b&gt;&#x27;bye&#x27;&lt;/b&gt;"


def test_a_code_block_fence_is_longer_than_any_backtick_run_in_it():
    assert code_block("plain") == "```text\nplain\n```"
    assert code_block("a ``` b", "json") == "````json\na ``` b\n````"
    block = code_block("x ````` y ` z")
    assert block.startswith("``````text\n") and block.endswith("\n``````")


def test_front_matter_reads_back_as_written():
    awkward = 'A "quoted" <b>tag</b> é 😀 \x85 \x80 \u2028 \ufeff : # - ? [x] {y} \\ \t\n--- end'
    fields = {"title": awkward, "id": "yes", "slug": "null", "legacySlug": ["123", "a: b"],
              "alternates": {"en": "../x/", "es": "./"}}
    written = front_matter(**fields, skipped=None)
    assert written.startswith("---\n") and written.endswith("\n---\n")
    assert yaml.safe_load(written.removeprefix("---\n").removesuffix("---\n")) == fields
    assert "skipped" not in written
