package io.moduleregistry.codegen;

import io.moduleregistry.schema.Migration;
import io.moduleregistry.schema.RegistrySchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * SHA-256 over everything that feeds one output of the generator: each migration's name and bytes,
 * the settings, versions and compiled code of the generator that writes it. Equal hashes mean equal
 * output.
 */
final class InputHash {

  private final MessageDigest digest;
  private int migrations;

  InputHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Adds every migration of a Flyway location ({@code classpath:} or {@code filesystem:}); a
   * {@code filesystem:} folder is read with its subfolders, as Flyway reads it.
   */
  InputHash addLocation(String location) {
    if (location.startsWith("filesystem:")) {
      Path folder = Path.of(location.substring("filesystem:".length()));
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          add(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migrations in " + folder, e);
      }
      return this;
    }
    String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
    List<Migration> found = RegistrySchema.migrations(folder);
    for (Migration m : found) {
      String resource = folder + "/" + m.fileName();
      try (InputStream in = RegistrySchema.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("migration " + resource + " vanished while hashing");
        }
        add(m.fileName(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return this;
  }

  /**
   * Adds the compiled generator itself: every class and resource of {@code anchor}'s package (not
   * its subpackages: the jOOQ pipeline and the TypeScript generator are hashed apart), from the
   * folder or jar it was loaded from, so a change to the generator's code regenerates its output.
   */
  InputHash addCode(Class<?> anchor) {
    String prefix = anchor.getPackageName().replace('.', '/') + "/";
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(prefix))) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            add(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
              && e.getName().indexOf('/', prefix.length()) < 0)
              .sorted(Comparator.comparing(JarEntry::getName)).toList();
          for (JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
              add(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the generator's own classes to hash them", e);
    } catch (URISyntaxException | RuntimeException e) {
      // No readable code source (an unusual class loader): fall back to the version constants alone.
      addText("code", "unreadable:" + e.getClass().getSimpleName());
    }
    return this;
  }

  /** Adds a labelled text, such as the generator settings. */
  InputHash addText(String label, String text) {
    return add(label, text.getBytes(StandardCharsets.UTF_8));
  }

  int migrations() {
    return migrations;
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private InputHash add(String name, byte[] content) {
    if (name.endsWith(".sql")) {
      migrations++;
    }
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
    return this;
  }
}
