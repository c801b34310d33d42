// Everything generated into first/ (first build) equals, byte for byte, what the clean second build generated.
def first = new File(basedir, 'first')
def second = new File(basedir, 'target/generated-sources/witj')
def files = []
first.eachFileRecurse(groovy.io.FileType.FILES) { files << first.toPath().relativize(it.toPath()).toString() }
assert files.size() >= 2
files.each {
  byte[] a = new File(first, it).bytes
  byte[] b = new File(second, it).bytes
  assert Arrays.equals(a, b) : "$it differs between two clean builds"
  assert !new String(a, 'UTF-8').contains('\r')
}
def secondFiles = []
second.eachFileRecurse(groovy.io.FileType.FILES) { secondFiles << second.toPath().relativize(it.toPath()).toString() }
assert secondFiles.sort() == files.sort()
true
