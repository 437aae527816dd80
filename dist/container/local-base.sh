#!/usr/bin/env bash
# Makes the two base images of the Dockerfile from Debian's package mirror, for a machine that
# cannot pull from Docker Hub (docs/ci.md, "Building the container image"):
#
#   localhost/roadmap-base/runtime:bookworm  Debian 12, debootstrap --variant=minbase, slimmed as
#                                            debian:bookworm-slim is (no docs, man pages, locales)
#   localhost/roadmap-base/build:bookworm    the same with openjdk-17-jdk-headless, maven and
#                                            binutils (Debian's jlink runs objcopy to strip)
#
# Then: podman build --build-arg RUNTIME_IMAGE=localhost/roadmap-base/runtime:bookworm
#   --build-arg BUILD_IMAGE=localhost/roadmap-base/build:bookworm ... (dist/container/build.sh).
#
# The root file systems are kept as tarballs in ROADMAP_BASE_CACHE (default
# ~/.cache/roadmap/container-base), named for their packages, and only imported again on the next
# run; --refresh makes them anew (for Debian's updates). --runtime makes the runtime base alone,
# which is all that dist/container/Dockerfile.prebuilt needs (build.sh --prebuilt, as .ci/run).
# The mirror is the one this machine's apt uses, or DEBIAN_MIRROR.
# Needs root (debootstrap, chroot), debootstrap and podman.
set -euo pipefail

suite=bookworm
runtime_image=localhost/roadmap-base/runtime:$suite
build_image=localhost/roadmap-base/build:$suite
cache=${ROADMAP_BASE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/roadmap/container-base}
refresh=false
kinds='runtime build'
for arg in "$@"; do
  case $arg in
    --refresh) refresh=true ;;
    --runtime) kinds=runtime ;;
    *)
      echo "usage: $0 [--refresh] [--runtime]" >&2
      exit 2
      ;;
  esac
done

die() {
  echo "local-base.sh: $*" >&2
  exit 1
}

# The first URI of this machine's apt sources that serves the suite (deb822 .sources files or
# one-line sources.list), else Debian's redirector.
mirror() {
  if [ -n "${DEBIAN_MIRROR-}" ]; then
    echo "$DEBIAN_MIRROR"
    return
  fi
  local found
  found=$(awk -v suite="$suite" '
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) { print uri; exit } }
      /^deb / && $3 == suite { print $2; exit }
    ' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true)
  echo "${found:-http://deb.debian.org/debian}"
}

# What debian:bookworm-slim leaves out (debuerreotype's slimify), for dpkg's future installs too.
slim() {
  local root=$1
  cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'APT::Install-Recommends "false";' >"$root/etc/apt/apt.conf.d/docker-no-recommends"
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/lintian/*
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/*.log \
    "$root"/var/log/apt/* "$root"/tmp/* "$root"/root/.cache
}

# debootstrap into a fresh directory and pack it as a tarball; $2: packages to add (or empty).
rootfs() {
  local tarball=$1 include=$2 work
  work=$(mktemp -d "$cache/rootfs.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" EXIT
  echo "debootstrap $suite from $(mirror)${include:+ with $include} ..." >&2
  if ! debootstrap --variant=minbase ${include:+--include="$include"} "$suite" "$work/root" \
    "$(mirror)" >"$work/log" 2>&1; then
    tail -n 30 "$work/log" >&2
    die "debootstrap failed (its log is above)"
  fi
  slim "$work/root"
  tar --numeric-owner --xattrs -C "$work/root" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$work"
  trap - EXIT
}

# podman import of a cached tarball, with the settings debian's images have.
import() {
  local tarball=$1 image=$2
  podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    "$tarball" "$image" >/dev/null
  echo "$image" >&2
}

[ "$(id -u)" = 0 ] || die "debootstrap needs root: run it as root (or with sudo)"
command -v debootstrap >/dev/null || die "needs debootstrap: apt-get install debootstrap"
command -v podman >/dev/null || die "needs podman: apt-get install podman"
mkdir -p "$cache"
for kind in $kinds; do
  image=$runtime_image
  include=
  if [ "$kind" = build ]; then
    image=$build_image
    include=openjdk-17-jdk-headless,maven,binutils
  fi
  tarball=$cache/$kind-$suite-$(printf '%s' "$include" | cksum | cut -d' ' -f1).tar
  if [ "$refresh" = true ] || [ ! -s "$tarball" ]; then
    rootfs "$tarball" "$include"
    import "$tarball" "$image"
  elif ! podman image exists "$image"; then
    import "$tarball" "$image"
  fi
done
