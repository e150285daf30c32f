package io.moduleregistry.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** Lists the migration files packaged next to a class, from a folder or from inside a jar. */
final class MigrationScanner {

  private MigrationScanner() {}

  static List<Migration> scan(Class<?> anchor, String location) {
    URL url = anchor.getClassLoader().getResource(location);
    if (url == null) {
      throw new IllegalStateException("no migrations found on the classpath at " + location);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = openJar(uri)) {
          return list(jar.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException e) {
          return list(FileSystems.getFileSystem(uri).provider().getPath(uri));
        }
      }
      return list(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read migrations at " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations at " + url, e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Collections.emptyMap());
  }

  private static List<Migration> list(Path folder) throws IOException {
    List<Migration> migrations = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        migrations.add(Migration.parse(file.getFileName().toString()));
      }
    }
    if (migrations.isEmpty()) {
      throw new IllegalStateException("no migrations in " + folder);
    }
    Collections.sort(migrations);
    for (int i = 1; i < migrations.size(); i++) {
      if (migrations.get(i).version().equals(migrations.get(i - 1).version())) {
        throw new IllegalStateException("migrations " + migrations.get(i - 1).fileName() + " and "
            + migrations.get(i).fileName() + " share version " + migrations.get(i).version());
      }
    }
    return List.copyOf(migrations);
  }
}
