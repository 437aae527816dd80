package dev.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void findsEqualIdsNotOnlyTheSameString() {
    IdIndex index = new IdIndex(3);
    assertThat(index.putIfAbsent("a", 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent("b", 1)).isEqualTo(-1);
    assertThat(index.putIfAbsent(new String("a"), 2)).isZero();
    assertThat(index.get(new String("a"))).isZero();
    assertThat(index.get("b")).isEqualTo(1);
    assertThat(index.get("c")).isEqualTo(-1);
    assertThat(index.get(1)).isEqualTo(-1);
    assertThat(index.get(null)).isEqualTo(-1);
  }

  @Test
  void keepsIdsWithTheSameHashApart() {
    // "Aa" and "BB" have the same hashCode, and so does every word made of them.
    String[] words = {"AaAa", "AaBB", "BBAa", "BBBB"};
    assertThat(words[0].hashCode()).isEqualTo(words[3].hashCode());
    IdIndex index = new IdIndex(words.length);
    for (int i = 0; i < words.length; i++) {
      assertThat(index.putIfAbsent(words[i], i)).isEqualTo(-1);
    }
    for (int i = 0; i < words.length; i++) {
      assertThat(index.get(new String(words[i]))).isEqualTo(i);
    }
    assertThat(index.get("AaAaAa")).isEqualTo(-1);
  }

  @Test
  void looksManyUpAsOneByOne() {
    String[] words = {"AaAa", "AaBB", "BBAa", "BBBB"};
    IdIndex index = new IdIndex(words.length);
    for (int i = 0; i < words.length; i++) {
      index.putIfAbsent(words[i], 10 + i);
    }
    String[] asked = {"BBBB", new String("AaAa"), "nope", "AaBB", "BBBB", ""};
    int[] one = new int[asked.length];
    for (int k = 0; k < asked.length; k++) {
      one[k] = index.get(asked[k]);
    }
    assertThat(index.getAll(asked)).containsExactly(one).containsExactly(13, 10, -1, 11, 13, -1);
    assertThat(index.getAll(new String[0])).isEmpty();
  }

  @Test
  void agreesWithAHashMapWhenFull() {
    Random random = new Random(7);
    int n = 5000;
    IdIndex index = new IdIndex(n);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = "m" + random.nextInt(3 * n);
      Integer old = expected.putIfAbsent(id, i);
      assertThat(index.putIfAbsent(id, i)).isEqualTo(old == null ? -1 : old);
    }
    for (int k = 0; k < 3 * n; k++) {
      String id = "m" + k;
      assertThat(index.get(id)).as(id).isEqualTo(expected.getOrDefault(id, -1));
    }
  }
}
