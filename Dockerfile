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

FROM maven:3.9-eclipse-temurin-17 AS build
ARG ROADMAP_COMMIT=unknown
WORKDIR /build
COPY pom.xml ./
COPY dist ./dist
COPY src/main ./src/main
# The tests run in CI, not here. The runtime image goes to /opt/roadmap, its path in the final
# stage, so that the class-data archive trained below matches it.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -Prelease -Dmaven.test.skip=true -Dspotless.check.skip=true \
        -Dgit.commit="${ROADMAP_COMMIT}" package \
    && mv target/image/roadmap-*-linux-x64 /opt/roadmap \
    && rm -f /opt/roadmap/lib/app/roadmap.jsa /opt/roadmap/lib/app/roadmap.jsa.home

FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="roadmap" \
      org.opencontainers.image.description="Validate, schedule and export YAML roadmaps of command transitions"
COPY --from=build /opt/roadmap /opt/roadmap
# Trains the class-data archive where the image will run it (a few seconds, at build time).
RUN ["/opt/roadmap/bin/roadmap", "--version"]
ENV PATH=/opt/roadmap/bin:$PATH
WORKDIR /work
ENTRYPOINT ["roadmap"]
CMD ["--help"]
