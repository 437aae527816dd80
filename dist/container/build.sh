#!/usr/bin/env bash
# Builds the container image roadmap:VERSION (VERSION of pom.xml) from this checkout with Podman:
#
#   dist/container/build.sh          on base images made from Debian's mirror (local-base.sh, as
#                                    root), no Docker Hub needed
#   dist/container/build.sh --hub    on the Dockerfile's default base images from Docker Hub
#   dist/container/build.sh --prebuilt
#                                    from the runtime image that the release build has made
#                                    (target/roadmap-VERSION-linux-x64.tar.gz) with
#                                    dist/container/Dockerfile.prebuilt, on the runtime base made
#                                    from Debian's mirror alone: no build base, no Maven inside
#                                    (seconds, not minutes; .ci/run builds it so)
#
# The Maven stage reads and fills this machine's Maven repository (~/.m2/repository, mounted
# into the build), so a machine that has built roadmap downloads nothing; what is missing comes
# from Maven Central (--network=host). Prints the image's name on standard output.
set -euo pipefail
cd "$(dirname "$0")/../.."

bases=local
case ${1-} in
  --hub) bases=hub ;;
  --prebuilt) bases=prebuilt ;;
  '') ;;
  *)
    echo "usage: $0 [--hub | --prebuilt]" >&2
    exit 2
    ;;
esac
command -v podman >/dev/null || {
  echo "build.sh: needs podman: apt-get install podman" >&2
  exit 1
}

version=$(awk '/<artifactId>roadmap<\/artifactId>/ { found = 1 }
  found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' pom.xml)
image=roadmap:$version

if [ "$bases" = prebuilt ]; then
  tarball=target/roadmap-$version-linux-x64.tar.gz
  [ -s "$tarball" ] || {
    echo "build.sh: no $tarball: make it first with mvn -Prelease package" >&2
    exit 1
  }
  # A context of its own: the runtime image alone (the repository's .dockerignore lets no
  # target/ in).
  context=$(mktemp -d)
  trap 'rm -rf "$context"' EXIT
  tar -xzf "$tarball" -C "$context"
  mv "$context/roadmap-$version-linux-x64" "$context/roadmap"
  dist/container/local-base.sh --runtime
  podman build --build-arg RUNTIME_IMAGE=localhost/roadmap-base/runtime:bookworm \
    -f dist/container/Dockerfile.prebuilt -t "$image" "$context" >&2
  echo "$image"
  exit 0
fi

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
repo=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
mkdir -p "$repo"

args=(--network=host -v "$repo:/m2" --build-arg MAVEN_FLAGS=-Dmaven.repo.local=/m2
  --build-arg ROADMAP_COMMIT="$commit")
if [ "$bases" = local ]; then
  dist/container/local-base.sh
  args+=(--build-arg BUILD_IMAGE=localhost/roadmap-base/build:bookworm
    --build-arg RUNTIME_IMAGE=localhost/roadmap-base/runtime:bookworm)
fi
# Its log goes to standard error.
podman build "${args[@]}" -t "$image" . >&2
echo "$image"
