#!/usr/bin/env bash
# Downloads a release asset of roadmap (ROADMAP_ASSET of version ROADMAP_VERSION) into ROADMAP_DIR,
# checks it against the release's SHA256SUMS, and unpacks it (the runtime image) or writes a
# `roadmap` wrapper that runs it with java (the jar). ROADMAP_DOWNLOAD_BASE replaces the release's
# URL (a mirror, or a local directory as file:// in tests).
set -euo pipefail
base=${ROADMAP_DOWNLOAD_BASE:-$GITHUB_SERVER_URL/$GITHUB_ACTION_REPOSITORY/releases/download/v$ROADMAP_VERSION}
mkdir -p "$ROADMAP_DIR"
cd "$ROADMAP_DIR"
curl -fsSL --retry 3 -o "$ROADMAP_ASSET" "$base/$ROADMAP_ASSET"
curl -fsSL --retry 3 -o SHA256SUMS "$base/SHA256SUMS"
line=$(grep -E " [*]?$ROADMAP_ASSET\$" SHA256SUMS) || {
  echo "::error title=roadmap::$ROADMAP_ASSET is not in the release's SHA256SUMS"
  exit 1
}
if command -v sha256sum >/dev/null 2>&1; then
  check="sha256sum -c --status"
else
  check="shasum -a 256 -c --status"
fi
if ! printf '%s\n' "$line" | $check; then
  echo "::error title=roadmap::$ROADMAP_ASSET does not match its SHA-256 in the release's SHA256SUMS"
  exit 1
fi
case $ROADMAP_ASSET in
  *.tar.gz)
    tar -xzf "$ROADMAP_ASSET"
    rm -f "$ROADMAP_ASSET"
    ;;
  *.jar)
    printf '#!/bin/sh\nexec java -jar "%s" "$@"\n' "$ROADMAP_DIR/$ROADMAP_ASSET" >roadmap
    chmod +x roadmap
    ;;
esac
