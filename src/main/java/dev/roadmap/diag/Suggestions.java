package dev.roadmap.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code word}, if it is close enough to be a likely typo: at most a
   * third of the word's length in edits (at least one, at most {@value #MAX_EDITS}: a long id
   * further from every other is no typo). Ties go to the earliest candidate.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return closest(word, candidates, new Budget(Long.MAX_VALUE));
  }

  /**
   * {@link #closest(String, Collection)} within a budget of work shared by many calls: each
   * candidate costs one, the count of its letters, when its length is close, its length, and the
   * band of the distance table it needs, when the counts are close too, {@link #CELL} a cell. Once
   * the budget is spent this call and every later one finds nothing, so a file of many long unknown
   * ids costs bounded time.
   */
  public static Optional<String> closest(
      String word, Collection<String> candidates, Budget budget) {
    int limit = Math.min(MAX_EDITS, Math.max(1, word.length() / 3));
    int[] letters = letters(word);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (!budget.spend(1)) {
        return Optional.empty();
      }
      if (Math.abs(c.length() - word.length()) > limit) {
        continue;
      }
      if (!budget.spend(c.length())) {
        return Optional.empty();
      }
      if (lettersApart(letters, word, c) > 2 * limit) {
        continue;
      }
      if (!budget.spend(CELL * (word.length() + 1L) * (Math.min(c.length(), 2L * limit + 1) + 1))) {
        return Optional.empty();
      }
      int d = distance(word, c, limit);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A budget of work for suggestions, spent by {@link #closest(String, Collection, Budget)}. */
  public static final class Budget {
    private long left;

    /** A budget of {@code units} of work; see {@link Suggestions#closest}. */
    public Budget(long units) {
      left = units;
    }

    /** Takes {@code units}; false (and nothing left) when there are not that many. */
    boolean spend(long units) {
      if (left < units) {
        left = 0;
        return false;
      }
      left -= units;
      return true;
    }

    /** Whether any work is left. */
    public boolean isSpent() {
      return left <= 0;
    }
  }

  /** The most edits between a word and a suggestion. */
  static final int MAX_EDITS = 10;

  /** What a cell of the distance table costs, in units of a letter counted. */
  static final int CELL = 4;

  /** Letters are counted in this many buckets (a char by its low bits). */
  private static final int BUCKETS = 64;

  private static int[] letters(String s) {
    int[] n = new int[BUCKETS];
    for (int i = 0; i < s.length(); i++) {
      n[s.charAt(i) & (BUCKETS - 1)]++;
    }
    return n;
  }

  /**
   * How far apart the letter counts of {@code word} ({@code letters}, left as they were) and {@code
   * c} are, summed over the buckets: an edit moves this sum by at most 2 (a transposition not at
   * all), so half of it is a lower bound of the distance, found in time linear in {@code c}.
   */
  private static int lettersApart(int[] letters, String word, String c) {
    int sum = word.length();
    for (int i = 0; i < c.length(); i++) {
      // Taking one from a bucket moves its distance from zero by one, down or up.
      sum += letters[c.charAt(i) & (BUCKETS - 1)]-- > 0 ? -1 : 1;
    }
    for (int i = 0; i < c.length(); i++) {
      letters[c.charAt(i) & (BUCKETS - 1)]++;
    }
    return sum;
  }

  /**
   * {@code candidates} less {@code word}, as a view (nothing copied, however many candidates): for
   * a "did you mean" that must not name the one asking.
   */
  public static Collection<String> without(Collection<String> candidates, String word) {
    return new java.util.AbstractCollection<>() {
      @Override
      public java.util.Iterator<String> iterator() {
        return candidates.stream().filter(c -> !c.equals(word)).iterator();
      }

      @Override
      public int size() {
        return candidates.size() - (candidates.contains(word) ? 1 : 0);
      }
    };
  }

  /** A hint "did you mean 'x'?" or null when nothing is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return didYouMean(word, candidates, new Budget(Long.MAX_VALUE));
  }

  /** {@link #didYouMean(String, Collection)} within a budget of work. */
  public static String didYouMean(String word, Collection<String> candidates, Budget budget) {
    return closest(word, candidates, budget).map(c -> "did you mean '" + c + "'?").orElse(null);
  }

  /**
   * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or {@code limit +
   * 1} when it is more than {@code limit}: only the band of cells within {@code limit} of the
   * diagonal is computed, and the search gives up once every path exceeds {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int big = limit + 1;
    if (Math.abs(n - m) > limit) {
      return big;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = Math.min(j, big);
    }
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - limit);
      int hi = Math.min(m, i + limit);
      cur[lo - 1] = lo == 1 ? Math.min(i, big) : big;
      int rowMin = cur[lo - 1];
      for (int j = lo; j <= hi; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (hi < m) {
        cur[hi + 1] = big; // the next row reads one cell past this row's band
      }
      if (rowMin > limit) {
        return big;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], big);
  }
}
