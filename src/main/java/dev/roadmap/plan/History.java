package dev.roadmap.plan;

import dev.roadmap.model.Precision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the milestones of one file moved across its revisions: for each milestone, its date at the
 * first revision that has it and at every revision that moved it, oldest first.
 *
 * <p>A milestone's date is its last day, as {@code diff} compares them: the day of a zero-length
 * milestone, the finish of one with a duration. A computed date counts as a date: it is the one the
 * scheduler gave the milestone in that revision, from that revision's prerequisites and lags, and
 * it is marked computed wherever it is shown. A revision that cannot be scheduled is listed with
 * the reason and left out: the milestones keep the date of the revision before it.
 *
 * @param path the file's path in the repository, at its newest revision
 * @param revisions the revisions that changed the file, oldest first
 * @param tracks the milestones shown: those that moved, and those asked for by id, in the order
 *     they first appear
 */
public record History(String path, List<Revision> revisions, List<Track> tracks) {
  public History {
    revisions = List.copyOf(revisions);
    tracks = List.copyOf(tracks);
  }

  /**
   * One revision of the file.
   *
   * @param commit the full commit id
   * @param shortCommit its short form
   * @param date the commit date, in the committer's time zone
   * @param subject the first line of the commit message
   * @param path the file's path in that revision
   * @param skipped why the revision was left out (it does not parse, it was deleted), or null
   */
  public record Revision(
      String commit,
      String shortCommit,
      OffsetDateTime date,
      String subject,
      String path,
      String skipped) {
    /** The day of the commit, in the committer's time zone. */
    public LocalDate day() {
      return date.toLocalDate();
    }

    /** This revision, left out for {@code reason}. */
    public Revision skip(String reason) {
      return new Revision(commit, shortCommit, date, subject, path, reason);
    }
  }

  /**
   * A milestone's date in one revision.
   *
   * @param id the milestone's id
   * @param title its title, or null
   * @param date its last day (a coarse date: the day the scheduler takes for it)
   * @param precision how precisely the file gives that day
   * @param pinned false when the scheduler computed it
   */
  public record Dated(
      String id, String title, LocalDate date, Precision precision, boolean pinned) {
    /** Its last day from a schedule's entry. */
    public static Dated of(Schedule.Entry e) {
      return new Dated(
          e.milestone().id(),
          e.milestone().title(),
          e.dates().finish(),
          e.finishPrecision(),
          e.pinned());
    }

    /** The date at its precision: "2012-04-17", "2015-11". */
    public String text() {
      return precision.format(date);
    }
  }

  /**
   * A change of a milestone's date.
   *
   * @param revision the index of the revision in {@link #revisions}
   * @param dated its date from that revision on, or null when the revision removed it
   * @param days how far it moved since its last date (0 for the first, or when removed)
   */
  public record Point(int revision, Dated dated, long days) {}

  /**
   * One milestone across the revisions.
   *
   * @param id its id
   * @param title its title in the newest revision that has it, or null
   * @param points its first date, then each change, oldest first
   */
  public record Track(String id, String title, List<Point> points) {
    public Track {
      points = List.copyOf(points);
    }

    /** Whether its date changed in some revision. */
    public boolean moved() {
      return points.stream().anyMatch(p -> p.days() != 0);
    }

    /** From its first date to its last, in days: positive when it slipped later. */
    public long slipDays() {
      Dated first = null;
      Dated last = null;
      for (Point p : points) {
        if (p.dated() != null) {
          first = first == null ? p.dated() : first;
          last = p.dated();
        }
      }
      return first == null ? 0 : ChronoUnit.DAYS.between(first.date(), last.date());
    }

    /** Its first date. */
    public Dated first() {
      return points.stream().map(Point::dated).filter(d -> d != null).findFirst().orElseThrow();
    }

    /** Its date in the newest revision that has it. */
    public Dated last() {
      Dated last = null;
      for (Point p : points) {
        last = p.dated() != null ? p.dated() : last;
      }
      return last;
    }
  }

  /** The revisions that were read. */
  public long parsed() {
    return revisions.stream().filter(r -> r.skipped() == null).count();
  }

  /** The revisions that were left out. */
  public List<Revision> skipped() {
    return revisions.stream().filter(r -> r.skipped() != null).toList();
  }

  /** Whether a milestone moved. */
  public long movedCount() {
    return tracks.stream().filter(Track::moved).count();
  }

  /**
   * The history of a file from its revisions and the dates each has.
   *
   * @param path the file's path, at its newest revision
   * @param revisions the revisions, oldest first
   * @param dates the dates of each revision's milestones in file order (null for a skipped one)
   * @param only the ids to show whether or not they moved; when empty, every milestone that moved
   */
  public static History of(
      String path, List<Revision> revisions, List<List<Dated>> dates, Set<String> only) {
    Map<String, List<Point>> points = new LinkedHashMap<>();
    Map<String, Dated> current = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (int i = 0; i < revisions.size(); i++) {
      List<Dated> ds = dates.get(i);
      if (ds == null) {
        continue;
      }
      Map<String, Dated> seen = new LinkedHashMap<>();
      for (Dated d : ds) {
        seen.putIfAbsent(d.id(), d); // a repeated id: its first, as the graph takes it
      }
      for (Dated d : seen.values()) {
        titles.put(d.id(), d.title());
        Dated before = current.get(d.id());
        List<Point> ps = points.computeIfAbsent(d.id(), k -> new ArrayList<>());
        if (before == null) {
          Dated last = lastDated(ps);
          long days = last == null ? 0 : ChronoUnit.DAYS.between(last.date(), d.date());
          ps.add(new Point(i, d, days));
        } else if (!before.date().equals(d.date())) {
          ps.add(new Point(i, d, ChronoUnit.DAYS.between(before.date(), d.date())));
        }
        current.put(d.id(), d);
      }
      for (String id : new ArrayList<>(current.keySet())) {
        if (!seen.containsKey(id)) {
          current.remove(id);
          points.get(id).add(new Point(i, null, 0));
        }
      }
    }
    List<Track> tracks = new ArrayList<>();
    for (Map.Entry<String, List<Point>> e : points.entrySet()) {
      Track t = new Track(e.getKey(), titles.get(e.getKey()), e.getValue());
      if (only.isEmpty() ? t.moved() : only.contains(t.id())) {
        tracks.add(t);
      }
    }
    return new History(path, revisions, tracks);
  }

  /** Every milestone id that some revision has, for "did you mean". */
  public static Set<String> ids(Collection<List<Dated>> dates) {
    Set<String> ids = new java.util.TreeSet<>();
    for (List<Dated> ds : dates) {
      if (ds != null) {
        ds.forEach(d -> ids.add(d.id()));
      }
    }
    return ids;
  }

  private static Dated lastDated(List<Point> ps) {
    for (int i = ps.size() - 1; i >= 0; i--) {
      if (ps.get(i).dated() != null) {
        return ps.get(i).dated();
      }
    }
    return null;
  }

  /** The dates of a schedule's milestones, in file order. */
  public static List<Dated> datesOf(Schedule s) {
    List<Dated> out = new ArrayList<>(s.milestones().size());
    for (Schedule.Entry e : s.milestones().values()) {
      out.add(Dated.of(e));
    }
    return out;
  }
}
