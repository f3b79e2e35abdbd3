import { beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tmpdir } from 'node:os'
import { createApp } from '../../server/app.ts'
import { createClinicRegistry } from '../../server/api/clinic-registry.ts'
import { serveSite } from '../../server/site/serve-site.ts'
import { demoIndex } from '../helpers/demo.ts'
import { quiet, type App } from '../helpers/app.ts'

let app: App
beforeAll(async () => {
  // serveStatic wants a root relative to the working directory.
  const root = path.relative(process.cwd(), mkdtempSync(path.join(tmpdir(), 'verbatim-site-')))
  mkdirSync(path.join(root, 'articles/a'), { recursive: true })
  writeFileSync(path.join(root, 'widget.js'), 'loader()')
  writeFileSync(path.join(root, 'widget-panel-ABC123.js'), 'export const panel = 1')
  writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>')
  writeFileSync(path.join(root, 'articles/a/index.html'), '<h1>Article</h1>')
  mkdirSync(path.join(root, 'api'), { recursive: true })
  writeFileSync(path.join(root, 'api/chat'), 'a file that must not shadow the API')
  app = createApp({ clinics: createClinicRegistry([await demoIndex()]), site: serveSite(root), log: quiet })
})

describe('serveSite', () => {
  it('serves widget.js so that any site may load it, cached briefly', async () => {
    const res = await app.request('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('caches the hashed panel chunk for good', async () => {
    const res = await app.request('/widget-panel-ABC123.js')
    expect(res.headers.get('cache-control')).toMatch(/immutable/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('serves the demo pages, articles as folders', async () => {
    expect(await (await app.request('/')).text()).toBe('<h1>Home</h1>')
    const article = await app.request('/articles/a')
    expect(await article.text()).toBe('<h1>Article</h1>')
    expect(article.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('never shadows the API and keeps JSON 404s', async () => {
    const chat = await app.request('/api/chat')
    expect(chat.status).toBe(405)
    const missing = await app.request('/nope.html')
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found')
  })
})
