import type { ProposalNote, ProposalNoteCode } from './types';

type Detail = Record<string, string | number>;

/** One plain-English sentence per note, shown the same way in the app, the CLI and the README. */
const SENTENCES: { [C in ProposalNoteCode]: (d: Detail) => string } = {
  'fewer-than-n': (d) =>
    `Only ${d.placed} of the ${d.n} hotspots could be placed: no other cell with crimes of these types is far enough from the hotspots already chosen.`,
  'quota-not-met': (d) =>
    `${d.group} has ${d.placed} hotspots, fewer than its quota of ${d.minimum}: no more of its cells qualify; the places went to the next-ranked cells elsewhere.`,
  'locked-exceed-n': (d) =>
    `${d.locked} hotspots are locked, more than the ${d.n} asked for: all are kept and none is proposed.`,
  'locked-overlap': (d) => `Locked hotspots ${d.a} and ${d.b} share cells: both are kept as they are.`,
  'locked-too-close': (d) =>
    `Locked hotspots ${d.a} and ${d.b} are ${d.metres} m apart, closer than the ${d.separation} m separation: both are kept as they are.`,
  'no-stability-windows': () =>
    `Stability is not measured: no rolling window of the same length as the period has every month loaded.`,
  'short-stability-history': (d) =>
    d.windows === 1
      ? `Stability is measured on 1 rolling window, the period itself, not 24: the data loaded hold no more, so it says nothing yet.`
      : `Stability is measured on ${d.windows} rolling windows, not 24: the data loaded hold no more.`,
};

export function note(code: ProposalNoteCode, detail: Detail = {}): ProposalNote {
  return { code, sentence: SENTENCES[code](detail) };
}
