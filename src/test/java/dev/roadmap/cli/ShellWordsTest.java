package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a suggested command line: plain ones as they are, any other in single quotes. */
class ShellWordsTest {
  @Test
  void aPlainWordIsLeftAsItIs() {
    assertThat(ShellWords.quote("rok-army")).isEqualTo("rok-army");
    assertThat(ShellWords.quote("out/a_b.v2:x=1@50%+")).isEqualTo("out/a_b.v2:x=1@50%+");
  }

  @Test
  void anyOtherIsSingleQuoted_soThatTheShellExpandsNothingInIt() {
    assertThat(ShellWords.quote("$(touch x)")).isEqualTo("'$(touch x)'");
    assertThat(ShellWords.quote("`id`;ls")).isEqualTo("'`id`;ls'");
    assertThat(ShellWords.quote("J5 plans")).isEqualTo("'J5 plans'");
    assertThat(ShellWords.quote("\"x\"")).isEqualTo("'\"x\"'");
    assertThat(ShellWords.quote("")).isEqualTo("''");
  }

  @Test
  void aSingleQuoteEndsTheQuotes_isEscaped_andOpensThemAgain() {
    assertThat(ShellWords.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(ShellWords.quote("'")).isEqualTo("''\\'''");
  }

  @Test
  void joinQuotesEachWord() {
    assertThat(ShellWords.join("./roadmap", "validate", "my plan.yaml"))
        .isEqualTo("./roadmap validate 'my plan.yaml'");
  }
}
