package io.moduleregistry.bench;

import io.moduleregistry.testkit.RegistryDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The facts a benchmark figure means nothing without: machine, JDK, PostgreSQL. */
final class Environment {

  private Environment() {}

  static Map<String, String> describe(RegistryDatabase db) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("CPU", procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
    facts.put("Cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    facts.put("Memory", procValue("/proc/meminfo", "MemTotal").orElse("unknown"));
    facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    facts.put("JDK", System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    facts.put("PostgreSQL", String.valueOf(db.fixtures().queryValue("select version()")));
    facts.put("pgbench", Pgbench.version().orElse("not installed"));
    return facts;
  }

  private static Optional<String> procValue(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
