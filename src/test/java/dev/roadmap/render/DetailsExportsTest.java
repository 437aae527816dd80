package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.roadmap.Gfm;
import dev.roadmap.plan.Schedule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Url;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A milestone's owner, labels, links and notes in the Markdown, HTML, iCal and CSV exports, each
 * read back by a real reader: text from the file stays text, and only an http, https or mailto
 * address becomes a link.
 */
class DetailsExportsTest {
  /** The details of milestone a, as the HTML tooltip and the iCal description end with them. */
  private static final String DETAILS_OF_A =
      "owner: ops (Operations <team>)\n"
          + "labels: net|work, <b>bold</b>, =cmd\n"
          + "link: Ticket [1] | *x* <https://x.test/a_b?q=1&r=(2)>\n"
          + "link: Evil <javascript:alert(1)>\n"
          + "link: <mailto:team@x.test>\n"
          + "link: Ümlaut <https://x.test/ä>\n"
          + "notes: Pipes | and <script>alert(1)</script>\nsecond line &copy; 2024";

  static final String DETAILS =
      """
      roadmap: 1
      title: Details
      start: 2024-01-01
      as-of: 2024-01-01
      authorities:
        - {id: ops, name: "Operations <team>"}
      phases: [{id: p}]
      milestones:
        - id: a
          title: Alpha
          phase: p
          date: 2024-01-02
          owner: ops
          labels: [net|work, "<b>bold</b>", "=cmd"]
          links:
            - {title: "Ticket [1] | *x*", url: "https://x.test/a_b?q=1&r=(2)"}
            - {title: Evil, url: "javascript:alert(1)"}
            - "mailto:team@x.test"
            - {title: Ümlaut, url: "https://x.test/ä"}
          notes: "Pipes | and <script>alert(1)</script>\\nsecond line &copy; 2024"
        - id: b
          title: Beta
          phase: p
          requires: [a]
          owner: "=HYPERLINK(\\"http://evil\\")"
          labels: ["@sum", "x, y"]
          links:
            - {title: "+1 call", url: "tel:+1555"}
            - "https://x.test/b?s=1&sect;=2"
          notes: "-2 days; late"
        - id: c
          title: Gamma
          phase: p
          requires: [b]
      """;

  private static Schedule details() {
    return MarkdownGfmTest.schedule("details.yaml", DETAILS);
  }

  @Test
  void markdownGivesThreeColumnsOfEscapedTextAndLinksThatGithubReadsAsWritten() {
    String md = MarkdownRenderer.render(details());
    assertThat(md)
        .contains(
            "| date | milestone | kind | mission | status | prerequisites | constraints | owner |"
                + " labels | notes and links |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
        .contains(
            " | `ops` | net\\|work, \\<b\\>bold\\</b\\>, =cmd | Pipes \\| and"
                + " \\<script\\>alert(1)\\</script\\> second line \\&copy; 2024 ·"
                + " [Ticket \\[1\\] \\| \\*x\\*](<https://x.test/a_b?q=1&r=(2)>) ·"
                + " Evil (`javascript:alert(1)`) · [mailto:team@x.test](<mailto:team@x.test>) ·"
                + " [Ümlaut](<https://x.test/%C3%A4>) |\n")
        .contains(
            " | =HYPERLINK(\"http://evil\") | @sum, x, y | -2 days; late ·"
                + " +1 call (`tel:+1555`) · [https://x.test/b?s=1\\&sect;=2](<https://x.test/b?s=1\\&sect;=2>) |\n");

    Node doc = Gfm.parse(md);
    List<String> html = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline h) {
            html.add(h.getLiteral());
          }

          @Override
          public void visit(HtmlBlock h) {
            html.add(h.getLiteral());
          }
        });
    assertThat(html)
        .as("no raw HTML reaches the page but the export's own comment")
        .containsExactly(
            "<!-- Exported by `roadmap export --format markdown` from details.yaml. Do not edit:"
                + " export again. -->");
    TableBlock table = Gfm.tables(doc).get(0);
    List<List<String>> rows = Gfm.rows(table);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(10));
    assertThat(rows.get(1).subList(7, 10))
        .containsExactly(
            "ops",
            "net|work, <b>bold</b>, =cmd",
            "Pipes | and <script>alert(1)</script> second line &copy; 2024 · Ticket [1] | *x* ·"
                + " Evil (javascript:alert(1)) · mailto:team@x.test · Ümlaut");
    assertThat(rows.get(2).subList(7, 10))
        .containsExactly(
            "=HYPERLINK(\"http://evil\")",
            "@sum, x, y",
            "-2 days; late · +1 call (tel:+1555) · https://x.test/b?s=1&sect;=2");
    assertThat(rows.get(3).subList(7, 10)).containsExactly("", "", "");
    assertThat(links(table, 1))
        .containsExactly(
            "https://x.test/a_b?q=1&r=(2) Ticket [1] | *x*",
            "mailto:team@x.test mailto:team@x.test",
            "https://x.test/%C3%A4 Ümlaut");
    assertThat(links(table, 2))
        .containsExactly("https://x.test/b?s=1&sect;=2 https://x.test/b?s=1&sect;=2");
  }

  /** The links of a table row: each "destination text". */
  private static List<String> links(TableBlock table, int row) {
    List<TableRow> rows = new ArrayList<>();
    table.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.CustomNode n) {
            if (n instanceof TableRow r) {
              rows.add(r);
            }
            visitChildren(n);
          }
        });
    List<String> out = new ArrayList<>();
    for (Node c = rows.get(row).getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableCell) {
        c.accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link l) {
                out.add(l.getDestination() + " " + Gfm.text(l));
              }
            });
      }
    }
    return out;
  }

  @Test
  void markdownAndHtmlAddNoColumnsWhenNoMilestoneGivesDetails() {
    Schedule s =
        MarkdownGfmTest.schedule(
            "plain.yaml",
            "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\n"
                + "milestones:\n  - {id: a, phase: p, x-budget: 12}\n");
    assertThat(MarkdownRenderer.render(s))
        .contains(
            "| date | milestone | kind | mission | status | prerequisites | constraints |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n"
                + "| *2024-01-01* | **`a`** | milestone |  | planned |  |  |\n");
    assertThat(HtmlRenderer.render(s))
        .contains("<th>constraints</th></tr></thead>")
        .doesNotContain("<th>owner</th>")
        .doesNotContain("class=\"notes\"");
  }

  @Test
  void htmlGivesTheCellsAndTooltipEscapedAndLinksOnlyWebAndMailAddresses() {
    String page = HtmlRenderer.render(details());
    assertThat(page)
        .contains("<th>constraints</th><th>owner</th><th>labels</th><th>notes and links</th></tr>")
        .contains(
            "<td class=\"owner\"><code title=\"Operations &lt;team&gt;\">ops</code></td>"
                + "<td class=\"labels\"><span class=\"tag\">net|work</span> <span class=\"tag\">"
                + "&lt;b&gt;bold&lt;/b&gt;</span> <span class=\"tag\">=cmd</span></td>"
                + "<td class=\"notes\"><div class=\"note\">Pipes | and"
                + " &lt;script&gt;alert(1)&lt;/script&gt;\nsecond line &amp;copy; 2024</div>"
                + "<div class=\"links\"><a href=\"https://x.test/a_b?q=1&amp;r=(2)\""
                + " rel=\"noreferrer\">Ticket [1] | *x*</a> · Evil (<code>javascript:alert(1)</code>)"
                + " · <a href=\"mailto:team@x.test\" rel=\"noreferrer\">mailto:team@x.test</a> ·"
                + " <a href=\"https://x.test/%C3%A4\" rel=\"noreferrer\">Ümlaut</a></div></td></tr>\n")
        .contains(
            "<td class=\"owner\">=HYPERLINK(&quot;http://evil&quot;)</td><td class=\"labels\">"
                + "<span class=\"tag\">@sum</span> <span class=\"tag\">x, y</span></td>"
                + "<td class=\"notes\"><div class=\"note\">-2 days; late</div><div"
                + " class=\"links\">+1 call (<code>tel:+1555</code>) · <a"
                + " href=\"https://x.test/b?s=1&amp;sect;=2\" rel=\"noreferrer\">"
                + "https://x.test/b?s=1&amp;sect;=2</a></div></td></tr>\n")
        .contains(
            "<td class=\"owner\"></td><td class=\"labels\"></td><td class=\"notes\"></td></tr>\n");

    Document d = HtmlRendererTest.parse(page);
    List<String> hrefs = new ArrayList<>();
    NodeList anchors = d.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      hrefs.add(((Element) anchors.item(i)).getAttribute("href"));
    }
    assertThat(hrefs)
        .containsExactly(
            "https://x.test/a_b?q=1&r=(2)",
            "mailto:team@x.test",
            "https://x.test/%C3%A4",
            "https://x.test/b?s=1&sect;=2");
    assertThat(tooltip(d, "a")).endsWith("\n" + DETAILS_OF_A);
    assertThat(tooltip(d, "c")).doesNotContain("owner:").doesNotContain("notes:");
  }

  private static String tooltip(Document d, String id) {
    NodeList groups = d.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (id.equals(g.getAttribute("data-id"))) {
        return g.getElementsByTagName("title").item(0).getTextContent();
      }
    }
    throw new AssertionError("no bar for " + id);
  }

  @Test
  void icalGivesTheDetailsInTheDescriptionTheLabelsAsCategoriesAndTheFirstWebLinkAsUrl()
      throws Exception {
    Calendar c = new CalendarBuilder().build(new StringReader(IcalRenderer.render(details())));
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertThat(events).hasSize(3);
    VEvent a = events.get(0);
    assertThat(a.getDescription().getValue()).endsWith("\nprerequisites: none\n" + DETAILS_OF_A);
    assertThat(((Url) a.getProperty(Property.URL)).getUri())
        .hasToString("https://x.test/a_b?q=1&r=(2)");
    assertThat(categories(a))
        .containsExactly("milestone", "p", "critical", "net|work", "<b>bold</b>", "=cmd");
    VEvent b = events.get(1);
    assertThat(b.getDescription().getValue())
        .endsWith(
            "\nprerequisites: a\n"
                + "owner: =HYPERLINK(\"http://evil\")\n"
                + "labels: @sum, x, y\n"
                + "link: +1 call <tel:+1555>\n"
                + "link: <https://x.test/b?s=1&sect;=2>\n"
                + "notes: -2 days; late");
    // The first link is a telephone number: the URL is the first a reader may follow.
    assertThat(((Url) b.getProperty(Property.URL)).getUri())
        .hasToString("https://x.test/b?s=1&sect;=2");
    assertThat(categories(b)).containsExactly("milestone", "p", "critical", "@sum", "x, y");
    VEvent gamma = events.get(2);
    assertThat((Object) gamma.getProperty(Property.URL)).isNull();
    assertThat(gamma.getDescription().getValue()).endsWith("\nprerequisites: b");
    assertThat(categories(gamma)).containsExactly("milestone", "p", "critical");
  }

  private static List<String> categories(VEvent e) {
    Categories c = e.getProperty(Property.CATEGORIES);
    return StreamSupport.stream(c.getCategories().spliterator(), false).toList();
  }

  @Test
  void csvGivesFourColumnsGuardedAgainstFormulasAndReadsBack() throws Exception {
    List<List<String>> rows;
    try (MappingIterator<List<String>> it =
        CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build()
            .readerForListOf(String.class)
            .readValues(CsvRenderer.render(details()))) {
      rows = it.readAll();
    }
    assertThat(rows).hasSize(4);
    List<String> header = rows.get(0);
    assertThat(header.subList(header.size() - 5, header.size()))
        .containsExactly("cites", "owner", "labels", "links", "notes");
    int owner = header.indexOf("owner");
    assertThat(rows.get(1).subList(owner, owner + 4))
        .containsExactly(
            "ops",
            "net|work; <b>bold</b>; =cmd",
            "Ticket [1] | *x* <https://x.test/a_b?q=1&r=(2)>; Evil <javascript:alert(1)>;"
                + " <mailto:team@x.test>; Ümlaut <https://x.test/ä>",
            "Pipes | and <script>alert(1)</script>\nsecond line &copy; 2024");
    assertThat(rows.get(2).subList(owner, owner + 4))
        .containsExactly(
            "'=HYPERLINK(\"http://evil\")",
            "'@sum; x, y",
            "'+1 call <tel:+1555>; <https://x.test/b?s=1&sect;=2>",
            "'-2 days; late");
    assertThat(rows.get(3).subList(owner, owner + 4)).containsExactly("", "", "", "");
  }
}
