package io.moduleregistry.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows this service's configuration and guarded controller
 * method verbatim, so what a reader pastes is what {@link ExampleServiceHttpTest} runs.
 */
class ReadmeSnippetsTest {

  private static final Path HERE = Path.of("").toAbsolutePath();

  @Test
  void theReadmeShowsTheApplicationYmlVerbatim() throws IOException {
    assertThat(readme()).contains("```yaml\n" + Files.readString(HERE.resolve("src/main/resources/application.yml")) + "```");
  }

  @Test
  void theReadmeShowsTheGuardedControllerMethodVerbatim() throws IOException {
    String controller = Files.readString(HERE.resolve("src/main/java/io/moduleregistry/example/ReportsController.java"));
    String method = controller.substring(controller.indexOf("  /** Answers only where"), controller.indexOf("  /** Installs a module"));
    assertThat(readme()).contains("```java\n" + method.stripTrailing() + "\n```");
  }

  private static String readme() throws IOException {
    return Files.readString(HERE.resolve("../../README.md").normalize());
  }
}
