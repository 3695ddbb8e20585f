import {
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import type { Highlight } from './highlight.ts';

const NONE: Highlight = { ids: [], hint: '', tone: '', style: '' };

type SerializedSegmentNode = Spread<
  { start: number; ids: number[]; hint: string; tone: string },
  SerializedTextNode
>;

/** Puts a run's ids, tooltip and background class on its element. */
function decorate(dom: HTMLElement, ids: readonly number[], hint: string, tone: string, before = ''): void {
  if (ids.length) {
    dom.dataset.ids = ids.join(' ');
    dom.title = hint;
  } else {
    delete dom.dataset.ids;
    dom.removeAttribute('title');
  }
  dom.classList.toggle('mark', ids.length > 0);
  if (before && before !== tone) dom.classList.remove(before);
  if (tone) dom.classList.add(tone);
}

/**
 * A run of article text with the annotations that cover all of it. Knows its
 * offset in the stored text, so a DOM selection maps back exactly. One node
 * type for every highlight: overlapping spans are flattened into runs.
 */
export class SegmentNode extends TextNode {
  __start: number;
  __ids: number[];
  __hint: string;
  __tone: string;

  static override getType(): string {
    return 'annotator-segment';
  }

  static override clone(node: SegmentNode): SegmentNode {
    return new SegmentNode(
      node.__text,
      node.__start,
      { ids: node.__ids, hint: node.__hint, tone: node.__tone, style: '' },
      node.__key,
    );
  }

  constructor(text = '', start = 0, highlight: Highlight = NONE, key?: NodeKey) {
    super(text, key);
    this.__start = start;
    this.__ids = highlight.ids;
    this.__hint = highlight.hint;
    this.__tone = highlight.tone;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.start = String(this.__start);
    if (this.__ids.length) decorate(dom, this.__ids, this.__hint, this.__tone);
    return dom;
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prev.__start !== this.__start) return true;
    // New ids, tooltip or background on the same run are patched into its
    // element, which stays: a selection or a mouse drag over it is not cut off.
    if (prev.__ids.join() !== this.__ids.join() || prev.__hint !== this.__hint || prev.__tone !== this.__tone)
      decorate(dom, this.__ids, this.__hint, this.__tone, prev.__tone);
    return super.updateDOM(prev, dom, config);
  }

  /** A new highlight for this run (its text and place stay); nothing when it is the same. */
  setHighlight(highlight: Highlight): this {
    const latest = this.getLatest();
    if (
      latest.__ids.join() === highlight.ids.join() &&
      latest.__hint === highlight.hint &&
      latest.__tone === highlight.tone &&
      latest.getStyle() === highlight.style
    )
      return latest;
    const self = this.getWritable();
    self.__ids = highlight.ids;
    self.__hint = highlight.hint;
    self.__tone = highlight.tone;
    return self.setStyle(highlight.style);
  }

  /**
   * Empty on purpose. After every update Lexical joins the text of all nodes
   * and compares it with the root's cached copy: for a million-character
   * article that is a 1 MB string built, flattened and compared per keypress
   * (4 to 10 ms, and garbage that brings on collections). Nothing reads the
   * text through Lexical: the article's text is the stored text, offsets come
   * from `__start` and the DOM, and copying is the browser's own.
   */
  override getTextContent(): string {
    return '';
  }

  // Runs must never merge: each carries its own offset and annotations.
  override isSimpleText(): boolean {
    return false;
  }

  static override importJSON(json: SerializedSegmentNode): SegmentNode {
    const node = new SegmentNode(json.text, json.start, { ...json, style: '' });
    return json.style ? node.setStyle(json.style) : node;
  }

  override exportJSON(): SerializedSegmentNode {
    return {
      ...super.exportJSON(),
      type: 'annotator-segment',
      start: this.__start,
      ids: this.__ids,
      hint: this.__hint,
      tone: this.__tone,
    };
  }
}

export function $createSegmentNode(text: string, start: number, highlight: Highlight): SegmentNode {
  const node = new SegmentNode(text, start, highlight);
  if (highlight.style) node.setStyle(highlight.style);
  return node;
}

export const $isSegmentNode = (node: LexicalNode | null | undefined): node is SegmentNode =>
  node instanceof SegmentNode;
