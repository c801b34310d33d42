def log = new File(basedir, 'build.log').text
assert log.contains('several worlds, choose one with <world>: demo:many/client, demo:many/server')
assert log.contains("no world 'sever'; did you mean 'server'? worlds: demo:many/client, demo:many/server")
true
