/**
 * Spring Boot auto-configuration for Module Registry: what applications touch is {@link
 * io.moduleregistry.spring.ModuleRegistryProperties} ({@code module-registry.*}), {@link
 * io.moduleregistry.spring.RequiresModule} and {@link io.moduleregistry.spring.CallerScopeResolver};
 * the rest is wiring.
 */
@NullMarked
package io.moduleregistry.spring;

import org.jspecify.annotations.NullMarked;
