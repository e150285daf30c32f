package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** public.jsonb_merge_patch against the examples of RFC 7396, appendix A. */
class MergePatchFunctionTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\":\"b\"}                 | {\"a\":\"c\"}              | {\"a\": \"c\"}",
      "{\"a\":\"b\"}                 | {\"b\":\"c\"}              | {\"a\": \"b\", \"b\": \"c\"}",
      "{\"a\":\"b\"}                 | {\"a\":null}               | {}",
      "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}               | {\"b\": \"c\"}",
      "{\"a\":[\"b\"]}               | {\"a\":\"c\"}              | {\"a\": \"c\"}",
      "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}            | {\"a\": [\"b\"]}",
      "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\": {\"b\": \"d\"}}",
      "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                | {\"a\": [1]}",
      "[\"a\",\"b\"]                 | [\"c\",\"d\"]              | [\"c\", \"d\"]",
      "{\"a\":\"b\"}                 | [\"c\"]                    | [\"c\"]",
      "{\"a\":\"foo\"}               | null                       | null",
      "{\"a\":\"foo\"}               | \"bar\"                    | \"bar\"",
      "{\"e\":null}                  | {\"a\":1}                  | {\"a\": 1, \"e\": null}",
      "[1,2]                         | {\"a\":\"b\",\"c\":null}   | {\"a\": \"b\"}",
      "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\": {\"bb\": {}}}",
  })
  void appliesTheRfc7396Examples(String target, String patch, String expected) {
    Object merged = RegistryDatabase.shared().fixtures()
        .queryValue("select public.jsonb_merge_patch(?::jsonb, ?::jsonb)::text", target, patch);
    assertThat(merged).isEqualTo(expected);
  }
}
