/**
 * Crisis resources, pinned above the input for the rest of the conversation once a crisis reply
 * came (safe-messaging guidance: keep help visible, not in a message that scrolls away). Calm
 * colours, and the ways to reach help as large tap targets that dial or text directly; the
 * longer description of each line folds away so the card stays small on a phone.
 *
 * ```tsx
 * <CrisisCard reason="self_harm" resources={[{ label: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988' }]} />
 * ```
 */
import type { Reason, Resource } from '../../../server/contract.ts'
import { httpUrl, smsHref, telHref } from '../links.ts'
import { UI_TEXT } from '../ui-text.ts'

interface Way {
  href: string
  text: string
  external: boolean
}

export function CrisisCard({ reason, resources }: { reason: Reason | undefined; resources: Resource[] }) {
  const title = reason === 'emergency' ? UI_TEXT.crisisTitle.emergency : UI_TEXT.crisisTitle.self_harm
  return (
    <section class="crisis-card" aria-labelledby="vb-crisis-title">
      <h3 id="vb-crisis-title">{title}</h3>
      <p class="intro">{UI_TEXT.crisisIntro}</p>
      <p class="ways">
        {waysToReach(resources).map((way) =>
          way.external ? (
            <a key={way.href} href={way.href} target="_blank" rel="noopener">
              {way.text}
              <span class="sr-only"> {UI_TEXT.newTab}</span>
            </a>
          ) : (
            <a key={way.href} href={way.href}>
              {way.text}
            </a>
          ),
        )}
      </p>
      <details>
        <summary>{UI_TEXT.crisisDetails}</summary>
        <ul>
          {resources.map((resource) => (
            <li key={resource.label}>{resource.label}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}

/** Every call, text and web link of the resources, once each (988 is listed for veterans too). */
export function waysToReach(resources: Resource[]): Way[] {
  const ways = new Map<string, Way>()
  const add = (href: string, text: string, external = false) => ways.has(href) || ways.set(href, { href, text, external })
  for (const { phone, sms, smsBody, url } of resources) {
    if (phone) add(telHref(phone), `${UI_TEXT.call} ${phone}`)
    if (sms) add(smsHref(sms, smsBody), smsBody ? `${UI_TEXT.text} ${smsBody} to ${sms}` : `${UI_TEXT.text} ${sms}`)
    const web = httpUrl(url)
    if (web) add(web, new URL(web).hostname.replace(/^www\./, ''), true)
  }
  return [...ways.values()]
}
