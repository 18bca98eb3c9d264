# Shared helpers for the .ci/ scripts (sourced, not run).

# The repository root, whatever the caller's directory.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# ~/.cargo/bin holds wasm-bindgen-cli; a fresh shell may not have it on PATH.
case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac

# The version of a package as locked in Cargo.lock (the single source of the
# wasm-bindgen version: the CLI must match the library exactly).
locked_version() {
  awk -v name="$1" '
    $0 == "name = \"" name "\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$ROOT/Cargo.lock"
}

# Prints a step header, so long logs stay readable.
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

die() { printf 'error: %s\n' "$*" >&2; exit 1; }
