package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * module_registry.jsonb_merge_patch against the examples of RFC 7396, appendix A, and the cases the
 * quadratic public.jsonb_merge_patch it replaced answered (issue 18): the same results.
 */
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
      "{\"a\":{\"b\":1,\"c\":2},\"d\":3} | {\"a\":{\"c\":null,\"e\":{\"f\":null,\"g\":4}},\"d\":null,\"h\":[null]} | {\"a\": {\"b\": 1, \"e\": {\"g\": 4}}, \"h\": [null]}",
      "{\"a\":1}                   | {}                         | {\"a\": 1}",
      "{\"a\":{\"b\":1}}         | {\"a\":{}}               | {\"a\": {\"b\": 1}}",
      "{\"a\":1}                   | {\"a\":{\"b\":null}}   | {\"a\": {}}",
  })
  void appliesTheRfc7396Examples(String target, String patch, String expected) {
    Object merged = RegistryDatabase.shared().fixtures()
        .queryValue("select module_registry.jsonb_merge_patch(?::jsonb, ?::jsonb)::text", target, patch);
    assertThat(merged).isEqualTo(expected);
  }

  @Test
  void aMissingPatchLeavesTheTargetAsItIs() {
    assertThat(RegistryDatabase.shared().fixtures()
        .queryValue("select module_registry.jsonb_merge_patch('{\"a\":1}'::jsonb, null)::text")).isEqualTo("{\"a\": 1}");
  }

  @Test
  void thousandsOfKeysMergeToTheSameObjectAsTheirUnion() {
    // Sizes the quadratic function took seconds for; correctness only, the cost is measured in registry-bench.
    Object merged = RegistryDatabase.shared().fixtures().queryValue(
        "with p as (select jsonb_object_agg('k' || i, i) as patch from generate_series(1, 8000) i)"
        + " select module_registry.jsonb_merge_patch('{\"k1\":\"old\",\"x\":true}'::jsonb, patch)"
        + "   = patch || '{\"x\":true}'::jsonb from p");
    assertThat(merged).isEqualTo(true);
  }
}
