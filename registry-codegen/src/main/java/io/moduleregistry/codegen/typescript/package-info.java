/**
 * The TypeScript {@code Database} types of a live PostgreSQL database, byte-identical to Supabase's
 * generator: {@link io.moduleregistry.codegen.typescript.TypeScriptGenerator#generate} reads {@code
 * pg_catalog} ({@code CatalogReader}, {@code NodeTree} for view and CHECK expressions), maps types
 * ({@code TypeMapper}, {@code FunctionTypes}, {@code ViewRelationships}), orders names as {@code
 * Intl.Collator} does ({@code NameOrder}) and prints as the reference's formatter ({@code Doc},
 * {@code DocPrinter}, {@code TsLayout}). Only the generator and its {@link
 * io.moduleregistry.codegen.typescript.TypeScriptOptions} are public; it knows nothing of jOOQ or of
 * the registry's schema, and {@code RegistryCodegen} hashes this package apart from its own.
 */
@NullMarked
package io.moduleregistry.codegen.typescript;

import org.jspecify.annotations.NullMarked;
