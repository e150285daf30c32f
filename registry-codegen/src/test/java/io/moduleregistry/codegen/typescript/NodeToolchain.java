package io.moduleregistry.codegen.typescript;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Node.js tools for the tests: Supabase's generator and tsc, installed with {@code npm ci} from the
 * committed {@code src/test/typescript/package-lock.json} into {@code target/typescript-tools} (once;
 * reused while the lock file is unchanged). Tests call {@link #require()} first, which skips them,
 * saying why, where node or npm is missing. Node itself is never downloaded.
 */
final class NodeToolchain {

  static final Path PROJECT = Path.of("src/test/typescript");
  static final Path TOOLS = Path.of("target/typescript-tools").toAbsolutePath();
  private static final String LOCK_HASH = ".package-lock.sha256";
  private static Boolean available;
  private static boolean installed;

  /** The exit status and output of a process. */
  record Result(int exitCode, String stdout, String stderr) {
    String output() {
      return stdout + stderr;
    }
  }

  private NodeToolchain() {}

  /** Skips the calling test, with the reason printed, unless node and npm run here; else installs the tools. */
  static synchronized Path require() {
    if (available == null) {
      available = runs("node", "--version") && runs("npm", "--version");
      if (!available) {
        System.out.println("SKIPPED: node and npm are not on the PATH here, so Supabase's generator and tsc cannot "
            + "run; the generator is checked against the committed expected outputs instead.");
      }
    }
    assumeTrue(available, "node and npm are not on the PATH: comparing with committed expected outputs only");
    if (!installed) {
      install();
      installed = true;
    }
    return TOOLS;
  }

  private static void install() {
    try {
      Files.createDirectories(TOOLS);
      byte[] lock = Files.readAllBytes(PROJECT.resolve("package-lock.json"));
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lock));
      Path hashFile = TOOLS.resolve(LOCK_HASH);
      if (Files.isDirectory(TOOLS.resolve("node_modules")) && Files.isRegularFile(hashFile)
          && Files.readString(hashFile).equals(hash)) {
        return;
      }
      for (String file : List.of("package.json", "package-lock.json")) {
        Files.copy(PROJECT.resolve(file), TOOLS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      long started = System.nanoTime();
      Result result = run(TOOLS, Map.of(), 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund",
          "--loglevel=error");
      if (result.exitCode() != 0) {
        throw new IllegalStateException("npm ci failed in " + TOOLS + ":\n" + result.output());
      }
      Files.writeString(hashFile, hash);
      System.out.printf("npm ci of the TypeScript test tools took %d ms%n", (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies files of the committed npm project (client code, tsconfig) into the tools folder. */
  static void copyFromProject(String... files) {
    for (String file : files) {
      copy(PROJECT.resolve(file), TOOLS.resolve(file));
    }
  }

  static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command) {
    try {
      Path errors = Files.createTempFile("node-stderr", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectError(errors.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      String stderr = Files.readString(errors);
      Files.delete(errors);
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8), stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runs(String... command) {
    try {
      return run(Path.of("."), Map.of(), 30, command).exitCode() == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
