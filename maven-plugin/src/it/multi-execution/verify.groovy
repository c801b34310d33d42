def gen = new File(basedir, 'target/generated-sources/witj/demo/shop')
assert new File(gen, 'Catalog.java').isFile()
assert new File(gen, 'Storefront.java').isFile()
assert new File(gen, 'Backoffice.java').isFile()
assert new File(basedir, 'target/generated-sources/witj-admin/com/example/admin/Catalog.java').isFile()
assert new File(basedir, 'target/generated-sources/witj-admin/com/example/admin/Backoffice.java').isFile()
assert new File(basedir, 'target/classes/demo/shop/Storefront.class').isFile()
assert new File(basedir, 'target/classes/com/example/admin/Backoffice.class').isFile()
def log = new File(basedir, 'build.log').text
assert (log =~ /world demo:shop\/(storefront|backoffice)@0\.3\.0: up to date, \d+ files/).size() == 3
['storefront', 'backoffice', 'admin'].each { assert new File(basedir, "target/witj/generate/$it/state.txt").isFile() }
true
