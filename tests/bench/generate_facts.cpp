#include "generate_facts.hpp"

#include <fmt/format.h>
#include <fstream>
#include <random>

namespace presscheck::bench {
namespace {

constexpr std::size_t kStatementsPerEntity = 10;
constexpr std::size_t kOffices = 50;

// Syllables make pronounceable, mostly distinct names with accents, as French copy has.
const std::vector<std::string> kSyllables = {"ma", "ré",  "lo", "ti", "an", "be", "cé", "du",
                                             "fa", "gi",  "hé", "jo", "ka", "lu", "mé", "no",
                                             "pa", "qui", "ro", "sé", "tu", "va", "xi", "zo"};

std::string word(std::mt19937_64& random, int syllables) {
  std::string text;
  for (int i = 0; i < syllables; ++i)
    text += kSyllables[random() % kSyllables.size()];
  return text;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 32);
  return text;
}

}  // namespace

GeneratedFacts generate_facts(std::size_t statements, const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  GeneratedFacts generated;
  std::mt19937_64 random(42);
  const std::size_t people = std::max<std::size_t>(1, statements / kStatementsPerEntity);
  for (int i = 0; i < 2000; ++i)
    generated.surnames.push_back(capitalised(word(random, 3)));
  for (int i = 0; i < 5000; ++i)
    generated.words.push_back(word(random, 2 + i % 3));

  auto open = [&](const char* name) {
    generated.files.push_back((folder / name).string());
    return std::ofstream(folder / name, std::ios::binary | std::ios::trunc);
  };
  std::ofstream sources = open("sources.jsonl");
  sources
      << R"({"type":"source","id":"gen","url":"https://example.org/generated","title":"Generated"})"
      << '\n';
  std::ofstream properties = open("properties.jsonl");
  properties
      << R"({"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}})"
      << '\n'
      << R"({"type":"property","id":"employer","value_type":"entity","labels":{"fr":["employeur"],"en":["employer"]},"single_valued":true})"
      << '\n'
      << R"({"type":"property","id":"salary","value_type":"money","labels":{"fr":["salaire"],"en":["salary"]}})"
      << '\n';

  std::ofstream entities = open("entities.jsonl");
  for (std::size_t office = 0; office < kOffices; ++office) {
    entities
        << fmt::format(
               R"({{"type":"entity","id":"office-{}","kind":"office","names":{{"fr":["fonction {}"],"en":["office {}"]}}}})",
               office, office, office)
        << '\n';
  }
  std::ofstream out = open("statements.jsonl");
  std::ofstream quotes = open("quotes.jsonl");
  for (std::size_t person = 0; person < people; ++person) {
    const std::string first = capitalised(word(random, 2));
    const std::string last = generated.surnames[random() % generated.surnames.size()];
    const std::string name = fmt::format("{} {}", first, last);
    generated.names.push_back(name);
    entities
        << fmt::format(
               R"({{"type":"entity","id":"p{}","kind":"person","names":{{"fr":["{}"],"en":["{}"]}},"aliases":{{"fr":["{}"]}}}})",
               person, name, name, last)
        << '\n';
    // Two offices over periods, three consecutive employers, five yearly salaries.
    for (int k = 0; k < 2; ++k, ++generated.statements) {
      const int from = 2000 + static_cast<int>(random() % 20);
      out << fmt::format(
                 R"({{"type":"statement","id":"p{}-office-{}","subject":"p{}","property":"position_held","value":{{"entity":"office-{}"}},"valid_from":"{}","valid_to":"{}","sources":["gen"]}})",
                 person, k, person, random() % kOffices, from, from + 1 + random() % 6)
          << '\n';
    }
    for (int k = 0; k < 3; ++k, ++generated.statements) {
      out << fmt::format(
                 R"({{"type":"statement","id":"p{}-employer-{}","subject":"p{}","property":"employer","value":{{"entity":"office-{}"}},"valid_from":"{}","valid_to":"{}","sources":["gen"]}})",
                 person, k, person, random() % kOffices, 2000 + 8 * k, 2008 + 8 * k)
          << '\n';
    }
    for (int k = 0; k < 5; ++k, ++generated.statements) {
      out << fmt::format(
                 R"({{"type":"statement","id":"p{}-salary-{}","subject":"p{}","property":"salary","value":{{"amount":{},"currency":"EUR"}},"point_in_time":"{}","rank":"{}","sources":["gen"]}})",
                 person, k, person, 30000 + random() % 90000, 2015 + 2 * k,
                 k == 4 && person % 7 == 0 ? "preferred" : "normal")
          << '\n';
    }
    if (person % 10 == 0) {
      std::string text;
      for (int w = 0; w < 12; ++w) {
        if (w > 0)
          text += ' ';
        text += generated.words[random() % generated.words.size()];
      }
      quotes
          << fmt::format(
                 R"({{"type":"quote","id":"q{}","speaker":"p{}","said_on":"2024-05","lang":"fr","text":"{}","sources":["gen"]}})",
                 person, person, text)
          << '\n';
    }
  }
  return generated;
}

}  // namespace presscheck::bench
