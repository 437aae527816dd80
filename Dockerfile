# syntax=docker/dockerfile:1
# roadmap as a container image: the release build (mvn -Prelease package) in a Maven + JDK 17
# stage, then only its jlinked runtime image on a small glibc base. The entry point is roadmap and
# the working directory /work, so the files to check are mounted there:
#
#   docker build --build-arg ROADMAP_COMMIT="$(git rev-parse --short=12 HEAD)" -t roadmap .
#   docker run --rm -v "$PWD:/work" roadmap validate roadmaps/
#
# No .git goes into the build context (.dockerignore): ROADMAP_COMMIT gives the commit that
# `roadmap --version` prints ("unknown" without it).
#
# The base images are build arguments, so that a machine without Docker Hub can build on base
# images of its own: dist/container/local-base.sh makes both from Debian's mirror, and
# dist/container/build.sh builds this file on them with Podman (docs/ci.md). BUILD_IMAGE needs a
# JDK 17 with its jmods (jlink; Debian's jlink also runs objcopy, from binutils) and Maven
# 3.6.3+; RUNTIME_IMAGE a glibc Linux (x86-64) with a POSIX shell. MAVEN_FLAGS adds Maven options to the build, e.g. "-o -Dmaven.repo.local=/m2" for
# a local repository mounted at /m2 (`podman build -v "$HOME/.m2/repository:/m2"`).
#
# CI (.ci/run) builds dist/container/Dockerfile.prebuilt instead, from the runtime image its
# release build has just made, to stay fast: its final stage is this file's, keep the two alike.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${BUILD_IMAGE} AS build
ARG ROADMAP_COMMIT=unknown
ARG MAVEN_FLAGS=
WORKDIR /build
COPY pom.xml ./
COPY dist ./dist
COPY src/main ./src/main
# The tests run in CI, not here. The runtime image goes to /opt/roadmap, its path in the final
# stage, so that the class-data archive trained below matches it.
# hadolint ignore=SC2086
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp ${MAVEN_FLAGS} -Prelease -Dmaven.test.skip=true -Dspotless.check.skip=true \
        -Dgit.commit="${ROADMAP_COMMIT}" package \
    && mv target/image/roadmap-*-linux-x64 /opt/roadmap \
    && rm -f /opt/roadmap/lib/app/roadmap.jsa /opt/roadmap/lib/app/roadmap.jsa.home

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="roadmap" \
      org.opencontainers.image.description="Validate, schedule and export YAML roadmaps of command transitions"
COPY --from=build /opt/roadmap /opt/roadmap
# Trains the class-data archive where the image will run it (a few seconds, at build time). It
# is read-only to other users, so `--user` of any id runs with it (and never retrains).
RUN ["/opt/roadmap/bin/roadmap", "--version"]
ENV PATH=/opt/roadmap/bin:$PATH
WORKDIR /work
# Root, as Docker's default: a CI job's checkout (GitLab's build directory, a bind mount) belongs
# to whoever made it, and roadmap writes reports and exports there. Run with --user to be
# someone else (docs/ci.md).
ENTRYPOINT ["roadmap"]
CMD ["--help"]
