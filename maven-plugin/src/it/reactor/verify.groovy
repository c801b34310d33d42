def log = new File(basedir, 'build.log').text
// lib: no world, nothing generated, its WIT in its jar
assert log.contains('no world in src/main/wit: nothing to generate')
def jar = new java.util.jar.JarFile(new File(basedir, 'lib/target/lib-1.0.jar'))
assert jar.getEntry('META-INF/wit/acme/money@1.0.0/money.wit') != null
jar.close()
// app: the library's package resolved from the jar and generated because the world uses it
assert log =~ /acme:money@1\.0\.0 from com\.example:lib:1\.0!\/META-INF\/wit\/acme\/money@1\.0\.0\/money\.wit/
assert new File(basedir, 'app/target/generated-sources/witj/acme/money/Types.java').isFile()
assert new File(basedir, 'app/target/classes/com/example/app/Use.class').isFile()
['alpha', 'beta'].each { assert new File(basedir, "$it/target/classes/demo/$it/${it.capitalize()}.class").isFile() }
// the -T 4 build
assert log =~ /(?i)thread count of 4|with 4 threads/
assert !log.contains('BUILD FAILURE')
true
