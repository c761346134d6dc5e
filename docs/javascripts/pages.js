/* The pages' own behaviour, apart from the search (search-ui.js, matcher.js):
 * - lists of errors narrowed to one marketplace or Admin screen (a visible control, and ?marketplace=
 *   and ?area= in the address, kept in step with it); errors any connector shows stay listed;
 * - copy buttons for a message and for the page's address, shown only where the clipboard works;
 * - on a 404 page, the entries whose ids look like the address asked for ("did you mean").
 * Nothing here asks another host, and nothing runs a catalog text: texts are read and set as text.
 */
(function () {
  "use strict";

  const PARAMS = ["marketplace", "area"];

  function cardMatches(card, wanted) {
    if (wanted.area && card.dataset.area !== wanted.area) return false;
    if (!wanted.marketplace || card.dataset.generic === "true") return true;
    return card.dataset.marketplaces.split(" ").includes(wanted.marketplace);
  }

  function applyFilter(form) {
    const wanted = {};
    for (const name of PARAMS) {
      const select = form.elements[name];
      wanted[name] = select ? select.value : "";
    }
    const lists = Array.from(document.querySelectorAll("[data-oe-list]"));
    let shown = 0, total = 0;
    for (const list of lists) {
      let listShown = 0;
      for (const card of list.querySelectorAll(".oe-card")) {
        const visible = cardMatches(card, wanted);
        card.hidden = !visible;
        listShown += visible ? 1 : 0;
        total += 1;
      }
      shown += listShown;
      list.hidden = listShown === 0;
      // A list under its own heading (the all-errors page's categories): the heading goes with it.
      const heading = list.previousElementSibling;
      if (heading && heading.tagName === "H2" && heading.dataset.oeListHeading !== undefined) heading.hidden = listShown === 0;
    }
    const count = form.querySelector(".oe-filter__count");
    const narrowed = wanted.marketplace || wanted.area;
    count.textContent = narrowed
      ? count.dataset.oeCount.replace("#", shown).replace("@", total) + (wanted.marketplace ? " " + count.dataset.oeGeneric : "")
      : "";
    const url = new URL(window.location.href);
    for (const name of PARAMS) {
      if (wanted[name]) url.searchParams.set(name, wanted[name]); else url.searchParams.delete(name);
    }
    if (url.href !== window.location.href) window.history.replaceState(null, "", url.href);
  }

  function setUpFilters() {
    const form = document.querySelector("[data-oe-filter]");
    if (!form) return;
    // The all-errors page lists one category under each heading: hide a heading with its list.
    for (const list of document.querySelectorAll("[data-oe-list]")) {
      const heading = list.previousElementSibling;
      if (heading && heading.tagName === "H2") heading.dataset.oeListHeading = "";
    }
    const params = new URLSearchParams(window.location.search);
    for (const name of PARAMS) {
      const select = form.elements[name];
      const value = params.get(name);
      if (select && value && Array.from(select.options).some((o) => o.value === value)) select.value = value;
    }
    form.hidden = false;
    form.addEventListener("change", () => applyFilter(form));
    form.addEventListener("submit", (event) => event.preventDefault());
    applyFilter(form);
  }

  function confirmCopied(button) {
    const label = button.textContent;
    button.textContent = button.dataset.oeCopied;
    window.setTimeout(() => { button.textContent = label; }, 1500);
  }

  function setUpCopyButtons() {
    if (!(navigator.clipboard && window.isSecureContext)) return;
    for (const button of document.querySelectorAll("[data-oe-copy]")) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const code = button.parentElement.querySelector("code");
        navigator.clipboard.writeText(code.textContent).then(() => confirmCopied(button), () => {});
      });
    }
    for (const button of document.querySelectorAll("[data-oe-copy-link]")) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const url = new URL(window.location.href);
        url.hash = "";
        navigator.clipboard.writeText(url.href).then(() => confirmCopied(button), () => {});
      });
    }
  }

  /* How far apart two slugs are: edits between them (Levenshtein), counted on their characters. */
  function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = row;
    }
    return previous[b.length];
  }

  /* The ids close to the one asked for: few edits away, or sharing most of its words. */
  function nearest(asked, ids, limit) {
    const askedWords = new Set(asked.split("-").filter(Boolean));
    const scored = [];
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index];
      const edits = distance(asked, id);
      const words = id.split("-");
      const shared = words.filter((w) => askedWords.has(w)).length / Math.max(words.length, askedWords.size);
      const close = edits <= Math.max(3, Math.floor(id.length / 4)) || shared >= 0.5;
      if (close) scored.push({ index, score: edits / Math.max(id.length, asked.length) - shared });
    }
    scored.sort((x, y) => x.score - y.score);
    return scored.slice(0, limit).map((s) => s.index);
  }

  function setUpSuggestions() {
    const box = document.querySelector("[data-oe-suggest]");
    const script = document.querySelector("script[data-oe-search]");
    if (!box || !script) return;
    const segments = window.location.pathname.split("/").filter(Boolean);
    const asked = decodeURIComponent(segments[segments.length - 1] || "").replace(/\.html?$/, "").toLowerCase();
    if (!/^[a-z0-9-]{3,}$/.test(asked)) return;
    fetch(script.dataset.oeSearch, { mode: "cors", credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => {
        const found = nearest(asked, data.entries.ids, 3);
        if (!found.length) return;
        const list = box.querySelector("ul");
        for (const index of found) {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = data.error_url.replace("{id}", data.entries.ids[index]);
          link.textContent = data.entries.titles[index];
          item.append(link);
          list.append(item);
        }
        box.hidden = false;
      })
      .catch(() => {});
  }

  function start() {
    setUpFilters();
    setUpCopyButtons();
    setUpSuggestions();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
