# bash completion for presscheck: commands, subcommands, options and their values.
# Installed as share/bash-completion/completions/presscheck; it needs nothing but bash, so
# that it also works when sourced by hand without the bash-completion package.

_presscheck_options() {
  case "$1" in
    lint)
      echo "--files-from -0 --null --format --fail-level --lang --rules --config" \
        "--changed-since -j --jobs --no-color --facts --no-facts --fix --stdin-filename" \
        "-h --help" ;;
    lookup) echo "--as-of --lang --format --limit --facts --no-color -h --help" ;;
    verify) echo "--date --lang --format --facts --no-color -h --help" ;;
    lsp) echo "--stdio -h --help" ;;
    serve) echo "--port --host --facts -h --help" ;;
    shell) echo "--facts --lang --no-color -h --help" ;;
    "config show") echo "--config -h --help" ;;
    "facts build") echo "-o --output -h --help" ;;
    "facts import") echo "--db -h --help" ;;
    "facts import-wikidata") echo "--db --mapping --office --retrieved -h --help" ;;
    "facts import-claimreview") echo "--db --ratings --lang -h --help" ;;
    "facts export") echo "--db -o --output -h --help" ;;
    "facts stats") echo "--db -h --help" ;;
    "rules test") echo "--rules -h --help" ;;
    *) echo "-h --help" ;;
  esac
}

# Fills COMPREPLY with compgen's words, one a line, so that file names may hold spaces.
_presscheck_reply() {
  mapfile -t COMPREPLY < <(compgen "$@")
}

_presscheck_subcommands() {
  case "$1" in
    facts) echo "build validate import import-wikidata import-claimreview export stats" ;;
    rules) echo "list test" ;;
    config) echo "show" ;;
  esac
}

# The values an option takes: a fixed list, a file or folder, or nothing to propose.
_presscheck_option_values() {
  local command="$1" option="$2" current="$3"
  case "$option" in
    --format)
      case "$command" in
        lint) _presscheck_reply -W "text json jsonl sarif github rdjson" -- "$current" ;;
        *) _presscheck_reply -W "text json" -- "$current" ;;
      esac ;;
    --fail-level) _presscheck_reply -W "error warning info" -- "$current" ;;
    --lang) _presscheck_reply -W "fr en" -- "$current" ;;
    --rules) _presscheck_reply -d -- "$current" ;;
    --config | --facts | --db | --mapping | --ratings | -o | --output | --stdin-filename | \
      --files-from)
      _presscheck_reply -f -- "$current" ;;
    --changed-since)
      _presscheck_reply -W "$(git for-each-ref --format='%(refname:short)' 2>/dev/null)" \
        -- "$current" ;;
    -j | --jobs | --limit | --as-of | --date | --office | --retrieved | --port | --host)
      COMPREPLY=() ;;
    *) return 1 ;;
  esac
  return 0
}

_presscheck() {
  local current="${COMP_WORDS[COMP_CWORD]}"
  local previous=""
  [ "$COMP_CWORD" -gt 0 ] && previous="${COMP_WORDS[COMP_CWORD - 1]}"
  # The command is the first word after the program, with its subcommand when it has some.
  local command="" i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    case "$word" in -*) continue ;; esac
    if [ -z "$command" ]; then
      command="$word"
    elif [ -n "$(_presscheck_subcommands "$command")" ] && [ "${command#* }" = "$command" ]; then
      command="$command $word"
    fi
  done
  COMPREPLY=()
  local IFS=$' \t\n'
  if [ -z "$command" ]; then
    _presscheck_reply -W "config facts lint lookup lsp rules serve shell verify -h --help --version" \
      -- "$current"
    return 0
  fi
  local subcommands
  subcommands="$(_presscheck_subcommands "$command")"
  if [ -n "$subcommands" ]; then
    _presscheck_reply -W "$subcommands -h --help" -- "$current"
    return 0
  fi
  _presscheck_option_values "$command" "$previous" "$current" && return 0
  if [[ "$current" == -* ]]; then
    _presscheck_reply -W "$(_presscheck_options "$command")" -- "$current"
    return 0
  fi
  case "$command" in
    lint | "config show" | "facts build" | "facts validate" | "facts import" | \
      "facts import-wikidata" | "facts import-claimreview" | "rules test")
      _presscheck_reply -f -- "$current" ;;
  esac
  return 0
}

complete -o filenames -F _presscheck presscheck
