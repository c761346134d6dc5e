"""A build of an invalid catalog fails, naming the file and line, and leaves the previous site as it was.

One good build of the fixture project, then a failed build for each kind of refusal (YAML syntax, the
model, the safe loader, the file's encoding); each failure stops before the site is touched, so the
failed builds are quick.
"""

from __future__ import annotations

import re

from support.broken import BROKEN_DIR
from support.build import make_project, run_mkdocs, site_files
from support.paths import FIXTURE_CATALOG

REFUSED = ["syntax-unclosed-quote.yaml", "duplicate-key.yaml", "alias-bomb.yaml", "non-utf8.yaml", "unknown-field.yaml"]


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path):
    project = make_project(tmp_path, FIXTURE_CATALOG)
    site = tmp_path / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stderr
    # The fixture project is built from the fixture catalog alone: no page of the real catalog.
    assert (site / "errors" / "sku-out-of-stock" / "index.html").is_file()
    assert not (site / "errors" / "order-not-found").exists()
    before = site_files(site)

    stock = project / "catalog" / "errors" / "stock"
    for name in REFUSED:
        (stock / name).write_bytes((BROKEN_DIR / name).read_bytes())
        result = run_mkdocs(project, site)
        assert result.returncode != 0, name
        assert "Traceback" not in result.stderr, name
        assert re.search(rf"catalog/errors/stock/{re.escape(name)}:\d+:\d+: error: ", result.stderr), result.stderr
        assert site_files(site) == before, f"{name}: the failed build changed the site"
        (stock / name).unlink()
