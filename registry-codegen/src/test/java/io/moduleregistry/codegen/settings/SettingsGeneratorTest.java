package io.moduleregistry.codegen.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.moduleregistry.codegen.CodegenException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings generator on manifests that use every keyword of the subset: the output matches the
 * committed expected files in {@code src/test/resources/settings/expected} ({@code
 * -Dregistry.types.expected.update=true} rewrites them), the Java compiles with {@code -Xlint:all
 * -Werror} against Jackson's annotations alone, and settings go through the records and back
 * unchanged.
 */
public class SettingsGeneratorTest {

  /** The manifests of the tests: time-tracking (every keyword), crm (no schema), open-settings, odd-names. */
  public static final Path MANIFESTS = Path.of("src/test/resources/settings/manifests");
  static final Path EXPECTED = Path.of("src/test/resources/settings/expected");
  static final String PACKAGE = "com.example.settings";

  private static SettingsGenerator.Output output;

  @BeforeAll
  static void generate() {
    output = SettingsGenerator.generate(SettingsGenerator.readManifests(MANIFESTS), PACKAGE);
  }

  @Test
  void theOutputIsTheCommittedExpectedOutput() throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    output.javaFiles().forEach((path, source) -> files.put(Path.of(path).getFileName().toString(), source));
    files.put(SettingsGenerator.TYPESCRIPT_FILE, output.typescript());
    if (Boolean.getBoolean("registry.types.expected.update")) {
      Files.createDirectories(EXPECTED);
      try (Stream<Path> old = Files.list(EXPECTED)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(EXPECTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    try (Stream<Path> expected = Files.list(EXPECTED)) {
      assertThat(expected.map(p -> p.getFileName().toString()).sorted().toList())
          .as("the files generated (update with -Dregistry.types.expected.update=true)")
          .containsExactlyElementsOf(files.keySet());
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(file.getValue()).as(file.getKey() + " (update with -Dregistry.types.expected.update=true)")
          .isEqualTo(Files.readString(EXPECTED.resolve(file.getKey()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aModuleWithoutSchemaGetsNoRecordAndOpenSettingsInTypeScript() {
    assertThat(output.javaFiles().keySet()).containsExactly(
        "com/example/settings/OddNamesSettings.java", "com/example/settings/TimeTrackingSettings.java");
    assertThat(output.modules()).isEqualTo(4);
    assertThat(output.typescript())
        .contains("  crm: { [key: string]: Json | undefined }\n")
        .contains("export type OpenSettingsSettings = { [key: string]: string }\n")
        .contains("  'time-tracking': TimeTrackingSettings\n");
  }

  @Test
  void theSameManifestsGiveTheSameBytes() {
    SettingsGenerator.Output again = SettingsGenerator.generate(SettingsGenerator.readManifests(MANIFESTS), PACKAGE);
    assertThat(again).isEqualTo(output);
  }

  @Test
  void theGeneratedJavaCompilesWithAllWarningsAsErrorsAgainstJacksonAnnotationsOnly(@TempDir Path dir) {
    compile(dir, classPathOf(JsonProperty.class));
  }

  @Test
  void settingsGoThroughTheRecordsAndBackExactly(@TempDir Path dir) throws Exception {
    Path classes = compile(dir, classPathOf(JsonProperty.class));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        SettingsGeneratorTest.class.getClassLoader())) {
      Class<?> type = loader.loadClass(PACKAGE + ".TimeTrackingSettings");
      ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build(); // ModuleRegistry's default
      // every member, in schema order, written as jsonb gives it back
      String json = """
          {"rounding":"quarter-hour","maxHoursPerDay":8,"hourlyRate":0.10000000000000000000001,\
          "budgetCents":9999999999,"lifetimeSeconds":123456789012345678901234567890,\
          "approval":{"required":true,"approvers":["2f1c6a52-8a43-4a4e-9d7e-2e1f0b5a9c11"],\
          "escalation":{"afterDays":3,"to":"lead@example.com","next":{"afterDays":7}}},\
          "reminders":[{"at":"09:00","weekday":"mon"},{"at":"17:30"}],"start-date":"2024-02-29",\
          "contact":"a@b.co","note":"hi","class":"standard","2fa":true,"weights":{"a":1.50,"b":0},\
          "labels":{"x":[1,{"y":null}]},"extra":{"any":"thing"},"idOrName":"x","level":2,"ratio":1.5,\
          "mode":1,"fallback":{"afterDays":1},"window":[9,17]}""";
      Object settings = mapper.readValue(json, type);
      String written = mapper.writeValueAsString(settings);
      assertThat(exact(written)).isEqualTo(exact(json));
      assertThat(written).isEqualTo(json);
      assertThat(mapper.readValue(written, type)).isEqualTo(settings);

      // absent stays absent; the enum is read as its constant
      Object minimal = mapper.readValue("{\"rounding\":\"15m\",\"maxHoursPerDay\":1}", type);
      assertThat(mapper.writeValueAsString(minimal)).isEqualTo("{\"rounding\":\"15m\",\"maxHoursPerDay\":1}");
      assertThat(component(minimal, "rounding").toString()).isEqualTo("V_15M");
      assertThat(component(minimal, "approval")).isNull();
      assertThat(component(minimal, "_2fa")).isNull();

      // a decimal with a negative scale is kept as jsonb keeps it (1E+3 is 1000), so it reads back equal
      Object decimal = mapper.readValue("{\"rounding\":\"none\",\"maxHoursPerDay\":1,\"hourlyRate\":1E+3}", type);
      assertThat(component(decimal, "hourlyRate")).isEqualTo(new BigDecimal("1000"));
      assertThat(mapper.readValue(mapper.writeValueAsString(decimal), type)).isEqualTo(decimal);

      // a required member that may be null is written even when null
      Class<?> odd = loader.loadClass(PACKAGE + ".OddNamesSettings");
      Object nulls = mapper.readValue("{\"nullableRequired\":null,\"empty\":{}}", odd);
      assertThat(mapper.writeValueAsString(nulls)).isEqualTo("{\"empty\":{},\"nullableRequired\":null}");
    }
  }

  @Test
  void componentTypesFollowTheSchema() throws Exception {
    String source = output.javaFiles().get("com/example/settings/TimeTrackingSettings.java");
    assertThat(source)
        .contains("@JsonProperty(\"rounding\") Rounding rounding")
        .contains("@JsonProperty(\"maxHoursPerDay\") Integer maxHoursPerDay")
        .contains("@JsonProperty(\"hourlyRate\") BigDecimal hourlyRate")
        .contains("@JsonProperty(\"budgetCents\") Long budgetCents")
        .contains("@JsonProperty(\"lifetimeSeconds\") BigInteger lifetimeSeconds")
        .contains("@JsonProperty(\"approval\") Approval approval")
        .contains("@JsonProperty(\"reminders\") List<RemindersItem> reminders")
        .contains("@JsonProperty(\"start-date\") String startDate")
        .contains("@JsonProperty(\"class\") String class_")
        .contains("@JsonProperty(\"2fa\") Boolean _2fa")
        .contains("@JsonProperty(\"weights\") Map<String, BigDecimal> weights")
        .contains("@JsonProperty(\"labels\") Map<String, Object> labels")
        .contains("@JsonProperty(\"extra\") Object extra")
        .contains("@JsonProperty(\"idOrName\") Object idOrName")
        .contains("@JsonProperty(\"level\") Integer level")
        .contains("@JsonProperty(\"ratio\") BigDecimal ratio")
        .contains("@JsonProperty(\"mode\") Object mode")
        .contains("@JsonProperty(\"fallback\") Escalation fallback")
        .contains("@JsonProperty(\"window\") List<Integer> window")
        .contains("public record Escalation(")
        .contains("@JsonProperty(\"next\") Escalation next")
        .contains("public enum UnusedColor {")
        .contains("@JsonProperty(\"quarter-hour\")\n    QUARTER_HOUR,")
        .contains("@JsonProperty(\"quarterHour\")\n    QUARTER_HOUR2,");
    assertThat(output.typescript())
        .contains("rounding: 'none' | 'quarter-hour' | 'half-hour' | 'quarterHour' | '15m'\n")
        .contains("maxHoursPerDay: number\n")
        .contains("'start-date'?: string\n")
        .contains("note?: string | null\n")
        .contains("class?: 'standard'\n")
        .contains("fallback?: TimeTrackingSettingsEscalation\n")
        .contains("export type TimeTrackingSettingsHours = number[]\n");
  }

  @Test
  void invalidManifestsAreRefusedNamingFileMemberAndKeyword() {
    assertThatThrownBy(() -> SettingsGenerator.generate(
        SettingsGenerator.readManifests(Path.of("src/test/resources/settings/invalid")), PACKAGE))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("bad.json: settings.schema: keyword 'oneOf' at '/properties/mode' is not supported")
        .hasMessageContaining("bad.json: settings.schema: '/properties/limit/minimum' must be a number")
        .hasMessageContaining("bad.json: settings.schema: '/properties/kind/$ref' must be a local reference")
        .hasMessageContaining("bad.json: settings.schema: '/properties/code/format' must be one of date, date-time")
        .hasMessageContaining("bad.json: settings.schema: '/properties/code/pattern' is not a valid regular expression")
        .hasMessageContaining("bad.json: settings.schema: '/properties/size/type' must be one of")
        .hasMessageContaining("bad.json: settings.schema: '/properties/keys/required' must be an array of distinct")
        .hasMessageContaining("broken.json: not valid JSON")
        .hasMessageContaining("no-id.json: id: a module id")
        .hasMessageContaining("not-an-object.json: settings.schema: the root schema must have \"type\": \"object\"");
    assertThatThrownBy(() -> SettingsGenerator.generate(Map.of(
        "a.json", "{\"id\":\"a\"}", "b.json", "{\"id\":\"a\"}"), PACKAGE))
        .hasMessageContaining("module 'a' is also defined by");
    assertThatThrownBy(() -> SettingsGenerator.generate(Map.of(), "Not.A.Package"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Not.A.Package'");
  }

  @Test
  void aModuleThatLostItsSchemaLosesItsRecord(@TempDir Path dir) throws IOException {
    SettingsGenerator.write(output, PACKAGE, dir, dir.resolve("ts/module-settings.ts"));
    Path record = dir.resolve("com/example/settings/OddNamesSettings.java");
    Path mine = Files.writeString(dir.resolve("com/example/settings/Mine.java"), "package com.example.settings;");
    assertThat(record).exists();
    SettingsGenerator.Output fewer = SettingsGenerator.generate(Map.of("t.json",
        Files.readString(MANIFESTS.resolve("time-tracking.json"))), PACKAGE);
    SettingsGenerator.write(fewer, PACKAGE, dir, dir.resolve("ts/module-settings.ts"));
    assertThat(record).doesNotExist();
    assertThat(mine).as("a file the generator did not write is left alone").exists();
    assertThat(dir.resolve("com/example/settings/TimeTrackingSettings.java")).exists();
  }

  /** The generated records compiled with -Xlint:all -Werror; returns the classes' folder. */
  static Path compile(Path dir, String classPath) {
    SettingsGenerator.write(output, PACKAGE, dir.resolve("src"), null);
    List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
        "-classpath", classPath, "-d", dir.resolve("classes").toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int status;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Files.createDirectories(dir.resolve("classes"));
      status = javac.getTask(errors, files, null, args, null, files.getJavaFileObjectsFromPaths(
          output.javaFiles().keySet().stream().map(f -> dir.resolve("src").resolve(f)).toList())).call() ? 0 : 1;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(status).as("javac:\n" + errors).isZero();
    assertThat(errors.toString()).as("no warnings").isEmpty();
    return dir.resolve("classes");
  }

  private static String classPathOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object component(Object record, String name) throws ReflectiveOperationException {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getAccessor().invoke(record);
      }
    }
    throw new AssertionError("no component " + name + " in " + record.getClass());
  }

  private static JsonNode exact(String json) throws IOException {
    return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(json);
  }
}
