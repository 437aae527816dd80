package dev.roadmap.diag;

import dev.roadmap.TestFiles;
import dev.roadmap.render.RulesRenderer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the catalogue rendered as Markdown, then the section on syntax mistakes made
 * from their fixtures ({@link SyntaxMistakesDoc}); this keeps them in step.
 */
class RulesDocTest {
  @Test
  void docsRulesMdListsEveryCodeAsTheCatalogueDoes() {
    String expected =
        RulesRenderer.markdown(Arrays.stream(Code.values()).map(Rules::of).toList())
            + SyntaxMistakesDoc.markdown();
    TestFiles.assertGolden(TestFiles.root().resolve("docs/rules.md"), expected);
  }
}
