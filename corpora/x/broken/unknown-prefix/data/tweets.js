// exported by a script
const tweets = [ ]