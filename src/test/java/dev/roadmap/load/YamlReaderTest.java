package dev.roadmap.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader makes of values with an explicit tag: their text, as for any value, unless the
 * text does not decode as the tag says (RM100) or is a number of over 1,000 digits (RM112), as the
 * reader has always answered.
 */
class YamlReaderTest {
  private static YamlNode read(String text, List<Diagnostic> diagnostics) {
    return YamlReader.read("t.yaml", text, Limits.DEFAULT, diagnostics);
  }

  @Test
  void aTaggedValueReadsAsItsText() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    YamlNode root =
        read("a: !!int 0x1F\nb: !!binary aGk=\nc: !!bool yes\nd: !!str 1\n", diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(((YamlNode.Mapping) root).entries())
        .extracting(e -> ((YamlNode.Scalar) e.value()).text())
        .containsExactly("0x1F", "aGk=", "yes", "1");
  }

  @Test
  void anIntThatIsASignAloneIsItsTextInAMappingOrAList() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    YamlNode root = read("a: !!int \"-\"\nb: [!!int '+']\n", diagnostics);
    assertThat(diagnostics).isEmpty();
    List<YamlNode.Entry> entries = ((YamlNode.Mapping) root).entries();
    assertThat(((YamlNode.Scalar) entries.get(0).value()).text()).isEqualTo("-");
    YamlNode.Sequence b = (YamlNode.Sequence) entries.get(1).value();
    assertThat(((YamlNode.Scalar) b.items().get(0)).text()).isEqualTo("+");
  }

  @Test
  void aTaggedValueThatDoesNotDecodeStopsTheReadingWhereItEnds() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(read("a: 1\nb: !!int 0x1G\n", diagnostics)).isNull();
    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.code().id()).isEqualTo("RM100");
    assertThat(d.message()).startsWith("invalid YAML: Invalid base-16 number ('1G'), problem: ");
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.span().column()).isEqualTo(14); // just after the value
  }

  @Test
  void aTaggedNumberOfOverAThousandDigitsIsOverTheValueLimit() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(read("a: !!int 0x" + "f".repeat(1001) + "\n", diagnostics)).isNull();
    assertThat(diagnostics).extracting(d -> d.code().id()).containsExactly("RM112");
    assertThat(read("a: !!int 0x" + "f".repeat(1000) + "\n", new ArrayList<>())).isNotNull();
  }
}
