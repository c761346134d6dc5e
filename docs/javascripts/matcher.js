/*
 * The catalog's matcher in the browser (and in Node, for the parity tests): a mirror of
 * src/order_errors/search/ (matcher.py, patterns.py, fold.py, text_index.py; read those for the
 * reasoning). Its tuning is not copied: it comes with the search data (`data.parameters`, from
 * search/parameters.py). The search is the same function by function; the constructor builds the
 * same tables in one pass of loops instead of Python's comprehensions. Both must rank alike:
 * tests/vectors/search.jsonl is checked against each.
 */
(function (global) {
  "use strict";

  // Set from the search data's `parameters` when a Matcher is built (they never differ between matchers on a page).
  var SIMILAR_THRESHOLD, PARTIAL_THRESHOLD, SHORT_MESSAGE_LETTERS, SHORT_MESSAGE_CONTEXT_WORDS, PARTIAL_MESSAGE_SHARE, PARTIAL_WEIGHT, SHARED_PARTIAL_WEIGHT, TYPO_FACTOR,
      PREFIX_FACTOR, MAX_WORDS, MAX_LUNR_WORDS, MAX_TEXT, MIN_FRAGMENT_WORDS, MAX_FRAGMENT_WORDS, MAX_WORD, MAX_NAME_WITH_DIGITS, GAP, VALUE,
      EDGE_VALUE, VALUE_SHAPES, SHOWN_VALUE, BESIDE_VALUE, ADMIN_PREFIX;
  function setParameters(p) {
    SIMILAR_THRESHOLD = p.similar_threshold; PARTIAL_THRESHOLD = p.partial_threshold;
    SHORT_MESSAGE_LETTERS = p.short_message_letters; SHORT_MESSAGE_CONTEXT_WORDS = p.short_message_context_words;
    PARTIAL_MESSAGE_SHARE = p.partial_message_share; PARTIAL_WEIGHT = p.partial_weight; SHARED_PARTIAL_WEIGHT = p.shared_partial_weight; TYPO_FACTOR = p.typo_factor; PREFIX_FACTOR = p.prefix_factor;
    MAX_WORDS = p.max_words; MAX_LUNR_WORDS = p.max_lunr_words; MAX_TEXT = p.max_text;
    MIN_FRAGMENT_WORDS = p.min_fragment_words; MAX_FRAGMENT_WORDS = p.max_fragment_words; MAX_WORD = p.max_word;
    MAX_NAME_WITH_DIGITS = p.max_name_with_digits;
    GAP = p.gap; VALUE = p.value; EDGE_VALUE = p.edge_value; VALUE_SHAPES = p.value_shapes; SHOWN_VALUE = p.shown_value; BESIDE_VALUE = p.beside_value;
    ADMIN_PREFIX = new RegExp(adminPrefixPattern(p.admin_prefixes), "d");
  }

  var SPECIAL = {};
  "\u2010\u2011\u2012\u2013\u2014\u2015\u2212".split("").forEach(function (c) { SPECIAL[c] = "-"; });
  "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb".split("").forEach(function (c) { SPECIAL[c] = "\""; });
  "\u2018\u2019\u201a\u201b\u2032".split("").forEach(function (c) { SPECIAL[c] = "'"; });
  var MARK = /\p{Mn}/gu;
  // Python's str.isspace, which differs from JavaScript's \s (U+001C-U+001F, U+0085; U+FEFF)
  var SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

  function foldChar(c) {
    if (Object.prototype.hasOwnProperty.call(SPECIAL, c)) return SPECIAL[c];
    if (SPACE.test(c)) return " ";
    return c.normalize("NFKD").toLowerCase().normalize("NFKD").replace(MARK, "");
  }

  /* Folded text, and for each folded character where its source character starts and ends. */
  function foldWithOffsets(text) {
    var out = "", starts = [], ends = [], index = 0;
    for (var c of text) {
      var folded = foldChar(c);
      for (var i = 0; i < folded.length; i++) { starts.push(index); ends.push(index + c.length); }
      out += folded;
      index += c.length;
    }
    return { folded: out, starts: starts, ends: ends };
  }

  /* fold.py's `fold`, with its shortcut for plain ASCII */
  var ASCII = /^[\x00-\x7f]*$/, ASCII_SPACE = /[\t\n\v\f\r\x1c-\x1f]/g;
  function fold(text) {
    return ASCII.test(text) ? text.toLowerCase().replace(ASCII_SPACE, " ") : foldWithOffsets(text).folded;
  }

  /* fold.py's `is_word`: letters, or a short name mostly of letters ("b2w"); never a value */
  function isWord(t) {
    if (t.length < 2 || t.length > MAX_WORD) return false;
    var digits = (t.match(/[0-9]/g) || []).length;
    return digits === 0 || (t.length <= MAX_NAME_WITH_DIGITS && 2 * digits < t.length);
  }
  function tokens(folded) {
    return (folded.match(/[a-z0-9]+/g) || []).filter(isWord);
  }

  function pyStrip(text) {  // Python's str.strip: the same spaces as fold.py's
    var points = Array.from(text), start = 0, end = points.length;
    while (start < end && SPACE.test(points[start])) start++;
    while (end > start && SPACE.test(points[end - 1])) end--;
    return points.slice(start, end).join("");
  }

  function unique(list) {
    var seen = new Set(), out = [];
    list.forEach(function (x) { if (!seen.has(x)) { seen.add(x); out.push(x); } });
    return out;
  }

  /* template.py's `parse`: a template's literal text and placeholder names, alternating. */
  var TEMPLATE_TOKEN = /\{\{|\}\}|\{([a-z][a-z0-9_]*)\}/g;
  function templateParts(source) {
    var parts = [], literal = "", position = 0, token;
    TEMPLATE_TOKEN.lastIndex = 0;
    while ((token = TEMPLATE_TOKEN.exec(source))) {
      literal += source.slice(position, token.index);
      position = TEMPLATE_TOKEN.lastIndex;
      if (token[1] === undefined) literal += token[0][0];
      else { parts.push(literal, token[1]); literal = ""; }
    }
    parts.push(literal + source.slice(position));
    return parts;
  }

  /* A template's regular expression from its folded literal parts and its placeholders' kinds, and the
     group that captures each placeholder: patterns.literals_pattern (read it for why each value and
     literal part is matched once, through `(?=(X))\1`, and never given back). */
  var REGEX_SPECIAL = "\\^$.|?*+()[]{}/-", MAX_GROUPS = 99, NEVER = "(?!)";
  var WORD_START = "(?<![a-z0-9])", WORD_END = "(?![a-z0-9])", MARK_SPACE = "[ \\\\]*";
  function escapeRegex(text) {
    return Array.from(text).map(function (c) { return REGEX_SPECIAL.indexOf(c) >= 0 ? "\\" + c : c; }).join("");
  }
  function blank(text) { return Array.from(text).every(function (c) { return SPACE.test(c); }); }  // Python's `not text.strip()`
  function literalWords(folded) { return folded.match(/[a-z0-9]+/g) || []; }
  function marksPattern(text) {  // patterns._marks
    var marks = Array.from(text).filter(function (c) { return !SPACE.test(c); }).map(escapeRegex);
    return marks.length ? MARK_SPACE + marks.join(MARK_SPACE) + MARK_SPACE : "";
  }
  function literalPattern(part, index, last) {  // patterns._literal
    var found = literalWords(part);
    if (!found.length) return marksPattern(part) || (index === 0 || index === last ? "" : " *");
    var first = part.indexOf(found[0]), final = part.lastIndexOf(found[found.length - 1]) + found[found.length - 1].length;
    var lead = index === 0 ? "" : (marksPattern(part.slice(0, first)) || BESIDE_VALUE) + WORD_START;
    var trail = WORD_END + (index === last ? "" : marksPattern(part.slice(final)) || BESIDE_VALUE);
    return lead + found.map(escapeRegex).join(GAP) + trail;
  }
  function literalsPattern(literals, kinds) {
    var pattern = "", groups = [], count = 0, last = literals.length - 1;
    function atomic() {
      var pieces = Array.from(arguments), opened = "", inner = "";
      pieces.forEach(function (piece) { count += 1; inner += "(" + piece + ")"; opened += "\\" + count; });
      return "(?=" + inner + ")" + opened;
    }
    if (literalWords(literals[0]).length) pattern += WORD_START;
    var first = literalPattern(literals[0], 0, last);
    pattern += literalWords(literals[0]).length ? atomic(first) : first;
    for (var index = 1; index <= last; index++) {
      var kind = index - 1 < kinds.length ? kinds[index - 1] : "", part = literals[index];
      var literal = literalPattern(part, index, last);
      if (!blank(part) && (index > 1 || !blank(literals[0]))) {  // the value, then the text that ends it, found together
        pattern += atomic(VALUE, literal);
        groups.push(count - 1);
        continue;
      }
      var shape = Object.prototype.hasOwnProperty.call(VALUE_SHAPES, kind) ? VALUE_SHAPES[kind] : null;
      if (index === 1 && blank(literals[0])) pattern += shape ? WORD_START : "(?<![^ \"',;])";  // the message starts with it: it starts a word
      pattern += atomic(shape ? SHOWN_VALUE + "|" + shape : EDGE_VALUE);
      groups.push(count);
      pattern += literalWords(part).length ? atomic(literal) : literal;
    }
    if (count > MAX_GROUPS) return { pattern: NEVER, groups: [] };
    return { pattern: pattern, groups: groups };
  }

  /* patterns.admin_prefix_pattern: what ends a text when the Admin's prefix stands just before a message. */
  function adminPrefixPattern(phrases) {
    return WORD_START + "(?:" + phrases.map(function (phrase) { return literalWords(phrase).map(escapeRegex).join(GAP); }).join("|") + ")" +
      GAP + "(" + VALUE_SHAPES.order_id + ")" + "[^a-z0-9]{1,10}$";
  }
  var PREFIX_WINDOW = 120;  // matcher.PREFIX_WINDOW

  /* matcher.bounded: the paste, or its first and last halves (in code points, as Python counts). */
  function bounded(text) {
    if (text.length <= MAX_TEXT) return text;
    var points = Array.from(text);
    if (points.length <= MAX_TEXT) return text;
    var half = Math.floor(MAX_TEXT / 2);
    return points.slice(0, half).join("") + "\n" + points.slice(points.length - half).join("");
  }

  function display(parts) {  // placeholders shown as {name}
    return parts.map(function (p, i) { return i % 2 ? "{" + p + "}" : p; }).join("");
  }

  /* patterns.py's `derive_template`: what matching a template needs, from its source. */
  function deriveTemplate(source, kinds) {
    var parts = templateParts(source);
    var literals = parts.filter(function (p, i) { return i % 2 === 0; }).map(fold);
    var kindList = kinds ? kinds.split(" ") : [], built = literalsPattern(literals, kindList);
    return {
      text: display(parts),
      placeholders: parts.filter(function (p, i) { return i % 2 === 1; }),
      kinds: kindList,
      pinned: literals.reduce(function (sum, part) { return sum + literalWords(part).join("").length; }, 0),
      pattern: new RegExp(built.pattern, "d"),
      groups: built.groups
    };
  }

  /* matcher.py's `certainty`: how sure an answer is (its `match`). */
  function certainty(tier, piece) {
    if (tier === "message") return "exact";
    if ((tier === "fragment" || tier === "similar") && piece) return "partial";
    return "related";
  }

  /* analysis.py: the terms of the text index. Its stop words and the stemmer's steps come with the
     text index (`analysis`), as the index's own terms were made with them. */
  function Analysis(spec) {
    this.stopWords = new Set(spec.stop_words);
    this.minWord = spec.min_word;
    this.steps = spec.steps;
    this.phrases = spec.phrases;
    this.stems = new Map();
  }
  Analysis.prototype.stem = function (word) {
    if (this.stems.has(word)) return this.stems.get(word);
    var term = word;
    if (term.length >= this.minWord) {
      this.steps.forEach(function (step) {
        for (var i = 0; i < step.suffixes.length; i++) {
          var suffix = step.suffixes[i][0];
          if (term.endsWith(suffix) && term.length - suffix.length >= step.min_stem) {
            term = term.slice(0, term.length - suffix.length) + step.suffixes[i][1];
            break;
          }
        }
      });
      var last = term[term.length - 1];
      if (term.length > this.minWord && last === term[term.length - 2] && "aeious".indexOf(last) < 0) term = term.slice(0, -1);
    }
    this.stems.set(word, term);
    return term;
  };
  /* analysis.py's `word_terms`: synonyms made one term, stop words left out, the rest stemmed. */
  Analysis.prototype.wordTerms = function (words) {
    var self = this, stems = words.map(function (w) { return self.stem(w); }), out = [], position = 0;
    while (position < words.length) {
      var joined = false;
      for (var p = 0; p < this.phrases.length && !joined; p++) {
        var phrase = this.phrases[p][0], k = 0;
        while (k < phrase.length && stems[position + k] === phrase[k]) k++;
        if (k === phrase.length) { out.push(this.phrases[p][1]); position += phrase.length; joined = true; }
      }
      if (joined) continue;
      if (!this.stopWords.has(words[position])) out.push(stems[position]);
      position++;
    }
    return out;
  };

  var FUZZY_TERM = 5, PREFIX_TERM = 4;  // matcher.py's: query terms also looked up with a typo, as a start
  /* matcher.py's `terms_covered` */
  function termsCovered(queryTerms, matched) {
    var terms = Object.keys(matched);
    return queryTerms.filter(function (query) {
      return terms.some(function (term) {
        return term === query || (query.length >= PREFIX_TERM && term.startsWith(query)) ||
               (query.length >= FUZZY_TERM && osaDistanceAtMostOne(query, term));
      });
    }).length;
  }

  function osaDistanceAtMostOne(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var start = 0;
    while (start < Math.min(la, lb) && a[start] === b[start]) start++;
    if (la === lb) {
      if (a.slice(start + 1) === b.slice(start + 1)) return true;
      return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
    }
    return la > lb ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
  }

  function deletes(word) {
    var out = new Set();
    for (var i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
    return out;
  }

  /* `textIndex`, the compact text index of this language's site, may come later
     (attachTextIndex): until then the third tier finds nothing. */
  function Matcher(data, lunr, textIndex) {
    var self = this, templates = data.templates;
    setParameters(data.parameters);
    this.data = data;
    this.ids = data.entries.ids;
    this.titles = data.entries.titles;
    this.sources = templates.source;
    this.vocabulary = data.vocabulary;
    this.weights = data.weights;
    this.wordIds = new Map();
    this.vocabulary.forEach(function (w, i) { self.wordIds.set(w, i); });
    this.maxWeight = this.weights.length ? Math.max.apply(null, this.weights) : 1.0;
    // What a piece of a message weighs to be recognised: its words' weights, stop words' nothing.
    this.distinctive = this.weights.slice();
    data.stop.forEach(function (w) { self.distinctive[w] = 0.0; });
    // An entry's templates follow those of the entry before; a template's words, those of the one before.
    // A marketplace's own error code, pasted as a whole word, names its entry (matcher.py's entries_of_code).
    this.entriesOfCode = new Map();
    data.entries.codes.forEach(function (pair) {
      if (!self.entriesOfCode.has(pair[1])) self.entriesOfCode.set(pair[1], []);
      self.entriesOfCode.get(pair[1]).push(pair[0]);
    });
    var codes = Array.from(this.entriesOfCode.keys()).sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
    this.codePattern = codes.length ? new RegExp("(?<![a-z0-9])(?:" + codes.map(escapeRegex).join("|") + ")(?![a-z0-9])", "g") : null;
    this.firstTemplate = [0];
    this.entryOf = [];
    data.entries.templates.forEach(function (count, entry) {
      self.firstTemplate.push(self.firstTemplate[entry] + count);
      for (var i = 0; i < count; i++) self.entryOf.push(entry);
    });
    this.firstWord = [0];
    templates.lengths.forEach(function (length, index) { self.firstWord.push(self.firstWord[index] + length); });
    this.words = templates.words;
    // One pass over each template's distinct words, in the order matcher.py sorts them in.
    this.templatesOfWord = this.vocabulary.map(function () { return []; });
    this.templateMass = [];
    this.distinctiveMass = [];
    this.anchored = new Map();
    this.unanchored = [];
    var lastSeen = new Int32Array(this.vocabulary.length).fill(-1), found = new Int32Array(templates.lengths.reduce(function (most, n) { return Math.max(most, n); }, 0));
    for (var index = 0; index < this.sources.length; index++) {
      var count = 0;
      for (var k = this.firstWord[index]; k < this.firstWord[index + 1]; k++) {
        var word = this.words[k];
        if (lastSeen[word] !== index) { lastSeen[word] = index; found[count++] = word; }
      }
      var distinct = found.subarray(0, count).sort();  // a typed array sorts numerically
      var mass = 0, distinctiveMass = 0, anchor = distinct.length ? distinct[0] : -1;  // the rarest word; then the longest; then the first in the vocabulary
      for (var d = 0; d < distinct.length; d++) {
        var w = distinct[d];
        this.templatesOfWord[w].push(index);
        mass += this.weights[w];
        distinctiveMass += this.distinctive[w];
        var dw = this.weights[w] - this.weights[anchor], dl = this.vocabulary[w].length - this.vocabulary[anchor].length;
        if (dw > 0 || (dw === 0 && dl > 0)) anchor = w;
      }
      this.templateMass.push(mass);
      this.distinctiveMass.push(distinctiveMass);
      if (anchor < 0) { this.unanchored.push(index); continue; }
      var key = this.vocabulary[anchor];
      if (!this.anchored.has(key)) this.anchored.set(key, []);
      this.anchored.get(key).push(index);
    }
    this.derived = new Map();  // what a query needs of a template, worked out when it first does
    this.byDeletion = new Map();
    this.vocabulary.forEach(function (word, index) {
      if (word.length < 4) return;
      var keys = deletes(word); keys.add(word);
      keys.forEach(function (key) {
        if (!self.byDeletion.has(key)) self.byDeletion.set(key, []);
        self.byDeletion.get(key).push(index);
      });
    });
    this.lunr = lunr;
    this.index = null;
    this.analysis = null;
    if (textIndex) this.attachTextIndex(textIndex);
  }

  Matcher.prototype.sequence = function (index) {
    return this.words.slice(this.firstWord[index], this.firstWord[index + 1]);
  };

  Matcher.prototype.template = function (index) {
    if (!this.derived.has(index)) this.derived.set(index, deriveTemplate(this.sources[index], this.data.templates.kinds[index]));
    return this.derived.get(index);
  };

  Matcher.prototype.messagesOfEntry = function (entry) {
    var messages = [];
    for (var t = this.firstTemplate[entry]; t < this.firstTemplate[entry + 1]; t++) messages.push(display(templateParts(this.sources[t])));
    return messages;
  };

  Matcher.prototype.attachTextIndex = function (textIndex, lunr) {
    if (lunr) this.lunr = lunr;
    this.analysis = new Analysis(textIndex.analysis);
    this.index = this.lunr.Index.load(expandTextIndex(textIndex, this.lunr.version));
  };

  /* text_index.py's `expand`: the compact text index as lunr's builder would have serialized it, but
     for each term's rarity, counted in each field on its own (`fieldIdf`; text_index.py says why). */
  function fieldIdf(count, withTerm) { return Math.log(1 + (count - withTerm + 0.5) / (withTerm + 0.5)); }
  var K1 = 1.2, B = 0.75;
  function expandTextIndex(compact, version) {
    var fields = compact.fields.map(function (f) { return f[0]; });
    var boosts = compact.fields.map(function (f) { return f[1]; });
    var refs = compact.refs, count = refs.length;
    var vectors = refs.map(function () { return fields.map(function () { return []; }); });
    var inverted = [], idf = [];
    compact.terms.forEach(function (row, number) {
      var posting = {}, rarity = [];
      for (var slot = 0; slot < fields.length; slot++) {
        var documents = {}, document = -1, withTerm = 0, encoded = row[slot + 1];
        for (var i = 0; i < encoded.length; i++) {
          var value = encoded[i];
          if (value > 0) {
            document += value;
            documents[refs[document]] = {};
            withTerm += 1;
            vectors[document][slot].push(number, 1);
          } else {
            var pairs = vectors[document][slot];
            pairs[pairs.length - 1] = -value;
          }
        }
        posting[fields[slot]] = documents;
        rarity.push(fieldIdf(count, withTerm));
      }
      posting._index = number;
      inverted.push([row[0], posting]);
      idf.push(rarity);
    });
    var averages = compact.lengths.map(function (lengths) {
      return count ? lengths.reduce(function (sum, n) { return sum + n; }, 0) / count : 0.0;
    });
    var fieldVectors = [];
    refs.forEach(function (ref, document) {
      fields.forEach(function (field, slot) {
        var pairs = vectors[document][slot], length = compact.lengths[slot][document], elements = [];
        var norm = length ? K1 * (1 - B + B * (length / averages[slot])) : 0.0;
        for (var i = 0; i < pairs.length; i += 2) {
          var tf = pairs[i + 1];
          elements.push(pairs[i], idf[pairs[i]][slot] * ((K1 + 1) * tf) / (norm + tf) * boosts[slot]);
        }
        fieldVectors.push([field + "/" + ref, elements]);
      });
    });
    inverted.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    return { version: version, fields: fields, fieldVectors: fieldVectors, invertedIndex: inverted, pipeline: [] };
  }

  Matcher.prototype.messageMatches = function (text, f, words, pastedWords) {
    var self = this, candidates = new Set(this.unanchored);
    words.forEach(function (w) { (self.anchored.get(w) || []).forEach(function (i) { candidates.add(i); }); });
    var pasted = new Set();
    pastedWords.forEach(function (t) { if (self.wordIds.has(t)) pasted.add(self.wordIds.get(t)); });
    var best = new Map();
    Array.from(candidates).sort(function (a, b) { return a - b; }).forEach(function (index) {
      if (!self.sequence(index).every(function (w) { return pasted.has(w); })) return;
      var template = self.template(index), found = template.pattern.exec(f.folded);
      if (!found) return;
      var entry = self.entryOf[index];
      if (best.has(entry) && best.get(entry).pinned >= template.pinned) return;
      var shift = Math.max(0, found.index - PREFIX_WINDOW), prefix = ADMIN_PREFIX.exec(f.folded.slice(shift, found.index));
      if (template.pinned < SHORT_MESSAGE_LETTERS) {  // a short message inside a longer text: someone else's words?
        var around = literalWords(f.folded.slice(0, found.index)).length + literalWords(f.folded.slice(found.index + found[0].length)).length;
        if (around - (prefix ? literalWords(prefix[0]).length : 0) > SHORT_MESSAGE_CONTEXT_WORDS) return;
      }
      var values = {}, kinds = {};
      if (template.kinds.indexOf("order_id") < 0) {  // the Admin's prefix before the message names its order
        if (prefix) {
          values.order_id = text.slice(f.starts[shift + prefix.indices[1][0]], f.ends[shift + prefix.indices[1][1] - 1]);
          kinds.order_id = "order_id";
        }
      }
      template.placeholders.forEach(function (name, i) {
        if (i >= template.groups.length) return;
        var span = found.indices[template.groups[i]];
        if (!Object.prototype.hasOwnProperty.call(values, name)) values[name] = pyStrip(text.slice(f.starts[span[0]], f.ends[span[1] - 1]));
        if (i < template.kinds.length && !Object.prototype.hasOwnProperty.call(kinds, name)) kinds[name] = template.kinds[i];
      });
      best.set(entry, { pinned: template.pinned, values: values, kinds: kinds, template: index });
    });
    return best;
  };

  /* matcher.py's `_code_matches`: entries whose marketplace error code was pasted, in catalog order. */
  Matcher.prototype.codeMatches = function (folded) {
    if (!this.codePattern) return [];
    var self = this, found = new Set();
    (folded.match(this.codePattern) || []).forEach(function (code) { self.entriesOfCode.get(code).forEach(function (e) { found.add(e); }); });
    return Array.from(found).sort(function (a, b) { return a - b; });
  };

  Matcher.prototype.wordMatches = function (words) {
    var self = this;
    return words.map(function (word, position) {
      var matches = new Map();
      if (self.wordIds.has(word)) matches.set(self.wordIds.get(word), 1.0);
      if (word.length >= 4) {
        var keys = deletes(word); keys.add(word);
        keys.forEach(function (key) {
          (self.byDeletion.get(key) || []).forEach(function (candidate) {
            if (!matches.has(candidate) && osaDistanceAtMostOne(word, self.vocabulary[candidate])) matches.set(candidate, TYPO_FACTOR);
          });
        });
      }
      if (position === words.length - 1 && word.length >= 3) {
        self.vocabulary.forEach(function (v, candidate) {
          if (!matches.has(candidate) && v.startsWith(word)) matches.set(candidate, PREFIX_FACTOR);
        });
      }
      return Array.from(matches.entries()).sort(function (a, b) { return a[0] - b[0]; });
    });
  };

  Matcher.prototype.fragments = function (ordered, byWord) {
    var self = this, best = new Map(), n = ordered.length;
    if (n < MIN_FRAGMENT_WORDS) return best;
    var standsFor = ordered.map(function (w) { return new Set(byWord.get(w).map(function (p) { return p[0]; })); });
    var lastWord = ordered[n - 1];
    if (lastWord.length < 3) {  // shorter than wordMatches looks up as the start of a word
      this.vocabulary.forEach(function (v, i) { if (v.startsWith(lastWord)) standsFor[n - 1].add(i); });
    }
    var first = new Set(), candidates = new Set();
    standsFor[0].forEach(function (vocab) { self.templatesOfWord[vocab].forEach(function (t) { first.add(t); }); });
    standsFor[n - 1].forEach(function (vocab) {
      self.templatesOfWord[vocab].forEach(function (t) { if (first.has(t)) candidates.add(t); });
    });
    Array.from(candidates).sort(function (a, b) { return a - b; }).forEach(function (index) {
      var sequence = self.sequence(index);
      for (var start = 0; start + n <= sequence.length; start++) {
        var k = 0;
        while (k < n && standsFor[k].has(sequence[start + k])) k++;
        if (k < n) continue;
        var share = n / sequence.length, weight = 0;
        new Set(sequence.slice(start, start + n)).forEach(function (w) { weight += self.distinctive[w]; });
        var entry = self.entryOf[index], held = best.get(entry);
        if (!held || share > held[0] || (share === held[0] && weight > held[1])) best.set(entry, [share, weight]);
        break;
      }
    });
    var least = best.size === 1 ? PARTIAL_WEIGHT : SHARED_PARTIAL_WEIGHT, out = new Map();
    best.forEach(function (value, entry) { out.set(entry, [value[0], value[1] >= least]); });
    return out;
  };

  Matcher.prototype.similar = function (words, wordMatches) {
    var self = this;
    var queryWeight = wordMatches.map(function (m) {
      return m.length ? Math.max.apply(null, m.map(function (p) { return self.weights[p[0]]; })) : self.maxWeight;
    });
    var queryMass = queryWeight.reduce(function (s, w) { return s + w; }, 0);
    var surest = new Map();
    wordMatches.forEach(function (m) {
      m.forEach(function (p) { surest.set(p[0], Math.max(surest.get(p[0]) || 0.0, p[1])); });
    });
    var numeric = function (a, b) { return a - b; };
    var covered = new Map(), own = new Map();
    Array.from(surest.keys()).sort(numeric).forEach(function (vocab) {
      self.templatesOfWord[vocab].forEach(function (index) {
        covered.set(index, (covered.get(index) || 0.0) + self.weights[vocab] * surest.get(vocab));
        own.set(index, (own.get(index) || 0.0) + self.distinctive[vocab]);
      });
    });
    var explained = new Map(), held = new Map();
    wordMatches.forEach(function (m, i) {
      var surestHere = new Map(), distinctiveHere = new Map();
      m.forEach(function (p) {
        self.templatesOfWord[p[0]].forEach(function (index) {
          surestHere.set(index, Math.max(surestHere.get(index) || 0.0, p[1]));
          distinctiveHere.set(index, Math.max(distinctiveHere.get(index) || 0.0, self.distinctive[p[0]] * p[1]));
        });
      });
      Array.from(surestHere.keys()).sort(numeric).forEach(function (index) {
        explained.set(index, (explained.get(index) || 0.0) + queryWeight[i] * surestHere.get(index));
        held.set(index, (held.get(index) || 0.0) + distinctiveHere.get(index));
      });
    });
    var best = new Map(), pieces = new Set();
    Array.from(covered.keys()).sort(numeric).forEach(function (index) {
      var cm = self.templateMass[index] ? covered.get(index) / self.templateMass[index] : 0.0;
      var cq = queryMass ? (explained.get(index) || 0.0) / queryMass : 0.0;
      var f1 = cm + cq ? 2 * cm * cq / (cm + cq) : 0.0;
      var entry = self.entryOf[index];
      if (f1 > (best.get(entry) || 0.0)) best.set(entry, f1);
      var mass = self.distinctiveMass[index];
      if ((held.get(index) || 0.0) >= PARTIAL_WEIGHT && (f1 >= PARTIAL_THRESHOLD || (mass && own.get(index) / mass >= PARTIAL_MESSAGE_SHARE))) pieces.add(entry);
    });
    return { best: best, pieces: pieces };
  };

  Matcher.prototype.fullText = function (words) {
    if (!this.index) return [];
    var queryTerms = unique(this.analysis.wordTerms(words)).slice(0, MAX_LUNR_WORDS);
    if (!queryTerms.length) return [];
    var lunr = this.lunr;
    var ranked = this.index.query(function (q) {
      queryTerms.forEach(function (term) {
        q.term(term, { boost: 10, usePipeline: false });
        if (term.length >= FUZZY_TERM) q.term(term, { boost: 1, editDistance: 1, usePipeline: false });
        if (term.length >= PREFIX_TERM) q.term(term, { boost: 2, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
      });
    }).map(function (r) { return [r.ref, r.score * termsCovered(queryTerms, r.matchData.metadata) / queryTerms.length]; });
    return ranked.sort(function (a, b) { return b[1] - a[1]; });  // stable: lunr's order among equals
  };

  /* A pasted message, or a piece of one, recognised: the text index would only add weaker suggestions. */
  function recognises(result) { return result.tier === "message" || (result.tier === "fragment" && result.piece); }

  Matcher.prototype.search = function (text, limit) {
    limit = limit || 10;
    text = bounded(text);
    var self = this, f = foldWithOffsets(text);
    var pastedWords = tokens(f.folded);
    var distinct = unique(pastedWords), words = distinct.slice(0, MAX_WORDS);
    var results = [], seen = new Set();

    function addEntry(index, score, tier, values, kinds, template, piece) {
      var id = self.ids[index], messages = self.messagesOfEntry(index);
      seen.add(index);
      if (template !== undefined) {  // the message that matched first, then the entry's others
        var matched = self.template(template).text;
        messages = [matched].concat(messages.filter(function (m) { return m !== matched; }));
      }
      results.push({ id: id, url: self.data.error_url.replace("{id}", id), title: self.titles[index], score: score, tier: tier, kind: "error",
                     match: certainty(tier, piece), piece: !!piece,
                     messages: messages, values: values || {}, value_kinds: kinds || {} });
    }

    var exact = this.messageMatches(text, f, distinct, pastedWords);  // every distinct word: a message at the end of a long log is still tried
    Array.from(exact.keys()).sort(function (a, b) {
      return exact.get(b).pinned - exact.get(a).pinned || a - b;
    }).forEach(function (index) {
      var m = exact.get(index);
      addEntry(index, 3 + Math.min(m.pinned, 999) / 1000, "message", m.values, m.kinds, m.template);
    });

    this.codeMatches(f.folded).forEach(function (index) {  // a piece of its message: partial, above the fragments
      if (!seen.has(index)) addEntry(index, 2.999, "fragment", undefined, undefined, undefined, true);
    });

    var matches = this.wordMatches(words);
    var ordered = pastedWords.slice(0, MAX_FRAGMENT_WORDS);
    var byWord = new Map();
    words.forEach(function (w, i) { byWord.set(w, matches[i]); });
    if (ordered.every(function (w) { return byWord.has(w); })) {
      var fragments = this.fragments(ordered, byWord);
      Array.from(fragments.keys()).sort(function (a, b) {
        return fragments.get(b)[0] - fragments.get(a)[0] || a - b;
      }).forEach(function (index) {
        if (!seen.has(index)) addEntry(index, 2 + 0.999 * fragments.get(index)[0], "fragment", undefined, undefined, undefined, fragments.get(index)[1]);
      });
    }

    var overlap = exact.size ? { best: new Map(), pieces: new Set() } : this.similar(words, matches), similar = overlap.best;
    var overlapping = [];  // similar answers that hold no piece of their message
    Array.from(similar.keys()).sort(function (a, b) {
      return similar.get(b) - similar.get(a) || a - b;
    }).forEach(function (index) {
      if (!seen.has(index) && similar.get(index) >= SIMILAR_THRESHOLD) {
        if (overlap.pieces.has(index)) addEntry(index, 1 + similar.get(index), "similar", undefined, undefined, undefined, true);
        else overlapping.push([index, similar.get(index) / (1 + similar.get(index)), "similar"]);
      }
    });

    var recognised = results.some(recognises);
    var ranked = recognised ? [] : this.fullText(pastedWords);
    // Answers that only share words are ranked together, by score (matcher.py says why).
    var byWords = ranked.filter(function (r) { return r[0][0] === "e"; }).map(function (r) { return [Number(r[0].slice(1)), r[1] / (1 + r[1]), "text"]; });
    byWords.concat(overlapping).sort(function (a, b) { return b[1] - a[1]; }).forEach(function (answer) {  // stable: text first among equals
      if (!seen.has(answer[0])) addEntry(answer[0], answer[1], answer[2]);
    });
    ranked.forEach(function (r) {
      if (r[0][0] === "p") {
        var page = self.data.pages[Number(r[0].slice(1))];
        results.push({ id: r[0], url: page.url, title: page.title, score: r[1] / (1 + r[1]), tier: "text",
                       kind: "page", match: "related", messages: [], values: {}, value_kinds: {} });
      }
    });
    return results.slice(0, limit);
  };

  global.OrderErrorsMatcher = { Matcher: Matcher, fold: fold, setParameters: setParameters, Analysis: Analysis, recognises: recognises,
                                deriveTemplate: deriveTemplate,
                                expandTextIndex: expandTextIndex };

  /* Loaded async from a page's head (main.html), it builds that page's matcher as soon as the
     search data arrives, while the rest of the page loads; search-ui.js takes it from here. */
  var script = typeof document !== "undefined" && document.currentScript;
  var dataUrl = script && script.getAttribute("data-oe-search");
  if (dataUrl) {
    global.OrderErrorsMatcher.page = fetch(dataUrl).then(function (response) { return response.json(); }).then(function (data) {
      var matcher = new Matcher(data);
      matcher.labels = data.labels;
      matcher.strings = data.strings;
      return matcher;
    });
  }
  if (typeof module !== "undefined" && module.exports) module.exports = global.OrderErrorsMatcher;  // Node
})(typeof window !== "undefined" ? window : globalThis);
