"""HTML blocks set aside from a page's Markdown and put back after it: the page comes out the same."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.config import load_config

from order_errors.core.languages import LANGS
from order_errors.site.content import SiteContent
from order_errors.site.render import Renderer
from order_errors.site.verbatim import SetAside, put_back
from support.paths import ROOT


def test_a_block_leaves_a_placeholder_and_its_line_breaks():
    aside = SetAside()
    text = "# Title\n\n" + aside('<ul class="oe-list">\n<li>A</li>\n</ul>\n') + "\n## Next\n"
    assert "<ul" not in text and text.endswith("-->\n\n## Next\n")
    assert put_back(text, aside.blocks) == '# Title\n\n<ul class="oe-list">\n<li>A</li>\n</ul>\n\n## Next\n'


@pytest.mark.parametrize("lang", LANGS)
def test_pages_with_their_blocks_put_back_are_the_whole_pages(fixture_catalog, lang):
    whole = Renderer(fixture_catalog, lang).pages()
    blocks: dict[str, tuple[str, ...]] = {}
    set_aside = Renderer(fixture_catalog, lang).pages(set_aside=blocks)
    assert {path: put_back(text, blocks.get(path, ())) for path, text in set_aside.items()} == whole
    # The card lists and message blocks are what is set aside: no Markdown reads them.
    assert '<ul class="oe-list"' not in set_aside["categories/stock.md"]
    assert '<div class="oe-messages">' not in set_aside["errors/sku-out-of-stock.md"]
    assert '<nav class="oe-crumbs"' not in set_aside["errors/sku-out-of-stock.md"]


def _site_markdown():
    """A converter with the site's own Markdown extensions and their settings (mkdocs.yml)."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return lambda text: markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs).convert(text)


def test_markdown_makes_the_same_html_of_the_real_pages_either_way(catalog):
    """Every English page of the real catalog: converted whole, and converted without its blocks which
    are then put back, the HTML is the same to the character."""
    convert = _site_markdown()
    content = SiteContent.build(catalog, "en")
    assert content.html_blocks, "no block was set aside"
    for path, text in content.pages.items():
        body = text.split("---\n", 2)[2]
        whole = content.with_blocks(path, text).split("---\n", 2)[2]
        assert content.with_blocks(path, convert(body)) == convert(whole), path
