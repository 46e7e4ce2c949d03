#pragma once

#include <string_view>

#include "core/document.hpp"
#include "extract/value.hpp"

namespace presscheck {

/// Whether a figure is glued to letters, and so names a thing rather than counts it:
/// Covid-19, G7, A320, the « 4e » trimestre, "4TH QTR".
bool is_glued(std::string_view text, Span span);

/// Whether a value is a year written as a bare number (« la présidentielle de 2017 »,
/// "the 2019 election"): four digits from 1800 to 2100, nothing glued to them.
bool is_bare_year(const Document& doc, const Value& value);

}  // namespace presscheck
