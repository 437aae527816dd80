package dev.roadmap.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code belongs to the family its hundreds digit names, and suppressions follow families. */
class CodeFamilyTest {
  @ParameterizedTest
  @EnumSource(Code.class)
  void familyIsTheHundredsDigitOfTheId(Code code) {
    assertThat(code.family().id()).isEqualTo(code.id().substring(0, 3) + "xx");
    assertThat(code.id()).startsWith(code.family().prefix());
  }

  @Test
  void familiesAreLabelledAsTheReportsNameThem() {
    assertThat(Arrays.stream(Code.Family.values()).map(Code.Family::label))
        .containsExactly(
            "RM1xx file and format",
            "RM2xx ids and references",
            "RM3xx ordering and schedule",
            "RM4xx command transition",
            "RM5xx status");
    assertThat(Code.OVERDUE.family()).isEqualTo(Code.Family.STATUS);
    assertThat(Code.DUPLICATE_TRANSFER.family().title()).isEqualTo("command transition");
  }

  @Test
  void aPatternNamesACodeItsFamilyOrARunOfItsFamily() {
    Code code = Code.TRANSFER_WITHOUT_READINESS; // RM403
    for (String named : List.of("RM403", "rm403", "RM4xx", "RM4x", "RM4", "rm4XX", "RM40x")) {
      assertThat(Suppressions.matches(code, List.of(named))).as(named).isTrue();
    }
    for (String other : List.of("RM40", "RM3xx", "RMxx", "RM", "RM41x", "RM5", "RM4030")) {
      assertThat(Suppressions.matches(code, List.of(other))).as(other).isFalse();
    }
  }
}
