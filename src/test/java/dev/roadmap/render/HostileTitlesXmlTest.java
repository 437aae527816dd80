package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.TestFiles;
import dev.roadmap.render.HostileTitles.Title;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The hostile-title corpus ({@link HostileTitles}) in the XML outputs, each read by the JDK's XML
 * parser, and in SARIF, read by Jackson.
 *
 * <p>The reports: the corpus with each {@code title:} key renamed {@code status:} gives, for each
 * title, an RM108 finding whose message quotes it ({@code 'status' is '...', not one of ...}).
 * JUnit (the failure's lines, one per finding) and Checkstyle (each error's {@code message}) show
 * the message as the text report does ({@link Printable}: controls, line breaks and bidirectional
 * characters as {@code \\uXXXX}), with a tab, which an XML attribute cannot keep, as {@code
 * \\u0009} and a lone surrogate, which XML cannot hold, as {@code \\uD800}. SARIF holds the message
 * as written, a lone surrogate as U+FFFD.
 *
 * <p>The HTML export is well-formed XML (XHTML syntax): each milestone's row shows its title as
 * written on one line, controls and bidirectional characters as {@code \\uXXXX}, a lone surrogate
 * as U+FFFD, and no title for a blank one (docs/reliability.md).
 */
class HostileTitlesXmlTest {
  @TempDir static Path dir;
  private static Path input;
  private static Document junit;
  private static Document checkstyle;
  private static JsonNode sarif;
  private static Document html;

  /** The line of each milestone in the corpus, by id. */
  private static final Map<String, Integer> LINES = new HashMap<>();

  @BeforeAll
  static void write() throws Exception {
    List<String> lines = Files.readAllLines(HostileTitles.FILE, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^  - \\{id: (t\\d+), title: ").matcher(lines.get(i));
      if (m.find()) {
        LINES.put(m.group(1), i + 1);
      }
    }
    input =
        Files.writeString(
            dir.resolve("hostile-statuses.yaml"),
            TestFiles.read(HostileTitles.FILE).replace(", title: \"", ", status: \""),
            StandardCharsets.UTF_8);
    Path sarifFile = dir.resolve("r.sarif");
    Path junitFile = dir.resolve("junit.xml");
    HostileTitles.run(
        1,
        dir.resolve("checkstyle.xml"),
        "validate",
        input.toString(),
        "--format",
        "sarif=" + sarifFile,
        "--format",
        "junit=" + junitFile,
        "--format",
        "checkstyle=" + dir.resolve("checkstyle.xml"));
    checkstyle = xml(Files.readString(dir.resolve("checkstyle.xml"), StandardCharsets.UTF_8));
    junit = xml(Files.readString(junitFile, StandardCharsets.UTF_8));
    sarif = new ObjectMapper().readTree(Files.readString(sarifFile, StandardCharsets.UTF_8));
    html = xml(HostileTitles.export("html", dir));
  }

  /** An XML document, as a consumer reads it: no DTD fetched, no doctype expanded. */
  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  static List<Title> titles() {
    return HostileTitles.titles();
  }

  /** A quoted text as the XML reports show it. */
  static String xmlShown(String written) {
    StringBuilder b = new StringBuilder();
    String s = Printable.of(written).replace("\t", "\\u0009");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? Printable.escape(c) : String.valueOf(c));
      }
    }
    return b.toString();
  }

  static String quoted(String shown) {
    return "'status' is '"
        + shown
        + "', not one of 'planned', 'in-progress', 'done', 'at-risk', "
        + "'superseded', 'cancelled'";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void checkstyleShowsEachMessageAsTheTextReportDoes(Title t) {
    NodeList errors = checkstyle.getElementsByTagName("error");
    String message = null;
    for (int i = 0; i < errors.getLength(); i++) {
      Element e = (Element) errors.item(i);
      if (e.getAttribute("line").equals(Integer.toString(LINES.get(t.id())))
          && e.getAttribute("source").equals("roadmap.RM108")) {
        assertThat(message).as("one RM108 error for %s", t.id()).isNull();
        message = e.getAttribute("message");
      }
    }
    assertThat(message).isEqualTo(quoted(xmlShown(t.written())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void junitShowsEachFindingOnOneLineAsTheTextReportDoes(Title t) {
    String body = junit.getElementsByTagName("failure").item(0).getTextContent();
    String where = input + ":" + LINES.get(t.id()) + ":23: error: ";
    List<String> found = body.lines().filter(l -> l.startsWith(where)).toList();
    assertThat(found).containsExactly(where + quoted(xmlShown(t.written())) + " [RM108]");
  }

  @Test
  void junitHasOneLinePerFindingAndItsFirstMessage() {
    NodeList failures = junit.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    // One RM104 (the title is gone) and one RM108 per milestone.
    int findings = 2 * titles().size();
    assertThat(failure.getTextContent().strip().lines()).hasSize(findings);
    assertThat(failure.getAttribute("message"))
        .isEqualTo(findings + " findings: a milestone 't01' lacks required key 'title', ...");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void sarifHoldsEachMessageAsWritten(Title t) {
    String message = null;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals("RM108")
          && r.at("/locations/0/physicalLocation/region/startLine").asInt() == LINES.get(t.id())) {
        assertThat(message).as("one RM108 result for %s", t.id()).isNull();
        message = r.at("/message/text").asText();
      }
    }
    assertThat(message).isEqualTo(quoted(HostileTitles.encodable(t.written())));
  }

  /** A title as the HTML page shows it. */
  static String htmlShown(String written) {
    return HostileTitles.encodable(Printable.of(HostileTitles.oneLine(written)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void theHtmlRowOfEachMilestoneShowsItsTitleAsWritten(Title t) {
    NodeList rows = html.getElementsByTagName("tr");
    Element row = null;
    for (int i = 0; i < rows.getLength(); i++) {
      Element r = (Element) rows.item(i);
      if (r.getAttribute("data-id").equals(t.id())) {
        assertThat(row).as("one row for %s", t.id()).isNull();
        row = r;
      }
    }
    assertThat(row).as("the row of %s", t.id()).isNotNull();
    NodeList spans = row.getElementsByTagName("span");
    List<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < spans.getLength(); i++) {
      Element s = (Element) spans.item(i);
      if (s.getAttribute("class").equals("title")) {
        shown.add(s.getTextContent());
      }
    }
    if (t.written().isBlank()) {
      assertThat(shown).isEmpty();
    } else {
      assertThat(shown).containsExactly(htmlShown(t.written()));
    }
  }
}
