#!/usr/bin/env bash
# Issue 8's whole-process benchmark: our build against Hugo's on synthetic catalogues of 100, 1,000 and
# 10,000 entries, with Pagefind and the preview server's rebuilds, written to docs/bench/results.md and
# results.json. Hugo (Debian's package) is installed here for the comparison only; the site never needs it.
# Any arguments go on to `catalogue-bench run`, such as --sizes 100,1000 --runs 5 --no-serve.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v hugo >/dev/null 2>&1; then
  echo "Installing Hugo for the comparison"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -q
  $sudo apt-get install -y hugo
fi

# The generator as it ships: published in Release, compiled ahead of time (ReadyToRun) for this machine.
# A Debug build's times would say little about a real build (run refuses one).
dotnet publish -c Release --use-current-runtime --self-contained false generator/Catalogue -o generator/Catalogue/bin/publish
dotnet build -c Release tests/Benchmarks
dotnet run -c Release --no-build --project tests/Benchmarks -- run --out docs/bench \
  --catalogue generator/Catalogue/bin/publish/catalogue.dll "$@"
