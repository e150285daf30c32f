/**
 * {@link io.moduleregistry.codegen.RegistryCodegen}: migrates a fresh database and generates jOOQ
 * classes from it, skipping all of it when nothing that feeds it changed.
 */
package io.moduleregistry.codegen;
