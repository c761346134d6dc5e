#!/usr/bin/env node
/*
 * Runs docs/javascripts/matcher.js in Node on search data the Python side built, for the tests.
 *
 *   node tests/node/run_matcher.js LUNR_JS SEARCH_DATA_JSON TEXT_INDEX_JSON < queries
 *
 * stdin: one JSON string (a query) per line. stdout: one JSON line per query, in order:
 * {"ms": time the search took, "cpu_ms": processor time it took (what a test can bound on a busy machine), "results": [{id, kind, tier, match, score, messages, values, value_kinds}, ...]}.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const [lunrPath, dataPath, textIndexPath] = process.argv.slice(2);
const lunr = require(path.resolve(lunrPath));
const { Matcher } = require(path.join(__dirname, "..", "..", "docs", "javascripts", "matcher.js"));
const read = (file) => JSON.parse(fs.readFileSync(file, "utf-8"));
const matcher = new Matcher(read(dataPath), lunr, read(textIndexPath));

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!line.trim()) return;
  const query = JSON.parse(line);
  const started = process.hrtime.bigint(), cpu = process.cpuUsage();
  const results = matcher.search(query, 10);
  const ms = Number(process.hrtime.bigint() - started) / 1e6, used = process.cpuUsage(cpu);
  const slim = results.map((r) => ({ id: r.id, kind: r.kind, tier: r.tier, match: r.match, score: r.score, messages: r.messages, values: r.values, value_kinds: r.value_kinds }));
  process.stdout.write(JSON.stringify({ ms: ms, cpu_ms: (used.user + used.system) / 1000, results: slim }) + "\n");
});
