package dev.roadmap.diag;

import dev.roadmap.TestFiles;
import dev.roadmap.render.RulesRenderer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the catalogue rendered as Markdown; this keeps the two in step. */
class RulesDocTest {
  @Test
  void docsRulesMdListsEveryCodeAsTheCatalogueDoes() {
    String expected = RulesRenderer.markdown(Arrays.stream(Code.values()).map(Rules::of).toList());
    TestFiles.assertGolden(TestFiles.root().resolve("docs/rules.md"), expected);
  }
}
