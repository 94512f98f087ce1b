/**
 * `_redirects` as Netlify applies it, for the tests: what a request for a path
 * is answered with. As Netlify documents it (docs.netlify.com/routing/redirects/):
 * a file that exists is served and no rule applies to it ("shadowing", for
 * rules without `!`); otherwise the rules are tried top to bottom and the
 * first whose path matches wins (`*` at the end matches anything after it); a
 * rule with status 404 serves its target with status 404 (custom 404 pages);
 * with no matching rule, the site's root `404.html` is served with 404.
 * Only what this build writes is modelled: 404 rules, no placeholders.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One line of `_redirects`. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** The rules of a `_redirects` text, in order. */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status, ...rest] = line.split(/\s+/);
      if (!from || !to || rest.length) throw new Error(`_redirects: cannot read ${JSON.stringify(line)}`);
      const code = /^(\d{3})(!?)$/.exec(status ?? '301');
      if (!code) throw new Error(`_redirects: bad status in ${JSON.stringify(line)}`);
      return { from, to, status: Number(code[1]), force: code[2] === '!' };
    });
}

/** True when a rule's path (literal, or ending in `*`) matches a request path. */
export function ruleMatches(from: string, path: string): boolean {
  return from.endsWith('*') ? path.startsWith(from.slice(0, -1)) : path === from || path === `${from}/`;
}

/** What Netlify answers: a status and the published file served (a path below the publish folder). */
export interface NetlifyReply {
  status: number;
  file: string | null;
}

/**
 * Netlify's answer for `path`, the site published from `publishDir` (files at
 * their URL paths: a `BASE_PATH` build sits in a folder named like the base).
 */
export function netlifyAnswer(rules: readonly RedirectRule[], publishDir: string, path: string): NetlifyReply {
  const exists = (file: string) => existsSync(join(publishDir, file)) && statSync(join(publishDir, file)).isFile();
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  const found = candidates.find(exists);
  const forced = rules.find((rule) => rule.force && ruleMatches(rule.from, path));
  if (found && !forced) return { status: 200, file: found };
  const rule = rules.find((r) => ruleMatches(r.from, path));
  if (rule) {
    if (rule.status !== 404) throw new Error(`only 404 rules are modelled; got ${rule.status} for ${rule.from}`);
    if (!exists(rule.to)) throw new Error(`_redirects: ${rule.from} points at ${rule.to}, which is not published`);
    return { status: 404, file: rule.to };
  }
  return { status: 404, file: exists('/404.html') ? '/404.html' : null };
}
