package dev.roadmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The checks made on the files a command will write before it reads anything: each names a file
 * (not {@code ''}), none is one of the command's inputs (by path, symbolic link or hard link), and
 * no two are the same file. A failure is a usage error (exit 2). What the file system says when
 * writing (a directory such as {@code /} or {@code .}, a device, a FIFO, a missing parent) is
 * refused by {@link AtomicFiles} with exit 3.
 */
final class OutputTargets {
  private final List<Path> inputs = new ArrayList<>();
  private final List<Path> outputs = new ArrayList<>();
  private final List<String> options = new ArrayList<>();

  /**
   * Adds the files a command reads; {@code -} (standard input) and {@code REV:PATH} are no file.
   */
  OutputTargets reading(Collection<String> files) {
    for (String f : files) {
      if (!f.equals("-") && !f.equals(Sources.STDIN)) {
        try {
          inputs.add(Path.of(f));
        } catch (java.nio.file.InvalidPathException e) {
          // not a file name: nothing to compare with
        }
      }
    }
    return this;
  }

  /**
   * Checks {@code target}, given with {@code option}, and adds it to the outputs; nothing for null.
   *
   * @param what what is written there, for the message ("export", "report", "baseline")
   */
  OutputTargets writing(Path target, String option, String what) {
    if (target == null) {
      return this;
    }
    String given = option + (option.endsWith("=") ? "" : " ") + "'" + target + "'";
    if (target.toString().isEmpty()) {
      throw new UserException(ExitCodes.USAGE, given + " names no file; give a file name");
    }
    for (Path in : inputs) {
      if (AtomicFiles.same(in, target)) {
        throw new UserException(
            ExitCodes.USAGE,
            "refusing to write the " + what + " over its input '" + in + "' (" + given + ")");
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      if (AtomicFiles.same(outputs.get(i), target)) {
        throw new UserException(
            ExitCodes.USAGE,
            given + " is the file " + options.get(i) + " writes too; give each its own file");
      }
    }
    outputs.add(target);
    options.add(given);
    return this;
  }
}
