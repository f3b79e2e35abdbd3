/**
 * Turns what the API says into link targets the widget dares to render. Nothing from the API
 * becomes a link unless it is http(s) (no `javascript:`, `data:` or relative surprises); phone
 * numbers and SMS become `tel:` and `sms:` links from their digits only.
 *
 * ```ts
 * httpUrl('javascript:alert(1)')   // => undefined
 * telHref('1-800-222-1222')        // => 'tel:18002221222'
 * smsHref('741741', 'HOME')        // => 'sms:741741?&body=HOME'
 * ```
 */

export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

export function telHref(phone: string): string {
  return `tel:${dialable(phone)}`
}

/** `sms:N?&body=` is the form both iOS and Android read. */
export function smsHref(number: string, body?: string): string {
  return `sms:${dialable(number)}${body ? `?&body=${encodeURIComponent(body)}` : ''}`
}

function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '')
}
