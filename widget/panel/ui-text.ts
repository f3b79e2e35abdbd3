/**
 * Every fixed word the panel shows, in one place, so that the wording can be reviewed (and one day
 * translated) without reading components. The assistant's answers themselves come from the server's
 * reviewed copy; these are only the frame around them.
 */
export const UI_TEXT = {
  subtitle: 'Automated assistant. It answers only by quoting our articles.',
  disclaimer: 'Information from our articles, not medical advice.',
  // Always on screen, whatever the server recognised: the safety net under triage.
  alwaysHelp: { emergency: 'In an emergency call', crisis: 'In crisis, call or text' },
  inputLabel: 'Your question',
  inputPlaceholder: 'Ask a question…',
  send: 'Send',
  close: 'Close chat',
  restart: 'Start over',
  conversation: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  typing: 'Looking through our articles…',
  suggestions: 'Suggested questions',
  newTab: '(opens in a new tab)',
  sources: 'Source:',
  failedNetwork: "Your question didn't reach us. Check your connection and try again.",
  failedServer: "Something went wrong on our side, so this question wasn't answered.",
  failedBusy: (seconds: number) => `That was a lot of questions at once. Asking again in ${seconds} second${seconds === 1 ? '' : 's'}…`,
  retry: 'Try again',
  crisisTitle: { self_harm: "You don't have to go through this alone", emergency: 'Get help now' },
  crisisIntro: 'Free, confidential help, any time:',
  crisisDetails: 'About these services',
  call: 'Call',
  text: 'Text',
}
