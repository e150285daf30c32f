package io.moduleregistry.codegen;

/**
 * Code generation failed: a migration did not apply, the database was unreachable, a schema asked
 * for does not exist, jOOQ failed, or committed types are stale. The message says which and what to do.
 */
public final class CodegenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   */
  public CodegenException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param cause the underlying failure
   */
  public CodegenException(String message, Throwable cause) {
    super(message, cause);
  }
}
