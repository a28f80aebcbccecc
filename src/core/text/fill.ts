/** Fills `{name}` placeholders; shared by the build-time `t()` and client scripts that get their texts as data. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}
