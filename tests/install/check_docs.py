#!/usr/bin/env python3
"""The man page and the shell completions against the program's own help.

Every command and option that `presscheck … --help` lists must appear in the man page (in the
section of its command), in the bash completion (offered for its command) and in the zsh
completion; the formats --format accepts must be offered by both completions; the page must
render without a warning and both scripts must parse.

Usage: check_docs.py PRESSCHECK SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

OPTION_LINE = re.compile(r"^  (-\w,)?(--[\w-]+)")
CHOICES = re.compile(r"^  --format TEXT:\{([\w,]+)\}")


def help_of(program, command):
    result = subprocess.run([program, *command, "--help"], capture_output=True, text=True,
                            check=True)
    return result.stdout


def walk(program, command=()):
    """Yields (command, options, formats) for the program and every subcommand."""
    text = help_of(program, command)
    section = None
    options, formats, subcommands = [], [], []
    for line in text.splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
            continue
        if section == "Options":
            match = OPTION_LINE.match(line)
            if match:
                options += [o.rstrip(",") for o in match.groups() if o]
            choices = CHOICES.match(line)
            if choices:
                formats = choices.group(1).split(",")
        elif section == "Subcommands":
            name = line.split()
            if name:
                subcommands.append(name[0])
    yield command, options, formats, subcommands
    for sub in subcommands:
        yield from walk(program, (*command, sub))


def roff(text):
    return text.replace("-", "\\-")


def man_sections(page):
    """The text of each `.SS "presscheck COMMAND …"` section, by command."""
    sections = {}
    current = None
    for line in page.splitlines():
        match = re.match(r'^\.SS "presscheck ((?:[a-z]|\\-)+(?: (?:[a-z]|\\-)+)?)', line)
        if match:
            words = [w for w in match.group(1).replace("\\-", "-").split()]
            current = tuple(words)
            sections[current] = ""
        elif line.startswith(".SH"):
            current = None
        elif current is not None:
            sections[current] += line + "\n"
    return sections


def bash_offers(source, words):
    """What the bash completion proposes for the command line `words` (last one is completed)."""
    script = (f"source '{source}/completions/presscheck.bash'\n"
              "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); _presscheck\n"
              "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    result = subprocess.run(["bash", "-c", script, "bash", *words], capture_output=True,
                            text=True, check=True, cwd="/")
    return set(result.stdout.split())


# Drives one interactive zsh through a pseudo-terminal: for each line, types it, presses TAB
# twice, prints the screen (which then lists the candidates) after a marker, and clears it.
ZSH_DRIVER = r"""
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='> '; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D; presscheck() {}"
zpty -w z 'print READY'
zpty -r z out '*READY*'
zpty -r z out '*> *'
shift
for line in "$@"; do
  zpty -w -n z "$line"$'\t\t'
  sleep 0.5
  screen=""
  while zpty -r -t z chunk; do screen+=$chunk; done
  print -r -- "@@@ $line"
  print -r -- "$screen"
  zpty -w -n z $'\C-u'
  sleep 0.2
  while zpty -r -t z chunk; do :; done
done
zpty -d z
"""


def zsh_offers(zsh, source, lines):
    """The words zsh shows when TAB is pressed after each of `lines`."""
    result = subprocess.run([zsh, "-f", "-c", ZSH_DRIVER, "zsh", str(source / "completions"),
                             *lines], capture_output=True, text=True, timeout=60, cwd="/")
    offers = {}
    for part in result.stdout.split("@@@ ")[1:]:
        line, screen = part.split("\n", 1)
        screen = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", " ", screen.split(line.strip(), 1)[-1])
        offers[line] = set(re.findall(r"[\w-]+", screen))
    return offers


def zsh_problems(zsh, source):
    """What zsh really completes for a few command lines."""
    expected = {
        "presscheck ": {"config", "facts", "lint", "lookup", "rules", "shell", "verify"},
        "presscheck lint --format ": {"text", "json", "jsonl", "sarif", "github", "rdjson"},
        "presscheck lint --fail-level ": {"error", "warning", "info"},
        "presscheck facts ": {"build", "validate", "import", "import-wikidata", "export", "stats"},
        "presscheck verify --lang ": {"fr", "en"},
    }
    offers = zsh_offers(zsh, source, list(expected))
    problems = []
    for line, words in expected.items():
        offered = offers.get(line, set())
        if not words <= offered:
            problems.append(f"zsh completion: `{line}` offers none of {sorted(words - offered)}")
    return problems


def check(program, source):
    problems = []
    page = (source / "docs/man/presscheck.1").read_text()
    sections = man_sections(page)
    zsh_script = (source / "completions/_presscheck").read_text()
    for command, options, formats, subcommands in walk(program):
        shown = " ".join(("presscheck",) + command)
        if command and not subcommands and command not in sections:
            problems.append(f"man page: no section for `{shown}`")
        text = sections.get(command, page if not command else "")
        prefix = ["presscheck", *command]
        offered = bash_offers(source, prefix + ["-"])
        for option in options:
            if option not in ("-h", "--help") and roff(option) not in text:
                problems.append(f"man page: `{shown}` lacks {option}")
            if command and not subcommands and option not in offered:
                problems.append(f"bash completion: `{shown}` does not offer {option}")
            if option not in zsh_script:
                problems.append(f"zsh completion: no {option} (of `{shown}`)")
        if subcommands:
            offered = bash_offers(source, prefix + [""])
            for sub in subcommands:
                if sub not in offered:
                    problems.append(f"bash completion: `{shown}` does not offer {sub}")
                if not re.search(rf"['\"]{re.escape(sub)}:", zsh_script) and \
                        not re.search(rf"\b{re.escape(sub)}\)", zsh_script):
                    problems.append(f"zsh completion: `{shown}` does not offer {sub}")
        if formats:
            offered = bash_offers(source, prefix + ["--format", ""])
            if offered != set(formats):
                problems.append(f"bash completion: `{shown} --format` offers {sorted(offered)}, "
                                f"the program takes {sorted(formats)}")
            if f"({' '.join(formats)})" not in zsh_script:
                problems.append(f"zsh completion: `{shown} --format` does not offer "
                                f"({' '.join(formats)})")
            for name in formats:
                if not re.search(rf"^\.BR? {name}\b", text, re.M):
                    problems.append(f"man page: `{shown} --format` lacks {name}")
    return problems


def syntax_problems(source):
    problems = []
    groff = subprocess.run(["groff", "-ww", "-z", "-man", str(source / "docs/man/presscheck.1")],
                           capture_output=True, text=True)
    if groff.returncode != 0 or groff.stderr:
        problems.append(f"groff: the man page renders with warnings:\n{groff.stderr}")
    bash = subprocess.run(["bash", "-n", str(source / "completions/presscheck.bash")],
                          capture_output=True, text=True)
    if bash.returncode != 0:
        problems.append(f"bash -n: {bash.stderr}")
    zsh = shutil.which("zsh")
    if zsh is None:
        problems.append("zsh is not installed (bash .ci/install-deps installs it)")
    else:
        result = subprocess.run([zsh, "-n", str(source / "completions/_presscheck")],
                                capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"zsh -n: {result.stderr}")
        else:
            problems += zsh_problems(zsh, source)
    return problems


def main():
    program, source = sys.argv[1], Path(sys.argv[2]).resolve()
    problems = syntax_problems(source) + check(program, source)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("the man page and both completions cover every command and option")
    return 0


if __name__ == "__main__":
    sys.exit(main())
