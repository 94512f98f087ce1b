/**
 * Reads the whole site's content: the site settings (`content/site.yaml`) and
 * every story, one folder each under `content/stories/{story}/`, each read and
 * checked by the story reader (`content-reader.ts`) on its own files only.
 * Then the rules no single story can check: the front story exists, the site
 * has a name in every language, and no story's address takes another part of
 * the site. Like the story reader it knows nothing about Astro or the disk.
 */
import { createHash } from 'node:crypto';
import {
  CONTENT_DIR,
  contentLayout,
  loadContent,
  readYamlList,
  type ContentFiles,
  type ContentLayout,
} from './content-reader.ts';
import { ContentError, type CheckOptions, type ContentProblem, type SiteContent, type StoryContent } from './bundle.ts';

export type { SiteContent, StoryContent } from './bundle.ts';
import { RESERVED_SLUGS } from './rules/ids.ts';
import { SiteSchema, type SiteData } from './schema.ts';

/** The site settings file, relative to the project root. */
export const SITE_FILE = `${CONTENT_DIR}/site.yaml`;

/** The folder of story folders, relative to the project root. */
export const STORIES_DIR = `${CONTENT_DIR}/stories`;

/** The layout of one story's folder: `storyLayout('x').facts` → `content/stories/x/facts.yaml`. */
export function storyLayout(story: string): ContentLayout {
  return contentLayout(`${STORIES_DIR}/${story}`);
}

/** What the site checks need beyond a story's: the locale codes of every language the site has. */
export interface SiteCheckOptions extends CheckOptions {
  locales: readonly string[];
}

const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids of the story folders that hold a file, from the paths handed in. */
export function storyIds(files: ContentFiles): string[] {
  const prefix = `${STORIES_DIR}/`;
  const ids = [...files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]);
  return [...new Set(ids)].filter((id): id is string => Boolean(id)).sort();
}

/** The files of one story's folder, and nothing else. */
function filesOf(files: ContentFiles, story: string): ContentFiles {
  const prefix = `${STORIES_DIR}/${story}/`;
  return new Map([...files].filter(([path]) => path.startsWith(prefix)));
}

/** The site settings, read strictly; problems for a missing, broken or repeated entry. */
function readSettings(files: ContentFiles, problems: ContentProblem[]): SiteData | undefined {
  const text = files.get(SITE_FILE);
  if (text === undefined) {
    problems.push({
      file: SITE_FILE,
      field: 'file',
      message: 'is missing: the site settings (front story, site name)',
    });
    return undefined;
  }
  const read = readYamlList(SITE_FILE, text, 'site', SiteSchema);
  problems.push(...read.problems);
  if (read.records && read.records.length !== 1)
    problems.push({
      file: SITE_FILE,
      field: 'file',
      message: `must hold exactly one entry, "id: site" (found ${read.records.length})`,
    });
  return read.records?.length === 1 ? read.records[0] : undefined;
}

/** Problems of the settings against the stories and the languages. */
function settingsProblems(site: SiteData, stories: readonly string[], locales: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file: SITE_FILE, field: `site.${field}`, message });
  if (!stories.includes(site.frontStory))
    at(
      'frontStory',
      `"${site.frontStory}" is not a story: stories are the folders of ${STORIES_DIR}/ (${stories.join(', ') || 'none'})`,
    );
  for (const locale of locales)
    if (!site.name[locale]) at(`name.${locale}`, 'is missing: the site needs a name in every language');
  for (const locale of Object.keys(site.name))
    if (!locales.includes(locale))
      at(`name.${locale}`, `"${locale}" is not a language of the site (${locales.join(', ')})`);
  return problems;
}

/**
 * A story other than the front one is served under `/{story}/`: its id must not be a language, a
 * reserved route, the story index or one of the front story's section slugs.
 */
function storyIdProblems(
  stories: readonly StoryContent[],
  front: string,
  locales: readonly string[],
): ContentProblem[] {
  const frontStory = stories.find((s) => s.id === front);
  const slugs = new Set(frontStory?.bundle.sections.map((s) => s.data.slug) ?? []);
  return stories
    .filter((story) => story.id !== front)
    .flatMap((story) => {
      const field = `${STORIES_DIR}/${story.id}/`;
      const taken = locales.includes(story.id)
        ? 'a language'
        : RESERVED_SLUGS.includes(story.id)
          ? 'a reserved route'
          : slugs.has(story.id)
            ? `a section of the front story (${frontStory?.layout.sections}/)`
            : undefined;
      return taken
        ? [
            {
              file: field,
              field: 'story id',
              message: `"${story.id}" is ${taken}: /${story.id}/ would collide; rename the folder`,
            },
          ]
        : [];
    });
}

/** Every edition folder of a story names a language of the site. */
function editionLocaleProblems(stories: readonly StoryContent[], locales: readonly string[]): ContentProblem[] {
  return stories.flatMap((story) =>
    (story.bundle.editions ?? [])
      .filter((edition) => !locales.includes(edition.locale))
      .map((edition) => ({
        file: `${story.layout.editions}/${edition.locale}/`,
        field: 'edition',
        message: `"${edition.locale}" is not a language of the site (${locales.join(', ')}): src/i18n/locales.ts lists them`,
      })),
  );
}

/** Reads and checks the site settings and every story; throws one `ContentError` listing every problem. */
export function loadSite(files: ContentFiles, options: SiteCheckOptions): SiteContent {
  const problems: ContentProblem[] = [];
  const data = readSettings(files, problems);
  const ids = storyIds(files);
  if (ids.length === 0) problems.push({ file: `${STORIES_DIR}/`, field: 'stories', message: 'holds no story folder' });
  const stories: StoryContent[] = [];
  for (const id of ids) {
    if (!STORY_ID.test(id)) {
      problems.push({
        file: `${STORIES_DIR}/${id}/`,
        field: 'story id',
        message: 'must be lower-case words joined by hyphens, like "a-story-name"',
      });
      continue;
    }
    const layout = storyLayout(id);
    try {
      stories.push({ id, layout, bundle: loadContent(filesOf(files, id), options, layout) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (data) {
    problems.push(...settingsProblems(data, ids, options.locales));
    problems.push(...storyIdProblems(stories, data.frontStory, options.locales));
  }
  problems.push(...editionLocaleProblems(stories, options.locales));
  if (!data || problems.length > 0) throw new ContentError(problems);
  const rank = (s: StoryContent) => (s.id === data.frontStory ? 0 : 1);
  return {
    site: { file: SITE_FILE, data },
    stories: stories.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1)),
    digest: filesDigest(files),
  };
}

/**
 * SHA-256 of a set of files: each path, its text's length and its text, in path order (the order they were
 * read in does not count; the length keeps a text that holds a path apart from two files).
 */
export function filesDigest(files: ContentFiles): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) {
    const text = files.get(path)!;
    hash.update(`${path}\0${text.length}\0${text}`);
  }
  return hash.digest('hex');
}
