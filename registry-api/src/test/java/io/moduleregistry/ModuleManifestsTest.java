package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest reader: a good manifest read whole; a bad one refused with every problem named (okapi#1181). */
class ModuleManifestsTest {

  @Test
  void aManifestIsReadWithItsRequirementsAndReservedSettings() {
    ModuleManifest agency = ModuleManifests.parse("agency.json", """
        {"$schema": "https://github.com/module-registry/module-registry/schemas/module-manifest-1.json",
         "id": "agency", "name": "Agency", "description": "Client work", "version": "1.4.0",
         "requires": {"crm": "^1.2", "billing": ">=2.0.0 <3"},
         "settings": {"schema": {"type": "object"}, "defaults": {}}}""");
    assertThat(agency.id()).isEqualTo("agency");
    assertThat(agency.requires()).containsExactly(Map.entry("billing", ">=2.0.0 <3"), Map.entry("crm", "^1.2"));
    assertThat(agency.settings().path("schema").path("type").asText()).isEqualTo("object");
    assertThat(agency.definition()).isEqualTo(new ModuleDefinition("agency", "Agency", "Client work", "1.4.0"));
  }

  @Test
  void everyProblemOfEveryManifestIsNamedAtOnce() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("bad.json", """
        {"id": "Bad_Id", "name": " ", "version": "1.2", "requires": {"crm": "~>1", "self": 3, "Nope": "*"},
         "colour": "red", "settings": []}""");
    sources.put("broken.json", "{\"id\": \"x\",");
    sources.put("crm.json", "{\"id\": \"crm\", \"name\": \"CRM\", \"version\": \"1.0.0\"}");
    sources.put("crm-again.json", "{\"id\": \"crm\", \"name\": \"CRM\", \"version\": \"1.0.1\"}");
    assertThatThrownBy(() -> ModuleManifests.parseAll(sources))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> {
          assertThat(e.code()).isEqualTo(RegistryErrorCode.INVALID_CATALOG);
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.json: id").contains("not a slug"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: name"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: version").contains("'1.2'"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: requires.crm").contains("'~>1'"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: requires.self must be a version range"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: requires.Nope").contains("not a slug"))
              .anySatisfy(p -> assertThat(p).contains("unknown member 'colour'"))
              .anySatisfy(p -> assertThat(p).startsWith("bad.json: settings must be an object"))
              .anySatisfy(p -> assertThat(p).startsWith("broken.json: not valid JSON"))
              .anySatisfy(p -> assertThat(p).startsWith("crm-again.json: module 'crm' is also defined by crm.json"));
          assertThat(e.problems()).hasSize(10);
          assertThat(e.getMessage()).contains("10 problems").contains("bad.json: requires.crm");
        });
  }

  @Test
  void aDirectoryIsReadInFileNameOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.json"), "{\"id\": \"b\", \"name\": \"B\", \"version\": \"1.0.0\"}");
    Files.writeString(dir.resolve("a.json"), "{\"id\": \"a\", \"name\": \"A\", \"version\": \"1.0.0\", "
        + "\"requires\": {\"b\": \"*\"}}");
    Files.writeString(dir.resolve("notes.txt"), "not a manifest");
    assertThat(ModuleManifests.read(dir)).extracting(ModuleManifest::id).containsExactly("a", "b");
  }

  @Test
  void theRecordChecksLikeTheReader() {
    assertThatThrownBy(() -> ModuleManifest.of("a", "A", "1.0", Map.of("a", "^1", "b", "")))
        .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).hasSize(3)
            .anySatisfy(p -> assertThat(p).contains("cannot require itself")));
  }

  @Test
  void thePublishedSchemaDescribesWhatTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(ModuleManifests.schema());
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Set<String> members = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactlyInAnyOrder("$schema", "id", "name", "description", "version", "requires", "settings");
    assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("id", "name", "version");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    for (String valid : new String[] {"^1.2", "~1.4", ">=2.0.0 <3", "*", "1.x", "=1.2.3-rc.1"}) {
      assertThat(valid).matches(schema.at("/properties/requires/additionalProperties/pattern").asText());
      SemVer.range(valid);
    }
    assertThat("agency").matches(schema.at("/properties/id/pattern").asText());
  }
}
