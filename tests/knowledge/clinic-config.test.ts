import { describe, expect, it } from 'vitest'
import { parseClinicConfig } from '../../server/knowledge/clinic-config.ts'
import { KnowledgeError } from '../../server/knowledge/errors.ts'
import { CLINIC_JSON } from '../helpers/temp-knowledge.ts'

const withRateLimit = (rateLimit: unknown) => JSON.stringify({ ...JSON.parse(CLINIC_JSON), rateLimit }, null, 2)

describe('clinic.json rateLimit', () => {
  it('is optional', () => {
    expect(parseClinicConfig(CLINIC_JSON, 'clinic.json').rateLimit).toBeUndefined()
  })

  it('takes a steady rate and a burst', () => {
    expect(parseClinicConfig(withRateLimit({ perMinute: 60, burst: 20 }), 'clinic.json').rateLimit).toEqual({ perMinute: 60, burst: 20 })
  })

  it.each([
    [{ perMinute: 0, burst: 5 }, 'rateLimit.perMinute', /at least 1/],
    [{ perMinute: 1.5, burst: 5 }, 'rateLimit.perMinute', /whole number/],
    [{ perMinute: 60, burst: '10' }, 'rateLimit.burst', /must be a number/],
    [{ perMinute: 60 }, 'rateLimit.burst', /is required/],
    [{ perMinute: 60, burst: 2_000_000 }, 'rateLimit.burst', /at most 1000000/],
  ])('refuses %j, naming the field and its line', (rateLimit, field, message) => {
    let error: unknown
    try {
      parseClinicConfig(withRateLimit(rateLimit), 'acme/clinic.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(KnowledgeError)
    const knowledgeError = error as KnowledgeError
    expect(knowledgeError.field).toBe(field)
    expect(knowledgeError.message).toMatch(message)
    expect(knowledgeError.line).toBeGreaterThan(1)
  })
})
