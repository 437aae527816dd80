package dev.roadmap;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reading GitHub-flavoured Markdown output back with commonmark-java, for the tests. */
public final class Gfm {
  public static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private Gfm() {}

  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** Every table of a document, in order. */
  public static List<TableBlock> tables(Node doc) {
    List<TableBlock> out = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock t) {
              out.add(t);
            }
            visitChildren(block);
          }
        });
    return out;
  }

  /** The rows of a table, header first, each as the text of its cells. */
  public static List<List<String>> rows(TableBlock t) {
    List<List<String>> rows = new ArrayList<>();
    for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
              cells.add(text(c));
            }
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }

  /** The text of a node: its literal text and code spans, without markup. */
  public static String text(Node n) {
    StringBuilder b = new StringBuilder();
    n.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code c) {
            b.append(c.getLiteral());
          }
        });
    return b.toString();
  }
}
