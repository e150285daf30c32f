package io.moduleregistry.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The starter under test, as Spring Boot finds it: the registry's entries of the auto-configuration imports. */
final class Line {

  private static final String IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  private Line() {}

  /** Every auto-configuration class the starter on the class path lists, in its order. */
  static Class<?>[] registryAutoConfigurations() {
    List<Class<?>> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(Line.class.getClassLoader().getResources(IMPORTS))) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          for (String line : in.lines().map(String::trim).toList()) {
            if (line.startsWith("io.moduleregistry.")) {
              found.add(Class.forName(line));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("an import names a class that is not there: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("no starter on the class path lists io.moduleregistry auto-configurations");
    }
    return found.toArray(Class<?>[]::new);
  }
}
