// The Worker's prebuilt indexes, bundled in by scripts/build/worker-bundle.ts as one JSON text.
declare module 'verbatim:prebuilt-clinics' {
  const json: string
  export default json
}
