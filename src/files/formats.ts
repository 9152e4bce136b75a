// Text formats, loaded together on first use by the export dialog.
export { boardToCsv } from './csv';
export { measurementsToCsv } from './metricTables';
export { boardToMermaid } from './mermaid';
export { boardToJson, backupToJson } from './json';
export { boardToCjml } from './cjml';
