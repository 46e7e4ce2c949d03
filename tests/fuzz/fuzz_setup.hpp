#pragma once

#include <filesystem>

#include "lint/lint_runner.hpp"

namespace presscheck::fuzz {

/// The bundled rule packs and starter fact base, loaded once per fuzzing process; compiled
/// fact bases go to a cache folder of the fuzzer's own, never the user's.
const LintSettings& lint_settings();

/// A scratch folder for this fuzzing process.
const std::filesystem::path& scratch_folder();

}  // namespace presscheck::fuzz
