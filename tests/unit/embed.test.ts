/** Chart embeds: the code, the oEmbed record and the height published for a frame without the script. */
import { describe, expect, it } from 'vitest';
import {
  EMBED_WIDTHS,
  embedCode,
  embedHeightAt,
  EMBED_SAFETY,
  embedHeights,
  escapeAttribute,
  lineCount,
  oembedRecord,
} from '../../src/lib/publish/embed.ts';

const content = {
  width: 320,
  height: 184,
  title: 'BMW’s Shenyang investment, in yuan and in the report’s dollar conversion',
  takeaway:
    'One amount, two currencies: BMW’s 20 billion yuan is about 2.82 billion US dollars by the report’s conversion.',
  source: 'Source: report ¶8: the yuan amount is BMW’s announced figure, the dollar amount the report’s conversion.',
  from: 'From: China, Germany and smart, green cars: what a Beijing report said',
};

describe('embed code', () => {
  it('is an iframe with the title, lazy loading, full width and the published height, then the script', () => {
    const code = embedCode({
      src: 'https://example.org/embed/bmw-investment/',
      title: 'Chart: “A” & <B>',
      height: 660,
      script: 'https://example.org/embed.js',
    });
    const [frame, script] = code.split('\n');
    expect(frame).toBe(
      '<iframe src="https://example.org/embed/bmw-investment/" title="Chart: “A” &amp; &lt;B&gt;" loading="lazy" style="width:100%;height:660px;border:0"></iframe>',
    );
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
  });

  it('leaves the script out when there is none (the oEmbed HTML)', () => {
    expect(embedCode({ src: 'https://x.org/e/', title: 't', height: 10 })).not.toContain('<script');
  });

  it('escapes quotes so an attribute cannot be closed early', () => {
    expect(escapeAttribute('say "hi" & bye')).toBe('say &quot;hi&quot; &amp; bye');
  });
});

describe('oEmbed record', () => {
  it('is a rich oEmbed 1.0 response whose HTML is the frame alone', () => {
    const record = oembedRecord({
      title: 'T',
      providerName: 'NEV Explainer',
      providerUrl: 'https://example.org/',
      frame: { src: 'https://example.org/embed/x/', title: 'Chart: T', height: 500 },
    });
    expect(record).toMatchObject({ version: '1.0', type: 'rich', title: 'T', width: EMBED_WIDTHS.wide, height: 500 });
    expect(record.html).toMatch(/^<iframe [^>]*src="https:\/\/example\.org\/embed\/x\/"[^>]*><\/iframe>$/);
    expect(record.html).toContain('height:500px');
  });
});

describe('published height', () => {
  it('is taller in a narrow frame, where text wraps more, than in a wide one with the same drawing cap', () => {
    const { narrow, wide, height } = embedHeights(content);
    expect(narrow).toBeGreaterThan(wide);
    expect(height).toBeGreaterThanOrEqual(Math.max(narrow, wide));
    expect(height % 10).toBe(0);
    expect(height - Math.max(narrow, wide)).toBeGreaterThanOrEqual(EMBED_SAFETY);
    expect(height - Math.max(narrow, wide)).toBeLessThan(EMBED_SAFETY + 10);
  });

  it('grows with the drawing and with the words', () => {
    const base = embedHeightAt(content, 300);
    expect(embedHeightAt({ ...content, height: 300 }, 300)).toBeGreaterThan(base);
    expect(embedHeightAt({ ...content, takeaway: `${content.takeaway} ${content.takeaway}` }, 300)).toBeGreaterThan(
      base,
    );
  });

  it('counts lines of Latin and of CJK text', () => {
    expect(lineCount('one two three', 16, 1000)).toBe(1);
    expect(lineCount('one two three', 16, 40)).toBe(3);
    expect(lineCount('宝马沈阳生产基地追加投资', 16, 64)).toBe(3);
  });
});
