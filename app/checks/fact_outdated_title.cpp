#include "checks/fact_outdated_title.hpp"

#include <fmt/format.h>
#include <utf8proc.h>
#include <algorithm>
#include <unordered_set>

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"
#include "analysis/fact_title_terms.hpp"
#include "analysis/former_title.hpp"
#include "analysis/verdict_rules.hpp"
#include "checks/report.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMaxTitleWords = 6;

/// An office a person held, with the statement saying when, and its names as words.
struct HeldOffice {
  facts::Statement statement;
  std::vector<std::vector<std::string>> names;  // each name, folded word by word
};

/// A title written next to a person's name.
struct WrittenTitle {
  Span span;                   // the title words, marker included
  std::string words;           // the title as written, marker excluded
  std::string marker;          // "former", "then" or empty
  std::string marker_written;  // the marker as the draft writes it (« ancienne »)
  /// Every office held whose name the words begin: « ministre » names all of a minister's.
  std::vector<const HeldOffice*> offices;
  bool whole = false;  // the words are a whole name, not only its beginning
};

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(text, {0, text.size()}))
    words.push_back(token.folded);
  return words;
}

// The offices a person held, with their names; deprecated statements left out.
std::vector<HeldOffice> offices_held(const FactIndex& facts,
                                     const std::vector<facts::Statement>& positions) {
  std::vector<HeldOffice> offices;
  for (const facts::Statement& statement : positions) {
    if (statement.rank == facts::Rank::deprecated)
      continue;
    HeldOffice office{statement, {}};
    for (const std::string& name : facts.names_of(statement.value.text)) {
      office.names.push_back(folded_words(name));
    }
    offices.push_back(std::move(office));
  }
  return offices;
}

// Whether `words` begin one of the office's names: « commissaire » for « commissaire
// européen »; a title must hold a word of four letters or more.
bool names_office(const std::vector<const Token*>& words, const HeldOffice& office) {
  const bool significant =
      std::any_of(words.begin(), words.end(), [](const Token* t) { return t->folded.size() >= 4; });
  if (!significant)
    return false;
  return std::any_of(office.names.begin(), office.names.end(), [&](const auto& name) {
    if (words.size() > name.size())
      return false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i]->folded != name[i])
        return false;
    }
    return true;
  });
}

bool names_exactly(const std::vector<const Token*>& words, const HeldOffice& office) {
  return std::any_of(office.names.begin(), office.names.end(), [&](const auto& name) {
    return name.size() == words.size() &&
           std::equal(
               words.begin(), words.end(), name.begin(),
               [](const Token* word, const std::string& known) { return word->folded == known; });
  });
}

bool only_joiners(std::string_view gap) {
  return std::all_of(gap.begin(), gap.end(),
                     [](char c) {
                       return c == ' ' || c == '-' || c == '\'' ||
                              static_cast<unsigned char>(c) >= 0x80;
                     }) &&
         gap.find(',') == std::string_view::npos;
}

class TitleReader {
 public:
  TitleReader(const Document& doc, const BlockAnalysis& block,
              const std::vector<RuleMatch>& markers, const std::vector<RuleMatch>& copulas)
      : doc_(doc), block_(block), markers_(markers), copulas_(copulas) {}

  // Whether a title may stand next to the name at all: a word where one would begin is the
  // first word of an office's name. Reads no fact, so most names cost nothing more.
  bool may_have_title(Span name, const std::unordered_set<std::string>& office_words) const {
    const auto begins_office = [&](const Token* t) { return office_words.contains(t->folded); };
    const std::vector<const Token*> ahead = words_before(name);
    const std::vector<const Token*> behind = words_after(name);
    return std::any_of(ahead.begin(), ahead.end(), begins_office) ||
           (!behind.empty() && begins_office(behind.front()));
  }

  // The title right before the name: « le commissaire européen [Thierry Breton] ». A word
  // before the beginning of a name may make it another office ("shadow chancellor", "Trade
  // Secretary", « futur président »): only a determiner or a marker may stand there.
  std::optional<WrittenTitle> before(Span name, const std::vector<HeldOffice>& offices) const {
    const std::vector<const Token*> run = words_before(name);
    for (std::size_t k = run.size(); k > 0; --k) {
      const std::vector<const Token*> words(run.end() - static_cast<long>(k), run.end());
      auto title = match(words, offices);
      if (!title)
        continue;
      const Token* ahead = k < run.size() ? run[run.size() - k - 1] : nullptr;
      if (ahead != nullptr && !title->whole && !is_determiner(*ahead) && !is_marker(ahead->span))
        return std::nullopt;
      return title;
    }
    return std::nullopt;
  }

  // The title in apposition or after a verb of being: « [Thierry Breton], ancien commissaire
  // européen, », « [Thierry Breton] est commissaire européen ».
  // A title followed by a capitalised word is someone else's: « Emmanuel Macron, le ministre
  // de l'Intérieur Christophe Castaner »; the beginning of a name must end the words.
  std::optional<WrittenTitle> after(Span name, const std::vector<HeldOffice>& offices) const {
    const std::vector<const Token*> run = words_after(name);
    for (std::size_t k = run.size(); k > 0; --k) {
      const std::vector<const Token*> words(run.begin(), run.begin() + static_cast<long>(k));
      auto title = match(words, offices);
      if (!title)
        continue;
      if (k < run.size() && is_capitalised(*run[k]))
        return std::nullopt;
      if (k < run.size() && !title->whole)
        continue;  // the words go on: « ministre » of « ministre de l'Intérieur »
      return title;
    }
    return std::nullopt;
  }

 private:
  // The words joined to the name on its left, up to kMaxTitleWords: a title there ends them.
  std::vector<const Token*> words_before(Span name) const {
    std::vector<const Token*> run;
    std::size_t end = name.begin;
    for (std::size_t i = first_token_at_or_after(name.begin);
         i-- > 0 && run.size() < kMaxTitleWords;) {
      const Token& token = block_.tokens[i];
      if (!gap_is_joiner(token.span.end, end))
        break;
      run.insert(run.begin(), &token);
      end = token.span.begin;
    }
    return run;
  }

  // The words after a comma, or after a verb of being, right after the name; determiners
  // and markers before them left out, up to kMaxTitleWords: a title there begins them.
  std::vector<const Token*> words_after(Span name) const {
    std::vector<const Token*> run;
    std::size_t i = first_token_at_or_after(name.end);
    if (i >= block_.tokens.size())
      return run;
    const std::string_view gap = doc_.slice({name.end, block_.tokens[i].span.begin});
    const bool apposition = gap.find(',') != std::string_view::npos && gap.size() <= 3;
    const bool predicate = is_copula(block_.tokens[i].span) && gap.size() <= 3 &&
                           std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
    if (!apposition && !predicate)
      return run;
    if (predicate && ++i >= block_.tokens.size())
      return run;
    for (std::size_t end = block_.tokens[i].span.begin;
         i < block_.tokens.size() && run.size() < kMaxTitleWords; ++i) {
      const Token& token = block_.tokens[i];
      if (!run.empty() && !gap_is_joiner(end, token.span.begin))
        break;
      if (!is_determiner(token) && !is_marker(token.span))
        run.push_back(&token);
      else if (!run.empty())
        break;
      end = token.span.end;
    }
    return run;
  }

  std::size_t first_token_at_or_after(std::size_t offset) const {
    const auto it =
        std::lower_bound(block_.tokens.begin(), block_.tokens.end(), offset,
                         [](const Token& t, std::size_t at) { return t.span.begin < at; });
    return static_cast<std::size_t>(it - block_.tokens.begin());
  }

  bool gap_is_joiner(std::size_t from, std::size_t to) const {
    return to >= from && to - from <= 3 && only_joiners(doc_.slice({from, to}));
  }

  bool is_capitalised(const Token& token) const {
    std::size_t at = token.span.begin;
    return utf8proc_isupper(static_cast<utf8proc_int32_t>(utf8::next(doc_.text, at))) != 0;
  }

  static bool is_determiner(const Token& token) {
    static const std::vector<std::string_view> kDeterminers = {"le",  "la",  "l", "les", "un",
                                                               "une", "the", "a", "an"};
    return std::find(kDeterminers.begin(), kDeterminers.end(), token.folded) != kDeterminers.end();
  }

  bool is_marker(Span span) const {
    return std::any_of(markers_.begin(), markers_.end(),
                       [&](const RuleMatch& m) { return m.span.overlaps(span); });
  }

  bool is_copula(Span span) const {
    return std::any_of(copulas_.begin(), copulas_.end(),
                       [&](const RuleMatch& m) { return m.span == span; });
  }

  // The marker ending right before `begin`, if any: « l'[ancien] commissaire ».
  const RuleMatch* marker_before(std::size_t begin) const {
    for (const RuleMatch& marker : markers_) {
      if (marker.span.end <= begin && gap_is_joiner(marker.span.end, begin))
        return &marker;
    }
    return nullptr;
  }

  std::optional<WrittenTitle> match(const std::vector<const Token*>& words,
                                    const std::vector<HeldOffice>& offices) const {
    if (words.empty() || is_marker(words.front()->span))
      return std::nullopt;
    WrittenTitle title;
    for (const HeldOffice& office : offices) {
      if (names_office(words, office))
        title.offices.push_back(&office);
    }
    if (title.offices.empty())
      return std::nullopt;
    title.whole =
        std::any_of(title.offices.begin(), title.offices.end(),
                    [&](const HeldOffice* office) { return names_exactly(words, *office); });
    // The beginning of a name ends on a word of its own: « ministre », not « ministre de ».
    if (!title.whole && words.back()->folded.size() < 4)
      return std::nullopt;
    title.span = {words.front()->span.begin, words.back()->span.end};
    title.words = std::string(doc_.slice(title.span));
    if (const RuleMatch* marker = marker_before(title.span.begin)) {
      title.span.begin = marker->span.begin;
      title.marker = marker->rule->value;
      title.marker_written = std::string(doc_.slice(marker->span));
      if (doc_.text.compare(marker->span.end, 1, "-") == 0)
        title.marker_written += '-';  // « ex- » as written, not « ex »
    }
    return title;
  }

  const Document& doc_;
  const BlockAnalysis& block_;
  const std::vector<RuleMatch>& markers_;
  const std::vector<RuleMatch>& copulas_;
};

// The dates a sentence writes itself, not those resolved from the article's.
std::vector<Date> dates_in(const BlockExtraction& extraction, Span sentence) {
  std::vector<Date> dates;
  for (const Value& value : extraction.values) {
    if (value.date && !value.date->relative && value.date->date.year != 0 &&
        sentence.contains(value.span))
      dates.push_back(value.date->date);
  }
  return dates;
}

// The dates a sentence is told at: its own, or when it writes none, those of the nearest
// sentence before it in the paragraph that does. Narration keeps its time until it names
// another (« En 2014, la primaire marque un tournant. Le député X l'accuse… »).
std::vector<Date> narrated_dates(const BlockAnalysis& block, const BlockExtraction& extraction,
                                 Span sentence) {
  std::vector<Date> dates = dates_in(extraction, sentence);
  for (auto earlier = block.sentences.rbegin(); dates.empty() && earlier != block.sentences.rend();
       ++earlier) {
    if (earlier->end <= sentence.begin)
      dates = dates_in(extraction, *earlier);
  }
  return dates;
}

// Whether the sentence dates what it tells otherwise than the article (« alors », "then"):
// its titles are those of that time.
bool told_as_then(const std::vector<RuleMatch>& markers, Span sentence) {
  return std::any_of(markers.begin(), markers.end(), [&](const RuleMatch& marker) {
    return marker.rule->value == "then" && sentence.contains(marker.span);
  });
}

std::string message(const Document& doc, const WrittenTitle& title, const std::string& person,
                    const TitleFacts& facts, const Date& at) {
  const bool holds = facts.holds;
  const std::string when = describe_validity(facts.cited, doc.lang);
  const std::string date = on_date(at, doc.lang);
  if (doc.lang == Lang::fr) {
    return holds ? fmt::format(
                       "{} occupe toujours la fonction de « {} » {} ({}) : « {} » est de trop",
                       person, title.words, date, when, title.marker_written)
                 : fmt::format("{} n'occupe pas la fonction de « {} » {} (fonction occupée {})",
                               person, title.words, date, when);
  }
  return holds ? fmt::format("{} still holds the office of \"{}\" {} ({}): \"{}\" is wrong", person,
                             title.words, date, when, title.marker_written)
               : fmt::format("{} does not hold the office of \"{}\" {} (held {})", person,
                             title.words, date, when);
}

}  // namespace

const RuleInfo& FactOutdatedTitle::info() const {
  static const RuleInfo kInfo{
      verdict_rules::kOutdatedTitle, Severity::error,
      "une personne reçoit un titre qu'elle n'a pas à la date de l'article, ou est dite « ancienne "
      "» "
      "alors qu'elle l'a encore",
      "a person is given a title they do not hold at the article's date, or called former while "
      "still holding it"};
  return kInfo;
}

void FactOutdatedTitle::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  // A title is right or wrong at a date. An undated draft may be read years after it was
  // written (an archive, a pasted page): judged at today's date, its every past title would
  // be flagged, so it gets no title check (`verify` always has a date).
  if (context.extraction == nullptr || context.facts == nullptr || !context.document.date)
    return;
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  const Date at = *doc.date;
  const Reporter report(info(), context, out);
  for (std::size_t b = 0; b < context.analysis.blocks.size(); ++b) {
    const BlockAnalysis& block = context.analysis.blocks[b];
    const BlockExtraction& extracted = context.extraction->blocks[b];
    const auto& markers = extracted.title_markers;
    const auto& copulas = extracted.title_copulas;
    const TitleReader reader(doc, block, markers, copulas);
    for (const Mention& mention : extracted.entities) {
      if (!reader.may_have_title(mention.span, context.facts->offices().first_words))
        continue;
      for (const std::string& person : mention.ids) {
        const std::vector<HeldOffice> offices =
            offices_held(*context.facts, base.offices_held(person));
        if (offices.empty())
          continue;
        const auto known = base.entity(person);
        if (!known || known->kind != facts::EntityKind::person)
          continue;
        auto title = reader.before(mention.span, offices);
        if (!title)
          title = reader.after(mention.span, offices);
        if (!title || title->marker == "then")
          continue;
        std::vector<facts::Statement> terms;
        for (const HeldOffice* office : title->offices)
          terms.push_back(office->statement);
        const Span sentence = sentence_holding(block, mention.span);
        const auto wrong = wrong_title(base, terms, title->marker == "former", at,
                                       narrated_dates(block, extracted, sentence));
        if (!wrong || (!wrong->holds && told_as_then(markers, sentence)))
          continue;
        Finding found = report(
            title->span, message(doc, *title, std::string(doc.slice(mention.span)), *wrong, at));
        found.fact(fact_evidence(base, wrong->cited, doc.lang));
        if (!wrong->holds) {
          const TitleRewrite rewrite = former_title(doc, block.tokens, title->span, title->words);
          found.at(rewrite.span).suggest(rewrite.span, rewrite.text);
        }
      }
    }
  }
}

}  // namespace presscheck
