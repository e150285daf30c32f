/**
 * Module Registry's Java API: {@link io.moduleregistry.ModuleRegistry} and its scopes, records and
 * exceptions. Nothing here accepts or returns {@code null} unless it is marked {@link
 * org.jspecify.annotations.Nullable @Nullable} (JSpecify); a {@code null} where none is allowed is a
 * {@link java.lang.NullPointerException} before any SQL is sent.
 *
 * <p>{@link io.moduleregistry.Module} shares its simple name with {@link java.lang.Module}: beside
 * {@code import io.moduleregistry.*} (which, like the implicit {@code java.lang.*}, is an on-demand
 * import) the name {@code Module} is ambiguous, so also {@code import io.moduleregistry.Module;}
 * explicitly.
 */
@NullMarked
package io.moduleregistry;

import org.jspecify.annotations.NullMarked;
