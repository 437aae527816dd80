package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.TestFiles;
import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rule's name ({@code redundant-prerequisite}) is accepted wherever its code ({@code RM207}) is:
 * {@code --disable}, {@code --enable}, {@code rules} and inline suppressions; the catalogue shows
 * both.
 */
class RuleNamesTest {
  static final String RM207 = CliTest.FIXTURES + "RM207-redundant-prerequisite.yaml";

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyRuleName_findsItsCode_andTheCatalogueShowsBoth(Code code) {
    assertThat(code.ruleName()).matches("[a-z]+(-[a-z0-9]+)*");
    assertThat(Code.find(code.ruleName())).contains(code);
    assertThat(Code.find(code.id())).contains(code);
    Run page = Run.of("rules", code.ruleName());
    assertThat(page.code()).isZero();
    assertThat(page.out()).isEqualTo(Run.of("rules", code.id()).out());
    assertThat(Run.of("rules").out())
        .containsPattern(code.id() + " +" + code.severity().label() + " +" + code.ruleName() + " ");
  }

  @Test
  void ruleNamesAreUnique() {
    assertThat(Arrays.stream(Code.values()).map(Code::ruleName).distinct().count())
        .isEqualTo(Code.values().length);
  }

  @Test
  void disableAndEnable_takeNames() {
    Run disabled = Run.of("validate", "--disable", "redundant-prerequisite", RM207);
    assertThat(disabled.code()).isZero();
    assertThat(disabled.out()).isEqualTo("checked 1 file: no problems found\n");
    Run enabled =
        Run.of("validate", "--disable", "RM2xx", "--enable", "redundant-prerequisite", RM207);
    assertThat(enabled.out()).contains("[RM207]");
  }

  @Test
  void aMisspeltName_isSuggested() {
    Run r = Run.of("validate", "--disable", "redundant-prerequisit", RM207);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "roadmap validate: --disable redundant-prerequisit names no code; did you mean"
                + " 'redundant-prerequisite'?\n"
                + "see 'roadmap help validate'\n");
    assertThat(Run.of("rules", "unknwn-key").err())
        .startsWith("roadmap rules: no rule 'unknwn-key'; did you mean 'unknown-key'?\n");
  }

  @Test
  void inlineSuppressions_takeNames() {
    String text =
        TestFiles.read(TestFiles.root().resolve(RM207))
            .replace(
                "requires: [scm-35, jsa-guards, jsa-training]",
                "requires: [scm-35, jsa-guards, jsa-training]"
                    + "  # roadmap: disable-line redundant-prerequisite -- kept on purpose");
    List<Diagnostic> found = Findings.of("r.yaml", text);
    assertThat(found).isEmpty();
    List<Diagnostic> misspelt =
        Findings.of("r.yaml", text.replace("disable-line redundant-", "disable-line redundnt-"));
    assertThat(misspelt)
        .extracting(d -> d.code().id() + " " + d.hint())
        .contains("RM110 did you mean 'redundant-prerequisite'?");
  }
}
