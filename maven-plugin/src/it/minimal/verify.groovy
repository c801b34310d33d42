// The minimal project generated, compiled and ran a guest call; the jar carries its WIT.
def gen = new File(basedir, 'target/generated-sources/witj')
assert new File(gen, 'demo/calc/Host.java').isFile()
assert new File(gen, 'demo/calc/Calc.java').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /world demo:calc\/calc@1\.0\.0: \d+ written, 0 unchanged, 0 removed \(\d+ ms\)/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def jar = new java.util.jar.JarFile(new File(basedir, 'target/minimal-1.0.jar'))
assert jar.getEntry('META-INF/wit/demo/calc@1.0.0/calc.wit') != null
jar.close()
assert new File(basedir, 'target/witj/generate/default/state.txt').isFile()
true
