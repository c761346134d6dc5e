#!/usr/bin/env node
/*
 * docs/javascripts/matcher.js run in Node on search data the Python side built, for the tests
 * (tests/support/matcher_in_node.py). Reads one JSON object on standard input:
 *   {"lunr": path of lunr.js, "data": search data, "textIndex": compact text index,
 *    "queries": [...], "limit": n, "words": [...], "texts": [[word, ...], ...]}
 * and prints {"answers": [{"ms", "cpu_ms", "results": [{id, kind, tier, match, score, messages, values,
 * value_kinds}, ...]}, ...], "terms": [each word's stem], "texts": [each text's terms]}.
 * cpu_ms is the processor time a search took: what a test can bound on a busy machine.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const { Matcher } = require(path.join(__dirname, "..", "..", "docs", "javascripts", "matcher.js"));
const matcher = new Matcher(input.data, require(input.lunr), input.textIndex);
const answers = (input.queries || []).map((query) => {
  const started = process.hrtime.bigint(), cpu = process.cpuUsage();
  const results = matcher.search(query, input.limit || 10);
  const ms = Number(process.hrtime.bigint() - started) / 1e6, used = process.cpuUsage(cpu);
  return {
    ms: ms, cpu_ms: (used.user + used.system) / 1000,
    results: results.map((r) => ({ id: r.id, kind: r.kind, tier: r.tier, match: r.match, score: r.score,
                                   messages: r.messages, values: r.values, value_kinds: r.value_kinds })),
  };
});
process.stdout.write(JSON.stringify({
  answers: answers,
  terms: (input.words || []).map((w) => matcher.analysis.stem(w)),
  texts: (input.texts || []).map((words) => matcher.analysis.wordTerms(words)),
}));
