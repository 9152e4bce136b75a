export { writeBoard, docFromBoard } from './writeBoard';
export { asDocumentReads, createBoardReader, readDoc, hasBoard, type BoardReader } from './readBoard';
export { repairMerge } from './repair';
export { sameJson } from './sameJson';
export { createDocGuard, type DocGuard, type Refusal } from './guard';
export { BULK_COLLECTIONS, rootsOf } from './shape';
