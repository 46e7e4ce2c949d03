#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/draft_context.hpp"
#include "core/diagnostic.hpp"

namespace presscheck {

/// What the fact base says of one claim. The checks only report problems; `verify` also
/// wants to say when a claim holds, or when the base cannot tell.
enum class VerdictKind { supported, contradicted, outdated, unknown };

std::string_view verdict_kind_name(VerdictKind kind);

/// One claim of a text and the fact base's answer to it.
struct ClaimVerdict {
  VerdictKind kind = VerdictKind::unknown;
  Span span;            // the words making the claim
  std::string message;  // in the document's language: what the base says, what differs
  std::optional<FactEvidence> fact;
  std::string rule;  // the check that found a problem, or empty
};

/// One verdict per claim of the document, in text order: value claims (supported,
/// contradicted, outdated when the value was true only before the date, unknown when the
/// base holds no such fact), titles given to people (supported, outdated, or contradicted
/// when « ancien » is wrong) and quotes of a speaker on record (supported, or contradicted
/// when their meaning is reversed). Problems are decided by the fact checks themselves:
/// `findings` are what one run of every check over the same context reported (lint's
/// findings, before configuration), so `verify` and `lint` never disagree and no check runs
/// twice. A text with no claim the base can weigh gets a single unknown verdict over all
/// of it.
std::vector<ClaimVerdict> claim_verdicts(const DraftContext& context,
                                         const std::vector<Diagnostic>& findings);

}  // namespace presscheck
