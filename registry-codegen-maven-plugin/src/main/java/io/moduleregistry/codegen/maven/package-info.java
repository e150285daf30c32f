/**
 * The {@code generate} goal ({@link io.moduleregistry.codegen.maven.GenerateMojo}): {@code
 * RegistryCodegen} for a service's build, over the registry's migrations and the service's own.
 */
@NullMarked
package io.moduleregistry.codegen.maven;

import org.jspecify.annotations.NullMarked;
