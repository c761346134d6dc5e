"""The matcher's tuning, written once: the Python matcher reads it here, and the search data carries it
to docs/javascripts/matcher.js, so the two can never rank with different numbers."""

from __future__ import annotations

PARAMETERS = {
    "similar_threshold": 0.5,  # least word overlap (F1) for a `similar` answer
    # A message this short ("Access denied") is a whole message only when little else was pasted around
    # it (the Admin's prefix aside): inside a longer text it is as likely to be someone else's words.
    "short_message_letters": 16,
    "short_message_context_words": 4,
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
    # Characters of a paste considered: its first and last halves when it is longer. A message is
    # pasted alone, opens a paste (an error, then its trace) or closes one (a log read up to the
    # failure): head and tail keep both, and every query costs a bounded amount of work.
    "max_text": 20_000,
    "min_fragment_words": 3,
    "max_fragment_words": 40,  # longer pastes are whole messages or logs: the message and similar tiers answer them
    "max_word": 40,  # longer "words" are hashes, base64 or keyboard mashing: never in a message
    # A word with digits is a value (an order id, a SKU, a price, a date, "07Z" of a timestamp, "220V")
    # unless it is this short and mostly letters: then it is a name (B2W, 2FA, 3PL, MP3), kept as a word.
    "max_name_with_digits": 4,
    "gap": "[^a-z0-9]{1,10}",  # what may stand between two words of a message: spaces, punctuation, escapes
    # What may stand between a value and the message's word beside it where the message has no
    # punctuation: spaces, and quotes a log put around the value (the message's own punctuation is
    # required, so that a value may start or end with punctuation: "+55 11 ...", "Jadlog (48h)").
    "beside_value": "[ \"'`\\\\]{0,10}",
    # A placeholder the message's own text ends (its next literal part): anything, the shortest first.
    "value": ".{1,300}?",
    # A placeholder whose end no text of the message marks (at an edge, or beside another placeholder),
    # of a kind with no shape below: one word.
    "edge_value": "[^ \"',;]{1,80}",
    # What a value of each kind can hold, in folded text: it splits placeholders that sit side by
    # side ("PEDIDO {order_id} {date} {time}") and bounds one at a message's edge. Every piece is
    # bounded and is matched once, without backtracking (patterns.py), so a match costs what the text
    # it reads costs.
    "value_shapes": {
        "order_id": "[a-z0-9]{1,60}(?:[-_][a-z0-9]{1,60}){0,5}",  # 1392520512345-01, 7841203311, MLB-2019651922
        "sku": "[a-z0-9]{1,60}(?:[-_./][a-z0-9]{1,60}){0,5}",
        "code": "[a-z0-9]{1,60}(?:[-_./][a-z0-9]{1,60}){0,5}",
        "number": "[0-9]{1,20}(?:[.,][0-9]{1,20}){0,4}",
        "amount": "(?:[a-z]{0,3}\\$ ?)?[0-9]{1,15}(?:[.,][0-9]{1,15}){0,4}",  # 1.249,90; 1,234.50; R$ 10,00
        # 14/11/2026, 2026-11-14, 2026-11-14T09:12:44Z
        "date": "[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}(?:t[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?(?:z|[+-][0-9]{2}:?[0-9]{2})?)?",
        "time": "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?",  # 09:12:44
    },
    # A value written as its placeholder, as the site shows a message ("PEDIDO {order_id} {date}"):
    # fits every kind, so a message copied from a page is recognised too.
    "shown_value": "\\{[a-z][a-z0-9_]{0,40}\\}",
    # How the Admin introduces a message it shows for an order ("Erro na integração do pedido
    # 1392520512345-01: ..."), folded: the order id found there is given as `order_id` for whatever
    # message follows, unless the message holds one itself.
    "admin_prefixes": [
        "erro na integracao do pedido",
        "error en la integracion del pedido",
        "error in the integration of order",
        "order integration error",
    ],
}
