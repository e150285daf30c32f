package io.moduleregistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads module manifests (JSON, one module per file; the format is published as the JSON Schema
 * {@link #SCHEMA_RESOURCE}) and reports EVERY problem of every file at once: syntax, a member of
 * the wrong type, an unknown member, a field that breaks its rule, two manifests for one id.
 */
public final class ModuleManifests {

  /** The manifest format's JSON Schema (draft 2020-12), a class-path resource of registry-api. */
  public static final String SCHEMA_RESOURCE = "/io/moduleregistry/module-manifest.schema.json";

  private static final Set<String> MEMBERS = Set.of("$schema", "id", "name", "description", "version", "requires",
      "settings");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ModuleManifests() {}

  /**
   * Parses one manifest.
   *
   * @param source what to call it in problems (a file name)
   * @param json the manifest's JSON text
   * @return the manifest
   * @throws InvalidCatalogException naming every problem: fix each
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ModuleManifest parse(String source, String json) {
    return parseAll(Map.of(source, json)).get(0);
  }

  /**
   * Parses several manifests, reporting the problems of all of them together.
   *
   * @param sources source name to JSON text, in the order wanted
   * @return the manifests, in that order
   * @throws InvalidCatalogException naming every problem of every manifest, and ids used twice
   */
  public static List<ModuleManifest> parseAll(Map<String, String> sources) {
    Objects.requireNonNull(sources, "sources must not be null");
    List<String> problems = new ArrayList<>();
    List<ModuleManifest> manifests = new ArrayList<>();
    Map<String, String> sourceOfId = new HashMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      ModuleManifest manifest = read(Objects.requireNonNull(source.getKey(), "source name"),
          Objects.requireNonNull(source.getValue(), "manifest text"), problems);
      if (manifest != null) {
        String earlier = sourceOfId.putIfAbsent(manifest.id(), source.getKey());
        if (earlier != null) {
          problems.add(source.getKey() + ": module '" + manifest.id() + "' is also defined by " + earlier);
        }
        manifests.add(manifest);
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidCatalogException.of(problems);
    }
    return manifests;
  }

  /**
   * Reads every {@code *.json} file of a directory (sorted by name), or one file.
   *
   * @param path a directory or a file
   * @return the manifests
   * @throws InvalidCatalogException naming every problem of every file
   * @throws UncheckedIOException if a file cannot be read
   */
  public static List<ModuleManifest> read(Path path) {
    Map<String, String> sources = new LinkedHashMap<>();
    try {
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> listed = Files.list(path)) {
          files = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
      } else {
        files = List.of(path);
      }
      for (Path file : files) {
        sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read module manifests from " + path, e);
    }
    return parseAll(sources);
  }

  /**
   * The manifest format's JSON Schema, as published.
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    try (InputStream in = ModuleManifests.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(Objects.requireNonNull(in, SCHEMA_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable ModuleManifest read(String source, String json, List<String> problems) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      problems.add(source + ": not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr());
      return null;
    }
    if (tree == null || !tree.isObject()) {
      problems.add(source + ": a manifest must be a JSON object");
      return null;
    }
    int before = problems.size();
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        problems.add(source + ": unknown member '" + name + "' (allowed: id, name, description, version, requires,"
            + " settings, $schema)");
      }
    }
    String id = text(tree, "id", source, problems);
    String name = text(tree, "name", source, problems);
    String description = text(tree, "description", source, problems);
    String version = text(tree, "version", source, problems);
    Map<String, String> requires = new LinkedHashMap<>();
    JsonNode requiresNode = tree.get("requires");
    if (requiresNode != null && !requiresNode.isNull() && !requiresNode.isObject()) {
      problems.add(source + ": requires must be an object of module id to version range");
    } else if (requiresNode != null && requiresNode.isObject()) {
      requiresNode.fields().forEachRemaining(e -> {
        if (e.getValue().isTextual()) {
          requires.put(e.getKey(), e.getValue().textValue());
        } else {
          problems.add(source + ": requires." + e.getKey() + " must be a version range string such as \"^1.2\"");
        }
      });
    }
    JsonNode settings = tree.get("settings");
    if (settings != null && settings.isObject()) {
      settings.fieldNames().forEachRemaining(member -> {
        if (!member.equals("schema") && !member.equals("defaults")) {
          problems.add(source + ": settings: unknown member '" + member + "' (allowed: schema, defaults)");
        }
      });
    }
    ModuleManifest.check(id, name, description, version, requires, settings, source, problems);
    return problems.size() > before ? null : new ModuleManifest(id, name, description, version, requires, settings);
  }

  private static @Nullable String text(JsonNode tree, String member, String source, List<String> problems) {
    JsonNode node = tree.get(member);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add(source + ": " + member + " must be a string");
      return null;
    }
    return node.textValue();
  }
}
