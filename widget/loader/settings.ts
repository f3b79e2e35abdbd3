/**
 * Fetches the clinic's public configuration and merges it under the script tag's options. The
 * launcher waits for this one small request (so it never jumps sides or colours); if it fails the
 * widget still appears with the defaults, and sending a question will show the error.
 *
 * ```ts
 * const { settings, color, zIndex } = await loadSettings(readEmbedOptions(script)!)
 * ```
 */
import type { ClinicInfo } from '../../server/contract.ts'
import type { WidgetSettings } from '../shared/panel-contract.ts'
import { hexColor, type EmbedOptions } from './embed-options.ts'
import { WIDGET_DEFAULTS } from './defaults.ts'

/** A slow API must not keep the launcher hidden for long. */
const CLINIC_TIMEOUT_MS = 8000

export interface ResolvedSettings {
  settings: WidgetSettings
  color: string
  zIndex: number
}

export async function loadSettings(options: EmbedOptions): Promise<ResolvedSettings> {
  const clinic = await fetchClinic(options)
  return {
    settings: {
      clinic: options.clinic,
      api: options.api,
      title: options.title ?? clinic?.name ?? WIDGET_DEFAULTS.title,
      greeting: options.greeting ?? clinic?.greeting ?? WIDGET_DEFAULTS.greeting,
      suggestions: clinic?.suggestedQuestions ?? [],
      ...(clinic?.consultation ? { consultation: clinic.consultation } : {}),
      position: options.position ?? clinic?.theme.position ?? WIDGET_DEFAULTS.position,
    },
    color: options.color ?? hexColor(clinic?.theme.color) ?? WIDGET_DEFAULTS.color,
    zIndex: options.zIndex ?? WIDGET_DEFAULTS.zIndex,
  }
}

async function fetchClinic({ api, clinic }: EmbedOptions): Promise<ClinicInfo | undefined> {
  try {
    const response = await fetch(`${api}/api/clinics/${encodeURIComponent(clinic)}`, {
      credentials: 'omit',
      signal: AbortSignal.timeout(CLINIC_TIMEOUT_MS),
    })
    return response.ok ? ((await response.json()) as ClinicInfo) : undefined
  } catch {
    return undefined
  }
}
