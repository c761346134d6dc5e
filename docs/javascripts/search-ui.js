/*
 * The header search box and the hub's paste box, both driven by OrderErrorsMatcher.
 * Everything from the catalog is put in the page as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  var box = document.querySelector(".oe-search");
  if (!box) return;
  var matcherPromise = null, readyPromise = null;

  /* With the page, this language's messages (matcher.js loads them): all a pasted message needs.
     Only when a query is not a message the catalog knows, the text index of its pages and lunr.js
     to read it, which the matcher takes on arrival (the searches then run again). */
  function json(url) { return fetch(url).then(function (response) { return response.json(); }); }
  function loadMatcher() {
    if (!matcherPromise) {
      matcherPromise = new Promise(function (resolve) {  // matcher.js is async: it may still be loading
        if (window.OrderErrorsMatcher) resolve();
        else document.querySelector("script[data-oe-search]").addEventListener("load", resolve);
      }).then(function () { return window.OrderErrorsMatcher.page; }).then(function (matcher) {
        performance.mark("order-errors:search-ready");  // when a query can first be answered: benchmarks read it
        return matcher;
      });
    }
    return matcherPromise;
  }
  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  function loadTextIndex() {
    if (!readyPromise) {
      var index = json(box.getAttribute("data-oe-text-index"));
      var lunr = window.lunr ? Promise.resolve() : loadScript(box.getAttribute("data-oe-lunr"));
      readyPromise = Promise.all([loadMatcher(), index, lunr]).then(function (all) {
        all[0].attachTextIndex(all[1], window.lunr);
        if (input.value.trim()) runHeaderSearch();  // what was typed meanwhile gets the full answer
        if (paste && paste.value.trim()) runPaste();
        return all[0];
      });
    }
    return readyPromise;
  }
  function search(matcher, query, limit) {
    var results = matcher.search(query, limit);
    var recognised = results.some(window.OrderErrorsMatcher.recognises);
    if (!recognised && !matcher.index) loadTextIndex();
    return results;
  }
  // For tests and benchmarks: the matcher the UI uses; `.ready` loads its text index too.
  window.orderErrorsSearch = loadMatcher;
  Object.defineProperty(window.orderErrorsSearch, "ready", { get: loadTextIndex });
  loadMatcher();

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function title(result) { return result.title; }

  /* "order 1234567, SKU 88231": a kind that says what the value is (order, SKU, seller) names it;
     for generic kinds (two amounts, a date) the placeholder's own name says more. */
  var GENERIC_KINDS = ["amount", "number", "text", "code", "date", "time"];
  function describeValues(matcher, result) {
    return Object.keys(result.values).map(function (name) {
      var kind = result.value_kinds[name];
      var label = GENERIC_KINDS.indexOf(kind) >= 0 ? name.replace(/_/g, " ") : (matcher.labels[kind] || name);
      return label + " " + result.values[name];
    }).join(", ");
  }

  /* -- header box ---------------------------------------------------------------------- */

  var input = box.querySelector(".md-search__input");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var pending = 0;

  function renderResults(matcher, query, results) {
    list.textContent = "";
    if (!query.trim()) { meta.textContent = matcher.strings.placeholder; return; }
    meta.textContent = results.length ? matcher.strings.count.replace("#", results.length) : matcher.strings.none;
    results.forEach(function (result) {
      var item = element("li", "md-search-result__item");
      var link = element("a", "md-search-result__link");
      link.href = result.url;
      link.setAttribute("data-oe-id", result.id);
      link.setAttribute("data-oe-kind", result.kind);
      var article = element("article", "md-search-result__article md-typeset");
      article.appendChild(element("h1", null, title(result)));
      if (result.messages.length) article.appendChild(element("p", "oe-result__message", result.messages[0]));
      var values = describeValues(matcher, result);
      if (values) article.appendChild(element("p", "oe-result__values", values));
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function runHeaderSearch() {
    var query = input.value, ticket = ++pending;
    loadMatcher().then(function (matcher) {
      if (ticket !== pending) return;  // a newer keystroke is already being answered
      renderResults(matcher, query, query.trim() ? search(matcher, query, 10) : []);
    });
  }

  input.addEventListener("input", runHeaderSearch);
  input.addEventListener("keyup", runHeaderSearch);
  input.addEventListener("focus", function () { if (toggle) toggle.checked = true; });
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  box.querySelector("form").addEventListener("reset", function () {
    window.setTimeout(runHeaderSearch, 0);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle && toggle.checked) { toggle.checked = false; input.blur(); }
  });

  /* -- the hub's paste box ------------------------------------------------------------- */

  var paste = document.querySelector(".oe-paste__input");
  var answer = document.querySelector(".oe-paste__result");
  if (!paste || !answer) return;

  function runPaste() {
    var text = paste.value;
    loadMatcher().then(function (matcher) {
      if (text !== paste.value) return;
      answer.textContent = "";
      if (!text.trim()) return;
      var best = search(matcher, text, 1).filter(function (r) { return r.kind === "error"; })[0];
      if (!best) { answer.appendChild(element("p", null, matcher.strings.none)); return; }
      var heading = element("p", "oe-paste__title");
      var link = element("a", null, title(best));
      link.href = best.url;
      link.setAttribute("data-oe-id", best.id);
      heading.appendChild(link);
      answer.appendChild(heading);
      answer.appendChild(element("p", "oe-result__message", best.messages[0]));
      var values = describeValues(matcher, best);
      if (values) answer.appendChild(element("p", "oe-paste__values", values));
      var fix = element("a", "md-button md-button--primary oe-paste__fix", matcher.strings.fix);
      fix.href = best.url;
      answer.appendChild(fix);
    });
  }
  paste.addEventListener("input", runPaste);
})();
