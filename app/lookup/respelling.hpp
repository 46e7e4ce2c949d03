#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factbase/fact_base.hpp"

namespace presscheck {

/// `query` with each word that is one letter away from a word of the base's names written
/// as the base writes it (« Bretton » -> « Breton », "Makron" -> "Macron"), or nothing when
/// no word is. Where several name words are one edit away, the one the most names use wins.
/// Builds a spelling index of every name: meant for the rare search that found nothing.
std::optional<std::string> respell_names(const facts::FactBase& base, std::string_view query);

}  // namespace presscheck
