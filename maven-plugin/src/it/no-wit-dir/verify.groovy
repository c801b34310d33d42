def log = new File(basedir, 'build.log').text
assert log.contains('witj: no WIT directory src/main/wit, nothing to do')
assert log.contains('witj: no WIT directory src/test/wit, nothing to do')
assert !new File(basedir, 'target/generated-sources/witj').exists()
assert !new File(basedir, 'target/witj').exists()
assert new File(basedir, 'target/classes/com/example/App.class').isFile()
true
