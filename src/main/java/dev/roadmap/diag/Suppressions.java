package dev.roadmap.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies inline suppression comments and {@code --disable}/{@code --enable} to a file's findings.
 * A directive naming a code that does not exist is RM110; with {@code reportUnused}, a directive
 * (or one of its codes) that silenced nothing is RM111. These two are never suppressed.
 */
public final class Suppressions {
  private Suppressions() {}

  /**
   * What the command line asks for.
   *
   * @param inline false with {@code --no-inline-config}: comments are ignored
   * @param reportUnused true with {@code --report-unused-disables}
   * @param disabled codes or families ({@code RM4xx}) dropped from the output
   * @param enabled codes or families kept even when {@code disabled} names them, and the opt-in
   *     codes turned on
   */
  public record Options(
      boolean inline, boolean reportUnused, List<String> disabled, List<String> enabled) {
    public Options {
      disabled = List.copyOf(disabled);
      enabled = List.copyOf(enabled);
    }

    public static final Options DEFAULT = new Options(true, false, List.of(), List.of());

    /** True when {@code patterns} name the code or its family. */
    public static boolean names(Code code, List<String> patterns) {
      return matches(code, patterns);
    }
  }

  public static List<Diagnostic> apply(
      List<Diagnostic> findings, List<Directive> directives, Options options) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    // The directives by the line they silence: a big roadmap has thousands of each.
    Map<Integer, List<Directive>> byTarget = new HashMap<>();
    if (options.inline()) {
      for (Directive dir : directives) {
        byTarget.computeIfAbsent(dir.target(), t -> new ArrayList<>(1)).add(dir);
      }
    }
    for (Diagnostic d : findings) {
      if (!selected(d.code(), options)) {
        continue;
      }
      boolean silenced = false;
      if (options.inline()) {
        for (Directive dir : byTarget.getOrDefault(d.span().line(), List.of())) {
          for (String c : dir.codes()) {
            if (d.code().isNamed(c)) {
              silenced = true;
              used.add(key(dir, c));
            }
          }
        }
      }
      if (!silenced) {
        out.add(d);
      }
    }
    if (options.inline()) {
      for (Directive dir : directives) {
        if (dir.codes().isEmpty()) {
          out.add(
              Diagnostic.of(
                  Code.UNKNOWN_SUPPRESSED_CODE,
                  dir.span(),
                  "suppression comment names no code",
                  "name the codes to silence: '# roadmap: disable-line RM206 -- reason'"));
          continue;
        }
        for (String c : dir.codes()) {
          if (Code.find(c).isEmpty()) {
            out.add(
                Diagnostic.of(
                    Code.UNKNOWN_SUPPRESSED_CODE,
                    dir.span(),
                    "suppression comment names '" + c + "', which is not a code",
                    Code.didYouMean(c)));
          } else if (options.reportUnused() && !used.contains(key(dir, c))) {
            out.add(
                Diagnostic.of(
                    Code.UNUSED_SUPPRESSION,
                    dir.span(),
                    "suppression of "
                        + Code.find(c).orElseThrow().id()
                        + " on line "
                        + dir.target()
                        + " silences nothing",
                    "remove it, or the code from it, now that the finding is gone"));
          }
        }
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  private static String key(Directive d, String code) {
    return d.span().line() + ":" + code.toUpperCase(Locale.ROOT);
  }

  /**
   * Whether a code survives {@code --disable} and {@code --enable}. An opt-in code survives only
   * when {@code --enable} names it, by id or by name.
   */
  static boolean selected(Code code, Options options) {
    if (code.optIn()) {
      return options.enabled().stream().anyMatch(code::isNamed);
    }
    return !matches(code, options.disabled()) || matches(code, options.enabled());
  }

  /**
   * True when a list names the code itself ({@code RM403}), its family ({@code RM4xx}, {@code
   * RM4x}, {@code RM4}) or a run of its family ending in x ({@code RM40x}).
   */
  static boolean matches(Code code, List<String> patterns) {
    for (String p : patterns) {
      String u = p.toUpperCase(Locale.ROOT);
      if (code.isNamed(p)) {
        return true;
      }
      String stem = u.replaceAll("X+$", "");
      if (stem.length() == 3) {
        if (stem.equals(code.family().prefix())) {
          return true;
        }
      } else if (stem.length() > 3 && !stem.equals(u) && code.id().startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
