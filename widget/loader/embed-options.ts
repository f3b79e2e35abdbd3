/**
 * Reads the embed snippet's data-* options. Every value is checked, because it ends up in a
 * stylesheet (colour, z-index) or a request (API origin): a bad one is ignored, never injected.
 *
 * ```html
 * <script src="https://verbatim.example/widget.js" data-clinic="demo" data-color="#7c3aed" async></script>
 * ```
 * ```ts
 * readEmbedOptions(document.currentScript) // => { clinic: 'demo', api: 'https://verbatim.example', color: '#7c3aed', ... }
 * ```
 */
import type { Position } from '../shared/panel-contract.ts'

export interface EmbedOptions {
  clinic: string
  api: string
  color?: string
  position?: Position
  title?: string
  greeting?: string
  /** `data-open` (any value but "false"): open the panel when the page loads. */
  open: boolean
  zIndex?: number
}

export function readEmbedOptions(script: HTMLScriptElement): EmbedOptions | undefined {
  const data = script.dataset
  const clinic = data.clinic?.trim()
  const api = originOf(data.api || script.src)
  if (!clinic || !api) return undefined
  const position = data.position === 'bottom-left' || data.position === 'bottom-right' ? data.position : undefined
  const zIndex = /^\d{1,10}$/.test(data.zIndex ?? '') ? Math.min(Number(data.zIndex), 2147483647) : undefined
  return {
    clinic,
    api,
    color: hexColor(data.color),
    position,
    title: data.title?.trim() || undefined,
    greeting: data.greeting?.trim() || undefined,
    open: data.open !== undefined && data.open !== 'false',
    zIndex,
  }
}

/** `#rgb` or `#rrggbb`, as clinic.json requires; anything else could escape the stylesheet. */
export function hexColor(value: string | undefined): string | undefined {
  return value && /^#([0-9a-f]{3}){1,2}$/i.test(value) ? value : undefined
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url, location.href)
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : undefined
  } catch {
    return undefined
  }
}
