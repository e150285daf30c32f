package io.moduleregistry;

/** What a call was doing, so that a database error can be reported in the caller's terms. */
enum Action {
  READ("read"),
  INSTALL("install"),
  UNINSTALL("uninstall"),
  ENABLE("enable"),
  DISABLE("disable"),
  CONFIGURE("change the settings of"),
  REGISTER_MODULE("register"),
  ACTIVATE_MODULE("activate"),
  DEACTIVATE_MODULE("deactivate"),
  DELETE_MODULE("delete"),
  APPLY_PLAN("apply a plan of"),
  SYNC_CATALOG("sync the catalog of"),
  VERIFY_SCHEMA("verify the schema of"),
  DELETE_HISTORY("delete the history of");

  private final String verb;

  Action(String verb) {
    this.verb = verb;
  }

  String verb() {
    return verb;
  }

  /**
   * Whether the call may change data: such a call is never retried, and a broken connection after
   * it was sent leaves its outcome unknown. Reads are idempotent.
   */
  boolean writes() {
    return this != READ && this != VERIFY_SCHEMA;
  }

  /**
   * Whether the call may change what {@code isEnabled} answers: settings, reads, catalog entries
   * (installed nowhere yet) and the history cannot.
   */
  boolean changesEnablement() {
    return writes() && this != CONFIGURE && this != REGISTER_MODULE && this != SYNC_CATALOG && this != DELETE_HISTORY;
  }
}
