#include "checks/report.hpp"

namespace presscheck {

Diagnostic finding(const RuleInfo& rule, Span span, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule.id);
  diagnostic.severity = rule.severity;
  diagnostic.span = span;
  diagnostic.message = std::move(message);
  return diagnostic;
}

Finding& Finding::evidence(Span span, std::string message) {
  diagnostic().evidence.push_back({span, std::move(message)});
  return *this;
}

Finding& Finding::fact(std::optional<FactEvidence> fact) {
  diagnostic().fact = std::move(fact);
  return *this;
}

Finding& Finding::suggest(Span span, std::string text) {
  diagnostic().suggestion = Suggestion{span, std::move(text)};
  return *this;
}

Finding& Finding::at(Span span) {
  diagnostic().span = span;
  return *this;
}

Finding Reporter::operator()(Span span, std::string message) const {
  out_.push_back(finding(rule_, span, std::move(message)));
  return Finding(out_, out_.size() - 1, lang_);
}

}  // namespace presscheck
