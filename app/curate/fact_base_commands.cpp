#include "curate/fact_base_commands.hpp"

#include <SQLiteCpp/Exception.h>
#include <fmt/core.h>
#include <fmt/format.h>
#include <cstdio>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/terminal_safe.hpp"
#include "factbase/claimreview_import.hpp"
#include "factbase/open_facts.hpp"
#include "factbase/operations.hpp"
#include "factbase/wikidata_import.hpp"
#include "factbase/wikidata_mapping.hpp"

namespace presscheck::curate {
namespace {

using facts::Problem;

std::string summary(const facts::FactSet& set) {
  std::string text = fmt::format("{} sources, {} entities, {} properties, {} statements, {} quotes",
                                 set.sources.size(), set.entities.size(), set.properties.size(),
                                 set.statements.size(), set.quotes.size());
  if (!set.claims.empty())
    text += fmt::format(", {} claim reviews", set.claims.size());
  return text;
}

// Problems of build and import go to stderr before the error that stops the command.
[[noreturn]] void fail_with(const std::vector<Problem>& problems) {
  std::fflush(stdout);
  for (const Problem& problem : problems)
    fmt::print(stderr, "{}\n", terminal_safe(facts::format_problem(problem)));
  throw UserError(fmt::format("{} problem{} in the fact files; nothing was written",
                              problems.size(), problems.size() == 1 ? "" : "s"));
}

// Database errors (a full disk, a locked or corrupt file) are the user's to fix: they get
// the usual one-line message rather than an uncaught exception.
template <typename Body>
auto guarded(std::string_view what, Body body) {
  try {
    return body();
  } catch (const SQLite::Exception& error) {
    throw UserError(fmt::format("{}: {}", what, error.what()));
  }
}

// A broken mapping or ratings file gets every problem on stderr, as broken fact files do;
// each is laid out on two lines, the second quoting the file's line.
[[noreturn]] void fail_with(const facts::MappingError& error, std::string_view file) {
  std::fflush(stdout);
  for (const std::string& line : error.errors())
    fmt::print(stderr, "{}\n", terminal_safe(line, {.tab = true, .line_break = true}));
  throw UserError(fmt::format("{} problem{} in the {}; nothing was imported", error.errors().size(),
                              error.errors().size() == 1 ? "" : "s", file));
}

facts::WikidataImport import_with_mapping(const std::string& db,
                                          const std::vector<std::string>& files,
                                          const facts::WikidataOptions& settings) {
  try {
    return facts::import_wikidata(db, files, settings);
  } catch (const facts::MappingError& error) {
    fail_with(error, "mapping file");
  }
}

// What an import from Wikidata wrote, then what it left out and why.
void print_wikidata_summary(const std::string& db, const facts::WikidataImport& report) {
  fmt::print(
      "{}: import done: {} entities, {} statements, {} sources, {} properties written "
      "({} items read, {} left out)\n",
      terminal_safe(db), report.entities, report.statements, report.sources, report.properties,
      report.entities_read, report.entities_left_out);
  for (const auto& [reason, count] : report.skipped) {
    fmt::print("  {} statement{} left out: {}\n", count, count == 1 ? "" : "s",
               terminal_safe(reason));
  }
}

facts::WikidataOptions wikidata_settings(const WikidataRequest& options) {
  facts::WikidataOptions settings;
  settings.mapping_file = options.mapping.empty()
                              ? facts::default_facts_path() / "wikidata-mapping.toml"
                              : std::filesystem::path(options.mapping);
  settings.office = options.office;
  if (!options.retrieved.empty()) {
    settings.retrieved = Date::parse_iso(options.retrieved);
    if (!settings.retrieved)
      throw UserError(
          fmt::format("--retrieved: \"{}\" is not a date (YYYY-MM-DD)", options.retrieved));
  }
  return settings;
}

// What an import of past fact-checks wrote, then what it left out and why.
void print_claimreview_summary(const std::string& db, const facts::ClaimReviewImport& report) {
  std::size_t written = 0;
  std::string verdicts;
  for (const auto& [verdict, count] : report.written) {
    written += count;
    verdicts += fmt::format("{}{} {}", verdicts.empty() ? "" : ", ", count,
                            facts::review_verdict_name(verdict));
  }
  fmt::print("{}: import done: {} claim review{} written{} ({} read)\n", terminal_safe(db), written,
             written == 1 ? "" : "s", verdicts.empty() ? "" : fmt::format(": {}", verdicts),
             report.files.read);
  for (const auto& [reason, count] : report.files.skipped) {
    fmt::print("  {} review{} left out: {}\n", count, count == 1 ? "" : "s", terminal_safe(reason));
  }
  for (const auto& [rating, count] : report.files.unrated) {
    fmt::print("  {} review{} kept as unrated: {}\n", count, count == 1 ? "" : "s",
               rating.empty() ? std::string("no rating")
                              : terminal_safe(fmt::format("rating \"{}\" is in no list of the "
                                                          "ratings file",
                                                          rating)));
  }
}

facts::ClaimReviewImport import_reviews(const std::string& db,
                                        const std::vector<std::string>& files,
                                        const ClaimReviewRequest& options) {
  facts::ClaimReviewOptions settings;
  settings.ratings_file = options.ratings.empty()
                              ? facts::default_facts_path() / "claim-ratings.toml"
                              : std::filesystem::path(options.ratings);
  if (!options.lang.empty())
    settings.lang = options.lang == "en" ? Lang::en : Lang::fr;
  try {
    return facts::import_claimreview(db, files, settings);
  } catch (const facts::MappingError& error) {
    fail_with(error, "ratings file");
  }
}

}  // namespace

void build(const std::vector<std::string>& sources, const std::string& output) {
  guarded("facts build", [&] {
    for (const std::string& source : sources)
      refuse_output_over_input(output, source, "a fact file being read");
    const auto checked = facts::check_fact_files(sources);
    if (!checked.problems.empty())
      fail_with(checked.problems);
    facts::write_database(checked.set, output, facts::Journal::wal);
    fmt::print("{}: {}\n", terminal_safe(output), summary(checked.set));
  });
}

int validate(const std::vector<std::string>& sources) {
  const auto checked = facts::check_fact_files(sources);
  for (const Problem& problem : checked.problems)
    fmt::print("{}\n", terminal_safe(facts::format_problem(problem)));
  if (checked.problems.empty()) {
    fmt::print("ok: {}\n", summary(checked.set));
    return kExitClean;
  }
  std::fflush(stdout);
  fmt::print(stderr, "presscheck: {} problem{} found\n", checked.problems.size(),
             checked.problems.size() == 1 ? "" : "s");
  return kExitUsage;
}

void import_files(const std::string& db, const std::vector<std::string>& files) {
  guarded("facts import", [&] {
    const auto problems = facts::import_fact_files(db, files);
    if (!problems.empty())
      fail_with(problems);
    fmt::print("{}: import done\n", terminal_safe(db));
  });
}

void import_wikidata(const std::string& db, const std::vector<std::string>& files,
                     const WikidataRequest& request) {
  guarded("facts import-wikidata", [&] {
    const auto report = import_with_mapping(db, files, wikidata_settings(request));
    if (!report.problems.empty())
      fail_with(report.problems);
    print_wikidata_summary(db, report);
  });
}

void import_claimreview(const std::string& db, const std::vector<std::string>& files,
                        const ClaimReviewRequest& request) {
  guarded("facts import-claimreview", [&] {
    const auto report = import_reviews(db, files, request);
    if (!report.files.problems.empty())
      fail_with(report.files.problems);
    print_claimreview_summary(db, report);
  });
}

void export_base(const std::string& db, const std::string& output) {
  guarded("facts export", [&] {
    if (output.empty()) {
      std::ostringstream out;
      facts::export_database(db, out);
      fmt::print("{}", out.str());
      return;
    }
    // The file is replaced only once the whole export is written: writing over the base
    // itself would empty it before it is read.
    refuse_output_over_input(output, db, "the fact base being read");
    write_file_atomically(output, [&](std::ostream& out) { facts::export_database(db, out); });
  });
}

void stats(const std::string& db) {
  guarded("facts stats", [&] {
    for (const std::string& line : facts::database_stats(db))
      fmt::print("{}\n", terminal_safe(line));
  });
}

}  // namespace presscheck::curate
