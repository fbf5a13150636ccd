#!/usr/bin/env bash
# Installs what the build and the tests need, and nothing that is already there at the right
# version, so a warm machine passes through in seconds and a fresh one still works.
# Sourced by scripts/serve and scripts/test; also runnable on its own.
#   ensure-tools.sh          tools to build and serve the app (Chromium included: it prerenders)
#   ensure-tools.sh --test   also what only the tests need (chromedriver)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

# wasm32 target, rustfmt and clippy: rustup answers fast when they are present.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    say "adding $comp"
    rustup component add "$comp"
  fi
done

# wasm-split-cli moves the code of every screen but the first out of the main wasm
# (scripts/build). It has no --version, so cargo's own install record is asked. About 1 minute.
split_version=0.2.4
if ! command -v wasm-split-cli >/dev/null ||
   ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "installing wasm-split-cli $split_version (about 1 minute)"
  cargo install wasm_split_cli_support --version "$split_version" --features build-binary --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly. Installed without
# --locked on purpose: one of its locked dependencies is missing from the registry.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$root/Cargo.lock")
if [ -z "$bindgen_version" ]; then
  echo "could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ] ||
   ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $bindgen_version (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm packages: binaryen (wasm-opt; Debian's wasm-opt 108 silently breaks the output),
# Playwright and axe-core. Reinstalled only when package-lock.json changed.
stamp="$root/node_modules/.rugplan-lock-stamp"
lock_sum=$(sha256sum "$root/package-lock.json" | awk '{print $1}')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "installing npm packages"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi

# Chromium builds too: scripts/prerender.mjs captures the start screen with it. The driver
# only the browser tests need.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ "$want_test" = 1 ] && [ ! -x /usr/bin/chromedriver ] && need_apt+=(chromium-driver)
if [ "${#need_apt[@]}" -gt 0 ]; then
  say "installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
say "all tools present"
