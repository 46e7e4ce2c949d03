#include "generate_drafts.hpp"

#include <fmt/format.h>
#include <fstream>
#include <random>

namespace presscheck::bench {
namespace {

// Slots in the templates: N a person of the base, S a surname alone, O an office of the
// base, Q a few quoted words, M an amount of money, P a percentage, K a plain number,
// D a full date, Y a year, R a name of the bundled starter base.
const std::vector<std::string> kFrenchSentences = {
    "« {Q} », a déclaré {N} lors d'une conférence de presse.",
    "{N} n'a pas confirmé le montant de {M} avancé par ses services.",
    "Le salaire de {N} atteignait {M} en {Y}, selon les documents consultés.",
    "L'ancien titulaire de la {O}, {N}, a dénoncé une « {Q} ».",
    "Selon {S}, la dépense a progressé de {P} depuis le {D}.",
    "{N}, qui n'est plus à la {O} depuis {Y}, estime que rien n'a changé.",
    "Le budget prévoit {K} postes supplémentaires et une enveloppe de {M}.",
    "« Nous ne renoncerons jamais à {Q} », a assuré {N}, mais sans donner de calendrier.",
    "La {R} a infligé une amende de {M} le {D}, une première.",
    "Le texte adopté le {D} ne prévoit ni {Q} ni hausse d'impôts.",
    "D'après {N}, environ {P} des ménages sont concernés, soit près de {K} familles.",
    "{N} a reconnu que l'employeur avait versé {M} en {Y}.",
    "Personne ne conteste que la {O} ait coûté {M} l'an dernier.",
    "Il n'y a pas de « {Q} », a rétorqué {S}, qui siège depuis {Y}.",
};

const std::vector<std::string> kEnglishSentences = {
    "\"{Q},\" {N} told reporters at a press conference.",
    "{N} did not confirm the {M} figure put forward by officials.",
    "{N}'s salary reached {M} in {Y}, according to documents seen by the paper.",
    "Former {O} {N} called the decision \"{Q}\".",
    "According to {S}, spending rose by {P} since {D}.",
    "{N}, who left the {O} in {Y}, said nothing had changed.",
    "The budget funds {K} extra posts and an envelope of {M}.",
    "\"We will never give up on {Q},\" {N} said, but gave no timetable.",
    "The {R} fined the company {M} on {D}, the first penalty of its kind.",
    "The law adopted on {D} provides neither {Q} nor a tax rise.",
    "About {P} of households are affected, nearly {K} families, {N} said.",
    "{N} acknowledged that the employer paid {M} in {Y}.",
    "No one disputes that the {O} cost {M} last year.",
    "\"There is no {Q},\" {S} replied, a member since {Y}.",
};

const std::vector<std::string> kFrenchMonths = {"janvier",   "février", "mars",     "avril",
                                                "mai",       "juin",    "juillet",  "août",
                                                "septembre", "octobre", "novembre", "décembre"};
const std::vector<std::string> kEnglishMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
const std::vector<std::string> kFrenchStarter = {"Commission européenne", "Thierry Breton",
                                                 "Elon Musk"};
const std::vector<std::string> kEnglishStarter = {"European Commission", "Thierry Breton",
                                                  "Elon Musk"};

class DraftWriter {
 public:
  DraftWriter(const GeneratedFacts& facts, unsigned seed) : facts_(facts), random_(seed) {}

  std::string article(bool french, std::size_t target_bytes) {
    const auto& templates = french ? kFrenchSentences : kEnglishSentences;
    std::string body;
    while (body.size() < target_bytes) {
      // Paragraphs of two to four sentences, as copy is written.
      const std::size_t sentences = 2 + pick(3);
      for (std::size_t s = 0; s < sentences; ++s) {
        if (s > 0)
          body += ' ';
        body += fill(templates[pick(templates.size())], french);
      }
      body += "\n\n";
    }
    const std::string headline =
        french ? fmt::format("« {} » : {} sous pression", quote_words(), person())
               : fmt::format("\"{}\": {} under pressure", quote_words(), person());
    const std::string standfirst = fill(templates[pick(templates.size())], french);
    return fmt::format(
        "---\ntitle: \"{}\"\nstandfirst: \"{}\"\ndate: {}-{:02}-{:02}\nlang: {}\n---\n\n{}",
        escaped(headline), escaped(standfirst), 2015 + pick(11), 1 + pick(12), 1 + pick(28),
        french ? "fr" : "en", body);
  }

 private:
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random_() % n); }

  const std::string& person() { return facts_.names[pick(facts_.names.size())]; }

  std::string quote_words() {
    std::string text;
    const std::size_t count = 2 + pick(5);
    for (std::size_t w = 0; w < count; ++w) {
      if (w > 0)
        text += ' ';
      text += facts_.words[pick(facts_.words.size())];
    }
    return text;
  }

  std::string money(bool french) {
    const std::size_t amount = 1 + pick(900);
    switch (pick(3)) {
      case 0:
        return french ? fmt::format("{} millions d'euros", amount)
                      : fmt::format("€{} million", amount);
      case 1:
        return french ? fmt::format("{},{} milliards d'euros", amount % 20, pick(10))
                      : fmt::format("{}.{} billion euros", amount % 20, pick(10));
      default:
        return french ? fmt::format("{} {:03} euros", amount, pick(1000))
                      : fmt::format("€{},{:03}", amount, pick(1000));
    }
  }

  std::string date(bool french) {
    const auto& months = french ? kFrenchMonths : kEnglishMonths;
    const std::size_t day = 1 + pick(28);
    const std::string& month = months[pick(12)];
    const std::size_t year = 2000 + pick(26);
    return french ? fmt::format("{} {} {}", day, month, year)
                  : fmt::format("{} {}, {}", month, day, year);
  }

  std::string fill(const std::string& pattern, bool french) {
    std::string out;
    out.reserve(pattern.size() + 64);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
        out += pattern[i];
        continue;
      }
      switch (pattern[i + 1]) {
        case 'N':
          out += person();
          break;
        case 'S':
          out += facts_.surnames[pick(facts_.surnames.size())];
          break;
        case 'O':
          out += (french ? "fonction " : "office ") + std::to_string(pick(50));
          break;
        case 'Q':
          out += quote_words();
          break;
        case 'M':
          out += money(french);
          break;
        case 'P':
          out += french ? fmt::format("{},{} %", pick(60), pick(10))
                        : fmt::format("{}.{}%", pick(60), pick(10));
          break;
        case 'K':
          out += fmt::format("{}", 10 + pick(9000));
          break;
        case 'D':
          out += date(french);
          break;
        case 'Y':
          out += fmt::format("{}", 2000 + pick(26));
          break;
        case 'R':
          out += (french ? kFrenchStarter : kEnglishStarter)[pick(kFrenchStarter.size())];
          break;
        default:
          out.append(pattern, i, 3);
      }
      i += 2;
    }
    return out;
  }

  static std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
      if (c == '"' || c == '\\')
        out += '\\';
      out += c;
    }
    return out;
  }

  const GeneratedFacts& facts_;
  std::mt19937 random_;
};

}  // namespace

GeneratedDrafts generate_drafts(const GeneratedFacts& facts, std::size_t total_bytes,
                                std::size_t article_bytes, const std::filesystem::path& folder,
                                unsigned seed) {
  // A thousand files per folder keeps directory listings cheap, as archives are laid out.
  constexpr std::size_t kFilesPerFolder = 1000;
  GeneratedDrafts drafts;
  DraftWriter writer(facts, seed);
  std::mt19937 sizes(seed + 1);
  for (std::size_t i = 0; drafts.bytes < total_bytes; ++i) {
    const bool french = i % 2 == 0;
    // Between half and one and a half times the asked size: real copy varies.
    const std::size_t target = article_bytes / 2 + sizes() % (article_bytes + 1);
    const std::string text = writer.article(french, target);
    const std::filesystem::path sub = folder / fmt::format("{:04}", i / kFilesPerFolder);
    if (i % kFilesPerFolder == 0)
      std::filesystem::create_directories(sub);
    const std::filesystem::path path =
        sub / fmt::format("{}-{:06}.md", french ? "article" : "story", i);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    drafts.files.push_back(path.string());
    drafts.french.push_back(french);
    drafts.bytes += text.size();
  }
  return drafts;
}

}  // namespace presscheck::bench
