package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Test;

/**
 * Bidirectional controls and U+2028, U+2029 in the iCal export are {@code \\u202E}-style escapes,
 * as in the other human outputs, wherever the file's text goes: the calendar's name, the summary,
 * the description (owner, labels, link titles, notes) and the categories.
 */
class IcalBidiTest {
  static final String ROADMAP =
      """
      roadmap: 1
      title: "Plan \\u202Eevil"
      start: 2024-01-01
      as-of: 2024-01-01
      phases: [{id: p, name: "Phase \\u2066one\\u2069"}]
      milestones:
        - id: a
          title: "Alpha \\u202Dx\\u200Ey\\u200Fz\\u061C"
          phase: p
          date: 2024-01-02
          owner: "Ops \\u202B"
          labels: ["net\\u2067work", "plain"]
          links:
            - {title: "Ticket \\u202A1\\u202C", url: "https://x.test/a"}
          notes: "one\\u2028two\\u2029three\\u2068"
      """;

  @Test
  void bidiControlsAndUnicodeLineBreaksAreEscapes() throws Exception {
    String ical =
        IcalRenderer.render(MarkdownGfmTest.schedule("bidi.yaml", ROADMAP)).replace("\r\n ", "");
    assertThat(ical)
        .contains("X-WR-CALNAME:Plan \\\\u202Eevil\r\n")
        .contains("SUMMARY:Alpha \\\\u202Dx\\\\u200Ey\\\\u200Fz\\\\u061C\r\n")
        .contains(
            "CATEGORIES:milestone,Phase \\\\u2066one\\\\u2069,critical,net\\\\u2067work,plain\r\n")
        .doesNotContainPattern("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2028\u2029]");

    Calendar c = new CalendarBuilder().build(new StringReader(ical));
    assertThat(c.getProperty("X-WR-CALNAME").getValue()).isEqualTo("Plan \\u202Eevil");
    VEvent a = (VEvent) c.getComponents(Component.VEVENT).get(0);
    assertThat(a.getSummary().getValue()).isEqualTo("Alpha \\u202Dx\\u200Ey\\u200Fz\\u061C");
    assertThat(a.getDescription().getValue())
        .startsWith("id: a\nkind: milestone\nphase: p\n")
        .endsWith(
            "\nprerequisites: none\n"
                + "owner: Ops \\u202B\n"
                + "labels: net\\u2067work, plain\n"
                + "link: Ticket \\u202A1\\u202C <https://x.test/a>\n"
                + "notes: one\\u2028two\\u2029three\\u2068");
    Categories cats = a.getProperty(Property.CATEGORIES);
    List<String> categories =
        StreamSupport.stream(cats.getCategories().spliterator(), false).toList();
    assertThat(categories)
        .containsExactly(
            "milestone", "Phase \\u2066one\\u2069", "critical", "net\\u2067work", "plain");
  }

  @Test
  void textEscapesEachBidiControlAndUnicodeLineBreak() {
    assertThat(IcalRenderer.text("a\u202Eb\u2066c\u2069d\u200Ee\u200Ff\u061Cg\u2028h\u2029i"))
        .isEqualTo(
            "a\\\\u202Eb\\\\u2066c\\\\u2069d\\\\u200Ee\\\\u200Ff\\\\u061Cg\\\\u2028h\\\\u2029i");
    // A plain backslash and the text "\\u202E" stay distinguishable from nothing: both escaped.
    assertThat(IcalRenderer.text("\\u202E")).isEqualTo("\\\\u202E");
  }
}
