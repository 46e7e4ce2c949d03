#pragma once

#include <string>

#include "core/diagnostic.hpp"
#include "core/lang.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// A statement as evidence: its id, value, validity and first source.
FactEvidence fact_evidence(const facts::FactBase& base, const facts::Statement& statement,
                           Lang lang);

/// A value for a reader: « 120 000 000 EUR », "120,000,000 EUR", a date, an entity's name.
std::string show_value(const facts::FactBase& base, const facts::Value& value, Lang lang);

/// A date as precise as it is known: « 5 janvier 2026 », « décembre 2025 », "5 January 2026".
std::string show_date(const Date& date, Lang lang);
/// A date after "at": « au 6 janvier 2026 », « en janvier 2026 », « en 2026 »; "on 6 January
/// 2026", "in January 2026", "in 2026". A date given as a month or a year reads as one.
std::string on_date(const Date& date, Lang lang);

/// A property's first label in `lang` (« amende », "fine"), else its id.
std::string property_label(const facts::FactBase& base, const std::string& property, Lang lang);

/// An entity's first name in `lang` (or any), else its id.
std::string entity_name(const facts::FactBase& base, std::string_view id, Lang lang);

}  // namespace presscheck
