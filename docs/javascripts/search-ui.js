/*
 * The header search box and the paste boxes (the hub's, the 404 page's), both driven by OrderErrorsMatcher.
 * Everything from the catalog or the visitor is put in the page as text (textContent), never as HTML.
 *
 * Every answer says how sure it is (`match`: exact, partial, related) in words and in `data-match`;
 * when nothing is exact or partial, the page says so first and lists pages related by words under a
 * heading that says so, never under a "How to fix it" button. `?q=<text>` on any page runs that search
 * on arrival; on the page of the entry it finds, it shows "Your message" with its values instead.
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
        lastHeaderQuery = null;  // what was typed meanwhile gets the full answer
        if (input.value.trim()) runHeaderSearch();
        pasteBoxes.forEach(function (paste) { paste.last = null; if (paste.input.value.trim()) paste.run(); });
        return all[0];
      });
    }
    return readyPromise;
  }
  function recognised(results) {
    return results.some(function (r) { return r.match === "exact" || r.match === "partial"; });
  }
  /* The results, and whether the text index may still add to them (it is loaded on first need). */
  function search(matcher, query, limit) {
    var results = matcher.search(query, limit);
    // The text index is needed when the matcher would have read it (no piece of a message recognised).
    var pending = !results.some(window.OrderErrorsMatcher.recognises) && !matcher.index;
    if (pending) loadTextIndex();
    return { results: results, pending: pending };
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

  /* The message of a result with each captured value in place, highlighted (<mark>) and labelled by its
     kind in the page's language; a value the message does not hold (the order id of the Admin's prefix)
     leads it. */
  function messageWithValues(matcher, result, className) {
    var paragraph = element("p", className || "oe-result__message");
    var message = result.messages[0] || "", shown = {};
    function mark(name) {
      var kind = result.value_kinds[name], label = (matcher.labels && matcher.labels[kind]) || name;
      var value = element("mark", "oe-value", result.values[name]);
      value.setAttribute("data-kind", kind || "text");
      value.title = label;
      return value;
    }
    Object.keys(result.values).forEach(function (name) {
      if (message.indexOf("{" + name + "}") < 0) {
        var kind = result.value_kinds[name];
        paragraph.appendChild(document.createTextNode(((matcher.labels && matcher.labels[kind]) || name) + " "));
        paragraph.appendChild(mark(name));
        paragraph.appendChild(document.createTextNode(": "));
      }
    });
    var placeholder = /\{([a-z][a-z0-9_]*)\}/g, position = 0, found;
    while ((found = placeholder.exec(message))) {
      paragraph.appendChild(document.createTextNode(message.slice(position, found.index)));
      if (Object.prototype.hasOwnProperty.call(result.values, found[1]) && !shown[found[1]]) {
        paragraph.appendChild(mark(found[1]));
        shown[found[1]] = true;
      } else {
        paragraph.appendChild(document.createTextNode(found[0]));
      }
      position = placeholder.lastIndex;
    }
    paragraph.appendChild(document.createTextNode(message.slice(position)));
    return paragraph;
  }

  function matchLabel(matcher, result) {
    var label = element("span", "oe-match oe-match--" + result.match, matcher.strings[result.match]);
    return label;
  }

  /* A result's address carries the pasted text (`?q=`), so its page can show it with its values. */
  function resultUrl(result, query) {
    return result.kind === "error" && result.match !== "related"
      ? result.url + "?q=" + encodeURIComponent(query.slice(0, 2000)) : result.url;
  }

  function proposeLink(matcher, query) {
    var base = box.getAttribute("data-oe-new-issue");
    if (!base) return null;
    var link = element("a", "oe-propose", matcher.strings.propose);
    var text = query.trim().slice(0, 2000);
    link.href = base + (base.indexOf("?") >= 0 ? "&" : "?") + "message=" + encodeURIComponent(text) +
      "&title=" + encodeURIComponent("[message] " + text.split("\n")[0].slice(0, 80));
    link.rel = "noopener";
    return link;
  }

  function countText(matcher, count) {
    return count === 1 ? matcher.strings.count_one : matcher.strings.count.replace("#", count);
  }

  /* -- header box ---------------------------------------------------------------------- */

  var input = box.querySelector(".md-search__input");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var pending = 0, lastHeaderQuery = null;

  function renderResults(matcher, query, found) {
    list.textContent = "";
    var previous = box.querySelector(".oe-search__notice");
    if (previous) previous.remove();
    if (!query.trim()) { meta.textContent = matcher.strings.placeholder; return; }
    var results = found.results;
    if (found.pending && !results.length) { meta.textContent = matcher.strings.working; return; }
    if (!results.length) meta.textContent = matcher.strings.none;
    else if (recognised(results)) meta.textContent = countText(matcher, results.length);
    else {  // say first that the catalog does not know this text; what follows only shares words with it
      meta.textContent = matcher.strings.no_catalog_message;
      var notice = element("div", "oe-search__notice");
      notice.appendChild(element("p", "oe-search__related-heading", found.pending ? matcher.strings.working : matcher.strings.related_by_words));
      var propose = proposeLink(matcher, query);
      if (propose) notice.appendChild(propose);
      meta.after(notice);
    }
    results.forEach(function (result) {
      var item = element("li", "md-search-result__item");
      var link = element("a", "md-search-result__link");
      link.href = resultUrl(result, query);
      link.setAttribute("data-oe-id", result.id);
      link.setAttribute("data-oe-kind", result.kind);
      link.setAttribute("data-match", result.match);
      var article = element("article", "md-search-result__article md-typeset");
      article.appendChild(matchLabel(matcher, result));
      article.appendChild(element("h1", null, result.title));
      if (result.messages.length) article.appendChild(messageWithValues(matcher, result));
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function runHeaderSearch() {
    var query = input.value;
    if (query === lastHeaderQuery) return;  // arrows, Shift and the like change nothing: no new search
    lastHeaderQuery = query;
    var ticket = ++pending;
    loadMatcher().then(function (matcher) {
      if (ticket !== pending) return;  // a newer keystroke is already being answered
      renderResults(matcher, query, query.trim() ? search(matcher, query, 10) : { results: [], pending: false });
    });
  }

  function open() { if (toggle) toggle.checked = true; }
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link")); }

  input.addEventListener("input", runHeaderSearch);
  input.addEventListener("focus", open);
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
  });
  box.querySelector("form").addEventListener("reset", function () {
    window.setTimeout(runHeaderSearch, 0);
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((event.target && event.target.tagName) || "") ||
      (event.target && event.target.isContentEditable);
    if (event.key === "Escape" && toggle && toggle.checked) { toggle.checked = false; input.blur(); return; }
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();  // `/` focuses the search, as on most documentation sites
      open();
      input.focus();
      return;
    }
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && toggle && toggle.checked) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (!all.length || (at < 0 && event.target !== input)) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? Math.min(at + 1, all.length - 1) : at - 1;
      if (next < 0) input.focus(); else all[next].focus();
    }
  });

  /* -- paste boxes (the hub, the 404 page) ---------------------------------------------- */

  function PasteBox(container) {
    this.input = container.querySelector(".oe-paste__input");
    this.answer = container.querySelector(".oe-paste__result");
    this.last = null;
    this.input.addEventListener("input", this.run.bind(this));
  }
  PasteBox.prototype.run = function () {
    var self = this, text = this.input.value;
    if (text === this.last) return;
    this.last = text;
    loadMatcher().then(function (matcher) {
      if (text !== self.input.value) return;
      var answer = self.answer;
      answer.textContent = "";
      if (!text.trim()) return;
      var found = search(matcher, text, 10);
      var errors = found.results.filter(function (r) { return r.kind === "error"; });
      if (!recognised(errors)) {
        answer.appendChild(element("p", "oe-paste__none", found.pending ? matcher.strings.working : matcher.strings.no_catalog_message));
        if (found.pending) return;
        var propose = proposeLink(matcher, text);
        if (propose) answer.appendChild(element("p", "oe-paste__propose")).appendChild(propose);
        if (!errors.length) return;
        answer.appendChild(element("p", "oe-paste__related-heading", matcher.strings.related_by_words));
      }
      var shown = errors[0].match === "exact" ? errors.slice(0, 1) : errors.slice(0, 3);
      var listed = element("ol", "oe-paste__answers");
      shown.forEach(function (result) {
        var item = element("li", "oe-paste__answer");
        item.appendChild(matchLabel(matcher, result));
        var heading = element("p", "oe-paste__title");
        var link = element("a", null, result.title);
        link.href = resultUrl(result, text);
        link.setAttribute("data-oe-id", result.id);
        link.setAttribute("data-match", result.match);
        heading.appendChild(link);
        item.appendChild(heading);
        item.appendChild(messageWithValues(matcher, result));
        if (result.match !== "related") {
          var fix = element("a", "md-button md-button--primary oe-paste__fix", matcher.strings.fix);
          fix.href = resultUrl(result, text);
          fix.setAttribute("data-match", result.match);
          item.appendChild(fix);
        }
        listed.appendChild(item);
      });
      answer.appendChild(listed);
    });
  };
  var pasteBoxes = Array.prototype.map.call(document.querySelectorAll(".oe-paste"), function (container) {
    return new PasteBox(container);
  }).filter(function (paste) { return paste.input && paste.answer; });

  /* -- a search carried in the address (?q=) -------------------------------------------- */

  /* On the page of the entry the search finds, "Your message" with its values, at the fix; anywhere
     else, the search itself, in the header box (and the page's paste box). */
  function thisPagesEntry(matcher) {
    var template = matcher.data.error_url.split("{id}");
    var path = window.location.pathname;
    if (path.indexOf(template[0]) !== 0 || !path.endsWith(template[1])) return null;
    var id = path.slice(template[0].length, path.length - template[1].length);
    return /^[a-z0-9-]+$/.test(id) ? id : null;
  }
  function showYourMessage(matcher, result, query) {
    var content = document.querySelector(".md-content__inner");
    var title = content && content.querySelector("h1");
    if (!title) return;
    var block = element("aside", "oe-your-message admonition");
    block.setAttribute("data-match", result.match);
    block.appendChild(element("p", "admonition-title", matcher.strings.your_message));
    block.appendChild(matchLabel(matcher, result));
    block.appendChild(messageWithValues(matcher, result, "oe-your-message__text"));
    title.after(block);
    var headings = Array.prototype.slice.call(content.querySelectorAll("h2"));
    var fix = headings.filter(function (h) { return h.textContent.replace("¶", "").trim() === matcher.strings.solution; })[0];
    (fix || block).scrollIntoView();
  }
  var carried = new URLSearchParams(window.location.search).get("q");
  if (carried && carried.trim()) {
    loadMatcher().then(function (matcher) {
      var here = thisPagesEntry(matcher), best = matcher.search(carried, 10)[0];
      if (here && best && best.id === here && best.match !== "related") {
        showYourMessage(matcher, best, carried);
        return;
      }
      input.value = carried;
      open();
      runHeaderSearch();
      pasteBoxes.forEach(function (paste) { paste.input.value = carried; paste.run(); });
    });
  }
})();
