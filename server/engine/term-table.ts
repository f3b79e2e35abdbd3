/**
 * Every passage's search terms, worked out once at build time and stored compactly: a dictionary
 * of terms, and for each passage the sorted ids of its terms in one flat typed array. Scoring a
 * passage then costs a binary search per term, with no tokenizing and no allocation: that is what
 * lets a 187,000-passage library answer in a couple of milliseconds. Serialized as varint-coded
 * gaps in base64 (about 3 bytes a term), decoded in one pass at load.
 *
 * ```ts
 * const table = TermTable.build(passages.map((p) => terms(p.text)))
 * table.lookup(7).has('glutam') // => true
 * TermTable.decode(table.encode()).lookup(7).has('glutam') // => true
 * ```
 */

/** What scoring needs from a set of terms; a ReadonlySet<string> is one too. */
export interface TermLookup {
  has(term: string): boolean
  readonly size: number
}

export interface SerializedTermTable {
  terms: string[]
  /** Per passage: its term count, then the gaps between its sorted term ids, as varints, in base64. */
  passages: string
  count: number
  /** Term ids in all, to allocate once when decoding. */
  total: number
}

export class TermTable {
  private readonly ids: Map<string, number>

  private constructor(
    readonly terms: string[],
    private readonly offsets: Uint32Array,
    private readonly flat: Uint32Array,
  ) {
    this.ids = new Map(terms.map((term, id) => [term, id]))
  }

  static build(passageTerms: string[][]): TermTable {
    const ids = new Map<string, number>()
    const terms: string[] = []
    const offsets = new Uint32Array(passageTerms.length + 1)
    const lists = passageTerms.map((list) => {
      const unique = [...new Set(list)].map((term) => {
        let id = ids.get(term)
        if (id === undefined) {
          id = terms.push(term) - 1
          ids.set(term, id)
        }
        return id
      })
      return unique.sort((a, b) => a - b)
    })
    lists.forEach((list, p) => (offsets[p + 1] = offsets[p]! + list.length))
    const flat = new Uint32Array(offsets[passageTerms.length]!)
    lists.forEach((list, p) => flat.set(list, offsets[p]!))
    return new TermTable(terms, offsets, flat)
  }

  get passageCount(): number {
    return this.offsets.length - 1
  }

  /** The terms of a passage, or of several passages together (a span). */
  lookup(...passages: number[]): TermLookup {
    const table = this
    let size = 0
    for (const p of passages) size += this.offsets[p + 1]! - this.offsets[p]!
    return {
      size,
      has(term: string): boolean {
        const id = table.ids.get(term)
        return id !== undefined && passages.some((p) => table.contains(p, id))
      },
    }
  }

  /** The terms of a passage as strings (for building document frequencies). */
  termsOf(passage: number): string[] {
    return [...this.flat.subarray(this.offsets[passage]!, this.offsets[passage + 1]!)].map((id) => this.terms[id]!)
  }

  private contains(passage: number, id: number): boolean {
    let low = this.offsets[passage]!
    let high = this.offsets[passage + 1]! - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = this.flat[middle]!
      if (value === id) return true
      if (value < id) low = middle + 1
      else high = middle - 1
    }
    return false
  }

  encode(): SerializedTermTable {
    const bytes: number[] = []
    const push = (value: number) => {
      while (value >= 0x80) {
        bytes.push((value & 0x7f) | 0x80)
        value >>>= 7
      }
      bytes.push(value)
    }
    for (let p = 0; p < this.passageCount; p++) {
      const start = this.offsets[p]!
      const end = this.offsets[p + 1]!
      push(end - start)
      let previous = 0
      for (let i = start; i < end; i++) {
        push(this.flat[i]! - previous)
        previous = this.flat[i]!
      }
    }
    return { terms: this.terms, passages: toBase64(Uint8Array.from(bytes)), count: this.passageCount, total: this.flat.length }
  }

  static decode(data: SerializedTermTable): TermTable {
    const bytes = fromBase64(data.passages)
    const offsets = new Uint32Array(data.count + 1)
    const flat = new Uint32Array(data.total)
    let at = 0
    let written = 0
    const read = () => {
      let value = 0
      let shift = 0
      let byte: number
      do {
        byte = bytes[at++]!
        value += (byte & 0x7f) * 2 ** shift
        shift += 7
      } while (byte & 0x80)
      return value
    }
    for (let p = 0; p < data.count; p++) {
      const n = read()
      let previous = 0
      for (let i = 0; i < n; i++) flat[written++] = previous += read()
      offsets[p + 1] = offsets[p]! + n
    }
    return new TermTable(data.terms, offsets, flat)
  }
}

// Web-standard base64 (atob/btoa), so that the Worker can decode what the build encoded.
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
