package io.moduleregistry.spring;

import io.moduleregistry.Installation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets Spring Boot 4's Jackson 3 {@code JsonMapper} write the registry's values: {@link
 * Installation#settings()} is a Jackson 2 {@code JsonNode} (registry-api's public API is Jackson 2),
 * which Jackson 3 would otherwise write as a bean ({@code {"array":false,...,"nodeType":"OBJECT"}}).
 * The module writes any Jackson 2 tree as the JSON it holds, numbers exactly; Boot's Jackson
 * auto-configuration adds every {@link JacksonModule} bean to its mapper, so a controller that
 * returns an {@code Installation} answers with its settings as a JSON object.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public class ModuleRegistryJacksonAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryJacksonAutoConfiguration() {
  }

  /**
   * The module, named {@code moduleRegistryJacksonModule}.
   *
   * @return the module Boot adds to its {@code JsonMapper}
   */
  @Bean
  @ConditionalOnMissingBean(name = "moduleRegistryJacksonModule")
  public JacksonModule moduleRegistryJacksonModule() {
    return new SimpleModule("module-registry")
        .addSerializer(com.fasterxml.jackson.databind.JsonNode.class, new Jackson2TreeSerializer());
  }

  /** Writes a Jackson 2 tree token by token through the Jackson 3 generator (its indentation and all). */
  static final class Jackson2TreeSerializer extends ValueSerializer<com.fasterxml.jackson.databind.JsonNode> {

    @Override
    public void serialize(com.fasterxml.jackson.databind.JsonNode node, JsonGenerator gen, SerializationContext ctxt) {
      write(node, gen);
    }

    private static void write(com.fasterxml.jackson.databind.JsonNode node, JsonGenerator gen) {
      switch (node.getNodeType()) {
        case OBJECT -> {
          gen.writeStartObject();
          for (var member : node.properties()) {
            gen.writeName(member.getKey());
            write(member.getValue(), gen);
          }
          gen.writeEndObject();
        }
        case ARRAY -> {
          gen.writeStartArray();
          for (var element : node) {
            write(element, gen);
          }
          gen.writeEndArray();
        }
        case STRING -> gen.writeString(node.textValue());
        case BOOLEAN -> gen.writeBoolean(node.booleanValue());
        case NUMBER -> {
          if (node.isBigDecimal() || node.isFloatingPointNumber()) {
            gen.writeNumber(node.decimalValue());
          } else {
            gen.writeNumber(node.bigIntegerValue());
          }
        }
        // settings come from jsonb: objects, arrays, strings, numbers, booleans and null only
        default -> gen.writeNull();
      }
    }
  }
}
