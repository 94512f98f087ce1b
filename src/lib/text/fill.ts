/**
 * Filling an edition's words: `{name}` placeholders replaced by values
 * (`fill`), or split out so a component can put markup where one stands
 * (`parts`). The words come from the language files (`src/i18n/`).
 */

/** Fills `{name}` placeholders in a UI string. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Splits a template at its placeholders so a component can put markup (a link)
 * where one stands: `parts('See {link}.', { link: <a/> })` → ['See ', <a/>, '.'].
 */
export function parts<T>(template: string, vars: Record<string, T | string | number>): (T | string)[] {
  const out: (T | string)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([A-Za-z]+)\}/g)) {
    const name = match[1] ?? '';
    if (!(name in vars)) continue;
    if (match.index > last) out.push(template.slice(last, match.index));
    const value = vars[name] as T | string | number;
    out.push(typeof value === 'number' ? String(value) : value);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}
