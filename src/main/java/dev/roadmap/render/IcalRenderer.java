package dev.roadmap.render;

import dev.roadmap.model.Dependency;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import dev.roadmap.model.Phase;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Source;
import dev.roadmap.model.Status;
import dev.roadmap.plan.DetailFilter;
import dev.roadmap.plan.Schedule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The schedule as an iCalendar file (RFC 5545): one {@code VCALENDAR} with one all-day {@code
 * VEVENT} per milestone, in file order.
 *
 * <p>The file is byte-for-byte deterministic, so that it can be committed and checked with {@code
 * export --check}:
 *
 * <ul>
 *   <li>{@code UID} is {@code <milestone id>@<slug of the roadmap title>.roadmap}: the same event
 *       keeps its UID from one export to the next, so a calendar that subscribes to the file
 *       updates events instead of duplicating them.
 *   <li>{@code DTSTAMP} is required by RFC 5545 (section 3.6.1) and is normally the time the file
 *       was written. Here it is derived from the roadmap instead: its {@code as-of} date, else its
 *       {@code start}, at {@code 000000Z}. It changes only when the roadmap's status date does.
 *   <li>Nothing else depends on the clock, the locale or the machine.
 * </ul>
 *
 * <p>A milestone's owner, labels, links and notes close its {@code DESCRIPTION} ({@link
 * DetailsText#lines}), its labels follow its kind, phase and {@code critical} in {@code
 * CATEGORIES}, and its first link that a reader may follow is its {@code URL}.
 *
 * <p>Dates are {@code VALUE=DATE}: {@code DTEND} is the exclusive end, as in the schedule; a
 * zero-length milestone ends the day after it starts, since an all-day event lasts at least a day.
 * Text is escaped as RFC 5545 section 3.3.11 requires, lines longer than 75 octets are folded
 * (never inside a UTF-8 sequence or an escape) and every line ends with CRLF.
 */
public final class IcalRenderer {
  /** The longest line, in octets, without its CRLF (RFC 5545 section 3.1). */
  static final int MAX_OCTETS = 75;

  static final String CRLF = "\r\n";

  // Four-digit years at least: BASIC_ISO_DATE refuses a year past 9999, which chains of long
  // durations can reach.
  private static final DateTimeFormatter DATE =
      new java.time.format.DateTimeFormatterBuilder()
          .appendValue(
              java.time.temporal.ChronoField.YEAR, 4, 10, java.time.format.SignStyle.NORMAL)
          .appendValue(java.time.temporal.ChronoField.MONTH_OF_YEAR, 2)
          .appendValue(java.time.temporal.ChronoField.DAY_OF_MONTH, 2)
          .toFormatter(java.util.Locale.ROOT);

  private IcalRenderer() {}

  public static String render(Schedule s) {
    return render(s, DetailFilter.NONE);
  }

  /**
   * As {@link #render(Schedule)}, with the events of the milestones {@code filter} lets through
   * alone, and the calendar's name saying so; each event keeps its {@code UID}.
   */
  public static String render(Schedule s, DetailFilter filter) {
    Roadmap r = s.roadmap();
    StringBuilder b = new StringBuilder();
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:-//roadmap//roadmap export//EN");
    line(b, "CALSCALE:GREGORIAN");
    line(b, "METHOD:PUBLISH");
    line(
        b,
        "X-WR-CALNAME:"
            + text(
                ScheduleFacts.title(s)
                    + (filter.isNone() ? "" : " (" + FilterText.title(filter) + ")")));
    String domain = slug(ScheduleFacts.title(s)) + ".roadmap";
    String stamp = DATE.format(stampDate(r)) + "T000000Z";
    Ids ids = new Ids(r);
    Citations citations = Citations.of(r);
    DetailsText details = DetailsText.of(r);
    for (Schedule.Entry e : s.milestones().values()) {
      if (filter.test(e.milestone())) {
        event(b, ids, citations, details, e, domain, stamp);
      }
    }
    line(b, "END:VCALENDAR");
    return b.toString();
  }

  /** The day of every {@code DTSTAMP}: the roadmap's as-of date, else its start. */
  static LocalDate stampDate(Roadmap r) {
    if (r.asOf() != null) {
      return r.asOf();
    }
    return r.start() != null ? r.start() : LocalDate.EPOCH;
  }

  /** Phases and missions by id, the first of each: looked up once per event, not searched. */
  private static final class Ids {
    final Map<String, Phase> phases = new HashMap<>();
    final Map<String, Mission> missions = new HashMap<>();

    Ids(Roadmap r) {
      r.phases().forEach(p -> phases.putIfAbsent(p.id(), p));
      r.missions().forEach(m -> missions.putIfAbsent(m.id(), m));
    }
  }

  private static void event(
      StringBuilder b,
      Ids ids,
      Citations citations,
      DetailsText details,
      Schedule.Entry e,
      String domain,
      String stamp) {
    Milestone m = e.milestone();
    LocalDate start = e.dates().start();
    LocalDate end = e.dates().isZeroLength() ? start.plusDays(1) : e.dates().end();
    if (e.dates().isZeroLength() && e.startPrecision().isCoarse()) {
      // A day known only as a month or a year: the event covers the whole of it.
      start = e.startPrecision().first(start);
      end = e.startPrecision().last(start).plusDays(1);
    }
    line(b, "BEGIN:VEVENT");
    line(b, "UID:" + text(m.id() + "@" + domain));
    line(b, "DTSTAMP:" + stamp);
    line(b, "DTSTART;VALUE=DATE:" + DATE.format(start));
    line(b, "DTEND;VALUE=DATE:" + DATE.format(end));
    String title = m.title() == null || m.title().isBlank() ? m.id() : m.title();
    line(b, "SUMMARY:" + text(title));
    StringBuilder description = new StringBuilder(description(ids, citations, e));
    details.lines(m).forEach(l -> description.append('\n').append(l));
    line(b, "DESCRIPTION:" + text(description.toString()));
    String url = url(m);
    if (url != null) {
      line(b, "URL:" + url);
    }
    Phase phase = m.phase() == null ? null : ids.phases.get(m.phase());
    String phaseName = phase != null ? PhaseText.name(phase) : m.phase();
    line(
        b,
        "CATEGORIES:"
            + text(m.kind().key())
            + (phaseName == null ? "" : "," + text(phaseName))
            + (e.critical() ? ",critical" : "")
            + m.details().labels().stream().map(l -> "," + text(l)).collect(Collectors.joining()));
    line(b, "STATUS:" + status(m.status()));
    line(b, "TRANSP:TRANSPARENT");
    line(b, "END:VEVENT");
  }

  /**
   * The {@code URL} of an event (RFC 5545 allows one): the first of the milestone's links that a
   * reader may follow ({@link DetailsText#target}: http, https or mailto), or null. A URI value,
   * not TEXT: written as it is, in ASCII.
   */
  static String url(Milestone m) {
    for (var l : m.details().links()) {
      String target = DetailsText.target(l.url());
      if (target != null) {
        return target;
      }
    }
    return null;
  }

  /** TENTATIVE while planned, CANCELLED when withdrawn, CONFIRMED once under way or done. */
  static String status(Status status) {
    return switch (status) {
      case PLANNED -> "TENTATIVE";
      case SUPERSEDED, CANCELLED -> "CANCELLED";
      case IN_PROGRESS, DONE, AT_RISK -> "CONFIRMED";
    };
  }

  private static String description(Ids ids, Citations citations, Schedule.Entry e) {
    Milestone m = e.milestone();
    StringBuilder b = new StringBuilder();
    b.append("id: ").append(m.id()).append('\n');
    b.append("kind: ").append(m.kind().key()).append('\n');
    if (m.phase() != null) {
      b.append("phase: ").append(m.phase()).append('\n');
    }
    if (m.mission() != null) {
      b.append("mission: ").append(m.mission());
      Mission mission = ids.missions.get(m.mission());
      if (mission != null && mission.name() != null) {
        b.append(" (").append(mission.name()).append(')');
      }
      b.append('\n');
    }
    b.append("status: ").append(m.status().key()).append('\n');
    b.append("dates: ")
        .append(e.display())
        .append(e.pinned() ? " (pinned)" : " (computed, not an agreed date)")
        .append('\n');
    if (m.notBefore() != null) {
      b.append("not before: ")
          .append(m.precision(MilestoneField.NOT_BEFORE).format(m.notBefore()))
          .append('\n');
    }
    if (m.deadline() != null) {
      b.append(
              ScheduleFacts.deadline(m, e.dates(), e.pinned())
                  .replaceFirst("deadline ", "deadline: "))
          .append('\n');
    }
    b.append("slack: ")
        .append(Plural.of(e.slackDays(), "day"))
        .append(e.critical() ? " (critical path)" : "")
        .append('\n');
    b.append("prerequisites: ");
    b.append(
        m.requires().isEmpty()
            ? "none"
            : m.requires().stream()
                .map(IcalRenderer::prerequisite)
                .collect(Collectors.joining(", ")));
    if (m.source() != null) {
      b.append('\n').append("source: ").append(m.source());
    }
    for (Source src : citations.of(m)) {
      b.append('\n').append("source ").append(src.id()).append(": ");
      b.append(Citations.describe(src));
      if (Citations.link(src.url()) != null) {
        b.append(" ").append(src.url());
      }
    }
    return b.toString();
  }

  private static String prerequisite(Dependency d) {
    String label = LinkText.label(d);
    return label.isEmpty() ? d.target() : d.target() + " (" + label + ")";
  }

  /**
   * The title as a host-name-like label: lower-case ASCII letters and digits, runs of anything else
   * as one {@code -}, at most 63 characters. A title with no ASCII letter or digit (Korean, say)
   * gets {@code roadmap-} and the first 12 hex digits of its SHA-256 instead: still stable.
   */
  static String slug(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 63) {
      ascii = ascii.substring(0, 63).replaceAll("-+$", "");
    }
    if (!ascii.isEmpty()) {
      return ascii;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(title.getBytes(StandardCharsets.UTF_8));
      return "roadmap-" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * A TEXT value (RFC 5545 section 3.3.11): {@code \}, {@code ;} and {@code ,} escaped with a
   * backslash, each line break (CRLF, CR or LF) as {@code \n}; other control characters, which TEXT
   * may not hold, as spaces; bidirectional controls and U+2028, U+2029, which would reorder or
   * break the text a calendar shows, as {@code \u202E}-style escapes ({@link Printable}, its
   * backslash escaped); an unpaired surrogate (not encodable in UTF-8) as U+FFFD.
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\r' -> {
          b.append("\\n");
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20 && c != '\t' || c == 0x7f) {
            b.append(' ');
          } else if (Printable.bidi(c) || c == 0x2028 || c == 0x2029) {
            b.append('\\').append(Printable.escape(c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Appends a content line, folded, with its CRLF. */
  static void line(StringBuilder b, String line) {
    b.append(fold(line)).append(CRLF);
  }

  /**
   * Folds a content line (RFC 5545 section 3.1): at most 75 octets of UTF-8 per physical line, the
   * leading space of a continuation line included; breaks fall between characters (never inside a
   * multi-octet one) and never inside a backslash escape.
   */
  static String fold(String line) {
    StringBuilder b = new StringBuilder(line.length() + line.length() / 32);
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int end = i + Character.charCount(line.codePointAt(i));
      if (line.charAt(i) == '\\' && end < line.length()) {
        end += Character.charCount(line.codePointAt(end));
      }
      int size = utf8Length(line, i, end);
      if (octets + size > MAX_OCTETS && octets > 1) {
        b.append(CRLF).append(' ');
        octets = 1;
      }
      b.append(line, i, end);
      octets += size;
      i = end;
    }
    return b.toString();
  }

  private static int utf8Length(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    return n;
  }
}
