package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each keyword of the settings subset, on both sides: the Java {@link SettingsSchema} and the database's
 * {@code module_registry.settings_violations} / {@code settings_schema_problems} give the listed texts.
 * Schemas and documents are written with ' for ".
 */
class SettingsSchemaTest {

  static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String q(String text) {
    return text.replace('\'', '"');
  }

  private record Case(String schema, String document, List<String> expected) {
  }

  private static final List<Case> CASES = new ArrayList<>();

  private static void check(String schema, String document, String... expected) {
    CASES.add(new Case(q(schema), q(document), List.of(expected)));
  }

  static {
    String t = "{'type':'object','properties':{'v':%s}}";
    // type
    check(t.formatted("{'type':'integer'}"), "{'v':1.0}");
    check(t.formatted("{'type':'integer'}"), "{'v':1e30}");
    check(t.formatted("{'type':'integer'}"), "{'v':1.5}", "'/v' violates type");
    check(t.formatted("{'type':'integer'}"), "{'v':'1'}", "'/v' violates type");
    check(t.formatted("{'type':'number'}"), "{'v':-0.0}");
    check(t.formatted("{'type':['string','null']}"), "{'v':null}");
    check(t.formatted("{'type':['string','null']}"), "{'v':false}", "'/v' violates type");
    check(t.formatted("{'type':'array'}"), "{'v':{}}", "'/v' violates type");
    check(t.formatted("{'type':'object'}"), "{'v':[]}", "'/v' violates type");
    check(t.formatted("{'type':'boolean'}"), "{'v':0}", "'/v' violates type");
    check("{'type':'object'}", "[]", "'' violates type");
    // enum and const: JSON equality
    check(t.formatted("{'enum':[1,'a',[1,{'x':2,'y':3}],null]}"), "{'v':1.0}");
    check(t.formatted("{'enum':[1,'a',[1,{'x':2,'y':3}],null]}"), "{'v':[1.00,{'y':3,'x':2.0}]}");
    check(t.formatted("{'enum':[1,'a',[1,{'x':2,'y':3}],null]}"), "{'v':[1,{'x':2}]}", "'/v' violates enum");
    check(t.formatted("{'enum':[1,'a']}"), "{'v':'A'}", "'/v' violates enum");
    check(t.formatted("{'enum':[]}"), "{'v':1}", "'/v' violates enum");
    check(t.formatted("{'const':{'a':[1,2]}}"), "{'v':{'a':[1.0,2]}}");
    check(t.formatted("{'const':{'a':[1,2]}}"), "{'v':{'a':[2,1]}}", "'/v' violates const");
    check(t.formatted("{'type':'string','enum':['a']}"), "{'v':1}", "'/v' violates enum", "'/v' violates type");
    // numbers, exact
    check(t.formatted("{'minimum':5}"), "{'v':5}");
    check(t.formatted("{'minimum':5}"), "{'v':4.999999999999999999999}", "'/v' violates minimum");
    check(t.formatted("{'maximum':123456789012345678901234567890}"), "{'v':123456789012345678901234567891}", "'/v' violates maximum");
    check(t.formatted("{'maximum':123456789012345678901234567890}"), "{'v':123456789012345678901234567890.0}");
    check(t.formatted("{'exclusiveMinimum':1e30}"), "{'v':1000000000000000000000000000000}", "'/v' violates exclusiveMinimum");
    check(t.formatted("{'exclusiveMinimum':1e30}"), "{'v':1000000000000000000000000000000.1}");
    check(t.formatted("{'exclusiveMaximum':0.1}"), "{'v':0.1}", "'/v' violates exclusiveMaximum");
    check(t.formatted("{'exclusiveMaximum':0.1}"), "{'v':0.09999999999999999999}");
    check(t.formatted("{'minimum':5}"), "{'v':'1'}");
    // strings: code points
    check(t.formatted("{'maxLength':2}"), "{'v':'😀😀'}");
    check(t.formatted("{'maxLength':2}"), "{'v':'e\u0301e'}", "'/v' violates maxLength");
    check(t.formatted("{'minLength':1}"), "{'v':''}", "'/v' violates minLength");
    check(t.formatted("{'minLength':3}"), "{'v':[1]}");
    // pattern: a search; . any character; $ only at the end
    check(t.formatted("{'pattern':'b+'}"), "{'v':'abbc'}");
    check(t.formatted("{'pattern':'^b+$'}"), "{'v':'bb\\n'}", "'/v' violates pattern");
    check(t.formatted("{'pattern':'a.c'}"), "{'v':'a\\nc'}");
    check(t.formatted("{'pattern':'^[😀-😂]{2}$'}"), "{'v':'😁😂'}");
    check(t.formatted("{'pattern':'^[😀-😂]{2}$'}"), "{'v':'😁😃'}", "'/v' violates pattern");
    check(t.formatted("{'pattern':'^[^a]$'}"), "{'v':'😀'}");
    // formats
    check(t.formatted("{'format':'date'}"), "{'v':'2024-02-29'}");
    check(t.formatted("{'format':'date'}"), "{'v':'2023-02-29'}", "'/v' violates format");
    check(t.formatted("{'format':'date'}"), "{'v':'2024-2-29'}", "'/v' violates format");
    check(t.formatted("{'format':'date-time'}"), "{'v':'1998-12-31T23:59:60Z'}");
    check(t.formatted("{'format':'date-time'}"), "{'v':'1998-12-31t15:59:60.123-08:00'}");
    check(t.formatted("{'format':'date-time'}"), "{'v':'1998-12-31T22:59:60Z'}", "'/v' violates format");
    check(t.formatted("{'format':'date-time'}"), "{'v':'2024-01-01T24:00:00Z'}", "'/v' violates format");
    check(t.formatted("{'format':'date-time'}"), "{'v':'2024-01-01T12:00:00'}", "'/v' violates format");
    check(t.formatted("{'format':'uuid'}"), "{'v':'123e4567-e89b-12d3-A456-426614174000'}");
    check(t.formatted("{'format':'uuid'}"), "{'v':'123e4567e89b12d3a456426614174000'}", "'/v' violates format");
    check(t.formatted("{'format':'email'}"), "{'v':'first.last+tag@example.co'}");
    check(t.formatted("{'format':'email'}"), "{'v':'@example.com'}", "'/v' violates format");
    check(t.formatted("{'format':'email'}"), "{'v':'a@b@c'}", "'/v' violates format");
    check(t.formatted("{'format':'email'}"), "{'v':42}");
    // arrays
    check(t.formatted("{'minItems':1,'maxItems':2}"), "{'v':[]}", "'/v' violates minItems");
    check(t.formatted("{'minItems':1,'maxItems':2}"), "{'v':[1,2,3]}", "'/v' violates maxItems");
    check(t.formatted("{'uniqueItems':true}"), "{'v':[1,'1',{'a':1},[1]]}");
    check(t.formatted("{'uniqueItems':true}"), "{'v':[{'a':1,'b':2},{'b':2,'a':1.0}]}", "'/v' violates uniqueItems");
    check(t.formatted("{'uniqueItems':true}"), "{'v':[1,1.0]}", "'/v' violates uniqueItems");
    check(t.formatted("{'uniqueItems':false}"), "{'v':[1,1]}");
    // past 32 items the database counts distinct values with a query instead of comparing pairs
    String distinct = java.util.stream.IntStream.range(0, 40).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining(","));
    check(t.formatted("{'uniqueItems':true}"), "{'v':[" + distinct + "]}");
    check(t.formatted("{'uniqueItems':true}"), "{'v':[" + distinct + ",39.0]}", "'/v' violates uniqueItems");
    check(t.formatted("{'uniqueItems':true}"), "{'v':[" + distinct + ",{'a':1},{'a':1.0}]}", "'/v' violates uniqueItems");
    check(t.formatted("{'items':{'type':'integer'}}"), "{'v':[1,'x',2,null]}", "'/v/1' violates type", "'/v/3' violates type");
    // objects: required and additionalProperties name the member
    check("{'type':'object','required':['a','b/c','d~e']}", "{'a':1}", "'/b~1c' violates required", "'/d~0e' violates required");
    check("{'type':'object','properties':{'a':{}},'additionalProperties':false}", "{'a':1,'x':2,'a b':3}",
        "'/a b' violates additionalProperties", "'/x' violates additionalProperties");
    check("{'type':'object','properties':{'a':{}},'additionalProperties':{'type':'string'}}", "{'a':1,'x':2,'y':'ok'}",
        "'/x' violates type");
    check("{'type':'object','required':['a'],'properties':{'a':{'type':'object','required':['b']}}}", "{'a':{}}",
        "'/a/b' violates required");
    // $ref: the target reports its own keywords; with a sibling the same violation is listed once
    check("{'type':'object','$defs':{'n':{'type':'object','properties':{'c':{'$ref':'#/$defs/n'},'v':{'type':'integer'}}}},"
        + "'properties':{'t':{'$ref':'#/$defs/n','type':'object'}}}", "{'t':{'c':{'c':{'v':'x'}}}}", "'/t/c/c/v' violates type");
    check("{'type':'object','$defs':{'s':{'type':'string'}},'properties':{'t':{'$ref':'#/$defs/s','type':'string'}}}",
        "{'t':1}", "'/t' violates type");
    // order: by pointer in code points, then keyword ('/a' before '/a b', a supplementary character last)
    check("{'type':'object','additionalProperties':false,'required':['a']}", "{'😀':1,'\uFFFF':1,'a b':1}",
        "'/a' violates required", "'/a b' violates additionalProperties", "'/\uFFFF' violates additionalProperties",
        "'/😀' violates additionalProperties");
    check(t.formatted("{'type':'string','minLength':2,'pattern':'x','format':'uuid'}"), "{'v':'a'}",
        "'/v' violates format", "'/v' violates minLength", "'/v' violates pattern");
    // annotations change nothing
    check("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object','title':'t','description':'d',"
        + "'$comment':'c','default':{},'examples':[{}],'deprecated':true,'readOnly':false,'writeOnly':false}", "{}");
  }

  @Test
  void eachKeywordGivesTheSameViolationsInJavaAndInSql() throws Exception {
    for (Case c : CASES) {
      List<String> java = SettingsSchema.of(json(c.schema())).violations(json(c.document()));
      List<String> sql = SettingsSql.violations(c.schema(), List.of(c.document())).get(0);
      assertThat(java).as("Java: %s against %s", c.document(), c.schema()).isEqualTo(c.expected());
      assertThat(sql).as("SQL: %s against %s", c.document(), c.schema()).isEqualTo(c.expected());
    }
  }

  private static final List<List<String>> SCHEMAS = List.of(
      List.of("{'type':'object','properties':{'mode':{'oneOf':[]}}}", "keyword 'oneOf' at '/properties/mode' is not supported"),
      List.of("{'type':'object','multipleOf':2,'patternProperties':{},'$id':'x','if':{}}",
          "keyword '$id' at '' is not supported", "keyword 'if' at '' is not supported",
          "keyword 'multipleOf' at '' is not supported", "keyword 'patternProperties' at '' is not supported"),
      List.of("{'properties':{}}", "keyword 'type' at '' must be \"object\": settings are a JSON object"),
      List.of("[]", "schema at '' must be an object"),
      List.of("{'type':'object','properties':{'a':true,'b':{'items':[{}]}}}",
          "keyword 'items' at '/properties/b' must be a schema", "schema at '/properties/a' must be an object"),
      List.of("{'type':'object','minimum':'1','minLength':-1,'maxItems':1.5,'maxLength':2147483648,'uniqueItems':1,'enum':{}}",
          "keyword 'enum' at '' must be an array", "keyword 'maxItems' at '' must be an integer from 0 to 2147483647",
          "keyword 'maxLength' at '' must be an integer from 0 to 2147483647",
          "keyword 'minLength' at '' must be an integer from 0 to 2147483647", "keyword 'minimum' at '' must be a number",
          "keyword 'uniqueItems' at '' must be a boolean"),
      List.of("{'type':'object','minLength':2.0,'maxItems':0}"),
      List.of("{'type':['object','object']}", "keyword 'type' at '' must be \"object\": settings are a JSON object",
          "keyword 'type' at '' must be one of object, array, string, number, integer, boolean, null, or an array of distinct ones"),
      List.of("{'type':'object','required':['a','a']}", "keyword 'required' at '' must be an array of distinct strings"),
      List.of("{'type':'object','additionalProperties':'no','format':'hostname'}",
          "keyword 'additionalProperties' at '' must be a boolean or a schema",
          "keyword 'format' at '' must be one of date, date-time, uuid, email"),
      List.of("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object','properties':{'x':{'$schema':'"
          + SettingsSchemaSubset.DIALECT + "','$defs':{}}}}",
          "keyword '$defs' at '/properties/x' is only supported at the root",
          "keyword '$schema' at '' must be \"https://json-schema.org/draft/2020-12/schema\"",
          "keyword '$schema' at '/properties/x' is only supported at the root"),
      List.of("{'type':'object','$defs':{'a':{'$ref':'#/$defs/b'},'b':{'$ref':'#/$defs/a'},'c':{'$ref':'#/$defs/a'},"
          + "'d':{'$ref':'#/definitions/x'},'e':{'$ref':'#/$defs/none'},'f':{'type':'object','properties':{'f':{'$ref':'#/$defs/f'}}}}}",
          "keyword '$ref' at '/$defs/a' leads back to it through $ref alone",
          "keyword '$ref' at '/$defs/b' leads back to it through $ref alone",
          "keyword '$ref' at '/$defs/d' must be '#/$defs/<name>' naming a schema of the root's $defs",
          "keyword '$ref' at '/$defs/e' must be '#/$defs/<name>' naming a schema of the root's $defs"),
      List.of("{'type':'object','properties':{'a/b':{'properties':{'~':{'not':{}}}}}}",
          "keyword 'not' at '/properties/a~1b/properties/~0' is not supported"));

  @Test
  void unsupportedKeywordsAndMalformedValuesAreRefusedWithTheSameTextsOnBothSides() throws Exception {
    for (List<String> c : SCHEMAS) {
      String schema = q(c.get(0));
      List<String> expected = c.subList(1, c.size());
      assertThat(SettingsSchema.problems(json(schema))).as("Java: %s", schema).isEqualTo(expected);
      assertThat(SettingsSql.problems(schema)).as("SQL: %s", schema).isEqualTo(expected);
      if (!expected.isEmpty()) {
        assertThatThrownBy(() -> SettingsSchema.of(json(schema))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(expected.get(0)).hasMessageContaining(expected.get(expected.size() - 1));
      }
    }
  }

  @Test
  void patternsWhoseMeaningDiffersBetweenJavaAndPostgresqlAreRefused() throws Exception {
    List<String> refused = List.of("\\\\d+", "\\\\w", "\\\\s", "\\\\bx", "(a)\\\\1", "(?=a)", "(?i)a", "a*+", "a**", "[[:alpha:]]",
        "[a&&b]", "[a-]", "[]", "[z-a]", "x{256}", "x{3,2}", "x{,2}", "a{", "}", "]", "(a", "a)", "*a", "^*", "\\\\u0041",
        "\\\\v", "[\\\\d]", "\\\\");
    List<String> accepted = List.of("^[A-Z]{2,3}-[0-9]+$", "a|b|", "(?:ab)+?", "[^\\\\]\\\\-]", "\\\\.\\\\$\\\\^", "x{0}",
        "x{255}", "x{2,}", "[\\\\n\\\\t]", "é.😀", "()", "[😀-😂]");
    for (String p : refused) {
      String schema = "{\"type\":\"object\",\"pattern\":\"" + p + "\"}";
      List<String> expected = List.of("keyword 'pattern' at '' must be a regular expression of the supported subset");
      assertThat(SettingsSchema.problems(json(schema))).as("Java: %s", p).isEqualTo(expected);
      assertThat(SettingsSql.problems(schema)).as("SQL: %s", p).isEqualTo(expected);
    }
    for (String p : accepted) {
      String schema = "{\"type\":\"object\",\"pattern\":\"" + p + "\"}";
      assertThat(SettingsSchema.problems(json(schema))).as("Java: %s", p).isEmpty();
      assertThat(SettingsSql.problems(schema)).as("SQL: %s", p).isEmpty();
    }
  }

  @Test
  void theRefusalListsTenViolationsThenTheCount() {
    UUID org = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      violations.add("'/k" + i + "' violates additionalProperties");
    }
    assertThat(SettingsSchema.message("time-tracking", org, violations.subList(0, 1))).isEqualTo(
        "settings of module 'time-tracking' for organization 00000000-0000-0000-0000-00000000000a break its settings schema:"
            + " '/k0' violates additionalProperties");
    assertThat(SettingsSchema.message("time-tracking", org, violations))
        .startsWith("settings of module 'time-tracking' for organization " + org + " break its settings schema: '/k0'")
        .contains("'/k9' violates additionalProperties; and 2 more").doesNotContain("/k10");
    assertThat(SettingsSchema.message("m", org, Collections.nCopies(10, "'' violates type"))).doesNotContain("more");
  }

  @Test
  void anEmptySchemaObjectOfTheRightTypeAcceptsAnyObject() {
    SettingsSchema schema = SettingsSchema.of(json("{\"type\":\"object\"}"));
    assertThat(schema.violations(json("{\"anything\":[1,{\"x\":null}]}"))).isEmpty();
    assertThat(schema.violations(json("\"text\""))).containsExactly("'' violates type");
  }
}
