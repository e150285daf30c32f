package io.moduleregistry.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows this service's configuration, JWT decoder and guarded
 * controller verbatim, so what a reader pastes is what {@link ExampleServiceHttpTest} runs.
 */
class ReadmeSnippetsTest {

  /** The service's sources, whichever build runs this (the Boot 4 module or the Boot 3.5 one beside it). */
  private static final Path HERE = Path.of("").toAbsolutePath().resolveSibling("registry-example-service");

  @Test
  void theReadmeShowsTheApplicationYmlVerbatim() throws IOException {
    assertThat(readme()).contains("```yaml\n" + Files.readString(HERE.resolve("src/main/resources/application.yml")) + "```");
  }

  @Test
  void theReadmeShowsTheGuardedControllerVerbatim() throws IOException {
    String controller = source("ReportsController.java");
    String head = controller.substring(controller.indexOf("/** The reports module"), controller.indexOf("  /** Installs a module"));
    assertThat(readme()).contains("```java\n" + head.stripTrailing() + "\n\n  // ...\n}\n```");
  }

  @Test
  void theReadmeShowsTheJwtDecoderVerbatim() throws IOException {
    String security = source("SecurityConfiguration.java");
    int start = security.indexOf("  @Bean\n  JwtDecoder");
    String bean = security.substring(start, security.indexOf("\n  }\n", start) + "\n  }".length());
    assertThat(readme()).contains("```java\n" + bean + "\n```");
  }

  @Test
  void theReadmeShowsEachLinesStarterDependencyAsTheExamplesDeclareIt() throws IOException {
    for (String pom : new String[] {"pom.xml", "../registry-example-service-boot3/pom.xml"}) {
      assertThat(readme()).as(pom).contains("```xml\n" + dependency(pom, "registry-spring-boot") + "\n");
    }
  }

  @Test
  void theReadmeShowsTheOpenFeatureDependencyAsTheExampleDeclaresIt() throws IOException {
    assertThat(readme()).contains("```xml\n" + dependency("pom.xml", "registry-openfeature") + "\n```");
  }

  /** The example pom's dependency on the artifact named (or starting) so, as the README shows it. */
  private static String dependency(String pom, String artifactId) throws IOException {
    String text = Files.readString(HERE.resolve(pom));
    int artifact = text.indexOf("<artifactId>" + artifactId);
    String block = text.substring(text.lastIndexOf("<dependency>", artifact),
        text.indexOf("</dependency>", artifact) + "</dependency>".length());
    String version = text.substring(text.indexOf("<module-registry.version>") + "<module-registry.version>".length(),
        text.indexOf("</module-registry.version>"));
    return block.replace("${module-registry.version}", version).replaceAll("\n {4}", "\n");
  }

  private static String source(String file) throws IOException {
    return Files.readString(HERE.resolve("src/main/java/io/moduleregistry/example/" + file));
  }

  private static String readme() throws IOException {
    return Files.readString(HERE.resolve("../../README.md").normalize());
  }
}
