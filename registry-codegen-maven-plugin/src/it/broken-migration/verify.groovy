// The failed build names the migration file, the line and PostgreSQL's message, and writes no hash.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('V1__broken.sql') : 'the failing file is named'
assert log =~ /Line\s*: 3/ : 'the failing line is named'
assert log.contains('syntax error at or near "text"') : "PostgreSQL's message is shown"
assert log.contains('Statement  : alter table public.widgets add colum name text') : 'the statement is shown'
assert !log.contains('SEVERE') && !log.contains('Changes successfully rolled back') : "no raw Flyway line before the goal's own report"
assert !log.contains('Run Flyway with -X') : "Flyway's advice does not fit a Maven build"
assert !new File(basedir, 'target/generated-sources/registry-jooq/.registry-codegen.sha256').exists()
return true
