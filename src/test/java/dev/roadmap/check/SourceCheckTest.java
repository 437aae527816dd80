package dev.roadmap.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.cli.Findings;
import dev.roadmap.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RM210 at the id cited, after the prerequisites, with the suggestion of the closest source. */
class SourceCheckTest {
  static final String TEXT =
      """
      roadmap: 1
      title: JSA
      start: 2004-01-01
      sources:
        - {id: taipei-times-2004, title: US hands Panmunjom security to South Korea}
        - {id: voa-2004, title: Last US DMZ post handed over}
      phases:
        - id: p2
      milestones:
        - id: guards
          title: ROK guards posted
          phase: p2
          source: [voa-2004]
        - id: xfer
          title: JSA to ROK
          phase: p2
          requires: [guards, {id: guards, type: start-to-start}]
          source: [voa-2004, taipei-times-2040, stripes]
      """;

  @Test
  void anUnknownSourceIsReportedAtItsIdWithTheClosestDefinedOne() {
    List<Diagnostic> found =
        Findings.of("jsa.yaml", TEXT.getBytes(StandardCharsets.UTF_8)).stream()
            .filter(d -> d.code().id().equals("RM210"))
            .toList();
    assertThat(found).hasSize(2);
    assertThat(found.get(0).span().line()).isEqualTo(18);
    assertThat(found.get(0).span().column()).isEqualTo(24);
    assertThat(found.get(0).span().endColumn()).isEqualTo(41);
    assertThat(found.get(0).message())
        .isEqualTo("'xfer' cites source 'taipei-times-2040', which is not defined");
    assertThat(found.get(0).hint()).isEqualTo("did you mean 'taipei-times-2004'?");
    assertThat(found.get(1).span().column()).isEqualTo(43);
    assertThat(found.get(1).hint())
        .isEqualTo("define a source 'stripes' under 'sources:', or cite one that exists");
  }

  @Test
  void aTieInDidYouMeanGoesToTheSourceThatNothingCites() {
    // 's91' is one edit from 's1' (cited) and from 's19' (a transposition, cited by nothing): the
    // typo most likely left 's19' uncited, so that is the suggestion, though 's1' is listed first.
    String text =
        """
        roadmap: 1
        title: Sources
        start: 2004-01-01
        sources:
          - {id: s1, title: One}
          - {id: s19, title: Nineteen}
        milestones:
          - {id: a, title: A, date: 2004-02-01, source: [s1]}
          - {id: b, title: B, date: 2004-03-01, source: [s91]}
        """;
    List<Diagnostic> found =
        Findings.of("s.yaml", text.getBytes(StandardCharsets.UTF_8)).stream()
            .filter(d -> d.code().id().equals("RM210"))
            .toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).hint()).isEqualTo("did you mean 's19'?");
  }
}
