package io.moduleregistry.codegen.typescript;

import io.moduleregistry.codegen.typescript.Catalog.Arg;
import io.moduleregistry.codegen.typescript.Catalog.Column;
import io.moduleregistry.codegen.typescript.Catalog.Function;
import io.moduleregistry.codegen.typescript.Catalog.PgType;
import io.moduleregistry.codegen.typescript.Catalog.Relation;
import io.moduleregistry.codegen.typescript.TsType.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Functions} of one schema by PostgREST's rules, as Supabase's generator writes them:
 * which functions are callable over RPC, their {@code Args} and {@code Returns}, the {@code
 * SetofOptions} of those returning rows, overloads PostgREST cannot tell apart (typed as errors),
 * and computed fields (a function taking a row, shown in that relation's {@code Row}).
 */
final class FunctionTypes {

  /** json, jsonb and text: the types an unnamed argument may have. */
  private static final Set<Long> UNNAMED_ARG_TYPES = Set.of(114L, 3802L, 25L);
  private static final Set<String> INPUT_MODES = Set.of("in", "inout", "variadic");
  private static final String OVERLOAD_HINT =
      ". Try renaming the parameters or the function itself in the database so function overloading can be resolved";

  /** A callable function and its input arguments. */
  record Callable(Function fn, List<Arg> inputs) {}

  private final TypeMapper types;
  private final Map<Long, String> relationNames = new HashMap<>();
  private final Map<Long, PgType> rowTypes = new HashMap<>();
  private final Map<Long, Relation> relations = new HashMap<>();
  private final Map<Long, List<Column>> columns;

  FunctionTypes(Catalog catalog, TypeMapper types, Map<Long, List<Column>> columns) {
    this.types = types;
    this.columns = columns;
    for (Relation r : catalog.relations()) {
      relationNames.put(r.id(), r.name());
      relations.put(r.id(), r);
    }
    for (PgType t : catalog.types()) {
      if (t.relationId() != null) {
        rowTypes.put(t.id(), t);
      }
    }
  }

  /** The functions PostgREST exposes, in the given (name) order. */
  List<Callable> callable(List<Function> functions) {
    List<Callable> out = new ArrayList<>();
    for (Function fn : functions) {
      List<Arg> inputs = fn.args().stream().filter(a -> INPUT_MODES.contains(a.mode())).toList();
      boolean allNamed = inputs.stream().noneMatch(a -> a.name().isEmpty());
      boolean unnamedAreDefaulted = inputs.stream()
          .allMatch(a -> !a.name().isEmpty() || a.hasDefault() && UNNAMED_ARG_TYPES.contains(a.typeId()));
      boolean singleUnnamed = inputs.size() == 1 && inputs.get(0).name().isEmpty()
          && (UNNAMED_ARG_TYPES.contains(inputs.get(0).typeId()) || rowTypes.containsKey(inputs.get(0).typeId()));
      if (inputs.isEmpty() || allNamed || unnamedAreDefaulted || singleUnnamed) {
        out.add(new Callable(fn, inputs));
      }
    }
    return out;
  }

  /** Whether {@code c} is a computed field of {@code relation}: its one argument is that relation's row. */
  boolean isComputedField(Callable c, Relation relation) {
    if (c.inputs().size() == 1) {
      PgType argType = rowTypes.get(c.inputs().get(0).typeId());
      if (argType != null) {
        return argType.relationId() == relation.id();
      }
    }
    return c.fn().argumentTypes().equals(relation.name());
  }

  /** What the function returns, before {@code []} for sets: a row object, a table's row, or a type. */
  TsType returnType(String schema, Function fn) {
    List<Arg> tableColumns = fn.args().stream().filter(a -> a.mode().equals("table")).toList();
    if (!tableColumns.isEmpty()) {
      return TsType.object(tableColumns.stream().map(a -> Member.of(a.name(), types.ofTypeId(a.typeId()))).toList());
    }
    Relation relation = fn.returnRelationId() == null ? null : relations.get(fn.returnRelationId());
    if (relation != null && relation.schema().equals(schema)) {
      return TsType.object(columns.getOrDefault(relation.id(), List.of()).stream()
          .map(c -> Member.of(c.name(), TypeMapper.nullable(types.map(c.format(), c.typeSchema()), c.nullable())))
          .toList());
    }
    return types.type(fn.returnTypeId()).map(t -> types.map(t.name(), t.schema())).orElse(TsType.UNKNOWN);
  }

  /** The overloads of one function name, as one signature or a union of them. */
  TsType signatures(String schema, List<Callable> overloads) {
    List<TsType> signatures = new ArrayList<>();
    for (Callable c : overloads) {
      signatures.add(signature(schema, overloads, c));
    }
    return signatures.size() == 1 ? signatures.get(0) : new TsType.Union(signatures);
  }

  private TsType signature(String schema, List<Callable> overloads, Callable c) {
    Function fn = c.fn();
    TsType args = c.inputs().isEmpty() ? TsType.atom("Record<PropertyKey, never>")
        : TsType.inlineObject(c.inputs().stream()
            .map(a -> new Member(a.name(), false, a.hasDefault(), types.ofTypeId(a.typeId()), List.of())).toList());
    TsType returns = returnType(schema, fn);
    String conflict = conflict(schema, overloads, c);
    if (conflict != null) {
      returns = error(conflict);
    } else if (isRowArgumentWithoutTable(c)) {
      returns = error("the function " + schema + "." + fn.name()
          + " with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache");
    }
    String target = targetName(fn.returnRelationId(), fn.returnTypeId());
    boolean manyRows = fn.rows() != null && fn.rows() > 1;
    if (fn.returnsSet() && (manyRows || target == null)) {
      returns = arrayOf(returns);
    }
    List<Member> members = new ArrayList<>(List.of(Member.of("Args", args), Member.of("Returns", returns)));
    TsType.Obj setof = setofOptions(fn, target, manyRows);
    if (setof != null) {
      members.add(Member.of("SetofOptions", setof));
    }
    return TsType.inlineObject(members);
  }

  private TsType.Obj setofOptions(Function fn, String target, boolean manyRows) {
    TsType.Obj setof = null;
    if (target != null) {
      setof = setof("*", target, !manyRows, fn.returnsSet());
    }
    if (fn.args().size() == 1) {
      PgType source = rowTypes.get(fn.args().get(0).typeId());
      boolean returnsSetOfTable = fn.returnsSet() && fn.returnRelationId() != null;
      if (source != null && target != null) {
        setof = returnsSetOfTable ? setof(source.format(), target, !manyRows, true)
            : setof(source.format(), target, true, false);
      }
    }
    return setof;
  }

  private static TsType.Obj setof(String from, String to, boolean oneToOne, boolean setofReturn) {
    return TsType.object(List.of(Member.of("from", new TsType.Literal(from)), Member.of("to", new TsType.Literal(to)),
        Member.of("isOneToOne", TsType.atom(Boolean.toString(oneToOne))),
        Member.of("isSetofReturn", TsType.atom(Boolean.toString(setofReturn)))));
  }

  /** The relation (or composite type) a function returns rows of, by name; {@code null} if none. */
  private String targetName(Long relationId, long returnTypeId) {
    if (relationId == null) {
      return null;
    }
    String name = relationNames.get(relationId);
    if (name != null) {
      return name;
    }
    PgType rowType = rowTypes.get(returnTypeId);
    return rowType == null ? null : rowType.name();
  }

  private boolean isRowArgumentWithoutTable(Callable c) {
    return c.inputs().size() == 1 && c.inputs().get(0).name().isEmpty()
        && rowTypes.containsKey(c.inputs().get(0).typeId())
        && targetName(c.fn().returnRelationId(), c.fn().returnTypeId()) == null;
  }

  /** Overloads PostgREST cannot choose between: none versus one unnamed default, or one name with two types. */
  private String conflict(String schema, List<Callable> overloads, Callable c) {
    if (overloads.size() <= 1) {
      return null;
    }
    String fn = schema + "." + c.fn().name();
    if (c.inputs().isEmpty()) {
      for (Callable other : overloads) {
        if (other != c && other.inputs().size() == 1 && other.inputs().get(0).name().isEmpty()
            && other.inputs().get(0).hasDefault()) {
          String returns = types.type(other.fn().returnTypeId()).map(PgType::name).orElse("unknown");
          return "Could not choose the best candidate function between: " + fn + "(), " + fn + "( => " + returns
              + ")" + OVERLOAD_HINT;
        }
      }
    }
    if (c.inputs().size() == 1 && !c.inputs().get(0).name().isEmpty()) {
      Arg arg = c.inputs().get(0);
      List<Callable> clashing = new ArrayList<>(List.of(c));
      for (Callable other : overloads) {
        if (other != c && other.inputs().size() == 1 && other.inputs().get(0).name().equals(arg.name())
            && other.inputs().get(0).typeId() != arg.typeId()) {
          clashing.add(other);
        }
      }
      if (clashing.size() > 1) {
        clashing.sort((a, b) -> Long.compare(a.inputs().get(0).typeId(), b.inputs().get(0).typeId()));
        List<String> candidates = new ArrayList<>();
        for (Callable candidate : clashing) {
          List<String> args = new ArrayList<>();
          for (Arg a : candidate.inputs()) {
            args.add(a.name() + " => " + types.type(a.typeId()).map(PgType::name).orElse("unknown"));
          }
          candidates.add(fn + "(" + String.join(", ", args) + ")");
        }
        return "Could not choose the best candidate function between: " + String.join(", ", candidates)
            + OVERLOAD_HINT;
      }
    }
    return null;
  }

  private static TsType error(String message) {
    return new TsType.Intersection(List.of(
        TsType.inlineObject(List.of(Member.of("error", TsType.atom("true")))), new TsType.Literal(message)));
  }

  /** Appends {@code []} the way text does: to the last member of a union or intersection. */
  static TsType arrayOf(TsType type) {
    if (type instanceof TsType.Union u) {
      List<TsType> members = new ArrayList<>(u.members());
      members.set(members.size() - 1, arrayOf(members.get(members.size() - 1)));
      return new TsType.Union(members);
    }
    if (type instanceof TsType.Intersection i) {
      List<TsType> members = new ArrayList<>(i.members());
      members.set(members.size() - 1, arrayOf(members.get(members.size() - 1)));
      return new TsType.Intersection(members);
    }
    return new TsType.ArrayOf(type);
  }
}
