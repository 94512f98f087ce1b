/** CSP hashes for inline scripts: found, hashed, and added to the page's meta. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addHashesToCspMeta, inlineScriptHashes, inlineScripts, scriptHashSource } from '../../src/lib/site/csp.ts';

const THEME = "document.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'light';";
const PAGE = `<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self';">
<script is:inline>${THEME}</script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script type="module" src="/_astro/a.js"></script>
</head><body><script type="module">console.log(1)</script></body></html>`;

describe('inline scripts', () => {
  it('finds scripts the browser runs, not JSON-LD or external files', () => {
    expect(inlineScripts(PAGE)).toEqual([THEME, 'console.log(1)']);
  });

  it('hashes them as CSP sources, the way browsers do', () => {
    const expected = createHash('sha256').update(THEME).digest('base64');
    expect(scriptHashSource(THEME)).toBe(`'sha256-${expected}'`);
    expect(inlineScriptHashes(PAGE)).toHaveLength(2);
  });
});

describe('addHashesToCspMeta', () => {
  it('adds missing hashes to script-src and leaves the other directives alone', () => {
    const patched = addHashesToCspMeta(PAGE, ["'sha256-abc='", "'sha256-new='"]);
    expect(patched).toContain(`script-src 'self' 'sha256-abc=' 'sha256-new='; style-src 'self';`);
    expect(addHashesToCspMeta(patched, ["'sha256-new='"])).toBe(patched);
  });

  it('leaves a page with no CSP meta unchanged', () => {
    expect(addHashesToCspMeta('<p>hi</p>', ["'sha256-x='"])).toBe('<p>hi</p>');
  });
});
