/**
 * The reading experience in Chromium: header and reading time, key numbers,
 * the contents list and its highlight, the theme toggle and the theme set
 * before first paint, glossary definitions by keyboard and without
 * JavaScript, who's-who links, print styles, and layout from 320 px up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entityAnchor } from '../../src/lib/story/entities.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFacts, hostHeaders } from '../support/built.ts';
import { contentSectionSlugs, storyContent, whosWhoEntities } from '../support/content.ts';
import { DIST_DIR } from '../support/harness.ts';

const site = useBuiltSite();
const slugs = contentSectionSlugs();
const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
const decodedHtml = html
  .replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'")
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&');

/**
 * The policy a host sends from `_headers` (or, failing that, the page's CSP <meta>). Sent as a
 * header it covers every script, including the theme script that runs before the <meta>.
 */
function headerPolicy(): string {
  const fromHeaders = hostHeaders()['Content-Security-Policy'];
  const fromMeta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  const policy = fromHeaders ?? fromMeta?.replace(/&#39;/g, "'");
  if (!policy) throw new Error('the build has no Content-Security-Policy');
  return policy;
}

/** Opens the story in a context whose responses carry the site's CSP as a header; records console errors. */
async function openWithHeaderCsp(options: BrowserContextOptions = {}) {
  const policy = headerPolicy();
  const { page, problems } = await site.open('', {
    ...options,
    prepare: async (context) => {
      await context.route('**/*', async (route) => {
        try {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
        } catch (error) {
          // A test that has finished closes its context while a late request (a favicon) may still be in flight.
          if (!/disposed|closed/i.test(String(error))) throw error;
        }
      });
      await context.addInitScript(recordThemeAtBody);
    },
  });
  return { page, errors: problems.consoleErrors };
}

/** `data-theme` as it was when <body> was parsed (see `recordThemeAtBody`). */
function themeAtBody(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);
}

/** The `aria-current` link of the contents list, as its fragment, or null. */
function currentTocTarget(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-toc] a[aria-current="true"]')?.getAttribute('href') ?? null);
}

describe('header', () => {
  it('shows headline, dek, the age note, one provenance line (report, public copy, dates) and a reading time computed from the text', async () => {
    const { page } = await site.open();
    const { source, published } = storyContent().story.data;
    const header = page.locator('.story-header');
    expect(await header.locator('h1').textContent()).toBeTruthy();
    expect(await header.locator('.story-dek').textContent()).toMatch(/.{50,}/);
    // Between the dek and the first number: the age note and one provenance line, nothing else but the
    // story-wide corrections line.
    const after = await header.evaluate((el) => {
      const children = [...el.children];
      const h1 = children.findIndex((child) => child.tagName === 'H1');
      return children
        .slice(h1 + 1)
        .map((child) =>
          child.matches('.story-dek')
            ? 'dek'
            : child.matches('[data-age-note]')
              ? 'age'
              : child.matches('[data-provenance]')
                ? 'provenance'
                : child.matches('#story-corrections')
                  ? 'corrections'
                  : child.outerHTML.slice(0, 60),
        );
    });
    expect(after.slice(0, 3)).toEqual(['dek', 'age', 'provenance']);
    expect(after.slice(3)).toEqual(
      storyContent().corrections.records.some((c) => c.sections.length === 0) ? ['corrections'] : [],
    );
    const provenance = header.locator('[data-provenance]');
    expect(await provenance.count()).toBe(1);
    // The public copy links to the report and carries its machine-readable date; the explainer's dates too.
    expect(await provenance.locator(`a[href="${source.url}"]`).count()).toBe(1);
    for (const date of [source.published, published])
      expect(await provenance.locator(`time[datetime="${date}"]`).count(), date).toBe(1);
    expect(await provenance.textContent()).toContain('“Analysis”');
    expect(await provenance.textContent()).toMatch(/Published \d{1,2} \w+ \d{4}/);
    // No date of writing is claimed anywhere in the header.
    for (const text of await header.locator('.story-dek, .story-age-note, .story-provenance').allTextContents())
      expect(text).not.toMatch(/written in/);
    const ageNote = (await header.locator('[data-age-note]').textContent()) ?? '';
    expect(ageNote).toContain(`${source.kind} about events of ${source.covers.text}`);
    // Once anything is corrected after publication, the provenance line says when, and links to the record.
    const updated = provenance.locator('a[href$="/corrections/"]');
    if ((await updated.count()) > 0) expect(await updated.textContent()).toMatch(/^, updated \d{1,2} \w+ \d{4}$/);

    const shown = Number(await header.locator('[data-reading-time]').getAttribute('data-reading-time'));
    expect(await provenance.textContent()).toContain(`${shown} min read`);
    // Recount from the page: the words of the section texts (charts and their embed and cite tools apart) at 230 a minute, 12 s a chart.
    const { words, charts } = await page.evaluate(() => {
      let count = 0;
      for (const text of document.querySelectorAll('section.story-section .story-text')) {
        const clone = text.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('figure, .chart-tools, [popover], button, .quote-share').forEach((el) => el.remove());
        count += (clone.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      }
      return { words: count, charts: document.querySelectorAll('section.story-section figure[data-chart]').length };
    });
    expect(words).toBeGreaterThan(0);
    const expected = (words / 230) * 60 + charts * 12;
    expect(shown * 60).toBeGreaterThanOrEqual(expected - 60);
    expect(shown * 60).toBeLessThanOrEqual(expected + 120);
  });
});

describe('key numbers', () => {
  const facts = new Map(builtFacts().map((f) => [f.id, f]));

  it('shows the key-number tiles in order, whose values come from the facts and link to their sections', async () => {
    const { page } = await site.open();
    const tiles = await page.locator('.key-tile').evaluateAll((nodes) =>
      nodes.map((tile) => ({
        href: tile.getAttribute('href') ?? '',
        values: [...tile.querySelectorAll('data')].map((d) => ({
          fact: (d as HTMLElement).dataset.fact ?? '',
          value: d.getAttribute('value') ?? '',
          text: d.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        })),
      })),
    );
    const keyNumbers = storyContent().keyNumbers.records;
    expect(tiles.map((t) => t.values.map((v) => v.fact))).toEqual(
      keyNumbers.map((tile) => [...tile.facts, ...(tile.about ? [tile.about] : [])]),
    );
    expect(tiles.map((t) => t.href)).toEqual(keyNumbers.map((tile) => `#${tile.section}`));
    for (const tile of tiles) {
      expect(slugs).toContain(tile.href.replace(/^#/, ''));
      expect(await page.locator(`section.story-section${tile.href}`).count()).toBe(1);
      for (const shown of tile.values) {
        const fact = facts.get(shown.fact)!;
        const value = typeof fact.value === 'object' ? JSON.stringify(fact.value) : String(fact.value);
        expect(shown.value, shown.fact).toBe(value);
        // The number as the fact book writes it; the unit may be a shorter word.
        const number = String(fact.display).replace(` ${fact.unit}`, '');
        expect(shown.text.startsWith(number), `${shown.text} starts with ${number}`).toBe(true);
      }
    }
  });
});

describe('table of contents', () => {
  it('comes after the summary on phones, as a list of links to every section', async () => {
    const { page } = await site.open('', { viewport: { width: 360, height: 740 } });
    const order = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
      return { brief: top('.in-brief'), toc: top('[data-toc]'), first: top('section.story-section') };
    });
    expect(order.brief).toBeLessThan(order.toc);
    expect(order.toc).toBeLessThan(order.first);
    const hrefs = await page
      .locator('[data-toc] ol a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(slugs.map((slug) => `#${slug}`));
  });

  it('stays in view beside the text on wide screens and highlights the section being read', async () => {
    const { page } = await site.open('', { viewport: { width: 1280, height: 800 } });
    expect(await currentTocTarget(page)).toBeNull();
    for (const slug of [...slugs, ...[...slugs].reverse()]) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), slug);
      await expect.poll(() => currentTocTarget(page), { timeout: 3000 }).toBe(`#${slug}`);
      const box = await page.locator('[data-toc]').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(100);
      expect(box!.x).toBeGreaterThan(800);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => currentTocTarget(page), { timeout: 3000 }).toBeNull();
  });
});

describe('theme', () => {
  it('sets the theme with the first script in <head>, before any stylesheet or body', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const firstScript = /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(head);
    expect(firstScript?.[1]).toContain("localStorage.getItem('theme')");
    expect(firstScript?.[1]).toContain('dataset.theme');
    const at = firstScript!.index;
    expect(head.search(/<link[^>]+rel="stylesheet"|<style\b/)).toBeGreaterThan(at);
    expect(at).toBeLessThan(300);
  });

  it('follows the system theme when the reader has not chosen, from first paint', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors } = await openWithHeaderCsp({ colorScheme: scheme });
      expect(await themeAtBody(page)).toBe(scheme);
      expect(errors).toEqual([]);
    }
  });

  it('remembers the choice across reloads and applies it before first paint, with no CSP error', async () => {
    const { page, errors } = await openWithHeaderCsp({ colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);

    await page.reload();
    expect(await themeAtBody(page)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBackground);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Another page of the site keeps the choice too.
    await page.goto(site.at('sources/'));
    expect(await themeAtBody(page)).toBe('dark');

    await page.goto(site.url);
    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    expect(await themeAtBody(page)).toBe('light');
    expect(errors).toEqual([]);
  });

  it('hides the toggle without JavaScript, where the system theme applies', async () => {
    const { page } = await site.open('', { javaScriptEnabled: false, colorScheme: 'dark' });
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 22)');
  });
});

/**
 * Runs before the page's own scripts: records `data-theme` at the moment <body>
 * is parsed, which is before the first paint can happen.
 */
function recordThemeAtBody() {
  const observer = new MutationObserver(() => {
    if (document.body) {
      (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

describe('glossary', () => {
  it('puts every definition in the HTML, and offers each term’s definition once, at its first mention', async () => {
    const { page } = await site.open('', { javaScriptEnabled: false });
    const glossary = await page.locator('#glossary .glossary-entry').evaluateAll((entries) =>
      entries.map((entry) => ({
        id: entry.id.replace(/^term-/, ''),
        definition: entry.querySelector('dd')?.textContent?.trim() ?? '',
      })),
    );
    expect(glossary.map((g) => g.id).sort()).toEqual(
      storyContent()
        .terms.records.map((t) => t.id)
        .sort(),
    );
    const offered = await page
      .locator('[data-term-info]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.termInfo ?? ''));
    expect(new Set(offered).size).toBe(offered.length);
    expect([...offered].sort()).toEqual(glossary.map((g) => g.id).sort());
    for (const { id, definition } of glossary) {
      // In the served HTML itself, not added by a script.
      expect(decodedHtml).toContain(`data-term-pop="${id}"`);
      expect(decodedHtml).toContain(definition);
      const popover = page.locator(`[popover][data-term-pop="${id}"]`);
      expect(await popover.count()).toBe(1);
      // The definition, then (where the definition draws on one) its named source, then the link to the glossary.
      const popoverText = (await popover.textContent()) ?? '';
      expect(popoverText).toContain(`${definition} `);
      expect(popoverText.indexOf('All terms in the glossary')).toBeGreaterThan(popoverText.indexOf(definition));
      // The first mention comes before any later one: its button follows the first link to the term.
      const firstLink = await page
        .locator(`main a.term[href$="#term-${id}"]`)
        .first()
        .evaluate((a) => a.nextElementSibling?.getAttribute('data-term-info'));
      expect(firstLink).toBe(id);
    }
  });

  it('opens a definition by keyboard, without JavaScript, and closes it with Escape', async () => {
    const { page } = await site.open('', { javaScriptEnabled: false });
    const id = storyContent().terms.records[0]!.id;
    await page.locator(`main a.term[href$="#term-${id}"]`).first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.termInfo)).toBe(id);
    const popover = page.locator(`[data-term-pop="${id}"]`);
    expect(await popover.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await popover.isVisible()).toBe(true);
    const box = (await popover.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    // Tab moves into the definition: the glossary link, then the close button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(`define-${id}`);
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
  });
});

describe('who’s who', () => {
  it('lists every person (with role and organisation), organisation and place, each linking to sections that exist', async () => {
    const { page } = await site.open();
    const entries = await page.locator('#whos-who .who-entry').evaluateAll((nodes) =>
      nodes.map((entry) => ({
        id: entry.id,
        name: entry.querySelector('dt')?.textContent?.trim() ?? '',
        role: entry.querySelector('.who-role')?.textContent?.trim() ?? '',
        organisation: entry.querySelector('.who-org a')?.getAttribute('href') ?? '',
        sections: [...entry.querySelectorAll('.who-sections a')].map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    const listed = whosWhoEntities();
    expect(listed.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.id).sort()).toEqual(listed.map((e) => entityAnchor(e.id)).sort());
    for (const entity of listed) {
      const entry = entries.find((e) => e.id === entityAnchor(entity.id))!;
      if (entity.role) expect(entry.role, `${entity.name}: role`).not.toBe('');
      if (entity.organisation) {
        expect(entry.organisation, `${entity.name}: organisation`).toBe(`#${entityAnchor(entity.organisation)}`);
        expect(await page.locator(entry.organisation).count(), `${entity.name}: organisation entry`).toBe(1);
      }
    }
    for (const entry of entries) {
      expect(entry.sections.length, entry.name).toBeGreaterThan(0);
      for (const href of entry.sections) {
        expect(slugs, `${entry.name} → ${href}`).toContain(href.replace(/^#/, ''));
        expect(await page.locator(`section.story-section${href}`).count()).toBe(1);
      }
    }
  });

  it('links every name in the prose to its entry, and each entry back to the sections naming it', async () => {
    const { page } = await site.open();
    const mentions = await page.locator('section.story-section .story-text a.who').evaluateAll((links) =>
      links.map((a) => ({
        target: (a.getAttribute('href') ?? '').replace(/^.*#/, ''),
        section: a.closest('section.story-section')?.id ?? '',
      })),
    );
    const named = whosWhoEntities().map((e) => entityAnchor(e.id));
    expect([...new Set(mentions.map((m) => m.target))].sort()).toEqual(named.sort());
    for (const { target, section } of mentions) {
      const listed = await page
        .locator(`#${target} .who-sections a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(listed, `${target} lists ${section}`).toContain(`#${section}`);
    }
    // Following a name lands on its entry.
    const target = mentions[0]!.target;
    await page.locator(`section.story-section a.who[href$="#${target}"]`).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target}`);
    const top = await page.locator(`#${target}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });
});

describe('layout', () => {
  // 320 and 1280 px: every page, in a11y.test.ts's gates.
  it.each([360, 768, 1920])('has no sideways scroll at %i px', async (width) => {
    const { page } = await site.open('', { viewport: { width, height: 800 } });
    for (const path of ['', 'sources/', `${slugs[0]}/`]) {
      await page.goto(site.at(path));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `/${path}`).toBeLessThanOrEqual(width);
    }
  });

  it('gives controls and links outside sentences targets of at least 24×24 px', async () => {
    const { page } = await site.open('', { viewport: { width: 360, height: 800 } });
    const small = await page
      .locator('[data-theme-toggle], .term-info, .key-tile, [data-toc] a, .site-header a, .who-sections a')
      .evaluateAll((nodes) =>
        nodes
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
    expect(small).toEqual([]);
  });

  it('shows a visible focus ring on the reading controls', async () => {
    const { page } = await site.open();
    for (const selector of ['[data-theme-toggle]', '.key-tile', '[data-toc] a', '.term-info', '.who-sections a']) {
      // Focus the element before it, then Tab, so :focus-visible applies as for a keyboard user.
      await page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const all = [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden])')];
          all[all.indexOf(el as HTMLElement) - 1]?.focus();
        });
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          matches: el.matches(':focus-visible'),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      expect(ring.matches, selector).toBe(true);
      expect(ring.style, selector).not.toBe('none');
      expect(ring.width, selector).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('print', () => {
  it('prints black on white, without navigation or buttons, with link addresses, even in the dark theme', async () => {
    const { page } = await site.open('', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0;
      const link = document.querySelector<HTMLAnchorElement>('.story-header a[href^="http"]')!;
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
        shownNav: [...document.querySelectorAll('nav, [data-toc]')].filter(shown).length,
        shownButtons: [...document.querySelectorAll('main button, header button')].filter(shown).length,
        linkAfter: getComputedStyle(link, '::after').content,
        linkHref: link.href,
        figures: [...document.querySelectorAll('figure')].map((f) => ({
          shown: shown(f),
          breakInside: getComputedStyle(f).breakInside,
        })),
      };
    });
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.text).toBe('rgb(0, 0, 0)');
    expect(printed.shownNav).toBe(0);
    expect(printed.shownButtons).toBe(0);
    expect(printed.linkAfter).toContain(printed.linkHref);
    expect(printed.figures.length).toBeGreaterThan(0);
    for (const figure of printed.figures) expect(figure).toEqual({ shown: true, breakInside: 'avoid' });
  });
});
