package dev.roadmap.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TaskJuggler 3 project of a roadmap, written from its schedule as {@code roadmap export
 * --format json} gives it, so that tj3 schedules the same tasks as roadmap reads: for
 * bench/compare.sh's shapes that bench/Generate.java does not write a project for (the sample
 * roadmap repeated). Runs with roadmap's jar on the class path, for Jackson's streaming parser:
 *
 * <pre>
 *   ./roadmap export R.yaml --format json -o R.json
 *   java -cp target/roadmap.jar bench/ExportTjp.java R.json R.tjp
 * </pre>
 *
 * <p>Each milestone is a task of its duration in calendar days (a zero-length one a {@code
 * milestone}); links are written as bench/Generate.java writes them (its class comment says how).
 * A task is given its start, as roadmap dates it, when it is pinned, when no prerequisite drives
 * it (it waits for the roadmap's start or a not-before), or when one of its links has no exact
 * TaskJuggler form (a gap that would be negative); a deadline becomes {@code maxend}. Prints how
 * many tasks were given a start for each reason.
 */
public final class ExportTjp {
  record Link(String id, String type, int lag) {}

  record Task(
      String id, String title, int duration, boolean pinned, String start, String drivenBy,
      String deadline, List<Link> requires) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java -cp target/roadmap.jar bench/ExportTjp.java R.json R.tjp");
      System.exit(2);
    }
    String[] project = new String[3]; // title, start, end
    List<Task> tasks = read(Path.of(args[0]), project);
    Map<String, Task> byId = new HashMap<>();
    for (Task t : tasks) {
      byId.put(t.id(), t);
    }
    int pinned = 0;
    int undriven = 0;
    int inexact = 0;
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("# Written by bench/ExportTjp.java from roadmap's JSON export of the same roadmap.\n")
        .append("project roadmap \"")
        .append(project[0].replace("\"", "'"))
        .append("\" ")
        .append(project[1])
        .append(" - ")
        .append(LocalDate.parse(project[2]).plusDays(31))
        .append(" {\n  timezone \"UTC\"\n}\n");
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Task t : tasks) {
        StringBuilder deps = new StringBuilder();
        boolean exact = true;
        boolean driven = false;
        for (Link l : t.requires()) {
          Task q = byId.get(l.id());
          boolean onStart;
          int gap;
          switch (l.type()) {
            case "start-to-start" -> {
              onStart = true;
              gap = l.lag();
            }
            case "finish-to-finish" -> {
              onStart = true;
              gap = q.duration() + l.lag() - t.duration();
            }
            default -> {
              onStart = l.lag() < 0;
              gap = onStart ? q.duration() + l.lag() : l.lag();
            }
          }
          if (gap < 0) {
            exact = false;
            continue;
          }
          driven |= l.id().equals(t.drivenBy());
          if (q.duration() == 0) {
            onStart = false; // TaskJuggler 3.7.1 reports a loop for onstart on a milestone
          }
          deps.append(deps.length() == 0 ? " depends " : ", ").append(tjId(l.id()));
          if (onStart || gap > 0) {
            deps.append(" {").append(onStart ? " onstart" : "");
            deps.append(gap > 0 ? " gapduration " + gap + "d" : "").append(" }");
          }
        }
        b.append("task ").append(tjId(t.id())).append(" \"");
        b.append(t.title().replace("\"", "'")).append("\" {");
        b.append(t.duration() == 0 ? " milestone" : " duration " + t.duration() + "d");
        if (t.pinned() || !driven || !exact) {
          b.append(" start ").append(t.start());
          if (t.pinned()) {
            pinned++;
          } else if (!exact) {
            inexact++;
          } else {
            undriven++;
          }
        }
        if (t.deadline() != null) {
          b.append(" maxend ").append(LocalDate.parse(t.deadline()).plusDays(1));
        }
        b.append(deps).append(" }\n");
        if (b.length() > 60_000) {
          w.append(b);
          b.setLength(0);
        }
      }
      w.append(b);
    }
    System.out.printf(
        "%d tasks: %d pinned, %d driven by no prerequisite, %d with a link TaskJuggler cannot"
            + " say exactly, given their start%n",
        tasks.size(), pinned, undriven, inexact);
  }

  static String tjId(String id) {
    return "t_" + id.replaceAll("[^A-Za-z0-9_]", "_");
  }

  static List<Task> read(Path json, String[] project) throws IOException {
    List<Task> tasks = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "title" -> project[0] = p.getText();
          case "start" -> project[1] = p.getText();
          case "end", "endExclusive" -> project[2] = p.getText();
          case "milestones" -> {
            expect(v, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              tasks.add(task(p));
            }
          }
          default -> p.skipChildren();
        }
      }
    }
    return tasks;
  }

  static Task task(JsonParser p) throws IOException {
    String id = null;
    String title = "";
    int duration = 0;
    boolean pinned = false;
    String start = null;
    String drivenBy = null;
    String deadline = null;
    List<Link> requires = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "title" -> title = p.getText();
        case "durationDays" -> duration = p.getIntValue();
        case "pinned" -> pinned = p.getBooleanValue();
        case "start" -> start = p.getText();
        case "drivenBy" -> drivenBy = v == JsonToken.VALUE_NULL ? null : p.getText();
        case "deadline" -> deadline = deadline(p, v);
        case "requires" -> {
          expect(v, JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String target = null;
            String type = "finish-to-start";
            int lag = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "id" -> target = p.getText();
                case "type" -> type = p.getText();
                case "lagDays" -> lag = p.getIntValue();
                default -> p.skipChildren();
              }
            }
            requires.add(new Link(target, type, lag));
          }
        }
        default -> p.skipChildren();
      }
    }
    return new Task(id, title, duration, pinned, start, drivenBy, deadline, requires);
  }

  /** A deadline's last day: a string, or an object whose {@code day} is the day it falls on. */
  static String deadline(JsonParser p, JsonToken v) throws IOException {
    if (v == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    String day = null;
    if (v == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        p.nextToken();
        if (f.equals("day")) {
          day = p.getText();
        } else {
          p.skipChildren();
        }
      }
    }
    return day;
  }

  static void expect(JsonToken got, JsonToken want) {
    if (got != want) {
      throw new IllegalStateException("expected " + want + ", got " + got);
    }
  }
}
