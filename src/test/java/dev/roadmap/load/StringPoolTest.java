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
