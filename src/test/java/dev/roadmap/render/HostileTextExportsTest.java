package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import dev.roadmap.model.Span;
import dev.roadmap.plan.Schedule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Hostile text from a roadmap in the exports, read back by a real consumer: control characters in
 * the JUnit and Checkstyle XML (an XML parser), formulas in the CSV (an RFC 4180 reader).
 */
class HostileTextExportsTest {
  /** The titles of the corpus: each is a formula a spreadsheet would run, or starts like one. */
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"http://x\",\"y\")",
          "+1+2",
          "-2+3",
          "@SUM(A1:A2)",
          "\tTabbed",
          "\rReturn",
          "plain, with a comma",
          "\"quoted\"");

  @Test
  void aControlCharacterInAReportIsShownEscapedAndTheXmlParses() throws Exception {
    String file = "road\u0001map.yaml";
    Diagnostic d =
        Diagnostic.of(
            Code.BAD_ID,
            new Span(file, 6, 10, 6, 14),
            "'a\u0001b\u001B[2J' is not a valid id \uFFFF",
            "hint \u0008");
    List<FileReport> reports = List.of(new FileReport(file, "", List.of(d)));
    for (String xml :
        List.of(XmlRenderers.junit(reports, Severity.ERROR), XmlRenderers.checkstyle(reports))) {
      assertThat(xml).doesNotContain("\u0001").doesNotContain("\u001B").doesNotContain("\uFFFF");
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader(xml)));
      assertThat(everything(doc.getDocumentElement()))
          .contains("'a\\u0001b\\u001B[2J' is not a valid id \\uFFFF")
          .contains("road\\u0001map.yaml");
    }
  }

  /** Every bidirectional control: marks, embeddings, overrides and isolates. */
  static final String BIDI =
      "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

  static final String BIDI_SHOWN =
      "\\u200E\\u200F\\u061C\\u202A\\u202B\\u202C\\u202D\\u202E" + "\\u2066\\u2067\\u2068\\u2069";

  @Test
  void aBidiControlIsShownEscapedInTheXmlReports() throws Exception {
    Diagnostic d =
        Diagnostic.of(
            Code.BAD_ID,
            new Span("r.yaml", 6, 10, 6, 14),
            "'exe" + BIDI + "txt.yaml' is not a valid id",
            "hint");
    List<FileReport> reports = List.of(new FileReport("r.yaml", "", List.of(d)));
    for (String xml :
        List.of(XmlRenderers.junit(reports, Severity.ERROR), XmlRenderers.checkstyle(reports))) {
      for (char c : BIDI.toCharArray()) {
        assertThat(xml).doesNotContain(String.valueOf(c));
      }
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader(xml)));
      assertThat(everything(doc.getDocumentElement()))
          .contains("'exe" + BIDI_SHOWN + "txt.yaml' is not a valid id");
    }
  }

  @Test
  void aBidiControlIsShownEscapedInMermaidMarkdownAndHtml() {
    String yaml =
        "roadmap: 1\ntitle: \"Plan \\u202Egnp.exe\"\nstart: 2024-01-01\n"
            + "phases: [{id: p, name: \"Phase \\u2067x\\u2069\"}]\nmilestones:\n"
            + "  - {id: a, title: \"A "
            + BIDI.chars()
                .mapToObj(c -> String.format(java.util.Locale.ROOT, "\\u%04X", c))
                .reduce("", String::concat)
            + " end\", phase: p, date: 2024-01-02}\n";
    Schedule s = MarkdownGfmTest.schedule("bidi.yaml", yaml);
    String mermaid = MermaidRenderer.render(s);
    assertThat(mermaid)
        .contains("    section Phase \\u2067x\\u2069\n")
        .contains("    title Plan \\u202Egnp.exe\n")
        .contains("    A " + BIDI_SHOWN + " end :crit, milestone, a, 2024-01-02, 0d\n");
    for (String text : List.of(mermaid, MarkdownRenderer.render(s), HtmlRenderer.render(s))) {
      for (char c : BIDI.toCharArray()) {
        assertThat(text).doesNotContain(String.valueOf(c));
      }
    }
    assertThat(Html.esc("x" + BIDI + "y")).isEqualTo("x" + BIDI_SHOWN + "y");
    assertThat(Printable.of("x" + BIDI + "y")).isEqualTo("x" + BIDI_SHOWN + "y");
  }

  /** The text and the attribute values of a parsed element and all it holds. */
  private static String everything(org.w3c.dom.Node n) {
    StringBuilder b = new StringBuilder();
    if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
      b.append(n.getNodeValue());
    }
    if (n.getAttributes() != null) {
      for (int i = 0; i < n.getAttributes().getLength(); i++) {
        b.append(' ').append(n.getAttributes().item(i).getNodeValue());
      }
    }
    for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      b.append(everything(c));
    }
    return b.toString();
  }

  @Test
  void aCellThatASpreadsheetWouldRunStartsWithAnApostropheAndReadsBack() {
    StringBuilder yaml =
        new StringBuilder(
            "roadmap: 1\ntitle: T\nstart: 2024-01-01\nphases: [{id: p}]\nmilestones:\n");
    for (int i = 0; i < FORMULAS.size(); i++) {
      yaml.append("  - id: m")
          .append(i)
          .append("\n    title: \"")
          .append(
              FORMULAS
                  .get(i)
                  .replace("\\", "\\\\")
                  .replace("\"", "\\\"")
                  .replace("\t", "\\t")
                  .replace("\r", "\\r"))
          .append("\"\n    phase: p\n    date: 2024-01-02\n    source: \"=cmd|' /C calc'!A0\"\n");
    }
    Schedule s = MarkdownGfmTest.schedule("formulas.yaml", yaml.toString());
    List<List<String>> rows = readCsv(CsvRenderer.render(s));
    assertThat(rows).hasSize(FORMULAS.size() + 1);
    int title = rows.get(0).indexOf("title");
    int source = rows.get(0).indexOf("source");
    for (int i = 0; i < FORMULAS.size(); i++) {
      String written = FORMULAS.get(i);
      boolean guarded = "=+-@\t\r".indexOf(written.charAt(0)) >= 0;
      assertThat(rows.get(i + 1).get(title)).isEqualTo(guarded ? "'" + written : written);
      assertThat(rows.get(i + 1).get(source)).isEqualTo("'=cmd|' /C calc'!A0");
    }
    // Numbers are left alone: a negative slack is still a number.
    assertThat(CsvRenderer.text("-5")).isEqualTo("'-5");
    assertThat(rows.get(1).get(rows.get(0).indexOf("duration_days"))).isEqualTo("0");
  }

  /** An RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
  static List<List<String>> readCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("a quoted field is closed").isFalse();
    assertThat(field.toString()).as("the last record ends with CRLF").isEmpty();
    return rows;
  }
}
