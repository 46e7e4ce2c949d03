#!/usr/bin/env bash
# The installed program stands on its own. Installed into a temporary prefix that is then
# moved elsewhere, and run from a folder outside the checkout, it lints the samples with
# exactly their expected findings; the data it reads is the installed copy (a broken copy
# breaks it, a missing one is an error naming where it looked), never the checkout's.
# Usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake_command=$1
build=$2
source=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

"$cmake_command" --install "$build" --prefix "$work/installed" >/dev/null
mv "$work/installed" "$work/moved"
prefix=$work/moved

for file in bin/presscheck bin/presscheck-serve share/presscheck/rules/fr/negation.toml \
  share/presscheck/rules/en/negation.toml share/presscheck/facts/entities.jsonl \
  share/presscheck/facts/wikidata/statements.jsonl share/presscheck/facts/wikidata-mapping.toml \
  share/man/man1/presscheck.1 share/bash-completion/completions/presscheck \
  share/zsh/site-functions/_presscheck; do
  [ -f "$prefix/$file" ] || fail "the install lacks $file"
done
[ -x "$prefix/bin/presscheck" ] || fail "bin/presscheck is not executable"
[ -x "$prefix/bin/presscheck-serve" ] || fail "bin/presscheck-serve is not executable"

# No path of the checkout in the program's data. Debug information may name source files,
# and so may the constants of a sanitizer build (where each report points): a string naming
# a C++ source file is that, any other one holding the checkout's path is a leak.
for program in presscheck presscheck-serve; do
  objcopy -O binary --only-section=.rodata "$prefix/bin/$program" "$work/rodata"
  leaked=$(strings -a -n 4 "$work/rodata" | grep -F "$source" |
    grep -vE '\.(cpp|hpp|h|tcc)$' || true)
  if [ -n "$leaked" ]; then
    fail "the installed $program's constants hold the checkout's path $source:" \
      "$(echo "$leaked" | head -1)"
  fi
done

# The installed presscheck finds the installed desk program: `serve --help` is its help.
status=0
(cd "$work" && "$prefix/bin/presscheck" serve --help >"$work/out" 2>&1) || status=$?
[ "$status" -eq 0 ] || fail "presscheck serve --help: exit $status, expected 0: $(cat "$work/out")"
grep -qF "Usage: presscheck serve [OPTIONS]" "$work/out" ||
  fail "presscheck serve --help: not the desk's help: $(cat "$work/out")"

# Run the way a user of the package would: no variable of ours, a cache of its own, from a
# folder that is not under the checkout or the build tree.
run() {
  env -u PRESSCHECK_HOME -u PRESSCHECK_RULES XDG_CACHE_HOME="$work/cache" NO_COLOR=1 "$@"
}
mkdir -p "$work/drafts"
cp -R "$source/samples" "$work/drafts/samples"
cd "$work/drafts"

checked=0
for draft in samples/*/*.md samples/*/*.txt; do
  expected="$draft.expected"
  status=0
  run "$prefix/bin/presscheck" lint --no-color "$draft" >"$work/out" 2>"$work/err" || status=$?
  diff -u "$expected" "$work/out" >&2 || fail "$draft: the installed program's findings differ"
  [ ! -s "$work/err" ] || fail "$draft: unexpected stderr: $(cat "$work/err")"
  want=0
  grep -q ': error: ' "$expected" && want=1
  [ "$status" -eq "$want" ] || fail "$draft: exit $status, expected $want"
  checked=$((checked + 1))
done
[ "$checked" -ge 10 ] || fail "only $checked samples were linted"

# A broken installed rule pack breaks the installed program: it reads that copy.
pack=$prefix/share/presscheck/rules/en/negation.toml
cp "$pack" "$work/negation.toml"
printf '\n[[rule]]\nid = "en.broken"\n' >>"$pack"
status=0
run "$prefix/bin/presscheck" lint --no-color samples/en/budget-misquote.md >"$work/out" 2>&1 ||
  status=$?
[ "$status" -eq 2 ] || fail "a broken installed pack: exit $status, expected 2"
grep -qF "$pack:" "$work/out" || fail "a broken installed pack is not named: $(cat "$work/out")"
cp "$work/negation.toml" "$pack"

# Without its installed facts the program finds no data, and says where it looked; it does
# not fall back on the checkout.
mv "$prefix/share/presscheck/facts" "$work/facts-aside"
status=0
run "$prefix/bin/presscheck" lint --no-color samples/en/budget-misquote.md >"$work/out" 2>&1 ||
  status=$?
[ "$status" -eq 2 ] || fail "no installed facts: exit $status, expected 2"
grep -qF "presscheck: error: no rule packs and starter facts found" "$work/out" ||
  fail "no installed facts: unexpected message: $(cat "$work/out")"
grep -qF "  $prefix/share/presscheck (the installed data beside the program)" "$work/out" ||
  fail "no installed facts: the message does not name the install: $(cat "$work/out")"
if grep -qF "$source" "$work/out"; then fail "no installed facts: the checkout was looked at"; fi
mv "$work/facts-aside" "$prefix/share/presscheck/facts"

# A lone copy of the program finds its data through PRESSCHECK_HOME.
mkdir -p "$work/lone"
cp "$prefix/bin/presscheck" "$work/lone/presscheck"
status=0
run "$work/lone/presscheck" lint --no-color samples/fr/grok-titre-nie-la-citation.md \
  >"$work/out" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "a lone program without PRESSCHECK_HOME: exit $status, expected 2"
status=0
run PRESSCHECK_HOME="$prefix/share/presscheck" "$work/lone/presscheck" lint --no-color \
  samples/fr/grok-titre-nie-la-citation.md >"$work/out" 2>&1 || status=$?
diff -u samples/fr/grok-titre-nie-la-citation.md.expected "$work/out" >&2 ||
  fail "a lone program with PRESSCHECK_HOME: unexpected output"
[ "$status" -eq 1 ] || fail "a lone program with PRESSCHECK_HOME: exit $status, expected 1"

# PRESSCHECK_RULES still names the rule packs.
status=0
run PRESSCHECK_RULES="$work/no-such-rules" "$prefix/bin/presscheck" lint --no-facts \
  samples/en/budget-misquote.md >"$work/out" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "PRESSCHECK_RULES to nowhere: exit $status, expected 2"
grep -qF "$work/no-such-rules/fr: error: no rule pack folder here" "$work/out" ||
  fail "PRESSCHECK_RULES to nowhere: unexpected message: $(cat "$work/out")"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "the installed program linted $checked samples from $prefix"
