/**
 * Log lines gathered and written to stdout once per turn of the event loop, not one write per
 * line. Under load a synchronous write for every request's line took a third of the server's
 * time; batched, the same lines cost a fraction of it. Lines still reach stdout within the same
 * tick's I/O phase, in order, and whatever is pending is written out when the process exits.
 *
 * ```ts
 * const log = jsonLines(bufferedLines())
 * ```
 */
export function bufferedLines(write: (text: string) => void = (text) => void process.stdout.write(text)): (line: string) => void {
  let pending: string[] = []
  const flush = () => {
    if (pending.length === 0) return
    const text = `${pending.join('\n')}\n`
    pending = []
    write(text)
  }
  process.on('exit', flush)
  return function bufferLine(line) {
    if (pending.push(line) === 1) setImmediate(flush)
  }
}
