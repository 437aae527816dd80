package dev.roadmap.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of the man pages from the command tree, one page a command: the build
 * runs it ({@code pom.xml}, {@code man-page-sources}) and asciidoctor makes troff of them in {@code
 * target/man}. Only the build runs it: picocli's generator is a build-time dependency, not in the
 * jar.
 */
public final class ManPages {
  private ManPages() {}

  /** Writes the pages into the directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    write(new File(args[0]));
  }

  static void write(File dir) throws IOException {
    ManPageGenerator.generateManPage(
        dir, null, new boolean[0], true, Main.tree(Env.system()).getCommandSpec());
  }
}
