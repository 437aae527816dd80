package dev.roadmap.render;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Findings as the XML that CI systems read: JUnit (one testsuite per file, one testcase per rule
 * family, failing when the family has findings at or above the failure threshold) and Checkstyle
 * (one {@code file} element per file, one {@code error} per finding). No timestamps or times.
 * Messages, hints and file names are shown as the text report shows them ({@link #shown}).
 */
public final class XmlRenderers {
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final List<Code.Family> FAMILIES = List.of(Code.Family.values());

  private XmlRenderers() {}

  /**
   * JUnit XML.
   *
   * @param failAt the least severity that fails a testcase, or null when nothing fails
   */
  public static String junit(List<FileReport> reports, Severity failAt) {
    return write(
        w -> {
          int tests = reports.size() * FAMILIES.size();
          int failures = 0;
          Map<FileReport, Map<Code.Family, List<Diagnostic>>> failing = new LinkedHashMap<>();
          for (FileReport r : reports) {
            Map<Code.Family, List<Diagnostic>> byFamily = new LinkedHashMap<>();
            for (Code.Family f : FAMILIES) {
              List<Diagnostic> found = new ArrayList<>();
              for (Diagnostic d : r.diagnostics()) {
                if (d.code().family() == f) {
                  found.add(d);
                }
              }
              byFamily.put(f, found);
              if (fails(found, failAt)) {
                failures++;
              }
            }
            failing.put(r, byFamily);
          }
          w.writeStartElement("testsuites");
          w.writeAttribute("name", "roadmap validate");
          w.writeAttribute("tests", Integer.toString(tests));
          w.writeAttribute("failures", Integer.toString(failures));
          w.writeAttribute("errors", "0");
          for (var entry : failing.entrySet()) {
            FileReport r = entry.getKey();
            long suiteFailures =
                entry.getValue().values().stream().filter(l -> fails(l, failAt)).count();
            nl(w, 1);
            w.writeStartElement("testsuite");
            w.writeAttribute("name", shown(r.file()));
            w.writeAttribute("tests", Integer.toString(FAMILIES.size()));
            w.writeAttribute("failures", Long.toString(suiteFailures));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            for (var family : entry.getValue().entrySet()) {
              List<Diagnostic> found = family.getValue();
              nl(w, 2);
              w.writeStartElement("testcase");
              w.writeAttribute("classname", shown(r.file()));
              w.writeAttribute("name", family.getKey().label());
              if (fails(found, failAt)) {
                List<Diagnostic> failed =
                    found.stream().filter(d -> d.severity().atLeast(failAt)).toList();
                nl(w, 3);
                w.writeStartElement("failure");
                w.writeAttribute("type", failed.get(0).code().id());
                w.writeAttribute(
                    "message",
                    Plural.of(failed.size(), "finding")
                        + ": "
                        + shown(failed.get(0).message())
                        + (failed.size() > 1 ? ", ..." : ""));
                w.writeCharacters(lines(found));
                w.writeEndElement();
                nl(w, 2);
              } else if (!found.isEmpty()) {
                nl(w, 3);
                w.writeStartElement("system-out");
                w.writeCharacters(lines(found));
                w.writeEndElement();
                nl(w, 2);
              }
              w.writeEndElement();
            }
            nl(w, 1);
            w.writeEndElement();
          }
          nl(w, 0);
          w.writeEndElement();
        });
  }

  /** Checkstyle XML, the de-facto format many CI tools read. */
  public static String checkstyle(List<FileReport> reports) {
    return write(
        w -> {
          w.writeStartElement("checkstyle");
          w.writeAttribute("version", "4.3");
          for (FileReport r : reports) {
            nl(w, 1);
            w.writeStartElement("file");
            w.writeAttribute("name", shown(r.file()));
            for (Diagnostic d : r.diagnostics()) {
              nl(w, 2);
              w.writeEmptyElement("error");
              if (d.span().isKnown()) {
                w.writeAttribute("line", Integer.toString(d.span().line()));
                w.writeAttribute("column", Integer.toString(d.span().column()));
              }
              w.writeAttribute(
                  "severity", d.severity() == Severity.INFO ? "info" : d.severity().label());
              w.writeAttribute(
                  "message",
                  shown(d.message()) + (d.hint() == null ? "" : " (" + shown(d.hint()) + ")"));
              w.writeAttribute("source", "roadmap." + d.code().id());
            }
            if (!r.diagnostics().isEmpty()) {
              nl(w, 1);
            }
            w.writeEndElement();
          }
          nl(w, 0);
          w.writeEndElement();
        });
  }

  private static boolean fails(List<Diagnostic> found, Severity failAt) {
    return failAt != null && found.stream().anyMatch(d -> d.severity().atLeast(failAt));
  }

  private static String lines(List<Diagnostic> found) {
    StringBuilder b = new StringBuilder("\n");
    for (Diagnostic d : found) {
      b.append(shown(Findings.line(Findings.where(d.span()), d))).append('\n');
    }
    return b.toString();
  }

  /**
   * Text from a roadmap as the reports show it: as the text report does ({@link Printable}: line
   * breaks, controls and bidirectional characters as {@code \\u000A}-style escapes), so that a
   * finding stays on its line, and a tab as {@code \\u0009} too, since an XML parser reads a tab in
   * an attribute as a space.
   */
  static String shown(String s) {
    return Printable.of(s).replace("\t", Printable.escape('\t'));
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      nl(w, 0);
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return validXml(out + "\n");
  }

  /**
   * {@code xml} with every character that XML 1.0 does not allow (C0 controls but tab and line
   * breaks, U+FFFE, U+FFFF, a lone surrogate), and every bidirectional control ({@link
   * Printable#bidi}), shown as a {@code \\uXXXX} escape, as the terminal output shows it ({@link
   * Printable}): the writer would pass it through, and no parser could read the report. Only text
   * from a roadmap can hold one.
   */
  static String validXml(String xml) {
    StringBuilder b = null;
    for (int i = 0; i < xml.length(); i++) {
      char c = xml.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < xml.length()
              && Character.isLowSurrogate(xml.charAt(i + 1));
      boolean valid =
          pair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      // A bidirectional control is allowed, but would reorder the text around it where shown.
      valid = valid && !Printable.bidi(c);
      if (!valid && b == null) {
        b = new StringBuilder(xml.length() + 16).append(xml, 0, i);
      }
      if (b != null) {
        if (valid) {
          b.append(c);
          if (pair) {
            b.append(xml.charAt(i + 1));
          }
        } else {
          b.append(Printable.escape(c));
        }
      }
      if (pair) {
        i++;
      }
    }
    return b == null ? xml : b.toString();
  }

  private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }
}
