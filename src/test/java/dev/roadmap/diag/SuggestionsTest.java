package dev.roadmap.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void typoOfOneLetterIsSuggested() {
    assertThat(Suggestions.closest("rokaf-cas-unti", List.of("rokaf-cas-unit", "xfer-cas")))
        .contains("rokaf-cas-unit");
  }

  @Test
  void transpositionCountsAsOneEdit() {
    assertThat(Suggestions.closest("stauts", List.of("status", "source"))).contains("status");
  }

  @Test
  void distantWordsAreNotSuggested() {
    assertThat(Suggestions.closest("zz", List.of("a", "b", "jsa-security"))).isEmpty();
    assertThat(Suggestions.closest("deadlines-x", List.of("title", "phase"))).isEmpty();
    assertThat(Suggestions.didYouMean("qqqqqq", List.of("status"))).isNull();
  }

  @Test
  void tiesGoToTheFirstCandidate() {
    assertThat(Suggestions.closest("ab", List.of("ac", "ad"))).contains("ac");
  }
}
