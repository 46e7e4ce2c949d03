"""Reading helpers for the planted-slip generator: quotes, sentences and clause subjects
found in a real article's body, and the typography a headline gives them.

Everything here is heuristic on purpose: the generator only needs the places where a
simple reading is safe, and skips the rest.
"""
import random
import re
from dataclasses import dataclass

# Straight, curly and French quotation marks; a French quote may carry (no-break) spaces
# inside its guillemets.
QUOTE_PATTERN = re.compile(r'"([^"\n]{1,300}?)"|“([^”\n]{1,300}?)”|«[\s\u00a0\u202f]*([^»\n]{1,300}?)[\s\u00a0\u202f]*»')
# The end of a sentence, including OrangeSum's glued paragraphs (« …pyrénéennes".Aucune »).
# A point after an initial or a title (« M. », "Mr.", "U.S.") ends no sentence.
SENTENCE_END = re.compile(r'(?<![\s(.][A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bMme)'
                          r'[.!?]["»”]?(?:\s+|(?=[A-ZÀ-Ý«"]))')
WORD = re.compile(r"[\w’'-]+", re.UNICODE)


@dataclass
class Slip:
    """One planted slip and its control: the same draft with and without the slip."""
    kind: str        # negation-added, negation-removed, misquote, number-change, date-change
    form: str        # the way the slip is written (ne-pas, won't, standfirst, weekday...)
    lang: str
    corpus: str
    article_id: str
    part: str        # the line that carries the slip: "headline" or "standfirst"
    planted: str     # the headline or standfirst with the slip
    control: str     # the same line without it
    expected: tuple  # the rules of which one firing on that line catches the slip
    source: str      # the body sentence the line was made from, for --show


@dataclass
class BodyQuote:
    """A quote of the body, with the sentence text around it."""
    words: str      # the quoted words, without the marks
    before: str     # the sentence up to the opening mark
    after: str      # the sentence after the closing mark
    sentence: str   # the whole sentence, for --show


def normalise_space(text):
    return " ".join(text.split())


def sentence_bounds(paragraph, start, end):
    """The start and end offsets of the sentence holding paragraph[start:end]."""
    begin = 0
    for match in SENTENCE_END.finditer(paragraph, 0, start):
        begin = match.end()
    close = SENTENCE_END.search(paragraph, end)
    return begin, (close.end() if close else len(paragraph))


def body_paragraphs(body):
    return [normalise_space(p) for p in body.split("\n\n") if p.strip()]


def body_quotes(body):
    """Every quote of the body that sits inside one sentence, in reading order."""
    found = []
    for paragraph in body_paragraphs(body):
        for match in QUOTE_PATTERN.finditer(paragraph):
            words = next(group for group in match.groups() if group is not None)
            begin, end = sentence_bounds(paragraph, match.start(), match.end())
            if match.end() > end:
                continue
            found.append(BodyQuote(words.strip(), paragraph[begin:match.start()],
                                   paragraph[match.end():end], paragraph[begin:end].strip()))
    return found


def body_sentences(body):
    """The body's sentences, whitespace normalised (Reuters bodies are hard-wrapped)."""
    sentences = []
    for paragraph in body_paragraphs(body):
        begin = 0
        for match in SENTENCE_END.finditer(paragraph):
            sentences.append(paragraph[begin:match.end()].strip().lstrip("-–• "))
            begin = match.end()
        if paragraph[begin:].strip():
            sentences.append(paragraph[begin:].strip())
    return sentences


def word_count(text):
    return len(WORD.findall(text))


def capitalise(text):
    return text[:1].upper() + text[1:]


def quote_marks(words, lang, rng):
    """The quote as a headline writes it: guillemets (or straight double quotes, as
    OrangeSum titles often have) in French; BBC single quotes or double quotes in English."""
    if lang == "fr":
        return f'"{words}"' if rng.random() < 0.25 else f"« {words} »"
    return f"'{words}'" if rng.random() < 0.5 else f'"{words}"'


def seeded(*parts):
    """A random generator fixed by the article and the kind, so a run is reproducible and
    one kind's choices do not shift another's."""
    return random.Random("/".join(str(p) for p in parts))


# --- Clause subjects ------------------------------------------------------------------

EN_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "these",
                  "those", "such"}
EN_NOT_IN_SUBJECT = {
    "which", "who", "whom", "whose", "that", "it", "he", "she", "they", "we", "i", "you",
    "there", "here", "what", "when", "where", "while", "and", "but", "or", "if", "because",
    "not", "never", "also", "still", "said", "says", "as", "now", "then", "so", "is", "are",
    "was", "were", "has", "have", "had", "be", "been", "being", "will", "would", "could",
    "should", "may", "might", "can", "must", "only", "just", "very", "to", "however", "but",
    "although", "though", "since", "after", "before", "in", "on", "at", "for", "with", "by",
    "from", "about", "into", "than", "no", "all", "both", "each", "some", "many", "more",
    "most", "much", "one", "me", "him", "them", "us", "my", "your", "mr", "mrs", "ms", "dr",
    "yet", "even", "why", "how", "do", "does", "did", "whether", "being", "like", "other",
    "others", "described", "called", "think", "thinks", "believe", "believes"}
EN_INSIDE_SUBJECT = {"of"}

FR_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "ces", "son",
                  "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"}
FR_NOT_IN_SUBJECT = {
    "qui", "que", "qu'", "dont", "où", "il", "elle", "ils", "elles", "on", "ce", "cela",
    "ça", "se", "s'", "ne", "n'", "y", "en", "et", "ou", "mais", "pas", "plus", "si",
    "selon", "pour", "dans", "sur", "avec", "sans", "par", "à", "au", "aux", "alors",
    "ainsi", "aussi", "donc", "car", "comme", "lorsque", "quand", "puis", "c'est", "est",
    "sont", "a", "ont", "était", "étaient", "je", "j'", "tu", "nous", "vous", "lui", "leur",
    "toujours", "encore", "déjà", "très", "tout", "tous", "toute", "toutes", "même",
    "cependant", "pourtant", "néanmoins", "or", "d'ailleurs", "enfin", "estime", "juge",
    "déclare", "affirme", "dit", "explique", "soit", "être", "avoir", "m.", "mme"}
FR_INSIDE_SUBJECT = {"de", "du", "des", "d'"}

# A subject starts a clause: the sentence start, or after a comma, a colon, "that",
# « que »; the generator takes the words from there to the verb.
CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:that|said|says|warned|added|believes|thinks|"
                          r"que|qu['’])\s*)(?=\S)")


def subject_before(text, lang, max_words=4):
    """The clause subject that ends `text` (just before its verb), or None when the words
    there do not read as a noun phrase: a pronoun, a relative, a verb, a conjunction."""
    starts = [m.end() for m in CLAUSE_START.finditer(text)]
    if not starts:
        return None
    candidate = text[starts[-1]:].strip()
    words = candidate.replace("’", "'").split()
    if not 1 <= len(words) <= max_words:
        return None
    lowered = [w.lower() for w in words]
    if not all(re.fullmatch(r"[\w'.-]+", w) for w in words) or any(c.isdigit() for c in candidate):
        return None
    determiners, banned, inside = ((EN_DETERMINERS, EN_NOT_IN_SUBJECT, EN_INSIDE_SUBJECT)
                                   if lang == "en" else
                                   (FR_DETERMINERS, FR_NOT_IN_SUBJECT, FR_INSIDE_SUBJECT))
    first = lowered[0].split("'")[0] + "'" if "'" in lowered[0] else lowered[0]
    if not (first in determiners or words[0][:1].isupper()):
        return None
    body = lowered[1:] if first in determiners else lowered
    if not body or any(w in banned for w in body) or lowered[0] in banned:
        return None
    if body[-1] in inside or body[0] in inside or lowered[-1] in determiners:
        return None
    if lang == "en" and (body[-1].endswith("ly") or lowered[-1] in EN_DETERMINERS):
        return None
    return candidate.replace("'", "’") if "’" in text else candidate


def headline_subject(subject, lang):
    """English headlines drop a leading "the"; French ones keep their articles."""
    if lang == "en" and subject.lower().startswith("the "):
        subject = subject[4:]
    return capitalise(subject)


def is_plural_en(subject):
    last = subject.split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def speaker_of(sentence, lang):
    """The surname of whoever the sentence says spoke, when it names one."""
    if lang == "en":
        match = re.search(r"\b(?:said|says|told|added)\s+(?:Mr|Mrs|Ms|Dr)?\.?\s*"
                          r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", sentence) or \
            re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][a-z]+)\s+(?:said|says|told|added)\b", sentence)
    else:
        match = re.search(r"(?:selon|a (?:déclaré|affirmé|expliqué|estimé|assuré|souligné)|"
                          r"(?:déclare|affirme|explique|estime|assure|souligne))\s+(?:M\.|Mme)?\s*"
                          r"([A-ZÉ][a-zéèëï]+(?:[\s-][A-ZÉ][a-zéèëï]+)?)\b", sentence)
    if not match:
        return None
    name = match.group(1).split()[-1]
    banned = {"The", "He", "She", "It", "They", "We", "Le", "La", "Les", "Il", "Elle", "On",
              "Selon", "Mais", "In", "At", "This", "That", "There", "Reuters", "AFP", "BBC", "News", "Radio", "Today",
              "Associated", "Press"}
    return None if name in banned else name
