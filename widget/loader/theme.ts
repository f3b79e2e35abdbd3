/**
 * The clinic's colour and stacking order as a constructed stylesheet. Constructed sheets are
 * CSSOM, which a strict Content-Security-Policy (no 'unsafe-inline') still allows, unlike a
 * `<style>` element or a style attribute. Text on the accent is white or near-black, whichever
 * contrasts more, so a clinic's pale brand colour stays readable.
 *
 * ```ts
 * themeSheet('#0f766e', 2147483000) // => CSSStyleSheet for :host { --vb-accent: #0f766e; ... }
 * ```
 */
export function themeSheet(color: string, zIndex: number): CSSStyleSheet {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(`:host{z-index:${zIndex}!important;--vb-accent:${color};--vb-on-accent:${textOn(color)}}`)
  return sheet
}

/** WCAG relative luminance decides: white text unless the colour is light. */
export function textOn(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)]
  const [r, g, b] = digits.map((d) => {
    const c = parseInt(d, 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // Contrast with white is 1.05 / (L + 0.05), with #111 (L = 0.0056) it is (L + 0.05) / 0.0556: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#fff' : '#111'
}
