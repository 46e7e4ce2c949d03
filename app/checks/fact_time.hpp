#pragma once

#include "core/document.hpp"
#include "factbase/model.hpp"

namespace presscheck {

/// The date facts are checked at: the article's own date, or today for an undated draft,
/// which is being written now.
Date article_date(const Document& document);

/// When a statement holds, for a message: « décembre 2025 », « du 1er décembre 2019 au
/// 16 septembre 2024 », "since 1 December 2024".
std::string describe_validity(const facts::Statement& statement, Lang lang);

}  // namespace presscheck
