/** Small statistics for the benchmark: percentiles of a sample, medians of repeated runs. */

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}

export function median(values: number[]): number {
  return percentile(values, 0.5)
}

/** Runs `measure` `runs` times and returns each run's result, for medians across runs. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T> | T): Promise<T[]> {
  const results: T[] = []
  for (let run = 0; run < runs; run++) results.push(await measure(run))
  return results
}

export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`
export const pct = (value: number) => `${(value * 100).toFixed(1)}%`
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
