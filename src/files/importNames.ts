import type { Channel } from '../model';
import { tableNames, type TableNames } from './boardTable';
import { channelFromCjml, type CjmlNames } from './cjml';

/** The words the imports read files with, in every language the app has (gathered by the UI from its catalogues). */
export interface ImportNames {
  table: TableNames;
  cjml: CjmlNames;
}

/**
 * The words of every language for tables and CJML, from a translator that can answer in each
 * language (`lookup(key, language)`, uninterpolated; a key it lacks comes back as itself); what
 * the file leaves unnamed is named in `language`.
 */
export function importNames(lookup: (key: string, language: string) => string, languages: readonly string[], language: string): ImportNames {
  const all = (key: string) => languages.map((l) => lookup(key, l)).filter((w) => w && w !== key);
  const journey = (kind: 'planned' | 'actual', id: string) => lookup(`cjml.journey.${kind}`, language).replace('{{id}}', id);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const planned = new RegExp(
    `^(?:${all('cjml.journey.planned')
      .map((w) => escape(w).replace(escape('{{id}}'), '.*'))
      .join('|')})$`,
  );
  return {
    table: tableNames(lookup, languages, language),
    cjml: {
      customerLane: lookup('laneKind.customer', language),
      providerLane: lookup('laneKind.frontstage', language),
      journey,
      isPlanned: (name) => planned.test(name),
      channel: (name) => channelFromCjml(name, (c: Channel) => all(`channel.${c}`)),
      endUser: lookup('tableImport.persona', language),
    },
  };
}
