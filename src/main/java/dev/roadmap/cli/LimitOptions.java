package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import java.math.BigInteger;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The limits on what a roadmap file may hold, for every command that reads one: the mixin "limits".
 */
final class LimitOptions implements Mixin {
  private final OptionSpec maxFileBytes =
      Specs.option(
              "--max-file-size",
              "SIZE",
              long.class,
              "Largest file read, e.g. 64MiB, 500KiB or a number of bytes (default: 256MiB).")
          .converters(new SizeConverter())
          .initialValue(Limits.DEFAULT.maxFileBytes())
          .build();

  private final OptionSpec maxDepth =
      limit(
          "--max-depth",
          "Deepest nesting of mappings and lists (default: ${DEFAULT-VALUE}).",
          Limits.DEFAULT.maxDepth());

  private final OptionSpec maxAliases =
      limit(
          "--max-aliases",
          "Most YAML aliases to mappings and lists (default: ${DEFAULT-VALUE}).",
          Limits.DEFAULT.maxAliases());

  private final OptionSpec maxScalarLength =
      limit(
          "--max-scalar-length",
          "Longest single value, in characters (default: ${DEFAULT-VALUE}).",
          Limits.DEFAULT.maxScalarLength());

  private final OptionSpec maxMilestones =
      limit(
          "--max-milestones",
          "Most milestones in one file (default: ${DEFAULT-VALUE}).",
          Limits.DEFAULT.maxMilestones());

  private final OptionSpec maxDependencies =
      limit(
          "--max-dependencies",
          "Most prerequisite links in one file (default: ${DEFAULT-VALUE}).",
          Limits.DEFAULT.maxDependencies());

  private static OptionSpec limit(String name, String description, int initial) {
    return Specs.option(name, "N", int.class, description).initialValue(initial).build();
  }

  @Override
  public void addTo(CommandSpec command) {
    command.addMixin(
        "limits",
        Specs.mixin(
            this,
            maxFileBytes,
            maxDepth,
            maxAliases,
            maxScalarLength,
            maxMilestones,
            maxDependencies));
  }

  /** The limits given; exit 2 when one is out of its range. */
  Limits limits() {
    long fileBytes = maxFileBytes.getValue();
    int depth = maxDepth.getValue();
    int aliases = maxAliases.getValue();
    int scalarLength = maxScalarLength.getValue();
    int milestones = maxMilestones.getValue();
    int dependencies = maxDependencies.getValue();
    range("--max-file-size", fileBytes, MAX_FILE_BYTES);
    // Deeper nesting than this overflows the parser's stack before any limit could help.
    range("--max-depth", depth, 1000);
    range("--max-aliases", aliases, 1_000_000);
    range("--max-scalar-length", scalarLength, 1 << 30);
    range("--max-milestones", milestones, 100_000_000);
    range("--max-dependencies", dependencies, 1_000_000_000);
    return new Limits(fileBytes, depth, aliases, scalarLength, milestones, dependencies);
  }

  private static void range(String option, long value, long max) {
    if (value < 1 || value > max) {
      throw new UserException(
          ExitCodes.USAGE, option + " must be between 1 and " + max + ", not " + value);
    }
  }

  /** The largest {@code --max-file-size}: 2GiB. */
  static final long MAX_FILE_BYTES = 1L << 31;

  /**
   * Sizes with an optional binary unit: 512, 500KiB, 64MiB, 1GiB (KB, MB, GB mean the same), from 1
   * byte to {@link #MAX_FILE_BYTES}. A mistake is a {@link TypeConversionException}, whose message
   * picocli shows as it is: one line, in the words of the option.
   */
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
      boolean negative = digits.startsWith("-");
      if (!digits.substring(negative ? 1 : 0).matches("\\d+")) {
        throw new TypeConversionException(
            "'" + value + "' is not a size such as 64MiB, 500KiB or 1048576");
      }
      // As a big number: a size too large for a long is too large, not a negative one.
      BigInteger bytes = new BigInteger(digits).multiply(BigInteger.valueOf(unit));
      if (bytes.signum() <= 0 || bytes.compareTo(BigInteger.valueOf(MAX_FILE_BYTES)) > 0) {
        throw new TypeConversionException("'" + value + "' is not between 1 byte and 2GiB");
      }
      return bytes.longValueExact();
    }
  }
}
