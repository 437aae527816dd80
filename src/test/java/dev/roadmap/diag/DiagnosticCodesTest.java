package dev.roadmap.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.cli.Findings;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code is well-formed, unique, documented with examples, and has a fixture. */
class DiagnosticCodesTest {
  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Code c : Code.values()) {
      assertThat(c.id()).matches("RM[1-5]\\d\\d");
      assertThat(ids.add(c.id())).as("id %s is unique", c.id()).isTrue();
      assertThat(c.summary()).isNotBlank().doesNotEndWith(".");
    }
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCodeHasAFixtureThatExpectsIt(Code code) {
    var fixtures =
        TestFiles.list(TestFiles.fixtures(), ".yaml").stream()
            .filter(p -> p.getFileName().toString().startsWith(code.id() + "-"))
            .toList();
    assertThat(fixtures).as("a fixture named %s-*.yaml", code.id()).hasSize(1);
    assertThat(TestFiles.readLatin1(fixtures.get(0)))
        .as("the fixture of %s expects it", code.id())
        .contains("# expect: " + code.id() + " " + code.severity().label() + " ");
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void badExampleGivesTheCodeAndGoodExampleIsClean(Code code) {
    Rules.Rule rule = Rules.of(code);
    assertThat(rule.fix()).isNotBlank();
    // RM113's bad example is shown as text; like an old editor, the test saves it as Latin-1.
    java.nio.charset.Charset saved =
        code == Code.BAD_ENCODING
            ? java.nio.charset.StandardCharsets.ISO_8859_1
            : java.nio.charset.StandardCharsets.UTF_8;
    List<String> enabled = code.optIn() ? List.of(code.id()) : List.of();
    assertThat(codes(rule.bad(), saved, enabled))
        .as("codes of the bad example of %s", code.id())
        .contains(code.id());
    assertThat(codes(rule.good(), java.nio.charset.StandardCharsets.UTF_8, enabled))
        .as("codes of the good example of %s", code.id())
        .isEmpty();
  }

  @Test
  void byIdFindsCodesCaseInsensitively() {
    assertThat(Code.byId("rm201")).contains(Code.UNKNOWN_PREREQUISITE);
    assertThat(Code.byId("RM999")).isEmpty();
    assertThat(Arrays.stream(Code.values()).map(Code::id)).isSorted();
  }

  @Test
  void anOptInRuleIsReportedOnlyWhenEnabledByName() {
    byte[] bad = Rules.of(Code.UNSOURCED_DONE_DATE).bad().getBytes(StandardCharsets.UTF_8);
    assertThat(codes(bad, List.of())).doesNotContain("RM503");
    assertThat(codes(bad, List.of("RM5xx"))).doesNotContain("RM503");
    assertThat(codes(bad, List.of("unsourced-done-date"))).containsExactly("RM503");
    assertThat(codes(bad, List.of("RM503"))).containsExactly("RM503");
    assertThat(Arrays.stream(Code.values()).filter(Code::optIn))
        .containsExactly(Code.UNSOURCED_DONE_DATE);
  }

  private static List<String> codes(byte[] bytes, List<String> enabled) {
    return Findings.of("example.yaml", bytes, enabled).stream().map(d -> d.code().id()).toList();
  }

  private static List<String> codes(
      String text, java.nio.charset.Charset saved, List<String> enabled) {
    return Findings.of("example.yaml", text.getBytes(saved), enabled).stream()
        .map(d -> d.code().id())
        .toList();
  }
}
