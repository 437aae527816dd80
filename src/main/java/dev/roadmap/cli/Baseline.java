package dev.roadmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.SourceLines;
import dev.roadmap.model.Roadmap;
import dev.roadmap.render.JsonEnvelope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A baseline: the findings accepted when it was written, keyed by code, file, the id of the element
 * they concern and the text they point at, never by line, so that edits elsewhere in the file do
 * not invalidate it. {@code --baseline} then fails only on findings it does not hold, and reports
 * entries that no longer match anything as stale.
 */
final class Baseline {
  static final int VERSION = 1;

  /** Entry key to count, sorted. */
  private final Map<String, Integer> counts;

  private Baseline(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /**
   * The baseline of these findings. The key of a finding is {@code code|file|subject|text}, where
   * subject is the id of the nearest element (milestone, phase, mission, authority) defined at or
   * above the finding's line, and text is what the finding's span covers on its first line.
   */
  static Baseline of(List<FileReport> reports, Map<String, Roadmap> roadmaps) {
    Map<String, Integer> counts = new TreeMap<>();
    for (FileReport r : reports) {
      FileKeys keys = new FileKeys(roadmaps.get(r.file()), r.source());
      for (Diagnostic d : r.diagnostics()) {
        counts.merge(keys.key(d), 1, Integer::sum);
      }
    }
    return new Baseline(counts);
  }

  /**
   * The findings the baseline does not hold, and in {@code stale} the entries that matched nothing.
   */
  List<FileReport> filter(
      List<FileReport> reports, Map<String, Roadmap> roadmaps, List<String> stale) {
    Map<String, Integer> left = new TreeMap<>(counts);
    List<FileReport> out = new ArrayList<>();
    for (FileReport r : reports) {
      List<Diagnostic> kept = new ArrayList<>();
      FileKeys keys = new FileKeys(roadmaps.get(r.file()), r.source());
      for (Diagnostic d : r.diagnostics()) {
        String k = keys.key(d);
        Integer n = left.get(k);
        if (n != null && n > 0) {
          left.put(k, n - 1);
        } else {
          kept.add(d);
        }
      }
      out.add(r.with(kept));
    }
    left.forEach(
        (k, n) -> {
          if (n > 0) {
            String[] p = k.split("\u001f", -1);
            stale.add(
                p[0]
                    + " in "
                    + p[1]
                    + (p[2].isEmpty() ? "" : " at '" + p[2] + "'")
                    + (n > 1 ? " (" + n + " times)" : ""));
          }
        });
    return out;
  }

  String toJson() {
    return JsonEnvelope.write(
        VERSION,
        g -> {
          g.writeArrayFieldStart("findings");
          for (var e : counts.entrySet()) {
            String[] p = e.getKey().split("\u001f", -1);
            g.writeStartObject();
            g.writeStringField("code", p[0]);
            g.writeStringField("file", p[1]);
            g.writeStringField("subject", p[2]);
            g.writeStringField("text", p[3]);
            g.writeNumberField("count", e.getValue());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  static Baseline parse(String json, String name) {
    Map<String, Integer> counts = new TreeMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, name);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("version")) {
          expect(t == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == VERSION, name);
        } else if (field.equals("findings")) {
          expect(t == JsonToken.START_ARRAY, name);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> entry = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              entry.put(f, p.getText());
            }
            String key =
                String.join(
                    "\u001f",
                    entry.getOrDefault("code", ""),
                    entry.getOrDefault("file", ""),
                    entry.getOrDefault("subject", ""),
                    entry.getOrDefault("text", ""));
            counts.merge(key, count(entry.getOrDefault("count", "1"), name), Baseline::plus);
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new UserException(
          ExitCodes.USAGE, "'" + name + "' is not a roadmap baseline: " + e.getMessage());
    }
    return new Baseline(counts);
  }

  /** An entry's count: a whole number from 1 to {@link Integer#MAX_VALUE}. */
  private static int count(String text, String name) {
    if (text.matches("[0-9]{1,10}")) {
      long n = Long.parseLong(text);
      if (n >= 1 && n <= Integer.MAX_VALUE) {
        return (int) n;
      }
    }
    throw new UserException(
        ExitCodes.USAGE,
        "'"
            + name
            + "' is not a roadmap baseline: a count is '"
            + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
            + "', not a whole number from 1 to "
            + Integer.MAX_VALUE);
  }

  /** Two counts of one entry added, held at {@link Integer#MAX_VALUE}: more is never needed. */
  private static int plus(int a, int b) {
    return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
  }

  private static void expect(boolean ok, String name) {
    if (!ok) {
      throw new UserException(
          ExitCodes.USAGE,
          "'"
              + name
              + "' is not a roadmap baseline"
              + " (version "
              + VERSION
              + "); write one with --write-baseline");
    }
  }

  /**
   * The keys of one file's findings: the element ids by line and the source's lines are indexed
   * once, so a file with many findings costs a binary search per finding, not a pass over it.
   */
  private static final class FileKeys {
    private final int[] lines;
    private final String[] ids;
    private final SourceLines source;

    FileKeys(Roadmap r, String source) {
      this.source = SourceLines.of(source);
      List<Map.Entry<String, dev.roadmap.model.Span>> all = new ArrayList<>();
      if (r != null) {
        var at = r.positions();
        r.authorities().forEach(a -> all.add(Map.entry(a.id(), at.of(a))));
        r.missions().forEach(m -> all.add(Map.entry(m.id(), at.of(m))));
        r.phases().forEach(p -> all.add(Map.entry(p.id(), at.of(p))));
        r.milestones().forEach(m -> all.add(Map.entry(m.id(), at.of(m))));
      }
      // By line; on a shared line the first in the order above (a stable sort keeps it first).
      List<Map.Entry<String, dev.roadmap.model.Span>> known =
          all.stream()
              .filter(e -> e.getValue().line() > 0)
              .sorted(java.util.Comparator.comparingInt(e -> e.getValue().line()))
              .toList();
      int[] l = new int[known.size()];
      String[] s = new String[known.size()];
      int n = 0;
      for (var e : known) {
        if (n == 0 || l[n - 1] != e.getValue().line()) {
          l[n] = e.getValue().line();
          s[n] = e.getKey();
          n++;
        }
      }
      lines = java.util.Arrays.copyOf(l, n);
      ids = java.util.Arrays.copyOf(s, n);
    }

    String key(Diagnostic d) {
      return String.join("\u001f", d.code().id(), d.span().file(), subject(d), text(d));
    }

    /** The id of the nearest element defined at or above the finding's line. */
    private String subject(Diagnostic d) {
      if (!d.span().isKnown()) {
        return "";
      }
      int i = java.util.Arrays.binarySearch(lines, d.span().line());
      int at = i >= 0 ? i : -i - 2;
      return at >= 0 ? ids[at] : "";
    }

    private String text(Diagnostic d) {
      var s = d.span();
      int length = s.isKnown() ? source.length(s.line()) : -1;
      if (length < 0) {
        return "";
      }
      int from = Math.min(length, Math.max(0, s.column() - 1));
      int to = s.endLine() == s.line() ? Math.min(length, s.endColumn() - 1) : length;
      return to > from ? source.part(s.line(), from, to) : "";
    }
  }
}
