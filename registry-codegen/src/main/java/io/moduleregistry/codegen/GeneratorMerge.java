package io.moduleregistry.codegen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;
import org.jooq.util.jaxb.tools.MiniJAXB;

/**
 * Lays a caller's jOOQ {@link Generator} over the defaults: every value the caller set (one that
 * differs from jOOQ's own default) wins, every other value is the default, and the caller's lists
 * (forced types among them) come first, so that their forced types match before the defaults'.
 */
final class GeneratorMerge {

  private static final Target JOOQ_TARGET = new Target();

  private GeneratorMerge() {}

  /** The merged generator; the caller's is not changed, the defaults may be. */
  static Generator over(Generator user, Generator defaults) {
    if (user == null) {
      return defaults;
    }
    Database database = user.getDatabase();
    if (database != null && (!database.getSchemata().isEmpty() || !database.getCatalogs().isEmpty())
        && defaults.getDatabase() != null) {
      defaults.getDatabase().setInputSchema(new Database().getInputSchema()); // jOOQ takes one or the other
    }
    return MiniJAXB.append(copy(user), defaults);
  }

  /** The caller's target folder where it set one, else the fallback. */
  static Path directory(Generator user, Path fallback) {
    String directory = user == null || user.getTarget() == null ? null : user.getTarget().getDirectory();
    return directory == null || directory.equals(JOOQ_TARGET.getDirectory()) ? fallback : Path.of(directory);
  }

  /** The caller's target package where it set one, else the fallback. */
  static String packageName(Generator user, String fallback) {
    String name = user == null || user.getTarget() == null ? null : user.getTarget().getPackageName();
    return name == null || name.equals(JOOQ_TARGET.getPackageName()) ? fallback : name;
  }

  /** A deep copy (jOOQ's configuration classes are serializable; no JAXB runtime needed). */
  static Generator copy(Generator generator) {
    Objects.requireNonNull(generator, "generator");
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(generator);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (Generator) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot copy the jOOQ generator configuration", e);
    }
  }
}
