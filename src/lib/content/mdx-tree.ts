/**
 * A section's MDX body as a tree, and what the rest of the code reads from it.
 *
 * The body is parsed once, with the MDX parser Astro itself uses (`satteri`),
 * into an mdast tree; validation, reading time and the glossary read that tree
 * instead of each scanning the source with its own regular expressions, so a
 * tag inside a comment, an attribute in single quotes or a component split
 * over lines means the same to all of them. Lines are the body's own, from 1.
 * Pure: it knows nothing about Astro, files, facts or components' output.
 */
import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

/** A parsed MDX body: the mdast root. */
export type MdxTree = Extract<MdastNode, { type: 'root' }>;

/** A JSX element of the tree: `<Fact id="…" />`, `<Term id="…">words</Term>`, `<Analysis>…</Analysis>`. */
type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

/** Any node of the tree. */
type TreeNode = MdastNode | JsxNode;

/**
 * Parses an MDX body (no front matter). Throws the parser's error, whose
 * message starts `line:column:`, when the body is not valid MDX.
 */
export function parseMdx(body: string): MdxTree {
  return mdxToMdast(body) as MdxTree;
}

/** The tree of a body given either way: a tree as it is, a text parsed here. */
export function mdxTree(source: MdxTree | string): MdxTree {
  return typeof source === 'string' ? parseMdx(source) : source;
}

/** One component (or HTML-like tag) written in the body. */
interface MdxElement {
  /** Its name: `Fact`, `Who`, `Term`, `Chart`, `Quote`, `Analysis`, `blockquote` … */
  name: string;
  /** Attributes written as literal text (`id="x"`); expressions (`id={x}`) are left out. */
  attributes: Readonly<Record<string, string>>;
  /** Body line of its opening `<`. */
  line: number;
  /** True when it has no children (`<Who id="x" />`). */
  empty: boolean;
  /** Names of the elements around it, outermost first. */
  within: readonly string[];
}

function isJsx(node: TreeNode): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function childrenOf(node: TreeNode): TreeNode[] {
  return 'children' in node ? (node.children as TreeNode[]) : [];
}

function lineOf(node: TreeNode): number {
  return node.position?.start.line ?? 1;
}

function elementOf(node: JsxNode, within: readonly string[]): MdxElement {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      attributes[attribute.name] = attribute.value;
  return { name: node.name ?? '', attributes, line: lineOf(node), empty: node.children.length === 0, within };
}

/** Calls `visit` on every node in document order, with the names of the JSX elements around it. */
function walk(node: TreeNode, visit: (node: TreeNode, within: readonly string[]) => void, within: string[] = []) {
  visit(node, within);
  const inner = isJsx(node) ? [...within, node.name ?? ''] : within;
  for (const child of childrenOf(node)) walk(child, visit, inner);
}

/**
 * The JSX elements of a body in document order, all of them or only those
 * with the given names.
 * @example mdxElements(parseMdx('<Fact id="a" /> and <Who id="b" />'), 'Who') // [{ name: 'Who', attributes: { id: 'b' }, line: 1, … }]
 */
export function mdxElements(tree: MdxTree, ...names: string[]): MdxElement[] {
  const found: MdxElement[] = [];
  walk(tree, (node, within) => {
    if (isJsx(node) && (names.length === 0 || names.includes(node.name ?? ''))) found.push(elementOf(node, within));
  });
  return found;
}

/** One line of text as written in the body's prose, with the body line it stands on. */
interface ProseLine {
  /** The text, without markup. */
  text: string;
  /** Body line, from 1. */
  line: number;
}

/**
 * Every line of written text in the body: running text and code, including
 * the words inside components (`<Term id="x">these</Term>`), but not attribute
 * values, `{expressions}`, MDX comments, imports or exports.
 */
export function proseLines(tree: MdxTree): ProseLine[] {
  const lines: ProseLine[] = [];
  walk(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
    // A fenced code block's text starts on the line after its fence.
    const first = lineOf(node) + (node.type === 'code' ? 1 : 0);
    node.value.split('\n').forEach((text, i) => lines.push({ text, line: first + i }));
  });
  return lines;
}

/** Block nodes whose text stands apart from what follows it. */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'listItem', 'blockquote', 'tableRow', 'thematicBreak']);

/**
 * The plain text of a node as a reader sees it: Markdown markers, imports,
 * expressions and comments dropped, blocks on their own lines. Each JSX
 * element stands apart, with spaces around it, and shows the words `render`
 * gives for it, or its children's text when `render` gives `undefined`.
 */
export function plainText(
  node: MdxTree,
  render: (element: MdxElement) => string | undefined = () => undefined,
): string {
  const textOf = (current: TreeNode, within: readonly string[]): string => {
    switch (current.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        return current.value;
      case 'break':
        return '\n';
      case 'image':
        return current.alt ?? '';
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        return '';
    }
    if (isJsx(current)) {
      const shown = render(elementOf(current, within));
      const inner = [...within, current.name ?? ''];
      return ` ${
        shown ??
        childrenOf(current)
          .map((child) => textOf(child, inner))
          .join('')
      } `;
    }
    const text = childrenOf(current)
      .map((child) => textOf(child, within))
      .join(current.type === 'tableRow' ? ' ' : '');
    return BLOCKS.has(current.type) ? `${text}\n` : text;
  };
  return textOf(node, []);
}

/** One paragraph of the body: its plain text, its first line and the elements around it. */
interface MdxParagraph {
  /** Plain text (see `plainText`). */
  text: string;
  /** Body line of its first word. */
  line: number;
  /** Names of the elements around it, outermost first: `['Analysis']` inside an analysis block. */
  within: readonly string[];
}

/**
 * Every paragraph of the body, wherever it stands (in a list, a quotation, a
 * component), with the components around it: what is inside `<Analysis>` and
 * what is not.
 */
export function mdxParagraphs(tree: MdxTree): MdxParagraph[] {
  const found: MdxParagraph[] = [];
  walk(tree, (node, within) => {
    if (node.type === 'paragraph')
      found.push({ text: plainText({ type: 'root', children: [node] }), line: lineOf(node), within });
  });
  return found;
}
