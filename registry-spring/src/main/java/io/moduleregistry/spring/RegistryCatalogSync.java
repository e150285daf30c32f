package io.moduleregistry.spring;

import io.moduleregistry.Module;
import io.moduleregistry.ModuleManifest;
import io.moduleregistry.ModuleManifests;
import io.moduleregistry.ModuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Registers the module manifests found on the class path ({@code module-registry.catalog.location},
 * by default {@code classpath*:module-registry/modules/*.json}) at startup, in one transaction, as
 * {@code ServiceScope.syncCatalog} does: idempotent, so every instance of a service may do it. On
 * with {@code module-registry.catalog.sync=true}; an invalid set fails startup with every problem named.
 */
public final class RegistryCatalogSync implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryCatalogSync.class);

  private final ModuleRegistry registry;
  private final String location;

  RegistryCatalogSync(ModuleRegistry registry, String location) {
    this.registry = registry;
    this.location = location;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<ModuleManifest> manifests = read(location);
    if (manifests.isEmpty()) {
      LOG.warn("Module Registry catalog sync is on, but {} has no manifests", location);
      return;
    }
    List<Module> synced = registry.asService().syncCatalog(manifests);
    LOG.info("Module Registry catalog synced from {}: {} modules", location, synced.size());
  }

  /**
   * The manifests at a location, sorted by file name; also given to the registry's builder, so that
   * it checks settings against their schemas before any SQL.
   *
   * @param location a Spring resource pattern
   * @return the manifests, none if the location has none
   * @throws io.moduleregistry.InvalidCatalogException naming every problem of every manifest
   * @throws UncheckedIOException if they cannot be read
   */
  static List<ModuleManifest> read(String location) {
    Map<String, String> sources = new LinkedHashMap<>();
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
      Arrays.sort(found, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
      for (Resource resource : found) {
        sources.put(resource.getDescription(), resource.getContentAsString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read module manifests from " + location, e);
    }
    return sources.isEmpty() ? List.of() : ModuleManifests.parseAll(sources);
  }
}
