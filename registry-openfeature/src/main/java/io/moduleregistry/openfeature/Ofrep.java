package io.moduleregistry.openfeature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OpenFeature Remote Evaluation Protocol (OFREP 0.3, {@code service/openapi.yaml} of
 * open-feature/protocol) over a {@link FlagEvaluator}, free of any web framework: an HTTP endpoint
 * hands it the request's path key, body and {@code If-None-Match}, and sends back the {@link
 * Response}'s status, headers and body as they are. The evaluator should take the caller from the
 * authenticated request ({@link FlagEvaluator.Builder#callerSource}): a request's context is the
 * client's word.
 *
 * <ul>
 *   <li>{@code POST /ofrep/v1/evaluate/flags/{key}}: {@link #evaluate}. 200 with {@code key},
 *       {@code reason}, {@code variant} and {@code value} (no {@code value}: the client's code
 *       default, e.g. a setting of a module not enabled); 404 {@code FLAG_NOT_FOUND}; 400 with
 *       the key's error ({@code INVALID_CONTEXT}, {@code TARGETING_KEY_MISSING}, {@code
 *       PARSE_ERROR}); 500 with {@code errorDetails} when the database failed.</li>
 *   <li>{@code POST /ofrep/v1/evaluate/flags}: {@link #evaluateAll}. 200 with {@code flags}, every
 *       flag of {@link FlagEvaluator#evaluateAll}, and an {@code ETag} over the answer (so per
 *       caller); 304 without a body when {@code If-None-Match} names it; 400 or 500 as above for
 *       the whole request.</li>
 * </ul>
 * OFREP's success reasons are {@code STATIC}, {@code TARGETING_MATCH}, {@code SPLIT}, {@code
 * DISABLED} and {@code UNKNOWN}: an answer from the snapshot ({@code CACHED} in-process) is sent as
 * {@code TARGETING_MATCH}, a setting that is not set ({@code DEFAULT}) as {@code STATIC} without a
 * value. Thread-safe; never throws.
 */
public final class Ofrep {

  private static final String JSON = "application/json";

  private final FlagEvaluator evaluator;
  private final ObjectMapper mapper;

  /**
   * An OFREP mapping over this evaluator.
   *
   * @param evaluator answers the flags
   * @param mapper reads requests and writes responses (the application's, or a plain {@code new ObjectMapper()})
   * @throws NullPointerException if either is {@code null}
   */
  public Ofrep(FlagEvaluator evaluator, ObjectMapper mapper) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator must not be null");
    this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
  }

  /**
   * An HTTP response to send as it is.
   *
   * @param status the status code
   * @param headers headers to set ({@code Content-Type}, {@code ETag})
   * @param body the JSON body, or {@code null} for none (304)
   */
  public record Response(int status, Map<String, String> headers, @Nullable String body) {}

  /**
   * {@code POST /ofrep/v1/evaluate/flags/{key}}.
   *
   * @param key the path's flag key, decoded
   * @param requestBody the request's body, {@code {"context": {"targetingKey": ..., "organization": ...}}}
   * @return the response
   */
  public Response evaluate(String key, @Nullable String requestBody) {
    JsonNode context;
    try {
      context = context(requestBody);
    } catch (BadRequest e) {
      return failure(400, key, e.code, e.getMessage());
    }
    Resolution r = evaluator.evaluate(key, text(context.get("targetingKey")), organization(context));
    if (r.errorCode() == null) {
      return new Response(200, Map.of("Content-Type", JSON), write(success(key, r)));
    }
    return switch (r.errorCode()) {
      case FLAG_NOT_FOUND -> failure(404, key, r.errorCode(), r.errorMessage());
      case GENERAL -> serverError(r.errorMessage());
      default -> failure(400, key, r.errorCode(), r.errorMessage());
    };
  }

  /**
   * {@code POST /ofrep/v1/evaluate/flags}.
   *
   * @param requestBody the request's body, as for {@link #evaluate}
   * @param ifNoneMatch the request's {@code If-None-Match} header, or {@code null}
   * @return the response: 200 with an {@code ETag}, 304, 400 or 500
   */
  public Response evaluateAll(@Nullable String requestBody, @Nullable String ifNoneMatch) {
    JsonNode context;
    try {
      context = context(requestBody);
    } catch (BadRequest e) {
      return failure(400, null, e.code, e.getMessage());
    }
    FlagEvaluator.Bulk bulk = evaluator.evaluateAll(text(context.get("targetingKey")), organization(context));
    if (bulk.error() != null) {
      Resolution error = bulk.error();
      return error.errorCode() == ErrorCode.GENERAL ? serverError(error.errorMessage())
          : failure(400, null, error.errorCode(), error.errorMessage());
    }
    ObjectNode body = mapper.createObjectNode();
    ArrayNode flags = body.putArray("flags");
    bulk.flags().forEach((key, r) -> flags.add(r.errorCode() == null ? success(key, r)
        : failureBody(key, r.errorCode(), r.errorMessage())));
    String json = write(body);
    String etag = etag(json);
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      return new Response(304, Map.of("ETag", etag), null);
    }
    return new Response(200, Map.of("Content-Type", JSON, "ETag", etag), json);
  }

  private ObjectNode success(String key, Resolution r) {
    ObjectNode node = mapper.createObjectNode();
    node.put("key", key);
    node.put("reason", r.reason().equals(Reason.CACHED.name()) ? Reason.TARGETING_MATCH.name()
        : r.reason().equals(Reason.DEFAULT.name()) ? Reason.STATIC.name() : r.reason());
    if (r.variant() != null) {
      node.put("variant", r.variant());
    }
    if (r.value() != null) {
      node.set("value", r.value());
    }
    return node;
  }

  private ObjectNode failureBody(@Nullable String key, @Nullable ErrorCode code, @Nullable String details) {
    ObjectNode node = mapper.createObjectNode();
    if (key != null) {
      node.put("key", key);
    }
    node.put("errorCode", String.valueOf(code));
    if (details != null) {
      node.put("errorDetails", details);
    }
    return node;
  }

  private Response failure(int status, @Nullable String key, @Nullable ErrorCode code, @Nullable String details) {
    return new Response(status, Map.of("Content-Type", JSON), write(failureBody(key, code, details)));
  }

  private Response serverError(@Nullable String details) {
    ObjectNode node = mapper.createObjectNode();
    node.put("errorDetails", details);
    return new Response(500, Map.of("Content-Type", JSON), write(node));
  }

  /** The request's context object. */
  private JsonNode context(@Nullable String requestBody) throws BadRequest {
    if (requestBody == null || requestBody.isBlank()) {
      throw new BadRequest(ErrorCode.INVALID_CONTEXT, "the request has no body: send {\"context\": {\"targetingKey\": ...}}");
    }
    JsonNode request;
    try {
      request = mapper.readTree(requestBody);
    } catch (JsonProcessingException e) {
      throw new BadRequest(ErrorCode.PARSE_ERROR, "the request's body is not JSON: " + e.getOriginalMessage());
    }
    JsonNode context = request == null ? null : request.get("context");
    if (context == null || !context.isObject()) {
      throw new BadRequest(ErrorCode.INVALID_CONTEXT, "the request's body has no object 'context':"
          + " send {\"context\": {\"targetingKey\": ..., \"" + evaluator.organizationAttribute() + "\": ...}}");
    }
    return context;
  }

  private @Nullable Object organization(JsonNode context) {
    JsonNode node = context.get(evaluator.organizationAttribute());
    return node == null || node.isNull() ? null : node.isTextual() ? node.textValue() : node.toString();
  }

  /** A targetingKey that is no string is sent on as its JSON, for the evaluator to refuse. */
  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.isTextual() ? node.textValue() : node.toString();
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e); // a tree of our own: cannot happen
    }
  }

  /** A strong ETag over the answer: the same flags and values for this caller, the same tag. */
  static String etag(String json) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** {@code If-None-Match}: {@code *}, or a list of tags, weak ones compared weakly (RFC 9110 13.1.2). */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
        return true;
      }
    }
    return false;
  }

  /** A request that is not OFREP's. */
  private static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;
    final ErrorCode code;

    BadRequest(ErrorCode code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
