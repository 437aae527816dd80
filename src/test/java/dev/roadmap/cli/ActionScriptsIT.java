package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell steps of action.yml (dist/action/*.sh) as a runner would run them, with the GITHUB_*
 * and RUNNER_* variables set, against a release made of this build's assets and served from a local
 * directory (ROADMAP_DOWNLOAD_BASE=file://...). Skipped, saying so, without the release build's
 * assets.
 */
@DisabledOnOs(OS.WINDOWS)
class ActionScriptsIT {
  @TempDir Path dir;
  Path release;
  String version = Main.Version.number();

  @BeforeEach
  void release() throws Exception {
    Path target = TestFiles.root().resolve("target");
    List<String> assets =
        List.of("roadmap-" + version + "-linux-x64.tar.gz", "roadmap-" + version + ".jar");
    for (String asset : assets) {
      assumeTrue(
          Files.isRegularFile(target.resolve(asset)),
          "no target/" + asset + ": build the release assets with mvn -Prelease verify");
    }
    release = Files.createDirectories(dir.resolve("release"));
    StringBuilder sums = new StringBuilder();
    for (String asset : assets) {
      Files.copy(target.resolve(asset), release.resolve(asset));
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(release.resolve(asset)));
      sums.append(HexFormat.of().formatHex(hash)).append("  ").append(asset).append('\n');
    }
    Files.writeString(release.resolve("SHA256SUMS"), sums.toString());
  }

  private Map<String, String> runner(String os, String arch) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    env.put("HOME", dir.toString());
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_ACTION_PATH", TestFiles.root().toString());
    env.put("GITHUB_ACTION_REPOSITORY", "OWNER/roadmap");
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
    env.put("RUNNER_OS", os);
    env.put("RUNNER_ARCH", arch);
    env.put("RUNNER_TOOL_CACHE", dir.resolve("tools").toString());
    return env;
  }

  private static MinimalEnvRun step(String script, Map<String, String> env) throws Exception {
    return MinimalEnvRun.of(
        TestFiles.root(),
        env,
        List.of("bash", TestFiles.root().resolve("dist/action/" + script).toString()));
  }

  /** The resolve step's outputs, as the later steps get them. */
  private Map<String, String> resolve(Map<String, String> env) throws Exception {
    Files.writeString(dir.resolve("output"), "");
    MinimalEnvRun r = step("resolve.sh", env);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, String> outputs = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("output"))) {
      int eq = line.indexOf('=');
      outputs.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return outputs;
  }

  private MinimalEnvRun download(Map<String, String> env, Map<String, String> outputs, Path from)
      throws Exception {
    Map<String, String> e = new HashMap<>(env);
    e.put("ROADMAP_VERSION", outputs.get("version"));
    e.put("ROADMAP_DIR", outputs.get("dir"));
    e.put("ROADMAP_ASSET", outputs.get("asset"));
    e.put("ROADMAP_DOWNLOAD_BASE", from.toUri().toString());
    return step("download.sh", e);
  }

  private static MinimalEnvRun validate(
      Map<String, String> env, String bin, String paths, String sarif) throws Exception {
    Map<String, String> e = new HashMap<>(env);
    e.put("ROADMAP_BIN", bin);
    e.put("ROADMAP_PATHS", paths);
    e.put("ROADMAP_FAIL_ON", "error");
    e.put("ROADMAP_SARIF", sarif);
    e.put("ROADMAP_ARGS", "");
    return step("validate.sh", e);
  }

  @Test
  void onLinuxX64TheReleaseTagRunsTheDownloadedRuntimeImage() throws Exception {
    Map<String, String> env = runner("Linux", "X64");
    env.put("GITHUB_ACTION_REF", "v" + version);
    Map<String, String> outputs = resolve(env);
    Path tools = dir.resolve("tools/roadmap/" + version);
    assertThat(outputs)
        .containsEntry("mode", "image")
        .containsEntry("version", version)
        .containsEntry("dir", tools.toString())
        .containsEntry("asset", "roadmap-" + version + "-linux-x64.tar.gz")
        .containsEntry("bin", tools + "/roadmap-" + version + "-linux-x64/bin/roadmap");
    MinimalEnvRun got = download(env, outputs, release);
    assertThat(got.code()).as(got.out() + got.err()).isZero();
    assertThat(Path.of(outputs.get("bin"))).isExecutable();

    Path sarif = dir.resolve("roadmap.sarif");
    MinimalEnvRun r =
        validate(env, outputs.get("bin"), "roadmaps/ docs/examples/errors.yaml", sarif.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("::error file=docs/examples/errors.yaml,line=18,col=16,")
        .contains("::error file=docs/examples/errors.yaml,line=29,col=16,")
        .endsWith("checked 7 files (3 included by another): 2 errors\n");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results"))
        .hasSize(2);
    assertThat(Files.readString(dir.resolve("summary.md")))
        .contains("checked 7 files (3 included by another): 2 errors");
  }

  @Test
  void elsewhereTheReleaseJarRunsWithJava() throws Exception {
    Map<String, String> env = runner("macOS", "ARM64");
    env.put("ROADMAP_VERSION", version);
    Map<String, String> outputs = resolve(env);
    assertThat(outputs)
        .containsEntry("mode", "jar")
        .containsEntry("asset", "roadmap-" + version + ".jar")
        .containsEntry("bin", dir.resolve("tools/roadmap/" + version + "/roadmap").toString());
    assertThat(download(env, outputs, release).code()).isZero();
    MinimalEnvRun r = validate(env, outputs.get("bin"), "roadmaps/", "");
    assertThat(r.out()).isEqualTo("checked 6 files (3 included by another): no problems found\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void anAssetThatDoesNotMatchItsChecksumIsRefused() throws Exception {
    Map<String, String> env = runner("macOS", "ARM64");
    env.put("ROADMAP_VERSION", version);
    Map<String, String> outputs = resolve(env);
    Files.writeString(
        release.resolve(outputs.get("asset")), "tampered", java.nio.file.StandardOpenOption.APPEND);
    MinimalEnvRun got = download(env, outputs, release);
    assertThat(got.code()).isEqualTo(1);
    assertThat(got.out())
        .isEqualTo(
            "::error title=roadmap::roadmap-"
                + version
                + ".jar does not match its SHA-256 in the release's SHA256SUMS\n");
  }

  @Test
  void anUnreleasedRefBuildsFromTheActionsSource() throws Exception {
    Map<String, String> env = runner("Linux", "X64");
    env.put("GITHUB_ACTION_REF", "main");
    assertThat(resolve(env))
        .containsOnly(
            Map.entry("mode", "source"),
            Map.entry("bin", TestFiles.root().resolve("roadmap").toString()));
    MinimalEnvRun empty = validate(env, "unused", " ", "");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.out()).isEqualTo("::error title=roadmap::the 'paths' input is empty\n");
  }
}
