package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checked twice with the same verdict (issue 20): the Java {@link SettingsSchema} and the database's
 * {@code module_registry.settings_violations} list the same violations, in the same order, for every one of
 * 1,500 seeded documents per schema, over schemas that together use every keyword of the subset; and the
 * same for updates of a valid document (the trigger's path, which does not look into unchanged members).
 * The schema's compiled check ({@code module_registry.settings_check}, which the trigger asks first and
 * which spares a matching document the walk) matches no document that Java refuses, and decides most valid
 * ones. The documents go to PostgreSQL a few hundred per round trip.
 */
class SettingsSchemaDifferentialTest {

  private static final int DOCUMENTS = 1500;
  private static final int BATCH = 500;
  private static final int NEIGHBOURS = 3000;

  private record Subject(String name, String schema, Map<String, String[][]> patterns) {
  }

  private static String q(String text) {
    return text.replace('\'', '"');
  }

  private static final List<Subject> SUBJECTS = List.of(
      new Subject("time tracking: enums, lengths, exclusive bounds, closed object", q("""
          {'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object','title':'Time tracking',
           'required':['rounding','unit'],'additionalProperties':false,
           'properties':{'rounding':{'type':'integer','enum':[1,5,15,30],'default':15},
             'unit':{'type':'string','enum':['minutes','hours']},
             'label':{'type':'string','minLength':1,'maxLength':5,'description':'shown in the UI'},
             'ratio':{'type':'number','minimum':0,'exclusiveMaximum':1},
             'billable':{'type':'boolean','deprecated':true}}}"""), Map.of()),
      new Subject("numbers: big bounds, integer or null, const", q("""
          {'type':'object','required':['a'],
           'properties':{'a':{'type':'integer','minimum':-10,'maximum':10},
             'b':{'type':'number','exclusiveMinimum':1e30,'maximum':123456789012345678901234567890},
             'c':{'type':['integer','null'],'exclusiveMaximum':0.5,'exclusiveMinimum':-3},
             'd':{'const':1},'e':{'type':'number','minimum':0.1,'maximum':0.3},
             'f':{'type':'integer','exclusiveMinimum':9007199254740992}}}"""), Map.of()),
      new Subject("strings: patterns, formats, code points, open object of strings", q("""
          {'type':'object','additionalProperties':{'type':'string','maxLength':3},
           'properties':{'code':{'type':'string','pattern':'^[A-Z]{2,3}-[0-9]+$'},
             'free':{'type':'string','pattern':'é.b','minLength':3,'maxLength':4},
             'emoji':{'type':'string','maxLength':2,'pattern':'^[😀-😂]+$'},
             'path':{'type':'string','pattern':'^(/[a-z~]+)*/?$'},
             'day':{'format':'date'},'at':{'type':'string','format':'date-time'},
             'id':{'format':'uuid'},'mail':{'type':'string','format':'email','maxLength':30}}}"""),
          Map.of("^[A-Z]{2,3}-[0-9]+$", new String[][] {{"AB-1", "XYZ-0042", "QQ-9"},
                  {"ab-1", "ABCD-1", "AB-", "AB-1\n", "AB-١", " AB-1", "AB-1x"}},
              "é.b", new String[][] {{"é\nb", "éxb", "aé😀b"}, {"e\u0301xb", "éb", "ÉXB", "é\n\nb"}},
              "^[😀-😂]+$", new String[][] {{"😀", "😁😂", "😂"}, {"😃", "😀a", "", "😀\n"}},
              "^(/[a-z~]+)*/?$", new String[][] {{"", "/", "/a/b~c", "/abc/"}, {"a", "//", "/A", "/a\n"}})),
      new Subject("arrays: items, bounds, unique items of mixed values, nested arrays", q("""
          {'type':'object',
           'properties':{'tags':{'type':'array','items':{'type':'string','minLength':1},'minItems':1,'maxItems':3,'uniqueItems':true},
             'matrix':{'type':'array','items':{'type':'array','items':{'type':'number'},'uniqueItems':true},'maxItems':4},
             'mixed':{'type':'array','uniqueItems':true},
             'empty':{'type':'array','maxItems':0},
             'flags':{'type':'array','items':{'type':'boolean'},'uniqueItems':false,'minItems':2}}}"""), Map.of()),
      new Subject("$defs and $ref: a recursive tree, an enum of mixed values", q("""
          {'type':'object','required':['tree'],
           '$defs':{'node':{'type':'object','required':['value'],'additionalProperties':false,
               'properties':{'value':{'type':'integer','minimum':0},
                 'children':{'type':'array','items':{'$ref':'#/$defs/node'},'maxItems':3}}},
             'color':{'enum':['red',1,1.5,null,true,[1,2],{'a':1,'b':[null]}]},
             'named':{'$ref':'#/$defs/color'}},
           'properties':{'tree':{'$ref':'#/$defs/node'},'color':{'$ref':'#/$defs/named'},
             'colors':{'type':'array','items':{'$ref':'#/$defs/color'},'uniqueItems':true},
             'strict':{'$ref':'#/$defs/node','type':'object','maxItems':1}}}"""), Map.of()),
      new Subject("nested objects with awkward member names, const objects, deep maps", q("""
          {'type':'object','required':['a/b','t~x','ü'],'additionalProperties':false,
           'properties':{'a/b':{'type':'object','required':['x y'],
               'properties':{'x y':{'type':'boolean'},
                 'deep':{'type':'object','properties':{'deeper':{'type':'object',
                   'additionalProperties':{'type':'integer','minimum':0,'maximum':255}}}}}},
             't~x':{'const':{'k':[1,'2',{'z':null}]}},
             'ü':{'type':'string','minLength':0},
             '':{'type':'null'},
             'q\\"u\\\\o':{'type':'string','maxLength':2},
             '😀':{'type':['array','object'],'maxItems':1,'required':['r'],'additionalProperties':{'const':0}}}}"""),
          Map.of()));

  @Test
  void javaAndSqlListTheSameViolationsForEveryGeneratedDocument() throws Exception {
    List<String> disagreements = new ArrayList<>();
    List<String> unsound = new ArrayList<>();
    int decided = 0;
    int validAll = 0;
    int edits = 0;
    StringBuilder shares = new StringBuilder();
    List<Integer> valids = new ArrayList<>();
    java.util.Set<String> failed = new java.util.TreeSet<>();
    int updates = 0;
    for (int s = 0; s < SUBJECTS.size(); s++) {
      Subject subject = SUBJECTS.get(s);
      JsonNode schemaNode = SettingsSchemaTest.json(subject.schema());
      assertThat(SettingsSchema.problems(schemaNode)).as(subject.name()).isEmpty();
      assertThat(SettingsSql.problems(subject.schema())).as(subject.name()).isEmpty();
      SettingsSchema schema = SettingsSchema.of(schemaNode);
      SettingsDocuments generator = new SettingsDocuments(20_000 + s, schemaNode, subject.patterns());
      int valid = 0;
      String held = null; // a valid document: the old settings of the updates compared below
      List<JsonNode> validDocuments = new ArrayList<>();
      for (int from = 0; from < DOCUMENTS; from += BATCH) {
        List<String> documents = new ArrayList<>();
        for (int i = from; i < Math.min(DOCUMENTS, from + BATCH); i++) {
          documents.add(generator.next());
        }
        List<List<String>> sql = SettingsSql.violations(subject.schema(), documents);
        List<Boolean> checks = SettingsSql.checks(subject.schema(), documents);
        for (int i = 0; i < documents.size(); i++) {
          List<String> java = schema.violations(SettingsSchemaTest.json(documents.get(i)));
          if (!java.equals(sql.get(i))) {
            disagreements.add("schema (" + subject.name() + "): " + subject.schema() + "\n  document: " + documents.get(i)
                + "\n  Java: " + java + "\n  SQL:  " + sql.get(i));
          }
          if (checks.get(i) && !java.isEmpty()) {
            unsound.add("schema (" + subject.name() + "): " + subject.schema() + "\n  document: " + documents.get(i)
                + "\n  Java: " + java + "\n  the compiled check matched it");
          }
          decided += checks.get(i) ? 1 : 0;
          valid += java.isEmpty() ? 1 : 0;
          if (java.isEmpty()) {
            validDocuments.add(SettingsSchemaTest.json(documents.get(i)));
          }
          java.forEach(v -> failed.add(v.substring(v.lastIndexOf(' ') + 1)));
          if (held == null && java.isEmpty() && SettingsSchemaTest.json(documents.get(i)).isObject()) {
            held = documents.get(i);
          }
        }
        if (held != null) {
          updates += compareUpdates(subject, schema, held, documents, new Random(30_000L + s * 100L + from),
              disagreements, unsound);
        }
      }
      edits += probeNeighbours(subject, schema, validDocuments, new Random(40_000L + s), unsound);
      shares.append(subject.name()).append(": ").append(valid).append(" of ").append(DOCUMENTS).append(" valid\n");
      valids.add(valid);
      validAll += valid;
    }
    System.out.print(shares);
    System.out.println(updates + " updates compared against a held document");
    System.out.println("the compiled checks decided " + decided + " of " + validAll + " valid documents without a walk;"
        + " " + edits + " single edits of valid documents probed");
    assertThat(unsound).as("%d documents Java refuses that a compiled check matched, the first ones:%n%s", unsound.size(),
        String.join("\n", unsound.subList(0, Math.min(5, unsound.size())))).isEmpty();
    // a check that decides nothing would send every write to the walk: it must decide most valid documents
    assertThat(decided).as("valid documents the compiled checks decided").isGreaterThan(validAll * 3 / 4);
    assertThat(disagreements).as("%d disagreements, the first ones:%n%s", disagreements.size(),
        String.join("\n", disagreements.subList(0, Math.min(5, disagreements.size())))).isEmpty();
    assertThat(failed).as("keywords seen failing").containsAll(List.of("type", "enum", "const", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "format", "minItems", "maxItems",
        "uniqueItems", "required", "additionalProperties"));
    assertThat(updates).as("updates compared").isGreaterThanOrEqualTo(SUBJECTS.size() * BATCH);
    // a degenerate generator (all valid, or all invalid) would make the agreement say little
    assertThat(valids).as(shares.toString()).allSatisfy(valid -> assertThat(valid).isBetween(DOCUMENTS / 5, DOCUMENTS * 4 / 5));
  }

  /**
   * The update path (settings_violations with the old settings held): each document becomes an update of
   * {@code held}, a valid document, taking some of its members (recursively in nested objects) and
   * dropping a few; the database, not looking into members equal to the held ones, must still list
   * exactly what Java lists for the whole result; and the compiled check must not match a result Java refuses.
   */
  private static int compareUpdates(Subject subject, SettingsSchema schema, String held, List<String> documents,
      Random random, List<String> disagreements, List<String> unsound) throws Exception {
    JsonNode heldNode = SettingsSchemaTest.json(held);
    List<String> updates = new ArrayList<>(documents.size());
    for (String document : documents) {
      updates.add(update(random, heldNode, SettingsSchemaTest.json(document)).toString());
    }
    List<List<String>> sql = SettingsSql.violations(subject.schema(), updates, held);
    List<Boolean> checks = SettingsSql.checks(subject.schema(), updates, java.util.Collections.nCopies(updates.size(), held));
    for (int i = 0; i < updates.size(); i++) {
      List<String> java = schema.violations(SettingsSchemaTest.json(updates.get(i)));
      if (checks.get(i) && !java.isEmpty()) {
        unsound.add("schema (" + subject.name() + "): " + subject.schema() + "\n  update: " + updates.get(i)
            + "\n  Java: " + java + "\n  the compiled check matched it");
      }
      if (!java.equals(sql.get(i))) {
        disagreements.add("schema (" + subject.name() + "): " + subject.schema() + "\n  held: " + held
            + "\n  update: " + updates.get(i) + "\n  Java: " + java + "\n  SQL (held):  " + sql.get(i));
      }
    }
    return updates.size();
  }

  /**
   * The compiled check on near misses: valid documents with one edit each (a member dropped or added, an item
   * duplicated, dropped or added, a number nudged by 1 or 0.5 or negated, a string lengthened, shortened or
   * emptied, a value replaced by one of another type), so that a check off by one keyword at one place is
   * caught by a document that breaks nothing else; half of them with the original held, as the trigger
   * holds an update's old settings. It must not match one that Java refuses.
   */
  private static int probeNeighbours(Subject subject, SettingsSchema schema, List<JsonNode> valid, Random random,
      List<String> unsound) throws Exception {
    List<String> edited = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < NEIGHBOURS && !valid.isEmpty(); i++) {
      JsonNode original = valid.get(random.nextInt(valid.size()));
      edited.add(edit(original, random).toString());
      // half with the original held, as an update of it is checked; half without
      originals.add(i % 2 == 0 ? original.toString() : null);
    }
    for (int from = 0; from < edited.size(); from += BATCH) {
      List<String> batch = edited.subList(from, Math.min(edited.size(), from + BATCH));
      List<Boolean> checks = SettingsSql.checks(subject.schema(), batch,
          originals.subList(from, Math.min(edited.size(), from + BATCH)));
      for (int i = 0; i < batch.size(); i++) {
        List<String> java = schema.violations(SettingsSchemaTest.json(batch.get(i)));
        if (checks.get(i) && !java.isEmpty()) {
          unsound.add("schema (" + subject.name() + "): " + subject.schema() + "\n  one edit: " + batch.get(i)
              + "\n  Java: " + java + "\n  the compiled check matched it");
        }
      }
    }
    return edited.size();
  }

  /** A copy of {@code document} with one edit at a randomly chosen place (the root included). */
  private static JsonNode edit(JsonNode document, Random random) {
    List<JsonPointer> places = new ArrayList<>();
    places(document, JsonPointer.empty(), places);
    JsonNode copy = document.deepCopy();
    JsonPointer at = places.get(random.nextInt(places.size()));
    JsonNode node = copy.at(at);
    JsonNode parent = at.matches() ? null : copy.at(at.head());
    int choice = random.nextInt(4);
    if (choice == 0 && node.isObject()) {
      ((ObjectNode) node).put(node.size() > 0 && random.nextBoolean() ? node.fieldNames().next() + "x" : "zz", 1);
    } else if (choice == 0 && node.isArray() && node.size() > 0) {
      ((ArrayNode) node).add(node.get(random.nextInt(node.size())).deepCopy());
    } else if (choice == 1 && parent != null && parent.isObject()) {
      ((ObjectNode) parent).remove(at.last().getMatchingProperty());
    } else if (choice == 1 && parent != null && parent.isArray()) {
      ((ArrayNode) parent).remove(at.last().getMatchingIndex());
    } else if (parent == null) {
      return copy;
    } else if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), nudged(node, random));
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), nudged(node, random));
    }
    return copy;
  }

  private static void places(JsonNode node, JsonPointer at, List<JsonPointer> out) {
    out.add(at);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> places(node.get(name), at.appendProperty(name), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), at.appendIndex(i), out);
      }
    }
  }

  /** A value near {@code node} (the same type, one step off) or of another type. */
  private static JsonNode nudged(JsonNode node, Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    if (node.isNumber() && random.nextInt(3) > 0) {
      BigDecimal n = node.decimalValue();
      BigDecimal[] near = {n.add(BigDecimal.ONE), n.subtract(BigDecimal.ONE), n.add(new BigDecimal("0.5")),
          n.subtract(new BigDecimal("0.5")), n.negate(), BigDecimal.ZERO};
      return nodes.numberNode(near[random.nextInt(near.length)]);
    }
    if (node.isTextual() && random.nextInt(3) > 0) {
      String t = node.textValue();
      String[] near = {t + "x", t.isEmpty() ? "" : t.substring(t.offsetByCodePoints(0, 1)), "", t + "\n", t.toUpperCase(java.util.Locale.ROOT),
          t + t};
      return nodes.textNode(near[random.nextInt(near.length)]);
    }
    if (node.isBoolean() && random.nextBoolean()) {
      return nodes.booleanNode(!node.booleanValue());
    }
    JsonNode[] other = {nodes.nullNode(), nodes.textNode("1"), nodes.numberNode(1), nodes.numberNode(new BigDecimal("1.5")),
        nodes.booleanNode(true), nodes.arrayNode(), nodes.objectNode()};
    return other[random.nextInt(other.length)];
  }

  /** {@code held} with some of {@code change}'s members, merged recursively where both are objects. */
  private static JsonNode update(Random random, JsonNode held, JsonNode change) {
    if (!held.isObject() || !change.isObject()) {
      return random.nextInt(3) == 0 ? held : change;
    }
    ObjectNode result = ((ObjectNode) held).deepCopy();
    List<String> names = new ArrayList<>();
    held.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (random.nextInt(8) == 0) {
        result.remove(name);
      }
    }
    change.fields().forEachRemaining(member -> {
      if (random.nextInt(3) == 0) {
        JsonNode before = held.get(member.getKey());
        result.set(member.getKey(), before == null ? member.getValue() : update(random, before, member.getValue()));
      }
    });
    return result;
  }
}
