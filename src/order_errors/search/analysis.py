"""How folded text becomes the terms of the text index: stop words out, then a light stemmer.

One analysis for English, Spanish and Portuguese together: a query's language is not known (an
agent may describe a problem in Portuguese on the English site), and the index holds titles and
symptoms in every language, so each word goes through the same steps whatever its language.
The stemmer is light on purpose: it folds plurals, gender and the common verb and noun endings
("travado", "travada", "travar"; "integração", "integrar", "integration"), never whole families of
words, so that it rarely makes two unrelated words one.

The stop words and the stemmer's suffixes are data, written once here: the search data carries
them to docs/javascripts/matcher.js, whose `stem` applies the same rules (a test holds the two to
the same term for every word of the catalog and of the query sets). lunr's own stemmers are not
used: English's differs between lunr.py and lunr.js only in corner cases, but Spanish and
Portuguese need lunr-languages in the browser and nltk (downloaded at build time) in Python.
"""

from __future__ import annotations

from functools import cache

from order_errors.search.fold import fold, tokens

# lunr.js's English stop words and lunr-languages' Spanish and Portuguese ones (folded), but for
# words that name something in this catalog: "estado" is an order's status in Spanish.
_ENGLISH = """a able about across after all almost also am among an and any are as at be because been but by can
cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i
if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or
other our own rather said say says she should since so some than that the their them then there these they this tis
to too twas us wants was we were what when where which while who whom why will with would yet you your"""
_SPANISH = """a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estabais estaban estabas estad estamos
estando estar estaremos estara estaran estaras estare estareis estaria estariais estariamos estarian estarias estas
este estemos esto estos estoy estuve estuviera estuvierais estuvieran estuvieras estuvieron estuviese estuvieseis
estuviesen estuvieses estuvimos estuviste estuvisteis estuvieramos estuviesemos estuvo estabamos estais estan estes
esteis esten fue fuera fuerais fueran fueras fueron fuese fueseis fuesen fueses fui fuimos fuiste fuisteis fueramos
fuesemos ha habida habidas habido habidos habiendo habremos habra habran habras habre habreis habria habriais
habriamos habrian habrias habeis habia habiais habiamos habian habias han has hasta hay haya hayamos hayan hayas hayais
he hemos hube hubiera hubierais hubieran hubieras hubieron hubiese hubieseis hubiesen hubieses hubimos hubiste
hubisteis hubieramos hubiesemos hubo la las le les lo los me mi mis mucho muchos muy mas mia mias mio mios nada ni no
nos nosotras nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque que quien
quienes se sea seamos sean seas seremos sera seran seras sere sereis seria seriais seriamos serian serias seais sido
siendo sin sobre sois somos son soy su sus suya suyas suyo suyos si tambien tanto te tendremos tendra tendran tendras
tendre tendreis tendria tendriais tendriamos tendrian tendrias tened tenemos tenga tengamos tengan tengas tengo
tengais tenida tenidas tenido tenidos teniendo teneis tenia teniais teniamos tenian tenias ti tiene tienen tienes todo
todos tu tus tuve tuviera tuvierais tuvieran tuvieras tuvieron tuviese tuvieseis tuviesen tuvieses tuvimos tuviste
tuvisteis tuvieramos tuviesemos tuvo tuya tuyas tuyo tuyos un una uno unos vosotras vosotros vuestra vuestras vuestro
vuestros y ya yo eramos"""
_PORTUGUESE = """a ao aos aquela aquelas aquele aqueles aquilo as ate com como da das de dela delas dele deles depois do
dos e ela elas ele eles em entre era eram essa essas esse esses esta estamos estas estava estavam este esteja estejam
estejamos estes esteve estive estivemos estiver estivera estiveram estiverem estivermos estivesse estivessem
estiveramos estivessemos estou estavamos estao eu foi fomos for fora foram forem formos fosse fossem fui foramos
fossemos haja hajam hajamos havemos hei houve houvemos houver houvera houveram houverei houverem houveremos houveria
houveriam houvermos houvera houverao houveriamos houvesse houvessem houveramos houvessemos ha hao isso isto ja lhe lhes
mais mas me mesmo meu meus minha minhas muito na nas nem no nos nossa nossas nosso nossos num numa nao o os ou para
pela pelas pelo pelos por qual quando que quem se seja sejam sejamos sem serei seremos seria seriam sera serao
seriamos seu seus somos sou sua suas sao so tambem te tem temos tenha tenham tenhamos tenho terei teremos teria teriam
tera terao teriamos teu teus teve tinha tinham tive tivemos tiver tivera tiveram tiverem tivermos tivesse tivessem
tiveramos tivessemos tu tua tuas tinhamos um uma voce voces vos as eramos"""
# Words that say something is wrong, not what: every error of the catalog is an order stuck with an
# error, so they rank by chance (the one symptom that happens to say "parado" outranks the stock errors
# for "pedido parado porque o produto está sem estoque").
_TROUBLE = """stuck blocked block error errors problem problems issue issues fail fails failed failing wrong help why
atascado atascada trabado trabada bloqueado bloqueada bloquea error errores problema problemas falla fallo fallas ayuda
travado travada trava parado parada preso presa bloqueado bloqueada erro erros problema problemas falha falhou ajuda"""
STOP_WORDS: frozenset[str] = frozenset((_ENGLISH + " " + _SPANISH + " " + _PORTUGUESE + " " + _TROUBLE).split())

# The stemmer: steps applied in order; in each, the longest suffix that ends the word and leaves at
# least `min_stem` letters before it is replaced (a replacement equal to the suffix guards a word
# from the shorter suffixes of its step: "access" keeps its "ss"). A word shorter than
# `min_word` is left as it is.
MIN_WORD = 4
STEPS: list[dict] = [
    {   # plurals: "pedidos", "integrações", "canais", "disponíveis", "policies", "órdenes"
        "min_stem": 3,
        "suffixes": [["oes", "ao"], ["aes", "ao"], ["ais", "al"], ["eis", "el"], ["ies", "y"], ["ss", "ss"],
                     ["us", "us"], ["is", "is"], ["es", ""], ["s", ""]],
    },
    {   # the endings of verbs and of nouns made from them: "cancelamento", "integração", "travado", "shipping"
        "min_stem": 4,
        "suffixes": [["amento", ""], ["imento", ""], ["mente", ""], ["acao", ""], ["icao", ""], ["acion", ""],
                     ["icion", ""], ["ation", ""], ["ition", ""], ["ado", ""], ["ada", ""], ["ido", ""], ["ida", ""],
                     ["ando", ""], ["endo", ""], ["indo", ""], ["ing", ""], ["ed", ""], ["ar", ""], ["er", ""],
                     ["ir", ""]],
    },
    {   # gender and the last vowel: "inativo", "inativa", "inactive"; "estoque"
        "min_stem": 4,
        "suffixes": [["a", ""], ["e", ""], ["o", ""], ["y", ""]],
    },
]


def _strip(word: str, step: dict) -> str:
    for suffix, replacement in step["suffixes"]:  # longest first within each step's list order
        if word.endswith(suffix) and len(word) - len(suffix) >= step["min_stem"]:
            return word[: len(word) - len(suffix)] + replacement
    return word


def _longest_first(step: dict) -> dict:
    return {**step, "suffixes": sorted(step["suffixes"], key=lambda pair: -len(pair[0]))}


STEPS = [_longest_first(step) for step in STEPS]


@cache
def stem(word: str) -> str:
    """The term of a folded word (mirrored by `stem` in matcher.js)."""
    if len(word) < MIN_WORD:
        return word
    for step in STEPS:
        word = _strip(word, step)
    # "cancelled", "shipped": the doubled consonant left by an ending is one letter ("cancel", "ship").
    if len(word) > MIN_WORD and word[-1] == word[-2] and word[-1] not in "aeiou" + "s":
        word = word[:-1]
    return word


# Names of one thing, each made one term: VTEX's Admin and help center call a trade policy a sales
# channel too, and the catalog's own translations of one message say "sales channel" in English and
# "política comercial" in Spanish. The other groups are the everyday words a merchant or an agent uses
# for what the catalog names otherwise ("Excel", "planilla" for the mapping spreadsheet; "CEP" for a
# postal code; "sold out", "agotado" for stock), in each language, so that a described problem finds
# its entry whichever word it used. Each group is one thing, never a family of related things: joining
# "seller" with the Portuguese "lojista" (the store) made "portal do lojista" rank the seller-account
# errors first, and was left out.
SYNONYMS = {
    "tradepolicy": ["trade policy", "sales channel", "politica comercial", "canal de vendas", "canal de ventas"],
    "spreadsheet": ["spreadsheet", "worksheet", "excel", "xls", "xlsx", "hoja de calculo", "planilla", "planilha"],
    "phone": ["phone", "telephone", "cellphone", "cell phone", "mobile number", "celular", "telefono", "telefone"],
    "zipcode": ["zip code", "zipcode", "zip", "postal code", "postcode", "codigo postal", "cep"],
    "carrier": ["carrier", "courier", "shipping company", "transportadora", "transportista"],
    "reauthorize": ["reauthorize", "reauthorise", "reconnect", "authorize again", "connect again", "reautorizar", "reconectar",
                    "volver a autorizar", "volver a conectar", "autorizar de nuevo", "conectar de nuevo",
                    "autorizar novamente", "autorizar de novo", "conectar novamente", "conectar de novo"],
    "picture": ["picture", "photo", "image", "pic", "foto", "imagen", "imagem"],
    "password": ["password", "credentials", "contrasena", "credenciales", "senha", "credenciais"],
    "barcode": ["barcode", "bar code", "ean", "gtin", "upc", "codigo de barras"],
    "listing": ["listing", "advert", "ad", "anuncio", "publicacion", "publicacao"],
    "customer": ["customer", "buyer", "shopper", "consumer", "comprador", "consumidor", "cliente"],
    "stock": ["stock", "inventory", "inventario", "estoque", "existencias", "sold out", "agotado", "esgotado"],
    "invoice": ["invoice", "factura", "nota fiscal", "nfe"],
    "inactive": ["inactive", "deactivated", "disabled", "inactivo", "desactivado", "deshabilitado", "inativo", "desativado",
                 "desabilitado"],
    "deleted": ["deleted", "removed", "borrado", "eliminado", "excluido", "removido"],
    "order": ["order", "pedido", "orden", "ordem"],  # Latin American Spanish says "orden" as often as "pedido"
}
# Each phrase as its words' stems (so plurals are the same phrase), its words found as a text's are (a
# one-letter word, as in "volver a autorizar", is none), longest first.
PHRASES: list[list] = sorted(([[stem(word) for word in tokens(fold(phrase))], term] for term, phrases in SYNONYMS.items()
                              for phrase in phrases), key=lambda pair: -len(pair[0]))


_PHRASES_BY_FIRST: dict[str, list[list]] = {}
for _phrase in PHRASES:  # in PHRASES' order: the longest phrase that starts at a word wins
    _PHRASES_BY_FIRST.setdefault(_phrase[0][0], []).append(_phrase)


@cache
def _kept(word: str) -> str | None:
    """A word's term outside a synonym phrase: None for a stop word."""
    return None if word in STOP_WORDS else stem(word)


def _where(stems: list[str], first: str) -> list[int]:
    """The positions of `first` in `stems` (found by `list.index`, in C)."""
    found, start = [], 0
    while True:
        try:
            start = stems.index(first, start)
        except ValueError:
            return found
        found.append(start)
        start += 1


def word_terms(words: list[str]) -> list[str]:
    """The terms of folded words, in order: synonyms made one term, stop words left out, the rest stemmed.

    Written for speed (the text index of 10,000 errors analyses 40,000 texts in each language): the
    words between phrases go through cached functions with no Python call per word; only the places
    where a phrase may start are looked at one by one."""
    stems = list(map(stem, words))
    starts = sorted(at for first in _PHRASES_BY_FIRST.keys() & set(stems) for at in _where(stems, first))
    out: list[str] = []
    position = 0
    for start in starts:
        if start < position:  # inside the phrase just taken
            continue
        for phrase, term in _PHRASES_BY_FIRST[stems[start]]:
            if stems[start: start + len(phrase)] == phrase:
                out.extend(filter(None, map(_kept, words[position:start])))
                out.append(term)
                position = start + len(phrase)
                break
    out.extend(filter(None, map(_kept, words[position:])))
    return out


def terms(folded: str) -> list[str]:
    """The terms of folded text (its words as `fold.tokens` finds them)."""
    return word_terms(tokens(folded))


def text_terms(text: str) -> list[str]:
    return terms(fold(text))


# What matcher.js needs to make the same terms (carried by the text index).
ANALYSIS = {"stop_words": sorted(STOP_WORDS), "min_word": MIN_WORD, "steps": STEPS, "phrases": PHRASES}
