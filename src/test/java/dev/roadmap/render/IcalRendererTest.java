package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plan.Schedule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar export read back by a small RFC 5545 reader written here (no parser is available
 * offline): structure, one event per milestone, stable UIDs, dates, CRLF, folding at 75 octets
 * without splitting a UTF-8 sequence, and TEXT escaping that round-trips.
 */
class IcalRendererTest {
  static final String SAMPLE = "roadmaps/opcon-transition.yaml";

  static final String NASTY =
      """
      roadmap: 1
      title: "전시작전권 전환; a, b \\\\ c"
      start: 2024-01-01
      phases:
        - {id: p, name: 'Phase; one, two \\ three'}
      milestones:
        - id: a.b
          title: 'Semi; comma, back\\slash \\n not a newline, "quoted" ending in \\'
          phase: p
          kind: transfer
          duration: 3d
          status: done
          source: "line one\\nline two\\r\\nline three"
        - id: c
          title: "한국군 합동참모본부가 전시 작전통제권을 넘겨받는다 — 긴 제목은 접혀야 하고, 멀티바이트 문자가 잘리면 안 된다 🇰🇷🎖️"
          phase: p
          requires: [{id: a.b, type: start-to-start, lag: 1w}]
        - id: d
          title: "x"
          phase: p
          date: 2024-02-01
          status: cancelled
      """;

  /** One content line, unfolded: name, parameters as written, value as written (escaped). */
  record Property(String name, String params, String value) {}

  /** An iCalendar component: its properties in order and its sub-components. */
  record Component(String name, List<Property> properties, List<Component> children) {
    List<String> values(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).map(Property::value).toList();
    }

    String one(String name) {
      List<String> v = values(name);
      assertThat(v).as("%s in %s", name, this.name).hasSize(1);
      return v.get(0);
    }

    Property property(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
  }

  /** Checks the physical lines, unfolds them, and reads the components. */
  static Component parse(String ics) {
    assertThat(ics).endsWith("\r\n");
    assertThat(ics.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r", "\n");
    String[] physical = ics.split("\r\n", -1);
    for (int i = 0; i < physical.length - 1; i++) {
      byte[] bytes = physical[i].getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length)
          .as("octets of line %d: %s", i + 1, physical[i])
          .isLessThanOrEqualTo(75);
      assertThat(physical[i]).as("line %d is not empty", i + 1).isNotEmpty();
      assertDecodes(bytes);
    }
    List<String> lines = unfold(ics);
    List<Component> stack = new ArrayList<>();
    Component root = null;
    for (String line : lines) {
      Property p = property(line);
      if (p.name().equals("BEGIN")) {
        Component c = new Component(p.value(), new ArrayList<>(), new ArrayList<>());
        if (stack.isEmpty()) {
          assertThat(root).as("one top-level component").isNull();
          root = c;
        } else {
          stack.get(stack.size() - 1).children().add(c);
        }
        stack.add(c);
      } else if (p.name().equals("END")) {
        assertThat(stack).isNotEmpty();
        assertThat(stack.remove(stack.size() - 1).name()).isEqualTo(p.value());
      } else {
        assertThat(stack).as("property outside a component: %s", line).isNotEmpty();
        stack.get(stack.size() - 1).properties().add(p);
      }
    }
    assertThat(stack).as("every BEGIN has its END").isEmpty();
    assertThat(root).isNotNull();
    return root;
  }

  /** Each physical line is whole UTF-8 by itself: a fold never splits a multi-octet character. */
  static void assertDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new AssertionError("a physical line is not valid UTF-8 on its own", e);
    }
  }

  /** RFC 5545 section 3.1: a CRLF followed by one space or tab is removed. */
  static List<String> unfold(String ics) {
    String joined = ics.replace("\r\n ", "").replace("\r\n\t", "");
    List<String> lines = new ArrayList<>(List.of(joined.split("\r\n", -1)));
    assertThat(lines.remove(lines.size() - 1)).isEmpty();
    return lines;
  }

  /** NAME[;PARAM=...]:VALUE; parameter values here are never quoted. */
  static Property property(String line) {
    int colon = line.indexOf(':');
    assertThat(colon).as("a colon in %s", line).isPositive();
    String head = line.substring(0, colon);
    int semi = head.indexOf(';');
    String name = semi < 0 ? head : head.substring(0, semi);
    assertThat(name).matches("[A-Z][A-Z0-9-]*");
    return new Property(name, semi < 0 ? "" : head.substring(semi + 1), line.substring(colon + 1));
  }

  /** RFC 5545 section 3.3.11, reversed. Fails on an escape the RFC does not define. */
  static String unescape(String value) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        char n = value.charAt(++i);
        switch (n) {
          case '\\', ';', ',' -> b.append(n);
          case 'n', 'N' -> b.append('\n');
          default -> throw new AssertionError("bad escape \\" + n + " in " + value);
        }
      } else {
        assertThat(c).as("unescaped ; or , in a single TEXT value: %s", value).isNotIn(';', ',');
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A TEXT list (CATEGORIES): split at the commas that are not escaped, then unescaped. */
  static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        item.append(c).append(value.charAt(++i));
      } else if (c == ',') {
        items.add(unescape(item.toString()));
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(unescape(item.toString()));
    return items;
  }

  static LocalDate date(Property p) {
    assertThat(p.params()).isEqualTo("VALUE=DATE");
    return LocalDate.parse(p.value(), DateTimeFormatter.BASIC_ISO_DATE);
  }

  @Test
  void aMonthDateIsAnEventOverTheWholeMonthAndDeadlinesAreDescribed() {
    Schedule s = MarkdownGfmTest.schedule("src/test/resources/precision/coarse-dates.yaml");
    Component cal = parse(IcalRenderer.render(s));
    Component decon = cal.children().get(2);
    assertThat(unescape(decon.one("UID"))).startsWith("xfer-rear-area-decon@");
    assertThat(date(decon.property("DTSTART"))).isEqualTo(LocalDate.of(2004, 8, 1));
    assertThat(date(decon.property("DTEND"))).isEqualTo(LocalDate.of(2004, 9, 1));
    assertThat(unescape(decon.one("DESCRIPTION"))).contains("\ndates: 2004-08 (pinned)\n");
    Component eval = cal.children().get(4);
    assertThat(unescape(eval.one("DESCRIPTION")))
        .contains("\ndeadline: 2005-09-01, missed by 34 days\n")
        .contains("(computed, not an agreed date)");
  }

  @Test
  void theSampleRoadmapIsOneCalendarWithOneEventPerMilestone() {
    Schedule s = MarkdownGfmTest.schedule(SAMPLE);
    String ics = IcalRenderer.render(s);
    Component cal = parse(ics);
    assertThat(cal.name()).isEqualTo("VCALENDAR");
    assertThat(cal.one("VERSION")).isEqualTo("2.0");
    assertThat(cal.one("PRODID")).isEqualTo("-//roadmap//roadmap export//EN");
    assertThat(cal.one("CALSCALE")).isEqualTo("GREGORIAN");
    assertThat(unescape(cal.one("X-WR-CALNAME"))).isEqualTo(s.roadmap().title());
    assertThat(cal.children()).allMatch(c -> c.name().equals("VEVENT"));
    assertThat(cal.children()).hasSize(s.milestones().size());

    Set<String> uids = new HashSet<>();
    List<Schedule.Entry> entries = List.copyOf(s.milestones().values());
    for (int i = 0; i < entries.size(); i++) {
      Schedule.Entry e = entries.get(i);
      Component ev = cal.children().get(i);
      String uid = unescape(ev.one("UID"));
      assertThat(uid)
          .isEqualTo(
              e.milestone().id()
                  + "@rok-us-command-transition-the-ten-missions-and-wartime-opcon.roadmap");
      assertThat(uids.add(uid)).as("UID %s is unique", uid).isTrue();
      assertThat(ev.one("DTSTAMP")).as("from the as-of date").isEqualTo("20261127T000000Z");
      LocalDate start = date(ev.property("DTSTART"));
      LocalDate end = date(ev.property("DTEND"));
      assertThat(ev.values("DTSTART")).hasSize(1);
      assertThat(ev.values("DTEND")).hasSize(1);
      assertThat(end).isAfter(start);
      assertThat(start).isEqualTo(e.dates().start());
      if (e.dates().isZeroLength() && e.startPrecision().isCoarse()) {
        // Known only as a month or a year: the event covers the whole of it.
        assertThat(end).isEqualTo(e.startPrecision().last(start).plusDays(1));
      } else {
        assertThat(end)
            .isEqualTo(e.dates().isZeroLength() ? e.dates().start().plusDays(1) : e.dates().end());
      }
      assertThat(unescape(ev.one("SUMMARY"))).isEqualTo(e.milestone().title());
      String description = unescape(ev.one("DESCRIPTION"));
      assertThat(description)
          .startsWith("id: " + e.milestone().id() + "\nkind: " + e.milestone().kind().key())
          .contains("\nstatus: " + e.milestone().status().key() + "\n")
          .contains(e.pinned() ? " (pinned)" : " (computed, not an agreed date)");
      for (var d : e.milestone().requires()) {
        assertThat(description).contains(d.target());
      }
      assertThat(list(ev.one("CATEGORIES"))).startsWith(e.milestone().kind().key());
      assertThat(ev.one("STATUS")).isIn("TENTATIVE", "CONFIRMED", "CANCELLED");
    }
    Map<String, Component> byId = new LinkedHashMap<>();
    for (Component ev : cal.children()) {
      byId.put(unescape(ev.one("UID")).replaceFirst("@.*", ""), ev);
    }
    assertThat(byId.get("opcon-2012").one("STATUS")).isEqualTo("CANCELLED");
    assertThat(byId.get("xfer-jsa-security").one("STATUS")).isEqualTo("CONFIRMED");
    assertThat(byId.get("opcon-transition-fcfc").one("STATUS")).isEqualTo("TENTATIVE");
    assertThat(list(byId.get("xfer-jsa-security").one("CATEGORIES")))
        .containsExactly("transfer", "Transfer of the ten missions");
    assertThat(list(byId.get("opcon-transition-fcfc").one("CATEGORIES"))).contains("critical");
    assertThat(unescape(byId.get("fmc-verification").one("DESCRIPTION")))
        .contains("prerequisites: foc-verification (+37w)")
        .contains("(critical path)");
  }

  @Test
  void theOutputIsDeterministic() {
    String first = IcalRenderer.render(MarkdownGfmTest.schedule(SAMPLE));
    String second = IcalRenderer.render(MarkdownGfmTest.schedule(SAMPLE));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void textIsEscapedFoldedAndReadBackUnchanged() {
    Schedule s = MarkdownGfmTest.schedule("nasty.yaml", NASTY);
    String ics = IcalRenderer.render(s);
    Component cal = parse(ics);
    assertThat(unescape(cal.one("X-WR-CALNAME"))).isEqualTo("전시작전권 전환; a, b \\ c");
    assertThat(cal.children()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Schedule.Entry e = List.copyOf(s.milestones().values()).get(i);
      assertThat(unescape(cal.children().get(i).one("SUMMARY"))).isEqualTo(e.milestone().title());
    }
    Component ab = cal.children().get(0);
    assertThat(ab.one("SUMMARY"))
        .isEqualTo(
            "Semi\\; comma\\, back\\\\slash \\\\n not a newline\\, \"quoted\" ending in \\\\");
    assertThat(unescape(ab.one("DESCRIPTION"))).endsWith("source: line one\nline two\nline three");
    assertThat(list(ab.one("CATEGORIES")))
        // Not critical: the transfer is done, and done work is not on the critical path.
        .containsExactly("transfer", "Phase; one, two \\ three");
    assertThat(ab.one("STATUS")).isEqualTo("CONFIRMED");
    assertThat(cal.children().get(2).one("STATUS")).isEqualTo("CANCELLED");
    assertThat(cal.children().get(1).one("STATUS")).isEqualTo("TENTATIVE");
    assertThat(unescape(cal.children().get(1).one("DESCRIPTION")))
        .contains("prerequisites: a.b (SS +1w)");
    assertThat(ab.one("DTSTAMP")).as("from the start, with no as-of").isEqualTo("20240101T000000Z");
    assertThat(ab.one("UID")).isEqualTo("a.b@a-b-c.roadmap");
    // A title with no ASCII letter or digit still gets a stable UID domain.
    assertThat(IcalRenderer.slug("전시작전권")).matches("roadmap-[0-9a-f]{12}");
    assertThat(IcalRenderer.slug("전시작전권")).isEqualTo(IcalRenderer.slug("전시작전권"));
    // The long Korean title was folded, on character boundaries (checked by parse).
    assertThat(ics).contains("\r\n ");
  }

  @Test
  void foldingKeepsEveryLineWithin75OctetsAndUnfoldsToTheOriginal() {
    Random random = new Random(5545);
    String[] alphabet = {"a", "Z", " ", "\\\\", "\\;", "\\,", "\\n", "é", "한", "€", "😀", "🇰🇷"};
    for (int n = 0; n < 2000; n++) {
      StringBuilder value = new StringBuilder("SUMMARY:");
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        value.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String line = value.toString();
      String folded = IcalRenderer.fold(line);
      StringBuilder before = new StringBuilder();
      for (String physical : folded.split("\r\n", -1)) {
        byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as(physical).isLessThanOrEqualTo(75);
        assertDecodes(bytes);
        before.append(before.isEmpty() ? physical : physical.substring(1));
        int backslashes = 0;
        while (backslashes < before.length()
            && before.charAt(before.length() - 1 - backslashes) == '\\') {
          backslashes++;
        }
        assertThat(backslashes % 2).as("a fold never falls inside an escape: %s", line).isZero();
      }
      assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }
  }

  @Test
  void controlCharactersAndLoneSurrogatesCannotBreakTheFile() {
    assertThat(IcalRenderer.text("a\u0000b\u0007c\td\u007fe")).isEqualTo("a b c\td e");
    assertThat(IcalRenderer.text("x\rz\r\ny\n")).isEqualTo("x\\nz\\ny\\n");
    assertThat(IcalRenderer.text("\ud800 ok \udc00")).isEqualTo("\ufffd ok \ufffd");
    assertThat(IcalRenderer.text("😀")).isEqualTo("😀");
  }
}
