package io.moduleregistry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Jackson at the edges: settings in (checked before any SQL), settings and claims out. */
final class SettingsCodec {

  /**
   * The database's limit on settings (constraint {@code org_modules_settings_size}), checked here
   * first: at most this many bytes as {@link #storedSize(String)} measures them, which is what
   * {@code module_registry.jsonb_compact_size} measures in SQL.
   */
  static final int MAX_SETTINGS_BYTES = 64 * 1024;

  /**
   * Reads JSON as jsonb keeps it: numbers exactly as written (no binary floating point, trailing
   * zeros kept), a repeated key's last value winning.
   */
  private static final ObjectReader EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build().reader();
  /** Writes compact JSON with numbers in plain notation, as PostgreSQL's numeric prints them. */
  private static final ObjectWriter CANONICAL = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build().writer();

  private final ObjectMapper mapper;
  /**
   * Reads caller-supplied settings text and claims: exactly one value, nothing after it, numbers
   * kept exactly as written (no rounding through {@code double}, no {@code 1e400} turned into the
   * string "Infinity").
   */
  private final ObjectReader strictExact;
  /** Reads stored settings with the caller's mapper, numbers kept exactly. */
  private final ObjectReader exact;
  /** Writes settings; NaN and infinities as the bare tokens they are, which the check then refuses. */
  private final ObjectWriter writer;
  private final JavaType mapType;

  SettingsCodec(ObjectMapper mapper) {
    this.mapper = mapper;
    this.exact = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    this.strictExact = exact.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.writer = mapper.writer().without(JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS);
    this.mapType = mapper.constructType(new TypeReference<Map<String, Object>>() {});
  }

  /**
   * Checks settings or a patch and returns the JSON text that is bound as the statement's {@code
   * jsonb} parameter: one serialization per call. A {@code String} is JSON text, parsed and written
   * again (so what is bound is what was checked); anything else is serialized by Jackson. Either
   * way it must be a JSON object of at most 64 KiB without the character U+0000, which {@code
   * jsonb} cannot store.
   */
  String toJsonObject(@Nullable Object value, String what, @Nullable UUID orgId, @Nullable String moduleId) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null (use an empty map or object for none)");
    }
    String json;
    try {
      json = writer.writeValueAsString(value instanceof String text ? parseText(text, what, orgId, moduleId) : value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw invalid(what, orgId, moduleId, "cannot be serialized by Jackson: " + brief(e), e);
    }
    if (!json.startsWith("{")) {
      throw invalid(what, orgId, moduleId, "must serialize to a JSON object, not " + parse(json).getNodeType(), null);
    }
    int size;
    try {
      size = storedSize(json);
    } catch (IllegalArgumentException e) {
      // a number PostgreSQL cannot store as written (1e200000), JSON nested deeper than Jackson reads, or
      // what a customized mapper writes that is not JSON (NaN): refused here rather than by the database
      throw invalid(what, orgId, moduleId, "cannot be stored as jsonb: " + e.getMessage(), e);
    }
    if (size > MAX_SETTINGS_BYTES) {
      throw invalid(what, orgId, moduleId, "are " + size + " bytes as compact JSON; at most " + MAX_SETTINGS_BYTES
          + " (64 KiB) are allowed", null);
    }
    if (hasNul(json)) {
      throw invalid(what, orgId, moduleId, "contain the character U+0000, which PostgreSQL's jsonb cannot store;"
          + " remove it or encode it", null);
    }
    int lone = loneSurrogate(json);
    if (lone >= 0) {
      throw invalid(what, orgId, moduleId, "contain an unpaired UTF-16 surrogate (U+"
          + Integer.toHexString(json.charAt(lone)).toUpperCase() + "), which is not a character; PostgreSQL would"
          + " store '?' in its place", null);
    }
    return json;
  }

  /**
   * The size the settings limit is about: the bytes, in UTF-8, of the compact canonical JSON text
   * of the value as {@code jsonb} stores it: no whitespace, one member per key (the last one),
   * numbers in plain notation ({@code 1.0E10} is {@code 10000000000}, {@code 1e-5} is {@code
   * 0.00001}), strings escaped as JSON requires. It is {@code module_registry.jsonb_compact_size}
   * of the same value in SQL, byte for byte, which the database's check uses: one definition on
   * both sides. Key order does not change it.
   *
   * @param json valid JSON text
   * @return the size in bytes
   * @throws IllegalArgumentException if the text is not JSON (or nested deeper than Jackson's
   *     default limit), or a number cannot be written plainly
   */
  static int storedSize(String json) {
    try {
      // written as a String, then encoded: Jackson's byte writer would escape characters outside the BMP
      return CANONICAL.writeValueAsString(EXACT.readTree(json)).getBytes(StandardCharsets.UTF_8).length;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot measure the settings: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads stored settings (jsonb's text) as the caller's type. */
  <T> T read(String settings, Class<T> type, UUID orgId, String moduleId) {
    return read(settings, mapper.constructType(type), orgId, moduleId);
  }

  /** Reads stored settings (jsonb's text) as a {@code Map<String, Object>}. */
  Map<String, Object> readMap(String settings, UUID orgId, String moduleId) {
    return read(settings, mapType, orgId, moduleId);
  }

  private <T> T read(String settings, JavaType type, UUID orgId, String moduleId) {
    try {
      return mapper.readValue(settings, type); // as the caller's mapper reads JSON: its own number types
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidSettingsException("the settings of module '" + moduleId + "' in organization " + orgId
          + " cannot be read as " + type.toCanonical() + ": " + e.getMessage(), orgId, moduleId, e);
    }
  }

  /**
   * Parses JSON text from the database, numbers exactly as stored ({@code 0.10000000000000000000001}
   * and {@code 1e400} stay what they are), so that settings read and written back change nothing.
   */
  JsonNode parse(String json) {
    try {
      return exact.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned malformed JSON", e);
    }
  }

  /**
   * Checks caller-supplied JWT claims before any SQL: one JSON object, nothing after it, whose
   * "sub" is a UUID, without the character U+0000. Returns the sub.
   */
  UUID claimsSubject(@Nullable String claimsJson) {
    if (claimsJson == null) {
      throw new NullPointerException("claims must not be null");
    }
    JsonNode claims;
    try {
      claims = strictExact.readTree(claimsJson); // numbers exact, to check them against jsonb's range below
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("claims are not valid JSON: " + e.getOriginalMessage()
          + " (claims must be one JSON object, with nothing after it)", e);
    }
    if (claims == null || !claims.isObject()) {
      throw new IllegalArgumentException("claims must be a JSON object with a \"sub\" UUID, got "
          + (claims == null || claims.isMissingNode() ? "nothing" : claims.getNodeType()));
    }
    if (hasNul(claimsJson)) {
      throw new IllegalArgumentException("claims contain the character U+0000, which PostgreSQL's jsonb cannot read");
    }
    String unreadable = unreadableByJsonb(claims);
    if (unreadable != null) {
      throw new IllegalArgumentException("claims contain " + unreadable + ", which PostgreSQL's jsonb cannot read");
    }
    JsonNode sub = claims.get("sub");
    if (sub == null || !sub.isTextual()) {
      throw new IllegalArgumentException("claims must carry \"sub\", the user's UUID, as a string");
    }
    try {
      UUID id = UUID.fromString(sub.asText());
      if (id.toString().equalsIgnoreCase(sub.asText())) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("claims \"sub\" is not a UUID: '" + sub.asText() + "'");
  }

  /**
   * What in a JSON tree PostgreSQL's jsonb refuses though JSON allows it, or null: a number beyond
   * numeric's range (131,072 digits before the point, 16,383 after) or a string holding half of a
   * surrogate pair (an escaped {@code \ud800} alone).
   */
  private static @Nullable String unreadableByJsonb(JsonNode node) {
    if (node.isNumber() && node.isBigDecimal()) {
      BigDecimal n = node.decimalValue();
      if (n.precision() - n.scale() > 131_072 || n.scale() > 16_383) {
        return "the number " + (n.toString().length() > 40 ? n.toString().substring(0, 40) + "…" : n.toString())
            + " (beyond numeric's range)";
      }
    } else if (node.isTextual() && loneSurrogate(node.textValue()) >= 0) {
      return "a string with an unpaired UTF-16 surrogate";
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (loneSurrogate(names.next()) >= 0) {
        return "a key with an unpaired UTF-16 surrogate";
      }
    }
    for (JsonNode child : node) { // an object's values or an array's elements
      String found = unreadableByJsonb(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The index of the first half of a UTF-16 surrogate pair that has no other half, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A String argument is JSON text: parsed strictly, so that text that is no JSON is refused, not stored as a string. */
  private JsonNode parseText(String text, String what, @Nullable UUID orgId, @Nullable String moduleId) {
    try {
      JsonNode node = strictExact.readTree(text);
      return node == null ? mapper.missingNode() : node;
    } catch (JsonProcessingException e) {
      throw invalid(what, orgId, moduleId, "are a String, which is read as JSON text, and are not valid JSON ("
          + e.getOriginalMessage() + "); pass the text of a JSON object, such as {\"rounding\":15}", e);
    }
  }

  /**
   * Whether valid JSON text holds the character U+0000, which is always escaped ({@code \u0000})
   * in JSON; an escaped backslash followed by {@code u0000} is not it.
   */
  static boolean hasNul(String json) {
    for (int i = json.indexOf('\\'); i >= 0 && i < json.length() - 1; i = json.indexOf('\\', i)) {
      if (json.startsWith("u0000", i + 1)) {
        return true;
      }
      i += 2; // skip the escaped character (\\ included), so the next backslash starts an escape
    }
    return json.indexOf('\u0000') >= 0;
  }

  /**
   * Jackson's message without its location or reference chain, which for settings nested thousands
   * deep runs to tens of kilobytes; the whole stays on the cause.
   */
  private static String brief(Exception e) {
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return message != null && message.length() > 300 ? message.substring(0, 300) + "…" : String.valueOf(message);
  }

  private static InvalidSettingsException invalid(String what, @Nullable UUID orgId, @Nullable String moduleId,
      String problem, @Nullable Throwable cause) {
    return new InvalidSettingsException(what + " for module '" + moduleId + "' in organization " + orgId + " " + problem,
        orgId, moduleId, cause);
  }
}
