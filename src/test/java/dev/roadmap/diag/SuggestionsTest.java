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

  @Test
  void aLongWordIsSuggestedAtMostTenEditsAway() {
    String word = "a".repeat(60);
    assertThat(Suggestions.closest(word, List.of("b".repeat(10) + "a".repeat(50)))).isPresent();
    assertThat(Suggestions.closest(word, List.of("b".repeat(11) + "a".repeat(49)))).isEmpty();
  }

  @Test
  void lettersFarApartAreNotCompared_andTheBudgetCountsWork() {
    // "abcdef" against "ghijkl": six letters counted (6), then the counts are 12 apart, more than
    // twice the 2 edits allowed, so no table is made. One more candidate makes 1 + 6 again.
    Suggestions.Budget budget = new Suggestions.Budget(14);
    assertThat(Suggestions.closest("abcdef", List.of("ghijkl", "ghijkm"), budget)).isEmpty();
    assertThat(budget.isSpent()).isTrue();
    // "abcdef" against "abcdfe": letters 6, then a band of 7 x 6 cells (2 edits either side of the
    // diagonal) at 4 each: 1 + 6 + 168.
    assertThat(Suggestions.closest("abcdef", List.of("abcdfe"), new Suggestions.Budget(174)))
        .isEmpty();
    assertThat(Suggestions.closest("abcdef", List.of("abcdfe"), new Suggestions.Budget(175)))
        .contains("abcdfe");
  }

  @Test
  void aSpentBudgetFindsNothing() {
    Suggestions.Budget budget = new Suggestions.Budget(0);
    assertThat(Suggestions.didYouMean("stauts", List.of("status"), budget)).isNull();
  }

  @Test
  void theBandedDistanceIsTheWholeTablesWithinTheLimit() {
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 20_000; k++) {
      String a = word(random);
      String b = random.nextBoolean() ? word(random) : edit(a, random);
      int full = fullDistance(a, b);
      for (int limit = 1; limit <= 6; limit++) {
        assertThat(Suggestions.distance(a, b, limit))
            .as("%s %s within %d", a, b, limit)
            .isEqualTo(Math.min(full, limit + 1));
      }
    }
  }

  private static String word(java.util.Random random) {
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(9); n > 0; n--) {
      b.append((char) ('a' + random.nextInt(3)));
    }
    return b.toString();
  }

  private static String edit(String a, java.util.Random random) {
    StringBuilder b = new StringBuilder(a);
    for (int n = random.nextInt(4); n > 0; n--) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, (char) ('a' + random.nextInt(3)));
        case 1 -> {
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at + 1 < b.length()) {
            char t = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, t);
          }
        }
      }
    }
    return b.toString();
  }

  /** Optimal string alignment distance over the whole table: the reference. */
  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
