import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type ElementDOMSlot,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { chunkDOM } from './ChunkNode.ts';
import type { DrawnParagraph } from './sync-plan.ts';

type SerializedPlainChunkNode = Spread<{ estimate: number }, SerializedElementNode>;

/** The empty elements Lexical keeps a plain chunk's (absent) children in, by the chunk's element. */
const holders = new WeakMap<HTMLElement, HTMLElement>();

/**
 * A chunk whose paragraphs are all drawn plain (sync-plan.ts): one Lexical
 * node with no children, whose element holds the paragraphs as the Lexical
 * nodes of a ChunkNode would draw them (a <p> per paragraph, a span with
 * `data-start` per run, <br> per line break), so dom-offsets.ts, find and
 * the caret read it alike. A million-character article is ~150 of them
 * instead of ~6,000 paragraph and run nodes for Lexical to create and
 * reconcile before the first paint. Once a paragraph of it is detailed,
 * SyncPlugin replaces it with a ChunkNode.
 */
export class PlainChunkNode extends ElementNode {
  /** Guessed height in pixels, used until the chunk is first laid out. */
  __estimate: number;
  /** The whole article's text (a reference: runs are slices of it). */
  __text: string;
  __paragraphs: readonly DrawnParagraph[];

  static override getType(): string {
    return 'annotator-plain-chunk';
  }

  static override clone(node: PlainChunkNode): PlainChunkNode {
    return new PlainChunkNode(node.__text, node.__paragraphs, node.__estimate, node.__key);
  }

  constructor(text = '', paragraphs: readonly DrawnParagraph[] = [], estimate = 0, key?: NodeKey) {
    super(key);
    this.__text = text;
    this.__paragraphs = paragraphs;
    this.__estimate = estimate;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = chunkDOM(this.__estimate);
    const paragraphClass = config.theme.paragraph;
    for (const paragraph of this.__paragraphs) {
      const p = document.createElement('p');
      if (paragraphClass) p.className = paragraphClass;
      // As Lexical gives a block in a root or shadow root (a ChunkNode) that sets no direction.
      p.dir = 'auto';
      for (const piece of paragraph.pieces) {
        if (piece.kind === 'break') {
          p.append(document.createElement('br'));
          continue;
        }
        const run = document.createElement('span');
        run.dataset.start = String(piece.start);
        run.textContent = this.__text.slice(piece.start, piece.end);
        p.append(run);
      }
      // As Lexical keeps an empty paragraph a line tall.
      if (paragraph.pieces.length === 0) p.append(document.createElement('br'));
      dom.append(p);
    }
    return dom;
  }

  /** Its paragraphs never change: a new look comes as a ChunkNode in its place. */
  override updateDOM(): boolean {
    return false;
  }

  /**
   * Lexical keeps an element's children in its slot, and marks an empty one
   * with a <br>: here the slot is an element of its own outside the page, so
   * the chunk's element holds the paragraphs and nothing else.
   */
  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    let holder = holders.get(element);
    if (!holder) {
      holder = document.createElement('div');
      holders.set(element, holder);
    }
    return super.getDOMSlot(element).withElement(holder);
  }

  static override importJSON(json: SerializedPlainChunkNode): PlainChunkNode {
    return new PlainChunkNode('', [], json.estimate);
  }

  // The text is the stored text's, not the editor's: only the estimate is serialized.
  override exportJSON(): SerializedPlainChunkNode {
    return { ...super.exportJSON(), type: 'annotator-plain-chunk', estimate: this.__estimate };
  }
}

export function $createPlainChunkNode(
  text: string,
  paragraphs: readonly DrawnParagraph[],
  estimate: number,
): PlainChunkNode {
  return $applyNodeReplacement(new PlainChunkNode(text, paragraphs, estimate));
}

export const $isPlainChunkNode = (node: LexicalNode | null | undefined): node is PlainChunkNode =>
  node instanceof PlainChunkNode;
