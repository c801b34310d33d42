// The build failed on the WIT with every diagnostic located in the project, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('witj: cannot generate from src/main/wit:') || log.contains('witj: invalid WIT in src/main/wit:')
assert log =~ /src\/main\/wit\/bad\.wit:\d+:\d+: /
assert log.contains(' | ')
assert log.contains('^')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !log.contains('internal error')
assert !log.contains('WitException')
assert !new File(basedir, 'target/generated-sources/witj').exists()
true
