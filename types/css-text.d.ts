// The widget imports its stylesheets as minified text (scripts/build/widget-bundle.ts) and adopts
// them as constructed stylesheets inside its shadow root.
declare module '*.css' {
  const css: string
  export default css
}
