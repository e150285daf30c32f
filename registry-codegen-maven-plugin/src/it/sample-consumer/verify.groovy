// Both builds of the sample consumer are in build.log: the first generates and runs the test, the
// second finds the inputs unchanged and skips the database and the generator.
def log = new File(basedir, 'build.log').text
def generated = log.findAll(/Generating jOOQ classes into/).size()
def skipped = log.findAll(/jOOQ classes and TypeScript types up to date \(\d+ files, inputs \w+\): generation skipped/).size()
assert generated == 1 : "one generation, in the first build (saw ${generated})"
assert skipped == 1 : "one skip, in the second build (saw ${skipped})"
assert log.indexOf('Generating jOOQ classes into') < log.indexOf('generation skipped')
assert log =~ /Generated \d+ files and database.ts \(TypeScript: \d+ ms\) from \d+ migrations/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

def pkg = new File(basedir, 'target/generated-sources/registry-jooq/com/example/projects/db')
assert new File(pkg, 'tables/Projects.java').text.contains('TableField<ProjectsRecord, Instant> CREATED_AT')
assert new File(pkg, 'enums/ProjectStatus.java').exists()
assert new File(pkg, 'tables/OrgModules.java').exists()
assert !new File(pkg, 'tables/FlywaySchemaHistory.java').exists()
assert new File(basedir, 'target/classes/com/example/projects/db/tables/Projects.class').exists()
def types = new File(basedir, 'target/types/database.ts').text
assert types.contains('export type Database = {')
assert types =~ /projects: \{\s+Row: \{/ : 'the service\'s own table is typed'
assert types.contains('org_modules: {')
assert !types.contains('flyway_schema_history') : 'the service\'s history table is not'
assert types =~ /billing: \{\s+Tables: \{\s+(\/\*\*[^\n]*\*\/\s+)?invoices: \{/ : 'the second schema is typed'
assert types.contains('Invoices of an organization, in its own schema.') : 'JSDoc from comment on table'
assert types.contains('"draft" | "sent"') : 'a CHECK (... in (...)) column as a union'
return true
