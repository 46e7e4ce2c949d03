#include "serve/desk_backend.hpp"

#include <memory>
#include <mutex>

#include "core/json_writer.hpp"
#include "lint/draft_view.hpp"
#include "lint/lint_runner.hpp"
#include "lookup/fact_tools.hpp"
#include "lookup/query_options.hpp"
#include "render/cards/fact_card_json.hpp"
#include "render/cards/verdict_json.hpp"
#include "render/json_renderer.hpp"
#include "verify/sentence_check.hpp"

namespace presscheck {
namespace {

/// What every request reads: loaded once, then shared.
struct Desk {
  explicit Desk(const std::string& facts_path) : tools(facts_path) {
    settings.rules = tools.shared_rules();
    settings.readers = tools.shared_readers();
    ConfigResolver configs(std::nullopt, is_known_rule);
    config = configs.for_path("-");
  }

  FactTools tools;
  LintSettings settings;
  std::shared_ptr<const Config> config;
  // One request at a time: the fact base and the tools built on it are shared, and one
  // desk serves one newsroom's few users (a 5,000-word draft takes tens of milliseconds).
  std::mutex mutex;
};

LintSettings settings_for(const Desk& desk, const LintRequest& request) {
  LintSettings settings = desk.settings;
  settings.forced_lang = parse_lang(request.lang);
  if (!request.date.empty()) {
    const Lang lang = settings.forced_lang.value_or(answer_lang(""));
    settings.forced_date = parse_date_option(request.date, "date", lang);
  }
  return settings;
}

FileReport lint_request(Desk& desk, const LintRequest& request, DraftView* view) {
  const LintSettings settings = settings_for(desk, request);
  const std::lock_guard lock(desk.mutex);
  return lint_text(request.filename, request.text, settings, *desk.config, view);
}

std::string view_json(const FileReport& report, const DraftView& view) {
  JsonWriter json;
  json.begin_object().key("lint").raw(render_json({report}));
  json.key("view").begin_object();
  json.key("lang").value(lang_code(view.lang)).key("date").value(view.date.iso());
  json.key("dated").value(view.dated).key("parts").begin_array();
  for (const PartPlace& place : view.parts) {
    json.begin_object().key("part").value(part_name(place.part));
    json.key("line").value(static_cast<long long>(place.location.line));
    json.key("column").value(static_cast<long long>(place.location.column));
    json.key("end_line").value(static_cast<long long>(place.location.end_line));
    json.key("end_column").value(static_cast<long long>(place.location.end_column));
    json.end_object();
  }
  json.end_array().end_object().end_object();
  return json.str() + "\n";
}

std::string verify(Desk& desk, const VerifyRequest& request) {
  const std::optional<Lang> lang = parse_lang(request.lang);
  const Date at = request.date.empty()
                      ? today()
                      : parse_date_option(request.date, "date", lang.value_or(answer_lang("")));
  const std::lock_guard lock(desk.mutex);
  return render_verdicts_json(check_sentence(request.sentence, lang, at, desk.tools));
}

std::string lookup(Desk& desk, const LookupRequest& request) {
  const Lang lang = answer_lang(request.lang);
  const Date at = request.as_of.empty() ? today() : parse_date_option(request.as_of, "as_of", lang);
  const std::lock_guard lock(desk.mutex);
  const LookupResult result =
      presscheck::lookup(desk.tools.base(), desk.tools.quotes(), request.query, at, request.limit);
  return render_lookup_json(result, desk.tools.base(), lang);
}

}  // namespace

DeskOperations desk_operations(const std::string& facts_path) {
  auto desk = std::make_shared<Desk>(facts_path);
  DeskOperations operations;
  operations.lint = [desk](const LintRequest& request) {
    return render_json({lint_request(*desk, request, nullptr)});
  };
  operations.draft = [desk](const LintRequest& request) {
    DraftView view;
    const FileReport report = lint_request(*desk, request, &view);
    return view_json(report, view);
  };
  operations.verify = [desk](const VerifyRequest& request) { return verify(*desk, request); };
  operations.lookup = [desk](const LookupRequest& request) { return lookup(*desk, request); };
  return operations;
}

}  // namespace presscheck
