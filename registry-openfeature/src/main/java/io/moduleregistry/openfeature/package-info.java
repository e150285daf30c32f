/**
 * Module Registry for OpenFeature: {@link io.moduleregistry.openfeature.RegistryFeatureProvider}, a
 * provider for OpenFeature's Java SDK, over {@link io.moduleregistry.openfeature.FlagEvaluator},
 * which answers a flag for one caller and organization as row-level security lets that caller
 * see it, and {@link io.moduleregistry.openfeature.Ofrep}, the OpenFeature Remote Evaluation
 * Protocol's requests and responses for an HTTP endpoint to wrap.
 */
@NullMarked
package io.moduleregistry.openfeature;

import org.jspecify.annotations.NullMarked;
