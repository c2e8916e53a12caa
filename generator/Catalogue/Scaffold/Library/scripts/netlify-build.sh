#!/usr/bin/env bash
# Netlify's build: installs the .NET 10 SDK unless it is there, then the generator at the version
# .config/dotnet-tools.json pins, and builds the site. A deploy preview is built for its own address.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.dotnet:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  installer=$(mktemp)
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$installer"
  bash "$installer" --channel 10.0 --install-dir "$HOME/.dotnet"
  rm -f "$installer"
fi

dotnet tool restore
if [ "${CONTEXT:-}" = "deploy-preview" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  dotnet catalogue build --base-url "$DEPLOY_PRIME_URL"
else
  dotnet catalogue build
fi
