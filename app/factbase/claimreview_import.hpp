#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "factbase/claimreview_reader.hpp"

namespace presscheck::facts {

/// How to read the files of one `facts import-claimreview`.
struct ClaimReviewOptions {
  std::filesystem::path ratings_file;  // what ratings mean (see claim-ratings.toml)
  std::optional<Lang> lang;            // for reviews that give no language
};

/// What an import of ClaimReview files did, for its summary.
struct ClaimReviewImport {
  ClaimReviewFiles files;  // what was read; when it has problems, nothing was written
  std::map<ReviewVerdict, std::size_t> written;  // reviews written, by verdict
};

/// Imports ClaimReview JSON-LD and Fact Check Tools API files into an existing fact base,
/// all or nothing, in one transaction. A review's id comes from its URL and claim, so
/// importing the same reviews again changes nothing. Throws MappingError when the ratings
/// file is broken, UserError when a file or the base cannot be read.
ClaimReviewImport import_claimreview(const std::filesystem::path& db,
                                     const std::vector<std::string>& files,
                                     const ClaimReviewOptions& options);

}  // namespace presscheck::facts
