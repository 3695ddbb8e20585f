import {
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

type SerializedSegmentNode = Spread<{ start: number; ids: number[]; hint: string }, SerializedTextNode>;

/**
 * A run of article text with the annotations that cover all of it. Knows its
 * offset in the stored text, so a DOM selection maps back exactly. One node
 * type for every highlight: overlapping spans are flattened into runs.
 */
export class SegmentNode extends TextNode {
  __start: number;
  __ids: number[];
  __hint: string;

  static override getType(): string {
    return 'annotator-segment';
  }

  static override clone(node: SegmentNode): SegmentNode {
    return new SegmentNode(node.__text, node.__start, node.__ids, node.__hint, node.__key);
  }

  constructor(text = '', start = 0, ids: number[] = [], hint = '', key?: NodeKey) {
    super(text, key);
    this.__start = start;
    this.__ids = ids;
    this.__hint = hint;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.start = String(this.__start);
    if (this.__ids.length) {
      dom.dataset.ids = this.__ids.join(' ');
      dom.title = this.__hint;
      dom.classList.add('mark');
    }
    return dom;
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prev.__start !== this.__start) return true;
    // New ids or tooltip on the same run are patched into its element, which
    // stays: a selection or a mouse drag over it is not cut off.
    if (prev.__ids.join() !== this.__ids.join() || prev.__hint !== this.__hint) {
      if (this.__ids.length) {
        dom.dataset.ids = this.__ids.join(' ');
        dom.title = this.__hint;
      } else {
        delete dom.dataset.ids;
        dom.removeAttribute('title');
      }
      dom.classList.toggle('mark', this.__ids.length > 0);
    }
    return super.updateDOM(prev, dom, config);
  }

  /** New annotations, tooltip and style for this run (its text and place stay); nothing when they are the same. */
  setHighlight(ids: number[], hint: string, style: string): this {
    const latest = this.getLatest();
    if (latest.__ids.join() === ids.join() && latest.__hint === hint && latest.getStyle() === style)
      return latest;
    const self = this.getWritable();
    self.__ids = ids;
    self.__hint = hint;
    return self.setStyle(style);
  }

  // Runs must never merge: each carries its own offset and annotations.
  override isSimpleText(): boolean {
    return false;
  }

  static override importJSON(json: SerializedSegmentNode): SegmentNode {
    return new SegmentNode(json.text, json.start, json.ids, json.hint);
  }

  override exportJSON(): SerializedSegmentNode {
    return {
      ...super.exportJSON(),
      type: 'annotator-segment',
      start: this.__start,
      ids: this.__ids,
      hint: this.__hint,
    };
  }
}

export function $createSegmentNode(
  text: string,
  start: number,
  ids: number[],
  hint: string,
  style: string,
): SegmentNode {
  const node = new SegmentNode(text, start, ids, hint);
  if (style) node.setStyle(style);
  return node;
}

export const $isSegmentNode = (node: LexicalNode | null | undefined): node is SegmentNode =>
  node instanceof SegmentNode;
