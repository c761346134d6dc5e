"""A folder name under catalog/errors/ that holds markup: `check` refuses it, and were it built anyway
(the folder check switched off by a test hook), the page, in every language, runs no script and goes
nowhere: the "Edit this page" link encodes each path segment, and the policy allows only the theme's
own inline scripts, never one the page happens to contain."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from support.build import make_project, run_mkdocs
from support.paths import BIN, FIXTURE_CATALOG
from support.serve import serve

SCRIPT_FOLDER = "x) <script>alert(document.domain)</script> (y"
REFRESH_FOLDER = "x) <meta http-equiv=refresh content=0;url=http://example.invalid/> (y"
ENTRIES = {"sku-out-of-stock": ("stock", SCRIPT_FOLDER), "payment-differs": ("price", REFRESH_FOLDER)}

INJECTED = "<script>alert('injected into the content')</script>"

# Listed before the site's hook: drops the one problem that would stop the build, as if the check
# missed it, and puts a script into one page's content, as an escaping mistake anywhere would.
BYPASS_HOOK = f'''
import order_errors.catalog.load as load

_checks = load.cross_file_problems


def on_startup(command, dirty):
    load.cross_file_problems = lambda *args: [p for p in _checks(*args) if "move the file to" not in p.message]


def on_page_content(html, page, config, files):
    return html + {INJECTED!r} if page.file.src_uri == "errors/sku-out-of-stock.md" else html
'''


def hostile_catalog(tmp_path: Path) -> Path:
    catalog = tmp_path / "source" / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    for entry, (category, folder) in ENTRIES.items():
        target = catalog / "errors" / folder
        target.mkdir(parents=True)  # a `/` in the name makes nested folders, as `mkdir -p` does
        (catalog / "errors" / category / f"{entry}.yaml").rename(target / f"{entry}.yaml")
    return catalog


def test_check_refuses_a_folder_that_is_not_the_category(tmp_path):
    catalog = hostile_catalog(tmp_path)
    result = subprocess.run([str(BIN / "order-errors"), "check", str(catalog)], capture_output=True, text=True,
                            timeout=20, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert sum("move the file to" in line for line in result.stdout.splitlines()) == len(ENTRIES), result.stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("folder-names")
    project = make_project(work, hostile_catalog(work))
    (project / "hooks" / "bypass_folder_check.py").write_text(BYPASS_HOOK)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("hooks:\n", "hooks:\n  - hooks/bypass_folder_check.py\n", 1))
    result = run_mkdocs(project, work / "site")
    assert result.returncode == 0, result.stderr
    return work / "site"


def test_the_edit_link_encodes_each_path_segment(site):
    html = (site / "errors" / "sku-out-of-stock" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(document.domain)" not in html
    assert "catalog/errors/x%29%20%3Cscript%3Ealert%28document.domain%29%3C/script%3E%20%28y/sku-out-of-stock.yaml" in html
    refresh = (site / "errors" / "payment-differs" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh"' not in refresh and "http-equiv=refresh" not in refresh


@pytest.mark.parametrize("lang", ["", "es/", "pt/"])
def test_the_pages_run_no_script_and_go_nowhere(page: Page, site, lang):
    server, url = serve(site)
    try:
        dialogs, requests = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda request: requests.append(request.url))
        for entry in ENTRIES:
            page.goto(f"{url}/{lang}errors/{entry}/", wait_until="load")
            page.wait_for_timeout(300)  # a refresh of 0 seconds would have left by now
            assert page.url == f"{url}/{lang}errors/{entry}/"
            edit = page.locator(".oe-dates a").last
            assert "catalog/errors/x%29" in (edit.get_attribute("href") or "")
    finally:
        server.shutdown()
    assert dialogs == []
    assert [r for r in requests if urlsplit(r).netloc != urlsplit(url).netloc] == []


def test_a_script_in_the_content_is_not_in_the_policy(site):
    """The injected script is in the page (so the browser test above meets it) but not allowed by its policy."""
    from order_errors.site.csp import _hash

    for lang in ("", "es/", "pt/"):
        html = (site / lang / "errors" / "sku-out-of-stock" / "index.html").read_text(encoding="utf-8")
        assert INJECTED in html
        policy = html.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
        body = INJECTED.removeprefix("<script>").removesuffix("</script>")
        assert _hash(body) not in policy and policy.count("sha256-") >= 2  # the theme's own scripts are allowed
