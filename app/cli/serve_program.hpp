#pragma once

namespace presscheck {

/// `presscheck serve` runs this program, installed beside presscheck. The web desk is a
/// program of its own so that its HTTP library, and the TLS and compression libraries that
/// library loads, are not loaded by every lint run: at start-up they cost more than the
/// lint of a short draft.
inline constexpr const char* kServeProgram = "presscheck-serve";

inline constexpr const char* kServeDescription =
    "Open a local web desk: check drafts, look names up and verify sentences in a browser, "
    "or through its JSON API";

}  // namespace presscheck
