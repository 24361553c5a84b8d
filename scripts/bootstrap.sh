#!/usr/bin/env bash
# Installs what ReturnDesk's build, tests and demo need on a fresh Debian 12 machine (Node 20 already there).
# Idempotent: does nothing when the browsers, Xvfb, xdotool and node_modules are present and current.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[bootstrap] %s\n' "$*"; }

# command -> Debian package
declare -A PACKAGE_OF=(
  [chromium]=chromium
  [firefox-esr]=firefox-esr
  [xvfb-run]=xvfb
  [xdotool]=xdotool
  # The store-build test answers for www.backmarket.co.uk over HTTPS with a certificate made for the run.
  [openssl]=openssl
  # Only for `npm run bench`: libjpeg-turbo's djpeg, the native floor the photo benchmarks compare with.
  [djpeg]=libjpeg-turbo-progs
)

missing=()
for command in "${!PACKAGE_OF[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$command]}")
done

if ((${#missing[@]})); then
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  say "installing ${missing[*]} (apt-get) ..."
  log=$(mktemp)
  if ! { "${sudo_cmd[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    say "apt-get failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
  say "installed ${missing[*]}"
fi

# node_modules/.package-lock.json is written by npm at the end of every install: it is the install's timestamp.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages (npm ci) ..."
  log=$(mktemp)
  if ! npm ci --no-audit --no-fund >"$log" 2>&1; then
    # npm 11 refuses a lock file that lacks optional platform packages which the registry does not have (seen
    # with @napi-rs/canvas 1.1.1). npm install then installs the locked versions all the same.
    if grep -q 'can only install packages when your package.json and package-lock.json' "$log"; then
      say "npm ci refused the lock file ($(grep -c 'Missing:' "$log") optional packages missing from it); using npm install"
      if ! npm install --no-audit --no-fund >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        say "npm install failed (full log: $log)" >&2
        exit 1
      fi
    else
      tail -n 30 "$log" >&2
      say "npm ci failed (full log: $log)" >&2
      exit 1
    fi
  fi
  rm -f "$log"
  say "npm packages installed"
fi

# The team-policy browser tests put a policy where each browser reads its enterprise policies (system folders) and
# remove it afterwards. Make sure the folders exist and, when not root, that this user may write there.
policy_dirs=(/etc/chromium/policies/managed "$(dirname "$(readlink -f "$(command -v firefox-esr)")")/distribution")
for dir in "${policy_dirs[@]}"; do
  if [[ $(id -u) -eq 0 ]]; then
    mkdir -p "$dir"
  elif [[ ! -w "$dir" ]]; then
    sudo mkdir -p "$dir" && sudo chown "$(id -u)" "$dir" || say "cannot make $dir writable: the team-policy browser tests will fail" >&2
  fi
done

say "ready: $(chromium --version 2>/dev/null | head -n 1); $(firefox-esr --version 2>/dev/null | head -n 1); node $(node --version)"
