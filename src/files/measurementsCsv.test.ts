import { cpuMs } from '../../test/support/cpuTime';
import { describe, expect, it } from 'vitest';
import { lookup, utf8 } from './test/tables';
import { addMetric, buildBoard, METRIC_LIBRARY, type Board } from '../model';
import { applyMeasurementImport, MAX_MEASUREMENT_ROWS, measurementNames, readMeasurementsCsv, type MeasurementPreview } from './measurementsCsv';
import { decodeText } from './textDecode';

const names = measurementNames(lookup, ['en', 'zh-CN'], 'en');

/** Stages Before (Book) and Visit (Arrive, Pay); "Pay" is also a step of Before, to be told apart by stage. */
function board(): Board {
  const b = buildBoard({
    title: 'Clinic',
    stages: [
      { name: 'Before', steps: ['Book', 'Pay'] },
      { name: 'Visit', steps: ['Arrive', 'Pay'] },
    ],
    lanes: [{ kind: 'customer', name: 'Customer' }],
  });
  return addMetric(b, { id: 'nps', name: 'NPS', kind: 'nps', direction: 'higher', min: -100, max: 100, target: 30 });
}
const ok = (p: MeasurementPreview) => {
  if (!p.ok) throw new Error(`refused: ${p.reason}`);
  return p;
};

describe('reading a measurements file', () => {
  it('matches steps by name (case and spacing aside), takes journey and stage rows, and lists each bad row with its line', () => {
    const b = board();
    const csv = [
      'Metric,Step,Date,Value,Stage,Source,n',
      'nps,  book ,2026-03-01,12,,Survey,40',
      'NPS,Arrive,2026/3/2,-5,,,',
      'NPS,,2026-03-03,20,,,', // the whole journey
      'NPS,,2026-03-04,25,Visit,,', // a stage
      'NPS,Pay,2026-03-05,10,Visit,,', // "Pay" of Visit, told apart by its stage
      'NPS,Pay,2026-03-05,10,,,', // two steps named Pay
      'NPS,Checkout,2026-03-01,1,,,', // line 8
      'NPS,Book,01/03/2026,1,,,', // not an ISO day
      'NPS,Book,2026-02-30,1,,,', // no such day
      'NPS,Book,2026-03-01,"=1+1",,,', // a formula is not a number
      'NPS,Book,2026-03-01,150,,,', // outside −100…100
      'NPS,Book,2026-03-01,5,,,2.5', // sample size not whole
      ',Book,2026-03-01,5,,,',
      '',
    ].join('\r\n');
    const p = ok(readMeasurementsCsv(utf8(csv), b, names));
    const [book, payBefore, arrive, payVisit] = b.steps.map((s) => s.id);
    expect(payBefore).toBeDefined();
    expect(p.rows).toBe(13);
    expect(p.add).toEqual([
      { metricId: 'nps', stepId: book, date: '2026-03-01', value: 12, source: 'Survey', n: 40 },
      { metricId: 'nps', stepId: arrive, date: '2026-03-02', value: -5 },
      { metricId: 'nps', date: '2026-03-03', value: 20 },
      { metricId: 'nps', stageId: b.stages[1]!.id, date: '2026-03-04', value: 25 },
      { metricId: 'nps', stepId: payVisit, date: '2026-03-05', value: 10 },
    ]);
    expect(p.problems.map((x) => [x.line, x.code, x.value])).toEqual([
      [7, 'ambiguousStep', 'Pay'],
      [8, 'unknownStep', 'Checkout'],
      [9, 'badDate', '01/03/2026'],
      [10, 'badDate', '2026-02-30'],
      [11, 'notNumber', '=1+1'],
      [12, 'outOfRange', '150'],
      [13, 'badN', '2.5'],
      [14, 'noMetric', ''],
    ]);
    expect(p.newMetrics).toEqual([]);
  });

  it('adds nothing twice: the same file imported again is all duplicates, and a repeated row keeps both', () => {
    const csv = utf8('metric,step,date,value\nNPS,Book,2026-03-01,12\nNPS,Book,2026-03-01,12\nNPS,Arrive,2026-03-01,3\n');
    const base = board();
    const first = ok(readMeasurementsCsv(csv, base, names));
    expect(first.add).toHaveLength(3);
    const once = applyMeasurementImport(base, first);
    expect(once.measurements).toHaveLength(3);
    const again = ok(readMeasurementsCsv(csv, once, names));
    expect([again.add.length, again.duplicates]).toEqual([0, 3]);
    expect(applyMeasurementImport(once, again)).toBe(once);
    // Confirming a stale preview (the same file previewed twice) still adds nothing twice.
    expect(applyMeasurementImport(once, first).measurements).toHaveLength(3);
  });

  it('creates metrics the board does not have: from the library in either language, else custom', () => {
    const csv = utf8(
      '\uFEFF指标,步骤,日期,数值\n等待时间,Book,2026-03-01,12\nWaiting time,Arrive,2026-03-01,4\nCSAT,Book,2026-03-01,4.5\nQueue length,Book,2026-03-01,7\nBogus,Nowhere,2026-03-01,1\n',
    );
    const base = board();
    const p = ok(readMeasurementsCsv(csv, base, names));
    expect(p.newMetrics.map((m) => [m.metric.name, m.metric.kind, m.library])).toEqual([
      ['Waiting time', 'waiting', 'waiting'],
      ['CSAT (1–5)', 'csat', 'csat'],
      ['Queue length', 'custom', undefined],
    ]); // "Bogus" named only on a bad row: not created
    expect(p.newMetrics[0]!.metric).toMatchObject(METRIC_LIBRARY.waiting);
    const next = applyMeasurementImport(base, p);
    expect(next.metrics!.map((m) => m.name)).toEqual(['NPS', 'Waiting time', 'CSAT (1–5)', 'Queue length']);
    expect(next.lanes.filter((l) => l.kind === 'metric').map((l) => l.name)).toEqual(['NPS', 'Waiting time', 'CSAT (1–5)', 'Queue length']);
    expect(next.measurements).toHaveLength(4);
    // Once the board has it, the other language's name finds it: nothing is created twice.
    const later = ok(readMeasurementsCsv(utf8('metric,step,date,value\n等待时间,Book,2026-04-01,3\n'), next, names));
    expect([later.newMetrics, later.add[0]!.metricId]).toEqual([[], next.metrics![1]!.id]);
    // The library's range applies to what it creates: CSAT 1–5 refuses 6.
    const bad = ok(readMeasurementsCsv(utf8('metric,step,date,value\nCSAT,Book,2026-03-01,6\n'), board(), names));
    expect(bad.problems[0]!.code).toBe('outOfRange');
  });

  it('refuses what is no measurements file, with the reason', () => {
    expect(readMeasurementsCsv(utf8(''), board(), names)).toEqual({ ok: false, reason: 'empty' });
    expect(readMeasurementsCsv(utf8('step,date\nBook,2026-01-01\n'), board(), names)).toEqual({
      ok: false,
      reason: 'missingColumns',
      missing: ['metric', 'value'],
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(readMeasurementsCsv(png, board(), names)).toEqual({ ok: false, reason: 'binary' });
  });

  it('reads quoted commas, line breaks in quotes, UTF-16 and GB18030 files', () => {
    const quoted = ok(readMeasurementsCsv(utf8('metric,step,date,value,source\nNPS,Book,2026-03-01,1,"Survey, wave 2"\n'), board(), names));
    expect(quoted.add[0]!.source).toBe('Survey, wave 2');
    const text = 'metric,step,date,value,source\r\nNPS,Book,2026-03-01,1,问卷\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const utf16 = ok(readMeasurementsCsv(le, board(), names));
    expect([utf16.encoding, utf16.add[0]!.source]).toEqual(['utf-16le', '问卷']);
    // 问卷 in GB18030 (what Excel saves Chinese CSV as): 0xCE 0xCA 0xBE 0xED.
    const gb = new Uint8Array([...utf8('metric,step,date,value,source\nNPS,Book,2026-03-01,1,'), 0xce, 0xca, 0xbe, 0xed, 0x0a]);
    const read = ok(readMeasurementsCsv(gb, board(), names));
    expect([read.encoding, read.add[0]!.source]).toEqual(['gb18030', '问卷']);
    expect(decodeText(utf8('\uFEFFabc'))).toEqual({ ok: true, text: 'abc', encoding: 'utf-8' });
  });

  it('keeps a formula-looking source as text, never a formula', () => {
    const p = ok(readMeasurementsCsv(utf8('metric,step,date,value,source\nNPS,Book,2026-03-01,1,"=HYPERLINK(""http://x"")"\n'), board(), names));
    expect(p.add[0]!.source).toBe('=HYPERLINK("http://x")');
  });

  it('refuses a file of a million rows at once, and reads 100 000 in well under the budget', () => {
    const many = (n: number) => utf8('metric,step,date,value\n' + 'NPS,Book,2026-03-01,1\n'.repeat(n));
    const million = many(1_000_000);
    const refused = cpuMs(() => readMeasurementsCsv(million, board(), names));
    expect(refused.result).toEqual({ ok: false, reason: 'tooManyRows', max: MAX_MEASUREMENT_ROWS });
    const p = ok(readMeasurementsCsv(many(100_000), board(), names));
    expect(p.add).toHaveLength(100_000);
    expect(refused.ms).toBeLessThan(5_000);
  });
});
