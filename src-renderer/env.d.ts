import type { AnnotatorApi } from '../src-main/ipc/contract.ts';

declare global {
  interface Window {
    annotator: AnnotatorApi;
  }
}
