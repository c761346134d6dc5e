"""Rank catalog entries for whatever a support agent pastes (mirrored by docs/javascripts/matcher.js).

Four tiers (`Tier`), each ranked above the next (but for `related` overlaps, see 3.):
1. `message`: the pasted text contains a catalog message, its placeholders taking any value
   (what its kind can hold where no text of the message ends it: patterns.py); the most specific
   message (most letters pinned down) wins, with the values it captured, and the order id of the
   Admin's prefix before it.
2. `fragment`: the pasted words are a run of a message's words, in order (a piece of a message,
   maybe with a typo); the message the run covers most of wins.
3. `similar`: the pasted words cover most of a message's words, and the message most of the
   pasted words (an F1 of weighted word overlap), words matching exactly, with one typo, or,
   for the last pasted word, as the start of a word (a message cut short). Skipped once a whole
   message is recognised. An overlap that holds no recognisable piece of the message (`related`)
   is ranked with the text tier's answers, by F1 / (1 + F1), not above them: sharing a short
   message's words ("SKU sem preço na política comercial") is no surer than the text index's
   ranking, which weighs titles and symptoms too.
4. `text`, when neither of the first two tiers recognised a piece of a message: lunr's full-text
   ranking over titles and symptoms in every language, messages, and the site language's prose, as
   terms (analysis.py: stop words out, a light en/es/pt stemmer), each page's score scaled by the
   share of the query's terms it has; errors before the site's other pages.
Ties are broken by catalog order, so Python and JavaScript give the same list. A paste longer than
`max_text` is read as its first and last halves (`bounded`), so every query costs a bounded amount of work.

Every answer also says how sure it is (`Certainty`, the `match` of the JSON): `exact` when the
whole of a catalog message was found (tier 1), `partial` when a recognisable piece of one was
(tier 2, or tier 3 above `partial_threshold`, each holding enough of the message's own words:
`distinctive`), `related` when it only shares words. Text from outside the catalog (a payment
decline, a login error) is never more than `related`: benchmarks/queries/outside.jsonl holds it to that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate

from lunr.index import Index
from lunr.query import Query

from order_errors.core.template import parse
from order_errors.search.analysis import word_terms
from order_errors.search.fold import fold_with_offsets, tokens
from order_errors.search.parameters import PARAMETERS
from order_errors.search.patterns import admin_prefix_pattern, derive_template
from order_errors.search.patterns import words as words_of  # every run of letters and digits
from order_errors.search.text_index import expand

SIMILAR_THRESHOLD = PARAMETERS["similar_threshold"]
PARTIAL_THRESHOLD = PARAMETERS["partial_threshold"]
SHORT_MESSAGE_LETTERS = PARAMETERS["short_message_letters"]
SHORT_MESSAGE_CONTEXT_WORDS = PARAMETERS["short_message_context_words"]
PARTIAL_MESSAGE_SHARE = PARAMETERS["partial_message_share"]
PARTIAL_WEIGHT = PARAMETERS["partial_weight"]
SHARED_PARTIAL_WEIGHT = PARAMETERS["shared_partial_weight"]
TYPO_FACTOR = PARAMETERS["typo_factor"]
PREFIX_FACTOR = PARAMETERS["prefix_factor"]
MAX_WORDS = PARAMETERS["max_words"]
MAX_LUNR_WORDS = PARAMETERS["max_lunr_words"]
MAX_TEXT = PARAMETERS["max_text"]
MIN_FRAGMENT_WORDS = PARAMETERS["min_fragment_words"]
MAX_FRAGMENT_WORDS = PARAMETERS["max_fragment_words"]
ADMIN_PREFIX = re.compile(admin_prefix_pattern())
PREFIX_WINDOW = 120  # characters before a message where the Admin's prefix may end


def bounded(text: str) -> str:
    """The paste, or its first and last halves if longer than `max_text` (why: parameters.py)."""
    if len(text) <= MAX_TEXT:
        return text
    half = MAX_TEXT // 2
    return text[:half] + "\n" + text[-half:]


class Tier(StrEnum):
    """How an answer was found, strongest first (its value is what the JSON and matcher.js say)."""

    MESSAGE = "message"
    FRAGMENT = "fragment"
    SIMILAR = "similar"
    TEXT = "text"


class Certainty(StrEnum):
    """How sure an answer is, as support agents read it (the JSON's `match`, the page's `data-match`)."""

    EXACT = "exact"
    PARTIAL = "partial"
    RELATED = "related"


def certainty(tier: Tier, piece: bool) -> Certainty:
    """`piece`: a fragment or similar answer holds a recognisable piece of its message (`_fragments`, `_similar`)."""
    if tier is Tier.MESSAGE:
        return Certainty.EXACT
    if tier in (Tier.FRAGMENT, Tier.SIMILAR) and piece:
        return Certainty.PARTIAL
    return Certainty.RELATED


@dataclass
class Match:
    id: str
    url: str
    title: str
    score: float
    tier: Tier
    kind: str = "error"
    messages: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    value_kinds: dict[str, str] = field(default_factory=dict)
    piece: bool = False  # a fragment or similar answer found a recognisable piece of the message

    @property
    def match(self) -> Certainty:
        return certainty(self.tier, self.piece)

    def as_json(self) -> dict:
        return {
            "id": self.id, "url": self.url, "kind": self.kind, "match": self.match.value, "tier": self.tier.value,
            "score": round(self.score, 4),
            "title": self.title, "messages": self.messages, "values": self.values, "value_kinds": self.value_kinds,
        }


def osa_distance_at_most_one(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    start = 0
    while start < min(la, lb) and a[start] == b[start]:
        start += 1
    if la == lb:
        if a[start + 1:] == b[start + 1:]:
            return True
        return a[start] == b[start + 1] and a[start + 1] == b[start] and a[start + 2:] == b[start + 2:]
    return (a[start + 1:] == b[start:]) if la > lb else (a[start:] == b[start + 1:])


FUZZY_TERM = 5  # the least length of a query term also looked up with one typo
PREFIX_TERM = 4  # the least length of a query term also looked up as the start of longer terms


def terms_covered(query_terms: list[str], matched: dict) -> int:
    """How many query terms the index terms a page matched on stand for (as the query looked them up)."""
    return sum(
        any(term == query or (len(query) >= PREFIX_TERM and term.startswith(query))
            or (len(query) >= FUZZY_TERM and osa_distance_at_most_one(query, term)) for term in matched)
        for query in query_terms
    )


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Matcher:
    """`data` is the search data; `text_index` the compact text index of one language's site
    (text_index.py), which may come later (`attach_text_index`): until then the text tier finds nothing."""

    def __init__(self, data: dict, text_index: dict | None = None):
        self.data = data
        self.ids: list[str] = data["entries"]["ids"]
        self.titles: list[str] = data["entries"]["titles"]
        templates = data["templates"]
        self.sources: list[str] = templates["source"]
        self.vocabulary: list[str] = data["vocabulary"]
        self.weights: list[float] = data["weights"]
        self.word_ids = {w: i for i, w in enumerate(self.vocabulary)}
        self.max_weight = max(self.weights, default=1.0)
        # What a piece of a message weighs to be recognised: its words' weights, stop words' nothing.
        self.distinctive = list(self.weights)
        for word in data["stop"]:
            self.distinctive[word] = 0.0
        # An entry's templates follow those of the entry before; a template's words, those of the one before.
        self.first_template = list(accumulate(data["entries"]["templates"], initial=0))
        # A marketplace's own error code, pasted as a whole word, names its entry.
        self.entries_of_code: dict[str, list[int]] = {}
        for entry, code in data["entries"]["codes"]:
            self.entries_of_code.setdefault(code, []).append(entry)
        self.code_pattern = re.compile("(?<![a-z0-9])(?:" + "|".join(map(re.escape, sorted(self.entries_of_code, key=lambda c: (-len(c), c))))
                                       + ")(?![a-z0-9])") if self.entries_of_code else None
        self.entry_of = [entry for entry, count in enumerate(data["entries"]["templates"]) for _ in range(count)]
        self.first_word = list(accumulate(templates["lengths"], initial=0))
        self.words = templates["words"]
        # Which templates each word appears in, and each template's rarest word (it must be pasted
        # whole for the template to match, so only templates whose anchor was pasted are tried).
        self.templates_of_word: list[list[int]] = [[] for _ in self.vocabulary]
        self.template_mass: list[float] = []
        self.distinctive_mass: list[float] = []
        self.anchored: dict[str, list[int]] = {}
        self.unanchored: list[int] = []
        for index in range(len(self.sources)):
            distinct = sorted(set(self.sequence(index)))
            for word in distinct:
                self.templates_of_word[word].append(index)
            self.template_mass.append(sum(self.weights[w] for w in distinct))
            self.distinctive_mass.append(sum(self.distinctive[w] for w in distinct))
            if distinct:
                anchor = max(distinct, key=lambda w: (self.weights[w], len(self.vocabulary[w]), -w))
                self.anchored.setdefault(self.vocabulary[anchor], []).append(index)
            else:
                self.unanchored.append(index)
        self.derived: dict[int, dict] = {}  # what a query needs of a template, worked out when it first does
        self.by_deletion: dict[str, list[int]] = {}
        for index, word in enumerate(self.vocabulary):
            if len(word) >= 4:
                for key in _deletes(word) | {word}:
                    self.by_deletion.setdefault(key, []).append(index)
        self.index = None
        if text_index is not None:
            self.attach_text_index(text_index)

    def attach_text_index(self, text_index: dict) -> None:
        self.index = Index.load(expand(text_index))

    def sequence(self, index: int) -> list[int]:
        """The template's words, in order."""
        return self.words[self.first_word[index]: self.first_word[index + 1]]

    def template(self, index: int) -> dict:
        if index not in self.derived:
            self.derived[index] = derive_template(self.sources[index], self.data["templates"]["kinds"][index])
        return self.derived[index]

    def messages_of_entry(self, entry: int) -> list[str]:
        return [parse(self.sources[t]).display() for t in range(self.first_template[entry], self.first_template[entry + 1])]

    # -- tier 1: message ----------------------------------------------------------------------------

    def _message_matches(self, text: str, folded: str, offsets: list[int], words: list[str], pasted_words: list[str]) -> dict[int, tuple]:
        """`words` are all the distinct pasted words: a message at the end of a long log is still tried."""
        candidates = set(self.unanchored)
        for word in words:
            candidates.update(self.anchored.get(word, ()))
        # A template matches only if each of its words was pasted: most candidates end here, before
        # their regular expression is compiled or run.
        pasted = {self.word_ids[t] for t in pasted_words if t in self.word_ids}
        best: dict[int, tuple] = {}
        for index in sorted(candidates):
            if not pasted.issuperset(self.sequence(index)):
                continue
            template = self.template(index)
            found = template["pattern"].search(folded)
            if not found:
                continue
            entry = self.entry_of[index]
            if entry in best and best[entry][0] >= template["pinned"]:
                continue
            shift = max(0, found.start() - PREFIX_WINDOW)
            prefix = ADMIN_PREFIX.search(folded[shift: found.start()])
            if template["pinned"] < SHORT_MESSAGE_LETTERS:
                around = len(words_of(folded[:found.start()])) + len(words_of(folded[found.end():]))
                if around - (len(words_of(prefix.group(0))) if prefix else 0) > SHORT_MESSAGE_CONTEXT_WORDS:
                    continue
            values: dict[str, str] = {}
            kinds: dict[str, str] = {}
            if "order_id" not in template["kinds"]:  # the Admin's prefix before the message names its order
                if prefix:
                    values["order_id"] = text[offsets[shift + prefix.start(1)]: offsets[shift + prefix.end(1) - 1] + 1]
                    kinds["order_id"] = "order_id"
            for position, (name, group) in enumerate(zip(template["placeholders"], template["groups"])):
                start, end = found.span(group)
                values.setdefault(name, text[offsets[start]: offsets[end - 1] + 1].strip())
                if position < len(template["kinds"]):
                    kinds.setdefault(name, template["kinds"][position])
            best[entry] = (template["pinned"], values, kinds, index)
        return best

    def _code_matches(self, folded: str) -> list[int]:
        """Entries whose marketplace error code was pasted, in catalog order."""
        if self.code_pattern is None:
            return []
        return sorted({entry for code in self.code_pattern.findall(folded) for entry in self.entries_of_code[code]})

    # -- tiers 2 and 3: fragment, similar ----------------------------------------------------------------------------

    def _word_matches(self, words: list[str]) -> list[list[tuple[int, float]]]:
        """For each pasted word, the vocabulary words it stands for, and how surely."""
        found = []
        for position, word in enumerate(words):
            matches: dict[int, float] = {}
            if word in self.word_ids:
                matches[self.word_ids[word]] = 1.0
            if len(word) >= 4:
                for key in _deletes(word) | {word}:
                    for candidate in self.by_deletion.get(key, ()):
                        if candidate not in matches and osa_distance_at_most_one(word, self.vocabulary[candidate]):
                            matches[candidate] = TYPO_FACTOR
            if position == len(words) - 1 and len(word) >= 3:
                for candidate, vocab_word in enumerate(self.vocabulary):
                    if candidate not in matches and vocab_word.startswith(word):
                        matches[candidate] = PREFIX_FACTOR
            found.append(sorted(matches.items()))
        return found

    def _fragments(self, ordered: list[str], word_matches: dict[str, list[tuple[int, float]]]) -> dict[int, tuple[float, bool]]:
        """Entries whose message holds the pasted words as one run, in order (the last pasted word may
        be the start of a word: a message cut short): {entry: (share of the message, a piece?)}. A run
        is a recognisable piece of its message when its words, stop words aside, weigh enough."""
        if len(ordered) < MIN_FRAGMENT_WORDS:
            return {}
        stands_for = [{v for v, _ in word_matches[w]} for w in ordered]
        if len(ordered[-1]) < 3:  # shorter than `_word_matches` looks up as the start of a word
            stands_for[-1] |= {v for v, word in enumerate(self.vocabulary) if word.startswith(ordered[-1])}
        first = {t for vocab in stands_for[0] for t in self.templates_of_word[vocab]}
        candidates = sorted(first.intersection(t for vocab in stands_for[-1] for t in self.templates_of_word[vocab]))
        best: dict[int, tuple[float, float]] = {}
        for index in candidates:
            sequence = self.sequence(index)
            for start in range(len(sequence) - len(ordered) + 1):
                if all(sequence[start + k] in stands_for[k] for k in range(len(ordered))):
                    share = len(ordered) / len(sequence)
                    weight = sum(self.distinctive[w] for w in set(sequence[start: start + len(ordered)]))
                    entry = self.entry_of[index]
                    if (share, weight) > best.get(entry, (0.0, 0.0)):
                        best[entry] = (share, weight)
                    break
        least = PARTIAL_WEIGHT if len(best) == 1 else SHARED_PARTIAL_WEIGHT
        return {entry: (share, weight >= least) for entry, (share, weight) in best.items()}

    def _similar(self, words: list[str], word_matches: list[list[tuple[int, float]]]) -> tuple[dict[int, float], set[int]]:
        """{entry: the best F1 of its messages}, and the entries one of whose messages is recognisably
        pasted: most of the pasted words in it (F1), or most of it among other words (values, chatter)."""
        query_weight = [max((self.weights[v] for v, _ in m), default=self.max_weight) for m in word_matches]
        query_mass = sum(query_weight)
        surest: dict[int, float] = {}
        for matches in word_matches:
            for vocab, factor in matches:
                surest[vocab] = max(surest.get(vocab, 0.0), factor)
        # Scores are gathered word by word through the templates each word is in (an inverted
        # index), so a query costs what its words' postings cost, not what the catalog holds.
        covered: dict[int, float] = {}
        own: dict[int, float] = {}  # the weight of the template's distinctive words pasted, typos or not
        for vocab in sorted(surest):
            for index in self.templates_of_word[vocab]:
                covered[index] = covered.get(index, 0.0) + self.weights[vocab] * surest[vocab]
                own[index] = own.get(index, 0.0) + self.distinctive[vocab]
        explained: dict[int, float] = {}
        held: dict[int, float] = {}  # the weight of the distinctive words of the template pasted
        for weight, matches in zip(query_weight, word_matches):
            surest_here: dict[int, float] = {}
            distinctive_here: dict[int, float] = {}
            for vocab, factor in matches:
                for index in self.templates_of_word[vocab]:
                    surest_here[index] = max(surest_here.get(index, 0.0), factor)
                    distinctive_here[index] = max(distinctive_here.get(index, 0.0), self.distinctive[vocab] * factor)
            for index in sorted(surest_here):
                explained[index] = explained.get(index, 0.0) + weight * surest_here[index]
                held[index] = held.get(index, 0.0) + distinctive_here[index]
        best: dict[int, float] = {}
        pieces: set[int] = set()
        for index in sorted(covered):
            cm = covered[index] / self.template_mass[index] if self.template_mass[index] else 0.0
            cq = explained.get(index, 0.0) / query_mass if query_mass else 0.0
            f1 = 2 * cm * cq / (cm + cq) if cm + cq else 0.0
            entry = self.entry_of[index]
            if f1 > best.get(entry, 0.0):
                best[entry] = f1
            mass = self.distinctive_mass[index]
            if held.get(index, 0.0) >= PARTIAL_WEIGHT and (f1 >= PARTIAL_THRESHOLD or (mass and own[index] / mass >= PARTIAL_MESSAGE_SHARE)):
                pieces.add(entry)
        return best, pieces

    # -- tier 4: text ----------------------------------------------------------------------------

    def _full_text(self, pasted_words: list[str]) -> list[tuple[str, float]]:
        """lunr's ranking of the text index for the pasted words (in order: a synonym may be a phrase),
        made into terms as the index's were, each score scaled by the share of those terms the page
        has (lunr adds up what each term scores: a page with one term many times would otherwise
        outrank one with all of them)."""
        query_terms = list(dict.fromkeys(word_terms(pasted_words)))[:MAX_LUNR_WORDS]
        if not query_terms or self.index is None:
            return []
        query = self.index.create_query()
        for term in query_terms:
            query.term(term, boost=10, use_pipeline=False)
            if len(term) >= FUZZY_TERM:
                query.term(term, boost=1, edit_distance=1, use_pipeline=False)
            if len(term) >= PREFIX_TERM:
                query.term(term, boost=2, wildcard=Query.WILDCARD_TRAILING, use_pipeline=False)
        ranked = []
        for result in self.index.query(query):
            share = terms_covered(query_terms, result["match_data"].metadata) / len(query_terms)
            ranked.append((result["ref"], result["score"] * share))
        return sorted(ranked, key=lambda pair: -pair[1])  # stable: lunr's order among equals

    # -- all together ----------------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[Match]:
        text = bounded(text)
        folded, offsets = fold_with_offsets(text)
        pasted_words = tokens(folded)
        distinct = list(dict.fromkeys(pasted_words))
        words = distinct[:MAX_WORDS]
        results: list[Match] = []
        seen: set[int] = set()

        def add_entry(index: int, score: float, tier: Tier, values=None, kinds=None, template=None, piece=False) -> None:
            seen.add(index)
            messages = self.messages_of_entry(index)
            if template is not None:  # the message that matched first, then the entry's others
                matched = self.template(template)["text"]
                messages = [matched] + [m for m in messages if m != matched]
            url = self.data["error_url"].replace("{id}", self.ids[index])
            results.append(Match(self.ids[index], url, self.titles[index], score, tier,
                                 messages=messages, values=values or {}, value_kinds=kinds or {}, piece=piece))

        exact = self._message_matches(text, folded, offsets, distinct, pasted_words)
        for index in sorted(exact, key=lambda i: (-exact[i][0], i)):
            pinned, values, kinds, template = exact[index]
            add_entry(index, 3 + min(pinned, 999) / 1000, Tier.MESSAGE, values, kinds, template)

        # A marketplace's error code names a piece of its message: partial, above the fragments.
        for index in self._code_matches(folded):
            if index not in seen:
                add_entry(index, 2.999, Tier.FRAGMENT, piece=True)

        matches = self._word_matches(words)
        ordered = pasted_words[:MAX_FRAGMENT_WORDS]
        by_word = dict(zip(words, matches))
        if all(w in by_word for w in ordered):
            fragments = self._fragments(ordered, by_word)
            for index in sorted(fragments, key=lambda i: (-fragments[i][0], i)):
                if index not in seen:
                    share, piece = fragments[index]
                    add_entry(index, 2 + 0.999 * share, Tier.FRAGMENT, piece=piece)

        # Overlap scores, at a cost that grows with the catalog, would only add weaker suggestions
        # below a whole message recognised.
        similar, pieces = ({}, set()) if exact else self._similar(words, matches)
        overlapping: list[tuple[int, float, Tier]] = []  # similar answers that hold no piece of their message
        for index in sorted(similar, key=lambda i: (-round(similar[i], 6), i)):
            if index not in seen and similar[index] >= SIMILAR_THRESHOLD:
                if index in pieces:
                    add_entry(index, 1 + similar[index], Tier.SIMILAR, piece=True)
                else:
                    overlapping.append((index, similar[index] / (1 + similar[index]), Tier.SIMILAR))

        # A pasted message, or a piece of one, has been recognised: the text index (the costly tier
        # at scale) would only add weaker suggestions below it.
        recognised = any(r.tier is Tier.MESSAGE or (r.tier is Tier.FRAGMENT and r.piece) for r in results)
        ranked = [] if recognised else self._full_text(pasted_words)
        # Answers that only share words (`related`) are ranked together, by score: an overlap with a
        # message's words alone is no surer than the text index, which also weighs titles and symptoms.
        by_words = [(int(ref[1:]), score / (1 + score), Tier.TEXT) for ref, score in ranked if ref.startswith("e")]
        for index, score, tier in sorted(by_words + overlapping, key=lambda answer: -answer[1]):  # stable: text first among equals
            if index not in seen:
                add_entry(index, score, tier)
        for ref, score in ranked:
            if ref.startswith("p"):
                page = self.data["pages"][int(ref[1:])]
                results.append(Match(ref, page["url"], page["title"], score / (1 + score), Tier.TEXT, kind="page"))
        return results[:limit]
