package dev.roadmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.roadmap.TestFiles;
import dev.roadmap.cli.Analysis;
import dev.roadmap.cli.Sources;
import dev.roadmap.diag.FileReport;
import dev.roadmap.diag.Suppressions;
import dev.roadmap.load.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output validates against the official SARIF 2.1.0 JSON schema (OASIS, errata 01),
 * shipped as test data in {@code src/test/resources/sarif/}.
 */
class SarifSchemaTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Schema SARIF = load();

  static Schema load() {
    try {
      JsonNode schema =
          JSON.readTree(
              TestFiles.read(TestFiles.resources().resolve("sarif/sarif-schema-2.1.0.json")));
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      return registry.getSchema(schema);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<FileReport> reports(String... files) {
    return java.util.Arrays.stream(files)
        .map(
            f ->
                Analysis.of(
                        new Sources.Source(f, TestFiles.read(TestFiles.root().resolve(f))),
                        null,
                        Suppressions.Options.DEFAULT,
                        Limits.DEFAULT)
                    .report())
        .toList();
  }

  static List<String> errors(String sarif) throws Exception {
    return SARIF.validate(JSON.readTree(sarif)).stream().map(Object::toString).toList();
  }

  @Test
  void sarifOfFindingsIsValidSarif210() throws Exception {
    String sarif =
        SarifRenderer.render(
            reports(
                "src/test/resources/fixtures/mixed-report.yaml",
                "src/test/resources/fixtures/several-problems.yaml",
                "roadmaps/opcon-transition.yaml"),
            "1.2.3",
            f -> f,
            "https://example.org/docs/rules.md");
    assertThat(errors(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    assertThat(run.get("results")).hasSize(6);
    assertThat(run.get("tool").get("driver").get("rules").get(0).get("helpUri").asText())
        .isEqualTo("https://example.org/docs/rules.md#rm100");
    JsonNode region = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
    assertThat(region.get("artifactLocation").get("uri").asText())
        .isEqualTo("src/test/resources/fixtures/mixed-report.yaml");
    assertThat(region.get("region").get("startLine").asInt()).isEqualTo(20);
    assertThat(region.get("region").get("endColumn").asInt()).isEqualTo(38);
  }

  @Test
  void sarifWithNoFindingsAndNoHelpUriIsValidToo() throws Exception {
    String sarif =
        SarifRenderer.render(
            reports("src/test/resources/fixtures/clean-transition.yaml"), "1.2.3", f -> f, null);
    assertThat(errors(sarif)).isEmpty();
    assertThat(JSON.readTree(sarif).get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenLog() throws Exception {
    assertThat(errors("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isNotEmpty();
    assertThat(errors("{\"version\": \"9\", \"runs\": []}")).isNotEmpty();
  }
}
