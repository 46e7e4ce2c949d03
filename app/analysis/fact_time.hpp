#pragma once

#include "core/document.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The date facts are checked at: the article's own date, or today for an undated draft,
/// which is being written now.
Date article_date(const Document& document);

/// Whether the base can vouch for `statement` at `at`. A period with no end is only known to
/// last until its sources were last read (their `retrieved` date): a base that is a snapshot
/// cannot say whether an office it saw held in 2022 is still held in 2026. A statement with an
/// end, or with any source that gives no retrieved date, is known at every date.
bool known_at(const facts::FactBase& base, const facts::Statement& statement, const Date& at);

/// When a statement holds, for a message: « décembre 2025 », « du 1er décembre 2019 au
/// 16 septembre 2024 », "since 1 December 2024".
std::string describe_validity(const facts::Statement& statement, Lang lang);

}  // namespace presscheck
