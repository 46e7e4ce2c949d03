#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "generate_facts.hpp"

namespace presscheck::bench {

/// The drafts the generator wrote: files in both languages, and how many bytes in all.
struct GeneratedDrafts {
  std::vector<std::string> files;
  std::vector<bool> french;  // per file: the draft's declared language is French
  std::size_t bytes = 0;
};

/// Writes Markdown drafts with front matter into `folder` until they hold about
/// `total_bytes`, each about `article_bytes` long, half in French and half in English:
/// quotes with attribution, negations, amounts, percentages, dates, names and offices of
/// `facts` with title markers, and property labels near values so that value claims are
/// read against the base. The same seed writes the same drafts.
GeneratedDrafts generate_drafts(const GeneratedFacts& facts, std::size_t total_bytes,
                                std::size_t article_bytes, const std::filesystem::path& folder,
                                unsigned seed = 11);

}  // namespace presscheck::bench
