#!/usr/bin/env bash
# Whether Podman can run a container of IMAGE on this machine, and with what settings:
#
#   conf=$(dist/container/podman-conf.sh IMAGE) && export CONTAINERS_CONF=$conf
#
# Prints nothing when Podman's defaults run it. Else it tries a containers.conf of its own, kept
# in ROADMAP_BASE_CACHE, prints its path and says why on standard error: Podman run inside a
# container (as on the project's build machine) may lack CAP_SYS_RESOURCE, so the container's
# open-file and process limits cannot be raised to Podman's defaults, and crun refuses cgroups in
# hybrid mode; the file keeps this shell's limits (the process limit no higher than pid_max,
# above which it limits nothing) and runs runc. Fails, with Podman's error, when neither works.
set -euo pipefail
image=${1:?usage: podman-conf.sh IMAGE}
cache=${ROADMAP_BASE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/roadmap/container-base}
err=$(mktemp)
trap 'rm -f "$err"' EXIT

if env -u CONTAINERS_CONF podman run --rm --network=none "$image" true 2>"$err"; then
  exit 0
fi
echo "podman-conf.sh: Podman's defaults cannot run a container here: $(tail -n 1 "$err")" >&2

limits=()
nofile=$(ulimit -Hn)
[ "$nofile" = unlimited ] || limits+=("\"nofile=$nofile:$nofile\"")
nproc=$(ulimit -Hu)
pid_max=$(cat /proc/sys/kernel/pid_max)
if [ "$nproc" = unlimited ] || [ "$nproc" -gt "$pid_max" ]; then
  nproc=$pid_max
fi
limits+=("\"nproc=$nproc:$nproc\"")
mkdir -p "$cache"
conf=$cache/containers.conf
{
  echo '# Made by dist/container/podman-conf.sh: the limits of the shell that made it, and runc.'
  echo '[containers]'
  echo "default_ulimits = [$(IFS=,; echo "${limits[*]}")]"
  echo '[engine]'
  echo 'runtime = "runc"'
} >"$conf"
if ! command -v runc >/dev/null 2>&1; then
  echo "podman-conf.sh: needs runc for that: apt-get install runc" >&2
  exit 1
fi
if ! CONTAINERS_CONF=$conf podman run --rm --network=none "$image" true 2>"$err"; then
  cat "$err" >&2
  echo "podman-conf.sh: nor with $conf (runc, ${limits[*]}): Podman cannot run" \
    "containers on this machine (its error is above)" >&2
  exit 1
fi
echo "podman-conf.sh: runs with $conf (runc, ${limits[*]})" >&2
echo "$conf"
