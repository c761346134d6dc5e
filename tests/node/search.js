// Runs docs/javascripts/matcher.js in Node for tests/unit/search/test_node_parity.py.
// stdin: {"lunr": path of lunr.js, "data": search data, "textIndex": compact text index, "queries": [...], "limit": n}
// stdout: for each query, its results as [id, kind, tier, match, score, values].
"use strict";
const path = require("path");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { lunr: lunrPath, data, textIndex, queries, limit } = JSON.parse(input);
  const { Matcher } = require(path.join(__dirname, "..", "..", "docs", "javascripts", "matcher.js"));
  const matcher = new Matcher(data, require(lunrPath), textIndex);
  const results = queries.map((q) => matcher.search(q, limit).map((r) => [r.id, r.kind, r.tier, r.match, r.score, r.values]));
  process.stdout.write(JSON.stringify(results));
});
