import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { watchKnowledge } from '../../server/node/watch-knowledge.ts'

const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms))

describe('watchKnowledge', () => {
  it('calls back once for a burst of changes anywhere below the folder, and not after close', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'verbatim-watch-'))
    mkdirSync(path.join(root, 'acme/articles'), { recursive: true })
    let calls = 0
    const watcher = watchKnowledge(root, () => calls++, { debounceMs: 100 })
    try {
      await sleep(50)
      for (let i = 0; i < 5; i++) {
        writeFileSync(path.join(root, 'acme/articles/a.md'), `version ${i}`)
        await sleep(10)
      }
      await sleep(400)
      expect(calls).toBe(1)
      writeFileSync(path.join(root, 'acme/clinic.json'), '{}')
      await sleep(400)
      expect(calls).toBe(2)
    } finally {
      watcher.close()
    }
    writeFileSync(path.join(root, 'acme/articles/a.md'), 'after close')
    await sleep(300)
    expect(calls).toBe(2)
  })
})
