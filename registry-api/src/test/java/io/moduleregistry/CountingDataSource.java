package io.moduleregistry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a real data source and counts what crosses the wire: connections borrowed, and round
 * trips (each execute, commit or rollback is one Sync with pgjdbc, failed or not). Not a mock:
 * every call goes to the real PostgreSQL.
 */
final class CountingDataSource {

  private static final Set<String> ROUND_TRIPS = Set.of(
      "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "commit", "rollback");

  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger roundTrips = new AtomicInteger();
  private final DataSource dataSource;

  CountingDataSource(DataSource real) {
    this.dataSource = wrap(real, DataSource.class);
  }

  DataSource dataSource() {
    return dataSource;
  }

  void reset() {
    connections.set(0);
    roundTrips.set(0);
  }

  private <T> T wrap(T real, Class<T> type) {
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      String name = method.getName();
      if (ROUND_TRIPS.contains(name)) {
        roundTrips.incrementAndGet();
      } else if (name.equals("getConnection")) {
        connections.incrementAndGet();
      }
      Object result;
      try {
        result = method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      Class<?> returned = method.getReturnType();
      if (returned == Connection.class) {
        return wrap((Connection) result, Connection.class);
      }
      if (returned == PreparedStatement.class) {
        return wrap((PreparedStatement) result, PreparedStatement.class);
      }
      if (returned == Statement.class) {
        return wrap((Statement) result, Statement.class);
      }
      return result;
    }));
  }
}
