/**
 * The whole site's content: the settings file and every story folder, each story read on its own
 * files only, and the rules that span stories (front story, site name per language, story ids that
 * would take another part of the site).
 */
import { describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/lib/content/content-disk.ts';
import { loadSite, SITE_FILE, STORIES_DIR, storyIds } from '../../src/lib/content/site-reader.ts';
import { ContentError, type ContentProblem } from '../../src/lib/content/bundle.ts';
import { ROOT } from './content-files.ts';
import { CHECKS } from './english.ts';
import { FRONT_STORY } from '../support/story-files.ts';

const OPTIONS = { ...CHECKS, locales: ['en', 'de', 'zh'] };
const REAL = readSiteFiles(ROOT);

/** The real site's files with a second story: a copy of the front story's folder under `id`. */
function withSecondStory(id: string, files = REAL): Map<string, string> {
  const out = new Map(files);
  const from = `${STORIES_DIR}/${FRONT_STORY}/`;
  for (const [path, text] of files)
    if (path.startsWith(from)) out.set(`${STORIES_DIR}/${id}/${path.slice(from.length)}`, text);
  return out;
}

/** The problems `loadSite` stops with. */
function problems(files: ReadonlyMap<string, string>, options = OPTIONS): ContentProblem[] {
  try {
    loadSite(files, options);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('test set-up: the content passed');
}

describe('loadSite', () => {
  it('reads the real site: its settings and one story, the front story', () => {
    const site = loadSite(REAL, OPTIONS);
    expect(site.site.data.frontStory).toBe(FRONT_STORY);
    expect(site.stories.map((s) => s.id)).toEqual([FRONT_STORY]);
    expect(site.stories[0]?.bundle.sections.length).toBeGreaterThan(0);
  });

  it('reads each story on its own files, the front story first whatever its name', () => {
    const site = loadSite(withSecondStory('a-first-name'), OPTIONS);
    expect(site.stories.map((s) => s.id)).toEqual([FRONT_STORY, 'a-first-name']);
    const [front, other] = site.stories;
    expect(other?.bundle.sections.length).toBe(front?.bundle.sections.length);
    expect(other?.bundle.sections.every((s) => s.file.startsWith(`${STORIES_DIR}/a-first-name/`))).toBe(true);
    expect(storyIds(withSecondStory('a-first-name'))).toEqual(['a-first-name', FRONT_STORY].sort());
  });

  it('stops on a missing or broken settings file, naming it', () => {
    const without = new Map([...REAL].filter(([path]) => path !== SITE_FILE));
    expect(problems(without)).toContainEqual(expect.objectContaining({ file: SITE_FILE, field: 'file' }));
    const broken = new Map(REAL).set(SITE_FILE, REAL.get(SITE_FILE)!.replace('frontStory:', 'frontstory:'));
    expect(problems(broken).map((p) => p.file)).toContain(SITE_FILE);
  });

  it('stops on a front story that is not a folder, and on a site name missing or extra', () => {
    const text = REAL.get(SITE_FILE)!;
    const unknown = new Map(REAL).set(
      SITE_FILE,
      text.replace(`frontStory: ${FRONT_STORY}`, 'frontStory: no-such-story'),
    );
    expect(problems(unknown)).toContainEqual(
      expect.objectContaining({
        file: SITE_FILE,
        field: 'site.frontStory',
        message: expect.stringMatching(/"no-such-story" is not a story/),
      }),
    );
    expect(problems(REAL, { ...OPTIONS, locales: ['en', 'de', 'zh', 'fr'] })).toContainEqual(
      expect.objectContaining({ field: 'site.name.fr', message: expect.stringMatching(/is missing/) }),
    );
    expect(problems(REAL, { ...OPTIONS, locales: ['en', 'de'] })).toContainEqual(
      expect.objectContaining({ field: 'site.name.zh', message: expect.stringMatching(/not a language of the site/) }),
    );
  });

  it('stops on a story id that would take a language, a reserved route or a front-story section', () => {
    const slug = loadSite(REAL, OPTIONS).stories[0]!.bundle.sections[0]!.data.slug;
    for (const [id, taken] of [
      ['de', /is a language/],
      ['sources', /is a reserved route/],
      ['stories', /is a reserved route/],
      [slug, /is a section of the front story/],
    ] as const) {
      expect(problems(withSecondStory(id)), id).toContainEqual(
        expect.objectContaining({
          file: `${STORIES_DIR}/${id}/`,
          field: 'story id',
          message: expect.stringMatching(taken),
        }),
      );
    }
    expect(problems(withSecondStory('Bad_Name'))).toContainEqual(
      expect.objectContaining({ file: `${STORIES_DIR}/Bad_Name/`, field: 'story id' }),
    );
  });

  it("lists a second story's own problems under its own files", () => {
    const files = withSecondStory('other');
    const facts = `${STORIES_DIR}/other/facts.yaml`;
    files.set(facts, `${files.get(facts)!}\n- id: broken\n`);
    const found = problems(files);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.file.startsWith(`${STORIES_DIR}/other/`))).toBe(true);
  });

  it('stops on an edition folder for a language the site does not have', () => {
    const files = new Map(REAL);
    const de = `${STORIES_DIR}/${FRONT_STORY}/editions/de/`;
    for (const [path, text] of REAL)
      if (path.startsWith(de)) files.set(path.replace('/editions/de/', '/editions/fr/'), text);
    expect(problems(files)).toContainEqual(
      expect.objectContaining({ file: `${STORIES_DIR}/${FRONT_STORY}/editions/fr/`, field: 'edition' }),
    );
  });

  it('stops when there is no story folder at all', () => {
    const only = new Map([[SITE_FILE, REAL.get(SITE_FILE)!]]);
    expect(problems(only)).toContainEqual(expect.objectContaining({ file: `${STORIES_DIR}/`, field: 'stories' }));
  });
});
