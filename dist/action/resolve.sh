#!/usr/bin/env bash
# The action's first step: which roadmap to run. A release (the action used at a tag vX.Y.Z, or
# the `version` input) is downloaded once and cached: the runtime image on Linux x64 (no JDK
# needed), the jar elsewhere (run with the JDK of actions/setup-java). Any other ref (a branch or
# a commit of an unreleased version) falls back to the action's own checkout, whose launcher
# builds the jar with Maven. Writes mode, version, dir, asset and bin to GITHUB_OUTPUT.
set -euo pipefail
# The version input, else the action's ref as the workflow context gives it, else as the runner's
# environment does.
ref=${ROADMAP_VERSION:-}
[ -n "$ref" ] || ref=${ROADMAP_ACTION_REF:-}
[ -n "$ref" ] || ref=${GITHUB_ACTION_REF:-}
version=${ref#v}
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
  echo "::notice title=roadmap::'${ref:-no ref}' is not a release: building roadmap from the action's source (JDK and Maven)"
  {
    echo "mode=source"
    echo "bin=$GITHUB_ACTION_PATH/roadmap"
  } >>"$GITHUB_OUTPUT"
  exit 0
fi
dir=${RUNNER_TOOL_CACHE:-$HOME/.cache}/roadmap/$version
if [ "${RUNNER_OS:-}" = Linux ] && [ "${RUNNER_ARCH:-}" = X64 ]; then
  mode=image
  asset=roadmap-$version-linux-x64.tar.gz
  bin=$dir/roadmap-$version-linux-x64/bin/roadmap
else
  mode=jar
  asset=roadmap-$version.jar
  bin=$dir/roadmap
fi
{
  echo "mode=$mode"
  echo "version=$version"
  echo "dir=$dir"
  echo "asset=$asset"
  echo "bin=$bin"
} >>"$GITHUB_OUTPUT"
