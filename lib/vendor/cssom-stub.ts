// Stands in for linkedom's CSS parser in the extension build. Reading a policy never needs a <style>
// element's rules, and the real parser carries an `eval` fallback that the extension must not ship.
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
