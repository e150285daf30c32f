// Both builds of the sample consumer are in build.log: the first generates and runs the test, the
// second finds the inputs unchanged and skips the database and the generator.
def log = new File(basedir, 'build.log').text
def generated = log.findAll(/Generating jOOQ classes into/).size()
def skipped = log.findAll(/jOOQ classes and TypeScript types up to date \(\d+ files, inputs \w+\): generation skipped/).size()
assert generated == 1 : "one generation, in the first build (saw ${generated})"
assert skipped == 1 : "one skip, in the second build (saw ${skipped})"
assert log.indexOf('Generating jOOQ classes into') < log.indexOf('generation skipped')
assert log =~ /Generated \d+ files and database.ts \(TypeScript: \d+ ms\) from \d+ migrations/
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /Generated the settings types of 1 module manifests in \S+: 1 records and module-settings.ts in \d+ ms/
assert log =~ /generation skipped in \d+ ms \(settings types up to date too\)/

def pkg = new File(basedir, 'target/generated-sources/registry-jooq/com/example/projects/db')
assert new File(pkg, 'tables/Projects.java').text.contains('TableField<ProjectsRecord, Instant> CREATED_AT')
assert new File(pkg, 'enums/ProjectStatus.java').exists()
assert new File(pkg, 'tables/OrgModules.java').exists()
assert !new File(pkg, 'tables/FlywaySchemaHistory.java').exists()
assert new File(basedir, 'target/classes/com/example/projects/db/tables/Projects.class').exists()
// The settings of our module, typed: a record in the package configured, a source root of its own
def settings = new File(basedir, 'target/generated-sources/registry-settings/com/example/projects/settings/ProjectsSettings.java').text
assert settings.contains('public record ProjectsSettings(')
assert settings.contains('public enum DefaultStatus {')
assert settings.contains('public record Board(')
assert new File(basedir, 'target/classes/com/example/projects/settings/ProjectsSettings.class').exists()
def settingsTypes = new File(basedir, 'target/types/module-settings.ts').text
assert settingsTypes.contains("defaultStatus: 'active' | 'archived'")
assert settingsTypes.contains('projects: ProjectsSettings')
assert settingsTypes.contains('archiveAfterDays?: number')

def types = new File(basedir, 'target/types/database.ts').text
assert types.contains('export type Database = {')
assert types =~ /projects: \{\s+Row: \{/ : 'the service\'s own table is typed'
assert types.contains('org_modules: {')
assert !types.contains('flyway_schema_history') : 'the service\'s history table is not'
assert types =~ /billing: \{\s+Tables: \{\s+(\/\*\*[^\n]*\*\/\s+)?invoices: \{/ : 'the second schema is typed'
assert types.contains('Invoices of an organization, in its own schema.') : 'JSDoc from comment on table'
assert types.contains('"draft" | "sent"') : 'a CHECK (... in (...)) column as a union'

// The README's consumer section is this project: its pom block is this pom.xml, and its Java blocks
// (the migration call, the caller-SQL snippet) are in ProjectsTest as written. Compared line by line
// with indentation ignored and every <x.version> property's value normalised (the README writes
// released versions, this pom the build's, filtered in by the invoker).
def normalise = { String s ->
  s.readLines()*.trim().join('\n').replaceAll(/<([\w.-]+\.version)>[^<]*<\/\1>/, '<$1>VERSION</$1>').trim()
}
def readmeText = new File(readme).text
def from = readmeText.indexOf('## Code generation for your service')
def to = readmeText.indexOf('## Tests and databases')
assert from >= 0 && to > from : "README sections 'Code generation for your service' … 'Tests and databases' not found in ${readme}"
def section = readmeText.substring(from, to)
def blocks = (section =~ /(?ms)^[ \t]*```(\w+)\n(.*?)^[ \t]*```/).collect { [lang: it[1], text: normalise(it[2])] }
def xml = blocks.findAll { it.lang == 'xml' }
assert xml.size() == 1 : "one pom block in the README's consumer section (saw ${xml.size()})"
def pom = normalise(new File(basedir, 'pom.xml').text)
if (xml[0].text != pom) {
  def a = xml[0].text.readLines(), b = pom.readLines()
  def i = (0..<Math.min(a.size(), b.size())).find { a[it] != b[it] } ?: Math.min(a.size(), b.size())
  assert false : "README's pom block and sample-consumer/pom.xml differ at line ${i + 1}:\n README: ${i < a.size() ? a[i] : '(end)'}\n pom:    ${i < b.size() ? b[i] : '(end)'}"
}
def test = normalise(new File(basedir, 'src/test/java/com/example/projects/ProjectsTest.java').text)
def java = blocks.findAll { it.lang == 'java' }
assert java.size() == 3 : "the migration call, the caller-SQL snippet and the typed settings (saw ${java.size()} Java blocks)"
java.each { block ->
  assert test.contains(block.text) : "ProjectsTest does not contain the README's snippet as written:\n${block.text}"
}
return true
