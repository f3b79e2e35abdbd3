/**
 * The load generator, on its own: runs autocannon with the options given as JSON in argv and
 * prints its result as JSON. bench/http.ts starts it as a child process so that the client's
 * speed does not depend on what the benchmark process happens to hold in memory.
 *
 *   node --import tsx bench/load.ts '{"url":"http://127.0.0.1:8787","duration":5,"requests":[{"method":"GET","path":"/healthz"}]}'
 */
import autocannon from 'autocannon'

const result = await autocannon(JSON.parse(process.argv[2] ?? '{}') as autocannon.Options)
process.stdout.write(JSON.stringify(result))
