import { describe, expect, it } from 'vitest'
import { bufferedLines } from '../../server/node/buffered-lines.ts'

describe('bufferedLines', () => {
  it('writes the lines of one turn of the event loop in one write, in order', async () => {
    const writes: string[] = []
    const line = bufferedLines((text) => void writes.push(text))
    line('{"a":1}')
    line('{"b":2}')
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n'])
    line('{"c":3}')
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n'])
  })

  it('writes what is pending when the process exits', () => {
    const writes: string[] = []
    const line = bufferedLines((text) => void writes.push(text))
    line('{"shutdown":true}')
    process.emit('exit', 0)
    expect(writes).toEqual(['{"shutdown":true}\n'])
  })
})
