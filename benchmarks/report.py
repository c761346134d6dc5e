"""Write the site's Performance page from the benchmarks' JSON figures, with a chart (matplotlib, SVG).

    .venv/bin/python benchmarks/report.py --build build.json --speed speed.json [--quality quality.json]

Writes docs/performance.md and docs/images/performance.svg; both are committed, so the site shows the
figures of the last run without running benchmarks at build time. The JSON of that run is kept in
benchmarks/results/ (build.json, search-speed.json, search-quality.json).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "performance.md"
CHART = ROOT / "docs" / "images" / "performance.svg"


def _share(value: float | None) -> str:
    return "not measured" if value is None else f"{100 * value:.0f}%"


def measured(figures: dict) -> bool:
    """No latency when no query got an answer within the benchmark's wait: no figure, not a fast one."""
    return figures["latency_ms"]["median"] is not None


def chart(build: dict, speed: list[dict]) -> None:
    plt.rcParams.update({"svg.hashsalt": "order-errors", "font.size": 9})  # the same figures give the same file
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4))
    rows = sorted(build["builds"], key=lambda r: r["errors"])
    sizes = [r["errors"] for r in rows]
    left.plot(sizes, [r["ours"]["wall_s"] for r in rows], marker="o", label="this site (3 languages)")
    left.plot(sizes, [r["peer"]["wall_s"] for r in rows], marker="s", label="MkDocs + Material, same pages")
    left.set(xscale="log", yscale="log", xlabel="errors in the catalog", ylabel="build time (s)", title="Build")
    left.legend(frameon=False)
    for engine, marker in (("ours", "o"), ("material", "s"), ("pagefind", "^")):
        points = [(row["errors"], row[engine]["latency_ms"]["p95"]) for row in speed if measured(row[engine])]
        right.plot([p[0] for p in points], [p[1] for p in points], marker=marker, label=engine)
    right.set(xscale="log", yscale="log", xlabel="errors in the catalog", ylabel="query latency p95 (ms)", title="Search")
    right.legend(frameon=False)
    figure.tight_layout()
    figure.savefig(CHART, metadata={"Date": None})


def page(build: dict, speed: list[dict], quality: dict | None) -> str:
    lines = [
        "---",
        "title: Performance",
        "---",
        "",
        "# Performance",
        "",
        "How build time and search speed grow with the catalog, measured by the scripts in `benchmarks/` on a",
        f"{build['cpus']}-core machine, each beside the tool a reader would use instead, in the same run.",
        "",
        "![Build time and search latency against the catalog's size](images/performance.svg)",
        "",
        "## Build",
        "",
        "Three languages each time. The peer builds the same pages, generated beforehand, with plain MkDocs and",
        "Material, its languages laid out as ours (side by side). Ours saves two kinds of work the peer does, and",
        "each page comes out as the peer's: Markdown is handed a placeholder for each block of HTML the build",
        "wrote (card lists, messages, sources, breadcrumbs), put back after it (`site/verbatim.py`), and the",
        "theme's sidebar is rendered once for all the error pages of a category (`site/shared_nav.py`).",
        "Ours beyond the peer is the difference of the two, as a share of ours, in elapsed time and in CPU time of",
        "all processes: below zero, ours is the faster. The CPU inside the hook is the CPU time of its events and of",
        "importing it, in every process, as a share of all the CPU time of the build (a figure that does not rest",
        "on the difference of two builds, each drifting with the machine).",
    ]
    lines[-1] += (" Each figure is the median of the builds counted in the last column, ours and the peer taking turns:"
                  " this machine's speed drifts by a fifth or more from one minute to the next, and the share moves with it.")
    lines += [
        "",
        "| Catalog | Errors | This site (s) | MkDocs + Material, same pages (s) | Ours beyond the peer (time / CPU) | CPU inside the hook | Peak memory of one process, ours / peer (MB) | Builds of each |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in sorted(build["builds"], key=lambda r: r["errors"]):
        lines.append(f"| {r['catalog']} | {r['errors']:,} | {r['ours']['wall_s']:.1f} | {r['peer']['wall_s']:.1f} | "
                     f"{100 * r['hook_share']:.0f}% / {100 * r['hook_cpu_share']:.0f}% | {_share(r.get('hook_events_cpu_share'))} | "
                     f"{r['ours']['peak_mb']:.0f} / {r['peer']['peak_mb']:.0f} | "
                     f"{len(r['runs']['ours'])} |")
    serve = build.get("serve") or {}
    if serve.get("edits"):
        shown = [e["page_s"] for e in serve["edits"] if e["page_s"] is not None]
        if shown:
            lines += ["", f"Under `make serve` (`mkdocs serve --dirty`: a rebuild writes again only the pages whose text changed),"
                          f" a changed English title of the real catalog is served after {max(shown):.1f} s at worst ({len(shown)} edits);"
                          " Spanish and Portuguese follow in the background."]
    lines += [
        "",
        "## Search",
        "",
        "In headless Chromium, the pages served gzip-compressed as a static host serves them: what the page downloads",
        "for search before the first query can be answered (ours: this language's messages, all a pasted message",
        "needs) and in all (ours adds its text index and lunr.js, fetched only for a query no message answers),",
        "the time from the start of navigation until a query can be answered, as the page itself records it (ours:",
        "the messages and the scripts are in; Material: its worker has built its index; Pagefind, started once the",
        f"page is parsed: it has loaded and answered a first search; median of {len(speed[0]['ours']['ready_runs_ms'])} page loads), and query latency over pasted",
        "messages: ours, the matcher's search call in the page; Pagefind, its search and the data of its first five",
        "results; Material, from the keystroke until its result list (drawn from a worker) has settled, over the",
        "first 40 queries, each waited for up to 10 s. Its median and p95 are those of the queries it answered in",
        "that time; the last column counts the others.",
        "",
        "| Catalog | Engine | Download before the first query (gzip) | In all (gzip) | First query possible (ms) | Median (ms) | p95 (ms) | No answer within 10 s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in speed:
        for engine in ("ours", "material", "pagefind"):
            f = row[engine]
            latency = (f"{f['latency_ms']['median']:.1f} | {f['latency_ms']['p95']:.1f}" if measured(f)
                       else "not measured | not measured")
            lines.append(f"| {row['size']} | {engine} | {f['bytes']['first']['gzip'] / 1024:,.0f} KB | "
                         f"{f['bytes']['all']['gzip'] / 1024:,.0f} KB | {f['ready_ms']:.0f} | {latency} | "
                         f"{f['latency_ms']['unanswered']} |")
    if quality:
        q = quality["ours"]["quality"]
        m = quality["material"]["quality"]
        lines += [
            "",
            "## Search quality",
            "",
            "The right entry first (recall@1) for pasted messages, and in the first three for described problems.",
            "",
            "| Queries | This site | Material's search |",
            "| --- | ---: | ---: |",
            f"| pasted messages, recall@1 | {q['dev-queries']['recall@1']:.2f} | {m['dev-queries']['recall@1']:.2f} |",
            f"| described problems, recall@3 | {q['described']['recall@3']:.2f} | {m['described']['recall@3']:.2f} |",
            f"| no result | {q['all']['no_result']:.2f} | {m['all']['no_result']:.2f} |",
            "",
            "Described problems by the language they are written in, on that language's site: our own sets, written",
            "beside the ranking, and held-out sets, each written by someone who saw the catalog but neither the ranking",
            "nor the other queries (benchmarks/queries/README.md says how each was used since).",
            "",
            "| Language | Queries | Right entry first | In the first three |",
            "| --- | ---: | ---: | ---: |",
        ]
        for lang, row in quality["ours"]["by_language"].items():
            lines.append(f"| {lang} | {row['n']} | {row['recall@1']:.2f} | {row['recall@3']:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--speed", type=Path, required=True)
    parser.add_argument("--quality", type=Path)
    args = parser.parse_args()
    build = json.loads(args.build.read_text())
    speed = json.loads(args.speed.read_text())
    for row in speed:
        row["errors"] = int(str(row["size"]).split("(")[-1].rstrip(")"))
    quality = json.loads(args.quality.read_text()) if args.quality else None
    chart(build, speed)
    PAGE.write_text(page(build, speed, quality), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)} and {CHART.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
