package io.moduleregistry.spring;

import io.moduleregistry.openfeature.Ofrep;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The OFREP routes: each request handed to {@link Ofrep} as it came, its answer sent back as it is. */
final class OfrepEndpoints {

  static final String BULK = "/ofrep/v1/evaluate/flags";
  static final String SINGLE = BULK + "/{key}";

  /** OFREP's error body for a request without a caller (the protocol's 401 has no body of its own). */
  private static final String UNAUTHORIZED = "{\"errorDetails\":\"flags are answered for an authenticated caller"
      + " only: send the user's access token in the Authorization header\"}";

  private final Ofrep ofrep;
  private final CallerScopeResolver callers;

  OfrepEndpoints(Ofrep ofrep, CallerScopeResolver callers) {
    this.ofrep = ofrep;
    this.callers = callers;
  }

  RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .POST(SINGLE, request -> answer(request, true))
        .POST(BULK, request -> answer(request, false))
        .build();
  }

  private ServerResponse answer(ServerRequest request, boolean single) throws Exception {
    // Behind Spring Security's entry point this never happens; where the paths are open to all, it still must not
    // answer (OFREP's TARGETING_KEY_MISSING would be a 400 the client retries with another context).
    if (callers.current().isEmpty()) {
      return ServerResponse.status(401).contentType(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(UNAUTHORIZED);
    }
    String body = request.body(String.class);
    Ofrep.Response response = single ? ofrep.evaluate(request.pathVariable("key"), body)
        : ofrep.evaluateAll(body, request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH));
    ServerResponse.BodyBuilder builder = ServerResponse.status(response.status());
    response.headers().forEach(builder::header);
    return response.body() == null ? builder.build() : builder.body(response.body());
  }
}
