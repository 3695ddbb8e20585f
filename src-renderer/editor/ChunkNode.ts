import {
  $applyNodeReplacement,
  ElementNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';

/** A chunk's element, detailed or plain (PlainChunkNode.ts), before its paragraphs. */
export function chunkDOM(estimate: number): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'article-chunk';
  dom.style.setProperty('--estimate', `${estimate}px`);
  return dom;
}

type SerializedChunkNode = Spread<{ estimate: number }, SerializedElementNode>;

/**
 * A run of up to CHUNK (segments.ts) consecutive paragraphs of the article, as one <div>.
 * A million-character article is thousands of paragraphs; grouped, an edit
 * makes Lexical walk ~150 chunks and 20 paragraphs instead of 3,000, and the
 * browser skips the layout and paint of whole chunks out of view
 * (content-visibility, see article.css) with few elements to watch.
 */
export class ChunkNode extends ElementNode {
  /** Guessed height in pixels, used until the chunk is first laid out. */
  __estimate: number;

  static override getType(): string {
    return 'annotator-chunk';
  }

  static override clone(node: ChunkNode): ChunkNode {
    return new ChunkNode(node.__estimate, node.__key);
  }

  constructor(estimate = 0, key?: NodeKey) {
    super(key);
    this.__estimate = estimate;
  }

  override createDOM(): HTMLElement {
    return chunkDOM(this.__estimate);
  }

  override updateDOM(prev: this, dom: HTMLElement): boolean {
    if (prev.__estimate !== this.__estimate) dom.style.setProperty('--estimate', `${this.__estimate}px`);
    return false;
  }

  // Paragraphs live inside it, as they would in the root.
  override isShadowRoot(): boolean {
    return true;
  }

  static override importJSON(json: SerializedChunkNode): ChunkNode {
    return new ChunkNode(json.estimate);
  }

  override exportJSON(): SerializedChunkNode {
    return { ...super.exportJSON(), type: 'annotator-chunk', estimate: this.__estimate };
  }
}

export function $createChunkNode(estimate: number): ChunkNode {
  return $applyNodeReplacement(new ChunkNode(estimate));
}
