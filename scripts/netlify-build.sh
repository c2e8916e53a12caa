#!/usr/bin/env bash
# Netlify's build: installs the .NET SDK pinned in global.json, then runs the README's build command.
# A deploy preview is built for its own address (DEPLOY_PRIME_URL); production uses base_url from
# content/site.yaml. The build installs Pagefind itself with npm, at the version in package.json.
set -euo pipefail
cd "$(dirname "$0")/.."

sdk_version=$(node -p "require('./global.json').sdk.version")
export PATH="$HOME/.dotnet:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks | cut -d ' ' -f 1 | grep -xF "$sdk_version" >/dev/null; then
  echo "Using .NET SDK $sdk_version"
else
  echo "Installing .NET SDK $sdk_version"
  installer=$(mktemp)
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$installer"
  bash "$installer" --version "$sdk_version" --install-dir "$HOME/.dotnet"
  rm -f "$installer"
fi
# The generator runs through its own executable, which finds the runtime through DOTNET_ROOT.
DOTNET_ROOT=$(dirname "$(readlink -f "$(command -v dotnet)")")
export DOTNET_ROOT

if [ "${CONTEXT:-}" = "deploy-preview" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  dotnet run --project generator/Catalogue -- build --base-url "$DEPLOY_PRIME_URL"
else
  dotnet run --project generator/Catalogue -- build
fi
