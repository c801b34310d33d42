// 2022-dialect WIT generated with its ABI flavour and compiled; nothing embedded; a bad dialect named.
def gen = new File(basedir, 'target/generated-sources/witj/com/example/app')
assert new File(gen, 'Store.java').isFile()
assert new File(gen, 'internal/AppAbi.java').text.contains('GuestAbi.WIT_BINDGEN_0_2')
assert new File(gen, 'App.java').text.contains('public Handler handler(String coreName)')
assert new File(basedir, 'target/classes/com/example/Host.class').isFile()
assert !new File(basedir, 'target/classes/META-INF/wit').exists()
def log = new File(basedir, 'build.log').text
assert log =~ /world wit2022:root\/app: \d+ written, 0 unchanged, 0 removed \(\d+ ms\)/
assert log.contains("witj: <dialect>: unknown WIT dialect 'wit-2022' (expected component-model or wit-bindgen-0.2)")
true
