"""Figure and date slips: the headline or standfirst repeats a figure or a date of the
body, changed.

A standfirst slip is a body sentence retold as the standfirst with one value changed
(made-up example: the body's "15 people were hurt in the fire" becomes "21 people were
hurt in the fire"). A headline slip is the clause that opens on the figure and its noun
("15 people were hurt in the fire" as the headline). A changed figure is never a rounding
of the body's (at least 25% away, same number of trailing zeros) and never a figure the
body gives elsewhere. Dates change their day, their year, or give the wrong weekday for
an event the body dates within a week of the article.
"""
import datetime
import re

from slips_text import Slip, body_sentences, seeded, word_count

NUMBER_RULES = ("consistency.number",)
DATE_RULES = ("consistency.date",)

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# A figure: 1,500 / 1 500 / 150.000 (French thousands) / 3.4 / 3,4, never glued to a letter.
FIGURE = {
    "en": r"(?<![\w.,/+-])(?P<figure>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)",
    "fr": r"(?<![\w.,/+-])(?P<figure>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?)",
}
UNIT = {
    "en": r"(?:\s?%|\s(?:million|billion|mln|bn|pct|per\scent))?",
    "fr": r"(?:\s?%|\s(?:millions?|milliards?)(?:\s(?:de|d'))?)?",
}
# The noun counted, with its complement: "people", "tonnes of rice", « cas de femmes ».
NOUN = r"\s(?P<noun>[a-zéèêàç][\w'-]*(?:\s(?:of|de|des|du)\s[a-zéèêàç][\w'-]*|\sd'[a-zéèêàç][\w'-]*)?)"
VERB = {
    "en": r"\s(?P<verb>were|are|have|has|had|was|is|will|would|could|died|[a-z]+ed)\b",
    "fr": r"\s(?P<verb>ont|sont|a|est|seront|vont|doivent|pourraient|étaient|avaient|"
          r"[a-zé]+(?:é|ée|és|ées))\b",
}
MONTH_WORDS = set(EN_MONTHS) | set(FR_MONTHS)


def figure_value(text, lang):
    """The figure's value, its decimals, and the separator grouping its thousands."""
    if lang == "fr":
        grouping = re.search(r"[ \u00a0\u202f.](?=\d{3}\b)", text)
        decimal = ","
    else:
        grouping = re.search(r",(?=\d{3}\b)", text)
        decimal = "."
    separator = grouping.group(0) if grouping else ""
    plain = text.replace(separator, "") if separator else text
    whole, _, fraction = plain.partition(decimal)
    return float(whole + ("." + fraction if fraction else "")), len(fraction), separator


def format_figure(value, decimals, separator, lang):
    if decimals:
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if lang == "fr" else text
    digits = str(int(value))
    if not separator:
        return digits
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join([digits] + groups)


def changed_figure(text, lang, rng, percent=False, age=False):
    """Another figure, at least 25% away from `text` and not a rounding of it."""
    value, decimals, separator = figure_value(text, lang)
    if value < 2 or (not decimals and 1800 <= value <= 2100):
        return None
    factor = rng.choice([0.7, 1.3] if age else [1.4, 1.6, 0.6, 0.7, 1.5])
    if age and value * factor > 100:
        factor = 0.7  # nobody is 125
    if decimals:
        new = round(value * factor, decimals)
    else:
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        new = round(value * factor / 10 ** zeros) * 10 ** zeros
        if value < 10:
            new = value + rng.choice([2, 3, 4])
    if percent and new > 100:
        new = round(value * 0.6, decimals) if decimals else round(value * 0.6)
    if new < 2 or abs(new - value) < 0.25 * value:
        return None
    return format_figure(new, decimals, separator, lang)


# Words that follow a figure without being what it counts ("30 and 35", "14 were").
NOT_A_NOUN = {"and", "or", "to", "in", "of", "on", "at", "for", "were", "was", "are", "is",
              "have", "has", "had", "will", "would", "the", "a", "et", "ou", "à", "en", "au",
              "sur", "pour", "dans", "par", "le", "la", "les", "sont", "ont", "est", "a", "qui",
              "que", "than", "vs", "from",
              # an hour of the day is no count: « à 19 heures » cannot become « à 30 heures »
              "heures", "heure", "h", "hours", "am", "pm", "gmt"}


def figure_matches(sentence, lang):
    """Each figure followed by the noun it counts, never the day of a date ("March 28")."""
    pattern = re.compile(FIGURE[lang] + UNIT[lang] + NOUN)
    for match in pattern.finditer(sentence):
        first = match["noun"].split()[0]
        previous = sentence[:match.start()].split()[-1:]
        if first in MONTH_WORDS or first in NOT_A_NOUN:
            continue
        if previous and previous[0].lower().strip(",") in MONTH_WORDS | {"number", "numéro", "n°"}:
            continue
        if previous and previous[0][:1].isupper() and sentence[:match.start()].strip()[-1:] not in ".,;:":
            if len(sentence[:match.start()].split()) > 1:
                continue  # a name with a figure: "Nikkei 225", « Ligue 1 »
        yield match


# Where a clause may open on its figure: the sentence start, a comma or a colon, or a
# reporting word ("Selon X, 15 personnes…", "said 15 people…").
CLAUSE_OPENING = re.compile(r"(?:^|[,:]|\b(?:that|said|says|que|qu'|dont))\s*$")
# Nouns of age and duration make no headline on their own (« 13 ans a été placé… »).
NOT_A_HEADLINE_NOUN = {"ans", "an", "mois", "jours", "years", "year", "months", "days", "km",
                       "h", "heures", "hours", "minutes"}


def headline_clause(sentence, match, lang):
    """The clause that opens on the figure, when it runs figure, noun, verb and a few more
    words up to a punctuation mark: "15 people were hurt in the fire"."""
    if not CLAUSE_OPENING.search(sentence[:match.start()]):
        return None
    if match["noun"].split()[0] in NOT_A_HEADLINE_NOUN:
        return None
    rest = sentence[match.start():]
    clause = re.match(FIGURE[lang] + UNIT[lang] + NOUN + VERB[lang] + r"[^,;:.!?()\"«»]{0,60}", rest)
    if not clause or not rest[clause.end():clause.end() + 1] in (".", ",", ";", ""):
        return None
    text = clause.group(0).strip()
    if text[-1:].isdigit() or not 4 <= word_count(text) <= 12:
        return None  # « … dans 4 » cut at a decimal comma
    return text


def reads_as_standfirst(sentence):
    """A whole sentence: capital or figure first, quotation marks balanced, no Reuters
    table line ("Qtly div 20 cts vs 18 cts") or ticker (<AXP>)."""
    balanced = sentence.count('"') % 2 == 0 and sentence.count("«") == sentence.count("»")
    return (balanced and re.match(r"[A-ZÀ-Ý0-9«\"]", sentence) is not None
            and not re.search(r"[<>]|\bvs\b", sentence) and 8 <= word_count(sentence) <= 45)


def number_change(article, lang, corpus, headline_allowed):
    """At most one headline and one standfirst figure slip per article."""
    slips = []
    body = article["body"]
    for index, sentence in enumerate(body_sentences(body)):
        for match in figure_matches(sentence, lang):
            rng = seeded(article["id"], "number-change", index, match.start())
            new = changed_figure(match["figure"], lang, rng,
                                 percent="%" in match.group(0) or "pct" in match.group(0),
                                 age=match["noun"].split()[0] in ("ans", "an", "years", "year"))
            if not new or re.search(r"(?<![\d.,])" + re.escape(new) + r"(?![\d])", body):
                continue
            clause = headline_clause(sentence, match, lang) if headline_allowed else None
            if clause and not any(s.form == "headline" for s in slips):
                planted = new + clause[len(match["figure"]):]
                slips.append(Slip("number-change", "headline", lang, corpus, article["id"],
                                  "headline", planted, clause, NUMBER_RULES, sentence))
            elif reads_as_standfirst(sentence) and not any(s.form == "standfirst" for s in slips):
                planted = sentence[:match.start()] + new + sentence[match.start() + len(match["figure"]):]
                slips.append(Slip("number-change", "standfirst", lang, corpus, article["id"],
                                  "standfirst", planted, sentence, NUMBER_RULES, sentence))
        if len(slips) == 2:
            break
    return slips


# --- Dates ----------------------------------------------------------------------------

def date_pattern(lang):
    if lang == "fr":
        months = "|".join(FR_MONTHS)
        return re.compile(r"(?P<lead>\ble\s)?(?P<day>1er|\d{1,2})\s(?P<month>" + months +
                          r")(?:\s(?P<year>(?:19|20)\d{2}))?\b(?![\d])")
    months = "|".join(m.capitalize() for m in EN_MONTHS)
    return re.compile(r"(?:(?P<day>\d{1,2})\s(?P<month>" + months + r")|(?P<month2>" + months +
                      r")\s(?P<day2>\d{1,2})\b)(?:,?\s(?P<year>(?:19|20)\d{2}))?(?![\d])")


def parsed_date(match, lang):
    """(day, month number, year or None) of a date match."""
    if lang == "fr":
        day = 1 if match["day"] == "1er" else int(match["day"])
        month = FR_MONTHS.index(match["month"]) + 1
    else:
        day = int(match["day"] or match["day2"])
        month = EN_MONTHS.index((match["month"] or match["month2"]).lower()) + 1
    return day, month, int(match["year"]) if match["year"] else None


def article_date(article):
    try:
        return datetime.date.fromisoformat((article.get("date") or "")[:10])
    except ValueError:
        return None


def weekday_of(match, lang, published):
    """The weekday of a body date within a week of publication, or None."""
    day, month, year = parsed_date(match, lang)
    try:
        when = datetime.date(year or published.year, month, day)
    except ValueError:
        return None
    return when.weekday() if abs((when - published).days) <= 7 else None


def with_day(match, sentence, lang, new_day):
    """The sentence with the matched date's day replaced."""
    group = "day" if match["day"] else "day2"
    return sentence[:match.start(group)] + str(new_day) + sentence[match.end(group):]


WEEKDAY_WORDS = {w.lower() for w in EN_WEEKDAYS + FR_WEEKDAYS}
# A weekday replaces a date after these words only: « le 3 juin » → « mardi », "on 3 June"
# → "on Tuesday"; « jusqu'au 3 juin » would become « jusqu'au mardi ».
EN_BEFORE_WEEKDAY = {"on", "by", "until", "since", "from", "ended", "before", "after", "through"}


def in_range_or_quote(sentence, match):
    """A date inside a quote or a range (« du 5 au 9 juin », "3 to 6 March") is left alone."""
    before, after = sentence[:match.start()], sentence[match.end():]
    inside_quote = before.count('"') % 2 == 1 or before.count("«") > before.count("»")
    return (inside_quote or re.search(r"\d\s*(?:au|to|-|–)\s*$", before) is not None
            or re.match(r"\s*(?:au|to|-|–)\s*\d", after) is not None)


def weekday_fits(sentence, match, lang):
    previous = sentence[:match.start()].split()[-3:]
    if any(word.lower().strip(",") in WEEKDAY_WORDS for word in previous):
        return False
    if lang == "fr":
        return bool(match["lead"])
    return bool(previous) and previous[-1].lower() in EN_BEFORE_WEEKDAY


def date_slips_in(sentence, article, lang, corpus):
    """Slips the dates of one sentence give: (form, planted, control)."""
    published = article_date(article)
    for match in date_pattern(lang).finditer(sentence):
        before = sentence[:match.start()].rstrip().split()[-1:] or [""]
        if before[0].lower() in WEEKDAY_WORDS or before[0].endswith(",") or in_range_or_quote(sentence, match):
            continue  # « lundi 3 mars »: a changed day would contradict its own weekday
        day, _, _ = parsed_date(match, lang)
        if published and weekday_fits(sentence, match, lang):
            weekday = weekday_of(match, lang, published)
            if weekday is not None:
                names = FR_WEEKDAYS if lang == "fr" else EN_WEEKDAYS
                wrong = (weekday + 2) % 7
                head, tail = sentence[:match.start()], sentence[match.end():]
                return ("weekday", head + names[wrong] + tail, head + names[weekday] + tail)
        new_day = day + 3 if day <= 25 else day - 5
        return ("full-date", with_day(match, sentence, lang, new_day), sentence)
    year = re.search(r"\b(?:in|en)\s(?P<year>(?:19|20)\d{2})\b(?!\s*[-/])", sentence)
    if year:
        new = int(year["year"]) - 3
        planted = sentence[:year.start("year")] + str(new) + sentence[year.end("year"):]
        return ("year", planted, sentence)
    return None


def date_change(article, lang, corpus):
    """At most one date slip of each form per article, told in the standfirst."""
    slips, forms = [], set()
    for sentence in body_sentences(article["body"]):
        if not reads_as_standfirst(sentence):
            continue
        made = date_slips_in(sentence, article, lang, corpus)
        if made and made[0] not in forms:
            forms.add(made[0])
            form, planted, control = made
            slips.append(Slip("date-change", form, lang, corpus, article["id"], "standfirst",
                              planted, control, DATE_RULES, sentence))
    return slips
