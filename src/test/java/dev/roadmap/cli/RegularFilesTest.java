package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.HostileCorpusTest.Proc;
import dev.roadmap.render.Plural;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the tool wrote and reads back (a baseline, the export {@code --check} compares) must be a
 * regular file, and is read within a limit: a device, a pipe with no writer or a huge file give a
 * clear message and exit 3 (or, for {@code --check}, "out of date"), not a hang or an
 * out-of-memory. The risky cases run in a child JVM with a small heap and a time bound.
 */
class RegularFilesTest {
  private static final String CLEAN =
      TestFiles.fixtures().resolve("clean-transition.yaml").toString();

  @Test
  void exportCheckAgainstDevZero_isRefused(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    Proc p =
        HostileCorpusTest.child(
            dir, "export", CLEAN, "--format", "json", "--check", "-o", "/dev/zero");
    assertThat(p.code()).as(p.show()).isEqualTo(3);
    assertThat(p.err())
        .isEqualTo(
            "roadmap: cannot read '/dev/zero': not a regular file (a device, a pipe or a socket);"
                + " name the file itself\n");
  }

  @Test
  void baselineDevZero_isRefused(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    for (String command : new String[] {"validate", "timeline"}) {
      Proc p = HostileCorpusTest.child(dir, command, CLEAN, "--baseline", "/dev/zero");
      assertThat(p.code()).as(p.show()).isEqualTo(3);
      assertThat(p.err())
          .as(command)
          .contains(
              "roadmap: cannot read '/dev/zero': not a regular file (a device, a pipe or a"
                  + " socket); name the file itself\n");
    }
  }

  @Test
  void exportCheckAgainstAPipeWithNoWriter_doesNotHang(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no mkfifo on this system");
      return;
    }
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
    Proc p =
        HostileCorpusTest.child(
            dir, "export", CLEAN, "--format", "json", "--check", "-o", fifo.toString());
    assertThat(p.code()).as(p.show()).isEqualTo(3);
    assertThat(p.err()).contains("cannot read '" + fifo + "': not a regular file");
    Proc b = HostileCorpusTest.child(dir, "validate", CLEAN, "--baseline", fifo.toString());
    assertThat(b.code()).as(b.show()).isEqualTo(3);
    assertThat(b.err()).contains("cannot read '" + fifo + "': not a regular file");
  }

  /** A file longer than the export is out of date, read no further than one byte past it. */
  @Test
  void exportCheckAgainstALongerFile_isOutOfDate(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");
    Run write = Run.of("export", CLEAN, "--format", "json", "-o", out.toString());
    assertThat(write.code()).as(write.err()).isZero();
    Files.writeString(out, Files.readString(out) + "x".repeat(1 << 20));
    Run r = Run.of("export", CLEAN, "--format", "json", "--check", "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("roadmap: " + out + " is out of date; write it again with: roadmap export ");
    assertThat(r.err())
        .endsWith(
            "  "
                + out
                + " is longer than the fresh export ("
                + Plural.of(Files.readString(out).length() - (1 << 20), "byte")
                + ")\n");
  }

  @Test
  void baselineOverTheSizeLimit_isRefused(@TempDir Path dir) throws Exception {
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{\"version\": 1, \"findings\": []}" + " ".repeat(2000));
    Run r = Run.of("validate", CLEAN, "--max-file-size", "1000", "--baseline", baseline.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "roadmap: cannot read '"
                + baseline
                + "': it is over the limit of 1000 bytes (raise it with --max-file-size if the"
                + " file is genuine)\n");
  }
}
