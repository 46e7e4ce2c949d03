#include "factbase/claimreview_import.hpp"

#include "factbase/claim_ratings.hpp"
#include "factbase/operations.hpp"

namespace presscheck::facts {

ClaimReviewImport import_claimreview(const std::filesystem::path& db,
                                     const std::vector<std::string>& files,
                                     const ClaimReviewOptions& options) {
  const ClaimRatings ratings = ClaimRatings::load(options.ratings_file);
  ClaimReviewImport report;
  report.files = read_claimreview_files(files, ratings, options.lang);
  if (!report.files.problems.empty())
    return report;
  FactSet imported;
  imported.claims = report.files.reviews;
  report.files.problems = import_records(db, std::move(imported), {});
  if (report.files.problems.empty()) {
    for (const auto& located : report.files.reviews)
      ++report.written[located.record.verdict];
  }
  return report;
}

}  // namespace presscheck::facts
