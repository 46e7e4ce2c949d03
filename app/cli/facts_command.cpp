#include <SQLiteCpp/Exception.h>
#include <fmt/core.h>
#include <fmt/format.h>
#include <functional>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/terminal_safe.hpp"
#include "factbase/claimreview_import.hpp"
#include "factbase/open_facts.hpp"
#include "factbase/operations.hpp"
#include "factbase/wikidata_import.hpp"
#include "factbase/wikidata_mapping.hpp"

namespace presscheck {
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
std::function<void()> guarded(const std::string& what, std::function<void()> body) {
  return [what, body] {
    try {
      body();
    } catch (const SQLite::Exception& error) {
      throw UserError(fmt::format("{}: {}", what, error.what()));
    }
  };
}

// A broken mapping file gets every problem on stderr, as broken fact files do.
facts::WikidataImport import_with_mapping(const std::string& db,
                                          const std::vector<std::string>& files,
                                          const facts::WikidataOptions& settings) {
  try {
    return facts::import_wikidata(db, files, settings);
  } catch (const facts::MappingError& error) {
    // Each error is laid out on two lines, the second quoting the mapping's line.
    std::fflush(stdout);
    for (const std::string& line : error.errors())
      fmt::print(stderr, "{}\n", terminal_safe(line, {.tab = true, .line_break = true}));
    throw UserError(fmt::format("{} problem{} in the mapping file; nothing was imported",
                                error.errors().size(), error.errors().size() == 1 ? "" : "s"));
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

// What the facts subcommands were given; each reads the fields it declares.
struct FactsOptions {
  std::vector<std::string> sources;
  std::string output;
  std::string db;
  std::string mapping;
  std::string office;
  std::string retrieved;
  std::string ratings;
  std::string lang;
};
using Options = std::shared_ptr<FactsOptions>;

void add_build(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* build = facts_app.add_subcommand("build",
                                         "Compile JSON Lines files and folders into a "
                                         "fact base database");
  build->add_option("sources", options->sources, "JSON Lines files or folders")->required();
  build->add_option("-o,--output", options->output, "Database file to write")->required();
  build->callback(guarded("facts build", [options, &exit_code] {
    for (const std::string& source : options->sources)
      refuse_output_over_input(options->output, source, "a fact file being read");
    const auto checked = facts::check_fact_files(options->sources);
    if (!checked.problems.empty())
      fail_with(checked.problems);
    facts::write_database(checked.set, options->output, facts::Journal::wal);
    fmt::print("{}: {}\n", terminal_safe(options->output), summary(checked.set));
    exit_code = kExitClean;
  }));
}

void add_validate(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* validate = facts_app.add_subcommand("validate",
                                            "Check JSON Lines fact files and "
                                            "report every problem");
  validate->add_option("sources", options->sources, "JSON Lines files or folders")->required();
  validate->callback([options, &exit_code] {
    const auto checked = facts::check_fact_files(options->sources);
    for (const Problem& problem : checked.problems) {
      fmt::print("{}\n", terminal_safe(facts::format_problem(problem)));
    }
    if (checked.problems.empty()) {
      fmt::print("ok: {}\n", summary(checked.set));
      exit_code = kExitClean;
    } else {
      std::fflush(stdout);
      fmt::print(stderr, "presscheck: {} problem{} found\n", checked.problems.size(),
                 checked.problems.size() == 1 ? "" : "s");
      exit_code = kExitUsage;
    }
  });
}

void add_import(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* import = facts_app.add_subcommand("import",
                                          "Add or update records in a fact base, "
                                          "all or nothing");
  import->add_option("files", options->sources, "JSON Lines files or folders")->required();
  import->add_option("--db", options->db, "Fact base database to update")->required();
  import->callback(guarded("facts import", [options, &exit_code] {
    const auto problems = facts::import_fact_files(options->db, options->sources);
  if (!problems.empty())
    fail_with(problems);
  fmt::print("{}: import done\n", terminal_safe(options->db));
  exit_code = kExitClean;
}));
}  // namespace

facts::WikidataOptions wikidata_settings(const FactsOptions& options) {
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

void add_import_wikidata(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* wikidata = facts_app.add_subcommand(
      "import-wikidata",
      "Add or update facts from Wikidata entity JSON (API responses, entities, dumps, also .gz "
      "and .bz2) and SPARQL office-holder results, all or nothing");
  wikidata->add_option("files", options->sources, "Wikidata JSON files")->required();
  wikidata->add_option("--db", options->db, "Fact base database to update")->required();
  wikidata->add_option("--mapping", options->mapping,
                       "What to take and how (default: wikidata-mapping.toml of the starter base)");
  wikidata->add_option("--office", options->office,
                       "The office (Q-id) of SPARQL results that name none, such as Q14211");
  wikidata->add_option("--retrieved", options->retrieved,
                       "When the files were fetched, YYYY-MM-DD: open terms are not vouched for "
                       "after it");
  wikidata->callback(guarded("facts import-wikidata", [options, &exit_code] {
    const auto report =
        import_with_mapping(options->db, options->sources, wikidata_settings(*options));
    if (!report.problems.empty())
      fail_with(report.problems);
    print_wikidata_summary(options->db, report);
    exit_code = kExitClean;
  }));
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

facts::ClaimReviewImport import_reviews(const FactsOptions& options) {
  facts::ClaimReviewOptions settings;
  settings.ratings_file = options.ratings.empty()
                              ? facts::default_facts_path() / "claim-ratings.toml"
                              : std::filesystem::path(options.ratings);
  if (!options.lang.empty())
    settings.lang = options.lang == "en" ? Lang::en : Lang::fr;
  try {
    return facts::import_claimreview(options.db, options.sources, settings);
  } catch (const facts::MappingError& error) {
    std::fflush(stdout);
    for (const std::string& line : error.errors())
      fmt::print(stderr, "{}\n", terminal_safe(line, {.tab = true, .line_break = true}));
    throw UserError(fmt::format("{} problem{} in the ratings file; nothing was imported",
                                error.errors().size(), error.errors().size() == 1 ? "" : "s"));
  }
}

void add_import_claimreview(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* claimreview = facts_app.add_subcommand(
      "import-claimreview",
      "Add or update past fact-checks from schema.org ClaimReview JSON-LD and Fact Check Tools "
      "API responses, all or nothing");
  claimreview->add_option("files", options->sources, "ClaimReview JSON files")->required();
  claimreview->add_option("--db", options->db, "Fact base database to update")->required();
  claimreview->add_option("--ratings", options->ratings,
                          "What ratings mean (default: claim-ratings.toml of the starter base)");
  claimreview
      ->add_option("--lang", options->lang, "Language of the reviews that do not give theirs")
      ->check(CLI::IsMember({"fr", "en"}));
  claimreview->callback(guarded("facts import-claimreview", [options, &exit_code] {
    const auto report = import_reviews(*options);
    if (!report.files.problems.empty())
      fail_with(report.files.problems);
    print_claimreview_summary(options->db, report);
    exit_code = kExitClean;
  }));
}

void add_export(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* export_app = facts_app.add_subcommand("export",
                                              "Write a fact base as JSON Lines, in "
                                              "a stable order");
  export_app->add_option("--db", options->db, "Fact base database to read")->required();
  export_app->add_option("-o,--output", options->output, "File to write (default: stdout)");
  export_app->callback(guarded("facts export", [options, &exit_code] {
    if (options->output.empty()) {
      std::ostringstream out;
      facts::export_database(options->db, out);
      fmt::print("{}", out.str());
    } else {
      // The file is replaced only once the whole export is written: writing over the base
      // itself would empty it before it is read.
      refuse_output_over_input(options->output, options->db, "the fact base being read");
      write_file_atomically(options->output,
                            [&](std::ostream& out) { facts::export_database(options->db, out); });
    }
    exit_code = kExitClean;
  }));
}

void add_stats(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* stats = facts_app.add_subcommand("stats", "Count the records of a fact base");
  stats->add_option("--db", options->db, "Fact base database to read")->required();
  stats->callback(guarded("facts stats", [options, &exit_code] {
    for (const std::string& line : facts::database_stats(options->db))
      fmt::print("{}\n", terminal_safe(line));
    exit_code = kExitClean;
  }));
}

}  // namespace presscheck

void add_facts_command(CLI::App& app, int& exit_code) {
  auto* facts_app = app.add_subcommand("facts", "Build, check, import and export the fact base");
  facts_app->require_subcommand(1);
  const auto options = std::make_shared<FactsOptions>();
  add_build(*facts_app, options, exit_code);
  add_validate(*facts_app, options, exit_code);
  add_import(*facts_app, options, exit_code);
  add_import_wikidata(*facts_app, options, exit_code);
  add_import_claimreview(*facts_app, options, exit_code);
  add_export(*facts_app, options, exit_code);
  add_stats(*facts_app, options, exit_code);
}

}  // namespace presscheck
