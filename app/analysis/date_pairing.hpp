#pragma once

#include "analysis/value_pairing.hpp"

namespace presscheck {

/// How consistency.date pairs days and months: « 4 juin » against « 14 juin », and a
/// weekday alone in the headline (« Grève mardi ») against the full date the body gives
/// the same event (« la grève du mercredi 4 mars »), compared by weekday.
PairingRules day_pairing(const Document& doc);

/// How consistency.date pairs years: "2019 election" against "the 2017 election". A year
/// the body gives anywhere, for anything, confirms the headline's, and so does the
/// article's own year, which the body may call "this year".
PairingRules year_pairing(const Document& doc);

}  // namespace presscheck
