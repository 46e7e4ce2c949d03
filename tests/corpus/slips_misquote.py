"""Misquote slips: a headline quotes a body quote of three words or more with three or
more words changed, the way a quote drifts when it is retyped from memory.

Words change through a small lexicon of swaps that keep the part of speech, the gender,
the number and the elision of the word they replace (made-up example: "we will need a
big effort" becomes "they would need a huge effort"), plus an intensifier before an
adjective (« très »; "very"). A quote with fewer than three possible changes is skipped,
so every planted misquote differs from the body in at least three words.
"""
import re

from slips_text import Slip, body_quotes, capitalise, quote_marks, seeded, speaker_of, word_count

RULES = ("quote.not-in-body", "fact.quote-mismatch")
MIN_CHANGES = 3

EN_SWAPS = {
    "will": "would", "can": "could", "must": "should",
    "should": "must", "may": "might", "might": "may", "this": "that", "these": "those",
    "those": "these", "we": "they", "our": "their", "us": "them", "very": "really",
    "really": "truly", "extremely": "highly", "important": "crucial", "crucial": "vital",
    "vital": "crucial", "big": "huge", "huge": "massive", "large": "big", "good": "great",
    "great": "good", "bad": "poor", "serious": "grave", "clear": "obvious",
    "difficult": "hard", "major": "big", "significant": "substantial",
    "strong": "solid", "real": "genuine", "simple": "easy", "easy": "simple",
    "quickly": "rapidly", "always": "often", "many": "several", "several": "many",
    "country": "nation", "problem": "issue", "problems": "issues", "issue": "matter",
    "issues": "matters", "plan": "scheme", "plans": "schemes", "think": "believe",
    "believe": "think", "company": "firm", "firm": "company", "companies": "firms",
    "firms": "companies", "decision": "choice", "today": "now", "now": "today",
    "completely": "totally", "totally": "entirely", "absolutely": "completely",
    "deeply": "profoundly", "fully": "entirely", "growth": "expansion",
    "best": "finest", "fair": "just", "government": "administration",
    # Tense shifts keep a clause grammatical whatever follows.
    "is": "was", "are": "were", "was": "is", "were": "are", "am": "was", "has": "had",
}
# Subject pronouns change only when the verb after them agrees with either.
EN_SUBJECT_SWAPS = {"i": "we"}
EN_NO_SWAP_BEFORE = {"am", "was", "wasn't", "'m", "’m"}
# Tense shifts that need a subject other than "I" before them ("I was" cannot be "I is").
EN_NOT_AFTER_I = {"was", "am"}
EN_ADJECTIVES = {"important", "good", "bad", "difficult", "serious", "clear", "hard", "strong",
                 "happy", "proud", "concerned", "worried", "disappointed", "pleased", "sad",
                 "dangerous", "high", "low", "positive", "encouraging", "confident", "successful",
                 "unfair", "wrong", "useful", "busy", "interesting", "damaging", "worrying"}
EN_INTENSIFIER = "very"

FR_SWAPS = {
    "très": "vraiment", "vraiment": "réellement", "grand": "gros", "grande": "grosse",
    "grands": "gros", "grandes": "grosses", "important": "essentiel",
    "importante": "essentielle", "importants": "essentiels", "importantes": "essentielles",
    "énorme": "considérable", "considérable": "énorme", "difficile": "pénible",
    "simple": "facile", "facile": "simple", "nécessaire": "indispensable",
    "indispensable": "nécessaire", "possible": "envisageable", "impossible": "inconcevable",
    "grave": "terrible", "terrible": "grave", "problème": "souci", "problèmes": "soucis",
    "toujours": "encore", "encore": "toujours", "beaucoup": "énormément",
    "aujourd'hui": "désormais", "maintenant": "désormais", "désormais": "dorénavant",
    "veut": "souhaite", "veulent": "souhaitent", "voulons": "souhaitons", "peut": "pourrait",
    "peuvent": "pourraient", "pouvons": "pourrions", "doit": "devrait", "doivent": "devraient",
    "devons": "devrions", "faut": "faudrait", "est": "était",
    "sont": "étaient", "a": "avait", "ont": "avaient", "avons": "avions",
    "sommes": "étions", "va": "allait", "vont": "allaient", "pays": "territoire", "gouvernement": "pouvoir",
    "entreprise": "société", "entreprises": "sociétés",
    "décision": "mesure", "mesure": "décision", "vrai": "réel", "vraie": "réelle",
    "clair": "certain", "claire": "certaine", "bon": "excellent", "bonne": "excellente",
    "totalement": "complètement", "complètement": "entièrement", "absolument": "totalement",
    "vite": "rapidement", "rapidement": "vite", }
FR_ADJECTIVES = {"difficile", "grave", "inquiet", "inquiète", "heureux", "fier", "fière",
                 "dangereux", "dangereuse", "clair", "claire", "satisfait", "satisfaite",
                 "préoccupant", "préoccupante", "sérieux", "sérieuse", "compliqué", "compliquée",
                 "dur", "dure", "mauvais", "mauvaise", "positif", "positive", "important",
                 "importante", "inquiétant", "inquiétante", "fragile", "tendu", "tendue"}
FR_INTENSIFIER = "très"
# Words after which a vowel elides or contracts (« le » + « excellent » needs
# « l'excellent », « du » needs « de l' »).
FR_ELIDING = {"le", "la", "de", "que", "ne", "je", "se", "ce", "me", "te", "du", "au", "ma",
              "ta", "sa"}
NO_INTENSIFIER_AFTER = {"very", "so", "too", "more", "most", "less", "really", "très", "trop",
                        "plus", "si", "assez", "moins", "aussi", "vraiment"}
TOKEN = re.compile(r"[\w’'-]+|[^\w\s]+|\s+")


def starts_with_vowel(word):
    return bool(re.match(r"[aeiouyéèêàâîôh]", word, re.I))


def swap_allowed(previous, word, lang):
    return not (lang == "fr" and previous.lower() in FR_ELIDING and starts_with_vowel(word))


def with_case(model, word, first):
    """The replacement keeps a capital only at the start of the quote ("I" becomes "we")."""
    return capitalise(word) if first and model[:1].isupper() else word


def replacement(token, previous, following, lang):
    """The word that replaces `token` in a misquote, or None to keep it."""
    lowered = token.lower()
    if lang == "en":
        if lowered in EN_SUBJECT_SWAPS and following.lower() not in EN_NO_SWAP_BEFORE:
            return EN_SUBJECT_SWAPS[lowered]
        if lowered in EN_NOT_AFTER_I and previous == "I":
            return None
        word = EN_SWAPS.get(lowered)
        # "an important" cannot become "an crucial", nor "a big" "a huge" → fine.
        if word and previous.lower() in ("a", "an") and starts_with_vowel(word) != (previous.lower() == "an"):
            return None
        return word
    if lowered == "beaucoup" and not following.lower().startswith(("de", "d'")):
        return None  # « beaucoup de » becomes « énormément de », « comme beaucoup » stays
    word = FR_SWAPS.get(lowered)
    return word if word and swap_allowed(previous, word, lang) else None


def intensified(token, previous, lang):
    adjectives = EN_ADJECTIVES if lang == "en" else FR_ADJECTIVES
    lowered = previous.lower()
    if token.lower() not in adjectives or lowered in NO_INTENSIFIER_AFTER | {"a", "an"}:
        return False
    if lowered.endswith("ly" if lang == "en" else "ment"):
        return False
    return not (lang == "fr" and lowered in FR_ELIDING)


def misquoted(words, lang):
    """The quote with at least three words changed, or None when it offers too few."""
    intensifier = EN_INTENSIFIER if lang == "en" else FR_INTENSIFIER
    tokens = TOKEN.findall(words.replace("’", "'"))
    words_only = [t for t in tokens if t.strip() and re.match(r"[\w']", t)]
    out, previous, changes, index = [], "", 0, 0
    for token in tokens:
        if not (token.strip() and re.match(r"[\w']", token)):
            out.append(token)
            continue
        index += 1
        following = words_only[index] if index < len(words_only) else ""
        swapped = replacement(token, previous, following, lang)
        if swapped:
            out.append(with_case(token, swapped, index == 1))
            changes += 1
        elif intensified(token, previous, lang):
            out.append(f"{intensifier} {token}")
            changes += 1
        else:
            out.append(token)
        previous = token
    return "".join(out) if changes >= MIN_CHANGES else None


# Marks of a quote whose straight quotation marks were paired wrongly: it holds the
# reporting clause between two real quotes.
STRAY_QUOTE = re.compile(r'["«»“”\[\]]|\.\.\.|…|\b(?:said|says|told)\b|-t-(?:il|elle)|t-elle|'
                         r'\b(?:a|avait) (?:déclaré|précisé|ajouté|expliqué)|\w[.!?]\w')


def quote_reads_whole(words):
    return bool(re.match(r"\w", words)) and not STRAY_QUOTE.search(words) and \
        words.split()[-1].lower() not in {"à", "de", "du", "des", "le", "la", "les", "the", "of",
                                          "a", "to", "and", "et"}


def headline_for(quote_text, article, speaker, lang, rng):
    """A speaker's name and the quote, as headlines write one, or the article's own
    headline followed by the quote."""
    q = quote_marks(quote_text, lang, rng)
    lead_in = speaker or article["title"].rstrip(" .")
    return f"{lead_in} : {q}" if lang == "fr" else f"{lead_in}: {q}"


def misquote(article, lang, corpus):
    """One misquote slip per article, from the first quote that offers three changes."""
    for index, quote in enumerate(body_quotes(article["body"])):
        words = quote.words.rstrip(" ,;:")
        if not 3 <= word_count(words) <= 14 or not quote_reads_whole(words):
            continue
        changed = misquoted(words, lang)
        if changed is None:
            continue
        speaker = speaker_of(quote.sentence, lang)
        rng = seeded(article["id"], "misquote", index)
        planted = headline_for(changed, article, speaker, lang, rng)
        control = headline_for(words, article, speaker, lang, seeded(article["id"], "misquote", index))
        form = "named-speaker" if speaker else "topic-headline"
        return [Slip("misquote", form, lang, corpus, article["id"], "headline", planted, control,
                     RULES, quote.sentence)]
    return []
