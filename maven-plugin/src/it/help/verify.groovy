def log = new File(basedir, 'build.log').text
['witj:generate', 'witj:generate-test', 'witj:check', 'witj:help'].each { assert log.contains(it) }
['witDirectory', 'world', 'packageName', 'packageMappings', 'outputDirectory', 'features',
 'stringEncoding', 'skipUnsupported', 'skip', 'force', 'embedWit', 'explain'].each {
  assert log.contains("  $it") : "help does not describe $it"
}
assert log.contains('User property: witj.world')
true
