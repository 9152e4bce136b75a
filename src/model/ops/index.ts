export * from './board';
export * from './stages';
export * from './steps';
export * from './lanes';
export * from './cards';
export * from './connectors';
export * from './personas';
export * from './emotions';
export { moveItem } from './shared';
