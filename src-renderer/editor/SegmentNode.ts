import {
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import type { Highlight } from './highlight.ts';

const NONE: Highlight = {
  ids: [],
  hint: '',
  tone: '',
  style: '',
  label: '',
  labelTone: '',
  sids: [],
  outline: '',
  badge: '',
};

/** What a run shows besides its text and inline style. */
type Look = Omit<Highlight, 'style'>;

type SerializedSegmentNode = Spread<{ start: number } & Look, SerializedTextNode>;

const classesOf = (list: string) => list.split(' ').filter(Boolean);

/** Swaps one class for another on an element; either may be ''. */
function swapClass(dom: HTMLElement, before: string | undefined, now: string): void {
  if (before && before !== now) dom.classList.remove(before);
  if (now) dom.classList.add(now);
}

/** Puts a run's ids, tooltip, background class, label badge and suggestion outline on its element. */
function decorate(dom: HTMLElement, look: Look, before?: Look): void {
  const { ids, hint, tone, label, labelTone, sids, outline, badge } = look;
  if (ids.length) dom.dataset.ids = ids.join(' ');
  else delete dom.dataset.ids;
  // The badge is drawn by article.css from the attribute: no text joins the article's.
  if (label) dom.dataset.label = label;
  else delete dom.dataset.label;
  if (sids.length) dom.dataset.sids = sids.join(' ');
  else delete dom.dataset.sids;
  if (badge) dom.dataset.badge = badge;
  else delete dom.dataset.badge;
  if (hint) dom.title = hint;
  else dom.removeAttribute('title');
  dom.classList.toggle('mark', ids.length > 0);
  swapClass(dom, before?.tone, tone);
  swapClass(dom, before?.labelTone, labelTone);
  if (before?.outline !== outline) {
    dom.classList.remove(...classesOf(before?.outline ?? ''));
    dom.classList.add(...classesOf(outline));
  }
}

const sameLook = (a: Look, b: Look) =>
  a.ids.join() === b.ids.join() &&
  a.hint === b.hint &&
  a.tone === b.tone &&
  a.label === b.label &&
  a.labelTone === b.labelTone &&
  a.sids.join() === b.sids.join() &&
  a.outline === b.outline &&
  a.badge === b.badge;

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
  __label: string;
  __labelTone: string;
  __sids: number[];
  __outline: string;
  __badge: string;

  static override getType(): string {
    return 'annotator-segment';
  }

  static override clone(node: SegmentNode): SegmentNode {
    return new SegmentNode(node.__text, node.__start, { ...node.highlightLook(), style: '' }, node.__key);
  }

  constructor(text = '', start = 0, highlight: Highlight = NONE, key?: NodeKey) {
    super(text, key);
    this.__start = start;
    this.__ids = highlight.ids;
    this.__hint = highlight.hint;
    this.__tone = highlight.tone;
    this.__label = highlight.label;
    this.__labelTone = highlight.labelTone;
    this.__sids = highlight.sids;
    this.__outline = highlight.outline;
    this.__badge = highlight.badge;
  }

  /** This run's look as its fields hold it (the node itself, not its latest version). */
  highlightLook(): Look {
    return {
      ids: this.__ids,
      hint: this.__hint,
      tone: this.__tone,
      label: this.__label,
      labelTone: this.__labelTone,
      sids: this.__sids,
      outline: this.__outline,
      badge: this.__badge,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.start = String(this.__start);
    if (this.__ids.length || this.__sids.length) decorate(dom, this.highlightLook());
    return dom;
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prev.__start !== this.__start) return true;
    // New ids, tooltip or background on the same run are patched into its
    // element, which stays: a selection or a mouse drag over it is not cut off.
    if (!sameLook(prev.highlightLook(), this.highlightLook()))
      decorate(dom, this.highlightLook(), prev.highlightLook());
    return super.updateDOM(prev, dom, config);
  }

  /** A new highlight for this run (its text and place stay); nothing when it is the same. */
  setHighlight(highlight: Highlight): this {
    const latest = this.getLatest();
    if (sameLook(latest.highlightLook(), highlight) && latest.getStyle() === highlight.style) return latest;
    const self = this.getWritable();
    self.__ids = highlight.ids;
    self.__hint = highlight.hint;
    self.__tone = highlight.tone;
    self.__label = highlight.label;
    self.__labelTone = highlight.labelTone;
    self.__sids = highlight.sids;
    self.__outline = highlight.outline;
    self.__badge = highlight.badge;
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
      ...this.highlightLook(),
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
