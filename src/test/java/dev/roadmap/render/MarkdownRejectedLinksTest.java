package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.Gfm;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * An address that a reader may not follow is written in a code span in the Markdown export: GitHub
 * links a bare {@code https://...} or {@code www....} in text by itself, but never inside a code
 * span, so the address stays text (docs/format.md).
 */
class MarkdownRejectedLinksTest {
  static final String ROADMAP =
      """
      roadmap: 1
      title: Rejected links
      start: 2024-01-01
      phases: [{id: p}]
      milestones:
        - id: a
          title: Alpha
          phase: p
          date: 2024-01-02
          links:
            - {title: Spoof, url: "https://good.example@evil.example/a?x=1&y=2\\"onmouseover"}
            - "ftp://www.evil.example/x"
            - {title: Script, url: "javascript:alert(1)"}
            - {title: Ticks, url: "x`y``z|w"}
            - "`www.evil.example`"
      """;

  @Test
  void rejectedAddressesAreCodeSpansAndNoLink() {
    String md = MarkdownRenderer.render(MarkdownGfmTest.schedule("rejected.yaml", ROADMAP));
    assertThat(md)
        .contains(
            " | Spoof (`https://good.example@evil.example/a?x=1&y=2\"onmouseover`)"
                + " · `ftp://www.evil.example/x`"
                + " · Script (`javascript:alert(1)`)"
                + " · Ticks (```x`y``z\\|w```)"
                + " · `` `www.evil.example` `` |\n");

    Node doc = Gfm.parse(md);
    List<Link> links = new ArrayList<>();
    List<String> code = new ArrayList<>();
    TableBlock table = Gfm.tables(doc).get(0);
    table.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link l) {
            links.add(l);
          }

          @Override
          public void visit(Code c) {
            code.add(c.getLiteral());
          }
        });
    assertThat(links).isEmpty();
    assertThat(code)
        .as("the milestone's id, then each address")
        .containsExactly(
            "a",
            "https://good.example@evil.example/a?x=1&y=2\"onmouseover",
            "ftp://www.evil.example/x",
            "javascript:alert(1)",
            "x`y``z|w",
            "`www.evil.example`");
    assertThat(Gfm.rows(table).get(1))
        .last()
        .isEqualTo(
            "Spoof (https://good.example@evil.example/a?x=1&y=2\"onmouseover)"
                + " · ftp://www.evil.example/x · Script (javascript:alert(1))"
                + " · Ticks (x`y``z|w) · `www.evil.example`");
  }

  @Test
  void aCodeSpanFenceIsLongerThanAnyRunOfBackticksInside() {
    assertThat(Markdown.literal("a")).isEqualTo("`a`");
    assertThat(Markdown.literal("a``b")).isEqualTo("```a``b```");
    assertThat(Markdown.literal("`a")).isEqualTo("`` `a ``");
    assertThat(Markdown.literal("a\u202Eb\u2028c")).isEqualTo("`a\\u202Eb\\u2028c`");
  }
}
