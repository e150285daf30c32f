package io.moduleregistry.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that uses Module Registry through its Spring Boot starter. */
@SpringBootApplication
public class ExampleServiceApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleServiceApplication.class, args);
  }
}
