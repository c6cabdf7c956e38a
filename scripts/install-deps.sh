#!/usr/bin/env bash
# Installs what candor needs to build, test and benchmark, from Debian packages
# only (run as root on Debian 12). Safe to run again: installed packages are skipped.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev
  libcpp-httplib-dev libsqlite3-dev libsqlitecpp-dev libpq-dev libpqxx-dev postgresql
  nlohmann-json3-dev libsimdjson-dev libyaml-cpp-dev libcli11-dev libfmt-dev libspdlog-dev
  libsodium-dev libpugixml-dev libzip-dev libpoppler-cpp-dev libmd4c-dev libmd4c-html0-dev
  libkainjow-mustache-dev libxlsxwriter-dev libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 zip unzip zlib1g-dev
)
if [[ "${CANDOR_WITH_TEST_TOOLS:-0}" == 1 ]]; then
  packages+=(chromium python3-pandas hyperfine wrk)
  # Some machines carry a Node.js that bundles npm; Debian's npm would clash.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "candor: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
