#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "curate/fact_base_commands.hpp"

namespace presscheck {
namespace {

// What the facts subcommands were given; each reads the fields it declares.
struct FactsOptions {
  std::vector<std::string> sources;
  std::string output;
  std::string db;
  curate::WikidataRequest wikidata;
  curate::ClaimReviewRequest claimreview;
};
using Options = std::shared_ptr<FactsOptions>;

void add_build(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* build = facts_app.add_subcommand("build",
                                         "Compile JSON Lines files and folders into a "
                                         "fact base database");
  build->add_option("sources", options->sources, "JSON Lines files or folders")->required();
  build->add_option("-o,--output", options->output, "Database file to write")->required();
  build->callback([options, &exit_code] {
    curate::build(options->sources, options->output);
    exit_code = kExitClean;
  });
}

void add_validate(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* validate = facts_app.add_subcommand("validate",
                                            "Check JSON Lines fact files and "
                                            "report every problem");
  validate->add_option("sources", options->sources, "JSON Lines files or folders")->required();
  validate->callback([options, &exit_code] { exit_code = curate::validate(options->sources); });
}

void add_import(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* import = facts_app.add_subcommand("import",
                                          "Add or update records in a fact base, "
                                          "all or nothing");
  import->add_option("files", options->sources, "JSON Lines files or folders")->required();
  import->add_option("--db", options->db, "Fact base database to update")->required();
  import->callback([options, &exit_code] {
    curate::import_files(options->db, options->sources);
  exit_code = kExitClean;
});
}  // namespace

void add_import_wikidata(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* wikidata = facts_app.add_subcommand(
      "import-wikidata",
      "Add or update facts from Wikidata entity JSON (API responses, entities, dumps, also .gz "
      "and .bz2) and SPARQL office-holder results, all or nothing");
  wikidata->add_option("files", options->sources, "Wikidata JSON files")->required();
  wikidata->add_option("--db", options->db, "Fact base database to update")->required();
  wikidata->add_option("--mapping", options->wikidata.mapping,
                       "What to take and how (default: wikidata-mapping.toml of the starter base)");
  wikidata->add_option("--office", options->wikidata.office,
                       "The office (Q-id) of SPARQL results that name none, such as Q14211");
  wikidata->add_option("--retrieved", options->wikidata.retrieved,
                       "When the files were fetched, YYYY-MM-DD: open terms are not vouched for "
                       "after it");
  wikidata->callback([options, &exit_code] {
    curate::import_wikidata(options->db, options->sources, options->wikidata);
    exit_code = kExitClean;
  });
}

void add_import_claimreview(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* claimreview = facts_app.add_subcommand(
      "import-claimreview",
      "Add or update past fact-checks from schema.org ClaimReview JSON-LD and Fact Check Tools "
      "API responses, all or nothing");
  claimreview->add_option("files", options->sources, "ClaimReview JSON files")->required();
  claimreview->add_option("--db", options->db, "Fact base database to update")->required();
  claimreview->add_option("--ratings", options->claimreview.ratings,
                          "What ratings mean (default: claim-ratings.toml of the starter base)");
  claimreview
      ->add_option("--lang", options->claimreview.lang,
                   "Language of the reviews that do not give theirs")
      ->check(CLI::IsMember({"fr", "en"}));
  claimreview->callback([options, &exit_code] {
    curate::import_claimreview(options->db, options->sources, options->claimreview);
    exit_code = kExitClean;
  });
}

void add_export(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* export_app = facts_app.add_subcommand("export",
                                              "Write a fact base as JSON Lines, in "
                                              "a stable order");
  export_app->add_option("--db", options->db, "Fact base database to read")->required();
  export_app->add_option("-o,--output", options->output, "File to write (default: stdout)");
  export_app->callback([options, &exit_code] {
    curate::export_base(options->db, options->output);
    exit_code = kExitClean;
  });
}

void add_stats(CLI::App& facts_app, const Options& options, int& exit_code) {
  auto* stats = facts_app.add_subcommand("stats", "Count the records of a fact base");
  stats->add_option("--db", options->db, "Fact base database to read")->required();
  stats->callback([options, &exit_code] {
    curate::stats(options->db);
    exit_code = kExitClean;
  });
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
