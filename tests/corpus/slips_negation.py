"""Negation slips: a headline that negates words the body quotes affirmatively
(negation-added), and one that quotes affirmatively words the body quotes under a
negation (negation-removed).

The headline is rebuilt from the body clause that governs the quote, "subject + verb +
quote", in the present tense as headlines are written, then negated in each way editors
write a negation. Only two clause shapes are used, because both can be negated without a
parser: a copula before the quote (made-up examples: the plan was "workable"; le plan
est « réaliste » ; elle se dit « inquiète ») and a verb of judgement with its object (called
the plan "a disaster"; juge le plan « réaliste »).
"""
import re

from slips_text import (Slip, body_quotes, headline_subject, is_plural_en, quote_marks,
                        seeded, speaker_of, subject_before, word_count)

RULE = ("headline.negated-quote",)
MAX_QUOTE_WORDS = 8

EN_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|without|cannot)\b|n[’']t\b", re.I)
FR_NEGATION = re.compile(r"(?:^|\W)(?:ne|n['’]|pas|jamais|aucune?|rien|sans|guère|ni)(?:\W|$)", re.I)

# Copulas the body puts before a quote, and the present tense a headline gives them
# (singular or plural).
FR_COPULAS = {"est": "est", "sont": "sont", "était": "est", "étaient": "sont", "a été": "a été",
              "ont été": "ont été", "avait été": "a été", "avaient été": "ont été", "reste": "reste", "restent": "restent", "sera": "sera",
              "seront": "seront"}
# Reflexive verbs French copy uses as copulas: « se dit « inquiet » ».
FR_REFLEXIVE = {"dit": ("dit", "disent"), "disent": ("dit", "disent"),
                "montre": ("montre", "montrent"), "montrent": ("montre", "montrent"),
                "déclare": ("déclare", "déclarent"), "déclarent": ("déclare", "déclarent"),
                "veut": ("veut", "veulent"), "veulent": ("veut", "veulent")}
# English verbs of judgement: body form -> (base, third person singular, past).
EN_JUDGE = {}
for base, third, past in [("call", "calls", "called"), ("brand", "brands", "branded"),
                          ("label", "labels", "labelled"), ("dub", "dubs", "dubbed"),
                          ("describe", "describes", "described")]:
    for written in (base, third, past):
        EN_JUDGE[written] = (base, third, past)
# French verbs of judgement, all first group: body form -> (stem, plural?).
FR_JUDGE = {}
for stem in ("jug", "qualifi", "estim", "trouv"):
    FR_JUDGE[stem + "e"] = (stem, False)
    FR_JUDGE[stem + "ent"] = (stem, True)
    FR_JUDGE["a " + stem + "é"] = (stem, False)
    FR_JUDGE["ont " + stem + "é"] = (stem, True)
FR_OBJECT = r"(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une)\s?[\w'’-]+(?:\s[\w'’-]+){0,2}"
EN_OBJECT = r"(?:the|a|an|his|her|its|their|this|these|those)\s[\w'-]+(?:\s[\w'-]+){0,2}"


def usable_quote(words, lang, negated):
    """A short predicate quote: lower-case start, no quote inside, and a negation only
    when one is wanted."""
    if not 1 <= word_count(words) <= MAX_QUOTE_WORDS or not words[:1].islower():
        return False
    if any(mark in words for mark in '"«»“”') or words[-1:] in ".!?,;:":
        return False
    pattern = EN_NEGATION if lang == "en" else FR_NEGATION
    return bool(pattern.search(words)) == negated


FR_NOT_AFTER_BARE_PAS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "dans",
                         "en", "au", "aux", "à", "sur", "pour", "par", "avec", "sans", "comme"}
FR_ADVERBS = re.compile(r"^(?:\w+ment|désormais|toujours|déjà|encore|quasiment|presque)\b")


def bare_pas_fits(words):
    """Headlinese « pas » stands before a quoted adjective or participle (« un chantier pas
    « urgent » »), at most after an intensifier, never before a noun phrase or an adverb."""
    tokens = words.replace("'", " ").split()
    if tokens and tokens[0] in ("très", "trop", "assez", "si", "aussi"):
        tokens = tokens[1:]
    return (1 <= len(tokens) <= 2 and tokens[0] not in FR_NOT_AFTER_BARE_PAS
            and not FR_ADVERBS.match(tokens[0]))


def elide(word):
    """« ne » before a vowel or a mute h becomes « n' »."""
    return "n'" if re.match(r"[aeiouyéèêàâh]", word, re.I) else "ne "


# --- English --------------------------------------------------------------------------

# Copula chains a body puts before a quote -> the headline's chain (present tense for the
# simple copula, as headlines are written), as (finite word, rest).
EN_COPULAS = {"is": ("is", ""), "are": ("are", ""), "was": ("is", ""), "were": ("are", ""),
              "has been": ("has", " been"), "have been": ("have", " been"),
              "had been": ("has", " been"), "will be": ("will", " be"),
              "would be": ("would", " be"), "could be": ("could", " be"),
              "remains": ("remains", ""), "remain": ("remain", "")}
EN_CONTRACTED = {"is": "isn't", "are": "aren't", "was": "wasn't", "were": "weren't", "has": "hasn't", "have": "haven't",
                 "will": "won't", "would": "wouldn't", "could": "couldn't",
                 "remains": "doesn't remain", "remain": "don't remain"}
EN_PAST = {"is": "was", "are": "were", "was": "was", "were": "were"}


def en_copula_forms(subject, chain, article, q, bare, speaker):
    """Each negated English headline over a copula, with its affirmative control."""
    first, rest = chain
    verb = f"{first}{rest}{article}"
    says = f", says {speaker}" if speaker else ""
    never_first = EN_PAST.get(first, first)
    forms = {
        "not-before-quote": (f"{subject} {first} not{rest}{article} {q}", f"{subject} {verb} {q}"),
        "contraction": (f"{subject} {EN_CONTRACTED[first]}{rest}{article} {q}",
                        f"{subject} {verb} {q}"),
        "won't": (f"{subject} won't be{article} {q}", f"{subject} will be{article} {q}"),
        "no-longer": (f"{subject} {first} no longer{rest}{article} {q}", f"{subject} {verb} {q}"),
        "never": (f"{subject} {never_first} never{rest}{article} {q}",
                  f"{subject} {never_first}{rest}{article} {q}"),
        "inside-quote": (f"{subject} {first}{rest} {bare('not' + article + ' ')}",
                         f"{subject} {verb} {q}"),
    }
    if not article:
        forms["headlinese"] = (f"{subject} not {q}{says}", f"{subject} {q}{says}")
    if re.match(r"\w+ly\b", bare("")[1:]):
        del forms["inside-quote"]  # "'not profoundly wrong'" reads as a misquote
    if first.startswith("remain"):
        del forms["no-longer"], forms["not-before-quote"], forms["inside-quote"]
    return forms


def en_judge_forms(subject, verb, obj, as_word, q):
    base, third, past = EN_JUDGE[verb]
    plural = verb == base or (verb == past and is_plural_en(subject))
    does = "do" if plural else "does"
    present = base if plural else third
    rest = f"{obj} {as_word}{q}"
    return {
        "does-not": (f"{subject} {does} not {base} {rest}", f"{subject} {present} {rest}"),
        "contraction": (f"{subject} {does}n't {base} {rest}", f"{subject} {present} {rest}"),
        "won't": (f"{subject} won't {base} {rest}", f"{subject} will {base} {rest}"),
        "no-longer": (f"{subject} no longer {present} {rest}", f"{subject} {present} {rest}"),
        "never": (f"{subject} never {past} {rest}", f"{subject} {past} {rest}"),
    }


EN_COPULA_BEFORE = re.compile(r"^(?P<pre>.*?)\s(?P<verb>" + "|".join(
    sorted(EN_COPULAS, key=len, reverse=True)) + r")(?P<article>\s(?:a|an))?\s$")


def en_added(quote, rng):
    """The English negated headlines one body quote gives, form -> (planted, control)."""
    q = quote_marks(quote.words, "en", rng)
    mark = q[0]

    def bare(prefix):
        return f"{mark}{prefix}{quote.words}{mark}"

    speaker = speaker_of(quote.sentence, "en")
    match = EN_COPULA_BEFORE.search(quote.before)
    if match:
        subject = subject_before(match["pre"], "en")
        if subject:
            chain = EN_COPULAS[match["verb"]]
            if match["verb"] == "had been" and is_plural_en(subject):
                chain = ("have", " been")
            if match["verb"] in ("was", "were") and re.match(r"\w+ed\b", quote.words):
                chain = (match["verb"], "")  # a passive stays past: "were 'robbed'"
            if speaker and speaker in subject:
                speaker = None
            return en_copula_forms(headline_subject(subject, "en"), chain,
                                   match["article"] or "", q, bare, speaker)
    verbs = "|".join(EN_JUDGE)
    match = re.search(rf"^(?P<pre>.*?)\s(?P<verb>{verbs})\s(?P<obj>{EN_OBJECT})\s(?P<as>as\s)?$",
                      quote.before)
    if match and (match["as"] or not match["verb"].startswith("describ")):
        subject = subject_before(match["pre"], "en")
        obj = match["obj"]
        if subject and not any(w in obj.lower().split() for w in ("and", "of", "to", "is")):
            return en_judge_forms(headline_subject(subject, "en"), match["verb"], obj,
                                  match["as"] or "", q)
    return {}


# --- French ---------------------------------------------------------------------------

def fr_copula_forms(subject, verb, q, bare, speaker):
    """Each negated French headline over a copula, with its affirmative control; a
    compound « a été » keeps its auxiliary, where the negation goes."""
    plural = verb in ("sont", "restent", "seront", "ont été")
    have = "ont" if plural else "a"
    selon = f", selon {speaker}" if speaker else ""
    first, _, rest = verb.partition(" ")
    rest = " " + rest if rest else ""
    ne = elide(first)
    forms = {
        "ne-pas": (f"{subject} {ne}{first} pas{rest} {q}", f"{subject} {verb} {q}"),
        "ne-plus": (f"{subject} {ne}{first} plus{rest} {q}", f"{subject} {verb} {q}"),
        "jamais": (f"{subject} n'{have} jamais été {q}", f"{subject} {have} été {q}"),
        "bare-pas": (f"{subject} pas {q}{selon}", f"{subject} {q}{selon}"),
        "inside-quote": (f"{subject} {bare(ne + first + ' pas' + rest + ' ')}",
                         f"{subject} {bare(verb + ' ')}"),
        "pas-inside-quote": (f"{subject} {ne}{first} {bare('pas' + rest + ' ')}",
                             f"{subject} {verb} {q}"),
    }
    if rest:
        del forms["ne-plus"]
    words = bare("").strip('"« »')
    if not bare_pas_fits(words):
        del forms["bare-pas"]
    if FR_ADVERBS.match(words):
        # « pas désormais … » puts the adverb out of place
        del forms["pas-inside-quote"], forms["inside-quote"]
    return forms


def fr_reflexive_forms(subject, verb, q, bare):
    return {
        "ne-pas": (f"{subject} ne se {verb} pas {q}", f"{subject} se {verb} {q}"),
        "ne-plus": (f"{subject} ne se {verb} plus {q}", f"{subject} se {verb} {q}"),
        "jamais": (f"{subject} ne se {verb} jamais {q}", f"{subject} se {verb} {q}"),
        "founding-split": (f"{subject} ne {bare('se ' + verb + ' pas ')}",
                           f"{subject} {bare('se ' + verb + ' ')}"),
    }


def fr_judge_forms(subject, stem, plural, obj, de, q):
    present = stem + ("ent" if plural else "e")
    have = "ont" if plural else "a"
    ne = elide(present)
    rest = f"{obj} {de}{q}"
    return {
        "ne-pas": (f"{subject} {ne}{present} pas {rest}", f"{subject} {present} {rest}"),
        "ne-plus": (f"{subject} {ne}{present} plus {rest}", f"{subject} {present} {rest}"),
        "jamais": (f"{subject} n'{have} jamais {stem}é {rest}", f"{subject} {have} {stem}é {rest}"),
    }


def fr_added(quote, rng):
    q = quote_marks(quote.words, "fr", rng)

    def bare(inner):
        words = inner + quote.words
        return f'"{words}"' if q.startswith('"') else f"« {words} »"

    before = quote.before.replace("’", "'")
    speaker = speaker_of(quote.sentence, "fr")
    copulas = "|".join(sorted(FR_COPULAS, key=len, reverse=True))
    match = re.search(rf"^(?P<pre>.*?)\s(?P<verb>{copulas})\s$", before)
    if match:
        subject = subject_before(match["pre"], "fr")
        if subject:
            return fr_copula_forms(headline_subject(subject, "fr"), FR_COPULAS[match["verb"]], q,
                                   bare, speaker)
    reflexive = "|".join(FR_REFLEXIVE)
    match = re.search(rf"^(?P<pre>.*?)\s(?:se|s'est|s'était)\s(?P<verb>{reflexive})\s$", before)
    if match:
        subject = subject_before(match["pre"], "fr")
        if subject:
            singular, plural = FR_REFLEXIVE[match["verb"]]
            verb = plural if match["verb"] == plural else singular
            return fr_reflexive_forms(headline_subject(subject, "fr"), verb, q, bare)
    judges = "|".join(sorted(FR_JUDGE, key=len, reverse=True))
    match = re.search(rf"^(?P<pre>.*?)\s(?P<verb>{judges})\s(?P<obj>{FR_OBJECT})\s(?P<de>de\s|d')?$",
                      before)
    if match:
        subject = subject_before(match["pre"], "fr")
        stem, plural = FR_JUDGE[match["verb"]]
        obj = match["obj"]
        if subject and (match["de"] or stem != "qualifi") and not re.search(r"\b(?:et|à|que)\b", obj):
            return fr_judge_forms(headline_subject(subject, "fr"), stem, plural, obj,
                                  match["de"] or "", q)
    return {}


# --- Generators -----------------------------------------------------------------------

def negation_added(article, lang, corpus):
    """Slips that negate, in every form, a quote the body gives affirmatively."""
    slips = []
    for index, quote in enumerate(body_quotes(article["body"])):
        if not usable_quote(quote.words, lang, negated=False):
            continue
        rng = seeded(article["id"], "negation-added", index)
        forms = (en_added if lang == "en" else fr_added)(quote, rng)
        for form, (planted, control) in forms.items():
            slips.append(Slip("negation-added", form, lang, corpus, article["id"], "headline",
                              planted, control, RULE, quote.sentence))
        if forms:
            break  # one source quote per article: forms of one article are compared alike
    return slips


EN_AUXILIARIES = r"is|are|was|were|has|have|had|will|would|could|can|should|may|might"
EN_NEGATED_BEFORE = re.compile(rf"^(?P<pre>.*?)\s(?:(?P<aux>{EN_AUXILIARIES})\s(?:not|never|no longer)|"
                               rf"(?P<short>is|are|was|were|has|have|had|would|could|should)n[’']t)"
                               r"(?P<tail>\s(?:be|been))?(?P<article>\s(?:a|an))?\s$")
EN_AFFIRMATIVE_BEFORE = re.compile(rf"^(?P<pre>.*?)\s(?P<aux>{EN_AUXILIARIES})"
                                   r"(?P<tail>\s(?:be|been))?\s$")
EN_NEGATION_OPENING = re.compile(r"^(?:not|never|no longer)\s(?P<rest>.+)$")
FR_PRONOUNS = r"le|la|les|l|y|en|se|s|lui|leur|me|m|te|t|nous|vous"
FR_NEGATED_BEFORE = re.compile(rf"^(?P<pre>.*?)\s(?:n'|ne\s)(?!(?:{FR_PRONOUNS})\b)(?P<verb>[a-zéèêûô]+)"
                               r"\s(?:pas|plus|jamais)(?P<participle>(?:\s(?!d[e'])[\w'-]+){0,3}?)\s$")
FR_NE_BEFORE = re.compile(rf"^(?P<pre>.*?)\s(?:n'|ne\s)(?!(?:{FR_PRONOUNS})\b)(?P<verb>[a-zéèêûô]+)\s$")
FR_AFFIRMATIVE_BEFORE = re.compile(r"^(?P<pre>.*?)\s(?P<verb>est|sont|était|étaient|reste|restent|"
                                   r"sera|seront|a été|ont été)\s$")
# « pas de problèmes » loses its « de » with the negation: such quotes are left alone.
FR_NEGATION_OPENING = re.compile(r"^(?:pas|plus|jamais)\s(?!d[e']\s?(?!une?\b|la\b|les?\b|l'))(?P<rest>.+)$")
FR_NEGATED_OPENING = re.compile(rf"^(?:n'|ne\s)(?!(?:{FR_PRONOUNS})\b)(?P<verb>[a-zéèêûô]+)\s"
                                r"(?:pas|plus|jamais)\s(?!d[e']\s?(?!une?\b|la\b|les?\b|l'))(?P<rest>.+)$")


def removed_en(quote, rng):
    """English: the body's "is not 'X'" (outside) or "is 'not X'" (inside) made
    affirmative: form, planted headline, negated control."""
    before = quote.before.replace("’", "'")
    negated = EN_NEGATED_BEFORE.search(before)
    if negated and usable_quote(quote.words, "en", negated=False):
        subject = subject_before(negated["pre"], "en")
        if subject:
            aux = negated["aux"] or negated["short"]
            tail = (negated["tail"] or "") + (negated["article"] or "")
            subject = headline_subject(subject, "en")
            q = quote_marks(quote.words, "en", rng)
            return "outside", f"{subject} {aux}{tail} {q}", f"{subject} {aux} not{tail} {q}"
    opening = EN_NEGATION_OPENING.match(quote.words)
    affirmative = EN_AFFIRMATIVE_BEFORE.search(before)
    if opening and affirmative and usable_quote(opening["rest"], "en", negated=False):
        subject = subject_before(affirmative["pre"], "en")
        if subject:
            verb = affirmative["aux"] + (affirmative["tail"] or "")
            subject = headline_subject(subject, "en")
            return ("inside", f"{subject} {verb} {quote_marks(opening['rest'], 'en', rng)}",
                    f"{subject} {verb} {quote_marks(quote.words, 'en', rng)}")
    return None


def removed_fr(quote, rng):
    """French: « ne … pas « X » » (outside), « n'est « pas X » » (split) or « « n'est pas
    X » » (inside) made affirmative: form, planted headline, negated control."""
    before = quote.before.replace("’", "'")
    words = quote.words.replace("’", "'")
    negated = FR_NEGATED_BEFORE.search(before)
    if negated and usable_quote(words, "fr", negated=False):
        subject = subject_before(negated["pre"], "fr")
        if subject:
            subject = headline_subject(subject, "fr")
            verb = negated["verb"] + (negated["participle"] or "")
            q = quote_marks(words, "fr", rng)
            return ("outside", f"{subject} {verb} {q}",
                    f"{subject} {elide(verb)}{negated['verb']} pas{negated['participle'] or ''} {q}")
    opening = FR_NEGATION_OPENING.match(words)
    ne_before = FR_NE_BEFORE.search(before)
    if opening and ne_before and usable_quote(opening["rest"], "fr", negated=False):
        subject = subject_before(ne_before["pre"], "fr")
        if subject:
            subject = headline_subject(subject, "fr")
            verb = ne_before["verb"]
            return ("split", f"{subject} {verb} {quote_marks(opening['rest'], 'fr', rng)}",
                    f"{subject} {elide(verb)}{verb} {quote_marks(words, 'fr', rng)}")
    inside = FR_NEGATED_OPENING.match(words)
    if inside and usable_quote(inside["rest"], "fr", negated=False) and before.endswith(" "):
        subject = subject_before(before.rstrip(), "fr")
        if subject:
            subject = headline_subject(subject, "fr")
            verb = inside["verb"]
            return ("inside", f"{subject} {verb} {quote_marks(inside['rest'], 'fr', rng)}",
                    f"{subject} {quote_marks(words, 'fr', rng)}")
    return None


def negation_removed(article, lang, corpus):
    """Slips that quote affirmatively words the body quotes under a negation."""
    for index, quote in enumerate(body_quotes(article["body"])):
        made = (removed_en if lang == "en" else removed_fr)(
            quote, seeded(article["id"], "negation-removed", index))
        if made:
            form, planted, control = made
            return [Slip("negation-removed", form, lang, corpus, article["id"], "headline",
                         planted, control, RULE, quote.sentence)]
    return []
