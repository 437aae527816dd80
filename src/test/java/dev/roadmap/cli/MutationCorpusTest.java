package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One mistake, one finding: single-mistake mutations of the sample roadmaps, each of which must
 * give exactly one primary finding (an error or a warning that the unmutated file does not give) on
 * the line of the mistake, or on the line of the item it is in.
 *
 * <p>The mutations: every key deleted, misspelled (two letters swapped), indented one space less
 * and one space more; every id mistyped (its last letter dropped) where it is defined and where it
 * is required; every date made impossible (month 13); and, for one prerequisite of each milestone
 * that has any, the reverse link added (a cycle of two). They are generated from the text, in file
 * order, and sampled deterministically (every {@link #STEP}th of each kind) to keep the run short.
 *
 * <p>Exceptions, each a mistake that is no mistake in the format or whose one finding is elsewhere
 * by design ({@link #check}):
 *
 * <ul>
 *   <li>Deleting an optional key (a date, a status, a kind, a source...) leaves a valid roadmap
 *       that means something else: its findings are true of the new meaning (a milestone no longer
 *       done is overdue, what was done after it is now done before it, a suppression may have
 *       nothing left to silence). They are not counted; none may be a finding of the file's format.
 *   <li>Mistyping an id where it is defined, when nothing names it, gives no finding: ids are free.
 *       When one place names it, the reference is as likely the typo as the definition, so the one
 *       finding is at the reference (RM201-RM204, RM209), naming the id as it was. (Two places or
 *       more: the one finding is at the definition.)
 *   <li>{@code x-} keys, comments and text inside values are not mutated.
 * </ul>
 */
class MutationCorpusTest {
  /**
   * Every STEP-th mutation of each kind is run: the sample, the same every run. All of them (about
   * 1,800 for the samples of today) take under ten seconds; raise it when the samples grow.
   */
  static final int STEP = 1;

  private static final Pattern KEY_LINE = Pattern.compile("^( *)(- )?([a-z][a-z-]*): ?(.*)$");

  /** A one-line list of prerequisites: its first id. */
  private static final Pattern FLOW_REQUIRES =
      Pattern.compile("^( *requires: \\[)([a-z0-9][a-z0-9._-]*[a-z0-9])([,\\]].*)$");

  private static final Pattern DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** A mutated text, where the mistake is, and what it must give. */
  record Mutation(
      String name, String text, int line, int itemLine, boolean mayBeClean, String elsewhere) {
    Mutation(String name, String text, int line, int itemLine, boolean mayBeClean) {
      this(name, text, line, itemLine, mayBeClean, null);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachMutationGivesOnePrimaryFindingAtItsLine() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path sample : TestFiles.list(TestFiles.root().resolve("roadmaps"), ".yaml")) {
      String text = TestFiles.read(sample);
      Map<String, Integer> base = counts(Findings.of("sample.yaml", text));
      List<Mutation> all = mutations(text);
      assertThat(all).as("mutations of %s", sample.getFileName()).hasSizeGreaterThan(100);
      Map<String, Integer> kinds = new HashMap<>();
      for (Mutation m : all) {
        String kind = m.name().substring(0, m.name().indexOf(' '));
        int n = kinds.merge(kind, 1, Integer::sum);
        if ((n - 1) % STEP != 0) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(sample.getFileName() + ": " + m.name(), () -> check(m, base)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(300);
    return tests.stream();
  }

  private static void check(Mutation m, Map<String, Integer> base) {
    List<Diagnostic> found = Findings.of("sample.yaml", m.text());
    List<Diagnostic> primary = beyond(found, base);
    if (m.name().startsWith("delete") && m.mayBeClean()) {
      // An optional key deleted: a valid roadmap that means something else (see the class).
      assertThat(primary)
          .as("findings of %s", m.name())
          .noneMatch(
              d -> d.code().family() == Code.Family.FILE && d.code() != Code.UNUSED_SUPPRESSION);
      return;
    }
    if (m.mayBeClean() && primary.isEmpty()) {
      return;
    }
    if (m.elsewhere() != null
        && primary.size() == 1
        && primary.get(0).code().family() == Code.Family.REFERENCES
        && primary.get(0).message().contains("'" + m.elsewhere() + "'")) {
      return; // the one finding is at the one reference to the id as it was
    }
    assertThat(primary)
        .as(
            "new findings of %s: %s",
            m.name(), primary.stream().map(d -> d.code().id() + "@" + d.span().line()).toList())
        .hasSize(1);
    int line = primary.get(0).span().line();
    assertThat(line)
        .as("line of %s: %s", m.name(), primary.get(0).message())
        .isIn(m.line(), m.itemLine());
  }

  /** The errors and warnings of {@code found} beyond those the unmutated file gives. */
  private static List<Diagnostic> beyond(List<Diagnostic> found, Map<String, Integer> base) {
    Map<String, Integer> left = new HashMap<>(base);
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : found) {
      if (d.severity() == Severity.INFO) {
        continue;
      }
      String k = key(d);
      Integer n = left.get(k);
      if (n != null && n > 0) {
        left.put(k, n - 1);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static Map<String, Integer> counts(List<Diagnostic> found) {
    Map<String, Integer> m = new HashMap<>();
    for (Diagnostic d : found) {
      m.merge(key(d), 1, Integer::sum);
    }
    return m;
  }

  private static String key(Diagnostic d) {
    return d.code().id() + " " + d.message();
  }

  /** Every mutation of {@code text}, in file order within each kind. */
  static List<Mutation> mutations(String text) {
    List<String> lines = text.lines().toList();
    List<Mutation> out = new ArrayList<>();
    int item = 0;
    int root = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      int n = i + 1;
      Matcher k = KEY_LINE.matcher(l);
      if (l.stripLeading().startsWith("- ")) {
        item = n;
      }
      if (!k.matches() || l.stripLeading().startsWith("#")) {
        continue;
      }
      String indent = k.group(1);
      String dash = k.group(2) == null ? "" : k.group(2);
      String key = k.group(3);
      String value = k.group(4);
      if (indent.isEmpty() && dash.isEmpty() && root == 0) {
        root = n; // a finding about the whole roadmap is at its first key
      }
      int itemLine = indent.isEmpty() && dash.isEmpty() ? root : dash.isEmpty() ? item : n;
      if (indent.isEmpty() && !dash.isEmpty()) {
        continue;
      }
      if (!key.startsWith("x-") && dash.isEmpty() && !value.isEmpty()) {
        boolean required =
            indent.isEmpty() ? TOP_REQUIRED.contains(key) : MILESTONE_REQUIRED.contains(key);
        // A deleted line: the next line takes its number.
        out.add(
            new Mutation(
                "delete " + n + " " + key, replace(lines, i, null), n, itemLine, !required));
      }
      if (key.length() >= 4 && !key.startsWith("x-")) {
        String typo = key.charAt(1) + "" + key.charAt(0) + key.substring(2);
        out.add(
            new Mutation(
                "misspell " + n + " " + key,
                replace(lines, i, indent + dash + typo + ": " + value),
                n,
                itemLine,
                false));
      }
      if (dash.isEmpty() && !indent.isEmpty() && !value.isEmpty()) {
        out.add(
            new Mutation(
                "dedent " + n + " " + key,
                replace(lines, i, indent.substring(1) + key + ": " + value),
                n,
                itemLine,
                false));
        out.add(
            new Mutation(
                "indent " + n + " " + key,
                replace(lines, i, " " + indent + key + ": " + value),
                n,
                itemLine,
                false));
      }
      if (key.equals("id") && value.matches("[a-z0-9][a-z0-9._-]*[a-z0-9]")) {
        String typo = value.substring(0, value.length() - 1);
        out.add(
            new Mutation(
                "id " + n + " " + value,
                replace(lines, i, indent + dash + key + ": " + typo),
                n,
                itemLine,
                true,
                value));
      }
      Matcher r = FLOW_REQUIRES.matcher(l);
      if (r.matches()) {
        String target = r.group(2);
        out.add(
            new Mutation(
                "reference " + n + " " + target,
                replace(
                    lines, i, r.group(1) + target.substring(0, target.length() - 1) + r.group(3)),
                n,
                itemLine,
                false));
      }
      Matcher d = DATE.matcher(value);
      if (d.find() && DATE_KEYS.contains(key) && !value.contains("#")) {
        String bad = value.substring(0, d.start(2)) + "13" + value.substring(d.end(2));
        out.add(
            new Mutation(
                "date " + n + " " + key,
                replace(lines, i, indent + dash + key + ": " + bad),
                n,
                itemLine,
                false));
      }
    }
    out.addAll(cycles(lines));
    return out;
  }

  /**
   * For each milestone whose one-line prerequisites start with a milestone that has none, that
   * milestone made to require it back: a cycle of two, one RM206 at the added line.
   */
  private static List<Mutation> cycles(List<String> lines) {
    Map<String, Integer> idLine = new HashMap<>();
    Map<String, Boolean> hasRequires = new HashMap<>();
    String current = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher k = KEY_LINE.matcher(lines.get(i));
      if (!k.matches()) {
        continue;
      }
      if (k.group(2) != null && k.group(3).equals("id") && k.group(1).equals("  ")) {
        current = k.group(4).strip();
        idLine.put(current, i);
        hasRequires.put(current, false);
      } else if (current != null && k.group(3).equals("requires") && k.group(1).equals("    ")) {
        hasRequires.put(current, true);
      }
    }
    List<Mutation> out = new ArrayList<>();
    current = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher k = KEY_LINE.matcher(lines.get(i));
      if (k.matches() && k.group(2) != null && k.group(3).equals("id") && k.group(1).equals("  ")) {
        current = k.group(4).strip();
      }
      Matcher r = FLOW_REQUIRES.matcher(lines.get(i));
      if (current == null || !r.matches()) {
        continue;
      }
      String p = r.group(2);
      Integer at = idLine.get(p);
      if (at == null || hasRequires.get(p)) {
        continue;
      }
      List<String> mutated = new ArrayList<>(lines);
      mutated.add(at + 1, "    requires: [" + current + "]");
      out.add(
          new Mutation(
              "cycle " + (at + 2) + " " + p + "->" + current,
              String.join("\n", mutated) + "\n",
              at + 2,
              at + 1,
              false));
    }
    return out;
  }

  /** Keys of the top level whose deletion is a mistake: the format requires them. */
  private static final List<String> TOP_REQUIRED =
      List.of("roadmap", "title", "start", "phases", "milestones");

  /** Keys of a milestone (or of any element below the top) that the format requires. */
  private static final List<String> MILESTONE_REQUIRED = List.of("title", "phase", "from", "to");

  /** The keys whose value is a date. */
  private static final List<String> DATE_KEYS =
      List.of("start", "end", "date", "as-of", "not-before", "deadline");

  private static String replace(List<String> lines, int i, String with) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < lines.size(); j++) {
      if (j == i) {
        if (with != null) {
          b.append(with).append('\n');
        }
      } else {
        b.append(lines.get(j)).append('\n');
      }
    }
    return b.toString();
  }
}
