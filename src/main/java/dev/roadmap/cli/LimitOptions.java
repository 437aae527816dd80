package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The limits on what a roadmap file may hold, for every command that reads one.
 *
 * <p>A run of {@code validate} builds this model in code ({@link CodedModels}): a change to these
 * annotations goes there too, and CodedModelsTest fails until the two agree.
 */
final class LimitOptions {
  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest file read, e.g. 64MiB, 500KiB or a number of bytes (default: 256MiB).")
  long maxFileBytes = Limits.DEFAULT.maxFileBytes();

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Deepest nesting of mappings and lists (default: ${DEFAULT-VALUE}).")
  int maxDepth = Limits.DEFAULT.maxDepth();

  @Option(
      names = "--max-aliases",
      paramLabel = "N",
      description = "Most YAML aliases to mappings and lists (default: ${DEFAULT-VALUE}).")
  int maxAliases = Limits.DEFAULT.maxAliases();

  @Option(
      names = "--max-scalar-length",
      paramLabel = "N",
      description = "Longest single value, in characters (default: ${DEFAULT-VALUE}).")
  int maxScalarLength = Limits.DEFAULT.maxScalarLength();

  @Option(
      names = "--max-milestones",
      paramLabel = "N",
      description = "Most milestones in one file (default: ${DEFAULT-VALUE}).")
  int maxMilestones = Limits.DEFAULT.maxMilestones();

  @Option(
      names = "--max-dependencies",
      paramLabel = "N",
      description = "Most prerequisite links in one file (default: ${DEFAULT-VALUE}).")
  int maxDependencies = Limits.DEFAULT.maxDependencies();

  Limits limits() {
    range("--max-file-size", maxFileBytes, 1L << 31);
    // Deeper nesting than this overflows the parser's stack before any limit could help.
    range("--max-depth", maxDepth, 1000);
    range("--max-aliases", maxAliases, 1_000_000);
    range("--max-scalar-length", maxScalarLength, 1 << 30);
    range("--max-milestones", maxMilestones, 100_000_000);
    range("--max-dependencies", maxDependencies, 1_000_000_000);
    return new Limits(
        maxFileBytes, maxDepth, maxAliases, maxScalarLength, maxMilestones, maxDependencies);
  }

  private static void range(String option, long value, long max) {
    if (value < 1 || value > max) {
      throw new UserException(
          ExitCodes.USAGE, option + " must be between 1 and " + max + ", not " + value);
    }
  }

  /** Sizes with an optional binary unit: 512, 500KiB, 64MiB, 1GiB (KB, MB, GB mean the same). */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
      long unit = 1;
      if (v.endsWith("KB") || v.endsWith("K")) {
        unit = 1L << 10;
      } else if (v.endsWith("MB") || v.endsWith("M")) {
        unit = 1L << 20;
      } else if (v.endsWith("GB") || v.endsWith("G")) {
        unit = 1L << 30;
      }
      String digits = v.replaceAll("[KMGB]+$", "");
      if (!digits.matches("\\d{1,12}")) {
        throw new IllegalArgumentException("'" + value + "' is not a size such as 64MiB");
      }
      return Long.parseLong(digits) * unit;
    }
  }
}
