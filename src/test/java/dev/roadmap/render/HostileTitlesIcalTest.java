package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.render.HostileTitles.Title;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-title corpus ({@link HostileTitles}) exported as iCalendar and parsed by ical4j: one
 * event per milestone, and each {@code SUMMARY} the title as written, except what a TEXT value
 * cannot hold (RFC 5545 section 3.3.11): a line break (CR, LF or CRLF) is one line break, another
 * control character a space, a lone surrogate U+FFFD, and a blank title the milestone's id; a
 * bidirectional control, U+2028 and U+2029 are {@code \u202E}-style escapes, as in the other human
 * outputs; and ical4j drops spaces and tabs at the ends (docs/reliability.md). The calendar's name
 * is the roadmap's title the same way.
 */
class HostileTitlesIcalTest {
  @TempDir static Path dir;
  private static Calendar calendar;
  private static final Map<String, VEvent> EVENTS = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    calendar = new CalendarBuilder().build(new StringReader(HostileTitles.export("ical", dir)));
    for (Object o : calendar.getComponents(Component.VEVENT)) {
      VEvent e = (VEvent) o;
      String uid = e.getUid().getValue();
      EVENTS.put(uid.substring(0, uid.indexOf('@')), e);
    }
  }

  static List<Title> titles() {
    return HostileTitles.titles();
  }

  /** The bidirectional controls (marks, embeddings, overrides, isolates), U+2028 and U+2029. */
  private static final Pattern ESCAPED =
      Pattern.compile("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2028\u2029]");

  /**
   * A text as a TEXT value holds it, as ical4j reads it back: ical4j drops the spaces and tabs at
   * either end of a value (a tab first, or a control character written as a space).
   */
  static String shown(String written) {
    String s = HostileTitles.encodable(written).replaceAll("\r\n?", "\n");
    s =
        ESCAPED
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        String.format(
                            java.util.Locale.ROOT, "\\u%04X", (int) m.group().charAt(0))));
    return s.replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", " ").replaceAll("^[ \t]+|[ \t]+$", "");
  }

  @Test
  void oneEventPerMilestoneAndTheCalendarsName() {
    assertThat(calendar.getComponents(Component.VEVENT)).hasSize(titles().size());
    assertThat(EVENTS.keySet())
        .containsExactlyInAnyOrderElementsOf(titles().stream().map(Title::id).toList());
    assertThat(calendar.getProperty("X-WR-CALNAME").getValue())
        .isEqualTo(shown(HostileTitles.roadmapTitle()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachSummaryIsTheTitleAsWritten(Title t) {
    String expected = t.written().isBlank() ? t.id() : shown(t.written());
    assertThat(EVENTS.get(t.id()).getSummary().getValue()).isEqualTo(expected);
  }
}
