package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JDK the {@code roadmap} launcher runs: the newest of 25 or later that it finds, for its AOT
 * cache, else the java on PATH; {@code ROADMAP_JAVA} overrides both. Runs the real script in a
 * copied checkout with fake JDKs, each a {@code bin/java} that prints its name and arguments.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  @TempDir Path dir;
  Path checkout;
  Path jdks;
  Path pathBin;

  @BeforeEach
  void checkout() throws IOException {
    checkout = Files.createDirectories(dir.resolve("checkout"));
    Path script = checkout.resolve("roadmap");
    Files.copy(TestFiles.root().resolve("roadmap"), script);
    executable(script);
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(checkout.resolve("src/main"));
    Path jar = Files.createDirectories(checkout.resolve("target")).resolve("roadmap.jar");
    Files.writeString(jar, "not a jar: the fake JDKs do not read it\n");
    // Newer than the sources, so the launcher does not build; older than the archive to come.
    Instant now = Instant.now();
    for (String old : List.of("pom.xml", "src/main", "src")) {
      Files.setLastModifiedTime(checkout.resolve(old), FileTime.from(now.minusSeconds(120)));
    }
    Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(60)));
    jdks = Files.createDirectories(dir.resolve("jdks"));
    pathBin = Files.createDirectories(dir.resolve("path-jdk/bin"));
    fakeJava(dir.resolve("path-jdk"), "path-jdk", "17.0.15");
  }

  @Test
  void picksTheNewestJdkOf25OrLater() throws Exception {
    fakeJdk("jdk-17", "17.0.15");
    fakeJdk("jdk-25", "25.0.3");
    fakeJdk("jdk-21", "21.0.7");
    assertThat(run(Map.of()))
        .startsWith("jdk-25 ")
        .contains("-XX:+UseCompactObjectHeaders")
        .contains("-XX:AOTCache=");
    fakeJdk("jdk-26", "26");
    assertThat(run(Map.of())).startsWith("jdk-26 ");
  }

  @Test
  void keepsTheJavaOnPathWhenNoJdkIsNewerThan24() throws Exception {
    fakeJdk("jdk-21", "21.0.7");
    fakeJdk("jdk-24", "24.0.2");
    fakeJdk("no-release", null);
    assertThat(run(Map.of()))
        .startsWith("path-jdk ")
        .contains("-XX:SharedArchiveFile=")
        .doesNotContain("UseCompactObjectHeaders")
        .endsWith("-jar " + checkout.resolve("target/roadmap.jar") + " validate x.yaml");
  }

  @Test
  void findsTheJdkOfJavaHome() throws Exception {
    Path home = dir.resolve("elsewhere/temurin-25");
    fakeJava(home, "home-25", "25.0.1");
    assertThat(run(Map.of("JAVA_HOME", home.toString()))).startsWith("home-25 ");
  }

  @Test
  void roadmapJavaOverridesTheChoice() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path chosen = dir.resolve("chosen");
    fakeJava(chosen, "chosen-17", "17.0.1");
    String java = chosen.resolve("bin/java").toString();
    assertThat(run(Map.of("ROADMAP_JAVA", java))).startsWith("chosen-17 ");
    assertThat(run(Map.of("ROADMAP_JAVA", java, "ROADMAP_JAVA_OPTS", "-Xmx2g")))
        .isEqualTo(
            "chosen-17 -Xlog:disable -Xlog:all=warning:stderr -Xmx2g -Droadmap.stderr.tty=false -jar "
                + checkout.resolve("target/roadmap.jar")
                + " validate x.yaml");
  }

  @Test
  void theJvmLogsNothingOnStandardOutput() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    assertThat(run(Map.of()))
        .contains(" -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr")
        .contains(" -Xlog:aot*=off:stderr -Droadmap.stderr.tty=false -jar ");
    assertThat(run(Map.of("ROADMAP_JAVA", dir.resolve("path-jdk/bin/java").toString())))
        .contains(
            " -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr -Droadmap.stderr.tty=false -jar ")
        .doesNotContain("aot");
  }

  @Test
  void aCopiedCheckoutTrainsAnArchiveOfItsOwn() throws Exception {
    String first = run(Map.of());
    String name = archive(first);
    Path made = checkout.resolve("target").resolve(name);
    assertThat(Files.readString(made.resolveSibling(name + ".for")))
        .isEqualTo(dir.resolve("path-jdk") + " 17.0.15 " + checkout + "\n");
    Path copy = dir.resolve("copy");
    Process cp = new ProcessBuilder("cp", "-a", checkout.toString(), copy.toString()).start();
    assertThat(cp.waitFor(30, TimeUnit.SECONDS) && cp.exitValue() == 0).isTrue();
    // The copy holds the first archive, newer than its jar, made for the first checkout: it must
    // be made again for the copy before it is used.
    Path copied = copy.resolve("target").resolve(name);
    Files.setLastModifiedTime(copied, FileTime.from(Instant.now().minusSeconds(30)));
    FileTime before = Files.getLastModifiedTime(copied);
    checkout = copy;
    String second = run(Map.of());
    assertThat(second).contains("-XX:SharedArchiveFile=" + copied + " ");
    assertThat(Files.getLastModifiedTime(copied)).isGreaterThan(before);
    assertThat(Files.readString(copied.resolveSibling(name + ".for")))
        .isEqualTo(dir.resolve("path-jdk") + " 17.0.15 " + copy + "\n");
    // Run again: the archive is the copy's now, and no training runs.
    FileTime trained = Files.getLastModifiedTime(copied);
    Thread.sleep(20);
    assertThat(run(Map.of())).contains("-XX:SharedArchiveFile=" + copied + " ");
    assertThat(Files.getLastModifiedTime(copied)).isEqualTo(trained);
  }

  @Test
  void theFlagsFollowTheSizeOfTheFileNamed() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path file = dir.resolve("x.yaml");
    Files.writeString(file, "roadmap: 1\n");
    assertThat(run(Map.of()))
        .contains(" -XX:TieredStopAtLevel=1 ")
        .doesNotContain("CompileThresholdScaling")
        .contains("-XX:AOTCache=");
    // Over 1 MiB: C1 compiling sooner; over 16 MiB: C2, a heap of 1 GB and no AOT cache.
    for (long size : new long[] {1 << 20, (1 << 20) + 1, 16L << 20, (16L << 20) + 1}) {
      sized(file, size);
      String run = run(Map.of());
      if (size <= 1 << 20) {
        assertThat(run).as("%d bytes", size).doesNotContain("CompileThresholdScaling");
      } else if (size <= 16L << 20) {
        assertThat(run)
            .as("%d bytes", size)
            .contains(" -XX:TieredStopAtLevel=1 ")
            .contains(" -XX:CompileThresholdScaling=0.1 ")
            .doesNotContain("-Xms1g");
      } else {
        assertThat(run)
            .as("%d bytes", size)
            .contains(" -Xms1g ")
            .doesNotContain("TieredStopAtLevel")
            .doesNotContain("CompileThresholdScaling")
            .doesNotContain("AOTCache");
      }
    }
  }

  @Test
  void theJvmHaltsUnlessAnAgentMayWriteAtExit() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    assertThat(run(Map.of())).contains(" -Droadmap.halt=true ");
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      assertThat(run(Map.of(variable, "-XX:StartFlightRecording")))
          .as(variable)
          .doesNotContain("roadmap.halt");
    }
    assertThat(run(Map.of("ROADMAP_JAVA_OPTS", "-Xmx1g"))).doesNotContain("roadmap.halt");
  }

  @Test
  void validateHasAnArchiveOfItsOwn() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path target = checkout.resolve("target");
    // Trained on validate alone (Training's argument), and used by validate only.
    assertThat(run(Map.of()))
        .contains(" -XX:AOTCache=" + target.resolve("roadmap-jdk25-jdk-25-coh-validate.jsa") + " ");
    assertThat(Files.readString(dir.resolve("trained"))).isEqualTo("validate\n");
    // Every other command shares the archive trained on every command.
    assertThat(run(Map.of(), "timeline", "x.yaml"))
        .contains(" -XX:AOTCache=" + target.resolve("roadmap-jdk25-jdk-25-coh.jsa") + " ");
    assertThat(Files.readString(dir.resolve("trained"))).isEqualTo("validate\n\n");
    // Each made once: no training the second time.
    run(Map.of());
    run(Map.of(), "status", "x.yaml");
    assertThat(Files.readString(dir.resolve("trained"))).isEqualTo("validate\n\n");
    // A report format named: the shared archive, which holds every format.
    for (String format : List.of("--format=json", "--format")) {
      assertThat(run(Map.of(), "validate", format, "sarif", "x.yaml"))
          .contains(" -XX:AOTCache=" + target.resolve("roadmap-jdk25-jdk-25-coh.jsa") + " ");
    }
  }

  @Test
  void aFileNamedTwiceIsNotALongRun() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path file = dir.resolve("x.yaml");
    sized(file, 2L << 20);
    // Over 1 MiB, under 16: named twice (two ways), it is still not a long run.
    assertThat(run(Map.of(), "diff", "x.yaml", file.toString()))
        .contains(" -XX:CompileThresholdScaling=0.1 ")
        .doesNotContain("-Xms1g");
  }

  @Test
  void aSourceNewerThanTheJarRebuildsIt() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path built = fakeMaven();
    // A file named on the command line, newer than the jar, is not a source.
    Files.writeString(dir.resolve("x.yaml"), "roadmap: 1\n");
    assertThat(run(Map.of())).startsWith("jdk-25 ");
    assertThat(built).doesNotExist();
    Path source = Files.createDirectories(checkout.resolve("src/main/java/dev"));
    Files.writeString(source.resolve("A.java"), "class A {}\n");
    // Only the file is newer than the jar, not the directories it is in.
    for (String old : List.of("src/main", "src/main/java", "src/main/java/dev")) {
      Files.setLastModifiedTime(
          checkout.resolve(old), FileTime.from(Instant.now().minusSeconds(120)));
    }
    assertThat(run(Map.of())).contains("roadmap: building").contains("jdk-25 ");
    assertThat(Files.readAllLines(built)).hasSize(1);
    // Built: the jar is newer now, so the next run does not build, whatever the file's size.
    run(Map.of());
    sized(dir.resolve("x.yaml"), 17L << 20);
    assertThat(run(Map.of())).contains(" -Xms1g ");
    assertThat(Files.readAllLines(built)).hasSize(1);
    // find failing (a file gone while it looks): build rather than run a jar that may be old.
    Path find = pathBin.resolve("find");
    Files.writeString(find, "#!/bin/sh\n/usr/bin/find \"$@\"\nexit 1\n");
    executable(find);
    assertThat(run(Map.of())).contains("roadmap: building").contains("jdk-25 ");
    assertThat(Files.readAllLines(built)).hasSize(2);
    Files.delete(find);
    Files.setLastModifiedTime(
        checkout.resolve("pom.xml"), FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(run(Map.of())).contains("roadmap: building");
    assertThat(Files.readAllLines(built)).hasSize(3);
    Files.delete(checkout.resolve("target/roadmap.jar"));
    assertThat(run(Map.of())).contains("roadmap: building");
    assertThat(Files.readAllLines(built)).hasSize(4);
  }

  /** A {@code mvn} on PATH that "builds" the jar (a newer file) and counts its builds. */
  private Path fakeMaven() throws IOException {
    Path built = dir.resolve("built");
    Path mvn = pathBin.resolve("mvn");
    Path jar = checkout.resolve("target/roadmap.jar");
    Files.writeString(mvn, "#!/bin/sh\necho x >>'" + built + "'\necho jar >'" + jar + "'\n");
    executable(mvn);
    return built;
  }

  @Test
  void aCheckoutWhosePathHasSpacesKeepsItsArchive() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path spaced = dir.resolve("my projects/road map");
    Files.createDirectories(spaced.getParent());
    Process mv = new ProcessBuilder("mv", checkout.toString(), spaced.toString()).start();
    assertThat(mv.waitFor(30, TimeUnit.SECONDS) && mv.exitValue() == 0).isTrue();
    checkout = spaced;
    String archive = spaced.resolve("target/roadmap-jdk25-jdk-25-coh-validate.jsa").toString();
    // The first run trains (the fake JDK writes the archive it is asked for), and both use it.
    assertThat(run(Map.of())).contains(" -XX:AOTCache=" + archive + " ");
    assertThat(Path.of(archive + ".for")).exists();
    assertThat(run(Map.of())).contains(" -XX:AOTCache=" + archive + " ");
  }

  @Test
  void aFileNamedLikeAnOptionIsStillMeasured() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Path file = dir.resolve("-big.yaml");
    sized(file, 2L << 20);
    assertThat(run(Map.of(), "validate", "--", "-big.yaml"))
        .contains(" -XX:CompileThresholdScaling=0.1 ");
  }

  @Test
  void aLinkOnPathIsFollowedWhenNoOtherJdkIsNewEnough() throws Exception {
    fakeJdk("jdk-21", "21.0.7");
    Path linked = dir.resolve("elsewhere/jdk-26");
    fakeJava(linked, "linked-26", "26");
    Files.delete(pathBin.resolve("java"));
    Files.createSymbolicLink(pathBin.resolve("java"), linked.resolve("bin/java"));
    assertThat(run(Map.of())).startsWith("linked-26 ").contains("-XX:AOTCache=");
  }

  /** The file name of the archive a run was given. */
  private static String archive(String run) {
    var m =
        java.util.regex.Pattern.compile("-XX:SharedArchiveFile=\\S*/([^/ ]+\\.jsa) ").matcher(run);
    assertThat(m.find()).as(run).isTrue();
    return m.group(1);
  }

  @Test
  void aDryRunPrintsTheCommandAndTrainsNothing() throws Exception {
    fakeJdk("jdk-25", "25.0.3");
    Map<String, String> dry = Map.of("ROADMAP_DRY_RUN", "1");
    assertThat(run(dry))
        .startsWith(jdks.resolve("jdk-25/bin/java") + " -XX:TieredStopAtLevel=1")
        .endsWith("-jar " + checkout.resolve("target/roadmap.jar") + " validate x.yaml");
    try (var files = Files.list(checkout.resolve("target"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("roadmap.jar");
    }
  }

  private void fakeJdk(String name, String version) throws IOException {
    fakeJava(jdks.resolve(name), name, version);
  }

  private static void fakeJava(Path home, String name, String version) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    if (version != null) {
      Files.writeString(
          home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
    Path java = bin.resolve("java");
    // The training run (no -jar) writes the archive it is asked for, and its arguments to
    // ./trained; the run itself prints the name and arguments.
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "for a; do case $a in -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*)"
            + " : >\"${a#*=}\" ;; esac; done\n"
            + "case \" $* \" in *\" dev.roadmap.cli.Training \"*) echo \"${*##*Training}\""
            + " | sed 's/^ //' >>trained ;; esac\n"
            + "case \" $* \" in *\" -jar \"*) echo \""
            + name
            + " $*\" ;; esac\n");
    executable(java);
  }

  /** Makes {@code file} {@code size} bytes long (sparse where the file system allows). */
  private static void sized(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static void executable(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private String run(Map<String, String> env) throws Exception {
    return run(env, "validate", "x.yaml");
  }

  private String run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add("sh");
    command.add(checkout.resolve("roadmap").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("_JAVA_OPTIONS");
    pb.environment().remove("ROADMAP_JAVA");
    pb.environment().remove("ROADMAP_JAVA_OPTS");
    pb.environment().put("ROADMAP_JDK_DIRS", jdks.toString());
    pb.environment().put("PATH", pathBin + ":/usr/bin:/bin");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
