/**
 * Code generation from the migrations: {@link io.moduleregistry.codegen.RegistryCodegen} migrates a
 * fresh database ({@code MigratedDatabase}) and runs jOOQ's generator on it, and on request the
 * TypeScript generator of {@link io.moduleregistry.codegen.typescript} from the same database,
 * skipping each output when nothing that feeds it changed ({@code InputHash}, one hash per output).
 * The entry points: {@code RegistryCodegen.main} (registry-api's build), {@link
 * io.moduleregistry.codegen.CodegenCommand} (the {@code -cli} jar) and {@code CommittedTypes} (the
 * check that {@code registry-types/database.ts} is current).
 */
@NullMarked
package io.moduleregistry.codegen;

import org.jspecify.annotations.NullMarked;
