package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One mistake, one finding: single-mistake mutations of the roadmaps in {@code roadmaps/} (the
 * sample) and {@code roadmaps/examples/}, each of which must give exactly one primary finding (an
 * error or a warning that the unmutated file does not give) on the line of the mistake, or on the
 * line of the item it is in.
 *
 * <p>The mutations: every key deleted, misspelled (two letters swapped), indented one space less
 * and one space more; every id mistyped (its last letter dropped) where it is defined and where it
 * is required; every date made impossible (month 13); for each milestone whose one-line list of
 * prerequisites starts with a milestone that requires nothing, the reverse link added (a cycle of
 * two); and every one-line prerequisite reversed where that makes no cycle (the dependent made the
 * prerequisite). They are generated from the text, in file order, and sampled deterministically
 * (every {@link #STEP}th of each kind).
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
 *       more: the one finding is at the definition.) Mistyped into another milestone's id, the one
 *       finding is RM200 at the second of the two, which names the id as it was; when the mistyped
 *       one is written first, that is the other one, and the RM200 names the mistyped one's line.
 *   <li>A reversed prerequisite is often a valid roadmap that means something else: when the dates
 *       allow it, it gives nothing. When they do not, the one finding is at the reversed link
 *       (RM300, or RM301 against the phase order). What the new roadmap then says elsewhere is true
 *       of it and not counted: a transfer whose readiness link was reversed has none before it
 *       (RM403), a milestone done requires one that is not (RM500) or is withdrawn (RM502), another
 *       link is now implied (RM207). {@link #someReversedPrerequisites_giveTheirOneFinding} keeps
 *       this from passing on nothing.
 *   <li>{@code x-} keys, comments and text inside values are not mutated; a key whose value is a
 *       block scalar ({@code notes: |}) is deleted with its block.
 * </ul>
 *
 * <p>Run time: all of them (about 2,450 today, three quarters of them of the sample) take 30-50
 * seconds on a loaded two-core machine, each a load and a check of a whole roadmap. Raise {@link
 * #STEP} when the roadmaps grow.
 */
class MutationCorpusTest {
  /**
   * Every STEP-th mutation of each kind is run: the sample, the same every run. All of them are
   * today (see the class for the time they take).
   */
  static final int STEP = 1;

  private static final Pattern KEY_LINE = Pattern.compile("^( *)(- )?([a-z][a-z-]*): ?(.*)$");

  /** A one-line list of prerequisites: its first id. */
  private static final Pattern FLOW_REQUIRES =
      Pattern.compile("^( *requires: \\[)([a-z0-9][a-z0-9._-]*[a-z0-9])([,\\]].*)$");

  private static final Pattern DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /**
   * A mutated text, the lines where its one finding may be (the mistake's, the item's it is in),
   * and what it must give.
   */
  record Mutation(
      String name, String text, Set<Integer> lines, boolean mayBeClean, String elsewhere) {
    Mutation(
        String name, String text, int line, int itemLine, boolean mayBeClean, String elsewhere) {
      this(name, text, lines(line, itemLine), mayBeClean, elsewhere);
    }

    Mutation(String name, String text, int line, int itemLine, boolean mayBeClean) {
      this(name, text, line, itemLine, mayBeClean, null);
    }

    static Set<Integer> lines(Integer... lines) {
      return new java.util.TreeSet<>(List.of(lines));
    }

    /** The line of the mistake itself: the first of {@link #lines}. */
    int line() {
      return lines.stream().min(Integer::compare).orElseThrow();
    }
  }

  /** The roadmaps mutated: the sample and the examples. */
  static List<Path> samples() {
    List<Path> all = new ArrayList<>();
    all.addAll(TestFiles.list(TestFiles.root().resolve("roadmaps"), ".yaml"));
    all.addAll(TestFiles.list(TestFiles.root().resolve("roadmaps/examples"), ".yaml"));
    return all;
  }

  @TestFactory
  Stream<DynamicTest> eachMutationGivesOnePrimaryFindingAtItsLine() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> samples = samples();
    assertThat(samples).hasSizeGreaterThan(1);
    for (Path sample : samples) {
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
      assertThat(kinds.keySet())
          .as("kinds of mutation of %s", sample.getFileName())
          .containsExactlyInAnyOrder(
              "delete",
              "misspell",
              "dedent",
              "indent",
              "id",
              "reference",
              "date",
              "cycle",
              "reverse");
    }
    assertThat(tests).hasSizeGreaterThan(2000);
    return tests.stream();
  }

  /**
   * Reversed prerequisites are mostly a valid roadmap that means something else, so they may give
   * nothing; but not all of them: the dates of many contradict the reversed link, and that finding
   * must be the one, at its line.
   */
  @org.junit.jupiter.api.Test
  void someReversedPrerequisites_giveTheirOneFinding() {
    int found = 0;
    int all = 0;
    for (Path sample : samples()) {
      String text = TestFiles.read(sample);
      Map<String, Integer> base = counts(Findings.of("sample.yaml", text));
      for (Mutation m : mutations(text)) {
        if (m.name().startsWith("reverse ")) {
          all++;
          found += beyond(Findings.of("sample.yaml", m.text()), base).isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(all).isGreaterThan(30);
    assertThat(found).as("of %s reversed", all).isGreaterThan(all / 4);
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
    if (m.name().startsWith("reverse ")) {
      // What a reversed link means besides (see the class): true of the new roadmap, elsewhere.
      primary = primary.stream().filter(d -> !REVERSED_MEANS.contains(d.code())).toList();
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
    if (m.elsewhere() != null
        && primary.size() == 1
        && primary.get(0).code() == Code.DUPLICATE_ID
        && primary.get(0).message().contains("(first defined at line " + m.line() + ")")) {
      return; // the id mistyped into another's, written first: the RM200 is at the other one
    }
    assertThat(primary)
        .as(
            "new findings of %s: %s",
            m.name(), primary.stream().map(d -> d.code().id() + "@" + d.span().line()).toList())
        .hasSize(1);
    int line = primary.get(0).span().line();
    assertThat(line).as("line of %s: %s", m.name(), primary.get(0).message()).isIn(m.lines());
  }

  /**
   * Findings a reversed prerequisite may give besides its one, being true of what the roadmap now
   * says: a transfer whose readiness link was reversed has none before it (RM403); a milestone done
   * now requires one not done (RM500) or withdrawn (RM502); a link another now implies (RM207).
   */
  private static final Set<Code> REVERSED_MEANS =
      Set.of(
          Code.TRANSFER_WITHOUT_READINESS,
          Code.DONE_BEFORE_PREREQUISITE,
          Code.REQUIRES_WITHDRAWN,
          Code.REDUNDANT_PREREQUISITE);

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
    String section = "";
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
      if (indent.isEmpty() && dash.isEmpty()) {
        section = key;
      }
      // A source needs its id alone: its title, publisher, date and url are optional.
      boolean source = section.equals("sources");
      int itemLine = indent.isEmpty() && dash.isEmpty() ? root : dash.isEmpty() ? item : n;
      if (indent.isEmpty() && !dash.isEmpty()) {
        continue;
      }
      if (!key.startsWith("x-") && dash.isEmpty() && !value.isEmpty()) {
        boolean required =
            indent.isEmpty()
                ? TOP_REQUIRED.contains(key)
                : !source && MILESTONE_REQUIRED.contains(key);
        // A deleted line: the next line takes its number. A key whose value is a block scalar
        // (notes: |) is deleted with the block's lines.
        out.add(
            new Mutation(
                "delete " + n + " " + key,
                delete(lines, i, block(lines, i, indent.length() + dash.length(), value)),
                n,
                itemLine,
                !required));
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
      // Not yet for a source: a source id renamed into another's is its RM200 and an RM210 at each
      // citation of the old id, where a milestone's is one RM200 that names them (RenamedIds).
      if (key.equals("id") && !source && value.matches("[a-z0-9][a-z0-9._-]*[a-z0-9]")) {
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
    out.addAll(reversals(lines));
    return out;
  }

  /**
   * A milestone of the text, as the mutations of its links need it: the index of its {@code - id:}
   * line, of its one-line {@code requires: [...]} (-1 when it has none, or a list of lines), the
   * ids that list names, and every id it requires however written.
   */
  record Item(String id, int idLine, int flowLine, List<String> flow, Set<String> requires) {}

  private static final Pattern ITEM = Pattern.compile("^  - id: ([a-z0-9][a-z0-9._-]*)\\s*$");
  private static final Pattern FLOW_LIST =
      Pattern.compile("^    requires: \\[([a-z0-9][a-z0-9._, -]*)]\\s*$");
  private static final Pattern NAMED =
      Pattern.compile("^ {6,}- (?:\\{?id: )?([a-z0-9][a-z0-9._-]*)\\b.*$");

  /** The milestones of {@code lines}, by id, in file order. */
  static Map<String, Item> items(List<String> lines) {
    Map<String, Item> out = new LinkedHashMap<>();
    int start = lines.indexOf("milestones:");
    for (int i = start + 1; start >= 0 && i < lines.size(); i++) {
      Matcher item = ITEM.matcher(lines.get(i));
      if (!item.matches()) {
        continue;
      }
      int flowLine = -1;
      List<String> flow = new ArrayList<>();
      Set<String> requires = new LinkedHashSet<>();
      boolean inRequires = false;
      for (int j = i + 1; j < lines.size() && !ITEM.matcher(lines.get(j)).matches(); j++) {
        String l = lines.get(j);
        Matcher f = FLOW_LIST.matcher(l);
        if (f.matches()) {
          flowLine = j;
          for (String id : f.group(1).split(",")) {
            flow.add(id.strip());
          }
          requires.addAll(flow);
        }
        if (l.startsWith("    ") && !l.startsWith("     ") && !l.isBlank()) {
          inRequires = l.equals("    requires:");
        }
        Matcher named = NAMED.matcher(l);
        if (inRequires && named.matches()) {
          requires.add(named.group(1));
        }
      }
      out.putIfAbsent(item.group(1), new Item(item.group(1), i, flowLine, flow, requires));
    }
    return out;
  }

  /**
   * For each one-line prerequisite whose milestone requires nothing, that milestone made to require
   * its dependent back: a cycle of two, one RM206 at the added line.
   */
  private static List<Mutation> cycles(List<String> lines) {
    Map<String, Item> items = items(lines);
    List<Mutation> out = new ArrayList<>();
    for (Item current : items.values()) {
      if (current.flow().isEmpty()) {
        continue;
      }
      Item p = items.get(current.flow().get(0));
      if (p == null || !p.requires().isEmpty()) {
        continue;
      }
      List<String> mutated = new ArrayList<>(lines);
      mutated.add(p.idLine() + 1, "    requires: [" + current.id() + "]");
      out.add(
          new Mutation(
              "cycle " + (p.idLine() + 2) + " " + p.id() + "->" + current.id(),
              String.join("\n", mutated) + "\n",
              p.idLine() + 2,
              p.idLine() + 1,
              false));
    }
    return out;
  }

  /**
   * Each one-line prerequisite reversed where that makes no cycle: taken from the list of the
   * milestone that requires it (the line deleted when it is the only one), and the milestone it
   * named made to require that one instead (added to its one-line list, or as a new line after its
   * id). A link reversed where the dependent reaches the prerequisite another way too would close a
   * cycle: that is the "cycle" mutation's case, not this one's.
   */
  private static List<Mutation> reversals(List<String> lines) {
    Map<String, Item> items = items(lines);
    List<Mutation> out = new ArrayList<>();
    for (Item current : items.values()) {
      for (String target : current.flow()) {
        Item p = items.get(target);
        if (p == null
            || (p.flowLine() < 0 && !p.requires().isEmpty())
            || reaches(items, current.id(), target, true)) {
          continue;
        }
        List<String> mutated = new ArrayList<>(lines);
        // The added link first, where its line is known; then the link taken away.
        int added;
        if (p.flowLine() >= 0) {
          added = p.flowLine();
          String l = mutated.get(added);
          mutated.set(added, l.substring(0, l.lastIndexOf(']')) + ", " + current.id() + "]");
        } else {
          added = p.idLine() + 1;
          mutated.add(added, "    requires: [" + current.id() + "]");
        }
        int from = current.flowLine() + (added <= current.flowLine() && p.flowLine() < 0 ? 1 : 0);
        List<String> rest = new ArrayList<>(current.flow());
        rest.remove(target);
        int idLine = current.idLine() + (added <= current.idLine() && p.flowLine() < 0 ? 1 : 0);
        int pIdLine = p.idLine();
        if (rest.isEmpty()) {
          mutated.remove(from);
          added -= from < added ? 1 : 0;
          pIdLine -= from < pIdLine ? 1 : 0;
          from = idLine; // no line left of that list: the item's line
        } else {
          mutated.set(from, "    requires: [" + String.join(", ", rest) + "]");
        }
        out.add(
            new Mutation(
                "reverse " + (added + 1) + " " + current.id() + "->" + target,
                String.join("\n", mutated) + "\n",
                Mutation.lines(added + 1, pIdLine + 1, from + 1, idLine + 1),
                true,
                null));
      }
    }
    return out;
  }

  /**
   * Whether {@code from} requires {@code to}, directly or through others; with {@code skipDirect},
   * not counting a direct link of {@code from} to {@code to}.
   */
  private static boolean reaches(
      Map<String, Item> items, String from, String to, boolean skipDirect) {
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
    Set<String> seen = new java.util.HashSet<>();
    for (String r : items.get(from).requires()) {
      if (!(skipDirect && r.equals(to))) {
        todo.push(r);
      }
    }
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (id.equals(to)) {
        return true;
      }
      Item item = items.get(id);
      if (seen.add(id) && item != null) {
        item.requires().forEach(todo::push);
      }
    }
    return false;
  }

  /** Keys of the top level whose deletion is a mistake: the format requires them. */
  private static final List<String> TOP_REQUIRED =
      List.of("roadmap", "title", "start", "phases", "milestones");

  /** Keys of a milestone (or of any element below the top) that the format requires. */
  private static final List<String> MILESTONE_REQUIRED = List.of("title", "phase", "from", "to");

  /** The keys whose value is a date. */
  private static final List<String> DATE_KEYS =
      List.of("start", "end", "date", "as-of", "not-before", "deadline");

  /**
   * The index of the last line of the value of the key on line {@code i}: the line itself, or the
   * last line more indented than the key that follows a block scalar's {@code |} or {@code >}.
   */
  private static int block(List<String> lines, int i, int keyColumn, String value) {
    if (!value.matches("[|>][-+0-9]*( +#.*)?")) {
      return i;
    }
    int end = i;
    for (int j = i + 1; j < lines.size(); j++) {
      String l = lines.get(j);
      if (!l.isBlank() && l.length() - l.stripLeading().length() <= keyColumn) {
        break;
      }
      end = j;
    }
    return end;
  }

  /** The text without lines {@code from} to {@code to}, both included. */
  private static String delete(List<String> lines, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < lines.size(); j++) {
      if (j < from || j > to) {
        b.append(lines.get(j)).append('\n');
      }
    }
    return b.toString();
  }

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
