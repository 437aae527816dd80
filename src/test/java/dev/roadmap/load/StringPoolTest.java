package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPoolTest {
  @Test
  void givesTheFirstEqualStringThroughGrowth() {
    StringPool pool = new StringPool();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String s = new String("id-" + i);
      assertThat(pool.intern(s)).isSameAs(s);
      first.add(s);
    }
    assertThat(pool.size()).isEqualTo(10_000);
    for (int i = 0; i < 10_000; i++) {
      String again = new String("id-" + i);
      assertThat(pool.intern(again)).isSameAs(first.get(i)).isNotSameAs(again);
    }
    assertThat(pool.size()).isEqualTo(10_000);
  }

  @Test
  void comparesPackedAndLongAndWideStringsAlike() {
    // Up to eight Latin-1 characters are compared packed; longer or wider ones as strings. Strings
    // that pack alike but differ in length (a trailing NUL) stay apart.
    StringPool pool = new StringPool();
    List<String> words =
        List.of(
            "",
            "a",
            "a\0",
            "m0012345",
            "m00123456",
            "\u00e9t\u00e9",
            "\u0100",
            "\u0100\u0100",
            "abcdefgh",
            "abcdefg",
            "\0",
            "\u00ff".repeat(8),
            "\0".repeat(8));
    List<String> first = new ArrayList<>();
    for (String w : words) {
      String s = new String(w);
      assertThat(pool.intern(s)).isSameAs(s);
      first.add(s);
    }
    for (int i = 0; i < words.size(); i++) {
      assertThat(pool.intern(new String(words.get(i)))).isSameAs(first.get(i));
    }
    assertThat(pool.size()).isEqualTo(words.size());
  }

  @Test
  void keepsStringsApartThatShareAHash() {
    // "Aa" and "BB" have the same hashCode: both stay, each its own.
    StringPool pool = new StringPool();
    String aa = new String("Aa");
    String bb = new String("BB");
    assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
    assertThat(pool.intern(aa)).isSameAs(aa);
    assertThat(pool.intern(bb)).isSameAs(bb);
    assertThat(pool.intern(new String("Aa"))).isSameAs(aa);
    assertThat(pool.intern(new String("BB"))).isSameAs(bb);
    assertThat(pool.intern("")).isEqualTo("");
    assertThat(pool.size()).isEqualTo(3);
  }
}
