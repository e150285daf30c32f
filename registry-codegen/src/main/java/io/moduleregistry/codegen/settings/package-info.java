/**
 * Typed module settings: Java records and TypeScript types generated from the module manifests'
 * settings schemas ({@link io.moduleregistry.codegen.settings.SettingsGenerator}).
 */
package io.moduleregistry.codegen.settings;
