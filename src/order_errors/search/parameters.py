"""The matcher's tuning, written once: the Python matcher reads it here, and the search data carries it
to docs/javascripts/matcher.js, so the two can never rank with different numbers."""

from __future__ import annotations

PARAMETERS = {
    "similar_threshold": 0.5,  # least word overlap (F1) for a `similar` answer
    "partial_threshold": 0.8,  # least word overlap (F1) for a `similar` answer to count as a piece of its message
    # ... or: least share of the message's own words (stop words aside, by weight; typos allowed) pasted,
    # whatever else was pasted with them (its values, what the agent wrote around it)
    "partial_message_share": 0.82,
    # Least weight of the message words a piece holds, stop words left out, for a `fragment` or
    # `similar` answer to be `partial`: "item não está mais" is one message's; "não está disponível",
    # in four messages, is everyday Portuguese. A run of words found in several entries' messages
    # needs `shared_partial_weight`.
    "partial_weight": 3.0,
    "shared_partial_weight": 7.0,
    "typo_factor": 0.8,  # weight of a word matched with one typo
    "prefix_factor": 0.6,  # weight of the last pasted word matched as the start of a word (a message cut short)
    "max_words": 300,  # distinct pasted words considered
    "max_lunr_words": 12,  # a description is a few words; each fuzzy word costs a walk of the index
    "max_text": 20_000,  # characters of a paste considered
    "min_fragment_words": 3,
    "max_fragment_words": 40,  # longer pastes are whole messages or logs: the message and similar tiers answer them
    "max_word": 40,  # longer "words" are hashes, base64 or keyboard mashing: never in a message
    "gap": "[^a-z0-9]{1,10}",  # what may stand between two words of a message: spaces, punctuation, escapes
    "value": "(.{1,120}?)",  # a placeholder inside a message
    "edge_value": "([^ \"',;]{1,80})",  # a placeholder that starts or ends a message: one word
}
