#pragma once

#include <string>
#include <vector>

namespace presscheck::curate {

/// What each `presscheck facts` subcommand does once its options are parsed: the work,
/// then the report it prints on stdout. Problems in the files read are printed on stderr,
/// one a line, before UserError stops the command (exit 2) with nothing written; so are
/// database errors (a full disk, a locked or corrupt file).

/// `facts build`: checks the fact files, then writes them as a new base at `output`.
void build(const std::vector<std::string>& sources, const std::string& output);

/// `facts validate`: every problem of the fact files on stdout, then a summary; returns
/// the exit code (0 when there is none, 2 otherwise).
int validate(const std::vector<std::string>& sources);

/// `facts import`: adds or updates the records of `files` in the base `db`, all or nothing.
void import_files(const std::string& db, const std::vector<std::string>& files);

/// `facts import-wikidata`'s options as typed; empty ones take their defaults.
struct WikidataRequest {
  std::string mapping;    // the mapping file (default: the starter base's)
  std::string office;     // the office Q-id of SPARQL results that name none
  std::string retrieved;  // when the files were fetched, YYYY-MM-DD
};
void import_wikidata(const std::string& db, const std::vector<std::string>& files,
                     const WikidataRequest& request);

/// `facts import-claimreview`'s options as typed; empty ones take their defaults.
struct ClaimReviewRequest {
  std::string ratings;  // the ratings file (default: the starter base's)
  std::string lang;     // fr or en, for reviews that do not give theirs
};
void import_claimreview(const std::string& db, const std::vector<std::string>& files,
                        const ClaimReviewRequest& request);

/// `facts export`: the base as JSON Lines on stdout, or into `output`, replaced only once
/// the whole export is written (never the base itself).
void export_base(const std::string& db, const std::string& output);

/// `facts stats`: the count of each kind of record.
void stats(const std::string& db);

}  // namespace presscheck::curate
